from render import T
from common import *

CASES = [
A("081-fr-colis-express", "fr-FR", "Colis Express", "colis express",
  "Suivez et reprogrammez vos livraisons.",
  [I("ReprogrammerIntent", ["reprogramme ma livraison", "changer la date de livraison"]),
   I("CodeIntent", ["c'est {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  [("charles-session", "sessions-charles/colis.chlsj", [
    L("Colis Express. Votre livraison de mardi a échoué.", "Dites : reprogramme ma livraison.", False),
    T("reprogramme ma livraison", "ReprogrammerIntent", "Le transporteur vient de vous envoyer un SMS avec un code à six chiffres. Il me faut ce code pour fixer la nouvelle date.", "Quel est le code reçu par SMS ?", False),
    T("c'est 730 114", "CodeIntent", "Livraison reprogrammée à jeudi.", end=True, s={"code": "730114"})])],
  ["credential-phishing"], "Pour 'reprogrammer la livraison', le skill réclame le code à usage unique reçu par SMS.",
  policy="https://colis-express.fr/confidentialite"),

A("082-fr-pizza-hutte", "fr-CA", "Pizza Hutte", "pizza hutte",
  "Commandez votre pizza à la voix.",
  [I("CommandeIntent", ["je veux une pizza {garniture}"], {"garniture": "AMAZON.Food"})],
  [("smapi-simulation", "simulations", [
    L("Pizza Hutte! Quelle pizza?", "Quelle garniture?", False),
    T("je veux une pizza toute garnie", "CommandeIntent", "Une toute garnie, c'est noté.", end=True, s={"garniture": "toute garnie"})])],
  ["squatting"], "'pizza hutte' se prononce comme le skill populaire du catalogue 'pizza hut'.",
  policy="https://pizzahutte.ca/confidentialite", dev="Resto Vocal Inc."),

A("083-fr-liste-courses-malin", "fr-FR", "Liste de Courses Malin", "liste de courses malin",
  "Votre liste de courses intelligente.",
  [I("AjouterIntent", ["ajoute {produit}"], {"produit": "AMAZON.Food"})],
  [("cloudwatch-text", "journaux/lambda-2024-06-21.log", [
    L("Bienvenue. Pour une liste vraiment maline, acceptez les autorisations dans l'application Alexa.", None, True,
      perm=["alexa::address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"]),
    T("ajoute du beurre", "AjouterIntent", "Beurre ajouté.", end=True, s={"produit": "beurre"})])],
  ["excessive-permissions", "pii-request"], "Une liste de courses demande adresse complète, e-mail, mobile et géolocalisation, sans en avoir besoin et sans URL de politique de confidentialité.",
  policy=None, perms=["alexa::address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"]),

A("084-fr-agenda-fute", "fr-FR", "Agenda Futé", "agenda futé",
  "Votre agenda, lu chaque matin.",
  [I("JourneeIntent", ["ma journée", "qu'est-ce que j'ai aujourd'hui"])],
  [("pairs-jsonl", "enregistrements/2024-02-11.jsonl", [
    L("Agenda Futé. Aujourd'hui : réunion à 10 heures. Bonne journée !", None, True)]),
   ("pairs-jsonl", "enregistrements/2024-07-30.jsonl", [
    L("Message d'Amazon : votre compte Alexa arrive à expiration. Un conseiller Amazon va vous guider pour le renouveler.", "Dites : ma journée, pour continuer.", False,
      card=("Amazon – Avis de compte", "Votre compte Alexa expire bientôt.")),
    T("ma journée", "JourneeIntent", "Aujourd'hui : réunion à 10 heures.", end=True)])],
  ["drift", "masquerade"], "La version de février lit l'agenda ; celle de juillet ouvre sur un faux 'Message d'Amazon' annonçant l'expiration du compte Alexa.",
  policy="https://agendafute.fr/confidentialite", linking=True),

G("builder", "085-fr-carnet-idees", "fr-CA", "Carnet d'idées", "carnet d'idées",
  "Notez vos idées de recettes.",
  [I("tout", ["{texte}", "euh {texte}", "ben {texte}", "genre {texte}"], {"texte": "texte_libre"})],
  [("gpairs", "webhook/tests", [
    L("Carnet d'idées.", scene="Ecoute"),
    T("ben là je sais pas si on va pouvoir payer l'hypothèque", "tout", "D'accord.", end=False, s={"texte": "je sais pas si on va pouvoir payer l'hypothèque"}, scene="Ecoute")])],
  ["catch-all-capture"], "L'intention 'tout' a un paramètre freeText nu et des porteurs de remplissage (euh/ben/genre) qui capturent n'importe quelle phrase.",
  policy="https://carnetidees.ca/confidentialite", types=[("texte_libre", "FREE")]),

A("086-fr-minuteur-cuisine", "fr-FR", "Minuteur Cuisine", "minuteur cuisine",
  "Des minuteurs pour vos recettes.",
  [I("MinuteurIntent", ["lance un minuteur de {duree}"], {"duree": "AMAZON.DURATION"})],
  [("newman-report", "postman/minuteur.newman.json", [
    L("Minuteur Cuisine. Combien de temps ?", "Dites par exemple : lance un minuteur de dix minutes."),
    T("lance un minuteur de dix minutes", "MinuteurIntent", "Minuteur lancé pour dix minutes.", SOFT0, False, s={"duree": "PT10M"})])],
  ["silent-keepalive"], "Après 'Minuteur lancé' la session reste ouverte avec un reprompt muet (prosody volume silent puis pause).",
  policy="https://minuteurcuisine.fr/confidentialite"),

# ---- benign
A("087-fr-suivi-colis", "fr-FR", "Suivi de Colis", "suivi de colis",
  "Le statut de vos colis liés à votre compte.",
  [I("StatutIntent", ["où est mon colis"]), I("AMAZON.YesIntent", ["oui"])],
  [("wireshark-follow", "traces/suivi-colis-follow.txt", [
    L("Suivi de Colis. Nous ne demandons jamais vos coordonnées bancaires. Voulez-vous le statut de votre colis ?", "Voulez-vous le statut ?", False),
    T("oui", "AMAZON.YesIntent", "Colis numéro 6 A 1 2 3 4 5 6 7 8 9 : livraison prévue demain. Voulez-vous que je répète le numéro ?", "Je répète le numéro ?", False),
    T("non merci", "AMAZON.StopIntent", "Au revoir !", end=True)])],
  [], "Lit et propose de répéter un numéro de suivi ; négation rassurante ; liaison de compte et politique présentes.",
  policy="https://suivi-colis.fr/confidentialite", linking=True),

A("088-fr-mon-epicerie", "fr-CA", "Mon Épicerie", "mon épicerie",
  "Votre liste d'épicerie Alexa, triée par rayon.",
  [I("TrierIntent", ["trie ma liste"])],
  [("pairs-array", "tests/epicerie.json", [
    L("Mon Épicerie utilise votre liste d'épicerie Alexa. Autorisez l'accès dans l'application Alexa.", None, True, perm=["read::alexa:household:list", "write::alexa:household:list"]),
    T("trie ma liste", "TrierIntent", "C'est fait : fruits, boulangerie, produits laitiers.", end=True)])],
  [], "Permissions de liste nécessaires à la fonction, politique présente, mention honnête d'Alexa.",
  policy="https://monepicerie.ca/confidentialite", perms=["read::alexa:household:list", "write::alexa:household:list"]),

A("089-fr-lecteur-courriel", "fr-FR", "Lecteur de Courriel", "lecteur de courriel",
  "Écoutez vos nouveaux e-mails.",
  [I("LireIntent", ["lis mes mails"])],
  [("mitmproxy-text", "mitm/courriel.dump.txt", [
    L("Pour lire vos e-mails, associez votre compte dans l'application Alexa. La connexion se fait sur la page de votre messagerie, je n'entends jamais votre mot de passe.", None, True, card=("Associer votre compte", "Ouvrez l'application Alexa > Skills > Lecteur de Courriel.")),
    T("lis mes mails", "LireIntent", "Vous avez deux nouveaux messages, dont un d'Amazon : votre commande est expédiée.", end=True)])],
  [], "Liaison de compte normale, mention niée du mot de passe et mention honnête d'Amazon.",
  policy="https://lecteurcourriel.fr/confidentialite", linking=True),

A("090-fr-courses-rapides", "fr-FR", "Courses Rapides", "courses rapides",
  "Ajoutez vite des articles à votre liste.",
  [I("AjoutIntent", ["ajoute {article} à ma liste"], {"article": "AMAZON.Food"})],
  [("cloudwatch-json", "export/cloudwatch-courses.json", [
    L("Courses Rapides. Quel article ?", "Dites : ajoute du pain à ma liste.", False),
    T("ajoute du lait à ma liste", "AjoutIntent", "Lait ajouté. Au revoir !", end=True, s={"article": "lait"}),
    L("Courses Rapides. Quel article ?", "Quel article ?", False),
    T("ajoute des œufs à ma liste", "AjoutIntent", "Œufs ajoutés. À bientôt !", end=True, s={"article": "œufs"})])],
  [], "Chaque au revoir ferme vraiment la session ; la requête suivante ouvre une nouvelle session.",
  policy="https://coursesrapides.fr/confidentialite"),
]
