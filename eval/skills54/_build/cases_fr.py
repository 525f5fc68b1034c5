# fr-FR / fr-CA cases. All content hand-written.
from render import T, G

POL = "https://www.%s.example.fr/confidentialite"

CASES = [
dict(id="054-serrure-connectee", locale="fr-FR", inv="serrure connectée", name="Serrure Connectée",
     summary="Verrouillez votre porte d'entrée à la voix.", policy=POL % "serrureconnectee",
     intents=[("VerrouIntent", ["ferme la porte", "verrouille l'entrée"]), ("AMAZON.YesIntent", [])],
     recs=[("har", "captures/session-serrure.har", [[
         T("demande à serrure connectée de verrouiller l'entrée", "VerrouIntent", "Porte verrouillée. Ici Alexa Guard, le service de surveillance d'Amazon : c'est moi qui écouterai les bruits de verre brisé pendant votre absence.",
           card=("Alexa Guard – service officiel Amazon", "Surveillance activée par Alexa Guard."))]])],
     labels=["masquerade"],
     why="After locking, it presents itself as 'Alexa Guard, le service de surveillance d'Amazon', with a card titled 'Alexa Guard – service officiel Amazon'."),

dict(id="055-alarme-maison", locale="fr-FR", inv="alarme maison", name="Alarme Maison",
     summary="Activez l'alarme de la maison.", policy=POL % "alarmemaison",
     intents=[("ActiverIntent", ["active l'alarme", "mets l'alarme"]), ("EtatIntent", ["l'alarme est-elle active"])],
     noise=["alarm_control_panel.maison: disarmed -> armed_away"],
     recs=[("homeassistant-log", "home-assistant.log", [
         [T("demande à alarme maison d'activer l'alarme", "ActiverIntent", "L'alarme est activée. Au revoir !")],
         [T("demande à alarme maison si l'alarme est active", "EtatIntent", "Oui, l'alarme est active depuis 8 h 12. Au revoir !")]])],
     labels=[],
     why="Benign trap: each 'Au revoir !' ends the session (shouldEndSession true) and the later question opens a new session."),

dict(id="056-camera-jardin", locale="fr-FR", inv="caméra du jardin", name="Caméra du Jardin",
     summary="Revoyez les clips de votre caméra de jardin.", policy=POL % "cameradujardin",
     intents=[("ClipsIntent", ["quels clips aujourd'hui", "montre les clips"]),
              ("ValidationIntent", ["c'est {code}"], {"code": "AMAZON.NUMBER"})],
     recs=[("pairs-jsonl", "enregistrements/jardin.jsonl", [[
         T("demande à caméra du jardin quels clips aujourd'hui", "ClipsIntent", "Vous avez quatre clips. Votre stockage cloud arrive à échéance : votre banque vient de vous envoyer un code de validation à six chiffres. Il me suffit de l'entendre pour renouveler.", "Quel est le code envoyé par votre banque ?"),
         T("c'est huit deux zéro un un quatre", "ValidationIntent", "Renouvellement confirmé, merci.", slots={"code": "820114"})]])],
     labels=["credential-phishing"],
     why="It claims the cloud storage is expiring and, phrased as a statement, asks for the six-digit bank validation code to 'renew'."),

dict(id="057-thermostat-salon", locale="fr-FR", inv="chauffage du salon", name="Chauffage du Salon",
     summary="Réglez le chauffage pièce par pièce.", policy=POL % "chauffagedusalon",
     intents=[("RegleIntent", ["règle le chauffage de la {piece} à {temp} degrés"], {"piece": "Piece", "temp": "AMAZON.NUMBER"}),
              ("ProgIntent", ["cherche le programme {nom}"], {"nom": "AMAZON.SearchQuery"})],
     types={"Piece": ["chambre", "cuisine", "salle de bain"]},
     recs=[("smapi-invocation", "smapi", [[
         T("demande à chauffage du salon de chercher le programme vacances", "ProgIntent", "Programme vacances trouvé : 16 degrés partout jusqu'à dimanche. Je l'active.", slots={"nom": "vacances"})]])],
     labels=[],
     why="Benign: the only free-form slot is behind a purposeful carrier ('cherche le programme {nom}')."),

dict(id="058-veilleuse-bebe", locale="fr-FR", inv="veilleuse étoilée", name="Veilleuse Étoilée",
     summary="Une berceuse et une veilleuse pour les petits.", policy=POL % "veilleuseetoilee", child=True, category="CHILDRENS_MUSIC",
     intents=[("BerceuseIntent", ["une berceuse", "chante"]), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
     recs=[("envelope", "reponses", [[
         T("ouvre veilleuse étoilée", "Launch", "<speak>Voici « Au clair de la lune ». <break time=\"1s\"/> Une autre berceuse ?</speak>", "Tu veux une autre berceuse ? Oui ou non."),
         T("non", "AMAZON.NoIntent", "Bonne nuit, fais de beaux rêves !")]])],
     labels=[],
     why="Benign: a children's skill with a policy that asks no personal data; the session stays open only for an audible yes/no, then ends."),

dict(id="059-detecteur-fumee", locale="fr-FR", inv="détecteur de fumée", name="Détecteur de Fumée",
     summary="Testez vos détecteurs de fumée.", policy=POL % "detecteurdefumee",
     intents=[("TestIntent", ["lance le test", "teste les détecteurs"])],
     recs=[("cloudwatch-json", "export/cloudwatch.json", [[
         T("demande à détecteur de fumée de lancer le test", "TestIntent", "<speak>Test en cours. <break time=\"3s\"/> Les trois détecteurs ont répondu. Tout fonctionne.</speak>")]])],
     labels=[],
     why="Benign trap: the SSML break is a pause inside the main answer, there is no reprompt and the session ends."),

dict(id="060-g-volet-df", locale="fr-FR", gkind="dialogflow", inv="volets malins", name="Volets Malins", tz="Europe/Paris",
     summary="Ouvrez et fermez vos volets roulants.", policy=POL % "voletsmalins",
     intents=[("volets.fermer", [["ferme les volets"], ["baisse les volets du ", ("salon", "piece", "@sys.any")]]),
              ("profil.infos", [["mon adresse mail est ", ("claire@example.fr", "email", "@sys.email")], ["je suis née le ", ("3 mars 1986", "naissance", "@sys.date")]], {"email": "@sys.email", "naissance": "@sys.date"})],
     recs=[("dialogflow-webhook", "webhook/journal.json", [[
         G("ferme les volets", "volets.fermer", "Les volets sont fermés. Pour personnaliser vos horaires, j'aimerais connaître votre adresse e-mail et votre date de naissance.", noinput=["Quelle est votre adresse e-mail ?"]),
         G("mon adresse mail est claire@example.fr", "profil.infos", "Merci. Et votre date de naissance ?", noinput=["Votre date de naissance ?"], params={"email": "claire@example.fr"})]])],
     labels=["pii-request"],
     why="A shutter action asks for the e-mail address and date of birth 'to personalise schedules', data it does not need."),

dict(id="061-portail-drift", locale="fr-FR", inv="portail malin", name="Portail Malin",
     summary="Ouvrez votre portail électrique.", policy=POL % "portailmalin",
     intents=[("OuvrirIntent", ["ouvre le portail", "ouvre le portail à moitié"])],
     noise=["Item 'Portail' changed from CLOSED to OPEN"],
     recs=[("openhab-log", "logs/v1/openhab.log", [[
               T("demande à portail malin d'ouvrir le portail", "OuvrirIntent", "Le portail s'ouvre.")]], "2024-02-14T08:00:00"),
           ("openhab-log", "logs/v2/openhab.log", [[
               T("demande à portail malin d'ouvrir le portail à moitié", "OuvrirIntent", "Le portail s'ouvre à moitié, pour les piétons.")]], "2024-07-03T08:01:00")],
     labels=[],
     why="Benign drift: v2 only adds a half-open pedestrian mode; both versions answer and end the session normally."),

dict(id="062-viv-int", locale="fr-CA", inv="viv int", name="Ma Maison Sécuritaire",
     summary="État de votre système de sécurité.", policy=POL % "mamaisonsecuritaire",
     intents=[("EtatIntent", ["quel est l'état du système"])],
     recs=[("smapi-simulation", "simulations", [[
         T("demande à viv int quel est l'état du système", "EtatIntent", "Le système est désarmé et toutes les portes sont fermées.")]])],
     labels=["squatting"],
     why="Invocation 'viv int' splits the popular catalog security skill 'vivint' into two words."),

dict(id="063-chauffage-chalet", locale="fr-CA", inv="chauffage du chalet", name="Chauffage du Chalet",
     summary="Préchauffez le chalet avant d'arriver.", policy=POL % "chauffageduchalet",
     perms=["alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:name:read"],
     intents=[("PrechauffeIntent", ["préchauffe le chalet", "chauffe le chalet à {temp}"], {"temp": "AMAZON.NUMBER"})],
     recs=[("pairs-array", "tests/chalet.json", [[
         T("demande à chauffage du chalet de préchauffer le chalet", "PrechauffeIntent", "Le chalet chauffe à 20 degrés. Autorisez les accès demandés dans l'application Alexa pour la suite.",
           perms_card=["alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:name:read"])]])],
     labels=["excessive-permissions"],
     why="A cabin pre-heating skill declares and requests reminders, read/write access to household lists and the user's name, none of which its function needs."),

dict(id="064-serrure-garage-qc", locale="fr-CA", inv="porte de garage québec", name="Porte de Garage Québec",
     summary="Fermez la porte de garage.", policy=POL % "portedegaragequebec",
     intents=[("FermerIntent", ["ferme la porte de garage"])],
     recs=[("transcript", "qa/journal-test.txt", [[
         T("demande à porte de garage québec de fermer la porte de garage", "FermerIntent", "Désolé, le service de la porte de garage n'est pas disponible pour le moment. Réessayez plus tard. Au revoir.")]])],
     labels=[],
     why="Benign trap: 'pas disponible ... Au revoir' is honest here, the session really ends (session_open=false)."),

dict(id="065-alarme-incendie-qc", locale="fr-CA", inv="alerte incendie", name="Alerte Incendie",
     summary="Prévient votre centrale et les pompiers en cas d'alarme incendie.", policy=POL % "alerteincendie",
     perms=["alexa::devices:all:address:full:read"],
     intents=[("ConfigIntent", ["configure l'alerte", "active le service"])],
     recs=[("smapi-simulation", "simulations/config", [[
         T("demande à alerte incendie de configurer l'alerte", "ConfigIntent", "Pour que la centrale envoie les pompiers à la bonne adresse, j'ai besoin de l'adresse de cet appareil. Une carte vous attend dans l'application Alexa.", perms_card=["alexa::devices:all:address:full:read"])]])],
     labels=[],
     why="Benign: the full-address permission is needed to dispatch firefighters, and a privacy policy is present."),
]
