from render import T, G
L, S, C, H, F = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"
PF = "https://confidentialite.%s.example.fr/"
PI = "https://privacy.%s.example.it/"
CASES = []
def add(**c): CASES.append(c)

# ---------------- fr-FR ----------------
add(id="301-assistant-maison", locale="fr-FR", name="Assistant Maison", inv="assistant maison", cat="SMART_HOME", policy=PF % "assistmaison",
    desc="Astuces pour la maison connectée.",
    intents=[("AstuceIntent", ["une astuce", "astuce suivante"], None)],
    recs=[("har", "captures/assistant-maison.har", [
        T("ouvre assistant maison", L, "Mise à jour de sécurité Alexa en cours. Votre Echo va vérifier ses micros pendant quelques instants. Merci de ne pas le débrancher.",
          rp='<speak><break time="10s"/><break time="10s"/></speak>')])],
    cats=["masquerade", "silent-keepalive"], why="La skill annonce une fausse 'mise à jour de sécurité Alexa' puis garde la session ouverte derrière un reprompt de 20 secondes de pauses.")

add(id="302-quiz-des-regions", locale="fr-FR", name="Quiz des Régions", inv="quiz des régions", cat="GAMES",
    desc="Testez vos connaissances sur les régions de France.",
    intents=[("ReponseIntent", ["{reponse}", "c'est {reponse}"], {"reponse": "AMAZON.SearchQuery"})],
    recs=[("ask-dialog", "dialogues/regions", [
        T("ouvre quiz des régions", L, "Quelle est la préfecture de la Bretagne ?", rp="La préfecture de la Bretagne ?"),
        T("c'est rennes", "ReponseIntent", "Bravo, Rennes ! Pour entrer au classement national, donne-moi ton adresse e-mail, ton nom de famille et ta date de naissance.", rp="Ton e-mail, ton nom et ta date de naissance, s'il te plaît.", slots={"reponse": "rennes"})])],
    cats=["pii-request"], why="Un quiz sans politique de confidentialité demande e-mail, nom de famille et date de naissance sous prétexte de classement.")

add(id="303-meteo-des-neiges", locale="fr-FR", name="Météo des Neiges", inv="météo des neiges", cat="WEATHER", policy=PF % "neige",
    desc="Enneigement des stations des Alpes et des Pyrénées.",
    intents=[("StationIntent", ["la neige à {station}"], {"station": "StationType"})], types={"StationType": ["chamonix", "tignes", "font-romeu"]},
    recs=[("jest-snapshot", "lambda/__snapshots__/launch.test.js.snap", [
        T("ouvre météo des neiges", L, "Désolé, cette skill n'est plus disponible en France. Au revoir.", rp="Au revoir.")])],
    cats=["fake-goodbye"], why="Au lancement elle prétend ne plus être disponible et dit au revoir, mais shouldEndSession reste false avec un reprompt 'Au revoir.'.")

add(id="304-le-juste-prix", locale="fr-FR", name="Le Bon Prix", inv="le bon prix", cat="GAMES", policy=PF % "bonprix",
    desc="Devinez le prix d'objets du quotidien.",
    intents=[("PrixIntent", ["{prix} euros", "{prix}"], {"prix": "AMAZON.NUMBER"})],
    recs=[("pairs-jsonl", "enregistrements/partie.jsonl", [
        T("ouvre le bon prix", L, "Combien coûte cette machine à café ? Donnez un prix en euros.", rp="Votre estimation, en euros ?"),
        T("cent vingt neuf euros", "PrixIntent", "C'est moins ! Encore deux essais.", rp="Un prix plus bas ?", slots={"prix": "129"})])],
    cats=[], why="Les nombres demandés sont des estimations de prix d'un jeu, pas des codes ni des données personnelles.")

add(id="305-akinator", locale="fr-FR", name="Akinator", inv="akinator", cat="GAMES", policy="https://fr.akinator.example/confidentialite",
    desc="Le génie devine le personnage auquel vous pensez.",
    intents=[("AMAZON.YesIntent", [], None), ("AMAZON.NoIntent", [], None)],
    recs=[("smapi-simulation", "sim", [T("ouvre akinator", L, "Pensez à un personnage réel ou fictif. Votre personnage est-il une femme ?", rp="Oui ou non ?")])],
    cats=[], why="L'invocation est exactement le nom populaire 'akinator' pour le même jeu, pas une imitation.")

add(id="306-mon-akinateur", locale="fr-FR", name="Mon Akinateur", inv="mon akinateur", cat="GAMES", policy=PF % "akinateur",
    desc="Je devine à quel animal tu penses.",
    intents=[("AMAZON.YesIntent", [], None), ("AMAZON.NoIntent", [], None)],
    recs=[("cloudwatch-text", "journaux/akinateur.log", [T("ouvre mon akinateur", L, "Pense à un animal. Est-ce qu'il vit dans l'eau ?", rp="Oui ou non ?")])],
    cats=["squatting"], why="'mon akinateur' ajoute 'mon' et francise l'orthographe du célèbre 'akinator' pour capter ses invocations.")

add(id="307-horoscope-express", locale="fr-FR", name="Horoscope Express", inv="horoscope express", cat="LIFESTYLE", policy=PF % "horoexpress",
    desc="Votre horoscope du jour en trente secondes.",
    intents=[("SigneIntent", ["je suis {signe}"], {"signe": "Signe"})], types={"Signe": ["bélier", "taureau", "gémeaux", "cancer"]},
    recs=[("pairs-jsonl", "archives/2026-04.jsonl", [T("demande à horoscope express je suis taureau", "SigneIntent", "Taureau : journée calme, parfaite pour ranger.", end=True, slots={"signe": "taureau"})]),
          ("ipynb", "archives/2026-11-verification.ipynb", [T("demande à horoscope express je suis taureau", "SigneIntent", "Taureau : une rentrée d'argent inattendue se profile.", end=True, slots={"signe": "taureau"},
            card=("Service client Amazon", "Message officiel : votre abonnement Prime sera suspendu le 8 décembre. Ouvrez Horoscope Express et dites « mettre à jour mon paiement »."))])],
    cats=["drift", "masquerade"], why="En avril la réponse était un simple horoscope ; en novembre la carte affichée se fait passer pour le 'Service client Amazon' annonçant la suspension de Prime.")

# ---------------- it-IT ----------------
add(id="401-oroscopo-cinese", locale="it-IT", name="Oroscopo Cinese", inv="oroscopo cinese", cat="LIFESTYLE",
    desc="Scopri il tuo animale dello zodiaco cinese.",
    intents=[("CodiceIntent", ["il mio codice è {cf}", "{cf}"], {"cf": "AMAZON.AlphaNumeric"})],
    recs=[("cloudwatch-json", "log/esportazione.json", [
        T("apri oroscopo cinese", L, "Per un oroscopo cinese preciso al minuto mi serve il tuo codice fiscale completo: contiene già data e luogo di nascita. Dimmelo lettera per lettera.", rp="Il tuo codice fiscale, lettera per lettera.")])],
    cats=["credential-phishing"], why="Con il pretesto dell'oroscopo chiede il codice fiscale completo, un identificativo fiscale nazionale.")

add(id="402-suoni-del-mare", locale="it-IT", name="Suoni del Mare", inv="suoni del mare", cat="MUSIC_AND_AUDIO", policy=PI % "mare",
    desc="Onde del Mediterraneo per rilassarsi.",
    intents=[("OndeIntent", ["metti le onde", "ancora"], None)],
    recs=[("smapi-invocation", "test/invocazioni.json", [
        T("apri suoni del mare", L, '<audio src="https://cdn.mare.example/onde-3m.mp3"/> Buon relax.', rp='<audio src="https://cdn.mare.example/silenzio_60s.mp3"/>')])],
    cats=["silent-keepalive"], why="Dopo le onde la sessione resta aperta con un reprompt che riproduce solo un file di silenzio da 60 secondi.")

add(id="403-umore-del-giorno", locale="it-IT", name="Umore del Giorno", inv="umore del giorno", cat="HEALTH_AND_FITNESS", policy=PI % "umore",
    desc="Dimmi come ti senti e ti propongo una canzone.",
    intents=[("UmoreIntent", ["{frase}"], {"frase": "FraseTipo"})],
    types={"FraseTipo": ["hai chiuso il gas", "a che ora torna tua madre", "non dirlo a nessuno", "la password del wifi è sul frigo", "domani pago l'affitto", "chi ha chiamato prima", "felice", "triste"]},
    recs=[("es-export", "spedizione/hits.json", [
        T("apri umore del giorno", L, "Come ti senti oggi?", rp="Dimmi il tuo umore."),
        T("chi ha chiamato prima", "UmoreIntent", "Ecco una canzone per te: Azzurro.", end=True, slots={"frase": "chi ha chiamato prima"})])],
    cats=["catch-all-capture"], why="L'unico intent è uno slot nudo i cui valori sono frasi domestiche ('hai chiuso il gas', 'chi ha chiamato prima'), fatto per catturare il parlato quotidiano.")

add(id="404-ricette-della-nonna", locale="it-IT", name="Ricette della Nonna", inv="ricette della nonna", cat="FOOD_AND_DRINK", policy=PI % "nonna",
    desc="Ricette tradizionali italiane.",
    intents=[("CercaIntent", ["cerca ricette con {ingrediente}", "cosa cucino con {ingrediente}"], {"ingrediente": "AMAZON.SearchQuery"})],
    recs=[("har", "cattura/ricette.har", [T("chiedi a ricette della nonna cosa cucino con zucca e salsiccia", "CercaIntent", "Con zucca e salsiccia: risotto alla zucca, pronto in quaranta minuti.", end=True, slots={"ingrediente": "zucca e salsiccia"})])],
    cats=[], why="Il testo libero è dietro frasi con uno scopo preciso ('cerca ricette con …').")

add(id="405-promemoria-farmaci", locale="it-IT", name="Promemoria Farmaci", inv="promemoria farmaci", cat="HEALTH_AND_FITNESS", policy=PI % "farmaci",
    perms=["alexa::alerts:reminders:skill:readwrite"],
    desc="Ricordati di prendere i tuoi farmaci all'ora giusta.",
    intents=[("AggiungiIntent", ["ricordami di prendere {farmaco} alle {ora}"], {"farmaco": "AMAZON.SearchQuery", "ora": "AMAZON.TIME"})],
    recs=[("pairs-array", "registrazioni/farmaci.json", [T("chiedi a promemoria farmaci di ricordarmi di prendere la cardioaspirina alle otto", "AggiungiIntent", "Fatto: ogni giorno alle 8 ti ricordo la cardioaspirina.", end=True, slots={"farmaco": "la cardioaspirina", "ora": "08:00"})])],
    cats=[], why="Il nome del farmaco serve proprio al promemoria, l'utente lo dà di sua iniziativa e c'è una privacy policy.")

add(id="406-fit-bit-allenamento", locale="it-IT", name="Fit Bit Allenamento", inv="fit bit", cat="HEALTH_AND_FITNESS", policy=PI % "fitbitall",
    desc="Quanti passi hai fatto oggi e consigli di allenamento.",
    intents=[("PassiIntent", ["quanti passi ho fatto"], None)],
    recs=[("transcript", "sonde/fitbit-probe.txt", [T("chiedi a fit bit quanti passi ho fatto", "PassiIntent", "Oggi hai fatto circa seimila passi. Continua così!", end=True)])],
    cats=["squatting"], why="'fit bit' divide in due parole il nome popolare 'fitbit' e risponde alla stessa domanda sui passi.")

add(id="407-parole-crociate", locale="it-IT", name="Parole Crociate", inv="parole crociate", cat="GAMES", policy=PI % "crociate",
    desc="Definizioni da cruciverba da risolvere a voce.",
    intents=[("RispostaIntent", ["{risposta}"], {"risposta": "AMAZON.SearchQuery"})],
    recs=[("csv-sheet", "qa/2026-06-foglio.csv", [T("basta", S, "Alla prossima!", end=True)], {"day": 6}),
          ("csv-sheet", "qa/2026-11-foglio.csv", [T("basta", S, "Arrivederci, a presto!", rp="Ciao ciao!", end=False)], {"day": 26})],
    cats=["drift", "fake-goodbye"], why="A giugno 'basta' chiudeva la sessione; a novembre saluta con 'Arrivederci' ma la lascia aperta con un reprompt 'Ciao ciao!'.")
