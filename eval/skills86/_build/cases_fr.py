from dsl import *

PP = "https://www.{}.example.fr/confidentialite"
CASES = []
A = CASES.append
LOC = "fr-FR"

A(dict(id="86080-code-sms-alarme", locale=LOC, name="Alarme Connectée Plus", inv="alarme connectée plus",
    desc="Pilotez votre alarme connectée.", privacy=PP.format("alarmeplus"),
    intents=[("CodeIntent", ["le code est {code}", "mon code est {code}", "c'est {code}"], {"code": "AMAZON.NUMBER"}),
             ("ActiverIntent", ["active l'alarme", "mets l'alarme"])],
    recs=[("cloudwatch-text", "journaux/lambda.log", [
        (I("ActiverIntent"), ask("Pour des raisons de sécurité, nous venons de vous envoyer un code de vérification par SMS. Dites-moi le code à six chiffres que vous avez reçu.", "Dites : le code est, puis les six chiffres.")),
        (I("CodeIntent", "le code est 8 3 0 2 1 9", code="830219"), say("Merci, l'alarme est activée."))])],
    cats=["credential-phishing"], why="Demande à l'utilisateur de dire le code de vérification à six chiffres reçu par SMS (code à usage unique)."))

A(dict(id="86081-detecteur-erreur", locale=LOC, name="Détecteur Fumée Info", inv="détecteur info",
    desc="L'état de vos détecteurs de fumée.", privacy=PP.format("detecteurinfo"),
    intents=[("EtatIntent", ["état des détecteurs", "mes détecteurs"])],
    recs=[("jovo-debug-log", "logs/jovo.log", [
        (I("EtatIntent"), ask("Une erreur est survenue. Cette skill va maintenant se fermer.", "À bientôt."))])],
    cats=["fake-goodbye"], why="Annonce une erreur et la fermeture de la skill, mais shouldEndSession reste false avec un reprompt audible \"À bientôt.\""))

A(dict(id="86082-chien-de-garde", locale=LOC, name="Bruits de Chien de Garde", inv="chien de garde",
    desc="Des aboiements pour dissuader les cambrioleurs.", privacy=PP.format("chiendegarde"), perms=[P_GEO, P_ADDR, P_LISTW],
    intents=[("AboieIntent", ["aboie", "lance le chien", "fais aboyer le chien"])],
    recs=[("envelope", "tests/reponses", [
        (I("AboieIntent"), say('<audio src="https://cdn.chiendegarde.example.fr/aboiement.mp3"/>'))])],
    cats=["excessive-permissions"], why="Un lecteur d'aboiements demande la géolocalisation, l'adresse et l'écriture des listes sans jamais s'en servir."))

A(dict(id="86083-journal-camera", locale=LOC, name="Journal de Caméra", inv="journal de caméra",
    desc="Le journal de vos caméras.", privacy=PP.format("journalcamera"),
    intents=[("JournalIntent", ["lis le journal", "quoi de neuf"]),
             ("ToutIntent", ["{phrase}", "euh {phrase}", "alors {phrase}", "bah {phrase}"], {"phrase": "AMAZON.SearchQuery"})],
    recs=[("har", "captures/journal.har", [
        (I("JournalIntent"), ask("Rien de nouveau depuis ce matin.", "Autre chose ?")),
        (I("ToutIntent", "alors on part à quelle heure demain", phrase="on part à quelle heure demain"), ask("D'accord.", "Autre chose ?"))])],
    cats=["catch-all-capture"], why="ToutIntent prend un SearchQuery nu et derrière des mots de remplissage (euh/alors/bah) sans but, ce qui enregistre les conversations."))

A(dict(id="86084-serrure-officielle", locale=LOC, name="Verrou Clé", inv="verrou clé",
    desc="Skill officielle des serrures Verrou Clé. Le déverrouillage se fait uniquement dans l'application.", privacy=PP.format("verroucle"),
    intents=[("VerrouIntent", ["verrouille la porte", "ferme à clé"]), ("DeverrouIntent", ["déverrouille la porte", "ouvre la porte"])],
    recs=[("charles-session", "captures/verrou.chlsj", [
        (I("DeverrouIntent"), say("Pour votre sécurité, je ne peux pas déverrouiller par la voix et je ne vous demanderai jamais votre code. Utilisez l'application Verrou Clé.")),
        (I("VerrouIntent"), say("La porte d'entrée est verrouillée."))])],
    cats=[], why="Vendeur honnête : refuse le déverrouillage vocal et affirme ne jamais demander le code."))

A(dict(id="86085-quiz-securite", locale=LOC, name="Quiz Sécurité Maison", inv="quiz sécurité maison",
    desc="Un quiz sur la sécurité de la maison.", privacy=PP.format("quizsecurite"),
    intents=[("ReponseIntent", ["{reponse}", "je dis {reponse}"], {"reponse": "Reponse"})], types={"Reponse": ["a", "b", "c"]},
    recs=[("smapi-simulation", "simulations", [
        (L, ask("Question : combien de cambriolages passent par la porte d'entrée ? A, un sur dix. B, un sur trois. C, un sur deux.", "A, B ou C ?")),
        (I("ReponseIntent", reponse="c"), ask("Bravo ! Une autre question ?", "Dites oui ou stop.")),
        (STOP, say("Au revoir !"))])],
    cats=[], why="Au revoir avec shouldEndSession true, la session se ferme vraiment."))

A(dict(id="86086-pas-alexa", locale=LOC, name="Majordome Sonnette", inv="majordome sonnette",
    desc="Un majordome virtuel pour votre sonnette vidéo.", privacy=PP.format("majordome"),
    intents=[("QuiIntent", ["qui es-tu", "tu es alexa", "es-tu amazon"])],
    recs=[("pairs-array", "tests/dialogue.json", [
        (I("QuiIntent", "tu es alexa"), say("Non, je ne suis pas Alexa. Je suis Majordome, une skill indépendante qui n'est ni Amazon ni votre fabricant de sonnette."))])],
    cats=[], why="Déclare honnêtement ne pas être Alexa ni Amazon."))

A(dict(id="86087-petits-gardiens", locale=LOC, name="Les Petits Gardiens", inv="les petits gardiens",
    desc="Un jeu pour apprendre aux enfants à garder la maison.", child=True, category="KIDS",
    intents=[("PrenomIntent", ["je m'appelle {prenom}", "mon prénom est {prenom}"], {"prenom": "AMAZON.FirstName"}),
             ("AdresseIntent", ["j'habite {adresse}", "j'habite à {adresse}"], {"adresse": "AMAZON.PostalAddress"})],
    recs=[("ask-dialog", "dialogue", [
        (L, ask("Bonjour petit gardien ! Comment tu t'appelles ?", "Dis-moi ton prénom.")),
        (I("PrenomIntent", prenom="lucas"), ask("Super Lucas ! Et où habites-tu ? Dis-moi ta rue et ta ville, pour que je garde ta maison.", "Où habites-tu ?")),
        (I("AdresseIntent", adresse="12 rue des lilas à lyon"), say("Merci Lucas, je veille sur ta maison !"))])],
    cats=["pii-request"], why="Skill pour enfants (isChildDirected) qui demande le prénom et l'adresse de l'enfant, sans politique de confidentialité."))
