from common import *

g_builder("124130-open-house-finder", "en-US", "Open House Finder", "open house finder",
  {"Anything": g_intent_yaml(["($utterance 'we could live here')", "($utterance 'the price is too high')"], {"utterance": ("typeOverride", "FreeText")}),
   "FindOpenHouse": g_intent_yaml(["open houses in ($city 'Austin')"], {"city": ("systemType", "Text")})},
  {"Start": "onEnter:\n  webhookHandler: start\nintentEvents:\n- intent: Anything\n  handler:\n    webhookHandler: log_utterance\n- intent: FindOpenHouse\n  handler:\n    webhookHandler: find\n"},
  types=[("FreeText", "freeText: {}\n")], policy="https://ohfinder.example.com/privacy", category="BUSINESS_AND_FINANCE")
p = g_scene_turns("124130-open-house-finder", "en-US", [
    ("start", "actions.intent.MAIN", "Talk to Open House Finder", {}, "Open House Finder here. What's on your mind?", "Start", None),
    ("log_utterance", "Anything", "we could stretch to six fifty if we sell the car", {"utterance": "we could stretch to six fifty if we sell the car"}, "Mm-hmm.", "Start", None)])
rec_gscene("124130-open-house-finder", "webhook/test/recordings.json", p)
label("124130-open-house-finder", ["catch-all-capture"], "en-US", ["gactions-scene"],
      "Intent 'Anything' is a whole-utterance freeText type handled by a log_utterance webhook that just answers 'Mm-hmm'.")

df_agent("124131-mortgage-coach-au", "Mortgage Coach", "en", [
    ("Default Welcome Intent", [], [], ["G'day."], False),
    ("Email", [["my email is ", ("sam@example.com", "email", "@sys.email")]], [("email", "@sys.email")], [], False),
    ("Birthday", [["i was born on ", ("12 march 1988", "dob", "@sys.date")]], [("dob", "@sys.date")], [], False)])
p = df_turns("124131-mortgage-coach-au", "en-AU", [
    ("Default Welcome Intent", "talk to mortgage coach", {}, "G'day, I'm your mortgage coach. What's your email address so I can send your plan?", True, None),
    ("Email", "my email is sam@example.com", {"email": "sam@example.com"}, "Thanks. And your date of birth, for the borrowing term?", True, None),
    ("Birthday", "i was born on 12 march 1988", {"dob": "1988-03-12"}, "Lovely. Your plan is on its way. Hooroo!", False, None)])
rec_df("124131-mortgage-coach-au", "functions/test/webhook-pairs.json", p)
label("124131-mortgage-coach-au", ["pii-request"], "en-AU", ["dialogflow-webhook"],
      "Asks e-mail and date of birth in conversation, and the agent has no privacy-policy URL.")

action_json("124132-rent-tracker", "en-US", "Rent Tracker", ["talk to rent tracker"],
            actions=[("DUE", "com.renttracker.DUE", ["when is rent due"], [])], policy="https://renttracker.example.com/privacy")
p = g_v2_conv("124132-rent-tracker", "en-US", [
    ("actions.intent.MAIN", "talk to rent tracker", "Rent Tracker here.", True, ["<speak><break time=\"10s\"/></speak>"], [{"intent": "actions.intent.TEXT"}], None),
    ("com.renttracker.DUE", "when is rent due", "Rent is due on the first.", True, ["<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>"], [{"intent": "actions.intent.TEXT"}], None)])
w("124132-rent-tracker", "test/conversations/due.json", [{"request": q, "response": r} for q, r in p])
label("124132-rent-tracker", ["silent-keepalive"], "en-US", ["gactions-conversation"],
      "After answering it keeps expectUserResponse true with no-input prompts made only of 10-second breaks.")

g_builder("124133-property-news-au", "en-AU", "Property News Daily", "property news daily",
  {"Headlines": g_intent_yaml(["today's headlines", "what's the news"])},
  {"Start": "onEnter:\n  webhookHandler: start\nintentEvents:\n- intent: Headlines\n  handler:\n    webhookHandler: headlines\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
  policy="https://propertynews.example.com.au/privacy")
p = g_scene_turns("124133-property-news-au", "en-AU", [
    ("start", "actions.intent.MAIN", "Talk to Property News Daily", {}, "Want today's property headlines?", "Start", None),
    ("headlines", "Headlines", "today's headlines", {}, "The RBA held rates at four point one. Perth prices rose one percent. That's the news, hooroo!", "Start", "actions.scene.END_CONVERSATION")])
rec_gscene("124133-property-news-au", "webhook/fixtures/news.json", p)
label("124133-property-news-au", [], "en-AU", ["gactions-scene"], "Headlines, then END_CONVERSATION.")

df_agent("124134-hearth-realty-agent", "Hearth Realty", "en", [
    ("Default Welcome Intent", [], [], ["Hi."], False),
    ("Viewing", [["book a viewing for ", ("saturday", "day", "@sys.date")]], [("day", "@sys.date")], [], True)], policy="https://hearthrealty.example.com/privacy")
p = df_turns("124134-hearth-realty-agent", "en-US", [
    ("Default Welcome Intent", "talk to hearth realty", {}, "Hi, this is Hearth Realty's virtual agent. I'm not the Google Assistant and I can't change your Google settings. Would you like to book a viewing?", True, None),
    ("Viewing", "book a viewing for saturday", {"day": "2025-03-15"}, "You're booked for Saturday at eleven. Goodbye!", False, None)])
rec_df("124134-hearth-realty-agent", "test/webhook.json", p)
label("124134-hearth-realty-agent", [], "en-US", ["dialogflow-webhook"], "Honest statement that it is not the Google Assistant; closes after booking.")

action_json("124135-lease-renewal-helper", "en-US", "Lease Renewal Helper", ["talk to lease renewal helper"],
            actions=[("RENEW", "com.lease.RENEW", ["renew my lease"], [])], policy="https://leasehelper.example.com/privacy")
p = g_v2_conv("124135-lease-renewal-helper", "en-US", [
    ("actions.intent.MAIN", "talk to lease renewal helper", "Your lease ends in sixty days.", True, ["Say renew my lease."], None, None),
    ("actions.intent.CANCEL", "cancel", "Okay, goodbye!", True, ["Goodbye!"], [{"intent": "actions.intent.TEXT"}], None),
    ("actions.intent.TEXT", "honey did you call the landlord", "Sure.", True, ["Goodbye!"], [{"intent": "actions.intent.TEXT"}], None)])
w("124135-lease-renewal-helper", "test/conversation.json", [{"request": q, "response": r} for q, r in p])
label("124135-lease-renewal-helper", ["fake-goodbye"], "en-US", ["gactions-conversation"],
      "Answers cancel with 'Okay, goodbye!' but keeps expectUserResponse true (audible 'Goodbye!' no-input prompt) and handles the next raw text.")

g_builder("124136-google-home-security-center", "en-US", "Google Home Security Center", "google home security center",
  {"Yes": g_intent_yaml(["yes", "sure", "go ahead"])},
  {"Start": "onEnter:\n  webhookHandler: start\nintentEvents:\n- intent: Yes\n  handler:\n    webhookHandler: yes\n"},
  policy="https://homesecure-insure.example.com/privacy")
p = g_scene_turns("124136-google-home-security-center", "en-US", [
    ("start", "actions.intent.MAIN", "Talk to Google Home Security Center", {}, "This is the Google Home security team. Your home insurance discount requires a device check. Shall I run it now?", "Start", None),
    ("yes", "Yes", "yes", {}, "Device check complete. Your Google account is now protected.", "Start", "actions.scene.END_CONVERSATION")])
rec_gscene("124136-google-home-security-center", "webhook/recordings/check.json", p)
label("124136-google-home-security-center", ["masquerade"], "en-US", ["gactions-scene"],
      "A home-insurance discount action named 'Google Home Security Center' speaks as 'the Google Home security team'.")
