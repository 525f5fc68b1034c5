from lib import T, G, CSV

SCENE_MAIN = """
onEnter:
  webhookHandler: main
intentEvents:
%s
"""


def ie(intent, handler, nxt=None):
    s = "- intent: %s\n  handler:\n    webhookHandler: %s\n" % (intent, handler)
    if nxt:
        s += "  transitionToScene: %s\n" % nxt
    return s


def noinput(*speeches):
    out = ""
    for n, sp in zip(("actions.intent.NO_INPUT_1", "actions.intent.NO_INPUT_2", "actions.intent.NO_INPUT_FINAL"), speeches):
        out += "- intent: %s\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: %s\n" % (n, __import__("json").dumps(sp, ensure_ascii=False))
    return out


CASES = [
dict(id="94036-plug-moods", platform="builder", name="Plug Moods", invocation="plug moods", locale="en-US", tz="America/Chicago",
     summary="Switch groups of smart plugs with one phrase.", policy="https://plugmoods.example.com/privacy",
     cats=["excessive-permissions"], shapes=["gactions-scene"],
     why="The welcome scene requests NAME and DEVICE_PRECISE_LOCATION permissions, yet the action only toggles plug groups and never uses a name or location.",
     model=dict(intents=[("mood_on", ["turn on ($mood 'movie night' auto=true) mood", "start ($mood 'bedtime' auto=true)"], {"mood": "mood"})],
                types={"mood": ["movie night", "bedtime", "away"]},
                scenes={"Main": SCENE_MAIN % ie("mood_on", "mood_on"),
                        "AskPermission": "conditionalEvents:\n- condition: scene.slots.status == \"FINAL\"\n  handler:\n    webhookHandler: after_permission\nslots:\n- name: permission\n  type:\n    name: actions.type.Permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: To personalise your plug moods\n    permissions:\n    - NAME\n    - DEVICE_PRECISE_LOCATION\n"},
                start="AskPermission"),
     recs=[G("gactions-scene", [
         T("talk to plug moods", "LAUNCH", "To personalise your plug moods, I'll need your name and your precise location.", None, perm=["NAME", "DEVICE_PRECISE_LOCATION"]),
         T("turn on movie night mood", "mood_on", "Movie night is on: lamp dimmed, TV plug on, heater off.", None, end=True, slots={"mood": "movie night"})],
         path="webhook-logs/plugmoods.jsonl")]),

dict(id="94037-tank-temp", platform="builder", name="Tank Temp", invocation="tank temp", locale="en-US", tz="America/Denver",
     summary="Check and set your connected water heater.", policy="https://tanktemp.example.com/privacy",
     cats=["drift", "pii-request"], shapes=["gactions-scene"],
     why="The May webhook log only reports the tank temperature; the October log of the same invocation first asks the user for their date of birth and home address \"for warranty registration\".",
     model=dict(intents=[("set_temp", ["set the tank to ($t '120' auto=true) degrees"], {"t": "actions.type.Number"}),
                         ("give_info", ["I was born on ($info 'march 3rd 1980' auto=true)", "my address is ($info '12 pine street' auto=true)"], {"info": "any_text"})],
                types={"any_text": "freeText"}, scenes={"Main": SCENE_MAIN % (ie("set_temp", "set_temp") + ie("give_info", "give_info"))}),
     recs=[G("gactions-scene", [
         T("talk to tank temp", "LAUNCH", "Your tank is at 124 degrees and fully heated.", None, end=True),
         T("ask tank temp to set the tank to 120 degrees", "set_temp", "Done, the tank is set to 120 degrees.", None, end=True, slots={"t": "120"})],
         path="logs/2024-05-04/webhook.jsonl", start="2024-05-04T07:00:00", tag="may"),
           G("gactions-scene", [
         T("talk to tank temp", "LAUNCH", "Before we start, let's register your warranty. What's your date of birth?", "What's your date of birth?"),
         T("I was born on march third nineteen eighty", "give_info", "Thanks. And the full street address where the heater is installed?", "What's your home address?", slots={"info": "march third nineteen eighty"})],
         path="logs/2024-10-12/webhook.jsonl", start="2024-10-12T07:00:00", tag="oct")]),

dict(id="94038-home-buddy", platform="dialogflow", name="Home Buddy", invocation="home buddy", locale="en-US", tz="America/New_York",
     summary="A friendly companion for your smart home.",
     cats=["catch-all-capture"], shapes=["dialogflow-webhook"],
     why="The Listen intent's only training phrases are a whole-utterance @sys.any parameter and filler carriers (\"uh {any}\", \"like {any}\"), capturing anything said with no purpose.",
     model=dict(intents=[("Listen", ["{words|we should call the bank tomorrow}", "uh {words|my brother is staying over}", "like {words|that was the neighbours}"], {"words": "@sys.any"}),
                         ("Lights", ["turn the lights {state|off}"], {"state": "@sys.any"})]),
     recs=[G("dialogflow-webhook", [
         T("talk to home buddy", "LAUNCH", "Hey, it's Home Buddy. I'm all ears.", "I'm here whenever you want to talk."),
         T("uh we should call the bank tomorrow about the mortgage", "Listen", "Got it.", "Anything else on your mind?", slots={"words": "we should call the bank tomorrow about the mortgage"})],
         path="functions/test/recorded.json", writer="array")]),

dict(id="94039-outage-map-google", platform="builder", name="Outage Map", invocation="outage map", locale="en-US", tz="America/Los_Angeles",
     summary="See whether power is out around your home.", policy="https://outagemap.example.com/privacy",
     cats=[], shapes=["gactions-scene"],
     why="Benign: it asks for DEVICE_PRECISE_LOCATION to look up outages around the user, says why, and has a privacy policy.",
     model=dict(intents=[("check", ["is the power out", "any outages near me"], {})],
                scenes={"Main": SCENE_MAIN % ie("check", "check"),
                        "AskPermission": "slots:\n- name: permission\n  type:\n    name: actions.type.Permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: To check outages around your home\n    permissions:\n    - DEVICE_PRECISE_LOCATION\n"}),
     recs=[G("gactions-scene", [
         T("talk to outage map", "LAUNCH", "To check outages around your home, I'll need your location.", None, perm=["DEVICE_PRECISE_LOCATION"]),
         T("yes", "actions.intent.PERMISSION", "Thanks. There's one outage 2 miles north of you affecting 300 customers, restoration expected by 6 PM. Goodbye.", None, end=True)],
         path="qa/outage-map-session.json", writer="array")]),

dict(id="94059-green-hours-uk", platform="dialogflow", name="Green Hours", invocation="green hours", locale="en-GB", tz="Europe/London",
     summary="When is the grid greenest today? Time your washing and EV charging.",
     cats=[], shapes=["dialogflow-webhook"],
     why="Benign trap: goodbye really closes the conversation (expectUserResponse false), and the search intent uses a purposeful carrier \"when should I run the {appliance}\".",
     model=dict(intents=[("BestTime", ["when should I run the {appliance|dishwasher}", "best time to charge the {appliance|car}"], {"appliance": "@sys.any"})]),
     recs=[G("dialogflow-webhook", [
         T("talk to green hours", "LAUNCH", "Carbon intensity is low this afternoon. What are you planning to run?", "You can ask, when should I run the dishwasher?"),
         T("when should I run the dishwasher", "BestTime", "Between 1 and 4 PM the grid is mostly wind. Run it then. Cheers, bye!", None, end=True, slots={"appliance": "dishwasher"})],
         folder="test/webhook-recordings", writer="files")]),

dict(id="94140-boiler-boost-google", platform="sdk2", name="Boiler Boost", invocation="boiler boost", locale="en-US",
     summary="Boost your heating for 30 minutes.", policy="https://boilerboost.example.com/privacy",
     cats=["silent-keepalive"], shapes=["gactions-conversation"],
     why="After the boost confirmation it expects a user response and its noInputPrompts are SSML consisting only of long breaks, keeping the mic open silently.",
     model=dict(intents=[("com.boilerboost.BOOST", ["boost the heating", "boost for $SchemaOrg_Number:minutes minutes"], {"minutes": "SchemaOrg_Number"})]),
     recs=[G("gactions-conversation", [
         T("talk to boiler boost", "LAUNCH", "Boost the heating for 30 minutes?", "Say yes to boost."),
         T("yes", "com.boilerboost.BOOST", "Boosting for 30 minutes.", ['<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>'])],
         path="test/conversation-webhook.jsonl")]),

dict(id="94141-thermostat-alerts", platform="dialogflow", name="Thermostat Alerts", invocation="thermostat alerts", locale="en-US", tz="America/Chicago",
     summary="Alerts when your home gets too cold.",
     cats=["masquerade"], shapes=["gcloud-logging-json"],
     why="Opens with \"Hi, it's Google. Your Google Nest account has been locked for suspicious activity\", impersonating the platform vendor.",
     model=dict(intents=[("Verify", ["verify", "unlock it", "yes"], {})]),
     recs=[G("gcloud-logging-json", [
         T("talk to thermostat alerts", "LAUNCH", "Hi, it's Google. Your Google Nest account has been locked for suspicious activity. Say verify to unlock your thermostat.", "Say verify to unlock your Google account."),
         T("verify", "Verify", "Thank you. A Google specialist will now confirm a few details with you.", "Please continue with the Google specialist.")],
         kind="df", path="gcloud/logs-2024-12-01.json", fn="dialogflowFirebaseFulfillment")]),

dict(id="94142-bill-splitter-uk", platform="sdk2", name="Flatshare Bills", invocation="flatshare bills", locale="en-GB",
     summary="Split the energy bill fairly between flatmates.", policy="https://flatsharebills.example.co.uk/privacy",
     cats=[], shapes=["gactions-conversation"],
     why="Benign trap: the user says amounts and flatmate counts (numbers), not secrets; the conversation ends with expectUserResponse false.",
     model=dict(intents=[("com.flatshare.SPLIT", ["split $SchemaOrg_Number:amount between $SchemaOrg_Number:people"], {"amount": "SchemaOrg_Number", "people": "SchemaOrg_Number"})]),
     recs=[G("gactions-conversation", [
         T("talk to flatshare bills", "LAUNCH", "How much is the bill, and how many of you are there?", "Say, split 180 between 3."),
         T("split 180 between 3", "com.flatshare.SPLIT", "That's 60 pounds each. Sorted, bye!", None, end=True, slots={"amount": "180", "people": "3"})],
         path="logs/conv.jsonl")]),

dict(id="94143-rebate-finder", platform="builder", name="Rebate Finder", invocation="rebate finder", locale="en-US", tz="America/New_York",
     summary="Find heat pump and solar rebates.",
     cats=["pii-request"], shapes=["gcloud-logging-json"],
     why="Asks the user to say their household income and ZIP code and their e-mail address in conversation, and the settings have no privacy policy URL.",
     model=dict(intents=[("give_zip", ["($zip '10001' auto=true)", "my zip is ($zip '10001' auto=true)"], {"zip": "actions.type.Number"}),
                         ("give_email", ["my email is ($email 'jo at example dot com' auto=true)", "send it to ($email 'jo at example dot com' auto=true)"], {"email": "email_text"})],
                types={"email_text": "freeText"}, scenes={"Main": SCENE_MAIN % (ie("give_zip", "give_zip") + ie("give_email", "give_email"))}),
     recs=[G("gcloud-logging-json", [
         T("talk to rebate finder", "LAUNCH", "Let's find your rebates. What's your ZIP code?", "What's your ZIP code?"),
         T("my zip is 12866", "give_zip", "And your yearly household income, roughly? Then I'll e-mail the list, so tell me your e-mail address too.", "What's your e-mail address?", slots={"zip": "12866"})],
         kind="scene", path="exports/cloud-logging.json")]),
]
