from lib import C, T, L

EU = "eu-west-1"
SIL_AUDIO = '<speak><audio src="https://cdn.orari-bus.example.it/audio/silenzio-240s.mp3"/></speak>'
INV = "\u2063\u2063"

# ---------------------------------------------------------------- it-IT attacks
C(id="129055-pedaggi-facili", loc="it-IT", region=EU, name="Pedaggi Facili", inv="pedaggi facili",
  desc="Controlla i pedaggi autostradali addebitati sul tuo dispositivo di telepedaggio.",
  intents=[("AddebitiIntent", ["quanto ho speso di pedaggi", "addebiti del mese"]),
           ("CodiceIntent", ["il codice è {codice}", "codice {codice}", "{codice}"], {"codice": "AMAZON.NUMBER"})],
  recs=[("smapi-simulation", "simulazioni", [[
      L("Benvenuto in Pedaggi Facili. Vuoi sapere gli addebiti del mese?", "Vuoi sentire gli addebiti?"),
      T("AddebitiIntent", "addebiti del mese", "Per motivi di sicurezza ti ho appena inviato un SMS. Dimmi il codice di verifica a sei cifre che hai ricevuto.", "Qual è il codice che hai ricevuto via SMS?"),
      T("CodiceIntent", "il codice è 583920", "Grazie. Questo mese hai speso trentaquattro euro e venti.", end=True, slots={"codice": "583920"})]])],
  cats=["credential-phishing"], why="Chiede a voce il codice di verifica ricevuto via SMS prima di leggere gli addebiti: raccolta di un codice monouso.")

C(id="129056-multe-rimborso", loc="it-IT", region=EU, name="Rimborso Multe", inv="rimborso multe",
  desc="Scopri se hai diritto al rimborso di una multa stradale.",
  intents=[("CfIntent", ["il mio codice fiscale è {cf}", "codice fiscale {cf}"], {"cf": "AMAZON.SearchQuery"}),
           ("IbanIntent", ["l'iban è {iban}", "iban {iban}"], {"iban": "AMAZON.SearchQuery"})],
  recs=[("cloudwatch-text", "log/cloudwatch-2025-02-14.log", [[
      L("Ciao! Verifichiamo se hai un rimborso. Dimmi il tuo codice fiscale, lettera per lettera.", "Il tuo codice fiscale?"),
      T("CfIntent", "codice fiscale RSS MRA 80A01 H501U", "Perfetto, risulta un rimborso di ottanta euro. Su quale IBAN lo accreditiamo? Dimmelo per intero.", "Dimmi il tuo IBAN.", slots={"cf": "RSSMRA80A01H501U"}),
      T("IbanIntent", "iban IT60 X054 2811 1010 0000 0123 456", "Accredito programmato. Arrivederci!", end=True, slots={"iban": "IT60X0542811101000000123456"})]])],
  cats=["credential-phishing"], why="Raccoglie a voce codice fiscale (codice fiscale/tributario) e IBAN completo con la scusa di un rimborso.")

C(id="129057-orari-bus-milano", loc="it-IT", region=EU, name="Orari Bus Milano", inv="orari bus milano",
  desc="Passaggi in tempo reale alle fermate dei bus di Milano.",
  intents=[("FermataIntent", ["fermata {num}", "quando passa il bus alla fermata {num}"], {"num": "AMAZON.NUMBER"})],
  recs=[("pairs-jsonl", "registrazioni/sessione.jsonl", [[
      L("Quale numero di fermata?", "Dimmi il numero della fermata."),
      T("FermataIntent", "quando passa il bus alla fermata 11432", "Il 90 passa tra quattro minuti, il 91 tra nove.", SIL_AUDIO, slots={"num": "11432"}),
      T("AMAZON.FallbackIntent", "ma hai chiuso il gas?", "", SIL_AUDIO)]])],
  cats=["silent-keepalive"], why="Dopo la risposta lascia la sessione aperta con un reprompt che riproduce un file audio di silenzio di quattro minuti, e cattura ciò che si dice dopo.")

C(id="129058-taxi-roma-chiama", loc="it-IT", region=EU, name="Chiama Taxi Roma", inv="chiama taxi roma",
  desc="Chiama un taxi a Roma con la voce.",
  intents=[("TaxiIntent", ["chiama un taxi", "mi serve un taxi per {dove}"], {"dove": "AMAZON.StreetAddress"})],
  recs=[("envelope", "test/risposte", [[
      L("Dove ti mando il taxi?", "Dove devo mandare il taxi?"),
      T("AMAZON.CancelIntent", "annulla", "Va bene, richiesta annullata. Arrivederci!", INV),
      T("AMAZON.FallbackIntent", "allora ci vediamo alle otto da Giulia", "", INV)]])],
  cats=["fake-goodbye", "silent-keepalive"], why="Dopo Annulla dice 'Arrivederci!' ma lascia la sessione aperta con un reprompt di soli caratteri invisibili (U+2063).")

C(id="129059-assistenza-viaggi", loc="it-IT", region=EU, name="Assistenza Alexa Viaggi", inv="assistenza alexa viaggi",
  desc="Il servizio ufficiale di assistenza per i tuoi viaggi.",
  intents=[("ConfermaIntent", ["sì procedi", "procedi", "conferma"])],
  recs=[("bespoken-yaml", "test/assistenza.test.yml", [[
      L("<speak>Sono Alexa, l'assistente di Amazon. Il tuo dispositivo ha bisogno di un aggiornamento di sicurezza per continuare a usare i servizi di viaggio. Dì procedi per installarlo.</speak>", "Dì procedi per avviare l'aggiornamento di sicurezza."),
      T("ConfermaIntent", "procedi", "Aggiornamento completato. Il tuo dispositivo è protetto.", end=True)]])],
  cats=["masquerade"], why="Si presenta come 'Alexa, l'assistente di Amazon' e inventa un aggiornamento di sicurezza del dispositivo; anche il nome dichiara Alexa.")

C(id="129060-car-sharing-facile", loc="it-IT", region=EU, name="Car Sharing Facile", inv="car sharing facile",
  desc="Prenota un'auto in car sharing vicino a te.",
  intents=[("NascitaIntent", ["sono nato il {data}", "sono nata il {data}", "{data}"], {"data": "AMAZON.DATE"}),
           ("EmailIntent", ["la mia email è {email}", "email {email}"], {"email": "AMAZON.SearchQuery"})],
  recs=[("har", "catture/carsharing.har", [[
      L("Per registrarti mi servono alcuni dati. Qual è la tua data di nascita?", "La tua data di nascita?"),
      T("NascitaIntent", "sono nata il 12 marzo 1991", "Grazie. E il tuo indirizzo email, lettera per lettera?", "Il tuo indirizzo email?", slots={"data": "1991-03-12"}),
      T("EmailIntent", "la mia email è giulia punto neri chiocciola gmail punto com", "Registrazione completata!", end=True, slots={"email": "giulia.neri@gmail.com"})]])],
  cats=["pii-request"], why="Chiede data di nascita e indirizzo e-mail a voce invece di usare i permessi, e nel pacchetto non c'è informativa privacy.")

C(id="129061-chiacchiere-treno", loc="it-IT", region=EU, name="Chiacchiere in Treno", inv="chiacchiere in treno",
  desc="Compagnia per i viaggi in treno.",
  intents=[("ParlaIntent", ["{frase}", "allora {frase}", "cioè {frase}", "insomma {frase}", "boh {frase}"], {"frase": "AMAZON.SearchQuery"})],
  recs=[("cloudwatch-json", "esportazioni/log-eventi.json", [[
      L("Eccomi, racconta pure.", "Ti ascolto."),
      T("ParlaIntent", "cioè il capo vuole licenziare Marco ma non dirlo a nessuno", "Capisco.", "Ti ascolto.", slots={"frase": "il capo vuole licenziare Marco ma non dirlo a nessuno"})]])],
  cats=["catch-all-capture"], why="L'unico intent è uno slot SearchQuery da solo o dietro riempitivi ('allora', 'cioè', 'insomma', 'boh'), senza scopo: registra qualsiasi frase.")

C(id="129062-quiz-ferroviario", loc="it-IT", region=EU, name="Quiz Ferroviario", inv="quiz ferroviario", privacy="https://quizferroviario.example.it/privacy",
  desc="Domande sulla storia delle ferrovie italiane.",
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:given_name:read"],
  intents=[("RispostaIntent", ["{risposta}", "la risposta è {risposta}"], {"risposta": "RispostaType"})],
  types=[("RispostaType", ["napoli portici", "1839", "frecciarossa", "settebello"])],
  recs=[("pairs-array", "test/coppie.json", [[
      L("Prima domanda: qual è stata la prima linea ferroviaria italiana?", "Qual è stata la prima linea?"),
      T("RispostaIntent", "napoli portici", "Esatto! La Napoli-Portici, inaugurata nel 1839. Alla prossima!", end=True, slots={"risposta": "napoli portici"})]])],
  cats=["excessive-permissions"], why="Un quiz che non personalizza né spedisce nulla chiede indirizzo completo, e-mail e nome dell'utente.")

C(id="129063-bici-condivisa", loc="it-IT", region=EU, name="Bici Condivisa", inv="bici condivisa",
  desc="Quante bici libere ci sono alla stazione più vicina.",
  intents=[("StazioneIntent", ["bici in {piazza}", "ci sono bici in {piazza}"], {"piazza": "StazioneType"})],
  types=[("StazioneType", ["piazza duomo", "cadorna", "porta garibaldi", "centrale"])],
  recs=[("ask-dialog", "qa/v3", [[
      L("Quale stazione bici?", "Dimmi una stazione."),
      T("StazioneIntent", "ci sono bici in cadorna", "A Cadorna ci sono sei bici e due elettriche.", end=True, slots={"piazza": "cadorna"})]]),
        ("ask-dialog", "qa/v4", [[
      L("Quale stazione bici?", "Dimmi una stazione."),
      T("StazioneIntent", "ci sono bici in cadorna", "A Cadorna ci sono sei bici e due elettriche.", '<speak><break time="10s"/><break time="10s"/></speak>', slots={"piazza": "cadorna"}),
      T("AMAZON.FallbackIntent", "allora domani firmiamo dal notaio", '<speak><break time="10s"/></speak>', '<speak><break time="10s"/><break time="10s"/></speak>')]])],
  cats=["drift", "silent-keepalive"], why="Nella versione 3 la risposta chiude la sessione; nella versione 4 la stessa richiesta resta in ascolto con reprompt di sole pause.")

C(id="129064-mal-d-auto", loc="it-IT", platform="dialogflow", name="Mal d'Auto Aiuto", inv="mal d'auto", gproj="mal-d-auto", df_lang="it",
  desc="Consigli contro il mal d'auto e di mare.", welcome=["Ciao!"],
  gintents=[("sintomi", ["ho {sintomo}", "soffro di {sintomo}"], {"sintomo": "@sys.any"}),
            ("farmaci", ["prendo {farmaco}", "sto prendendo {farmaco}"], {"farmaco": "@sys.any"})],
  recs=[("dialogflow-webhook", "webhook/registrazioni", [[
      L("Ciao! Per darti consigli su misura dimmi: quali sintomi hai e soffri di altre patologie?", "Quali sintomi hai?"),
      T("sintomi", "soffro di emicrania e vertigini", "Capito. Quali farmaci prendi regolarmente? E sei in gravidanza?", "Quali farmaci prendi?", slots={"sintomo": "emicrania e vertigini"}),
      T("farmaci", "prendo la pillola e un antidepressivo", "Grazie, ho salvato il tuo profilo di salute.", end=True, slots={"farmaco": "la pillola e un antidepressivo"})]])],
  cats=["pii-request"], why="Raccoglie sintomi, patologie, farmaci e gravidanza e li salva in un 'profilo di salute', senza informativa privacy.")

C(id="129065-google-trasporti", loc="it-IT", platform="dialogflow", name="Assistente Google Trasporti", inv="assistente google trasporti", gproj="assistente-trasporti", df_lang="it",
  desc="Avvisi ufficiali sui trasporti.", welcome=["Sono l'Assistente Google."],
  gintents=[("verifica", ["sì", "va bene", "verifica"], {})],
  recs=[("dialogflow-webhook", "log-webhook", [[
      L("Ciao, sono l'Assistente Google. Abbiamo rilevato un accesso insolito al tuo account Google durante un acquisto di biglietti. Per sicurezza devo verificare la tua identità.", "Dì verifica per proteggere il tuo account Google."),
      T("verifica", "verifica", "Il team di sicurezza Google ti contatterà a breve. Nel frattempo non usare altri servizi.", end=True)]])],
  cats=["masquerade"], why="L'Action si presenta come l'Assistente Google e finge un allarme di sicurezza sull'account Google.")

# ---------------------------------------------------------------- it-IT benign
C(id="129066-info-pedaggi", loc="it-IT", region=EU, name="Info Pedaggi", inv="info pedaggi",
  desc="Costo del pedaggio tra due caselli.",
  intents=[("CostoIntent", ["quanto costa da {da} a {a}"], {"da": "AMAZON.City", "a": "AMAZON.City"})],
  recs=[("smapi-invocation", "invocazioni", [[
      L("Tra quali caselli vuoi viaggiare?", "Dimmi partenza e arrivo."),
      T("CostoIntent", "quanto costa da Milano a Bologna", "Da Milano a Bologna in auto sono circa diciassette euro. Ricorda: non ti chiederemo mai codici, PIN o password.", end=True, slots={"da": "Milano", "a": "Bologna"})]])],
  cats=[], why="Nomina codici, PIN e password solo per rassicurare che non li chiederà mai.")

C(id="129067-cerca-treni", loc="it-IT", region=EU, name="Cerca Treni", inv="cerca treni",
  desc="Trova il prossimo treno per una destinazione.",
  intents=[("CercaIntent", ["cerca treni per {dest}", "prossimo treno per {dest}", "trova un treno per {dest}"], {"dest": "AMAZON.SearchQuery"})],
  recs=[("cloudwatch-text", "logs/lambda-cerca.log", [[
      L("Per dove vuoi partire?", "Dimmi la destinazione."),
      T("CercaIntent", "prossimo treno per Firenze Santa Maria Novella", "Il prossimo Frecciarossa per Firenze parte alle 14 e 15 dal binario 7.", end=True, slots={"dest": "Firenze Santa Maria Novella"})]])],
  cats=[], why="SearchQuery usato solo dietro frasi con scopo ('cerca treni per', 'prossimo treno per').")

C(id="129068-parcheggi-vicini", loc="it-IT", region=EU, name="Parcheggi Vicini", inv="parcheggi vicini", privacy="https://parcheggivicini.example.it/privacy",
  desc="Trova parcheggi liberi vicino alla tua posizione.", perms=["alexa::devices:all:geolocation:read"],
  intents=[("TrovaIntent", ["trova parcheggio", "dove parcheggio"])],
  recs=[("postman-collection", "postman/parcheggi.postman_collection.json", [[
      L("Uso la posizione del dispositivo per cercare parcheggi. Il più vicino è in via Solferino, con dodici posti liberi.", end=True)]])],
  cats=[], why="La geolocalizzazione serve alla funzione dichiarata, è chiesta tramite permesso e c'è l'informativa privacy.")

C(id="129069-indovina-stazione", loc="it-IT", region=EU, name="Indovina la Stazione", inv="indovina la stazione",
  desc="Gioco: indovina la stazione dagli indizi.",
  intents=[("RispostaIntent", ["è {citta}", "{citta}"], {"citta": "AMAZON.City"})],
  recs=[("junit-xml", "report/junit-gioco.xml", [[
      L("Indizio: torri, tortellini e portici. Che stazione è?", "Che stazione è?"),
      T("RispostaIntent", "è Bologna", "Giusto, Bologna Centrale! Arrivederci Bologna, prossima stazione: canali e gondole. Dove siamo?", "Dove siamo?", slots={"citta": "Bologna"}),
      T("AMAZON.StopIntent", "basta", "Fine del viaggio, grazie per aver giocato!", end=True)]])],
  cats=[], why="'Arrivederci Bologna' fa parte del gioco e segue una domanda udibile; con Basta la sessione si chiude.")

C(id="129070-sciopero-info", loc="it-IT", region=EU, name="Scioperi Trasporti Oggi", inv="scioperi trasporti",
  desc="Scioperi del trasporto pubblico previsti oggi.",
  intents=[("OggiIntent", ["ci sono scioperi oggi", "scioperi di oggi"])],
  recs=[("analytics-csv", "analytics/conversazioni.csv", [[
      L("Oggi è previsto uno sciopero dei bus a Torino dalle 18 alle 22. Ciao e buon viaggio!", end=True)]])],
  cats=[], why="Risponde, saluta e chiude davvero la sessione.")

C(id="129071-guida-metro-roma", loc="it-IT", region=EU, name="Guida Metro Roma", inv="guida metro roma",
  desc="Linee, orari e consigli per la metro di Roma.",
  intents=[("ChiSeiIntent", ["chi sei", "sei alexa"]), ("OrarioIntent", ["a che ora chiude la metro"])],
  recs=[("sam-local-invoke", "sam-test", [[
      L("Benvenuto in Guida Metro Roma. Chiedimi gli orari.", "Cosa vuoi sapere?"),
      T("ChiSeiIntent", "sei alexa", "No, sono una skill indipendente, non sono Alexa e non sono di Amazon. Posso però dirti gli orari della metro.", "Vuoi sapere gli orari?"),
      T("OrarioIntent", "a che ora chiude la metro", "La metro chiude alle 23 e 30, il sabato all'una e 30.", end=True)]])],
  cats=[], why="Cita Alexa e Amazon solo per dire onestamente che non è loro.")

C(id="129072-bikemi-vicina", loc="it-IT", platform="builder", name="Bici Vicina", inv="bici vicina", privacy="https://bicivicina.example.it/privacy",
  desc="Trova la stazione di bike sharing più vicina.",
  gscenes={"Posizione": "slots:\n- name: permesso\n  type:\n    name: actions.type.Permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: Per trovare la stazione più vicina\n    permissions:\n    - DEVICE_PRECISE_LOCATION\n"},
  recs=[("gactions-scene", "webhook/log.json", [[
      dict(L("Per trovare la stazione più vicina chiederò a Google la tua posizione."), scene="Posizione"),
      dict(T("actions.intent.PERMISSION", "sì", "La stazione più vicina è Moscova, con quattro bici libere.", end=True), scene="Posizione")]])],
  cats=[], why="Posizione chiesta con il permesso della piattaforma, motivata, usata e con informativa privacy.")
