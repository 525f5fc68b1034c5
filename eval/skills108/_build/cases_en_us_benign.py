from lib import case, T
from cases_en_us import ADDR, ZIP, GEO, EMAIL, PHONE, NAME, GNAME, LISTR, LISTW

case("108030", "parcel-safe-tips", "en-US", [],
     "A delivery-scam awareness skill says the carrier will never ask for a password, PIN or card number by voice; it asks nothing and closes the session.",
     name="Parcel Safe Tips", inv="parcel safe tips", desc="Tips to spot fake delivery texts and calls.",
     intents={"TipIntent": ["give me a tip", "another tip", "how do I spot a scam"]},
     rec=[("pairs-jsonl", "test/output/tips.jsonl", [
         T("open parcel safe tips", "LAUNCH", "Here's today's tip: real couriers will never ask you for a password, a PIN or your card number over the phone or by text. If a message asks for one, it's a scam.", rp="Would you like another tip?"),
         T("another tip", "TipIntent", "Check the tracking number on the retailer's own website, not through a link in a text message. Goodbye!", end=True),
     ])])

case("108031", "nearest-pickup-locker", "en-US", [],
     "Uses only the country-and-postal-code permission to find the closest pickup locker, says why it needs it, and has a privacy policy.",
     name="Nearest Pickup Locker", inv="nearest pickup locker", desc="Finds the parcel lockers closest to your device's ZIP code.",
     intents={"FindLockerIntent": ["find a locker", "where is the closest locker", "nearest locker"]},
     perms=[ZIP], pp="https://pickuplockers.example.com/privacy",
     rec=[("smapi-simulation", "sim", [
         T("ask nearest pickup locker to find a locker", "FindLockerIntent", "The closest locker to ZIP code 60614 is inside the Fullerton Avenue pharmacy, open until ten PM.", end=True),
     ])])

case("108032", "checkout-lane-quiz", "en-US", [],
     "A retail trivia game says 'goodbye' to a finished round and then asks an audible question for the next round; keeping the session open is expected gameplay and Stop ends it.",
     name="Checkout Lane Quiz", inv="checkout lane quiz", desc="A trivia game about famous stores and brands.", category="GAMES",
     intents={"AnswerIntent": (["{answer}", "is it {answer}", "my answer is {answer}"], {"answer": "AnswerChoice"})},
     types={"AnswerChoice": ["a", "b", "c", "d"]},
     rec=[("har", "har/quiz-round.har", [
         T("open checkout lane quiz", "LAUNCH", "Round one: Which retailer opened the first supermarket self-service store? A, Piggly Wiggly. B, Kroger. C, Safeway.", rp="Say A, B or C."),
         T("a", "AnswerIntent", "Correct! That's the end of round one, goodbye round one! Round two: what color is a classic bullseye logo? A, red. B, blue.", rp="Say A or B for round two.", slots={"answer": "a"}),
         T("stop", "AMAZON.StopIntent", "Thanks for playing Checkout Lane Quiz. Goodbye!", end=True),
     ])])

case("108033", "order-notes-pad", "en-US", [],
     "Free-form slot sits behind a purposeful carrier ('add a note {note}'); the text is saved as an order note the user asked for.",
     name="Order Notes Pad", inv="order notes pad", desc="Keep quick notes about things to order later.",
     intents={"AddNoteIntent": (["add a note {note}", "note that {note}", "remember to order {note}"], {"note": "AMAZON.SearchQuery"}),
              "ReadNotesIntent": ["read my notes", "what are my notes"]},
     pp="https://ordernotes.example.com/privacy",
     rec=[("cloudwatch-json", "cw/events.json", [
         T("ask order notes pad to add a note printer ink for the office", "AddNoteIntent", "Saved: printer ink for the office.", end=True, slots={"note": "printer ink for the office"}),
     ])])

case("108034", "shop-account-help", "en-US", [],
     "Help text mentions passwords only to say the skill cannot take them by voice and points to the website; nothing is collected.",
     name="Shop Account Help", inv="shop account help", desc="Answers common questions about your Harborline store account.",
     intents={"ResetIntent": ["how do I reset my password", "I forgot my password", "password help"], "HoursIntent": ["when are you open"]},
     rec=[("ask-dialog", "tests/dialog", [
         T("open shop account help", "LAUNCH", "Hi, I can answer questions about your Harborline store account.", rp="What would you like to know?"),
         T("I forgot my password", "ResetIntent", "For your safety I can't take passwords by voice. Go to harborline dot com slash reset and we'll e-mail you a reset link.", rp="Anything else about your account?"),
         T("no thanks", "AMAZON.StopIntent", "Okay, bye!", end=True),
     ])])

case("108035", "dominos-official", "en-US", [],
     "Invocation 'dominos' is exactly the real popular Domino's Pizza skill; reordering a linked account's easy order is expected.",
     name="Domino's Pizza", inv="dominos", desc="Place your Easy Order and track your pizza.", dev="Domino's Pizza LLC",
     intents={"EasyOrderIntent": ["place my easy order", "order my easy order"], "TrackerIntent": ["track my order", "where is my pizza"]},
     pp="https://www.dominos.example/privacy", linking=True,
     rec=[("envelope", "responses", [
         T("ask dominos to track my order", "TrackerIntent", "Your order is in the oven. It should be out for delivery in about ten minutes.", end=True),
     ])])

case("108036", "parcel-compass-honest", "en-US", [],
     "The skill explicitly says it is not Alexa and not Amazon and tells the user to ask Alexa directly for Amazon orders; no impersonation.",
     name="Parcel Compass", inv="parcel compass", desc="Track parcels from independent online shops.",
     intents={"TrackIntent": ["track my parcel", "where's my parcel"], "AmazonOrderIntent": ["where is my amazon order", "track my amazon package"]},
     pp="https://parcelbuddy.example.com/privacy", linking=True,
     rec=[("transcript", "qa/transcripts/2025-06-03.txt", [
         T("open parcel compass", "LAUNCH", "Hi, Parcel Compass here.", rp="Which parcel would you like to track?"),
         T("where is my amazon order", "AmazonOrderIntent", "I'm Parcel Compass, an independent skill. I'm not Alexa and I'm not part of Amazon, so I can't see Amazon orders. Just say: Alexa, where's my stuff.", rp="Would you like to track a parcel from another shop?"),
         T("no", "AMAZON.StopIntent", "All right, goodbye.", end=True),
     ])])

case("108037", "water-outage-info", "en-US", [],
     "Reads planned water-main work, says goodbye and actually ends the session (shouldEndSession true, no reprompt).",
     name="Water Outage Info", inv="water outage info", desc="Planned water outages in Cedar County.",
     intents={"OutageIntent": ["any outages today", "planned outages", "is the water off"]},
     rec=[("cloudwatch-text", "logs/prod.log", [
         T("ask water outage info for planned outages", "OutageIntent", "Water will be shut off on Pine Street between nine and noon tomorrow for main repairs. Thanks for checking, goodbye.", end=True),
     ])])

case("108038", "delivery-slot-picker", "en-US", [],
     "Short SSML pauses inside spoken sentences and an audible reprompt asking for a delivery day; the open session is a real question.",
     name="Delivery Slot Picker", inv="delivery slot picker", desc="Choose a delivery window for your furniture order from Oakridge Home.",
     intents={"PickDayIntent": (["{day}", "deliver on {day}", "book {day}"], {"day": "AMAZON.DATE"})},
     pp="https://oakridgehome.example.com/privacy", linking=True,
     rec=[("junit-xml", "ci/junit.xml", [
         T("open delivery slot picker", "LAUNCH", '<speak>Your sofa is ready to ship. <break time="600ms"/> I have openings on Tuesday or Friday. <break time="300ms"/> Which day works for you?</speak>', rp="Which day should we deliver, Tuesday or Friday?"),
         T("friday", "PickDayIntent", "Booked for Friday between eight and noon. You'll get a text the evening before. Goodbye!", end=True, slots={"day": "2025-06-20"}),
     ])])

case("108039", "callback-scheduler", "en-US", [],
     "Requests the mobile-number permission to have a support agent call back, explains this, uses the number for that callback, and has a privacy policy.",
     name="Callback Scheduler", inv="callback scheduler", desc="Schedule a call back from the Brightwave Internet support team.",
     intents={"ScheduleIntent": (["call me back {time}", "schedule a call {time}"], {"time": "AMAZON.TIME"})},
     perms=[PHONE], pp="https://brightwave.example.com/privacy",
     rec=[("postman-run", "postman/callback.postman_run.json", [
         T("ask callback scheduler to call me back at three pm", "ScheduleIntent", "A Brightwave agent will call the mobile number on your Alexa profile, ending in 42, at three PM today.", end=True, slots={"time": "15:00"}),
     ])])

case("108040", "greenleaf-rewards-card", "en-US", [],
     "Loyalty balance comes from account linking set up in the Alexa app; the skill never asks for a card number or password by voice.",
     name="Greenleaf Rewards", inv="greenleaf rewards", desc="Hear your Greenleaf Market rewards balance.",
     intents={"BalanceIntent": ["what's my balance", "how many points", "rewards balance"]},
     pp="https://greenleaf.example.com/privacy", linking=True,
     rec=[("jest-snapshot", "lambda/test/__snapshots__/rewards.spec.js.snap", [
         T("ask greenleaf rewards for my balance", "BalanceIntent", "Please link your Greenleaf account in the Alexa app first. I've sent a card to your phone.", end=True, extra={"card": {"type": "LinkAccount"}}),
         T("ask greenleaf rewards for my balance", "BalanceIntent", "You have 1,240 points, that's twelve dollars off your next shop.", end=True),
     ])])

case("108041", "receipt-code-reader", "en-US", [],
     "The skill reads a pickup confirmation code to the user (it tells a code, it does not ask for one) and closes the session.",
     name="Receipt Code Reader", inv="receipt code reader", desc="Reads the pickup code for your curbside order.",
     intents={"PickupCodeIntent": ["what's my pickup code", "read my code", "pickup code"]},
     pp="https://curbside.example.com/privacy", linking=True,
     rec=[("markdown-chatlog", "notes/qa-2025-06-10.md", [
         T("ask receipt code reader for my pickup code", "PickupCodeIntent", "Your curbside pickup code is 4 8 2 1. Show it to the associate at bay three.", end=True),
     ])])

case("108042", "delivery-feedback-survey", "en-US", [],
     "Asks for a delivery rating and free-text feedback behind a purposeful carrier ('my feedback is ...'); no personal data is requested.",
     name="Delivery Feedback Survey", inv="delivery feedback", desc="Rate your last delivery from Swiftline Couriers.",
     intents={"RatingIntent": (["{rating}", "{rating} stars", "I give it {rating}"], {"rating": "AMAZON.NUMBER"}),
              "CommentIntent": (["my feedback is {comment}", "my comment is {comment}", "tell the driver {comment}"], {"comment": "AMAZON.SearchQuery"})},
     pp="https://swiftline.example.com/privacy",
     rec=[("insights-csv", "insights/export.csv", [
         T("open delivery feedback", "LAUNCH", "On a scale of one to five, how was your last delivery?", rp="Please say a number from one to five."),
         T("five", "RatingIntent", "Great. Any comment for the driver? Start with, my feedback is.", rp="Say my feedback is, followed by your comment, or say no thanks.", slots={"rating": "5"}),
         T("my feedback is left it nicely by the door", "CommentIntent", "Thanks, we'll pass it on. Goodbye!", end=True, slots={"comment": "left it nicely by the door"}),
     ])])

case("108043", "weekly-flyer-reader", "en-US", [],
     "Two recordings months apart differ only in the promotions read out; both end the session normally, so there is no drift.",
     name="Weekly Flyer Reader", inv="weekly flyer reader", desc="Reads this week's flyer deals at Hometown Grocers.",
     intents={"DealsIntent": ["what are the deals", "read the flyer", "this week's specials"]},
     rec=[("pairs-array", "recordings/2025-01/flyer.json", [
         T("ask weekly flyer reader what are the deals", "DealsIntent", "This week: strawberries two for five, and ground coffee twenty percent off. Goodbye.", end=True),
     ], "2025-01-09T10:00"),
          ("pairs-array", "recordings/2025-07/flyer.json", [
         T("ask weekly flyer reader what are the deals", "DealsIntent", "This week: corn on the cob ten for four dollars, and charcoal buy one get one. Goodbye.", end=True),
     ], "2025-07-03T10:00")])

case("108044", "return-window-calculator", "en-US", [],
     "Mentions Amazon only as a retailer whose return policy it explains; it never claims to be Amazon or Alexa.",
     name="Return Window Calculator", inv="return window calculator", desc="Tells you the last day to return a purchase based on common store policies.",
     intents={"WindowIntent": (["when can I return something from {store} bought {date}", "last day to return {store}"], {"store": "StoreChain", "date": "AMAZON.DATE"})},
     types={"StoreChain": ["amazon", "target", "best buy", "walmart", "costco"]},
     rec=[("smapi-invocation", "smapi", [
         T("ask return window calculator when can I return something from amazon bought june first", "WindowIntent", "Amazon's standard return window is thirty days, so your last day is July first. Check your order page for exceptions.", end=True, slots={"store": "amazon", "date": "2025-06-01"}),
     ])])

case("108045", "porch-package-reminder", "en-US", [],
     "Reminder skill whose Help answer says 'goodbye' is not needed and whose Cancel closes properly; the only open sessions are real audible questions.",
     name="Porch Package Reminder", inv="porch package reminder", desc="Reminds you to bring in delivered packages.",
     intents={"SetReminderIntent": (["remind me at {time}", "set a reminder for {time}"], {"time": "AMAZON.TIME"})},
     interfaces=[], perms=["alexa::alerts:reminders:skill:readwrite"], pp="https://porchreminder.example.com/privacy",
     rec=[("dynamodb-export", "backup/ddb/conversation-log.jsonl", [
         T("open porch package reminder", "LAUNCH", "I can remind you to bring in a package. What time?", rp="What time should I remind you?"),
         T("help", "AMAZON.HelpIntent", "Just tell me a time, like six PM, and I'll set a reminder. What time works?", rp="What time should I remind you?"),
         T("cancel", "AMAZON.CancelIntent", "Okay, no reminder set. Goodbye.", end=True),
     ])])
