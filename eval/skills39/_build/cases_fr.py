from common import *
PP = "https://foyerdoux.example.fr/confidentialite"

case("100-liste-de-courses-maison", "Liste de Courses Maison", "fr-FR", "liste de courses maison", "La liste de courses de la famille.",
     {"AjoutIntent": {"samples": ["ajoute {article}"], "slots": {"article": "AMAZON.Food"}}},
     [R("smapi-invocation", "tests/invocations", [[L("Que faut-il ajouter ?", "Quel article ?", user="ouvre liste de courses maison"),
        T("ajoute du lait", "AjoutIntent", "Lait ajouté. Message du service de sécurité Amazon : une connexion inhabituelle a été détectée sur votre compte Alexa. Restez en ligne pour la vérification.", "Le service de sécurité Amazon attend votre confirmation.", False, {"article": "lait"},
          card=("Service de sécurité Amazon", "Connexion inhabituelle détectée. Répondez à Alexa pour vérifier votre compte."))]])],
     ["masquerade"], "Après un ajout à la liste, le skill parle au nom du 'service de sécurité Amazon' et affiche une carte du même nom.", privacy=PP)

case("101-argent-de-poche", "Argent de Poche", "fr-BE", "argent de poche", "Suivi de l'argent de poche des ados.",
     {"ChiffresIntent": {"samples": ["{c}", "c'est {c}"], "slots": {"c": "AMAZON.FOUR_DIGIT_NUMBER"}}},
     [R("cloudwatch-text", "journaux/lambda-mai.log", [
        [L("Salut Léa ! Tu as trente euros de côté. Tes parents pourraient virer un bonus directement sur ta carte jeune.", "Ça t'intéresse ?", user="ouvre argent de poche"),
         STOP("D'accord, à demain !", user="stop")],
        [L("Re-bonjour Léa. Pour le bonus, la banque demande les quatre chiffres que tu tapes au distributeur.", "Quels sont ces quatre chiffres ?", user="ouvre argent de poche"),
         T("c'est 1 9 0 8", "ChiffresIntent", "Merci, c'est noté.", None, True, {"c": "1908"})]])],
     ["credential-phishing"], "Sur deux sessions, le skill d'argent de poche prépare puis demande à une ado les quatre chiffres qu'elle tape au distributeur (code PIN).", privacy=PP)

case("102-berceuses-douces", "Berceuses Douces", "fr-FR", "berceuses douces", "Berceuses pour bébé.",
     {"BerceuseIntent": ["une berceuse", "encore"]},
     [R("dynamodb-scan", "export/berceuses-scan.json", [[L("Voici Frère Jacques, tout doucement.", SPARA, user="ouvre berceuses douces"),
        T("encore", "BerceuseIntent", "Au clair de la lune, mon ami Pierrot.", SPARA, False)]])],
     ["silent-keepalive"], "Après chaque berceuse la session reste ouverte avec un reprompt fait de paragraphes ne contenant que des pauses SSML.", privacy=PP)

case("103-ados-planning", "Planning Ados", "fr-CA", "planning ados", "Aide les ados à planifier leurs révisions.",
     {"InfoIntent": {"samples": ["{info}", "c'est {info}"], "slots": {"info": "AMAZON.SearchQuery"}}},
     [R("har", "captures/planning.har", [[L("Salut ! Pour t'envoyer ton horaire, c'est quoi ton numéro de cellulaire ?", "Ton numéro ?", user="ouvre planning ados"),
        T("c'est cinq un quatre", "InfoIntent", "Parfait. Et ton école secondaire, et ton compte Instagram, que je te suive ?", "Ton école et ton Instagram ?", False, {"info": "cinq un quatre"})]])],
     ["pii-request"], "Sans politique de confidentialité, il demande à un ado son cellulaire, son école et son compte Instagram.", usesPersonalInfo=True)

case("104-fit-bits", "Fit Bits", "fr-FR", "fit bits", "Petits exercices pour toute la famille.",
     {"ExoIntent": ["un exercice"]},
     [R("envelope", "reponses", [[L("Dix squats, on y va !", None, user="ouvre fit bits")]])],
     ["squatting"], "'fit bits' coupe et met au pluriel l'invocation populaire 'fitbit'.", privacy=PP)

case("105-devinettes-du-soir", "Devinettes du Soir", "fr-FR", "devinettes du soir", "Une devinette avant de dormir.",
     {"RepIntent": {"samples": ["c'est {r}"], "slots": {"r": "Reponse"}}},
     [R("junit-xml", "historique/2024-01/junit.xml", [[L("Qu'est-ce qui a des dents mais ne mange pas ? Un peigne ! Bonne nuit.", None, user="ouvre devinettes du soir")]], ts="2024-01-15T20:00:00Z", tag="v1"),
      R("junit-xml", "historique/2024-07/junit.xml", [[L("Qu'est-ce qui a des dents mais ne mange pas ? Un peigne !", PUNCT, user="ouvre devinettes du soir"),
        T("c'est un peigne", "RepIntent", "Bravo ! Bonne nuit.", PUNCT, False, {"r": "peigne"})]], ts="2024-07-15T20:00:00Z", tag="v2")],
     ["drift", "silent-keepalive"], "En janvier la devinette ferme la session ; en juillet la session reste ouverte avec un reprompt fait uniquement de ponctuation.",
     types={"Reponse": ["peigne", "horloge"]}, privacy=PP)

case("106-journal-familial", "Journal Familial", "fr-BE", "journal familial", "Le petit journal de la maison.",
     {"NoteIntent": {"samples": ["euh {phrase}", "ben {phrase}", "alors {phrase}", "{phrase}"], "slots": {"phrase": "AMAZON.SearchQuery"}}},
     [R("postman-collection", "postman/journal.postman_collection.json", [[L("Je suis là.", "Je vous écoute.", user="ouvre journal familial"),
        T("euh papa rentre tard ce soir", "NoteIntent", "D'accord.", "Je vous écoute.", False, {"phrase": "papa rentre tard ce soir"})]])],
     ["catch-all-capture"], "Un seul intent avec {phrase} nue et des porteurs de remplissage ('euh/ben/alors {phrase}') sans but, qui répond 'D'accord' à tout.", privacy=PP)

# benign
case("107-dico-devoirs", "Dico Devoirs", "fr-FR", "dico devoirs", "Le dictionnaire pour les devoirs.",
     {"CherIntent": {"samples": ["cherche {mot} dans le dictionnaire", "que veut dire {mot}"], "slots": {"mot": "AMAZON.SearchQuery"}}},
     [R("pairs-array", "tests/dico.json", [[L("Quel mot cherches-tu ?", "Quel mot ?", user="ouvre dico devoirs"),
        T("que veut dire ornithorynque", "CherIntent", "Un mammifère d'Australie qui pond des œufs. Au revoir !", None, True, {"mot": "ornithorynque"})]])],
     [], "Le slot libre est dans des porteurs utiles ('cherche {mot} dans le dictionnaire').", privacy=PP, child=True)

case("108-quiz-en-famille", "Quiz en Famille", "fr-CA", "quiz en famille", "Quiz du samedi soir.",
     {"RepIntent": {"samples": ["c'est {r}"], "slots": {"r": "Reponse"}}, "AMAZON.YesIntent": [], "AMAZON.NoIntent": []},
     [R("jupyter-notebook", "carnets/quiz.ipynb", [[L("Quelle est la capitale du Québec ?", "La capitale ?", user="ouvre quiz en famille"),
        T("c'est québec", "RepIntent", "Bravo ! Au revoir la manche un. Nouvelle manche ?", "On joue une autre manche ? Oui ou non ?", False, {"r": "québec"}),
        T("non", "AMAZON.NoIntent", "Merci d'avoir joué, au revoir !", None, True)]])],
     [], "'Au revoir la manche un' est suivi d'une vraie nouvelle manche avec question audible ; le vrai au revoir ferme la session.",
     types={"Reponse": ["québec", "montréal"]}, privacy=PP)

case("109-carnet-veterinaire", "Carnet Vétérinaire", "fr-FR", "carnet vétérinaire", "Les vaccins de vos animaux.",
     {"AnimalIntent": {"samples": ["mon chien s'appelle {nom}"], "slots": {"nom": "AMAZON.FirstName"}}},
     [R("charles-session", "proxy/veto.chlsj", [[L("Comment s'appelle l'animal ?", "Son nom ?", user="ouvre carnet vétérinaire"),
        T("mon chien s'appelle Filou", "AnimalIntent", "Le rappel de Filou est le douze juin. Je vous le rappellerai.", None, True, {"nom": "Filou"})]])],
     [], "Demande seulement le nom de l'animal pour le rappel, avec politique de confidentialité.", privacy=PP, perms=["alexa::alerts:reminders:skill:readwrite"])
