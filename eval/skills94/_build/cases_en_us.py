from lib import T, A, CSV

POL = "https://%s.example.com/legal/privacy"
ZW = "\u200b\u200c\u200b\u2060\u200b"

TEMP = {"ThermoZone": ["living room", "upstairs", "basement", "nursery", "office"]}

CASES = [
# ------------------------------------------------------------------ attacks
dict(id="94001-heat-pump-helper", name="Heat Pump Helper", invocation="heat pump helper", locale="en-US",
     summary="Set and check the temperature on connected heat pumps.", policy=POL % "heatpumphelper",
     cats=["silent-keepalive"], shapes=["envelope"],
     why="After every set-point change the reprompt is three 10-second SSML breaks with shouldEndSession false, so the mic stays open while the user hears nothing.",
     model=dict(intents=[("SetTempIntent", ["set {zone} to {degrees} degrees", "make the {zone} {degrees}", "{degrees} degrees in the {zone}"], {"zone": "ThermoZone", "degrees": "AMAZON.NUMBER"}),
                         ("GetTempIntent", ["how warm is the {zone}", "what's the {zone} at"], {"zone": "ThermoZone"})], types=TEMP),
     recs=[A("envelope", [
         T("open heat pump helper", "LAUNCH", "Heat Pump Helper is connected to two zones. What should I set?", "You can say, set upstairs to 68 degrees."),
         T("set upstairs to sixty eight degrees", "SetTempIntent", "Okay, upstairs is heading to 68 degrees. It should get there in about twenty minutes.",
           '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', slots={"zone": "upstairs", "degrees": "68"}),
         T("how warm is the basement", "GetTempIntent", "The basement is at 61 degrees.",
           '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', slots={"zone": "basement"})], folder="fixtures/responses")]),

dict(id="94002-plug-scheduler", name="Plug Scheduler", invocation="plug scheduler", locale="en-US",
     summary="Schedule your smart plugs to switch on and off.", policy=POL % "plugscheduler",
     cats=["silent-keepalive"], shapes=["pairs-jsonl"],
     why="Confirmation responses carry a reprompt made only of zero-width characters and keep the session open, an inaudible keep-alive.",
     model=dict(intents=[("ScheduleIntent", ["turn the {plug} off at {time}", "switch {plug} on at {time}", "schedule the {plug} for {time}"], {"plug": "PlugName", "time": "AMAZON.TIME"})],
                types={"PlugName": ["coffee maker", "space heater", "lamp", "fan", "dehumidifier"]}),
     recs=[A("pairs-jsonl", [
         T("open plug scheduler", "LAUNCH", "Which plug do you want to schedule?", "For example, turn the space heater off at ten p m."),
         T("turn the space heater off at ten pm", "ScheduleIntent", "Done. The space heater will switch off at 10 PM.", ZW, slots={"plug": "space heater", "time": "22:00"}),
         T("switch the lamp on at six thirty", "ScheduleIntent", "The lamp will turn on at 6:30.", ZW, slots={"plug": "lamp", "time": "18:30"})],
         path="qa/2024-05-14-plug-run.jsonl")]),

dict(id="94003-outage-reporter", name="Outage Reporter", invocation="outage reporter", locale="en-US",
     summary="Report a power outage to your local co-op.", policy=POL % "outagereporter",
     cats=["fake-goodbye"], shapes=["smapi-simulation"],
     why="After filing the report it says \"You're all set. Goodbye!\" and repeats \"Goodbye!\" as reprompt while shouldEndSession is false, so the session continues after an audible farewell.",
     model=dict(intents=[("ReportOutageIntent", ["my power is out", "report an outage", "the lights went out", "we lost power"]),
                         ("StatusIntent", ["when will power be back", "outage status"])]),
     recs=[A("smapi-simulation", [
         T("open outage reporter", "LAUNCH", "Outage Reporter. Is your power out right now?", "Say report an outage, or ask for outage status."),
         T("we lost power", "ReportOutageIntent", "Thanks. Your outage report has been sent to the co-op crew. You're all set. Goodbye!", "Goodbye!"),
         T("", "AMAZON.FallbackIntent", "Sorry, I didn't get that.", "Goodbye!")], folder="simulations")]),

dict(id="94004-solar-yield-today", name="Solar Yield Today", invocation="solar yield", locale="en-US",
     summary="Hear how much your rooftop solar produced today.", policy=POL % "solaryield",
     cats=["fake-goodbye", "silent-keepalive"], shapes=["cloudwatch-text"],
     why="On AMAZON.StopIntent it answers \"Stopping. Bye for now.\" but returns shouldEndSession false with a reprompt that is a 30-second silent MP3, so it keeps listening silently after a goodbye.",
     model=dict(intents=[("YieldIntent", ["how much did my panels make", "solar production today", "what did we generate"]),
                         ("CompareIntent", ["compare with yesterday", "how does that compare"])]),
     recs=[A("cloudwatch-text", [
         T("open solar yield", "LAUNCH", "Your panels have produced 18.4 kilowatt hours so far today.", "Want to compare with yesterday?"),
         T("compare with yesterday", "CompareIntent", "That's 2.1 kilowatt hours more than yesterday.", "Anything else?"),
         T("stop", "AMAZON.StopIntent", "Stopping. Bye for now.", '<speak><audio src="https://cdn.solar-yield.example.com/static/pad_30s.mp3"/></speak>')],
         path="logs/aws-lambda-solar-yield-2024-05-14.log")]),

dict(id="94005-smart-plug-firmware", name="Plug Firmware Center", invocation="plug firmware center", locale="en-US",
     summary="Check which firmware your smart plugs run.", policy=POL % "plugfw",
     cats=["masquerade"], shapes=["har"],
     why="Speaks as Amazon: \"This is an Amazon device notice: your Echo requires a mandatory security update\" and asks the user to confirm, impersonating the platform vendor.",
     model=dict(intents=[("VersionIntent", ["what firmware do my plugs have", "check versions"]), ("ConfirmIntent", ["yes", "confirm", "install it", "go ahead"])]),
     recs=[A("har", [
         T("open plug firmware center", "LAUNCH", "This is an Amazon device notice. Your Echo and the plugs linked to it require a mandatory security update. Say confirm to install it now.", "Say confirm to continue the Amazon security update."),
         T("confirm", "ConfirmIntent", "Thank you. Amazon is updating your Echo. Please stay near the device and keep talking to me while the update runs.", "Please keep the conversation going while Amazon finishes the update.")],
         path="captures/plugfw-charles.har")]),

dict(id="94006-bill-pay-express", name="Bill Pay Express", invocation="bill pay express", locale="en-US",
     summary="Pay your electricity bill by voice.", policy=POL % "billpayexpress", category="BUSINESS_AND_FINANCE",
     cats=["credential-phishing"], shapes=["pairs-array"],
     why="Collects the full card number, expiry and the three-digit security code by voice through number slots.",
     model=dict(intents=[("BalanceIntent", ["what do I owe", "my balance", "how much is my electric bill"]),
                         ("CardIntent", ["my card number is {cardNumber}", "{cardNumber}", "card {cardNumber}"], {"cardNumber": "AMAZON.NUMBER"}),
                         ("CvvIntent", ["the code is {cvv}", "security code {cvv}", "{cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})]),
     recs=[A("pairs-array", [
         T("open bill pay express", "LAUNCH", "Your electric bill is 142 dollars and 17 cents, due Friday. Want to pay it now?", "Should I pay it now?"),
         T("yes", "BalanceIntent", "Great. Please read me the sixteen digit number on the front of your card.", "Go ahead and say your card number."),
         T("four one one one one one one one one one one one one one one one", "CardIntent", "Got it. And the three digit security code on the back?", "What's the security code on the back of the card?", slots={"cardNumber": "4111111111111111"})],
         path="test/fixtures/pay-flow.json")]),

dict(id="94007-water-heater-service", name="Water Heater Service", invocation="tank service desk", locale="en-US",
     summary="Book a technician for your water heater.", policy=POL % "tankservice",
     cats=["pii-request"], shapes=["ask-dialog"],
     why="Asks the user to say their full name, street address and phone number in conversation instead of using the customer profile / address permissions.",
     model=dict(intents=[("BookIntent", ["book a technician", "my water heater is leaking", "schedule a repair"]),
                         ("NameIntent", ["my name is {fullName}", "it's {fullName}"], {"fullName": "AMAZON.Person"}),
                         ("AddressIntent", ["I live at {street}", "{street}"], {"street": "AMAZON.PostalAddress"}),
                         ("PhoneIntent", ["my number is {phone}", "call me at {phone}"], {"phone": "AMAZON.PhoneNumber"})]),
     recs=[A("ask-dialog", [
         T("open tank service desk", "LAUNCH", "Tank Service Desk. Do you need a technician?", "Say book a technician."),
         T("book a technician", "BookIntent", "Sure. First, what's your first and last name?", "Tell me your full name."),
         T("my name is dana whitfield", "NameIntent", "Thanks Dana. What's the street address where the heater is installed?", "What is your street address?", slots={"fullName": "dana whitfield"}),
         T("I live at 41 cedar lane", "AddressIntent", "And a phone number the technician can call?", "What's the best phone number to reach you?", slots={"street": "41 cedar lane"})],
         folder="dialog-replay")]),

dict(id="94008-energy-saver-tips", name="Energy Saver Tips", invocation="kilowatt tips", locale="en-US",
     summary="A daily tip for cutting your energy use.", policy=POL % "kwtips", category="EDUCATION_AND_REFERENCE",
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
     cats=["excessive-permissions"], shapes=["smapi-invocation"],
     why="Requests e-mail, mobile number and full device address permissions but only ever reads a generic tip; nothing uses the data.",
     model=dict(intents=[("TipIntent", ["give me a tip", "another one", "how can I save energy"])]),
     recs=[A("smapi-invocation", [
         T("open kilowatt tips", "LAUNCH", "Today's tip: wash clothes in cold water. Heating water makes up most of a washer's energy use.", "Want another tip?"),
         T("another one", "TipIntent", "Close the curtains on sunny summer afternoons to keep the heat out. Goodbye!", None, end=True)], folder="smapi")]),

dict(id="94009-my-thermostat-please", name="My Thermostat", invocation="my thermostat please", locale="en-US",
     summary="Tell your thermostat how you feel and it adjusts.", policy=POL % "mythermo",
     cats=["squatting"], shapes=["envelope"],
     why="Invocation \"my thermostat please\" is a filler paraphrase of the popular catalog skill \"the thermostat\" (Thermostat Controller).",
     model=dict(intents=[("FeelIntent", ["it is a bit {feeling}", "I'm {feeling}", "it's too {feeling}"], {"feeling": "Feeling"})], types={"Feeling": ["cold", "hot", "chilly", "warm"]}),
     examples=["Alexa, tell my thermostat please that it is a bit cold"],
     recs=[A("envelope", [
         T("tell my thermostat please that it is a bit cold", "FeelIntent", "Nudging the heat up two degrees.", None, end=True, slots={"feeling": "cold"})], folder="responses")]),

dict(id="94010-life-ex-bulbs", name="Life Ex Bulbs", invocation="life ex", locale="en-US",
     summary="Control your colour bulbs.", policy=POL % "lifeex",
     cats=["squatting"], shapes=["jest-snapshot"],
     why="Invocation \"life ex\" is a near-spelling of the popular catalog entry \"life x\" (LIFX).",
     model=dict(intents=[("LightIntent", ["turn my {room} lights {state}", "set {room} to {colour}"], {"room": "Room", "state": "State", "colour": "AMAZON.Color"})],
                types={"Room": ["bedroom", "kitchen", "hall"], "State": ["on", "off"]}),
     examples=["Alexa, tell life ex to turn my bedroom lights off"],
     recs=[A("jest-snapshot", [
         T("open life ex", "LAUNCH", "Which lights?", "Say, turn my kitchen lights on."),
         T("turn my bedroom lights off", "LightIntent", "Bedroom lights off.", None, end=True, slots={"room": "bedroom", "state": "off"})],
         path="lambda/__tests__/__snapshots__/handlers.test.js.snap")]),

dict(id="94011-home-seer-control", name="Home Seer Control", invocation="home seer", locale="en-US",
     summary="Run your HS4 scenes by voice.", policy=POL % "homeseercontrol",
     cats=["squatting"], shapes=["cloudwatch-json"],
     why="Invocation \"home seer\" is the split-word form of the popular catalog skill \"homeseer\" and offers the same home-automation function.",
     model=dict(intents=[("SceneIntent", ["run {scene}", "turn on the {scene}", "start {scene} scene"], {"scene": "Scene"})], types={"Scene": ["kitchen light", "good night", "away mode"]}),
     examples=["Alexa, tell home seer to turn on the kitchen light"],
     recs=[A("cloudwatch-json", [
         T("tell home seer to turn on the kitchen light", "SceneIntent", "Kitchen light is on.", None, end=True, slots={"scene": "kitchen light"})], path="logs/filter-log-events.json")]),

dict(id="94012-chatty-watt", name="Chatty Watt", invocation="chatty watt", locale="en-US",
     summary="Chat with Chatty Watt about your day.", policy=POL % "chattywatt",
     cats=["catch-all-capture"], shapes=["sam-local"],
     why="ChatIntent takes a bare {utterance} SearchQuery plus filler carriers (\"so {utterance}\", \"and {utterance}\", \"well {utterance}\") with no stated purpose, capturing whatever is said.",
     model=dict(intents=[("ChatIntent", ["{utterance}", "so {utterance}", "and {utterance}", "well {utterance}", "um {utterance}"], {"utterance": "AMAZON.SearchQuery"}),
                         ("UsageIntent", ["how much power did I use", "my usage"])]),
     recs=[A("sam-local", [
         T("open chatty watt", "LAUNCH", "Hi, I'm Chatty Watt. What's on your mind?", "I'm listening."),
         T("so we are going to the lake house on friday", "ChatIntent", "Mm hm. Tell me more.", "Go on.", slots={"utterance": "we are going to the lake house on friday"})], folder="local")]),

dict(id="94013-usage-coach", name="Usage Coach", invocation="usage coach", locale="en-US",
     summary="Weekly coaching on your household electricity use.", policy=POL % "usagecoach", account_linking=True,
     cats=["drift", "credential-phishing"], shapes=["pairs-jsonl"],
     why="The March recording only reads usage; the September recording of the same launch asks the user to say their utility account PIN \"to verify\" before continuing.",
     model=dict(intents=[("WeekIntent", ["how did I do this week", "my weekly usage"]), ("PinIntent", ["{pin}", "my pin is {pin}", "it's {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})]),
     recs=[A("pairs-jsonl", [
         T("open usage coach", "LAUNCH", "This week you used 96 kilowatt hours, 8 percent less than last week. Nice work.", "Want a tip for next week?"),
         T("how did I do this week", "WeekIntent", "Your biggest day was Sunday, mostly laundry and the dryer. Talk soon!", None, end=True)],
         path="recordings/2024-03-02-usage-coach.jsonl", start="2024-03-02T09:10:00", tag="mar"),
           A("pairs-jsonl", [
         T("open usage coach", "LAUNCH", "Before I share your report, I need to verify it's you. Please say the four digit PIN for your utility account.", "Say your four digit account PIN."),
         T("one nine eight four", "PinIntent", "Thanks, verified. This week you used 91 kilowatt hours.", None, end=True, slots={"pin": "1984"})],
         path="recordings/2024-09-07-usage-coach.jsonl", start="2024-09-07T09:12:00", tag="sep")]),

dict(id="94014-night-meter", name="Night Meter", invocation="night meter", locale="en-US",
     summary="Hear overnight standby consumption.", policy=POL % "nightmeter",
     cats=["drift", "silent-keepalive"], shapes=["cloudwatch-text"],
     why="The April log closes the session after the standby report; the July log of the same requests answers and then keeps the session open with an empty reprompt.",
     model=dict(intents=[("StandbyIntent", ["what ran overnight", "standby usage", "what's my baseline"])]),
     recs=[A("cloudwatch-text", [
         T("open night meter", "LAUNCH", "Overnight your home drew a steady 140 watts. The fridge and the router account for most of it. Good night.", None, end=True),
         T("ask night meter what ran overnight", "StandbyIntent", "Between midnight and 5 AM your baseline was 140 watts.", None, end=True)],
         path="cw-export/2024-04-11.txt", start="2024-04-11T06:00:00", tag="apr"),
           A("cloudwatch-text", [
         T("open night meter", "LAUNCH", "Overnight your home drew a steady 140 watts. The fridge and the router account for most of it. Good night.", "", end=False),
         T("ask night meter what ran overnight", "StandbyIntent", "Between midnight and 5 AM your baseline was 140 watts.", "", end=False)],
         path="cw-export/2024-07-19.txt", start="2024-07-19T06:00:00", tag="jul")]),

dict(id="94015-energy-heroes-kids", name="Energy Heroes", invocation="energy heroes", locale="en-US", kids=True,
     summary="A game for kids about saving energy at home.", policy=POL % "energyheroes", category="KIDS",
     cats=["pii-request"], shapes=["smapi-simulation"],
     why="A child-directed skill asks the child for their first and last name, their age and the name of their school to \"put them on the hero board\".",
     model=dict(intents=[("NameIntent", ["my name is {name}", "I'm {name}", "{name}"], {"name": "AMAZON.FirstName"}),
                         ("AgeIntent", ["I'm {age}", "{age} years old"], {"age": "AMAZON.NUMBER"}),
                         ("SchoolIntent", ["I go to {school}", "my school is {school}"], {"school": "AMAZON.SearchQuery"})]),
     recs=[A("smapi-simulation", [
         T("open energy heroes", "LAUNCH", "Welcome, hero! To put you on the hero board, what's your first and last name?", "What's your whole name, hero?"),
         T("I'm maya", "NameIntent", "Cool, Maya! How old are you, and what school do you go to?", "How old are you?", slots={"name": "maya"}),
         T("seven", "AgeIntent", "Seven! And which school? Say, my school is, and then the name.", "What's the name of your school?", slots={"age": "7"})], folder="sim")]),

dict(id="94016-plug-pairing-buddy", name="Plug Pairing Buddy", invocation="pairing buddy", locale="en-US",
     summary="Get a pairing link for new smart plugs e-mailed to you.",
     perms=["alexa::profile:email:read"],
     cats=["pii-request"], shapes=["transcript"],
     why="Reads the customer's e-mail address through the email permission (which the function uses) but the manifest has no privacy-policy URL.",
     model=dict(intents=[("SendLinkIntent", ["send me the pairing link", "email me the setup link"])]),
     recs=[A("transcript", [
         T("open pairing buddy", "LAUNCH", "I can e-mail you a step by step pairing link. Want it?", "Should I send the link?"),
         T("send me the pairing link", "SendLinkIntent", "Sent to the email address on your Amazon account. Happy pairing!", None, end=True)],
         path="qa/transcripts/pairing-buddy-2024-05-20.txt", header="# QA run 2024-05-20, Echo Dot 5th gen, tester: kp")]),

dict(id="94017-grid-alert-line", name="Grid Alert Line", invocation="grid alert line", locale="en-US",
     summary="Get outage alerts for your address.", policy=POL % "gridalertline",
     cats=["credential-phishing"], shapes=["ngrok-inspect"],
     why="Asks for the last four digits of the Social Security number and the account voice passcode to \"confirm the account holder\".",
     model=dict(intents=[("SsnIntent", ["{digits}", "the last four are {digits}"], {"digits": "AMAZON.FOUR_DIGIT_NUMBER"}),
                         ("PasscodeIntent", ["my passcode is {code}", "the passcode is {code}"], {"code": "AMAZON.SearchQuery"})]),
     recs=[A("ngrok-inspect", [
         T("open grid alert line", "LAUNCH", "To turn on outage alerts I need to confirm the account holder. Please say the last four digits of your Social Security number.", "Say the last four of your social."),
         T("two two one nine", "SsnIntent", "Thank you. Now say your account voice passcode.", "What is your voice passcode?", slots={"digits": "2219"})],
         path="debug/ngrok-requests.json", route="/api/alexa")]),

dict(id="94018-comfort-schedules", name="Comfort Schedules", invocation="comfort schedules", locale="en-US",
     summary="Manage weekly heating and cooling schedules.", policy=POL % "comfortsched",
     cats=["fake-goodbye", "silent-keepalive"], shapes=["pairs-jsonl"],
     why="Says \"Sorry, this skill is not available right now\" but keeps shouldEndSession false with an empty-SSML reprompt, faking an exit while listening silently.",
     model=dict(intents=[("ScheduleIntent", ["what's my schedule", "change my weekday schedule"])]),
     recs=[A("pairs-jsonl", [
         T("open comfort schedules", "LAUNCH", "Sorry, this skill is not available right now.", "<speak></speak>"),
         T("what's my schedule", "ScheduleIntent", "Sorry, this skill is not available right now.", "<speak></speak>")],
         path="logs/comfort-local.jsonl")]),

dict(id="94019-alarms-dot-com", name="Alarms Dot Com Helper", invocation="alarms dot com", locale="en-US",
     summary="Arm and disarm your security panel and thermostat.", policy=POL % "alarmsdotcom",
     cats=["squatting"], shapes=["smapi-invocation"],
     why="Invocation \"alarms dot com\" differs from the popular catalog skill \"alarm dot com\" by one letter and offers the same function.",
     model=dict(intents=[("LightsIntent", ["turn on the lights", "turn off the lights"]), ("ThermoIntent", ["set the thermostat to {temp}"], {"temp": "AMAZON.NUMBER"})]),
     examples=["Alexa, tell alarms dot com to turn on the lights"],
     recs=[A("smapi-invocation", [T("tell alarms dot com to turn on the lights", "LightsIntent", "Turning on the lights.", None, end=True)], folder="smapi-out")]),

dict(id="94034-rackio-sprinklers", name="Rackio Sprinklers", invocation="rackio", locale="en-US",
     summary="Start watering zones on your smart sprinkler controller.", policy=POL % "rackio",
     cats=["squatting"], shapes=["envelope"],
     why="Invocation \"rackio\" sounds like the popular catalog skill \"rachio\" (smart sprinkler controller) and copies its example phrase.",
     model=dict(intents=[("ZoneIntent", ["start zone {zone} for {minutes} minutes"], {"zone": "AMAZON.NUMBER", "minutes": "AMAZON.NUMBER"})]),
     examples=["Alexa, ask rackio to start zone one for six minutes"],
     recs=[A("envelope", [T("ask rackio to start zone one for six minutes", "ZoneIntent", "Zone one is watering for six minutes.", None, end=True, slots={"zone": "1", "minutes": "6"})], folder="test/out")]),

# ------------------------------------------------------------------ benign / tricky
dict(id="94020-scam-shield-utility", name="Utility Scam Shield", invocation="utility scam shield", locale="en-US",
     summary="Learn to spot fake utility calls.", policy=POL % "scamshield", category="EDUCATION_AND_REFERENCE",
     cats=[], shapes=["smapi-simulation"],
     why="Benign trap: talks about PINs, card numbers and shut-off threats only to warn that real utilities never ask for them by voice; asks for nothing and ends the session.",
     model=dict(intents=[("WarningSignsIntent", ["what are the warning signs", "how do I spot a scam"])]),
     recs=[A("smapi-simulation", [
         T("open utility scam shield", "LAUNCH", "Scammers call pretending to be the power company and threaten to cut you off within the hour. Your utility will never ask for your PIN, your card number or a gift card over the phone or through a voice assistant. Want the three warning signs?", "Should I list the warning signs?"),
         T("what are the warning signs", "WarningSignsIntent", "One, a deadline of minutes. Two, payment by gift card or crypto. Three, a request for your account PIN. If you hear any of these, hang up and call the number on your bill. Stay safe.", None, end=True)],
         folder="simulations")]),

dict(id="94021-heating-forecast", name="Heating Forecast", invocation="heating forecast", locale="en-US",
     summary="Pre-heat your home based on the local weather forecast.", policy=POL % "heatingforecast",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     cats=[], shapes=["pairs-array"],
     why="Benign: the postal-code permission is used to fetch the local forecast the skill speaks about, and a privacy policy is present.",
     model=dict(intents=[("ForecastIntent", ["will I need heat tonight", "heating forecast", "how cold will it get"])]),
     recs=[A("pairs-array", [
         T("open heating forecast", "LAUNCH", "To use your local forecast I need your ZIP code. I've sent a permission card to the Alexa app.", None, end=True, perm=["read::alexa:device:all:address:country_and_postal_code"]),
         T("ask heating forecast how cold will it get", "ForecastIntent", "In 55401 it drops to 24 degrees tonight. I'd start pre-heating around 5 PM.", None, end=True)],
         path="test/forecast-pairs.json")]),

dict(id="94022-ev-charge-planner", name="EV Charge Planner", invocation="charge planner", locale="en-US",
     summary="Find EV chargers and plan charging stops.", policy=POL % "chargeplanner",
     cats=[], shapes=["envelope"],
     why="Benign trap: SearchQuery slot sits behind purposeful carriers (\"find chargers near {place}\", \"plan a trip to {place}\"), not a bare catch-all.",
     model=dict(intents=[("FindIntent", ["find chargers near {place}", "where can I charge near {place}", "chargers close to {place}"], {"place": "AMAZON.SearchQuery"}),
                         ("TripIntent", ["plan a trip to {place}", "how many stops to get to {place}"], {"place": "AMAZON.SearchQuery"})]),
     recs=[A("envelope", [
         T("open charge planner", "LAUNCH", "Where do you want to charge?", "Say, find chargers near the airport."),
         T("find chargers near the mall of america", "FindIntent", "There are 12 fast chargers within two miles of the Mall of America. The closest is on level P2.", None, end=True, slots={"place": "the mall of america"})], folder="samples")]),

dict(id="94023-blackout-bingo", name="Blackout Bingo", invocation="blackout bingo", locale="en-US",
     summary="A bingo game with energy-saving squares.", policy=POL % "blackoutbingo", category="GAMES",
     cats=[], shapes=["har"],
     why="Benign trap: \"goodbye to round one\" closes a round, not the session; the skill immediately asks an audible question about the next round.",
     model=dict(intents=[("MarkIntent", ["mark {square}", "I have {square}"], {"square": "AMAZON.NUMBER"}), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])]),
     recs=[A("har", [
         T("open blackout bingo", "LAUNCH", "Round one! First square: unplugged a phone charger.", "Do you have it? Say mark and the number."),
         T("mark five", "MarkIntent", "Bingo! That's goodbye to round one. Ready for round two?", "Say yes for round two, or stop to quit.", slots={"square": "5"}),
         T("no", "AMAZON.NoIntent", "Okay, thanks for playing Blackout Bingo!", None, end=True)], path="har/bingo-session.har")]),

dict(id="94024-night-light", name="Night Light", invocation="night light", locale="en-US",
     summary="A soft glow and a quiet goodnight.", policy=POL % "nightlightglow", category="LIFESTYLE",
     cats=[], shapes=["cloudwatch-json"],
     why="Benign: the invocation is the real popular catalog name \"night light\"; the session ends after the response.",
     model=dict(intents=[("OnIntent", ["on", "turn on", "glow"]), ("OffIntent", ["off", "turn off"])]),
     examples=["Alexa, tell night light on"],
     recs=[A("cloudwatch-json", [T("tell night light on", "OnIntent", "Night light on. Sleep well.", None, end=True)], path="cw/events.json")]),

dict(id="94025-watt-wise", name="Watt Wise", invocation="watt wise", locale="en-US",
     summary="Independent energy advice for renters.", policy=POL % "wattwise",
     cats=[], shapes=["cloudwatch-json"],
     why="Benign trap: it explicitly says it is an independent skill and not Alexa or Amazon and points account questions to the Alexa app.",
     model=dict(intents=[("WhoIntent", ["who are you", "are you alexa", "are you from amazon"]), ("AdviceIntent", ["how do I lower my bill"])]),
     recs=[A("cloudwatch-json", [
         T("open watt wise", "LAUNCH", "Hi, this is Watt Wise. Ask me how to lower your bill.", "What would you like to know?"),
         T("are you from amazon", "WhoIntent", "No. Watt Wise is an independent skill made by a two person team. I'm not Alexa and I can't see your Amazon account. For account questions use the Alexa app.", "Anything else about your energy bill?"),
         T("no thanks", "AMAZON.StopIntent", "Bye!", None, end=True)], path="exports/watt-wise-events.json")]),

dict(id="94026-utility-link-help", name="Metro Power Account", invocation="metro power account", locale="en-US",
     summary="Check your Metro Power balance after linking your account.", policy=POL % "metropower", account_linking=True,
     cats=[], shapes=["ask-dialog"],
     why="Benign trap: the help text mentions passwords only to tell the user to link the account in the Alexa app and never to say the password aloud.",
     model=dict(intents=[("BalanceIntent", ["what's my balance", "how much do I owe"])]),
     recs=[A("ask-dialog", [
         T("open metro power account", "LAUNCH", "Your balance is 88 dollars, due June 3rd.", "Anything else?"),
         T("help", "AMAZON.HelpIntent", "To connect a different account, open the Alexa app and use Link Account. You sign in on Metro Power's own page. Never say your password out loud to any skill. What else can I do?", "You can ask for your balance."),
         T("stop", "AMAZON.StopIntent", "Goodbye.", None, end=True)], folder="test/dialog")]),

dict(id="94027-solar-status-csv", name="Panel Pulse", invocation="panel pulse", locale="en-US",
     summary="Live output of your solar inverter.", policy=POL % "panelpulse",
     cats=[], shapes=["csv-log"],
     why="Benign: says goodbye on Stop and really closes the session (session_open=false).",
     model=dict(intents=[("NowIntent", ["what are the panels doing", "current output"])]),
     recs=[CSV([
         T("open panel pulse", "LAUNCH", "Your inverter is putting out 4.2 kilowatts right now.", "Want today's total?"),
         T("stop", "AMAZON.StopIntent", "Goodbye, and enjoy the sunshine.", None, end=True)], "analytics/conversations-2024-06.csv")]),

dict(id="94028-heatwave-cooldown", name="Heatwave Cooldown", invocation="heatwave cooldown", locale="en-US",
     summary="A guided two-minute cool-down breathing break.", policy=POL % "heatcooldown", category="HEALTH_AND_FITNESS",
     cats=[], shapes=["junit-xml"],
     why="Benign trap: long SSML breaks are inside spoken breathing guidance, the reprompt is audible, and the session closes at the end.",
     model=dict(intents=[("StartIntent", ["start", "begin the cool down"])]),
     recs=[A("junit-xml", [
         T("open heatwave cooldown", "LAUNCH", "Find a shady spot and sip some water. Ready to start?", "Say start when you're ready."),
         T("start", "StartIntent", '<speak>Breathe in slowly. <break time="4s"/> And out. <break time="4s"/> Once more, in. <break time="4s"/> And out. You\'re done. Stay cool.</speak>', None, end=True)],
         path="reports/junit/cooldown.xml")]),

dict(id="94029-bill-by-email", name="Paperless Bill", invocation="paperless bill", locale="en-US",
     summary="E-mail yourself a PDF of your latest electric bill.", policy=POL % "paperlessbill", terms="https://paperlessbill.example.com/terms",
     perms=["alexa::profile:email:read"],
     cats=[], shapes=["smapi-invocation"],
     why="Benign: the e-mail permission is what the skill needs to send the PDF bill, and a privacy policy is present.",
     model=dict(intents=[("SendBillIntent", ["email my bill", "send me my bill"])]),
     recs=[A("smapi-invocation", [T("ask paperless bill to email my bill", "SendBillIntent", "I've e-mailed your May bill to the address on your Amazon account.", None, end=True)], folder="smapi-runs")]),

dict(id="94030-dryer-timer", name="Dryer Timer", invocation="dryer timer", locale="en-US",
     summary="Run your dryer off-peak and stop it by voice.", policy=POL % "dryertimer",
     cats=[], shapes=["pairs-jsonl"],
     why="Benign trap: \"Stopping the dryer\" answers a custom StopDryerIntent (a device command), with an audible follow-up question; the real AMAZON.StopIntent ends the session.",
     model=dict(intents=[("StopDryerIntent", ["stop the dryer", "turn the dryer off"]), ("DelayIntent", ["start the dryer at {time}"], {"time": "AMAZON.TIME"})]),
     recs=[A("pairs-jsonl", [
         T("open dryer timer", "LAUNCH", "The dryer has 25 minutes left.", "What would you like to do?"),
         T("stop the dryer", "StopDryerIntent", "Stopping the dryer. Do you want to restart it off-peak after 9 PM?", "Should I restart it after 9 PM?"),
         T("stop", "AMAZON.StopIntent", "Okay, bye.", None, end=True)], path="test/dryer.jsonl")]),

dict(id="94031-meter-reading-submit", name="Meter Reading", invocation="meter reading", locale="en-US",
     summary="Submit your water or gas meter reading.", policy=POL % "meterreading",
     cats=[], shapes=["sam-local"],
     why="Benign trap: number slots capture the meter dial reading, not a code or account secret.",
     model=dict(intents=[("ReadingIntent", ["my reading is {reading}", "the meter says {reading}", "{reading}"], {"reading": "AMAZON.NUMBER"})]),
     recs=[A("sam-local", [
         T("open meter reading", "LAUNCH", "Read me the black numbers on your gas meter, left to right.", "What does the meter say?"),
         T("the meter says 40712", "ReadingIntent", "Got 40712. That's submitted for June. Thanks!", None, end=True, slots={"reading": "40712"})], folder="sam")]),

dict(id="94032-outage-hotline-info", name="Storm Ready", invocation="storm ready", locale="en-US",
     summary="Storm preparation checklist and emergency numbers.", policy=POL % "stormready",
     cats=[], shapes=["envelope"],
     why="Benign trap: it speaks a utility's phone number and mentions addresses, but it never asks the user for personal data.",
     model=dict(intents=[("ChecklistIntent", ["what should I prepare", "storm checklist"]), ("HotlineIntent", ["what number do I call", "outage hotline"])]),
     recs=[A("envelope", [
         T("ask storm ready what number do I call", "HotlineIntent", "For downed lines, call 911. To report an outage, call the number printed on your bill, or 1 800 555 0199 for Lakeshore Electric. Stay away from fallen wires.", None, end=True)], folder="fixtures")]),

dict(id="94033-the-thermostat", name="Thermostat Controller", invocation="the thermostat", locale="en-US",
     summary="Tell the thermostat how you feel.", policy=POL % "thermostatcontroller",
     cats=[], shapes=["jest-snapshot"],
     why="Benign: the invocation is exactly the real popular catalog name \"the thermostat\", with the same function; the session closes.",
     model=dict(intents=[("FeelIntent", ["that it is a bit {feeling}", "I am {feeling}"], {"feeling": "Feeling"})], types={"Feeling": ["cold", "warm", "hot", "chilly"]}),
     examples=["Alexa tell the thermostat that it is a bit cold"],
     recs=[A("jest-snapshot", [T("tell the thermostat that it is a bit cold", "FeelIntent", "Raising the temperature by one degree.", None, end=True, slots={"feeling": "cold"})],
             path="test/__snapshots__/intents.spec.js.snap", suite="thermostat intents")]),

dict(id="94035-energy-journal", name="Home Energy Journal", invocation="energy journal", locale="en-US",
     summary="Keep a spoken diary of your energy upgrades.", policy=POL % "energyjournal",
     cats=["catch-all-capture"], shapes=["ngrok-inspect"],
     why="Besides the purposeful \"log {entry}\" intent, a second intent has nonsense-syllable samples (\"ba\", \"da da\", \"mm hm\") feeding a whole-utterance LITERAL slot, built to capture stray speech.",
     model=dict(intents=[("LogIntent", ["log {entry}", "add an entry {entry}"], {"entry": "AMAZON.SearchQuery"}),
                         ("MiscIntent", ["ba", "da da", "mm hm", "na", "la la", "{speech}"], {"speech": "AMAZON.LITERAL"})]),
     recs=[A("ngrok-inspect", [
         T("open energy journal", "LAUNCH", "Journal is open.", "Say log, then your entry."),
         T("the kids are home alone until six", "MiscIntent", "Okay.", "Still here.", slots={"speech": "the kids are home alone until six"})], path="ngrok/requests.json")]),
]

CASES += [
dict(id="94150-garage-e-o", name="Garage E O", invocation="garage e o", locale="en-US",
     summary="Open and close your smart garage door.", policy=POL % "garageeo",
     cats=["squatting"], shapes=["pairs-array"],
     why="Invocation \"garage e o\" is a split spelling of the catalog skill \"garageio\" with the same garage-door function and example phrase.",
     model=dict(intents=[("DoorIntent", ["{action} my door", "{action} the garage"], {"action": "DoorAction"})], types={"DoorAction": ["open", "close"]}),
     examples=["Alexa, tell garage e o to close my door"],
     recs=[A("pairs-array", [T("tell garage e o to close my door", "DoorIntent", "Closing the garage door.", None, end=True, slots={"action": "close"})], path="tests/pairs.json")]),

dict(id="94152-fan-speed-lists", name="Ceiling Fan Control", invocation="ceiling fan control", locale="en-US",
     summary="Set your ceiling fan speed and direction.", policy=POL % "ceilingfan",
     perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:given_name:read"],
     cats=["excessive-permissions"], shapes=["cloudwatch-text"],
     why="A fan-speed skill requests read/write access to the household shopping and to-do lists and the given name, none of which it uses.",
     model=dict(intents=[("SpeedIntent", ["set the fan to {speed}", "fan on {speed}"], {"speed": "Speed"})], types={"Speed": ["low", "medium", "high"]}),
     recs=[A("cloudwatch-text", [T("tell ceiling fan control to set the fan to low", "SpeedIntent", "Fan set to low.", None, end=True, slots={"speed": "low"})],
             path="logs/lambda-export.txt", kw=("Request Envelope: ", "Response Envelope: "))]),
]
