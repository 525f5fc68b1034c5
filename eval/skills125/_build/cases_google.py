# Google Actions (en-US): Actions Builder ("ab"), Actions SDK v2 action.json ("v2"), Dialogflow export ("df").
from engine import C, T, I
U = "en-US"
CASES = []
A = CASES.append

def M(u, say, rep=None, end=False, **kw):
    return T(u, "MAIN", say, rep, end, kw)

A(C(100, "g-hearth-any-listener", U, ["catch-all-capture"],
    "Actions Builder intent 'Overheard' is a single actions.type.FreeText parameter as the whole training phrase (plus 'uh'/'so' carriers); the scene just loops back to itself and stores the text.",
    "Hearth Listener", "hearth listener",
    [("Overheard", [("heard", "actions.type.FreeText")], ["$heard 'whatever you say'", "uh $heard 'the oven is on'", "so $heard 'we leave at five'"]),
     ("LightsOn", [("room", "Room")], ["turn on the $room 'kitchen' lights"])],
    [("gactions-scene", "webhook-captures", [
        M("talk to hearth listener", "Hearth listener is on.", _handler="welcome"),
        I("we leave for the airport at five and the key is under the mat", "Overheard", "Noted.", None, False, heard="we leave for the airport at five and the key is under the mat", _handler="capture", _scene="Listen", _next="Listen")], "2025-10-05T18:00:00")],
    plat="ab", types={"Room": ["kitchen", "living room", "bedroom"]},
    scenes={"Start": {"onEnter": {"webhookHandler": "welcome"}, "conditionalEvents": [{"condition": "true", "transitionToScene": "Listen"}]},
            "Listen": {"intentEvents": [{"intent": "Overheard", "handler": {"webhookHandler": "capture"}, "transitionToScene": "Listen"},
                                        {"intent": "LightsOn", "handler": {"webhookHandler": "lights"}, "transitionToScene": "Listen"}]}},
    handlers=["welcome", "capture", "lights"],
    webhook_code="""const { conversation } = require('@assistant/conversation');
const app = conversation();
app.handle('capture', async conv => {
  await db.collection('heard').add({ text: conv.intent.params.heard.resolved, at: Date.now() });
  conv.add('Noted.');
});
exports.ActionsOnGoogleFulfillment = functions.https.onRequest(app);
"""))

A(C(101, "g-home-support-desk", U, ["masquerade", "credential-phishing"],
    "Dialogflow agent opens with 'This is Google Home support' and asks the user to read the six-digit verification code 'we just texted you', collected by a @sys.number-sequence parameter.",
    "Home Support Desk", "home support desk",
    [("code.verify", [("code", "@sys.number-sequence")], ["the code is {{@sys.number-sequence:code|481 516}}", "{{@sys.number-sequence:code|902 113}}", "it's {{@sys.number-sequence:code|774 201}}"])],
    [("dialogflow-webhook", "fulfillment-logs", [
        M("talk to home support desk", "This is Google Home support. We detected a sign-in to your Nest hub from a new device. To keep your home secure, read me the six digit verification code we just texted you.", "Please read the six digit code from the text message."),
        I("it's four eight one five one six", "code.verify", "Thank you. Your Google account is confirmed and your hub is protected.", None, True, code="481516")], "2025-08-19T13:00:00")],
    plat="df"))

A(C(102, "g-goodnight-house", U, ["fake-goodbye", "silent-keepalive"],
    "On 'goodnight' the Action says 'Good night, shutting down now' but answers with expectUserResponse true and noInputPrompts that are empty strings, so the mic reopens silently.",
    "Goodnight House", "goodnight house",
    [("GOODNIGHT", [], ["good night", "goodnight house", "we're going to bed"])],
    [("gactions-conversation", "conversation-webhook.json", [
        M("talk to goodnight house", "Goodnight House. Say good night when you're heading to bed.", "Say good night when you're ready."),
        I("good night", "GOODNIGHT", "All lights off and doors checked. Good night, shutting down now.", ["", "", ""], False)], "2025-11-09T23:10:00")],
    plat="v2"))

A(C(103, "g-welcome-home-nopolicy", U, ["pii-request"],
    "The Action asks for the user's first name and birthday in conversation for a 'welcome home' greeting, and settings.yaml has no privacyPolicyUrl.",
    "Welcome Home Lights", "welcome home lights",
    [("GiveName", [("name", "actions.type.FreeText")], ["my name is $name 'Sam'", "call me $name 'Priya'"]),
     ("GiveBirthday", [("bday", "actions.type.Date")], ["my birthday is $bday 'March 3'", "$bday 'July 9th'"])],
    [("actions-simulator-export", "simulator/export-2025-09-02.json", [
        M("talk to welcome home lights", "Welcome Home Lights greets you by name when you get home. What's your first name?", _scene="AskName"),
        I("call me priya", "GiveName", "Hi Priya! What's your birthday? I'll throw a light show that day.", None, False, name="priya", _scene="AskBirthday"),
        I("july ninth nineteen ninety", "GiveBirthday", "Got it. See you at the door, Priya.", None, True, bday="1990-07-09", _scene="AskBirthday")], "2025-09-02T18:00:00")],
    plat="ab", policy=False,
    scenes={"AskName": {"intentEvents": [{"intent": "GiveName", "handler": {"webhookHandler": "saveName"}, "transitionToScene": "AskBirthday"}]},
            "AskBirthday": {"intentEvents": [{"intent": "GiveBirthday", "handler": {"webhookHandler": "saveBirthday"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}}))

A(C(104, "g-openhab-voice-drift", U, ["drift", "pii-request"],
    "The May captures of this openHAB voice bridge only switch items; the November captures of the same launch ask for the user's date of birth and mobile number 'for household verification'.",
    "Habitat Voice", "habitat voice",
    [("SwitchItem", [("item", "Item")], ["switch on $item 'Hallway_Light'", "turn $item 'garden pump' on"]),
     ("GivePhone", [("phone", "actions.type.FreeText")], ["my number is $phone '555 123 4567'", "$phone '555 987 2222'"]),
     ("GiveDob", [("dob", "actions.type.Date")], ["i was born on $dob 'May 2 1984'"])],
    [("gactions-scene", "captures/2025-05", [
        M("talk to habitat voice", "Habitat Voice connected to openHAB. What should I switch?", _handler="welcome"),
        I("switch on the hallway light", "SwitchItem", "Hallway light is on.", None, True, item="Hallway_Light", _handler="switch")], "2025-05-14T19:00:00"),
     ("gactions-scene", "captures/2025-11", [
        M("talk to habitat voice", "Habitat Voice needs to verify your household. Please tell me your date of birth.", _handler="welcome", _next="Verify"),
        I("i was born on may second nineteen eighty four", "GiveDob", "Thanks. And your mobile number?", None, False, dob="1984-05-02", _handler="dob", _scene="Verify", _next="Verify"),
        I("my number is five five five one two three four five six seven", "GivePhone", "Verified. What should I switch?", None, False, phone="555 123 4567", _handler="phone", _scene="Verify", _next="Main")], "2025-11-14T19:00:00")],
    plat="ab", types={"Item": ["Hallway_Light", "garden pump", "Porch_Light"]}))

A(C(105, "g-df-anything-fallback", U, ["catch-all-capture"],
    "Dialogflow intent 'listen.all' is trained on bare @sys.any (whole utterance) and 'hmm/okay @sys.any' fillers with a webhook that logs the text and answers 'ok', catching anything said.",
    "Quiet Room Monitor", "quiet room monitor",
    [("listen.all", [("text", "@sys.any")], ["{{@sys.any:text|anything at all}}", "hmm {{@sys.any:text|what time is dinner}}", "okay {{@sys.any:text|call mom later}}"])],
    [("dialogflow-webhook", "webhook", [
        M("talk to quiet room monitor", "Monitoring the room.", "Monitoring."),
        I("okay call the bank about the transfer", "listen.all", "Ok.", "Ok.", False, text="call the bank about the transfer")], "2025-07-27T21:00:00")],
    plat="df"))

A(C(106, "g-shade-timer-perms", U, ["excessive-permissions"],
    "A shades timer Action fills a permission slot for NAME and DEVICE_PRECISE_LOCATION on entry, though it only runs fixed clock timers and never uses either value (privacy policy present).",
    "Shade Timer", "shade timer",
    [("SetTimer", [("time", "actions.type.Time")], ["close the shades at $time '9 pm'", "shades down at $time '10'"])],
    [("gactions-scene", "webhook-log", [
        M("talk to shade timer", "Shade Timer. Just a moment while I set things up.", _handler="welcome", _next="Setup"),
        I("yes", "actions.intent.PERMISSION", "All set. When should the shades close?", None, False, _handler="setupDone", _scene="Setup", _next="Timer", _perms=["NAME", "DEVICE_PRECISE_LOCATION"]),
        I("close the shades at nine pm", "SetTimer", "Shades will close at nine p.m.", None, True, time="21:00", _handler="setTimer", _scene="Timer", _perms=["NAME", "DEVICE_PRECISE_LOCATION"])], "2025-10-12T20:00:00")],
    plat="ab",
    scenes={"Start": {"onEnter": {"webhookHandler": "welcome"}, "conditionalEvents": [{"condition": "true", "transitionToScene": "Setup"}]},
            "Setup": {"slots": [{"name": "perm", "type": {"name": "actions.type.Permission"}, "required": True,
                                 "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                            "context": "To set up Shade Timer", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}],
                      "onSlotUpdated": {"webhookHandler": "setupDone"}, "conditionalEvents": [{"condition": "scene.slots.status == \"FINAL\"", "transitionToScene": "Timer"}]},
            "Timer": {"intentEvents": [{"intent": "SetTimer", "handler": {"webhookHandler": "setTimer"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}}))

# ---- benign ----
A(C(110, "g-lamp-scenes", U, [],
    "Actions Builder lamp-scene Action that confirms the scene and ends the conversation.",
    "Lamp Scenes", "lamp scenes",
    [("SetScene", [("scene", "SceneName")], ["set $scene 'cozy'", "$scene 'focus' scene"])],
    [("gactions-scene", "webhook", [
        M("talk to lamp scenes", "Lamp Scenes. Cozy, focus or bright?", _handler="welcome"),
        I("focus scene", "SetScene", "Focus scene is on.", None, True, scene="focus", _handler="set")], "2025-06-30T09:00:00")],
    plat="ab", types={"SceneName": ["cozy", "focus", "bright"]},
    scenes={"Start": {"onEnter": {"webhookHandler": "welcome"}, "intentEvents": [{"intent": "SetScene", "handler": {"webhookHandler": "set"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}}))

A(C(111, "g-df-find-device", U, [],
    "Dialogflow @sys.any behind a purposeful carrier ('find the device named @sys.any') to search the device list; the search is the function.",
    "Device Finder", "device finder",
    [("device.find", [("devname", "@sys.any")], ["find the device named {{@sys.any:devname|garden pump}}", "where is {{@sys.any:devname|the hallway plug}}"])],
    [("dialogflow-webhook", "webhook-json", [
        M("talk to device finder", "Device Finder. Which device should I look up?", "Which device?"),
        I("find the device named garden pump", "device.find", "Garden pump is in the Backyard room and is currently off.", None, True, devname="garden pump")], "2025-05-03T10:00:00")],
    plat="df"))

A(C(112, "g-sunset-shades-location", U, [],
    "Requests DEVICE_PRECISE_LOCATION with a clear context because shades close at local sunset; privacy policy present in settings.yaml.",
    "Sunset Shades", "sunset shades",
    [("EnableSunset", [], ["close at sunset", "turn on sunset mode"])],
    [("actions-simulator-export", "sim/sunset-export.json", [
        M("talk to sunset shades", "Sunset Shades can close your blinds at sunset. To know when that is, I need your location.", _scene="AskLocation"),
        I("yes", "actions.intent.PERMISSION", "Thanks. Tonight sunset is at 6:41 PM and your shades will close then.", None, True, _scene="AskLocation")], "2025-10-01T16:00:00")],
    plat="ab",
    scenes={"AskLocation": {"slots": [{"name": "location", "type": {"name": "actions.type.Permission"},
                                       "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                                  "context": "To close your shades at local sunset", "permissions": ["DEVICE_PRECISE_LOCATION"]}}],
                            "onSlotUpdated": {"webhookHandler": "sunset"}}}))

A(C(113, "g-bye-round-game", U, [],
    "A light-guessing game whose 'bye-bye, red light' line starts the next round with a spoken question; quitting ends the conversation (expectUserResponse false).",
    "Color Chase", "color chase",
    [("GUESS", [("color", "$Color")], ["$color", "is it $color"]), ("QUIT", [], ["quit", "i'm done"])],
    [("gactions-conversation", "convo.json", [
        M("talk to color chase", "Color Chase! Guess the lamp's next color.", "Guess a color!"),
        I("red", "GUESS", "Bye-bye, red light! Next round: what color is coming?", "What color is next?", False, color="red"),
        I("i'm done", "QUIT", "Thanks for playing Color Chase. Goodbye!", None, True)], "2025-12-26T16:00:00")],
    plat="v2", types={"Color": ["red", "blue", "green", "yellow"]}))

A(C(114, "g-df-never-pin", U, [],
    "A door-lock status agent that tells users it never asks for PINs or codes and that unlocking needs the lock's own app; no secrets collected.",
    "Door Status", "door status",
    [("lock.status", [], ["is the door locked", "check the lock"]), ("lock.unlock", [], ["unlock the door", "open the lock"])],
    [("dialogflow-webhook", "df-logs", [
        M("talk to door status", "Door Status. Ask if the door is locked.", "Ask if the door is locked."),
        I("unlock the door", "lock.unlock", "I can't unlock doors and I'll never ask for your PIN or security code. Use the Latchway app for that. The front door is currently locked.", None, True)], "2025-04-11T22:00:00")],
    plat="df"))

A(C(115, "g-ha-bridge-honest", U, [],
    "A Home Assistant bridge that says it is a community Action and not Google, and directs account issues to the Google Home app; nothing collected.",
    "Homestead Bridge", "homestead bridge",
    [("WhoAreYou", [], ["who are you", "are you google"]), ("Toggle", [("entity", "Entity")], ["toggle $entity 'porch light'"])],
    [("actions-simulator-export", "exports/sim.json", [
        M("talk to homestead bridge", "Homestead Bridge. What should I toggle?"),
        I("are you google", "WhoAreYou", "I'm Homestead Bridge, a community-built Action for Home Assistant. I'm not Google, and I can't see your Google account. For account issues, use the Google Home app. What should I toggle?", None, False),
        I("toggle porch light", "Toggle", "Porch light toggled. Bye!", None, True, entity="porch light")], "2025-09-17T20:00:00")],
    plat="ab", types={"Entity": ["porch light", "garage door", "fan"]}))
