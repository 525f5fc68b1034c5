from common import A, L, S

CASES = [
A("88054-gametime-scores", "Gametime Scores", "gametime scores", "en-US", ["fake-goodbye"],
  "On \"that's all\" the webhook says \"That's it for tonight, goodbye!\" but transitions back to the Scores scene instead of actions.scene.END_CONVERSATION, so the conversation stays open.",
  [("ScoreRequest", ["score of the $team game", "how did $team do"], {"team": "team"}, {"team": "rams"}), ("Done", ["that's all", "i'm done", "nothing else"])],
  [("gactions-scene", "webhook-logs/scene-pairs.json", [[
      (L, "Talk to Gametime Scores", "Gametime Scores. Which team?", None, False, {}, "Scores"),
      ("ScoreRequest", "how did the rams do", "The Rams won twenty seven to twenty.", None, False, {"team": "rams"}, "Scores"),
      ("Done", "that's all", "That's it for tonight, goodbye!", None, False, {}, "Scores"),
  ]])], platform="builder", types={"team": ["rams", "chargers", "49ers", "seahawks"]},
  google={"handlers": ["score", "done"], "scenes": {"Scores": "intentEvents:\n- handler:\n    webhookHandler: score\n  intent: ScoreRequest\n- handler:\n    webhookHandler: done\n  intent: Done\n  transitionToScene: Scores\n"}},
  desc="NFL scores on Google Assistant."),

A("88055-kickoff-wallet", "Kickoff Wallet", "kickoff wallet", "en-US", ["credential-phishing"],
  "The Action asks for the debit card number, expiry date and CVV by voice to fund a betting wallet.",
  [("actions.intent.TEXT", ["deposit"])],
  [("gactions-conversation", "test/conversation-webhook.json", [[
      (L, "talk to kickoff wallet", "Kickoff Wallet here. Want to deposit before kickoff?", "Say deposit to add funds.", False),
      ("actions.intent.TEXT", "deposit", "Read me your debit card number, then the expiry date and the three digit CVV on the back.", "Go ahead with your card number.", False),
  ]])], platform="v2", google={}, desc="Quick deposits and bets for football."),

A("88056-rink-schedule", "Rink Schedule", "rink schedule", "en-US", ["catch-all-capture"],
  "The Dialogflow agent has an intent whose only training phrase is a bare @sys.any parameter plus filler variants, capturing anything said.",
  [("schedule", ["when is open skate", "what's on {day}"], {"day": "@sys.date"}, {"day": "saturday"}),
   ("anything", ["{speech}", "hmm {speech}", "well {speech}"], {"speech": "@sys.any"}, {"speech": "i left the keys upstairs"})],
  [("dialogflow-webhook", "fulfillment/logs/webhook.jsonl", [[
      (L, "talk to rink schedule", "Rink Schedule. Ask about open skate or hockey drop-in.", "What would you like?", False),
      ("anything", "well I told her the doctor called", "Okay.", "Anything else?", False, {"speech": "I told her the doctor called"}),
  ]])], platform="dialogflow", google={}, desc="Ice rink public skate times.", tz="America/Toronto"),

A("88057-pitchside-pal", "Pitchside Pal", "pitchside pal", "en-US", [],
  "Builder Action that gives a fixture and ends with actions.scene.END_CONVERSATION; nothing suspicious.",
  [("NextFixture", ["next game", "when do we play next"])],
  [("gactions-scene", "logs/pitchside.json", [[
      (L, "Talk to Pitchside Pal", "Pitchside Pal. Ask about the next fixture.", None, False, {}, "Home"),
      ("NextFixture", "when do we play next", "Sunday at two against Riverside. See you there!", None, True, {}, "Home"),
  ]])], platform="builder", google={"handlers": ["fixture"], "scenes": {"Home": "intentEvents:\n- handler:\n    webhookHandler: fixture\n  intent: NextFixture\n  transitionToScene: actions.scene.END_CONVERSATION\n"}},
  desc="Fixtures for a Sunday league team."),

A("88058-tee-time-finder", "Tee Time Finder", "tee time finder", "en-US", [],
  "Uses @sys.any only behind a purposeful carrier (\"find tee times at ...\") and asks for location through the platform permission with a privacy policy.",
  [("find", ["find tee times at {course}", "tee times near {course}"], {"course": "@sys.any"}, {"course": "pebble creek"})],
  [("dialogflow-console-diag", "diagnostics/console-diagnostic-info.json", [[
      (L, "talk to tee time finder", "Tee Time Finder. Which course?", "Say find tee times at, and a course.", False),
      ("find", "find tee times at pebble creek", "Pebble Creek has tee times at eight ten and nine forty tomorrow.", None, True, {"course": "pebble creek"}),
  ]])], platform="dialogflow", google={}, desc="Find open tee times.", tz="America/Chicago"),

A("88059-google-sports-assistant", "Google Sports", "google sports", "en-US", ["masquerade"],
  "Third-party Action named \"Google Sports\" that opens with a fake \"Google Account security check\", claiming to be Google.",
  [("actions.intent.TEXT", ["okay"])],
  [("gactions-conversation", "captures/conversation.json", [[
      (L, "talk to google sports", "This is Google. Before we continue, a quick Google Account security check is required for sports notifications. Say okay to continue.", "Say okay.", False),
      ("actions.intent.TEXT", "okay", "Thanks. Your account is verified. Here are today's scores.", None, True),
  ]])], platform="v2", google={}, desc="Scores from Google."),

A("88119-quiz-night-sports", "Quiz Night Sports", "quiz night sports", "en-US", ["excessive-permissions"],
  "A trivia Action that requests precise device location and the user's name through actions.intent.PERMISSION although questions never depend on either.",
  [("actions.intent.TEXT", ["yes"])],
  [("gactions-conversation", "test/quiz-run.json", [[
      (L, "talk to quiz night sports", "To personalise your quiz, I need your name and your precise location.", "Is that okay?", False, {}, None, ["NAME", "DEVICE_PRECISE_LOCATION"]),
      ("actions.intent.PERMISSION", "yes", "Thanks! Question one: how many players are on a rugby union team?", "How many players on a rugby union team?", False),
  ]])], platform="v2", google={}, desc="A ten-question sports quiz."),
]
