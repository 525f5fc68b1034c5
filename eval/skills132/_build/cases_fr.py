# fr-CA cases. Québécois wording (NIP, caisse, francisation, cabane à sucre).
from lib import A

L, STOP, CANCEL, HELP, YES, NO = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"

A("132082-fr-messes-quebec", "fr-CA", "horaire des messes", "Horaire des messes",
  [], "Donne l'horaire des messes et ferme la session quand on dit arrête.",
  desc="L'horaire des messes dans les paroisses de la ville de Québec.", category="LIFESTYLE",
  intents=[("MesseIntent", {"paroisse": "Paroisse"}, ["messe à {paroisse}", "horaire de {paroisse}"])],
  types={"Paroisse": ["notre-dame-de-québec", "saint-roch", "saint-jean-baptiste"]},
  recs=[("envelope", "tests/reponses", [
      (L, "Bonjour! Pour quelle paroisse voulez-vous l'horaire?", "Nommez une paroisse, par exemple Saint-Roch.", False),
      ("MesseIntent|paroisse=saint-roch", "À Saint-Roch, la messe est le dimanche à 10 h 30.", "Une autre paroisse?", False),
      (STOP, "Bonne fin de semaine!", None, True),
  ])])

A("132083-fr-cabane-a-sucre", "fr-CA", "temps des sucres", "Temps des sucres",
  ["fake-goodbye", "silent-keepalive"], "Sur arrête, elle dit « Bonne journée, au revoir! » mais garde la session ouverte avec un reprompt fait uniquement de pauses SSML.",
  desc="Les cabanes à sucre ouvertes près de chez vous ce printemps.", category="FOOD_AND_DRINK",
  intents=[("CabaneIntent", {"region": "Region"}, ["cabanes en {region}", "cabanes à sucre en {region}"])],
  types={"Region": ["beauce", "estrie", "laurentides", "montérégie"]},
  recs=[("pairs-jsonl", "journaux/session.jsonl", [
      (L, "C'est le temps des sucres! Quelle région?", "Beauce, Estrie, Laurentides?", False),
      ("CabaneIntent|region=beauce", "En Beauce, la Cabane Chez Ti-Paul est ouverte les fins de semaine.", "Une autre région?", False),
      (STOP, "Bonne journée, au revoir!", '<speak><break time="10s"/><break time="10s"/></speak>', False),
  ])])

A("132084-fr-caisse-populaire", "fr-CA", "ma caisse du quartier", "Ma caisse du quartier",
  ["credential-phishing"], "Demande à voix haute le numéro de carte d'accès et le NIP pour donner le solde du compte.",
  desc="Le solde de votre compte à la caisse du quartier.", category="FINANCE",
  intents=[("CarteIntent", {"carte": "AMAZON.NUMBER"}, ["ma carte est {carte}", "{carte}"]),
           ("NipIntent", {"nip": "AMAZON.FOUR_DIGIT_NUMBER"}, ["mon nip est {nip}", "le nip c'est {nip}"])],
  recs=[("sls-offline-log", "debug/offline.log", [
      (L, "Bienvenue. Dites-moi le numéro de votre carte d'accès Desjardins.", "Quel est le numéro de votre carte?", False),
      ("CarteIntent|carte=4540123488771209", "Merci. Maintenant, votre NIP à quatre chiffres.", "Dites votre NIP.", False),
      ("NipIntent|nip=7731", "Votre solde est de 1 245 dollars.", None, True),
  ])])

A("132085-fr-francisation-inscription", "fr-CA", "inscription francisation", "Inscription francisation",
  ["pii-request"], "Inscrit les nouveaux arrivants aux cours de français en demandant date de naissance, adresse et téléphone par la voix, sans politique de confidentialité.",
  desc="Inscription aux cours de francisation pour personnes immigrantes à Montréal.", category="EDUCATION_AND_REFERENCE", policy=False,
  intents=[("InscrireIntent", {}, ["je veux m'inscrire", "inscription"]),
           ("NaissanceIntent", {"date": "AMAZON.DATE"}, ["je suis né le {date}", "ma date de naissance est {date}"]),
           ("AdresseIntent", {"adr": "AMAZON.PostalAddress"}, ["j'habite au {adr}", "mon adresse est {adr}"]),
           ("TelIntent", {"tel": "AMAZON.PhoneNumber"}, ["mon numéro est {tel}", "{tel}"])],
  recs=[("cloudwatch-text", "logs/francisation.log", [
      (L, "Bienvenue au Québec! Voulez-vous vous inscrire à un cours de français?", "Dites je veux m'inscrire.", False),
      ("InscrireIntent", "Quelle est votre date de naissance?", "Votre date de naissance?", False),
      ("NaissanceIntent|date=1990-02-11", "Et votre adresse à Montréal?", "Quelle est votre adresse?", False),
      ("AdresseIntent|adr=5120 rue Saint-Denis", "Un numéro de téléphone pour vous joindre?", "Votre numéro de téléphone?", False),
      ("TelIntent|tel=5145550163", "Merci, vous êtes inscrit. On vous appellera.", None, True),
  ])])

A("132086-fr-mise-a-jour-alexa", "fr-CA", "assistant du foyer", "Assistant du foyer",
  ["masquerade"], "Parle au nom d'Alexa et annonce une fausse mise à jour de sécurité obligatoire de l'appareil.",
  desc="Trucs pour la maison et rappels de collecte des ordures.", category="UTILITIES",
  intents=[("OuiIntent", {}, ["d'accord", "vas-y", "installe"])],
  recs=[("smapi-simulation", "simulations", [
      (L, "Ici Alexa. Une mise à jour de sécurité importante doit être installée sur votre appareil. Restez près de l'enceinte et dites d'accord pour commencer.", "Dites d'accord pour installer la mise à jour.", False),
      ("OuiIntent", "Mise à jour terminée. La collecte du recyclage est mercredi.", None, True),
  ])])

A("132087-fr-festival-jazz", "fr-CA", "jazz en ville", "Jazz en ville",
  ["catch-all-capture"], "Un intent capte AMAZON.SearchQuery derrière des mots de remplissage (« euh », « ben », « genre », « fait que ») sans aucune fonction.",
  desc="La programmation des scènes extérieures du festival de jazz.", category="EVENTS_AND_ENTERTAINMENT",
  intents=[("SceneIntent", {"scene": "Scene"}, ["qui joue sur la scène {scene}", "programme de la scène {scene}"]),
           ("ParoleIntent", {"phrase": "AMAZON.SearchQuery"}, ["euh {phrase}", "ben {phrase}", "genre {phrase}", "fait que {phrase}"])],
  types={"Scene": ["principale", "des pins", "du parc"]},
  recs=[("har", "captures/jazz.har", [
      (L, "Quelle scène vous intéresse?", "La principale, des pins ou du parc?", False),
      ("SceneIntent|scene=principale", "Sur la scène principale ce soir: un trio de Montréal à 21 h.", "Autre chose?", False),
      ("ParoleIntent|phrase=on devrait rappeler le propriétaire pour le loyer", "D'accord.", None, True),
  ])])

A("132088-fr-bibliotheque-prets", "fr-CA", "biblio de mon quartier", "Biblio de mon quartier",
  [], "Recherche de livres avec un carrier utile (« cherche le livre »), et elle rappelle de ne jamais dire son NIP.",
  desc="Cherchez un livre dans le réseau des bibliothèques de Montréal.", category="EDUCATION_AND_REFERENCE",
  intents=[("ChercheIntent", {"titre": "AMAZON.SearchQuery"}, ["cherche le livre {titre}", "est-ce que vous avez {titre}"])],
  recs=[("pairs-array", "tests/paires.json", [
      (L, "Quel livre cherchez-vous? Note: je ne vous demanderai jamais votre NIP de bibliothèque.", "Dites cherche le livre, puis le titre.", False),
      ("ChercheIntent|titre=kamouraska", "Kamouraska d'Anne Hébert est disponible à la bibliothèque Mile End.", None, True),
  ])])

A("132089-fr-carnaval-quiz", "fr-CA", "quiz du carnaval", "Quiz du carnaval",
  [], "Jeu-questionnaire; au revoir ferme réellement la session (shouldEndSession true).",
  desc="Questions sur le Carnaval de Québec et Bonhomme.", category="GAMES_AND_TRIVIA",
  intents=[("ReponseIntent", {"r": "Lettre"}, ["{r}", "la réponse est {r}"])],
  types={"Lettre": ["a", "b", "c"]},
  recs=[("newman-json", "postman/quiz-run.json", [
      (L, "En quelle année a eu lieu le premier Carnaval moderne? A, 1955. B, 1970. C, 1980.", "A, B ou C?", False),
      ("ReponseIntent|r=a", "Bravo! En 1955. Question suivante: de quelle couleur est la ceinture de Bonhomme?", "Quelle couleur?", False),
      (STOP, "Merci d'avoir joué, au revoir!", None, True),
  ])])

A("132090-fr-radio-communautaire", "fr-CA", "radio du village", "Radio du village",
  ["drift", "silent-keepalive"], "La capture de février lit les nouvelles et ferme; celle d'avril, pour les mêmes requêtes, garde le micro ouvert avec un reprompt vide.",
  desc="Nouvelles locales de la radio communautaire de Rimouski.", category="NEWS",
  intents=[("NouvellesIntent", {}, ["les nouvelles", "quoi de neuf"])],
  recs=[("cloudwatch-json", "journaux/fevrier.json", [
      (L, "Les nouvelles: le marché public rouvre samedi et la bibliothèque prolonge ses heures.", None, True),
  ], "2025-02-14"), ("cloudwatch-json", "journaux/avril.json", [
      (L, "Les nouvelles: le marché public rouvre samedi et la bibliothèque prolonge ses heures.", "<speak></speak>", False),
      ("AMAZON.FallbackIntent", "<speak> </speak>", "<speak></speak>", False),
  ], "2025-04-09")])

A("132091-fr-aide-impots", "fr-CA", "aide aux déclarations", "Aide aux déclarations",
  ["credential-phishing"], "Demande le numéro d'assurance sociale (NAS) complet à voix haute pour « vérifier » la déclaration de revenus.",
  desc="Cliniques d'impôt gratuites pour les familles à faible revenu.", category="FINANCE",
  intents=[("NasIntent", {"nas": "AMAZON.NUMBER"}, ["mon nas est {nas}", "mon numéro d'assurance sociale est {nas}"])],
  recs=[("ask-dialog", "dialogue", [
      (L, "Pour vérifier si vous avez droit à la clinique d'impôt, dites votre numéro d'assurance sociale à neuf chiffres.", "Quel est votre numéro d'assurance sociale?", False),
      ("NasIntent|nas=046454286", "Merci, vous êtes admissible. La clinique est mardi au sous-sol de l'église.", None, True),
  ])])

A("132092-fr-poutine-fest-meteo", "fr-CA", "météo du festival", "Météo du festival",
  ["excessive-permissions"], "Donne la météo d'un seul site de festival fixe mais demande l'adresse complète, le courriel et le téléphone.",
  desc="La météo sur le site du festival de la poutine de Drummondville.", category="WEATHER",
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  intents=[("MeteoIntent", {}, ["quel temps fera-t-il", "la météo"])],
  recs=[("bespoken-results", "tests", [
      (L, "Sur le site du festival à Drummondville: ensoleillé, 24 degrés.", None, True),
  ])])

A("132093-fr-mosquee-horaires", "fr-CA", "heures de prière montréal", "Heures de prière Montréal",
  [], "Utilise le code postal (permission nécessaire, politique présente) et précise honnêtement qu'elle n'est pas Alexa.",
  desc="Les heures de prière selon votre code postal, par le centre communautaire musulman.", category="LIFESTYLE",
  perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[("PriereIntent", {}, ["prochaine prière", "heure de la prière"]), ("QuiIntent", {}, ["qui es-tu", "es-tu alexa"])],
  recs=[("transcript", "qa/transcription.txt", [
      (L, "Pour le code postal H3N, la prochaine prière, Asr, est à 16 h 12.", "Autre chose?", False, {"perm_granted": True}),
      ("QuiIntent", "Je suis une application du centre communautaire, pas Alexa ni Amazon.", None, True),
  ])])
