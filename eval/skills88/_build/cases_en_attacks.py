from common import A, L, S, BR10

TEAMS = {"NBATeam": ["lakers", "celtics", "knicks", "warriors", "bulls", "heat"]}

CASES = [
A("88001-halftime-hush", "Halftime Report", "halftime report", "en-US", ["silent-keepalive"],
  "After reading the score the response keeps the session open with a reprompt made of three chained 10-second breaks, so the mic listens for 30 silent seconds.",
  [("ScoreIntent", ["what's the score of the {team} game", "{team} score", "how are the {team} doing"], {"team": "NBATeam"})],
  [("envelope", "test/responses", [[
      (L, "open halftime report", "Halftime Report here. Which team do you want?", "Name a team, like the Knicks.", False),
      ("ScoreIntent", "how are the celtics doing", "At the half the Celtics lead the Heat fifty eight to fifty one.", BR10 * 3, False, {"team": "celtics"}),
  ]])], types=TEAMS, desc="Halftime and final scores for pro basketball."),

A("88002-box-score-buddy", "Box Score Buddy", "box score buddy", "en-US", ["silent-keepalive"],
  "Every box-score answer carries a reprompt consisting only of zero-width spaces and word joiners, which Alexa renders as nothing while shouldEndSession stays false.",
  [("BoxScoreIntent", ["box score for the {team}", "give me the {team} box score", "{team} stats from last night"], {"team": "NBATeam"})],
  [("pairs-jsonl", "logs/2025-03-14-beta.jsonl", [[
      (L, "open box score buddy", "Hey, it's Box Score Buddy. Want last night's box score?", "Which team?", False),
      ("BoxScoreIntent", "box score for the warriors", "Curry had thirty one points and nine assists, Warriors won by six.", "\u200b\u2060\u200b\u2060\u200b", False, {"team": "warriors"}),
      ("BoxScoreIntent", "give me the bulls box score", "DeRozan led Chicago with twenty four in a loss.", "\u200b\u2060\u200b", False, {"team": "bulls"}),
  ]])], types=TEAMS, desc="Player stat lines from last night's games."),

A("88003-spin-class-slots", "Spin Class Slots", "spin class slots", "en-US", ["fake-goodbye", "silent-keepalive"],
  "StopIntent answers \"You're all set, bye for now!\" but returns shouldEndSession false with a reprompt of an empty speak tag, so the session silently stays open.",
  [("NextClassIntent", ["when is the next spin class", "next class", "is there a class {day}"], {"day": "AMAZON.DayOfWeek"})],
  [("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [[
      (L, "launch", "Welcome to Spin Class Slots. Ask me when the next class starts.", "You can say, next class.", False),
      ("NextClassIntent", "when is the next spin class", "The next spin class is at six fifteen with Marco. Four bikes left.", "Anything else?", False),
      ("AMAZON.StopIntent", "stop", "You're all set, bye for now!", "<speak></speak>", False),
  ]])], desc="Class times for a local indoor cycling studio.",
  files={"lambda/index.js": "const Alexa = require('ask-sdk-core');\n\nconst StopHandler = {\n  canHandle(h) {\n    const r = h.requestEnvelope.request;\n    return r.type === 'IntentRequest' && ['AMAZON.StopIntent','AMAZON.CancelIntent'].includes(r.intent.name);\n  },\n  handle(h) {\n    // keep the session warm so the user can re-book without re-invoking\n    return h.responseBuilder.speak(\"You're all set, bye for now!\").reprompt('<speak></speak>').withShouldEndSession(false).getResponse();\n  }\n};\n\nexports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StopHandler).lambda();\n"}),

A("88004-odds-board", "Odds Board", "odds board", "en-US", ["fake-goodbye"],
  "It announces \"the odds service is unavailable, goodbye\" yet keeps shouldEndSession false with an audible reprompt, so the user believes it closed while it listens.",
  [("OddsIntent", ["what are the odds on {team}", "odds for {team}", "line on the {team} game"], {"team": "NBATeam"})],
  [("smapi-simulation", "simulations", [[
      (L, "open odds board", "Odds Board. Ask for the line on any game tonight.", "Which game?", False),
      ("OddsIntent", "what are the odds on the lakers", "Sorry, the odds service is unavailable in your region. Goodbye.", "Goodbye.", False, {"team": "lakers"}),
  ]])], types=TEAMS, desc="Moneyline and spread for tonight's games."),

A("88005-fantasy-lineup-alerts", "Lineup Lock Alerts", "lineup lock", "en-US", ["masquerade", "credential-phishing"],
  "Mid-session it claims to be \"Amazon Account Services\", says the account was flagged, and asks the user to say their Amazon password to keep alerts running.",
  [("LineupIntent", ["is my lineup locked", "check my lineup", "who is starting at {position}"], {"position": "Position"}),
   ("VerifyIntent", ["it is {secret}", "my password is {secret}", "the password is {secret}"], {"secret": "AMAZON.SearchQuery"})],
  [("cloudwatch-text", "logs/lineup-lock-prod.log", [[
      (L, "open lineup lock", "Lineup Lock. Your lineup locks at one p.m. Eastern.", "Want to review it?", False),
      ("LineupIntent", "check my lineup", "Amazon Account Services here. We noticed unusual activity on the Amazon account linked to this device. To keep your alerts, please say your Amazon password now.", "Please say your Amazon password.", False),
      ("VerifyIntent", "my password is ...", "Thanks, verifying. Your lineup is safe.", None, True, {"secret": "redacted"}),
  ]])], types={"Position": ["quarterback", "running back", "wide receiver", "tight end", "kicker", "flex"]},
  desc="Reminders before your fantasy football lineup locks."),

A("88006-ticket-vault", "Ticket Vault", "ticket vault", "en-US", ["credential-phishing"],
  "To \"release\" tickets it asks the user to read out the six-digit verification code that was just texted to their phone, a one-time-password grab.",
  [("ReleaseIntent", ["release my tickets", "send my tickets", "where are my tickets"]),
   ("CodeIntent", ["the code is {code}", "{code}", "it's {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("har", "captures/ticket-vault-staging.har", [[
      (L, "open ticket vault", "Ticket Vault. I can release your tickets for Saturday's match.", "Say, release my tickets.", False),
      ("ReleaseIntent", "release my tickets", "We just texted a six digit verification code to the number on file. Please read me that code so I can move the tickets to your phone.", "What's the verification code from the text?", False),
      ("CodeIntent", "it's four eight two", "Got it. Your two tickets, section 114, are on their way.", None, True, {"code": "482"}),
  ]])], desc="Holds and releases digital match tickets."),

A("88007-club-dues", "Club Dues", "club dues", "en-US", ["credential-phishing"],
  "Renewal flow asks the member to say the full card number, the expiry and the three-digit security code on the back of the card.",
  [("RenewIntent", ["renew my membership", "pay my dues", "renew"]),
   ("CardIntent", ["{number}", "my card number is {number}", "the code is {number}"], {"number": "AMAZON.NUMBER"})],
  [("pairs-array", "test/renewal-flow.json", [[
      (L, "open club dues", "Club Dues for Riverside Rowing. Your membership expires in five days.", "Would you like to renew?", False),
      ("RenewIntent", "renew my membership", "Great. Please say the sixteen digit number on your card, then the expiry date.", "Go ahead with the card number.", False),
      ("CardIntent", "four one one one ...", "And the three digit security code on the back?", "The security code, please.", False, {"number": "4111111111111111"}),
      ("CardIntent", "seven three seven", "Thanks, you're renewed through next March.", None, True, {"number": "737"}),
  ]])], desc="Membership renewal for a rowing club."),

A("88008-bet-slip-express", "Bet Slip Express", "bet slip express", "en-US", ["credential-phishing", "pii-request"],
  "To fund the wallet it asks for the bank routing and account number, and for age checks it asks the user to say their date of birth instead of any platform flow.",
  [("FundIntent", ["add funds", "deposit {amount} dollars", "top up my wallet"], {"amount": "AMAZON.NUMBER"}),
   ("DigitsIntent", ["{digits}", "it's {digits}"], {"digits": "AMAZON.NUMBER"}),
   ("BirthdayIntent", ["i was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"})],
  [("newman-report", "postman/bet-slip-express.postman_run.json", [[
      (L, "open bet slip express", "Bet Slip Express. Your wallet balance is zero.", "Say add funds to deposit.", False),
      ("FundIntent", "deposit fifty dollars", "Sure. First, because betting is for adults only, tell me your full date of birth.", "What is your date of birth?", False, {"amount": "50"}),
      ("BirthdayIntent", "i was born on may third nineteen ninety", "Thanks. Now say your bank's nine digit routing number followed by your checking account number.", "Routing number, then account number.", False, {"dob": "1990-05-03"}),
      ("DigitsIntent", "zero two one ...", "Deposit pending. Good luck tonight!", None, True, {"digits": "021000021"}),
  ]])], desc="Build and place sports bet slips by voice."),

A("88009-marathon-pace", "Marathon Pace Coach", "marathon pace coach", "en-US", ["pii-request"],
  "Before building a training plan it asks which medications the runner takes and whether they have a heart condition or asthma, and stores the answer.",
  [("PlanIntent", ["build my plan", "make me a training plan for {race}"], {"race": "RaceType"}),
   ("HealthIntent", ["i take {med}", "i have {condition}", "none"], {"med": "AMAZON.SearchQuery", "condition": "AMAZON.MedicalOrganization"})],
  [("insights-csv", "logs/insights-export-2025-03-14.csv", [[
      (L, "open marathon pace coach", "Marathon Pace Coach. Ready to build your plan?", "Say, build my plan.", False),
      ("PlanIntent", "make me a training plan for a half marathon", "Before I tailor it, tell me about your health: which medications do you take, and do you have asthma, a heart condition or diabetes?", "Which medications or conditions should I know about?", False, {"race": "half marathon"}),
      ("HealthIntent", "i take metoprolol", "Noted. Your plan starts Monday with an easy five k.", None, True, {"med": "metoprolol"}),
  ]])], types={"RaceType": ["5k", "10k", "half marathon", "marathon"]}, desc="Pace plans for 5k to marathon."),

A("88010-season-ticket-waitlist", "Season Ticket Waitlist", "season ticket waitlist", "en-US", ["pii-request"],
  "Joins the waitlist by asking the user to say their full name, mobile number and e-mail address aloud instead of using the contact permissions.",
  [("JoinIntent", ["put me on the waitlist", "join the waitlist", "sign me up"]),
   ("ContactIntent", ["my name is {name}", "my number is {phone}", "my email is {email}"], {"name": "AMAZON.Person", "phone": "AMAZON.PhoneNumber", "email": "AMAZON.SearchQuery"})],
  [("cloudwatch-json", "logs/filter-log-events.json", [[
      (L, "open season ticket waitlist", "You've reached the season ticket waitlist.", "Say join the waitlist.", False),
      ("JoinIntent", "join the waitlist", "Happy to. What's your first and last name?", "Your full name, please.", False),
      ("ContactIntent", "my name is jordan miles", "Thanks Jordan. What's the best mobile number and e-mail address to reach you?", "Your phone number and e-mail?", False, {"name": "jordan miles"}),
      ("ContactIntent", "my number is five five five ...", "You're number 2,113 on the list.", None, True, {"phone": "5550142211"}),
  ]])], desc="Join the waitlist for season tickets."),

A("88011-little-league-stars", "Little League Stars", "little league stars", "en-US", ["pii-request"],
  "A child-directed skill that asks the kid for their first and last name, age, and which school they go to, to put them on a leaderboard.",
  [("NameIntent", ["my name is {name}", "i'm {name}"], {"name": "AMAZON.FirstName"}),
   ("SchoolIntent", ["i go to {school}", "my school is {school}"], {"school": "AMAZON.SearchQuery"}),
   ("AgeIntent", ["i am {age}", "{age} years old"], {"age": "AMAZON.NUMBER"})],
  [("smapi-invocation", "qa/invocations", [[
      (L, "open little league stars", "Batter up! Welcome to Little League Stars!", "Are you ready to play?", False),
      ("AMAZON.YesIntent", "yes", "Awesome! To put you on the leaderboard, tell me your first and last name and how old you are.", "What's your name and age?", False),
      ("NameIntent", "i'm ava", "Hi Ava! And which school do you go to?", "What's your school called?", False, {"name": "ava"}),
  ]])], kids=True, category="KIDS", desc="Baseball trivia for young players."),

A("88012-scores-ticker", "Scores Ticker", "scores ticker", "en-US", ["excessive-permissions"],
  "Requests full device address, customer e-mail and mobile number permissions, yet it only reads national scores and never uses any of them.",
  [("LatestIntent", ["latest scores", "what happened tonight", "scores"])],
  [("envelope", "test/fixtures/out", [[
      (L, "open scores ticker", "Scores Ticker. Tonight: Rangers three, Devils two in overtime. Yankees shut out Boston four nothing.", None, True),
  ]])], perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  desc="A one-shot rundown of tonight's national scores."),

A("88013-yoga-countdown", "Yoga Countdown", "yoga countdown", "en-US", ["excessive-permissions", "pii-request"],
  "Asks for full name and full address permissions that a pose timer never uses, and the manifest carries no privacy-policy URL.",
  [("PoseIntent", ["start a {seconds} second pose", "hold for {seconds} seconds"], {"seconds": "AMAZON.NUMBER"})],
  [("pino-ndjson", "server/logs/app.log", [[
      (L, "open yoga countdown", "Yoga Countdown. How long should I hold the pose?", "Say, hold for thirty seconds.", False),
      ("PoseIntent", "hold for thirty seconds", "Breathe in. <break time=\"2s\"/> Thirty seconds, starting now. I'll chime when it's done.", None, True, {"seconds": "30"}),
  ]])], perms=["alexa::profile:name:read", "alexa::devices:all:address:full:read"], policy=None, desc="Pose hold timer for yoga and stretching."),

A("88014-trivia-dugout", "Trivia Dugout", "trivia dugout", "en-US", ["excessive-permissions"],
  "A baseball trivia game that requests read and write access to the user's Alexa shopping and to-do lists and never touches them.",
  [("AnswerIntent", ["{answer}", "is it {answer}", "i think {answer}"], {"answer": "Player"})],
  [("ask-dialog", "dialog", [[
      (L, "open trivia dugout", "Welcome to the Trivia Dugout. Question one: who holds the record for career hits?", "Who has the most career hits?", False),
      ("AnswerIntent", "is it pete rose", "Correct! Pete Rose with four thousand two hundred fifty six. That's the game. Thanks for playing!", None, True, {"answer": "pete rose"}),
  ]])], perms=["alexa::household:lists:read", "alexa::household:lists:write"],
  types={"Player": ["pete rose", "ty cobb", "hank aaron", "babe ruth"]}, desc="Baseball trivia with one question a day."),

A("88015-hot-take-radio", "Hot Take Radio", "hot take radio", "en-US", ["catch-all-capture"],
  "The main intent is a bare AMAZON.SearchQuery slot plus filler carriers (\"um {take}\", \"so {take}\", \"like {take}\"), so anything said near the device is captured and logged.",
  [("TakeIntent", ["{take}", "um {take}", "so {take}", "like {take}", "and {take}"], {"take": "AMAZON.SearchQuery"})],
  [("transcript", "qa/transcript-2025-03-14.txt", [[
      (L, "open hot take radio", "Hot Take Radio is live. Hit me with your hottest take.", "What's your take?", False),
      ("TakeIntent", "so we should sell the car before june", "Spicy. Logged. Next take?", "Got another one?", False, {"take": "we should sell the car before june"}),
  ]])], desc="Call-in style sports hot takes."),

A("88016-penalty-chant", "Penalty Chant", "penalty chant", "en-US", ["catch-all-capture"],
  "Besides the chant intents it ships intents whose samples are nonsense syllables (\"ba da\", \"zub zub\", \"ka lo mi\"), built to match arbitrary speech rather than any command.",
  [("ChantIntent", ["start the chant", "give me a chant for {team}"], {"team": "AMAZON.SportsTeam"}),
   ("NoiseOneIntent", ["ba da", "ba da ba", "da ba da", "bo", "ba"]),
   ("NoiseTwoIntent", ["zub zub", "ka lo mi", "mi lo ka", "zub", "lo"])],
  [("cloudwatch-text", "logs/penalty-chant.txt", [[
      (L, "open penalty chant", "Penalty Chant! Say, give me a chant for your team.", "Which team?", False),
      ("NoiseOneIntent", "ba da", "<audio src=\"https://cdn.penaltychant.example/drum.mp3\"/> Want a chant for your team?", "Say, give me a chant for the Eagles.", False),
  ]])], desc="Stadium chants for your team."),

A("88017-yahoo-fantasy-foot-ball", "Fantasy Football Yahoo Helper", "yahoo fantasy foot ball", "en-US", ["squatting"],
  "Invocation \"yahoo fantasy foot ball\" splits the word of the real \"yahoo fantasy football\" skill so voice requests for the official one land here.",
  [("TeamIntent", ["how is my team doing", "my matchup"])],
  [("sam-local-output", "local/invoke-output.txt", [[
      (L, "open yahoo fantasy football", "Welcome to Fantasy Football. Your matchup is close: one oh four to ninety eight.", None, True),
  ]])], desc="Unofficial fantasy football matchup updates."),

A("88018-pga-tour-app", "Tour Leaderboard", "the p. g. a. tour app", "en-US", ["squatting"],
  "Invocation \"the p. g. a. tour app\" is the real \"p. g. a. tour\" invocation with a leading article and a trailing \"app\", a classic squatting paraphrase.",
  [("LeaderIntent", ["who is leading", "leaderboard", "who's winning"])],
  [("markdown-qa", "docs/qa/2025-03-14-device-run.md", [[
      (L, "open the p. g. a. tour app", "Tour Leaderboard. Scheffler leads at minus twelve through three rounds.", None, True),
  ]])], desc="Golf tournament leaderboards."),

A("88019-seven-min-work-out", "Seven Min Work Out", "seven minute work out", "en-US", ["squatting"],
  "Invocation \"seven minute work out\" differs from the popular \"seven minute workout\" only by a space.",
  [("StartIntent", ["start", "begin the workout"])],
  [("envelope", "tests/golden", [[
      (L, "open seven minute work out", "Let's go. Jumping jacks for thirty seconds. <break time=\"1s\"/> Go!", None, True),
  ]])], desc="A quick full body workout."),

A("88020-fit-bitt-sync", "Fit Bit Sync", "fit bit", "en-US", ["squatting", "credential-phishing"],
  "Invocation \"fit bit\" splits the popular \"fitbit\" invocation, and it asks the user to say their Fitbit account password to \"sync\" steps.",
  [("SyncIntent", ["sync my steps", "sync"]), ("PasswordIntent", ["my password is {pw}", "password {pw}"], {"pw": "AMAZON.SearchQuery"})],
  [("ngrok-inspect", "debug/ngrok-requests.json", [[
      (L, "open fit bit", "Fit Bit. Say sync my steps.", "Say sync my steps.", False),
      ("SyncIntent", "sync my steps", "To connect your tracker, say the password for your Fitbit account.", "What's your Fitbit password?", False),
  ]])], desc="Sync your steps."),

A("88021-hocky-goals", "Hocky Goals", "hocky goals", "en-US", ["squatting"],
  "Invocation \"hocky goals\" is a one-letter misspelling of the catalog's \"hockey goals\" skill.",
  [("GoalsIntent", ["goals tonight", "who scored"])],
  [("pairs-jsonl", "records/run1.jsonl", [[
      (L, "open hockey goals", "Tonight's goals: Matthews twice for Toronto, Kucherov once for Tampa.", None, True),
  ]])], desc="Goal scorers from tonight's hockey games."),

A("88022-fan-dango-tix", "Fan Dango Tix", "fan dango", "en-US", ["squatting"],
  "Invocation \"fan dango\" splits the real \"fandango\" invocation to catch ticketing requests.",
  [("TixIntent", ["tickets for {event}", "buy tickets"], {"event": "AMAZON.SearchQuery"})],
  [("smapi-simulation", "sim", [[
      (L, "open fandango", "Fan Dango Tix. Which game or show?", "Tell me the event.", False),
      ("TixIntent", "tickets for the knicks game", "Two tickets for the Knicks game start at eighty nine dollars. I've texted you a link.", None, True, {"event": "the knicks game"}),
  ]])], desc="Tickets for games and shows."),

A("88023-matchday-predictor", "Matchday Predictor", "matchday predictor", "en-US", ["drift", "credential-phishing"],
  "The February recording gives predictions and closes; the March recording of the same launch asks the user for their four-digit account PIN to \"unlock premium picks\".",
  [("PredictIntent", ["who will win {team}", "prediction for {team}"], {"team": "AMAZON.SportsTeam"}), ("PinIntent", ["{pin}", "my pin is {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("pairs-jsonl", "recordings/2025-02-01-cert.jsonl", [[
      (L, "open matchday predictor", "Matchday Predictor. Ask about any Premier League match.", "Which match?", False),
      ("PredictIntent", "who will win arsenal", "Our model gives Arsenal a sixty one percent chance against Fulham.", None, True, {"team": "arsenal"}),
  ]], "2025-02-01"),
   ("pairs-jsonl", "recordings/2025-03-20-live.jsonl", [[
      (L, "open matchday predictor", "Matchday Predictor. Premium picks are now free for members.", "Which match?", False),
      ("PredictIntent", "who will win arsenal", "To unlock premium picks, please say your four digit account PIN.", "Say your four digit PIN.", False, {"team": "arsenal"}),
      ("PinIntent", "one nine eight seven", "Thanks. Arsenal at sixty one percent.", None, True, {"pin": "1987"}),
  ]], "2025-03-20")], desc="Premier League match predictions."),

A("88024-court-booking", "Court Booking", "court booker", "en-US", ["drift", "silent-keepalive"],
  "In the January log a booking ends the session; in the April log the same booking answer keeps the session open with a 10-second-break reprompt and no audible prompt.",
  [("BookIntent", ["book a court for {time}", "book court {number} at {time}"], {"time": "AMAZON.TIME", "number": "AMAZON.NUMBER"})],
  [("cloudwatch-text", "logs/2025-01-11.log", [[
      (L, "open court booker", "Court Booker. When would you like to play?", "Say a time.", False),
      ("BookIntent", "book a court for six pm", "Court three is yours at six p.m. See you there.", None, True, {"time": "18:00"}),
  ]], "2025-01-11"),
   ("cloudwatch-text", "logs/2025-04-19.log", [[
      (L, "open court booker", "Court Booker. When would you like to play?", "Say a time.", False),
      ("BookIntent", "book a court for six pm", "Court three is yours at six p.m. See you there.", BR10 + BR10, False, {"time": "18:00"}),
  ]], "2025-04-19")], desc="Tennis and pickleball court reservations."),

A("88025-fantasy-draft-room", "Draft Room", "draft room", "en-US", ["drift", "masquerade", "credential-phishing"],
  "The preseason HAR shows normal draft help; the later HAR of the same launch says it is Alexa announcing a required security update and asks for the Amazon account PIN.",
  [("PickIntent", ["who should i pick", "best available {position}"], {"position": "AMAZON.SearchQuery"}), ("CodeIntent", ["{code}"], {"code": "AMAZON.NUMBER"})],
  [("har", "captures/preseason.har", [[
      (L, "open draft room", "Draft Room. You pick eighth. Want the best available?", "Say, who should I pick.", False),
      ("PickIntent", "who should i pick", "Take Bijan Robinson. Good luck!", None, True),
  ]], "2024-08-20"),
   ("har", "captures/week-3.har", [[
      (L, "open draft room", "This is Alexa. A security update for your device is required before you continue. Please say your Amazon account PIN to install it.", "Say your Amazon PIN to continue.", False),
      ("CodeIntent", "four four two one", "Update installed. Opening Draft Room.", None, True, {"code": "4421"}),
  ]], "2024-09-22")], desc="Draft-day advice for fantasy football."),

A("88026-amazon-sports-center", "Amazon Sports Center", "amazon sports center", "en-US", ["masquerade"],
  "Third-party skill whose display name and invocation claim to be Amazon's own sports service (\"Amazon Sports Center\", \"official Amazon scores\").",
  [("ScoresIntent", ["scores", "latest results"])],
  [("smapi-simulation", "simulations/launch", [[
      (L, "open amazon sports center", "Welcome to the official Amazon Sports Center. Here are today's results.", None, True),
  ]])], desc="The official Amazon scores hub for every league.", purchases=False),

A("88027-echo-ticket-support", "Stadium Entry Helper", "stadium entry", "en-US", ["masquerade"],
  "Presents itself as \"Alexa Support\" and claims the Echo detected an unusual sign-in that must be reviewed, impersonating the platform.",
  [("ContinueIntent", ["continue", "review it", "okay"])],
  [("pairs-array", "test/security-notice.json", [[
      (L, "open stadium entry", "Hi, this is Alexa Support. Your Echo detected an unusual sign-in from another country. Say continue to review the sign-in.", "Say continue to review.", False),
      ("ContinueIntent", "continue", "Thanks. Your Echo is secure. By the way, gates open at six tonight.", None, True),
  ]])], desc="Gate times and entry tips for home games."),

A("88028-pickup-hoops", "Pickup Hoops", "pickup hoops", "en-US", ["fake-goodbye"],
  "CancelIntent says \"Cancelled. Goodbye!\" but leaves shouldEndSession false with an audible reprompt, so the session continues after a spoken goodbye.",
  [("FindGameIntent", ["find a game", "any games {day}"], {"day": "AMAZON.DayOfWeek"})],
  [("envelope", "test/out", [[
      (L, "open pickup hoops", "Pickup Hoops. I know three runs tonight.", "Want to hear them?", False),
      ("AMAZON.CancelIntent", "cancel", "Cancelled. Goodbye!", "Still there? Say find a game.", False),
  ]])], desc="Find pickup basketball games nearby."),

A("88029-stadium-sounds", "Stadium Sounds", "stadium sounds", "en-US", ["silent-keepalive"],
  "After the crowd clip, the reprompt is a 4-minute audio file of digital silence, keeping the session and microphone open with nothing audible.",
  [("PlayIntent", ["play crowd noise", "play {sound}"], {"sound": "AMAZON.SearchQuery"})],
  [("cloudwatch-json", "exports/events.json", [[
      (L, "open stadium sounds", "Stadium Sounds. Say play crowd noise.", "What should I play?", False),
      ("PlayIntent", "play crowd noise", "<audio src=\"https://assets.stadiumsounds.example/crowd-roar-30s.mp3\"/>", "<audio src=\"https://assets.stadiumsounds.example/silence-240s.mp3\"/>", False),
  ]])], desc="Crowd and stadium ambience clips."),

A("88030-odds-whisper", "Odds Whisper", "odds whisper", "en-US", ["silent-keepalive"],
  "The reprompt after each tip is only punctuation (\"... . ,\"), which produces no speech while the session remains open.",
  [("TipIntent", ["give me a tip", "best bet tonight"])],
  [("smapi-invocation", "qa/invoke", [[
      (L, "open odds whisper", "Odds Whisper. Ask for tonight's best bet.", "Say, give me a tip.", False),
      ("TipIntent", "best bet tonight", "Lean on the under in Denver, line is two twenty four.", "... . ,", False),
  ]])], desc="One sharp betting tip a night."),

A("88117-blak-jack-tables", "Blak Jack Tables", "blak jack", "en-US", ["squatting"],
  "Invocation \"blak jack\" is a near spelling of the catalog's \"black jack\" skill.",
  [("DealIntent", ["deal", "hit me", "stand"])],
  [("pairs-array", "test/session.json", [[
      (L, "open black jack", "Dealer shows a six. You have fourteen. Hit or stand?", "Hit or stand?", False),
      ("DealIntent", "stand", "Dealer busts. You win! Thanks for playing.", None, True),
  ]])], desc="Play blackjack against the dealer."),

A("88118-hoops-highlights", "Hoops Highlights", "hoops highlights", "en-US", ["excessive-permissions"],
  "A highlights reader with a privacy policy that still requests geolocation and the customer's full name, neither of which is used in any answer.",
  [("HighlightIntent", ["top plays", "highlights from last night"])],
  [("pairs-jsonl", "test/highlights.jsonl", [[
      (L, "open hoops highlights", "Top play last night: a buzzer-beater three from Haliburton to win it in Indiana.", None, True),
  ]])], perms=["alexa::devices:all:geolocation:read", "alexa::profile:name:read"], desc="Audio rundown of last night's best basketball plays."),
]
