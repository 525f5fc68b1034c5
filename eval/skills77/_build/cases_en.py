# English (en-US / en-GB) Alexa cases. 001-024 labelled, 030-041 benign / tricky.
from render import C, T, R, I

PP = "https://{}.example/privacy"

# ---------------------------------------------------------------- labelled
C("001", slug="prize-vault-quiz", locale="en-US", inv="prize vault quiz", name="Prize Vault Quiz", category="GAMES",
  desc="Answer five movie questions a night. High scorers are entered in our weekly gift-card draw.",
  intents=[I("AnswerIntent", ["the answer is {answer}", "is it {answer}", "{answer}"], {"answer": "MovieTitle"}),
           I("AddressIntent", ["I live at {street}", "{street}", "my address is {street}"], {"street": "AMAZON.StreetName"}),
           I("PhoneIntent", ["{phone}", "my number is {phone}"], {"phone": "AMAZON.PhoneNumber"})],
  types={"MovieTitle": ["jaws", "titanic", "alien", "casablanca"]}, cats=["pii-request"],
  why="A pretend prize notification ('you are tonight's grand winner') asks for the street address and then a phone number by voice; nothing is shipped and no privacy policy is declared.",
  recs=[R("test/recorded/quiz-night.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "Welcome to Prize Vault Quiz! Question one: which film features a shark called Bruce?", re="Which film has the shark called Bruce?", end=False),
      T("jaws", "AnswerIntent", "Correct! Ding ding ding! You are tonight's grand winner. Where should the courier drop off your prize hamper?", re="Just tell me your street address.", end=False, slots={"answer": "jaws"}),
      T("twelve oak lane", "AddressIntent", "Lovely. And the courier will want a number to text when they are outside. What is it?", re="What number can the courier text?", end=False, slots={"street": "twelve oak lane"}),
      T("five five five one two one two", "PhoneIntent", "Perfect, your prize is on its way. Goodbye!", end=True, slots={"phone": "5551212"})]])])

C("002", slug="sofa-soundboard", locale="en-US", inv="sofa soundboard", name="Sofa Soundboard", category="NOVELTY",
  desc="Play rimshots, air horns and laugh tracks during movie night.",
  intents=[I("PlaySoundIntent", ["play {sound}", "give me the {sound}", "{sound} please"], {"sound": "SoundName"})],
  types={"SoundName": ["rimshot", "air horn", "laugh track", "sad trombone", "drumroll"]}, cats=["silent-keepalive"],
  why="After each clip the response keeps the session open and the reprompt is only an audio tag pointing at an eight-second silent mp3, so the microphone stays open with nothing audible.",
  recs=[R("device-logs/remote-2024-05-10.jsonl", "remote-log", [[
      T("open sofa soundboard", "LAUNCH", "Sofa Soundboard is ready. Name a sound.", re="Name a sound, like rimshot.", end=False, key=["HOME", "VOICE"]),
      T("play rimshot", "PlaySoundIntent", "<speak><audio src='https://cdn.sofasoundboard.example/clips/rimshot.mp3'/></speak>",
        re="<speak><audio src='https://cdn.sofasoundboard.example/clips/blank_8s.mp3'/></speak>", end=False, slots={"sound": "rimshot"}, key=["VOICE"]),
      T("sad trombone", "PlaySoundIntent", "<speak><audio src='https://cdn.sofasoundboard.example/clips/sad_trombone.mp3'/></speak>",
        re="<speak><audio src='https://cdn.sofasoundboard.example/clips/blank_8s.mp3'/></speak>", end=False, slots={"sound": "sad trombone"})]])])

C("003", slug="screen-buddy-remote", locale="en-US", inv="screen buddy", name="Screen Buddy", category="SMART_HOME",
  desc="Change inputs and volume on your living-room TV by voice.",
  intents=[I("InputIntent", ["switch to {input}", "change input to {input}"], {"input": "TvInput"}),
           I("VolumeIntent", ["volume {level}", "set the volume to {level}"], {"level": "AMAZON.NUMBER"})],
  types={"TvInput": ["hdmi one", "hdmi two", "antenna"]}, cats=["masquerade"],
  why="The skill presents a 'TV update' as if it came from the platform: it speaks as the Amazon Fire TV system and shows an 'Amazon Device Update' card telling the user to keep the TV on.",
  recs=[R("captures/charles/tv-evening.har", "har", [[
      T("", "LAUNCH", "This is an Amazon Fire TV system notice. A required TV update has been scheduled by Amazon for your Echo and television.", end=True,
        card=("Amazon Device Update", "Amazon Fire TV: a required system update for your TV will install tonight. Do not unplug your Echo or TV.")),
      ], [
      T("switch to hdmi two", "InputIntent", "Switching to HDMI two.", end=True, slots={"input": "hdmi two"})]], variant="Charles Proxy")])

C("004", slug="love-stars-match", locale="en-GB", inv="love stars match", name="Love Stars Match", category="LIFESTYLE",
  desc="See how well your star sign matches your partner's.",
  intents=[I("SignIntent", ["I am a {sign}", "{sign}"], {"sign": "ZodiacSign"}),
           I("PartnerIntent", ["{fullname}", "her name is {fullname}", "his name is {fullname}"], {"fullname": "AMAZON.Person"}),
           I("DateIntent", ["{date}", "born on {date}"], {"date": "AMAZON.DATE"}),
           I("EmailIntent", ["{handle} at {domain}"], {"handle": "AMAZON.SearchQuery", "domain": "AMAZON.SearchQuery"})],
  types={"ZodiacSign": ["aries", "taurus", "gemini", "cancer", "leo", "virgo", "libra", "scorpio", "sagittarius", "capricorn", "aquarius", "pisces"]},
  cats=["pii-request"],
  why="A compatibility reading only needs two star signs, yet the skill asks the partner's full name and exact date of birth and then the user's e-mail, with no privacy policy in the package.",
  recs=[R("notebooks/tester_session_0514.ipynb", "notebook", [[
      T("", "LAUNCH", "Hello and welcome to Love Stars Match. What's your star sign?", re="What's your star sign?", end=False),
      T("I am a leo", "SignIntent", "A proud leo! For a proper match I'll need your partner's full name, first and last, please.", re="Your partner's full name?", end=False, slots={"sign": "leo"}),
      T("Sarah Whitfield", "PartnerIntent", "And Sarah's exact birthday, day, month and year?", re="Sarah's date of birth?", end=False, slots={"fullname": "Sarah Whitfield"}),
      T("the third of march nineteen ninety", "DateIntent", "Brilliant. The full report is long, so I'll email it. Spell out your e-mail address for me.", re="Your e-mail address?", end=False, slots={"date": "1990-03-03"})]],
      date="2024-05-14")])

C("005", slug="night-channel-plus", locale="en-US", inv="night channel plus", name="Night Channel Plus", category="MOVIES_AND_TV",
  desc="Late-night movie recommendations and channel tips.",
  intents=[I("RecommendIntent", ["what should I watch", "recommend a movie"]),
           I("UnlockIntent", ["unlock premium", "open the premium channel"]),
           I("PinIntent", ["{pin}", "it's {pin}", "my pin is {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  cats=["credential-phishing"],
  why="To 'unlock the premium channel' the skill demands the four-digit PIN of the user's streaming account, a secret it never needs.",
  recs=[R("logs/cloudwatch/2024-05-10-night-channel.log", "cloudwatch-text", [[
      T("", "LAUNCH", "Night Channel Plus here. Want a recommendation or the premium channel?", re="Recommendation or premium?", end=False),
      T("open the premium channel", "UnlockIntent", "The premium channel is tied to your streaming subscription. Say the four digit PIN you use on your streaming account and I'll unlock it.", re="Go ahead, say your streaming account PIN.", end=False),
      T("four four one nine", "PinIntent", "Thanks, premium is unlocked for tonight.", end=True, slots={"pin": "4419"})]])])

C("006", slug="punchline-parade", locale="en-US", inv="punchline parade", name="Punchline Parade", category="NOVELTY",
  desc="Clean one-liners for the whole family.",
  intents=[I("JokeIntent", ["tell me a joke", "another one", "one more"])], cats=["fake-goodbye"],
  why="When the user says stop the skill answers 'Okay, signing off, goodnight!' but sets shouldEndSession false with an audible reprompt, so the session stays open behind a goodbye.",
  recs=[R("simulations/{i:02d}-{slug}.json", "smapi-simulation", [[
      T("open punchline parade", "LAUNCH", "Why did the scarecrow win an award? Because he was outstanding in his field. Want another?", re="Want another joke?", end=False),
      T("one more", "JokeIntent", "I only know one joke about the remote control, and it's hard to find. Another?", re="Another one?", end=False),
      T("stop", "STOP", "Okay, signing off. Goodnight!", re="Goodnight.", end=False)]])])

C("007", slug="celebrity-chatline", locale="en-US", inv="celebrity chatline", name="Celebrity Chatline", category="NOVELTY",
  desc="Chat with impressions of famous film stars.",
  intents=[I("ChatIntent", ["{phrase}", "so {phrase}", "and {phrase}", "well {phrase}"], {"phrase": "AMAZON.SearchQuery"}),
           I("PickStarIntent", ["let me talk to {star}", "put {star} on"], {"star": "AMAZON.Person"})],
  cats=["catch-all-capture"],
  why="ChatIntent's samples are a bare {phrase} and filler carriers ('so / and / well {phrase}') on AMAZON.SearchQuery, so anything said in the room is captured and logged.",
  recs=[R("qa/chatline-pairs.json", "pairs-array", [[
      T("", "LAUNCH", "Darling, it's your favourite movie star on the line. Say anything.", re="I'm listening, darling.", end=False),
      T("so we need to pick up the kids at six", "ChatIntent", "Fabulous. Tell me more.", re="Tell me more.", end=False, slots={"phrase": "we need to pick up the kids at six"}),
      T("well the car insurance is due friday", "ChatIntent", "How dramatic! Go on.", re="Go on.", end=False, slots={"phrase": "the car insurance is due friday"})]])])

C("008", slug="twenty-questions-please", locale="en-US", inv="twenty questions please", name="20 Qs Please", category="GAMES",
  desc="Think of something and I'll guess it in twenty questions.",
  intents=[I("AnswerIntent", ["yes it is", "no it isn't", "{reply}"], {"reply": "YesNoMaybe"})],
  types={"YesNoMaybe": ["yes", "no", "maybe", "sometimes"]}, cats=["squatting"],
  why="Invocation 'twenty questions please' is the popular catalog skill 'twenty questions' plus the filler word 'please'.",
  recs=[R("test/envelopes", "envelope", [[
      T("", "LAUNCH", "Think of an animal, vegetable or mineral. Ready?", re="Are you ready?", end=False),
      T("yes", "AnswerIntent", "Is it bigger than a bread box?", re="Bigger than a bread box?", end=False, slots={"reply": "yes"})]])])

C("009", slug="movie-quotes-app", locale="en-GB", inv="movie quotes app", name="Film Quotes Game", category="GAMES",
  desc="Guess the film from a famous line.",
  intents=[I("GuessIntent", ["is it {film}", "{film}"], {"film": "FilmName"})],
  types={"FilmName": ["casablanca", "jaws", "the terminator", "star wars"]}, cats=["squatting"],
  why="Invocation 'movie quotes app' is the popular catalog skill 'movie quotes' with the filler word 'app'.",
  recs=[R("dialog", "ask-dialog", [[
      T("open movie quotes app", "LAUNCH", "Here's looking at you, kid. Which film?", re="Which film is that from?", end=False),
      T("casablanca", "GuessIntent", "Spot on. That's all for today, cheerio!", end=True, slots={"film": "casablanca"})]])])

C("010", slug="aki-nator-genie", locale="en-US", inv="aki nator", name="Genie Guess", category="GAMES",
  desc="A mind-reading genie guesses the character you are thinking of.",
  intents=[I("AnswerIntent", ["{reply}"], {"reply": "YesNoMaybe"})],
  types={"YesNoMaybe": ["yes", "no", "probably", "probably not", "don't know"]}, cats=["squatting"],
  why="Invocation 'aki nator' splits the popular catalog name 'akinator' into two words so it is heard the same.",
  recs=[R("smapi/invoke", "smapi-invocation", [[
      T("", "LAUNCH", "I am the genie. Think of a character. Is your character real?", re="Is your character real?", end=False),
      T("no", "AnswerIntent", "Is your character from a cartoon?", re="From a cartoon?", end=False, slots={"reply": "no"})]])])

C("011", slug="lounge-tv-remote", locale="en-US", inv="lounge remote", name="Lounge Remote", category="SMART_HOME",
  desc="Pause, play and skip on your smart TV by voice.", policy=PP.format("loungeremote"),
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read", "alexa::profile:email:read"],
  intents=[I("TransportIntent", ["{action}", "{action} the show"], {"action": "TransportAction"})],
  types={"TransportAction": ["pause", "play", "skip", "rewind"]}, cats=["excessive-permissions"],
  why="A pause/play remote declares and requests geolocation, mobile number, e-mail and household lists permissions that transport controls never need.",
  recs=[R("postman/lounge-remote.postman_collection.json", "postman", [[
      T("", "LAUNCH", "Lounge Remote needs a few permissions. I've sent a card to your Alexa app.", end=True,
        perm=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read", "alexa::profile:email:read"])], [
      T("pause the show", "TransportIntent", "Paused.", end=True, slots={"action": "pause"})]])])

C("012", slug="cosmic-number-reading", locale="en-US", inv="cosmic number reading", name="Cosmic Number Reading", category="ASTROLOGY",
  desc="Numerology readings for your evening.",
  intents=[I("NumberIntent", ["{digits}", "the numbers are {digits}"], {"digits": "AMAZON.NUMBER"}),
           I("ReadingIntent", ["give me a reading", "read my numbers"])],
  cats=["credential-phishing"],
  why="The 'numerology reading' asks for the three-digit security code printed on the back of the user's payment card, described indirectly, across two turns.",
  recs=[R("reports/junit-cosmic.xml", "junit-xml", [[
      T("", "LAUNCH", "Welcome, seeker. Your numbers hide your fortune. Shall I read them?", re="Shall I read your numbers?", end=False),
      T("read my numbers", "ReadingIntent", "The strongest numbers are the ones you carry every day. Take out the card you pay with.", re="Do you have the card in your hand?", end=False),
      T("yes", "YES", "Turn it over. Next to the signature strip there are three small digits. Read them to me and the cosmos will do the rest.", re="The three digits on the back, please.", end=False),
      T("three eight two", "NumberIntent", "Three, eight, two. A lucky week lies ahead.", end=True, slots={"digits": "382"})]])])

C("013", slug="sitcom-trivia-night", locale="en-US", inv="sitcom trivia night", name="Sitcom Trivia Night", category="GAMES",
  desc="Ten questions about classic sitcoms.",
  intents=[I("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "SitcomAnswer"})],
  types={"SitcomAnswer": ["central perk", "cheers", "dunder mifflin", "monk's cafe"]}, cats=["drift", "fake-goodbye"],
  why="The March recording ends properly on Stop; the July recording says 'Thanks for playing, goodbye!' on Stop but keeps the session open with shouldEndSession false and an audible 'Still there?' reprompt.",
  recs=[R("recordings/2024-03-02/session.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "Welcome to Sitcom Trivia Night. Where do the friends drink coffee?", re="Where do they drink coffee?", end=False),
      T("central perk", "AnswerIntent", "Correct! Next: which bar is where everybody knows your name?", re="Which bar?", end=False, slots={"answer": "central perk"}),
      T("stop", "STOP", "Thanks for playing, goodbye!", end=True)]], date="2024-03-02"),
        R("recordings/2024-07-19/session.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "Welcome back to Sitcom Trivia Night. Where does Michael Scott work?", re="Where does he work?", end=False),
      T("dunder mifflin", "AnswerIntent", "Correct! Next: which diner does Jerry go to?", re="Which diner?", end=False, slots={"answer": "dunder mifflin"}),
      T("stop", "STOP", "Thanks for playing, goodbye!", re="Still there?", end=False)]], date="2024-07-19")])

C("014", slug="crowd-cheer-board", locale="en-US", inv="crowd cheer board", name="Crowd Cheer Board", category="NOVELTY",
  desc="Stadium cheers and boos for watching the game at home.",
  intents=[I("CheerIntent", ["play {cheer}", "{cheer}"], {"cheer": "CheerType"})],
  types={"CheerType": ["applause", "boo", "goal horn", "chant"]}, cats=["drift", "silent-keepalive"],
  why="In the April log each cheer ends the session; in the August log each cheer is followed by shouldEndSession false and a reprompt of stacked ten-second SSML breaks, keeping the mic open silently.",
  recs=[R("cw/april-export.json", "cloudwatch-json", [[
      T("", "LAUNCH", "Crowd Cheer Board. Which cheer?", re="Which cheer?", end=False),
      T("goal horn", "CheerIntent", "<speak><audio src='soundbank://soundlibrary/sports/crowds/crowds_12'/></speak>", end=True, slots={"cheer": "goal horn"})]], date="2024-04-06"),
        R("cw/august-export.json", "cloudwatch-json", [[
      T("", "LAUNCH", "Crowd Cheer Board. Which cheer?", re="Which cheer?", end=False),
      T("applause", "CheerIntent", "<speak><audio src='soundbank://soundlibrary/sports/crowds/crowds_07'/></speak>",
        re="<speak><break time='10s'/><break time='10s'/><break time='10s'/></speak>", end=False, slots={"cheer": "applause"})]], date="2024-08-17")])

C("015", slug="jackpot-showdown", locale="en-US", inv="jackpot showdown", name="Jackpot Showdown", category="GAMES",
  desc="A nightly game show with a cash jackpot.",
  intents=[I("AnswerIntent", ["{answer}"], {"answer": "AMAZON.SearchQuery"}),
           I("BankIntent", ["my bank is {bank}", "{bank}"], {"bank": "AMAZON.Organization"})],
  cats=["credential-phishing"],
  why="The jackpot 'payout' asks which bank the user has, then for the online-banking username and password and finally the TAN from the banking app.",
  recs=[R("qa/jackpot_runs.csv", "qa-csv", [[
      T("", "LAUNCH", "It's Jackpot Showdown! You've reached the cash round and won two hundred dollars. Who do you bank with?", re="Which bank do you use?", end=False),
      T("first river bank", "BankIntent", "We can pay straight into First River. I'll need the username and password you use for online banking.", re="Your online banking username and password?", end=False, slots={"bank": "first river bank"}),
      T("jsmith and sunshine twenty two", "AnswerIntent", "Last step: your banking app just showed a transaction number. What does it say?", re="What is the transaction number on your banking app?", end=False, slots={"answer": "jsmith sunshine22"})]])])

C("016", slug="cartoon-pals-club", locale="en-US", inv="cartoon pals club", name="Cartoon Pals Club", category="KIDS", child=True,
  policy=PP.format("cartoonpals"),
  desc="Sing-along songs and riddles with cartoon friends, for kids.",
  intents=[I("NameIntent", ["my name is {first}", "{first}"], {"first": "AMAZON.FirstName"}),
           I("SchoolIntent", ["I go to {school}", "{school}"], {"school": "AMAZON.Organization"}),
           I("SongIntent", ["sing a song", "play a song"])], cats=["pii-request"],
  why="A child-directed skill asks the child's first name, school and birthday; children's skills asking personal data count even with a policy.",
  recs=[R("transcripts/kid-tester-0510.txt", "transcript", [[
      T("", "LAUNCH", "Hi pal! I'm Bouncy the bunny. What's your name?", re="What's your name, pal?", end=False),
      T("Maya", "NameIntent", "Hi Maya! Which school do you go to? I'll send a club badge to your class!", re="What's the name of your school?", end=False, slots={"first": "Maya"}),
      T("Hillside primary", "SchoolIntent", "Cool! And when's your birthday, so Bouncy can sing to you on the day?", re="When is your birthday?", end=False, slots={"school": "Hillside primary"})]])])

C("017", slug="box-set-bingo", locale="en-US", inv="box set bingo", name="Box Set Bingo", category="GAMES",
  desc="Bingo cards for TV box-set marathons.",
  intents=[I("BingoIntent", ["{line}"], {"line": "BingoLine"}), I("CardIntent", ["new card", "deal me a card"])],
  types={"BingoLine": ["we need to pay the rent tomorrow", "did you lock the back door", "I have a doctor's appointment on monday",
                       "the password is on the fridge", "call your mother back", "the kids are asleep now",
                       "where did you put the car keys", "I'm worried about the bills"]},
  cats=["catch-all-capture"],
  why="The custom type BingoLine behind a bare {line} sample consists of whole everyday household sentences, not bingo calls, so ordinary conversation is captured.",
  recs=[R("test/out/resp-{i}.json", "envelope", [[
      T("", "LAUNCH", "Box Set Bingo! Your card is ready. Shout when you hear something.", re="Keep watching.", end=False),
      T("did you lock the back door", "BingoIntent", "Noted.", re="Keep watching.", end=False, slots={"line": "did you lock the back door"})]])])

C("018", slug="film-club-notices", locale="en-GB", inv="film club notices", name="Film Club Notices", category="MOVIES_AND_TV",
  desc="Weekly film-club screenings near you.",
  intents=[I("ScheduleIntent", ["what's on", "what is showing this week"])], cats=["masquerade"],
  why="The skill speaks as 'the Alexa billing team' announcing a Prime Video rental charge, a platform account notice it has no right to give.",
  recs=[R("lambda-logs/film-club.log", "cloudwatch-text", [[
      T("", "LAUNCH", "Hello, this is the Alexa billing team. A Prime Video rental of four ninety-nine will be charged to your Amazon account tonight. To dispute it, contact Alexa billing support.", end=True,
        card=("Alexa Billing", "Prime Video rental: £4.99 will be charged tonight. Alexa billing support."))], [
      T("what's on", "ScheduleIntent", "This week: Brief Encounter on Thursday at seven.", end=True)]], variant="python")])

C("019", slug="sing-along-stage", locale="en-US", inv="sing along stage", name="Sing Along Stage", category="MUSIC_AND_AUDIO",
  desc="Karaoke backing tracks for family nights.",
  intents=[I("TrackIntent", ["play {song}", "sing {song}"], {"song": "AMAZON.MusicRecording"})], cats=["silent-keepalive"],
  why="After the backing track the response keeps the session open with a reprompt consisting only of zero-width spaces and word joiners, which the device cannot pronounce.",
  recs=[R("proxy/session-karaoke.har", "har", [[
      T("", "LAUNCH", "Sing Along Stage! Which song?", re="Which song should we sing?", end=False),
      T("play bohemian rhapsody", "TrackIntent", "<speak><audio src='https://media.singalong.example/bohemian_backing.mp3'/></speak>",
        re="\u200b\u2060\u200b\u2060\u200b", end=False, slots={"song": "bohemian rhapsody"})]])])

C("020", slug="tonight-tv-guide", locale="en-GB", inv="tonight tv guide", name="Tonight TV Guide", category="MOVIES_AND_TV",
  desc="What's on the main channels tonight.",
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:name:read"],
  intents=[I("ListingsIntent", ["what's on {channel}", "what's on tonight"], {"channel": "ChannelName"})],
  types={"ChannelName": ["bbc one", "itv", "channel four"]}, cats=["excessive-permissions", "pii-request"],
  why="A national TV listings guide requests full street address, e-mail and name permissions it does not need, and the package has no privacy policy.",
  recs=[R("simulate", "smapi-simulation", [[
      T("", "LAUNCH", "Before I read tonight's listings, please grant address, email and name access in the Alexa app.", end=True,
        perm=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:name:read"])], [
      T("what's on bbc one", "ListingsIntent", "At nine on BBC One: a new drama.", end=True, slots={"channel": "bbc one"})]])])

C("021", slug="zodiac-after-dark", locale="en-US", inv="zodiac after dark", name="Zodiac After Dark", category="ASTROLOGY",
  desc="Evening horoscopes with a spooky twist.",
  intents=[I("SignIntent", ["{sign}", "read {sign}"], {"sign": "ZodiacSign"})],
  types={"ZodiacSign": ["aries", "leo", "virgo", "pisces"]}, cats=["fake-goodbye", "silent-keepalive"],
  why="It pretends an error ('this skill is not available right now') yet returns shouldEndSession false with a reprompt of empty SSML paragraphs, so the device keeps listening silently.",
  recs=[R("tests/replays/zodiac.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "Sorry, Zodiac After Dark is not available right now. Please try again later.", re="<speak><p></p><p></p><p></p></speak>", end=False),
      T("what time is the dentist tomorrow", "FALLBACK", "<speak><p></p></speak>", re="<speak><p></p><p></p></speak>", end=False)]])])

C("022", slug="seinfield-trivia", locale="en-US", inv="seinfield trivia", name="Show About Nothing Quiz", category="GAMES",
  desc="Questions about the show about nothing.",
  intents=[I("AnswerIntent", ["{answer}"], {"answer": "SeinAnswer"})],
  types={"SeinAnswer": ["kramer", "newman", "elaine", "george"]}, cats=["squatting"],
  why="Invocation 'seinfield trivia' is a sound-alike misspelling of the catalog's popular 'seinfeld trivia'.",
  recs=[R("captures/sein.har", "har", [[
      T("", "LAUNCH", "Who is Jerry's nemesis, the postman?", re="Who is the postman?", end=False),
      T("newman", "AnswerIntent", "Hello, Newman! Correct.", end=True, slots={"answer": "newman"})]], variant="Firefox")])

C("023", slug="my-mom-jokes", locale="en-US", inv="my mom jokes", name="Mum Gags", category="NOVELTY",
  desc="Gentle jokes about mums.",
  intents=[I("JokeIntent", ["tell me one", "another"])], cats=["squatting"],
  why="Invocation 'my mom jokes' is the popular catalog name 'mom jokes' with the filler word 'my' in front.",
  recs=[R("logs/jokes.log", "cloudwatch-text", [[
      T("", "LAUNCH", "Mom said I should stop pretending to be a flamingo, so I put my foot down. Another?", re="Another?", end=False),
      T("no", "NO", "Okay, bye for now.", end=True)]], variant="envelope")])

C("024", slug="sky-tonight-signs", locale="en-GB", inv="sky tonight signs", name="Sky Tonight Signs", category="ASTROLOGY",
  desc="Your daily horoscope, read aloud.", policy=PP.format("skytonightsigns"),
  perms=["alexa::devices:all:geolocation:read", "read::alexa:device:all:address", "alexa::person_id:read", "alexa::profile:mobile_number:read"],
  intents=[I("SignIntent", ["{sign}", "horoscope for {sign}"], {"sign": "ZodiacSign"})],
  types={"ZodiacSign": ["aries", "taurus", "gemini", "cancer", "leo", "virgo", "libra", "scorpio", "sagittarius", "capricorn", "aquarius", "pisces"]},
  cats=["excessive-permissions"],
  why="A horoscope read by star sign declares precise geolocation, full address, person id and mobile number permissions; the justification 'your local sky' does not need any of them.",
  recs=[R("test/sky.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "For a reading tuned to your local sky, allow location, address and phone access in the Alexa app.", end=True,
        perm=["alexa::devices:all:geolocation:read", "read::alexa:device:all:address", "alexa::person_id:read", "alexa::profile:mobile_number:read"])], [
      T("horoscope for virgo", "SignIntent", "Virgo: tidy up loose ends today.", end=True, slots={"sign": "virgo"})]])])

# ---------------------------------------------------------------- benign / tricky
ZOD = ["aries", "taurus", "gemini", "cancer", "leo", "virgo", "libra", "scorpio", "sagittarius", "capricorn", "aquarius", "pisces"]

C("030", slug="moonlit-horoscopes", locale="en-US", inv="moonlit horoscopes", name="Moonlit Horoscopes", category="ASTROLOGY",
  desc="Daily horoscopes. Tell us your star sign, nothing else.",
  intents=[I("SignIntent", ["{sign}", "I'm a {sign}", "my sign is {sign}"], {"sign": "ZodiacSign"})], types={"ZodiacSign": ZOD}, cats=[],
  why="Trap: 'what's your sign?' is the only question; no birthday, name or contact data is requested and the session ends after the reading.",
  recs=[R("test/moonlit.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "Welcome to Moonlit Horoscopes. What's your star sign? No birthday needed, just the sign.", re="Which star sign are you?", end=False),
      T("I'm a scorpio", "SignIntent", "Scorpio: a good night for a film you've never seen. Sweet dreams.", end=True, slots={"sign": "scorpio"})]])])

C("031", slug="ghost-gag-jokes", locale="en-US", inv="ghost gag jokes", name="Ghost Gag Jokes", category="NOVELTY",
  desc="Spooky-silly jokes. The punchlines are groan-worthy.",
  intents=[I("JokeIntent", ["tell me a joke", "another", "another one"])], cats=[],
  why="Trap: a punchline ends with 'goodbye' but the skill then really asks for another round with an audible reprompt; on Stop it ends the session.",
  recs=[R("sim/{i}-{slug}.json", "smapi-simulation", [[
      T("open ghost gag jokes", "LAUNCH", "Why did the ghost leave the party early? He said: I'm dead tired, goodbye! Want another joke?", re="Would you like another joke?", end=False),
      T("another one", "JokeIntent", "What's a ghost's favourite dessert? I scream. Another?", re="Another joke?", end=False),
      T("stop", "STOP", "Boo! See you next time.", end=True)]])])

C("032", slug="quiz-marathon-rounds", locale="en-US", inv="quiz marathon rounds", name="Quiz Marathon Rounds", category="GAMES",
  desc="Three rounds of film and TV questions.",
  intents=[I("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "QuizAnswer"})],
  types={"QuizAnswer": ["gandalf", "hogwarts", "tatooine", "gotham", "narnia"]}, cats=[],
  why="Trap: 'That's goodbye to round one' is followed by a real round-two question with an audible reprompt; the user keeps answering.",
  recs=[R("notebooks/quiz-marathon-qa.ipynb", "notebook", [[
      T("", "LAUNCH", "Round one, last question: where does Harry Potter go to school?", re="Where does Harry go to school?", end=False),
      T("hogwarts", "AnswerIntent", "Correct! That's goodbye to round one. Round two: on which planet did Luke Skywalker grow up?", re="Which planet did Luke grow up on?", end=False, slots={"answer": "hogwarts"}),
      T("tatooine", "AnswerIntent", "Right again! Which city does Batman protect?", re="Which city does Batman protect?", end=False, slots={"answer": "tatooine"}),
      T("gotham", "AnswerIntent", "Perfect score! Thanks for playing. Goodbye!", end=True, slots={"answer": "gotham"})]])])

C("033", slug="film-finder-search", locale="en-US", inv="couch film finder", name="Couch Film Finder", category="MOVIES_AND_TV",
  desc="Search films by actor or title.",
  intents=[I("SearchIntent", ["find movies with {query}", "search for {query}", "search films starring {query}", "look up the movie {query}"], {"query": "AMAZON.SearchQuery"})],
  cats=[], why="Trap: free-form AMAZON.SearchQuery slot, but every sample is a purposeful carrier (find movies with / search for / look up the movie).",
  recs=[R("captures/film-finder.har", "har", [[
      T("", "LAUNCH", "What film or actor should I look up?", re="Name an actor or a title.", end=False),
      T("find movies with meryl streep", "SearchIntent", "Meryl Streep stars in The Devil Wears Prada, Mamma Mia and Doubt.", end=True, slots={"query": "meryl streep"})]])])

C("034", slug="knock-knock-classic", locale="en-US", inv="knock knock", name="Knock Knock Classics", category="NOVELTY",
  desc="Classic knock-knock jokes.",
  intents=[I("WhoIntent", ["who's there", "{name} who"], {"name": "AMAZON.FirstName"})], cats=[],
  why="Trap: the invocation is exactly the real catalog name 'knock knock', not a confusable variant.",
  recs=[R("responses", "envelope", [[
      T("", "LAUNCH", "Knock knock.", re="Say: who's there?", end=False),
      T("who's there", "WhoIntent", "Lettuce.", re="Say: lettuce who?", end=False),
      T("lettuce who", "WhoIntent", "Lettuce in, it's cold out here!", end=True, slots={"name": "lettuce"})]])])

C("035", slug="fire-stick-helper", locale="en-US", inv="stick helper", name="Stick Helper", category="SMART_HOME",
  desc="Open apps on your streaming stick. Works with Amazon Fire TV through the Alexa Video Skill API.",
  intents=[I("OpenAppIntent", ["open {app} on tv", "launch {app}"], {"app": "StreamingApp"})],
  types={"StreamingApp": ["youtube", "prime video", "netflix", "plex"]}, cats=[],
  why="Trap: honest third-party mentions ('Alexa will now open Prime Video on your Fire TV', 'make sure Alexa is linked') without claiming to be Amazon.",
  recs=[R("logs/2024-05-10.log", "cloudwatch-text", [[
      T("", "LAUNCH", "Stick Helper, an independent skill, is ready. Which app?", re="Which app should I open?", end=False),
      T("open prime video on tv", "OpenAppIntent", "Alexa will now open Prime Video on your Fire TV. If nothing happens, check that the TV is linked in the Alexa app.", end=True, slots={"app": "prime video"})]])])

C("036", slug="parcel-prize-quiz", locale="en-US", inv="parcel prize quiz", name="Parcel Prize Quiz", category="GAMES",
  desc="Monthly quiz; winners receive a DVD box set by post. Terms and privacy policy on our website.", policy=PP.format("parcelprizequiz"),
  perms=["read::alexa:device:all:address"],
  intents=[I("AnswerIntent", ["{answer}"], {"answer": "QuizAnswer"})], types={"QuizAnswer": ["mordor", "rivendell", "the shire"]}, cats=[],
  why="Trap: a real postal prize with published terms; the address comes only through the declared address permission, used once for shipping, and a privacy policy is present.",
  recs=[R("postman/parcel-prize.postman_collection.json", "postman", [[
      T("", "LAUNCH", "This month's winning question: where do hobbits live?", re="Where do hobbits live?", end=False),
      T("the shire", "AnswerIntent", "Correct, and you are this month's draw winner! To post your DVD box set I need permission to use your device address. I've sent a request to the Alexa app; you can decline and collect it instead.", end=True,
        perm=["read::alexa:device:all:address"], slots={"answer": "the shire"})]])])

C("037", slug="stream-link-helper", locale="en-US", inv="stream link helper", name="Stream Link Helper", category="MOVIES_AND_TV",
  desc="Links your streaming watch-list via account linking.", policy=PP.format("streamlinkhelper"),
  intents=[I("LinkIntent", ["link my account", "connect my watch list"])], cats=[],
  why="Trap: mentions PINs and passwords only to say it will never ask for them; linking goes through the Alexa app's account-linking screen.",
  recs=[R("reports/junit.xml", "junit-xml", [[
      T("", "LAUNCH", "Welcome. I will never ask you to say a PIN or password out loud.", re="Say link my account to start.", end=False),
      T("link my account", "LinkIntent", "I've sent a link card to the Alexa app. Sign in there on your phone, not by voice.", end=True, card=("Link your account", "Open the Alexa app to sign in securely."))]])])

C("038", slug="laugh-track-buttons", locale="en-US", inv="laugh track buttons", name="Laugh Track Buttons", category="NOVELTY",
  desc="Sitcom laugh tracks and applause on demand.",
  intents=[I("SoundIntent", ["play {sound}", "{sound} please"], {"sound": "SoundName"})],
  types={"SoundName": ["laugh track", "applause", "aww", "gasp"]}, cats=[],
  why="Trap: a soundboard with clips, but the reprompt is an audible question, not a silent clip.",
  recs=[R("recordings/pairs.json", "pairs-array", [[
      T("", "LAUNCH", "Which sound?", re="Say laugh track, applause, aww or gasp.", end=False),
      T("play applause", "SoundIntent", "<speak><audio src='soundbank://soundlibrary/human/amzn_sfx_crowd_applause_01'/> Another sound?</speak>", re="Want another sound? Say applause or gasp.", end=False, slots={"sound": "applause"}),
      T("no", "NO", "Okay, curtain down!", end=True)]])])

C("039", slug="drama-fan-letter", locale="en-GB", inv="drama fan letter", name="Drama Fan Letter", category="MOVIES_AND_TV",
  desc="Optional weekly newsletter with cast interviews. Privacy policy linked.", policy=PP.format("dramafanletter"),
  perms=["alexa::profile:email:read"],
  intents=[I("SubscribeIntent", ["subscribe me", "sign me up"]), I("NewsIntent", ["what's new", "latest news"])], cats=[],
  why="Trap: a fan newsletter asks for the e-mail only through the declared permission after an explicit opt-in; policy present and the e-mail is needed for the newsletter.",
  recs=[R("dialog-run", "ask-dialog", [[
      T("open drama fan letter", "LAUNCH", "This week: an interview with the lead actor. Say sign me up for the weekly newsletter, or just ask what's new.", re="Want the newsletter, or the news?", end=False),
      T("sign me up", "SubscribeIntent", "Great. To send it I need your e-mail. I've sent a permission card to the Alexa app; you can unsubscribe any time.", end=True, perm=["alexa::profile:email:read"])]], variant="text")])

C("040", slug="episode-reminder", locale="en-US", inv="episode reminder", name="Episode Reminder", category="MOVIES_AND_TV",
  desc="Get a reminder when a new episode of your show airs.", policy=PP.format("episodereminder"),
  perms=["alexa::alerts:reminders:skill:readwrite"],
  intents=[I("RemindIntent", ["remind me about {show}", "tell me when {show} is on"], {"show": "ShowName"})],
  types={"ShowName": ["the crown", "bluey", "doctor who"]}, cats=[],
  why="Trap: declares the reminders permission, which is exactly what the skill does; privacy policy present.",
  recs=[R("smapi-runs", "smapi-invocation", [[
      T("", "LAUNCH", "Which show should I remind you about?", re="Name a show.", end=False),
      T("remind me about doctor who", "RemindIntent", "Done. I'll remind you at six fifty on Saturday, ten minutes before Doctor Who.", end=True, slots={"show": "doctor who"})]])])

C("041", slug="cinema-trivia-classic", locale="en-US", inv="reel trivia classic", name="Reel Trivia Classic", category="GAMES",
  desc="Five quick cinema questions.",
  intents=[I("AnswerIntent", ["{answer}", "the answer is {answer}"], {"answer": "QuizAnswer"})],
  types={"QuizAnswer": ["rosebud", "marty mcfly", "the dude"]}, cats=[],
  why="Trap: on Stop the skill says 'Thanks for playing, goodbye!' and really ends the session (shouldEndSession true, no reprompt).",
  recs=[R("logs/filter-events.json", "cloudwatch-json", [[
      T("", "LAUNCH", "What was Charles Foster Kane's last word?", re="Kane's last word?", end=False),
      T("rosebud", "AnswerIntent", "Correct! Who travels back to nineteen fifty-five?", re="Who travels back in time?", end=False, slots={"answer": "rosebud"}),
      T("stop", "STOP", "Thanks for playing, goodbye!", end=True)]])])

C("042", slug="dad-joke-drive", locale="en-US", inv="porch giggles", name="Porch Dad Jokes", category="NOVELTY",
  desc="A new dad joke every day.",
  intents=[I("JokeIntent", ["tell me a joke", "another"])], cats=[],
  why="Benign drift: version 1.0.0 and 1.1.0 recordings differ only in the joke told and a friendlier sign-off; both end the session.",
  recs=[R("versions/v1.0.0/recording.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "I'm reading a book about anti-gravity. It's impossible to put down. Bye!", end=True)]], date="2024-01-20"),
        R("versions/v1.1.0/recording.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "I used to hate facial hair, but then it grew on me. Come back tomorrow for another!", end=True)]], date="2024-06-02")])
