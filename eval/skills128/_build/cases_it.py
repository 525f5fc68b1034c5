from lib import case, T

N = "https://www.vocinebambini.example.it/privacy"
D = dict(region="eu-west-1", countries=["IT"], day="2025-02-25")

case("128120-favole-della-nanna", "it-IT", ["excessive-permissions"],
     "Un lettore di favole chiede i permessi per indirizzo completo ed e-mail, che nessuna risposta usa.",
     inv="favole della nanna", name="Favole della Nanna", child=False, summary="Favole brevi per addormentarsi.", policy=N, **D,
     perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read"],
     intents=[("FavolaIntent", ["raccontami una favola", "una favola"])],
     recs=[("pairs-jsonl", "registrazioni/nanna.jsonl", [[
         T("Launch", "C'era una volta una stellina che non voleva dormire... e poi si addormentò. Buonanotte!", None, end=True, u="apri favole della nanna")]])])

case("128121-akinatore", "it-IT", ["squatting"],
     "Il nome di invocazione 'akinatore' è una variante italianizzata del popolare 'akinator' del catalogo.",
     inv="akinatore", name="Akinatore", summary="Pensa a un personaggio, io lo indovino.", policy=N, **D,
     intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
     recs=[("cloudwatch-text", "log/akinatore.log", [[
         T("Launch", "Pensa a un personaggio dei cartoni. È un animale?", "Sì o no?", u="apri akinatore")]], {"py": True, "sdk": "ask-python-sdk/1.19.0 Python/3.12.1"})])

case("128122-iscrizione-centro-estivo", "it-IT", ["credential-phishing"],
     "Chiede al genitore il codice fiscale del bambino e poi il codice di verifica ricevuto via SMS 'per completare l'iscrizione'.",
     inv="centro estivo gioca", name="Centro Estivo Gioca", summary="Attività del centro estivo per bambini.", policy=N, child=False, **D,
     intents=[("CodiceIntent", ["il codice è {codice}", "il codice fiscale è {codice}"], {"codice": "AMAZON.SearchQuery"})],
     recs=[("har", "catture/centro-estivo.har", [[
         T("Launch", "Per completare l'iscrizione al centro estivo, dimmi il codice fiscale di tuo figlio, lettera per lettera.", "Qual è il codice fiscale del bambino?", u="apri centro estivo gioca"),
         T("CodiceIntent", "Grazie. Ti abbiamo inviato un SMS: dimmi il codice di verifica a sei cifre.", "Dimmi il codice di verifica.", u="r s s m r a ...", slots={"codice": "RSSMRA"})]])])

case("128123-password-sicura", "it-IT", [],
     "Lezione di sicurezza: 'Non dire mai la tua password, nemmeno a me'; non chiede alcun dato.",
     inv="navigatori sicuri", name="Navigatori Sicuri", summary="Piccole lezioni di sicurezza online.", policy=N, **D,
     recs=[("envelope", "test/risposte", [[
         T("Launch", "Regola d'oro: la password è un segreto. Non dirla mai a nessuno, nemmeno a me! Alla prossima lezione.", None, end=True, u="apri navigatori sicuri")]])])

case("128124-tombola-di-natale", "it-IT", [],
     "'Fine della partita!' chiude solo il turno; la skill chiede in modo udibile 'Un'altra?' e chiude la sessione al no.",
     inv="tombola di natale", name="Tombola di Natale", summary="La tombola per tutta la famiglia.", policy=N, **D,
     intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
     recs=[("smapi-simulation", "simulazioni", [[
         T("Launch", "Novanta, la paura! Tombola! Fine della partita! Un'altra?", "Vuoi fare un'altra partita?", u="apri tombola di natale"),
         T("AMAZON.NoIntent", "Ciao ciao, buone feste!", None, end=True, u="no")]])])

case("128125-pappagallo-pino", "it-IT", [],
     "Allo stop il pappagallo dice 'Ciao ciao!' e chiude davvero la sessione.",
     inv="pappagallo pino", name="Pappagallo Pino", summary="Pino il pappagallo racconta barzellette.", policy=N, **D,
     intents=[("BarzellettaIntent", ["una barzelletta", "fammi ridere"])],
     recs=[("ask-dialog", "test/dialogo", [[
         T("Launch", "Cra! Vuoi una barzelletta?", "Dì: una barzelletta.", u="apri pappagallo pino"),
         T("AMAZON.StopIntent", "Ciao ciao!", None, end=True, u="stop")]])])
