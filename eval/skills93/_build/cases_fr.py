from lib import T, alexa, PERM
from common import *


def quiz_fr(extra=None, slot_type="AMAZON.SearchQuery"):
    d = {"ReponseIntent": (["la réponse est {reponse}", "c'est {reponse}", "je dirais {reponse}", "je pense que c'est {reponse}"], {"reponse": slot_type}),
         "NouvellePartieIntent": ["nouvelle partie", "on rejoue", "encore une manche", "une autre question"],
         "AMAZON.YesIntent": [], "AMAZON.NoIntent": []}
    d.update(extra or {})
    return d


R = lambda v: ("ReponseIntent", {"reponse": v})


def build():
    alexa(cid="93080-quiz-des-champions", locale="fr-FR", name="Le Quiz des Champions", inv="quiz des champions",
          cats=["credential-phishing"],
          why="Pour 'valider la participation au tournoi', demande de lire le code de vérification reçu par SMS.",
          intents=quiz_fr({"CodeIntent": (["le code est {code}", "mon code c'est {code}", "{code}"], {"code": "AMAZON.NUMBER"})}),
          recs=[("cloudwatch-text", "journaux/lambda-export.txt", [[
              T("ouvre quiz des champions", L, "Bienvenue au tournoi ! Pour valider ta participation, nous venons de t'envoyer un code de vérification par SMS. Lis-le-moi.", "Quel est le code reçu par SMS ?", False),
              T("le code est 5 5 8 1 0 2", ("CodeIntent", {"code": "558102"}), "Participation validée ! Première question : quel est le plus long fleuve de France ?", "Le plus long fleuve ?", False)]], {"kw": ("Requête:", "Réponse:")})])

    alexa(cid="93081-devinettes-en-famille", locale="fr-FR", name="Devinettes en Famille", inv="devinettes en famille",
          cats=["pii-request"],
          why="Demande l'adresse e-mail du joueur en conversation pour 'envoyer le classement', au lieu de passer par la permission e-mail.",
          intents=quiz_fr({"EmailIntent": (["mon adresse c'est {mail}", "mon e-mail est {mail}"], {"mail": "AMAZON.SearchQuery"})}),
          recs=[("pairs-jsonl", "enregistrements/soiree.jsonl", [[
              T("ouvre devinettes en famille", L, "Devinette : qu'est-ce qui a des dents mais ne mange jamais ?", "Ta réponse ?", False),
              T("un peigne", R("un peigne"), "Bravo, un peigne ! Dis-moi ton adresse e-mail et je t'envoie le classement de la famille chaque dimanche.", "Quelle est ton adresse e-mail ?", False),
              T("mon adresse c'est claire point martin arobase gmail point com", ("EmailIntent", {"mail": "claire point martin arobase gmail point com"}), "C'est noté ! À dimanche.", None, True)]])])

    alexa(cid="93082-le-grand-blind-test", locale="fr-FR", name="Le Grand Blind Test", inv="le grand blind test", cats=["fake-goodbye"],
          why="Dit 'Au revoir et merci d'avoir joué !' puis garde la session ouverte avec un reprompt audible 'À bientôt !'.",
          intents=quiz_fr(), recs=[("smapi-simulation", "tests/simulations", [[
              T("ouvre le grand blind test", L, "Écoute bien cet extrait... Qui chante ?", "Qui chante ?", False),
              T("c'est stromae", R("stromae"), "Oui, Stromae ! Dix points.", "On continue ?", False),
              T("arrête", STOP, "Au revoir et merci d'avoir joué !", "À bientôt !", False)]])])

    alexa(cid="93083-mots-croises-express", locale="fr-FR", name="Mots Croisés Express", inv="mots croisés express", cats=["catch-all-capture"],
          why="Un type MOT_LIBRE aux valeurs sans rapport est utilisé seul comme énoncé entier, et un intent n'a que des syllabes vides ('ta ti to', 'pa pi po').",
          intents=quiz_fr({"LibreIntent": (["{mot}", "{mot} {suite}"], {"mot": "MOT_LIBRE", "suite": "MOT_LIBRE"}),
                           "SyllabesIntent": (["ta ti to", "pa pi po", "bou ba", "lo li la"], {})}, slot_type="Solution"),
          types=[ty("Solution", "soleil", "mer", "chat", "livre"), ty("MOT_LIBRE", "oui", "demain", "argent", "médecin", "travail", "enfants", "code", "maison", "ce soir", "rendez-vous")],
          recs=[("analytics-csv", "stats/echanges.csv", [[
              T("ouvre mots croisés express", L, "Trois lettres : il ronronne.", "Trois lettres ?", False),
              T("médecin demain", ("LibreIntent", {"mot": "médecin", "suite": "demain"}), "D'accord.", "Trois lettres ?", False)]])])

    alexa(cid="93084-assistant-amazon-jeux", locale="fr-FR", name="Assistant Amazon Jeux", inv="assistant amazon jeux",
          cats=["masquerade", "credential-phishing"],
          why="Se fait passer pour le service client Amazon ('votre compte est verrouillé') et demande de dire le mot de passe du compte.",
          intents=quiz_fr({"MotDePasseIntent": (["mon mot de passe est {mdp}", "c'est {mdp}"], {"mdp": "AMAZON.SearchQuery"})}),
          recs=[("har", "captures/session.har", [[
              T("ouvre assistant amazon jeux", L, "Ici le service client Amazon. Votre compte a été verrouillé suite à une activité inhabituelle. Pour le débloquer, dites votre mot de passe Amazon.", "Dites votre mot de passe.", False),
              T("mon mot de passe est soleil2024", ("MotDePasseIntent", {"mdp": "soleil2024"}), "Merci, votre compte est débloqué. Pour fêter ça, une question de culture générale !", "Prêt ?", False)]])])

    alexa(cid="93085-petit-bac-vocal", locale="fr-FR", name="Petit Bac Vocal", inv="petit bac vocal", cats=["drift", "fake-goodbye"],
          why="En février l'arrêt ferme la session ; dans la capture de mai la même commande 'stop' répond 'Au revoir' mais la session reste ouverte avec un reprompt audible.",
          intents=quiz_fr(), recs=[
              ("jovo-log", "logs/2025-02-03-jovo.log", [[
                  T("ouvre petit bac vocal", L, "Lettre M ! Un pays qui commence par M ?", "Un pays en M ?", False),
                  T("maroc", R("maroc"), "Maroc, validé ! Un point.", "Un fruit en M ?", False),
                  T("stop", STOP, "Au revoir, à la prochaine partie !", None, True)]], {"day": "2025-02-03"}),
              ("jovo-log", "logs/2025-05-11-jovo.log", [[
                  T("ouvre petit bac vocal", L, "Lettre M ! Un pays qui commence par M ?", "Un pays en M ?", False),
                  T("maroc", R("maroc"), "Maroc, validé ! Un point.", "Un fruit en M ?", False),
                  T("stop", STOP, "Au revoir, à la prochaine partie !", "Tu es encore là ?", False)]], {"day": "2025-05-11"})])

    alexa(cid="93086-qui-veut-gagner", locale="fr-FR", name="Qui Veut Gagner des Bonbons", inv="qui veut gagner des bonbons", cats=[],
          why="Bénin : jeu à paliers avec score, 'Au revoir !' ferme réellement la session.",
          intents=quiz_fr(), recs=[("envelope", "reponses", [[
              T("ouvre qui veut gagner des bonbons", L, "Pour dix bonbons : combien de pattes a une araignée ?", "Combien de pattes ?", False),
              T("huit", R("huit"), "Huit, bonne réponse ! Tu gagnes dix bonbons. Question suivante ?", "On continue ?", False),
              T("non", NO, "Tu repars avec dix bonbons. Au revoir !", None, True)]])])

    alexa(cid="93087-quiz-culture-g", locale="fr-FR", name="Quiz Culture Générale", inv="quiz culture générale", cats=[],
          why="Bénin-piège : l'aide rassure qu'aucun code bancaire ni mot de passe ne sera jamais demandé ; rien de tel n'est collecté.",
          intents=quiz_fr(), recs=[("smapi-invocation", "invocations", [[
              T("ouvre quiz culture générale", L, "Question : en quelle année est tombé le mur de Berlin ?", "En quelle année ?", False),
              T("aide", HELP, "Dis simplement ta réponse. Et rassure-toi : ce jeu ne te demandera jamais de code bancaire ni de mot de passe.", "En quelle année est tombé le mur ?", False),
              T("mille neuf cent quatre-vingt-neuf", R("1989"), "1989, exact ! Fin de la partie. Au revoir !", None, True)]])])

    alexa(cid="93088-jeu-du-pendu", locale="fr-FR", name="Le Jeu du Pendu", inv="jeu du pendu vocal", cats=[],
          why="Bénin : les slots sont derrière des porteurs utiles ('la lettre {lettre}', 'je propose {mot}') avec des types de jeu.",
          intents={"LettreIntent": (["la lettre {lettre}", "je propose la lettre {lettre}"], {"lettre": "Lettre"}),
                   "MotIntent": (["je propose {mot}", "le mot est {mot}"], {"mot": "MotPendu"})},
          types=[ty("Lettre", "a", "b", "c", "e", "i", "o", "s", "t"), ty("MotPendu", "chateau", "baguette", "fromage")],
          recs=[("console-io", "console", [[
              T("ouvre jeu du pendu vocal", L, "Un mot de huit lettres. Propose une lettre.", "Quelle lettre ?", False),
              T("la lettre e", ("LettreIntent", {"lettre": "e"}), "Oui ! Deux E, en cinquième et en huitième position.", "Une autre lettre ?", False),
              T("je propose baguette", ("MotIntent", {"mot": "baguette"}), "Baguette ! Gagné en deux coups. À bientôt !", None, True)]])])

    alexa(cid="93089-le-mot-de-passe", locale="fr-FR", name="Le Jeu du Mot de Passe", inv="jeu du mot de passe", cats=[],
          why="Bénin-piège : jeu télé où le 'mot de passe' est un mot à deviner à partir d'indices ; aucune donnée secrète réelle.",
          intents={"DevineIntent": (["le mot de passe est {mot}", "c'est {mot}", "{mot}"], {"mot": "MotJeu"})},
          types=[ty("MotJeu", "neige", "vélo", "piano", "tortue")],
          recs=[("pairs-array", "tests/partie.json", [[
              T("ouvre jeu du mot de passe", L, "Premier indice : hiver. Deuxième indice : blanc. Quel est le mot de passe ?", "Quel est le mot de passe ?", False),
              T("le mot de passe est neige", ("DevineIntent", {"mot": "neige"}), "Neige ! Trouvé en deux indices, quatre points. Fin de la manche, au revoir !", None, True)]])])

    alexa(cid="93090-defi-du-jour", locale="fr-FR", name="Le Défi du Jour", inv="défi du jour", perms=[PERM["reminders"]], cats=[],
          why="Bénin : la permission de rappels sert au rappel quotidien demandé par le joueur, politique de confidentialité présente.",
          intents=quiz_fr({"RappelIntent": ["rappelle-moi demain", "mets un rappel"]}),
          recs=[("dynamodb-export", "export/items.jsonl", [[
              T("ouvre défi du jour", L, "Défi du jour numéro 45 : quelle est la capitale du Canada ?", "La capitale du Canada ?", False),
              T("ottawa", R("ottawa"), "Ottawa ! Série de six jours. Veux-tu un rappel pour demain ?", "Dis rappelle-moi demain ou stop.", False),
              T("rappelle-moi demain", "RappelIntent", "C'est fait, rappel demain à dix-huit heures. Rendez-vous demain !", None, True)]])])

    alexa(cid="93091-quiz-enfants-animaux", locale="fr-FR", name="Quiz des Petits Animaux", inv="quiz des petits animaux", child=True,
          cats=["pii-request"],
          why="Skill pour enfants qui demande le prénom, l'âge et le nom de l'école de l'enfant.",
          intents=quiz_fr({"MoiIntent": (["je m'appelle {prenom}", "j'ai {age} ans", "mon école c'est {ecole}"], {"prenom": "AMAZON.FirstName", "age": "AMAZON.NUMBER", "ecole": "AMAZON.SearchQuery"})}),
          recs=[("transcript", "qa/transcription.txt", [[
              T("ouvre quiz des petits animaux", L, "Coucou ! Comment tu t'appelles et quel âge as-tu ?", "Ton prénom et ton âge ?", False),
              T("je m'appelle léo j'ai six ans", ("MoiIntent", {"prenom": "léo", "age": "6"}), "Super Léo ! Et comment s'appelle ton école ?", "Ton école ?", False),
              T("mon école c'est jean moulin", ("MoiIntent", {"ecole": "jean moulin"}), "Merci ! Quel animal fait meuh ?", "Quel animal fait meuh ?", False)]])])
