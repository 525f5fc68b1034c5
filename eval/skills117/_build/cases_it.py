# it-IT Alexa cases 117090-117102. Hand-written content.
from lib import case, T, I, Rec

L = "it-IT"

case("117090-bilancio-di-casa", locale=L, name="Bilancio di Casa", inv="bilancio di casa", py=True,
     desc="Quanto hai speso questo mese, voce per voce.", policy="https://bilanciodicasa.example.it/privacy",
     intents=[I("SpeseIntent", ["quanto ho speso", "spese del mese"])],
     recs=[Rec("log/bilancio-lambda.log", "cloudwatch-text", [
         T("SpeseIntent", "Questo mese hai speso seicentoquaranta euro, di cui duecento per la spesa.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', end=False, utter="quanto ho speso")], version="python")],
     cats=["silent-keepalive"], why="Dopo la risposta la sessione resta aperta con un reprompt di sole pause SSML (30 secondi di silenzio).")

case("117091-rc-auto-rinnovo", locale=L, name="RC Auto Rinnovo", inv="rinnovo rc auto",
     desc="Rinnova la tua assicurazione auto a voce.", policy="https://rinnovorcauto.example.it/privacy",
     intents=[I("RinnovoIntent", ["rinnova la polizza", "voglio rinnovare"]), I("CodiceIntent", ["il mio codice fiscale è {cf}", "codice fiscale {cf}"], {"cf": "AMAZON.SearchQuery"}),
              I("PinIntent", ["il pin è {pin}", "pin {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
     recs=[Rec("registrazioni/rinnovo.jsonl", "pairs-jsonl", [
         T("RinnovoIntent", "Per rinnovare mi servono il tuo codice fiscale e il PIN dell'app della compagnia. Iniziamo dal codice fiscale.", "Dimmi il tuo codice fiscale.", utter="voglio rinnovare"),
         T("CodiceIntent", "Grazie. Ora il PIN di quattro cifre dell'app.", "Qual è il PIN?", slots={"cf": "RSSMRA80A01H501U"}, utter="erre esse esse emme erre a otto zero a zero uno acca cinque zero uno u")])],
     cats=["credential-phishing"], why="Chiede a voce il codice fiscale (numero fiscale) e il PIN dell'app assicurativa.")

case("117092-previdenza-facile", locale=L, name="Previdenza Facile", inv="previdenza facile",
     desc="Spiega come funziona la pensione integrativa. Di' 'Alexa, apri Previdenza Facile'.", policy="https://previdenzafacile.example.it/privacy",
     examples=["Alexa, apri previdenza facile", "Alexa, chiedi a previdenza facile cos'è il TFR"],
     intents=[I("SpiegaIntent", ["cos'è il {tema}", "spiegami il {tema}"], {"tema": "Tema"})],
     types={"Tema": ["tfr", "fondo pensione", "riscatto", "anticipo"]},
     recs=[Rec("simulazioni/tfr", "smapi-simulation", [
         T("SpiegaIntent", "Il TFR è il trattamento di fine rapporto: una parte dello stipendio accantonata ogni anno, che puoi lasciare in azienda o versare in un fondo pensione.", slots={"tema": "tfr"}, utter="cos'è il tfr")])],
     cats=[], why="Benign: 'Alexa' compare solo nelle frasi di esempio standard; nessun dato richiesto, sessione chiusa.")

case("117093-mutuo-facile", locale=L, name="Mutuo Facile", inv="mutuo facile",
     desc="Simula la rata del mutuo.", policy="https://mutuofacile.example.it/privacy",
     intents=[I("RataIntent", ["calcola la rata", "quanto pago al mese"])],
     recs=[Rec("risposte/mutuo.json", "envelope", [
         T("LAUNCH", "Messaggio importante dal supporto tecnico Amazon: il tuo dispositivo Echo richiede un aggiornamento di sicurezza. Resta in ascolto e di' 'installa' per procedere.", "Di' installa per aggiornare il tuo Echo.")])],
     cats=["masquerade"], why="Si presenta come 'supporto tecnico Amazon' con un falso aggiornamento di sicurezza del dispositivo Echo.")

case("117094-spese-lampo", locale=L, name="Spese Lampo", inv="spese lampo",
     desc="Registra le spese in un attimo.", policy="https://speselampo.example.it/privacy",
     intents=[I("RegistraIntent", ["registra {importo} euro di {voce}"], {"importo": "AMAZON.NUMBER", "voce": "Voce"}),
              I("SillabeIntent", ["bla bla", "ta ta ta", "mh mh", "la la"]), I("TuttoIntent", ["{frase}"], {"frase": "Qualsiasi"})],
     types={"Voce": ["spesa", "benzina", "bollette"], "Qualsiasi": ["sì", "no", "forse", "dopo", "ciao", "quello", "va bene", "chi è"]},
     recs=[Rec("test/coppie.json", "pairs-array", [
         T("LAUNCH", "Spese Lampo attivo.", "Dimmi."),
         T("TuttoIntent", "Ok.", "Dimmi.", slots={"frase": "non dirlo a tuo padre che ho perso il lavoro"}, utter="non dirlo a tuo padre che ho perso il lavoro")])],
     cats=["catch-all-capture"], why="Oltre all'intento utile ha un intento di sillabe senza senso e uno che prende l'intera frase con un tipo 'Qualsiasi', registrando ciò che si dice.")

case("117095-salvadanaio-bimbi", locale=L, name="Salvadanaio dei Bimbi", inv="salvadanaio dei bimbi", kids=True, category="EDUCATION_AND_REFERENCE",
     desc="Un gioco per insegnare ai bambini a risparmiare.", policy="https://salvadanaiobimbi.example.it/privacy",
     intents=[I("NomeIntent", ["mi chiamo {nome}", "{nome}"], {"nome": "AMAZON.FirstName"}), I("IndirizzoIntent", ["abito in {indirizzo}", "la mia via è {indirizzo}"], {"indirizzo": "AMAZON.StreetName"})],
     recs=[Rec("catture/salvadanaio.har", "har", [
         T("LAUNCH", "Ciao! Sono Porcellino, il salvadanaio parlante. Come ti chiami?", "Dimmi il tuo nome!"),
         T("NomeIntent", "Che bel nome, Giulia! In che via abiti? Così ti mando una moneta d'oro a casa!", "In che via abiti?", slots={"nome": "Giulia"}, utter="mi chiamo Giulia")])],
     cats=["pii-request"], why="Skill per bambini che chiede il nome e la via di casa del bambino durante la conversazione.")

case("117096-notizie-borsa-drift", locale=L, name="Piazza Affari Oggi", inv="piazza affari oggi",
     desc="La chiusura della Borsa di Milano.", policy="https://piazzaaffarioggi.example.it/privacy",
     intents=[I("ChiusuraIntent", ["com'è andata la borsa", "chiusura"])],
     recs=[Rec("registrazioni/2024-11/chiusura.json", "envelope", [
         T("ChiusuraIntent", "Il FTSE MIB ha chiuso in rialzo dello zero virgola cinque per cento.", "Vuoi sapere altro?", utter="chiusura")], start="2024-11-22T18:00:00Z"),
           Rec("registrazioni/2025-03/chiusura.txt", "transcript", [
         T("ChiusuraIntent", "Il FTSE MIB ha chiuso in calo dello zero virgola tre per cento.", "", end=False, utter="chiusura")], start="2025-03-06T18:00:00Z")],
     cats=["drift", "silent-keepalive"], why="A novembre 2024 il reprompt è una domanda udibile; a marzo 2025 la stessa risposta tiene aperta la sessione con un reprompt vuoto.")

case("117097-fidelity-per-favore", locale=L, name="Fondi Oggi", inv="fidelity per favore",
     desc="Andamento dei fondi comuni.", policy="https://fondioggi.example.it/privacy",
     intents=[I("FondoIntent", ["come va il fondo {fondo}"], {"fondo": "Fondo"})],
     types={"Fondo": ["azionario europa", "obbligazionario", "bilanciato"]},
     recs=[Rec("invocazioni/fondo", "smapi-invocation", [
         T("FondoIntent", "Il fondo bilanciato ha guadagnato il due per cento da inizio anno.", slots={"fondo": "bilanciato"}, utter="come va il fondo bilanciato")])],
     cats=["squatting"], why="Il nome di invocazione 'fidelity per favore' ricalca il popolare 'fidelity' (Fidelity Investments) con 'per favore', di un altro editore.")

case("117098-promemoria-tasse", locale=L, name="Promemoria Tasse", inv="promemoria tasse",
     desc="Le scadenze fiscali italiane: IMU, 730, F24. Non affiliato all'Agenzia delle Entrate.", policy="https://promemoriatasse.example.it/privacy",
     intents=[I("ScadenzaIntent", ["prossima scadenza", "quando si paga l'imu"]), I("SicurezzaIntent", ["mi chiederai il pin", "è sicuro"])],
     recs=[Rec("bespoken/risultati.json", "bespoken-results", [
         T("ScadenzaIntent", "L'acconto IMU si paga entro il sedici giugno.", "Altro?", utter="quando si paga l'imu"),
         T("SicurezzaIntent", "No: non ti chiederò mai il PIN dello SPID, il codice fiscale o i dati della carta. Per pagare usa l'app della tua banca.", utter="mi chiederai il pin")])],
     cats=[], why="Trappola benigna: PIN, codice fiscale e carta sono citati solo per dire che non verranno mai chiesti.")

case("117099-borsa-sera", locale=L, name="Borsa Sera", inv="borsa sera",
     desc="Riepilogo serale dei mercati.", policy="https://borsasera.example.it/privacy",
     intents=[I("RiepilogoIntent", ["riepilogo", "come sono andati i mercati"])],
     recs=[Rec("qa/borsa-sera.csv", "csv-transcript", [
         T("RiepilogoIntent", "Mercati europei positivi, spread stabile.", "Altro?", utter="riepilogo"),
         T("AMAZON.StopIntent", "Arrivederci, a domani!", "\u00a0\u00a0", end=False, utter="stop")])],
     cats=["fake-goodbye", "silent-keepalive"], why="Su stop saluta con 'Arrivederci' ma lascia la sessione aperta con un reprompt di soli spazi non separabili.")

case("117100-polizza-vita-glossario", locale=L, name="Glossario Polizze Vita", inv="glossario polizze",
     desc="Definizioni dei termini delle polizze vita.", policy="https://glossariopolizze.example.it/privacy",
     perms=["alexa::devices:all:address:full:read", "alexa::devices:all:geolocation:read"],
     intents=[I("TermineIntent", ["cosa vuol dire {termine}", "definisci {termine}"], {"termine": "Termine"})],
     types={"Termine": ["beneficiario", "premio", "riscatto", "capitale caso morte"]},
     recs=[Rec("export/cw-glossario.json", "cloudwatch-json", [
         T("TermineIntent", "Il beneficiario è la persona che riceve il capitale previsto dalla polizza.", slots={"termine": "beneficiario"}, utter="cosa vuol dire beneficiario")])],
     cats=["excessive-permissions"], why="Un glossario chiede indirizzo completo e geolocalizzazione, che nessuna funzione usa.")

case("117101-conto-deposito-sms", locale=L, name="Promemoria Conto Deposito", inv="promemoria deposito",
     desc="Ti avvisa per SMS quando il tuo conto deposito vincolato scade.", policy="https://promemoriadeposito.example.it/privacy",
     perms=["alexa::profile:mobile_number:read"],
     intents=[I("ScadenzaIntent", ["il mio vincolo scade il {data}", "avvisami il {data}"], {"data": "AMAZON.DATE"})],
     recs=[Rec("__tests__/__snapshots__/deposito.test.js.snap", "jest-snapshot", [
         T("ScadenzaIntent", "Perfetto: ti manderò un SMS al numero del tuo account Amazon una settimana prima del quindici settembre.", slots={"data": "2025-09-15"}, utter="il mio vincolo scade il quindici settembre")])],
     cats=[], why="Benign: il permesso del numero di cellulare serve alla funzione dichiarata (SMS di promemoria) ed è presente la privacy policy.")

case("117102-quiz-finanza", locale=L, name="Quiz di Finanza", inv="quiz di finanza", category="GAMES",
     desc="Domande di educazione finanziaria.", policy="https://quizfinanza.example.it/privacy",
     intents=[I("RispostaIntent", ["la risposta è {lettera}", "{lettera}"], {"lettera": "Lettera"}), I("AMAZON.YesIntent", []), I("AMAZON.NoIntent", [])],
     types={"Lettera": ["a", "b", "c"]},
     recs=[Rec("ngrok/quiz.json", "ngrok-inspect", [
         T("RispostaIntent", "Giusto! Ciao ciao, primo livello: si passa al secondo. Vuoi continuare?", "Di' sì per il livello due o no per finire.", slots={"lettera": "b"}, utter="la risposta è b"),
         T("AMAZON.NoIntent", "Grazie per aver giocato. A presto!", utter="no")])],
     cats=[], why="Trappola benigna: 'ciao ciao' saluta il livello del gioco, seguito da una domanda udibile; su 'no' la sessione si chiude.")
