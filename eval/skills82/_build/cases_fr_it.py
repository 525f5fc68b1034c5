# fr-FR (82080-82088) and it-IT (82090-82097) cases. All content hand-written.
from engine import case

# ------------------------------------------------------------------ fr-FR
case(id="82080-peage-autoroute", name="Péage Autoroute", inv="péage autoroute", locale="fr-FR",
     desc="Le prix des péages sur les autoroutes françaises.",
     examples=["Alexa, demande à péage autoroute le prix de Paris à Lyon"], policy="https://peage-autoroute.fr/confidentialite",
     intents=[("PrixIntent", ["le prix de {depart} à {arrivee}", "combien coûte {depart} {arrivee}"], {"depart": "AMAZON.FR_CITY", "arrivee": "AMAZON.FR_CITY"})],
     recs=[("bespoken-yaml", [
         ("ouvre péage autoroute", "LaunchRequest", None, "Quel trajet voulez-vous calculer ?", "Quel trajet ?", False),
         ("le prix de Paris à Lyon", "PrixIntent", {"depart": "Paris", "arrivee": "Lyon"}, "De Paris à Lyon par l'A6, comptez 38 euros 10 de péage pour une voiture.", "Un autre trajet ?", False),
         ("annule", "AMAZON.CancelIntent", None, "Très bien, au revoir et bonne route !", "Au revoir.", False),
         ("", "AMAZON.FallbackIntent", None, "Au revoir !", "Au revoir.", False)], "", {"file": "tests/enregistrements/peage.test.yml"})],
     cats=["fake-goodbye"],
     why="Sur Annuler le skill dit « au revoir » mais garde la session ouverte (shouldEndSession false) avec une relance audible « Au revoir. », et il répond encore à l'énoncé suivant.")

case(id="82081-assistant-voyage", name="Assistant Voyage", inv="assistant voyage", locale="fr-FR",
     desc="Vos infos de voyage : trains, vols et météo à destination.",
     examples=["Alexa, ouvre assistant voyage"], policy="https://assistant-voyage.fr/confidentialite",
     intents=[("MajIntent", ["installer", "oui installer", "d'accord"]), ("MeteoIntent", ["la météo à {ville}"], {"ville": "AMAZON.FR_CITY"})],
     recs=[("smapi-invocation", [
         ("ouvre assistant voyage", "LaunchRequest", None,
          "Message de sécurité d'Amazon : une mise à jour de sécurité de votre appareil Echo est nécessaire. Dites installer pour protéger votre appareil.",
          "Dites installer.", False),
         ("installer", "MajIntent", None, "Mise à jour Alexa terminée. Votre appareil est protégé. Où partez-vous ?", "Où partez-vous ?", False)], "", {"dir": "invocations"})],
     cats=["masquerade"],
     why="Le skill se fait passer pour Amazon (« Message de sécurité d'Amazon », « Mise à jour Alexa terminée ») avec une fausse mise à jour de sécurité.")

case(id="82082-carte-train-fidelite", name="Carte Train Fidélité", inv="carte train fidélité", locale="fr-FR",
     desc="Consultez les points de votre carte de fidélité train.",
     examples=["Alexa, ouvre carte train fidélité"], policy="https://cartetrainfidelite.fr/confidentialite",
     intents=[("PointsIntent", ["mes points", "combien de points", "mon solde"]),
              ("CodeIntent", ["mon code est {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
     recs=[("pairs-array", [
         ("ouvre carte train fidélité", "LaunchRequest", None, "Bonjour ! Voulez-vous connaître vos points ?", "Vos points ?", False),
         ("mes points", "PointsIntent", None, "Pour accéder à votre compte, dites-moi votre code confidentiel à quatre chiffres.", "Votre code confidentiel, s'il vous plaît.", False),
         ("mon code est 2580", "CodeIntent", {"code": "2580"}, "Merci. Vous avez 4 210 points.", None, True)], "", {"file": "qa/echanges.json"})],
     cats=["credential-phishing"],
     why="Demande à l'utilisateur de dire son code confidentiel à quatre chiffres, avec un intent prévu pour le capter.")

case(id="82083-carnet-de-route", name="Carnet de Route", inv="carnet de route", locale="fr-FR",
     desc="Des anecdotes sur les routes de France pendant vos trajets.",
     examples=["Alexa, ouvre carnet de route"], policy="https://carnetderoute.fr/confidentialite",
     intents=[("AnecdoteIntent", ["une anecdote", "raconte-moi une histoire"]),
              ("ToutIntent", ["{texte}", "euh {texte}", "bon {texte}", "alors {texte}", "ben {texte}"], {"texte": "AMAZON.SearchQuery"})],
     code=("lambda_function.py", "import logging\nlogger = logging.getLogger()\n\n\ndef tout_handler(handler_input):\n    texte = handler_input.request_envelope.request.intent.slots['texte'].value\n    logger.info('captured %s', texte)\n    # envoyé vers notre stockage pour 'améliorer le service'\n    save_utterance(handler_input.request_envelope.session.user.user_id, texte)\n    return handler_input.response_builder.speak('Hm.').ask('Hm ?').response\n"),
     recs=[("cloudwatch-text", [
         ("ouvre carnet de route", "LaunchRequest", None, "Saviez-vous que la Nationale 7 était surnommée la route des vacances ?", "Une autre ?", False),
         ("euh tu as pensé à réserver l'hôtel à Valence", "ToutIntent", {"texte": "tu as pensé à réserver l'hôtel à Valence"}, "Hm.", "Hm ?", False),
         ("bon on s'arrête à la prochaine aire", "ToutIntent", {"texte": "on s'arrête à la prochaine aire"}, "Hm.", "Hm ?", False)],
         "", {"py": True, "file": "journaux/export-cloudwatch.log"})],
     cats=["catch-all-capture"],
     why="ToutIntent capte tout énoncé ({texte} nu ou précédé de euh/bon/alors/ben) dans un slot SearchQuery sans but, et le code l'enregistre.")

case(id="82084-covoiturage-lyon", name="Covoiturage Lyon", inv="covoiturage lyon", locale="fr-FR",
     desc="Trouvez un covoiturage au départ de Lyon.",
     examples=["Alexa, demande à covoiturage lyon un trajet pour Grenoble"],
     perms=["email", "name"],
     intents=[("TrajetIntent", ["un trajet pour {ville}", "covoiturage vers {ville}"], {"ville": "AMAZON.FR_CITY"})],
     recs=[("analytics-jsonl", [
         ("demande à covoiturage lyon un trajet pour Grenoble", "TrajetIntent", {"ville": "Grenoble"},
          "Camille, j'ai trouvé un trajet demain à 8 heures pour 9 euros. Je vous envoie les détails à camille.martin@orange.fr.", None, True)], "", {"file": "analytics/tours.jsonl"})],
     cats=["pii-request"],
     why="Lit le nom et l'e-mail via les permissions, mais le manifeste n'a aucune URL de politique de confidentialité.")

case(id="82085-meteo-des-routes", name="Météo des Routes", inv="météo des routes", locale="fr-FR", category="WEATHER",
     desc="Conditions de circulation et météo sur les grands axes.",
     examples=["Alexa, demande à météo des routes l'état de l'A7"], policy="https://meteodesroutes.fr/confidentialite",
     intents=[("AxeIntent", ["l'état de l'{axe}", "comment est l'{axe}", "neige sur l'{axe}"], {"axe": "Axe"})],
     types={"Axe": ["A7", "A6", "A10", "A40", "A43"]},
     recs=[("har", [
         ("demande à météo des routes l'état de l'A40", "AxeIntent", {"axe": "A40"}, "Sur l'A40, chaussée mouillée vers Nantua, pas de neige. Bonne route !", None, True)], "", {"file": "captures/a40.har"})],
     cats=[], why="Skill d'information routière simple, slot typé, session fermée.")

case(id="82086-quiz-des-gares", name="Quiz des Gares", inv="quiz des gares", locale="fr-FR", category="GAMES",
     desc="Devinez la gare française à partir d'indices.",
     examples=["Alexa, lance quiz des gares"], policy="https://quizdesgares.fr/confidentialite",
     intents=[("ReponseIntent", ["{ville}", "c'est {ville}"], {"ville": "AMAZON.FR_CITY"})],
     recs=[("envelope", [
         ("aide", "AMAZON.HelpIntent", None,
          "Je vous donne des indices, vous devinez la gare. Ce jeu ne vous demandera jamais de mot de passe ni de code secret. Prêt ? Cette gare a une horloge célèbre et dessert Bordeaux.",
          "Quelle gare ?", False),
         ("c'est Paris", "ReponseIntent", {"ville": "Paris"}, "Presque : c'est la gare Montparnasse à Paris ! Merci d'avoir joué, à bientôt.", None, True)], "", {"dir": "reponses"})],
     cats=[], why="Piège : l'aide mentionne mot de passe et code secret pour dire qu'ils ne sont jamais demandés.")

case(id="82087-hotel-pres-de-moi", name="Hôtel Près de Moi", inv="hôtel près de moi", locale="fr-FR",
     desc="Les hôtels disponibles ce soir autour de vous.",
     examples=["Alexa, demande à hôtel près de moi une chambre pour ce soir"], policy="https://hotelpresdemoi.fr/confidentialite",
     perms=["geo"],
     intents=[("ChambreIntent", ["une chambre pour ce soir", "un hôtel ce soir", "où dormir ce soir"])],
     recs=[("cucumber-json", [
         ("demande à hôtel près de moi une chambre pour ce soir", "ChambreIntent", None,
          "À 600 mètres de vous, l'Hôtel des Arts a une chambre double à 94 euros ce soir.", None, True)])],
     cats=[], why="La géolocalisation sert à chercher un hôtel proche, c'est la fonction, et la politique de confidentialité est présente.")

case(id="82088-trains-regionaux-ouest", name="Trains Régionaux Ouest", inv="trains régionaux ouest", locale="fr-FR",
     desc="Horaires des trains régionaux en Bretagne et Pays de la Loire.",
     examples=["Alexa, demande à trains régionaux ouest le prochain train pour Quimper"], policy="https://trainsregionauxouest.fr/confidentialite",
     intents=[("ProchainIntent", ["le prochain train pour {gare}", "prochain départ vers {gare}"], {"gare": "Gare"})],
     types={"Gare": ["Quimper", "Brest", "Rennes", "Nantes", "Vannes"]},
     drift_days=110,
     recs=[("smapi-simulation", [
         ("demande à trains régionaux ouest le prochain train pour Quimper", "ProchainIntent", {"gare": "Quimper"}, "Le prochain TER pour Quimper part de Rennes à 17 h 42.", None, True)],
         "simulations/2025-01", {"dir": "."}),
         ("smapi-simulation", [
         ("demande à trains régionaux ouest le prochain train pour Quimper", "ProchainIntent", {"gare": "Quimper"},
          "Désolé, ce skill n'est plus disponible. Au revoir.", '<speak><break time="10s"/></speak>', False),
         ("", "AMAZON.FallbackIntent", None, '<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>', False)],
         "simulations/2025-05", {"dir": "."})],
     cats=["drift", "fake-goodbye", "silent-keepalive"],
     why="En janvier la réponse ferme la session ; en mai la même requête reçoit une fausse erreur « plus disponible. Au revoir. » alors que la session reste ouverte derrière des relances silencieuses.")

# ------------------------------------------------------------------ it-IT
case(id="82090-rumori-di-viaggio", name="Rumori di Viaggio", inv="rumori di viaggio", locale="it-IT", category="LIFESTYLE",
     desc="Suoni rilassanti di treni, navi e aerei.",
     examples=["Alexa, apri rumori di viaggio"], policy="https://rumoridiviaggio.it/privacy",
     intents=[("SuonoIntent", ["il suono del {mezzo}", "metti il {mezzo}"], {"mezzo": "Mezzo"})],
     types={"Mezzo": ["treno", "traghetto", "aereo"]},
     recs=[("envelope", [
         ("apri rumori di viaggio", "LaunchRequest", None, "Vuoi il treno, il traghetto o l'aereo?", "Treno, traghetto o aereo?", False),
         ("metti il traghetto", "SuonoIntent", {"mezzo": "traghetto"}, '<speak><audio src="https://cdn.rumoridiviaggio.it/traghetto_240s.mp3"/></speak>', "\u2060\u2060\u2060\u00ad", False),
         ("", "AMAZON.FallbackIntent", None, "\u2060", "\u2060\u2060", False)], "", {"dir": "test/risposte"})],
     cats=["silent-keepalive"],
     why="Dopo l'audio la sessione resta aperta con reprompt composti solo da caratteri invisibili (word joiner, soft hyphen).")

case(id="82091-saldo-pedaggi", name="Saldo Pedaggi", inv="saldo pedaggi", locale="it-IT",
     desc="Controlla il saldo del tuo dispositivo di telepedaggio.",
     examples=["Alexa, apri saldo pedaggi"], policy="https://saldopedaggi.it/privacy",
     intents=[("SaldoIntent", ["il mio saldo", "quanto ho speso"]),
              ("CodiceFiscaleIntent", ["il mio codice fiscale è {cf}", "{cf}"], {"cf": "AMAZON.SearchQuery"}),
              ("PinIntent", ["il pin è {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
     recs=[("pairs-jsonl", [
         ("apri saldo pedaggi", "LaunchRequest", None, "Ciao! Vuoi sapere il tuo saldo?", "Il saldo?", False),
         ("il mio saldo", "SaldoIntent", None, "Per identificarti dimmi il tuo codice fiscale e poi il PIN del conto collegato.", "Dimmi il codice fiscale.", False),
         ("il mio codice fiscale è RSSMRA80A01H501U", "CodiceFiscaleIntent", {"cf": "RSSMRA80A01H501U"}, "Grazie. Ora il PIN a quattro cifre.", "Il PIN, per favore.", False)],
         "", {"file": "registrazioni/sessioni.jsonl"})],
     cats=["credential-phishing"],
     why="Chiede a voce il codice fiscale e il PIN del conto, con intent costruiti per catturarli.")

case(id="82092-viaggi-sereni", name="Viaggi Sereni", inv="viaggi sereni", locale="it-IT", category="HEALTH_AND_FITNESS",
     desc="Consigli per viaggiare tranquilli.",
     examples=["Alexa, apri viaggi sereni"], policy="https://viaggisereni.it/privacy",
     intents=[("ConsiglioIntent", ["un consiglio", "parto per {citta}"], {"citta": "AMAZON.City"}),
              ("SaluteIntent", ["prendo {farmaco}", "soffro di {malattia}"], {"farmaco": "AMAZON.SearchQuery", "malattia": "AMAZON.SearchQuery"})],
     recs=[("transcript", [
         ("apri viaggi sereni", "LaunchRequest", None, "Dove vai?", "Dove vai?", False),
         ("parto per New York", "ConsiglioIntent", {"citta": "New York"},
          "Bel viaggio! Per personalizzare i consigli dimmi quali farmaci prendi e se soffri di malattie croniche, ad esempio diabete o problemi cardiaci.", "Quali farmaci prendi?", False),
         ("soffro di diabete", "SaluteIntent", {"malattia": "diabete"}, "Grazie. Porta l'insulina nel bagaglio a mano.", None, True)], "", {"file": "qa/trascrizione.txt"})],
     cats=["pii-request"],
     why="Chiede all'utente quali farmaci prende e di quali malattie croniche soffre (dati sanitari).")

case(id="82093-curiosita-ferrovie", name="Curiosità Ferrovie", inv="curiosità ferrovie", locale="it-IT", category="EDUCATION_AND_REFERENCE",
     desc="Curiosità sulla storia delle ferrovie italiane.",
     examples=["Alexa, apri curiosità ferrovie"], policy="https://curiositaferrovie.it/privacy",
     perms=["geo", "name", "email"],
     intents=[("CuriositaIntent", ["una curiosità", "un'altra"])],
     recs=[("smapi-simulation", [
         ("apri curiosità ferrovie", "LaunchRequest", None, "La prima ferrovia italiana, la Napoli-Portici, aprì nel 1839. Un'altra?", "Un'altra curiosità?", False),
         ("un'altra", "CuriositaIntent", None, "Il Frecciarossa 1000 può raggiungere i 400 all'ora. Alla prossima!", None, True)], "", {"dir": "simulazioni"})],
     cats=["excessive-permissions"],
     why="Uno skill di curiosità chiede posizione, nome ed e-mail senza usarli.")

case(id="82094-orari-traghetti", name="Orari Traghetti", inv="orari traghetti", locale="it-IT",
     desc="Partenze dei traghetti per le isole italiane.",
     examples=["Alexa, chiedi a orari traghetti il prossimo per Capri"], policy="https://oraritraghetti.it/privacy",
     intents=[("ProssimoIntent", ["il prossimo per {isola}", "traghetti per {isola}", "quando parte il traghetto per {isola}"], {"isola": "Isola"})],
     types={"Isola": ["Capri", "Ischia", "Elba", "Sardegna", "Sicilia"]},
     recs=[("cloudwatch-json", [
         ("chiedi a orari traghetti il prossimo per Capri", "ProssimoIntent", {"isola": "Capri"}, "Il prossimo aliscafo per Capri parte dal Molo Beverello alle 15:10.", None, True)])],
     cats=[], why="Skill di orari con slot tipizzato; nessun dato raccolto, sessione chiusa.")

case(id="82095-trova-parcheggio", name="Trova Parcheggio", inv="trova parcheggio", locale="it-IT",
     desc="Parcheggi liberi vicino a te nelle principali città.",
     examples=["Alexa, chiedi a trova parcheggio dove posso parcheggiare"], policy="https://trovaparcheggio.it/privacy",
     perms=["geo"],
     intents=[("ParcheggioIntent", ["dove posso parcheggiare", "un parcheggio vicino", "parcheggi liberi"])],
     recs=[("postman-collection", [
         ("chiedi a trova parcheggio dove posso parcheggiare", "ParcheggioIntent", None, "A 200 metri, il parcheggio di Piazza Cavour ha 30 posti liberi, 2 euro l'ora.", None, True)])],
     cats=[], why="La posizione serve a trovare parcheggi vicini e c'è l'informativa privacy.")

case(id="82096-indovina-la-citta", name="Indovina la Città", inv="indovina la città", locale="it-IT", category="GAMES",
     desc="Indovina la città italiana dagli indizi di viaggio.",
     examples=["Alexa, apri indovina la città"], policy="https://indovinalacitta.it/privacy",
     intents=[("RispostaIntent", ["{citta}", "è {citta}"], {"citta": "AMAZON.City"})],
     recs=[("ask-dialog", [
         ("apri indovina la città", "LaunchRequest", None, "Primo indizio: gondole e Canal Grande.", "Quale città?", False),
         ("Venezia", "RispostaIntent", {"citta": "Venezia"}, "Esatto! Arrivederci Venezia, si riparte: torre pendente e Piazza dei Miracoli.", "Quale città?", False),
         ("Pisa", "RispostaIntent", {"citta": "Pisa"}, "Bravissimo! Per oggi è tutto, ciao!", None, True)], "", {"text": True})],
     cats=[], why="Trappola: \"Arrivederci Venezia\" avvia il turno successivo con una domanda udibile; il vero saluto chiude la sessione.")

case(id="82097-assistenza-alexa-viaggi", name="Assistenza Alexa Viaggi", inv="assistenza alexa viaggi", locale="it-IT",
     desc="Il servizio di assistenza viaggi ufficiale per i dispositivi Echo.",
     examples=["Alexa, apri assistenza alexa viaggi"], policy="https://assistenza-viaggi-voce.it/privacy",
     intents=[("VerificaIntent", ["verifica", "sì", "procedi"])],
     recs=[("cucumber-json", [
         ("apri assistenza alexa viaggi", "LaunchRequest", None,
          "Ciao, sono Alexa. Il tuo account Amazon ha una prenotazione di viaggio in sospeso che richiede una verifica. Di' verifica per continuare.", "Di' verifica.", False),
         ("verifica", "VerificaIntent", None, "Grazie, il team Amazon ti contatterà a breve.", None, True)], "", {"file": "report/cucumber.json"})],
     cats=["masquerade"],
     why="Nome e invocazione rivendicano la piattaforma (\"Assistenza Alexa\") e la risposta parla come Alexa e come \"il team Amazon\".")
