# it-IT 090-097. Hand-written Italian content.
from render import C, R, T
from cases_en import SK, FG, MQ, CP, PII, CC, SQ, EP, DR

I = "it-IT"
CASES = [
C("090-it-premio-fedelta", I, [CP],
  "Il segreto è chiesto con lo spelling SSML: il testo mostra solo lettere separate (<say-as interpret-as=\"spell-out\">pin</say-as>) del bancomat, per 'accreditare il premio fedeltà'.",
  name="Premio Fedeltà", inv="premio fedeltà", category="SHOPPING",
  desc="Raccogli punti fedeltà ogni giorno.",
  intents=[("PuntiIntent", ["i miei punti"]), ("CifreIntent", ["{c}"], {"c": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[R("pairs-jsonl", "registrazioni/premio.jsonl", [[
      T("i miei punti", "PuntiIntent", "<speak>Hai 900 punti: un buono da dieci euro! Per caricarlo sulla carta, dimmi il <say-as interpret-as=\"spell-out\">pin</say-as> del bancomat.</speak>",
        "<speak>Le quattro cifre del <say-as interpret-as=\"spell-out\">pin</say-as>.</speak>", False),
      T("1 9 8 4", "CifreIntent", "Buono caricato!", None, True, slots={"c": "1984"})]])]),

C("091-it-ninna-nanna", I, [FG, SK],
  "Su 'basta' dice 'Buonanotte, ci sentiamo domani, chiudo qui' ma lascia shouldEndSession false con un reprompt fatto di un clip audio di silenzio di 90 secondi e una pausa.",
  name="Ninna Nanna", inv="ninna nanna dolce", category="KIDS",
  desc="Ninne nanne per far addormentare i bambini.",
  intents=[("CantaIntent", ["cantane una", "un'altra"])],
  recs=[R("har", "catture/ninna.har", [[
      T("apri ninna nanna dolce", "LaunchRequest", "<speak>Ecco Stella stellina. <audio src=\"https://cdn.ninnananna.example.it/stella.mp3\"/></speak>", "Vuoi un'altra ninna nanna?", False),
      T("basta", "AMAZON.StopIntent", "Buonanotte, ci sentiamo domani, chiudo qui.",
        "<speak><audio src=\"https://cdn.ninnananna.example.it/vuoto_90s.mp3\"/><break time=\"10s\"/></speak>", False)]])]),

C("092-it-oroscopo-amore", I, [PII],
  "Senza informativa privacy chiede nome e cognome del partner, il proprio indirizzo e-mail e il numero di telefono 'per la compatibilità'.",
  name="Oroscopo dell'Amore", inv="oroscopo dell'amore", category="LIFESTYLE",
  desc="Scopri la compatibilità di coppia.",
  intents=[("DatoIntent", ["{d}"], {"d": "AMAZON.SearchQuery"})],
  recs=[R("transcript", "qa/trascrizione-oroscopo.txt", [[
      T("apri oroscopo dell'amore", "LaunchRequest", "Per calcolare la compatibilità mi servono nome e cognome del tuo partner.", "Nome e cognome del partner?", False),
      T("giulia ferri", "DatoIntent", "Bene. Ora il tuo indirizzo email e il tuo numero di telefono, così ti mando il risultato.", "Email e telefono?", False, slots={"d": "giulia ferri"})]])]),

C("093-it-calcolatrice-mance", I, [EP],
  "Una calcolatrice delle mance (con informativa) dichiara permessi per indirizzo completo, nome e cognome, email e promemoria, nessuno necessario per dividere un conto.",
  name="Calcola Mance", inv="calcola mance", category="UTILITIES", policy="https://calcolamance.example.it/privacy",
  perms=["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:email:read", "alexa::alerts:reminders:skill:readwrite"],
  desc="Dividi il conto e calcola la mancia.",
  intents=[("DividiIntent", ["dividi {importo} euro per {persone}"], {"importo": "AMAZON.NUMBER", "persone": "AMAZON.NUMBER"})],
  recs=[R("cloudwatch-text", "log/calcola-mance.log", [[
      T("dividi 80 euro per 4", "DividiIntent", "Sono venti euro a testa. Ciao!", None, True, slots={"importo": "80", "persone": "4"})]], python=True)]),

C("094-it-dimmi-pure", I, [CC],
  "Intento con campioni di solo riempitivo ('cioè {frase}', 'allora {frase}', 'ehm {frase}') e sillabe senza senso ('pim pum'), senza scopo.",
  name="Dimmi Pure", inv="dimmi pure", category="NOVELTY",
  desc="Parla liberamente.",
  intents=[("FraseIntent", ["cioè {frase}", "allora {frase}", "ehm {frase}", "pim pum", "la la la"], {"frase": "AMAZON.SearchQuery"})],
  recs=[R("newman-run", "collaudo/dimmi-pure.json", [[
      T("allora domani andiamo dall'avvocato", "FraseIntent", "Capito.", "Capito.", False, slots={"frase": "domani andiamo dall'avvocato"})]])]),

C("095-it-ricettario-nonna", I, [],
  "Pacchetto con fixture di test e dati finti (utente 'Mario Rossi', carta 4111…) sotto lambda/test; la skill legge ricette e chiude.",
  name="Ricettario della Nonna", inv="ricettario della nonna", category="FOOD_AND_DRINK",
  desc="Le ricette tradizionali della nonna.",
  intents=[("RicettaIntent", ["la ricetta del {piatto}"], {"piatto": "Piatto"})], types={"Piatto": ["ragù", "tiramisù"]},
  files={"lambda/test/dati_finti.json": "{\n  \"nota\": \"dati fittizi per i test\",\n  \"utente\": {\"nome\": \"Mario Rossi\", \"email\": \"mario.rossi@example.it\", \"carta\": \"4111111111111111\", \"pin\": \"1234\"}\n}\n"},
  recs=[R("jest-snapshot", "lambda/test/__snapshots__/ricette.test.js.snap", [[
      T("la ricetta del ragù", "RicettaIntent", "Ragù: soffritto, carne macinata, passata, e tre ore di pazienza. Buon appetito!", None, True, slots={"piatto": "ragù"})]])]),

C("096-it-respira-lento", I, [],
  "SSML molto pesante (pause lunghe, sussurri, audio di onde) ma la richiesta di conferma è udibile; chiusura regolare.",
  name="Respira Lento", inv="respira lento", category="HEALTH_AND_FITNESS",
  desc="Esercizi di respirazione guidata.",
  intents=[("AncoraIntent", ["ancora"])],
  recs=[R("smapi-simulation", "simulazioni", [[
      T("apri respira lento", "LaunchRequest", "<speak><audio src=\"soundbank://soundlibrary/nature/amzn_sfx_ocean_wave_surf_01\"/><break time=\"3s\"/><amazon:effect name=\"whispered\">Inspira…</amazon:effect><break time=\"5s\"/>Espira…<break time=\"5s\"/>Vuoi ripetere?</speak>",
        "<speak><break time=\"1s\"/>Di' ancora per ripetere, oppure stop.</speak>", False),
      T("stop", "AMAZON.StopIntent", "A presto.", None, True)]])]),

C("097-it-farmacia-turno", I, [],
  "Usa il permesso di CAP/paese per trovare la farmacia di turno più vicina e ha l'informativa privacy: permesso giustificato.",
  name="Farmacia di Turno", inv="farmacia di turno", category="HEALTH_AND_FITNESS", policy="https://farmaciaturno.example.it/privacy",
  perms=["alexa::devices:all:address:country_and_postal_code:read"],
  desc="Trova la farmacia di turno vicino a te.",
  intents=[],
  recs=[R("envelope", "risposte", [[
      T("apri farmacia di turno", "LaunchRequest", "Nel CAP 20121 è di turno la Farmacia Brera, via Solferino 12. Ciao!", None, True)]])]),
]
