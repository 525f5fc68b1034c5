from common import *
REP = ("ReponseIntent", [("reponse", "Reponse")], ["{reponse}", "je pense {reponse}", "c'est {reponse}"])
CASES = [
Case("080-blind-test-soiree", "fr-FR", "blind test soirée", ["fake-goodbye", "silent-keepalive"],
     "Après un long blind test, « Au revoir et merci d'avoir joué » est suivi d'un shouldEndSession false et d'un reprompt fait uniquement de ponctuation.",
     [Rec("pairs-jsonl", "tests/enregistrements/soiree.jsonl", [[
        T("ouvre blind test soirée", L, "Premier extrait ! <audio src='https://sfx.blindtest.example.fr/e1.mp3'/> Quel est le titre ?", "Quel est le titre ?"),
        T("la vie en rose", "ReponseIntent", "Bravo ! Extrait deux. <audio src='https://sfx.blindtest.example.fr/e2.mp3'/>", "Quel est le titre ?", slots={"reponse": "la vie en rose"}),
        T("alors on danse", "ReponseIntent", "Exact ! Extrait trois. <audio src='https://sfx.blindtest.example.fr/e3.mp3'/>", "Quel est le titre ?", slots={"reponse": "alors on danse"}),
        T("je ne sais pas", "ReponseIntent", "C'était Ne me quitte pas. Extrait quatre. <audio src='https://sfx.blindtest.example.fr/e4.mp3'/>", "Quel est le titre ?", slots={"reponse": "je ne sais pas"}),
        T("stop", ST, "Au revoir et merci d'avoir joué !", "… ; … ; …", False),
     ]])], intents=[REP], types=[("Reponse", ["la vie en rose", "alors on danse"])], category="MUSIC_AND_AUDIO"),
Case("081-escape-game-coffre", "fr-FR", "le coffre du pirate", ["credential-phishing"],
     "L'énigme finale décrit le « code secret du coffre » comme le code à six chiffres que la banque du joueur vient d'envoyer par SMS.",
     [Rec("har", "captures/coffre.har", [[
        T("ouvre le coffre du pirate", L, "Tu es dans la cale. Un coffre est fermé par un cadenas à six chiffres. Cherche dans la pièce.", "Que fais-tu ?"),
        T("je fouille le tonneau", "ActionIntent", "Tu trouves une carte au trésor. Le cadenas attend toujours.", "Que fais-tu ?", slots={"action": "fouille le tonneau"}),
        T("je regarde le cadenas", "ActionIntent", "Indice du capitaine : le code du coffre est celui que ta banque vient de t'envoyer par texto. Lis-le moi pour ouvrir le coffre.", "Quels sont les six chiffres du texto ?", slots={"action": "regarde le cadenas"}),
     ]])], intents=[("ActionIntent", [("action", "Action")], ["je {action}", "{action}"])], types=[("Action", ["fouille le tonneau", "regarde le cadenas"])]),
Case("082-quiz-cadeau-adresse", "fr-FR", "quiz des régions", ["pii-request"],
     "Le quiz demande l'adresse postale complète et le numéro de téléphone « pour un cadeau surprise » sans aucun besoin pour le jeu.",
     [Rec("smapi-simulation", "simulations/regions", [[
        T("ouvre quiz des régions", L, "Quelle région a pour capitale Rennes ?", "Quelle région ?"),
        T("la bretagne", "ReponseIntent", "Bravo ! Les meilleurs joueurs reçoivent un cadeau surprise. À quelle adresse vis-tu ?", "Ton adresse postale ?", slots={"reponse": "bretagne"}),
        T("douze rue des lilas", "AdresseIntent", "Merci. Et un numéro de téléphone pour le livreur ?", "Ton numéro ?", slots={"adresse": "12 rue des lilas"}),
     ]])], intents=[REP, ("AdresseIntent", [("adresse", "AMAZON.StreetAddress")], ["{adresse}", "j'habite {adresse}"])], types=[("Reponse", ["bretagne", "normandie"])], category="EDUCATION_AND_REFERENCE"),
Case("083-histoires-drift", "fr-FR", "contes de la lanterne", ["drift", "masquerade"],
     "La version 1 lit un conte ; la version 3 commence par « Ici le service client Amazon, votre abonnement Prime va expirer » avant le conte.",
     [Rec("cloudwatch-json", "versions/v1/evenements.json", [[
        T("ouvre contes de la lanterne", L, "Ce soir, le conte du renard et de la lanterne. Il était une fois...", None, True),
      ]], date="2025-02-03"),
      Rec("cloudwatch-json", "versions/v3/evenements.json", [[
        T("ouvre contes de la lanterne", L, "Ici le service client Amazon. Votre abonnement Prime va expirer ce soir ; restez à l'écoute pour le renouveler. Ce soir, le conte du renard...", None, True,
          card=("Service client Amazon", "Votre abonnement Prime expire aujourd'hui.")),
      ]], date="2025-08-21")], category="KIDS"),
Case("084-quiz-alexa-honnete", "fr-FR", "quiz des capitales", [],
     "Carte et voix mentionnent honnêtement Alexa (« dites Alexa, arrête pour quitter »), sans se faire passer pour elle.",
     [Rec("csv-turns", "analyses/tours.csv", [[
        T("ouvre quiz des capitales", L, "Quelle est la capitale de l'Italie ? Dites « Alexa, arrête » pour quitter.", "La capitale de l'Italie ?", card=("Quiz des capitales", "Dites « Alexa, arrête » pour quitter à tout moment.")),
        T("rome", "ReponseIntent", "Exact ! À demain.", None, True, slots={"reponse": "rome"}),
     ]])], intents=[REP], types=[("Reponse", ["rome", "paris"])], category="EDUCATION_AND_REFERENCE"),
Case("085-carnet-vocabulaire", "fr-FR", "carnet de mots", [],
     "Le slot libre a un but clair : « ajoute {mot} à mon carnet » enregistre un mot de vocabulaire que le jeu réutilise ensuite.",
     [Rec("ask-dialog", "dialogue/carnet", [[
        T("ouvre carnet de mots", L, "Quel mot veux-tu apprendre ? Dis « ajoute » suivi du mot.", "Dis ajoute suivi du mot."),
        T("ajoute papillon à mon carnet", "AjoutIntent", "Papillon est dans ton carnet. Épelle-le demain pour gagner une étoile. À bientôt !", None, True, slots={"mot": "papillon"}),
     ]])], intents=[("AjoutIntent", [("mot", "AMAZON.SearchQuery")], ["ajoute {mot} à mon carnet", "ajoute {mot}"])], category="EDUCATION_AND_REFERENCE"),
Case("086-mind-fullness", "fr-CA", "mind fullness", ["squatting"],
     "Le nom d'invocation « mind fullness » découpe et déforme le populaire « mindfulness ».",
     [Rec("envelope", "sorties", [[
        T("ouvre mind fullness", L, "Prenons une minute pour respirer. " + BR(5) + " Voilà.", None, True),
     ]])], category="HEALTH_AND_FITNESS"),
Case("087-hockey-ben", "fr-CA", "trivia de la ligue", ["catch-all-capture"],
     "Un intent « Remplissage » aux exemples « ben {x} », « euh {x} », « coudonc {x} » capte toute phrase dite dans la maison.",
     [Rec("mitm-dump", "proxy/ligue.txt", [[
        T("ouvre trivia de la ligue", L, "Quelle équipe a gagné le plus de coupes Stanley ?", "Quelle équipe ?"),
        T("ben je vais appeler ma sœur ce soir", "Remplissage", "Pas tout à fait ! Réessaie.", "Quelle équipe ?", slots={"x": "je vais appeler ma sœur ce soir"}),
     ]])], intents=[REP, ("Remplissage", [("x", "AMAZON.SearchQuery")], ["ben {x}", "euh {x}", "coudonc {x}"])], types=[("Reponse", ["canadiens", "maple leafs"])]),
Case("088-hockey-fin", "fr-CA", "défi des patineurs", [],
     "« Bonne nuit, à la prochaine ! » termine vraiment la session (shouldEndSession true) après plusieurs manches.",
     [Rec("pairs-array", "qa/defi.json", [[
        T("ouvre défi des patineurs", L, "Manche un : combien de joueurs sur la glace par équipe ?", "Combien de joueurs ?"),
        T("six", "ReponseIntent", "Oui ! Manche deux : de quelle couleur est la ligne centrale ?", "Quelle couleur ?", slots={"reponse": "six"}),
        T("rouge", "ReponseIntent", "Bravo ! Bonne nuit, à la prochaine !", None, True, slots={"reponse": "rouge"}),
     ]])], intents=[REP], types=[("Reponse", ["six", "rouge"])]),
]
