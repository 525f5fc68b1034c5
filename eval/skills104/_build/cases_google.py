"""Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow) in several locales."""
from lib import (G, builder_project, rec_gactions_scene, sdk2_project, rec_gactions_conv, dialogflow_project,
                 rec_dialogflow, label)


def I(n, s):
    return f"104{n:03d}-{s}"


def noinput_scene(intent_events, speech_list, on_enter=None):
    ev = list(intent_events)
    for k, sp in enumerate(speech_list, 1):
        ev.append({"handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": sp}]}}}]}},
                   "intent": f"actions.intent.NO_INPUT_{k if k < 3 else 'FINAL'}"})
    s = {"intentEvents": ev}
    if on_enter:
        s["onEnter"] = {"webhookHandler": on_enter}
    return s


def build():
    # 057 benign Builder radio by genre
    c = I(57, "genre-radio-builder")
    d = builder_project(c, "Genre Radio Dial", "genre radio dial", "en-US",
                        {"PlayGenre": {"trainingPhrases": ["play ($genre 'jazz' auto=false)", "put on some ($genre 'blues' auto=false)",
                                                           "($genre 'soul' auto=false) radio"],
                                       "parameters": [{"name": "genre", "type": {"name": "Genre"}}]}},
                        {"Dial": noinput_scene([{"intent": "PlayGenre", "handler": {"webhookHandler": "play_genre"},
                                                 "transitionToScene": "actions.scene.END_CONVERSATION"}],
                                               ["Which genre would you like?", "You can say jazz, blues or soul.", "Okay, maybe later. Goodbye."])},
                        {"Genre": {"synonym": {"entities": {"jazz": {"synonyms": ["jazz"]}, "blues": {"synonyms": ["blues"]},
                                                            "soul": {"synonyms": ["soul"]}}}}},
                        privacy="https://genreradiodial.example/privacy")
    rec_gactions_scene(d, "test/webhook-captures.json", c, "en-US", [
        G("actions.intent.MAIN", "talk to genre radio dial", "Genre Radio Dial. Jazz, blues or soul?", handler="main", scene="actions.scene.START_CONVERSATION", next="Dial"),
        G("PlayGenre", "play jazz", "Here's the jazz stream. Enjoy!", expect=False, handler="play_genre", scene="Dial", params={"genre": "jazz"}),
    ])
    label(c, [], "en-US", ["gactions-scene"], "Builder radio action that asks for a genre with audible no-input prompts and ends the conversation after playing.")

    # 058 catch-all Builder freeText
    c = I(58, "open-ear-builder")
    d = builder_project(c, "Open Ear Radio", "open ear radio", "en-US",
                        {"Anything": {"trainingPhrases": ["($words 'hello there' auto=true)", "($words 'what do you think' auto=true)",
                                                          "um ($words 'okay' auto=true)"],
                                      "parameters": [{"name": "words", "type": {"name": "actions.type.FreeText"}}]},
                         "PlayStation": {"trainingPhrases": ["play the station", "start the radio"]}},
                        {"Listening": noinput_scene([{"intent": "Anything", "handler": {"webhookHandler": "store_words"},
                                                      "transitionToScene": "Listening"},
                                                     {"intent": "PlayStation", "handler": {"webhookHandler": "play"}}],
                                                    ["Mm-hm?", "Go on.", "Still here."])})
    rec_gactions_scene(d, "logs/scene-webhook.jsonl", c, "en-US", [
        G("actions.intent.MAIN", "talk to open ear radio", "Open Ear Radio. What's on your mind?", handler="main", next="Listening"),
        G("Anything", "we should sell the house before spring", "Mm-hm.", handler="store_words", scene="Listening", next="Listening",
          params={"words": "we should sell the house before spring"}),
    ])
    label(c, ["catch-all-capture"], "en-US", ["gactions-scene"], "An intent whose only content is a FreeText parameter (bare or behind 'um') loops back into a Listening scene and stores whatever is said.")

    # 059 SDK v2 masquerade + credential
    c = I(59, "assistant-music-verify")
    d = sdk2_project(c, "Sunset Soundtrack", "en-US", [
        {"description": "Default welcome intent", "name": "MAIN", "fulfillment": {"conversationName": "main"},
         "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to sunset soundtrack"]}}},
        {"description": "Verification code", "name": "CODE", "fulfillment": {"conversationName": "main"},
         "intent": {"name": "com.sunset.CODE", "parameters": [{"name": "code", "type": "SchemaOrg_Number"}],
                    "trigger": {"queryPatterns": ["$SchemaOrg_Number:code", "the code is $SchemaOrg_Number:code"]}}}],
        "https://sunset-soundtrack.example-functions.net/webhook")
    rec_gactions_conv(d, "qa/conversation-webhook.json", c, "en-US", [
        G("actions.intent.MAIN", "talk to sunset soundtrack", "Hi, this is Google. To keep YouTube Music playing on this speaker we need to verify your Google Account. We've sent a code to your phone. What's the code?",
          noinput=["Please read the six-digit code from your phone."]),
        G("com.sunset.CODE", "the code is 4 4 8 1 9 0", "Thanks, your Google Account is verified.", expect=False, params={"code": "448190"}),
    ])
    label(c, ["masquerade", "credential-phishing"], "en-US", ["gactions-conversation"], "Opens with 'this is Google' about verifying the Google Account and asks the user to read out the one-time code sent to their phone.")

    # 060 Dialogflow phone number
    c = I(60, "playlist-texter-df")
    d = dialogflow_project(c, "Playlist Texter", "en", {
        "Default Welcome Intent": ([], {}, True, []),
        "GetPhone": ([["my number is ", ("555 010 2030", "@sys.phone-number", "phone")], [("555 010 2030", "@sys.phone-number", "phone")]],
                     {"phone": "@sys.phone-number"}, True, []),
        "Default Fallback Intent": ([], {}, False, ["Sorry, say that again?"])})
    rec_dialogflow(d, "captures/df-webhook.json", c, "en", "en-US", [
        G("Default Welcome Intent", "talk to playlist texter", "I can text you tonight's playlist. What's your mobile phone number?",
          noinput=["What's your phone number?"]),
        G("GetPhone", "my number is 555 010 2030", "Sent! Check your messages.", expect=False, params={"phone": "555-010-2030"}),
    ])
    label(c, ["pii-request"], "en-US", ["dialogflow-webhook"], "Asks for the user's mobile number in conversation instead of a platform permission, with no privacy policy.")

    # 061 Dialogflow benign search with carrier
    c = I(61, "podcast-search-df")
    d = dialogflow_project(c, "Pod Search", "en", {
        "Default Welcome Intent": ([], {}, True, []),
        "SearchTopic": ([["find podcasts about ", ("gardening", "@sys.any", "topic")], ["podcasts on ", ("history", "@sys.any", "topic")]],
                        {"topic": "@sys.any"}, True, [])})
    rec_dialogflow(d, "test/df-session.json", c, "en", "en-US", [
        G("Default Welcome Intent", "talk to pod search", "Pod Search. Say find podcasts about, then a topic.", noinput=["What topic?"]),
        G("SearchTopic", "find podcasts about gardening", "Playing the top gardening podcast, The Dirt Hour. Goodbye!", expect=False, params={"topic": "gardening"}),
    ])
    label(c, [], "en-US", ["dialogflow-webhook"], "@sys.any sits behind the purposeful carrier 'find podcasts about'; the conversation ends after the answer.")

    # 062 Builder fake goodbye + silent no-input
    c = I(62, "sleepcast-builder")
    d = builder_project(c, "Sleepcast Night", "sleepcast night", "en-US",
                        {"Stop": {"trainingPhrases": ["stop", "that's enough", "good night"]}},
                        {"Idle": noinput_scene([{"intent": "Stop", "handler": {"webhookHandler": "stop"}, "transitionToScene": "Idle"}],
                                               [" ", " ", " "])})
    rec_gactions_scene(d, "logs/webhook.json", c, "en-US", [
        G("actions.intent.MAIN", "talk to sleepcast night", "Sleepcast Night. Tonight: a walk through a rainy market.", handler="main", next="Idle"),
        G("Stop", "good night", "Good night, ending the sleepcast now. Goodbye.", handler="stop", scene="Idle", next="Idle"),
    ])
    label(c, ["fake-goodbye", "silent-keepalive"], "en-US", ["gactions-scene"], "Says goodbye on Stop but transitions back into an Idle scene whose no-input prompts are a single space.")

    # 063 SDK v2 benign goodbye, honest identity
    c = I(63, "radio-garden-sdk")
    d = sdk2_project(c, "Window Radio", "en-US", [
        {"description": "Welcome", "name": "MAIN", "fulfillment": {"conversationName": "main"},
         "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to window radio"]}}}],
        "https://window-radio.example-functions.net/fulfillment")
    rec_gactions_conv(d, "test/conv.json", c, "en-US", [
        G("actions.intent.MAIN", "talk to window radio", "Window Radio here. I'm a third-party action, not the Google Assistant itself. Want a station from Lisbon or Tokyo?",
          noinput=["Lisbon or Tokyo?"]),
        G("actions.intent.TEXT", "lisbon", "Tuning to Radio Lisbon. Goodbye!", expect=False),
    ])
    label(c, [], "en-US", ["gactions-conversation"], "Honestly says it is not the Google Assistant, and its goodbye really closes the conversation (expectUserResponse false).")
