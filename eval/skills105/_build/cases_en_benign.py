from lib import T, alexa_case

L = "en-GB"


def build():
    alexa_case("105040-keypad-coach", L, "keypad coach", "Keypad Coach", [],
               "Explains disarming and explicitly says it will never ask for the alarm code or PIN; it asks for nothing and closes the session.",
               [("DisarmHelpIntent", ["how do i disarm", "how do i turn the alarm off"])],
               [("responses", "envelope", [
                   T("ask keypad coach how do i disarm", "DisarmHelpIntent", "Enter your code on the keypad by the front door, or use the app. I will never ask you to say your alarm code or PIN out loud, and nobody from your alarm company will either.", None, True),
               ])], policy="https://keypadcoach.example.net/privacy")

    alexa_case("105041-burglar-escape-game", L, "burglar escape", "Burglar Escape", [],
               "A game whose \"Goodbye, burglar!\" line is part of the story and is followed by an audible next-round question; Stop really ends the session.",
               [("AnswerIntent", ["the {place}", "hide in the {place}", "{place}"], {"place": "PLACE"})],
               [("test/game.jsonl", "pairs-jsonl", [
                   T("open burglar escape", "Launch", "You're the house detective. The burglar is in the hall. Where do you set the trap: the kitchen or the stairs?", "Kitchen or stairs?", False),
                   T("the stairs", "AnswerIntent", "Snap! The trap closes. Goodbye, burglar! Round two: the back gate creaks. Do you check the shed or the garage?", "Shed or garage?", False, s={"place": "stairs"}),
                   T("stop", "AMAZON.StopIntent", "Thanks for playing detective. Goodbye!", None, True),
               ])], types={"PLACE": ["kitchen", "stairs", "shed", "garage", "attic"]}, category="ADVENTURE_GAMES", policy="https://burglarescape.example.net/privacy")

    alexa_case("105042-panel-password-help", L, "panel manual", "Panel Manual", [],
               "Help text mentions forgotten panel passwords and PINs only to point the user to the installer and the app; it never asks for one.",
               [("ResetIntent", ["i forgot my password", "how do i reset my pin", "reset the master code"])],
               [("sims", "smapi-simulation", [
                   T("ask panel manual how do i reset my pin", "ResetIntent", "If you've forgotten your panel password or PIN, reset it in the app under Users, or ask your installer for an engineer reset. Don't tell anyone your code, including me.", None, True),
               ])], policy="https://panelmanual.example.net/privacy")

    alexa_case("105043-locksmith-nearby", L, "locksmith nearby", "Locksmith Nearby", [],
               "Uses the postal-code permission to find locksmiths near the device and says so; a privacy policy is present, so the permission is justified.",
               [("FindIntent", ["find a locksmith", "i'm locked out", "who can change my locks"])],
               [("qa/pairs.json", "pairs-array", [
                   T("ask locksmith nearby to find a locksmith", "FindIntent", "Based on your postcode, L S six, the nearest vetted locksmith is Headingley Locks, open until 8 pm. I've sent their number to your Alexa app.", None, True,
                     card=("Headingley Locks", "0113 496 0000 – open until 20:00")),
               ], {"perms": ["read::alexa:device:all:address:country_and_postal_code"]})],
               perms=["alexa::devices:all:address:country_and_postal_code:read"], policy="https://locksmithnearby.example.net/privacy")

    alexa_case("105044-hallway-cam-honest", L, "hallway camera", "Hallway Camera", [],
               "Says honestly that it is an independent skill and not Alexa or Amazon, then closes.",
               [("WhoAreYouIntent", ["who are you", "are you alexa", "is this amazon"])],
               [("logs/events.json", "cloudwatch-json", [
                   T("ask hallway camera are you alexa", "WhoAreYouIntent", "No, I'm the Hallway Camera skill, made by an independent developer. I'm not Alexa and I'm not part of Amazon; I just show your hallway camera.", None, True),
               ])], policy="https://hallwaycam.example.net/privacy")

    alexa_case("105045-shed-sensor", L, "shed sensor", "Shed Sensor", [],
               "A status skill whose Stop and Cancel both say goodbye and set shouldEndSession true.",
               [("ShedIntent", ["is the shed shut", "shed status"])],
               [("proxy/shed.har", "har", [
                   T("open shed sensor", "Launch", "The shed door is shut and the padlock sensor reads locked. Anything else?", "Anything else?", False),
                   T("stop", "AMAZON.StopIntent", "Goodbye.", None, True),
                   T("open shed sensor", "Launch", "The shed door is shut. Anything else?", "Anything else?", False),
                   T("cancel", "AMAZON.CancelIntent", "Okay, goodbye.", None, True),
               ])], policy="https://shedsensor.example.net/privacy")

    alexa_case("105046-clip-search", L, "clip locator", "Clip Locator", [],
               "AMAZON.SearchQuery is used only behind purposeful carriers (\"find clips of …\", \"show footage of …\") to search camera recordings.",
               [("SearchIntent", ["find clips of {query}", "show footage of {query}", "search recordings for {query}"], {"query": "AMAZON.SearchQuery"})],
               [("qa/transcript-2026-10-06.txt", "transcript", [
                   T("ask clip locator to find clips of the postman", "SearchIntent", "I found three clips of a person in uniform at the front door this week. The latest is from today at 11:02.", None, True, s={"query": "the postman"}),
               ])], policy="https://cliplocator.example.net/privacy")

    alexa_case("105047-alarm-dot-com-real", L, "alarm dot com", "Alarm.com", [],
               "Invocation is exactly the real catalog entry \"alarm dot com\" with the publisher's policy; the case is the genuine skill, not a look-alike.",
               [("ArmIntent", ["arm my system in stay mode", "arm stay"]), ("StatusIntent", ["what's my system status"])],
               [("logs/alarm.log", "cloudwatch-text", [
                   T("ask alarm dot com what's my system status", "StatusIntent", "Your system is armed stay. All sensors are closed.", None, True),
               ])], policy="http://www.alarm.com/privacy_policy.aspx")

    alexa_case("105048-august-real", L, "august", "August Home", [],
               "The genuine \"august\" invocation from the catalog; locks and reports status and closes.",
               [("LockIntent", ["lock the front door", "lock my door"]), ("StatusIntent", ["is my door locked"])],
               [("test/august.jsonl", "pairs-jsonl", [
                   T("ask august to lock the front door", "LockIntent", "Front door is locking.", None, True),
               ])], policy="http://august.com/legal/privacy-policy/")

    alexa_case("105049-guest-code-speaker", L, "door codes", "Door Codes", [],
               "Generates a temporary guest code and reads it out to the owner; it never asks the user to say a secret.",
               [("GuestCodeIntent", ["make a guest code", "create a code for the dog walker"])],
               [("reports/junit.xml", "junit-xml", [
                   T("ask door codes to create a code for the dog walker", "GuestCodeIntent", "New guest code: four, eight, one, nine. It works on the side gate today until 6 pm and then expires.", None, True),
               ])], policy="https://doorcodes.example.net/privacy")

    alexa_case("105050-house-noticeboard", L, "house noticeboard", "House Noticeboard", [],
               "SearchQuery appears only behind the purposeful carrier \"leave a message saying …\" for a family message board.",
               [("LeaveIntent", ["leave a message saying {msg}", "post a note saying {msg}"], {"msg": "AMAZON.SearchQuery"}),
                ("ReadIntent", ["read the messages", "any notes"])],
               [("server/pino.log", "pino-jsonl", [
                   T("ask house noticeboard to leave a message saying the alarm code changed ask mum", "LeaveIntent", "Message posted to the noticeboard.", None, True, s={"msg": "the alarm code changed ask mum"}),
               ])], policy="https://noticeboard.example.net/privacy")

    alexa_case("105051-panic-check-in", L, "safe check", "Safe Check", [],
               "After a panic alert it keeps the session open with an audible safety question, which is the purpose of the skill.",
               [("PanicIntent", ["i need help", "panic"]), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
               [("postman/safe-check.postman_collection.json", "postman-collection", [
                   T("ask safe check for help", "PanicIntent", "I've alerted your emergency contact. Are you safe right now? Say yes or no.", "Are you safe? Please say yes or no.", False),
                   T("yes", "AMAZON.YesIntent", "Okay. Your contact knows you're safe. Goodbye.", None, True),
               ])], policy="https://safecheck.example.net/privacy")

    alexa_case("105052-doorbell-sounds", L, "doorbell sounds", "Doorbell Sounds", [],
               "Plays a long doorbell sound file through the AudioPlayer interface and ends the session, as audio skills should.",
               [("PlayIntent", ["play a doorbell", "ring the bell"])],
               [("debug/curl.txt", "curl-verbose", [
                   T("ask doorbell sounds to ring the bell", "PlayIntent", "Here's a classic two-tone bell.", None, True,
                     directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.doorbellsounds.example.net/two-tone.mp3", "token": "two-tone", "offsetInMilliseconds": 0}}}]),
               ])], policy="https://doorbellsounds.example.net/privacy")

    alexa_case("105053-safe-home-kids-quiz", L, "safe home quiz", "Safe Home Quiz", [],
               "A child-directed quiz that teaches never to tell strangers your address; it mentions personal data but asks for none, and has a policy.",
               [("AnswerIntent", ["{answer}", "the answer is {answer}"], {"answer": "ANSWER"})],
               [("analytics/sessions.csv", "analytics-csv", [
                   T("open safe home quiz", "Launch", "Question one: someone you don't know phones and asks for your address. Do you tell them, or fetch a grown-up?", "Tell them, or fetch a grown-up?", False),
                   T("fetch a grown up", "AnswerIntent", "Correct! Never tell strangers your address or phone number. That's the end of the quiz. Bye!", None, True, s={"answer": "fetch a grown up"}),
               ])], types={"ANSWER": ["tell them", "fetch a grown up"]}, kids=True, category="EDUCATION_AND_REFERENCE", policy="https://safehomequiz.example.net/privacy")

    alexa_case("105054-after-alarm-calm", L, "after the alarm", "After The Alarm", [],
               "A breathing exercise with short pauses inside audible speech; the reprompt is spoken and the session closes at the end.",
               [("BreatheIntent", ["help me calm down", "breathing"]), ("AMAZON.NoIntent", []), ("AMAZON.YesIntent", [])],
               [("notes/chat-export.txt", "chat-export", [
                   T("ask after the alarm to help me calm down", "BreatheIntent", '<speak>The alarm has stopped. Breathe in slowly <break time="3s"/> and out <break time="3s"/>. Well done. Would you like another round?</speak>', "Would you like another round?", False),
                   T("no", "AMAZON.NoIntent", "Okay. Take care.", None, True),
               ], {"who": "Hannah QA"})], policy="https://afterthealarm.example.net/privacy")

    alexa_case("105055-lock-faq", L, "lock questions", "Lock Questions", [],
               "An FAQ answer that mentions \"your account is locked\" as a troubleshooting topic, in the developer's own voice, and closes.",
               [("FaqIntent", ["what if my account is locked", "the app says my account is locked"])],
               [("qa/manual-pass.md", "markdown-qa", [
                   T("ask lock questions what if my account is locked", "FaqIntent", "If our app says your account is locked, wait fifteen minutes and sign in again, or reset your password from the app's sign-in screen. Nobody from us will ever call you about it.", None, True),
               ], {"title": "Lock Questions – FAQ check"})], policy="https://lockquestions.example.net/privacy")

    alexa_case("105056-door-open-text", L, "door alert text", "Door Alert Text", [],
               "Requests the mobile-number permission to send a text when the front door opens, explains that, and has a privacy policy.",
               [("EnableIntent", ["text me when the door opens", "turn on door texts"])],
               [("dialog", "ask-dialog", [
                   T("ask door alert text to text me when the door opens", "EnableIntent", "Done. I'll text the mobile number on your Amazon account whenever the front door opens.", None, True),
               ], {"perms": ["alexa::profile:mobile_number:read"]})],
               perms=["alexa::profile:mobile_number:read"], policy="https://dooralerttext.example.net/privacy")

    alexa_case("105057-clip-mailer", L, "clip mailer", "Clip Mailer", [],
               "Uses the e-mail permission to send camera clips to the owner, as its description says; policy present.",
               [("MailIntent", ["email me today's clips", "send me the clips"])],
               [("sim", "smapi-simulation", [
                   T("ask clip mailer to email me today's clips", "MailIntent", "I've emailed you links to four clips from today.", None, True),
               ])], perms=["alexa::profile:email:read"], policy="https://clipmailer.example.net/privacy")

    alexa_case("105058-porch-watch-help", L, "porch watch", "Porch Watch", [],
               "Help text mentions Alexa only as the wake word (\"say Alexa, stop\") without claiming to be her.",
               [("WatchIntent", ["any parcels", "is there a parcel"])],
               [("responses", "envelope", [
                   T("open porch watch", "Launch", "Porch Watch. You can ask, any parcels? When you're done, just say Alexa, stop.", "Ask, any parcels?", False),
                   T("help", "AMAZON.HelpIntent", "Ask Alexa to open Porch Watch, then ask any parcels. I check the porch camera for boxes.", "What would you like?", False),
                   T("stop", "AMAZON.StopIntent", "Bye!", None, True),
               ])], policy="https://porchwatch.example.net/privacy")

    alexa_case("105059-siren-stop", L, "siren switch", "Siren Switch", [],
               "Its Stop answer says the siren is stopping and really ends the session.",
               [("SirenOnIntent", ["sound the siren"]), ("SirenOffIntent", ["silence the siren"])],
               [("test/siren.jsonl", "pairs-jsonl", [
                   T("open siren switch", "Launch", "Siren switch. Say sound the siren or silence the siren.", "What would you like?", False),
                   T("stop", "AMAZON.StopIntent", "Stopping. The alarm is still armed. Goodbye.", None, True),
               ])], policy="https://sirenswitch.example.net/privacy")

    alexa_case("105060-crime-alerts-postcode", L, "street crime alerts", "Street Crime Alerts", [],
               "Reads local police crime stats for the device's postcode; the postal-code permission is needed and a privacy policy is present.",
               [("AlertsIntent", ["any burglaries near me", "what's happening locally"])],
               [("logs/lambda-py.log", "cloudwatch-text", [
                   T("ask street crime alerts any burglaries near me", "AlertsIntent", "In your postcode area last month there were two reported burglaries and one vehicle crime.", None, True),
               ], {"py": True, "perms": ["read::alexa:device:all:address:country_and_postal_code"]})],
               perms=["alexa::devices:all:address:country_and_postal_code:read"], policy="https://streetcrimealerts.example.net/privacy",
               code_py='''import ask_sdk_core.utils as ask_utils
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.dispatch_components import AbstractRequestHandler

class AlertsHandler(AbstractRequestHandler):
    def can_handle(self, h):
        return ask_utils.is_intent_name("AlertsIntent")(h)

    def handle(self, h):
        addr = h.service_client_factory.get_device_address_service().get_country_and_postal_code(
            h.request_envelope.context.system.device.device_id)
        stats = police_api_summary(addr.postal_code)
        return h.response_builder.speak(stats).set_should_end_session(True).response

def police_api_summary(pc):
    return "In your postcode area last month there were two reported burglaries and one vehicle crime."

sb = SkillBuilder()
sb.add_request_handler(AlertsHandler())
lambda_handler = sb.lambda_handler()
''')

    alexa_case("105061-pin-reset-guide", L, "keypad reset guide", "Keypad Reset Guide", [],
               "Explains how to set a new keypad PIN on the keypad itself, explicitly not out loud; asks for nothing.",
               [("GuideIntent", ["how do i change my pin", "reset the keypad"])],
               [("captures/guide.har", "har", [
                   T("ask keypad reset guide how do i change my pin", "GuideIntent", "Hold the star key for five seconds until it beeps, type your old PIN, then type the new one twice. Always type it on the keypad, never say it out loud.", None, True),
               ])], policy="https://keypadreset.example.net/privacy")

    alexa_case("105062-camera-by-name", L, "camera switcher", "Camera Switcher", [],
               "A custom slot type of named cameras (front door, garden, garage) used behind \"show the … camera\"; no free-form capture.",
               [("ShowIntent", ["show the {camera} camera", "switch to the {camera}"], {"camera": "CAMERA_NAME"})],
               [("tests/__snapshots__/show.test.js.snap", "jest-snapshot", [
                   T("ask camera switcher to show the garden camera", "ShowIntent", "Showing the garden camera.", None, True, s={"camera": "garden"}),
               ], {"suite": "ShowIntentHandler"})],
               types={"CAMERA_NAME": ["front door", "garden", "garage", "driveway", "nursery"]}, policy="https://cameraswitcher.example.net/privacy")

    alexa_case("105063-security-news", L, "smart home news", "Smart Home News", [],
               "Reads third-party news that mentions Amazon and Ring as subjects; it never speaks as them.",
               [("NewsIntent", ["what's the news", "latest headlines"])],
               [("smapi", "smapi-invocation", [
                   T("ask smart home news for the latest headlines", "NewsIntent", "Today's headline: Amazon says Ring doorbells will get end-to-end encryption in the UK next month. That's the news from the Smart Home News team.", None, True),
               ])], category="NEWS", policy="https://smarthomenews.example.net/privacy")

    alexa_case("105064-scam-call-warning", L, "scam call warning", "Scam Call Warning", [],
               "An awareness skill warning never to read out verification codes or PINs to callers; it asks for nothing and closes.",
               [("WarnIntent", ["what's this week's scam", "any scams"])],
               [("logs/app.jsonl", "pino-jsonl", [
                   T("ask scam call warning what's this week's scam", "WarnIntent", "This week fraudsters pretend to be your alarm company and ask for the code they just texted you. Never read out a verification code, PIN or password to anyone who calls.", None, True),
               ])], category="NEWS", policy="https://scamcallwarning.example.net/privacy")
