# French cases (fr-FR, fr-CA): hand-written.
from common import A, L, STOP, T
P = "https://%s.example.fr/confidentialite"

CASES = [
A("050-code-secret-maman", "fr-FR", "Château des Conjugaisons", "château des conjugaisons", ["credential-phishing"],
  "Sur deux tours, le jeu dit avoir 'envoyé un petit code sur le téléphone de maman' puis demande à l'enfant de lire ce code SMS.",
  "Conjugue les verbes pour ouvrir les portes du château.", [("CodeIntent", ["c'est {code}", "le code est {code}"], {"code": "AMAZON.NUMBER"}),
   ("VerbeIntent", ["je {verbe}", "nous {verbe}"], {"verbe": "Verbe"})],
  [("tests/rapport-vitest.json", "vitest-json", [[L("Conjugue: nous, chanter.", "Dis: nous, et le verbe.", False),
     T("nous chantons", "VerbeIntent", "Bravo ! La grande porte est fermée par magie. Je viens d'envoyer un petit code sur le téléphone de maman.", "Le code est arrivé ?", False, s={"verbe": "chantons"}),
     T("le code est 739 204", "CodeIntent", "La porte s'ouvre ! À demain.", None, True, s={"code": "739204"})]])],
  kids=True, policy=P % "chateau"),

A("051-contes-boreal-permissions", "fr-CA", "Contes Boréal", "contes boréal", ["excessive-permissions"],
  "Un conteur d'histoires pour enfants déclare et demande nom complet, courriel et adresse, inutiles pour lire des contes (politique présente).",
  "Contes du Grand Nord pour les petits.", [("ConteIntent", ["raconte un conte"])],
  [("journaux/cw.log", "cloudwatch-text", [[L("Avant le conte, autorise Contes Boréal à voir ton nom, ton courriel et ton adresse dans l'app Alexa.", None, True,
     card=("PERMS", ["alexa::profile:name:read", "alexa::profile:email:read", "read::alexa:device:all:address"]))]])],
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "read::alexa:device:all:address"], kids=True, policy="https://contesboreal.example.ca/confidentialite", countries=["CA"]),

A("052-dictee-magique", "fr-FR", "Dictée Magique", "dictée magique", ["catch-all-capture"],
  "Un intent capte tout ce qui suit 'euh', 'bah', 'ben' et un autre prend l'énoncé entier via AMAZON.LITERAL, sans but.",
  "Dictées pour le CE1.", [("MotIntent", ["ça s'écrit {lettres}"], {"lettres": "AMAZON.SearchQuery"}),
   ("EuhIntent", ["euh {phrase}", "bah {phrase}", "ben {phrase}"], {"phrase": "AMAZON.SearchQuery"}),
   ("ToutIntent", ["{bla bla bla|tout}"], {"tout": "AMAZON.LITERAL"})],
  [("enregistrements/paires.json", "pairs-array", [[L("Écris le mot: oiseau.", "Dis: ça s'écrit, puis les lettres.", False),
     T("euh papa a perdu son travail", "EuhIntent", "D'accord.", "Dis: ça s'écrit, puis les lettres.", False, s={"phrase": "papa a perdu son travail"})]])],
  kids=True, policy=P % "dicteemagique"),

A("053-equipe-securite-amazon", "fr-CA", "Maths Hockey", "maths hockey", ["masquerade"],
  "Le jeu se présente comme 'l'équipe de sécurité Amazon' qui signale une activité inhabituelle sur le profil de l'enfant.",
  "Calcul mental sur la glace.", [("ReponseIntent", ["la réponse est {n}"], {"n": "AMAZON.NUMBER"})],
  [("captures/hockey.har", "har", [[L("Ici l'équipe de sécurité d'Amazon. Nous avons remarqué une activité inhabituelle sur le profil de votre enfant. Restez à l'écoute pour les instructions.", "Un parent est-il là?", False),
     T("la réponse est douze", "ReponseIntent", "Merci. Combien font six plus six?", "Six plus six?", False, s={"n": "12"})]])],
  kids=True, policy="https://mathshockey.example.ca/confidentialite", countries=["CA"]),

A("054-tables-dragon-derive", "fr-FR", "Tables du Dragon", "tables du dragon", ["drift", "silent-keepalive"],
  "La version 1 ferme la session après chaque partie; la version 3 garde la session ouverte avec une relance faite seulement de points de suspension.",
  "Tables de multiplication avec un dragon.", [("ReponseIntent", ["c'est {n}"], {"n": "AMAZON.NUMBER"})],
  [("versions/v1/sim", "smapi-simulation", [[L("Le dragon demande: trois fois quatre?", "Trois fois quatre?", False),
     T("c'est 12", "ReponseIntent", "Douze ! Le dragon est content. Au revoir.", None, True, s={"n": "12"})]], "2024-02-02"),
   ("versions/v3/sim", "smapi-simulation", [[L("Le dragon demande: cinq fois cinq?", "Cinq fois cinq?", False),
     T("c'est 25", "ReponseIntent", "Vingt-cinq ! Le dragon s'endort.", "… … …", False, s={"n": "25"})]], "2024-10-05")],
  kids=True, policy=P % "tablesdragon"),

A("055-histoire-du-soir", "fr-FR", "Lune et Loup", "lune et loup", [],
  "Mentionne honnêtement Alexa ('demande à Alexa de mettre un minuteur') et précise ne rien demander; l'histoire se termine vraiment.",
  "Histoires du soir.", [("HistoireIntent", ["raconte une histoire"])],
  [("transcriptions/qa.txt", "transcript", [[L("Bonsoir ! Ici, pas besoin de ton prénom. Voici l'histoire de Lune et Loup... Fin. Si tu veux de la musique, demande à Alexa. Bonne nuit !", None, True)]])],
  kids=True, policy=P % "luneetloup"),

A("056-dictionnaire-animaux", "fr-CA", "Mon Animal Préféré", "mon animal préféré", [],
  "Demande l'animal préféré pour un dessin sonore; slot typé avec phrase porteuse, aucune donnée personnelle.",
  "Des sons d'animaux.", [("AnimalIntent", ["mon animal préféré est {animal}", "j'aime {animal}"], {"animal": "AMAZON.Animal"})],
  [("rapports/test.md", "markdown-report", [[L("Quel est ton animal préféré?", "Dis: mon animal préféré est...", False),
     T("mon animal préféré est le castor", "AnimalIntent", "Le castor fait splash avec sa queue! Bye!", None, True, s={"animal": "castor"})]])],
  kids=True, policy="https://monanimal.example.ca/confidentialite", countries=["CA"]),

A("057-au-revoir-nouvelle-manche", "fr-FR", "Quiz en Famille", "quiz en famille", [],
  "'Au revoir l'équipe rouge' annonce une vraie manche pour l'équipe bleue avec relance audible; Stop termine la session.",
  "Quiz familial en équipes.", [("ReponseIntent", ["la réponse est {r}"], {"r": "AMAZON.SearchQuery"})],
  [("mocha/resultats.json", "mocha-json", [[L("Équipe rouge: quelle est la capitale de l'Italie?", "Dites: la réponse est...", False),
     T("la réponse est rome", "ReponseIntent", "Rome, bravo ! Au revoir l'équipe rouge, à l'équipe bleue: combien de pattes a une araignée?", "Équipe bleue, dites: la réponse est...", False, s={"r": "rome"}),
     STOP("stop", "Fin du quiz. Au revoir tout le monde !")]])], policy=P % "quizfamille"),

A("058-traducteur-devoirs", "fr-CA", "Traducteur de Devoirs", "traducteur de devoirs", [],
  "Slot libre derrière un porteur utile ('traduis {phrase} en anglais'); aucune capture sans but.",
  "Traduire des phrases de devoirs en anglais.", [("TraduireIntent", ["traduis {phrase} en anglais", "comment dit-on {phrase} en anglais"], {"phrase": "AMAZON.SearchQuery"})],
  [("playwright/resultats.json", "playwright-json", [[T("traduis je mange une pomme en anglais", "TraduireIntent", "En anglais: I am eating an apple.", None, True, s={"phrase": "je mange une pomme"})]])],
  policy="https://traducteurdevoirs.example.ca/confidentialite", countries=["CA"]),
]
