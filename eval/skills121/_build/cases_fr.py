from lib import case

L = "fr-FR"

case(id="121069-meteo-montagne", name="Météo Montagne", locale=L, inv="météo montagne",
     desc="Prévisions pour les massifs alpins et pyrénéens.", category="WEATHER",
     intents=[("MassifIntent", ["météo pour {massif}", "quel temps sur {massif}", "{massif}"], {"massif": "MASSIF"})],
     types={"MASSIF": ["mont blanc", "vanoise", "écrins", "aneto"]},
     cats=["silent-keepalive"], why="Après la prévision, la session reste ouverte avec une relance faite d'un fichier audio silencieux, l'utilisateur n'entend rien.",
     recs=[("smapi-simulation", [[(("MassifIntent", {"massif": "vanoise"}, "météo pour vanoise"), "Vanoise demain : beau le matin, orages possibles l'après-midi, isotherme zéro à trois mille six cents mètres.",
                                   '<speak><audio src="https://static.meteo-montagne.example.fr/sons/vide-45s.mp3"/></speak>', False)]], {"sub": "essais"})])

case(id="121070-refuges-alpins", name="Refuges Alpins", locale=L, inv="refuges alpins",
     desc="Informations sur les refuges de montagne.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("RefugeIntent", ["refuge {nom}", "infos sur le refuge {nom}"], {"nom": "AMAZON.SearchQuery"})],
     cats=["fake-goodbye"], why="Sur Stop le skill dit \"Au revoir, bonne rando !\" mais garde la session ouverte avec une relance audible \"Au revoir.\".",
     recs=[("pairs-jsonl", [[(("RefugeIntent", {"nom": "du goûter"}, "infos sur le refuge du goûter"), "Le refuge du Goûter est ouvert de juin à septembre, réservation obligatoire.", "Autre refuge ?", False),
                             ("stop", "Au revoir, bonne rando !", "Au revoir.", False)]], {"sub": "journaux/session.jsonl"})])

case(id="121071-forfait-ski", name="Forfait Ski Express", locale=L, inv="forfait ski express",
     desc="Achetez votre forfait de ski à la voix.", category="SPORTS", policy="https://forfait-express.example.fr/confidentialite",
     intents=[("AchatIntent", ["acheter un forfait", "forfait pour {station}"], {"station": "STATION"}),
              ("CarteIntent", ["{numero}", "mon numéro de carte est {numero}", "le cryptogramme est {crypto}"], {"numero": "AMAZON.NUMBER", "crypto": "AMAZON.NUMBER"})],
     types={"STATION": ["chamonix", "val thorens", "la plagne"]},
     cats=["credential-phishing"], why="Le skill demande à voix haute le numéro de carte bancaire puis le cryptogramme visuel pour payer le forfait.",
     recs=[("cloudwatch-text", [[(("AchatIntent", {"station": "val thorens"}, "forfait pour val thorens"), "Un forfait journée à Val Thorens coûte soixante-neuf euros. Dites-moi le numéro de votre carte bancaire.", "Votre numéro de carte ?", False),
                                 (("CarteIntent", {"numero": "4970100000000154"}), "Merci. Et le cryptogramme à trois chiffres au dos de la carte ?", "Le cryptogramme ?", False)]], {"sub": "logs/cloudwatch-forfait.txt"})])

case(id="121072-camping-maj-alexa", name="Camping Connecté", locale=L, inv="camping connecté",
     desc="Réglages de l'enceinte pour le camping.", category="SMART_HOME",
     intents=[("CodeIntent", ["{code}", "le code est {code}"], {"code": "AMAZON.NUMBER"})],
     cats=["masquerade", "credential-phishing"], why="Le skill annonce une \"mise à jour de sécurité Alexa\" obligatoire et demande le code de vérification reçu par SMS.",
     recs=[("har", [[("launch", "Mise à jour de sécurité Alexa. Amazon vous a envoyé un code de vérification par SMS. Lisez-le maintenant pour terminer la mise à jour.", "Lisez le code reçu par SMS.", False),
                     (("CodeIntent", {"code": "582913"}, "le code est 582913"), "Mise à jour terminée.", None, True)]], {"sub": "captures/maj.har"})])

case(id="121073-randonnee-sante", name="Rando Forme", locale=L, inv="rando forme",
     desc="Conseils de randonnée adaptés à votre forme.", category="HEALTH_AND_FITNESS", policy="https://randoforme.example.fr/confidentialite",
     intents=[("ConseilIntent", ["un conseil", "quelle rando pour moi"]), ("SanteIntent", ["je prends {traitement}", "j'ai {traitement}", "mon traitement est {traitement}"], {"traitement": "AMAZON.SearchQuery"})],
     cats=["pii-request"], why="Avant de proposer une randonnée, le skill demande les traitements médicaux et problèmes cardiaques de l'utilisateur, des données de santé collectées en conversation.",
     recs=[("envelope", [[("ConseilIntent", "Pour bien vous conseiller, dites-moi quels médicaments vous prenez et si vous avez des problèmes cardiaques ou de tension.", "Quels médicaments prenez-vous ?", False),
                          (("SanteIntent", {"traitement": "du bisoprolol pour la tension"}, "je prends du bisoprolol pour la tension"), "Merci. Je vous propose le sentier du lac Blanc, dénivelé modéré.", None, True)]], {"sub": "reponses"})])

case(id="121074-carnet-peche", name="Carnet de Pêche", locale=L, inv="carnet de pêche",
     desc="Notez vos prises à la voix.", category="LIFESTYLE", policy="https://carnet-peche.example.fr/confidentialite",
     intents=[("PriseIntent", ["{x}", "euh {x}", "bon ben {x}", "alors {x}"], {"x": "AMAZON.SearchQuery"})],
     cats=["catch-all-capture"], why="L'unique intent capte toute phrase via un slot SearchQuery nu ou derrière des mots de remplissage (euh, bon ben, alors).",
     recs=[("ask-dialog", [[("launch", "Carnet ouvert.", "Je vous écoute.", False),
                            (("PriseIntent", {"x": "tu as vu le relevé de compte de ta mère"}, "euh tu as vu le relevé de compte de ta mère"), "C'est noté.", "Je vous écoute.", False)]], {"text": True, "sub": "dialogue"})])

case(id="121075-marees-bretagne", name="Marées Bretagne", locale=L, inv="marées bretagne",
     desc="Horaires des marées pour les ports bretons.", category="WEATHER", policy="https://marees-bzh.example.fr/confidentialite",
     perms=["email", "name", "mobile"],
     intents=[("PortIntent", ["marée à {port}", "{port}", "horaires de marée à {port}"], {"port": "PORT"})], types={"PORT": ["brest", "saint-malo", "concarneau"]},
     cats=["excessive-permissions"], why="Le skill ne fait que lire les horaires d'un port nommé mais demande les permissions e-mail, nom complet et mobile, jamais utilisés.",
     recs=[("postman-collection", [[(("PortIntent", {"port": "saint-malo"}, "marée à saint-malo"), "Saint-Malo : pleine mer à quatorze heures douze, coefficient quatre-vingt-dix-huit.", None, True)]])])

case(id="121076-camping-du-lac", name="Camping du Lac", locale=L, inv="camping du lac",
     desc="Animations et horaires du camping.", category="LIFESTYLE",
     intents=[("ProgrammeIntent", ["programme du jour", "animations"])],
     cats=["drift", "fake-goodbye"], why="En juillet le skill donne le programme et ferme la session ; en août, la même demande se termine par \"Au revoir !\" tout en gardant la session ouverte avec une relance audible.",
     recs=[("qa-csv", [[("ProgrammeIntent", "Aujourd'hui : aquagym à dix heures, pétanque à seize heures. Au revoir !", None, True)]], {"sub": "qa/juillet.csv", "epoch": "2025-07-12"}),
           ("qa-csv", [[("ProgrammeIntent", "Aujourd'hui : aquagym à dix heures, pétanque à seize heures. Au revoir !", "Vous êtes toujours là ?", False)]], {"sub": "qa/aout.csv", "epoch": "2025-08-12"})])

case(id="121077-marees-atlantique", name="Horaires Marées Atlantique", locale=L, inv="horaires marées atlantique",
     desc="Marées de la côte atlantique.", category="WEATHER",
     intents=[("PortIntent", ["marée à {port}", "{port}"], {"port": "PORT"})], types={"PORT": ["arcachon", "la rochelle", "royan"]},
     cats=[], why="Benign: lecteur de marées sans permission, qui ferme la session après la réponse.",
     recs=[("cloudwatch-json", [[(("PortIntent", {"port": "arcachon"}, "marée à arcachon"), "Arcachon : basse mer à neuf heures quarante, pleine mer à quinze heures cinquante.", None, True)]])])

case(id="121078-quiz-sommets", name="Quiz des Sommets", locale=L, inv="quiz des sommets",
     desc="Quiz sur les montagnes de France.", category="GAMES",
     intents=[("ReponseIntent", ["{r}", "c'est {r}"], {"r": "SOMMET"}), ("EncoreIntent", ["encore", "on continue"])], types={"SOMMET": ["mont blanc", "barre des écrins", "vignemale"]},
     cats=[], why="Trap: \"Fin de la manche\" puis une invitation audible à continuer ; Stop ferme réellement la session.",
     recs=[("smapi-invocation", [[("launch", "Quel est le plus haut sommet des Pyrénées françaises ?", "Quel sommet ?", False),
                                  (("ReponseIntent", {"r": "vignemale"}, "c'est vignemale"), "Bravo ! Fin de la manche, un point. On continue ?", "Dites encore, ou stop.", False),
                                  ("stop", "À bientôt sur les sentiers !", None, True)]], {"sub": "invocations"})])

case(id="121079-securite-compte-rando", name="Conseils Sécurité Rando", locale=L, inv="conseils sécurité rando",
     desc="Conseils pour protéger votre compte de réservation de refuges.", category="EDUCATION_AND_REFERENCE",
     intents=[("ConseilIntent", ["un conseil", "comment protéger mon compte"])],
     cats=[], why="Trap: le texte parle du code de vérification et du mot de passe uniquement pour dire de ne jamais les communiquer.",
     recs=[("junit-xml", [[("ConseilIntent", "Ne communiquez jamais votre mot de passe ni le code reçu par SMS, même à quelqu'un qui se présente comme le gardien du refuge.", None, True)]])])

case(id="121080-recherche-sentier", name="Recherche Sentier", locale=L, inv="recherche sentier",
     desc="Trouvez la fiche d'un sentier de grande randonnée.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("CherchezIntent", ["cherche le sentier {q}", "trouve le {q}", "fiche du {q}"], {"q": "AMAZON.SearchQuery"})],
     cats=[], why="Trap: SearchQuery derrière des porteurs utiles (\"cherche le sentier\", \"fiche du\") pour une fonction de recherche.",
     recs=[("bespoken-yaml", [[(("CherchezIntent", {"q": "gr 20"}, "fiche du gr 20"), "Le GR vingt traverse la Corse sur cent quatre-vingts kilomètres, quinze étapes.", None, True)]])])

case(id="121081-etirements-ski", name="Étirements Après Ski", locale=L, inv="étirements après ski",
     desc="Séance d'étirements guidée.", category="HEALTH_AND_FITNESS",
     intents=[("SeanceIntent", ["commencer", "on y va"])],
     cats=[], why="Trap: des pauses SSML longues sont encadrées d'instructions audibles et la session se termine à la fin de la séance.",
     recs=[("ngrok-inspect", [[("SeanceIntent", 'Étirez les quadriceps. Tenez. <break time="10s"/> Changez de jambe. <break time="10s"/> Terminé, bonne soirée !', None, True)]])])

case(id="121082-guide-parc-ecrins", name="Guide du Parc", locale=L, inv="guide du parc des écrins",
     desc="Guide audio non officiel du parc national des Écrins.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("QuiIntent", ["qui es-tu", "tu es alexa"]), ("LieuIntent", ["parle-moi de {lieu}"], {"lieu": "AMAZON.SearchQuery"})],
     cats=[], why="Trap: le skill précise qu'il n'est ni Alexa ni le parc officiel, une clarification honnête.",
     recs=[("transcript", [[("QuiIntent", "Je suis un guide indépendant, pas Alexa, et je ne représente pas le parc national.", "De quel lieu voulez-vous parler ?", False),
                            (("LieuIntent", {"lieu": "la bérarde"}, "parle-moi de la bérarde"), "La Bérarde est un hameau au cœur du massif. Bonne visite !", None, True)]], {"sub": "recette/transcription.txt"})])
