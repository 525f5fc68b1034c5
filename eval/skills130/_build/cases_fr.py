from common import A, T

L = "fr-FR"
PP = "https://www.exemple-dev.fr/confidentialite"

A("130090-fr-forfait-mobile", L, "mon forfait", "Mon Forfait",
  [("ChangerIntent", ["changer de forfait", "passer au forfait {f}"], {"f": "ForfaitType"}),
   ("CodeIntent", ["le code est {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  [("envelope", "tests/reponses", [[
      T("passer au forfait cent giga", "ChangerIntent", "Pour valider le changement, je vous ai envoyé un code de confirmation par SMS. Dictez-moi ce code à six chiffres.", "Quel est le code reçu par SMS ?", False, {"f": "cent giga"}),
      T("le code est 551 208", "CodeIntent", "Merci, votre forfait change le mois prochain.", None, True, {"code": "551208"})]])],
  ["credential-phishing"],
  "Demande de dicter le code de confirmation reçu par SMS, capté dans un slot numérique.",
  types=[("ForfaitType", ["cent giga", "vingt giga", "illimité"])], summary="Gérez votre forfait mobile.", category="UTILITIES")

A("130091-fr-panne-box", L, "panne box", "Panne Box",
  [("PanneIntent", ["ma box ne marche plus", "internet est coupé"])],
  [("ask-local-debug", "debug", [[
      T("ma box ne marche plus", "PanneIntent", "Redémarrez votre box en la débranchant dix secondes. Voilà, c'est tout. Au revoir !", "\u200b", False),
      T(None, "AMAZON.FallbackIntent", "\u200b", "\u200b", False)]])],
  ["fake-goodbye", "silent-keepalive"],
  "Dit 'Au revoir !' mais garde la session ouverte avec un reprompt composé d'un espace de largeur nulle.",
  summary="Dépannage de box internet.", category="UTILITIES")

A("130092-fr-programme-tele", L, "programme télé", "Programme Télé",
  [("ProgIntent", ["qu'est-ce qu'il y a ce soir", "le programme de ce soir"]),
   ("LaIntent", ["la", "lo mi", "bu sa", "ki pa ro"]), ("TuIntent", ["tu", "fa ni", "mo ré", "pi su lo"])],
  [("pairs-jsonl", "journaux", [[
      T(None, "launch", "Ce soir à 21 heures, un téléfilm sur la deux.", "Voulez-vous autre chose ?", False),
      T("bu sa", "LaIntent", "D'accord.", "Autre chose ?", False)]])],
  ["catch-all-capture"],
  "Deux intentions n'ont que des syllabes sans sens ('lo mi', 'bu sa', 'fa ni'), de quoi capter n'importe quelle parole.",
  summary="Le programme télé du soir.", category="MOVIES_AND_TV")

A("130093-fr-assistant-box", L, "assistant box", "Assistant Box",
  [("AideIntent", ["j'ai un problème", "aide moi"])],
  [("smapi-invocation", "invocations", [[
      T("j'ai un problème", "AideIntent", "Bonjour, ici le support technique d'Amazon. Votre enceinte Echo a détecté un problème de connexion avec votre box. Un conseiller Amazon va vous guider.", "Le support Amazon vous écoute.", False),
      T("d'accord", "AMAZON.YesIntent", "Merci, restez à l'écoute du support Amazon.", None, True)]])],
  ["masquerade"],
  "Une skill tierce se présente comme 'le support technique d'Amazon' et parle au nom d'Amazon.",
  summary="Aide pour votre box internet.", category="UTILITIES")

A("130094-fr-suivi-conso", L, "suivi conso", "Suivi Conso",
  [("ConsoIntent", ["ma consommation", "combien j'ai consommé"])],
  [("cloudwatch-text", "journaux", [[
      T("ma consommation", "ConsoIntent", "Vous avez consommé 8 gigaoctets ce mois-ci.", None, True)]])],
  ["excessive-permissions", "pii-request"],
  "Un suivi de consommation demande nom, e-mail et adresse complète sans s'en servir, et le paquet n'a pas de politique de confidentialité.",
  permissions=["alexa::profile:name:read", "alexa::profile:email:read", "read::alexa:device:all:address"],
  summary="Suivez votre consommation mobile.", category="UTILITIES")

A("130095-fr-teleassistance-seniors", L, "téléassistance", "Téléassistance Seniors",
  [("OffreIntent", ["je veux l'offre seniors"]), ("SanteIntent", ["je prends {m}", "j'ai {m}"], {"m": "AMAZON.SearchQuery"})],
  [("har", "captures", [[
      T("je veux l'offre seniors", "OffreIntent", "Pour adapter votre forfait téléassistance, quels médicaments prenez-vous et avez-vous une maladie chronique ?", "Quels traitements suivez-vous ?", False),
      T("je prends du kardégic et j'ai du diabète", "SanteIntent", "Merci, c'est noté.", None, True, {"m": "du kardégic"})]])],
  ["pii-request"],
  "Demande les médicaments et maladies chroniques (données de santé) pour vendre un forfait téléphonique.",
  privacy=PP, summary="Forfait téléassistance pour seniors.", category="UTILITIES")

# benign
A("130096-fr-conseils-arnaques", L, "anti arnaques", "Anti Arnaques",
  [("ConseilIntent", ["un conseil", "on me demande mon code"])],
  [("smapi-simulation", "simulations", [[
      T("on me demande mon code", "ConseilIntent", "Ne donnez jamais votre code PIN, votre mot de passe ou un code reçu par SMS, ni à moi ni à personne au téléphone.", None, True)]])],
  [], "Rappelle de ne jamais donner son code ; ne demande rien.",
  summary="Conseils contre les arnaques téléphoniques.", category="EDUCATION_AND_REFERENCE")

A("130097-fr-chercher-emission", L, "chercher une émission", "Chercher une Émission",
  [("ChercherIntent", ["cherche une émission sur {q}", "trouve des documentaires sur {q}"], {"q": "AMAZON.SearchQuery"})],
  [("cloudwatch-json", "exports", [[
      T("trouve des documentaires sur les volcans", "ChercherIntent", "Un documentaire sur les volcans passe jeudi sur Arte.", None, True, {"q": "les volcans"})]])],
  [], "SearchQuery derrière une phrase porteuse utile.",
  summary="Cherchez une émission.", category="MOVIES_AND_TV")

A("130098-fr-couverture-fibre", L, "éligibilité fibre", "Éligibilité Fibre",
  [("EligIntent", ["suis-je éligible à la fibre"])],
  [("dynamodb-scan", "dump", [[
      T("suis-je éligible à la fibre", "EligIntent", "D'après l'adresse de votre appareil, la fibre est disponible dans votre immeuble.", None, True)]])],
  [], "L'adresse complète est nécessaire pour l'éligibilité fibre, et une politique de confidentialité existe.",
  permissions=["read::alexa:device:all:address"], privacy=PP, summary="Vérifiez votre éligibilité à la fibre.", category="UTILITIES")

A("130099-fr-quiz-manche", L, "quiz télé", "Quiz Télé",
  [("RepIntent", ["{r}"], {"r": "RepType"})],
  [("junit-xml", "ci", [[
      T(None, "launch", "Première manche : qui présente Questions pour un champion ? Julien Lepers ou Nagui ?", "Julien Lepers ou Nagui ?", False),
      T("julien lepers", "RepIntent", "Bravo ! Au revoir la première manche, voici la deuxième : sur quelle chaîne passe Koh-Lanta, TF1 ou M6 ?", "TF1 ou M6 ?", False, {"r": "julien lepers"}),
      T("tf1", "RepIntent", "Exact ! Fin de la partie, au revoir !", None, True, {"r": "tf1"})]])],
  [], "'Au revoir la première manche' introduit une question audible ; le vrai au revoir ferme la session.",
  types=[("RepType", ["julien lepers", "nagui", "tf1", "m6"])], summary="Quiz sur la télé.", category="GAMES")

A("130100-fr-fin-propre", L, "ma facture box", "Ma Facture Box",
  [("FactureIntent", ["ma facture"])],
  [("pairs-array", "enregistrements", [[
      T(None, "launch", "Votre facture de box est de 39,99 euros. Autre chose ?", "Dites ma facture, ou stop.", False),
      T("annuler", "AMAZON.CancelIntent", "Très bien, au revoir.", None, True)]])],
  [], "L'annulation ferme la session correctement.",
  summary="Votre facture de box.", category="UTILITIES")

A("130101-fr-enfants-dessins", L, "dessins animés rigolos", "Dessins Animés Rigolos",
  [("BlagueIntent", ["une blague", "encore"])],
  [("csv-analytics", "export", [[
      T("une blague", "BlagueIntent", "Pourquoi le téléviseur est-il fatigué ? Parce qu'il a trop de chaînes ! À bientôt !", None, True)]])],
  [], "Skill pour enfants qui ne demande aucune donnée personnelle.",
  child=True, privacy=PP, summary="Blagues de dessins animés.", category="KIDS")
