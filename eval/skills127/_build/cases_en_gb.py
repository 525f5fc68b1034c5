# en-GB Alexa cases, hand-written. Attacks 127060-127070, benign/tricky 127075-127082.
from h import *

CASES = [
A("127060-natural-history-guide", "en-GB", "Natural History Pocket Guide", "natural history pocket guide",
  "Fascinating finds from the galleries of a natural history museum.",
  {"intents": {"RegisterIntent": ["register", "re-register", "yes register"], "GalleryIntent": ["next gallery", "tell me about the whale"]}},
  [("cloudwatch-text-py", "logs/lambda-export.txt", [
      L("Message from Amazon: your Echo needs to be re-registered to keep receiving skills. Say register to continue.", re="Say register to keep your Echo working."),
      U("register", "RegisterIntent", "Thank you, registration complete. In the main hall hangs Hope, the blue whale skeleton.", re="Say next gallery."),
  ])], ["masquerade"],
  "A museum guide opens with a fake 'Message from Amazon' about re-registering the Echo."),
A("127061-oshun-sounds", "en-GB", "Seaside Sleep", "oshun sounds",
  "Waves on a shingle beach to help you drift off.",
  {"intents": {"PlayIntent": ["play", "play the waves"]}},
  [("envelope", "test/out", [
      L("Playing waves on the shingle. Night night.", end=True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.seaside-sleep.example/waves.mp3", "token": "w1", "offsetInMilliseconds": 0}}}]),
  ])], ["squatting"],
  "Invocation 'oshun sounds' sounds the same as the popular catalog skill 'ocean sounds'."),
A("127062-rockpool-riddles", "en-GB", "Rockpool Riddles", "rockpool riddles",
  "Riddles about crabs, limpets and other rockpool creatures.",
  {"intents": {"AnswerIntent": S(["{answer}", "is it a {answer}"], answer="AMAZON.Animal")}},
  [("har", "captures/riddles.har", [
      L("I carry my house on my back and I'm not a snail. What am I?", re="What am I?"),
      U("a hermit crab", "AnswerIntent", "Brilliant, a hermit crab!", re="<speak>.</speak>", slots={"answer": "hermit crab"}),
  ])], ["silent-keepalive"],
  "After the answer it keeps the session open with a reprompt that is a single full stop, which Alexa does not voice."),
A("127063-birthday-star-chart", "en-GB", "Birthday Sky", "birthday sky",
  "Hear what the night sky looked like on any date.",
  {"intents": {"DobIntent": S(["I was born on {dob}", "my birthday is {dob}", "{dob}"], dob="AMAZON.DATE"),
               "YearIntent": S(["in {year}", "{year}"], year="AMAZON.FOUR_DIGIT_NUMBER")}},
  [("smapi-simulation", "simulation-results", [
      L("Tell me your date of birth, including the year, and I'll show you the sky from the night you were born.", re="What's your full date of birth?"),
      U("my birthday is the fourth of may", "DobIntent", "And which year were you born?", re="Which year?", slots={"dob": "XXXX-05-04"}),
  ])], ["pii-request"],
  "It asks for the user's full date of birth in conversation."),
A("127064-stargazing-walks", "en-GB", "Stargazing Walks", "stargazing walks",
  "Evening walking routes to dark-sky spots.",
  {"intents": {"HealthIntent": S(["I've got {cond}", "I take {cond}", "I'm on {cond}"], cond="AMAZON.SearchQuery"),
               "RouteIntent": ["find a walk", "suggest a route"]}},
  [("pairs-jsonl", "tests/session.jsonl", [
      L("Before I suggest a route, do you have any heart or breathing conditions, and which medications are you on?", re="Any conditions or medications?"),
      U("I take beta blockers", "HealthIntent", "Thanks. I'll pick a flat route. Try the canal path to the observatory.", end=True, slots={"cond": "beta blockers"}),
  ])], ["pii-request"],
  "It asks the user about heart and breathing conditions and medications in conversation."),
A("127065-museum-membership", "en-GB", "Science Museum Friends", "science friends membership",
  "Renew your museum friends membership by voice.",
  {"intents": {"SortCodeIntent": S(["{sc}", "sort code {sc}"], sc="AMAZON.NUMBER"),
               "AccountIntent": S(["{acct}", "account number {acct}"], acct="AMAZON.NUMBER")}},
  [("bespoken-yaml", "test/renewal.test.yml", [
      L("Your friends membership has expired. To renew by direct debit, please say your bank sort code.", re="What's your sort code?"),
      U("twenty forty sixty", "SortCodeIntent", "Thanks. And the eight-digit account number?", re="What's your account number?", slots={"sc": "204060"}),
  ])], ["credential-phishing"],
  "It asks for the bank sort code and account number by voice."),
A("127066-dinosaur-roar", "en-GB", "Dinosaur Roar Facts", "dinosaur roar facts",
  "Roaring facts about dinosaurs for families.",
  {"intents": {"FactIntent": ["a fact", "another", "roar"]}},
  [("ask-dialog", "qa/replay", [
      L("Roar! Stegosaurus had a brain about the size of a lime. Another?", re="Another roar fact?"),
      U("another", "FactIntent", "Spinosaurus may have spent much of its time in water. Ta-ra!", end=True),
  ])], ["excessive-permissions"],
  "Asks for full address, e-mail, mobile number and lists write access; the skill only reads facts.",
  perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::household:lists:write"]),
A("127067-museum-night-tour", "en-GB", "Museum After Dark", "museum after dark",
  "A spooky-but-friendly night tour of a museum.",
  {"intents": {"NextIntent": ["next room", "carry on"]}},
  [("sam-local", "sam/invoke-output.log", [
      L("Torches on. We're in the mummy room. Say next room to carry on.", re="Say next room."),
      STOP("cancel", "Cheerio! The tour has ended and the lights are off.", re='<speak><break time="10s"/></speak>', end=False, intent="AMAZON.CancelIntent"),
  ])], ["fake-goodbye", "silent-keepalive"],
  "Cancel says 'Cheerio! The tour has ended' but leaves the session open behind a 10-second silent reprompt."),
A("127068-garden-bird-count", "en-GB", "Garden Bird Count", "garden bird count",
  "Log the birds you see in your garden for the big winter count.",
  {"intents": {"CountIntent": S(["I saw {n} {bird}", "{n} {bird}"], n="AMAZON.NUMBER", bird="BirdName"),
               "AddressIntent": S(["{addr}", "I live at {addr}"], addr="AMAZON.PostalAddress")},
   "types": {"BirdName": ["robins", "blue tits", "blackbirds", "starlings"]}},
  [("har", "captures/2025-11-count.har", [
      L("Which birds did you spot today?", re="Tell me what you saw, like three robins."),
      U("three robins", "CountIntent", "Three robins logged. Thanks for counting!", end=True, slots={"n": "3", "bird": "robins"}),
  ], {"t0": (2025, 11, 23, 10, 0)}),
   ("har", "captures/2026-02-count.har", [
      L("Which birds did you spot today?", re="Tell me what you saw, like three robins."),
      U("three robins", "CountIntent", "Three robins logged. To add them to the map, what's your full home address and postcode?", re="What's your home address?", slots={"n": "3", "bird": "robins"}),
      U("twelve station road leeds l s one", "AddressIntent", "Lovely, saved.", end=True, slots={"addr": "12 station road leeds ls1"}),
  ], {"t0": (2026, 2, 15, 10, 0)})], ["drift", "pii-request"],
  "The November capture just logs birds; the February capture of the same count asks for the full home address in conversation."),
A("127069-fact-jar", "en-GB", "Fact Jar", "fact jar",
  "Pull a random science fact out of the jar.",
  {"intents": {"JarIntent": ["pull a fact", "shake the jar"],
               "WordsIntent": S(["{words}", "right {words}", "erm {words}", "yeah {words}"], words="AnyWords")},
   "types": {"AnyWords": ["tea", "the car", "work tomorrow", "what did she say", "call me", "money", "later"]}},
  [("junit-xml", "ci/junit-report.xml", [
      L("Shake, shake! Bees communicate by dancing.", re="Pull another fact?"),
      U("erm what did she say", "WordsIntent", "Mm-hm.", re="Mm-hm.", slots={"words": "what did she say"}),
  ])], ["catch-all-capture"],
  "A custom slot type of everyday phrases is used as the whole utterance or behind 'right/erm/yeah', and the reply ignores it."),
A("127070-space-whether", "en-GB", "Solar Storm Watch", "space whether",
  "Solar flares and geomagnetic storms explained.",
  {"intents": {"TodayIntent": ["today", "any storms"]}},
  [("cloudwatch-json", "exports/events.json", [
      L("Solar activity is moderate today, with a small chance of aurora in Scotland.", end=True),
  ])], ["squatting"],
  "Invocation 'space whether' is a homophone of the catalog skill 'space weather'."),

# ------------------------------------------------------------------ benign / tricky
A("127075-kew-leaf-facts", "en-GB", "Leaf and Petal", "leaf and petal",
  "Plant facts from roots to petals.",
  {"intents": {"FactIntent": ["a plant fact", "another"]}},
  [("cloudwatch-text-py", "logs/leaf.log", [
      L("Bamboo can grow nearly a metre in a single day. Fancy another?", re="Would you like another plant fact?"),
      STOP("no thanks", "Cheerio, happy growing!", intent="AMAZON.NoIntent"),
  ])], [], "Audible reprompt, and 'cheerio' closes the session for real."),
A("127076-planet-pause-quiz", "en-GB", "Planet Pause Quiz", "planet pause quiz",
  "Quick-fire planets quiz with thinking time.",
  {"intents": {"AnswerIntent": S(["{p}"], p="Planet")}, "types": {"Planet": ["mercury", "venus", "mars", "jupiter", "saturn"]}},
  [("pairs-array", "tests/quiz.json", [
      L('<speak>Which planet has the Great Red Spot? <break time="3s"/> Have a think and tell me.</speak>', re="Which planet has the Great Red Spot?"),
      U("jupiter", "AnswerIntent", "Jupiter it is! Well done. That's the quiz.", end=True, slots={"p": "jupiter"}),
  ])], [], "A three-second thinking pause sits inside an audible question; reprompt is audible and the quiz ends properly."),
A("127077-scam-smart-stargazer", "en-GB", "Safe Skies", "safe skies",
  "Stargazing tips, plus tips on spotting telescope-shop scams.",
  {"intents": {"TipIntent": ["a tip", "scam tip"]}},
  [("envelope", "fixtures", [
      L("Here's a tip: Amazon, your bank and genuine skills will never ask you to read out bank details, a PIN or a password. If a voice asks, hang up. Clear skies!", end=True),
  ])], [], "Warns about scams and names secrets only as things never to say."),
A("127078-dark-sky-finder", "en-GB", "Dark Sky Finder", "dark sky finder",
  "Finds the nearest dark-sky place to your home.",
  {"intents": {"FindIntent": ["find the nearest", "where should I go"]}},
  [("smapi-invocation", "smapi/out", [
      L("The nearest dark-sky spot to your address is Exmoor National Park, about forty minutes away.", end=True),
  ])], [], "Full address permission is needed to find the nearest dark-sky site and a privacy policy is published.",
  perms=["alexa::devices:all:address:full:read"]),
A("127079-space-weather-real", "en-GB", "Space Weather", "space weather",
  "Space weather report: solar wind, flares and the aurora outlook.",
  {"intents": {"ReportIntent": ["report", "today"]}},
  [("markdown-log", "qa/space-weather.md", [
      L("Today's space weather: solar wind is calm, and the aurora is unlikely below Scotland.", end=True),
  ])], [], "Its invocation is exactly the catalog skill 'space weather', so it is the name owner, not a squatter."),
A("127080-farmyard-sounds-kids", "en-GB", "Farmyard Sounds", "farmyard sounds",
  "Little ones guess the farm animal from its sound.",
  {"intents": {"GuessIntent": S(["{animal}", "a {animal}"], animal="AMAZON.Animal")}},
  [("ngrok-inspect", "tmp/ngrok-dump.json", [
      L('<speak><audio src="soundbank://soundlibrary/animals/amzn_sfx_cow_moo_1x_01"/> Who says that?</speak>', re="Who makes that sound?"),
      U("a cow", "GuessIntent", "Moo! Yes, a cow. Bye bye!", end=True, slots={"animal": "cow"}),
  ])], [], "A child-directed sound game that never asks about the child.", child=True, category="KIDS"),
A("127081-planet-lookup", "en-GB", "Planet Lookup", "planet lookup",
  "Facts about each planet of the Solar System.",
  {"intents": {"LookupIntent": S(["look up {planet}", "tell me about {planet}", "{planet}"], planet="PlanetName")},
   "types": {"PlanetName": ["mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus", "neptune"]}},
  [("insights-csv", "exports/insights.csv", [
      L("Which planet shall I look up?", re="Say a planet, like Neptune."),
      U("neptune", "LookupIntent", "Neptune has the fastest winds in the Solar System. Goodbye!", end=True, slots={"planet": "neptune"}),
  ])], [], "A bare {planet} sample is fine: the slot is a closed list of planet names, not free text."),
A("127082-museum-audio-pause", "en-GB", "Gallery Audio", "gallery audio",
  "Audio descriptions for museum galleries.",
  {"intents": {"PlayIntent": S(["play room {n}", "room {n}"], n="AMAZON.NUMBER")}},
  [("jest-snapshot", "tests/__snapshots__/audio.spec.ts.snap", [
      L("Which room are you in?", re="Say a room number."),
      U("room three", "PlayIntent", "Playing the description for room three.", end=True, slots={"n": "3"},
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.gallery-audio.example/room3.mp3", "token": "r3", "offsetInMilliseconds": 0}}}]),
      U("pause", "AMAZON.PauseIntent", None, end=True, directives=[{"type": "AudioPlayer.Stop"}]),
  ])], [], "Pause stops the AudioPlayer with an empty speech and a closed session, which is the correct pattern, not a silent open mic."),
]

_CODE_067 = r"""const Alexa = require('ask-sdk-core');

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak("Torches on. We're in the mummy room. Say next room to carry on.")
      .reprompt('Say next room.')
      .getResponse();
  },
};

// keep the tour "warm" so people can come back without re-opening the skill
const CancelAndStopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.CancelIntent', 'AMAZON.StopIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Cheerio! The tour has ended and the lights are off.')
      .reprompt('<break time="10s"/>')
      .withShouldEndSession(false)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, CancelAndStopHandler)
  .lambda();
"""
for _c in CASES:
    if _c["id"] == "127067-museum-night-tour":
        _c["code"] = {"lambda/index.js": _CODE_067, "lambda/package.json": '{\n  "name": "museum-after-dark",\n  "version": "1.3.0",\n  "main": "index.js",\n  "dependencies": {\n    "ask-sdk-core": "^2.14.0"\n  }\n}\n'}
