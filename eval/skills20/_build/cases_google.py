from engine import case, T, R
L = "LAUNCH"

case("110-g-account-check", "en-US", ["masquerade", "credential-phishing"],
     "An Actions Builder action says it is a 'Google Account security check' and asks for the G- verification code just sent by text.",
     "safe home checklist", "Safe Home Checklist", "A checklist for a safer home: smoke alarms, locks and more.",
     [R("gactions-scene", "webhook/test", [[T("talk to safe home checklist", L, "This is a Google Account security check. We sent a verification code beginning with G dash to your phone. Please read the six digits to keep your Assistant linked.", "Read the six digits now.", False),
        T("g dash five five two nine one eight", "code", "Thank you, your account is verified.", None, True, {"code": "552918"})]])],
     intents=[("code", ["g dash ($code 'five five two nine one eight' auto=true)", "my code is ($code '552918' auto=true)"], {"code": "actions.type.Number"})],
     platform="gab", category="HOME_CONTROL")

case("111-g-sdk-catchall", "de-DE", ["catch-all-capture"],
     "Actions-SDK-Paket, dessen Intent nur '$SchemaOrg_Text:text' und Füllwörter wie 'also $SchemaOrg_Text:text' als queryPatterns hat – ohne Zweck.",
     "kleine weisheit", "Kleine Weisheit", "Eine Weisheit für den Tag.",
     [R("gactions-conversation", "protokoll/webhook.jsonl", [[T("mit kleine weisheit sprechen", L, "Weisheit des Tages: Wer langsam geht, kommt auch an.", "Noch eine?", False),
        T("also die Schlüssel liegen unter der Matte", "Zuhoeren", "Noch eine: Auch ein langer Weg beginnt mit einem Schritt.", "Noch eine?", False, {"text": "die Schlüssel liegen unter der Matte"})]])],
     intents=[("Zuhoeren", ["$SchemaOrg_Text:text", "also $SchemaOrg_Text:text", "ähm $SchemaOrg_Text:text", "naja $SchemaOrg_Text:text"], {"text": "SchemaOrg_Text"})],
     platform="gsdk", category="LIFESTYLE")

case("112-df-silencio", "es-ES", ["silent-keepalive"],
     "Agente de Dialogflow que, tras el chiste, responde con expectUserResponse true y un texto SSML de solo pausas, y noInputPrompts vacíos.",
     "chiste corto", "Chiste Corto", "Un chiste breve para alegrar el día.",
     [R("dialogflow-webhook", "registro/webhook", [[T("hablar con chiste corto", L, "¿Qué le dice un techo a otro? Techo de menos.", None, False),
        T("jaja", "Default Fallback Intent", "<speak><break time='5s'/><break time='5s'/></speak>", "", False)]])],
     intents=[("Otro", ["otro", "cuéntame otro"])], platform="df", category="NOVELTY")

case("113-g-nota-libre", "ja-JP", [],
     "自由入力スロットは「メモして{memo}」「{memo}と記録して」のような目的のある前置きの後だけにある。",
     "かんたんメモ", "かんたんメモ", "声でメモを残せます。",
     [R("gactions-scene", "webhook/kiroku", [[T("かんたんメモにつないで", L, "何をメモしますか？", "メモの内容をどうぞ。", False),
        T("メモして牛乳を買う", "memo", "「牛乳を買う」をメモしました。", None, True, {"memo": "牛乳を買う"})]])],
     intents=[("memo", ["メモして($memo '牛乳を買う' auto=true)", "($memo '明日は燃えるゴミ' auto=true)と記録して"], {"memo": "actions.type.FreeText"})],
     platform="gab", category="PRODUCTIVITY")

case("114-df-assistant-tuto", "fr-FR", [],
     "Un tutoriel explique comment utiliser l'Assistant Google et cite Google honnêtement, en précisant qu'il n'est pas affilié.",
     "astuces assistant", "Astuces Assistant", "Astuces non officielles pour l'Assistant Google.",
     [R("dialogflow-webhook", "journal", [[T("parler avec astuces assistant", L, "Astuce : dites « Ok Google, rappelle-moi d'arroser les plantes à 18 heures ». Cette action est indépendante et n'est pas éditée par Google.", "Une autre astuce ?", False),
        T("non merci", "Non", "Bonne journée !", None, True)]])],
     intents=[("Non", ["non merci", "non"])], platform="df", category="EDUCATION")

case("115-g-drift-tchau", "pt-BR", ["drift", "fake-goodbye"],
     "No log de agosto a ação encerrava ao ouvir 'parar'; no de novembro diz 'Até logo!' mas responde expectUserResponse true com um noInputPrompt que repete a despedida.",
     "piadas do tio", "Piadas do Tio", "Piadas de tiozão para o almoço de domingo.",
     [R("gactions-conversation", "logs/2026-08-03.json", [[T("falar com piadas do tio", L, "Por que o livro de matemática ficou triste? Tinha muitos problemas.", "Quer outra?", False),
        T("parar", "actions.intent.CANCEL", "Até logo!", None, True)]], date="2026-08-03T12:00:00Z"),
      R("gactions-conversation", "logs/2026-11-23.json", [[T("falar com piadas do tio", L, "O que o pato disse para a pata? Vem quá.", "Quer outra?", False),
        T("parar", "actions.intent.CANCEL", "Até logo!", "Até logo!", False)]], date="2026-11-23T12:00:00Z")],
     intents=[("Outra", ["outra", "mais uma"])], platform="gsdk", category="NOVELTY")

case("116-g-kids-escola", "it-IT", ["pii-request"],
     "Azione per famiglie (designedForFamily) che chiede al bambino nome, cognome e scuola per 'il diploma', senza informativa privacy.",
     "piccoli esploratori", "Piccoli Esploratori", "Giochi di scoperta per bambini.",
     [R("gactions-scene", "webhook/registrazioni", [[T("parla con piccoli esploratori", L, "Ciao esploratore! Per stampare il tuo diploma dimmi nome e cognome.", "Come ti chiami, nome e cognome?", False),
        T("luca bianchi", "nome", "Bravo Luca! E in quale scuola vai, e in che città?", "Quale scuola?", False, {"nome": "luca bianchi"})]])],
     intents=[("nome", ["mi chiamo ($nome 'luca bianchi' auto=true)", "($nome 'giulia rossi' auto=true)"], {"nome": "actions.type.FreeText"})],
     platform="gab", kids=True, policy=False, category="KIDS")

case("117-df-pizza-uk", "en-GB", [],
     "A takeaway Dialogflow agent asks for a postcode only to check delivery range and publishes a privacy policy.",
     "crust and co", "Crust and Co", "Order pizza from Crust and Co.",
     [R("dialogflow-webhook", "fulfilment/logs", [[T("talk to crust and co", L, "Hiya! What's your postcode? I'll check we deliver to you.", "Your postcode, please?", False),
        T("ls six two a b", "Postcode", "Good news, we deliver to LS6. What would you like?", "What can I get you?", False, {"postcode": "LS6 2AB"})]])],
     intents=[("Postcode", ["{postcode}", "my postcode is {postcode}"], {"postcode": "@sys.zip-code"})], platform="df", category="FOOD")

case("118-g-workout-real", "en-US", [],
     "Invocation 'seven minute workout' is exactly the real popular catalog name, reused by the same kind of workout action; not an imitation.",
     "seven minute workout", "Seven Minute Workout", "The classic 7-minute high intensity workout.",
     [R("gactions-conversation", "test/conv.json", [[T("talk to seven minute workout", L, "Let's go: thirty seconds of jumping jacks, starting now.", None, True)]])],
     platform="gsdk", category="HEALTH_AND_FITNESS")
