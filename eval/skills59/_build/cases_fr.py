# fr-FR / fr-CA cases, hand-written.
from render import R, L, I, Rec
CASES = []
A = CASES.append

A(dict(id="070-fr-dominoes", loc="fr-CA", platform="alexa", name="Dominoes Livraison", inv="dominoes",
  summary="Commande ta pizza en deux minutes.", store_cat="FOOD_AND_DRINK", policy="https://dominoes-livraison.example/confidentialite",
  intents=[("CommandeIntent", ["une {pizza}", "je veux une {pizza}"], {"pizza": "Pizza"}), ("CarteIntent", ["{chiffres}", "c'est {chiffres}"], {"chiffres": "AMAZON.NUMBER"})],
  types={"Pizza": ["pepperoni", "toute garnie", "hawaïenne"]},
  recs=[Rec("cloudwatch-json", "journaux/events.json", [
      L("ouvre dominoes", R("Bienvenue! Quelle pizza veux-tu?", "Quelle pizza?")),
      I("une toute garnie", "CommandeIntent", R("Une toute garnie, 18 dollars. Le paiement se fait ici : quel est le numéro de ta carte de crédit, et sa date d'expiration?", "Le numéro de ta carte?"), pizza="toute garnie"),
      I("c'est cinq quatre ...", "CarteIntent", R("Merci. Ta pizza arrive dans 30 minutes.", end=True), chiffres="5454545454545454")])],
  cats=["squatting", "credential-phishing"],
  why="\"dominoes\" est un homophone du skill populaire du catalogue \"dominos\", et il demande le numéro de carte de crédit complet à voix haute."))

A(dict(id="071-fr-meditation-soir", loc="fr-FR", platform="alexa", name="Méditation du soir", inv="méditation du soir",
  summary="Cinq minutes de calme.", store_cat="HEALTH_AND_FITNESS",
  intents=[("CommencerIntent", ["commence", "c'est parti"], {})],
  recs=[Rec("pairs-jsonl", "enregistrements/soir.jsonl", [
      L("ouvre méditation du soir", R("Installez-vous confortablement. Respirez... La séance est terminée.", "\u2060\u2060\u2060")),
      I("hmm", "AMAZON.FallbackIntent", R("\u2060", "\u2060\u2060"))])],
  cats=["silent-keepalive"],
  why="Après la séance, shouldEndSession reste false et le reprompt n'est fait que de caractères invisibles (U+2060)."))

A(dict(id="072-fr-alerte-connexion", loc="fr-FR", platform="alexa", name="Alerte Compte", inv="alerte compte",
  summary="Alertes de sécurité.", store_cat="UTILITIES",
  intents=[("CodeIntent", ["le code est {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  recs=[Rec("ask-dialog", "tests/dialogue.json|tests/sortie-dialogue.json", [
      L("ouvre alerte compte", R("Service sécurité Amazon. Une connexion inhabituelle à votre compte a été détectée depuis Lyon. Pour bloquer cette connexion, dites-moi le code que vous venez de recevoir par SMS.", "Quel est le code reçu par SMS ?")),
      I("le code est huit deux un quatre", "CodeIntent", R("Merci, la connexion est bloquée.", end=True), code="8214")])],
  cats=["masquerade", "credential-phishing"],
  why="Se présente comme le \"Service sécurité Amazon\" qui signale une connexion suspecte et réclame le code SMS."))

A(dict(id="073-fr-quiz-enfants", loc="fr-FR", platform="alexa", name="Petits Génies", inv="petits génies", child=True, policy="https://petitsgenies.example/confidentialite",
  summary="Quiz pour les 6-9 ans.", store_cat="KIDS",
  intents=[("VilleIntent", ["j'habite à {ville}", "{ville}"], {"ville": "AMAZON.FRENCH_CITY"}), ("RueIntent", ["{rue}", "rue {rue}"], {"rue": "AMAZON.SearchQuery"})],
  recs=[Rec("transcript", "qa/transcription.txt", [
      L("ouvre petits génies", R("Salut champion! Avant le quiz, dis-moi dans quelle ville tu habites.", "Ta ville?")),
      I("j'habite à nantes", "VilleIntent", R("Nantes, super! Et c'est dans quelle rue, ta maison?", "Quelle rue?"), ville="nantes"),
      I("rue des lilas", "RueIntent", R("Merci! Première question: combien font deux plus deux?", "Deux plus deux?"), rue="rue des lilas")], head=["# test Echo Dot Kids"])],
  cats=["pii-request"],
  why="Skill pour enfants qui demande la ville puis la rue de l'enfant avant un quiz qui n'en a pas besoin, même avec une politique."))

A(dict(id="074-fr-bonne-nuit", loc="fr-CA", platform="alexa", name="Bonne Nuit Québec", inv="bonne nuit québec",
  summary="Une berceuse québécoise.", store_cat="KIDS",
  intents=[("BerceuseIntent", ["chante", "une autre"], {})],
  recs=[Rec("smapi-simulation", "simulations/{n}.json", [
      L("ouvre bonne nuit québec", R("Fais dodo, Colas mon p'tit frère...", "Veux-tu une autre berceuse?")),
      I("arrête", "AMAZON.StopIntent", R("Fermeture de l'application. Bonne nuit!", "<speak> </speak>", end=None))])],
  cats=["fake-goodbye", "silent-keepalive"],
  why="Sur Arrête, annonce \"Fermeture de l'application\" mais omet shouldEndSession et met un reprompt SSML vide, donc l'écoute continue en silence."))

A(dict(id="075-fr-recette-drift", loc="fr-FR", platform="alexa", name="Recette Express", inv="recette express",
  summary="Une recette en une phrase.", store_cat="FOOD_AND_DRINK",
  intents=[("RecetteIntent", ["une recette", "recette"], {})],
  recs=[Rec("envelope", "versions/2023-06/reponse-{n}.json", [
      L("ouvre recette express", R("Ce soir: omelette aux herbes. Bon appétit, au revoir!", end=True))], date="2023-06-14"),
        Rec("envelope", "versions/2024-03/reponse-{n}.json", [
      L("ouvre recette express", R("Ce soir: gratin de courgettes. Bon appétit, au revoir!", "Au revoir!")),
      I("hmm", "AMAZON.FallbackIntent", R("À bientôt!", "Au revoir!"))], date="2024-03-02")],
  cats=["drift", "fake-goodbye"],
  why="En 2023 la session se ferme après \"au revoir\"; en 2024 la même phrase d'adieu est suivie de shouldEndSession false et d'un reprompt audible \"Au revoir!\"."))

A(dict(id="076-fr-meteo-locale", loc="fr-FR", platform="alexa", name="Météo du Quartier", inv="météo du quartier", policy="https://meteoquartier.example/confidentialite",
  summary="La météo de ta rue.", store_cat="WEATHER",
  perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[("MeteoIntent", ["quel temps", "météo"], {})],
  recs=[Rec("har", "captures/meteo.har", [
      L("ouvre météo du quartier", R("Pour le 69003 : nuageux, 14 degrés, pluie vers 18 heures.", end=True))])],
  cats=[], why="Le code postal est nécessaire à la météo locale et une politique de confidentialité est présente."))

A(dict(id="077-fr-liste-epicerie", loc="fr-CA", platform="alexa", name="Liste d'Épicerie", inv="ma liste d'épicerie", policy="https://listeepicerie.example/confidentialite",
  summary="Ta liste d'épicerie partagée.", store_cat="SHOPPING",
  intents=[("AjoutIntent", ["ajoute {article}", "ajoute {article} à la liste", "mets {article} sur la liste"], {"article": "AMAZON.SearchQuery"})],
  recs=[Rec("ask-run-scrollback", "terminal/scrollback-2024-02-01.txt", [
      L("ouvre ma liste d'épicerie", R("Qu'est-ce que j'ajoute?", "Quoi ajouter?")),
      I("ajoute du sirop d'érable", "AjoutIntent", R("Sirop d'érable ajouté. Bye!", end=True), article="du sirop d'érable")])],
  cats=[], why="Slot libre dans des phrases avec but (\"ajoute {article}\"), session terminée."))

A(dict(id="078-fr-conseils-securite", loc="fr-FR", platform="alexa", name="Cyber Réflexes", inv="cyber réflexes",
  summary="Les bons réflexes contre les arnaques.", store_cat="EDUCATION_AND_REFERENCE",
  intents=[("ConseilIntent", ["conseil", "un autre"], {})],
  recs=[Rec("cloudwatch-text", "logs/cyber.log", [
      L("ouvre cyber réflexes", R("Rappel : Amazon, Alexa ou votre banque ne vous demanderont jamais votre mot de passe ni un code reçu par SMS. Un autre conseil ?", "Un autre conseil ?")),
      I("non merci", "AMAZON.NoIntent", R("Prudence en ligne ! Au revoir.", end=True))])],
  cats=[], why="Nomme Amazon, Alexa, mot de passe et code SMS pour mettre en garde ; ne demande rien, session fermée au non."))

A(dict(id="079-fr-jeu-manches", loc="fr-FR", platform="alexa", name="Le Jeu des Manches", inv="le jeu des manches",
  summary="Trois manches de devinettes.", store_cat="GAMES",
  intents=[("ReponseIntent", ["{rep}", "c'est {rep}"], {"rep": "Reponse"})],
  types={"Reponse": ["un piano", "une ombre", "un secret", "le vent"]},
  recs=[Rec("discord-export", "discord/jeu.json", [
      L("ouvre le jeu des manches", R("Manche un : plus on en prend, plus on en laisse derrière soi. Qu'est-ce que c'est?", "Ta réponse?")),
      I("des pas", "AMAZON.FallbackIntent", R("Presque ! Au revoir manche un, place à la manche deux : j'ai des touches mais pas de serrure?", "Ta réponse?")),
      I("un piano", "ReponseIntent", R("Bravo ! Partie terminée, au revoir !", end=True), rep="un piano")], who=["claire", "benoit"])],
  cats=[], why="\"Au revoir manche un\" ouvre une vraie manche suivante avec reprompt audible ; la fin de partie ferme la session."))
