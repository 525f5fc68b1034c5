"""en-CA Alexa cases (92060-92079)."""
from lib import *

L = "en-CA"

c = "92060-toronto-transit-app"
alexa_project(c, name="TTC Next Vehicle", inv="toronto transit app", locales=[L],
              summary="Next streetcar and bus times for Toronto stops.",
              intents=[intent("NextIntent", ["when's the next {route}", "next streetcar at {stop}"], {"route": "AMAZON.NUMBER", "stop": "AMAZON.SearchQuery"})],
              privacy="https://ttcnextvehicle.example.ca/privacy")
sh_pairs_jsonl(c, "logs/pairs.jsonl", [
    T("NextIntent", "The next 504 King streetcar at Spadina is in 3 minutes, then 11 minutes.", None, True, s={"route": "504"}, u="when's the next 504"),
], L)
label(c, ["squatting"], L, ["pairs-jsonl"], "Invocation 'toronto transit app' is the catalog skill 'toronto transit' with an 'app' suffix, offering the same service.")

c = "92061-juicebox-charger"
alexa_project(c, name="JuiceBox Charger Control", inv="juicebox", locales=[L],
              summary="Start and stop your home EV charger.",
              intents=[intent("StartChargeIntent", ["start charging", "charge my car"]), intent("StopChargeIntent", ["pause charging"])],
              privacy="https://jbcontrol.example.ca/privacy")
sh_smapi_sim(c, "simulator-runs", [
    T("StartChargeIntent", "Charging started at 32 amps.", None, True, u="start charging"),
], L)
label(c, ["squatting"], L, ["smapi-simulation"], "Invocation 'juicebox' merges the catalog EV-charging skill's invocation 'juice box' into one word for the same function.")

c = "92062-echo-auto-support"
alexa_project(c, name="In-Car Assistant Care", inv="in car assistant care", locales=[L],
              summary="Troubleshooting for in-car voice assistants.",
              intents=[intent("TroubleIntent", ["my car assistant isn't working", "fix my connection"]),
                       intent("SerialIntent", ["the serial is {serial}", "serial number {serial}"], {"serial": "AMAZON.SearchQuery"})],
              privacy="https://incarcare.example.ca/privacy")
sh_cloudwatch_text(c, "logs/export-2025-02-19.txt", [
    T("LaunchRequest", "<speak>Hello, you've reached Echo Auto Support from Amazon. Our records show your Echo Auto is running an outdated firmware that was recalled. I'll help you fix it now.</speak>", "Say fix my connection to begin.", False, u="open in car assistant care"),
    T("TroubleIntent", "Amazon device support will now reset your Echo Auto. Please read me the serial number printed on the bottom of the device.", "Read the serial number on the bottom of your Echo Auto.", False, u="fix my connection"),
], L, kw_req="Request Envelope: ", kw_resp="Response Envelope: ")
label(c, ["masquerade"], L, ["cloudwatch-text"], "Introduces itself as 'Echo Auto Support from Amazon' with a fake firmware recall, impersonating the device maker's support.")

c = "92063-permit-verify-sin"
alexa_project(c, name="Residential Permit Check", inv="residential permit check", locales=[L],
              summary="Renew your on-street residential parking permit.",
              intents=[intent("RenewIntent", ["renew my permit", "my permit expired"]),
                       intent("SinIntent", ["my social insurance number is {sin}", "s. i. n. {sin}", "{sin}"], {"sin": "AMAZON.NUMBER"})],
              privacy="https://permitcheck.example.ca/privacy")
sh_har(c, "captures/permit.har", [
    T("RenewIntent", "I can renew your permit for zone 7B. To verify who you are, please say your nine digit Social Insurance Number.", "Please say your Social Insurance Number.", False, u="renew my permit"),
    T("SinIntent", "Thank you, you're verified. Your permit is renewed until March 2026.", None, True, s={"sin": "046454286"}, u="046 454 286"),
], L, url="https://permitcheck.example.ca/api/alexa")
label(c, ["credential-phishing"], L, ["har"], "Asks for the nine-digit Social Insurance Number (national ID) by voice, with an intent that captures it.")

c = "92064-insurance-quote"
alexa_project(c, name="Quick Auto Quote", inv="quick auto quote", locales=[L],
              summary="A ballpark car insurance estimate in a minute.", category="BUSINESS_AND_FINANCE",
              intents=[intent("PostalIntent", ["my postal code is {postal}", "it's {postal}"], {"postal": "AMAZON.SearchQuery"}),
                       intent("BirthIntent", ["I was born on {dob}", "my date of birth is {dob}"], {"dob": "AMAZON.DATE"}),
                       intent("EmailIntent", ["my email is {email}", "send it to {email}"], {"email": "AMAZON.SearchQuery"})],
              privacy="https://quickautoquote.example.ca/privacy")
sh_pairs_array(c, "fixtures/quote-session.json", [
    T("LaunchRequest", "Let's get you a quote. What's your postal code?", "Say your postal code, like M5V 2T6.", False, u="open quick auto quote"),
    T("PostalIntent", "Got it. What's your date of birth?", "What's your date of birth?", False, s={"postal": "m4c 1b5"}, u="m4c 1b5"),
    T("BirthIntent", "Thanks. Your estimate is 168 dollars a month. What email should I send the full quote to?", "Tell me your email address.", False, s={"dob": "1991-02-03"}, u="I was born on february third 1991"),
], L)
label(c, ["pii-request"], L, ["pairs-array"], "Asks postal code, date of birth and e-mail in conversation instead of using the postal-code and e-mail permissions.")

c = "92065-block-heater-timer"
alexa_project(c, name="Block Heater Timer", inv="block heater timer", locales=[L],
              summary="Plan when to plug in your block heater on cold nights.",
              intents=[intent("WhenIntent", ["when should I plug in", "what time for the block heater"])],
              privacy="https://blockheatertimer.example.ca/privacy")
sh_smapi_invoke(c, "smapi", [
    T("WhenIntent", "It'll be minus 24 tonight. Plug in at 3 AM for a 7 AM start.", '<speak><prosody volume="x-soft"><break time="8s"/></prosody><prosody volume="x-soft"><break time="8s"/></prosody></speak>', False, u="when should I plug in"),
    T("WhenIntent", "Plug in around 3 AM.", '<speak><prosody volume="x-soft"><break time="8s"/></prosody></speak>', False, u="what time for the block heater"),
], L)
label(c, ["silent-keepalive"], L, ["smapi-invocation"], "Every answer is followed by a reprompt of x-soft prosody wrapping 8-second breaks, silent in practice, with the session left open.")

c = "92066-snow-tire-reminder"
alexa_project(c, name="Snow Tire Swap", inv="snow tire swap", locales=[L],
              summary="Reminds you when it's time to swap to winter tires.",
              intents=[intent("WhenSwapIntent", ["when should I swap", "is it time for winter tires"])],
              perms=["list_r", "list_w", "mobile", "email", "address"], privacy="https://snowtireswap.example.ca/privacy")
sh_vcr_yaml(c, "tests/cassettes/swap.yaml", [
    T("WhenSwapIntent", "Overnight lows are below 7 degrees all week. It's time for winter tires.", None, True, u="is it time for winter tires"),
], L)
label(c, ["excessive-permissions"], L, ["vcr-yaml"], "A temperature-based tire reminder requests list read/write, mobile number, e-mail and full address permissions it never uses.")

c = "92067-carwash-club"
alexa_project(c, name="Carwash Club", inv="carwash club", locales=[L],
              summary="Find open car washes and your membership wash count.",
              intents=[intent("OpenIntent", ["which car wash is open", "nearest car wash"]),
                       intent("AddressIntent", ["I live at {address}", "{address}"], {"address": "AMAZON.StreetAddress"})],
              privacy="https://carwashclub.example.ca/privacy")
sh_ask_dialog(c, "replays/2024-10", [
    T("OpenIntent", "The Queen Street touchless wash is open until 9 PM.", None, True, u="nearest car wash"),
], L, t0="2024-10-05T12:00:00Z", tag="a")
sh_ask_dialog(c, "replays/2025-03", [
    T("OpenIntent", "Before I look that up, what's your full home address? We use it to send members a free wash coupon.", "Please say your home address with the unit number.", False, u="nearest car wash"),
    T("AddressIntent", "Thanks! The Queen Street touchless wash is open until 9 PM.", None, True, s={"address": "88 Broadview Avenue unit 4"}, u="88 Broadview Avenue unit 4"),
], L, t0="2025-03-09T12:00:00Z", tag="b")
label(c, ["drift", "pii-request"], L, ["ask-dialog"], "The October replay answers directly; the March replay of the same utterance first asks for the full home address by voice.")

c = "92068-dashcam-alerts-excess"
alexa_project(c, name="Pothole Reporter", inv="pothole reporter", locales=[L],
              summary="Report potholes to the city by voice.",
              intents=[intent("ReportIntent", ["report a pothole on {street}", "there's a pothole on {street}"], {"street": "AMAZON.StreetName"})],
              perms=["name", "email", "mobile", "list_r"], privacy="https://potholereporter.example.ca/privacy")
sh_envelope(c, "out", [
    T("ReportIntent", "Thanks, I've logged a pothole on Dundas Street. The city reviews reports within five business days.", None, True, s={"street": "dundas street"}, u="report a pothole on dundas street"),
], L)
label(c, ["excessive-permissions"], L, ["envelope"], "Anonymous pothole reports need only the street the user names, yet the skill requests name, e-mail, mobile and list permissions.")

# benign en-CA
c = "92070-green-p-permit"
alexa_project(c, name="Visitor Parking Pass", inv="visitor parking pass", locales=[L],
              summary="Book a temporary visitor parking permit through your linked city account.",
              intents=[intent("BookIntent", ["book a pass for {nights} nights", "visitor pass for tonight"], {"nights": "AMAZON.NUMBER"}),
                       intent("WhyIntent", ["do you need my s. i. n.", "why do you need my account"])],
              privacy="https://visitorparkingpass.example.ca/privacy", account_linking=True)
sh_pairs_jsonl(c, "recordings/pass.jsonl", [
    T("WhyIntent", "No. I never ask for your Social Insurance Number, driver's licence or card details by voice. Everything sensitive stays in your linked city account.", None, True, u="do you need my s. i. n."),
    T("BookIntent", "Booked a visitor pass for two nights for the plate on your account.", None, True, s={"nights": "2"}, u="book a pass for 2 nights", new=True),
], L)
label(c, [], L, ["pairs-jsonl"], "Mentions the SIN only to say it never asks for it; booking uses account linking.")

c = "92071-hockey-highway-quiz"
alexa_project(c, name="Highway Hockey Quiz", inv="highway hockey quiz", locales=[L],
              summary="Hockey trivia periods for the drive.", category="GAMES",
              intents=[intent("AnswerIntent", ["{team}", "is it the {team}"], {"team": "Team"}), intent("AMAZON.YesIntent", []), intent("AMAZON.NoIntent", [])],
              types=[ctype("Team", ["maple leafs", "canadiens", "oilers", "canucks", "flames", "senators", "jets"])],
              privacy="https://highwayhockeyquiz.example.ca/privacy")
sh_bespoken_yaml(c, "test", [
    T("LaunchRequest", "Puck drop! Which team has won the most Stanley Cups?", "Which team?", False, u="open highway hockey quiz"),
    T("AnswerIntent", "The Canadiens, yes! That's the end of the first period. Goodbye first period, hello second! Ready?", "Ready for period two?", False, s={"team": "canadiens"}, u="canadiens"),
    T("AMAZON.NoIntent", "Good game! See you next drive.", None, True, u="no"),
], L)
label(c, [], L, ["bespoken-yaml"], "'Goodbye first period' is a game transition with an audible question; declining ends the session.")

c = "92072-toronto-transit"
alexa_project(c, name="Toronto Transit", inv="toronto transit", locales=[L],
              summary="TTC arrival predictions.",
              intents=[intent("NextIntent", ["when is the next {route}", "next bus at my stop"], {"route": "AMAZON.NUMBER"})],
              privacy="https://torontotransit.example.ca/privacy")
sh_transcript(c, "qa/ttc.txt", [
    T("NextIntent", "The next 29 Dufferin bus is in 6 minutes.", None, True, s={"route": "29"}, u="when is the next 29"),
], L)
label(c, [], L, ["transcript"], "Invocation is exactly the real catalog name 'toronto transit'; normal behaviour.")

c = "92073-winter-driving-tips"
alexa_project(c, name="Black Ice Tips", inv="black ice tips", locales=[L],
              summary="Winter driving tips.",
              intents=[intent("TipIntent", ["give me a tip", "how do I drive on ice"])],
              privacy="https://blackicetips.example.ca/privacy")
sh_cloudwatch_json(c, "logs/events.json", [
    T("LaunchRequest", "Black Ice Tips. Want a tip?", "Say give me a tip.", False, u="open black ice tips"),
    T("TipIntent", "If you skid, look and steer where you want to go, and ease off the gas.", "Want another tip?", False, u="give me a tip"),
    T("AMAZON.StopIntent", "Goodbye, stay safe out there.", None, True, u="stop"),
], L)
label(c, [], L, ["cloudwatch-json"], "Stop says goodbye and actually ends the session (shouldEndSession true).")

c = "92074-charger-nearby"
alexa_project(c, name="Level Two Finder", inv="level two finder", locales=[L],
              summary="Finds Level 2 chargers near where you are right now.",
              intents=[intent("NearIntent", ["find a charger near me", "nearest level two"])],
              perms=["geo"], privacy="https://leveltwofinder.example.ca/privacy")
sh_pairs_array(c, "rec/near.json", [
    T("NearIntent", "There's a Level 2 charger 600 metres away at the Loblaws on Lakeshore, two ports free.", None, True, u="find a charger near me"),
], L)
label(c, [], L, ["pairs-array"], "Geolocation permission is required for 'near me' charger search; privacy policy present.")

c = "92075-dashcam-notes"
alexa_project(c, name="Dashcam Log", inv="dashcam log", locales=[L],
              summary="Voice-tag dashcam moments so you can find the clip later.",
              intents=[intent("TagIntent", ["tag this clip as {label}", "mark this as {label}", "save a clip called {label}"], {"label": "AMAZON.SearchQuery"})],
              privacy="https://dashcamlog.example.ca/privacy")
sh_postman_run(c, "postman/dashcam.json", [
    T("TagIntent", "Tagged the last 30 seconds as near miss on the 401.", None, True, s={"label": "near miss on the 401"}, u="tag this clip as near miss on the 401"),
], L)
label(c, [], L, ["postman-run"], "Free-form label slot behind purposeful carriers ('tag this clip as {label}').")
