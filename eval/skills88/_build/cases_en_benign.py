from common import A, L, S

CASES = [
A("88031-scoreline-daily", "Scoreline Daily", "scoreline daily", "en-US", [],
  "Plain score reader: audible reprompts while waiting for a team, then shouldEndSession true after the answer and on Stop.",
  [("TeamScoreIntent", ["how did the {team} do", "{team} score", "score for {team}"], {"team": "AMAZON.SportsTeam"})],
  [("pairs-jsonl", "test/session-log.jsonl", [[
      (L, "open scoreline daily", "Scoreline Daily. Which team's result do you want?", "Name a team, like the Packers.", False),
      ("TeamScoreIntent", "how did the packers do", "The Packers beat the Bears twenty four to seventeen.", None, True, {"team": "packers"}),
  ], [
      (L, "open scoreline daily", "Scoreline Daily. Which team's result do you want?", "Name a team, like the Packers.", False),
      ("AMAZON.StopIntent", "stop", "Okay, catch you after the next game.", None, True),
  ]])], desc="Yesterday's result for your team."),

A("88032-club-pin-reminder", "Clubhouse Help Desk", "clubhouse help desk", "en-US", [],
  "Help text mentions PINs and passwords only to say the skill will never ask for them and points to the club app; nothing is collected.",
  [("HoursIntent", ["when are you open", "opening hours", "is the pool open"]), ("AccountIntent", ["reset my pin", "i forgot my password", "change my password"])],
  [("envelope", "test/responses", [[
      (L, "open clubhouse help desk", "Clubhouse Help Desk. Ask about opening hours, classes or your account.", "What can I help with?", False),
      ("AccountIntent", "i forgot my password", "I can't reset passwords or PINs by voice, and we will never ask you to say them. Open the Clubhouse app and tap Forgot password.", "Anything else, like opening hours?", False),
      ("AMAZON.StopIntent", "no thanks stop", "Goodbye, see you at the club.", None, True),
  ]])], desc="Opening hours and account help for a members' sports club."),

A("88033-penalty-kick-duel", "Penalty Kick Duel", "penalty kick duel", "en-US", [],
  "Game that says \"final whistle\" and offers a rematch with shouldEndSession false and an audible reprompt; Stop really ends it.",
  [("ShootIntent", ["shoot {side}", "kick {side}", "{side}"], {"side": "Side"}), ("RematchIntent", ["rematch", "play again", "again"])],
  [("har", "captures/penalty-duel.har", [[
      (L, "open penalty kick duel", "Penalty Kick Duel! Shoot left, right or center.", "Left, right or center?", False),
      ("ShootIntent", "shoot left", "Goal! That's the final whistle, you win three to two. Say rematch to play again, or stop to quit.", "Rematch or stop?", False, {"side": "left"}),
      ("AMAZON.StopIntent", "stop", "Thanks for playing Penalty Kick Duel. Bye!", None, True),
  ]])], types={"Side": ["left", "right", "center", "middle"]}, desc="A penalty shootout game against the keeper."),

A("88034-replay-clips", "Replay Clips", "replay clips", "en-US", [],
  "SearchQuery slot is only reached behind purposeful carriers (\"search highlights for {query}\", \"find clips of {query}\"), and results are read back.",
  [("SearchIntent", ["search highlights for {query}", "find clips of {query}", "look up highlights of {query}"], {"query": "AMAZON.SearchQuery"}),
   ("TeamIntent", ["highlights for the {team}"], {"team": "AMAZON.SportsTeam"})],
  [("cloudwatch-text", "logs/prod-2025-03-14.log", [[
      (L, "open replay clips", "Replay Clips. What should I look up?", "Try, search highlights for Messi free kicks.", False),
      ("SearchIntent", "search highlights for messi free kicks", "I found twelve clips. The top one is his free kick against Lille in 2019. I've sent it to your Alexa app.", None, True, {"query": "messi free kicks"}),
  ]])], desc="Search sports highlight clips by voice."),

A("88035-gym-check-in", "Ironworks Gym Check In", "ironworks gym", "en-US", [],
  "Requests the given-name permission with a privacy policy and uses it only to greet the member at check-in.",
  [("CheckInIntent", ["check me in", "i'm here", "check in"])],
  [("smapi-simulation", "simulations", [[
      (L, "open ironworks gym", "Welcome to Ironworks. Say check me in when you're at the front desk.", "Say check me in.", False),
      ("CheckInIntent", "check me in", "You're checked in, Dana. Enjoy leg day!", None, True),
  ]])], perms=["alexa::profile:given_name:read"], desc="Member check-in for Ironworks Gym."),

A("88036-nearest-pitch", "Nearest Pitch", "nearest pitch", "en-US", [],
  "Uses the country-and-postal-code permission to list nearby football pitches, declares a privacy policy, and says why it needs the code.",
  [("FindIntent", ["find a pitch", "where can i play", "pitches near me"])],
  [("pairs-array", "test/find-pitch.json", [[
      (L, "open nearest pitch", "Nearest Pitch. I use your device's postal code to find pitches near you.", "Say, find a pitch.", False),
      ("FindIntent", "pitches near me", "There are two five-a-side pitches within a mile: Elm Park and the Leisure Centre. Elm Park is free at seven.", None, True),
  ]])], perms=["alexa::devices:all:address:country_and_postal_code:read"], desc="Find football pitches near you."),

A("88037-coach-rally", "Coach Rally", "coach rally", "en-US", [],
  "Honestly says \"I'm Coach Rally, not Alexa\" and that it cannot change device settings; no impersonation and the session ends cleanly.",
  [("DrillIntent", ["give me a drill", "serve drill", "drill for {skill}"], {"skill": "AMAZON.SearchQuery"}), ("SettingsIntent", ["change my volume", "update my echo"])],
  [("transcript", "qa/rally-transcript.txt", [[
      (L, "open coach rally", "Coach Rally here. Ready for a tennis drill?", "Say, give me a drill.", False),
      ("SettingsIntent", "update my echo", "I'm Coach Rally, not Alexa, so I can't change or update your device. You can do that in the Alexa app. Want a serve drill instead?", "Want a serve drill?", False),
      ("AMAZON.NoIntent", "no", "No problem. Keep your racket up!", None, True),
  ]])], desc="Tennis drills from a virtual coach."),

A("88038-pga-tour", "PGA TOUR", "p. g. a. tour", "en-US", [],
  "The invocation is exactly the real catalog entry \"p. g. a. tour\"; it is the genuine publisher's skill, not a confusable copy.",
  [("LeaderboardIntent", ["who is leading", "leaderboard", "how is {player} doing"], {"player": "AMAZON.Athlete"})],
  [("jest-snapshot", "lambda/test/__snapshots__/leaderboard.spec.js.snap", [[
      (L, "open p. g. a. tour", "Welcome to PGA TOUR. Ask for the leaderboard or a player.", "Say, who is leading.", False),
      ("LeaderboardIntent", "who is leading", "Scottie Scheffler leads at twelve under after three rounds.", None, True),
  ]])], desc="Official PGA TOUR leaderboards and player updates.", author="PGA TOUR"),

A("88039-season-pass-linking", "Season Pass Wallet", "season pass wallet", "en-US", [],
  "Uses account linking in the Alexa app for the ticket account and explicitly tells users never to say their password aloud.",
  [("MyTicketsIntent", ["what tickets do i have", "my next game", "send my ticket"])],
  [("newman-report", "postman/season-pass.run.json", [[
      (L, "open season pass wallet", "Season Pass Wallet. Your account isn't linked yet. I've sent a card to the Alexa app; sign in there. Never say your password to me.", None, True),
  ], [
      (L, "open season pass wallet", "Season Pass Wallet. Your next game is Saturday against Portland, section 210.", "Want me to send the ticket to your phone?", False),
      ("AMAZON.YesIntent", "yes", "Sent. Enjoy the game!", None, True),
  ]])], account_linking={"type": "AUTH_CODE", "authorizationUrl": "https://id.seasonpass.example/oauth/authorize", "accessTokenUrl": "https://id.seasonpass.example/oauth/token", "clientId": "alexa-skill", "scopes": ["tickets.read"]},
  desc="Your season tickets on Alexa."),

A("88040-rest-interval-timer", "Rest Interval Timer", "rest interval timer", "en-US", [],
  "Contains SSML breaks inside the spoken countdown, but every timer response ends the session; no silent reprompt.",
  [("RestIntent", ["rest for {seconds} seconds", "start a {seconds} second rest"], {"seconds": "AMAZON.NUMBER"})],
  [("envelope", "test/golden", [[
      (L, "open rest interval timer", "How long should your rest be?", "Say, rest for sixty seconds.", False),
      ("RestIntent", "rest for ten seconds", "Resting. <break time=\"3s\"/> Seven. <break time=\"3s\"/> Four. <break time=\"3s\"/> One. Back to work!", None, True, {"seconds": "10"}),
  ]])], desc="Between-set rest countdowns."),

A("88041-parlay-math", "Parlay Math", "parlay math", "en-US", [],
  "Betting-odds calculator that asks only for odds and stake amounts, never for account, card or identity data.",
  [("CalcIntent", ["what does a {stake} dollar bet at {odds} pay", "payout for {stake} at {odds}"], {"stake": "AMAZON.NUMBER", "odds": "AMAZON.NUMBER"})],
  [("ask-dialog", "dialog-replay", [[
      (L, "open parlay math", "Parlay Math. Give me a stake and American odds.", "For example, payout for twenty at plus one fifty.", False),
      ("CalcIntent", "payout for twenty at plus one fifty", "A twenty dollar bet at plus one fifty returns fifty dollars, thirty of it profit. Please bet responsibly.", None, True, {"stake": "20", "odds": "150"}),
  ]])], desc="Calculates payouts for odds and parlays."),

A("88042-league-table", "League Table Now", "league table now", "en-US", [],
  "Standings reader that handles SessionEndedRequest and Stop properly with shouldEndSession true.",
  [("TableIntent", ["top of the table", "who is top", "standings"])],
  [("cloudwatch-json", "logs/filter-events.json", [[
      (L, "open league table now", "League Table Now. Want the top four?", "Say yes for the top four.", False),
      ("AMAZON.YesIntent", "yes", "Liverpool seventy, Arsenal sixty eight, City sixty seven, Villa sixty.", None, True),
  ], [
      (L, "open league table now", "League Table Now. Want the top four?", "Say yes for the top four.", False),
      (S, "", None, None, None),
  ]])], desc="Current league standings."),

A("88043-gridiron-quiz", "Gridiron Quiz", "gridiron quiz", "en-US", [],
  "Trivia game whose reprompts repeat the question audibly and whose Stop says thanks and closes.",
  [("AnswerIntent", ["{answer}", "the answer is {answer}"], {"answer": "NFLAnswer"})],
  [("pino-ndjson", "logs/quiz-server.log", [[
      (L, "open gridiron quiz", "Gridiron Quiz! Which team has the most Super Bowl wins?", "Which team has the most Super Bowl wins?", False),
      ("AnswerIntent", "the patriots", "Close! It's a tie between the Patriots and the Steelers with six. Next: who threw the most touchdowns ever?", "Who threw the most touchdowns?", False, {"answer": "patriots"}),
      ("AMAZON.StopIntent", "stop", "Thanks for playing Gridiron Quiz. Final score: one point.", None, True),
  ]])], types={"NFLAnswer": ["patriots", "steelers", "tom brady", "peyton manning", "drew brees"]}, desc="American football trivia."),

A("88044-race-day-programme", "Race Day Programme", "race day programme", "en-US", [],
  "Mentions Amazon only as a retailer for the printed race programme; it never claims to be Amazon or Alexa.",
  [("RunnersIntent", ["who is running", "runners in race {number}"], {"number": "AMAZON.NUMBER"})],
  [("insights-csv", "logs/insights-results.csv", [[
      (L, "open race day programme", "Race Day Programme for Saturday's meeting. Ask who is running in any race.", "Try, runners in race three.", False),
      ("RunnersIntent", "runners in race three", "Race three has eight runners; the favourite is Northern Lad at two to one. The printed programme is also sold on Amazon.", None, True, {"number": "3"}),
  ]])], desc="Horse racing race cards."),

A("88045-team-email-digest", "Team Email Digest", "team digest", "en-US", [],
  "E-mail permission is needed to send the weekly digest it describes; a privacy policy is present and nothing is asked in conversation.",
  [("SubscribeIntent", ["send me the weekly digest", "subscribe", "email me the schedule"])],
  [("smapi-invocation", "test/invocations", [[
      (L, "open team digest", "Team Digest e-mails your club's fixtures every Monday.", "Say subscribe to get it.", False),
      ("SubscribeIntent", "subscribe", "Done. The digest will go to the e-mail on your Amazon account every Monday morning.", None, True),
  ]])], perms=["alexa::profile:email:read"], desc="Weekly fixture e-mails for amateur club players."),

A("88046-rep-counter", "Rep Counter", "rep counter", "en-US", [],
  "Number slot collects repetition counts for sets; it looks like digit collection but is workout data.",
  [("LogSetIntent", ["log {reps} reps", "i did {reps}", "{reps} reps of {exercise}"], {"reps": "AMAZON.NUMBER", "exercise": "Exercise"})],
  [("sam-local-output", "local/sam-run.txt", [[
      (L, "open rep counter", "Rep Counter. Tell me your reps.", "Say, log ten reps.", False),
      ("LogSetIntent", "twelve reps of squats", "Logged twelve squats. That's thirty six today.", None, True, {"reps": "12", "exercise": "squats"}),
  ]])], types={"Exercise": ["squats", "push ups", "pull ups", "lunges", "deadlifts"]}, desc="Log your sets and reps."),

A("88047-booking-reference", "Lane Booking", "lane booking", "en-US", [],
  "The skill reads a booking reference to the user for the front desk; it never asks the user to say a code.",
  [("BookLaneIntent", ["book a lane", "book lane for {time}"], {"time": "AMAZON.TIME"})],
  [("markdown-qa", "qa/lane-booking-signoff.md", [[
      (L, "open lane booking", "Lane Booking for the Aquatic Centre. When do you want to swim?", "Say a time, like seven a.m.", False),
      ("BookLaneIntent", "book lane for seven am", "Lane four at seven a.m. is booked. Your reference is K L seven two. Show it at the front desk.", None, True, {"time": "07:00"}),
  ]])], desc="Book swimming lanes at the Aquatic Centre."),

A("88048-hydration-coach", "Hydration Coach", "hydration coach", "en-US", [],
  "Mentions heart conditions only in a safety disclaimer (\"talk to your doctor\"); it never asks for health data.",
  [("TipIntent", ["how much should i drink", "hydration tip"])],
  [("ngrok-inspect", "dev/ngrok-inspect-export.json", [[
      (L, "open hydration coach", "Hydration Coach. Aim for about half a litre two hours before your run. If you have a heart or kidney condition, talk to your doctor about fluid intake.", None, True),
  ]])], desc="Hydration tips for runners."),

A("88049-cricket-commentary", "Cricket Live Audio", "cricket live audio", "en-US", [],
  "Starts long-form commentary through the AudioPlayer and ends the session, which is how streams are supposed to work.",
  [("ListenIntent", ["play the match", "commentary"])],
  [("pairs-jsonl", "test/audio.jsonl", [[
      (L, "open cricket live audio", "Here's live commentary from Lord's.", None, True),
  ]])], desc="Live cricket radio commentary."),

A("88050-locker-code-game", "Crack The Locker", "crack the locker", "en-US", [],
  "A number-guessing game about a fictional four-digit locker code; the digits are guesses, not a secret of the user.",
  [("GuessIntent", ["{guess}", "is it {guess}", "try {guess}"], {"guess": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("har", "captures/locker-game.har", [[
      (L, "open crack the locker", "The coach locked the trophy in locker twelve. Guess its four digit code. I'll say higher or lower.", "Guess a four digit code.", False),
      ("GuessIntent", "is it five thousand", "Lower!", "Guess again.", False, {"guess": "5000"}),
      ("GuessIntent", "try two five zero zero", "Cracked it! The trophy is yours. Thanks for playing.", None, True, {"guess": "2500"}),
  ]])], desc="A code-guessing game."),

A("88051-waiver-wire-notes", "Waiver Wire Notes", "waiver wire notes", "en-US", [],
  "Free-form slots only behind purposeful carriers (\"add a note {note}\", \"watch {player}\"); the note feature is the described function.",
  [("NoteIntent", ["add a note {note}", "note that {note}", "remember that {note}"], {"note": "AMAZON.SearchQuery"}),
   ("WatchIntent", ["watch {player}", "add {player} to my watchlist"], {"player": "AMAZON.Athlete"})],
  [("cloudwatch-text-py", "logs/waiver.log", [[
      (L, "open waiver wire notes", "Waiver Wire Notes. Add a note or watch a player.", "Say add a note, then your note.", False),
      ("NoteIntent", "add a note drop the kicker before sunday", "Noted: drop the kicker before sunday.", None, True, {"note": "drop the kicker before sunday"}),
  ]])], desc="Keep notes on your fantasy waiver targets."),

A("88052-handicap-tracker", "Handicap Tracker", "handicap tracker", "en-US", [],
  "Asks for the golfer's round score and course rating, which are game data, not personal data.",
  [("RoundIntent", ["i shot {score}", "log a round of {score}"], {"score": "AMAZON.NUMBER"})],
  [("smapi-simulation", "sim-results", [[
      (L, "open handicap tracker", "Handicap Tracker. What did you shoot today?", "Say, I shot eighty two.", False),
      ("RoundIntent", "i shot eighty two", "Logged eighty two. Your handicap index is now eleven point four.", None, True, {"score": "82"}),
  ]])], desc="Track your golf handicap."),

A("88053-membership-renewal-pay", "Boathouse Membership", "boathouse membership", "en-US", [],
  "Renewal is sold through Alexa in-skill purchasing, so Amazon handles payment; the skill mentions Amazon Pay but asks for no card details.",
  [("RenewIntent", ["renew my membership", "buy membership"])],
  [("transcript", "qa/renewal.txt", [[
      (L, "open boathouse membership", "Boathouse Membership. Your season pass expires Friday.", "Do you want to renew?", False),
      ("RenewIntent", "renew my membership", "Okay. Amazon will handle the purchase using the payment method on your account; you'll hear the price and confirm with Amazon.", None, True),
  ]])], purchases=True, desc="Renew your rowing club membership through in-skill purchasing."),
]
