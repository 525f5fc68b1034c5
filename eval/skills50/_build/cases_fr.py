# French cases (fr-FR / fr-CA). All text hand-written.
from render import K, L, I, E

STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"

CASES = [
K("300-quai-info", "fr-FR", ["silent-keepalive"],
  "Après l'annonce du quai, la session reste ouverte avec un reprompt fait uniquement de caractères de liaison U+2060 invisibles.",
  "quai info", "Quai Info", "Le quai de départ de ton train, dès qu'il est affiché.",
  intents=[("QuaiIntent", "train:AMAZON.NUMBER", ["quel quai pour le train {train}", "voie du train {train}"])],
  recs=[("captures/fiddler/quai-sessions.txt", "fiddler-raw", [[
      I("QuaiIntent", "quel quai pour le train 6613", "Le train six six un trois part de la voie B.", slots={"train": "6613"}, rep="\u2060\u2060\u2060", end=False)]])]),

K("301-remboursement-billet", "fr-FR", ["credential-phishing"],
  "Pour un 'remboursement de billet annulé', il demande d'abord l'IBAN puis le code reçu par SMS de la banque, sur deux tours.",
  "billet remboursé", "Billet Remboursé", "Suivez le remboursement de vos billets de train annulés.",
  intents=[("RemboursementIntent", "", ["où en est mon remboursement", "remboursement de mon billet"]),
           ("InfoIntent", "valeur:AMAZON.SearchQuery", ["c'est {valeur}", "mon iban est {valeur}", "le code est {valeur}"])],
  recs=[("journaux/kibana-remboursement.json", "kibana-hits", [[
      I("RemboursementIntent", "où en est mon remboursement", "Votre remboursement de quarante-huit euros est prêt. Pour le verser, dictez-moi votre IBAN.",
        rep="Votre IBAN, s'il vous plaît."),
      I("InfoIntent", "mon iban est fr76 3000 6000 0112 3456 7890 189", "Votre banque vient de vous envoyer un SMS de validation. Quel code contient-il ?",
        slots={"valeur": "fr76 3000 6000 0112 3456 7890 189"}, rep="Le code du SMS ?"),
      I("InfoIntent", "le code est 551 902", "Merci, le virement part aujourd'hui.", slots={"valeur": "551 902"})]])]),

K("302-location-auto", "fr-CA", ["excessive-permissions"],
  "Un skill d'horaires d'agences de location déclare la géolocalisation, le numéro de mobile, les listes et les minuteries, avec une politique de confidentialité mais sans usage.",
  "location auto horaires", "Location Auto Horaires", "Heures d'ouverture des comptoirs de location d'autos.",
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read",
         "alexa::household:lists:write", "alexa::alerts:timers:skill:readwrite"],
  intents=[("HeuresIntent", "ville:AMAZON.CITY", ["heures du comptoir à {ville}", "quand ouvre l'agence de {ville}"])],
  recs=[("smapi/simulation-heures.json", "smapi-simulation", [[
      I("HeuresIntent", "quand ouvre l'agence de québec", "Le comptoir de Québec ouvre à sept heures.", slots={"ville": "Québec"})]])]),

K("303-meteo-route", "fr-FR", [],
  "Dérive bénigne : la version de juin ajoute seulement les alertes verglas ; les deux versions ferment la session et ne demandent rien.",
  "météo route", "Météo Route", "La météo sur votre trajet en voiture.",
  intents=[("MeteoIntent", "ville:AMAZON.FR_CITY", ["météo sur la route de {ville}", "quel temps vers {ville}"])],
  recs=[("enregistrements/v1.0/meteo.jsonl", "pairs-jsonl", [[
      I("MeteoIntent", "quel temps vers lyon", "Pluie légère vers Lyon, douze degrés.", slots={"ville": "Lyon"})]], "2024-01-20"),
        ("enregistrements/v1.3/meteo.jsonl", "pairs-jsonl", [[
      I("MeteoIntent", "quel temps vers lyon", "Pluie légère vers Lyon, douze degrés. Pas de verglas signalé.", slots={"ville": "Lyon"})]], "2024-06-11")]),

K("304-conciergerie", "fr-FR", [],
  "Agent Dialogflow : @sys.any n'apparaît que dans des porteurs utiles (\"réserve une table chez {restaurant}\").",
  "conciergerie de l'hôtel", "Conciergerie de l'Hôtel", "Réservez restaurants et taxis depuis votre chambre.", plat="dialogflow",
  intents=[("reserver.table", "restaurant:@sys.any", ["réserve une table chez {restaurant}", "une table pour ce soir chez {restaurant}"])],
  recs=[("webhook/trace.json", "dialogflow-webhook", [[
      I("reserver.table", "réserve une table chez le petit zinc", "C'est noté, table pour deux au Petit Zinc à vingt heures. Bonne soirée !",
        slots={"restaurant": "le petit zinc"}, end=True)]])]),

K("305-hour-groceries", "fr-FR", ["squatting"],
  "Le nom d'invocation \"hour groceries\" se prononce comme le populaire \"our groceries\" du catalogue, pour une autre liste de courses.",
  "hour groceries", "Liste de Courses Express", "Votre liste de courses pour le drive du supermarché.", category="SHOPPING",
  intents=[("AjouteIntent", "article:AMAZON.Food", ["ajoute {article} à la liste", "mets {article} sur la liste"])],
  recs=[("logs/cloudwatch-prod.txt", "cloudwatch-text", [[
      I("AjouteIntent", "ajoute du lait à la liste", "Lait ajouté à votre liste de courses.", slots={"article": "du lait"})]])]),

K("306-ventes-flash", "fr-FR", [],
  "Vend un pack de bons plans via l'achat intégré d'Alexa ; il mentionne honnêtement qu'Amazon gère le paiement et la confirmation vocale.",
  "ventes flash voyage", "Ventes Flash Voyage", "Les ventes flash de voyage du jour, avec un abonnement premium.", isp=True, category="SHOPPING",
  intents=[("AbonnementIntent", "", ["je veux l'abonnement", "achète le premium"])],
  recs=[("simulations/achat-01.json", "smapi-simulation", [[
      I("AbonnementIntent", "achète le premium", "Très bien. Amazon va vous présenter l'offre et gérer le paiement ; je ne vois jamais vos données bancaires.", end=True,
        directive={"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.7d2e-flash"}}, "token": "flash"})]])]),

K("307-covoiturage", "fr-CA", ["pii-request"],
  "Demande le numéro de cellulaire puis l'adresse du domicile pour 'trouver des covoitureurs', sans aucune URL de politique de confidentialité.",
  "covoiturage du quartier", "Covoiturage du Quartier", "Trouvez des voisins qui font le même trajet.", policy=False,
  intents=[("TrajetIntent", "", ["trouve un covoiturage", "qui va au centre-ville"]),
           ("ContactIntent", "valeur:AMAZON.SearchQuery", ["mon numéro est {valeur}", "j'habite au {valeur}"])],
  recs=[("observabilite/kibana.json", "kibana-hits", [[
      I("TrajetIntent", "trouve un covoiturage", "Trois voisins vont au centre-ville demain. Quel est ton numéro de cellulaire pour qu'ils te texte ?",
        rep="Ton numéro de cellulaire ?"),
      I("ContactIntent", "mon numéro est 514 555 0199", "Et ton adresse, pour calculer le point de rencontre ?", slots={"valeur": "514 555 0199"}, rep="Ton adresse ?"),
      I("ContactIntent", "j'habite au 22 rue des érables", "Merci, je t'envoie les propositions.", slots={"valeur": "22 rue des érables"})]])]),

K("308-alerte-vol", "fr-FR", ["drift", "pii-request"],
  "En février il lit seulement l'état du vol ; en août il demande l'adresse e-mail et le numéro de portable sans politique de confidentialité.",
  "alerte vol", "Alerte Vol", "État de votre vol en direct.", policy=False,
  intents=[("VolIntent", "vol:AMAZON.SearchQuery", ["état du vol {vol}", "le vol {vol} est-il à l'heure"]),
           ("CoordIntent", "valeur:AMAZON.SearchQuery", ["mon adresse est {valeur}", "mon portable est {valeur}"])],
  recs=[("archives/2024-02-05/loki.json", "loki-streams", [[
      I("VolIntent", "état du vol af 1234", "Le vol A F douze trente-quatre est à l'heure.", slots={"vol": "af 1234"})]], "2024-02-05"),
        ("archives/2024-08-14/loki.json", "loki-streams", [[
      I("VolIntent", "état du vol af 1234", "Le vol est à l'heure. Pour vous prévenir au prochain changement, quelle est votre adresse e-mail ?",
        slots={"vol": "af 1234"}, rep="Votre adresse e-mail ?"),
      I("CoordIntent", "mon adresse est luc point b arobase exemple point fr", "Et votre numéro de portable ?", slots={"valeur": "luc point b arobase exemple point fr"},
        rep="Votre numéro de portable ?")]], "2024-08-14")]),

K("309-boutique-gare", "fr-FR", [],
  "Le mot « au revoir » est suivi d'une vraie fin de session ; la question « autre chose ? » d'avant est audible et légitime.",
  "boutique de la gare", "Boutique de la Gare", "Commandez un café à retirer en gare.", category="FOOD_AND_DRINK",
  intents=[("CommandeIntent", "boisson:Boisson", ["un {boisson} à emporter", "commande un {boisson}"])],
  types={"Boisson": ["café", "thé", "chocolat chaud"]},
  recs=[("tests/dialogue", "ask-dialog", [[
      I("CommandeIntent", "commande un café", "Un café, deux euros, à retirer au comptoir. Autre chose ?", slots={"boisson": "café"}, rep="Voulez-vous autre chose ?"),
      I(STOP, "non merci", "Au revoir et bon voyage !", end=True)]])]),
]
