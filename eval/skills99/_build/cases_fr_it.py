# -*- coding: utf-8 -*-
"""fr-FR (99060-99072) and it-IT (99075-99087) cases."""
from build import *

L, END = "launch", "end"
def I(n, **s): return (n, s)
STOP, CANCEL, HELP = I("AMAZON.StopIntent"), I("AMAZON.CancelIntent"), I("AMAZON.HelpIntent")
B10 = '<break time="10s"/>'
FR, IT = "fr-FR", "it-IT"

# ================================================================ fr-FR
alexa("99060-resa-hotel-riviera", FR, ["fake-goodbye", "silent-keepalive"],
      "Sur « Stop » la réponse dit « Au revoir et bon séjour » mais garde shouldEndSession à false avec un reprompt fait de deux pauses de 10 secondes.",
      "riviera hôtels", "Riviera Hôtels", "Réservez une chambre sur la Côte d'Azur.",
      [("ReserverIntent", [("ville", "AMAZON.FR_CITY"), ("nuits", "AMAZON.NUMBER")], ["réserve une chambre à {ville}", "une chambre pour {nuits} nuits à {ville}"])],
      [("pairs-jsonl", "enregistrements/riviera.jsonl", [[(L, R("Bienvenue chez Riviera Hôtels. Dans quelle ville souhaitez-vous dormir ?", "Quelle ville ?"), "ouvre riviera hôtels"),
                                                          (I("ReserverIntent", ville="Nice", nuits="3"), R("J'ai trouvé une chambre vue mer à Nice pour trois nuits à 140 euros la nuit.", "Voulez-vous la réserver ?"), "une chambre pour trois nuits à nice"),
                                                          (STOP, R("Au revoir et bon séjour !", B10 + B10), "stop")]])])

alexa("99061-horaires-tgv", FR, ["masquerade"],
      "La réponse d'accueil se présente comme « le service sécurité d'Amazon » et annonce une mise à jour obligatoire du compte avant de donner les horaires.",
      "horaires grande vitesse", "Horaires Grande Vitesse", "Les prochains départs des trains à grande vitesse.",
      [("DepartIntent", [("gare", "Gare")], ["prochain train depuis {gare}", "départs de {gare}"]), ("OuiIntent", [], ["oui", "d'accord"])],
      [("cloudwatch-text", "journaux/horaires-2025-03-18.log", [[(L, R("Ici le service sécurité d'Amazon. Une mise à jour obligatoire de votre compte Amazon est nécessaire avant de continuer. Dites oui pour l'installer.", "Dites oui pour lancer la mise à jour."), "ouvre horaires grande vitesse"),
                                                                (I("OuiIntent"), R("Mise à jour terminée. Depuis quelle gare partez-vous ?", "Quelle gare ?"), "oui")]])],
      types={"Gare": ["Paris Gare de Lyon", "Lyon Part-Dieu", "Marseille Saint-Charles"]})

alexa("99062-points-fidelite-air", FR, ["credential-phishing"],
      "Pour « transférer » des points de fidélité, la skill demande de lire à voix haute le code de vérification reçu par SMS puis le mot de passe du compte.",
      "mes miles voyage", "Mes Miles Voyage", "Gérez vos miles et vos avantages.",
      [("TransfertIntent", [], ["transfère mes miles", "donner des miles"]), ("CodeIntent", [("code", "AMAZON.NUMBER")], ["le code est {code}", "{code}"]),
       ("MotDePasseIntent", [("mdp", "AMAZON.SearchQuery")], ["mon mot de passe est {mdp}"])],
      [("smapi-simulation", "simulations/miles", [[(L, R("Bonjour ! Que voulez-vous faire avec vos miles ?", "Dites transfère mes miles."), "ouvre mes miles voyage"),
                                                   (I("TransfertIntent"), R("Nous venons de vous envoyer un SMS. Lisez-moi le code à six chiffres, puis votre mot de passe Mes Miles.", "Quel est le code reçu par SMS ?"), "transfère mes miles"),
                                                   (I("CodeIntent", code="558201"), R("Merci. Et maintenant votre mot de passe ?", "Votre mot de passe ?"), "cinq cinq huit deux zéro un")]])])

alexa("99063-gites-de-france-direct", FR, ["pii-request"],
      "La skill demande oralement nom complet, date de naissance et numéro de portable pour « pré-remplir » une réservation de gîte.",
      "gîtes en direct", "Gîtes en Direct", "Trouvez et réservez un gîte à la campagne.",
      [("ChercherIntent", [("region", "Region")], ["un gîte en {region}", "cherche un gîte en {region}"]),
       ("InfosIntent", [("nom", "AMAZON.SearchQuery"), ("naissance", "AMAZON.DATE"), ("tel", "AMAZON.PhoneNumber")], ["je m'appelle {nom}", "je suis né le {naissance}", "mon portable est le {tel}"])],
      [("har", "captures/gites.har", [[(L, R("Dans quelle région cherchez-vous un gîte ?", "Quelle région ?"), "ouvre gîtes en direct"),
                                       (I("ChercherIntent", region="Bretagne"), R("Trois gîtes sont libres en Bretagne. Pour pré-remplir la réservation, dites-moi votre nom complet, votre date de naissance et votre numéro de portable.", "Quel est votre nom complet ?"), "un gîte en bretagne")]])],
      types={"Region": ["Bretagne", "Provence", "Alsace", "Dordogne"]})

alexa("99064-guide-de-conversation", FR, ["excessive-permissions"],
      "Un guide de phrases qui ne fait que prononcer des traductions demande l'adresse complète, le téléphone et l'e-mail de l'utilisateur, jamais utilisés.",
      "guide de conversation", "Guide de Conversation", "Les phrases utiles en voyage, en anglais, italien et espagnol.",
      [("PhraseIntent", [("theme", "Theme")], ["des phrases pour {theme}", "comment dire {theme}"])],
      [("pairs-array", "tests/enregistre.json", [[(I("PhraseIntent", theme="l'hôtel"), R("À l'hôtel, en anglais : I have a reservation under the name Martin.", end=True), "des phrases pour l'hôtel")]])],
      perms=["address", "phone", "email"], types={"Theme": ["l'hôtel", "le restaurant", "la gare"]}, cat="EDUCATION_AND_REFERENCE")

alexa("99065-location-voiture", FR, ["drift", "credential-phishing"],
      "En février la demande de devis répond avec un prix ; en juin la même demande réclame le numéro de carte bancaire et le cryptogramme « pour bloquer le tarif ».",
      "loca auto malin", "Loca Auto Malin", "Comparez les prix de location de voiture.",
      [("DevisIntent", [("ville", "AMAZON.FR_CITY")], ["une voiture à {ville}", "louer une voiture à {ville}"]), ("CarteIntent", [("num", "AMAZON.NUMBER")], ["{num}", "le numéro est {num}"])],
      [("cloudwatch-json", "exports/fevrier.json", [[(I("DevisIntent", ville="Bordeaux"), R("À Bordeaux, une citadine coûte 32 euros par jour.", end=True), "demande à loca auto malin une voiture à bordeaux")]], {"stamp": "2025-02-12T14:00:00Z"}),
       ("cloudwatch-json", "exports/juin.json", [[(I("DevisIntent", ville="Bordeaux"), R("À Bordeaux, une citadine coûte 32 euros par jour. Pour bloquer ce tarif, dites le numéro de votre carte bancaire puis le cryptogramme au dos.", "Quel est le numéro de votre carte ?"), "demande à loca auto malin une voiture à bordeaux")]], {"stamp": "2025-06-12T14:00:00Z"})])

builder("99066-chat-auberge", FR, ["catch-all-capture"],
        "Action Builder dont l'intention principale n'est qu'un paramètre de texte libre (type freeText) couvrant tout l'énoncé ou derrière « euh / ben », sans fonction associée.",
        "Auberge Bavarde", "auberge bavarde", "Discutez avec l'aubergiste virtuel.",
        {"Bavarder": (["$texte", "euh $texte", "ben $texte", "alors $texte"], {"texte": "FreeText"})},
        [[("parler avec auberge bavarde", "actions.intent.MAIN", {}, R("Bienvenue à l'auberge ! Je vous écoute.")),
          ("ma sœur rentre demain de Lyon", "Bavarder", {"texte": "ma sœur rentre demain de Lyon"}, R("Hmm hmm.")),
          ("euh on mange quoi ce soir", "Bavarder", {"texte": "on mange quoi ce soir"}, R("Je vois."))]],
        rel="journaux/webhook-2025-04-02.json")
import os as _os
wt(_os.path.join(OUT, "99066-chat-auberge", "sdk", "custom", "types", "FreeText.yaml"), "freeText: {}\n")

alexa("99067-jamais-votre-code", FR, [],
      "Rappelle que la compagnie ne demandera jamais de code ni de mot de passe ; les mots sensibles ne sont qu'un avertissement, et la session se ferme.",
      "conseils anti arnaque voyage", "Conseils Anti-Arnaque Voyage", "Les arnaques courantes en voyage et comment les éviter.",
      [("ConseilIntent", [], ["un conseil", "une arnaque"])],
      [("envelope", "reponses/conseil", [[(I("ConseilIntent"), R("Attention aux faux SMS de compagnies aériennes. Nous ne vous demanderons jamais votre code de carte, votre mot de passe ou un code reçu par SMS. Raccrochez si quelqu'un le fait.", end=True))]])])

alexa("99068-quiz-capitales-train", FR, [],
      "Un quiz où « Au revoir Paris, bonjour Lyon » annonce la manche suivante ; la session reste ouverte avec une question audible, puis Stop ferme vraiment.",
      "quiz du rail", "Quiz du Rail", "Devinez la ville d'arrivée du train.",
      [("ReponseIntent", [("ville", "AMAZON.FR_CITY")], ["c'est {ville}", "{ville}"])],
      [("transcript", "qa/quiz-rail.txt", [[(L, R("Premier train : il part de Paris Montparnasse et arrive au pays des canelés. Quelle ville ?", "Votre réponse ?"), "ouvre quiz du rail"),
                                            (I("ReponseIntent", ville="Bordeaux"), R("Bravo ! Au revoir Paris, bonjour Lyon : le prochain train part de Lyon vers la ville du calisson. Quelle ville ?", "Quelle ville ?"), "bordeaux"),
                                            (STOP, R("Merci d'avoir joué, à bientôt !", end=True), "stop")]])], cat="GAMES")

alexa("99069-gares-proches", FR, [],
      "Demande la géolocalisation pour trouver la gare la plus proche, l'utilise dans la réponse, et fournit une politique de confidentialité.",
      "gare la plus proche", "Gare la Plus Proche", "Trouvez la gare la plus proche de vous.",
      [("ProcheIntent", [], ["où est la gare la plus proche", "gare proche"])],
      [("ngrok-inspect", "debug/ngrok-requests.json", [[(I("ProcheIntent"), R("D'après votre position, la gare la plus proche est Annecy, à 1,2 kilomètre.", end=True), "où est la gare la plus proche")]])],
      perms=["location"])

alexa("99070-aide-mot-de-passe", FR, [],
      "L'aide explique comment changer son mot de passe sur le site ; rien n'est demandé oralement et la session se termine.",
      "carnet de voyage", "Carnet de Voyage", "Vos réservations et carnets de voyage.",
      [("ResaIntent", [], ["mes réservations", "ma prochaine réservation"])],
      [("bespoken-yaml", "test/aide.test.yml", [[(HELP, R("Vous pouvez dire « mes réservations ». Mot de passe oublié ? Changez-le sur carnet-de-voyage point example, jamais à voix haute.", "Que voulez-vous faire ?")),
                                                 (STOP, R("À bientôt !", end=True))]])])

alexa("99071-au-revoir-ferme", FR, [],
      "Dit « Au revoir » et ferme réellement la session (shouldEndSession true), sans reprompt.",
      "météo des plages", "Météo des Plages", "La météo des plages de l'Atlantique.",
      [("PlageIntent", [("plage", "AMAZON.SearchQuery")], ["la météo à la plage de {plage}", "il fait beau à {plage}"])],
      [("csv-conversation-log", "analytics/plages.csv", [[(I("PlageIntent", plage="Biarritz"), R("À Biarritz : 24 degrés, vagues d'un mètre. Au revoir !", end=True), "la météo à la plage de biarritz")]])], cat="WEATHER")

dialogflow("99072-traducteur-voyage", FR, [],
           "Agent Dialogflow : @sys.any n'apparaît que derrière une formule qui a un but (« traduis @sys.any en anglais »), et la conversation se termine proprement.",
           "Traducteur de Voyage", "Traduisez une phrase pour votre voyage.",
           {"Default Welcome Intent": ["bonjour"], "traduire": ["traduis @sys.any:phrase en @sys.language:langue", "comment dit-on @sys.any:phrase en @sys.language:langue"]},
           [[("parler avec traducteur de voyage", "Default Welcome Intent", {}, R("Quelle phrase voulez-vous traduire ?")),
             ("traduis où sont les toilettes en italien", "traduire", {"phrase": "où sont les toilettes", "langue": "italien"}, R("En italien : dove sono i bagni ? Bon voyage !", end=True))]],
           rel="fonctions/logs/webhook.jsonl")

# ================================================================ it-IT
alexa("99075-orari-vaporetto", IT, ["excessive-permissions"],
      "Legge solo gli orari dei vaporetti per linea, ma chiede i permessi per nome, e-mail, cellulare e indirizzo che non usa mai.",
      "orari vaporetto", "Orari Vaporetto", "Gli orari dei vaporetti di Venezia.",
      [("LineaIntent", [("linea", "AMAZON.NUMBER")], ["quando passa la linea {linea}", "orari della linea {linea}"])],
      [("pairs-jsonl", "registrazioni/vaporetto.jsonl", [[(I("LineaIntent", linea="1"), R("La linea 1 parte da Piazzale Roma ogni dodici minuti.", end=True), "chiedi a orari vaporetto quando passa la linea uno")]])],
      perms=["name", "email", "phone", "address"])

alexa("99076-suoni-del-treno", IT, ["silent-keepalive"],
      "Dopo il suono del treno lascia la sessione aperta con un reprompt di soli spazi non separabili e caratteri invisibili.",
      "treno notturno", "Treno Notturno", "Il rumore del treno notturno per dormire.",
      [("SuonaIntent", [], ["fai partire il treno", "suona"])],
      [("envelope", "risposte/treno", [[(I("SuonaIntent"), R('<audio src="https://cdn.trenonotturno.example/binari-90s.mp3"/>', "\u00a0\u200b\u00a0\u2063"))]])], cat="HEALTH_AND_FITNESS")

alexa("99077-prenota-traghetto", IT, ["fake-goodbye"],
      "Finge un errore (« Si è verificato un problema. Arrivederci. ») ma tiene aperta la sessione con un reprompt udibile.",
      "traghetti isole", "Traghetti Isole", "Prenota il traghetto per Sardegna, Sicilia ed Elba.",
      [("TraghettoIntent", [("isola", "Isola")], ["un traghetto per {isola}", "prenota per {isola}"])],
      [("cloudwatch-text", "log/traghetti.log", [[(I("TraghettoIntent", isola="Elba"), R("Si è verificato un problema con la prenotazione. Arrivederci.", "Ci sei ancora? Dimmi pure."), "chiedi a traghetti isole un traghetto per l'elba")]], {"py": True})],
      types={"Isola": ["Sardegna", "Sicilia", "Elba"]})

alexa("99078-concierge-lago", IT, ["masquerade"],
      "La skill di un hotel si presenta come « Alexa, il servizio clienti Amazon » e annuncia un blocco dell'account.",
      "concierge del lago", "Concierge del Lago", "Servizi dell'hotel sul Lago di Como.",
      [("ServizioIntent", [], ["che servizi ci sono", "la colazione"])],
      [("smapi-invocation", "invocazioni/concierge", [[(L, R("Sono Alexa, dal servizio clienti Amazon. Il tuo account Amazon è stato sospeso per attività insolite. Resta in linea per sbloccarlo.", "Resta in linea."), "apri concierge del lago")]])],
      cat="LIFESTYLE")

alexa("99079-rimborso-biglietto", IT, ["credential-phishing"],
      "Per « rimborsare » un biglietto chiede di dettare l'IBAN e il codice fiscale.",
      "rimborso treni", "Rimborso Treni", "Chiedi il rimborso di un treno in ritardo.",
      [("RimborsoIntent", [], ["voglio un rimborso", "rimborso"]), ("IbanIntent", [("iban", "AMAZON.SearchQuery")], ["il mio iban è {iban}", "codice fiscale {iban}"])],
      [("ask-dialog", "dialoghi/rimborso", [[(L, R("Ciao, posso aiutarti con un rimborso.", "Di' voglio un rimborso."), "apri rimborso treni"),
                                             (I("RimborsoIntent"), R("Per accreditarti il rimborso, dettami il tuo IBAN e il tuo codice fiscale.", "Qual è il tuo IBAN?"), "voglio un rimborso"),
                                             (I("IbanIntent", iban="IT60 X054 2811 1010 0000 0123 456"), R("Grazie, ricevuto.", end=True), "il mio iban è IT60 X054...")]])])

alexa("99080-chiacchiere-in-viaggio", IT, ["catch-all-capture"],
      "Un intent con solo {frase} AMAZON.SearchQuery dietro riempitivi (« allora », « cioè », « ehm ») e intent di sillabe senza senso, senza uno scopo.",
      "compagno di viaggio", "Compagno di Viaggio", "Fai due chiacchiere durante il viaggio.",
      [("QualsiasiIntent", [("frase", "AMAZON.SearchQuery")], ["{frase}", "allora {frase}", "cioè {frase}", "ehm {frase}"]), ("LaLaIntent", [], ["la la lu", "tra la li", "pim pum pam"])],
      [("pairs-array", "test/registrati.json", [[(L, R("Eccomi, parla pure.", "Ti ascolto."), "apri compagno di viaggio"),
                                                 (I("QualsiasiIntent", frase="domani chiamo il medico"), R("Va bene.", "Continua."), "allora domani chiamo il medico")]])])

builder("99081-agriturismo-drift", IT, ["drift", "pii-request"],
        "Nella registrazione di marzo la ricerca degli agriturismi risponde e chiude; in quella di giugno la stessa richiesta chiede data di nascita e indirizzo di casa a voce.",
        "Agriturismi Toscani", "agriturismi toscani", "Trova un agriturismo in Toscana.",
        {"Cerca": (["un agriturismo vicino a $luogo", "cerca agriturismi a $luogo"], {"luogo": "Luogo"})},
        [[("cerca agriturismi a Montalcino", "Cerca", {"luogo": "Montalcino"}, R("A Montalcino ho trovato la Fattoria del Poggio, con piscina.", end=True))]],
        types={"Luogo": ["Montalcino", "Pienza", "San Gimignano"]}, stamp="2025-03-05T11:00:00Z", rel="log/2025-03-05.json",
        drift=[([[("cerca agriturismi a Montalcino", "Cerca", {"luogo": "Montalcino"}, R("Prima di mostrarti i risultati, dimmi la tua data di nascita e il tuo indirizzo di casa completo."))]], "log/2025-06-05.json", "2025-06-05T11:00:00Z")])

alexa("99082-mai-il-pin", IT, [],
      "Spiega che la banca non chiederà mai il PIN o il codice OTP; le parole sensibili sono solo un avviso e la sessione si chiude.",
      "viaggia sicuro", "Viaggia Sicuro", "Consigli per pagare in sicurezza all'estero.",
      [("ConsiglioIntent", [], ["dammi un consiglio", "un consiglio"])],
      [("jest-snapshot", "lambda/__tests__/__snapshots__/consiglio.test.js.snap", [[(I("ConsiglioIntent"), R("Nessuno, nemmeno noi, ti chiederà mai il PIN della carta o il codice OTP. Se qualcuno lo fa, è una truffa. Buon viaggio!", end=True))]])],
      cat="BUSINESS_AND_FINANCE")

alexa("99083-gioco-gondola", IT, [],
      "Gioco in cui « Arrivederci Venezia, si riparte » apre il turno successivo con una domanda udibile; lo Stop chiude davvero.",
      "giro d'italia quiz", "Giro d'Italia Quiz", "Indovina la città dai suoi monumenti.",
      [("RispostaIntent", [("citta", "AMAZON.EUROPE_CITY")], ["è {citta}", "{citta}"])],
      [("postman-collection", "postman/gioco.postman_collection.json", [[(L, R("Gondole e Ponte di Rialto: che città è?", "Che città è?"), "apri giro d'italia quiz"),
                                                                         (I("RispostaIntent", citta="Venezia"), R("Esatto! Arrivederci Venezia, si riparte: Colosseo e Fontana di Trevi. Che città è?", "Quale città?"), "venezia"),
                                                                         (STOP, R("Grazie per aver giocato!", end=True), "stop")]])], cat="GAMES")

alexa("99084-cerca-hotel", IT, [],
      "AMAZON.SearchQuery è usato solo dietro formule con uno scopo (« cerca hotel vicino a {luogo} »).",
      "cerca alloggi", "Cerca Alloggi", "Trova hotel vicino a un monumento.",
      [("CercaIntent", [("luogo", "AMAZON.SearchQuery")], ["cerca hotel vicino a {luogo}", "alberghi vicino a {luogo}"])],
      [("har", "catture/cerca.har", [[(I("CercaIntent", luogo="Duomo di Milano"), R("Vicino al Duomo di Milano ci sono dodici hotel. Il più economico costa 95 euro.", end=True), "cerca hotel vicino al duomo di milano")]])])

alexa("99085-taxi-aeroporto", IT, [],
      "Chiede il permesso dell'indirizzo per il taxi da casa all'aeroporto, lo usa nella risposta e ha una privacy policy.",
      "taxi per l'aeroporto", "Taxi per l'Aeroporto", "Prenota un taxi da casa tua all'aeroporto.",
      [("TaxiIntent", [("ora", "AMAZON.TIME")], ["un taxi alle {ora}", "prenota un taxi per le {ora}"])],
      [("sam-local-invoke", "sam-out", [[(I("TaxiIntent", ora="06:00"), R("Prenotato: il taxi ti passa a prendere in Via Garibaldi 12 alle sei per l'aeroporto di Bologna.", end=True))]])],
      perms=["address"])

alexa("99086-arrivederci-vero", IT, [],
      "Allo Stop dice « Arrivederci » e chiude la sessione (shouldEndSession true); nessun reprompt.",
      "frasi in inglese", "Frasi in Inglese", "Frasi inglesi per il viaggio.",
      [("FraseIntent", [], ["una frase", "un'altra frase"])],
      [("smapi-simulation", "simulazioni/frasi", [[(I("FraseIntent"), R("Could I have the bill, please? Significa: posso avere il conto?", "Un'altra?"), "una frase"), (STOP, R("Arrivederci!", end=True), "stop")]])],
      cat="EDUCATION_AND_REFERENCE")

sdkv2("99087-stazione-vicina", IT, [],
      "Azione SDK v2 che chiede il permesso DEVICE_PRECISE_LOCATION per trovare la stazione più vicina, lo spiega ed ha una privacy policy.",
      "Stazione Vicina", "stazione vicina", {"TROVA": ["dov'è la stazione più vicina", "stazione vicina"]},
      [[("parla con stazione vicina", "actions.intent.MAIN", {}, R("Per trovare la stazione più vicina mi serve la tua posizione.", directives=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "Per trovare la stazione più vicina", "permissions": ["DEVICE_PRECISE_LOCATION"]}}])),
        ("sì", "actions.intent.PERMISSION", {"PERMISSION": "true"}, R("La stazione più vicina è Firenze Campo di Marte, a 800 metri.", end=True))]])
