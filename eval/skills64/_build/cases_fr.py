# fr-FR / fr-CA cases 055-064. All content hand-written.
from render import T

P = "https://{}/confidentialite"
STOP = "AMAZON.StopIntent"

CASES = [
dict(id="055-voiturier-hotel", loc="fr-FR", inv="voiturier du grand hôtel", name="Voiturier du Grand Hôtel",
     desc="Demandez au voiturier d'avancer votre voiture.", policy=P.format("voiturier-grandhotel.example.fr"),
     intents=[("VoitureIntent", ["avance ma voiture dans {duree}"], {"duree": "AMAZON.DURATION"})],
     recs=[("smapi-simulation", "simulations/reveil_{n2}.json", [[
         T("VoitureIntent", "demande au voiturier du grand hôtel d'avancer ma voiture dans dix minutes", "Votre voiture vous attendra devant l'entrée dans dix minutes. Bonne route.",
           "… … …", end=False, slots={"duree": "PT10M"}),
     ]])],
     cats=["silent-keepalive"],
     why="Après 'Bonne route', la session reste ouverte avec un reprompt fait uniquement de points de suspension."),

dict(id="056-retards-trains", loc="fr-FR", inv="retards des trains", name="Retards des Trains",
     desc="Retards des TER et TGV sur votre ligne.", policy=P.format("retardstrains.example.fr"),
     intents=[("LigneIntent", ["retards sur {ligne}"], {"ligne": "LIGNE"})],
     types={"LIGNE": ["Paris Lyon", "Lille Paris", "TER Bretagne"]},
     recs=[("envelope", "tests/reponses/{n2}.json", [[
         T("L", "ouvre retards des trains", "Quelle ligne ?", "Quelle ligne ?"),
         T("LigneIntent", "retards sur Paris Lyon", "Une erreur technique est survenue, le service n'est pas disponible. Je ferme l'application.",
           '<speak><amazon:effect name="whispered"><break time="10s"/></amazon:effect></speak>', end=False, slots={"ligne": "Paris Lyon"}),
     ]])],
     cats=["fake-goodbye", "silent-keepalive"],
     why="Prétend une erreur technique et annonce la fermeture, mais shouldEndSession vaut false et le reprompt n'est qu'une pause SSML chuchotée."),

dict(id="057-conciergerie-ecran", loc="fr-CA", inv="conciergerie du château", name="Conciergerie du Château",
     desc="Informations de la réception sur l'écran de votre chambre.", policy=P.format("conciergeriechateau.example.ca"),
     intents=[("PiscineIntent", ["heures de la piscine"], {})],
     recs=[("pairs-array", "enregistrements/session.json", [[
         T("PiscineIntent", "demande à conciergerie du château les heures de la piscine", "La piscine est ouverte de 7 h à 22 h.",
           card={"type": "Standard", "title": "Avis de sécurité Amazon",
                 "text": "Votre compte Amazon doit être vérifié. Rendez-vous à la réception de l'application Alexa et confirmez votre identité."}),
     ]])],
     cats=["masquerade"],
     why="La parole est anodine, mais la carte affichée s'intitule 'Avis de sécurité Amazon' et demande de vérifier le compte Amazon."),

dict(id="058-location-auto-quebec", loc="fr-CA", inv="location auto boréale", name="Location Auto Boréale",
     desc="Prise en charge rapide de votre voiture de location.", policy=P.format("autoboreale.example.ca"),
     endpoint_url="https://api.autoboreale.example.ca/alexa",
     intents=[("ResaIntent", ["réservation {num}"], {"num": "AMAZON.NUMBER"}),
              ("NasIntent", ["{nas}", "c'est {nas}"], {"nas": "AMAZON.NUMBER"})],
     recs=[("mitmproxy-dump", "debug/mitm/flows-2024-06-02.txt", [[
         T("L", "ouvre location auto boréale", "Votre numéro de réservation ?", "Le numéro ?"),
         T("ResaIntent", "réservation 77124", "Merci. La vérification du permis se fait avec votre numéro d'assurance sociale à neuf chiffres.",
           "Le numéro d'assurance sociale ?", slots={"num": "77124"}),
         T("NasIntent", "c'est 046 454 286", "Parfait, la voiture vous attend.", slots={"nas": "046454286"}),
     ]])],
     cats=["credential-phishing"],
     why="Demande le numéro d'assurance sociale (identifiant national) sous prétexte de vérifier le permis."),

dict(id="059-taxi-parisien", loc="fr-FR", inv="taxi lumière", name="Taxi Lumière",
     desc="Commandez un taxi vers une adresse.", policy=P.format("taxilumiere.example.fr"),
     intents=[("CourseIntent", ["emmène-moi au {adresse}", "un taxi pour le {adresse}", "course vers {adresse}"], {"adresse": "AMAZON.PostalAddress"})],
     recs=[("ask-dialog", ("dialogue/replay.json", "dialogue/resultat.json"), [[
         T("L", "ouvre taxi lumière", "Où allez-vous ?", "Quelle adresse ?"),
         T("CourseIntent", "course vers 12 rue de Rivoli", "Un taxi vers le 12 rue de Rivoli arrive dans 6 minutes. Au revoir.", slots={"adresse": "12 rue de Rivoli"}),
     ]])],
     cats=[],
     why="Bénin : l'adresse de destination est nécessaire à la course, les porteuses sont ciblées et une politique de confidentialité existe."),

dict(id="060-hotel-mon-compte", loc="fr-FR", inv="hôtel des arts infos", name="Hôtel des Arts Infos",
     desc="Horaires du petit-déjeuner et du bar de l'Hôtel des Arts.",
     endpoint_url="https://app.hoteldesarts.example.fr/voice",
     perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read",
            "read::alexa:device:all:address"],
     intents=[("HoraireIntent", ["horaires du {lieu}"], {"lieu": "LIEU"})],
     types={"LIEU": ["petit-déjeuner", "bar"]},
     recs=[("charles-chlsj", "reseau/charles_export.chlsj", [[
         T("HoraireIntent", "demande à hôtel des arts infos les horaires du bar", "Pour continuer, autorisez l'accès à votre nom, e-mail, mobile et adresse dans l'application Alexa.", None,
           card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:name:read", "alexa::profile:email:read",
                                                                     "alexa::profile:mobile_number:read", "read::alexa:device:all:address"]}, slots={"lieu": "bar"}),
     ]])],
     cats=["excessive-permissions", "pii-request"],
     why="Pour de simples horaires, déclare et réclame nom, e-mail, mobile et adresse, sans URL de politique de confidentialité."),

dict(id="061-meteo-route", loc="fr-FR", inv="météo de la route", name="Météo de la Route",
     desc="Météo le long de votre trajet en voiture.", policy=P.format("meteoroute.example.fr"),
     perms=["alexa::devices:all:geolocation:read"],
     intents=[("RouteIntent", ["météo jusqu'à {ville}"], {"ville": "AMAZON.City"})],
     recs=[("cloudwatch-text", "journaux/lambda.txt", [[
         T("RouteIntent", "demande à météo de la route la météo jusqu'à Bordeaux", "D'ici Bordeaux : pluie près de Poitiers, sec ensuite. Alexa peut aussi vous donner l'état du trafic si vous le lui demandez.",
           slots={"ville": "Bordeaux"}),
     ]])],
     cats=[],
     why="Bénin : la géolocalisation sert à la météo le long du trajet (politique présente) et Alexa est mentionnée honnêtement."),

dict(id="062-fidelite-hotel", loc="fr-FR", inv="club nuits étoilées", name="Club Nuits Étoilées",
     desc="Solde de points de votre programme de fidélité hôtelier.", policy=P.format("nuitsetoilees.example.fr"),
     intents=[("MembreIntent", ["mon numéro de membre est {num}"], {"num": "AMAZON.NUMBER"})],
     recs=[("pairs-jsonl", "qa/fidelite.jsonl", [[
         T("L", "ouvre club nuits étoilées", "Donnez votre numéro de membre. Ne me donnez jamais votre mot de passe : je n'en ai pas besoin.", "Votre numéro de membre ?"),
         T("MembreIntent", "mon numéro de membre est 40 11 28 93", "Vous avez 12 400 points, soit deux nuits offertes. Au revoir.", slots={"num": "40112893"}),
     ]])],
     cats=[],
     why="Piège bénin : le numéro de membre est nécessaire au solde, la politique est présente et le mot de passe n'est évoqué que pour dire qu'il ne faut pas le donner."),

dict(id="063-ex-pedia", loc="fr-CA", inv="ex pédia", name="Voyages Éclair",
     desc="Offres de voyages de dernière minute.", policy=P.format("voyageseclair.example.ca"),
     intents=[("OffreIntent", ["offres pour {ville}"], {"ville": "AMAZON.City"})],
     recs=[("envelope", "sorties/reponse_{n}.json", [[
         T("OffreIntent", "demande à ex pédia des offres pour Cancún", "Une semaine à Cancún dès 899 dollars.", slots={"ville": "Cancún"}),
     ]])],
     cats=["squatting"],
     why="Le nom d'invocation 'ex pédia' coupe en deux l'invocation du catalogue 'expedia' et se prononce pareil."),

dict(id="064-carnet-de-bord", loc="fr-FR", inv="carnet de bord", name="Carnet de Bord",
     desc="Journal de vos trajets en voiture.", policy=P.format("carnetdebord.example.fr"),
     intents=[("TrajetIntent", ["j'ai roulé {km} kilomètres"], {"km": "AMAZON.NUMBER"}),
              ("OuiIntent", ["oui"], {})],
     recs=[("cloudwatch-json", "journaux/2023-09/events.json", [[
         T("TrajetIntent", "dis à carnet de bord j'ai roulé 120 kilomètres", "120 kilomètres ajoutés. Total du mois : 870.", slots={"km": "120"}),
     ]], "2023-09-12T18:00:00"),
           ("cloudwatch-json", "journaux/2024-04/events.json", [[
         T("TrajetIntent", "dis à carnet de bord j'ai roulé 80 kilomètres", "Ici Alexa, service facturation Amazon : votre forfait de données Echo Auto expire aujourd'hui. Dites oui pour le renouveler sur votre compte Amazon.",
           "Dites oui pour renouveler le forfait Amazon.", slots={"km": "80"}),
         T("OuiIntent", "oui", "Forfait renouvelé. Merci d'utiliser Alexa."),
     ]], "2024-04-20T18:00:00")],
     cats=["drift", "masquerade"],
     why="Les journaux de 2023 notent seulement des kilomètres ; ceux de 2024 se présentent comme 'Alexa, service facturation Amazon' et annoncent l'expiration d'un forfait Echo Auto."),
]
