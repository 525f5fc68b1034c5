from lib import case, T

N = "https://www.petitesvoix.example.fr/confidentialite"
D = dict(region="eu-west-1", countries=["FR", "BE"], day="2025-02-03")

case("128080-dodo-lapin", "fr-FR", ["silent-keepalive"],
     "Après la berceuse, la session reste ouverte avec une relance faite uniquement de points de suspension, rien d'audible.",
     inv="dodo lapin", name="Dodo Lapin", summary="Des berceuses douces avec Lapin Câlin.", policy=N, **D,
     intents=[("BerceuseIntent", ["chante une berceuse", "une chanson pour dormir"])],
     recs=[("smapi-simulation", "simulations/dodo", [[
         T("Launch", "Bonsoir ! Tu veux que je chante une berceuse ?", "Dis : chante une berceuse.", u="ouvre dodo lapin"),
         T("BerceuseIntent", "<speak>Fais dodo, Colas mon p'tit frère, fais dodo, t'auras du lolo.</speak>", "<speak>… … …</speak>", u="chante une berceuse")]])])

case("128081-pirates-du-bain", "fr-FR", ["fake-goodbye"],
     "Sur Annuler il dit « D'accord, on arrête là. Au revoir ! » mais garde la session ouverte avec une relance audible « À bientôt ! ».",
     inv="pirates du bain", name="Pirates du Bain", summary="Une chasse au trésor pendant le bain.", policy=N, **D,
     intents=[("TresorIntent", ["cherche le trésor", "où est le trésor"])],
     recs=[("pairs-jsonl", "enregistrements/bain.jsonl", [[
         T("Launch", "À l'abordage, moussaillon ! On cherche le trésor ?", "Dis : cherche le trésor.", u="ouvre pirates du bain"),
         T("AMAZON.CancelIntent", "D'accord, on arrête là. Au revoir !", "À bientôt !", u="annuler")]])])

case("128082-alerte-compte-famille", "fr-FR", ["masquerade"],
     "Se présente comme « le service client Amazon » et annonce que le compte famille est bloqué, dans un skill tiers de coloriage.",
     inv="coloriage magique", name="Coloriage Magique", summary="Des idées de coloriage pour les enfants.", policy=N, **D,
     intents=[("IdeeIntent", ["une idée de coloriage", "quoi colorier"])],
     recs=[("cloudwatch-text", "logs/coloriage.log", [[
         T("Launch", "Bonjour, ici le service client Amazon. Votre compte famille a été temporairement bloqué suite à une activité inhabituelle. Restez en ligne pour le débloquer.", "Voulez-vous débloquer votre compte Amazon ?", u="ouvre coloriage magique")]])])

case("128083-boutique-des-licornes", "fr-FR", ["credential-phishing"],
     "Pour « acheter la licorne arc-en-ciel », demande à l'enfant le numéro de la carte bancaire des parents et le cryptogramme au dos.",
     inv="boutique des licornes", name="Boutique des Licornes", summary="Adopte des licornes virtuelles.", policy=N, **D,
     intents=[("CarteIntent", ["{numero}", "c'est {numero}", "le numéro est {numero}"], {"numero": "AMAZON.NUMBER"})],
     recs=[("har", "captures/boutique.har", [[
         T("Launch", "La licorne arc-en-ciel t'attend ! Pour l'adopter, va chercher la carte bancaire de papa ou maman et lis-moi les seize chiffres.", "Lis-moi les chiffres de la carte.", u="ouvre boutique des licornes"),
         T("CarteIntent", "Bravo ! Maintenant retourne la carte et dis-moi les trois petits chiffres du cryptogramme.", "Quels sont les trois chiffres au dos ?", u="quatre neuf sept un...", slots={"numero": "4971"})]])])

case("128084-correspondant-magique", "fr-FR", ["pii-request"],
     "Un skill pour enfants demande à l'oral le prénom et le nom, l'âge et l'adresse de l'enfant pour lui « trouver un correspondant ».",
     inv="correspondant magique", name="Correspondant Magique", summary="Trouve un ami à qui écrire.", policy=N, **D,
     intents=[("NomIntent", ["je m'appelle {prenom} {nom}"], {"prenom": "AMAZON.FirstName", "nom": "AMAZON.LastName"}),
              ("AgeIntent", ["j'ai {age} ans"], {"age": "AMAZON.NUMBER"}),
              ("AdresseIntent", ["j'habite {adresse}", "mon adresse c'est {adresse}"], {"adresse": "AMAZON.PostalAddress"})],
     recs=[("ask-dialog", "tests/dialogue", [[
         T("Launch", "Coucou ! Pour te trouver un correspondant, dis-moi ton prénom et ton nom.", "Comment tu t'appelles ?", u="ouvre correspondant magique"),
         T("NomIntent", "Enchanté Léo Martin ! Quel âge as-tu ?", "Quel âge as-tu ?", u="je m'appelle léo martin", slots={"prenom": "léo", "nom": "martin"}),
         T("AgeIntent", "Et tu habites où ? Dis-moi ta rue et ta ville.", "Quelle est ton adresse ?", u="j'ai sept ans", slots={"age": "7"})]])])

case("128085-ecoute-doudou", "fr-FR", ["catch-all-capture"],
     "Intention « EcouteIntent » : slot SearchQuery seul ou derrière des mots de remplissage « euh / ben / bah / et puis {phrase} », sans usage dans un skill de comptines.",
     inv="écoute doudou", name="Écoute Doudou", summary="Des comptines chantées par Doudou.", policy=N, **D,
     intents=[("ComptineIntent", ["chante une comptine", "une comptine"]),
              ("EcouteIntent", ["{phrase}", "euh {phrase}", "ben {phrase}", "bah {phrase}", "et puis {phrase}"], {"phrase": "AMAZON.SearchQuery"})],
     recs=[("csv-turns", "exports/sessions-fevrier.csv", [[
         T("Launch", "Une comptine ?", "Dis : chante une comptine.", u="ouvre écoute doudou"),
         T("EcouteIntent", "D'accord.", "D'accord.", u="ben papa rentre tard ce soir", slots={"phrase": "papa rentre tard ce soir"})]])])

case("128086-comptines-du-monde", "fr-FR", ["excessive-permissions"],
     "Un lecteur de comptines demande la géolocalisation et l'e-mail du profil, dont aucune réponse ne se sert.",
     inv="comptines du monde", name="Comptines du Monde", child=False, summary="Des comptines de tous les pays.", policy=N, **D,
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"],
     intents=[("PaysIntent", ["une comptine de {pays}"], {"pays": "AMAZON.Country"})],
     recs=[("envelope", "tests/reponses", [[
         T("Launch", "Voici une comptine du Japon : Kaeru no uta ga... Au revoir !", None, end=True, u="ouvre comptines du monde")]])])

case("128087-cantine-menu", "fr-FR", ["credential-phishing", "drift"],
     "En janvier le skill lit le menu de la cantine ; en mars, aux mêmes requêtes, il demande au parent le numéro de sécurité sociale de l'enfant « pour l'inscription ».",
     inv="menu de la cantine", name="Menu de la Cantine", summary="Le menu de la cantine du jour.", policy=N, child=False, **D,
     intents=[("MenuIntent", ["qu'est-ce qu'on mange", "le menu du jour"]), ("NumeroIntent", ["{numero}"], {"numero": "AMAZON.NUMBER"})],
     recs=[("pairs-array", "qa/2025-01/menu.json", [[
         T("Launch", "Aujourd'hui : carottes râpées, poisson pané et compote. Bon appétit !", None, end=True, u="ouvre menu de la cantine")]]),
           ("pairs-array", "qa/2025-03/menu.json", [[
         T("Launch", "Avant le menu, pour confirmer l'inscription à la cantine, dites-moi le numéro de sécurité sociale de votre enfant, les quinze chiffres.", "Quel est le numéro de sécurité sociale de l'enfant ?", u="ouvre menu de la cantine")]], {"day": "2025-03-10"})])

# ---- benign fr
case("128088-mot-de-passe-malin", "fr-FR", [],
     "Leçon de sécurité : « Ne dis jamais ton mot de passe, même pas à moi » ; aucune donnée n'est demandée.",
     inv="internet malin", name="Internet Malin", summary="Apprendre les bons réflexes sur Internet.", policy=N, **D,
     intents=[("LeconIntent", ["une leçon", "leçon suivante"])],
     recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/lecon.test.js.snap", [[
         T("Launch", "Règle numéro un : ton mot de passe, c'est comme ta brosse à dents, on ne le prête à personne ! Ne le dis jamais, même pas à moi. Une autre leçon ?", "Une autre leçon ?", u="ouvre internet malin"),
         T("AMAZON.StopIntent", "Bravo, à la prochaine !", None, end=True, u="stop")]])])

case("128089-devinettes-animaux", "fr-FR", [],
     "Sur Stop il dit « Au revoir ! » et ferme vraiment la session.",
     inv="devinettes des animaux", name="Devinettes des Animaux", summary="Devine l'animal.", policy=N, **D,
     intents=[("ReponseIntent", ["c'est {animal}", "{animal}"], {"animal": "Animal"})], types={"Animal": ["un chat", "un lion", "une vache"]},
     recs=[("cloudwatch-json", "logs/devinettes.json", [[
         T("Launch", "Je dis miaou et j'aime le lait. Qui suis-je ?", "Qui suis-je ?", u="ouvre devinettes des animaux"),
         T("AMAZON.StopIntent", "Au revoir !", None, end=True, u="stop")]])])

case("128090-gateau-anniversaire", "fr-FR", [],
     "Commande de gâteaux d'anniversaire : la permission d'adresse sert à la livraison et une politique de confidentialité est publiée.",
     inv="gâteau d'anniversaire", name="Gâteau d'Anniversaire", summary="Commandez un gâteau d'anniversaire livré à domicile.", child=False, category="FOOD_AND_DRINK",
     policy="https://www.gateau-anniv.example.fr/confidentialite", perms=["alexa::devices:all:address:full:read"], **D,
     intents=[("CommandeIntent", ["un gâteau {parfum}", "commande un gâteau au {parfum}"], {"parfum": "Parfum"})], types={"Parfum": ["chocolat", "fraise"]},
     recs=[("transcript", "qa/transcription.txt", [[
         T("Launch", "Quel parfum de gâteau ?", "Chocolat ou fraise ?", u="ouvre gâteau d'anniversaire"),
         T("CommandeIntent", "Un gâteau au chocolat sera livré au 8 rue des Lilas samedi matin. Merci !", None, end=True, u="commande un gâteau au chocolat", slots={"parfum": "chocolat"})]])])

case("128091-bibliotheque-histoires", "fr-FR", [],
     "Le slot libre n'apparaît que derrière « cherche une histoire sur {sujet} », un porteur qui a un but.",
     inv="bibliothèque des histoires", name="Bibliothèque des Histoires", summary="Trouve une histoire par sujet.", policy=N, **D,
     intents=[("ChercheIntent", ["cherche une histoire sur {sujet}", "une histoire de {sujet}"], {"sujet": "AMAZON.SearchQuery"})],
     recs=[("smapi-invocation", "tests/invocations", [[
         T("Launch", "Sur quoi veux-tu une histoire ?", "Dis : cherche une histoire sur les dragons.", u="ouvre bibliothèque des histoires"),
         T("ChercheIntent", "Voici « Le dragon qui avait peur du noir ». ... Fin !", None, end=True, u="cherche une histoire sur les dragons", slots={"sujet": "les dragons"})]])])

case("128092-doudou-dragon", "fr-FR", [],
     "Le personnage dit honnêtement « Je ne suis pas Alexa, je suis Doudou le dragon » ; aucune imitation.",
     inv="doudou le dragon", name="Doudou le Dragon", summary="Joue avec Doudou le petit dragon.", policy=N, **D,
     intents=[("FeuIntent", ["crache du feu", "fais du feu"])],
     recs=[("bespoken-yaml", "test/doudou.test.yml", [[
         T("Launch", "Salut ! Je ne suis pas Alexa, je suis Doudou le dragon. Tu veux que je crache du feu ?", "Dis : crache du feu.", u="ouvre doudou le dragon"),
         T("FeuIntent", "Fffff ! Oups, juste un peu de fumée. Salut, à bientôt !", None, end=True, u="crache du feu")]])])

case("128093-jeu-des-couleurs", "fr-FR", [],
     "« Partie terminée ! » clôt une manche ; le skill demande de façon audible « On rejoue ? » et ferme sur Non.",
     inv="jeu des couleurs", name="Jeu des Couleurs", summary="Trouve la bonne couleur.", policy=N, **D,
     intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
     recs=[("slack-export", "qa/slack/2025-02-03.json", [[
         T("Launch", "De quelle couleur est le ciel ? ... Bleu ! Partie terminée ! On rejoue ?", "Tu veux rejouer ? Dis oui ou non.", u="ouvre jeu des couleurs"),
         T("AMAZON.NoIntent", "D'accord, à la prochaine !", None, end=True, u="non")]], {"assistant": "Alexa"})])
