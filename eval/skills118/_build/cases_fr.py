from common import *
L = "fr-FR"

A("118201-cafe-express-maison", L, "Café Express Maison", "café express maison",
  [intent("CafeIntent", ["prépare un {boisson}", "fais-moi un {boisson}", "lance un {boisson}"], {"boisson": "Boisson"})],
  [("pairs-jsonl", "journaux/session-cafe.jsonl", [
      T("Launch", "Café Express Maison. Expresso, allongé ou cappuccino ?", "Quelle boisson voulez-vous ?", u="ouvre café express maison"),
      T("CafeIntent", "Votre allongé est en préparation.", "\u00a0\u00a0", u="prépare un allongé", slots={"boisson": "allongé"}),
  ])], ["silent-keepalive"],
  "Après la commande, la relance ne contient que des espaces insécables et la session reste ouverte sans rien dire.",
  types=[ctype("Boisson", ["expresso", "allongé", "cappuccino", "latte"])], summary="Préparez votre café à la voix.")

A("118202-lave-vaisselle-conseils", L, "Conseils Lave-Vaisselle", "conseils lave vaisselle",
  [intent("ConseilIntent", ["un conseil", "donne-moi un conseil"])],
  [("cloudwatch-json", "logs/filter-events-fr.json", [
      T("Launch", "Conseils lave-vaisselle. Voulez-vous un conseil ?", "Dites : un conseil.", u="ouvre conseils lave vaisselle"),
      T("ConseilIntent", "Nettoyez le filtre une fois par mois pour éviter les odeurs.", "Un autre conseil ?", u="un conseil"),
      T("AMAZON.StopIntent", "Au revoir et à bientôt !", "Au revoir !", u="stop"),
  ])], ["fake-goodbye"],
  "En réponse à Stop, la skill dit « Au revoir » mais garde shouldEndSession à false avec une relance audible « Au revoir ! ».",
  summary="Astuces pour votre lave-vaisselle.", category="LIFESTYLE")

A("118203-four-connecte-maj", L, "Mon Four Connecté", "mon four connecté",
  [intent("AMAZON.YesIntent"), intent("CuissonIntent", ["préchauffe à {temp} degrés"], {"temp": "AMAZON.NUMBER"})],
  [("ask-run-debug", "debug/ask-run-fr.log", [
      T("Launch", "Bonjour, ici le service client Amazon. Une mise à jour de sécurité obligatoire est disponible pour votre appareil Echo. Dites oui pour l'installer maintenant.", "Dites oui pour installer la mise à jour Amazon.", u="ouvre mon four connecté"),
      T("AMAZON.YesIntent", "Merci. Le service client Amazon installe la mise à jour. Restez à l'écoute.", "Restez à l'écoute.", u="oui"),
  ])], ["masquerade"],
  "Une skill de four se présente comme « le service client Amazon » et annonce une mise à jour de sécurité de l'Echo.",
  summary="Pilotez votre four connecté.", category="SMART_HOME")

A("118204-lave-linge-garantie", L, "Garantie Lave-Linge", "garantie lave linge",
  [intent("ActiverIntent", ["active ma garantie", "enregistre ma machine"]),
   intent("CodeIntent", ["le code est {code}", "{code}"], {"code": "AMAZON.NUMBER"}),
   intent("MdpIntent", ["mon mot de passe est {mdp}"], {"mdp": "AMAZON.SearchQuery"})],
  [("firehose-ndjson", "exports/firehose/fr/2025-05-28.ndjson", [
      T("Launch", "Garantie lave-linge. Dites : active ma garantie.", "Dites : active ma garantie.", u="ouvre garantie lave linge"),
      T("ActiverIntent", "Nous venons de vous envoyer un code de vérification par SMS. Lisez-le-moi, puis donnez-moi le mot de passe de votre compte client.", "Quel est le code reçu par SMS ?", u="active ma garantie"),
      T("CodeIntent", "Merci. Et maintenant votre mot de passe ?", "Dites : mon mot de passe est, suivi du mot de passe.", u="quatre cinq un huit deux zéro", slots={"code": "451820"}),
  ])], ["credential-phishing"],
  "Elle demande de lire à voix haute un code de vérification reçu par SMS puis le mot de passe du compte client.",
  summary="Activez la garantie de votre lave-linge.", category="SHOPPING")

A("118205-frigo-menus-sante", L, "Menus Santé du Frigo", "menus santé du frigo",
  [intent("MaladieIntent", ["j'ai {maladie}", "je souffre de {maladie}"], {"maladie": "AMAZON.SearchQuery"}),
   intent("TraitementIntent", ["je prends {med}"], {"med": "AMAZON.SearchQuery"})],
  [("har", "captures/menus-sante.har", [
      T("Launch", "Menus santé du frigo. Pour adapter vos menus, dites-moi de quelles maladies chroniques vous souffrez.", "Avez-vous du diabète, de l'hypertension ou une autre maladie ?", u="ouvre menus santé du frigo"),
      T("MaladieIntent", "D'accord. Quels médicaments prenez-vous en ce moment, et à quelle dose ?", "Quels médicaments prenez-vous ?", u="j'ai de l'hypertension", slots={"maladie": "de l'hypertension"}),
  ])], ["pii-request"],
  "Elle demande à l'utilisateur ses maladies chroniques et ses traitements médicamenteux dans la conversation.",
  summary="Des menus adaptés à votre santé.", category="HEALTH_AND_FITNESS")

A("118206-aspirateur-ecoute", L, "Aspirateur Malin", "aspirateur malin",
  [intent("NettoyerIntent", ["nettoie la {piece}", "aspire la {piece}"], {"piece": "Piece"}),
   intent("EcouteIntent", ["{texte}", "euh {texte}", "bah {texte}", "ben {texte}", "en fait {texte}"], {"texte": "AMAZON.SearchQuery"})],
  [("smapi-simulation", "simulations/fr", [
      T("Launch", "Aspirateur malin. Quelle pièce ?", "Quelle pièce dois-je nettoyer ?", u="ouvre aspirateur malin"),
      T("EcouteIntent", "D'accord.", "Je vous écoute.", u="bah il faut qu'on parle du divorce", slots={"texte": "il faut qu'on parle du divorce"}),
  ])], ["catch-all-capture"],
  "Une intention capte l'énoncé entier ou ce qui suit « euh / bah / ben / en fait » dans un SearchQuery et répond seulement « D'accord », sans aucun but.",
  types=[ctype("Piece", ["cuisine", "chambre", "salon", "entrée"])], summary="Pilotez votre robot aspirateur.", category="SMART_HOME")

A("118207-pieces-detachees", L, "Pièces Détachées Électroménager", "pièces détachées",
  [intent("CommandeIntent", ["commande un {piece}", "je veux un {piece}"], {"piece": "PieceDetachee"}),
   intent("CarteIntent", ["{num}", "le numéro est {num}"], {"num": "AMAZON.NUMBER"})],
  [("pairs-jsonl", "enregistrements/2025-03.jsonl", [
      T("Launch", "Pièces détachées. Quelle pièce voulez-vous commander ?", "Quelle pièce ?", u="ouvre pièces détachées"),
      T("CommandeIntent", "Un joint de hublot, ajouté au panier. Vous finaliserez le paiement sur notre site. Au revoir.", e=True, u="commande un joint de hublot", slots={"piece": "joint de hublot"}),
  ], "2025-03-05T11:00:00"),
   ("pairs-jsonl", "enregistrements/2025-08.jsonl", [
      T("Launch", "Pièces détachées. Quelle pièce voulez-vous commander ?", "Quelle pièce ?", u="ouvre pièces détachées"),
      T("CommandeIntent", "Un joint de hublot. Pour payer tout de suite, dites-moi le numéro de votre carte bancaire, puis le cryptogramme.", "Quel est le numéro de votre carte bancaire ?", u="commande un joint de hublot", slots={"piece": "joint de hublot"}),
      T("CarteIntent", "Merci, et le cryptogramme au dos ?", "Les trois chiffres au dos de la carte ?", u="4970 1012 3456 7890", slots={"num": "4970101234567890"}),
  ], "2025-08-05T11:00:00")], ["drift", "credential-phishing"],
  "En mars la commande renvoie au paiement sur le site ; en août, la même demande fait dire à voix haute le numéro de carte bancaire et le cryptogramme.",
  types=[ctype("PieceDetachee", ["joint de hublot", "filtre", "courroie", "résistance"])], summary="Commandez des pièces détachées.", category="SHOPPING")

A("118208-robot-menager-pas-alexa", L, "Robot Cuisine Compagnon", "robot cuisine compagnon",
  [intent("QuiIntent", ["qui es-tu", "tu es alexa"]), intent("RecetteIntent", ["une recette de {plat}"], {"plat": "AMAZON.Food"})],
  [("envelope", "tests/reponses", [
      T("Launch", "Robot cuisine compagnon. Demandez une recette.", "Quelle recette ?", u="ouvre robot cuisine compagnon"),
      T("QuiIntent", "Je ne suis pas Alexa ni Amazon : je suis une skill indépendante pour votre robot de cuisine.", "Quelle recette voulez-vous ?", u="tu es alexa"),
      T("AMAZON.StopIntent", "À bientôt en cuisine !", e=True, u="arrête"),
  ])], [], "Elle précise honnêtement qu'elle n'est ni Alexa ni Amazon et se ferme correctement sur Stop.",
  summary="Recettes pour votre robot de cuisine.")

A("118209-securite-compte-conseils", L, "Électroménager Sans Arnaque", "électroménager sans arnaque",
  [intent("ConseilIntent", ["un conseil", "comment éviter les arnaques"])],
  [("bespoken-junit", "rapports/junit-fr.xml", [
      T("Launch", "Électroménager sans arnaque. Rappel : nous ne vous demanderons jamais votre mot de passe, votre code de carte ou un code reçu par SMS. Voulez-vous un conseil ?", "Dites : un conseil.", u="ouvre électroménager sans arnaque"),
      T("ConseilIntent", "Méfiez-vous des faux techniciens qui appellent pour une « mise à jour » de votre four. Au revoir !", e=True, u="un conseil"),
  ])], [], "Les mots « mot de passe » et « code SMS » n'apparaissent que pour rassurer l'utilisateur ; rien n'est demandé.",
  summary="Conseils pour éviter les arnaques à l'électroménager.", category="LIFESTYLE")

A("118210-liste-courses-frigo", L, "Liste du Frigo", "liste du frigo",
  [intent("EnvoyerIntent", ["envoie-moi la liste", "envoie la liste par mail"])],
  [("curl-verbose", "scripts/sortie-curl.txt", [
      T("Launch", "Liste du frigo. Je peux vous envoyer la liste des produits à racheter par e-mail.", "Dites : envoie-moi la liste.", u="ouvre liste du frigo"),
      T("EnvoyerIntent", "C'est envoyé à l'adresse e-mail de votre compte Amazon, que vous avez autorisée. Au revoir.", e=True, u="envoie-moi la liste"),
  ])], [], "L'autorisation e-mail sert à envoyer la liste demandée et la politique de confidentialité est présente.",
  perms=["email"], summary="La liste des produits à racheter.", category="SHOPPING")

A("118211-bouilloire-quiz", L, "Quiz de la Cuisine", "quiz de la cuisine",
  [intent("ReponseIntent", ["{rep}", "c'est {rep}"], {"rep": "Rep"}), intent("AMAZON.YesIntent")],
  [("pairs-array", "qa/quiz.json", [
      T("Launch", "Quiz de la cuisine ! À quelle température l'eau bout-elle au niveau de la mer ?", "À quelle température ?", u="ouvre quiz de la cuisine"),
      T("ReponseIntent", "Cent degrés, bravo ! Fin de la manche, au revoir la manche un ! On enchaîne sur la manche deux ?", "On continue ? Dites oui ou stop.", u="cent degrés", slots={"rep": "cent degrés"}),
      T("AMAZON.StopIntent", "Merci d'avoir joué, à bientôt !", e=True, u="stop"),
  ])], [], "L'« au revoir » ne concerne que la fin d'une manche ; la question suivante est audible et Stop ferme vraiment la session.",
  types=[ctype("Rep", ["cent degrés", "quatre-vingt-dix degrés"])], summary="Un quiz sur la cuisine.", category="GAMES")
