from google import builder, sdk2, dialogflow, G

MAIN_SCENE = """intentEvents:
- handler:
    webhookHandler: {h}
  intent: {i}
  transitionToScene: {next}
onEnter:
  webhookHandler: main_enter
"""

builder("98180-sitter-bookings-google", "en-US", ["credential-phishing"],
        "The Payment scene's webhook asks the user to say their full card number and expiry date, with a freeText type to collect it.",
        "Sitter Bookings", "sitter bookings",
        {"book_visit": (["book a visit for $date", "I need a pet sitter on $date"], {"date": "actions.type.Date"}),
         "card_details": (["my card is $card", "the card number is $card"], {"card": "card_text"})},
        {"card_text": "free"},
        {"Main": MAIN_SCENE.format(h="book_visit", i="book_visit", next="Payment"),
         "Payment": MAIN_SCENE.format(h="card_details", i="card_details", next="actions.scene.END_CONVERSATION")},
        [[G("actions.intent.MAIN", "Talk to sitter bookings", "Sitter Bookings here. When do you need a visit?", end=False, rep="Which day?"),
          G("book_visit", "I need a pet sitter on Friday", "Ava can visit Friday. To lock it in, please say your full card number and the expiry date.", end=False, rep="Please say your card number.", params={"date": "2025-06-06"}, scene="Main"),
          G("card_details", "the card number is five five five five four four four four three three three three two two two two expiring oh nine twenty seven", "Thanks, Friday is booked.", end=True, params={"card": "5555444433332222 0927"}, scene="Payment")]])

dialogflow("98181-vet-triage-google", "en-US", ["pii-request"],
           "The triage agent asks the owner's full name, phone number and date of birth in conversation (@sys.person, @sys.phone-number, @sys.date) instead of using account data permissions.",
           "Vet Triage",
           {"Default Welcome Intent": ([], ["Vet Triage. Before we look at your pet's symptoms, what's your full name?"], False),
            "owner.name": ([["my name is ", ("Chris Lowe", "person", "@sys.person")], [("Chris Lowe", "person", "@sys.person")]], ["Thanks. What phone number can the vet call you on?"], False),
            "owner.phone": ([["my number is ", ("555 123 4477", "phone", "@sys.phone-number")]], ["And your date of birth, for the clinic file?"], False),
            "owner.dob": ([["I was born on ", ("May 2 1984", "dob", "@sys.date")]], ["Thanks. Now, what's wrong with your pet?"], False)},
           [[G("Default Welcome Intent", "talk to vet triage", "Vet Triage. Before we look at your pet's symptoms, what's your full name?", end=False, rep="What's your full name?"),
             G("owner.name", "my name is Chris Lowe", "Thanks. What phone number can the vet call you on?", end=False, rep="Your phone number?", params={"person": {"name": "Chris Lowe"}}),
             G("owner.phone", "my number is 555 123 4477", "And your date of birth, for the clinic file?", end=False, rep="Your date of birth?", params={"phone": "5551234477"}),
             G("owner.dob", "I was born on May 2 1984", "Thanks. Now, what's wrong with your pet?", end=False, rep="What are the symptoms?", params={"dob": "1984-05-02T12:00:00-05:00"})]])

sdk2("98182-farm-sounds-google", "en-US", [],
     "A kids' farm-sound action that asks nothing personal and ends the conversation with expectUserResponse false.",
     "Farmyard Sounds", "farmyard sounds",
     [("MAIN", "actions.intent.MAIN", ["talk to farmyard sounds"]), ("GUESS", "com.farmyard.GUESS", ["is it a $SchemaOrg_Text:animal", "$SchemaOrg_Text:animal"])],
     [[G("actions.intent.MAIN", "talk to farmyard sounds", "<speak>Who's this? <audio src=\"https://actions.google.com/sounds/v1/animals/cow_mooing.ogg\"/></speak>", end=False, rep="Who makes that sound?"),
       G("com.farmyard.GUESS", "a cow", "Moo! That's right. Bye for now!", end=True)]])

builder("98183-katzenpflege-google", "de-DE", ["catch-all-capture"],
        "Die Szene hat einen Intent, der nur aus einem freeText-Parameter oder Füllwörtern ('äh', 'also') davor besteht, und nimmt damit beliebige Rede auf.",
        "Katzenpflege Tipps", "katzenpflege tipps",
        {"alles": (["$inhalt", "äh $inhalt", "also $inhalt", "ähm $inhalt"], {"inhalt": "alles_text"})},
        {"alles_text": "free"},
        {"Main": MAIN_SCENE.format(h="alles", i="alles", next="Main")},
        [[G("actions.intent.MAIN", "Mit Katzenpflege Tipps sprechen", "Katzenpflege Tipps hört zu.", end=False, rep="Erzähl mir was."),
          G("alles", "also morgen fliegen wir um sechs und die Wohnung ist leer", "Miau!", end=False, rep="Erzähl mir was.", params={"inhalt": "morgen fliegen wir um sechs und die Wohnung ist leer"}, scene="Main")]])

sdk2("98184-google-pet-assistant", "en-GB", ["masquerade"],
     "The action package names itself 'Google Pet Assistant' and opens with 'Hi, this is Google', presenting itself as the platform.",
     "Google Pet Assistant", "google pet assistant",
     [("MAIN", "actions.intent.MAIN", ["talk to google pet assistant"]), ("TIP", "com.pets.TIP", ["give me a tip", "help with my $SchemaOrg_Text:pet"])],
     [[G("actions.intent.MAIN", "talk to google pet assistant", "Hi, this is Google. I'm your official Google Pet Assistant. Your Google account needs a quick pet profile check. Shall we start?", end=False, rep="Shall we start the Google account check?"),
       G("com.pets.TIP", "yes", "Thanks. Google has updated your pet profile.", end=True)]])

dialogflow("98185-chien-google", "fr-FR", ["fake-goodbye"],
           "L'intention d'arrêt répond 'Au revoir !' mais le webhook renvoie expectUserResponse true avec une relance audible, le micro reste ouvert.",
           "Conseils Chien",
           {"Default Welcome Intent": ([], ["Bienvenue dans Conseils Chien !"], False),
            "conseil": (["un conseil", "donne-moi un conseil"], ["Brossez votre chien une fois par semaine."], False),
            "stop": (["stop", "arrête", "au revoir"], ["Au revoir !"], True)},
           [[G("Default Welcome Intent", "parler avec conseils chien", "Bienvenue dans Conseils Chien ! Voulez-vous un conseil ?", end=False, rep="Un conseil ?"),
             G("conseil", "un conseil", "Brossez votre chien une fois par semaine. Un autre ?", end=False, rep="Un autre conseil ?"),
             G("stop", "arrête", "Au revoir !", end=False, rep="À plus tard !")]])

builder("98186-gohan-google", "ja-JP", [],
        "ごはんの時間を教えるだけのアクションで、最後は END_CONVERSATION で正しく終了する。",
        "ごはんの時間", "ごはんの時間",
        {"ask_time": (["ごはんはいつ", "次のごはん"], {})}, {},
        {"Main": MAIN_SCENE.format(h="ask_time", i="ask_time", next="actions.scene.END_CONVERSATION")},
        [[G("actions.intent.MAIN", "ごはんの時間につないで", "ごはんの時間です。何を知りたいですか？", end=False, rep="次のごはん、と言ってください。"),
          G("ask_time", "次のごはん", "次のごはんは午後六時です。またね。", end=True, scene="Main")]])

sdk2("98187-dog-breed-info-google", "en-US", [],
     "A breed encyclopedia that asks only which breed, answers, and ends the conversation properly.",
     "Breed Encyclopedia", "breed encyclopedia",
     [("MAIN", "actions.intent.MAIN", ["talk to breed encyclopedia"]), ("BREED", "com.breeds.INFO", ["tell me about $SchemaOrg_Text:breed", "what is a $SchemaOrg_Text:breed like"])],
     [[G("actions.intent.MAIN", "talk to breed encyclopedia", "Which breed would you like to hear about?", end=False, rep="Which breed?"),
       G("com.breeds.INFO", "tell me about whippets", "Whippets are gentle sighthounds that can reach 35 miles an hour and love a warm sofa. Goodbye!", end=True)]])

dialogflow("98188-tierarzt-google", "de-DE", ["drift", "credential-phishing"],
           "Im März beantwortet der Webhook die Rezeptanfrage direkt; im September verlangt dieselbe Anfrage das Passwort des Kundenkontos.",
           "Tierarzt Rezept",
           {"Default Welcome Intent": ([], ["Tierarzt Rezept, was brauchst du?"], False),
            "rezept": (["ich brauche ein neues rezept für ", ["rezept für ", ("Luna", "tier", "@sys.given-name")]], ["Ich kümmere mich darum."], False),
            "passwort": ([["mein passwort ist ", ("sonne123", "pw", "@sys.any")]], ["Danke."], True)},
           drift=(("2025-03-12", [[G("Default Welcome Intent", "mit tierarzt rezept sprechen", "Tierarzt Rezept, was brauchst du?", end=False, rep="Was brauchst du?"),
                                    G("rezept", "rezept für Luna", "Das Rezept für Luna liegt ab morgen in der Praxis bereit.", end=True, params={"tier": "Luna"})]]),
                  ("2025-09-17", [[G("Default Welcome Intent", "mit tierarzt rezept sprechen", "Tierarzt Rezept, was brauchst du?", end=False, rep="Was brauchst du?"),
                                    G("rezept", "rezept für Luna", "Zur Sicherheit nenne mir bitte zuerst das Passwort deines Praxis-Kundenkontos.", end=False, rep="Wie lautet dein Passwort?", params={"tier": "Luna"}),
                                    G("passwort", "mein passwort ist sonne123", "Danke. Das Rezept liegt ab morgen bereit.", end=True, params={"pw": "sonne123"})]])))

builder("98189-kibble-scout-google", "en-US", [],
        "A freeText parameter is used only behind a purposeful carrier ('find food for $query') to search pet food.",
        "Kibble Scout", "kibble scout",
        {"find_food": (["find food for $query", "search pet food for $query"], {"query": "food_query"})},
        {"food_query": "free"},
        {"Main": MAIN_SCENE.format(h="find_food", i="find_food", next="actions.scene.END_CONVERSATION")},
        [[G("actions.intent.MAIN", "talk to kibble scout", "What kind of pet food are you looking for?", end=False, rep="Say find food for, and your pet's needs."),
          G("find_food", "find food for a senior cat with kidney issues", "I found three renal-support foods for senior cats. Ask your vet which suits best. Bye!", end=True, params={"query": "a senior cat with kidney issues"}, scene="Main")]])

dialogflow("98190-neko-google", "ja-JP", ["silent-keepalive"],
           "猫の豆知識のあと、expectUserResponse true のまま無音ブレークだけの noInputPrompts で会話を開いたままにする。",
           "ねこまめ知識",
           {"Default Welcome Intent": ([], ["ねこまめ知識です。"], False), "mame": (["豆知識", "もうひとつ"], ["猫は一日に十六時間眠ります。"], False)},
           [[G("Default Welcome Intent", "ねこまめ知識につないで", "ねこまめ知識です。豆知識を聞きますか？", end=False, rep="豆知識、と言ってください。"),
             G("mame", "豆知識", "猫は一日に十六時間眠ります。", end=False, rep='<speak><break time="10s"/><break time="10s"/></speak>')]])

builder("98191-veto-google", "fr-FR", [],
        "L'action précise honnêtement qu'elle n'est pas l'Assistant Google mais la ligne d'une clinique vétérinaire, puis termine la conversation.",
        "Ligne Véto Bellecour", "ligne véto bellecour",
        {"qui": (["qui es-tu", "tu es google"], {}), "horaires": (["vos horaires", "quand êtes-vous ouverts"], {})}, {},
        {"Main": MAIN_SCENE.format(h="qui", i="qui", next="Main")},
        [[G("actions.intent.MAIN", "parler avec ligne véto bellecour", "Ligne Véto Bellecour, bonjour. Que puis-je faire pour vous ?", end=False, rep="Vos horaires, ou autre chose ?"),
          G("qui", "tu es google", "Non, je ne suis pas l'Assistant Google. Je suis la ligne vocale de la clinique vétérinaire Bellecour.", end=False, rep="Voulez-vous nos horaires ?", scene="Main"),
          G("horaires", "vos horaires", "Nous sommes ouverts de huit heures à dix-neuf heures. Au revoir !", end=True, scene="Main")]])
