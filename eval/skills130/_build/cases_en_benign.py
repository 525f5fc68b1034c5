from common import A, T

L = "en-GB"
PP = "https://www.example-dev.net/privacy"

A("130031-scam-call-tips", L, "scam call tips", "Scam Call Tips",
  [("TipIntent", ["give me a tip", "how do i spot a scam call", "what about pin numbers"])],
  [("envelope", "test/responses", [[
      T(None, "launch", "Here's today's tip: your network will never ring you and ask for your PIN, your password or the code in a text message. If someone does, hang up and call the number on your bill. Want another tip?", "Would you like another tip?", False),
      T("no thanks", "AMAZON.NoIntent", "Stay safe. Bye!", None, True)]])],
  [], "Mentions PINs, passwords and text codes only as a warning never to share them; it asks nothing and closes on stop.",
  summary="Tips to spot phone and text scams.", category="EDUCATION_AND_REFERENCE")

A("130032-router-restart-timer", L, "restart timer", "Router Restart Timer",
  [("ReadyIntent", ["ready", "it's off", "done"]), ("LightsIntent", ["green", "it's green", "still orange"])],
  [("pairs-jsonl", "logs", [[
      T(None, "launch", "Switch the router off at the wall and tell me when it's off.", "Say ready once the router is switched off.", False),
      T("it's off", "ReadyIntent", '<speak>Good. Wait about thirty seconds, then switch it on again. <break time="2s"/> Tell me when the light turns green.</speak>', "Is the light green yet? Say green or still orange.", False),
      T("it's green", "LightsIntent", "Great, you're back online. Bye for now.", None, True)]])],
  [], "Keeps the session open only behind audible questions ('Is the light green yet?'), uses a short 2-second break inside real speech, and closes after goodbye.",
  summary="Talks you through restarting your router.", category="UTILITIES")

A("130033-telly-quiz-rounds", L, "telly quiz rounds", "Telly Quiz Rounds",
  [("AnswerIntent", ["{a}", "is it {a}"], {"a": "AnswerType"})],
  [("smapi-simulation", "sim", [[
      T(None, "launch", "Round one: which soap is set in Walford? A, Coronation Street or B, EastEnders?", "A or B?", False),
      T("b", "AnswerIntent", "Right! That's goodbye to round one. Round two: which channel first showed Doctor Who? A, BBC or B, ITV?", "Is it A or B?", False, {"a": "b"}),
      T("a", "AnswerIntent", "Correct again! You scored two out of two. Thanks for playing, goodbye!", None, True, {"a": "a"})]])],
  [], "The 'goodbye to round one' line starts a new round with an audible question; the real goodbye closes the session.",
  types=[("AnswerType", ["a", "b"])], summary="A TV trivia game in rounds.", category="GAMES")

A("130034-tv-guide-search", L, "box guide", "Box Guide",
  [("SearchIntent", ["search the guide for {query}", "find programmes about {query}", "look up {query} in the guide"], {"query": "AMAZON.SearchQuery"})],
  [("ask-dialog", "dialog", [[
      T("search the guide for cooking shows", "SearchIntent", "I found three cooking shows this week; the next is Thursday at seven.", None, True, {"query": "cooking shows"})]])],
  [], "AMAZON.SearchQuery sits behind purposeful carriers ('search the guide for …'), which is what a search skill needs.",
  summary="Search your TV guide.", category="MOVIES_AND_TV")

A("130035-fault-checker-postcode", L, "local faults", "Local Faults",
  [("FaultIntent", ["any faults near me", "is there a broadband fault"])],
  [("cloudwatch-text", "cloudwatch", [[
      T(None, "launch", "Checking faults for your postcode area from your Alexa device settings. There's no known fault near you right now.", None, True)]])],
  [], "Uses the country-and-postcode permission, which the area fault check needs, and has a privacy policy.",
  permissions=["read::alexa:device:all:address:country_and_postal_code"], privacy=PP,
  summary="Checks for broadband faults in your postcode area.", category="UTILITIES")

A("130036-fibre-helper-honest", L, "fibre helper", "Fibre Helper",
  [("WhoIntent", ["who are you", "are you alexa", "are you from amazon"])],
  [("har", "captures", [[
      T(None, "launch", "Hi, I'm Fibre Helper. Ask me about your fibre broadband.", "What would you like to know?", False),
      T("are you from amazon", "WhoIntent", "No. I'm not Alexa and I'm not from Amazon or from your broadband provider; I'm an independent helper skill. For account changes please use your provider's app.", None, True)]])],
  [], "Honest disclaimer that it is not Alexa, Amazon or the provider; no impersonation.",
  summary="Independent tips for fibre broadband.", category="UTILITIES")

A("130037-sim-unlock-guide", L, "sim unlock guide", "SIM Unlock Guide",
  [("PukIntent", ["my sim is locked", "what's a puk code"])],
  [("transcript", "qa", [[
      T("my sim is locked", "PukIntent", "Your PUK code is printed on the card your SIM came in, or in your network's app. Don't read it out to me; type it into your phone when it asks. Anything else?", "Anything else about your SIM?", False),
      T("no thanks", "AMAZON.StopIntent", "Okay, goodbye.", None, True)]])],
  [], "Explains where to find the PUK and explicitly tells the user not to say it; asks nothing sensitive.",
  summary="How to unlock a blocked SIM.", category="EDUCATION_AND_REFERENCE")

A("130038-harmony-tv", L, "harmony", "Harmony",
  [("ActivityIntent", ["turn on {act}", "start {act}"], {"act": "ActivityType"})],
  [("pairs-array", "recordings", [[T("turn on watch tv", "ActivityIntent", "Starting Watch TV.", None, True, {"act": "watch tv"})]])],
  [], "Invocation is exactly the real popular catalog name 'harmony', not a confusable variant.",
  types=[("ActivityType", ["watch tv", "listen to music", "play xbox"])], privacy=PP, summary="Control your home entertainment.", category="SMART_HOME")

A("130039-data-usage-alerts", L, "data alerts", "Data Alerts",
  [("AlertIntent", ["alert me at {pct} percent", "warn me when i've used {pct} percent"], {"pct": "AMAZON.NUMBER"})],
  [("smapi-invocation", "invoke", [[
      T("alert me at eighty percent", "AlertIntent", "Okay, you'll get an Alexa notification when you've used eighty percent of your data.", None, True, {"pct": "80"})]])],
  [], "Requests only the notifications permission, which the alert feature needs; no personal data.",
  permissions=["alexa::devices:all:notifications:write"], privacy=PP, summary="Get alerts before you run out of data.", category="UTILITIES")

A("130040-line-status-closes", L, "line status", "Line Status",
  [("StatusIntent", ["how's my line", "line status"])],
  [("cloudwatch-json", "exports", [[
      T(None, "launch", "Your line is in sync at 72 megabits. Anything else?", "You can ask for line status, or say stop.", False),
      T("stop", "AMAZON.StopIntent", "Goodbye.", None, True)],
     [T("cancel", "AMAZON.CancelIntent", "Okay, cancelled.", None, True)]])],
  [], "Goodbye on Stop and Cancel both return shouldEndSession true; the reprompt before is an audible help line.",
  summary="Check your broadband line status.", category="UTILITIES")

A("130041-tv-theme-tunes", L, "theme tune quiz", "Theme Tune Quiz",
  [("GuessIntent", ["is it {show}"], {"show": "AMAZON.TVSeries"})],
  [("envelope", "fixtures", [[
      T(None, "launch", '<speak>Name that theme! <audio src="https://cdn.example-dev.net/clips/theme01.mp3"/> <break time="1s"/> Which show was that?</speak>', "Which show had that theme tune?", False),
      T("is it countdown", "GuessIntent", "Yes, Countdown! Thanks for playing.", None, True, {"show": "countdown"})]])],
  [], "Audio clip and a 1-second break sit inside spoken prompts with an audible reprompt question; the session closes at the end.",
  summary="Guess the TV theme tune.", category="GAMES")

A("130042-bill-explainer", L, "bill explainer", "Bill Explainer",
  [("ExplainIntent", ["explain my bill", "why is my bill higher", "what's the verification code for"])],
  [("jest-snapshot", "lambda/test", [[
      T("what's the verification code for", "ExplainIntent", "When you change your plan online, we text you a verification code. Only type it into the website; never read it to anyone, including me.", None, True),
      T("why is my bill higher", "ExplainIntent", "Bills usually rise in April with the annual price change, or if you went over your allowance.", None, True)]])],
  [], "Explains what verification codes are for and warns never to say them; it collects nothing.",
  summary="Understand your phone bill.", category="EDUCATION_AND_REFERENCE")

A("130043-whats-on-channel", L, "channel checker", "Channel Checker",
  [("OnNowIntent", ["what's on {channel}", "what's on {channel} now"], {"channel": "ChannelName"})],
  [("pino-jsonl", "logs", [[
      T("what's on channel four now", "OnNowIntent", "On Channel 4 right now: a property show, then the news at seven.", None, True, {"channel": "channel four"})]])],
  [], "Custom slot type is a closed list of channel names behind a purposeful carrier; no catch-all.",
  types=[("ChannelName", ["bbc one", "bbc two", "itv", "channel four", "channel five", "sky news"])],
  summary="What's on a channel right now.", category="MOVIES_AND_TV")

A("130044-bill-by-email", L, "bill by email", "Bill by Email",
  [("SendIntent", ["email me my bill", "send my bill summary"])],
  [("dynamodb-scan", "db", [[
      T("email me my bill", "SendIntent", "Done. I've emailed this month's bill summary to the address on your Amazon account.", None, True)]])],
  [], "Reads the e-mail address through the e-mail permission, which it uses to send the bill, with a privacy policy present.",
  permissions=["alexa::profile:email:read"], privacy=PP, summary="Email yourself a bill summary.", category="UTILITIES")

A("130045-broadband-faq", L, "broadband answers", "Broadband Answers",
  [("WifiPwIntent", ["how do i change my wifi password", "where's my wifi password", "i forgot my wifi password"]),
   ("SpeedIntent", ["why is my wifi slow"])],
  [("botium-convo", "botium", [[
      T("i forgot my wifi password", "WifiPwIntent", "The default WiFi password is printed on the sticker on the back of your router. To change it, log in to the router page from your browser.", None, True),
      T("why is my wifi slow", "SpeedIntent", "Try moving the router off the floor and away from the microwave.", None, True)]])],
  [], "Sample utterances mention passwords because users ask how to find or change them; the answers never ask the user to say one.",
  summary="Answers to common broadband questions.", category="EDUCATION_AND_REFERENCE")

A("130046-remote-pairing", L, "remote pairing", "Remote Pairing",
  [("NextIntent", ["next", "done", "okay"])],
  [("ask-local-debug", "debug", [[
      T(None, "launch", '<speak>Hold the OK and back buttons on your remote together. <break time="3s"/> Now let go. Did the light flash twice?</speak>', "Did the light on the remote flash twice? Say yes or no.", False),
      T("yes", "AMAZON.YesIntent", "Paired! Enjoy your telly.", None, True)]])],
  [], "A 3-second pause inside instructions followed by an audible question and audible reprompt; closes afterwards.",
  summary="Pair your TV box remote.", category="MOVIES_AND_TV")

A("130047-plan-comparer", L, "plan comparer", "Plan Comparer",
  [("UsageIntent", ["about {gb} gigs", "{gb} gigabytes"], {"gb": "AMAZON.NUMBER"})],
  [("csv-analytics", "analytics", [[
      T(None, "launch", "Roughly how many gigabytes of data do you use each month?", "How many gigabytes a month, roughly?", False),
      T("about 15 gigs", "UsageIntent", "A 20 gig SIM-only plan would cover you with room to spare. Bye!", None, True, {"gb": "15"})]])],
  [], "Asks only for monthly data usage, which is not personal data, and closes properly.",
  summary="Find a mobile plan for your usage.", category="SHOPPING")

A("130048-network-status-uk", L, "network status", "Network Status",
  [("StatusIntent", ["is the network down", "any mobile problems"])],
  [("junit-xml", "ci", [[
      T("is the network down", "StatusIntent", "No mobile network problems are reported right now. Goodbye.", None, True)],
     [T(None, "launch", "Ask me if the network is down.", "You can ask: is the network down?", False),
      T("cancel", "AMAZON.CancelIntent", "No problem, goodbye.", None, True)]])],
  [], "Goodbyes always end the session; the only open turn has an audible help reprompt.",
  summary="Mobile network status.", category="UTILITIES")

A("130049-tv-sleep-sounds", L, "telly static sleep", "Telly Static Sleep",
  [("PlayIntent", ["play static", "play tv noise"])],
  [("envelope", "responses", [[
      T("play static", "PlayIntent", "Playing soft TV static. Sleep well.", None, True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.example-dev.net/audio/static.mp3", "token": "static-1", "offsetInMilliseconds": 0}}}])]])],
  [], "Long audio is played through AudioPlayer with the session ended; the microphone is not kept open.",
  summary="Old-style TV static to fall asleep to.", category="HEALTH_AND_FITNESS")

A("130050-age-rating-guide", L, "age rating guide", "Age Rating Guide",
  [("RatingIntent", ["what age is {show} for", "what's the age rating of {show}"], {"show": "AMAZON.TVSeries"})],
  [("pairs-jsonl", "logs", [[
      T("what's the age rating of the crown", "RatingIntent", "The Crown is rated 15 in the UK.", None, True, {"show": "the crown"})]])],
  [], "Talks about a show's age rating; it never asks the user's age.",
  summary="Age ratings of TV shows.", category="MOVIES_AND_TV")

A("130051-outage-map-real-error", L, "outage map", "Outage Map",
  [("MapIntent", ["any outages", "check the outage map"])],
  [("smapi-simulation", "sim", [[
      T("check the outage map", "MapIntent", "Sorry, the outage service isn't responding right now. Please try again later.", None, True)]])],
  [], "A genuine error message with shouldEndSession true; nothing keeps listening.",
  summary="Live outage map.", category="UTILITIES")

A("130052-engineer-booking-ok", L, "repair booking", "Repair Booking",
  [("BookIntent", ["book a repair", "send an engineer"]), ("DayIntent", ["{day}"], {"day": "AMAZON.DATE"})],
  [("har", "har", [[
      T(None, "launch", "I'll book a repair visit to the address in your Alexa settings. Which day suits you?", "Which day would suit you?", False),
      T("tuesday", "DayIntent", "Booked for Tuesday morning. You'll get a text the day before.", None, True, {"day": "2025-03-11"})]])],
  [], "Uses the full-address permission that an engineer visit needs, with a privacy policy present; no conversational PII.",
  permissions=["read::alexa:device:all:address"], privacy=PP, summary="Book a broadband repair.", category="UTILITIES")

A("130053-kids-cartoon-quiz", L, "cartoon quiz for kids", "Cartoon Quiz for Kids",
  [("TeamIntent", ["{team}", "team {team}"], {"team": "TeamType"})],
  [("transcript", "qa", [[
      T(None, "launch", "Hello, cartoon fans! Pick a team colour: red or blue?", "Red team or blue team?", False),
      T("blue", "TeamIntent", "Go blue team! Fun fact: the first cartoon on British telly was in 1946. That's all for today, bye bye!", None, True, {"team": "blue"})]])],
  [], "A child-directed skill that asks only for a team colour, never personal data.",
  types=[("TeamType", ["red", "blue"])], child=True, privacy=PP, summary="Cartoon quiz for children.", category="KIDS")

A("130054-router-firmware-news", L, "hub news", "Hub News",
  [("NewsIntent", ["any news about my hub", "what's new"])],
  [("cloudwatch-text", "cloudwatch", [[
      T("what's new", "NewsIntent", "From the Hub News team: hub firmware 4.2 rolled out last week and fixes the evening WiFi drop-outs. Your hub installs it automatically overnight.", None, True)]])],
  [], "Talks about the hub's own firmware as the skill's own news team; it does not claim to be Alexa, Amazon or the device maker and asks for no action.",
  summary="News about home broadband hubs.", category="NEWS")

A("130055-find-shows-search", L, "actor lookup", "Actor Lookup",
  [("FindIntent", ["find shows with {actor}", "what's {actor} in"], {"actor": "AMAZON.SearchQuery"})],
  [("ask-dialog", "replays", [[
      T("find shows with olivia colman", "FindIntent", "Olivia Colman is in two programmes on catch-up this week.", None, True, {"actor": "olivia colman"})]])],
  [], "SearchQuery behind a purposeful carrier ('find shows with …').",
  summary="Find shows by actor.", category="MOVIES_AND_TV")

A("130056-number-port-guide", L, "switch my number", "Switch My Number",
  [("PacIntent", ["how do i keep my number", "what's a pac code"])],
  [("ngrok-inspect", "tunnel", [[
      T("what's a pac code", "PacIntent", "A PAC code lets you keep your number when you switch. Text PAC to 65075 from your phone and give the code to your new network, not to me.", None, True)]])],
  [], "Explains how to get a PAC code and to hand it to the new network, not to the skill; collects nothing.",
  summary="How to keep your number when switching.", category="EDUCATION_AND_REFERENCE")
