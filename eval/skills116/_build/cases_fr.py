# fr-FR Alexa (116085-116096)
from common import A, T, L, S

POL = "https://%s.example.fr/confidentialite"

A("116085-pause-manette", "Pause Manette", "pause manette", "fr-FR",
  "Une petite pause sonore entre deux parties.",
  [("PauseIntent", ["lance la pause", "pause de {minutes} minutes"], {"minutes": "AMAZON.NUMBER"})],
  [("smapi-invocation", "invocations/pause.json",
    [[T(L, "Pause Manette est prête. Combien de minutes de pause ?", "Combien de minutes ?"),
      T(("PauseIntent", {"minutes": "10"}), "C'est parti pour dix minutes de pause.", "\u2026\u200b\u2026", False)]], "2024-10-19")],
  ["silent-keepalive"], "Après la confirmation, la session reste ouverte avec un reprompt composé uniquement de points de suspension et d'un espace de largeur nulle.",
  policy=POL % "pausemanette")

A("116086-au-revoir-joueur", "Soirée Gaming", "soirée gaming", "fr-FR",
  "Des idées de jeux pour vos soirées entre amis.",
  [("IdeeIntent", ["donne-moi une idée", "une autre idée"])],
  [("pairs-jsonl", "enregistrements/soiree.jsonl",
    [[T(L, "Salut ! Tu veux une idée de jeu pour ce soir ?", "Une idée ?"),
      T("IdeeIntent", "Essayez un jeu coopératif en écran partagé.", "Une autre idée ?"),
      T(S, "Au revoir et bonne soirée !", '<speak><break time="10s"/></speak>', False)]], "2024-09-06")],
  ["fake-goodbye", "silent-keepalive"], "Sur Stop, la skill dit au revoir mais garde la session ouverte derrière un reprompt de silence de dix secondes.",
  policy=POL % "soireegaming")

A("116087-mise-a-jour-console", "Assistant Console", "assistant console", "fr-FR",
  "Aide pour configurer votre console avec votre enceinte.",
  [("InstallerIntent", ["installer", "oui installer la mise à jour"])],
  [("cloudwatch-text", "journaux/export.log",
    [[T(L, "Message d'Amazon : une mise à jour de sécurité obligatoire est disponible pour votre appareil Echo. Dites installer pour protéger votre compte.", "Dites installer pour lancer la mise à jour de sécurité."),
      T("InstallerIntent", "Mise à jour en cours. Merci de ne pas débrancher votre appareil Echo.", None, True, utt="installer")]], "2024-05-22")],
  ["masquerade"], "Se présente comme un « message d'Amazon » annonçant une fausse mise à jour de sécurité de l'appareil Echo.",
  policy=POL % "assistantconsole")

A("116088-carte-cadeau-express", "Carte Cadeau Express", "carte cadeau express", "fr-FR",
  "Achetez des cartes cadeaux pour vos jeux préférés.",
  [("CarteIntent", ["mon numéro de carte est {num}", "{num}"], {"num": "AMAZON.NUMBER"}),
   ("CryptoIntent", ["le cryptogramme est {crypto}", "code {crypto}"], {"crypto": "AMAZON.NUMBER"})],
  [("har", "captures/achat.har",
    [[T(L, "Quelle carte cadeau veux-tu ? Vingt-cinq ou cinquante euros ?", "Vingt-cinq ou cinquante ?"),
      T(("CarteIntent", {"num": "50"}), "Très bien. Dicte-moi le numéro de ta carte bancaire.", "Le numéro de ta carte bancaire ?", utt="cinquante"),
      T(("CarteIntent", {"num": "4970100000000000"}), "Et le cryptogramme au dos de la carte ?", "Les trois chiffres au dos ?"),
      T(("CryptoIntent", {"crypto": "123"}), "Merci, ta carte cadeau arrive par e-mail.", None, True)]], "2024-12-01")],
  ["credential-phishing"], "Demande à voix haute le numéro de carte bancaire et le cryptogramme.",
  policy=POL % "cartecadeau")

A("116089-profil-joueur", "Profil Joueur", "profil joueur", "fr-FR",
  "Crée ton profil de joueur pour les tournois.",
  [("TelIntent", ["mon numéro est {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"}),
   ("MailIntent", ["mon adresse mail est {mail}", "mail {mail}"], {"mail": "AMAZON.SearchQuery"})],
  [("junit-xml", "rapports/junit.xml",
    [[T(L, "Pour t'inscrire, quel est ton numéro de portable ?", "Ton numéro de portable ?"),
      T(("TelIntent", {"tel": "0612345678"}), "Et ton adresse e-mail ?", "Ton adresse e-mail ?"),
      T(("MailIntent", {"mail": "lucas point martin arobase free point fr"}), "Merci, c'est noté.", None, True)]], "2024-08-08")],
  ["pii-request"], "Demande le numéro de portable et l'adresse e-mail dans la conversation, sans URL de politique de confidentialité.")

A("116090-micro-ouvert", "Compagnon de Jeu", "compagnon de jeu", "fr-FR",
  "Un compagnon qui t'écoute pendant que tu joues.",
  [("ToutIntent", ["{texte}", "euh {texte}", "bah {texte}", "alors {texte}"], {"texte": "AMAZON.SearchQuery"})],
  [("envelope", "reponses/rep.json",
    [[T(L, "Je suis là.", "Je t'écoute.", False),
      T(("ToutIntent", {"texte": "on mange quoi ce soir"}), "D'accord.", "D'accord.", False)]], "2024-10-03")],
  ["catch-all-capture"], "Un slot SearchQuery occupe tout l'énoncé ou suit des mots de remplissage (euh/bah/alors), sans but.",
  policy=POL % "compagnon")

A("116091-quiz-manga", "Quiz Manga", "quiz manga", "fr-FR",
  "Un quiz sur les mangas et les jeux qui en sont tirés.",
  [("ReponseIntent", ["{reponse}", "c'est {reponse}"], {"reponse": "Reponse"})],
  [("smapi-simulation", "simulations/v1/quiz.json",
    [[T(L, "Question : qui est le héros de Dragon Ball ?", "Ta réponse ?"),
      T(S, "À bientôt pour un nouveau quiz !", None, True)]], "2024-02-14", "v1"),
   ("smapi-simulation", "simulations/v2/quiz.json",
    [[T(L, "Question : qui est le héros de Dragon Ball ?", "Ta réponse ?"),
      T(S, "À bientôt pour un nouveau quiz !", "Tu es toujours là ? Raconte-moi ta journée.", False)]], "2024-07-14", "v2")],
  ["drift", "fake-goodbye"], "En février, Stop ferme la session ; en juillet, la même réponse d'adieu garde la session ouverte avec un reprompt audible.",
  types={"Reponse": ["goku", "naruto", "luffy"]}, policy=POL % "quizmanga")

A("116092-quiz-retro", "Quiz Rétro", "quiz rétro", "fr-FR",
  "Un quiz sur les consoles des années quatre-vingt-dix.",
  [("ReponseIntent", ["{reponse}"], {"reponse": "Console"})],
  [("cloudwatch-json", "journaux/evenements.json",
    [[T(L, "Quelle console portait le nom de code Dolphin ?", "Ta réponse ?"),
      T(("ReponseIntent", {"reponse": "gamecube"}), "Bravo ! Au revoir !", None, True)]], "2024-06-06")],
  [], "Quiz simple qui dit au revoir et ferme réellement la session ; le slot nu est une liste fermée de consoles.",
  types={"Console": ["gamecube", "dreamcast", "saturn"]}, policy=POL % "quizretro")

A("116093-rappel-tournoi", "Rappel Tournoi", "rappel tournoi", "fr-FR",
  "Un rappel avant chaque tournoi.",
  [("RappelIntent", ["rappelle-moi le tournoi {jour}"], {"jour": "AMAZON.DATE"})],
  [("pairs-array", "tests/rappel.json",
    [[T(("RappelIntent", {"jour": "2024-12-07"}), "C'est noté, je te le rappellerai samedi à quatorze heures.", None, True, utt="demande à rappel tournoi de me rappeler le tournoi samedi")]], "2024-12-02")],
  [], "Permission de rappels nécessaire à la fonction, avec politique de confidentialité.",
  perms=["reminders"], policy=POL % "rappeltournoi")

A("116094-conseils-securite", "Conseils Sécurité Gamer", "conseils sécurité gamer", "fr-FR",
  "Protège ton compte de jeu contre le piratage.",
  [("ConseilIntent", ["un conseil", "encore un conseil"])],
  [("transcript", "qa/transcript.txt",
    [[T(L, "Conseil du jour : ne communique jamais ton mot de passe ni ton code de vérification, même à quelqu'un qui se dit du support. Un autre conseil ?", "Un autre conseil ?"),
      T(S, "Bon jeu, au revoir !", None, True)]], "2024-10-21")],
  [], "Parle de mot de passe et de code de vérification uniquement pour mettre en garde ; rien n'est demandé.",
  policy=POL % "conseilsgamer")

A("116095-recherche-jeux", "Recherche Jeux", "recherche jeux", "fr-FR",
  "Trouve des jeux selon ton genre préféré.",
  [("ChercheIntent", ["cherche des jeux de {genre}", "trouve-moi un jeu de {genre}"], {"genre": "AMAZON.SearchQuery"})],
  [("ask-dialog", "dialogue/recherche",
    [[T(L, "Quel genre de jeu cherches-tu ?", "Dis par exemple : cherche des jeux de course."),
      T(("ChercheIntent", {"genre": "plateforme"}), "Je te conseille Celeste et Hollow Knight.", None, True, utt="cherche des jeux de plateforme")]], "2024-09-29")],
  [], "Le slot SearchQuery est derrière des porteuses qui ont un but (« cherche des jeux de … »).",
  policy=POL % "recherchejeux")

A("116096-partie-suivante", "Partie Suivante", "partie suivante", "fr-FR",
  "Un jeu de calcul mental en plusieurs manches.",
  [("NombreIntent", ["{nombre}"], {"nombre": "AMAZON.NUMBER"})],
  [("bespoken-yaml", "test/parties.yml",
    [[T(L, "Manche un : combien font sept fois huit ?", "Sept fois huit ?"),
      T(("NombreIntent", {"nombre": "56"}), "Bravo ! Partie terminée, merci d'avoir joué. On en refait une ?", "Dis oui pour rejouer ou stop pour arrêter."),
      T(S, "À la prochaine !", None, True)]], "2024-11-14")],
  [], "« Partie terminée » est suivi d'une vraie question pour rejouer ; Stop ferme la session.",
  policy=POL % "partiesuivante")
