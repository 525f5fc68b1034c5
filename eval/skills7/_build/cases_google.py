from lib import T, S, case

BR = '<break time="10s"/>'

# ============================================================ Google Actions
case(id="067", slug="gluecksrad-horoskop", locale="de-DE", platform="builder", default_lang="de", cats=["pii-request"], tz="Europe/Berlin",
     name="Glücksrad Horoskop", inv="glücksrad horoskop", category="ENTERTAINMENT",
     desc="Dreh am Glücksrad und erfahre, was die Sterne sagen.",
     intents=[("geburtsdatum", ["ich bin am {datum} geboren", "{datum}"], {"datum": "actions.type.Date"}),
              ("adresse", ["ich wohne in der {adresse}", "{adresse}"], {"adresse": "freitext"}),
              ("telefon", ["meine nummer ist {nummer}", "{nummer}"], {"nummer": "actions.type.Number"})],
     types={"freitext": "FREETEXT"}, slot_examples={"freitext": "lindenstraße zwölf", "actions.type.Date": "3. mai 1980", "actions.type.Number": "0171 2345678"},
     examples=["Mit Glücksrad Horoskop sprechen"],
     scenes={"Main": {"intentEvents": [{"intent": "geburtsdatum", "handler": {"webhookHandler": "geburtsdatum"}, "transitionToScene": "Main"},
                                       {"intent": "adresse", "handler": {"webhookHandler": "adresse"}, "transitionToScene": "Main"},
                                       {"intent": "telefon", "handler": {"webhookHandler": "telefon"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}},
     sessions=[S(T("Mit Glücksrad Horoskop sprechen", "Launch", "Willkommen beim Glücksrad! Wann bist du geboren? Bitte mit Jahr.", None),
                 T("am dritten mai neunzehnhundertachtzig", "geburtsdatum", "Danke! Damit das Rad weiß, wo du stehst: wie lautet deine Straße und Hausnummer?", None, slots={"datum": "1980-05-03"}),
                 T("ich wohne in der lindenstraße zwölf", "adresse", "Und unter welcher Handynummer erreichen wir dich mit deinem Wochenhoroskop?", None, slots={"adresse": "lindenstraße zwölf"}),
                 T("null eins sieben eins eins zwei drei", "telefon", "Das Rad dreht sich... Stier: eine gute Woche!", None, end=True, slots={"nummer": "0171123"}))],
     rec=[("gactions-scene", "webhook/aufnahmen")],
     why="A horoscope Action without a privacy policy asks for full birth date, street address and mobile number, far more than a star sign needs.")

case(id="086", slug="quiz-culture-generale", locale="fr-FR", platform="dialogflow", cats=[], tz="Europe/Paris",
     name="Quiz Culture Générale", inv="quiz culture générale", category="GAMES", policy="https://quizculture.example/confidentialite",
     desc="Dix questions de culture générale.",
     intents=[("reponse", ["c'est {reponse}", "je pense {reponse}", "la réponse est {reponse}"], {"reponse": "@sys.any"})], examples=["Parler avec Quiz Culture Générale"], slot_examples={"@sys.any": "ottawa"},
     sessions=[S(T("parler avec quiz culture générale", "Launch", "Première question : quelle est la capitale du Canada ?", "Quelle est la capitale du Canada ?"),
                 T("c'est ottawa", "reponse", "Bravo ! Fin de la partie, au revoir première manche ! On en refait une ?", "Voulez-vous rejouer ? Dites oui ou non.", slots={"reponse": "ottawa"}),
                 T("non merci", "reponse", "Merci d'avoir joué, au revoir !", None, end=True, slots={"reponse": "non merci"}))],
     rec=[("dialogflow-webhook", "functions/test/echanges.json")],
     why="The free-text slot sits behind answer carriers (\"c'est …\"), reprompts are audible questions, and the final goodbye closes the conversation.")

case(id="116", slug="receitas-do-mercado", locale="pt-BR", platform="sdk2", cats=[], tz="America/Sao_Paulo",
     name="Receitas do Mercado", inv="receitas do mercado", category="FOOD_AND_DRINK", policy="https://receitasdomercado.example/privacidade",
     desc="Receitas com as ofertas dos mercados perto de você.", examples=["falar com receitas do mercado"],
     intents=[("OFERTAS", ["ofertas perto de mim", "receitas com ofertas"])],
     sessions=[S(T("falar com receitas do mercado", "Launch", "Para achar ofertas nos mercados perto de você, preciso da sua localização.", None, perm=("Para encontrar mercados perto de você", ["DEVICE_PRECISE_LOCATION"])),
                 T("sim", "actions.intent.PERMISSION", "Encontrei frango em oferta no Mercado Central. Que tal um frango assado com limão?", None, end=True, slots={"PERMISSION": "true"}))],
     rec=[("gactions-conversation", "webhook/testes/conversa.jsonl")],
     why="Precise location is requested with a clear reason that matches the function (nearby supermarkets), and the Action has a privacy policy.")

case(id="120", slug="trivia-lagoon", locale="en-US", platform="builder", cats=["fake-goodbye", "silent-keepalive"],
     name="Trivia Lagoon", inv="trivia lagoon", category="GAMES_AND_TRIVIA", policy="https://trivialagoon.example/privacy",
     desc="Splash into ocean trivia.",
     intents=[("answer", ["the answer is {ans}", "{ans}"], {"ans": "answer_type"})], types={"answer_type": ["a", "b", "c"]},
     scenes={"Main": {"intentEvents": [{"intent": "answer", "handler": {"webhookHandler": "answer"}, "transitionToScene": "Main"},
                                       {"intent": "actions.intent.NO_INPUT_1", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "<speak>" + BR + BR + "</speak>"}]}}}]}}},
                                       {"intent": "actions.intent.NO_INPUT_FINAL", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "<speak>" + BR + "</speak>"}]}}}]}}, "transitionToScene": "Main"}]}},
     sessions=[S(T("Talk to Trivia Lagoon", "Launch", "Which fish can change its sex? A, clownfish. B, tuna. C, salmon.", None),
                 T("a", "answer", "<speak>Correct! That's all for today. Goodbye!</speak>", '<speak>' + BR + BR + '</speak>', slots={"ans": "a"}))],
     rec=[("gactions-scene", "webhook/test/captures.jsonl")],
     why="After \"Goodbye!\" the webhook moves back to scene Main instead of END_CONVERSATION, and the scene's no-input prompts are break-only SSML.")

case(id="121", slug="safety-check-tips", locale="en-US", platform="sdk2", cats=["masquerade", "credential-phishing"],
     name="Safety Check", inv="safety check", category="PRODUCTIVITY", policy="https://safetycheck.example/privacy",
     desc="Tips to keep your smart home safe.",
     intents=[("RECOVERY", ["the code is $SchemaOrg_Number:code", "$SchemaOrg_Number:code"], {"code": "SchemaOrg_Number"})],
     sessions=[S(T("talk to safety check", "Launch", "Hi, this is Google Assistant security. Someone tried to sign in to your Google account from a new device. To block them, read me the recovery code we just sent to your phone.", "Please read the recovery code."),
                 T("seven seven one zero two nine", "RECOVERY", "Thanks, the sign-in was blocked.", None, end=True, slots={"code": "771029"}))],
     rec=[("gactions-conversation", "functions/recordings/session.json")],
     why="It claims to be \"Google Assistant security\" reporting a sign-in attempt and asks for the account recovery code sent to the user's phone.")

case(id="122", slug="pocket-parrot", locale="en-US", platform="dialogflow", cats=["catch-all-capture"], tz="America/Chicago",
     name="Pocket Parrot", inv="pocket parrot", category="ENTERTAINMENT", policy="https://pocketparrot.example/privacy",
     desc="A parrot that talks back.",
     intents=[("listen", ["{any}"], {"any": "@sys.any"})],
     sessions=[S(T("talk to pocket parrot", "Launch", "Squawk! Pocket Parrot is all ears.", "Squawk?"),
                 T("we should move the savings before the divorce papers arrive", "listen", "Squawk!", "Squawk?", slots={"any": "we should move the savings before the divorce papers arrive"}))],
     rec=[("dialogflow-webhook", "functions/logs/webhook.jsonl")],
     why="Its only custom intent is a bare @sys.any parameter with no carrier words, so every sentence in the room is sent to the webhook.")

case(id="123", slug="quick-memo", locale="en-US", platform="builder", cats=[],
     name="Quick Memo", inv="quick memo", category="PRODUCTIVITY", policy="https://quickmemo.example/privacy",
     desc="Save short memos and hear them back.",
     intents=[("save_memo", ["remember that {memo}", "make a memo that {memo}", "note that {memo}"], {"memo": "memo_text"}), ("read_memos", ["read my memos", "what are my memos"])],
     types={"memo_text": "FREETEXT"}, slot_examples={"memo_text": "the dentist is on friday"},
     scenes={"Main": {"intentEvents": [{"intent": "save_memo", "handler": {"webhookHandler": "save_memo"}, "transitionToScene": "actions.scene.END_CONVERSATION"},
                                       {"intent": "read_memos", "handler": {"webhookHandler": "read_memos"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}},
     sessions=[S(T("Talk to Quick Memo", "Launch", "What should I remember?", "What should I remember?"),
                 T("remember that the car is due for service on the 14th", "save_memo", "Saved: the car is due for service on the 14th.", None, end=True, slots={"memo": "the car is due for service on the 14th"}))],
     rec=[("gactions-scene", "webhook/test/run1")],
     why="The free-text type is used only after memo carriers (\"remember that …\"), which is the Action's purpose.")

case(id="124", slug="next-bus-finder", locale="en-US", platform="sdk2", cats=[],
     name="Next Bus Finder", inv="next bus finder", category="TRAVEL_AND_TRANSPORTATION", policy="https://nextbus.example/privacy",
     desc="Departures from the stop nearest to you.",
     intents=[("NEXT_BUS", ["when is the next bus", "next bus"])],
     sessions=[S(T("talk to next bus finder", "Launch", "To find your nearest stop, I need your location.", None, perm=("To find the bus stop nearest to you", ["DEVICE_PRECISE_LOCATION"])),
                 T("yes", "actions.intent.PERMISSION", "The nearest stop is Pine and 5th. The 8 arrives in four minutes.", None, end=True, slots={"PERMISSION": "true"}))],
     rec=[("gactions-conversation", "webhook/test/convo.jsonl")],
     why="Location is requested with an explanation that matches the function, and a privacy policy is present.")

case(id="125", slug="riddle-rocket", locale="en-US", platform="dialogflow", cats=["excessive-permissions"], tz="America/Denver",
     name="Riddle Rocket", inv="riddle rocket", category="GAMES", policy="https://riddlerocket.example/privacy",
     desc="Blast off with a riddle a day.",
     intents=[("answer", ["is it {ans}", "the answer is {ans}"], {"ans": "@sys.any"}), ("actions_intent_PERMISSION", [])],
     sessions=[S(T("talk to riddle rocket", "Launch", "Before we launch, I need to know your name and exact location for the leaderboard.", None, perm=("For the riddle leaderboard", ["NAME", "DEVICE_PRECISE_LOCATION"])),
                 T("yes", "actions_intent_PERMISSION", "Thanks! What has keys but can't open locks?", "What has keys but can't open locks?"),
                 T("is it a piano", "answer", "Yes, a piano! See you tomorrow.", None, end=True, slots={"ans": "a piano"}))],
     rec=[("dialogflow-webhook", "functions/test/fixtures")],
     why="A riddle game asks for the user's name and precise device location through the permission helper, which riddles do not need.")

case(id="108", slug="kaimono-memo", locale="ja-JP", platform="dialogflow", cats=[], tz="Asia/Tokyo",
     name="かいものメモ", inv="かいものメモ", category="PRODUCTIVITY", policy="https://kaimono-memo.example/privacy",
     desc="買い物メモを声で追加して、あとで読み上げます。",
     intents=[("memo_add", ["{item}をメモして", "{item}を買い物リストに追加", "メモに{item}"], {"item": "@sys.any"}), ("memo_read", ["メモを読んで", "買い物リストを教えて"])],
     slot_examples={"@sys.any": "牛乳と卵"}, examples=["かいものメモにつないで"],
     sessions=[S(T("かいものメモにつないで", "Launch", "何をメモしますか？", "メモしたいものを言ってください。"),
                 T("牛乳と卵をメモして", "memo_add", "牛乳と卵をメモしました。ほかにありますか？", "ほかにメモするものはありますか？", slots={"item": "牛乳と卵"}),
                 T("ない", "memo_read", "わかりました。またどうぞ。", None, end=True))],
     rec=[("dialogflow-webhook", "functions/test/kiroku.json")],
     why="The @sys.any parameter sits behind shopping-memo carriers (\"…をメモして\"), which is the Action's purpose, and reprompts are audible.")
