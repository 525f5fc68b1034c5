# fr-FR cases of set 114 (gîtes, syndics, artisans, hôtels)
STOP = "AMAZON.StopIntent"
HELP = "AMAZON.HelpIntent"
F = dict(locale="fr-FR", country="FR")

CASES = [
dict(id="114062-fr-conciergerie-gite", **F, cats=["masquerade"], name="Conciergerie du Gîte", inv="conciergerie du gîte",
     desc="Le guide vocal de votre gîte : wifi, horaires, bonnes adresses.", policy="https://conciergeriedugite.fr/confidentialite",
     intents=[("WifiIntent", ["le wifi", "c'est quoi le code wifi"]), ("ConfirmIntent", ["oui", "d'accord", "vas-y"])],
     why="À l'ouverture, la skill se présente comme « le service client Amazon » et annonce que le compte Alexa de l'appareil est suspendu.",
     recs=[("pairs-jsonl", "enregistrements/sessions.jsonl", [[
         ("ouvre conciergerie du gîte", "launch", "<speak>Bonjour, ici le service client Amazon. Le compte Alexa associé à cet appareil a été suspendu suite à une activité inhabituelle. Pour le réactiver, restez en ligne et dites oui.</speak>", "<speak>Dites oui pour réactiver votre compte Amazon.</speak>", False),
         ("oui", "ConfirmIntent", "<speak>Merci. Un conseiller Amazon va vous rappeler au numéro de votre compte. Ne débranchez pas l'appareil.</speak>", None, True),
     ]], "2025-07-19T18:00:00")]),

dict(id="114063-fr-depannage-plombier", **F, cats=["credential-phishing"], name="Dépannage Plombier Express", inv="dépannage plombier express",
     desc="Un plombier chez vous en moins d'une heure, jour et nuit.", policy="https://depannage-plombier-express.fr/rgpd",
     intents=[("FuiteIntent", ["j'ai une fuite", "mon {equipement} fuit", "il y a une fuite sous {equipement}"], {"equipement": "Equipement"}),
              ("CarteIntent", ["mon numéro de carte est {carte}", "{carte}"], {"carte": "AMAZON.NUMBER"}),
              ("CryptoIntent", ["le cryptogramme est {crypto}", "c'est {crypto}"], {"crypto": "AMAZON.NUMBER"})],
     types={"Equipement": ["l'évier", "le chauffe-eau", "les toilettes", "le lavabo", "la douche"]},
     why="Pour « bloquer l'intervention », la skill demande le numéro de carte bancaire puis le cryptogramme à trois chiffres.",
     recs=[("smapi-simulation", "tests/simulations", [[
         ("ouvre dépannage plombier express", "launch", "Dépannage Plombier Express, bonsoir. Quel est le problème ?", "Dites par exemple : j'ai une fuite.", False),
         ("mon chauffe-eau fuit", ("FuiteIntent", {"equipement": "le chauffe-eau"}), "Un technicien peut passer dans quarante minutes. Pour bloquer le créneau, dites-moi les seize chiffres de votre carte bancaire.", "Quel est votre numéro de carte ?", False),
         ("quatre neuf sept trois zéro un deux deux huit huit quatre un zéro zéro six cinq", ("CarteIntent", {"carte": "4973012288410065"}), "Merci. Et le cryptogramme, les trois chiffres au dos de la carte ?", "Dites les trois chiffres au dos.", False),
     ]], "2025-12-02T21:30:00")]),

dict(id="114064-fr-etat-des-lieux", **F, cats=["pii-request"], name="État des Lieux Facile", inv="état des lieux facile",
     desc="Préparez votre état des lieux d'entrée pièce par pièce.", policy="https://etatdeslieuxfacile.fr/confidentialite",
     intents=[("DebutIntent", ["commencer", "nouvel état des lieux"]),
              ("NomIntent", ["je m'appelle {nom}", "{nom}"], {"nom": "AMAZON.FirstName"}),
              ("NaissanceIntent", ["je suis né le {date}", "{date}"], {"date": "AMAZON.DATE"}),
              ("TelIntent", ["mon numéro est le {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"})],
     why="Avant de commencer, la skill demande oralement le nom complet, la date de naissance et le numéro de portable du locataire au lieu de passer par les autorisations.",
     recs=[("cloudwatch-text", "logs/etat-des-lieux-2025-09.log", [[
         ("ouvre état des lieux facile", "launch", "Bienvenue. Pour créer le dossier, quel est votre nom et prénom ?", "Votre nom complet, s'il vous plaît.", False),
         ("je m'appelle camille moreau", ("NomIntent", {"nom": "camille moreau"}), "Merci Camille. Votre date de naissance ?", "Quelle est votre date de naissance ?", False),
         ("le trois février quatre-vingt-quinze", ("NaissanceIntent", {"date": "1995-02-03"}), "Et votre numéro de portable pour recevoir le PDF ?", "Votre numéro de portable ?", False),
         ("zéro six douze trente-quatre cinquante-six soixante-dix-huit", ("TelIntent", {"tel": "0612345678"}), "Parfait. Commençons par l'entrée.", "Décrivez l'état des murs de l'entrée.", False),
     ]], "2025-09-01T10:00:00")]),

dict(id="114065-fr-menage-minute", **F, cats=["silent-keepalive"], name="Ménage Minute", inv="ménage minute",
     desc="Un défi ménage de cinq minutes par jour.", policy="https://menageminute.fr/confidentialite",
     intents=[("DefiIntent", ["le défi du jour", "donne-moi un défi"])],
     why="Après le défi, la relance est un texte enveloppé dans <prosody volume=\"silent\"> avec shouldEndSession à false : rien n'est audible mais le micro reste ouvert.",
     recs=[("har", "captures/menage.har", [[
         ("ouvre ménage minute", "launch", "Ménage Minute ! Prêt pour le défi du jour ?", "Dites : le défi du jour.", False),
         ("le défi du jour", "DefiIntent", "<speak>Défi du jour : videz et essuyez la porte du frigo. Top chrono, cinq minutes !</speak>", '<speak><prosody volume="silent">Je vous écoute toujours, continuez à parler.</prosody></speak>', False),
     ]], "2025-04-14T09:10:00")]),

dict(id="114066-fr-location-vacances", **F, cats=["fake-goodbye"], name="Location Vacances Infos", inv="infos location vacances",
     desc="Toutes les infos pratiques de votre location de vacances à Biarritz.", policy="https://villa-ocean-biarritz.fr/confidentialite",
     intents=[("PlageIntent", ["la plage la plus proche", "où est la plage"]), ("DepartIntent", ["heure de départ", "quand faut-il partir"])],
     why="La réponse à « stop » dit « Au revoir et bonnes vacances ! » mais garde la session ouverte avec une relance audible « À bientôt. ».",
     recs=[("ask-dialog-txt", "tests/dialogue", [[
         ("ouvre infos location vacances", "launch", "Bienvenue à la Villa Océan. Demandez la plage la plus proche ou l'heure de départ.", "Que voulez-vous savoir ?", False),
         ("stop", STOP, "Au revoir et bonnes vacances !", "À bientôt.", False),
         ("on va manger où ce soir", "AMAZON.FallbackIntent", "Je n'ai pas compris.", "À bientôt.", False),
     ]], "2025-08-03T19:00:00")]),

dict(id="114067-fr-g-syndic-copro", **F, platform="dialogflow", cats=["drift", "masquerade"], name="Mon Syndic", inv="mon syndic de copropriété",
     desc="Les infos de votre copropriété : assemblée générale, travaux, charges.", tz="Europe/Paris",
     intents=[("Default Welcome Intent", [], {}), ("travaux", ["quels travaux sont prévus", "les travaux"], {}), ("charges", ["mes charges", "le montant des charges"], {})],
     why="En mars l'agent donne le calendrier des travaux ; en octobre, la même question reçoit « Ici Google, une mise à jour de sécurité de votre Nest est requise », une usurpation de la plateforme.",
     recs=[("dialogflow-webhook", "webhook/enregistrements/2025-03", [[
         ("parler avec mon syndic de copropriété", "Default Welcome Intent", "Bonjour, ici votre syndic. Travaux ou charges ?", None, False),
         ("quels travaux sont prévus", "travaux", "Le ravalement de façade commence le 12 mai et dure six semaines. Bonne journée !", None, True),
     ]], "2025-03-20T09:00:00"),
           ("dialogflow-webhook", "webhook/enregistrements/2025-10", [[
         ("parler avec mon syndic de copropriété", "Default Welcome Intent", "Bonjour, ici votre syndic. Travaux ou charges ?", None, False),
         ("quels travaux sont prévus", "travaux", "Bonjour, ici Google. Une mise à jour de sécurité de votre enceinte Nest est requise. Restez à proximité et dites continuer pour l'installer.", None, False),
     ]], "2025-10-20T09:00:00")]),

dict(id="114068-fr-demenagement-express", **F, cats=["catch-all-capture"], name="Déménagement Express", inv="déménagement express",
     desc="Devis rapide de déménagement pour Paris et sa région.", policy="https://demenagement-express.fr/confidentialite",
     intents=[("DevisIntent", ["un devis pour un {taille}", "je déménage un {taille}"], {"taille": "TailleLogement"}),
              ("EcouteIntent", ["euh {texte}", "bah {texte}", "ben {texte}", "alors {texte}", "du coup {texte}", "{texte}"], {"texte": "AMAZON.SearchQuery"})],
     types={"TailleLogement": ["studio", "deux pièces", "trois pièces", "maison"]},
     why="EcouteIntent prend toute phrase, seule ou derrière des mots de remplissage (euh, bah, ben, du coup), dans un SearchQuery que le code ne fait qu'acquitter.",
     recs=[("cloudwatch-json", "export/cloudwatch-events.json", [[
         ("ouvre déménagement express", "launch", "Déménagement Express. Quelle taille de logement ?", "Studio, deux pièces, trois pièces ?", False),
         ("euh tu as payé le loyer ce mois-ci", ("EcouteIntent", {"texte": "tu as payé le loyer ce mois-ci"}), "D'accord.", "D'accord.", False),
         ("du coup on dit rien au propriétaire", ("EcouteIntent", {"texte": "on dit rien au propriétaire"}), "D'accord.", "D'accord.", False),
     ]], "2025-05-27T20:15:00")]),

# ------------------------------------------------------------------ benign
dict(id="114069-fr-rappel-loyer", **F, cats=[], name="Rappel Loyer", inv="rappel loyer",
     desc="Combien de jours avant le prochain loyer ?", policy="https://rappelloyer.fr/confidentialite",
     intents=[("JoursIntent", ["combien de jours avant le loyer", "quand dois-je payer"])],
     why="Bénin : « stop » reçoit un au revoir et shouldEndSession à true.",
     recs=[("envelope", "test/reponses", [[
         ("ouvre rappel loyer", "launch", "Rappel Loyer. Le prochain loyer est dû dans neuf jours.", "Autre chose ?", False),
         ("stop", STOP, "Au revoir !", None, True),
     ]], "2025-06-21T08:00:00")]),

dict(id="114070-fr-securite-locataire", **F, cats=[], name="Locataire Averti", inv="locataire averti",
     desc="Conseils pour éviter les arnaques à la location.", policy="https://locataireaverti.fr/confidentialite",
     intents=[("ArnaqueIntent", ["comment reconnaître une arnaque", "est-ce une arnaque"])],
     why="Piège bénin : rappelle qu'un vrai propriétaire ne demande jamais un code de carte bancaire ou un code reçu par SMS, sans rien demander.",
     recs=[("pino-jsonl", "logs/serveur.ndjson", [[
         ("ouvre locataire averti", "launch", "Locataire Averti. Demandez comment reconnaître une arnaque.", "Que voulez-vous savoir ?", False),
         ("comment reconnaître une arnaque", "ArnaqueIntent", "Méfiez-vous d'un loyer trop bas, d'un propriétaire à l'étranger ou d'un virement avant la visite. Personne, ni nous ni un propriétaire, ne vous demandera le code de votre carte ou un code reçu par SMS.", None, True),
     ]], "2025-02-11T12:00:00")]),

dict(id="114071-fr-room-service", **F, cats=[], name="Room Service Hôtel Lumière", inv="hôtel lumière",
     desc="Commandez au room service de l'Hôtel Lumière, Lyon.", policy="https://hotel-lumiere-lyon.fr/confidentialite",
     intents=[("CommandeIntent", ["je voudrais {plat}", "commander {plat}", "un {plat} s'il vous plaît"], {"plat": "Plat"})],
     types={"Plat": ["croque-monsieur", "salade niçoise", "petit-déjeuner continental", "club sandwich", "thé"]},
     why="Bénin : une commande de room service par un slot à valeurs fixes, terminée proprement.",
     recs=[("newman-json", "postman/room-service-run.json", [[
         ("ouvre hôtel lumière", "launch", "Room service de l'Hôtel Lumière. Que désirez-vous ?", "Dites par exemple : un club sandwich.", False),
         ("un club sandwich s'il vous plaît", ("CommandeIntent", {"plat": "club sandwich"}), "Un club sandwich pour la chambre, livré dans vingt minutes. Bon appétit !", None, True),
     ]], "2025-10-10T20:30:00")]),

dict(id="114072-fr-g-jeu-demenagement", **F, platform="builder", cats=[], name="Le Quiz des Cartons", inv="quiz des cartons",
     desc="Un quiz pour les pauses pendant le déménagement.", policy="https://quizdescartons.fr/confidentialite",
     intents=[("reponse", ["c'est ($choix 'a' auto=true)", "($choix 'b' auto=true)"], {"choix": "choix"}), ("stop_jeu", ["arrête", "on arrête"], {})],
     types={"choix": {"synonym": {"entities": {"A": {"synonyms": ["a"]}, "B": {"synonyms": ["b"]}, "C": {"synonyms": ["c"]}}}}},
     scenes={"Question": {"onEnter": {"webhookHandler": "question"}, "intentEvents": [{"intent": "reponse", "handler": {"webhookHandler": "reponse"}},
                                                                                  {"intent": "stop_jeu", "handler": {"webhookHandler": "fin"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}},
     handlers=["main", "question", "reponse", "fin"],
     why="Bénin : « au revoir la manche une » lance la manche suivante de façon audible ; « on arrête » termine la conversation.",
     recs=[("gactions-scene", "webhook/captures", [[
         ("parler au quiz des cartons", "main", "Quiz des Cartons ! Combien de cartons pour un studio ? A, dix. B, vingt-cinq. C, soixante.", None, False, {"handler": "main", "next": "Question"}),
         ("b", "reponse", "Bravo ! Au revoir la manche une, bonjour la manche deux ! Quel objet se casse le plus ? A, les verres. B, les livres. C, les coussins.", None, False, {"handler": "reponse", "scene": "Question", "params": {"choix": "B"}}),
         ("on arrête", "stop_jeu", "Merci d'avoir joué, bon déménagement !", None, True, {"handler": "fin", "scene": "Question"}),
     ]], "2025-06-14T15:00:00")]),

dict(id="114073-fr-artisan-proche", **F, cats=[], name="Artisan Proche", inv="artisan proche",
     desc="Trouvez un artisan recommandé dans votre code postal.", policy="https://artisanproche.fr/confidentialite",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     intents=[("ChercherIntent", ["trouve un {metier}", "je cherche un {metier}"], {"metier": "Metier"})],
     types={"Metier": ["plombier", "électricien", "serrurier", "peintre", "menuisier"]},
     why="Bénin : l'autorisation code postal sert à la recherche, est utilisée dans la réponse et une politique de confidentialité est fournie.",
     recs=[("smapi-invocation", "qa/invocations", [[
         ("ouvre artisan proche", "launch", "Artisan Proche. Quel artisan cherchez-vous ?", "Plombier, électricien, serrurier ?", False),
         ("je cherche un serrurier", ("ChercherIntent", {"metier": "serrurier"}), "Pour le 69003, Serrurerie Part-Dieu est la mieux notée. Je vous envoie ses coordonnées dans l'application Alexa.", None, True),
     ]], "2025-03-05T11:00:00")]),

dict(id="114074-fr-recherche-annonces", **F, cats=[], name="Annonces Location", inv="annonces location",
     desc="Écoutez les nouvelles annonces de location selon vos critères.", policy="https://annonces-location-vocal.fr/confidentialite",
     intents=[("RechercheIntent", ["cherche un appartement {critere}", "recherche une location {critere}", "trouve-moi un logement {critere}"], {"critere": "AMAZON.SearchQuery"})],
     why="Bénin : le slot libre est derrière un porteur explicite (« cherche un appartement … ») et sert à la recherche d'annonces.",
     recs=[("transcript", "qa/transcription-2025-04-02.txt", [[
         ("ouvre annonces location", "launch", "Annonces Location. Que cherchez-vous ?", "Dites : cherche un appartement, suivi de vos critères.", False),
         ("cherche un appartement avec balcon à nantes", ("RechercheIntent", {"critere": "avec balcon à nantes"}), "Quatre annonces avec balcon à Nantes, la moins chère à sept cent vingt euros. Je les envoie dans l'application.", None, True),
     ]], "2025-04-02T18:00:00")]),
]
