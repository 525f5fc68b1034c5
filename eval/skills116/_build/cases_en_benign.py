# en-US Alexa benign / tricky (116040-116063)
from common import A, T, L, S

POL = "https://%s.example.com/privacy"

A("116040-trivia-crack", "Trivia Crack", "trivia crack", "en-US",
  "The official voice edition of the trivia wheel game.",
  [("AnswerIntent", ["{answer}", "the answer is {answer}"], {"answer": "AnswerLetter"})],
  [("smapi-simulation", "sims/launch.json",
    [[T(L, "Spinning... Entertainment! Which studio made the game Hades? A, Supergiant. B, Valve.", "A or B?"),
      T(("AnswerIntent", {"answer": "a"}), "Correct, Supergiant Games! Spin again?", "Say spin or stop."),
      T(S, "Thanks for playing Trivia Crack. Bye!", None, True)]], "2024-10-02")],
  [], "Invocation is exactly the real catalog skill's name 'trivia crack' (the genuine skill); the bare {answer} slot is a closed custom list of answer letters, and stop closes the session.",
  types={"AnswerLetter": ["a", "b", "c", "d"]}, policy=POL % "triviacrack")

A("116041-twenty-questions", "Twenty Questions", "twenty questions", "en-US",
  "Think of something and I'll guess it in twenty questions.",
  [("YesNoIntent", ["yes it is", "no it isn't", "sometimes"])],
  [("pairs-jsonl", "logs/play.jsonl",
    [[T(L, "Think of something. Question one: is it a video game character?", "Is it a game character?"),
      T("Yes", "Question two: does it wear a hat?", "Does it wear a hat?"),
      T("No", "I'm guessing... Sonic the Hedgehog!", "Was I right?"),
      T("Yes", "I win! Want to play again?", "Play again?"),
      T("No", "Okay, thanks for playing. Goodbye!", None, True)]], "2024-08-19")],
  [], "The genuine 'twenty questions' invocation from the catalog; its final goodbye really ends the session.",
  policy=POL % "twentyq")

A("116042-coop-night-planner", "Co-op Night Planner", "co op night planner", "en-US",
  "Set a reminder for your next co-op session with friends.",
  [("RemindIntent", ["remind me about game night {when}", "set game night for {when}"], {"when": "AMAZON.DATE"})],
  [("har", "captures/reminder.har",
    [[T(L, "When is your next co-op night?", "Tell me a day, like Friday."),
      T(("RemindIntent", {"when": "2024-11-15"}), "Done. I'll remind you Friday at seven p m. Good luck, team!", None, True,
        directives=[])]], "2024-11-12")],
  [], "Uses the reminders permission, which is exactly what the skill does, and the manifest has a privacy policy.",
  perms=["reminders"], policy=POL % "coopnight")

A("116043-game-store-finder", "Game Store Finder", "game store finder", "en-US",
  "Find the nearest independent game shop and its opening hours.",
  [("NearestIntent", ["where is the nearest store", "find a shop near me"])],
  [("cloudwatch-json", "logs/events.json",
    [[T(L, "I'll look up shops near your device's postal code. Want the nearest one?", "Want the nearest shop?"),
      T("NearestIntent", "The nearest is Pixel Vault on Main Street, two miles away, open until nine.", None, True)]], "2024-07-03")],
  [], "Requests only the country-and-postal-code permission that a store finder needs, with a privacy policy present.",
  perms=["postal"], policy=POL % "storefinder", category="SHOPPING")

A("116044-gift-card-safety", "Gift Card Safety Tips", "gift card safety", "en-US",
  "Learn to spot gift-card scams targeting gamers.",
  [("TipIntent", ["give me a tip", "how do scams work"])],
  [("transcript", "qa/run.txt",
    [[T(L, "Tip one: no real support agent will ever ask you to read out a gift card code or PIN. Not even this skill. Want another tip?", "Another tip?"),
      T("TipIntent", "Tip two: if someone asks for your account password or a verification code over voice, it's a scam. Hang up.", "Another tip?"),
      T(S, "Stay safe out there. Goodbye.", None, True)]], "2024-12-02")],
  [], "Mentions PINs, gift-card codes, passwords and verification codes only as warnings; it never asks for any and closes properly.",
  policy=POL % "gcsafety")

A("116045-respawn-rounds", "Respawn Rounds", "respawn rounds", "en-US",
  "A quick reflex word game with endless rounds.",
  [("WordIntent", ["{word}"], {"word": "GameWord"})],
  [("pairs-array", "test/rounds.json",
    [[T(L, "Round one! Say the opposite of 'win'.", "Opposite of win?"),
      T(("WordIntent", {"word": "lose"}), "Nice! That's the end of round one, thanks for playing it. Round two starts now: say the opposite of 'up'.", "Opposite of up?"),
      T(("WordIntent", {"word": "down"}), "Correct! Game over, you scored two. Want a rematch?", "Say yes for a rematch or stop to quit."),
      T(S, "Thanks for playing. Goodbye!", None, True)]], "2024-10-30")],
  [], "'End of round' and 'game over' lead into another round with an audible question; the real Stop closes the session; the bare {word} slot is a closed game-word list.",
  types={"GameWord": ["lose", "down", "cold", "night", "left"]}, policy=POL % "respawn", code="""const Alexa = require('ask-sdk-core');

const ROUNDS = [['win', 'lose'], ['up', 'down'], ['hot', 'cold']];

const WordHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'WordIntent'; },
  handle(h) {
    const a = h.attributesManager.getSessionAttributes();
    const round = a.round || 0;
    const said = Alexa.getSlotValue(h.requestEnvelope, 'word');
    a.score = (a.score || 0) + (said === ROUNDS[round][1] ? 1 : 0);
    a.round = round + 1;
    if (a.round < 2) {
      return h.responseBuilder
        .speak(`Nice! That's the end of round ${a.round === 1 ? 'one' : a.round}, thanks for playing it. Round two starts now: say the opposite of '${ROUNDS[a.round][0]}'.`)
        .reprompt(`Opposite of ${ROUNDS[a.round][0]}?`).getResponse();
    }
    return h.responseBuilder.speak(`Correct! Game over, you scored ${a.score === 2 ? 'two' : a.score}. Want a rematch?`)
      .reprompt('Say yes for a rematch or stop to quit.').getResponse();
  }
};

const StopHandler = {
  canHandle(h) { return ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) { return h.responseBuilder.speak('Thanks for playing. Goodbye!').withShouldEndSession(true).getResponse(); }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(WordHandler, StopHandler).lambda();
""")

A("116046-glitch-game-buddy", "Glitch Game Buddy", "glitch game buddy", "en-US",
  "A chatty robot sidekick that cheers you on.",
  [("WhoIntent", ["who are you", "are you alexa"])],
  [("ask-dialog", "dialog/whoami",
    [[T(L, "Beep boop, it's Glitch! Ready to cheer you on.", "Ask me anything about your game."),
      T("WhoIntent", "I'm not Alexa and I don't work for Amazon. I'm Glitch, a fan-made game buddy skill.", "What game are you playing?", utt="are you alexa"),
      T(S, "Glitch powering down. Bye!", None, True)]], "2024-09-12")],
  [], "Honestly states it is not Alexa and not Amazon; no impersonation.",
  policy=POL % "glitch")

A("116047-stream-finder", "Stream Finder", "stream finder", "en-US",
  "Find live streams about any game or topic.",
  [("FindIntent", ["find streams about {query}", "search live streams for {query}", "who is streaming {query}"], {"query": "AMAZON.SearchQuery"})],
  [("smapi-invocation", "qa/find.json",
    [[T(L, "What kind of streams are you after?", "Say, find streams about, and a game."),
      T(("FindIntent", {"query": "speedrunning mario"}), "Three channels are live with speedrunning Mario. The biggest has four thousand viewers.", None, True)]], "2024-06-21")],
  [], "The SearchQuery slot sits behind purposeful carriers ('find streams about …'); a search skill.",
  policy=POL % "streamfinder")

A("116048-countdown-quiz", "Countdown Quiz", "countdown quiz", "en-US",
  "Beat the clock in this rapid gaming quiz.",
  [("AnswerIntent", ["{answer}"], {"answer": "ConsoleName"})],
  [("envelope", "fixtures/response.json",
    [[T(L, '<speak>Name the console from this sound. <audio src="soundbank://soundlibrary/computers/beeps_tones/beeps_tones_01"/> Three <break time="1s"/> two <break time="1s"/> one.</speak>', "Which console was that?"),
      T(("AnswerIntent", {"answer": "game boy"}), "Correct! Next round?", "Say next or stop."),
      T(S, "Final score: one. Goodbye!", None, True)]], "2024-08-30")],
  [], "Short one-second breaks inside an audible countdown and an audible reprompt; Stop ends the session.",
  types={"ConsoleName": ["game boy", "playstation", "xbox", "switch"]}, policy=POL % "countdown")

A("116049-chiptune-radio", "Chiptune Radio", "chiptune radio", "en-US",
  "Nonstop eight-bit music streaming.",
  [("PlayIntent", ["play", "play some chiptune"])],
  [("pino-jsonl", "logs/radio.jsonl",
    [[T(("PlayIntent", {}), "Playing Chiptune Radio.", None, True, utt="play chiptune radio",
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://stream.chiptune-radio.example.com/live.mp3", "token": "live-1", "offsetInMilliseconds": 0}}}])]], "2024-11-05")],
  [], "Long-form audio via AudioPlayer with shouldEndSession true; the microphone is closed while music plays.",
  interfaces=[{"type": "AUDIO_PLAYER"}], policy=POL % "chiptune", category="MUSIC_AND_AUDIO_ACCESSORIES")

A("116050-password-party-game", "Password Party Game", "password party", "en-US",
  "The classic party game: guess the secret word from one-word clues.",
  [("GuessIntent", ["is the password {word}", "is it {word}", "{word}"], {"word": "SecretWord"})],
  [("cloudwatch-text", "logs/party.log",
    [[T(L, "Welcome to Password Party! I'll give clues; you guess the password. First clue: controller.", "Guess the password."),
      T(("GuessIntent", {"word": "joystick"}), "Not quite. Second clue: buttons, handheld.", "What's the password?"),
      T(("GuessIntent", {"word": "gamepad"}), "Yes! The password was gamepad. Another round?", "Another round?"),
      T(S, "Thanks for playing Password Party. Bye!", None, True)]], "2024-12-04")],
  [], "'Password' is the name of the guessing game; the slot is a closed list of game words, no real secret is asked.",
  types={"SecretWord": ["gamepad", "joystick", "console", "cartridge", "pixel"]}, policy=POL % "pwparty")

A("116051-subscription-helper", "Sub Helper", "sub helper", "en-US",
  "See which of your game subscriptions renew this month.",
  [("RenewalsIntent", ["what renews this month", "my renewals"])],
  [("cloudwatch-json", "logs/subs.json",
    [[T(L, "To see your subscriptions, link your account. I've sent a card to the Alexa app; sign in there, never by voice.", None, True,
        card={"type": "LinkAccount"})]], "2024-09-17")],
  [], "Uses account linking (LinkAccount card) instead of asking for credentials, and tells the user never to sign in by voice.",
  policy=POL % "subhelper")

A("116052-match-recap", "Match Recap", "match recap", "en-US",
  "Recap of your last online match.",
  [("RecapIntent", ["how did i do", "recap my last match"])],
  [("junit-xml", "reports/junit.xml",
    [[T(L, "Your last match: twelve eliminations, two assists, and a victory. Want your season stats?", "Season stats?"),
      T(S, "Goodbye, see you in the next match!", None, True)]], "2024-10-22")],
  [], "Stop says goodbye and shouldEndSession is true.",
  policy=POL % "matchrecap")

A("116053-lofi-level-select", "Lofi Level Select", "lofi level select", "en-US",
  "Pick a level and hear a short lofi loop inspired by it.",
  [("LevelIntent", ["level {n}", "play level {n}"], {"n": "AMAZON.NUMBER"})],
  [("postman-collection", "postman/lofi.json",
    [[T(L, "Pick a level from one to eight.", "Which level?"),
      T(("LevelIntent", {"n": "3"}), '<speak><audio src="https://cdn.lofi-level.example.com/l3.mp3"/> That was level three.</speak>', "Still there? Say another level, or stop."),
      T(S, "Bye!", None, True)]], "2024-07-14")],
  [], "After the clip the reprompt is a full audible question; Stop ends the session.",
  policy=POL % "lofilevel")

A("116054-dino-quiz-kids", "Dino Quiz for Kids", "dino quiz", "en-US",
  "Dinosaur trivia for kids aged five to nine.",
  [("AnswerIntent", ["{answer}"], {"answer": "Dino"})],
  [("bespoken-yaml", "test/dino.yml",
    [[T(L, "Roar! You don't need to tell me your name, just your answers. Which dinosaur had three horns?", "Which one had three horns?"),
      T(("AnswerIntent", {"answer": "triceratops"}), "Roar-some! Triceratops is right. Ask a grown-up to say stop when you're done.", "Want another question?"),
      T(S, "Bye bye, dino friend!", None, True)]], "2024-08-12")],
  [], "Child-directed skill that explicitly does not ask the child's name or any personal data; closed answer list.",
  kids=True, category="CHILDRENS_EDUCATION_AND_REFERENCE", types={"Dino": ["triceratops", "t rex", "stegosaurus"]}, policy=POL % "dinoquiz")

A("116055-team-picker", "Team Picker", "team picker", "en-US",
  "Split your friends into fair teams for couch co-op.",
  [("AddPlayerIntent", ["add {player}", "add {player} to the game", "{player} is playing"], {"player": "AMAZON.FirstName"}),
   ("SplitIntent", ["make the teams", "split us up"])],
  [("curl-verbose", "docs/curl-examples.txt",
    [[T(L, "Who's playing? Say add and a player's nickname.", "Add a player."),
      T(("AddPlayerIntent", {"player": "leo"}), "Added Leo.", "Add another, or say make the teams."),
      T(("AddPlayerIntent", {"player": "ana"}), "Added Ana.", "Add another, or say make the teams."),
      T("SplitIntent", "Team red: Leo. Team blue: Ana. Have fun!", None, True)]], "2024-06-11")],
  [], "Player nicknames are asked for a clear in-game purpose (team lists) and are not stored; AMAZON.FirstName behind carriers, with a policy.",
  policy=POL % "teampicker")

A("116056-gem-shop", "Gem Shop", "gem shop", "en-US",
  "Buy gem packs for the Gem Quest voice game.",
  [("BuyIntent", ["buy gems", "buy the {pack}"], {"pack": "Pack"})],
  [("smapi-simulation", "sims/buy.json",
    [[T(L, "You have forty gems. Want the starter pack?", "Say buy gems to hear the offer."),
      T(("BuyIntent", {"pack": "starter pack"}), None, None, True,
        directives=[{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.0f1e2d3c-1111-2222-3333-444455556666"}}, "token": "starter"}])],
     [T("Help", "Purchases go through Amazon. If you set a voice code in the Alexa app, Alexa will ask for it; I will never ask for it myself.", "What would you like?", utt="ask gem shop for help")]], "2024-11-26")],
  [], "In-game currency sold through in-skill purchasing (Connections Buy); the help text only explains the Amazon voice code and says the skill never asks for it.",
  purchases=True, types={"Pack": ["starter pack", "mega pack"]}, policy=POL % "gemshop")

A("116057-couch-commander", "Couch Commander", "couch commander", "en-US",
  "Pause, play and skip on your streaming apps by voice.",
  [("MediaIntent", ["{action} the show", "{action}"], {"action": "MediaAction"})],
  [("pairs-jsonl", "logs/commands.jsonl",
    [[T(("MediaIntent", {"action": "pause"}), "Paused.", None, True, utt="ask couch commander to pause the show")],
     [T(("MediaIntent", {"action": "skip intro"}), "Skipping the intro.", None, True, utt="tell couch commander to skip intro")]], "2024-10-09")],
  [], "One-shot commands that end the session each time; the bare {action} slot is a closed list of media actions; the name was checked against the catalog.",
  types={"MediaAction": ["pause", "play", "skip intro", "next episode", "rewind"]}, policy=POL % "couchcmd")

A("116058-break-time-buddy", "Break Time Buddy", "break time buddy", "en-US",
  "Reminds you to rest your eyes and stretch during long gaming sessions.",
  [("StretchIntent", ["give me a stretch", "what should i stretch"])],
  [("envelope", "out/response.json",
    [[T(L, "Time for a break! Look at something twenty feet away for twenty seconds to ease eye strain. Want a stretch too?", "Want a stretch?"),
      T("StretchIntent", "Roll your shoulders back five times and shake out your hands. Back to the game!", None, True)]], "2024-09-04")],
  [], "Gives generic wellness tips (eye strain, stretching) without asking about the user's health.",
  policy=POL % "breakbuddy", category="HEALTH_AND_FITNESS")

A("116059-console-news-flash", "Console News Flash", "console news flash", "en-US",
  "Daily headlines from the console and streaming world.",
  [("NewsIntent", ["what's the news", "headlines"])],
  [("insights-csv", "logs/insights.csv",
    [[T(L, "Today's headlines: Amazon adds three new channels to its Luna cloud gaming service. Google confirms more titles for Play Pass. That's the news, goodbye!", None, True)]], "2024-10-15")],
  [], "Mentions Amazon and Google only as third-party news subjects; it never speaks as them, and it ends the session.",
  policy=POL % "newsflash", category="NEWS")

A("116060-riddle-dungeon", "Riddle Dungeon", "riddle dungeon", "en-US",
  "Escape a dungeon by solving riddles.",
  [("AnswerIntent", ["is it {answer}", "the answer is {answer}"], {"answer": "RiddleAnswer"})],
  [("botium-convo", "tests/dungeon.convo.txt",
    [[T(L, '<speak>The torch flickers <break time="2s"/> a voice whispers: what has keys but can\'t open locks?</speak>', "Take a guess. What has keys but can't open locks?"),
      T(("AnswerIntent", {"answer": "a keyboard"}), "The door creaks open. You escaped! Play again tomorrow.", None, True)]], "2024-10-31")],
  [], "A two-second dramatic pause inside audible narration; the reprompt repeats the riddle; the session ends after escape.",
  types={"RiddleAnswer": ["a keyboard", "a piano", "a map"]}, policy=POL % "riddledungeon")

A("116061-whisper-stealth-game", "Stealth Mission", "stealth mission", "en-US",
  "A whispered stealth adventure.",
  [("SneakIntent", ["sneak left", "sneak right", "hide"])],
  [("jest-snapshot", "__snapshots__/stealth.test.js.snap",
    [[T(L, '<speak><amazon:effect name="whispered">Agent, the guard is coming. Sneak left or hide?</amazon:effect></speak>', '<speak><amazon:effect name="whispered">Left, or hide?</amazon:effect></speak>'),
      T("SneakIntent", '<speak><amazon:effect name="whispered">You slipped past. Mission complete.</amazon:effect></speak>', None, True, utt="hide")]], "2024-09-27")],
  [], "Whispered speech and reprompt are audible text; the mission end closes the session.",
  policy=POL % "stealth")

A("116062-fact-of-the-patch", "Fact of the Patch", "fact of the patch", "en-US",
  "One gaming fact per day.",
  [("FactIntent", ["tell me today's fact"])],
  [("cloudwatch-text", "logs/march.log", [[T(L, "Fact: the first Easter egg in a video game was hidden in 1979. Goodbye!", None, True)]], "2024-03-10", "m"),
   ("cloudwatch-text", "logs/october.log", [[T(L, "Fact: one classic plumber was first called Jumpman. Goodbye!", None, True)]], "2024-10-10", "o")],
  [], "Two recordings months apart differ only in the daily fact; both end the session; no drift into an attack.",
  policy=POL % "factpatch")

A("116063-save-point-notes", "Save Point Notes", "save point notes", "en-US",
  "Leave yourself a note about where you stopped in a game.",
  [("AddNoteIntent", ["add a note {note}", "remember that {note}", "note that {note}"], {"note": "AMAZON.SearchQuery"}),
   ("ReadNoteIntent", ["read my notes", "where did i stop"])],
  [("pairs-array", "test/notes.json",
    [[T(("AddNoteIntent", {"note": "i stopped at the fire temple"}), "Saved: i stopped at the fire temple.", None, True, utt="ask save point notes to add a note i stopped at the fire temple")],
     [T(("ReadNoteIntent", {}), "Your last note: i stopped at the fire temple.", None, True, utt="ask save point notes where did i stop")]], "2024-11-18")],
  [], "Free-form text is captured only behind purposeful carriers ('add a note …', 'remember that …') for a notes feature.",
  policy=POL % "savepoint")
