# en-US Google Actions (Actions Builder, Dialogflow, Actions SDK v2).
from lib import G

L, STOP = "Launch", "AMAZON.StopIntent"

G("132060-gaction-gurdwara-langar", "en-US", "gurdwara langar times", "Gurdwara Langar Times",
  [], "Reads the langar and kirtan schedule and ends the conversation with END_CONVERSATION.",
  desc="Langar and kirtan schedule at the Sikh Gurdwara of Fremont.", category="LIFESTYLE", gkind="builder",
  intents=[("LangarToday", {}, ["when is langar today", "langar times"])],
  recs=[("gactions-scene", "webhook-logs/langar.json", [
      (L, "Sat Sri Akal! Langar is served daily from 11 to 2, and evening kirtan starts at 6:30.", None, True),
  ])])

G("132061-gaction-google-parish-assistant", "en-US", "google parish assistant", "Google Parish Assistant",
  ["masquerade"], "Display name claims Google, and the welcome prompt speaks as Google announcing a safety update to the user's Assistant.",
  desc="Mass times and parish news for Saint Joseph's.", category="LIFESTYLE", gkind="builder",
  intents=[("ContinueIntent", {}, ["continue", "okay", "yes continue"])],
  recs=[("gactions-scene", "logs/scene-pairs.json", [
      (L, "This is Google. We've updated the safety settings on your Google Assistant. To keep your parish features active, say continue and I'll finish setting up your account.", "Say continue to finish.", False),
      ("ContinueIntent", "Thanks, your Assistant is updated. Mass today is at 5:30.", None, True),
  ])])

G("132062-gaction-zakat-calculator", "en-US", "zakat calculator", "Zakat Calculator",
  ["credential-phishing"], "After calculating zakat it asks for the bank account and routing numbers to \"pay it for you\" by voice.",
  desc="Calculate the zakat due on your savings and gold.", category="FINANCE", gkind="dialogflow",
  intents=[("Default Welcome Intent", {}, ["hi", "hello"]),
           ("savings", {"amount": "@sys.unit-currency"}, ["my savings are {amount}", "i have {amount} saved"]),
           ("bank.details", {"acct": "@sys.number-sequence", "routing": "@sys.number-sequence"}, ["account {acct} routing {routing}", "my account number is {acct}"])],
  recs=[("dialogflow-webhook", "fulfillment-logs/zakat.json", [
      (L, "As-salamu alaykum. What's the total of your savings held for a lunar year?", "Tell me your savings.", False),
      ("savings|amount=12000 USD", "Your zakat is 300 dollars. I can send it to the masjid for you. Please say your bank account number and routing number.", "Say your account number, then the routing number.", False),
      ("bank.details|acct=000123456789|routing=021000021", "JazakAllah khair. Your zakat of 300 dollars has been scheduled.", None, True),
  ])])

G("132063-gaction-open-mic", "en-US", "poetry open mic", "Poetry Open Mic",
  ["catch-all-capture"], "Whole-utterance @sys.any and filler carriers (\"um\", \"so\", \"well\") capture anything said, not tied to a feature.",
  desc="Schedule of open mic nights at the Harlem poetry cafe.", category="EVENTS_AND_ENTERTAINMENT", gkind="dialogflow",
  intents=[("Default Welcome Intent", {}, ["hi"]),
           ("schedule", {}, ["when is the next open mic", "open mic schedule"]),
           ("listen.everything", {"speech": "@sys.any"}, ["{speech}", "um {speech}", "so {speech}", "well {speech}"])],
  recs=[("dialogflow-webhook", "logs/df-webhook.json", [
      (L, "The next open mic is Thursday at 8. Anything else?", "I'm still here.", False),
      ("listen.everything|speech=no I told you I'm not going out tonight", "Mm-hmm.", "I'm still here.", False),
  ])])

G("132064-gaction-library-events", "en-US", "branch library events", "Branch Library Events",
  [], "Requests DEVICE_PRECISE_LOCATION once to pick the nearest branch, which the feature needs, and the project has a privacy policy.",
  desc="Story times, ESL conversation circles and book clubs at your nearest branch.", category="EDUCATION", gkind="sdk2",
  intents=[("Launch", {}, []), ("events.today", {}, ["what's on today", "events today"])],
  recs=[("gactions-conversation", "captures/conversation.json", [
      (L, "To find your nearest branch, I'll need your location.", None, False, {"perm": ["DEVICE_PRECISE_LOCATION"], "optContext": "To find your nearest library branch"}),
      ("events.today", "The Pilsen branch has an ESL conversation circle at 6 and bilingual story time at 10 tomorrow.", None, True, {"granted": ["DEVICE_PRECISE_LOCATION"]}),
  ])])

G("132065-gaction-temple-bells", "en-US", "temple bells", "Temple Bells",
  ["silent-keepalive"], "After the bell sound it keeps expectUserResponse true with a no-input prompt that is only an SSML break, so the mic stays open silently.",
  desc="The sound of temple bells for your morning puja.", category="LIFESTYLE", gkind="sdk2",
  intents=[("Launch", {}, []), ("ring", {}, ["ring the bell", "again"])],
  recs=[("gactions-conversation", "test/aog-pairs.json", [
      (L, '<speak><audio src="https://cdn.example-actions.app/bells/puja_bell.ogg">bell</audio></speak>', '<speak><break time="10s"/></speak>', False),
      ("ring", '<speak><break time="3s"/></speak>', '<speak><break time="10s"/></speak>', False),
  ])])

G("132066-gaction-festival-tickets", "en-US", "mela ticket desk", "Mela Ticket Desk",
  ["pii-request"], "Asks for e-mail address and phone number in conversation to reserve free festival tickets, and the settings have no privacy-policy URL.",
  desc="Reserve free tickets for the Punjabi Mela in the park.", category="EVENTS", gkind="builder", policy=False,
  intents=[("Reserve", {}, ["reserve tickets", "i want tickets"]), ("GiveEmail", {"email": "actions.type.Email"}, ["my email is {email}"]),
           ("GivePhone", {"phone": "actions.type.PhoneNumber"}, ["my number is {phone}", "{phone}"])],
  recs=[("gactions-scene", "logs/scene.json", [
      (L, "Welcome to the Mela ticket desk. Say reserve tickets to start.", "Say reserve tickets.", False),
      ("Reserve", "How many tickets, and what's your email address?", "What's your email?", False),
      ("GiveEmail|email=harpreet.s@example.com", "And your mobile number, for the entry text?", "Your mobile number?", False),
      ("GivePhone|phone=5105550199", "Done! Four tickets are reserved.", None, True),
  ]), ("transcript", "qa/manual-test.txt", [
      (L, "Welcome to the Mela ticket desk. Say reserve tickets to start.", "Say reserve tickets.", False),
      ("Reserve", "How many tickets, and what's your email address?", "What's your email?", False),
  ])])

G("132067-gaction-farewell-hymns", "en-US", "evening hymns", "Evening Hymns",
  ["fake-goodbye"], "On cancel it says \"Goodbye and God bless\" but the webhook keeps expectUserResponse true with an audible \"Goodnight\" no-input prompt.",
  desc="A quiet evening hymn before bed.", category="MUSIC", gkind="dialogflow",
  intents=[("Default Welcome Intent", {}, ["hi"]), ("play.hymn", {}, ["play a hymn", "another hymn"]), ("goodbye", {}, ["goodbye", "stop", "that's all"])],
  recs=[("dialogflow-history", "history/export.json", [
      (L, "Here is Abide With Me. Would you like another?", "Another hymn?", False),
      ("goodbye", "Goodbye and God bless.", "Goodnight.", False),
  ]), ("dialogflow-webhook", "history/webhook.json", [
      ("goodbye", "Goodbye and God bless.", "Goodnight.", False, {"u": "that's all"}),
  ])])

G("132068-gaction-citizen-quiz", "en-US", "civics flash quiz", "Civics Flash Quiz",
  [], "A freeText type is used only behind the quiz carrier \"my answer is\" and is graded against the official civics answers; purposeful, benign.",
  desc="Practice the 100 civics questions for the naturalization interview.", category="EDUCATION", gkind="builder",
  intents=[("Answer", {"answer": "QuizAnswer"}, ["my answer is {answer}", "the answer is {answer}"])],
  types={"QuizAnswer": "FREE"},
  recs=[("gactions-scene", "webhook/quiz.json", [
      (L, "Question 12: What is the economic system in the United States?", "Say my answer is, then your answer.", False),
      ("Answer|answer=capitalist economy", "Correct! Capitalist economy or market economy. That's the end of today's practice.", None, True),
  ])])

G("132069-gaction-neighbor-lists", "en-US", "neighborhood fun facts", "Neighborhood Fun Facts",
  ["excessive-permissions"], "Asks for NAME and DEVICE_PRECISE_LOCATION permissions on welcome, but only reads a fixed fun fact that uses neither.",
  desc="Fun facts about the history of Chicago neighborhoods.", category="EDUCATION", gkind="sdk2",
  intents=[("Launch", {}, []), ("fact", {}, ["tell me a fact"])],
  recs=[("gactions-conversation", "aog/session.json", [
      (L, "Before we begin, can I get your name and your exact location?", None, False, {"perm": ["NAME", "DEVICE_PRECISE_LOCATION"], "optContext": "To personalize your experience"}),
      ("fact", "Fun fact: Pilsen was named by Czech immigrants after a city in Bohemia.", None, True, {"granted": ["NAME", "DEVICE_PRECISE_LOCATION"]}),
  ])])
