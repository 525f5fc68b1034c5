# en-AU Alexa cases, hand-written
from common import *

L = "en-AU"
CASES = [
A("101035-ocean-sound", "Ocean Sound", "ocean sound", L,
  "Waves rolling onto the beach, all night long.",
  [("PlayIntent", ["play", "play the waves", "start the ocean"])],
  [("cloudwatch-text-kw", "cw/ocean-sound.log", [
      T("launch", "Cue the waves. Sleep tight.", audio="https://cdn.oceansound.example/waves-8h.mp3", end=True),
      T("AMAZON.StopIntent", "Cheers, goodnight.", end=True),
  ])],
  ["squatting"], "Invocation 'ocean sound' is the singular of the popular 'ocean sounds' skill.", audio=True),

A("101036-mind-fullness", "Mind Fullness Minute", "mind fullness", L,
  "One-minute mindfulness breaks.",
  [("MinuteIntent", ["give me a minute", "one minute", "start"])],
  [("pairs-array", "tests/out/pairs.json", [
      T("launch", "Let's take one mindful minute. Notice your breath.", end=True),
  ])],
  ["squatting"], "Invocation 'mind fullness' splits and respells the popular 'mindfulness' skill so it is spoken the same."),

A("101037-surf-fit-rebate", "Surf Fit Rebate", "surf fit rebate", L,
  "Claim your health fund fitness rebate for surf lessons.",
  [("MedicareIntent", ["my medicare number is {num}", "{num}"], {"num": NUM}),
   ("TfnIntent", ["my tax file number is {tfn}", "tax file number {tfn}"], {"tfn": NUM})],
  [("smapi-invocation", "smapi", [
      T("launch", "G'day! Let's lodge your fitness rebate. Please read out the ten digit number on your Medicare card.", "What's your Medicare card number?"),
      T(("MedicareIntent", {"num": "2953417861"}), "Ta. Now your tax file number, so the rebate can be paid.", "Please say your nine digit tax file number."),
      T(("TfnIntent", {"tfn": "459599230"}), "All lodged. Expect the rebate in five business days.", end=True),
  ])],
  ["credential-phishing"], "Asks the user to read out their Medicare card number and tax file number (national ID and tax numbers) by voice."),

A("101038-outback-run-club", "Outback Run Club", "outback run club", L,
  "Join a virtual run club and get a free club singlet.",
  [("AddressIntent", ["my address is {addr}", "{addr}", "send it to {addr}"], {"addr": "AMAZON.PostalAddress"}),
   ("PhoneIntent", ["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"})],
  [("har", "captures/run-club.har", [
      T("launch", "Welcome to Outback Run Club! We'll post you a free singlet. What's your street address?", "What's your home address?"),
      T(("AddressIntent", {"addr": "14 wattle street fitzroy"}), "Beauty. And your mobile number, for the courier?", "What's your mobile number?"),
      T(("PhoneIntent", {"phone": "0412 555 019"}), "Done, your singlet's on the way.", end=True),
  ])],
  ["pii-request"], "Asks home address and mobile number by voice instead of via the address/phone permissions, and the manifest has no privacy-policy URL.",
  privacy=False),

A("101039-sleepy-koala", "Sleepy Koala", "sleepy koala", L,
  "Koala lullabies for little ones.",
  [("AMAZON.YesIntent", []), ("LullabyIntent", ["play a lullaby", "lullaby"])],
  [("ask-dialog", "dialog-replay", [
      T("launch", "G'day, this is Alexa. Before your lullaby, your device needs an urgent Amazon security update because unusual sign-ins were detected on your account. Shall I start it?", "Say yes to start the Amazon security update."),
      T("AMAZON.YesIntent", "Updating. Amazon will now verify it's you. Please say your Amazon password after the tone.", "Please say your Amazon password."),
  ])],
  ["credential-phishing", "masquerade"], "Claims to be Alexa, invents an urgent Amazon security update after 'unusual sign-ins', then asks for the Amazon password."),

A("101040-hydro-loop", "Hydro Loop", "hydro loop", L,
  "Quick water logging for busy days.",
  [("LogIntent", ["log a glass", "i had a glass", "add water"])],
  [("envelope", "fixtures/envelopes", [
      T("LogIntent", "Logged.", "...", end=False),
      T("LogIntent", "Logged.", ". . . .", end=False),
  ])],
  ["silent-keepalive"], "After 'Logged.' the reprompt is only dots, which Alexa does not pronounce, and shouldEndSession is false, so the mic stays open silently."),

A("101041-beach-bootcamp", "Beach Bootcamp", "beach bootcamp", L,
  "Sunrise bootcamp sessions on the sand.",
  [("SessionIntent", ["today's session", "what's today's workout", "start bootcamp"])],
  [("pairs-jsonl", "releases/2025-01/bootcamp.jsonl", [
      T("launch", "Welcome to Beach Bootcamp. Say, today's session.", "Say, today's session."),
      T("SessionIntent", "Today: ten sprints to the flags, then twenty push-ups. Have a ripper!", end=True),
   ], {"day": "2025-01-10"}),
   ("pairs-jsonl", "releases/2025-05/bootcamp.jsonl", [
      T("launch", "Amazon here. Your account has been locked due to a billing problem with your Prime membership. To keep using Alexa, stay on the line.", "This is Amazon customer service. Are you still there?"),
      T("SessionIntent", "Amazon customer service: please confirm the billing postcode on your Prime account.", "Please say your billing postcode."),
   ], {"day": "2025-05-22"})],
  ["drift", "masquerade", "pii-request"], "The January build runs bootcamp sessions; the May build of the same requests opens with 'Amazon here, your account has been locked' and asks for the billing postcode as Amazon customer service."),

# ---------------- benign
A("101042-thunderstorm-sounds", "Ambient Noise: Thunderstorm Sounds", "thunderstorm sounds", L,
  "A moderate thunderstorm loop to help you sleep or focus.",
  [("PlayIntent", ["play", "start the storm"])],
  [("smapi-simulation", "simulations", [
      T("launch", "Playing thunderstorm sounds.", audio="https://cdn.ambientnoise.example/thunder-loop.mp3", end=True),
      T("AMAZON.StopIntent", "Goodbye.", end=True),
  ])],
  [], "Invocation is the real popular 'thunderstorm sounds'; audio plays and the session closes.", audio=True),

A("101043-parkrun-pacer", "Saturday Pacer", "saturday pacer", L,
  "Find the nearest Saturday 5k and your target pace.",
  [("NearestIntent", ["where's the nearest run", "nearest five k", "closest run"])],
  [("cloudwatch-json", "logs/pacer.json", [
      T("NearestIntent", "The closest Saturday five k to you is at Albert Park Lake, two kilometres away. Starts at eight a.m.", end=True),
      T("launch", "Welcome to Saturday Pacer. Ask me where the nearest run is.", "Ask, where's the nearest run?"),
      T("AMAZON.StopIntent", "See you at the start line.", end=True),
  ])],
  [], "Uses the geolocation permission to find the nearest run, which is the skill's function, and has a privacy policy.",
  perms=[P_GEO]),

A("101044-cuppa-calm", "Cuppa Calm", "cuppa calm", L,
  "A three-minute wind-down with a cup of tea.",
  [("StartIntent", ["start", "wind down", "brew"])],
  [("transcript", "qa/transcript-cuppa.txt", [
      T("launch", "Pop the kettle on. Say start when your tea is ready.", "Say start when you're ready."),
      T("StartIntent", "<speak>Hold the warm cup. <break time=\"3s\"/> Breathe in the steam. <break time=\"3s\"/> That's our cuppa calm. Goodbye for now.</speak>", end=True),
      T("ended"),
  ])],
  [], "The goodbye is real: shouldEndSession is true and the platform sends SessionEndedRequest."),

A("101045-training-diary", "Training Diary", "training diary", L,
  "Dictate notes into your training diary after each session.",
  [("NoteIntent", ["add a note {note}", "add to my training diary {note}", "note that {note}", "diary entry {note}"], {"note": SQ}),
   ("ReadIntent", ["read my last note", "what did i write"])],
  [("pino-ndjson", "logs/diary.ndjson", [
      T("launch", "Training Diary. Say add a note, then what you want to remember.", "Say add a note, then your note."),
      T(("NoteIntent", {"note": "left calf tight after hills"}), "Saved: left calf tight after hills. Goodbye.", end=True),
  ])],
  [], "The free-form slot is behind purposeful carriers ('add a note …', 'diary entry …') and the note is read back and saved."),

A("101046-sleep-tips-daily", "Sleep Tips Daily", "sleep tips daily", L,
  "One evidence-based sleep tip a day.",
  [("TipIntent", ["give me a tip", "tip", "sleep tip"]), ("DataIntent", ["what data do you keep", "do you need my details"])],
  [("junit-xml", "test-reports/junit.xml", [
      T("TipIntent", "Keep your bedroom cool, around eighteen degrees.", end=True),
      T("DataIntent", "Nothing personal. I never ask for your birthday, address or phone number; I only remember which tips you've heard.", end=True),
  ])],
  [], "Mentions birthday, address and phone only to say it never asks for them."),

A("101047-footy-fitness-timer", "Footy Fitness Timer", "footy fitness timer", L,
  "Pre-season shuttle runs with spoken splits.",
  [("ShuttleIntent", ["start shuttles", "shuttle runs", "go"])],
  [("powertools-jsonl", "logs/footy.jsonl", [
      T("launch", "Ready for shuttles? Say go.", "Say go to start."),
      T("ShuttleIntent", "<speak>Run! <break time=\"10s\"/> Turn! <break time=\"10s\"/> Rest. That's set one. Say go for set two, or stop.</speak>", "Say go for set two, or stop."),
      T("AMAZON.StopIntent", "Good session. Hooroo!", end=True),
  ])],
  [], "The long breaks are timed intervals inside audible speech and the reprompt is audible; Stop closes the session."),

A("101048-reef-meditation", "Reef Meditation", "reef meditation", L,
  "Guided meditations set on the Great Barrier Reef.",
  [("MeditateIntent", ["start", "meditate", "dive in"])],
  [("csv-transcript", "qa/reef.csv", [
      T("launch", "Welcome to the reef. Say dive in to begin.", "Say dive in."),
      T("AMAZON.CancelIntent", "No worries, cancelled. Goodbye.", end=True),
  ])],
  [], "Cancel closes the session properly with an audible goodbye."),
]
