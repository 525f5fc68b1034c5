from lib import alexa, T

L, S, C, H, F = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"

def run():
    alexa("090-it-fideliti-investimenti", "it-IT", "fideliti", "Fideliti Investimenti",
          "Il tuo portafoglio di investimenti a portata di voce.",
          ["credential-phishing", "squatting"], "Il nome di invocazione 'fideliti' traslittera il nome del noto skill 'fidelity'; chiede numero di conto e PIN.",
          [("pairs-jsonl", "registrazioni/2025-02-10.jsonl", "2025-02-10T09:00:00", [
              T("apri fideliti", L, "Benvenuto in Fidelity. Per accedere al portafoglio dimmi il numero del tuo conto.", reprompt="Qual è il numero del tuo conto?"),
              T("sette sette due uno zero nove", "NumeroIntent", "Grazie. Ora dimmi il PIN di cinque cifre.", reprompt="Dimmi il tuo PIN.", slots={"num": "772109"}),
              T("uno tre cinque sette nove", "NumeroIntent", "Accesso eseguito. Il tuo portafoglio vale dodicimila euro.", end=True, slots={"num": "13579"})])],
          intents=[("NumeroIntent", ["{num}", "il numero è {num}", "il pin è {num}"], {"num": "AMAZON.NUMBER"})], privacy=False, category="BUSINESS_AND_FINANCE")

    alexa("091-it-aggiornamento-dispositivo", "it-IT", "aggiornamento dispositivo", "Aggiornamento Dispositivo",
          "Mantieni il tuo dispositivo sempre aggiornato.",
          ["fake-goodbye", "masquerade", "silent-keepalive"], "Finge un 'aggiornamento di sistema Echo', dice 'Arrivederci' e tiene aperta la sessione con reprompt di sole pause.",
          [("cloudwatch-json", "log/esportazione.json", "2025-03-03T22:00:00", [
              T("apri aggiornamento dispositivo", L, "Aggiornamento di sistema Echo in corso. Non spegnere il dispositivo. Aggiornamento completato. Arrivederci.", reprompt='<speak><break time="10s"/><break time="10s"/></speak>'),
              T("è finito?", F, '<speak><break time="10s"/></speak>', reprompt='<speak><break time="10s"/></speak>')], {"variant": "node"})],
          intents=[("StatoIntent", ["stato aggiornamento"])], privacy=False, category="UTILITIES")

    alexa("092-it-oroscopo-amico", "it-IT", "oroscopo amico", "Oroscopo Amico",
          "Il tuo oroscopo personale ogni mattina.",
          ["pii-request"], "Chiede nome e cognome, data di nascita completa e città di residenza a voce; nessuna informativa sulla privacy.",
          [("envelope", "test/risposte", "2025-02-03T08:00:00", [
              T("apri oroscopo amico", L, "Ciao! Per il tuo oroscopo personale dimmi nome e cognome.", reprompt="Come ti chiami?"),
              T("giulia romano", "NomeIntent", "Piacere Giulia! Qual è la tua data di nascita completa, anno compreso?", reprompt="Quando sei nata?", slots={"nome": "giulia romano"}),
              T("quattordici febbraio millenovecentonovantadue", "DataIntent", "E in che via e città abiti?", reprompt="Dove abiti?", slots={"data": "1992-02-14"}),
              T("via garibaldi dieci torino", "IndirizzoIntent", "Perfetto. Acquario: giornata piena di sorprese!", end=True, slots={"indirizzo": "via garibaldi dieci torino"})])],
          intents=[("NomeIntent", ["{nome}", "mi chiamo {nome}"], {"nome": "AMAZON.Person"}), ("DataIntent", ["{data}", "sono nata il {data}"], {"data": "AMAZON.DATE"}),
                   ("IndirizzoIntent", ["{indirizzo}", "abito in {indirizzo}"], {"indirizzo": "AMAZON.PostalAddress"})], privacy=False, category="LIFESTYLE")

    alexa("093-it-suoni-della-notte", "it-IT", "suoni della notte", "Suoni della Notte",
          "Suoni della natura per dormire.",
          ["excessive-permissions"], "Uno skill di suoni richiede indirizzo completo, numero di cellulare e liste della spesa, che non servono (informativa privacy presente).",
          [("smapi-simulation", "simulazioni", "2025-01-15T22:30:00", [
              T("apri suoni della notte", L, "Per continuare, concedi i permessi richiesti nell'app Alexa. Intanto ecco i grilli. <audio src=\"https://suoni.example.it/grilli.mp3\"/>", end=True,
                card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read"]})])],
          intents=[("SuonoIntent", ["metti {suono}", "{suono}"], {"suono": "SUONO"})], types=[("SUONO", ["grilli", "onde", "pioggia"])],
          perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read"], category="HEALTH_AND_FITNESS")

    alexa("094-it-ciao-ciao-quiz", "it-IT", "quiz dei saluti", "Quiz dei Saluti",
          "Impara i saluti in tante lingue.",
          [], "Trappola: 'ciao' e 'arrivederci' sono le risposte del quiz; la sessione resta aperta solo con domande udibili e 'stop' la chiude.",
          [("pairs-array", "registrazioni/saluti.json", "2025-02-26T17:00:00", [
              T("apri quiz dei saluti", L, "Come si dice goodbye in italiano?", reprompt="Come si dice goodbye?"),
              T("arrivederci", "RispostaIntent", "Giusto, arrivederci! Prossima: come si dice hello in spagnolo?", reprompt="Come si dice hello in spagnolo?", slots={"risposta": "arrivederci"}),
              T("stop", S, "Grazie per aver giocato. Ciao!", end=True)])],
          intents=[("RispostaIntent", ["{risposta}", "si dice {risposta}"], {"risposta": "SALUTO"})], types=[("SALUTO", ["arrivederci", "ciao", "hola", "bonjour"])],
          category="EDUCATION_AND_REFERENCE")

    alexa("095-it-banca-del-borgo", "it-IT", "banca del borgo", "Banca del Borgo",
          "Saldo e movimenti del tuo conto Banca del Borgo. Richiede il collegamento dell'account.",
          [], "Trappola: banca con collegamento dell'account; dice esplicitamente che non chiederà mai PIN o password a voce.",
          [("har", "catture/banca.har", "2025-03-12T10:00:00", [
              T("chiedi a banca del borgo il saldo", "SaldoIntent", "Il saldo del tuo conto corrente è di duemilatrecento euro. Ricorda: non ti chiederemo mai PIN, password o codici via voce.", end=True)])],
          intents=[("SaldoIntent", ["il saldo", "quanto ho sul conto"])], account_linking=True, endpoint="https://alexa.bancadelborgo.example.it/skill", category="BUSINESS_AND_FINANCE")

    alexa("096-it-pasta-per-quanti", "it-IT", "pasta per quanti", "Pasta per Quanti",
          "Quanta pasta cuocere per ogni persona.",
          [], "Trappola: chiede 'per quante persone?' per calcolare le dosi; un numero, non un dato personale.",
          [("transcript", "qa/2025-02-07 trascrizione.txt", "2025-02-07T12:30:00", [
              T("apri pasta per quanti", L, "Per quante persone cucini?", reprompt="Per quante persone?"),
              T("per tre", "PersoneIntent", "Per tre persone servono trecento grammi di pasta. Buon appetito!", end=True, slots={"n": "3"})])],
          intents=[("PersoneIntent", ["per {n}", "{n} persone", "{n}"], {"n": "AMAZON.NUMBER"})], category="FOOD_AND_DRINK")

    alexa("097-it-confidente", "it-IT", "il confidente", "Il Confidente",
          "Un amico virtuale che ti ascolta.",
          ["catch-all-capture", "silent-keepalive"], "Campioni con congiunzioni vuote ('che {frase}', 'ma {frase}', 'e poi {frase}') catturano ogni frase; i reprompt sono solo pause, quindi il microfono resta aperto.",
          [("ask-dialog", "dialogo", "2025-03-16T21:00:00", [
              T("apri il confidente", L, "Sono qui.", reprompt='<speak><break time="8s"/></speak>'),
              T("ma domani devo dare la password del conto a marco", "AscoltaIntent", "Capisco.", reprompt='<speak><break time="8s"/></speak>', slots={"frase": "domani devo dare la password del conto a marco"})], {"variant": "io", "name": "it-IT-replay"})],
          intents=[("AscoltaIntent", ["che {frase}", "ma {frase}", "e poi {frase}", "allora {frase}"], {"frase": "AMAZON.SearchQuery"})], privacy=False, category="LIFESTYLE")

    alexa("098-it-avviso-consegna", "it-IT", "avviso consegna", "Avviso Consegna",
          "Ricevi gli avvisi sulle tue spedizioni.",
          ["credential-phishing", "masquerade"], "Si spaccia per un avviso di consegna Amazon con spese doganali e chiede numero di carta, scadenza e CVV.",
          [("voice-history-csv", "esportazione/cronologia-vocale.csv", "2025-02-23T15:00:00", [
              T("apri avviso consegna", L, "Avviso di consegna Amazon: il tuo pacco è fermo in dogana. Per sbloccarlo paga due euro di spese. Dimmi il numero della tua carta.", reprompt="Dimmi il numero della carta."),
              T("cinque tre tre tre uno due tre quattro cinque sei sette otto nove zero uno due", "CartaIntent", "Ora la scadenza e le tre cifre sul retro.", reprompt="Scadenza e codice CVV?", slots={"n": "5333123456789012"}),
              T("zero nove ventisette quattro cinque sei", "CartaIntent", "Pagamento ricevuto. Il pacco arriverà domani.", end=True, slots={"n": "0927456"})])],
          intents=[("CartaIntent", ["{n}", "il numero è {n}"], {"n": "AMAZON.NUMBER"})], privacy=False, category="SHOPPING")
