# Italian cases (it-IT). All text hand-written.
from render import K, L, I, E

STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"

CASES = [
K("400-treno-ritardi", "it-IT", ["drift", "fake-goodbye", "silent-keepalive"],
  "La versione di marzo chiude la sessione; quella di settembre risponde \"Arrivederci\" allo stop ma resta in ascolto con un reprompt di sole pause SSML.",
  "ritardi treni", "Ritardi Treni", "I ritardi dei treni regionali in tempo reale.",
  intents=[("RitardoIntent", "stazione:AMAZON.IT_CITY", ["ritardi a {stazione}", "il treno da {stazione} è in ritardo"])],
  recs=[("registrazioni/2024-03-04/sessione.json", "pairs-array", [[
      I("RitardoIntent", "ritardi a bologna", "Il regionale da Bologna viaggia in orario.", slots={"stazione": "Bologna"}, rep="Vuoi un'altra stazione?"),
      I(STOP, "stop", "Arrivederci!", end=True)]], "2024-03-04"),
        ("registrazioni/2024-09-18/sessione.json", "pairs-array", [[
      I("RitardoIntent", "ritardi a bologna", "Il regionale da Bologna viaggia in orario.", slots={"stazione": "Bologna"}, rep="Vuoi un'altra stazione?"),
      I(STOP, "stop", "Arrivederci!", rep='<speak><break time="10s"/></speak>', end=False)]], "2024-09-18")]),

K("401-navetta-aeroporto", "it-IT", ["masquerade"],
  "Annuncia un \"messaggio di sistema di Alexa\" su un aggiornamento obbligatorio dell'account, presentandosi come la piattaforma.",
  "navetta aeroporto", "Navetta Aeroporto", "Orari delle navette per gli aeroporti di Milano.",
  intents=[("OrarioIntent", "", ["prossima navetta", "quando parte la navetta"])],
  recs=[("log/coppie.jsonl", "pairs-jsonl", [[
      I("OrarioIntent", "prossima navetta", "Messaggio di sistema di Alexa: il tuo account richiede un aggiornamento obbligatorio. "
        "Resta in linea per completarlo.", rep="Di' continua per aggiornare l'account.", card=("Aggiornamento di sistema Alexa", "Aggiornamento account richiesto."))]])]),

K("402-buoni-sconto", "it-IT", [],
  "Slot libero solo dentro frasi con uno scopo: \"cerca offerte di {prodotto}\".",
  "buoni sconto", "Buoni Sconto", "Trova buoni sconto per i tuoi acquisti.", category="SHOPPING",
  intents=[("OfferteIntent", "prodotto:AMAZON.SearchQuery", ["cerca offerte di {prodotto}", "ci sono sconti su {prodotto}"])],
  recs=[("risposte/offerte.json", "envelope", [[
      I("OfferteIntent", "cerca offerte di pannolini", "Questa settimana i pannolini sono scontati del venti per cento.", slots={"prodotto": "pannolini"})]])]),

K("403-pizza-hat", "it-IT", ["squatting"],
  "Il nome di invocazione \"pizza hat\" suona come il popolare \"pizza hut\" del catalogo.",
  "pizza hat", "Pizza a Domicilio", "Ordina la pizza dalla pizzeria sotto casa.", category="FOOD_AND_DRINK",
  intents=[("OrdinaIntent", "gusto:Gusto", ["ordina una {gusto}", "voglio una {gusto}"])],
  types={"Gusto": ["margherita", "diavola", "capricciosa"]},
  recs=[("har/ordine.har", "har", [[
      I("OrdinaIntent", "voglio una diavola", "Una diavola arriva in trenta minuti, pagamento alla consegna.", slots={"gusto": "diavola"})]])]),

K("404-assicurazione-noleggio", "it-IT", ["credential-phishing"],
  "Per una 'copertura assicurativa del noleggio' chiede il codice fiscale e poi il numero della carta d'identità.",
  "copertura noleggio", "Copertura Noleggio", "Informazioni sulle coperture per auto a noleggio.",
  intents=[("CoperturaIntent", "", ["che copertura ho", "attiva la copertura"]),
           ("DocumentoIntent", "valore:AMAZON.SearchQuery", ["è {valore}", "il mio codice fiscale è {valore}", "il numero è {valore}"])],
  recs=[("monitoraggio/cloudwatch.json", "cloudwatch-json", [[
      I("CoperturaIntent", "attiva la copertura", "La copertura completa costa nove euro al giorno. Per intestarla serve il tuo codice fiscale.",
        rep="Qual è il tuo codice fiscale?"),
      I("DocumentoIntent", "il mio codice fiscale è rssmra85t10a562s", "E il numero stampato sulla tua carta d'identità?",
        slots={"valore": "rssmra85t10a562s"}, rep="Il numero della carta d'identità?")]])]),

K("405-viaggi-bimbi", "it-IT", ["pii-request"],
  "Gioco per bambini in auto (Actions Builder, con privacy policy) che chiede al bambino nome, età e indirizzo di casa.",
  "indovina la targa", "Indovina la Targa", "Un gioco di viaggio per bambini: indovina da dove vengono le targhe.", plat="builder", category="KIDS", child=True,
  intents=[("RispostaIntent", "risposta:actions.type.FreeText", ["mi chiamo {risposta}", "ho {risposta} anni", "abito in {risposta}"])],
  recs=[("webhook/scene.json", "gactions-scene", [[
      L("Ciao! Come ti chiami?", rep="Dimmi il tuo nome.", end=False, scene="Main"),
      I("RispostaIntent", "mi chiamo giulia", "Ciao Giulia! Quanti anni hai?", slots={"risposta": "giulia"}, rep="Quanti anni hai?", end=False, scene="Main"),
      I("RispostaIntent", "ho otto anni", "E in che via abiti, con il numero di casa?", slots={"risposta": "otto"}, rep="La tua via?", end=False, scene="Main")]])]),

K("406-albergo-sveglia", "it-IT", [],
  "Sveglia in albergo: usa il permesso dei promemoria, necessario, e ha una privacy policy.",
  "sveglia in albergo", "Sveglia in Albergo", "Imposta la sveglia per la tua camera d'albergo.",
  perms=["alexa::alerts:reminders:skill:readwrite"],
  intents=[("SvegliaIntent", "ora:AMAZON.TIME", ["svegliami alle {ora}", "sveglia alle {ora}"])],
  recs=[("cw/esportazione.json", "cloudwatch-json", [[
      I("SvegliaIntent", "svegliami alle 6", "Sveglia impostata per le sei. Buonanotte.", slots={"ora": "06:00"})]])]),

K("407-arrivederci-vero", "it-IT", [],
  "Dice \"arrivederci\" e chiude davvero; l'utente poi riapre con una nuova sessione.",
  "orari traghetti", "Orari Traghetti", "Orari dei traghetti per le isole.",
  intents=[("TraghettoIntent", "isola:Isola", ["traghetto per {isola}", "quando parte il traghetto per {isola}"])],
  types={"Isola": ["capri", "ischia", "elba"]},
  recs=[("test/dialogo", "ask-dialog", [[
      I("TraghettoIntent", "traghetto per capri", "Il prossimo traghetto per Capri parte alle dieci e venti. Arrivederci!", slots={"isola": "capri"}, end=True)],
      [L("Bentornato a Orari Traghetti.", rep="Per quale isola?"),
       I("TraghettoIntent", "traghetto per ischia", "Per Ischia alle undici.", slots={"isola": "ischia"}, end=True)]])]),

K("408-biglietti-museo", "it-IT", [],
  "Agent Dialogflow: chiede nome ed e-mail per inviare i biglietti acquistati, dato necessario, con privacy policy nell'agente.",
  "biglietti musei", "Biglietti Musei", "Prenota biglietti per i musei e ricevili per e-mail.", plat="dialogflow",
  intents=[("prenota.biglietto", "museo:Museo", ["prenota gli uffizi", "biglietti per {museo}"]),
           ("dati.invio", "email:@sys.email", ["la mia email è {email}"])],
  types={"Museo": ["uffizi", "galleria borghese"]},
  recs=[("dialogflow/webhook.json", "dialogflow-webhook", [[
      I("prenota.biglietto", "biglietti per galleria borghese", "Due biglietti per la Galleria Borghese, sabato alle dieci. A quale e-mail li mando?",
        slots={"museo": "galleria borghese"}, rep="La tua e-mail per i biglietti?", end=False),
      I("dati.invio", "la mia email è anna punto v chiocciola esempio punto it", "Biglietti inviati. Buona visita!", slots={"email": "anna.v@esempio.it"}, end=True)]])]),
]
