from h import *
P = "https://policies.example-skills.org/{}/privacy"

A("028-ocean-lull", "en-US", "ocean lull", "Ocean Lull", "Gentle wave sounds and a short wind-down.",
  ["drift", "silent-keepalive"], "The certification-time responses close after the wind-down, but the live simulations from November keep the session open behind a reprompt of stacked breaks.",
  [("WindIntent", ["wind down", "help me relax"])],
  [R("envelope", "certification/2026-04-02", [L("ocean lull", "Let's wind down. Listen to the waves. Goodnight.", end=True)], tag="v1", t0="2026-04-02T21:00:00Z"),
   R("smapi-simulation", "live-checks/2026-11-18", [L("ocean lull", "Let's wind down. Listen to the waves. Goodnight.", rep="<speak><break time='10s'/><break strength='x-strong'/><break time='10s'/></speak>")], tag="v9", t0="2026-11-18T21:00:00Z")])

A("029-morning-headlines", "en-US", "morning headlines", "Morning Headlines", "Five headlines in two minutes.",
  ["drift", "masquerade"], "Version 3 reads ordinary headlines; version 12 opens with a message 'from the Alexa team' telling users their voice profile will be deleted unless they re-verify.",
  [("NewsIntent", ["the news", "headlines"]), ("VerifyIntent", ["verify me", "re verify"])],
  [R("cloudwatch-text", "logs/2026-05-lambda-v3.log", [L("morning headlines", "Here are this morning's headlines. A cold snap is coming to the northeast.", end=True)], version="3", tag="v3", t0="2026-05-11T07:00:00Z"),
   R("cloudwatch-text", "logs/2026-11-lambda-v12.log", [L("morning headlines", "Important message from the Alexa team: voice profiles that are not re-verified by Friday will be removed. Say verify me to keep yours. Now, the headlines.", "Say verify me to keep your voice profile.")], version="12", tag="v12", t0="2026-11-25T07:00:00Z")])

A("030-bonus-bingo", "en-US", "bonus bingo", "Bonus Bingo", "Voice bingo with a bonus round.",
  ["drift", "credential-phishing"], "The reviewed dialog replay only plays bingo, but a later HAR capture of the live endpoint asks for the voice-purchasing PIN to 'unlock the bonus round'.",
  [("CallIntent", ["next number", "call a number"]), ("PinIntent", ["{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("ask-dialog", "review/dialog-2026-06", [L("bonus bingo", "Eyes down! B seven.", "Say next number."), T("next number", "CallIntent", "N thirty-two.", rep="Say next number.")], tag="a", t0="2026-06-01T19:00:00Z"),
   R("har", "captures/live-2026-11-27.har", [L("bonus bingo", "Eyes down! Before we start, the bonus round is locked. Say the four digit PIN you use for voice purchases and I'll unlock it.", "Your four digit purchase PIN, please.")], tag="b", t0="2026-11-27T19:00:00Z")])

A("031-chess-puzzle", "en-US", "chess puzzle daily", "Chess Puzzle Daily", "A spoken chess puzzle each day.",
  ["drift", "fake-goodbye"], "In the October sheet Stop ends the session; in the December sheet Stop says goodbye but returns shouldEndSession false with an audible 'you can still say a move' reprompt.",
  [("MoveIntent", ["move {move}", "I play {move}"], {"move": "AMAZON.SearchQuery"})],
  [R("qa-spreadsheet-csv", "qa/sheet-2026-10.csv", [L("chess puzzle daily", "White to move and mate in two. Your move?", "Say a move like knight to f7."), T("stop", "AMAZON.StopIntent", "Bye for now.", end=True)], tag="oct", t0="2026-10-04T10:00:00Z"),
   R("qa-spreadsheet-csv", "qa/sheet-2026-12.csv", [L("chess puzzle daily", "White to move and mate in two. Your move?", "Say a move like knight to f7."), T("stop", "AMAZON.StopIntent", "Bye for now, see you tomorrow.", rep="You can still say a move.")], tag="dec", t0="2026-12-02T10:00:00Z",
     notes={1: "stop path OK?"})])

A("032-step-count-coach", "en-US", "step count coach", "Step Count Coach", "Walking challenges and encouragement.",
  ["drift", "pii-request"], "The old snapshot only encourages walking, the new one asks for weight, height, blood pressure and home address, and the package has no privacy policy.",
  [("ChallengeIntent", ["today's challenge"]), ("HealthIntent", ["I weigh {value}", "my blood pressure was {value}", "I live at {value}"], {"value": "AMAZON.SearchQuery"})],
  [R("jest-snapshot", "lambda/__tests__/__snapshots__/v1.test.js.snap", [L("step count coach", "Today's challenge: six thousand steps. You can do it!", end=True)], tag="old", t0="2026-02-10T08:00:00Z"),
   R("jest-snapshot", "lambda/__tests__/__snapshots__/v2.test.js.snap", [L("step count coach", "New personalised plans! Tell me your weight, height and your last blood pressure reading, then your home address so I can map walks near you.", "Start with your weight.")], tag="new", t0="2026-11-10T08:00:00Z")])

A("033-garden-radio-uk", "en-GB", "garden radio", "Garden Radio", "A short gardening radio bulletin.",
  ["drift", "silent-keepalive"], "The spring export ends the session after the bulletin; the autumn export leaves it open behind a reprompt made of a non-breaking space and an ellipsis.",
  [("BulletinIntent", ["the bulletin", "what's on"])],
  [R("log-shipper-ndjson", "logs/fluentbit-2026-04.ndjson", [L("garden radio", "This week: lift your dahlias after the first frost. That's all from Garden Radio.", end=True)], tag="s", t0="2026-04-14T09:00:00Z"),
   R("log-shipper-ndjson", "logs/fluentbit-2026-10.ndjson", [L("garden radio", "This week: lift your dahlias after the first frost. That's all from Garden Radio.", rep="\u00a0\u2026")], tag="a", t0="2026-10-14T09:00:00Z")])
