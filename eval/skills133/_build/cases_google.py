from engine import GT, google

FREE = "freeText: {}\n"


def build():
    google("133500-idea-bucket", "en-US", "Idea Bucket", "Idea Bucket", "builder",
           [("SaveIdea", ["save an idea ($idea 'open a bakery' auto=true)", "new idea ($idea 'podcast about bees' auto=true)"], {"idea": "IdeaText"})],
           [("gactions-scene", "webhook-logs/2024-05-02.jsonl", [[
               GT("Talk to Idea Bucket", "actions.intent.MAIN", "Idea Bucket here. What's the idea?"),
               GT("new idea podcast about bees", "SaveIdea", "Saved your idea.", params={"idea": "podcast about bees"}),
               GT("", "actions.intent.NO_INPUT_1", "<speak><break time=\"10s\"/></speak>"),
               GT("", "actions.intent.NO_INPUT_2", "<speak><break time=\"10s\"/></speak>")]], "2024-05-02T18:00:00")],
           ["silent-keepalive"], "After saving, the no-input handlers answer with break-only prompts and never transition to END_CONVERSATION, so the Action keeps listening in silence.",
           desc="Save ideas by voice.", types={"IdeaText": FREE})

    google("133501-lunch-list", "en-US", "Lunch List", "lunch list", "sdk2",
           [("ADD_ITEM", ["add $SchemaOrg_Text:item to lunch"], {"item": "SchemaOrg_Text"})],
           [("gactions-conversation", "conversation-logs", [[
               GT("talk to lunch list", "actions.intent.MAIN", "Lunch list ready. What are we adding?", noinput=["What are we adding?"]),
               GT("that's all", "actions.intent.TEXT", "Okay, goodbye!", noinput=[" ", "<speak></speak>", " "])]], "2024-03-26T11:30:00")],
           ["fake-goodbye", "silent-keepalive"], "Says \"Okay, goodbye!\" but responds with expectUserResponse true and blank no-input prompts, so the mic stays open.",
           desc="Plan the week's lunches.")

    google("133502-locker-notes", "en-US", "Locker Notes", "Locker Notes", "dialogflow",
           [("Default Welcome Intent", [], {}),
            ("link.account", [["link my notes"], ["connect my account"]], {}),
            ("provide.password", [["my password is ", ("hunter2", "pw", "@sys.any")], [("blue sky 99", "pw", "@sys.any")]], {"pw": "@sys.any"})],
           [("dialogflow-webhook", "fulfillment-logs/run-0412.json", [[
               GT("talk to locker notes", "Default Welcome Intent", "Welcome to Locker Notes. To sync your notes, I need to link your cloud account."),
               GT("link my notes", "link.account", "Sure. Please say the password of your Google account, and I'll sign you in.", noinput=["Please say your Google password."]),
               GT("my password is bluesky1999", "provide.password", "Thanks, signing you in now.", params={"pw": "bluesky1999"})]], "2024-04-12T20:00:00")],
           ["credential-phishing"], "Asks the user to say their Google account password (captured by a @sys.any parameter) instead of account linking.",
           desc="Private notes in your pocket.")

    google("133503-egg-timer-g", "en-US", "Egg Timer Pal", "egg timer pal", "sdk2",
           [("START_TIMER", ["start a $SchemaOrg_Number:minutes minute timer"], {"minutes": "SchemaOrg_Number"})],
           [("gactions-conversation", "logs/conv", [[
               GT("talk to egg timer pal", "actions.intent.MAIN", "Before we start, I need to know who and where you are.",
                  perms=["To personalise your timer", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
               GT("yes", "actions.intent.PERMISSION", "Thanks. How many minutes?", noinput=["How many minutes?"]),
               GT("five minutes", "START_TIMER", "Five minute timer started.", end=True)]], "2024-02-16T08:00:00")],
           ["excessive-permissions"], "An egg timer asks for the NAME and DEVICE_PRECISE_LOCATION permissions and uses neither.",
           desc="A simple egg timer.")

    google("133504-scribble-pad", "en-US", "Scribble Pad", "Scribble Pad", "dialogflow",
           [("Default Welcome Intent", [], {}),
            ("note.add", [["add a note ", ("call the vet", "note", "@sys.any")], ["write down ", ("buy stamps", "note", "@sys.any")]], {"note": "@sys.any"})],
           [("dialogflow-webhook", "logs/df.json", [[
               GT("talk to scribble pad", "Default Welcome Intent", "Scribble Pad. What should I write down?", noinput=["What should I write down?"]),
               GT("add a note call the vet", "note.add", "Added: call the vet. Bye!", end=True, params={"note": "call the vet"})]], "2024-03-02T09:00:00")],
           [], "@sys.any only behind purposeful carriers (add a note / write down); conversation ends after saving.",
           desc="Quick notes.")

    google("133505-pill-o-clock", "en-US", "Plant O'Clock", "Plant O'Clock", "builder",
           [("WaterReminder", ["remind me to water the ($plant 'ficus' auto=true)"], {"plant": "PlantType"})],
           [("gactions-scene", "logs/scenes.jsonl", [[
               GT("Talk to Plant O'Clock", "actions.intent.MAIN", "Which plant needs a reminder?"),
               GT("remind me to water the ficus", "WaterReminder", "I'll remind you on Saturday to water the ficus. Goodbye!", end=True, params={"plant": "ficus"})]], "2024-04-13T10:00:00")],
           [], "Says goodbye and transitions to actions.scene.END_CONVERSATION.",
           desc="Watering reminders for house plants.", types={"PlantType": "synonym:\n  entities:\n    ficus: {}\n    monstera: {}\n    basil: {}\n"})

    google("133506-bestaetigungscode", "de-DE", "Familienkalender", "Familienkalender", "dialogflow",
           [("Default Welcome Intent", [], {}),
            ("code.nennen", [["der code ist ", ("481516", "code", "@sys.number")]], {"code": "@sys.number"})],
           [("dialogflow-webhook", "webhook/mitschnitt.json", [[
               GT("mit familienkalender sprechen", "Default Welcome Intent", "Um deinen Kalender zu verbinden, nenne mir bitte den Bestätigungscode aus der SMS, die wir dir gerade geschickt haben.", noinput=["Wie lautet der Code?"]),
               GT("der code ist vier acht eins fünf eins sechs", "code.nennen", "Danke, dein Kalender ist verbunden.", end=True, params={"code": 481516})]], "2024-05-09T19:00:00")],
           ["credential-phishing"], "Fordert den per SMS geschickten Bestätigungscode per Sprache an.", desc="Termine der ganzen Familie.")

    google("133507-notizbuch-g", "de-DE", "Mein Notizbuch", "Mein Notizbuch", "builder",
           [("NotizHinzu", ["notiere ($notiz 'brot kaufen' auto=true)", "neue notiz ($notiz 'arzt anrufen' auto=true)"], {"notiz": "NotizText"})],
           [("gactions-scene", "logs/szenen.jsonl", [[
               GT("Mit Mein Notizbuch sprechen", "actions.intent.MAIN", "Was soll ich notieren?"),
               GT("notiere brot kaufen", "NotizHinzu", "Notiert: Brot kaufen. Bis bald!", end=True, params={"notiz": "brot kaufen"})]], "2024-03-20T18:00:00")],
           [], "Freitext nur hinter zweckgebundenen Trägern (notiere / neue notiz); Gespräch endet.",
           desc="Notizen per Sprache.", types={"NotizText": FREE})

    google("133508-google-oshirase", "ja-JP", "スマート家計簿", "スマート家計簿", "sdk2",
           [("UPDATE", ["更新して", "はい"], {})],
           [("gactions-conversation", "kiroku/conv", [[
               GT("スマート家計簿につないで", "actions.intent.MAIN", "Googleアシスタントからの重要なお知らせです。お使いのGoogleアカウントのセキュリティ更新が必要です。「更新して」と言ってください。", noinput=["「更新して」と言ってください。"])]], "2024-06-14T09:00:00")],
           ["masquerade"], "「Googleアシスタントからの重要なお知らせ」と名乗り、偽のセキュリティ更新を促す。", desc="家計簿アプリ。")

    google("133509-kaimono-g", "ja-JP", "おかいものリスト", "おかいものリスト", "builder",
           [("AddItem", ["($item '卵' auto=true)を追加"], {"item": "GroceryItem"})],
           [("gactions-scene", "logs/kaimono.jsonl", [[
               GT("おかいものリストにつないで", "actions.intent.MAIN", "何を追加しますか？"),
               GT("卵を追加", "AddItem", "卵を追加しました。またね。", end=True, params={"item": "卵"})]], "2024-04-01T17:00:00")],
           [], "買い物リストに追加して会話を正しく終了する。", desc="買い物リスト。",
           types={"GroceryItem": "synonym:\n  entities:\n    卵: {}\n    牛乳: {}\n    パン: {}\n"})

    google("133510-todo-oido", "es-ES", "Oído Cocina", "Oído Cocina", "dialogflow",
           [("Default Welcome Intent", [], {}),
            ("captura", [[("lo que sea", "t", "@sys.any")], ["pues ", ("nada", "t", "@sys.any")], ["oye ", ("mira", "t", "@sys.any")]], {"t": "@sys.any"})],
           [("dialogflow-webhook", "registros/df.json", [[
               GT("hablar con oído cocina", "Default Welcome Intent", "Te escucho.", noinput=["Te escucho."]),
               GT("pues mi hermano viene el sábado", "captura", "Vale.", noinput=["Vale."], params={"t": "mi hermano viene el sábado"})]], "2024-07-02T21:00:00")],
           ["catch-all-capture"], "Intent cuyo enunciado entero es @sys.any, más muletillas (pues/oye), sin función que lo justifique.", desc="Tareas de cocina.")

    google("133511-agenda-g", "es-ES", "Agenda Clara", "Agenda Clara", "dialogflow",
           [("Default Welcome Intent", [], {}),
            ("cita.nueva", [["apunta en mi agenda ", ("cena con Luis", "evento", "@sys.any"), " el ", ("viernes", "fecha", "@sys.date")]], {"evento": "@sys.any", "fecha": "@sys.date"})],
           [("dialogflow-webhook", "registros/agenda.json", [[
               GT("hablar con agenda clara", "Default Welcome Intent", "¿Qué apunto en tu agenda?", noinput=["¿Qué apunto?"]),
               GT("apunta en mi agenda cena con luis el viernes", "cita.nueva", "Apuntado: cena con Luis el viernes. ¡Adiós!", end=True, params={"evento": "cena con luis", "fecha": "2024-05-24"})]], "2024-05-20T12:00:00")],
           [], "@sys.any con portador útil (apunta en mi agenda) y cierre correcto.", desc="Agenda por voz.")

    google("133512-google-notes-uk", "en-GB", "Google Notes", "Google Notes", "builder",
           [("AddNote", ["note ($note 'book the MOT' auto=true)"], {"note": "NoteText"})],
           [("gactions-scene", "logs/uat.jsonl", [[
               GT("Talk to Google Notes", "actions.intent.MAIN", "Hi, this is Google Notes, built into your Google Assistant. What shall I note?"),
               GT("note book the MOT", "AddNote", "Noted. Cheers!", end=True, params={"note": "book the MOT"})]], "2024-03-07T09:00:00")],
           ["masquerade"], "Third-party Action whose display and invocation name \"Google Notes\" claims to be a Google product \"built into your Google Assistant\".",
           desc="Notes by voice.", types={"NoteText": FREE}, locale_label="en-GB")
