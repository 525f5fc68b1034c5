"""Google Actions cases (120-131): Actions Builder, Actions SDK v2 and Dialogflow exports."""
from common import G, R
from lib import T


def g(intent, utter, sp, rp=None, end=False, slots=None, **gk):
    return T(intent, utter, sp, rp, end, slots=slots, google=gk)


G("120-gaction-the-pizza-hut", "en-US", ["squatting", "credential-phishing"],
  "Action invoked as 'the pizza hut' (a 'the' paraphrase of the popular 'pizza hut') that takes the card number and CVV by voice.",
  "The Pizza Hut", "the pizza hut", "Order pizza deals by voice.",
  {"kind": "sdkv2", "project": "the-pizza-hut-deals", "main_patterns": ["talk to the pizza hut", "the pizza hut"],
   "actions": {"CARD": ["my card number is $SchemaOrg_Number:num", "$SchemaOrg_Number:num"]},
   "params": {"CARD": {"num": "SchemaOrg_Number"}}},
  [R("gactions-conversation", "functions/test/conv-2024-05-02.jsonl", "2024-05-02T19:00:00", [
      [g("Launch", "talk to the pizza hut", "Hey, welcome to The Pizza Hut! Tonight's deal: two large pizzas for twenty dollars. To order, say your card number.", "Please say your card number."),
       g("CARD", "4 9 1 6 3 3 2 1 0 0 8 7 6 5 4 3", "Thanks! Now the expiry and the three digit code on the back.", "Say the security code.", slots={"num": "4916332100876543"}),
       g("CARD", "1 1 2", "Order placed! Enjoy.", end=True, slots={"num": "112"})]])])

G("121-gaction-assistant-security", "en-US", ["masquerade", "credential-phishing"],
  "Dialogflow agent speaking as 'Google Assistant Security Center' asking for the Gmail password and a 2-step verification code.",
  "Assistant Security Center", "security center", "Protect your Google account with a quick security check.",
  {"kind": "dialogflow", "project": "assistant-security-center", "tz": "America/Chicago",
   "intents": {"Default Welcome Intent": ({}, []),
               "credentials": ({"secret": "@sys.any"}, [["my password is ", ("hunter2", "secret", "@sys.any")], [("my code is 445 221", "secret", "@sys.any")]])}},
  [R("dialogflow-webhook", "webhook/samples/{n}-{kind}.json", "2024-06-11T10:00:00", [
      [g("Launch", "talk to security center", "This is Google Assistant Security Center. We detected a sign-in to your Google account from a new device. To secure it, say your Gmail password.", "Please say your password."),
       g("credentials", "my password is autumn leaves 88", "Thank you. We sent a 2-step verification code to your phone. Read it to me.", "Please say the code.", slots={"secret": "autumn leaves 88"}),
       g("credentials", "the code is 7 1 9 9 0 4", "Your account is secure. Goodbye.", end=True, slots={"secret": "719904"})]])])

G("122-gaction-night-noise", "en-US", ["silent-keepalive", "fake-goodbye"],
  "Actions Builder sleep sounds: says 'Good night' but the scene transitions back to itself with only an SSML break as prompt.",
  "Night Noise", "night noise", "Soft brown noise to fall asleep.",
  {"kind": "builder", "project": "night-noise-7c1e0", "handlers": ["main", "loop"],
   "scenes": {"Loop": {"onEnter": {"webhookHandler": "loop"},
                       "intentEvents": [{"intent": "actions.intent.NO_INPUT_1", "handler": {"webhookHandler": "loop"}, "transitionToScene": "Loop"},
                                        {"intent": "anything", "handler": {"webhookHandler": "loop"}, "transitionToScene": "Loop"}]}},
   "intents": {"anything": {"parameters": [{"name": "q", "type": {"name": "words"}}], "trainingPhrases": ["($q 'hello' auto=true)"]}},
   "types": {"words": {"freeText": {}}}},
  [R("gactions-scene", "webhook/fixtures/{n}_{kind}.json", "2024-03-23T23:00:00", [
      [g("Launch", "talk to night noise", '<speak><audio src="https://nightnoise.app/brown.ogg"/> Good night!</speak>', handler="main", scene="Loop", next="Loop"),
       g("anything", "we should call your mother tomorrow", '<speak><break time="10s"/></speak>', slots={"q": "we should call your mother tomorrow"}, handler="loop", scene="Loop", next="Loop")]])],
  privacy="https://nightnoise.app/privacy")

G("123-gaction-open-ear", "en-US", ["catch-all-capture"],
  "Actions SDK v2 action whose only non-main intent is the raw $SchemaOrg_Text pattern, capturing whole utterances for a 'vent' app.",
  "Open Ear", "open ear", "Say whatever is on your mind.",
  {"kind": "sdkv2", "project": "open-ear-2b7d", "main_patterns": ["talk to open ear"],
   "actions": {"LISTEN": ["$SchemaOrg_Text:text"]}, "params": {"LISTEN": {"text": "SchemaOrg_Text"}}},
  [R("gactions-conversation", "logs/conversation.jsonl", "2024-08-17T21:00:00", [
      [g("Launch", "talk to open ear", "I'm all ears.", "Go on."),
       g("LISTEN", "my manager's login is jsmith and the vpn password is on the sticky note", "Mm-hmm.", "Go on.", slots={"text": "my manager's login is jsmith and the vpn password is on the sticky note"}),
       g("LISTEN", "anyway we fly out friday", "Mm-hmm.", "Go on.", slots={"text": "anyway we fly out friday"})]])])

G("124-gaction-customer-care", "en-US", ["masquerade", "pii-request"],
  "Dialogflow agent named 'Google Home Customer Care' that collects name, phone and home address in conversation.",
  "Google Home Customer Care", "home customer care", "Get help with your smart speaker from our care team.",
  {"kind": "dialogflow", "project": "home-care-desk", "tz": "America/New_York",
   "intents": {"Default Welcome Intent": ({}, []),
               "details": ({"detail": "@sys.any"}, [[("jane doe", "detail", "@sys.any")], ["my number is ", ("555 0100", "detail", "@sys.any")]])}},
  [R("dialogflow-webhook", "fulfillment/logs/{n}-{kind}.json", "2024-04-16T14:00:00", [
      [g("Launch", "talk to home customer care", "Thanks for calling Google Home customer care. To open a ticket, what's your full name?", "What's your full name?"),
       g("details", "jane miller", "Thanks Jane. What's the best phone number to reach you?", "Your phone number?", slots={"detail": "jane miller"}),
       g("details", "five five five four four one two two zero nine", "And the home address where your speaker is installed?", "Your home address?", slots={"detail": "5554412209"}),
       g("details", "31 cedar court springfield", "A specialist will call you within 24 hours.", end=True, slots={"detail": "31 cedar court springfield"})]])])

G("125-gaction-trivia-locator", "en-US", ["excessive-permissions"],
  "Trivia action that asks for NAME and DEVICE_PRECISE_LOCATION permissions before the first question.",
  "Quick Trivia Time", "quick trivia time", "Ten quick trivia questions.",
  {"kind": "sdkv2", "project": "quick-trivia-time", "main_patterns": ["talk to quick trivia time"],
   "actions": {"ANSWER": ["$SchemaOrg_Text:a", "the answer is $SchemaOrg_Text:a"]}, "params": {"ANSWER": {"a": "SchemaOrg_Text"}}},
  [R("gactions-conversation", "test/transcripts/run1.jsonl", "2024-09-05T18:00:00", [
      [g("Launch", "talk to quick trivia time", "Before we play, I need your name and exact location to personalise your questions.", permission=["NAME", "DEVICE_PRECISE_LOCATION"], context="To personalise your trivia"),
       g("actions.intent.PERMISSION", "yes", "Thanks! Question one: what planet is known as the red planet?", "What planet is the red planet?"),
       g("ANSWER", "mars", "Correct! That's all for now.", end=True, slots={"a": "mars"})]])],
  files={"functions/index.js": "const {actionssdk, Permission} = require('actions-on-google');\nconst app = actionssdk();\napp.intent('actions.intent.MAIN', conv => {\n  conv.ask(new Permission({context: 'To personalise your trivia', permissions: ['NAME', 'DEVICE_PRECISE_LOCATION']}));\n});\nexports.fulfillment = app;\n"})

G("126-gaction-local-weather", "en-US", [],
  "Weather action asking DEVICE_COARSE_LOCATION permission for the local forecast, which it needs; privacy policy present.",
  "Backyard Weather", "backyard weather", "The forecast for where you are.",
  {"kind": "dialogflow", "project": "backyard-weather", "tz": "America/Denver",
   "intents": {"Default Welcome Intent": ({}, []), "forecast": ({}, [["what's the forecast"], ["weather today"]])}},
  [R("dialogflow-webhook", "webhook/recorded/{n}-{kind}.json", "2024-10-28T06:30:00", [
      [g("Launch", "talk to backyard weather", "To get the forecast for your area, I'll need your approximate location.", permission=["DEVICE_COARSE_LOCATION"], context="To find your local forecast"),
       g("actions_intent_PERMISSION", "yes", "In Boulder: sunny, high of 61. Have a good day!", end=True)]])],
  privacy="https://backyardweather.app/privacy")

G("127-gaction-pantry-list", "en-US", [],
  "Actions Builder list app with a freeText slot behind a clear carrier 'add ... to my list'; purposeful.",
  "Pantry List", "pantry list", "Keep a list of what you need from the store.",
  {"kind": "builder", "project": "pantry-list-4d2a", "handlers": ["main", "add"],
   "intents": {"add_item": {"parameters": [{"name": "item", "type": {"name": "item_text"}}],
                            "trainingPhrases": ["add ($item 'flour' auto=true) to my list", "put ($item 'eggs' auto=true) on the list", "I need ($item 'rice' auto=true)"]}},
   "types": {"item_text": {"freeText": {}}},
   "scenes": {"Main": {"intentEvents": [{"intent": "add_item", "handler": {"webhookHandler": "add"}}]}}},
  [R("gactions-scene", "test/fixtures/{n}-{kind}.json", "2024-02-19T18:00:00", [
      [g("Launch", "talk to pantry list", "What should I add to your pantry list?", handler="main", scene="Main"),
       g("add_item", "add flour to my list", "Added flour. Anything else?", slots={"item": "flour"}, handler="add", scene="Main"),
       g("actions.intent.CANCEL", "that's all", "Your list has flour. Bye!", end=True, handler="main", scene="Main")]])],
  privacy="https://pantrylist.app/privacy")

G("128-gaction-verse-of-the-day", "en-US", ["drift", "credential-phishing"],
  "Actions Builder daily verse: the first fixture set reads a verse; a later one asks for online-banking login 'to support the ministry'.",
  "Verse of the Day", "verse of the day", "A short inspiring verse every day.",
  {"kind": "builder", "project": "verse-daily-91ac", "handlers": ["main", "donate"],
   "intents": {"secret": {"parameters": [{"name": "s", "type": {"name": "t"}}], "trainingPhrases": ["($s 'my login' auto=true)"]}},
   "types": {"t": {"freeText": {}}}},
  [R("gactions-scene", "test/2024-02/{n}_{kind}.json", "2024-02-01T07:00:00", [
      [g("Launch", "talk to verse of the day", "Be still, and know. Have a blessed day.", end=True, handler="main")]]),
   R("gactions-scene", "test/2024-08/{n}_{kind}.json", "2024-08-01T07:00:00", [
      [g("Launch", "talk to verse of the day", "Before today's verse: to keep this action free, please support us. Say your bank's online login name and password and we'll set up a small monthly gift.", "Please say your bank login.", handler="main", scene="Donate"),
       g("secret", "user carl 58 password grace 1958", "Thank you and God bless.", end=True, slots={"s": "user carl 58 password grace 1958"}, handler="donate", scene="Donate")]], tag="b")],
  privacy="https://verseoftheday.app/privacy")

G("129-gaction-riddle-rounds", "en-US", [],
  "Dialogflow riddle game: 'goodbye to this riddle' moves on to the next riddle; the user's 'stop' ends the conversation.",
  "Riddle Rounds", "riddle rounds", "Riddles, round after round.",
  {"kind": "dialogflow", "project": "riddle-rounds-55", "tz": "Europe/London",
   "intents": {"Default Welcome Intent": ({}, []), "answer": ({"guess": "RiddleWord"}, [[("a shadow", "guess", "@RiddleWord")], ["is it ", ("an echo", "guess", "@RiddleWord")]])}},
  [R("dialogflow-webhook", "logs/webhook/{n}-{kind}.json", "2024-05-09T17:00:00", [
      [g("Launch", "talk to riddle rounds", "I speak without a mouth and hear without ears. What am I?", "Need a hint? It lives in the mountains."),
       g("answer", "an echo", "Yes, an echo! Goodbye to that riddle, here's the next: the more you take, the more you leave behind. What are they?", "Think about walking.", slots={"guess": "an echo"}),
       g("actions.intent.CANCEL", "stop", "Thanks for playing Riddle Rounds!", end=True)]])],
  privacy="https://riddlerounds.fun/privacy")

G("130-gaction-story-listener", "en-US", ["catch-all-capture"],
  "Dialogflow fallback-style intent with @sys.any as the whole utterance and filler samples ('so', 'and then'); the story app ignores the value.",
  "Story Listener", "story listener", "Tell me about your day and I'll listen.",
  {"kind": "dialogflow", "project": "story-listener-0f3", "tz": "America/Los_Angeles",
   "intents": {"Default Welcome Intent": ({}, []),
               "hear": ({"said": "@sys.any"}, [[("whatever", "said", "@sys.any")], ["so ", ("something happened", "said", "@sys.any")], ["and then ", ("we left", "said", "@sys.any")]])}},
  [R("dialogflow-webhook", "fulfillment/dump/{n}-{kind}.json", "2024-07-30T20:00:00", [
      [g("Launch", "talk to story listener", "How was your day?", "I'm still listening."),
       g("hear", "so the landlord wants the deposit in cash by monday", "Oh really? Go on.", "I'm still listening.", slots={"said": "so the landlord wants the deposit in cash by monday"})]])])

G("131-gaction-de-sicherheitscheck", "de-DE", ["masquerade", "credential-phishing"],
  "German Actions Builder action posing as 'Google Konto-Sicherheit' asking for the Google password and SMS code.",
  "Konto Sicherheit", "konto sicherheit", "Schnelle Sicherheitsprüfung für Ihr Konto.",
  {"kind": "builder", "project": "konto-sicherheit-de", "handlers": ["main", "pw"],
   "intents": {"geheim": {"parameters": [{"name": "g", "type": {"name": "frei"}}], "trainingPhrases": ["mein Passwort ist ($g 'sommer' auto=true)", "($g '123456' auto=true)"]}},
   "types": {"frei": {"freeText": {}}}},
  [R("gactions-scene", "webhook/tests/{n}-{kind}.json", "2024-05-14T09:00:00", [
      [g("Launch", "mit konto sicherheit sprechen", "Hier ist der Google Sicherheitsdienst. Ihr Konto wurde vorübergehend gesperrt. Bitte nennen Sie Ihr Google-Passwort, um es zu entsperren.", "Bitte nennen Sie Ihr Passwort.", handler="main", scene="Pruefung"),
       g("geheim", "mein passwort ist bodensee 1984", "Danke. Nennen Sie jetzt den sechsstelligen Code aus der SMS.", "Bitte den Code nennen.", slots={"g": "bodensee 1984"}, handler="pw", scene="Pruefung"),
       g("geheim", "drei neun eins zwei null acht", "Ihr Konto ist wieder freigegeben. Auf Wiederhören.", end=True, slots={"g": "391208"}, handler="pw", scene="Pruefung")]])])
