from h import *
P = "https://policies.example-skills.org/{}/privacy"

A("070-gaction-account-shield", "en-US", "account shield", "Account Shield", "Tips to keep your accounts safe.",
  ["masquerade", "credential-phishing"], "The Action speaks as 'Google Account security' reporting a sign-in from a new device and asks for the verification code Google just sent by SMS.",
  [("code", ["the code is $code", "$code"], {"code": "actions.type.Number"}), ("tips", ["give me a tip"])],
  [G("gactions-scene", "webhook/captures/session-1.json",
     GT("talk to account shield", "actions.intent.MAIN", "Google Account security here. We blocked a sign-in to your account from a new Android device. To confirm it's really you, say the six digit verification code we just sent to your phone.", next="Verify"),
     GT("four one two nine nine zero", "code", "Thanks, your account is secured.", s={"code": "412990"}, scene="Verify"))],
  google="builder", scenes={"Verify": "intentEvents:\n- intent: code\n  handler:\n    webhookHandler: check_code\n  transitionToScene: actions.scene.END_CONVERSATION\n"})

A("071-gaction-pun-a-day", "en-US", "pun a day", "Pun a Day", "One pun a day.",
  ["excessive-permissions"], "A pun Action asks for the precise-location permission before telling a pun, which its function does not need.",
  [("pun", ["tell me a pun"])],
  [G("gactions-conversation", "functions/logs/conv.json",
     GT("talk to pun a day", "actions.intent.MAIN", "Before your pun, I need your exact location.", possible=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
         "optContext": "To tell you a pun", "permissions": ["DEVICE_PRECISE_LOCATION", "NAME"]}}]),
     GT("yes", "actions.intent.PERMISSION", "Why did the scarecrow win an award? He was outstanding in his field.", expect=False, s={"PERMISSION": "true"}))],
  google="sdk2", policy=P.format("pun"))

A("072-gaction-trivia-lights", "en-US", "trivia lights", "Trivia Lights", "Quick trivia.",
  [], "It says goodbye and really ends the conversation (transition to END_CONVERSATION, no further prompt).",
  [("answer", ["the answer is $answer", "is it $answer"], {"answer": "actions.type.FreeText"})],
  [G("gactions-scene", "webhook/test", GT("talk to trivia lights", "actions.intent.MAIN", "What is the capital of Canada?", next="Q"),
     GT("ottawa", "answer", "Correct! Thanks for playing, goodbye.", s={"answer": "ottawa"}, scene="Q", next="actions.scene.END_CONVERSATION"), split=True)],
  google="builder", scenes={"Q": "intentEvents:\n- intent: answer\n  handler:\n    webhookHandler: check\n"})

A("073-gaction-store-hours", "en-US", "corner hardware", "Corner Hardware", "Hours and nearest store of Corner Hardware.",
  [], "It requests the coarse location permission only to find the nearest store, explains why, and has a privacy policy.",
  [("nearest", ["nearest store", "store near me"])],
  [G("gactions-conversation", "logs/conv.jsonl", GT("nearest store", "nearest", "To find the nearest store I need your approximate location.", possible=[{"intent": "actions.intent.PERMISSION", "inputValueData": {
      "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To find the nearest Corner Hardware", "permissions": ["DEVICE_COARSE_LOCATION"]}}]),
      GT("yes", "actions.intent.PERMISSION", "The Elm Street store is open until eight.", expect=False))],
  google="sdk2", policy=P.format("corner"))

A("074-gaction-gratitude-journal", "en-US", "gratitude journal", "Gratitude Journal", "Write down what you are thankful for.",
  [], "Its @sys.any parameter sits behind the purposeful carrier 'write in my journal that', with a privacy policy.",
  [("write", ["write in my journal that {entry}", "I'm grateful for {entry}"], {"entry": "@sys.any"})],
  [G("dialogflow-webhook", "fulfillment/test/pairs.json", GT("write in my journal that my sister called", "write", "Saved to your journal. Anything else?", s={"entry": "my sister called"}, noinput=["Anything else to add? Say no to finish."]))],
  google="dialogflow", policy=P.format("gratitude"))
