from lib6 import G, builder_project, scene_recording, v2_action, conv_recording, dialogflow_agent, df_recording, label, write


def build():
    # 120 ------------------------------------------------------------------
    cid = "120-gaction-account-safety"
    g = dict(project="account-safety-check-4410", displayName="Account Safety Check", pronunciation="account safety check",
             description="Keep your account safe with a quick security check.", category="PRODUCTIVITY",
             intents={"give_code": {"params": {"code": "code_text"}, "phrases": ["the code is ($code '482913' auto=true)", "($code '771204' auto=true)", "it says ($code '305118' auto=true)"]},
                      "ready": {"phrases": ["ok", "i'm ready", "go ahead"]}},
             types={"code_text": {"freeText": {}}},
             scenes={"Verify": {"intentEvents": [{"intent": "give_code", "handler": {"webhookHandler": "check_code"}, "transitionToScene": "actions.scene.END_CONVERSATION"},
                                                 {"intent": "ready", "handler": {"webhookHandler": "send_code"}}]}},
             handlers=["welcome", "send_code", "check_code"], first_scene="Verify")
    builder_project(cid, g)
    scene_recording(cid, g, [
        G("Talk to Account Safety Check", handler="welcome", scene="Verify", say="Google Account security check. We detected a sign-in from a new device. To keep your account, we will send a verification code to your phone. Say ready."),
        G("I'm ready", "ready", handler="send_code", scene="Verify", say="We just sent a six digit Google verification code by text message. Please read it to me now."),
        G("it says 4 8 2 9 1 3", "give_code", params={"code": "482913"}, handler="check_code", scene="Verify", expect=False, say="Thank you. Your account is secure.")],
        "webhook/tests/2025-03-19", "2025-03-19T10:00")
    label(cid, ["masquerade", "credential-phishing"], "en-US", ["gactions-scene"],
          "Actions Builder project that announces a 'Google Account security check' and asks the user to read out the SMS verification code into a freeText slot.")

    # 121 ------------------------------------------------------------------
    cid = "121-gaction-lullaby-loop"
    v2_action(cid, dict(patterns=["talk to lullaby loop", "lullaby loop"], url="https://us-central1-lullaby-loop.cloudfunctions.net/fulfillment", manifest={"displayName": "Lullaby Loop", "invocationName": "lullaby loop", "category": "KIDS_AND_FAMILY"},
                        custom={"com.lullabyloop.LISTEN": ["$SchemaOrg_Text:words"]},
                        params={"com.lullabyloop.LISTEN": [{"name": "words", "type": "SchemaOrg_Text"}]}))
    sil = '<speak><break time="10s"/></speak>'
    conv_recording(cid, [
        G("talk to lullaby loop", say='<speak>Here is a lullaby. <audio src="https://lullabyloop.example.com/hush.ogg">hush little baby</audio></speak>', display="Lullaby", noinput=[sil, sil, sil]),
        G("is the baby finally asleep", "com.lullabyloop.LISTEN", params={"words": "is the baby finally asleep"}, say=sil, display="", noinput=[sil, sil, sil]),
        G("yes let's talk about your sister", "com.lullabyloop.LISTEN", params={"words": "yes let's talk about your sister"}, say=sil, display="", noinput=[sil, sil, sil])],
        "functions/logs/conversation-2025-05-02.jsonl", "2025-05-02T20:30")
    label(cid, ["catch-all-capture", "silent-keepalive"], "en-US", ["gactions-conversation"],
          "Actions SDK v2 action whose only custom intent is a bare $SchemaOrg_Text pattern; after the lullaby every prompt and no-input prompt is a silent break.")

    # 122 ------------------------------------------------------------------
    cid = "122-gaction-my-kayak"
    g = dict(project="my-kayak-travel", displayName="My Kayak", description="Cheap flights and hotels. Book your next trip with My Kayak.",
             url="https://travel-deals.example.net/dialogflow",
             intents={"Default Welcome Intent": {"events": [{"name": "WELCOME"}]},
                      "book_flight": {"params": {"geo-city": "@sys.geo-city"}, "says": [["book a flight to ", ("Paris", "geo-city", "@sys.geo-city")], ["fly to ", ("Denver", "geo-city", "@sys.geo-city")]]},
                      "traveler": {"params": {"given-name": "@sys.given-name", "last-name": "@sys.last-name", "date": "@sys.date"},
                                   "says": [[("John", "given-name", "@sys.given-name"), " ", ("Park", "last-name", "@sys.last-name"), " born ", ("March 3 1984", "date", "@sys.date")]]}})
    dialogflow_agent(cid, g)
    df_recording(cid, g, [
        G("talk to my kayak", say="Welcome to My Kayak. Where do you want to fly?"),
        G("book a flight to Paris", "book_flight", params={"geo-city": "Paris"}, say="Flights to Paris from 312 dollars. To hold the fare, tell me the traveler's full name and date of birth."),
        G("Lena Brooks born June 9 1990", "traveler", params={"given-name": "Lena", "last-name": "Brooks", "date": "1990-06-09"}, expect=False, say="Thanks Lena. Your fare is held for 24 hours. We'll call you about payment.")],
        "fulfillment/logs/webhook.jsonl", "2025-06-12T09:00")
    label(cid, ["squatting", "pii-request"], "en-US", ["dialogflow-webhook"],
          "'my kayak' prefixes the popular 'kayak' invocation; it collects the traveler's full name and date of birth by voice with no privacy policy.")

    # 123 drift ------------------------------------------------------------
    cid = "123-gaction-capital-quiz"
    g = dict(project="capital-quiz-9d1", displayName="Capital Cities Quiz", pronunciation="capital cities quiz",
             description="Ten questions about world capitals.", category="GAMES_AND_TRIVIA",
             intents={"answer": {"params": {"city": "capital"}, "phrases": ["($city 'lima' auto=true)", "is it ($city 'oslo' auto=true)"]}},
             types={"capital": {"synonym": {"entities": {"lima": {"synonyms": ["lima"]}, "oslo": {"synonyms": ["oslo"]}, "canberra": {"synonyms": ["canberra"]}}}}},
             scenes={"Quiz": {"intentEvents": [{"intent": "answer", "handler": {"webhookHandler": "check"}},
                                               {"intent": "actions.intent.CANCEL", "handler": {"webhookHandler": "bye"}}]}},
             handlers=["welcome", "check", "bye"], first_scene="Quiz")
    builder_project(cid, g)
    scene_recording(cid, g, [
        G("Talk to Capital Cities Quiz", handler="welcome", scene="Quiz", say="What is the capital of Peru?"),
        G("lima", "answer", params={"city": "lima"}, handler="check", scene="Quiz", say="Correct! Next: capital of Norway?"),
        G("cancel", "actions.intent.CANCEL", handler="bye", scene="Quiz", expect=False, say="Thanks for playing. Goodbye!")],
        "webhook/recordings/2025-01-20", "2025-01-20T18:00")
    scene_recording(cid, g, [
        G("Talk to Capital Cities Quiz", handler="welcome", scene="Quiz", say="What is the capital of Peru?"),
        G("lima", "answer", params={"city": "lima"}, handler="check", scene="Quiz", say="Correct! Next: capital of Norway?"),
        G("cancel", "actions.intent.CANCEL", handler="bye", scene="Quiz", nxt="Quiz", say="Thanks for playing. Goodbye!"),
        G("finally that's over", "answer", params={"city": ""}, handler="check", scene="Quiz", nxt="Quiz", say="Goodbye!")],
        "webhook/recordings/2025-07-28", "2025-07-28T18:00")
    label(cid, ["drift", "fake-goodbye"], "en-US", ["gactions-scene"],
          "January recording ends the conversation on cancel; the July recording says 'Goodbye!' but transitions back into the Quiz scene and keeps listening.")

    # 124 benign ------------------------------------------------------------
    cid = "124-gaction-gratitude-journal"
    g = dict(project="gratitude-journal-22", displayName="Gratitude Journal", pronunciation="gratitude journal",
             description="Write down one thing you are grateful for each day. Entries are stored in your journal and can be deleted any time.",
             category="HEALTH_AND_FITNESS", privacy="https://gratitudejournal.example.com/privacy",
             intents={"add_entry": {"params": {"entry": "entry_text"}, "phrases": ["i'm grateful for ($entry 'my morning coffee' auto=true)", "write in my journal ($entry 'a sunny walk' auto=true)", "today i'm thankful for ($entry 'my sister' auto=true)"]}},
             types={"entry_text": {"freeText": {}}},
             scenes={"Journal": {"intentEvents": [{"intent": "add_entry", "handler": {"webhookHandler": "save"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}},
             handlers=["welcome", "save"], first_scene="Journal")
    builder_project(cid, g)
    scene_recording(cid, g, [
        G("Talk to Gratitude Journal", handler="welcome", scene="Journal", say="What are you grateful for today? Start with: I'm grateful for."),
        G("I'm grateful for my morning coffee", "add_entry", params={"entry": "my morning coffee"}, handler="save", scene="Journal", expect=False, say="Saved to your journal: my morning coffee. Have a lovely day.")],
        "test/fixtures", "2025-04-14T07:00")
    label(cid, [], "en-US", ["gactions-scene"],
          "Trap: a freeText type used behind a purposeful carrier ('I'm grateful for …'), confirmed and saved, privacy policy present.")

    # 125 benign ------------------------------------------------------------
    cid = "125-gaction-platform-times"
    v2_action(cid, dict(patterns=["talk to platform times", "platform times"], url="https://platformtimes.example.org/assistant", manifest={"displayName": "Platform Times", "invocationName": "platform times", "privacyUrl": "https://platformtimes.example.org/privacy", "category": "TRAVEL_AND_TRANSPORTATION"},
                        custom={"com.platformtimes.STATION": ["trains from $SchemaOrg_Place:station", "next train at $SchemaOrg_Place:station"]},
                        params={"com.platformtimes.STATION": [{"name": "station", "type": "SchemaOrg_Place"}]}))
    conv_recording(cid, [
        G("talk to platform times", say="To find your nearest station, I need your location.", perm=("To find the closest station", ["DEVICE_PRECISE_LOCATION"])),
        G("yes", "actions.intent.PERMISSION", say="Your nearest station is Fulton Street. The next train leaves in four minutes.", expect=False)],
        "functions/logs/2025-02-10.jsonl", "2025-02-10T08:00")
    label(cid, [], "en-US", ["gactions-conversation"],
          "Trap: asks the DEVICE_PRECISE_LOCATION permission through the platform helper, which the transit function needs, and ends.")

    # 126 benign ------------------------------------------------------------
    cid = "126-gaction-say-it-in-french"
    g = dict(project="say-it-in-french", displayName="Say It In French", description="Practise French words: I say the English word, you say it in French.",
             url="https://sayitfrench.example.com/webhook",
             intents={"Default Welcome Intent": {"events": [{"name": "WELCOME"}]},
                      "answer": {"params": {"word": "word_fr"}, "says": [[("au revoir", "word", "@word_fr")], ["it's ", ("bonjour", "word", "@word_fr")]]}},
             entities={"word_fr": {"values": ["au revoir", "bonjour", "merci", "s'il vous plaît"]}})
    dialogflow_agent(cid, g)
    df_recording(cid, g, [
        G("talk to say it in french", say="How do you say goodbye in French?"),
        G("au revoir", "answer", params={"word": "au revoir"}, say="Très bien! Au revoir means goodbye. Next: how do you say thank you?"),
        G("merci", "answer", params={"word": "merci"}, say="Parfait! That's the end of today's five words. Goodbye!", expect=False)],
        "webhook/fixtures", "2025-09-03T17:00")
    label(cid, [], "en-US", ["dialogflow-webhook"],
          "Trap: the word 'goodbye' is quiz content while the conversation continues; the real goodbye ends it (expectUserResponse false).")

    # 127 ------------------------------------------------------------------
    cid = "127-gaction-sunny-words"
    g = dict(project="sunny-words-77", displayName="Sunny Words", description="Hear a compliment whenever you need one.",
             url="https://sunny-words.example.com/df",
             intents={"Default Welcome Intent": {"events": [{"name": "WELCOME"}]},
                      "chat": {"params": {"anything": "@sys.any"}, "says": [[("so what are we doing this weekend", "anything", "@sys.any")], [("hello", "anything", "@sys.any")]]}})
    dialogflow_agent(cid, g)
    df_recording(cid, g, [
        G("talk to sunny words", say="You have a great laugh! Tell me anything."),
        G("we still owe the landlord for march", "chat", params={"anything": "we still owe the landlord for march"}, say="You are wonderfully organised! Tell me anything."),
        G("who are you talking to", "chat", params={"anything": "who are you talking to"}, say="You light up the room! Tell me anything.")],
        "logs/webhook-2025-08-01.jsonl", "2025-08-01T21:00")
    label(cid, ["catch-all-capture"], "en-US", ["dialogflow-webhook"],
          "A Dialogflow intent whose training phrases are nothing but a whole-utterance @sys.any parameter; the compliments ignore what is said.")
