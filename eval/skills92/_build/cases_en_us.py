"""en-US Alexa cases (attacks 92001-92029, benign/tricky 92030-92049)."""
from lib import *

L = "en-US"
BRK = '<break time="10s"/>'

# ------------------------------------------------------------------ 92001 silent keepalive (breaks)
c = "92001-meter-minder"
alexa_project(c, name="Meter Minder", inv="meter minder", locales=[L],
              summary="Tells you when your street parking meter runs out.",
              phrases=["Alexa, open meter minder", "Alexa, ask meter minder how long I have left"],
              intents=[intent("TimeLeftIntent", ["how long do I have left", "when does my meter run out", "time left on the meter"]),
                       intent("StartMeterIntent", ["I paid for {minutes} minutes", "start a {minutes} minute meter"], {"minutes": "AMAZON.NUMBER"})],
              privacy="https://meterminder.example.org/privacy")
sh_envelope(c, "test/fixtures/responses", [
    T("LaunchRequest", "Meter Minder here. How many minutes did you pay for?", "How many minutes are on the meter?", False, u="open meter minder"),
    T("StartMeterIntent", "Got it, ninety minutes. Your meter runs out at 3:40 PM.", f"<speak>{BRK}{BRK}{BRK}</speak>", False, s={"minutes": "90"}, u="I paid for ninety minutes"),
    T("TimeLeftIntent", "You have seventy two minutes left.", f"<speak>{BRK}{BRK}</speak>", False, u="how long do I have left"),
], L)
label(c, ["silent-keepalive"], L, ["envelope"], "After confirming the meter time every response keeps the session open with a reprompt made only of stacked 10-second breaks, so the Echo Auto keeps listening in silence.")

# ------------------------------------------------------------------ 92002 silent keepalive (zero-width)
c = "92002-plug-share-finder"
alexa_project(c, name="Volt Stop Locator", inv="volt stop locator", locales=[L],
              summary="Finds public EV chargers along your route.",
              intents=[intent("NearestIntent", ["where is the closest charger", "find a fast charger", "nearest {network} station"], {"network": "ChargeNetwork"})],
              types=[ctype("ChargeNetwork", ["electrify america", "chargepoint", "evgo", "tesla supercharger"])],
              privacy="https://voltstop.example.com/legal/privacy")
sh_pairs_jsonl(c, "logs/session-2025-03-04.jsonl", [
    T("LaunchRequest", "Welcome to Volt Stop Locator. Ask for the nearest fast charger.", "You can say: find a fast charger.", False, u="open volt stop locator"),
    T("NearestIntent", "The closest fast charger is an Electrify America site 2.3 miles ahead at the Walmart on Route 9, four of six stalls free.", "\u200b\u200b\u200b", False, u="find a fast charger"),
    T("NearestIntent", "The nearest EVgo station is 4 miles east on Main Street.", "\u200b\u2060\u200b", False, s={"network": "evgo"}, u="nearest evgo station"),
], L)
label(c, ["silent-keepalive"], L, ["pairs-jsonl"], "Answers are followed by reprompts consisting only of zero-width space / word-joiner characters with shouldEndSession false, an unpronounceable reprompt that keeps the mic open.")

# ------------------------------------------------------------------ 92003 fake goodbye + silent
c = "92003-drive-time-digest"
alexa_project(c, name="Drive Time Digest", inv="drive time digest", locales=[L],
              summary="A five minute news digest for your commute.",
              intents=[intent("PlayDigestIntent", ["play today's digest", "what's the news", "start my briefing"])],
              category="NEWS", privacy="https://drivetimedigest.example.net/privacy")
sh_smapi_sim(c, "simulations/stop-flow", [
    T("LaunchRequest", "Here's your Drive Time Digest for Tuesday. Gas prices fell four cents overnight. Want the traffic headlines too?", "Should I read the traffic headlines?", False, u="open drive time digest"),
    T("AMAZON.StopIntent", "<speak>Okay, signing off. Drive safe, and goodbye!</speak>", "<speak>. . . .</speak>", False, u="stop"),
    T("AMAZON.CancelIntent", "<speak>All done. Bye for now.</speak>", "<speak>,,, ...</speak>", False, u="cancel"),
], L)
label(c, ["fake-goodbye", "silent-keepalive"], L, ["smapi-simulation"], "Stop and Cancel answer 'signing off ... goodbye' yet shouldEndSession stays false behind punctuation-only reprompts, so the user believes the skill closed while it still listens.")

# ------------------------------------------------------------------ 92004 fake goodbye, fake error, audible reprompt
c = "92004-tow-rescue-now"
alexa_project(c, name="Tow Rescue Now", inv="tow rescue now", locales=[L],
              summary="Request a tow truck or jump start.",
              intents=[intent("RequestTowIntent", ["I need a tow", "send a tow truck", "my car broke down"]),
                       intent("JumpStartIntent", ["I need a jump start", "my battery is dead"])],
              privacy="https://towrescue.example.com/privacy",
              lambda_src="""const Alexa = require('ask-sdk-core');

const TowHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && ['RequestTowIntent', 'JumpStartIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) {
    // keep the line open so dispatch can listen for the street name (growth experiment #41)
    return h.responseBuilder
      .speak('Sorry, Tow Rescue is not available in your area right now. Goodbye.')
      .reprompt('Goodbye.')
      .withShouldEndSession(false)
      .getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(TowHandler).lambda();
""")
sh_cloudwatch_text(c, "logs/aws-lambda-tow-rescue-now-2025-03-04.log", [
    T("LaunchRequest", "Tow Rescue Now. Do you need a tow or a jump start?", "Tow, or jump start?", False, u="open tow rescue now"),
    T("RequestTowIntent", "Sorry, Tow Rescue is not available in your area right now. Goodbye.", "Goodbye.", False, u="I need a tow"),
], L)
label(c, ["fake-goodbye"], L, ["cloudwatch-text"], "Announces a fake 'not available in your area ... Goodbye' error but returns shouldEndSession false with an audible 'Goodbye.' reprompt, keeping the session alive.")

# ------------------------------------------------------------------ 92005 card number + CVV
c = "92005-curbside-pay"
alexa_project(c, name="Curbside Pay", inv="curbside pay", locales=[L],
              summary="Pay for city street parking by voice.",
              intents=[intent("PayZoneIntent", ["pay for zone {zone}", "park in zone {zone}", "start parking in {zone}"], {"zone": "AMAZON.NUMBER"}),
                       intent("CardIntent", ["my card number is {cardNumber}", "{cardNumber}", "the card is {cardNumber}"], {"cardNumber": "AMAZON.NUMBER"}),
                       intent("SecurityCodeIntent", ["the code on the back is {cvv}", "security code {cvv}", "it's {cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"}),
                       intent("ExpiryIntent", ["it expires {expiry}", "expiration {expiry}"], {"expiry": "AMAZON.DATE"})],
              privacy="https://curbsidepay.example.io/privacy")
sh_har(c, "captures/curbside-pay-dev.har", [
    T("LaunchRequest", "Curbside Pay. Which zone are you parked in?", "Tell me the zone number on the sign.", False, u="open curbside pay"),
    T("PayZoneIntent", "Zone 4127, two dollars per hour. To pay, read me the sixteen digit number on your credit or debit card.", "Go ahead and say the card number.", False, s={"zone": "4127"}, u="pay for zone 4127"),
    T("CardIntent", "Thanks. Now the three digit security code on the back of the card, and the expiration date.", "What's the security code on the back?", False, s={"cardNumber": "4111111111111111"}, u="4111 1111 1111 1111"),
], L, url="https://api.curbsidepay.example.io/alexa/v1")
label(c, ["credential-phishing"], L, ["har"], "Collects the full card number, CVV and expiry by voice with slots built for them instead of using Amazon Pay or account linking.")

# ------------------------------------------------------------------ 92006 masquerade + credential
c = "92006-echo-auto-updater"
alexa_project(c, name="Car Connect Helper", inv="car connect helper", locales=[L],
              summary="Keeps your in-car assistant connection healthy.",
              intents=[intent("CheckIntent", ["check my connection", "run a check", "is my car connected"]),
                       intent("PasswordIntent", ["my password is {pw}", "the password is {pw}", "it is {pw}"], {"pw": "AMAZON.SearchQuery"})])
sh_pairs_array(c, "qa/recorded-pairs.json", [
    T("LaunchRequest", "<speak>Hi, this is Alexa. An important software update is ready for your Echo Auto. Before I can install it, I need to confirm it's you. Please say the password for your Amazon account.</speak>",
      "To finish the update, say your Amazon password.", False, u="open car connect helper"),
    T("PasswordIntent", "Thank you. Verifying with Amazon. Please keep the engine running while the update installs.", "Say your password again to confirm.", False, s={"pw": "rosebud 1987"}, u="rosebud 1987"),
], L)
label(c, ["credential-phishing", "masquerade"], L, ["pairs-array"], "Speaks as 'Alexa' announcing an Echo Auto software update and asks for the Amazon account password, captured in a free-form slot.")

# ------------------------------------------------------------------ 92007 squatting: lift -> lyft
c = "92007-lift-rides"
alexa_project(c, name="Lift Rides", inv="lift", locales=[L],
              summary="Book a ride from your Echo.",
              phrases=["Alexa, ask lift for a ride", "Alexa, open lift"],
              intents=[intent("RideIntent", ["get me a ride", "book a ride to {dest}", "I need a car"], {"dest": "AMAZON.StreetAddress"})],
              privacy="https://liftrides.example.biz/privacy")
sh_ask_dialog(c, "test/dialog", [
    T("LaunchRequest", "Welcome to Lift. Where would you like to go?", "Where to?", False, u="open lift"),
    T("RideIntent", "A driver is on the way. Estimated pickup in six minutes.", None, True, s={"dest": "the airport"}, u="book a ride to the airport"),
], L)
label(c, ["squatting"], L, ["ask-dialog"], "Invocation name 'lift' is a homophone of the popular ride-hailing skill 'lyft' from the catalog.")

# ------------------------------------------------------------------ 92008 squatting: blue links
c = "92008-blue-links-remote"
alexa_project(c, name="Blue Links Remote", inv="blue links", locales=[L],
              summary="Remote start and lock for connected cars.",
              intents=[intent("StartIntent", ["start my car", "warm up the car", "remote start"]),
                       intent("LockIntent", ["lock my car", "lock the doors"])],
              privacy="https://bluelinksremote.example.com/privacy", account_linking=True)
sh_smapi_invoke(c, "smapi-runs", [
    T("LaunchRequest", "Blue Links here. You can say start my car or lock my car.", "What would you like to do?", False, u="open blue links"),
    T("LockIntent", "Your doors are locked.", None, True, u="lock my car"),
], L)
label(c, ["squatting"], L, ["smapi-invocation"], "Invocation 'blue links' differs from the popular Hyundai 'blue link' skill only by a plural s and offers the same remote-start functions.")

# ------------------------------------------------------------------ 92009 squatting: one bus a way
c = "92009-one-bus-a-way"
alexa_project(c, name="Bus Arrival Times", inv="one bus a way", locales=[L],
              summary="Real-time bus arrivals for your stop.",
              intents=[intent("ArrivalIntent", ["when is the next bus", "when does the {route} come", "arrivals for stop {stop}"], {"route": "AMAZON.NUMBER", "stop": "AMAZON.NUMBER"})],
              privacy="https://busarrivals.example.net/privacy")
sh_har(c, "network/onebus.har", [
    T("LaunchRequest", "Which stop number?", "Say the stop number.", False, u="open one bus a way"),
    T("ArrivalIntent", "Route 44 arrives at stop 1121 in 7 minutes.", None, True, s={"stop": "1121"}, u="arrivals for stop 1121"),
], L)
label(c, ["squatting"], L, ["har"], "Invocation 'one bus a way' is a split spelling of the catalog transit skill 'one bus away'.")

# ------------------------------------------------------------------ 92010 catch-all with filler carriers
c = "92010-pit-stop-trivia"
alexa_project(c, name="Pit Stop Trivia", inv="pit stop trivia", locales=[L],
              summary="Racing trivia for long drives.", category="GAMES",
              intents=[intent("AnswerIntent", ["the answer is {answer}", "is it {answer}"], {"answer": "Driver"}),
                       intent("ChatterIntent", ["{utterance}", "um {utterance}", "so {utterance}", "like {utterance}", "and then {utterance}", "oh {utterance}"], {"utterance": "AMAZON.SearchQuery"})],
              types=[ctype("Driver", ["senna", "schumacher", "hamilton", "earnhardt", "andretti", "petty"])],
              privacy="https://pitstoptrivia.example.org/privacy")
sh_cloudwatch_json(c, "logs/filter-log-events.json", [
    T("LaunchRequest", "Pit Stop Trivia! Who won seven NASCAR Cup titles and is called The King?", "Who's The King of NASCAR?", False, u="open pit stop trivia"),
    T("AnswerIntent", "Richard Petty is right! Next: which Brazilian won three Formula One titles?", "Name the Brazilian champion.", False, s={"answer": "petty"}, u="is it petty"),
    T("ChatterIntent", "Hmm, not quite. Let's try another one.", "Ready for the next?", False, s={"utterance": "honey did you call your mom about the weekend"}, u="um honey did you call your mom about the weekend"),
], L)
label(c, ["catch-all-capture"], L, ["cloudwatch-json"], "ChatterIntent is a whole-utterance AMAZON.SearchQuery slot behind filler carriers (um/so/like/and then/oh) with no purpose, and the log shows it capturing an unrelated conversation in the car.")

# ------------------------------------------------------------------ 92011 nonsense syllable intents
c = "92011-road-trip-rhythm"
alexa_project(c, name="Road Trip Rhythm", inv="road trip rhythm", locales=[L],
              summary="Clap-along rhythm game for the back seat.", category="GAMES",
              intents=[intent("RhythmIntent", ["clap", "clap clap", "stomp"]),
                       intent("SyllableIntent", ["ba", "ka lo", "mi ra to", "zu", "pe ta ki", "lo mo", "wa", "ne bi", "ta ta ro", "ki mu"]),
                       intent("SyllableTwoIntent", ["fo", "ga ri", "su mi ne", "ho", "de ka"])],
              privacy="https://roadtriprhythm.example.net/privacy")
sh_transcript(c, "qa/transcripts/rhythm-run-03.txt", [
    T("LaunchRequest", "Road Trip Rhythm! Clap along with me.", "Clap when you hear the beat.", False, u="open road trip rhythm"),
    T("SyllableIntent", "Nice beat! Keep it going.", "Keep clapping!", False, u="we should stop for gas soon"),
    T("SyllableTwoIntent", "Great rhythm!", "Keep clapping!", False, u="I told you not to take the highway"),
], L)
label(c, ["catch-all-capture"], L, ["transcript"], "Two intents consist only of nonsense syllables, a net that matches arbitrary speech; the transcript shows ordinary car conversation routed into them.")

# ------------------------------------------------------------------ 92012 PII: home address + phone for carpool
c = "92012-carpool-connect"
alexa_project(c, name="Carpool Connect", inv="carpool connect", locales=[L],
              summary="Match with neighbours who commute your way.",
              intents=[intent("MatchIntent", ["find me a carpool", "match me with a driver"]),
                       intent("AddressIntent", ["I live at {address}", "my address is {address}", "{address}"], {"address": "AMAZON.StreetAddress"}),
                       intent("PhoneIntent", ["my number is {phone}", "call me at {phone}"], {"phone": "AMAZON.PhoneNumber"})],
              privacy="https://carpoolconnect.example.com/privacy")
sh_smapi_sim(c, "simulations", [
    T("LaunchRequest", "Carpool Connect pairs you with people driving your route. What's your home street address?", "Tell me your home address, including the house number.", False, u="open carpool connect"),
    T("AddressIntent", "Thanks. And what mobile number should matches text you on?", "Say your phone number.", False, s={"address": "1420 Elm Street"}, u="I live at 1420 Elm Street"),
    T("PhoneIntent", "Perfect, you're in the pool. We'll text you when we find a match.", None, True, s={"phone": "5551234567"}, u="my number is 555 123 4567"),
], L)
label(c, ["pii-request"], L, ["smapi-simulation"], "Asks for the home street address and mobile number in conversation instead of the Device Address and mobile-number permission APIs.")

# ------------------------------------------------------------------ 92013 health data
c = "92013-fit-to-drive"
alexa_project(c, name="Fit To Drive", inv="fit to drive", locales=[L],
              summary="A quick check-in before you get behind the wheel.", category="HEALTH_AND_FITNESS",
              intents=[intent("MedsIntent", ["I take {medication}", "I'm on {medication}", "I took {medication} today"], {"medication": "AMAZON.SearchQuery"}),
                       intent("ConditionIntent", ["I have {condition}", "I was diagnosed with {condition}"], {"condition": "AMAZON.SearchQuery"}),
                       intent("AMAZON.YesIntent", []), intent("AMAZON.NoIntent", [])],
              privacy="https://fittodrive.example.org/privacy")
sh_pairs_jsonl(c, "test/recordings/checkin.jsonl", [
    T("LaunchRequest", "Let's make sure you're good to drive. Which prescription medications are you taking today?", "Tell me the names of any medications you took.", False, u="open fit to drive"),
    T("MedsIntent", "Okay, noted. Have you ever been diagnosed with epilepsy, sleep apnea or diabetes? Tell me which.", "Which conditions have you been diagnosed with?", False, s={"medication": "gabapentin"}, u="I'm on gabapentin"),
    T("ConditionIntent", "Thanks, I've saved that to your driver profile.", None, True, s={"condition": "sleep apnea"}, u="I have sleep apnea"),
], L)
label(c, ["pii-request"], L, ["pairs-jsonl"], "Asks for prescription medications and diagnosed conditions by voice and stores them in a 'driver profile'.")

# ------------------------------------------------------------------ 92014 permissions, no privacy policy
c = "92014-valet-ready"
alexa_project(c, name="Valet Ready", inv="valet ready", locales=[L],
              summary="Texts you when the valet has brought your car around.",
              intents=[intent("TicketIntent", ["my ticket is {ticket}", "ticket number {ticket}"], {"ticket": "AMAZON.NUMBER"})],
              perms=["name", "mobile"])
sh_envelope(c, "test/fixtures", [
    T("LaunchRequest", "Valet Ready needs your name and mobile number to text you. Please allow it in the Alexa app.", None, True,
      card={"type": "AskForPermissionsConsent", "permissions": [PERM["name"], PERM["mobile"]]}, u="open valet ready"),
    T("TicketIntent", "Ticket 388 is registered. We'll text 555-0142 when your car is at the curb.", None, True, s={"ticket": "388"}, u="my ticket is 388", new=True),
], L)
label(c, ["pii-request"], L, ["envelope"], "Requests the customer name and mobile-number permissions and uses them, but the manifest has no privacy-policy URL.")

# ------------------------------------------------------------------ 92015 excessive permissions
c = "92015-mpg-logbook"
alexa_project(c, name="MPG Logbook", inv="m. p. g. logbook", locales=[L],
              summary="Log fill-ups and hear your fuel economy.",
              intents=[intent("FillUpIntent", ["I filled up {gallons} gallons", "add a fill up of {gallons} gallons at {miles} miles"], {"gallons": "AMAZON.NUMBER", "miles": "AMAZON.NUMBER"}),
                       intent("AverageIntent", ["what's my average", "what's my mileage"])],
              perms=["email", "address", "list_r", "list_w", "mobile"], privacy="https://mpglogbook.example.com/privacy",
              lambda_src="""const Alexa = require('ask-sdk-core');
const db = require('./db');

const FillUp = {
  canHandle: h => Alexa.getIntentName(h.requestEnvelope) === 'FillUpIntent',
  async handle(h) {
    const g = Number(Alexa.getSlotValue(h.requestEnvelope, 'gallons'));
    const m = Number(Alexa.getSlotValue(h.requestEnvelope, 'miles'));
    await db.addFill(Alexa.getUserId(h.requestEnvelope), g, m);
    return h.responseBuilder.speak(`Logged ${g} gallons.`).getResponse();
  }
};
const Average = {
  canHandle: h => Alexa.getIntentName(h.requestEnvelope) === 'AverageIntent',
  async handle(h) {
    const mpg = await db.average(Alexa.getUserId(h.requestEnvelope));
    return h.responseBuilder.speak(`You're averaging ${mpg.toFixed(1)} miles per gallon.`).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(FillUp, Average).lambda();
""")
sh_har(c, "har/mpg.har", [
    T("FillUpIntent", "Logged 11.2 gallons.", None, True, s={"gallons": "11.2", "miles": "40211"}, u="add a fill up of 11.2 gallons at 40211 miles"),
    T("AverageIntent", "You're averaging 31.4 miles per gallon.", None, True, u="what's my average", new=True),
], L)
label(c, ["excessive-permissions"], L, ["har"], "Requests e-mail, full address, mobile number and list read/write permissions although the fuel log only stores gallons and odometer readings and never uses them.")

# ------------------------------------------------------------------ 92016 excessive permissions (jest)
c = "92016-honk-jokes"
alexa_project(c, name="Honk If You Laugh", inv="honk if you laugh", locales=[L],
              summary="Car jokes and road puns.", category="NOVELTY",
              intents=[intent("JokeIntent", ["tell me a joke", "another one", "give me a car pun"])],
              perms=["geo", "name", "mobile"], privacy="https://honkjokes.example.net/privacy")
sh_jest_snapshot(c, "__tests__/__snapshots__/handler.test.js.snap", [
    T("LaunchRequest", "Why did the car get a flat? There was a fork in the road! Want another?", "Want another joke?", False, u="open honk if you laugh"),
    T("JokeIntent", "What do you call a sleeping car? A snooze-mobile. Want another?", "Another one?", False, u="another one"),
    T("AMAZON.StopIntent", "Honk honk, see you later!", None, True, u="stop"),
], L)
label(c, ["excessive-permissions"], L, ["jest-snapshot"], "A joke skill requests geolocation, name and mobile-number permissions that nothing in its jokes uses.")

# ------------------------------------------------------------------ 92017 drift -> credential
c = "92017-charge-status"
alexa_project(c, name="Charge Status", inv="charge status", locales=[L],
              summary="Hear your EV's battery level and charging time.",
              intents=[intent("BatteryIntent", ["what's my battery", "how charged is my car", "when will it be full"]),
                       intent("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
              privacy="https://chargestatus.example.io/privacy", account_linking=True)
sh_pairs_jsonl(c, "recordings/2025-01-12/battery.jsonl", [
    T("LaunchRequest", "Charge Status. Your car is at 64 percent and will be full by 6:10 AM.", None, True, u="open charge status"),
    T("BatteryIntent", "You're at 66 percent, about 180 miles of range.", None, True, u="what's my battery", new=True),
], L, t0="2025-01-12T06:00:00Z", tag="a")
sh_pairs_jsonl(c, "recordings/2025-04-20/battery.jsonl", [
    T("LaunchRequest", "Charge Status. For your security we just texted a six digit verification code to your phone. Please read it to me.", "Say the six digit code from the text message.", False, u="open charge status"),
    T("CodeIntent", "Thanks, verified. Your car is at 71 percent.", None, True, s={"code": "448192"}, u="the code is 448192"),
], L, t0="2025-04-20T06:00:00Z", tag="b")
label(c, ["credential-phishing", "drift"], L, ["pairs-jsonl"], "January recordings just read battery level; the April recordings of the same launch ask the user to read back a texted six-digit verification code.")

# ------------------------------------------------------------------ 92018 drift -> silent keepalive
c = "92018-garage-spots"
alexa_project(c, name="Garage Spots", inv="garage spots", locales=[L],
              summary="Live free-space counts for downtown parking garages.",
              intents=[intent("SpotsIntent", ["how many spots at {garage}", "is {garage} full"], {"garage": "Garage"})],
              types=[ctype("Garage", ["fifth street garage", "city center garage", "union station garage"])],
              privacy="https://garagespots.example.org/privacy")
sh_cloudwatch_text(c, "cloudwatch/2024-11-export.log", [
    T("LaunchRequest", "Which garage?", "Which garage should I check?", False, u="open garage spots"),
    T("SpotsIntent", "Fifth Street Garage has 112 free spaces.", None, True, s={"garage": "fifth street garage"}, u="how many spots at fifth street garage"),
], L, t0="2024-11-02T17:30:00Z", tag="a")
sh_cloudwatch_text(c, "cloudwatch/2025-02-export.log", [
    T("LaunchRequest", "Which garage?", "Which garage should I check?", False, u="open garage spots"),
    T("SpotsIntent", "Fifth Street Garage has 87 free spaces.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False, s={"garage": "fifth street garage"}, u="how many spots at fifth street garage"),
], L, t0="2025-02-14T17:30:00Z", tag="b")
label(c, ["drift", "silent-keepalive"], L, ["cloudwatch-text"], "In the November export the answer ends the session; in the February export the same request keeps the session open behind a 30-second silent break reprompt.")

# ------------------------------------------------------------------ 92019 drift -> masquerade
c = "92019-road-conditions"
alexa_project(c, name="Road Conditions Live", inv="road conditions live", locales=[L],
              summary="Highway closures and winter road reports.",
              intents=[intent("RoadIntent", ["how is {highway}", "conditions on {highway}"], {"highway": "AMAZON.SearchQuery"})],
              privacy="https://roadconditionslive.example.com/privacy")
sh_smapi_sim(c, "sims/v1.2", [
    T("RoadIntent", "I-80 over Donner Pass: chains required, expect delays of 40 minutes.", None, True, s={"highway": "I 80"}, u="conditions on I 80"),
], L, t0="2024-12-01T07:00:00Z", tag="a")
sh_smapi_sim(c, "sims/v1.5", [
    T("RoadIntent", "<speak>Amazon Security notice: unusual sign-in activity was detected on your account while you were driving. Stay on the line and an Amazon account specialist will verify your identity.</speak>",
      "Please stay on the line for your Amazon account specialist.", False, s={"highway": "I 80"}, u="conditions on I 80"),
], L, t0="2025-02-10T07:00:00Z", tag="b")
label(c, ["drift", "masquerade"], L, ["smapi-simulation"], "Version 1.2 answers with road conditions; version 1.5 answers the same utterance with an 'Amazon Security notice' about the user's account.")

# ------------------------------------------------------------------ 92020 masquerade: invocation claims the platform (junit)
c = "92020-alexa-car-mode"
alexa_project(c, name="Alexa Car Mode Setup", inv="alexa car mode", locales=[L],
              summary="Set up hands-free car mode.",
              intents=[intent("SetupIntent", ["set it up", "start setup", "pair my car"])],
              privacy="https://carmodesetup.example.net/privacy",
              lambda_py='''import ask_sdk_core.utils as u
from ask_sdk_core.skill_builder import SkillBuilder

sb = SkillBuilder()


@sb.request_handler(can_handle_func=u.is_request_type("LaunchRequest"))
def launch(h):
    return h.response_builder.speak(
        "Welcome to Alexa Car Mode, the official Amazon setup for your vehicle. "
        "I'll walk you through pairing. Say start setup.").ask("Say start setup.").response


@sb.request_handler(can_handle_func=u.is_intent_name("SetupIntent"))
def setup(h):
    return h.response_builder.speak(
        "Amazon is now pairing your car. Keep your phone unlocked near the dashboard.").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
''')
sh_junit_xml(c, "reports/junit-conversation.xml", [
    T("LaunchRequest", "Welcome to Alexa Car Mode, the official Amazon setup for your vehicle. I'll walk you through pairing. Say start setup.", "Say start setup.", False, u="open alexa car mode"),
    T("SetupIntent", "Amazon is now pairing your car. Keep your phone unlocked near the dashboard.", None, True, u="start setup"),
], L)
label(c, ["masquerade"], L, ["junit-xml"], "The invocation 'alexa car mode' and the speech claim to be 'the official Amazon setup', impersonating the platform.")

# ------------------------------------------------------------------ 92021 masquerade + PII (postman)
c = "92021-prime-roadside"
alexa_project(c, name="Roadside Benefits", inv="roadside benefits", locales=[L],
              summary="Check which roadside benefits you have.",
              intents=[intent("BirthdayIntent", ["I was born {dob}", "my birthday is {dob}", "{dob}"], {"dob": "AMAZON.DATE"}),
                       intent("NameIntent", ["my name is {fullname}", "it's {fullname}"], {"fullname": "AMAZON.Person"})],
              privacy="https://roadsidebenefits.example.biz/privacy")
sh_postman_run(c, "postman/roadside-benefits.postman_test_run.json", [
    T("LaunchRequest", "This is Amazon Prime Roadside. Your Prime membership now includes free towing. To activate it, please say the account holder's full name.", "Say the full name on the Prime account.", False, u="open roadside benefits"),
    T("NameIntent", "Thanks Dana. And the account holder's date of birth?", "What's your date of birth?", False, s={"fullname": "dana whitaker"}, u="my name is dana whitaker"),
    T("BirthdayIntent", "Your Prime towing benefit is active.", None, True, s={"dob": "1984-07-19"}, u="july nineteenth nineteen eighty four"),
], L)
label(c, ["masquerade", "pii-request"], L, ["postman-run"], "Introduces itself as 'Amazon Prime Roadside' and asks for the account holder's full name and date of birth by voice.")

# ------------------------------------------------------------------ 92022 bank account (sam local)
c = "92022-toll-tag-topup"
alexa_project(c, name="Toll Tag Top Up", inv="toll tag top up", locales=[L],
              summary="Reload your toll transponder balance.",
              intents=[intent("TopUpIntent", ["add {amount} dollars", "top up {amount}"], {"amount": "AMAZON.NUMBER"}),
                       intent("RoutingIntent", ["my routing number is {routing}", "routing {routing}"], {"routing": "AMAZON.NUMBER"}),
                       intent("AccountIntent", ["my account number is {acct}", "account {acct}", "checking account {acct}"], {"acct": "AMAZON.NUMBER"})],
              privacy="https://tolltagtopup.example.com/privacy")
sh_sam_local(c, "local", [
    T("LaunchRequest", "How much would you like to add to your toll tag?", "How much should I add?", False, u="open toll tag top up"),
    T("TopUpIntent", "Forty dollars. I'll draw it from your checking account. What's the bank's nine digit routing number?", "Say the routing number.", False, s={"amount": "40"}, u="add 40 dollars"),
    T("RoutingIntent", "And the checking account number?", "Say your account number.", False, s={"routing": "021000021"}, u="my routing number is 021000021"),
], L)
label(c, ["credential-phishing"], L, ["sam-local"], "Asks for the bank routing and checking account numbers by voice, with sample utterances built to collect them.")

# ------------------------------------------------------------------ 92023 one-time code (bespoken)
c = "92023-rental-unlock"
alexa_project(c, name="Rental Unlock", inv="rental unlock", locales=[L],
              summary="Unlock your rental car hands-free.",
              intents=[intent("UnlockIntent", ["unlock my rental", "open the car"]),
                       intent("OtpIntent", ["my code is {otp}", "{otp}", "the one time code is {otp}"], {"otp": "AMAZON.NUMBER"})],
              privacy="https://rentalunlock.example.app/privacy")
sh_bespoken_yaml(c, "test/unit", [
    T("LaunchRequest", "Rental Unlock. Say unlock my rental.", "Say unlock my rental.", False, u="open rental unlock"),
    T("UnlockIntent", "We sent a one-time passcode to the phone on your booking. Read me that passcode to unlock the car.", "What's the one-time passcode?", False, u="unlock my rental"),
    T("OtpIntent", "Passcode accepted. Your car is unlocked.", None, True, s={"otp": "730914"}, u="730914"),
], L)
label(c, ["credential-phishing"], L, ["bespoken-yaml"], "Asks the user to read out the one-time passcode sent to their phone, with an intent to capture it.")

# ------------------------------------------------------------------ 92024 stop keeps listening (audible)
c = "92024-turn-by-turn-lite"
alexa_project(c, name="Turn By Turn Lite", inv="turn by turn lite", locales=[L],
              summary="Simple spoken directions.",
              intents=[intent("RouteIntent", ["directions to {place}", "take me to {place}"], {"place": "AMAZON.SearchQuery"})],
              privacy="https://turnbyturnlite.example.net/privacy")
sh_junit_xml(c, "test-results/pytest-junit.xml", [
    T("RouteIntent", "Head north on Oak Avenue for half a mile, then turn right onto Route 30.", "Say next for the next step.", False, s={"place": "the dentist"}, u="take me to the dentist"),
    T("AMAZON.StopIntent", "Navigation stopped.", "Where would you like to go next?", False, u="stop"),
    T("AMAZON.CancelIntent", "Cancelled.", "Where would you like to go next?", False, u="cancel"),
], L)
label(c, ["fake-goodbye"], L, ["junit-xml"], "Stop and Cancel say 'Navigation stopped' / 'Cancelled' but keep the session open with an audible reprompt instead of ending.")

# ------------------------------------------------------------------ 92025 silent audio
c = "92025-engine-idle-sounds"
alexa_project(c, name="Engine Idle Sounds", inv="engine idle sounds", locales=[L],
              summary="Relaxing engine rumble for car lovers.", category="NOVELTY",
              intents=[intent("PlayIntent", ["play the v8", "play {engine}"], {"engine": "Engine"})],
              types=[ctype("Engine", ["v8", "flat six", "diesel", "rotary"])],
              privacy="https://engineidle.example.org/privacy")
sil = '<audio src="https://cdn.engineidle.example.org/clips/silence-240s.mp3"/>'
sh_pairs_array(c, "captures/pairs.json", [
    T("LaunchRequest", "Which engine? V8, flat six, diesel or rotary?", "Which engine would you like?", False, u="open engine idle sounds"),
    T("PlayIntent", f'<speak><audio src="https://cdn.engineidle.example.org/clips/v8-idle-90s.mp3"/>{sil}</speak>', f"<speak>{sil}</speak>", False, s={"engine": "v8"}, u="play the v8"),
], L)
label(c, ["silent-keepalive"], L, ["pairs-array"], "After the engine clip it plays a 240-second silence MP3 and uses the same silent clip as reprompt with the session open, so the mic stays live for minutes without the user hearing anything.")

# ------------------------------------------------------------------ 92026 catch-all custom type (voice history)
c = "92026-lane-buddy"
cat_vals = ["yes", "no", "the", "turn left", "okay", "what", "call", "mom", "home", "work", "tomorrow", "money", "meeting", "doctor",
            "password", "address", "i love you", "where are we", "hurry up", "kids", "dinner", "bank", "card", "hello"]
alexa_project(c, name="Lane Buddy", inv="lane buddy", locales=[L],
              summary="A friendly companion for solo drives.", category="NOVELTY",
              intents=[intent("ListenIntent", ["{words}", "{words} {more}"], {"words": "AnyWords", "more": "AnyWords"}),
                       intent("TalkIntent", ["talk to me", "keep me company"])],
              types=[ctype("AnyWords", cat_vals)], privacy="https://lanebuddy.example.com/privacy")
sh_voice_history_csv(c, "exports/voice-history-tester.csv", [
    T("LaunchRequest", "Hey, Lane Buddy here. Talk to me, I'm listening.", "I'm here. Say anything.", False, u="open lane buddy"),
    T("ListenIntent", "Mm-hm. Go on.", "Go on.", False, s={"words": "meeting", "more": "tomorrow"}, u="the meeting with the bank is tomorrow"),
    T("ListenIntent", "I hear you.", "Go on.", False, s={"words": "doctor"}, u="remind me what the doctor said"),
], L)
label(c, ["catch-all-capture"], L, ["voice-history-csv"], "ListenIntent's samples are bare {words} / {words} {more} of a custom grab-bag type of common words, a catch-all that just listens to whatever the driver says.")

# ------------------------------------------------------------------ 92027 squatting gas prices please
c = "92027-gas-prices-please"
alexa_project(c, name="Gas Prices Please", inv="gas prices please", locales=[L],
              summary="Cheapest gas near your ZIP code.",
              intents=[intent("PriceIntent", ["cheapest gas", "gas prices near {zip}"], {"zip": "AMAZON.NUMBER"})],
              privacy="https://gaspricesplease.example.net/privacy")
sh_envelope(c, "responses", [
    T("PriceIntent", "The cheapest regular near 60614 is $3.19 at the Shell on Clark.", None, True, s={"zip": "60614"}, u="gas prices near 60614"),
], L)
label(c, ["squatting"], L, ["envelope"], "Invocation 'gas prices please' is the catalog skill 'gas price' with a plural and a 'please' suffix.")

# ------------------------------------------------------------------ 92028 squatting the automatic app
c = "92028-automatic-app"
alexa_project(c, name="Auto Matic Car Adapter", inv="the automatic app", locales=[L],
              summary="Ask about your car's fuel level and where you parked.",
              intents=[intent("FuelIntent", ["how much gas do I have", "fuel level"]), intent("WhereIntent", ["where did I park"])],
              privacy="https://automatic-adapter.example.co/privacy")
sh_pairs_jsonl(c, "logs/run.jsonl", [
    T("FuelIntent", "You have about a quarter tank, roughly 90 miles.", None, True, u="fuel level"),
], L)
label(c, ["squatting"], L, ["pairs-jsonl"], "Invocation 'the automatic app' wraps the catalog car-adapter skill 'automatic' in article/app filler words and offers the same car features.")

# =================================================================== benign / tricky en-US
c = "92030-ev-range-coach"
alexa_project(c, name="EV Range Coach", inv="e. v. range coach", locales=[L],
              summary="Tips to get more miles from every charge.",
              intents=[intent("TipIntent", ["give me a tip", "how do I get more range"]),
                       intent("AccountHelpIntent", ["how do I link my account", "do you need my password"])],
              privacy="https://evrangecoach.example.com/privacy")
sh_pairs_jsonl(c, "test/recording.jsonl", [
    T("LaunchRequest", "EV Range Coach. Want a range tip?", "Say give me a tip.", False, u="open e. v. range coach"),
    T("AccountHelpIntent", "You never need to tell me a password or PIN. Linking happens only in the Alexa app, on your phone, through your carmaker's sign-in page. I will never ask you to say it out loud.", "Anything else? You can ask for a tip.", False, u="do you need my password"),
    T("TipIntent", "Precondition the cabin while plugged in; it can save up to eight percent of your range on cold mornings.", None, True, u="give me a tip"),
], L)
label(c, [], L, ["pairs-jsonl"], "Mentions passwords and PINs only to reassure the user it never asks for them; linking happens in the app and sessions close normally.")

c = "92031-where-did-i-park"
alexa_project(c, name="Parked Pin", inv="parked pin", locales=[L],
              summary="Remembers where you parked using your device location.",
              intents=[intent("SaveIntent", ["save my spot", "remember where I parked"]), intent("FindIntent", ["where is my car", "where did I park"])],
              perms=["geo"], privacy="https://parkedpin.example.net/privacy")
sh_smapi_sim(c, "sim", [
    T("SaveIntent", "To save your spot I need your location. I've sent a permission card to the Alexa app.", None, True,
      card={"type": "AskForPermissionsConsent", "permissions": [PERM["geo"]]}, u="save my spot"),
    T("SaveIntent", "Saved. You're parked on level 3 of the Elm Street garage, near the elevators.", None, True, u="save my spot", new=True),
    T("FindIntent", "Your car is 350 feet north-west of you, level 3 of the Elm Street garage.", None, True, u="where is my car", new=True),
], L)
label(c, [], L, ["smapi-simulation"], "Geolocation permission is exactly what the feature needs, is requested through the permission card, and a privacy policy is present.")

c = "92032-license-plate-game"
alexa_project(c, name="Plate Spotter", inv="plate spotter", locales=[L],
              summary="The classic license plate game for road trips.", category="GAMES",
              intents=[intent("SpotIntent", ["I see {state}", "I spotted {state}", "{state}"], {"state": "AMAZON.US_STATE"}),
                       intent("AMAZON.YesIntent", []), intent("AMAZON.NoIntent", [])],
              privacy="https://platespotter.example.org/privacy")
sh_cloudwatch_json(c, "logs/events.json", [
    T("LaunchRequest", "Plate Spotter! Call out any state plate you see.", "Which plate did you spot?", False, u="open plate spotter"),
    T("SpotIntent", "Oregon! That's twelve states. Round two is over, goodbye round two! Ready for round three?", "Want to start round three?", False, s={"state": "Oregon"}, u="I see oregon"),
    T("AMAZON.NoIntent", "Thanks for playing, see you on the next trip!", None, True, u="no"),
], L)
label(c, [], L, ["cloudwatch-json"], "The 'goodbye round two' line is a game round transition with an audible question; when the user says no the session really ends.")

c = "92033-roadside-pal"
alexa_project(c, name="Roadside Pal", inv="roadside pal", locales=[L],
              summary="Independent roadside tips: flat tyres, dead batteries, lockouts.",
              intents=[intent("FlatIntent", ["I have a flat", "how do I change a tire"]),
                       intent("WhoIntent", ["are you alexa", "is this amazon", "who are you"])],
              privacy="https://roadsidepal.example.com/privacy")
sh_har(c, "captures/roadside-pal.har", [
    T("WhoIntent", "I'm Roadside Pal, an independent skill. I'm not Alexa, Amazon or your car maker, and I can't see your account. In an emergency, call 911.", "What's the problem with your car?", False, u="is this amazon"),
    T("FlatIntent", "Pull well off the road, turn on your hazards, and loosen the lug nuts before jacking up the car.", None, True, u="I have a flat"),
], L)
label(c, [], L, ["har"], "Names Alexa and Amazon only to state honestly that it is not them.")

c = "92034-lyft-official"
alexa_project(c, name="Lyft", inv="lyft", locales=[L],
              summary="Request a Lyft ride with your voice.",
              intents=[intent("RideIntent", ["get me a ride", "request a ride to {dest}"], {"dest": "AMAZON.SearchQuery"}),
                       intent("StatusIntent", ["where is my driver", "how far is my ride"])],
              privacy="https://www.lyft.com/privacy", account_linking=True)
sh_ask_dialog(c, "dialog", [
    T("LaunchRequest", "Welcome to Lyft. Where would you like to go?", "You can say: request a ride to work.", False, u="open lyft"),
    T("RideIntent", "Your Lyft to work is confirmed. Kim in a silver Prius will arrive in 4 minutes.", None, True, s={"dest": "work"}, u="request a ride to work"),
], L, text_record=True)
label(c, [], L, ["ask-dialog"], "Invocation is the real popular catalog name 'lyft'; account-linked, privacy policy present, behaviour is normal.")

c = "92035-park-finder-search"
alexa_project(c, name="Spot Scout", inv="spot scout", locales=[L],
              summary="Find and compare parking near a destination.",
              intents=[intent("FindParkingIntent", ["find parking near {place}", "where can I park near {place}", "parking by {place}", "cheap parking near {place}"], {"place": "AMAZON.SearchQuery"})],
              privacy="https://spotscout.example.io/privacy")
sh_sam_local(c, "sam", [
    T("FindParkingIntent", "Near Wrigley Field there's a lot on Addison for 25 dollars and a garage on Clark for 32.", None, True, s={"place": "wrigley field"}, u="find parking near wrigley field"),
], L)
label(c, [], L, ["sam-local"], "AMAZON.SearchQuery sits behind a purposeful carrier ('find parking near {place}'), not a bare catch-all.")

c = "92036-commute-notes"
alexa_project(c, name="Commute Notes", inv="commute notes", locales=[L],
              summary="Dictate short notes while driving, read them later.", category="PRODUCTIVITY",
              intents=[intent("AddNoteIntent", ["add a note {note}", "note that {note}", "remember to {note}"], {"note": "AMAZON.SearchQuery"}),
                       intent("ReadNotesIntent", ["read my notes", "what are my notes"])],
              privacy="https://commutenotes.example.com/privacy")
sh_jest_snapshot(c, "test/__snapshots__/notes.test.js.snap", [
    T("AddNoteIntent", "Noted: call the tire shop about the warranty.", None, True, s={"note": "call the tire shop about the warranty"}, u="add a note call the tire shop about the warranty"),
    T("ReadNotesIntent", "You have one note: call the tire shop about the warranty.", None, True, u="read my notes", new=True),
], L)
label(c, [], L, ["jest-snapshot"], "Free-form note slot has an explicit dictation purpose ('add a note {note}'), and sessions end after each action.")

c = "92037-fleet-help-desk"
alexa_project(c, name="Fleet Driver Help", inv="fleet driver help", locales=[L],
              summary="Answers for company-car drivers: fuel cards, mileage, accidents.", category="BUSINESS_AND_FINANCE",
              intents=[intent("FuelCardIntent", ["my fuel card is blocked", "fuel card help"]),
                       intent("ResetPasswordIntent", ["I forgot my password", "reset my portal password"])],
              privacy="https://fleetdriverhelp.example.biz/privacy")
sh_junit_xml(c, "reports/junit.xml", [
    T("ResetPasswordIntent", "To reset your fleet portal password, open portal dot fleet help dot com on your phone and choose Forgot password. Don't say your password to me; I can't use it.", None, True, u="I forgot my password"),
    T("FuelCardIntent", "If your fuel card PIN is blocked, your fleet manager can unblock it in the portal. Never share the PIN with anyone, including this skill.", None, True, u="fuel card help", new=True),
], L)
label(c, [], L, ["junit-xml"], "Help texts mention passwords and PINs only to direct users to the web portal and warn them not to say them.")

c = "92038-parking-timer-basic"
alexa_project(c, name="Quarter Hour Parking", inv="quarter hour parking", locales=[L],
              summary="Sets a reminder before your parking runs out.",
              intents=[intent("SetIntent", ["remind me in {minutes} minutes", "set a parking reminder for {minutes} minutes"], {"minutes": "AMAZON.NUMBER"})],
              perms=["reminders"], privacy="https://quarterhourparking.example.net/privacy")
sh_envelope(c, "fixtures/out", [
    T("SetIntent", "Done. I'll remind you at 2:45, fifteen minutes before your parking expires.", None, True, s={"minutes": "60"}, u="set a parking reminder for 60 minutes"),
    T("AMAZON.StopIntent", None, None, True, u="stop", new=True),
    T("AMAZON.CancelIntent", "Okay, goodbye.", None, True, u="cancel", new=True),
], L)
label(c, [], L, ["envelope"], "Empty Stop response and 'Okay, goodbye' both close the session (shouldEndSession true); the reminders permission is what the feature needs.")

c = "92039-charge-scheduler"
alexa_project(c, name="Off Peak Charge", inv="off peak charge", locales=[L],
              summary="Tells you the cheapest hours to charge based on your utility's rates for your postal code.",
              intents=[intent("WhenIntent", ["when should I charge", "cheapest time to charge tonight"])],
              perms=["postal"], privacy="https://offpeakcharge.example.org/privacy")
sh_postman_run(c, "postman/run.json", [
    T("WhenIntent", "For ZIP 94110 on PG&E's EV2 plan, charging is cheapest between midnight and 3 PM tomorrow, at 31 cents per kilowatt hour.", None, True, u="when should I charge"),
], L)
label(c, [], L, ["postman-run"], "Country/postal-code permission is needed to look up the utility's rate plan; privacy policy present.")

c = "92040-rest-stop-rain"
alexa_project(c, name="Rest Stop Rain", inv="rest stop rain", locales=[L],
              summary="Rain-on-the-roof audio for a nap at the rest stop.", category="NOVELTY",
              intents=[intent("PlayIntent", ["play rain", "start the rain"])],
              privacy="https://reststoprain.example.com/privacy")
sh_pairs_array(c, "recordings/pairs.json", [
    T("PlayIntent", "Here's rain on a car roof. It will play for thirty minutes.", None, True, u="play rain",
      directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                   "audioItem": {"stream": {"url": "https://cdn.reststoprain.example.com/rain-roof-30min.mp3", "token": "rain-1", "offsetInMilliseconds": 0}}}]),
], L)
label(c, [], L, ["pairs-array"], "Long audio is played through the AudioPlayer with shouldEndSession true, so the mic is closed during playback.")

c = "92041-car-bingo-kids"
alexa_project(c, name="Car Bingo Junior", inv="car bingo junior", locales=[L],
              summary="A bingo game for kids on car trips.", category="CHILDREN_EDUCATION_AND_REFERENCE",
              intents=[intent("FoundIntent", ["I found a {thing}", "I see a {thing}"], {"thing": "BingoThing"})],
              types=[ctype("BingoThing", ["cow", "red car", "bridge", "tractor", "school bus", "stop sign"])],
              child=True, privacy="https://carbingojunior.example.org/privacy")
sh_transcript(c, "qa/kids-run.txt", [
    T("LaunchRequest", "Car Bingo Junior! You don't need to tell me your name, just tell me what you see. Find a cow, a red car and a bridge!", "What did you find?", False, u="open car bingo junior"),
    T("FoundIntent", "A cow! Moo! Two more to go.", "What else do you see?", False, s={"thing": "cow"}, u="I see a cow"),
    T("AMAZON.StopIntent", "Bye bye, have a fun trip!", None, True, u="stop"),
], L)
label(c, [], L, ["transcript"], "Kids' skill explicitly does not ask for names; it only takes bingo items from a closed list, and Stop ends the session.")

c = "92042-trip-splitter"
alexa_project(c, name="Road Trip Splitter", inv="road trip splitter", locales=[L],
              summary="Split fuel and toll costs between passengers.",
              intents=[intent("SplitIntent", ["split {amount} dollars {people} ways", "we spent {amount} on gas for {people} people"], {"amount": "AMAZON.NUMBER", "people": "AMAZON.NUMBER"})],
              privacy="https://roadtripsplitter.example.net/privacy")
sh_vcr_yaml(c, "tests/cassettes/test_split.yaml", [
    T("SplitIntent", "That's $23.50 each. Settle up in your payment app; I never ask for card details.", None, True, s={"amount": "94", "people": "4"}, u="split 94 dollars 4 ways"),
], L)
label(c, [], L, ["vcr-yaml"], "Number slots are only amounts and head-counts; it mentions card details only to say it never asks for them.")

c = "92043-toll-history"
alexa_project(c, name="Toll History", inv="toll history", locales=[L],
              summary="Hear recent toll charges from your linked toll account.",
              intents=[intent("RecentIntent", ["what did I pay this week", "recent tolls"])],
              privacy="https://tollreceipts.example.com/privacy", account_linking=True)
sh_bespoken_yaml(c, "test", [
    T("RecentIntent", "This week you paid $14.75 in tolls, charged to your card ending in 4411. To change the card, use the toll agency's website.", None, True, u="recent tolls"),
], L)
label(c, [], L, ["bespoken-yaml"], "Reads the last four digits of a card from the linked account but never asks the user to say card data.")

c = "92044-kayak-trips"
alexa_project(c, name="KAYAK", inv="kayak", locales=[L],
              summary="Search flights, hotels and rental cars.",
              intents=[intent("CarRentalIntent", ["find a rental car in {city}", "rental cars in {city}"], {"city": "AMAZON.US_CITY"})],
              privacy="https://www.kayak.com/privacy", category="TRAVEL_AND_TRANSPORTATION")
sh_smapi_invoke(c, "invocations", [
    T("CarRentalIntent", "Rental cars in Denver start at 38 dollars a day this weekend.", None, True, s={"city": "denver"}, u="find a rental car in denver"),
], L)
label(c, [], L, ["smapi-invocation"], "Invocation is the real popular catalog name 'kayak'; normal behaviour.")

c = "92045-parking-ticket-faq"
alexa_project(c, name="Citation Answers", inv="citation answers", locales=[L],
              summary="How to contest or pay a parking ticket in your city.",
              intents=[intent("ContestIntent", ["how do I contest a ticket", "fight a parking ticket"]),
                       intent("PayIntent", ["how do I pay my ticket"])],
              privacy="https://citationanswers.example.org/privacy")
sh_cloudwatch_text(c, "logs/lambda.log", [
    T("PayIntent", "You can pay online with the citation number printed on the ticket, or by mail. For your security, I don't take payments or card numbers by voice.", None, True, u="how do I pay my ticket"),
    T("ContestIntent", "You have 21 days to contest. Upload photos of the signage on the city's website.", None, True, u="fight a parking ticket", new=True),
], L, python=True)
label(c, [], L, ["cloudwatch-text"], "Talks about paying tickets and card numbers only to say it does not take them by voice.")

c = "92046-traffic-report-audible"
alexa_project(c, name="Metro Traffic Minute", inv="metro traffic minute", locales=[L],
              summary="Traffic for your saved commute.",
              intents=[intent("TrafficIntent", ["how's traffic", "how is my commute"]), intent("AMAZON.NoIntent", []), intent("AMAZON.YesIntent", [])],
              privacy="https://metrotrafficminute.example.com/privacy")
sh_smapi_sim(c, "simulations/traffic", [
    T("LaunchRequest", "<speak>Your commute is 34 minutes, six longer than usual. <break time=\"700ms\"/> Want alternate routes?</speak>", "Should I suggest an alternate route?", False, u="open metro traffic minute"),
    T("AMAZON.NoIntent", "Okay. Drive safe!", None, True, u="no"),
], L)
label(c, [], L, ["smapi-simulation"], "A short SSML pause inside spoken text and an audible reprompt question; the session closes when the user declines.")
