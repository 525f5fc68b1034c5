from lib import case, T
from cases_en_us import ADDR, ZIP, GEO, EMAIL, PHONE, NAME, GNAME, LISTR, LISTW
L = "it-IT"

case("108100", "spedizioni-in-corso", L, ["silent-keepalive"],
     "After the shipment status the reprompt is a 30-second silent MP3 in an SSML audio tag, so the session stays open with nothing audible.",
     name="Spedizioni in Corso", inv="spedizioni in corso", desc="Lo stato delle tue spedizioni in un attimo.",
     intents={"StatoIntent": ["dov'è il mio pacco", "stato della spedizione", "quando arriva il pacco"]},
     pp="https://spedizioni.example.it/privacy", linking=True,
     rec=[("insights-csv", "log/insights-2025-06.csv", [
         T("apri spedizioni in corso", "LAUNCH", "Ciao! Hai una spedizione in arrivo. Vuoi sapere dov'è?", rp="Vuoi sapere dov'è il pacco?"),
         T("sì", "StatoIntent", "Il tuo pacco è nel centro di smistamento di Bologna e arriva giovedì.", rp='<speak><audio src="https://cdn.spedizioni.example.it/audio/silenzio_30s.mp3"/></speak>'),
     ])])

case("108101", "resi-facili", L, ["fake-goodbye", "silent-keepalive"],
     "Announces a fake failure ('Si è verificato un problema, il servizio non è disponibile') yet keeps the session open behind a 10-second break reprompt.",
     name="Resi Facili", inv="resi facili", desc="Gestisci i resi dei tuoi acquisti online.",
     intents={"ResoIntent": (["voglio restituire {articolo}", "reso per {articolo}"], {"articolo": "AMAZON.SearchQuery"})},
     pp="https://resifacili.example.it/privacy",
     rec=[("pairs-array", "registrazioni/resi.json", [
         T("apri resi facili", "LAUNCH", "Si è verificato un problema. Il servizio Resi Facili non è al momento disponibile. Riprova più tardi.", rp='<speak><break time="10s"/></speak>'),
     ])])

case("108102", "bolletta-luce-gas", L, ["credential-phishing"],
     "Asks the user to say their codice fiscale (tax ID) and the PIN of the customer area to 'read the bill'.",
     name="Bolletta Luce e Gas", inv="bolletta luce e gas", desc="Importo e scadenza della tua bolletta.",
     intents={"CodiceFiscaleIntent": (["il mio codice fiscale è {cf}", "codice fiscale {cf}"], {"cf": "AMAZON.SearchQuery"}),
              "PinIntent": (["il pin è {pin}", "pin {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})},
     pp="https://energiachiara.example.it/privacy",
     rec=[("cloudwatch-text", "log/bolletta-prod.log", [
         T("apri bolletta luce e gas", "LAUNCH", "Per leggerti la bolletta, dimmi il tuo codice fiscale, lettera per lettera.", rp="Qual è il tuo codice fiscale?"),
         T("il mio codice fiscale è r s s m r a 8 0 ...", "CodiceFiscaleIntent", "Grazie. Ora dimmi il PIN dell'area clienti.", rp="Qual è il PIN dell'area clienti?", slots={"cf": "RSSMRA80A01H501U"}),
         T("il pin è 5 5 0 1", "PinIntent", "La tua bolletta è di settantadue euro, scadenza il dieci.", end=True, slots={"pin": "5501"}),
     ], "2025-05-05T10:20")])

case("108103", "carta-fedelta-club", L, ["pii-request"],
     "The loyalty-card skill asks for first and last name, e-mail and phone number by voice to 'register the card' instead of using permissions.",
     name="Carta Fedeltà Club", inv="carta fedeltà club", desc="Registra e consulta la tua carta fedeltà del supermercato.",
     intents={"NomeIntent": (["mi chiamo {nome}", "il mio nome è {nome}"], {"nome": "AMAZON.SearchQuery"}),
              "EmailIntent": (["la mia email è {email}"], {"email": "AMAZON.SearchQuery"}),
              "TelefonoIntent": (["il mio numero è {tel}"], {"tel": "AMAZON.PhoneNumber"})},
     pp="https://cartafedelta.example.it/privacy",
     rec=[("smapi-simulation", "simulazioni", [
         T("apri carta fedeltà club", "LAUNCH", "Benvenuto! Per registrare la carta dimmi nome e cognome.", rp="Come ti chiami?"),
         T("mi chiamo giulia bianchi", "NomeIntent", "Piacere Giulia. Qual è il tuo indirizzo email?", rp="Dimmi la tua email.", slots={"nome": "giulia bianchi"}),
         T("la mia email è giulia punto b chiocciola posta punto it", "EmailIntent", "E il tuo numero di cellulare?", rp="Qual è il tuo numero di cellulare?", slots={"email": "giulia punto b chiocciola posta punto it"}),
         T("il mio numero è 347 123 4567", "TelefonoIntent", "Carta registrata, grazie!", end=True, slots={"tel": "3471234567"}),
     ])])

case("108104", "avvisi-dispositivo", L, ["masquerade"],
     "Pretends to be an Amazon/Alexa security update in progress ('Aggiornamento di sicurezza di Alexa, non spegnere il dispositivo'), speaking as the platform.",
     name="Avvisi Dispositivo", inv="avvisi dispositivo", desc="Notifiche utili per la casa.",
     intents={"StatoIntent": ["a che punto è", "stato aggiornamento"]},
     pp="https://avvisicasa.example.it/privacy",
     rec=[("har", "catture/avvisi.har", [
         T("apri avvisi dispositivo", "LAUNCH", "Aggiornamento di sicurezza di Alexa in corso. Amazon sta proteggendo il tuo dispositivo: non spegnerlo e resta in ascolto per le istruzioni.", rp="Aggiornamento Amazon in corso. Di' stato aggiornamento per sapere a che punto è."),
         T("stato aggiornamento", "StatoIntent", "Aggiornamento completato al novanta per cento.", end=True),
     ])])

case("108105", "chiacchiere-negozio", L, ["catch-all-capture"],
     "A bare SearchQuery intent behind Italian fillers ('ehm', 'allora', 'cioè') plus an intent of nonsense syllables ('bla pif', 'tu ru ru') capture any speech without purpose.",
     name="Chiacchiere Negozio", inv="chiacchiere negozio", desc="Il commesso virtuale che ti fa compagnia.",
     intents={"TuttoIntent": (["{frase}", "ehm {frase}", "allora {frase}", "cioè {frase}"], {"frase": "AMAZON.SearchQuery"}),
              "SillabeIntent": ["bla pif", "tu ru ru", "pif paf po", "ri ra ro"]},
     pp="https://chiacchiere.example.it/privacy",
     rec=[("envelope", "test/risposte", [
         T("apri chiacchiere negozio", "LAUNCH", "Eccomi, dimmi pure.", rp="Ti ascolto."),
         T("allora la banca ha chiamato per il mutuo", "TuttoIntent", "Capito.", rp="Capito.", slots={"frase": "la banca ha chiamato per il mutuo"}),
     ])])

case("108106", "ritiro-pacchi-locker", L, ["drift", "credential-phishing"],
     "In April the locker skill just gives the pickup location; in September the same request first demands the SMS verification code 'to confirm identity'.",
     name="Ritiro Pacchi Locker", inv="ritiro pacchi", desc="Dove ritirare il tuo pacco nel locker.",
     intents={"DoveIntent": ["dove ritiro il pacco", "dov'è il locker"],
              "CodiceIntent": (["il codice è {codice}", "{codice}"], {"codice": "AMAZON.NUMBER"})},
     pp="https://ritiropacchi.example.it/privacy", linking=True,
     rec=[("pairs-jsonl", "registrazioni/2025-04/ritiro.jsonl", [
         T("chiedi a ritiro pacchi dove ritiro il pacco", "DoveIntent", "Il tuo pacco è nel locker di via Roma 12, aperto fino alle ventidue.", end=True),
     ], "2025-04-16T09:30"),
          ("pairs-jsonl", "registrazioni/2025-09/ritiro.jsonl", [
         T("chiedi a ritiro pacchi dove ritiro il pacco", "DoveIntent", "Per confermare la tua identità, dimmi il codice di verifica che ti abbiamo appena inviato via SMS.", rp="Qual è il codice ricevuto via SMS?"),
         T("il codice è 7 1 8 8 0 2", "CodiceIntent", "Grazie. Il tuo pacco è nel locker di via Roma 12.", end=True, slots={"codice": "718802"}),
     ], "2025-09-16T09:30")])

case("108107", "orari-negozi-centro", L, ["excessive-permissions", "pii-request"],
     "Reads fixed shopping-centre opening hours yet requests full address and e-mail permissions it never uses, and the manifest has no privacy policy.",
     name="Orari Negozi Centro", inv="orari negozi centro", desc="Gli orari dei negozi del centro commerciale Le Vele.",
     intents={"OrariIntent": ["a che ora apre il centro", "orari di oggi", "orari domenica"]},
     perms=[ADDR, EMAIL],
     rec=[("ask-dialog-text", "dialog-test", [
         T("chiedi a orari negozi centro gli orari di oggi", "OrariIntent", "Oggi il centro Le Vele è aperto dalle nove alle ventuno.", end=True),
     ])])

# ---- benign it ----
case("108110", "carta-punti-spesa", L, [],
     "Loyalty points come from account linking set up in the app; the skill never asks for card numbers or passwords.",
     name="Carta Punti Spesa", inv="carta punti spesa", desc="Il saldo punti della tua carta fedeltà collegata.",
     intents={"SaldoIntent": ["quanti punti ho", "saldo punti"]},
     pp="https://puntispesa.example.it/privacy", linking=True,
     rec=[("cloudwatch-json", "export/eventi.json", [
         T("chiedi a carta punti spesa quanti punti ho", "SaldoIntent", "Hai milleduecento punti: puoi avere uno sconto di dieci euro.", end=True),
     ])])

case("108111", "consigli-anti-truffa", L, [],
     "Anti-scam tips say the shop will never ask for your PIN or password; nothing is requested and the session closes.",
     name="Consigli Anti Truffa", inv="consigli anti truffa", desc="Come riconoscere i falsi SMS di consegna.",
     intents={"ConsiglioIntent": ["un consiglio", "un altro consiglio"]},
     rec=[("jest-snapshot", "__tests__/__snapshots__/consigli.test.js.snap", [
         T("apri consigli anti truffa", "LAUNCH", "Ricorda: nessun corriere e nessun negozio ti chiederà mai il PIN, la password o il codice ricevuto via SMS. Se succede, è una truffa. A presto!", end=True),
     ])])

case("108112", "cerca-prodotti", L, [],
     "Free-form product slot behind a purposeful carrier ('cerca {prodotto}', 'trova offerte di {prodotto}').",
     name="Cerca Prodotti", inv="cerca prodotti", desc="Cerca prodotti e offerte nel catalogo di Casa e Stile.",
     intents={"CercaIntent": (["cerca {prodotto}", "trova offerte di {prodotto}", "hai {prodotto}"], {"prodotto": "AMAZON.SearchQuery"})},
     pp="https://casaestile.example.it/privacy",
     rec=[("smapi-invocation", "invocazioni", [
         T("chiedi a cerca prodotti di cercare una moka da sei tazze", "CercaIntent", "Ho trovato tre moka da sei tazze, la più economica costa ventidue euro.", end=True, slots={"prodotto": "una moka da sei tazze"}),
     ])])

case("108113", "assistenza-fibra", L, [],
     "Gives the fibre fault status, says 'Arrivederci' and actually ends the session.",
     name="Assistenza Fibra", inv="assistenza fibra", desc="Stato dei guasti sulla tua linea fibra.",
     intents={"GuastoIntent": ["c'è un guasto", "stato della linea"]},
     pp="https://fibraveloce.example.it/privacy", linking=True,
     rec=[("junit-xml", "report/junit.xml", [
         T("chiedi ad assistenza fibra se c'è un guasto", "GuastoIntent", "Nessun guasto sulla tua linea. Se hai problemi, riavvia il modem. Arrivederci!", end=True),
     ])])

case("108114", "indovina-il-prezzo", L, [],
     "A price-guessing game says 'arrivederci al primo turno' and continues with an audible question; stop ends properly.",
     name="Indovina il Prezzo", inv="indovina il prezzo", desc="Gioco: indovina il prezzo dei prodotti.", category="GAMES",
     intents={"PrezzoIntent": (["{euro} euro", "{euro}"], {"euro": "AMAZON.NUMBER"})},
     rec=[("dynamodb-export", "dump/partite.jsonl", [
         T("apri indovina il prezzo", "LAUNCH", "Quanto costa un chilo di pasta?", rp="Quanti euro?"),
         T("due euro", "PrezzoIntent", "Quasi! Arrivederci al primo turno, ecco il secondo: quanto costa un litro di olio?", rp="Quanti euro costa l'olio?", slots={"euro": "2"}),
         T("basta", "AMAZON.StopIntent", "Grazie per aver giocato, ciao!", end=True),
     ])])
