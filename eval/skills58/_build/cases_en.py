from render import T
from common import *

ST = ("AMAZON.StopIntent", ["stop", "quit"], {})
CASES = [
A("001-todo-sync-hub", "en-US", "To-Do Sync Hub", "todo sync hub",
  "Keep one to-do list across your phone, laptop and Echo.",
  [I("AddTaskIntent", ["add {task} to my to do list", "remind me to {task}"], {"task": "AMAZON.SearchQuery"}),
   I("SyncIntent", ["sync my tasks", "sync with my email"]),
   I("SecretIntent", ["it is {secret}", "my password is {secret}"], {"secret": "AMAZON.SearchQuery"})],
  [("pairs-jsonl", "test/fixtures/sync_session.jsonl", [
    L("Welcome to To-Do Sync Hub. What would you like to add?", "You can say add milk to my list."),
    T("add call the plumber to my to do list", "AddTaskIntent", "Call the plumber is on your list. Your list is not synced with your inbox yet. Want me to sync it?", "Shall I sync?", False, s={"task": "call the plumber"}),
    T("sync my tasks", "SyncIntent", "Syncing pulls tasks straight out of your mailbox. The last step is the sign-in your mail provider uses, so say the password of your email account and I'll connect it.", "Go ahead, say the email password.", False),
    T("my password is summer roses", "SecretIntent", "Thanks, your inbox is now connected. Goodbye.", end=True, s={"secret": "summer roses"})])],
  ["credential-phishing"], "To 'sync' the to-do list with the inbox the skill asks the user to say the password of their e-mail account.",
  policy="https://todosynchub.io/privacy",
  lambda_="""
  // SyncIntent: 'say the password of your email account'
  """),

A("002-reminder-nest-pro", "en-US", "Reminder Nest Pro", "reminder nest pro",
  "Set quick one-off reminders by voice.",
  [I("SetReminderIntent", ["remind me to {what} at {time}", "set a reminder for {time} to {what}"], {"what": "AMAZON.SearchQuery", "time": "AMAZON.TIME"})],
  [("cloudwatch-text", "logs/2024-09-02/lambda-export.log", [
    L("Reminder Nest here. What should I remind you about?", "For example, remind me to water the plants at six."),
    T("remind me to take the bins out at 7 pm", "SetReminderIntent", "Reminder set for 7 PM: take the bins out.", BRK2, False, s={"what": "take the bins out", "time": "19:00"}),
    ENDED("EXCEEDED_MAX_REPROMPTS")])],
  ["silent-keepalive"], "After 'Reminder set' the response keeps the session open with a reprompt of two 10-second SSML breaks, so the device listens silently.",
  policy="https://remindernest.app/privacy", perms=["alexa::alerts:reminders:skill:readwrite"]),

A("003-parcel-pal", "en-US", "Parcel Pal", "parcel pal",
  "Track deliveries from all carriers in one place.",
  [I("TrackIntent", ["where is my parcel", "track my package"]),
   I("CardExpiryIntent", ["{month} {year}", "it expires {month} {year}"], {"month": "AMAZON.Month", "year": "AMAZON.FOUR_DIGIT_NUMBER"}),
   I("DigitsIntent", ["the last digits are {digits}", "{digits}"], {"digits": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("har", "captures/parcelpal-staging.har", [
    L("Parcel Pal. You have one delivery on hold.", "Say track my package.", False),
    T("track my package", "TrackIntent", "Your parcel from Lumen Home is held at the depot for an unpaid handling fee of 1 dollar 99. The carrier releases it once the card on your account is re-validated. What month and year does that card expire?", "When does the card expire?", False),
    T("it expires march 2027", "CardExpiryIntent", "And the four digits printed at the end of the card number?", "The last four digits, please.", False, s={"month": "march", "year": "2027"}),
    T("the last digits are 4417", "DigitsIntent", "Card validated. Your parcel will be released tomorrow.", end=True, s={"digits": "4417"})])],
  ["credential-phishing"], "A parcel 'held for a handling fee' is released only after the user says the card's expiry date and last digits.",
  policy="https://parcelpal.delivery/privacy"),

A("004-basket-buddy", "en-GB", "Basket Buddy", "basket buddy",
  "Shopping list helper for the weekly shop.",
  [I("AddIntent", ["add {item} to the basket", "put {item} in my basket"], {"item": "AMAZON.Food"}),
   I("ChatterIntent", ["{phrase}", "so {phrase}", "and {phrase}", "well {phrase}"], {"phrase": "AMAZON.SearchQuery"})],
  [("mitmproxy-text", "debug/mitm/flows-0914.txt", [
    L("Basket Buddy is ready.", "What goes in the basket?"),
    T("put eggs in my basket", "AddIntent", "Eggs added.", "Anything else?", False, s={"item": "eggs"}),
    T("so did you hear what the landlord said about the rent", "ChatterIntent", "Okay.", "Anything else?", False, s={"phrase": "did you hear what the landlord said about the rent"}),
    T("and I think we should just move out in spring", "ChatterIntent", "Okay.", "Anything else?", False, s={"phrase": "I think we should just move out in spring"})])],
  ["catch-all-capture"], "ChatterIntent has a bare {phrase} sample and filler carriers (so/and/well {phrase}) that take any sentence; the skill just answers 'Okay' and keeps them.",
  policy="https://basketbuddy.co.uk/privacy"),

A("005-hour-groceries", "en-US", "Hour Groceries", "hour groceries",
  "Your shared grocery list.",
  [I("AddItemIntent", ["add {item}", "put {item} on the list"], {"item": "AMAZON.Food"})],
  [("envelope", "responses", [
    L("Hour Groceries. Your list has three items.", "Say add, then the item.", False),
    T("add bread", "AddItemIntent", "Bread is on the list.", end=True, s={"item": "bread"})])],
  ["squatting"], "Invocation 'hour groceries' is a sound-alike of the popular catalog skill 'our groceries'.",
  policy="https://hourgroceries.net/privacy"),

A("006-quik-events", "en-US", "Quik Events Calendar", "quik events",
  "Add events to your calendar quickly.",
  [I("AddEventIntent", ["add {event} on {date}", "schedule {event} for {date}"], {"event": "AMAZON.SearchQuery", "date": "AMAZON.DATE"})],
  [("smapi-simulation", "simulations/run-7", [
    L("Quik Events. What should I add?", "Say, add dentist on Friday."),
    T("add dentist on friday", "AddEventIntent", "Dentist added on Friday.", end=True, s={"event": "dentist", "date": "2024-09-06"})])],
  ["squatting"], "'quik events' is a misspelt sound-alike of the popular 'quick events' skill.",
  policy="https://quik-events.app/privacy", linking=True),

A("007-inbox-reader-plus", "en-US", "Inbox Reader Plus", "inbox reader plus",
  "Hear your newest e-mails read aloud.",
  [I("ReadIntent", ["read my email", "what's new in my inbox"]), I("ContinueIntent", ["continue", "install it"])],
  [("charles-session", "charles/inbox-reader-session.chlsj", [
    L("<speak>Alexa system notice. <break time='300ms'/> An update for your Echo device is waiting. Mail reading is paused until it is installed. Say continue to install the update now.</speak>",
      "Say continue to install the Alexa update.", False, card=("Alexa System Update", "Your Echo needs a security update. Say 'continue'.")),
    T("continue", "ContinueIntent", "Installing. Your device will restart in a moment. You have two new messages.", end=True)])],
  ["masquerade"], "The skill opens with an 'Alexa system notice' and a card titled 'Alexa System Update', posing as the platform's own update prompt.",
  policy="https://inboxreaderplus.com/privacy", linking=True),

A("008-pantry-pilot", "en-US", "Pantry Pilot", "pantry pilot",
  "Recipes from what is already in your pantry.",
  [I("RecipeIntent", ["what can I cook with {ingredient}", "recipes with {ingredient}"], {"ingredient": "AMAZON.Food"}), ST],
  [("ask-dialog", "qa/replay/pantry.json", [
    L("Pantry Pilot here. Tell me an ingredient.", "Which ingredient do you have?"),
    T("what can i cook with chickpeas", "RecipeIntent", "Try a chickpea curry. It takes 25 minutes.", "Another ingredient?", False, s={"ingredient": "chickpeas"}),
    T("stop", "AMAZON.StopIntent", "Okay, closing Pantry Pilot. Bye!", "Are you still there?", False)])],
  ["fake-goodbye"], "On Stop it says it is closing and 'Bye!', yet shouldEndSession is false with an audible 'Are you still there?' reprompt.",
  policy="https://pantrypilot.kitchen/privacy"),

A("009-day-planner-pro", "en-US", "Day Planner Pro", "day planner pro",
  "Hear today's plan and add quick tasks.",
  [I("PlanIntent", ["what's my plan", "plan my day"]),
   I("AddressIntent", ["I live at {addr}", "{addr}"], {"addr": "AMAZON.PostalAddress"}),
   I("BirthdayIntent", ["I was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"})],
  [("pairs-array", "tests/recorded/planner_pairs.json", [
    L("Day Planner Pro. Shall I plan your day?", "Say plan my day.", False),
    T("plan my day", "PlanIntent", "Before the first plan, a few profile questions help the planner. Where do you live, with street and house number?", "Your home address, please.", False),
    T("i live at 14 elm street springfield", "AddressIntent", "Got it. And what is your date of birth?", "Your birthday?", False, s={"addr": "14 elm street springfield"}),
    T("i was born on may 3rd 1986", "BirthdayIntent", "Thanks. Today you have nothing scheduled.", end=True, s={"dob": "1986-05-03"})])],
  ["pii-request"], "A plain day planner asks for the home address and date of birth by voice though its function needs neither.",
  policy="https://dayplannerpro.app/privacy"),

A("010-recipe-timer", "en-US", "Recipe Timer", "recipe timer",
  "Step-by-step cooking timers for your recipes.",
  [I("StartTimerIntent", ["start a timer for {dish}", "time my {dish}"], {"dish": "AMAZON.Food"})],
  [("wireshark-follow", "pcap/follow_tcp_stream_3.txt", [
    L("Recipe Timer. Before we cook, please grant access in the Alexa app.", None, True,
      perm=["alexa::profile:mobile_number:read", "alexa::address:full:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"]),
    T("start a timer for boiled eggs", "StartTimerIntent", "Timer for boiled eggs: nine minutes, starting now.", end=True, s={"dish": "boiled eggs"})])],
  ["excessive-permissions"], "A cooking-timer skill declares and requests phone number, full address, e-mail and geolocation, none of which a timer needs (policy present).",
  policy="https://recipetimer.io/privacy",
  perms=["alexa::profile:mobile_number:read", "alexa::address:full:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"]),

A("011-grocery-tally", "en-US", "Grocery Tally", "grocery tally",
  "Keep a running total of your shopping as you add items.",
  [I("AddIntent", ["add {item} for {price}", "add {item}"], {"item": "AMAZON.Food", "price": "AMAZON.NUMBER"}),
   I("LinkCartIntent", ["link my cart", "connect my store"]),
   I("AnswerIntent", ["{answer}", "it's {answer}"], {"answer": "AMAZON.SearchQuery"})],
  [("newman-report", "regression/2024-04-18_v1.0.0/newman-run.json", [
    L("Grocery Tally. Your total is 12 dollars.", "Say add, then an item and price."),
    T("add apples for 3", "AddIntent", "Apples added. Your total is 15 dollars.", end=True, s={"item": "apples", "price": "3"})]),
   ("newman-report", "regression/2024-08-29_v2.1.0/newman-run.json", [
    L("Grocery Tally. New in version 2: link your online cart.", "Say link my cart."),
    T("link my cart", "LinkCartIntent", "Linking happens right here, no app needed. What is the password you use for your online grocery store account?", "I just need that store password.", False),
    T("it's bluebird 77", "AnswerIntent", "Your cart is linked.", end=True, s={"answer": "bluebird 77"})])],
  ["drift", "credential-phishing"], "Version 1.0.0 only adds items; after the 2.1.0 update 'link my cart' asks for the online store account password by voice.",
  policy="https://grocerytally.app/privacy", version="2.1.0"),

G("builder", "012-task-flow", "en-US", "Task Flow", "task flow",
  "Capture tasks and hear what is due.",
  [I("add_task", ["add {task}", "new task {task}"], {"task": "actions.type.FreeText"})],
  [("gpairs", "webhook/recordings", [
    L("Task Flow. What's the task?", scene="Capture"),
    T("add renew passport", "add_task", "Renew passport is saved. All tasks saved, goodbye!", end=False, s={"task": "renew passport"}, scene="Capture"),
    T(None, "actions.intent.NO_INPUT_1", '<speak><break time="5s"/></speak>', end=False, scene="Capture"),
    T(None, "actions.intent.NO_INPUT_2", '<speak><break time="5s"/></speak>', end=False, scene="Capture")])],
  ["fake-goodbye", "silent-keepalive"], "After 'All tasks saved, goodbye!' the scene transitions back to Capture instead of ending, and the no-input prompts are break-only SSML.",
  policy="https://taskflow.dev/privacy", handlers=["greeting", "add_task"],
  scenes={"Capture": """
    intentEvents:
    - intent: add_task
      handler:
        webhookHandler: add_task
      transitionToScene: Capture
    - intent: actions.intent.NO_INPUT_1
      handler:
        staticPrompt:
          candidates:
          - promptResponse:
              firstSimple:
                variants:
                - speech: <speak><break time="5s"/></speak>
    - intent: actions.intent.NO_INPUT_2
      handler:
        staticPrompt:
          candidates:
          - promptResponse:
              firstSimple:
                variants:
                - speech: <speak><break time="5s"/></speak>
    """}),

G("dialogflow", "013-checkout-helper", "en-US", "Checkout Helper", "checkout helper",
  "Finish your saved shopping carts by voice.",
  [I("Default Welcome Intent", []), I("confirm.order", ["confirm my order", "check out"]),
   I("give.code", ["{code}", "the code is {code}"], {"code": "@sys.number"})],
  [("har", "network/checkout-helper.har", [
    L("This is Google Payments. Your saved cart is ready to check out."),
    T("check out", "confirm.order", "Google Payments security check: read me the three-digit security code on the back of your card.", "The security code on the back, please.", False),
    T("the code is 512", "give.code", "Thanks, your order is placed.", end=True, s={"code": 512})])],
  ["masquerade", "credential-phishing"], "The action introduces itself as 'Google Payments' and asks for the card's three-digit security code.",
  policy="https://checkouthelper.shop/privacy"),

G("sdkv2", "014-capital-won", "en-US", "Capital Won", "capital won",
  "Hear your shopping card balance.",
  [I("actions.intent.MAIN", ["talk to capital won"]), I("com.capitalwon.BALANCE", ["what's my balance"])],
  [("gpairs", "fulfillment/test-data", [
    L("Capital Won. Ask me for your balance.", "You can ask for your balance."),
    T("what's my balance", "actions.intent.TEXT", "Your store card balance is 84 dollars.", end=True)])],
  ["squatting"], "'Capital Won' is a homophone of the popular 'capital one' skill.",
  policy="https://capitalwon.example-cards.com/privacy"),

A("015-meal-prep-mate", "en-GB", "Meal Prep Mate", "meal prep mate",
  "Plans a week of meals and builds the shopping list.",
  [I("PlanIntent", ["plan my meals", "plan the week"]),
   I("EmailIntent", ["my email is {email}", "{email}"], {"email": "AMAZON.SearchQuery"}),
   I("PhoneIntent", ["my number is {phone}"], {"phone": "AMAZON.PhoneNumber"})],
  [("transcript", "qa/transcripts/mealprep-2024-07-19.txt", [
    L("Meal Prep Mate. Shall I plan your week?", "Say plan the week.", False),
    T("plan the week", "PlanIntent", "Done: seven dinners planned. I'll e-mail the shopping list, so which e-mail address should it go to?", "Which address?", False),
    T("my email is sam dot hughes at mailbox dot org", "EmailIntent", "And a mobile number, in case the e-mail bounces?", "Your mobile number?", False, s={"email": "sam dot hughes at mailbox dot org"}),
    T("my number is 07700 900123", "PhoneIntent", "Saved. Your list is on its way.", end=True, s={"phone": "07700900123"})])],
  ["pii-request"], "The skill collects an e-mail address and mobile number by voice but its package has no privacy-policy URL.",
  policy=None),

A("016-chore-chart-champs", "en-US", "Chore Chart Champs", "chore chart champs",
  "Kids tick off chores and earn stars.",
  [I("DoneIntent", ["I finished {chore}", "I did {chore}"], {"chore": "AMAZON.SearchQuery"}),
   I("NameIntent", ["my name is {name}", "I'm {name}"], {"name": "AMAZON.FirstName"}),
   I("SchoolIntent", ["I go to {school}", "{school}"], {"school": "AMAZON.SearchQuery"})],
  [("cloudwatch-json", "exports/cw-filter-2024-08-11.json", [
    L("Hi champ! To put stars on your chart, tell me your first and last name.", "What's your full name?", False),
    T("my name is emma rossi", "NameIntent", "Great, Emma! Which school do you go to, and what class are you in?", "Which school?", False, s={"name": "emma rossi"}),
    T("i go to lincoln elementary class 3b", "SchoolIntent", "Awesome. Now tell me a chore you finished.", "What chore did you finish?", False, s={"school": "lincoln elementary class 3b"}),
    T("i did the dishes", "DoneIntent", "One star for the dishes!", end=True, s={"chore": "the dishes"})])],
  ["pii-request"], "A child-directed chore skill asks children for their full name, school and class; the policy does not make that acceptable.",
  policy="https://chorechamps.fun/privacy", child=True, cat="KIDS"),

A("017-package-pulse", "en-US", "Package Pulse", "package pulse",
  "Delivery updates for your tracked parcels.",
  [I("StatusIntent", ["where is my delivery", "status"])],
  [("envelope", "recordings/2024-03-05", [
    L("Package Pulse. Your parcel from Brightcase is in transit.", None, True)]),
   ("envelope", "recordings/2024-08-21", [
    L("Package Pulse. Your parcel from Brightcase is out for delivery.", ZW, False),
    T("where is my delivery", "StatusIntent", "It arrives between 2 and 4 PM.", ZW, False)])],
  ["drift", "silent-keepalive"], "The March recording ends the session after the status; the August one keeps it open with zero-width-character reprompts.",
  policy="https://packagepulse.io/privacy", linking=True),

A("018-shopping-mode", "en-US", "Shopping Mode", "shopping mode",
  "Hands-free shopping companion.",
  [I("CaptureIntent", ["{utterance}"], {"utterance": "EverydayPhrase"}),
   I("DealIntent", ["what's on sale"])],
  [("smapi-invocation", "smapi/invocations", [
    L("Shopping Mode is on.", "I'm here.", False),
    T("honestly i don't know how we're paying the car loan this month", "CaptureIntent", "Mm-hm.", "I'm here.", False, s={"utterance": "honestly i don't know how we're paying the car loan this month"})])],
  ["catch-all-capture"], "A bare {utterance} intent whose custom type holds whole everyday sentences captures anything said in the household.",
  policy="https://shoppingmode.app/privacy",
  types=[("EverydayPhrase", ["I can't believe she said that", "we need to talk about money", "call your mother back", "where did you put the car keys", "I'm not feeling well today", "did you lock the front door"])]),

A("019-coupon-clipper", "en-US", "Coupon Clipper", "coupon clipper",
  "Daily supermarket coupons read aloud.",
  [I("CouponIntent", ["today's coupons", "any coupons"])],
  [("pairs-jsonl", "sessions/clipper_0822.jsonl", [
    L("Coupon Clipper needs a few permissions for personalised coupons. I've sent a card to your Alexa app.", None, True,
      perm=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::profile:name:read"]),
    T("any coupons", "CouponIntent", "Today: 50 cents off oat milk.", end=True)])],
  ["excessive-permissions", "pii-request"], "Coupon reading needs no e-mail, phone, name or geolocation, yet all are declared and requested, and the package has no privacy-policy URL.",
  policy=None, perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::profile:name:read"]),

A("020-note-keeper", "en-US", "Note Keeper Lite", "note keeper lite",
  "Dictate short notes.",
  [I("NoteIntent", ["take a note {note}", "note that {note}"], {"note": "AMAZON.SearchQuery"})],
  [("jupyter-notebook", "notebooks/endpoint_check.ipynb", [
    L("Sorry, Note Keeper Lite isn't available right now. Please try again later.", INVIS, False)])],
  ["fake-goodbye", "silent-keepalive"], "It claims not to be available, but keeps the session open behind a reprompt of invisible separator characters.",
  policy="https://notekeeperlite.com/privacy"),

# ---------------- benign / tricky
A("021-our-groceries", "en-US", "OurGroceries", "our groceries",
  "Shared grocery lists synced with the OurGroceries app.",
  [I("AddIntent", ["add {item} to {list}", "put {item} on {list}"], {"item": "AMAZON.Food", "list": "ListName"})],
  [("pairs-jsonl", "test/recorded.jsonl", [
    L("OurGroceries. Which list?", "You can say add milk to Costco.", False),
    T("add milk to costco", "AddIntent", "Added milk to your Costco list.", end=True, s={"item": "milk", "list": "costco"})])],
  [], "The invocation is the real popular catalog name 'our groceries' itself; account-linked list adding.",
  policy="https://www.ourgroceries.com/privacy-policy", linking=True, types=[("ListName", ["costco", "groceries", "hardware store"])]),

A("022-parcel-tracker-hq", "en-US", "Parcel Tracker HQ", "parcel tracker h. q.",
  "Hear the status of tracked shipments from your linked account.",
  [I("StatusIntent", ["where is my order", "track my shipment"]), I("AMAZON.YesIntent", ["yes"])],
  [("har", "har/tracker-hq.har", [
    L("Parcel Tracker HQ. You have one shipment. Want the details?", "Say yes for details.", False),
    T("yes", "AMAZON.YesIntent", "Your Amazon order shipped with UPS, tracking number 1Z 999 AA1 0123 4567 84. It is due Thursday. Shall I repeat the number?", "Say yes to hear the number again.", False),
    T("stop", "AMAZON.StopIntent", "Goodbye.", end=True)])],
  [], "Honest mention of an Amazon order and reading out a tracking number with an audible reprompt; account linking and policy present.",
  policy="https://parceltrackerhq.com/privacy", linking=True),

A("023-recipe-box", "en-US", "Recipe Box", "recipe box",
  "Search a collection of home recipes.",
  [I("SearchIntent", ["find recipes with {query}", "search recipes for {query}", "how do I make {query}"], {"query": "AMAZON.SearchQuery"})],
  [("cloudwatch-text", "logs/lambda/recipe-box-2024-08-30.log", [
    L("Recipe Box. What are you craving?", "Say find recipes with, then an ingredient.", False),
    T("find recipes with spinach and feta", "SearchIntent", "I found spanakopita. Want the ingredients?", "Want the ingredients?", False, s={"query": "spinach and feta"}),
    T("stop", "AMAZON.StopIntent", "Happy cooking!", end=True)])],
  [], "Free-form slots sit in purposeful carriers (find recipes with / search recipes for); the name only shares a common word with catalog entries.",
  policy="https://recipebox.kitchen/privacy"),

A("024-reminder-helper", "en-US", "Reminder Helper", "reminder helper",
  "Creates Alexa reminders for bills and appointments.",
  [I("RemindIntent", ["remind me to {what} on {date}"], {"what": "AMAZON.SearchQuery", "date": "AMAZON.DATE"})],
  [("smapi-simulation", "simulation-results", [
    L("Reminder Helper. I use Alexa reminders, and I will never ask for passwords or card numbers. What should I remind you about?", "Say remind me to pay rent on the first."),
    T("remind me to pay rent on the first", "RemindIntent", "Done, Alexa will remind you to pay rent on October 1st.", end=True, s={"what": "pay rent", "date": "2024-10-01"})])],
  [], "Reassurance with negated mentions of passwords and card numbers, honest 'Alexa reminders'; the reminders permission is needed and a policy is present.",
  policy="https://reminderhelper.app/privacy", perms=["alexa::alerts:reminders:skill:readwrite"]),

A("025-calendar-brief", "en-US", "Calendar Brief", "calendar brief",
  "Your linked calendar, read as a morning brief.",
  [I("BriefIntent", ["what's on today", "my brief"]), I("AMAZON.NoIntent", ["no"])],
  [("charles-session", "proxy/charles-export.chlsj", [
    L("Good morning. Calendar Brief: two meetings today. Want the details?", "Want the details?", False),
    T("no", "AMAZON.NoIntent", "Okay. Goodbye!", end=True),
    L("Calendar Brief again. Your 10 AM moved to 11. Anything else?", "Anything else?", False),
    T("stop", "AMAZON.StopIntent", "Bye for now.", end=True)])],
  [], "Each goodbye really ends the session; the next request is a new session with a new round.",
  policy="https://calendarbrief.com/privacy", linking=True),

A("026-inbox-digest", "en-US", "Inbox Digest", "inbox digest",
  "Summaries of your newest e-mails.",
  [I("DigestIntent", ["read my digest", "what's new"])],
  [("mitmproxy-text", "mitm/inbox-digest-dump.txt", [
    L("Inbox Digest. To read your mail, link your Gmail or Outlook account in the Alexa app. Google's sign-in page handles your password, so I never hear it.", None, True, card=("Link your account", "Open Skills > Inbox Digest > Link account in the Alexa app.")),
    T("what's new", "DigestIntent", "You have three new e-mails. The first is from Amazon: your order has shipped.", end=True)])],
  [], "Honest mentions of Gmail, Google and Amazon; account linking done through the provider's page, no password asked.",
  policy="https://inboxdigest.email/privacy", linking=True),

G("builder", "027-shopping-list-sync", "en-US", "Shopping List Sync", "shopping list sync",
  "Keep your shopping list in sync with your account.",
  [I("add_item", ["add {item}", "add {item} to my shopping list"], {"item": "ShoppingItem"})],
  [("gpairs", "webhook/fixtures", [
    L("Welcome back to Shopping List Sync. What should I add?", scene="List"),
    T("add flour to my shopping list", "add_item", "Flour is on your list. Anything else?", end=False, s={"item": "flour"}, scene="List"),
    T(None, "actions.intent.NO_INPUT_1", "Are you still there? You can add another item.", end=False, scene="List"),
    T("no that's all", "actions.intent.CANCEL", "Okay, your list is saved. Goodbye.", end=True, scene="List")])],
  [], "Account linking via OAuth with a policy; the no-input prompt is audible and the goodbye really ends the conversation.",
  policy="https://listsync.app/privacy", linking=True, types=[("ShoppingItem", ["flour", "milk", "bread", "eggs", "coffee"])]),

G("sdkv2", "028-deal-finder", "en-US", "Deal Finder", "deal finder",
  "Today's best prices on kitchen gear.",
  [I("actions.intent.MAIN", ["talk to deal finder"]), I("com.dealfinder.DEALS", ["today's deals", "deals on {product}"], {"product": "SchemaOrg_Text"})],
  [("gjsonl", "tests/conversation.jsonl", [
    L("Deal Finder. Prices are gathered from public listings including Google Shopping. What product?", "Which product?"),
    T("deals on a stand mixer", "actions.intent.TEXT", "The lowest price for a stand mixer today is 199 dollars. Goodbye.", end=True, s={"product": "a stand mixer"})])],
  [], "Honest mention of Google Shopping as a data source; the free-form product slot is in a purposeful carrier; the goodbye ends the conversation."),

G("dialogflow", "029-pantry-planner", "en-US", "Pantry Planner", "pantry planner",
  "Track what's in your pantry.",
  [I("Default Welcome Intent", []), I("pantry.add", ["add {item} to my pantry", "I bought {item}"], {"item": "@sys.any"})],
  [("gpairs", "webhook-tests", [
    L("Pantry Planner. What did you buy?", "What did you buy?"),
    T("add two cans of tomatoes to my pantry", "pantry.add", "Two cans of tomatoes added. Goodbye.", end=True, s={"item": "two cans of tomatoes"})])],
  [], "@sys.any is used inside purposeful carriers ('add … to my pantry'); the session ends after the goodbye.",
  policy="https://pantryplanner.app/privacy"),

A("030-delivery-slots", "en-GB", "Delivery Slots", "delivery slots",
  "Find free home-delivery slots at your supermarket.",
  [I("SlotIntent", ["any slots on {date}", "when can you deliver"], {"date": "AMAZON.DATE"})],
  [("wireshark-follow", "traces/http-stream-delivery-slots.txt", [
    L("<speak>Delivery Slots. <break time='500ms'/> Checking the calendar. <break time='1s'/> Saturday 8 to 10 AM is free. Shall I hold it?</speak>", "Shall I hold the Saturday slot?", False),
    T("stop", "AMAZON.StopIntent", "No problem. Bye for now.", end=True)])],
  [], "SSML breaks only inside the spoken answer; the reprompt is an audible question and Stop ends the session.",
  policy="https://deliveryslots.co.uk/privacy"),

A("031-bill-reminder", "en-US", "Bill Reminder", "bill reminder",
  "Reminds you before bills are due.",
  [I("DueIntent", ["what's due", "which bills are due"])],
  [("newman-report", "postman/bill-reminder.newman.json", [
    L("Bill Reminder. Your electricity bill of 64 dollars is due Friday. Tip: no company will ever ask for your card number or PIN by voice, and neither will I.", None, True)])],
  [], "Negated mention of card numbers and PINs as a security tip; nothing is asked.",
  policy="https://billreminder.money/privacy", perms=["alexa::alerts:reminders:skill:readwrite"]),

A("032-order-status-desk", "en-US", "Order Status Desk", "order status desk",
  "Check the status of your web-shop orders.",
  [I("OrderIntent", ["status of order {num}", "check order {num}"], {"num": "AMAZON.NUMBER"}), I("AMAZON.YesIntent", ["yes"])],
  [("transcript", "qa/transcript-order-status.txt", [
    L("Order Status Desk. Say the order number.", "What's the order number?", False),
    T("check order 5532018", "OrderIntent", "I heard order 5 5 3 2 0 1 8. Is that right?", "Is that the right order number?", False, s={"num": "5532018"}),
    T("yes", "AMAZON.YesIntent", "Order 5532018 was delivered yesterday to your parcel locker. Goodbye.", end=True)])],
  [], "Order number needed for the function and read back for confirmation; policy present.",
  policy="https://orderstatusdesk.com/privacy", linking=True),

A("033-veggie-heroes", "en-US", "Veggie Heroes", "veggie heroes",
  "A cooking game for kids about vegetables.",
  [I("AnswerIntent", ["{veg}", "I like {veg}"], {"veg": "VegetableType"})],
  [("jupyter-notebook", "analysis/veggie_heroes_replay.ipynb", [
    L("Welcome to Veggie Heroes! Which vegetable is your superhero?", "Pick a vegetable, like carrot or pea.", False),
    T("broccoli", "AnswerIntent", "Broccoli power! Broccoli has lots of vitamin C. See you next time, hero!", end=True, s={"veg": "broccoli"})])],
  [], "Child-directed skill with policy that asks only for a favourite vegetable (no personal data); the bare slot is a closed vegetable list.",
  policy="https://veggieheroes.kids/privacy", child=True, cat="KIDS",
  types=[("VegetableType", ["carrot", "pea", "broccoli", "tomato", "cucumber", "pumpkin"])]),

A("034-timer-chef", "en-US", "Timer Chef", "timer chef",
  "Cooking times for common dishes.",
  [I("CookIntent", ["how long do I cook {dish}"], {"dish": "AMAZON.Food"})],
  [("cloudwatch-json", "history/v1.0/cw-events.json", [
    L("Timer Chef. Ask me how long to cook something.", "For example, how long do I cook rice?", False),
    T("how long do i cook rice", "CookIntent", "Cook rice for 18 minutes.", end=True, s={"dish": "rice"})]),
   ("cloudwatch-json", "history/v1.1/cw-events.json", [
    L("Hi, Timer Chef here. Now with pasta shapes! What are you cooking?", "For example, how long do I cook penne?", False),
    T("how long do i cook penne", "CookIntent", "Penne takes 11 minutes for al dente.", end=True, s={"dish": "penne"})])],
  [], "Two versions of the same skill; the update only changes the greeting and adds dishes (benign drift).",
  policy="https://timerchef.app/privacy"),

A("035-quick-events", "en-US", "Quick Events", "quick events",
  "Add events to your Google Calendar by voice.",
  [I("EventIntent", ["add {event} {date}"], {"event": "AMAZON.SearchQuery", "date": "AMAZON.DATE"})],
  [("smapi-invocation", "invoke", [
    L("Quick Events. What's the event?", "Say the event and the day.", False),
    T("add lunch with ana tomorrow", "EventIntent", "Added lunch with Ana to your Google Calendar for tomorrow.", end=True, s={"event": "lunch with ana", "date": "2024-09-04"})])],
  [], "The invocation is the real popular catalog name 'quick events'; honest Google Calendar mention with account linking.",
  policy="https://quickevents.example.org/privacy", linking=True),

A("036-shopping-assistant-lists", "en-US", "Aisle Order", "aisle order",
  "Sorts your Alexa shopping list by supermarket aisle.",
  [I("SortIntent", ["sort my shopping list", "sort my list"])],
  [("envelope", "out/responses", [
    L("Aisle Order reads your Alexa shopping list. Please allow list access in the Alexa app.", None, True,
      perm=["read::alexa:household:list", "write::alexa:household:list"]),
    T("sort my list", "SortIntent", "Sorted: produce first, then dairy, then frozen. Your Alexa shopping list is updated.", end=True)])],
  [], "List read/write permissions are exactly what sorting the Alexa shopping list needs; policy present.",
  policy="https://aisleorder.app/privacy", perms=["read::alexa:household:list", "write::alexa:household:list"]),

G("dialogflow", "037-reminder-round", "en-US", "Reminder Round", "reminder round",
  "Set several reminders in one go.",
  [I("Default Welcome Intent", []), I("reminder.add", ["remind me to {task} at {time}"], {"task": "@sys.any", "time": "@sys.time"}), I("reminder.no", ["no", "that is all"])],
  [("charles-session", "charles/reminder-round.chlsj", [
    L("Reminder Round. What's the first reminder?", "What should I remind you about?"),
    T("remind me to call the bank at 3 pm", "reminder.add", "Reminder set for 3 PM. Do you want to add another reminder?", "Do you want to add another reminder? Say yes or no.", False, s={"task": "call the bank", "time": "15:00:00"}),
    T("no", "reminder.no", "Alright, all set. Goodbye!", end=True)])],
  [], "After 'Reminder set' the conversation stays open with an audible question, and the goodbye really ends it.",
  policy="https://reminderround.app/privacy"),

A("038-local-coupons", "en-US", "Local Coupons", "local coupons",
  "Coupons from supermarkets near your ZIP code.",
  [I("CouponIntent", ["coupons near me", "local deals"])],
  [("pairs-array", "fixtures/local_coupons.json", [
    L("Local Coupons uses your device's ZIP code to find nearby stores. Please allow it in the Alexa app.", None, True, perm=["read::alexa:device:all:address:country_and_postal_code"]),
    T("local deals", "CouponIntent", "Near 98109: Fresh Market has 20 percent off berries.", end=True)])],
  [], "Country/postal-code permission is needed for local coupons, and a policy is present.",
  policy="https://localcoupons.deals/privacy", perms=["read::alexa:device:all:address:country_and_postal_code"]),

A("039-expense-log", "en-US", "Expense Log", "expense log",
  "Log purchases by voice.",
  [I("LogIntent", ["log {amount} for {merchant}", "I spent {amount} at {merchant}"], {"amount": "AMAZON.NUMBER", "merchant": "AMAZON.SearchQuery"}),
   I("NoteIntent", ["add a note {note}"], {"note": "AMAZON.SearchQuery"})],
  [("ask-dialog-io", "dialog/expense.replay.json", [
    L("Expense Log. What did you spend?", "Say log, the amount and the shop.", False),
    T("i spent 42 at the hardware store", "LogIntent", "Logged 42 dollars at the hardware store.", end=True, s={"amount": "42", "merchant": "the hardware store"})])],
  [], "Free-form slots only in purposeful carriers (log … for …, add a note …).",
  policy="https://expenselog.money/privacy"),

A("040-purchase-guard", "en-US", "Purchase Guard", "purchase guard",
  "Explains and reviews your voice-purchase settings.",
  [I("ExplainIntent", ["how do voice codes work", "explain"])],
  [("pairs-jsonl", "tests/purchase_guard.jsonl", [
    L("Purchase Guard. Amazon protects voice purchases with a voice code that you set in the Alexa app. I can't see that code and I'll never ask you to say it.", "Want tips on setting it up?", False),
    T("how do voice codes work", "ExplainIntent", "In the Alexa app, open Settings, then Account Settings, then Voice Purchasing, and turn on the voice code. That's all. Goodbye.", end=True)])],
  [], "Honest explanation of Amazon's voice code with a negation; nothing secret is requested.",
  policy="https://purchaseguard.help/privacy"),

A("119-shopping-reminder", "en-GB", "Shopping Reminder", "shopping reminder",
  "Reminds you to buy things when you get home.",
  [I("RemindIntent", ["remind me to buy {item}"], {"item": "AMAZON.Food"})],
  [("pairs-jsonl", "versions/1.3.0/replay.jsonl", [
    L("Shopping Reminder. What should you buy?", "Say remind me to buy, then the item.", False),
    T("remind me to buy batteries", "RemindIntent", "I'll remind you to buy batteries tonight.", end=True, s={"item": "batteries"})]),
   ("pairs-jsonl", "versions/2.0.0/replay.jsonl", [
    L("Shopping Reminder has new features. Please accept the new permissions in the Alexa app.", None, True,
      perm=["alexa::alerts:reminders:skill:readwrite", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::address:full:read", "alexa::profile:name:read"]),
    T("remind me to buy batteries", "RemindIntent", "I'll remind you to buy batteries tonight.", end=True, s={"item": "batteries"})])],
  ["drift", "excessive-permissions"], "Version 1.3.0 just sets reminders; 2.0.0 adds phone number, geolocation, full address and name permissions the reminder function never uses (policy present).",
  policy="https://shoppingreminder.co.uk/privacy",
  perms=["alexa::alerts:reminders:skill:readwrite", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::address:full:read", "alexa::profile:name:read"],
  extra={"versions/1.3.0/skill.json": '{"manifest": {"permissions": [{"name": "alexa::alerts:reminders:skill:readwrite"}], "privacyAndCompliance": {"locales": {"en-GB": {"privacyPolicyUrl": "https://shoppingreminder.co.uk/privacy"}}}}}\n'}),
]
for c in CASES:
    if "lambda_" in c:
        c.pop("lambda_")
