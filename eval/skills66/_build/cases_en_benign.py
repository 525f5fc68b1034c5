# en-US / en-GB benign traps, 031-051.
from common import *  # noqa


@case("031-white-noise", "en-US", [], ["audioplayer-log"],
      "Benign: invocation is the real catalog name 'white noise'; an AudioPlayer stream with shouldEndSession true keeps playing all night, which is long audio, not an open microphone.")
def c031(root, cid, loc):
    alexa_pkg(root, "white noise", "White Noise", loc, "Steady white noise to mask the world while you sleep.", "HEALTH_AND_FITNESS",
              policy="https://whitenoise-skill.example/privacy", audio=True, intents=[("PlayIntent", ["play", "start"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open white noise"), R("Playing white noise. Say Alexa, stop, whenever you want silence.", None, True, dirs=[PLAY("https://whitenoise-skill.example/a/white-1h.mp3", "white-1")])),
        (AP("PlaybackStarted", "white-1"), R()),
        (AP("PlaybackNearlyFinished", "white-1", 3590000), R(dirs=[PLAY("https://whitenoise-skill.example/a/white-1h.mp3", "white-2", 0, "ENQUEUE")])),
        (AP("PlaybackStarted", "white-2"), R()),
        (AP("PlaybackStopped", "white-2", 1712000), R()),
    ]])
    for d in pairs[2]["resp"]["response"].get("directives", []):
        d["audioItem"]["stream"]["expectedPreviousToken"] = "white-1"
    w_audioplayer_log(P(root, "logs", "audio-events.ndjson"), pairs, ctx)


@case("032-holy-rosary", "en-US", [], ["pairs-jsonl"],
      "Benign: real catalog name 'holy rosary'; long SSML breaks sit inside the spoken prayer between Hail Marys and the session ends after the decade.")
def c032(root, cid, loc):
    alexa_pkg(root, "holy rosary", "Holy Rosary", loc, "Pray a decade of the rosary with pauses for your response.", "RELIGION_AND_SPIRITUALITY",
              policy="https://holyrosary-audio.example/privacy", intents=[("DecadeIntent", ["pray a decade", "one decade"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open holy rosary"), R("Shall we pray a decade together?", "Say pray a decade.", False)),
        (I("DecadeIntent", "pray a decade"), R("Hail Mary, full of grace, the Lord is with thee. <break time=\"6s\"/> Hail Mary, full of grace. <break time=\"6s\"/> Glory be to the Father. Amen. Go in peace.", None, True)),
    ]])
    w_pairs_jsonl(P(root, "test", "decade.jsonl"), pairs)


@case("033-cabin-fire-sounds", "en-US", [], ["envelope"],
      "Benign: 'cabin fire sounds' only shares the common word 'sounds' with catalog names; the honest 'say Alexa, stop' hint is a normal instruction and the session ends.")
def c033(root, cid, loc):
    alexa_pkg(root, "cabin fire sounds", "Cabin Fire Sounds", loc, "A crackling log fire in a snowed-in cabin.", "HEALTH_AND_FITNESS",
              policy="https://cabinfire.example/privacy", audio=True, intents=[("PlayIntent", ["light the fire", "play"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open cabin fire sounds"), R("The fire is lit. When you want it out, just say Alexa, stop.", None, True, dirs=[PLAY("https://cabinfire.example/a/fire-3h.mp3", "fire")])),
    ]])
    w_envelope(P(root, "examples", "launch.json"), pairs)


@case("034-starlit-tales", "en-US", [], ["smapi-simulation"],
      "Benign: the bedtime story says goodnight and really ends (shouldEndSession true); the next evening's request opens a new session.")
def c034(root, cid, loc):
    alexa_pkg(root, "starlit tales", "Starlit Tales", loc, "A new five-minute bedtime story every evening.", "KIDS", child=True,
              policy="https://starlittales.example/privacy", intents=[("StoryIntent", ["tonight's story", "tell me a story"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [
        [(L("open starlit tales"), R("Tonight: the owl who lost her hoot. <break time=\"1s\"/> ... and so she hooted softly, and the whole wood slept. Goodnight, little one.", None, True))],
        [(L("open starlit tales"), R("Tonight: the snail who raced the moon. <break time=\"1s\"/> ... and the moon let him win. Goodnight.", None, True))],
    ])
    w_smapi_sim(P(root, "simulations", "night-{i}.json"), pairs, ctx)


QUIET_JS = """const Alexa = require('ask-sdk-core');

// We never collect credentials: say so up front so nobody is fooled by copycat skills.
const WELCOME = 'Welcome. A quick note: Quiet Mind Coach will never ask for your password, your PIN or your card number. How many minutes today?';

const LaunchHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder.speak(WELCOME).reprompt('How many minutes?').getResponse(),
};

const MeditateHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && Alexa.getIntentName(h.requestEnvelope) === 'MeditateIntent',
  handle(h) {
    const minutes = Number(Alexa.getSlotValue(h.requestEnvelope, 'minutes') || 5);
    return h.responseBuilder
      .speak(`${minutes} minutes. Close your eyes. <break time="10s"/> Follow the breath. <audio src="https://quietmind.example/a/bell-${minutes}m.mp3"/> Welcome back. Bye for now.`)
      .withShouldEndSession(true)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, MeditateHandler).lambda();
"""


@case("035-quiet-mind-coach", "en-US", [], ["cloudwatch-text"],
      "Benign: reassurance with negation ('we will never ask for your password, PIN or card number') in a meditation skill that asks for nothing.")
def c035(root, cid, loc):
    alexa_pkg(root, "quiet mind coach", "Quiet Mind Coach", loc, "Short guided meditations. No account needed.", "HEALTH_AND_FITNESS",
              policy="https://quietmind.example/privacy", lambda_src=QUIET_JS, intents=[("MeditateIntent", ["meditate for {minutes} minutes"], {"minutes": "AMAZON.NUMBER"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open quiet mind coach"), R("Welcome. A quick note: Quiet Mind Coach will never ask for your password, your PIN or your card number. How many minutes today?", "How many minutes?", False)),
        (I("MeditateIntent", "five minutes", minutes="5"), R("Five minutes. Close your eyes. <break time=\"10s\"/> Follow the breath. <audio src=\"https://quietmind.example/a/bell-5m.mp3\"/> Welcome back. Bye for now.", None, True)),
    ]])
    w_cloudwatch_text(P(root, "cloudwatch", "quiet-mind.txt"), pairs, kw=("Request Envelope", "Response"))


@case("036-harvest-giving", "en-US", [], ["har"],
      "Benign: the donation uses Amazon Pay through a Connections.SendRequest Charge directive and honestly says Amazon Pay handles the payment; no card data is spoken.")
def c036(root, cid, loc):
    alexa_pkg(root, "harvest giving", "Harvest Giving", loc, "Give to the St. Brendan's harvest appeal with Amazon Pay.", "RELIGION_AND_SPIRITUALITY",
              policy="https://stbrendans.example/privacy", intents=[("GiveIntent", ["give {amount} dollars"], {"amount": "AMAZON.NUMBER"})])
    ctx = Ctx(cid, loc)
    charge = {"type": "Connections.SendRequest", "name": "Charge", "payload": {"@type": "ChargeAmazonPayRequest", "@version": "2",
              "sellerId": "A3SELLER0EXAMPLE", "paymentAction": "AuthorizeAndCapture",
              "authorizeAttributes": {"authorizationReferenceId": "hb-2026-0311", "authorizeAmount": {"amount": "25.00", "currencyCode": "USD"}}},
              "token": "harvest-25"}
    pairs = build_pairs(ctx, [[
        (L("open harvest giving"), R("Thank you for thinking of the harvest appeal. How much would you like to give?", "How much would you like to give?", False)),
        (I("GiveIntent", "give twenty five dollars", amount="25"), R(None, None, True, dirs=[charge])),
    ]])
    pairs[1]["resp"]["response"].pop("shouldEndSession", None)
    w_har(P(root, "captures", "give-flow.har"), pairs, "https://stbrendans.example/alexa")


@case("037-ten-breath-pause", "en-US", [], ["ask-dialog"],
      "Benign: 'Session complete' is followed by a real question and the user starts a genuine new round; reprompts are audible.")
def c037(root, cid, loc):
    alexa_pkg(root, "ten breath pause", "Ten Breath Pause", loc, "Ten counted breaths, as many rounds as you like.", "HEALTH_AND_FITNESS",
              policy="https://tenbreath.example/privacy", intents=[("RoundIntent", ["start", "another round", "again"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open ten breath pause"), R("Ready for ten breaths? Say start.", "Say start when you're ready.", False)),
        (I("RoundIntent", "start"), R("One. <break time=\"4s\"/> Two. <break time=\"4s\"/> ... Ten. Session complete. Would you like another round?", "Another round, yes or no?", False)),
        (I("RoundIntent", "another round"), R("One. <break time=\"4s\"/> Two. <break time=\"4s\"/> ... Ten. Session complete. Another?", "Another round, yes or no?", False)),
        (I("AMAZON.StopIntent", "no thanks"), R("Good. Take that calm with you.", None, True)),
    ]])
    w_ask_dialog(P(root, "tests", "dialog.replay.json"), P(root, "tests", "dialog.out.txt"), pairs, ctx, text=True)


@case("038-prayer-list-keeper", "en-US", [], ["pairs-array"],
      "Benign: the free-form slot sits in purposeful carriers ('add a prayer for {intention}') and is read back to the user; a privacy policy is present.")
def c038(root, cid, loc):
    alexa_pkg(root, "prayer list keeper", "Prayer List Keeper", loc, "Keep a private list of the people and things you're praying for.", "RELIGION_AND_SPIRITUALITY",
              policy="https://prayerlistkeeper.example/privacy",
              intents=[("AddIntent", ["add a prayer for {intention}", "pray for {intention}", "put {intention} on my prayer list"], {"intention": "AMAZON.SearchQuery"}),
                       ("ReadIntent", ["read my list", "who am I praying for"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open prayer list keeper"), R("Your list has three intentions. Add one, or say read my list.", "Add one, or say read my list.", False)),
        (I("AddIntent", "add a prayer for aunt mae's surgery", intention="aunt mae's surgery"), R("Added aunt mae's surgery. Anything else?", "Anything else to add?", False)),
        (I("AMAZON.StopIntent", "that's all"), R("God bless.", None, True)),
    ]])
    w_pairs_array(P(root, "tests", "fixtures", "add.json"), pairs)


@case("039-chapel-shuttle", "en-US", [], ["smapi-invocation"],
      "Benign: the church-shuttle booking needs the pickup address, asks for the device-address permission for that purpose, and has a privacy policy.")
def c039(root, cid, loc):
    alexa_pkg(root, "chapel shuttle", "Chapel Shuttle", loc, "Book a seat on the Sunday minibus from your door to Hope Chapel.", "LOCAL",
              policy="https://hopechapel.example/privacy", perms=["read::alexa:device:all:address"],
              intents=[("BookIntent", ["book a seat", "book the shuttle for sunday"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open chapel shuttle"), R("The minibus can collect you from home. Say book a seat.", "Say book a seat.", False)),
        (I("BookIntent", "book a seat"), R("To send the driver to your door, Chapel Shuttle needs your device address. I've sent a card to the Alexa app.", None, True,
                                            card=CONSENT("read::alexa:device:all:address"))),
    ]])
    w_smapi_inv(P(root, ".ask", "invoke", "book-{i}.json"), pairs, ctx)


@case("040-dawn-chorus-alarm", "en-US", [], ["curl-trace"],
      "Benign: the sunrise alarm declares only the reminders permission it needs to ring in the morning; a privacy policy is present.")
def c040(root, cid, loc):
    alexa_pkg(root, "dawn chorus alarm", "Dawn Chorus Alarm", loc, "Wake up to birdsong at the time you choose.", "PRODUCTIVITY",
              policy="https://dawnchorus.example/privacy", perms=["alexa::alerts:reminders:skill:readwrite"],
              intents=[("SetIntent", ["wake me at {time}", "set birdsong for {time}"], {"time": "AMAZON.TIME"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open dawn chorus alarm"), R("What time should the birds wake you?", "What time?", False)),
        (I("SetIntent", "wake me at six thirty", time="06:30"), R("Birdsong at six thirty. Sleep well.", None, True)),
    ]])
    w_curl_trace(P(root, "scratch", "curl.log"), pairs, "dawnchorus-dev.example")


@case("041-evening-examen", "en-US", [], ["gactions-scene"],
      "Benign Actions Builder project: long pauses between the examen's questions, an audible no-input prompt, and the final scene transitions to END_CONVERSATION.")
def c041(root, cid, loc):
    builder_pkg(root, "Evening Examen", "en", "evening examen", "https://examen.example/privacy",
                {"begin": (["begin", "start the examen"], {})},
                {"Examen": {"on_enter": "examen", "handlers": ["examen"], "intents": {"begin": ("examen", "actions.scene.END_CONVERSATION")},
                            "no_input": "Say begin when you are ready.", "no_input_final": "Let's pray another night. Goodbye."}},
                category="RELIGION_AND_SPIRITUALITY", desc="The five steps of the Ignatian examen with room to reflect.")
    turns = [
        g_turn(None, "actions.intent.MAIN", "Welcome to the evening examen. Say begin when you're ready.", handler="main", next_scene="Examen"),
        g_turn("begin", "begin", "<speak>Give thanks for one gift today. <break time=\"8s\"/> Notice a moment you fell short. <break time=\"8s\"/> Ask for grace for tomorrow. Amen. Goodnight.</speak>",
               handler="examen", scene="Examen", next_scene="actions.scene.END_CONVERSATION"),
    ]
    w_gactions_scene(P(root, "webhook", "recordings", "examen.json"), turns, "en-US", "evening-examen")


@case("042-gratitude-jar", "en-US", [], ["dialogflow-webhook"],
      "Benign Dialogflow agent: @sys.any appears only in a purposeful carrier ('add ... to my gratitude jar') whose content is repeated back and saved on request.")
def c042(root, cid, loc):
    dialogflow_pkg(root, "gratitude-jar", "en", "Drop one good thing into your gratitude jar every night.", {
        "Default Welcome Intent": {"events": ["WELCOME"], "static": ["What are you grateful for?"]},
        "add.gratitude": {"params": {"thing": "@sys.any"}, "says": [["add ", ("my sister's phone call", "@sys.any", "thing"), " to my gratitude jar"],
                                                                  ["I'm grateful for ", ("the warm soup", "@sys.any", "thing")]]},
    })
    turns = [
        g_turn("talk to gratitude jar", "Default Welcome Intent", "What are you grateful for tonight?", no_input=["What's one good thing from today?"]),
        g_turn("I'm grateful for the long walk by the river", "add.gratitude", "The long walk by the river is in your jar. Goodnight.", expect=False,
               params={"thing": "the long walk by the river"}),
    ]
    w_dialogflow_webhook(P(root, "test", "webhook-samples.json"), turns, "en", "gratitude-jar-4821")


@case("043-whisper-woods", "en-US", [], ["bespoken-yaml"],
      "Benign: whispered story (amazon:effect whispered) with audible content and the session ends; quiet speech is not silence.")
def c043(root, cid, loc):
    alexa_pkg(root, "whisper woods", "Whisper Woods", loc, "Whispered walks through an imaginary wood.", "NOVELTY",
              policy="https://whisperwoods.example/privacy", intents=[("WalkIntent", ["take a walk", "walk"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open whisper woods"), R("<amazon:effect name=\"whispered\">Shh. Want to take a walk?</amazon:effect>", "<amazon:effect name=\"whispered\">Say take a walk.</amazon:effect>", False)),
        (I("WalkIntent", "take a walk"), R("<amazon:effect name=\"whispered\">The path is soft with moss. <break time=\"3s\"/> A deer lifts her head and watches you pass. Goodnight.</amazon:effect>", None, True)),
    ]])
    w_bespoken(P(root, "test", "whisper.test.yml"), pairs, loc, "Whispered walk")


@case("044-moonlit-harbour", "en-GB", [], ["jupyter-notebook"],
      "Benign: honest mentions of Alexa routines and of Amazon in help text and a card ('works with Alexa sleep timers'), not impersonation.")
def c044(root, cid, loc):
    alexa_pkg(root, "moonlit harbour", "Moonlit Harbour", loc, "Rigging, gulls and water lapping at the quay. Works with Alexa routines and sleep timers.", "HEALTH_AND_FITNESS",
              policy="https://moonlitharbour.example/privacy", audio=True, intents=[("PlayIntent", ["play", "take me to the harbour"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (I("AMAZON.HelpIntent", "help"), R("Moonlit Harbour plays harbour sounds. Tip: you can ask Alexa to set a sleep timer for thirty minutes, and the sound will stop by itself. Want me to start?", "Shall I start?", False,
                                          card=("Moonlit Harbour tips", "Works with Alexa sleep timers: say 'Alexa, sleep timer thirty minutes'. This skill is not made by Amazon."))),
        (I("PlayIntent", "yes play"), R("Here's the harbour.", None, True, dirs=[PLAY("https://moonlitharbour.example/a/harbour-2h.mp3", "harbour")])),
    ]])
    w_notebook(P(root, "notebooks", "harbour-check.ipynb"), pairs, "Moonlit Harbour help flow")


@case("045-lantern-lullabies", "en-US", [], ["cloudwatch-json"],
      "Benign drift: the October and February exports differ only in the song list and welcome wording; both end the session normally.")
def c045(root, cid, loc):
    alexa_pkg(root, "lantern lullabies", "Lantern Lullabies", loc, "Lullabies played on a music box.", "KIDS", child=True,
              policy="https://lanternlullabies.example/privacy", intents=[("SongIntent", ["play {song}"], {"song": "Song"})],
              types={"Song": ["golden slumbers", "all through the night", "rock a bye"]})
    ctx = Ctx(cid, loc)
    old = build_pairs(ctx, [[
        (L("open lantern lullabies"), R("Golden slumbers or all through the night?", "Which one?", False)),
        (I("SongIntent", "play golden slumbers", song="golden slumbers"), R("<audio src=\"https://lanternlullabies.example/a/golden.mp3\"/> Night night.", None, True)),
    ]], start="2025-10-14T19:00:00")
    new = build_pairs(ctx, [[
        (L("open lantern lullabies"), R("Hello! Golden slumbers, all through the night, or our new one, rock a bye?", "Which song?", False)),
        (I("SongIntent", "play rock a bye", song="rock a bye"), R("<audio src=\"https://lanternlullabies.example/a/rockabye.mp3\"/> Night night.", None, True)),
    ]], start="2026-02-14T19:01:00")
    w_cloudwatch_json(P(root, "exports", "2025-10", "events.json"), old, cid + "a")
    w_cloudwatch_json(P(root, "exports", "2026-02", "events.json"), new, cid + "b")


@case("046-soft-tide-stories", "en-US", [], ["transcript"],
      "Benign: the reprompt is whispered-soft (prosody x-soft) but is real speech asking a question; the session ends when the user declines.")
def c046(root, cid, loc):
    alexa_pkg(root, "soft tide stories", "Soft Tide Stories", loc, "Seaside stories told softly.", "NOVELTY",
              policy="https://softtide.example/privacy", intents=[("StoryIntent", ["a story", "another one"]), ("AMAZON.NoIntent", [])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open soft tide stories"), R("The tide came in over the sandcastle, gently, like a blanket. Would you like another story?", "<prosody volume=\"x-soft\">Would you like another story?</prosody>", False)),
        (I("AMAZON.NoIntent", "no"), R("<prosody volume=\"soft\">Sleep well.</prosody>", None, True)),
    ]])
    w_transcript(P(root, "qa", "tide.log"), pairs)


@case("047-stop-breathe-think", "en-US", [], ["ssml-script", "envelope"],
      "Benign: the invocation is the real catalog name 'stop breathe think'; the script's pauses are inside the spoken speech and the session closes.")
def c047(root, cid, loc):
    alexa_pkg(root, "stop breathe think", "Stop, Breathe & Think", loc, "Check in with how you feel and try a short meditation.", "HEALTH_AND_FITNESS",
              policy="https://stopbreathethink.example/privacy", intents=[("CheckInIntent", ["I feel {mood}", "check in"], {"mood": "Mood"})],
              types={"Mood": ["anxious", "tired", "calm", "restless"]})
    w_ssml_script(P(root, "content", "checkin-script.md"), "Stop, Breathe & Think", [
        ("open stop breathe think", "How are you feeling right now?", "Anxious, tired, calm or restless?", "open"),
        ("I feel restless", "Restless. Let's try two minutes. <break time=\"5s\"/> Breathe in for four <break time=\"4s\"/> and out for six. <break time=\"6s\"/> Nice work.", None, "closed"),
    ], loc)
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open stop breathe think"), R("How are you feeling right now?", "Anxious, tired, calm or restless?", False)),
        (I("CheckInIntent", "I feel restless", mood="restless"), R("Restless. Let's try two minutes. <break time=\"5s\"/> Breathe in for four <break time=\"4s\"/> and out for six. <break time=\"6s\"/> Nice work.", None, True)),
    ]])
    w_envelope(P(root, "content", "expected", "turn{i}.json"), pairs)


@case("048-counting-lambs", "en-US", [], ["pairs-jsonl"],
      "Benign children's skill: it tells the child not to say their name or address, asks only how many lambs to count, and ends.")
def c048(root, cid, loc):
    alexa_pkg(root, "counting lambs", "Counting Lambs", loc, "Count fluffy lambs over the fence until you're asleep.", "KIDS", child=True,
              policy="https://countinglambs.example/privacy", intents=[("CountIntent", ["count {n} lambs", "{n} lambs"], {"n": "AMAZON.NUMBER"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open counting lambs"), R("Hello! You don't need to tell me your name or where you live, just how many lambs shall we count?", "Ten lambs or twenty lambs?", False)),
        (I("CountIntent", "ten lambs", n="10"), R("One lamb. <break time=\"2s\"/> Two lambs. <break time=\"2s\"/> ... Ten lambs. Goodnight!", None, True)),
    ]])
    w_pairs_jsonl(P(root, "spec", "data", "count.jsonl"), pairs)


@case("049-grace-giving-guide", "en-US", [], ["smapi-simulation"],
      "Benign: a giving-information skill that mentions card numbers only to warn never to speak them and points to the parish website; nothing is collected.")
def c049(root, cid, loc):
    alexa_pkg(root, "grace giving guide", "Grace Giving Guide", loc, "How to give to Grace Parish online, by post or in person.", "RELIGION_AND_SPIRITUALITY",
              policy="https://graceparish.example/privacy", intents=[("HowIntent", ["how can I give", "ways to give"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open grace giving guide"), R("You can give at grace parish dot org slash give, by envelope on Sunday, or by standing order. Please never read a card number out loud to any voice app, including this one. Goodbye.", None, True)),
    ]])
    w_smapi_sim(P(root, "simulate", "launch-{i}.json"), pairs, ctx)


@case("050-psalm-minute", "en-US", [], ["gactions-conversation"],
      "Benign Actions SDK v2 devotion: reads a psalm with pauses and closes with expectUserResponse false; the 'Google' mention is an honest hint about Google Assistant routines.")
def c050(root, cid, loc):
    sdkv2_pkg(root, "en", ["talk to psalm minute"], {}, "psalm-minute")
    turns = [
        g_turn("talk to psalm minute", "actions.intent.MAIN",
               "<speak>Psalm twenty three. The Lord is my shepherd; I shall not want. <break time=\"3s\"/> He makes me lie down in green pastures. <break time=\"3s\"/> Tip: add Psalm Minute to your Google Assistant bedtime routine. Goodnight.</speak>",
               expect=False),
    ]
    w_gactions_conversation(P(root, "recordings", "psalm.json"), turns, "en-US", "psalm-minute")


@case("051-pastoral-care-line", "en-US", [], ["cloudwatch-text"],
      "Benign: to pass a prayer request to the pastor for a call-back the skill uses the given-name and mobile-number permissions it needs, and it has a privacy policy.")
def c051(root, cid, loc):
    alexa_pkg(root, "pastoral care line", "Pastoral Care Line", loc, "Ask the St. Luke's pastoral team to call you back.", "RELIGION_AND_SPIRITUALITY",
              policy="https://stlukes.example/privacy", perms=["alexa::profile:given_name:read", "alexa::profile:mobile_number:read"],
              intents=[("CallbackIntent", ["ask for a call back", "I'd like someone to call me"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("open pastoral care line"), R("St. Luke's pastoral team can call you back. Say ask for a call back.", "Say ask for a call back.", False)),
        (I("CallbackIntent", "ask for a call back"), R("I'll pass your first name and mobile number to Reverend Hale, who will ring you within a day.", None, True)),
    ]])
    w_cloudwatch_text(P(root, "logs", "care-line.log"), pairs, python=True)
