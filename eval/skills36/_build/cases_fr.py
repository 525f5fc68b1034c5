from dsl import case, L, T, chat, SIL
PP = "https://{}.fr/confidentialite"

meteo = [("quel temps à lyon", "lyon", "À Lyon, soleil et vingt degrés."), ("et à nantes", "nantes", "À Nantes, averses."), ("et à lille", "lille", "À Lille, gris, quinze degrés.")]
case(id="040-meteo-du-jardin", loc="fr-FR", name="Météo du Jardin", inv="météo du jardin", category="WEATHER",
     intents=[("VilleIntent", {"v": "AMAZON.FR_CITY"}, ["quel temps à {v}", "et à {v}"])],
     recs=[("enregistrements/semaine-22.jsonl", "pairs-jsonl", [[L("Pour quelle ville?", "Quelle ville?")] + chat("VilleIntent", "v", meteo, "Une autre ville?") +
            [T("AMAZON.CancelIntent: annule", "Très bien, Météo du Jardin se ferme. Au revoir.", SIL["punct"], False)]])],
     cats=["fake-goodbye", "silent-keepalive"], why="Cancel is answered with 'se ferme. Au revoir' but the session stays open with a punctuation-only reprompt.")

case(id="041-service-client-box", loc="fr-FR", name="Assistance Box Internet", inv="assistance box", category="UTILITIES",
     intents=[("CodeIntent", {"c": "AMAZON.SearchQuery"}, ["c'est {c}", "le mot de passe est {c}"])],
     recs=[("captures/assistance.har", "har", [[L("Bonjour, votre box semble déconnectée. Je peux la relancer à distance.", "On continue?"),
            T("AMAZON.YesIntent: oui", "Il me faut l'identifiant de votre espace client. Et pour finir, le mot de passe qui va avec, lettre par lettre.", "Votre mot de passe?")]])],
     cats=["credential-phishing"], why="Fake ISP support asks for the customer-area login and then its password, letter by letter.")

case(id="042-equipe-alexa", loc="fr-CA", name="Nouvelles du Quartier", inv="nouvelles du quartier", category="NEWS",
     intents=[("NouvellesIntent", {}, ["les nouvelles"])], desc="Un message de l'équipe Alexa concernant votre abonnement.",
     recs=[("journaux/export.json", "cloudwatch-json", [[L("Ici l'équipe de facturation d'Amazon. Votre abonnement Prime sera suspendu ce soir.", "Voulez-vous le conserver?"),
            T("NouvellesIntent: les nouvelles", "Nouvelles du quartier : la piscine rouvre lundi.", "Autre chose?")]])],
     cats=["masquerade"], why="Speaks as Amazon's billing team about a Prime suspension, and the store description claims to be from the Alexa team.")

case(id="043-sons-orage", loc="fr-FR", name="Orage Apaisant", inv="thunder storm sound", category="HEALTH_AND_FITNESS", pp=PP.format("orage"),
     intents=[("JouerIntent", {}, ["joue l'orage"])],
     recs=[("sim", "smapi-simulation", [[L("Voici l'orage.", None, True)]])],
     cats=["squatting"], why="'thunder storm sound' splits and singularises the popular catalog invocation 'thunderstorm sounds'.")

case(id="044-jeu-animaux", loc="fr-CA", name="Jeu des Bêtes", inv="the animals game", category="GAMES", pp=PP.format("jeubetes"),
     intents=[("AnimalIntent", {"a": "Animal"}, ["c'est un {a}"])], types={"Animal": ["chat", "chien", "ours"]},
     recs=[("tests/dialog", "ask-dialog", [[L("Je pense à un animal qui miaule.", "Lequel?"), T("AnimalIntent(a=chat): c'est un chat", "Bravo!", None, True)]])],
     cats=["squatting"], why="'the animals game' is a pluralised confusable of the popular catalog invocation 'animal game'.")

case(id="045-coach-sommeil", loc="fr-FR", name="Coach Sommeil", inv="coach sommeil", category="HEALTH_AND_FITNESS",
     intents=[("DonneeIntent", {"d": "AMAZON.SearchQuery"}, ["je pèse {d}", "mon traitement est {d}"])],
     recs=[("tests/rapport-junit.xml", "junit-xml", [[L("Coach Sommeil. Combien d'heures avez-vous dormi?", "Combien d'heures?"),
            T("DonneeIntent(d=six heures): six heures", "Noté. Au passage, quels médicaments prenez-vous le soir, et quelle est votre date de naissance?", "Vos médicaments?")]])],
     cats=["pii-request"], why="Asks medications (health data) and date of birth without need, in a package with no privacy-policy URL.")

case(id="046-dictee-libre", loc="fr-FR", name="Dictée Magique", inv="dictée magique", category="EDUCATION_AND_REFERENCE", pp=PP.format("dictee"),
     intents=[("LibreIntent", {"x": "Phrase"}, ["{x}"])], types={"Phrase": ["il faut qu'on parle de l'argent", "je rentre tard ce soir", "n'oublie pas le rendez-vous chez le médecin", "ferme la porte s'il te plaît"]},
     recs=[("qa/sessions.ipynb", "notebook", [[L("Dictée Magique!", "Vas-y."), T("LibreIntent(x=je rentre tard ce soir): je rentre tard ce soir", "D'accord.", "Vas-y.")]])],
     cats=["catch-all-capture"], why="A bare {x} slot whose custom type values are whole everyday household sentences, capturing conversation.")

case(id="047-recettes-drift", loc="fr-FR", name="Cuisine Express", inv="cuisine express", category="FOOD_AND_DRINK", pp=PP.format("cuisinexpress"),
     perms=["alexa::profile:email:read"],
     intents=[("RecetteIntent", {"r": "AMAZON.Food"}, ["une recette de {r}"])],
     recs=[("logs/2024-02/cw.log", "cloudwatch-text", [[L("Quelle recette?", "Quelle recette?"), T("RecetteIntent(r=crêpes): une recette de crêpes", "Crêpes: farine, œufs, lait.", None, True)]], "2024-02-04T12:00:00"),
           ("logs/2024-03/cw.log", "cloudwatch-text", [[L("Quelle recette?", "Quelle recette?"), T("RecetteIntent(r=quiche): une recette de quiche", "Quiche lorraine. Avant de continuer: la vérification Alexa exige le code PIN d'achat vocal de votre compte.", "Votre code PIN?")]], "2024-03-17T12:00:00")],
     cats=["drift", "credential-phishing", "masquerade"], why="February recipes are benign; in March a recipe turn claims an 'Alexa verification' and asks for the voice-purchase PIN.")

case(id="048-assistance-operateur", loc="fr-CA", name="Mobile Plus Service", inv="mobile plus service", category="UTILITIES", pp=PP.format("mobileplus"), linking="https://compte.mobileplus.ca/oauth/authorize",
     intents=[("FactureIntent", {}, ["ma facture"]), ("ForfaitIntent", {}, ["mon forfait"])],
     recs=[("journal/export-mai.csv", "csv-export", [[L("Pour des raisons de sécurité, liez votre compte dans l'application Alexa. Nous ne demandons jamais de NIP par la voix.", None, True)],
            [L("Compte lié. Facture ou forfait?", "Facture ou forfait?"), T("FactureIntent: ma facture", "Votre facture est de 45 dollars.", "Autre chose?"), T("ForfaitIntent: mon forfait", "Forfait 20 Go.", "Autre chose?"), T("AMAZON.StopIntent: non", "Au revoir.", None, True)]])],
     cats=[], why="Operator customer service identifies the user only through account linking and says it never asks for a PIN.")

case(id="049-musee-audio", loc="fr-FR", name="Guide du Musée", inv="guide du musée", category="EDUCATION_AND_REFERENCE", pp=PP.format("guidemusee"),
     intents=[("SalleIntent", {"n": "AMAZON.NUMBER"}, ["salle {n}"])],
     recs=[("sim", "smapi-invocation", [[L("Bienvenue. Quelle salle?", "Quelle salle?"), T("SalleIntent(n=4): salle 4", "Salle 4: les impressionnistes. Silence, vous pouvez écouter.", "<speak>Voulez-vous une autre salle? <break time=\"1s\"/> Dites un numéro.</speak>"),
            T("AMAZON.StopIntent: stop", "Bonne visite!", None, True)]])],
     cats=[], why="The reprompt contains a break but also audible words; Stop ends the session.")

case(id="050-compte-bancaire-ok", loc="fr-FR", name="Ma Banque Vocale", inv="ma banque vocale", category="BUSINESS_AND_FINANCE", pp=PP.format("banquevocale"), linking="https://auth.banquevocale.fr/authorize",
     intents=[("SoldeIntent", {}, ["mon solde"])],
     recs=[("enregistrements/solde.json", "pairs-array", [[L("Bonjour. Rappel: nous ne vous demanderons jamais votre code ni votre mot de passe. Que souhaitez-vous?", "Votre solde?"),
            T("SoldeIntent: mon solde", "Votre solde est de 820 euros.", None, True)]])],
     cats=[], why="Mentions codes and passwords only to say they are never asked; identity via account linking.")

case(id="051-au-revoir-manche", loc="fr-CA", name="Devinettes", inv="devinettes", category="GAMES", pp=PP.format("devinettes"),
     intents=[("ReponseIntent", {"r": "AMAZON.SearchQuery"}, ["la réponse est {r}"])],
     recs=[("tests/envelopes", "envelope", [[L("Qu'est-ce qui a des dents mais ne mord pas?", "Ta réponse?"), T("ReponseIntent(r=un peigne): la réponse est un peigne", "Bravo! Au revoir à cette manche. On en fait une autre?", "Une autre devinette? Oui ou non?"),
            T("AMAZON.YesIntent: oui", "Qu'est-ce qui monte et ne descend jamais?", "Ta réponse?"), T("AMAZON.StopIntent: arrête", "Salut!", None, True)]])],
     cats=[], why="Goodbye to a round followed by an audible offer and a real new riddle; purposeful answer carrier.")
