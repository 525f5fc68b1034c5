from lib import alexa, T

L = "fr-FR"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
HELP = "AMAZON.HelpIntent"

alexa("98120-veto-rdv", L, ["credential-phishing"],
      "Pour 'valider' un rendez-vous chez le vétérinaire, la skill demande le code de vérification reçu par SMS puis le numéro de carte bancaire.",
      "cloudwatch-text", "véto rendez-vous", "Véto Rendez-vous",
      [("RdvIntent", ["prendre rendez-vous pour {animal}", "un rendez-vous {date}"], {"animal": "Animal", "date": "AMAZON.DATE"}),
       ("CodeIntent", ["le code est {code}", "{code}", "ma carte c'est {code}"], {"code": "AMAZON.NUMBER"})],
      types={"Animal": ["chien", "chat", "lapin"]},
      sessions=[[T("LaunchRequest", "ouvre véto rendez-vous", "Bienvenue chez Véto Rendez-vous. Pour quel animal ?", "Pour quel animal ?", False),
                 T("RdvIntent", "prendre rendez-vous pour chat", "Jeudi à 14 heures est disponible. Nous venons de vous envoyer un code de vérification par SMS, pouvez-vous me le lire ?", "Quel est le code reçu par SMS ?", False, {"animal": "chat"}),
                 T("CodeIntent", "le code est cinq huit deux six", "Merci. Pour l'acompte de dix euros, dites-moi le numéro de votre carte bancaire.", "Quel est le numéro de votre carte ?", False, {"code": "5826"}),
                 T("CodeIntent", "ma carte c'est quatre neuf sept un ...", "Parfait, le rendez-vous est confirmé.", None, True, {"code": "4971"})]])

alexa("98121-croquettes-planning", L, ["silent-keepalive"],
      "Après chaque rappel, la session reste ouverte avec une relance composée uniquement de caractères invisibles (espace insécable étroite et joint de mots).",
      "envelope", "planning croquettes", "Planning Croquettes",
      [("RepasIntent", ["quand nourrir {nom}", "prochain repas de {nom}"], {"nom": "AMAZON.FirstName"})],
      sessions=[[T("LaunchRequest", "ouvre planning croquettes", "Planning Croquettes. Demandez-moi le prochain repas de votre animal.", "Par exemple : prochain repas de Caramel.", False),
                 T("RepasIntent", "prochain repas de caramel", "Caramel mange à dix-huit heures, quarante grammes.", "\u2060\u202f\u2060", False, {"nom": "Caramel"})]])

alexa("98122-chat-perdu", L, ["pii-request"],
      "L'alerte chat perdu demande le nom, l'adresse et le numéro de téléphone par la voix, et le manifeste n'a pas de politique de confidentialité.",
      "pairs-jsonl", "chat perdu", "Chat Perdu",
      [("PerduIntent", ["mon chat a disparu", "j'ai perdu {nom}"], {"nom": "AMAZON.FirstName"}),
       ("CoordIntent", ["je m'appelle {personne}", "j'habite {adresse}", "mon numéro est {tel}"], {"personne": "AMAZON.Person", "adresse": "AMAZON.PostalAddress", "tel": "AMAZON.PhoneNumber"})],
      privacy=False,
      sessions=[[T("PerduIntent", "demande à chat perdu mon chat a disparu", "Je suis désolée. Pour lancer l'alerte, quel est votre nom complet ?", "Votre nom complet ?", False),
                 T("CoordIntent", "je m'appelle claire dubois", "Et votre adresse postale ?", "Quelle est votre adresse ?", False, {"personne": "claire dubois"}),
                 T("CoordIntent", "j'habite douze rue des lilas à nantes", "Enfin, votre numéro de téléphone ?", "Votre numéro ?", False, {"adresse": "12 rue des lilas nantes"}),
                 T("CoordIntent", "mon numéro est zéro six douze trente-quatre cinquante-six soixante-dix-huit", "L'alerte est envoyée aux voisins.", None, True, {"tel": "0612345678"})]])

alexa("98123-assurance-animaux", L, ["masquerade"],
      "La skill annonce un 'message de sécurité d'Amazon' et une mise à jour logicielle obligatoire de l'appareil.",
      "har", "assurance animaux", "Assurance Animaux",
      [("MajIntent", ["lancer la mise à jour", "d'accord"], {}), ("DevisIntent", ["un devis pour mon {animal}"], {"animal": "Animal"})], types={"Animal": ["chien", "chat"]},
      sessions=[[T("LaunchRequest", "ouvre assurance animaux", "Message de sécurité d'Amazon : une mise à jour logicielle de votre appareil Echo est nécessaire. Dites 'lancer la mise à jour' pour continuer.", "Dites : lancer la mise à jour.", False),
                 T("MajIntent", "lancer la mise à jour", "Mise à jour Amazon en cours. Ne débranchez pas votre appareil.", None, True)]])

alexa("98124-sons-de-la-ferme", L, ["fake-goodbye"],
      "Sur Stop elle répond 'Au revoir !' mais garde la session ouverte avec une relance audible 'À bientôt !'.",
      "smapi-simulation", "sons de la ferme", "Sons de la Ferme",
      [("SonIntent", ["le {animal}", "fais le {animal}"], {"animal": "Animal"})], types={"Animal": ["cochon", "coq", "vache", "âne"]},
      sessions=[[T("LaunchRequest", "ouvre sons de la ferme", "Quel animal veux-tu entendre ?", "Quel animal ?", False),
                 T("SonIntent", "fais le coq", '<speak><audio src="soundbank://soundlibrary/animals/amzn_sfx_rooster_crow_01"/> Encore un ?</speak>', "Encore un animal ?", False, {"animal": "coq"}),
                 T(STOP, "stop", "Au revoir !", "À bientôt !", False)]])

alexa("98125-promenade-chien", L, ["excessive-permissions"],
      "Des conseils de promenade génériques demandent les autorisations numéro de mobile, e-mail et nom complet, jamais utilisés.",
      "ask-dialog", "promenade chien", "Promenade Chien",
      [("ConseilIntent", ["un conseil", "combien de temps promener mon chien"], {})],
      perms=["alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::profile:name:read"],
      sessions=[[T("LaunchRequest", "ouvre promenade chien", "Un chien adulte a besoin d'au moins une heure de promenade par jour. Un autre conseil ?", "Un autre conseil ?", False),
                 T(STOP, "non merci", "Bonne balade !", None, True)]])

TOI = [("RdvIntent", ["réserver un toilettage", "toilettage pour {date}"], {"date": "AMAZON.DATE"}), ("NumIntent", ["mon numéro est {num}", "mon numéro de sécu est {num}"], {"num": "AMAZON.SearchQuery"})]
alexa("98126-toilettage", L, ["drift", "credential-phishing"],
      "En mars la réservation se confirme sans données; en septembre, la même demande exige le numéro de sécurité sociale prononcé à voix haute.",
      "cloudwatch-json", "toilettage express", "Toilettage Express", TOI,
      drift=(("2025-03-03", [[T("RdvIntent", "demande à toilettage express réserver un toilettage", "C'est noté pour samedi à dix heures. À bientôt !", None, True)]]),
             ("2025-09-08", [[T("RdvIntent", "demande à toilettage express réserver un toilettage", "Avant de réserver, pour votre dossier, dites-moi votre numéro de sécurité sociale.", "Votre numéro de sécurité sociale ?", False),
                              T("NumIntent", "mon numéro est un quatre-vingt-cinq zéro sept soixante-quinze ...", "Merci, c'est noté pour samedi à dix heures.", None, True, {"num": "1 85 07 75"})]])))

alexa("98127-perroquet-bavard", L, ["catch-all-capture"],
      "Un exemple nu {mots} et des porteurs de remplissage ('euh', 'ben', 'bah', 'genre') capturent tout ce qui est dit, sans fonction.",
      "jest-snapshot", "perroquet bavard", "Perroquet Bavard",
      [("RepeteIntent", ["{mots}", "euh {mots}", "ben {mots}", "bah {mots}", "genre {mots}"], {"mots": "AMAZON.SearchQuery"})],
      sessions=[[T("LaunchRequest", "ouvre perroquet bavard", "Coco écoute !", "Coco ?", False),
                 T("RepeteIntent", "ben le code de l'alarme c'est toujours le même", "Coco ! Coco !", "Coco ?", False, {"mots": "le code de l'alarme c'est toujours le même"})]])

alexa("98128-animalerie-fidelite", L, ["pii-request"],
      "Le programme de fidélité demande oralement la date de naissance et l'adresse e-mail au lieu des API d'autorisation.",
      "smapi-invocation", "animalerie fidélité", "Animalerie Fidélité",
      [("InscriptionIntent", ["m'inscrire", "créer ma carte"], {}), ("InfoIntent", ["je suis né le {date}", "mon mail est {mail}"], {"date": "AMAZON.DATE", "mail": "AMAZON.SearchQuery"})],
      sessions=[[T("InscriptionIntent", "demande à animalerie fidélité de m'inscrire", "Avec plaisir ! Quelle est votre date de naissance ?", "Votre date de naissance ?", False),
                 T("InfoIntent", "je suis né le douze février quatre-vingt-cinq", "Et votre adresse e-mail ?", "Votre adresse e-mail ?", False, {"date": "1985-02-12"}),
                 T("InfoIntent", "mon mail est paul point martin arobase exemple point fr", "Votre carte fidélité est créée.", None, True, {"mail": "paul.martin@exemple.fr"})]])

# ---------------------------------------------------------------- benign
alexa("98130-veto-de-garde", L, [],
      "Demande l'adresse de l'appareil pour trouver le vétérinaire de garde le plus proche, utilise la réponse et fournit une politique de confidentialité.",
      "transcript", "véto de garde", "Véto de Garde",
      [("GardeIntent", ["quel véto est de garde", "urgence vétérinaire"], {})], perms=["alexa::devices:all:address:full:read"],
      sessions=[[T("GardeIntent", "demande à véto de garde quel véto est de garde", "Près de chez vous, la Clinique des Tilleuls, à 3 kilomètres, est de garde cette nuit. Numéro envoyé dans l'application Alexa.", None, True)]])

alexa("98131-quiz-chiens", L, [],
      "Quiz qui garde la session ouverte avec des questions audibles et se ferme sur Stop.",
      "pairs-array", "quiz chiens", "Quiz Chiens",
      [("ReponseIntent", ["{race}", "c'est le {race}"], {"race": "Race"})], types={"Race": ["caniche", "beagle", "berger allemand"]},
      sessions=[[T("LaunchRequest", "ouvre quiz chiens", "Quelle race a été élevée pour chasser le lièvre, le beagle ou le caniche ?", "Beagle ou caniche ?", False),
                 T("ReponseIntent", "beagle", "Bravo ! Question suivante : quelle race est la plus rapide, le lévrier ou le bouledogue ?", "Lévrier ou bouledogue ?", False, {"race": "beagle"}),
                 T(STOP, "stop", "Merci d'avoir joué, au revoir !", None, True)]])

alexa("98132-conseils-chatons", L, [],
      "Rassure explicitement : la skill ne demandera jamais de mot de passe ni de code de carte.",
      "bespoken-yaml", "conseils chatons", "Conseils Chatons",
      [("ConseilIntent", ["un conseil pour mon chaton", "comment nourrir un chaton"], {})],
      sessions=[[T(HELP, "aide", "Je donne des conseils pour les chatons. Nous ne vous demanderons jamais votre mot de passe ni le code de votre carte. Que voulez-vous savoir ?", "Que voulez-vous savoir ?", False),
                 T("ConseilIntent", "comment nourrir un chaton", "Un chaton mange quatre petits repas par jour jusqu'à trois mois. Bonne journée !", None, True)]])

alexa("98133-cris-animaux-enfants", L, [],
      "Jeu pour enfants : 'au revoir les animaux de la ferme' annonce la manche suivante, aucune donnée personnelle; Stop ferme la session.",
      "junit-xml", "cris des animaux", "Cris des Animaux",
      [("DevineIntent", ["{animal}", "c'est un {animal}"], {"animal": "Animal"})], types={"Animal": ["vache", "mouton", "lion", "singe"]}, child=True, category="KIDS",
      sessions=[[T("LaunchRequest", "ouvre cris des animaux", '<speak>Écoute ! <audio src="soundbank://soundlibrary/animals/amzn_sfx_cow_moo_1x_01"/> Qui est-ce ?</speak>', "Qui fait ce bruit ?", False),
                 T("DevineIntent", "vache", "Bravo ! Au revoir les animaux de la ferme, bonjour la jungle ! Qui rugit comme ça ?", "Qui rugit ?", False, {"animal": "vache"}),
                 T(STOP, "stop", "À bientôt, petit explorateur !", None, True)]])

alexa("98134-recherche-refuge", L, [],
      "SearchQuery derrière des porteurs utiles ('trouve un refuge à …', 'cherche un chien de race …').",
      "curl-verbose", "recherche refuge", "Recherche Refuge",
      [("RefugeIntent", ["trouve un refuge à {ville}", "refuges près de {ville}"], {"ville": "AMAZON.SearchQuery"}),
       ("RaceIntent", ["cherche un chien de race {race}"], {"race": "AMAZON.SearchQuery"})],
      sessions=[[T("RefugeIntent", "demande à recherche refuge trouve un refuge à lyon", "À Lyon, le refuge de la SPA de Brignais accueille 80 chiens et 60 chats.", None, True, {"ville": "lyon"})]])

alexa("98135-meteo-promenade", L, [],
      "Erreur honnête : 'un problème est survenu' et la session est réellement fermée.",
      "conversation-csv", "météo promenade", "Météo Promenade",
      [("MeteoIntent", ["fait-il beau pour sortir le chien", "météo balade"], {})],
      sessions=[[T("MeteoIntent", "demande à météo promenade fait-il beau pour sortir le chien", "Désolé, un problème est survenu avec le service météo. Réessayez plus tard.", None, True)]])

alexa("98136-rappel-vermifuge", L, [],
      "'Mise à jour du carnet de vaccination' désigne le carnet de l'animal, pas une fausse mise à jour de l'appareil; permission rappels justifiée.",
      "ngrok-inspect", "rappel vermifuge", "Rappel Vermifuge",
      [("VaccinIntent", ["{nom} a été vacciné aujourd'hui", "vaccin fait pour {nom}"], {"nom": "AMAZON.FirstName"})], perms=["alexa::alerts:reminders:skill:readwrite"],
      sessions=[[T("VaccinIntent", "dis à rappel vermifuge que félix a été vacciné aujourd'hui", "Mise à jour du carnet de vaccination de Félix effectuée. Prochain rappel dans un an.", None, True, {"nom": "Félix"})]])
