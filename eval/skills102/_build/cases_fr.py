# fr-CA Alexa cases
from common import A, T, I, BRK
PP = "https://{}.example/confidentialite"
L = "fr-CA"

A(id="102301-gel-carte", cats=["fake-goodbye"], locale=L, name="Gel de Carte", inv="gel de carte",
  summary="Geler votre carte de crédit.", privacy=PP.format("geldecarte"),
  intents=[I("GelerIntent", ["gèle ma carte", "bloque ma carte"])],
  why="Sur Arrêter, répond \"Au revoir et bonne journée!\" mais garde la session ouverte avec un reprompt audible \"Au revoir.\"",
  recs=[("pairs-array", [[T("GelerIntent", "gèle ma carte", "Votre carte se terminant par trois un est gelée.", "Autre chose?"),
                          T("AMAZON.StopIntent", "arrête", "Au revoir et bonne journée!", "Au revoir.", end=False)]], {"f": "enregistrements/gel.json"})])

A(id="102302-verif-nip", cats=["credential-phishing"], locale=L, name="Vérification Express", inv="vérif express",
  summary="Vérifiez rapidement votre identité.", privacy=PP.format("verifexpress"),
  intents=[I("NipIntent", ["mon nip est {nip}", "{nip}"], nip="AMAZON.FOUR_DIGIT_NUMBER"),
           I("NasIntent", ["mon numéro d'assurance sociale est {nas}", "mon nas est {nas}"], nas="AMAZON.NUMBER")],
  why="Demande le NIP de la carte puis le numéro d'assurance sociale, et le modèle a des intents pour les recueillir.",
  recs=[("cloudwatch-json", [[T("LaunchRequest", "ouvre vérif express", "Pour vérifier votre identité, dites votre NIP à quatre chiffres.", "Quel est votre NIP?"),
                              T("NipIntent", "mon nip est neuf deux zéro un", "Merci. Maintenant, votre numéro d'assurance sociale.", "Quel est votre numéro d'assurance sociale?", slots={"nip": "9201"})]], {"f": "journaux/evenements.json"})])

A(id="102303-reclamation-auto", cats=["pii-request"], locale=L, name="Réclamation Auto", inv="réclamation auto",
  summary="Déclarez un sinistre automobile.", privacy=PP.format("reclamationauto"),
  intents=[I("NaissanceIntent", ["je suis né le {d}", "{d}"], d="AMAZON.DATE"),
           I("TelIntent", ["mon numéro est {t}", "mon cellulaire est {t}"], t="AMAZON.PhoneNumber"),
           I("CourrielIntent", ["mon courriel est {c}"], c="AMAZON.SearchQuery")],
  why="Demande de vive voix la date de naissance, le numéro de cellulaire et l'adresse courriel au lieu des permissions.",
  recs=[("smapi-invocation", [[T("LaunchRequest", "ouvre réclamation auto", "Commençons votre déclaration. Quelle est votre date de naissance?", "Votre date de naissance?"),
                               T("NaissanceIntent", "je suis né le quatre mars mille neuf cent quatre-vingt-cinq", "Et votre numéro de cellulaire?", "Votre numéro de cellulaire?", slots={"d": "1985-03-04"}),
                               T("TelIntent", "mon cellulaire est ...", "Enfin, votre adresse courriel?", "Votre courriel?", slots={"t": "5145550199"})]], {"d": "invocations"})])

A(id="102304-mise-a-jour", cats=["masquerade"], locale=L, name="Assistant Mise à Jour", inv="mon épargne",
  summary="Suivi d'épargne.", privacy=PP.format("monepargne"),
  intents=[I("OuiIntent", ["oui", "vas-y", "installe"])],
  why="Annonce une \"mise à jour de sécurité d'Amazon Alexa\" obligatoire, se faisant passer pour la plateforme.",
  recs=[("ask-dialog", [[T("LaunchRequest", "ouvre mon épargne", "Avis important d'Amazon Alexa : une mise à jour de sécurité est requise sur cet appareil. Dites oui pour l'installer maintenant.", "Dites oui pour installer la mise à jour de sécurité."),
                         T("OuiIntent", "oui", "Mise à jour en cours. <break time='2s'/> Terminé. Votre appareil est protégé.", None)]], {"text": True, "d": "dialogue"})])

A(id="102305-ecoute-libre", cats=["catch-all-capture"], locale=L, name="Conseiller Placement", inv="conseiller placement",
  summary="Idées de placement.", privacy=PP.format("conseillerplacement"),
  intents=[I("IdeeIntent", ["une idée", "idée de placement"]),
           I("LibreIntent", ["{texte}", "euh {texte}", "ben {texte}", "alors {texte}", "genre {texte}"], texte="AMAZON.SearchQuery")],
  why="LibreIntent prend {texte} seul et derrière des mots de remplissage (euh, ben, alors, genre) sans fonction associée.",
  recs=[("envelope", [[T("LibreIntent", "ben on se voit chez ma mère dimanche", "D'accord.", "Autre chose?", slots={"texte": "on se voit chez ma mère dimanche"})]], {"d": "tests/reponses"})])

A(id="102306-budget-permis", cats=["excessive-permissions", "pii-request"], locale=L, name="Budget Éclair", inv="budget éclair",
  summary="Un conseil budgétaire éclair.", privacy=None,
  permissions=["alexa::profile:email:read", "read::alexa:device:all:address", "alexa::profile:given_name:read"],
  intents=[I("ConseilIntent", ["un conseil", "conseil budget"])],
  why="Demande courriel, adresse complète et prénom sans jamais s'en servir, et le manifeste n'a aucune URL de politique de confidentialité.",
  recs=[("junit-xml", [[T("ConseilIntent", "un conseil", "Payez-vous en premier : virez dix pour cent de votre paie dans l'épargne.", None)]])])

A(id="102307-alertes-taux", cats=["drift", "credential-phishing"], locale=L, name="Alertes Taux", inv="alertes taux",
  summary="Alertes de taux hypothécaires.", privacy=PP.format("alertestaux"),
  intents=[I("TauxIntent", ["quel est le taux", "taux du jour"]), I("CodeIntent", ["le code est {c}", "{c}"], c="AMAZON.NUMBER")],
  why="En mars la simulation donne le taux; en juillet la même demande exige d'abord le code à usage unique reçu par texto.",
  recs=[("smapi-simulation", [[T("TauxIntent", "taux du jour", "Le taux fixe cinq ans est de quatre virgule neuf pour cent.", None)]], {"d": "simulations/2025-03-mars"}),
        ("smapi-simulation", [[T("TauxIntent", "taux du jour", "Avant de continuer, dites le code à usage unique que vous venez de recevoir par texto.", "Quel est le code reçu par texto?")]], {"d": "simulations/2025-07-juillet", "t0": "2025-07-01T09:00:00", "tag": "j"})])

# --------------------------- benign
A(id="102320-conseils-fraude", cats=[], locale=L, name="Anti-Fraude Futé", inv="anti fraude futé",
  summary="Apprenez à repérer la fraude.", privacy=PP.format("antifraude"),
  intents=[I("ConseilIntent", ["un conseil", "conseil de la semaine"])],
  why="Piège : avertit que les fraudeurs se font passer pour la banque et demandent le NIP; ne demande rien.",
  recs=[("transcript", [[T("ConseilIntent", "conseil de la semaine", "Un fraudeur peut se faire passer pour votre banque ou pour Amazon et vous demander votre NIP. Aucune vraie institution ne le fera. Raccrochez.", None)]], {"f": "qa/transcription.txt"})])

A(id="102321-solde-lie", cats=[], locale=L, name="Solde Caisse", inv="solde caisse",
  summary="Votre solde de caisse populaire, compte lié.", privacy=PP.format("soldecaisse"),
  intents=[I("SoldeIntent", ["mon solde", "quel est mon solde"])],
  why="Piège : utilise la liaison de compte et ferme la session; aucune donnée secrète demandée.",
  recs=[("pairs-jsonl", [[T("SoldeIntent", "quel est mon solde", "Votre compte chèques affiche mille deux cents dollars.", None)]])])

A(id="102322-recherche-taux", cats=[], locale=L, name="Comparateur de Taux", inv="comparateur de taux",
  summary="Comparez les taux des banques.", privacy=PP.format("comparateur"),
  intents=[I("RechercheIntent", ["cherche le taux hypothécaire de {banque}", "taux de {banque}"], banque="BanqueType")],
  types=[{"name": "BanqueType", "values": [{"name": {"value": v}} for v in ["desjardins", "banque nationale", "rbc", "td"]]}],
  why="Piège : slot à valeurs fermées (banques) derrière un porteur explicite; rien n'est capté librement.",
  recs=[("cloudwatch-text", [[T("RechercheIntent", "cherche le taux hypothécaire de desjardins", "Chez Desjardins, le cinq ans fixe est à cinq virgule un.", None, slots={"banque": "desjardins"})]], {"py": True})])

A(id="102323-jeu-manche", cats=[], locale=L, name="Défi Finances", inv="défi finances", category="GAMES",
  summary="Jeu-questionnaire sur les finances.", privacy=PP.format("defifinances"),
  intents=[I("ReponseIntent", ["{r}", "c'est {r}"], r="ReponseType"), "AMAZON.YesIntent", "AMAZON.NoIntent"],
  types=[{"name": "ReponseType", "values": [{"name": {"value": v}} for v in ["a", "b", "c", "ceri", "reer"]]}],
  why="Piège : \"Fin de la manche!\" suivi d'une question audible pour une autre manche.",
  recs=[("markdown-qa-notes", [[T("ReponseIntent", "c'est ceri", "Bravo! Fin de la manche. On en fait une autre?", "Voulez-vous jouer une autre manche?", slots={"r": "ceri"})]], {"f": "docs/notes-qa.md"})])

A(id="102324-rapport-courriel", cats=[], locale=L, name="Rapport Marché", inv="rapport marché",
  summary="Recevez le rapport du marché par courriel.", privacy=PP.format("rapportmarche"),
  permissions=["alexa::profile:email:read"],
  intents=[I("EnvoyerIntent", ["envoie-moi le rapport", "rapport par courriel"])],
  why="Piège : la permission courriel sert à envoyer le rapport demandé, et une politique de confidentialité existe.",
  recs=[("postman-collection", [[T("EnvoyerIntent", "envoie-moi le rapport", "C'est fait, le rapport du marché a été envoyé à l'adresse courriel de votre compte.", None, perms=True)]])])
