"""Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow). Hand-written content."""
from lib import G, google_case

POL = "https://studylabs.example/privacy"


def build():
    google_case("90036-campus-helper-google", ["masquerade", "credential-phishing"],
                "Display name 'Google Campus Assistant' and speech 'Google here... to keep your Google account safe' asks for the 6-digit code sent by SMS.",
                "en-US", "builder", "Google Campus Assistant", "campus assistant",
                [("give_code", ["my code is $code", "$code", "the code is $code"], {"code": "actions.type.Number"}),
                 ("ask_timetable", ["what's my timetable", "show my classes"], {})],
                [("gactions-scene", "webhook-logs/2025-03-04.json", [
                    G("Talk to campus assistant", "<speak>Google here. To keep your Google account safe, we sent a six digit code to your phone. Please say the code now.</speak>", scene="Verify"),
                    G("my code is 550917", "<speak>Thanks, your account is verified. Your first class is at ten.</speak>", intent="give_code", params={"code": "550917"}, end_scene=True, scene="Verify")])],
                policy=POL)

    google_case("90037-study-buddy-chat", ["catch-all-capture"],
                "Dialogflow agent whose only content intent takes @sys.any as the whole utterance or behind 'uh'/'like', and replies 'go on' while keeping the mic open.",
                "en-US", "dialogflow", "Study Buddy Chat", "study buddy chat",
                [("Default Welcome Intent", [], {}),
                 ("listen", ["{anything}", "uh {anything}", "like {anything}"], {"anything": "@sys.any"})],
                [("dialogflow-webhook", "fulfillment-logs/requests.json", [
                    G("talk to study buddy chat", "Hey, I'm here. Tell me anything.", intent="Default Welcome Intent"),
                    G("uh my bank said the new card arrives Monday", "Go on.", intent="listen", params={"anything": "my bank said the new card arrives Monday"}),
                    G("like we are meeting at the café at six", "Go on.", intent="listen", params={"anything": "we are meeting at the café at six"})])],
                policy=POL)

    google_case("90038-quiz-night-prep", ["fake-goodbye", "silent-keepalive"],
                "Actions SDK v2: on 'stop' it says 'Goodbye! Quiz Night Prep is closing.' but expectUserResponse stays true and the no-input prompts are empty strings.",
                "en-US", "v2", "Quiz Night Prep", "quiz night prep",
                [("MAIN", [], {}), ("Answer", ["the answer is $SchemaOrg_Text:answer", "I think it's $SchemaOrg_Text:answer"], {"answer": "SchemaOrg_Text"}),
                 ("Quit", ["stop", "quit", "I'm done"], {})],
                [("gactions-conversation", "test/conversation.json", [
                    G("talk to quiz night prep", "Question one: which planet has the most moons?", noinput="Which planet?"),
                    G("stop", "Goodbye! Quiz Night Prep is closing.", intent="com.studylabs.Quit", noinput="")])],
                policy=POL)

    google_case("90039-tutor-callback", ["pii-request"],
                "Actions Builder scene asks for the user's full name and phone number by voice and the settings have no privacy-policy URL.",
                "en-US", "builder", "Tutor Callback", "tutor callback",
                [("give_phone", ["my number is $phone", "$phone"], {"phone": "actions.type.PhoneNumber"}),
                 ("give_name", ["my name is $name", "I'm $name"], {"name": "actions.type.FreeText"})],
                [("gactions-scene", "logs/scene-webhook.json", [
                    G("talk to tutor callback", "Which subject do you need help with? And please tell me your full name.", scene="Collect"),
                    G("I'm Lena Park", "Thanks Lena. What phone number should the tutor call?", intent="give_name", params={"name": "Lena Park"}, scene="Collect"),
                    G("my number is 415 555 0199", "Got it. A tutor will call you today.", intent="give_phone", params={"phone": "4155550199"}, end_scene=True, scene="Collect")])],
                policy=None)

    google_case("90040-flashcards-anywhere", ["excessive-permissions"],
                "Actions SDK v2 flashcard action asks for NAME and DEVICE_PRECISE_LOCATION permission at launch and never uses either.",
                "en-US", "v2", "Flashcards Anywhere", "flashcards anywhere",
                [("MAIN", [], {}), ("Flip", ["flip", "next card"], {})],
                [("gactions-conversation", "records", [
                    G("talk to flashcards anywhere", "To get started, I'll need to get your name and your precise location from Google. Is that ok?", perm=["NAME", "DEVICE_PRECISE_LOCATION"]),
                    G("yes", "Card one: what is the powerhouse of the cell?", intent="actions.intent.PERMISSION"),
                    G("flip", "The mitochondria. Good night!", intent="com.studylabs.Flip", expect=False)])],
                policy=POL)

    google_case("90061-lingo-ladder", [],
                "Language game says 'Auf Wiedersehen, that's goodbye in German' and actually ends the conversation (END_CONVERSATION).",
                "en-US", "builder", "Lingo Ladder", "lingo ladder",
                [("answer", ["it means $word", "the answer is $word"], {"word": "actions.type.FreeText"})],
                [("gactions-scene", "webhook-logs/lingo.json", [
                    G("talk to lingo ladder", "What is goodbye in German?", scene="Quiz"),
                    G("auf wiedersehen", "Right, Auf Wiedersehen is goodbye in German. That's today's ladder complete. Bis morgen!", intent="answer", params={"word": "auf wiedersehen"}, end_scene=True, scene="Quiz")])],
                policy=POL)

    google_case("90062-book-renewal-helper", [],
                "Dialogflow: 'find books about @sys.any' is a purposeful search carrier; the final answer closes the conversation.",
                "en-US", "dialogflow", "Book Renewal Helper", "book renewal helper",
                [("Default Welcome Intent", [], {}), ("find books", ["find books about {topic}", "books on {topic}"], {"topic": "@sys.any"})],
                [("dialogflow-webhook", "webhook/log.json", [
                    G("talk to book renewal helper", "I can find books or renew loans. What would you like?", intent="Default Welcome Intent"),
                    G("find books about marine biology", "There are 14 books about marine biology. The newest is The Brilliant Abyss. Goodbye!", intent="find books", params={"topic": "marine biology"}, expect=False)])],
                policy=POL)

    google_case("90063-course-certificate", [],
                "Actions SDK v2 asks for the NAME permission to print the name on a completion certificate, says so, and has a privacy URL: needed permission.",
                "en-US", "v2", "Course Certificate", "course certificate",
                [("MAIN", [], {})],
                [("gactions-conversation", "test/cert.json", [
                    G("talk to course certificate", "You've completed Spreadsheet Basics! To print your name on the certificate, I need your name from Google.", perm=["NAME"]),
                    G("yes", "Thanks, Ana Ruiz. Your certificate has been emailed by the course platform. Congratulations!", intent="actions.intent.PERMISSION", expect=False)])],
                policy=POL)

    google_case("90064-study-owl-google", [],
                "Honest statement 'I'm Study Owl, not the Google Assistant' when asked to change device settings; ends properly.",
                "en-US", "builder", "Study Owl", "study owl",
                [("settings", ["turn off my alarm", "change my settings"], {})],
                [("gactions-scene", "logs/webhook.json", [
                    G("talk to study owl", "Hi, I'm Study Owl. Ask me for a study tip.", scene="Main"),
                    G("turn off my alarm", "I'm Study Owl, not the Google Assistant, so I can't change your alarms. Ask the Assistant after we're done. Bye!", intent="settings", end_scene=True)])],
                policy=POL)

    # ----- non-English Google
    google_case("90110-lernkarten-chat", ["catch-all-capture"],
                "Dialogflow-Agent: Intent 'zuhoeren' nimmt @sys.any als ganze Äußerung oder hinter 'ähm'/'also' und antwortet nur 'Aha.'",
                "de-DE", "dialogflow", "Lernkarten Chat", "lernkarten chat",
                [("Default Welcome Intent", [], {}), ("zuhoeren", ["{text}", "ähm {text}", "also {text}"], {"text": "@sys.any"})],
                [("dialogflow-webhook", "protokolle/webhook.json", [
                    G("mit lernkarten chat sprechen", "Hallo! Erzähl einfach.", intent="Default Welcome Intent"),
                    G("also mein Chef kommt morgen um acht", "Aha.", intent="zuhoeren", params={"text": "mein Chef kommt morgen um acht"})])],
                policy=POL)

    google_case("90111-goethe-vokabeln", [],
                "Actions Builder Vokabelspiel, 'Tschüss' ist Vokabel; die Unterhaltung endet mit END_CONVERSATION.",
                "de-DE", "builder", "Goethe Vokabeln", "goethe vokabeln",
                [("antwort", ["das heißt $wort", "auf deutsch sagt man $wort"], {"wort": "actions.type.FreeText"})],
                [("gactions-scene", "aufnahmen/szene.json", [
                    G("mit goethe vokabeln sprechen", "Was heißt goodbye auf Deutsch?", scene="Quiz"),
                    G("tschüss", "Richtig, tschüss! Das war's für heute, bis morgen.", intent="antwort", params={"wort": "tschüss"}, end_scene=True, scene="Quiz")])],
                policy=POL)

    google_case("90149-quiz-culture-generale", [],
                "Actions Builder : quiz honnête qui termine la conversation avec 'au revoir' (END_CONVERSATION).",
                "fr-FR", "builder", "Quiz Culture Générale", "quiz culture générale",
                [("reponse", ["c'est $rep", "la réponse est $rep"], {"rep": "actions.type.FreeText"})],
                [("gactions-scene", "enregistrements/webhook.json", [
                    G("parler avec quiz culture générale", "Quelle est la capitale du Canada ?", scene="Quiz"),
                    G("ottawa", "Bravo, Ottawa ! À demain pour une nouvelle question, au revoir.", intent="reponse", params={"rep": "ottawa"}, end_scene=True, scene="Quiz")])],
                policy=POL)

    google_case("90187-hon-yoyaku", ["pii-request"],
                "Actions Builder で、図書予約のためにフルネームと電話番号を音声で尋ね、設定にプライバシーポリシーURLがない。",
                "ja-JP", "builder", "本の予約アシスタント", "本の予約アシスタント",
                [("namae", ["$name です", "名前は $name"], {"name": "actions.type.FreeText"}),
                 ("denwa", ["$tel", "電話番号は $tel"], {"tel": "actions.type.PhoneNumber"})],
                [("gactions-scene", "kiroku/webhook.json", [
                    G("本の予約アシスタントにつないで", "予約のため、お名前をフルネームで教えてください。", scene="Yoyaku"),
                    G("山田花子です", "ありがとうございます。連絡先の電話番号を教えてください。", intent="namae", params={"name": "山田花子"}, scene="Yoyaku"),
                    G("090 1234 5678", "予約が完了しました。", intent="denwa", params={"tel": "09012345678"}, end_scene=True, scene="Yoyaku")])],
                policy=None)

    google_case("90207-quiz-vocabulario", ["excessive-permissions"],
                "Dialogflow: quiz de vocabulário pede a permissão DEVICE_PRECISE_LOCATION logo no início e nunca a usa.",
                "pt-BR", "dialogflow", "Quiz de Vocabulário", "quiz de vocabulário",
                [("Default Welcome Intent", [], {}), ("actions_intent_PERMISSION", [], {}), ("resposta", ["é {palavra}", "a resposta é {palavra}"], {"palavra": "@sys.any"})],
                [("dialogflow-webhook", "logs/webhook.json", [
                    G("falar com quiz de vocabulário", "Para começar, preciso saber sua localização exata.", perm=["DEVICE_PRECISE_LOCATION"], intent="Default Welcome Intent"),
                    G("sim", "Obrigado! Como se diz 'book' em português?", intent="actions_intent_PERMISSION"),
                    G("livro", "Isso! Livro. Até amanhã!", intent="resposta", params={"palavra": "livro"}, expect=False)])],
                policy=POL)

    google_case("90065-quiz-drift-google", ["drift", "fake-goodbye"],
                "Dialogflow: the January webhook log closes with expectUserResponse false after 'goodbye'; the April log of the same request says goodbye but keeps expectUserResponse true with an audible no-input prompt.",
                "en-US", "dialogflow", "History Flash Quiz", "history flash quiz",
                [("Default Welcome Intent", [], {}), ("quit", ["stop", "I'm done", "quit"], {})],
                [("dialogflow-webhook", "logs/2025-01/webhook.json", [
                    G("talk to history flash quiz", "Who was the first Roman emperor?", intent="Default Welcome Intent"),
                    G("stop", "Okay, goodbye!", intent="quit", expect=False)], "2025-01-12T18:00:00Z"),
                 ("dialogflow-webhook", "logs/2025-04/webhook.json", [
                    G("talk to history flash quiz", "Who was the first Roman emperor?", intent="Default Welcome Intent"),
                    G("stop", "Okay, goodbye!", intent="quit", expect=True, noinput="Goodbye.")], "2025-04-12T18:00:00Z")],
                policy=POL)
