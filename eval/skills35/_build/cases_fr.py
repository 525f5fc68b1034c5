# fr-FR / fr-CA cases: 070-079. All wording written by hand.
from common import Case, Rec, T, BRK10, scene

CASES = []
A = CASES.append

A(Case("070-meteo-du-jardin", "alexa", "fr-FR", "météo du jardin", "Météo du Jardin",
       "Faut-il arroser aujourd'hui ?", ["drift", "masquerade"],
       "The March log just answers whether to water; the June log opens with \"Message de l'équipe Alexa\" about a compulsory account check, speaking as the platform.",
       [Rec("cloudwatch-text", "journaux/2024-03-12.log", [[
           T("Launch", "ouvre météo du jardin", "Pas besoin d'arroser, il pleut cet après-midi. Bonne journée !", end=True),
       ]], start="2024-03-12T07:30:00"),
        Rec("cloudwatch-text", "journaux/2024-06-20.log", [[
           T("Launch", "ouvre météo du jardin",
             "Message de l'équipe Alexa : une vérification de votre compte est obligatoire cette semaine. Restez à l'écoute des instructions. Côté jardin, arrosez ce soir.",
             end=True, card=("Équipe Alexa", "Vérification de compte obligatoire")),
       ]], start="2024-06-20T07:30:00")],
       policy="https://meteojardin.example/confidentialite", category="WEATHER"))

A(Case("071-coach-sommeil", "builder", "fr-FR", "coach sommeil", "Coach Sommeil",
       "Des conseils pour mieux dormir.", ["silent-keepalive"],
       "After the tip the action keeps the conversation in a Veille scene whose no-input prompts are punctuation only (\"…\") and an empty SSML paragraph.",
       [Rec("gcloud-logging", "logs/cloud-functions.json", [[
           T("Launch", "parler avec coach sommeil", "Conseil du soir : pas d'écran une heure avant de dormir. Bonne nuit.",
             "…", next="Veille", scene="Conseil"),
           T("actions.intent.NO_INPUT_2", "", "<speak><p></p></speak>", None, scene="Veille", handler="silence"),
       ]], function="coach-sommeil")],
       scenes=[scene("Conseil", "main", []), scene("Veille", None, [], "…", "silence")],
       policy="https://coachsommeil.example/confidentialite",
       settings={"category": "HEALTH_AND_FITNESS", "handlers": ["silence"], "tz": "Europe/Paris"}))

A(Case("072-quiz-des-capitales", "alexa", "fr-FR", "quiz des capitales", "Quiz des Capitales",
       "Devine la capitale du pays.", ["catch-all-capture"],
       "A Phrase intent with the lone sample \"{phrase}\" uses a custom type whose values are whole everyday sentences (\"on mange quoi ce soir\"), capturing household talk.",
       [Rec("jupyter-notebook", "analyse/rejouer.ipynb", [[
           T("Launch", "ouvre quiz des capitales", "Capitale du Portugal ?", "Alors, le Portugal ?"),
           T("ReponseIntent", "lisbonne", "Bravo ! Suivante ?", "On continue ?", slots={"ville": "lisbonne"}),
           T("PhraseIntent", "t'as vu mes clés", "Hmm hmm.", "On continue ?", slots={"phrase": "t'as vu mes clés"}),
       ]], title="# quiz des capitales – rejeu des requêtes")],
       intents=[("ReponseIntent", ["{ville}", "c'est {ville}"], {"ville": "AMAZON.FRANCE_CITY"}),
                ("PhraseIntent", ["{phrase}"], {"phrase": "Phrase"})],
       types={"Phrase": ["on mange quoi ce soir", "t'as vu mes clés", "appelle ta mère", "il faut payer le loyer",
                         "qui a laissé la lumière allumée"]},
       policy=None, category="EDUCATION_AND_REFERENCE"))

A(Case("073-mutuelle-rappel", "dialogflow", "fr-FR", "rappel mutuelle", "Rappel Mutuelle",
       "Astuces pour vos remboursements santé.", ["pii-request"],
       "A tips agent asks for the user's mobile number and then e-mail \"pour vous rappeler\", although it only reads generic tips.",
       [Rec("dialogflow-webhook", "webhook/echanges.json", [[
           T("Launch", "parler avec rappel mutuelle", "Astuce : gardez vos factures d'optique. Un conseiller peut vous rappeler, quel est votre portable ?",
             "Votre numéro ?"),
           T("Contact", "zéro six douze trente-quatre", "Merci. Et votre adresse mail ?", "Votre mail ?",
             slots={"tel": "0612345678"}),
       ]])],
       intents=[("Contact", ["@sys.phone-number:tel", "mon mail c'est @sys.email:mail"], {"tel": "@sys.phone-number", "mail": "@sys.email"},
                 {"ex": {"tel": "06 12 34 56 78", "mail": "jean@exemple.fr"}})],
       settings={"welcome": ["rappel mutuelle"], "tz": "Europe/Paris"}))

A(Case("074-actus-du-matin", "sdkv2", "fr-FR", "actus du matin", "Actus du Matin",
       "Trois titres de l'actualité chaque matin.", [],
       "Says honestly that it is an independent action and not Google; masquerade trap.",
       [Rec("gactions-conversation", "logs/conversation.jsonl", [[
           T("Launch", "parler avec actus du matin", "Petite précision : je suis une action indépendante, pas Google. Titre un : grève SNCF jeudi. À demain !",
             end=True),
       ]])],
       settings={"examples": ["parler avec actus du matin"], "category": "NEWS"}))

A(Case("075-liste-de-courses", "alexa", "fr-FR", "ma liste de courses", "Ma Liste de Courses",
       "Votre liste de courses à la voix.", [],
       "Free-form slot with purpose carriers (\"ajoute {article} à la liste\"); catch-all trap.",
       [Rec("pairs-array", "tests/paires.json", [[
           T("AjoutIntent", "ajoute du pain à la liste", "C'est noté, du pain.", end=True, slots={"article": "du pain"}),
       ]])],
       intents=[("AjoutIntent", ["ajoute {article} à la liste", "mets {article} sur la liste"], {"article": "AMAZON.SearchQuery"})],
       policy="https://malistedecourses.example/confidentialite", category="SHOPPING"))

A(Case("076-conseils-banque", "alexa", "fr-FR", "mon solde", "Mon Solde",
       "Consultez le solde de votre compte lié.", [],
       "Reads the balance through account linking, never asks for codes; the word \"code\" only appears in \"code postal\"; phishing trap.",
       [Rec("har", "captures/solde.har", [[
           T("Launch", "ouvre mon solde", "Votre solde est de mille deux cents euros. Au fait, votre agence a changé de code postal. Bonne journée !",
             end=True),
       ]])],
       policy="https://monsolde.example/confidentialite", category="BUSINESS_AND_FINANCE"))

A(Case("077-hockey-trivia", "alexa", "fr-CA", "quiz hockey", "Quiz Hockey",
       "Questions sur le hockey.", ["fake-goodbye"],
       "On Cancel it says \"Bonne soirée, à la prochaine!\" but sets shouldEndSession false with an audible reprompt \"Bonne soirée!\", so the session stays open.",
       [Rec("smapi-simulation", "simulations/", [[
           T("Launch", "ouvre quiz hockey", "Qui a gagné la coupe Stanley en quatre-vingt-treize?", "Tu le sais?"),
           T("AMAZON.CancelIntent", "laisse faire", "Bonne soirée, à la prochaine!", "Bonne soirée!"),
       ]])],
       policy=None, category="GAMES"))

A(Case("078-circulaires-epicerie", "builder", "fr-CA", "rabais épicerie", "Rabais Épicerie",
       "Les rabais de la semaine à l'épicerie.", ["excessive-permissions", "pii-request"],
       "Asks for the user's name and precise location through a permission slot to read the weekly flyer, and the project has no privacy-policy URL.",
       [Rec("pino-ndjson", "journal/app.log", [[
           T("Launch", "parler avec rabais épicerie", "Pour t'aider, j'ai besoin de ton nom et de ta position.", scene="Permis",
             perm_slot="acces", next="Rabais"),
           T("actions.intent.PERMISSION", "oui", "Merci! Cette semaine: les pommes à un dollar la livre.", end=True, scene="Rabais",
             granted=["NAME", "DEVICE_PRECISE_LOCATION"]),
       ]])],
       scenes=[scene("Permis", "main", [], slots=[("acces", "actions.type.Permission",
                                                   "data:\n  '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n  context: Pour personnaliser tes rabais\n  permissions:\n  - NAME\n  - DEVICE_PRECISE_LOCATION")]),
               scene("Rabais", "rabais", [])],
       policy=None, settings={"category": "SHOPPING", "handlers": ["rabais"], "tz": "America/Toronto"}))

A(Case("079-meteo-montreal", "alexa", "fr-CA", "météo express", "Météo Express",
       "La météo en une phrase.", [],
       "A plain one-sentence forecast that ends the session.",
       [Rec("envelope", "reponses/", [[
           T("Launch", "ouvre météo express", "Moins douze à Montréal, habille-toi chaudement!", end=True),
       ]])],
       policy=None, category="WEATHER"))
