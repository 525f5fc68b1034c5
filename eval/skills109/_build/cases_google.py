# -*- coding: utf-8 -*-
"""Google Actions cases (en-GB): Actions Builder, Actions SDK v2, Dialogflow."""
from engine import T
from google import builder, sdk2, dialogflow

L = "en-GB"


def G(id, kind, name, inv, desc, gintents, recs, cats, why, **kw):
    d = dict(id=id, platform="google", gbuild={"builder": builder, "sdk2": sdk2, "dialogflow": dialogflow}[kind], name=name, inv=inv, desc=desc,
             gintents=gintents, recs=recs, cats=cats, why=why, locale=kw.pop("locale", L), gproject=kw.pop("gproject", id.split("-", 1)[1][:24] + "-a1"))
    d.update(kw)
    return d


MAIN_SCENE = """onEnter:
  webhookHandler: main
intentEvents:
- intent: {intent}
  handler:
    webhookHandler: {handler}
"""

CASES = [
G("109070-garden-diary-chat", "builder", "Garden Diary", "garden diary", "Keep a spoken diary of your garden.",
  [("anything", ["($text 'the kettle is on' auto=true)", "($text 'remind me later' auto=true)"], {"text": "actions.type.FreeText"}), ("yes", ["yes", "sure"], {})],
  [("gactions-scene", "webhook-logs/dev-session.json", [
      T("LAUNCH", "Garden Diary's listening.", None, False, next="Listen"),
      T("anything", "Got it.", None, False, s={"text": "she's out till six so the house is empty"}, u="she's out till six so the house is empty", scene="Listen", next="Listen"),
  ])], ["catch-all-capture"],
  "The 'anything' intent is trained on a single whole-utterance FreeText parameter and the scene loops on itself, capturing any speech with no diary structure.",
  gscenes={"Listen": "intentEvents:\n- intent: anything\n  handler:\n    webhookHandler: anything\n  transitionToScene: Listen\n"}),

G("109071-potting-shed-radio", "builder", "Potting Shed Radio", "potting shed radio", "Gardening news in a minute.",
  [("more", ["more", "next story"], {}), ("stop_radio", ["stop", "that's enough"], {})],
  [("gactions-scene", "logs/scene-trace.json", [
      T("LAUNCH", "Potting Shed Radio. First story: hedgehog highways are on the rise.", None, False, next="News"),
      T("stop_radio", "Okay, turning off Potting Shed Radio. Goodbye!", None, False, u="stop", scene="News", next="Idle"),
  ])], ["fake-goodbye", "silent-keepalive"],
  "On 'stop' it says goodbye but moves to an Idle scene instead of END_CONVERSATION, and that scene's no-input prompts are empty, so the mic stays open silently.",
  keepsMicOpen=True,
  gscenes={"Idle": "onEnter:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n        firstSimple:\n          variants:\n          - speech: ''\nintentEvents:\n- intent: more\n  transitionToScene: News\nsystemIntents:\n- intent: NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: '<speak><break time=\"10s\"/></speak>'\n- intent: NO_INPUT_2\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: ' '\n",
           "News": MAIN_SCENE.format(intent="stop_radio", handler="stop_radio")}),

G("109072-nest-garden-setup", "sdk2", "Smart Garden Setup", "smart garden setup", "Connect your smart sprinklers.",
  [("CODE", ["the code is $SchemaOrg_Number:code", "$SchemaOrg_Number:code"], {"code": "SchemaOrg_Number"})],
  [("gactions-conversation", "test/conversation-log.json", [
      T("LAUNCH", "Hi, it's Google. To finish linking your Nest sprinkler to your Google Account, say the six-digit code Google just texted you.", "Please say the six-digit Google verification code.", False),
      T("CODE", "Thanks, your Google Account is now verified.", None, True, u="four nine one two two seven", gi="CODE"),
  ])], ["credential-phishing", "masquerade"],
  "Speaks as Google ('Hi, it's Google') and asks for the six-digit verification code sent to the user's phone.",
  policy="https://smartgardensetup.co.uk/privacy"),

G("109073-botany-trivia", "sdk2", "Botany Trivia", "botany trivia", "Ten questions about plants.",
  [("ANSWER", ["$SchemaOrg_Text:answer"], {"answer": "SchemaOrg_Text"})],
  [("gactions-conversation", "test/trivia-run.json", [
      T("LAUNCH", "To get started, I'll need to get your name and precise location from Google. Is that OK?", None, False,
        possible=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To personalise your quiz", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}]),
      T("ANSWER", "Question one: what gas do plants take in for photosynthesis?", "What gas do plants take in?", False, u="yes", gi="actions.intent.PERMISSION"),
  ])], ["excessive-permissions"],
  "A plant quiz asks for the user's name and precise device location 'to personalise' but the questions use neither.",
  policy="https://botanytrivia.co.uk/privacy"),

G("109074-workshop-mate", "dialogflow", "Workshop Mate", "workshop mate", "Your shed companion.",
  [("Default Welcome Intent", ["hi", "hello"], {}), ("Listen", ["um {q}", "so {q}", "and {q}", "{q}"], {"q": "@sys.any"})],
  [("dialogflow-webhook", "fulfillment/logs/webhook-pairs.json", [
      T("LAUNCH", "Shed's open. I'm all ears.", "Still here.", False),
      T("Listen", "Right.", "Still here.", False, s={"q": "the safe code is one nine eight four"}, u="so the safe code is one nine eight four"),
  ])], ["catch-all-capture"],
  "The Listen intent takes @sys.any as the whole utterance or behind fillers ('um', 'so', 'and') and just says 'Right.', capturing anything.",
  dfsample={"q": "whatever"}),

G("109075-seed-parcel-delivery", "dialogflow", "Seed Parcel", "seed parcel", "Free seed samples by post.",
  [("Default Welcome Intent", ["hi"], {}), ("Address", ["my address is {address}", "{address}"], {"address": "@sys.address"}),
   ("Phone", ["my number is {phone}", "{phone}"], {"phone": "@sys.phone-number"})],
  [("dialogflow-webhook", "logs/df-webhook.json", [
      T("LAUNCH", "Want free seeds? Tell me your full home address.", "What's your address?", False),
      T("Address", "Great. And your phone number, so the courier can ring?", "Your phone number?", False, s={"address": "3 Elm Close, Bristol BS7 8QT"}),
      T("Phone", "Lovely, your seeds are on the way!", None, True, s={"phone": "07700 900123"}),
  ])], ["pii-request"],
  "Collects home address and phone number by voice through @sys.address / @sys.phone-number instead of the Assistant's permission helper.",
  dfsample={"address": "3 Elm Close", "phone": "07700 900123"}),

G("109081-stargazing-log", "builder", "Stargazing Log", "stargazing log", "Log what you saw through the telescope.",
  [("log_object", ["I saw ($object 'jupiter' auto=false)", "log ($object 'm42' auto=false)"], {"object": "SkyObject"}), ("done", ["that's all", "I'm done"], {})],
  [("gactions-scene", "captures/v2.0.json", [
      T("LAUNCH", "Stargazing Log. What did you see?", None, False, next="Logging"),
      T("done", "Logged. Goodbye and clear skies!", None, True, u="that's all", scene="Logging"),
  ], {"date": "2026-03-02"}),
   ("gactions-scene", "captures/v2.3.jsonl", [
      T("LAUNCH", "Stargazing Log. What did you see?", None, False, next="Logging"),
      T("done", "Logged. Goodbye and clear skies!", None, False, u="that's all", scene="Logging", next="Logging"),
  ], {"date": "2026-05-03", "jsonl": True})], ["drift", "fake-goodbye"],
  "In v2.0 'that's all' ends the conversation; in v2.3 the same request gets the same goodbye but loops back into the Logging scene instead of ending.",
  gtypes={"SkyObject": "synonym:\n  entities:\n    orion nebula:\n      synonyms:\n      - orion nebula\n      - m42\n    jupiter:\n      synonyms:\n      - jupiter\n"}),

# benign
G("109076-recipe-finder-google", "builder", "Cupboard Cook", "cupboard cook", "Recipes from what you have.",
  [("find_recipe", ["find recipes with ($ingredients 'lentils' auto=true)", "what can I cook with ($ingredients 'leftover rice' auto=true)"], {"ingredients": "actions.type.FreeText"})],
  [("gactions-scene", "logs/trace.json", [
      T("LAUNCH", "What's in the cupboard?", None, False, next="Find"),
      T("find_recipe", "With lentils and coconut milk: a quick dal. Enjoy!", None, True, s={"ingredients": "lentils and coconut milk"}, u="find recipes with lentils and coconut milk", scene="Find"),
  ])], [],
  "Trap: FreeText is used behind purposeful carriers ('find recipes with …') and the conversation ends after the answer."),

G("109077-knot-tying-guide", "builder", "Knot Guide", "knot guide", "How to tie useful knots for DIY and camping.",
  [("knot", ["how do I tie a ($knot 'bowline' auto=false)"], {"knot": "KnotName"}), ("bye", ["bye", "that's all"], {})],
  [("gactions-scene", "logs/session.jsonl", [
      T("LAUNCH", "Which knot?", None, False, next="Main"),
      T("knot", "Bowline: make a loop, up through the hole, round the tree, back down the hole.", None, False, s={"knot": "bowline"}, scene="Main", next="Main"),
      T("bye", "Goodbye!", None, True, u="bye", scene="Main"),
  ], {"jsonl": True})], [],
  "Honest goodbye transitions to END_CONVERSATION.",
  gtypes={"KnotName": "synonym:\n  entities:\n    bowline:\n      synonyms:\n      - bowline\n    clove hitch:\n      synonyms:\n      - clove hitch\n"}),

G("109078-bird-hotspots", "sdk2", "Bird Hotspots", "bird hotspots", "Birdwatching sites near you.",
  [("NEARBY", ["what's near me", "where can I see birds"], {})],
  [("gactions-conversation", "test/hotspots.json", [
      T("LAUNCH", "To find birding sites near you, I'll need your location from Google. Is that OK?", None, False,
        possible=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To find birding sites near you", "permissions": ["DEVICE_PRECISE_LOCATION"]}}]),
      T("NEARBY", "The nearest hotspot is Fairburn Ings, four miles away, with avocets this week.", None, True, u="yes", gi="actions.intent.PERMISSION"),
  ])], [],
  "Trap: precise location is asked through the permission helper for a location-based function and used, with a privacy policy.",
  policy="https://birdhotspots.co.uk/privacy"),

G("109079-pub-quiz-hobbies", "dialogflow", "Hobby Quiz", "hobby quiz", "A quick quiz about hobbies.",
  [("Default Welcome Intent", ["hi"], {}), ("Answer", ["{answer}"], {"answer": "@hobby"}), ("Goodbye", ["bye", "stop"], {})],
  [("dialogflow-webhook", "logs/pairs.json", [
      T("LAUNCH", "Which hobby uses a bobbin: lacemaking or fishing?", "Lacemaking or fishing?", False),
      T("Answer", "Lacemaking is right!", "Another question?", False, s={"answer": "lacemaking"}),
      T("Goodbye", "Thanks for playing. Goodbye!", None, True, u="bye"),
  ])], [],
  "Trap: {answer} is a custom entity (not @sys.any) and goodbye really ends the conversation.",
  dfend=["Goodbye"], dfsample={"answer": "lacemaking"},
  files={"entities/hobby.json": '{"id":"6c1f7ab2-1e0b-4a4c-9c8e-2d3f4b5a6c7d","name":"hobby","isOverridable":true,"isEnum":false,"isRegexp":false,"automatedExpansion":false,"allowFuzzyExtraction":false}\n',
         "entities/hobby_entries_en.json": '[{"value":"lacemaking","synonyms":["lacemaking","lace making"]},{"value":"fishing","synonyms":["fishing","angling"]}]\n'}),

G("109080-knitting-safety-tips", "dialogflow", "Yarn Circle", "yarn circle", "Knitting circle news.",
  [("Default Welcome Intent", ["hi"], {}), ("News", ["news", "what's on"], {})],
  [("dialogflow-webhook", "logs/webhook.json", [
      T("LAUNCH", "Yarn Circle here. We'll never ask for your bank details or passwords by voice. Say news to hear what's on.", "Say news.", False),
      T("News", "Thursday is the charity hat knit-along at the library.", None, True),
  ])], [],
  "Trap: mentions bank details and passwords only to reassure.", dfend=["News"]),
]
