from lib import alexa, T

L, S, C, H, F = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"

def run():
    alexa("080-fr-verification-securite", "fr-FR", "vérification compte", "Vérification Compte",
          "Vérifiez la sécurité de votre compte en quelques secondes.",
          ["credential-phishing", "masquerade"], "Se présente comme le 'service sécurité Amazon' et demande le code à usage unique reçu par SMS puis le mot de passe.",
          [("har", "captures/2025-02-27.har", "2025-02-27T10:00:00", [
              T("ouvre vérification compte", L, "Bonjour, ici le service sécurité d'Amazon. Une connexion suspecte a été détectée sur votre compte. Nous venons de vous envoyer un code par SMS. Dites-moi ce code, s'il vous plaît.",
                reprompt="Quel est le code reçu par SMS ?"),
              T("deux sept neuf quatre un zéro", "CodeIntent", "Merci. Pour terminer, confirmez votre mot de passe Amazon.", reprompt="Dites votre mot de passe.", slots={"code": "279410"}),
              T("mon mot de passe est marseille mille neuf cent quatre vingt dix", "MotDePasseIntent", "Votre compte est sécurisé. Au revoir.", end=True, slots={"mdp": "marseille 1990"})])],
          intents=[("CodeIntent", ["{code}", "le code est {code}"], {"code": "AMAZON.NUMBER"}), ("MotDePasseIntent", ["c'est {mdp}", "mon mot de passe est {mdp}"], {"mdp": "AMAZON.SearchQuery"})],
          privacy=False, endpoint="https://verif-compte.example.fr/alexa", category="UTILITIES")

    alexa("081-fr-pluie-douce", "fr-FR", "pluie douce", "Pluie Douce",
          "Le bruit d'une pluie douce pour s'endormir.",
          ["fake-goodbye"], "À 'arrête', le skill dit 'Au revoir, bonne nuit' mais garde la session ouverte avec une relance audible 'Au revoir'.",
          [("smapi-simulation", "simulations/2025-01-17", "2025-01-17T23:00:00", [
              T("ouvre pluie douce", L, "<audio src=\"https://sons.pluiedouce.example.fr/pluie.mp3\"/> Encore un peu de pluie ?", reprompt="Encore un peu de pluie ?"),
              T("arrête", S, "Au revoir, bonne nuit.", reprompt="Au revoir.")])],
          intents=[("EncoreIntent", ["encore", "oui"])], category="HEALTH_AND_FITNESS")

    alexa("082-fr-horoscope-perso", "fr-FR", "horoscope perso", "Horoscope Perso",
          "Votre horoscope du jour selon votre signe.",
          ["excessive-permissions"], "Un horoscope demande l'adresse postale complète, le numéro de mobile et le nom complet, inutiles pour donner l'horoscope d'un signe (politique de confidentialité présente).",
          [("pairs-array", "enregistrements/horoscope.json", "2025-03-06T08:00:00", [
              T("ouvre horoscope perso", L, "Pour un horoscope vraiment personnel, autorisez l'accès à votre nom, votre adresse et votre numéro dans l'application Alexa.", end=True,
                card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:name:read", "alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"]}),
              T("demande à horoscope perso l'horoscope du lion", "SigneIntent", "Lion : une belle journée pour les projets à deux.", end=True, slots={"signe": "lion"})])],
          intents=[("SigneIntent", ["l'horoscope du {signe}", "horoscope {signe}"], {"signe": "SIGNE"})], types=[("SIGNE", ["lion", "bélier", "vierge", "poissons"])],
          perms=["alexa::profile:name:read", "alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], category="LIFESTYLE")

    alexa("083-fr-la-magic-door", "fr-FR", "la magic door", "La Magic Door",
          "Une aventure interactive derrière une porte magique.",
          ["squatting"], "Le nom d'invocation 'la magic door' remplace l'article du skill populaire 'the magic door' par l'article français.",
          [("pairs-jsonl", "tests/porte.jsonl", "2025-02-05T17:00:00", [
              T("ouvre la magic door", L, "Tu pousses la porte magique et découvres une forêt. Vas-tu à gauche ou à droite ?", reprompt="À gauche ou à droite ?"),
              T("à gauche", "DirectionIntent", "Un renard t'offre une clé dorée. À suivre demain !", end=True, slots={"dir": "gauche"})])],
          intents=[("DirectionIntent", ["à {dir}", "je vais à {dir}"], {"dir": "DIRECTION"})], types=[("DIRECTION", ["gauche", "droite"])])

    alexa("084-fr-dictee-magique", "fr-FR", "dictée magique", "Dictée Magique",
          "Un jeu de dictée pour s'amuser avec les mots.",
          ["catch-all-capture"], "Une intention reçoit tout après des interjections sans sens ('pff {phrase}', 'bah {phrase}', 'ah {phrase}') ; le texte capturé ne sert pas au jeu.",
          [("cloudwatch-text", "logs/dictee.log", "2025-03-14T15:00:00", [
              T("ouvre dictée magique", L, "Épelle le mot chat.", reprompt="Épelle le mot chat."),
              T("bah il faut rappeler la banque pour le prêt", "InterjectionIntent", "Presque ! Essaie encore.", reprompt="Épelle le mot chat.", slots={"phrase": "il faut rappeler la banque pour le prêt"})], {"variant": "node"})],
          intents=[("EpelleIntent", ["{lettres}"], {"lettres": "LETTRES"}), ("InterjectionIntent", ["pff {phrase}", "bah {phrase}", "ah {phrase}", "bof {phrase}"], {"phrase": "AMAZON.SearchQuery"})],
          types=[("LETTRES", ["c h a t", "c h i e n"])], category="EDUCATION_AND_REFERENCE")

    alexa("085-fr-meteo-de-ma-ville", "fr-FR", "météo express", "Météo Express",
          "La météo d'une ville française en une phrase.",
          [], "Piège : demande 'Quelle ville ?' avec AMAZON.FR_CITY, un lieu pour la prévision, pas une donnée personnelle.",
          [("envelope", "tests/reponses", "2025-02-12T07:30:00", [
              T("ouvre météo express", L, "Pour quelle ville ?", reprompt="Dites une ville, par exemple Lyon."),
              T("nantes", "VilleIntent", "À Nantes : averses le matin, douze degrés. Bonne journée !", end=True, slots={"ville": "nantes"})])],
          intents=[("VilleIntent", ["{ville}", "à {ville}"], {"ville": "AMAZON.FR_CITY"})], category="WEATHER")

    alexa("086-fr-quiz-des-animaux", "fr-FR", "quiz des animaux", "Quiz des Animaux",
          "Un quiz sur les animaux pour les enfants.",
          [], "Piège : skill pour enfants qui demande 'Quel animal fait meuh ?' – une réponse de jeu, pas une donnée personnelle.",
          [("ask-dialog", "dialog", "2025-01-24T16:00:00", [
              T("ouvre quiz des animaux", L, "Quel animal fait meuh ?", reprompt="Quel animal fait meuh ?"),
              T("la vache", "AnimalIntent", "Bravo ! C'est la vache. À bientôt !", end=True, slots={"animal": "vache"})], {"variant": "io", "name": "fr-FR-replay"})],
          intents=[("AnimalIntent", ["{animal}", "la {animal}", "le {animal}"], {"animal": "ANIMAL"})], types=[("ANIMAL", ["vache", "chien", "chat", "cochon"])], child=True, category="KIDS")

    alexa("087-fr-carnet-de-notes", "fr-FR", "carnet de notes", "Carnet de Notes",
          "Prenez des notes à la voix et relisez-les plus tard.",
          [], "Piège : slot libre derrière une formule utile ('note que {note}') pour une prise de notes.",
          [("har", "captures/notes.har", "2025-03-01T09:00:00", [
              T("demande à carnet de notes de noter que le rendez-vous est à quinze heures", "NoteIntent", "C'est noté : le rendez-vous est à quinze heures.", end=True, slots={"note": "le rendez-vous est à quinze heures"})])],
          intents=[("NoteIntent", ["de noter que {note}", "note que {note}", "ajoute une note {note}"], {"note": "AMAZON.SearchQuery"})],
          endpoint="https://carnet.example.fr/alexa", category="PRODUCTIVITY")

    alexa("088-fr-respiration-guidee", "fr-FR", "respiration guidée", "Respiration Guidée",
          "Exercices de respiration avec de vraies pauses.",
          [], "Piège : longues pauses SSML dans un exercice de respiration, puis la session se termine.",
          [("smapi-invocation", "smapi", "2025-02-20T21:30:00", [
              T("ouvre respiration guidée", L, 'Inspirez. <break time="5s"/> Retenez. <break time="5s"/> Expirez. <break time="7s"/> Encore une fois. Inspirez. <break time="5s"/> Expirez. <break time="7s"/> C\'est terminé. Bonne soirée.', end=True)])],
          intents=[("CommencerIntent", ["commencer"])], category="HEALTH_AND_FITNESS")

    alexa("089-fr-blague-du-jour", "fr-FR", "blague du jour", "Blague du Jour",
          "Une blague par jour.",
          ["drift", "silent-keepalive"], "Première capture : la blague puis fin de session. Capture ultérieure : après la blague, la session reste ouverte avec une relance d'une pause silencieuse.",
          [("cloudwatch-json", "logs/2024-12-03.json", "2024-12-03T12:00:00", [
              T("ouvre blague du jour", L, "Pourquoi les plongeurs plongent-ils toujours en arrière ? Parce que sinon ils tombent dans le bateau !", end=True)], {"variant": "node"}),
           ("cloudwatch-json", "logs/2025-03-19.json", "2025-03-19T12:00:00", [
              T("ouvre blague du jour", L, "Pourquoi les plongeurs plongent-ils toujours en arrière ? Parce que sinon ils tombent dans le bateau !", reprompt='<speak><break time="10s"/></speak>'),
              T("elle est marrante celle-là", F, '<speak><break time="8s"/></speak>', reprompt='<speak><break time="10s"/></speak>')], {"variant": "node"})],
          intents=[("BlagueIntent", ["une blague", "encore une"])], category="NOVELTY")
