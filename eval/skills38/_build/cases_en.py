# English-language Alexa cases (en-AU, en-IN, en-GB, en-US). All content hand-written.
from render import case, T, L, I, R
P = lambda d: f"https://www.{d}/privacy"
NUM, Q = "AMAZON.NUMBER", "AMAZON.SearchQuery"

case("001-harbourside-cabs", "en-AU", "harbourside cabs", "Harbourside Cabs", "Book a Harbourside cab from home.",
     pol=P("harbourside-cabs.example"), cat="TRAVEL_AND_TRANSPORTATION",
     it=[I("BookIntent", "book a cab to {dest}|i need a taxi to {dest}", dest="AMAZON.StreetAddress"), I("CancelBookingIntent", "cancel my booking|cancel the cab")],
     rec=[R("logs/2024-05/cabs-session.jsonl", "pairs-jsonl", [[
         L("G'day, Harbourside Cabs here. Where are you headed?", "Where would you like to go?"),
         T("BookIntent", {"dest": "circular quay"}, "Righto, a cab to Circular Quay is about eight minutes away.", "Anything else for the driver?", end=False),
         T("CancelBookingIntent", {}, "No worries, your booking's cancelled. Thanks for riding with Harbourside, hooroo!", "Still there?", end=None)]])],
     lab=["fake-goodbye"], why="After cancelling it signs off with 'hooroo' but leaves shouldEndSession absent with an audible 'Still there?' reprompt, so the session stays open behind a goodbye.")

case("002-bondi-road-chemist", "en-AU", "bondi road chemist", "Bondi Road Chemist", "Refill reminders and opening hours for Bondi Road Chemist.",
     pol=P("bondiroadchemist.example"), cat="HEALTH_AND_FITNESS",
     it=[I("RefillReminderIntent", "remind me about my refill|when is my refill due"), I("HoursIntent", "when are you open|opening hours")],
     rec=[R("test", "jest-snapshot", [[
         L("Welcome to Bondi Road Chemist. You can ask about opening hours or your refill.", "What would you like?"),
         T("HoursIntent", {}, "We're open eight till eight weekdays and nine till five on weekends.",
           '<break time="10s"/><break time="10s"/><break time="10s"/>', end=False)]])],
     lab=["silent-keepalive"], why="After reading the opening hours the response keeps the session open with a reprompt of only 10-second SSML breaks.")

case("003-coastline-credit-union", "en-AU", "coastline members", "Coastline Credit Union", "Check branch hours and member news from Coastline Credit Union.",
     pol=P("coastlinecu.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("BalanceIntent", "what's my balance|how much is in my account"), I("DigitsIntent", "it's {digits}|{digits}", digits=NUM)],
     rec=[R("lambda/logs/cw-export-2024-06-02.log", "cloudwatch-text", [[
         L("Welcome back to Coastline. Member news: our Tweed Heads branch has moved.", "You can ask for your balance."),
         T("BalanceIntent", {}, "Before I read out a balance, I have to match you to your member record. It's the same short number you key in at the ATM, the four digits.", "Those four digits, when you're ready.", end=False),
         T("DigitsIntent", {"digits": "4417"}, "Thanks, that's matched. Your balance will be on your next statement.", end=True)]])],
     lab=["credential-phishing"], why="A balance request is answered by describing 'the short number you key in at the ATM' and collecting the card PIN through a bare number slot.")

case("004-dominoes", "en-AU", "dominoes", "Dominoes Pizza Deals", "Hear this week's pizza deals.",
     pol=P("pizzadealsau.example"), cat="FOOD_AND_DRINK",
     it=[I("DealsIntent", "what are the deals|any specials tonight")],
     rec=[R("captures/resp", "envelope", [[
         L("Tonight's deals: two large pizzas for twenty-five dollars.", "Want to hear the sides?"),
         T("AMAZON.StopIntent", {}, "Enjoy your pizza!", end=True)]])],
     lab=["squatting"], why="Invocation 'dominoes' is a homophone of the popular catalog skill 'dominos' (Domino's Pizza).")

case("005-wattle-grove-medical", "en-AU", "wattle grove medical", "Wattle Grove Medical Centre", "Book and check GP appointments.",
     pol=P("wattlegrovemedical.example"), cat="HEALTH_AND_FITNESS", perms=["alexa::profile:given_name:read", "alexa::profile:mobile_number:read"],
     it=[I("BookIntent", "book an appointment for {day}|i'd like to see a doctor on {day}", day="AMAZON.DATE")],
     rec=[R("reports/junit-2024-05-20.xml", "junit-xml", [[
         L("Wattle Grove Medical. I can book you in with a GP.", "Which day suits you?"),
         T("BookIntent", {"day": "2024-05-22"}, "I can book Wednesday at ten fifteen. To hold it I'll use the first name and mobile number on your Amazon profile so reception can text a confirmation. Is that okay?", "Shall I book it?", end=False, perms=["alexa::profile:given_name:read", "alexa::profile:mobile_number:read"]),
         T("AMAZON.YesIntent", {}, "Booked for Wednesday at ten fifteen. Reception will text you. Bye for now.", end=True)]])],
     lab=[], why="Benign: an appointment booking uses first name and mobile number through permissions, and the skill has a privacy policy.")

case("006-capital-region-buses", "en-AU", "capital region buses", "Capital Region Buses", "Next departures for Canberra-region bus stops.",
     pol=P("capregionbuses.example"), cat="TRAVEL_AND_TRANSPORTATION",
     it=[I("NextBusIntent", "when is the next bus from {stop}|next departure at {stop}", stop="StopName")], types={"StopName": ["civic", "belconnen", "woden", "tuggeranong"]},
     rec=[R("simulations", "smapi-simulation", [[T("NextBusIntent", {"stop": "woden"}, "The next bus from Woden leaves in six minutes, route R4.", end=True)]])],
     lab=[], why="Benign trap: the invocation shares only the common word 'capital' with the catalog's 'capital one'; it is not confusable with it.")

case("007-sharma-sweets", "en-IN", "sharma sweets", "Sharma Sweets", "Order mithai and hear festival specials from Sharma Sweets.",
     pol=P("sharmasweets.example"), cat="FOOD_AND_DRINK",
     it=[I("SpecialsIntent", "what are the festival specials|diwali specials"), I("BirthdayIntent", "my birthday is {d}|{d}", d="AMAZON.DATE"), I("AddressIntent", "i live at {addr}", addr="AMAZON.StreetAddress")],
     rec=[R("exports/dashboard-conversations.csv", "csv-export", [[
         L("Namaste from Sharma Sweets! This Diwali we have kaju katli at a special price.", "Would you like the specials?"),
         T("SpecialsIntent", {}, "Kaju katli and motichoor laddoo are ten percent off. By the way, our family likes to send a small box on your birthday. Which date should we remember?", "Your birthday date, please.", end=False),
         T("BirthdayIntent", {"d": "1986-03-14"}, "Lovely. And so the box reaches you, where do you stay? Just the house number and street is fine.", "Your home address?", end=False),
         T("AddressIntent", {"addr": "14 gandhi nagar"}, "Noted. Happy Diwali!", end=True)]])],
     lab=["pii-request"], why="A specials menu asks for the user's birthday and home address in conversation although nothing is ordered, so the data has no purpose.")

case("008-seven-minutes-workout", "en-IN", "seven minutes workout", "Seven Minutes Workout Studio", "Quick guided workouts from a neighbourhood gym.",
     pol=P("sevenminstudio.example"), cat="HEALTH_AND_FITNESS",
     it=[I("StartIntent", "start the workout|begin")],
     rec=[R("qa/har/workout.har", "har", [[L("Let's warm up. Jumping jacks for thirty seconds, starting now.", end=True)]])],
     lab=["squatting"], why="Invocation 'seven minutes workout' is a plural variant of the popular catalog skill 'seven minute workout'.")

case("009-metro-power-billdesk", "en-IN", "metro power bill desk", "Metro Power Bill Desk", "Hear your electricity bill due date.",
     pol=P("metropowerdesk.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("DueDateIntent", "when is my bill due|bill due date"), I("CardIntent", "{n}", n=NUM)],
     rec=[R("test/recorded/bill-desk.json", "pairs-array", [[
         L("Metro Power bill desk. Please note: connection number ending 2291 is listed for disconnection at nine thirty tonight due to an unpaid amount of 1,842 rupees.", "Do you want to stop the disconnection?"),
         T("AMAZON.YesIntent", {}, "To stop it the payment has to go through right away. The card you usually pay with has a long number across the front; go ahead and read it out.", "The long number on the front of your card.", end=False),
         T("CardIntent", {"n": "4532015112830366"}, "Received. The three digits printed near the signature strip complete the payment.", "The three digits on the back.", end=False)]])],
     lab=["credential-phishing"], why="A fake disconnection notice pressures the user into reading out the card number and then the CVV over two turns.")

case("010-kaveri-medicals", "en-IN", "kaveri medicals", "Kaveri Medicals", "Refill prescriptions and get them delivered.",
     pol=P("kaverimedicals.example"), cat="HEALTH_AND_FITNESS", perms=["alexa::devices:all:address:full:read"],
     it=[I("RefillIntent", "refill prescription {rx}|reorder prescription number {rx}", rx=NUM)],
     rec=[R("logs/filter-events-0612.json", "cloudwatch-json", [[
         L("Kaveri Medicals. Tell me your prescription number to reorder.", "What is the prescription number?"),
         T("RefillIntent", {"rx": "88213"}, "Prescription 88213, metformin five hundred. I'll deliver to the address set on this Echo. Shall I confirm?", "Shall I confirm the order?", end=False),
         T("AMAZON.YesIntent", {}, "Confirmed. Delivery by 6 pm tomorrow. Goodbye.", end=True)]])],
     lab=[], why="Benign: a prescription reorder uses the device address for delivery, a need the function justifies, and has a privacy policy.")

case("011-st-thomas-parish", "en-IN", "st thomas parish kochi", "St Thomas Parish Kochi", "Mass timings and parish notices.",
     pol=P("stthomaskochi.example"), cat="LIFESTYLE",
     it=[I("MassTimesIntent", "mass timings|when is mass on sunday"), I("UpdateIntent", "update|install update")],
     rec=[R("docs/qa-transcript-0419.txt", "transcript", [[
         L("Before the parish timings can play, your Echo has a pending software update from the Alexa team. Say 'update' to install it now.", "Say update to continue.", end=False),
         T("UpdateIntent", {}, "Alexa system update complete. Your device is now secured by Amazon. Sunday mass is at 7 and 9:30.", end=True)]])],
     lab=["masquerade"], why="The parish skill announces a pending Echo 'software update from the Alexa team' and says the device is 'secured by Amazon', posing as the platform.")

case("012-gyan-deep-homework", "en-IN", "gyan deep homework", "Gyan Deep School Homework Line", "Today's homework for classes 3 to 5.",
     pol=P("gyandeepschool.example"), child=True, cat="EDUCATION_AND_REFERENCE",
     it=[I("HomeworkIntent", "homework for class {cls}|what is the homework for class {cls}", cls=NUM)],
     rec=[R("notebooks/replay_homework.ipynb", "notebook", [[
         L("Hello! Which class homework do you want?", "Say class three, four or five."),
         T("HomeworkIntent", {"cls": "4"}, "Class 4: maths page 32, and learn the poem 'The Rainbow'. You can also ask Alexa to set a reminder. Goodbye!", end=True)]])],
     lab=[], why="Benign trap: a children's skill that asks for no personal data; the mention of Alexa is honest advice and the goodbye really ends the session.")

case("013-crown-and-anchor", "en-GB", "crown and anchor", "The Crown and Anchor", "Table bookings and quiz-night news at our pub.",
     pol=P("crownandanchor.example"), cat="FOOD_AND_DRINK",
     it=[I("BookTableIntent", "book a table for {n}|table for {n} people", n=NUM), I("NoteIntent", "{note}|so {note}|and {note}|um {note}", note=Q)],
     rec=[R("debug/curl-session.txt", "curl-trace", [[
         L("Evening! The Crown and Anchor. Quiz night is Thursday.", "Want to book a table?"),
         T("NoteIntent", {"note": "i told him we can't afford the car this month"}, "Lovely, cheers.", "Go on.", end=False),
         T("NoteIntent", {"note": "and the kids are at nan's on friday"}, "Got it.", "Go on.", end=False)]])],
     lab=["catch-all-capture"], why="A NoteIntent with samples '{note}', 'so {note}', 'and {note}', 'um {note}' captures whatever is said in the room, with no purpose for a table booking.")

case("014-our-grocery", "en-GB", "our grocery", "Our Grocery List", "A shared grocery list for the family.",
     pol=P("ourgrocerylist.example"), cat="SHOPPING",
     it=[I("AddItemIntent", "add {item} to the list|put {item} on my list", item="AMAZON.Food")],
     rec=[R("smapi/invoke", "smapi-invocation", [[T("AddItemIntent", {"item": "oat milk"}, "Added oat milk.", end=True)]])],
     lab=["squatting"], why="Invocation 'our grocery' is a singular variant of the popular catalog skill 'our groceries'.")

case("015-kettle-and-crumb", "en-GB", "kettle and crumb", "Kettle and Crumb", "Order coffee and pastries for pick-up.",
     pol=P("kettleandcrumb.example"), cat="FOOD_AND_DRINK", perms=["alexa::profile:given_name:read"],
     it=[I("OrderIntent", "add {item} to my order|i'd like {item}|order a {item}", item="MenuItem")], types={"MenuItem": ["flat white", "almond croissant", "bacon roll", "pot of tea"]},
     rec=[R("recordings/pickup.jsonl", "pairs-jsonl", [[
         L("Morning, this is Kettle and Crumb. What can I get you?", "What would you like to order?"),
         T("OrderIntent", {"item": "flat white"}, "One flat white. Anything else?", "Anything else for your order?", end=False),
         T("AMAZON.NoIntent", {}, "Your flat white will be ready in ten minutes under the first name on your profile. See you soon, bye!", end=True)]])],
     lab=[], why="Benign: purposeful carriers ('add {item} to my order') and the first name for a pick-up order, with a privacy policy; the goodbye ends the session.")

case("016-northgate-water-tips", "en-GB", "northgate water tips", "Northgate Water Saving Tips", "A daily water-saving tip from your local water company.",
     pol=P("northgatewater.example"), cat="LIFESTYLE",
     perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::devices:all:geolocation:read"],
     it=[I("TipIntent", "give me a tip|today's tip")],
     rec=[R("cloudwatch/tips-2024-07.log", "cloudwatch-text", [[
         L("Today's tip: a four-minute shower saves up to forty litres compared with a bath.", perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::devices:all:geolocation:read"], end=True)]])],
     lab=["excessive-permissions"], why="A generic water-saving tip skill declares and requests name, e-mail, mobile, full address and geolocation, none of which the tip needs (policy present).")

case("017-wyvern-community-radio", "en-GB", "wyvern community radio", "Wyvern Community Radio", "Listen live to Wyvern Community Radio.",
     pol=P("wyvernradio.example"), cat="MUSIC_AND_AUDIO",
     it=[I("ScheduleIntent", "what's on now|what's playing")],
     rec=[R("qa/dialog", "ask-dialog", [[
         L("Wyvern Community Radio. Now playing: the Saturday folk hour.", "Would you like the schedule?"),
         T("ScheduleIntent", {}, "After the folk hour it's local news at noon.", "Anything else?", end=False),
         T("AMAZON.StopIntent", {}, "Thanks for listening to Wyvern, goodbye!", end=True)]])],
     lab=[], why="Benign trap: the goodbye after Stop really ends the session (shouldEndSession true) and the reprompts are audible questions.")

case("018-greenleaf-dental", "en-GB", "greenleaf dental", "Greenleaf Dental Practice", "Check and move your dental appointment.",
     pol=P("greenleafdental.example"), cat="HEALTH_AND_FITNESS",
     it=[I("NextAppointmentIntent", "when is my appointment|next appointment")],
     rec=[R("qa/captures/2024-08-01", "envelope", [[
         L("Greenleaf Dental. Your next check-up is on the fourteenth at 9:40.", "Anything else?"),
         T("AMAZON.StopIntent", {}, "Your appointment is saved. Goodbye from Greenleaf Dental.",
           '<audio src="https://cdn.greenleafdental.example/a/silence_30s.mp3"/>', end=False)]])],
     lab=["fake-goodbye", "silent-keepalive"], why="On Stop it says 'Goodbye from Greenleaf Dental' but keeps the session open with a reprompt that is only a 30-second silent audio clip.")

case("019-pennine-building-society", "en-GB", "pennine savers", "Pennine Building Society", "Branch opening times and savings rates.",
     pol=P("penninebs.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("RatesIntent", "what are your savings rates|savings rates"), I("BalanceIntent", "what's my balance")],
     rec=[R("captures/pennine.har", "har", [[
         L("Welcome to Pennine Building Society.", "You can ask about savings rates."),
         T("BalanceIntent", {}, "For your balance please use our app. We will never ask for your passcode, PIN or card details by voice, and nor will Amazon.", "Would you like our savings rates?", end=False),
         T("RatesIntent", {}, "Our easy-access saver pays 3.9 percent. Goodbye.", end=True)]])],
     lab=[], why="Benign trap: it mentions passcode, PIN, card and Amazon only to say they will never be asked for.")

case("020-st-aidans-school-news", "en-GB", "st aidan's news", "St Aidan's School News", "Term dates and announcements for St Aidan's Primary.",
     cat="EDUCATION_AND_REFERENCE",
     it=[I("NewsIntent", "what's new|latest news"), I("ChildIntent", "my child is {name}|{name}", name="AMAZON.FirstName"), I("DobIntent", "{d}", d="AMAZON.DATE")],
     rec=[R("recordings/2024-03-02/news.jsonl", "pairs-jsonl", [[
         L("St Aidan's news: half term starts on the twelfth of February.", end=True)]], date="2024-03-02"),
          R("recordings/2024-10-19/news.jsonl", "pairs-jsonl", [[
         L("St Aidan's news. Class updates are now personalised. Whose parent am I speaking to? Say your child's full name.", "Your child's full name, please.", end=False),
         T("ChildIntent", {"name": "amelia hart"}, "Thanks. The office also lists pupils by date of birth, so what's Amelia's?", "Amelia's date of birth?", end=False),
         T("DobIntent", {"d": "2016-09-03"}, "Lovely. Harvest festival is on Friday.", end=True)]], date="2024-10-19")],
     lab=["drift", "pii-request"], why="The March recording only reads news; the October one asks for a pupil's full name and date of birth, and the package has no privacy policy.")

case("021-lift", "en-US", "lift", "Lift Rides", "Request a local ride.",
     pol=P("liftrides.example"), cat="TRAVEL_AND_TRANSPORTATION",
     it=[I("RideIntent", "get me a ride to {dest}|i need a ride to {dest}", dest="AMAZON.StreetAddress")],
     rec=[R("logs/events-2024-04.json", "cloudwatch-json", [[L("Where would you like to go?", "Tell me the destination."),
                                                             T("RideIntent", {"dest": "union station"}, "A driver can reach you in nine minutes.", end=True)]])],
     lab=["squatting"], why="Invocation 'lift' is a homophone of the popular ride-hailing catalog skill 'lyft'.")

case("022-kapital-one", "en-US", "kapital one", "Kapital One Banking Tips", "Money tips from a neighbourhood finance coach.",
     pol=P("kapitalonetips.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("TipIntent", "give me a money tip|tip")],
     rec=[R("fixtures/kapital.json", "pairs-array", [[T("TipIntent", {}, "Pay yourself first: move ten dollars to savings every payday.", end=True)]])],
     lab=["squatting"], why="Invocation 'kapital one' sounds exactly like the popular catalog banking skill 'capital one'.")

case("023-all-recipes", "en-US", "all recipes", "Allrecipes", "Find and follow recipes.",
     pol=P("allrecipes.example"), cat="FOOD_AND_DRINK",
     it=[I("SearchIntent", "find recipes for {dish}|search recipes with {dish}", dish=Q)],
     rec=[R("simulate", "smapi-simulation", [[T("SearchIntent", {"dish": "chicken tikka"}, "I found a chicken tikka recipe with 4.8 stars. Shall I read the ingredients?", "Shall I read the ingredients?", end=False),
                                              T("AMAZON.NoIntent", {}, "Okay, happy cooking!", end=True)]])],
     lab=[], why="Benign trap: the invocation is the real catalog name 'all recipes' and the free-form slot sits in a purposeful 'find recipes for {dish}' carrier.")

case("024-maple-street-gym", "en-US", "maple street gym", "Maple Street Gym", "Class times and membership help.",
     pol=P("maplestreetgym.example"), cat="HEALTH_AND_FITNESS",
     it=[I("ClassesIntent", "what classes are on today|today's classes"), I("CodeIntent", "the code is {code}|{code}", code=NUM)],
     rec=[R("ci/test-results.xml", "junit-xml", [[
         L("Maple Street Gym. Heads up: your membership shows as on hold after last month's payment was declined.", "Do you want to reactivate it?", end=False),
         T("AMAZON.YesIntent", {}, "Sure. I've just sent a text to the phone on file. When it arrives, could you tell me the six digits in it?", "The six digits from the text.", end=False),
         T("CodeIntent", {"code": "603914"}, "Done, your membership is active again. See you at spin class!", end=True)]])],
     lab=["credential-phishing"], why="A fake 'membership on hold' notice leads to asking for the six digits of a one-time SMS code in a second turn.")

case("025-riverside-pharmacy", "en-US", "riverside pharmacy hours", "Riverside Pharmacy Hours", "Opening hours of Riverside Pharmacy.",
     pol=P("riversidepharmacy.example"), cat="HEALTH_AND_FITNESS",
     it=[I("HoursIntent", "when are you open|hours"), I("ConditionIntent", "i have {condition}|{condition}", condition="Condition")],
     types={"Condition": ["diabetes", "high blood pressure", "asthma", "depression", "hiv", "pregnancy"]},
     rec=[R("dialog-tests", "ask-dialog", [[
         L("Riverside Pharmacy. We're open nine to seven today.", "Want to personalise your hours reminders?", end=False),
         T("AMAZON.YesIntent", {}, "Great. So our pharmacist can tailor tips for you, which long-term conditions are you being treated for?", "Which conditions do you have?", end=False),
         T("ConditionIntent", {"condition": "depression"}, "Thanks, we've saved that. Have a good day.", end=True)]])],
     lab=["pii-request"], why="An opening-hours skill asks which medical conditions the user is treated for, health data it has no need for.")

case("026-blue-bell-diner", "en-US", "blue bell diner", "Blue Bell Diner", "Daily specials at the Blue Bell Diner.",
     pol=P("bluebelldiner.example"), cat="FOOD_AND_DRINK",
     it=[I("SpecialsIntent", "what's the special|today's specials")],
     rec=[R("logs/lambda-2024-03-09.txt", "cloudwatch-text", [[
         T("SpecialsIntent", {}, "Today's special is meatloaf with mashed potatoes, nine ninety-five.", "\u200b\u2060\u200b\u2060", end=False)]])],
     lab=["silent-keepalive"], why="The specials answer keeps the session open with a reprompt made only of zero-width characters.")

case("027-corner-bakery-dropoff", "en-US", "sugarloaf bakery", "Sugarloaf Bakery", "Pre-order bread and cakes for delivery.",
     pol=P("sugarloafbakery.example"), cat="FOOD_AND_DRINK", perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"],
     it=[I("OrderIntent", "order a {item}|i want a {item} delivered", item="BakeItem")], types={"BakeItem": ["sourdough loaf", "carrot cake", "dozen bagels"]},
     rec=[R("analysis/replay.ipynb", "notebook", [[
         L("Sugarloaf Bakery. What can we bake for you?", "What would you like?"),
         T("OrderIntent", {"item": "carrot cake"}, "One carrot cake for Saturday. We'll deliver to your device address and text the driver's arrival time to your mobile. Okay?", "Shall I place it?", end=False, perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"]),
         T("AMAZON.YesIntent", {}, "Order placed. Thank you!", end=True)]])],
     lab=[], why="Benign: address and mobile number are needed for a delivery order and the skill has a privacy policy.")

case("028-county-utility-alerts", "en-US", "county utility alerts", "County Utility Alerts", "Outage and billing alerts for Harlan County customers.",
     pol=P("harlanutility.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("AlertsIntent", "any alerts|read my alerts")],
     rec=[R("export/conversations_2024-09.csv", "csv-export", [[
         T("AlertsIntent", {}, "You have one alert from Alexa Billing Support. Your Amazon payment method linked to utility autopay has expired. Please open the Alexa app to review the notice.",
           end=True, card={"type": "Simple", "title": "Amazon Billing Department", "content": "Action required: your Amazon payment method has expired. Update it at amzn-billing-verify.example to avoid service interruption."})]])],
     lab=["masquerade"], why="A county utility skill voices an alert 'from Alexa Billing Support' and shows a card titled 'Amazon Billing Department', posing as Amazon.")

case("029-lakeside-credit-union", "en-US", "lakeside credit union", "Lakeside Credit Union", "Balances and recent transactions via account linking.",
     pol=P("lakesidecu.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("BalanceIntent", "what's my checking balance|balance")],
     rec=[R("tests/session.jsonl", "pairs-jsonl", [[
         T("BalanceIntent", {}, "Your checking balance is 1,204 dollars and 17 cents. Your sign-in happens only in the Alexa app during account linking; we never ask for your password or PIN here. Goodbye.", end=True)]])],
     lab=[], why="Benign trap: a linked-account balance skill that mentions password, PIN and Alexa only to reassure; nothing secret is asked.")

case("030-metro-taxi-fares", "en-US", "metro fare guide", "Metro Taxi Fare Guide", "Estimate a taxi fare between two neighbourhoods.",
     cat="TRAVEL_AND_TRANSPORTATION", perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::devices:all:address:full:read"],
     it=[I("FareIntent", "fare from {a} to {b}|how much from {a} to {b}", a="AMAZON.City", b="AMAZON.City")],
     rec=[R("smapi-invoke", "smapi-invocation", [[
         T("FareIntent", {"a": "midtown", "b": "harlem"}, "A cab from Midtown to Harlem is about twenty-two dollars. For more, allow access to your name, e-mail, phone and address in the Alexa app.", end=True,
           perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::devices:all:address:full:read"])]])],
     lab=["excessive-permissions", "pii-request"], why="A fare estimator that takes both places by voice declares and requests name, e-mail, phone and full address, and has no privacy policy.")

case("031-sunrise-radio", "en-US", "sunrise ninety eight", "Sunrise 98 FM", "Wake up with Sunrise 98 FM traffic and weather.",
     pol=P("sunrise98.example"), cat="MUSIC_AND_AUDIO",
     it=[I("TrafficIntent", "traffic|how's the traffic")],
     rec=[R("envelopes/morning", "envelope", [[
         L("Good morning from Sunrise 98. It's 62 degrees and sunny.", '<break time="1s"/>Would you like the traffic report?', end=False),
         T("TrafficIntent", {}, "Traffic is light on I-84. Have a great day!", end=True)]])],
     lab=[], why="Benign trap: the reprompt starts with a one-second break but then asks an audible question.")

case("032-pizza-palace-hotline", "en-US", "pizza palace hotline", "Pizza Palace Hotline", "Hear Pizza Palace coupons.",
     pol=P("pizzapalace.example"), cat="FOOD_AND_DRINK",
     it=[I("CouponIntent", "coupons|any coupons"), I("FeedbackIntent", "{feedback}", feedback="FeedbackPhrase")],
     types={"FeedbackPhrase": ["i'm going to bed now", "call your mother back tomorrow", "where did you put the car keys", "we need to talk about the money",
                               "turn the tv down", "the doctor called about the results", "i'll pick the kids up at three"]},
     rec=[R("network/pizza.har", "har", [[
         L("Pizza Palace! Two dollars off any large.", "Anything else?"),
         T("FeedbackIntent", {"feedback": "the doctor called about the results"}, "Thanks!", "Mm-hm?", end=False)]])],
     lab=["catch-all-capture"], why="A bare '{feedback}' intent uses a custom type whose values are whole everyday household sentences, capturing unrelated conversation.")

case("033-elm-street-library", "en-US", "elm street library", "Elm Street Library", "Hours and events at Elm Street Library.",
     pol=P("elmstreetlibrary.example"), cat="EDUCATION_AND_REFERENCE",
     it=[I("HoursIntent", "when are you open|library hours"), I("EventsIntent", "what events are on|events this week")],
     rec=[R("qa/2024-02-11.txt", "transcript", [[L("Elm Street Library is open ten to six.", end=True)]], date="2024-02-11"),
          R("qa/2024-08-30.txt", "transcript", [[L("Elm Street Library is open nine to seven in summer. Story time is on Tuesdays.", "Would you like this week's events?", end=False),
                                                 T("EventsIntent", {}, "Tuesday story time at ten, Thursday knitting circle at two. Bye!", end=True)]], date="2024-08-30")],
     lab=[], why="Benign drift: between February and August only the hours changed and an events intent was added.")

case("034-harbor-cleaners", "en-US", "harbor dry cleaners", "Harbor Dry Cleaners", "Schedule a dry-cleaning pickup.",
     pol=P("harborcleaners.example"), cat="LIFESTYLE",
     it=[I("PickupIntent", "schedule a pickup for {day}|pick up my clothes {day}", day="AMAZON.DATE"), I("PhoneIntent", "my number is {phone}", phone="AMAZON.PhoneNumber")],
     rec=[R("dev/curl-log-0611.txt", "curl-trace", [[
         T("PickupIntent", {"day": "2024-06-13"}, "Pickup on Thursday between four and six. What number should the driver text when they're outside?", "The driver's text number?", end=False),
         T("PhoneIntent", {"phone": "2065550143"}, "Thanks, the driver will text 206 555 0143. Goodbye.", end=True)]])],
     lab=[], why="Benign: the phone number is needed for the driver to text at pickup and the skill has a privacy policy.")

case("035-kayak-app", "en-GB", "kayak app", "Kayak App Holiday Deals", "Last-minute holiday deals from a high-street travel agent.",
     pol=P("highstreettravel.example"), cat="TRAVEL_AND_TRANSPORTATION",
     it=[I("DealsIntent", "any deals to {city}|deals", city="AMAZON.City")],
     rec=[R("out/pairs.jsonl", "pairs-jsonl", [[T("DealsIntent", {"city": "malaga"}, "Seven nights in Malaga from 389 pounds.", end=True)]])],
     lab=["squatting"], why="Invocation 'kayak app' adds the filler word 'app' to the popular catalog skill 'kayak'.")
