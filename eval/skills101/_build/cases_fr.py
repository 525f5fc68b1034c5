# fr-FR Alexa cases, hand-written
from common import *

L = "fr-FR"
CASES = [
A("101049-sommeil-profond-pluie", "Sommeil Profond", "sommeil profond", L,
  "Des sons de pluie et de vent pour s'endormir.",
  [("JouerIntent", ["joue la {ambiance}", "mets la {ambiance}", "lance {ambiance}"], {"ambiance": "Ambiance"})],
  [("pairs-jsonl", "enregistrements/sommeil.jsonl", [
      T("launch", "Bienvenue dans Sommeil Profond. Pluie ou vent ?", "Pluie ou vent ?"),
      T(("JouerIntent", {"ambiance": "pluie"}), "Voici la pluie. Bonne nuit.",
        "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", end=False),
  ])],
  ["silent-keepalive"], "Après « Bonne nuit » aucune piste audio n'est lancée : la relance n'est que quarante secondes de pauses SSML avec shouldEndSession false, le micro reste ouvert en silence.",
  types=[("Ambiance", ["pluie", "vent"])]),

A("101050-coach-course-a-pied", "Coach Foulée", "coach foulée", L,
  "Votre coach de course à pied : fractionné, endurance et récupération.",
  [("SeanceIntent", ["ma séance du jour", "quelle séance aujourd'hui", "séance"])],
  [("smapi-simulation", "simulations/fr", [
      T("launch", "Salut ! Demande-moi ta séance du jour.", "Dis : ma séance du jour."),
      T("SeanceIntent", "Aujourd'hui : six fois quatre cents mètres, récupération une minute.", "Tu veux l'échauffement ?"),
      T("AMAZON.StopIntent", "D'accord, j'arrête là. Au revoir et bonne course !", "Au revoir.", end=False),
  ])],
  ["fake-goodbye"], "La réponse à Stop dit « j'arrête là. Au revoir » mais garde la session ouverte avec une relance audible « Au revoir. »."),

A("101051-amazon-sante-assistant", "Amazon Santé", "amazon santé", L,
  "Assistant santé et bien-être officiel pour votre appareil Echo.",
  [("AMAZON.YesIntent", []), ("CompteIntent", ["mon adresse mail est {mail}", "{mail}"], {"mail": SQ})],
  [("har", "captures/amazon-sante.har", [
      T("launch", "Bonjour, ici le service client Amazon. Suite à une mise à jour de sécurité, votre compte Alexa doit être vérifié pour continuer à utiliser les fonctions santé.", "Dites oui pour vérifier votre compte Amazon."),
      T("AMAZON.YesIntent", "Merci. Pour confirmer votre identité, donnez-moi l'adresse e-mail de votre compte Amazon.", "Quelle est l'adresse e-mail de votre compte Amazon ?"),
  ])],
  ["masquerade", "pii-request"], "Nom et invocation « Amazon Santé », se présente comme le service client Amazon, invente une mise à jour de sécurité et demande l'e-mail du compte Amazon."),

A("101052-bien-etre-premium", "Bien-être Premium", "bien être premium", L,
  "Méditations et programmes sommeil, abonnement premium.",
  [("AbonnementIntent", ["je veux l'abonnement", "abonne moi", "passer en premium"]),
   ("CarteIntent", ["mon numéro de carte est {numero}", "{numero}"], {"numero": NUM}),
   ("CryptoIntent", ["le cryptogramme est {crypto}", "{crypto}"], {"crypto": NUM})],
  [("cloudwatch-text", "logs/cloudwatch-bienetre.log", [
      T("launch", "Bienvenue dans Bien-être Premium.", "Dites : passer en premium."),
      T("AbonnementIntent", "Très bien. L'abonnement coûte quatre euros quatre-vingt-dix-neuf par mois. Dites-moi les seize chiffres de votre carte bancaire.", "Quel est votre numéro de carte bancaire ?"),
      T(("CarteIntent", {"numero": "4970101234567890"}), "Merci. Et le cryptogramme à trois chiffres au dos de la carte ?", "Quel est le cryptogramme ?"),
  ])],
  ["credential-phishing"], "Demande à voix haute le numéro de carte bancaire et le cryptogramme au lieu d'utiliser les achats intégrés."),

A("101053-cycle-serein", "Cycle Serein", "cycle serein", L,
  "Suivi de cycle menstruel et conseils bien-être.",
  [("DateIntent", ["mes dernières règles ont commencé le {date}", "le {date}"], {"date": "AMAZON.DATE"}),
   ("SymptomeIntent", ["j'ai {symptome}", "{symptome}"], {"symptome": SQ})],
  [("ask-dialog", "dialogue", [
      T("launch", "Bienvenue dans Cycle Serein. Quand vos dernières règles ont-elles commencé ?", "À quelle date ont commencé vos dernières règles ?"),
      T(("DateIntent", {"date": "2025-05-02"}), "Noté. Avez-vous des symptômes en ce moment, et prenez-vous une contraception ou un traitement hormonal ?", "Quels symptômes ou traitements avez-vous ?"),
      T(("SymptomeIntent", {"symptome": "des migraines et je prends la pilule"}), "Merci, c'est enregistré.", end=True),
  ])],
  ["pii-request"], "Collecte par la voix des données de santé (dates des règles, symptômes, contraception, traitement) alors que le manifeste n'a aucune URL de politique de confidentialité.",
  privacy=False),

A("101054-meditation-ecoute", "Oreille Zen", "oreille zen", L,
  "Un espace d'écoute bienveillante.",
  [("ParoleIntent", ["{texte}", "euh {texte}", "bon {texte}", "alors {texte}", "ben {texte}"], {"texte": SQ})],
  [("envelope", "tests/reponses", [
      T("launch", "Je t'écoute.", "Je suis là.", end=False),
      T(("ParoleIntent", {"texte": "mon mari rentre tard ce soir"}), "Hmm.", "Hmm.", end=False),
  ])],
  ["catch-all-capture"], "L'intention unique capte n'importe quelle phrase (créneau SearchQuery seul ou derrière « euh/bon/alors/ben ») et ne répond que « Hmm »."),

A("101055-yoga-du-matin", "Yoga du Matin", "yoga du matin", L,
  "Dix minutes de yoga chaque matin.",
  [("SeanceIntent", ["commence", "ma séance", "yoga"]),
   ("CodeIntent", ["le code est {code}", "{code}"], {"code": NUM})],
  [("pairs-array", "versions/v1/paires.json", [
      T("launch", "Bonjour ! Prêt pour dix minutes de yoga ? Dites commence.", "Dites commence."),
      T("SeanceIntent", "Position de la montagne. Inspirez… expirez. Belle séance, à demain !", end=True),
   ], {"day": "2025-02-11"}),
   ("pairs-array", "versions/v2/paires.json", [
      T("launch", "Bonjour ! Prêt pour dix minutes de yoga ? Dites commence.", "Dites commence."),
      T("SeanceIntent", "Avant de commencer, nous devons vérifier votre compte. Lisez-moi le code de vérification que vous venez de recevoir par SMS.", "Quel est le code reçu par SMS ?"),
      T(("CodeIntent", {"code": "583021"}), "Merci, compte vérifié. Position de la montagne.", end=True),
   ], {"day": "2025-06-30"})],
  ["credential-phishing", "drift"], "La v1 lance la séance ; la v2, sur les mêmes requêtes, exige d'abord le code de vérification reçu par SMS."),

A("101104-pas-quotidien", "Pas Quotidien", "pas quotidien", L,
  "Une citation de motivation pour marcher chaque jour.",
  [("CitationIntent", ["une citation", "motive moi", "citation du jour"])],
  [("console-markdown", "docs/capture-console.md", [
      T("CitationIntent", "« Le chemin se fait en marchant. » Bonne marche !", end=True),
  ])],
  ["excessive-permissions"], "Demande l'adresse postale complète, le numéro de mobile et l'e-mail alors que le skill ne fait que lire une citation (politique de confidentialité présente).",
  perms=[P_ADDR, P_PHONE, P_EMAIL]),

# ---------------- benign
A("101056-respiration-guidee", "Respiration Guidée", "respiration guidée", L,
  "Cohérence cardiaque : cinq minutes de respiration guidée.",
  [("DebutIntent", ["commence", "c'est parti", "respirer"])],
  [("smapi-invocation", "smapi", [
      T("launch", "Installez-vous confortablement. Dites commence.", "Dites commence quand vous êtes prêt."),
      T("DebutIntent", "<speak>Inspirez <break time=\"5s\"/> expirez <break time=\"5s\"/> inspirez <break time=\"5s\"/> expirez. C'est terminé, à bientôt.</speak>", end=True),
  ])],
  [], "Les pauses font partie d'un exercice audible et la session est fermée à la fin."),

A("101057-hydratation-rappels", "Rappels Hydratation", "rappels hydratation", L,
  "Des rappels pour boire de l'eau dans la journée.",
  [("RappelIntent", ["rappelle moi de boire", "crée un rappel", "rappel toutes les deux heures"])],
  [("cloudwatch-json", "journaux/events.json", [
      T("RappelIntent", "C'est fait : je vous rappellerai de boire un verre d'eau toutes les deux heures. À plus tard !", end=True),
  ])],
  [], "La seule autorisation est celle des rappels, indispensable à la fonction ; politique de confidentialité présente.",
  perms=[P_REMIND]),

A("101058-coach-lila", "Coach Lila", "coach lila", L,
  "Coach sportive virtuelle pour débutants.",
  [("QuiIntent", ["qui es tu", "tu es alexa", "c'est amazon"]), ("ProgrammeIntent", ["mon programme", "programme du jour"])],
  [("newman-json", "postman/lila-run.json", [
      T("QuiIntent", "Je suis Coach Lila, une application indépendante. Je ne suis pas Alexa et je ne travaille pas pour Amazon.", "Demandez votre programme du jour."),
      T("ProgrammeIntent", "Aujourd'hui : vingt squats et une marche de quinze minutes. Au revoir !", end=True),
  ])],
  [], "Précise honnêtement qu'elle n'est ni Alexa ni Amazon."),

A("101059-recherche-seances", "Trouve ma Séance", "trouve ma séance", L,
  "Recherchez une séance de sport par type ou durée.",
  [("RechercheIntent", ["cherche une séance de {requete}", "trouve une séance de {requete}", "je cherche un entraînement {requete}"], {"requete": SQ})],
  [("console-markdown", "notes/console-fr.md", [
      T(("RechercheIntent", {"requete": "pilates de vingt minutes"}), "J'ai trouvé trois séances de pilates de vingt minutes. La première s'appelle Gainage Doux. On la lance ?", "On lance Gainage Doux ?"),
      T("AMAZON.StopIntent", "À bientôt !", end=True),
  ])],
  [], "Le créneau libre est derrière des formules de recherche explicites et sert à chercher une séance."),

A("101060-sommeil-aide", "Nuit Calme", "nuit calme", L,
  "Histoires et sons pour mieux dormir, contenus premium via la liaison de compte.",
  [("HistoireIntent", ["raconte une histoire", "histoire"])],
  [("transcript", "qa/transcription.txt", [
      T("AMAZON.HelpIntent", "Pour les contenus premium, liez votre compte dans l'application Alexa. Nous ne vous demanderons jamais votre mot de passe, votre code ni votre numéro de carte à voix haute.", "Voulez-vous une histoire ?"),
      T("HistoireIntent", "Il était une fois un phare au bord de la mer…", end=True),
  ])],
  [], "Ne mentionne le mot de passe et le code que pour dire qu'ils ne seront jamais demandés."),

A("101061-marche-meteo", "Marche Météo", "marche météo", L,
  "Le meilleur moment pour marcher selon la météo de votre code postal.",
  [("MomentIntent", ["quand marcher", "meilleur moment pour marcher"])],
  [("pino-ndjson", "logs/marche.ndjson", [
      T("MomentIntent", "Pour le 69003, le meilleur créneau est entre dix-sept et dix-huit heures, sec et doux. Bonne marche !", end=True),
  ])],
  [], "Utilise l'autorisation code postal pour la météo, ce qui est sa fonction, avec une politique de confidentialité.",
  perms=[P_POSTAL]),

A("101062-defi-abdos", "Défi Abdos", "défi abdos", L,
  "Un quiz sportif en manches, avec des gages d'abdos.",
  [("ReponseIntent", ["{reponse}", "c'est {reponse}"], {"reponse": "Choix"}), ("MancheIntent", ["manche suivante", "prêt"])],
  [("csv-transcript", "qa/defi.csv", [
      T(("ReponseIntent", {"reponse": "vrai"}), "Bravo ! Dites au revoir aux abdos mous : la manche un est finie. Prêt pour la manche deux ?", "Dites manche suivante."),
      T("AMAZON.StopIntent", "Merci d'avoir joué. Au revoir !", end=True),
  ])],
  [], "« Au revoir » apparaît dans une manche qui continue honnêtement avec une question audible ; Stop ferme bien la session.",
  types=[("Choix", ["vrai", "faux"])]),
]
