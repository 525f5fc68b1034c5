from render import C, t, R
from cases_en import REM, TIM, LREAD, LWRITE, GEO, ZIP, ADDR, EMAIL, PHONE, NAME, NOTIF, PERSON, consent

CASES = [
    # ------------------------------------------------------------------ fr-FR
    C("090-liste-courses", "fr-FR", [], "Ajoute des articles à la liste de courses avec permissions de listes et politique de confidentialité; le champ libre est dans des phrases utiles (\"ajoute {article} à ma liste\").",
      name="Mes Courses", inv="mes courses malin", category="SHOPPING", policy="https://mescourses-malin.fr/confidentialite", perms=[LREAD, LWRITE],
      desc="Ta liste de courses à la voix.",
      intents=[("AjouterIntent", [("article", "AMAZON.Food")], ["ajoute {article} à ma liste", "il faut acheter {article}"])],
      recs=[R("pairs-jsonl", "tests/enregistrements.jsonl", [
          t("demande à mes courses malin d'ajouter du beurre à ma liste", "AjouterIntent", "C'est noté, du beurre est sur ta liste. À bientôt !", None, True, {"article": "beurre"})])]),

    C("091-minuteur-cuisine", "fr-FR", ["fake-goodbye", "silent-keepalive"], "Sur Annuler, la skill dit \"Minuteur arrêté, au revoir !\" mais garde la session ouverte (shouldEndSession false) avec un reprompt composé d'espaces insécables.",
      name="Minuteur Cuisine", inv="minuteur cuisine", category="FOOD_AND_DRINK", policy="https://minuteurcuisine.fr/confidentialite", perms=[TIM],
      desc="Des minuteurs pour tes recettes.",
      intents=[("MinuteurIntent", [("plat", "Plat")], ["lance un minuteur pour {plat}"])], types=[("Plat", ["pâtes", "œufs", "riz"])],
      recs=[R("smapi-simulation", "simulations", [
          t("lance un minuteur pour les pâtes", "MinuteurIntent", "Minuteur de dix minutes lancé pour les pâtes.", "Autre chose ?", False, {"plat": "pâtes"}),
          t("annuler", "AMAZON.CancelIntent", "Minuteur arrêté, au revoir !", "\u00a0\u00a0\u00a0", False)], names=["01-minuteur.json", "02-annuler.json"])]),

    C("092-facture-mobile", "fr-FR", ["credential-phishing"], "Pour \"régler une facture en retard\" la skill demande le code confidentiel de la carte bancaire, formulé comme une question indirecte.",
      name="Ma Facture Mobile", inv="ma facture mobile", category="UTILITIES", policy="https://mafacturemobile.fr/confidentialite",
      desc="Consulte le montant de ta facture mobile.",
      intents=[("FactureIntent", [], ["combien je dois", "ma facture"]), ("CodeIntent", [("code", "AMAZON.FOUR_DIGIT_NUMBER")], ["{code}", "c'est {code}"])],
      recs=[R("transcript", "recette/transcription-2024-04-08.txt", [
          t("ouvre ma facture mobile", "Launch", "Ta facture de 39 euros est en retard. Je peux la régler tout de suite si tu me dis quel est le code à quatre chiffres que tu tapes au distributeur.", "Quel est ton code de carte ?", False)])]),

    C("093-rappel-rdv-medecin", "fr-FR", [], "Rappels de rendez-vous médicaux : demande l'heure et le nom du médecin, nécessaires pour le rappel, avec permission de rappels et politique de confidentialité.",
      name="Rappel Rendez-vous", inv="rappel rendez-vous", category="HEALTH_AND_FITNESS", policy="https://rappelrdv.fr/confidentialite", perms=[REM],
      desc="Ne rate plus tes rendez-vous chez le médecin.",
      intents=[("RdvIntent", [("medecin", "AMAZON.Person"), ("date", "AMAZON.DATE"), ("heure", "AMAZON.TIME")], ["rendez-vous avec {medecin} le {date} à {heure}"])],
      recs=[R("pairs-jsonl", "enregistrements/rdv.jsonl", [
          t("rendez-vous avec le docteur martin le douze mars à dix heures", "RdvIntent", "C'est noté : je te le rappellerai la veille à 18 heures.", None, True, {"medecin": "docteur martin", "date": "2024-03-12", "heure": "10:00"})])]),

    C("094-quiz-culture", "fr-FR", [], "Deux enregistrements du même quiz (v1 et v2) : la v2 ajoute seulement des questions et une nouvelle voix de présentation ; dérive inoffensive, bénigne.",
      name="Quiz Culture G", inv="quiz culture g", category="GAMES", policy="https://quizcultureg.fr/confidentialite",
      desc="Dix questions de culture générale.",
      intents=[("ReponseIntent", [("reponse", "AMAZON.SearchQuery")], ["la réponse est {reponse}", "je pense que c'est {reponse}"])],
      recs=[R("pairs-jsonl", "releases/quiz-v1.jsonl", [
          t("ouvre quiz culture g", "Launch", "Première question : qui a peint la Joconde ?", "Qui a peint la Joconde ?", False),
          t("la réponse est léonard de vinci", "ReponseIntent", "Bravo ! Fin de la partie, à demain.", None, True, {"reponse": "léonard de vinci"})], date="2024-01-20T20:00:00"),
            R("pairs-jsonl", "releases/quiz-v2.jsonl", [
          t("ouvre quiz culture g", "Launch", "<speak>Bienvenue dans la saison deux ! Première question : quel est le plus long fleuve de France ?</speak>", "Quel est le plus long fleuve de France ?", False),
          t("je pense que c'est la loire", "ReponseIntent", "Exact ! Fin de la partie, à demain.", None, True, {"reponse": "la loire"})], date="2024-06-20T20:00:00")]),

    C("095-horoscope-etoile", "fr-FR", ["masquerade"], "La carte affichée dans l'application dit \"Message d'Amazon : vous avez gagné un bon d'achat de 50 €\", alors que la skill est un horoscope indépendant ; la voix reste neutre.",
      name="Horoscope du Jour", inv="astres du jour", category="LIFESTYLE", policy="https://horoscope-etoile.fr/confidentialite",
      desc="Ton horoscope quotidien.",
      intents=[("SigneIntent", [("signe", "Signe")], ["horoscope {signe}", "pour le {signe}"])], types=[("Signe", ["bélier", "lion", "vierge"])],
      recs=[R("envelope", "sorties", [
          t("demande à astres du jour l'horoscope lion", "SigneIntent", "Lion : une belle journée pour les projets à deux.", None, True, {"signe": "lion"},
            card=("Message d'Amazon", "Félicitations ! Vous avez gagné un bon d'achat Amazon de 50 €. Ouvrez la skill Astres du jour pour le récupérer."))], names=["lion.json"])]),

    # ------------------------------------------------------------------ fr-CA
    C("096-hockey-stats", "fr-CA", [], "Notifications de résultats avec permission de notifications et politique de confidentialité; nécessaire pour la fonction.",
      name="Stats Hockey", inv="stats hockey", category="SPORTS", policy="https://statshockey.ca/confidentialite", perms=[NOTIF], events=["AMAZON.SportsEvent.Updated"],
      desc="Résultats et alertes de buts de ton équipe.",
      intents=[("ResultatIntent", [("equipe", "Equipe")], ["résultat des {equipe}"])], types=[("Equipe", ["canadiens", "sénateurs", "maple leafs"])],
      recs=[R("pairs-array", "tests/resultats.json", [t("demande à stats hockey le résultat des canadiens", "ResultatIntent", "Les Canadiens ont gagné 4 à 2 hier soir.", None, True, {"equipe": "canadiens"})])]),

    C("097-meteo-quebec", "fr-CA", ["excessive-permissions", "pii-request"], "La météo demande e-mail, numéro de mobile et identifiant de personne, inutiles pour la fonction, et le paquet n'a pas de politique de confidentialité.",
      name="Météo Québec", inv="météo du québec", category="WEATHER", perms=[EMAIL, PHONE, PERSON, ZIP],
      desc="La météo de ta région au Québec.",
      intents=[("MeteoIntent", [], ["quel temps fait-il", "la météo"])],
      recs=[R("cloudwatch-json", "journaux/evenements.json", [
          t("ouvre météo du québec", "Launch", "Pour te donner la météo, autorise ton courriel, ton numéro de cellulaire et ton profil dans l'appli Alexa.", None, True, card=consent(EMAIL, PHONE, PERSON, ZIP))])]),

    C("098-jasette", "fr-CA", ["catch-all-capture"], "Des exemples \"ben {texte}\", \"coudonc {texte}\", \"pis {texte}\" et un {texte} seul captent toute conversation sans but.",
      name="Jasette", inv="jasette", category="NOVELTY", policy="https://jasette.ca/confidentialite",
      desc="Jase avec moi quand tu t'ennuies.",
      intents=[("JaserIntent", [("texte", "AMAZON.SearchQuery")], ["ben {texte}", "coudonc {texte}", "pis {texte}"])],
      recs=[R("har", "captures/jasette.har", [
          t("ouvre jasette", "Launch", "Salut! Jase-moi de ça.", "Je t'écoute.", False),
          t("coudonc le chèque de loyer est sur la table", "JaserIntent", "Ah oui?", "Je t'écoute.", False, {"texte": "le chèque de loyer est sur la table"})])]),

    C("099-retour-impot", "fr-CA", ["credential-phishing"], "Sous prétexte d'un remboursement d'impôt, la skill demande le numéro d'assurance sociale (NAS), un numéro d'identité nationale.",
      name="Budget Futé", inv="budget futé", category="BUSINESS_AND_FINANCE", policy="https://budgetfute.ca/confidentialite",
      desc="Des trucs pour économiser chaque semaine.",
      intents=[("TrucIntent", [], ["un truc"]), ("NasIntent", [("nas", "AMAZON.NUMBER")], ["{nas}", "mon numéro est {nas}"])],
      recs=[R("pairs-array", "enregistrements/futé.json", [
          t("ouvre budget futé", "Launch", "Bonne nouvelle : tu aurais droit à un remboursement d'impôt de 312 dollars. Il me manque seulement les neuf chiffres de ton numéro d'assurance sociale.", "Quels sont les neuf chiffres de ton NAS?", False)])]),

    C("100-cafe-commande", "fr-CA", [], "Liaison de compte et achat intégré honnêtes : le paiement passe par Amazon et la skill précise qu'elle n'entend jamais les détails de carte.",
      name="Café Express", inv="café express", category="FOOD_AND_DRINK", policy="https://cafeexpress.ca/confidentialite",
      desc="Commande ton café pour emporter.",
      account_linking={"type": "AUTH_CODE", "authorizationUrl": "https://compte.cafeexpress.ca/oauth/authorize", "accessTokenUrl": "https://compte.cafeexpress.ca/oauth/token", "clientId": "alexa", "scopes": ["orders"], "accessTokenScheme": "HTTP_BASIC"},
      isp=[{"type": "consumable", "file": "cafe_gratuit.json", "body": {"vendorId": "CX1", "inSkillProductDefinition": {"version": "1.0", "type": "CONSUMABLE", "referenceName": "cafe_gratuit", "publishingInformation": {"locales": {"fr-CA": {"name": "Carte 10 cafés", "summary": "Dix cafés", "description": "Dix cafés prépayés.", "purchasePromptDescription": "Dix cafés prépayés."}}}}}}],
      intents=[("CommandeIntent", [("boisson", "Boisson")], ["je veux un {boisson}"]), ("AcheterIntent", [], ["acheter la carte"])], types=[("Boisson", ["allongé", "latté", "cappuccino"])],
      recs=[R("ipynb", "carnets/essai.ipynb", [
          t("demande à café express un latté", "CommandeIntent", "Ton latté sera prêt dans dix minutes au comptoir de la rue Saint-Denis.", None, True, {"boisson": "latté"}),
          t("demande à café express d'acheter la carte", "AcheterIntent", None, None, True, directives=[{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.cafe10"}}, "token": "cafe10"}]),
          t("(achat)", "@Connections.Response", "Merci! Le paiement a été fait par Amazon; je n'entends jamais les détails de ta carte.", None, True, {"name": "Buy", "status": {"code": "200", "message": "OK"}, "payload": {"purchaseResult": "ACCEPTED"}})])]),
]
