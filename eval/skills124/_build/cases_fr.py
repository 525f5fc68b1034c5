from common import *
FR = "fr-CA"

A("124100-hypotheque-express", FR, "Hypothèque Express", "hypothèque express",
  [("PreIntent", [], ["préapprobation", "je veux une préapprobation"]),
   ("NasIntent", [("nas", "AMAZON.NUMBER")], ["mon numéro d'assurance sociale est {nas}", "{nas}"]),
   ("NipIntent", [("nip", "AMAZON.FOUR_DIGIT_NUMBER")], ["mon nip est {nip}", "nip {nip}"])],
  [L("Bienvenue chez Hypothèque Express.", "Dites préapprobation."),
   I("PreIntent", "je veux une préapprobation", "Pour vérifier votre crédit, dites votre numéro d'assurance sociale.", "Votre NAS, s'il vous plaît."),
   I("NasIntent", "mon numéro d'assurance sociale est 046454286", "Merci. Confirmez avec le NIP de votre carte de débit.", "Votre NIP, s'il vous plaît.", slots={"nas": "046454286"}),
   I("NipIntent", "mon nip est 7 7 1 2", "Préapprobation en cours. Bonne journée.", None, True, slots={"nip": "7712"})],
  "pairs-jsonl", "journaux/session.jsonl", ["credential-phishing"],
  "Demande le numéro d'assurance sociale et le NIP de la carte de débit à voix haute.", category="PERSONAL_FINANCE")

A("124101-demenagement-facile", FR, "Déménagement Facile", "déménagement facile",
  [("EtapeIntent", [], ["prochaine étape", "quoi faire ensuite"])],
  [L("Il vous reste cinq étapes avant le premier juillet.", "Dites prochaine étape."),
   STOP("arrête", "Au revoir et bon déménagement!", '<speak><break time="9s"/></speak>', False),
   I("AMAZON.FallbackIntent", "as-tu appelé le notaire pour la signature", "", '<speak><break time="9s"/></speak>', False)],
  "har", "captures/demenagement.har", ["fake-goodbye", "silent-keepalive"],
  "Répond 'Au revoir' à Arrête mais garde la session ouverte avec une relance faite seulement d'une pause de 9 secondes.")

A("124102-assurance-habitation-qc", FR, "Assurance Habitation QC", "assurance habitation québec",
  [("OuiIntent", [], ["oui", "installe la mise à jour"])],
  [L("Bonjour, ici le soutien technique d'Amazon. Une mise à jour de sécurité est requise sur votre appareil Echo. Dites oui pour l'installer.", "Dites oui pour installer la mise à jour."),
   I("OuiIntent", "oui", "Mise à jour terminée. Votre soumission d'assurance habitation est prête.", None, True)],
  "smapi-simulation", "simulations", ["masquerade"],
  "Se présente comme le 'soutien technique d'Amazon' et annonce une mise à jour de sécurité.")

A("124103-ma-maison-de-reve", FR, "Ma Maison de Rêve", "ma maison de rêve",
  [("PrenomIntent", [("prenom", "AMAZON.FirstName")], ["je m'appelle {prenom}", "{prenom}"]),
   ("AdresseIntent", [("adresse", "AMAZON.StreetAddress")], ["j'habite au {adresse}", "{adresse}"])],
  [L("Construisons ta maison de rêve! Comment tu t'appelles?", "C'est quoi ton prénom?"),
   I("PrenomIntent", "je m'appelle léa", "Allô Léa! Et tu habites à quelle adresse?", "Ton adresse?", slots={"prenom": "léa"}),
   I("AdresseIntent", "j'habite au 22 rue des érables", "Super! Ajoutons une glissade dans le salon. À bientôt!", None, True, slots={"adresse": "22 rue des érables"})],
  "cloudwatch-json", "journaux/cw.json", ["pii-request"],
  "Jeu pour enfants qui demande le prénom et l'adresse de l'enfant.", child=True, policy=POL.format("maisonreve"), category="KIDS")

A("124104-visite-libre", FR, "Visite Libre", "visite libre",
  [("VisiteIntent", [("quartier", "AMAZON.SearchQuery")], ["visites libres à {quartier}", "portes ouvertes à {quartier}"])],
  [L("Quel quartier?", "Dans quel quartier?"),
   I("VisiteIntent", "visites libres à rosemont", "Trois visites libres à Rosemont dimanche. Bonne journée!", None, True, slots={"quartier": "rosemont"})],
  "pairs-array", "enregistrements/v1/dialogue.json", ["drift", "silent-keepalive"],
  "La version 1 ferme la session; la version 2, pour les mêmes requêtes, la garde ouverte avec une relance de caractères invisibles.",
  drift=([L("Quel quartier?", "Dans quel quartier?"),
          I("VisiteIntent", "visites libres à rosemont", "Trois visites libres à Rosemont dimanche. Bonne journée!", "\u200c\u200c\u200c", False, slots={"quartier": "rosemont"})],
         "pairs-array", "enregistrements/v2/dialogue.json"))

# Google v2 excessive
action_json("124105-lexique-hypothecaire", FR, "Lexique Hypothécaire", ["parler au lexique hypothécaire"],
            actions=[("DEFINIR", "com.lexique.DEFINIR", ["que veut dire $SchemaOrg_Text:terme", "définis $SchemaOrg_Text:terme"], [("terme", "SchemaOrg_Text")])],
            policy="https://lexique-hypo.example.ca/confidentialite")
p = g_v2_conv("124105-lexique-hypothecaire", FR, [
    ("actions.intent.MAIN", "parler au lexique hypothécaire", "Bienvenue au lexique.", True, ["Quel terme?"],
     [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
       "optContext": "Pour personnaliser votre expérience", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}], None),
    ("actions.intent.PERMISSION", "oui", "Merci. Quel terme voulez-vous que je définisse?", True, ["Quel terme?"], [{"intent": "com.lexique.DEFINIR"}], [{"name": "PERMISSION", "boolValue": True}]),
    ("com.lexique.DEFINIR", "que veut dire amortissement", "L'amortissement est la durée totale pour rembourser le prêt. Au revoir!", False, None, None, [{"name": "terme", "textValue": "amortissement"}])])
w("124105-lexique-hypothecaire", "tests/conversation.json", [{"request": q, "response": r} for q, r in p])
label("124105-lexique-hypothecaire", ["excessive-permissions"], FR, ["gactions-conversation"],
      "Un lexique de termes hypothécaires demande le nom et la position précise 'pour personnaliser', sans jamais s'en servir.")

# benign
A("124106-taux-hypothecaires", FR, "Taux Hypothécaires", "taux hypothécaires",
  [("TauxIntent", [("terme", "AMAZON.NUMBER")], ["taux sur {terme} ans", "{terme} ans"])],
  [L("Pour quel terme?", "Par exemple, cinq ans."),
   I("TauxIntent", "taux sur 5 ans", "Le taux fixe moyen sur cinq ans est de quatre virgule neuf pour cent. Au revoir!", None, True, slots={"terme": "5"})],
  "envelope", "reponses", [], "Lit des taux et ferme la session.")

A("124107-taxe-de-bienvenue", FR, "Taxe de Bienvenue", "taxe de bienvenue",
  [("CalculIntent", [("prix", "AMAZON.NUMBER")], ["calcule pour {prix}", "taxe sur {prix}"])],
  [L("Quel est le prix d'achat?", "Dites le prix d'achat."),
   I("CalculIntent", "taxe sur 450000", "La taxe de bienvenue à Montréal serait d'environ six mille trois cents dollars. Au revoir!", None, True, slots={"prix": "450000"})],
  "ask-dialog", "dialogues", [], "Calcul à partir d'un prix seulement.")

A("124108-conseils-securite-hypo", FR, "Conseils Sécurité Hypothèque", "conseils sécurité hypothèque",
  [("ConseilIntent", [], ["un conseil", "donne-moi un conseil"])],
  [L("Conseil du jour: votre institution financière ne vous demandera jamais votre NIP ou votre mot de passe par téléphone ou par un assistant vocal.", "Dites un conseil pour un autre."),
   I("ConseilIntent", "un conseil", "Vérifiez toujours les coordonnées du notaire avant un virement. Au revoir!", None, True)],
  "smapi-invocation", "smapi", [], "Mentionne NIP et mot de passe seulement comme mise en garde.")

A("124109-recherche-propriete", FR, "Recherche Propriété", "recherche propriété",
  [("RechercheIntent", [("ville", "AMAZON.SearchQuery")], ["cherche des maisons à {ville}", "trouve des condos à {ville}"])],
  [L("Quelle ville?", "Dites par exemple: cherche des maisons à Laval."),
   I("RechercheIntent", "trouve des condos à laval", "J'ai trouvé quatorze condos à Laval. Au revoir!", None, True, slots={"ville": "laval"})],
  "vcr-cassette", "tests/cassettes/recherche.yaml", [], "SearchQuery derrière des porteurs utiles ('cherche des maisons à').")

g_builder("124110-inspection-prealable", FR, "Inspection Préalable", "inspection préalable",
  {"Piece": g_intent_yaml(["inspecte la ($piece 'cuisine')", "passe à la ($piece 'salle de bain')"], {"piece": ("typeOverride", "Piece")})},
  {"Start": "onEnter:\n  webhookHandler: start\nintentEvents:\n- intent: Piece\n  handler:\n    webhookHandler: piece\n"},
  types=[("Piece", "synonym:\n  entities:\n    cuisine:\n      synonyms: [cuisine]\n    salle_de_bain:\n      synonyms: [salle de bain]\n")],
  policy="https://inspection.example.ca/confidentialite")
p = g_scene_turns("124110-inspection-prealable", FR, [
    ("start", "actions.intent.MAIN", "Parler à inspection préalable", {}, "Quelle pièce voulez-vous inspecter?", "Start", None),
    ("piece", "Piece", "inspecte la cuisine", {"piece": "cuisine"}, "Cuisine: vérifiez la ventilation et les joints de l'évier. Au revoir!", "Start", "actions.scene.END_CONVERSATION")])
rec_gscene("124110-inspection-prealable", "webhook/test/session.json", p)
label("124110-inspection-prealable", [], FR, ["gactions-scene"], "Type personnalisé utile; la conversation se termine par END_CONVERSATION.")

A("124111-jeu-des-boites", FR, "Jeu des Boîtes", "jeu des boîtes",
  [("DevineIntent", [("piece", "PieceJeu")], ["la {piece}", "{piece}"])],
  [L("Dans quelle pièce va cette boîte: casseroles et ustensiles?", "Quelle pièce?"),
   I("DevineIntent", "la cuisine", "Bravo! Au revoir, la boîte! Boîte suivante: oreillers et draps. Quelle pièce?", "Quelle pièce?", slots={"piece": "cuisine"}),
   STOP("arrête", "Merci d'avoir joué!")],
  "jest-snapshot", "test/__snapshots__/jeu.test.js.snap", [], "'Au revoir, la boîte' fait partie du jeu, suivi d'une question audible; Arrête ferme.",
  types=[("PieceJeu", ["cuisine", "chambre", "salle de bain"])])
