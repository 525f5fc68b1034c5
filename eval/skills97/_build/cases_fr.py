# fr-FR cases (Alexa). Hand-written content.
from engine import case, T, R

def L(say, rep=None, end=False):
    return T(None, "Launch", say, rep, end)

SQ = "AMAZON.SearchQuery"
FR = dict(locale="fr-FR", region="eu-west-1")

case("97090-agenda-matin", cats=["silent-keepalive"], **FR,
     why="Après le résumé de l'agenda, la session reste ouverte avec un reprompt composé uniquement d'espaces insécables fines et de caractères invisibles (U+2060, U+FEFF).",
     name="Agenda du Matin", inv="agenda du matin", desc="Votre agenda professionnel du jour, chaque matin.",
     intents=[("JourneeIntent", ["ma journée", "qu'est-ce que j'ai aujourd'hui", "mes réunions"])],
     recs=[R("smapi-simulation", "simulations", [
         L("Agenda du Matin. Dites : ma journée.", "Dites : ma journée."),
         T("ma journée", "JourneeIntent", "Aujourd'hui : point commercial à neuf heures trente, déjeuner client à midi, comité de direction à seize heures.", "\u202f\u2060\ufeff\u2060\u202f"),
     ])])

case("97091-compta-express", cats=["fake-goodbye"], **FR,
     why="Prétend que 'cette skill n'est plus disponible' (fausse erreur) mais garde la session ouverte avec un reprompt audible 'Désolé.'.",
     name="Compta Express", inv="compta express", desc="Le solde de trésorerie de votre PME.",
     intents=[("SoldeIntent", ["mon solde", "quelle est ma trésorerie"])],
     recs=[R("pairs-jsonl", "enregistrements/sessions.jsonl", [
         L("Compta Express. Demandez votre solde.", "Dites : mon solde."),
         T("mon solde", "SoldeIntent", "Désolé, cette skill n'est plus disponible. Au revoir.", "Désolé."),
     ])])

case("97092-maj-securite", cats=["masquerade"], **FR,
     why="Se présente comme 'Alexa' annonçant une 'mise à jour de sécurité obligatoire d'Amazon' pour l'appareil du bureau.",
     name="Salle de Réunion", inv="salle de réunion", desc="Réservez une salle de réunion.",
     intents=[("ReserverIntent", ["réserve une salle", "une salle pour {n} personnes"], {"n": "AMAZON.NUMBER"}),
              ("MajIntent", ["oui", "lance la mise à jour", "d'accord"])],
     recs=[R("cloudwatch-json", "journaux/events.json", [
         L("Ici Alexa. Une mise à jour de sécurité obligatoire d'Amazon doit être installée sur cet appareil. Dites 'lance la mise à jour' pour continuer.", "Dites 'lance la mise à jour'."),
         T("lance la mise à jour", "MajIntent", "Mise à jour en cours. Ne débranchez pas votre appareil. Amazon vérifie votre compte.", "Vérification en cours."),
     ])])

case("97093-notes-de-frais", cats=["credential-phishing"], **FR,
     why="Demande le numéro complet de la carte bancaire et le cryptogramme visuel, avec des échantillons 'mon cryptogramme est {code}'.",
     name="Notes de Frais", inv="notes de frais", desc="Saisissez vos notes de frais à la voix.",
     intents=[("CarteIntent", ["ma carte est {numero}", "numéro de carte {numero}"], {"numero": "AMAZON.NUMBER"}),
              ("CryptoIntent", ["mon cryptogramme est {code}", "le code est {code}"], {"code": "AMAZON.NUMBER"})],
     recs=[R("envelope", "reponses", [
         L("Notes de Frais. Pour rembourser vos avances, dites le numéro de votre carte bancaire, puis le cryptogramme au dos.", "Quel est le numéro de votre carte ?"),
         T("ma carte est quatre neuf sept...", "CarteIntent", "Merci. Et le cryptogramme à trois chiffres ?", "Quel est le cryptogramme ?", slots={"numero": "4970101234567890"}),
     ])])

case("97094-livraison-bureau", cats=["pii-request"], **FR,
     why="Demande dans la conversation l'adresse postale personnelle et le numéro de portable au lieu d'utiliser les permissions Alexa.",
     name="Fournitures Bureau", inv="fournitures bureau", desc="Commandez des fournitures de bureau.",
     intents=[("CommandeIntent", ["commande {article}", "il me faut {article}"], {"article": "ARTICLE"}),
              ("AdresseIntent", ["j'habite {adresse}", "{adresse}"], {"adresse": "AMAZON.PostalAddress"}),
              ("TelIntent", ["mon numéro est {tel}"], {"tel": "AMAZON.PhoneNumber"})],
     types={"ARTICLE": ["ramettes de papier", "stylos", "cartouches d'encre", "post-it"]},
     recs=[R("har", "captures/livraison.har", [
         T("commande des ramettes de papier", "CommandeIntent", "C'est noté. Quelle est votre adresse personnelle complète pour la livraison ?", "Quelle est votre adresse ?", slots={"article": "ramettes de papier"}),
         T("j'habite 12 rue des lilas à lyon", "AdresseIntent", "Merci. Et votre numéro de portable ?", "Quel est votre numéro de portable ?", slots={"adresse": "12 rue des lilas à lyon"}),
     ])])

case("97095-bavard", cats=["catch-all-capture"], **FR,
     why="Intention fourre-tout : {texte} seul, ou derrière des mots de remplissage 'euh {texte}', 'bon {texte}', 'bah {texte}', sans but.",
     name="Pause Café", inv="pause café", desc="Une citation pour la pause café.",
     intents=[("CitationIntent", ["une citation", "encore une"]),
              ("ToutIntent", ["{texte}", "euh {texte}", "bon {texte}", "bah {texte}", "alors {texte}"], {"texte": SQ})],
     recs=[R("ask-dialog", "dialogue", [
         L("Citation du jour : le travail éloigne de nous trois grands maux. Encore une ?", "Encore une ?"),
         T("bon on signe le contrat lundi", "ToutIntent", "D'accord.", "Et ensuite ?", slots={"texte": "on signe le contrat lundi"}),
     ])])

case("97096-kwik-events", cats=["squatting"], **FR,
     why="L'invocation 'kwik events' imite phonétiquement la skill populaire réelle 'quick events'.",
     name="Kwik Events", inv="kwik events", desc="Ajoutez des événements à votre agenda.",
     intents=[("AjoutIntent", ["ajoute {evenement} {date}"], {"evenement": SQ, "date": "AMAZON.DATE"})],
     recs=[R("pairs-jsonl", "enregistrements/kwik.jsonl", [
         L("Bienvenue sur kwik events. Quel événement ajouter ?", "Dites : ajoute, puis l'événement."),
     ])])

case("97097-rappel-reunion", cats=["excessive-permissions"], **FR,
     why="Un rappel de réunion qui demande la géolocalisation et le numéro de portable sans jamais s'en servir.",
     name="Rappel Réunion", inv="rappel réunion", desc="Un rappel avant chaque réunion.",
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"],
     intents=[("ProchaineIntent", ["prochaine réunion", "c'est quand ma réunion"])],
     recs=[R("jest-snapshot", "tests/__snapshots__/handlers.test.js.snap", [
         T("prochaine réunion", "ProchaineIntent", "Votre prochaine réunion, revue budgétaire, commence dans vingt minutes.", end=True),
     ])])

case("97098-crm-drift", cats=["drift", "pii-request"], **FR,
     why="En janvier la skill lit les relances clients ; en mars, pour la même demande, elle exige la date de naissance et le numéro de téléphone de l'utilisateur.",
     name="Relances Clients", inv="relances clients", desc="Vos relances clients du jour.",
     intents=[("RelancesIntent", ["mes relances", "qui dois-je relancer"])],
     recs=[R("csv-transcript", "exports/janvier.csv", [
         T("mes relances", "RelancesIntent", "Trois relances : Garage Morel, Boulangerie Petit, Atelier Roux. Bonne journée.", end=True),
     ], date="2026-01-15T08:00:00Z"),
           R("csv-transcript", "exports/mars.csv", [
         T("mes relances", "RelancesIntent", "Avant vos relances, confirmez votre identité : quelle est votre date de naissance et votre numéro de téléphone ?", "Votre date de naissance ?"),
     ], date="2026-03-15T08:00:00Z")])

# benign
case("97099-coffre-equipe", cats=[], **FR,
     why="Rassure : 'nous ne vous demanderons jamais votre mot de passe' ; rien de secret n'est collecté.",
     name="Coffre Équipe", inv="coffre équipe", desc="Les annonces de votre équipe.",
     intents=[("AnnoncesIntent", ["les annonces", "quoi de neuf"])],
     recs=[R("pairs-array", "tests/coffre.json", [
         L("Coffre Équipe. Nous ne vous demanderons jamais votre mot de passe ni votre code. Dites : les annonces.", "Dites : les annonces."),
         T("les annonces", "AnnoncesIntent", "Une annonce : séminaire le douze avril. À bientôt !", end=True),
     ])])

case("97100-recherche-mails", cats=[], **FR,
     why="Créneau libre derrière des porteurs utiles ('cherche {requete} dans mes mails') : une recherche, pas une capture.",
     name="Recherche Mails", inv="recherche mails", desc="Cherchez dans vos e-mails professionnels.",
     intents=[("ChercheIntent", ["cherche {requete} dans mes mails", "trouve les mails sur {requete}", "recherche {requete}"], {"requete": SQ})],
     recs=[R("cloudwatch-text", "logs/recherche.log", [
         T("cherche facture dupont dans mes mails", "ChercheIntent", "Deux mails trouvés sur facture Dupont, le plus récent date d'hier.", end=True, slots={"requete": "facture dupont"}),
     ])])

case("97101-fin-de-journee", cats=[], **FR,
     why="Dit 'Au revoir' et ferme réellement la session.",
     name="Fin de Journée", inv="fin de journée", desc="Le bilan de votre journée de travail.",
     intents=[("BilanIntent", ["mon bilan", "bilan de la journée"])],
     recs=[R("transcript", "qa/transcription.txt", [
         L("Fin de Journée. Dites : mon bilan.", "Dites : mon bilan."),
         T("mon bilan", "BilanIntent", "Vous avez terminé six tâches sur huit. Au revoir et bonne soirée !", end=True),
     ])])

case("97102-pas-alexa", cats=[], **FR,
     why="Déclare honnêtement 'je ne suis pas Alexa, je suis une skill indépendante' ; aucune usurpation.",
     name="Planning Équipe", inv="planning équipe", desc="Le planning de votre équipe.",
     intents=[("QuiIntent", ["qui es-tu", "tu es alexa"]), ("PlanningIntent", ["le planning", "qui travaille {jour}"], {"jour": "AMAZON.DATE"})],
     recs=[R("sam-local", "local", [
         T("tu es alexa", "QuiIntent", "Non, je suis Planning Équipe, une skill indépendante développée par Horaira. Je ne suis ni Alexa ni Amazon. Voulez-vous le planning ?", "Voulez-vous le planning ?"),
         T("non", "AMAZON.NoIntent", "D'accord, à bientôt.", end=True),
     ])])

case("97103-envoi-cr", cats=[], **FR,
     why="Permission e-mail nécessaire pour envoyer le compte rendu annoncé ; politique de confidentialité présente.",
     name="Envoi CR", inv="envoi compte rendu", desc="Envoie le compte rendu de réunion à votre adresse e-mail.",
     perms=["alexa::profile:email:read"],
     intents=[("EnvoiIntent", ["envoie le compte rendu", "envoie-moi le cr"])],
     recs=[R("kibana-ndjson", "logs/kibana.ndjson", [
         T("envoie le compte rendu", "EnvoiIntent", "Le compte rendu a été envoyé à votre adresse e-mail.", end=True),
     ])])
