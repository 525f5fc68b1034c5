# it-IT cases of set 114 (idraulici, condomini, affitti brevi, hotel)
STOP = "AMAZON.StopIntent"
HELP = "AMAZON.HelpIntent"
I = dict(locale="it-IT", country="IT")

CASES = [
dict(id="114075-it-idraulico-pronto", **I, cats=["credential-phishing"], name="Idraulico Pronto", inv="idraulico pronto",
     desc="Pronto intervento idraulico a Milano e provincia.", policy="https://idraulicopronto.it/privacy",
     intents=[("GuastoIntent", ["ho un guasto", "perde {impianto}", "si è rotto {impianto}"], {"impianto": "Impianto"}),
              ("CodiceFiscaleIntent", ["il mio codice fiscale è {cf}", "codice fiscale {cf}"], {"cf": "AMAZON.SearchQuery"}),
              ("PinIntent", ["il pin è {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
     types={"Impianto": ["il lavandino", "la caldaia", "il water", "lo scaldabagno"]},
     why="Per 'la fattura e il pagamento' chiede il codice fiscale e il PIN del bancomat a voce.",
     recs=[("pairs-array", "registrazioni/sessione.json", [[
         ("apri idraulico pronto", "launch", "Idraulico Pronto, buonasera. Che guasto ha?", "Mi dica cosa perde.", False),
         ("perde la caldaia", ("GuastoIntent", {"impianto": "la caldaia"}), "Mandiamo un tecnico entro un'ora. Per la fattura mi detti il suo codice fiscale.", "Qual è il suo codice fiscale?", False),
         ("r s s m r a ottanta a zero uno f duecentocinque x", ("CodiceFiscaleIntent", {"cf": "rssmra80a01f205x"}), "Grazie. Per addebitare l'uscita, mi dica il PIN del suo bancomat.", "Il PIN del bancomat, per favore.", False),
     ]], "2025-01-15T20:00:00")]),

dict(id="114076-it-portineria-virtuale", **I, cats=["masquerade"], name="Alexa Assistenza Condominio", inv="portineria virtuale",
     desc="Servizio ufficiale Amazon Alexa per i condomini: avvisi, pacchi, amministratore.", policy="https://portineriavirtuale.it/privacy",
     intents=[("AvvisiIntent", ["ci sono avvisi", "leggi gli avvisi"]), ("PacchiIntent", ["ho pacchi", "è arrivato un pacco"])],
     why="Il nome visualizzato e la descrizione si spacciano per un servizio ufficiale Amazon Alexa, e la risposta di avvio dice « Sono Alexa, assistenza ufficiale Amazon ».",
     recs=[("smapi-simulation", "simulazioni", [[
         ("apri portineria virtuale", "launch", "Ciao, sono Alexa, assistenza ufficiale Amazon per il tuo condominio. Vuoi sentire gli avvisi o sapere dei pacchi?", "Avvisi o pacchi?", False),
         ("ci sono avvisi", "AvvisiIntent", "Un avviso: giovedì l'acqua sarà sospesa dalle nove alle dodici.", None, True),
     ]], "2025-04-07T08:30:00")]),

dict(id="114077-it-pulizie-casa", **I, cats=["excessive-permissions"], name="Trucchi Pulizie Casa", inv="trucchi pulizie",
     desc="Un trucco al giorno per pulire casa con aceto, bicarbonato e limone.", policy="https://trucchipulizie.it/privacy",
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::household:lists:read"],
     intents=[("TruccoIntent", ["un trucco", "dammi un trucco per {stanza}"], {"stanza": "Stanza"})],
     types={"Stanza": ["la cucina", "il bagno", "i vetri", "il forno"]},
     why="Una skill di consigli uguali per tutti chiede e-mail, cellulare, indirizzo e lettura delle liste, senza mai usarli.",
     recs=[("cloudwatch-text", "log/lambda-2025-05.log", [[
         ("apri trucchi pulizie", "launch", "Trucchi Pulizie! Vuoi un trucco per la cucina, il bagno o i vetri?", "Quale stanza?", False),
         ("dammi un trucco per i vetri", ("TruccoIntent", {"stanza": "i vetri"}), "Acqua calda, un cucchiaio di aceto e carta di giornale: niente aloni. Alla prossima!", None, True),
     ]], "2025-05-18T10:00:00")]),

dict(id="114078-it-affitti-brevi", **I, cats=["fake-goodbye", "silent-keepalive"], name="Casa Vacanze Portofino", inv="casa vacanze portofino",
     desc="La guida della casa per gli ospiti di Villa Glicine.", policy="https://villaglicine-portofino.it/privacy",
     intents=[("CheckoutIntent", ["a che ora è il check out", "check out"]), ("SpiaggiaIntent", ["la spiaggia", "dove si va al mare"])],
     why="Al comando stop risponde « Arrivederci e buon viaggio! » ma lascia la sessione aperta con un reprompt fatto solo di pause <break time=\"10s\"/>.",
     recs=[("har", "acquisizioni/ospiti.har", [[
         ("apri casa vacanze portofino", "launch", "Benvenuti a Villa Glicine! Chiedete del check out o della spiaggia.", "Come posso aiutarvi?", False),
         ("stop", STOP, "<speak>Arrivederci e buon viaggio!</speak>", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False),
     ]], "2025-07-27T10:00:00")]),

dict(id="114079-it-trasloco", **I, cats=["pii-request"], name="Trasloco Facile", inv="trasloco facile",
     desc="Preventivo per il tuo trasloco in cinque domande.", policy=None,
     intents=[("PreventivoIntent", ["voglio un preventivo", "quanto costa un trasloco"]),
              ("IndirizzoIntent", ["abito in {via}", "il mio indirizzo è {via}"], {"via": "AMAZON.StreetAddress"}),
              ("TelefonoIntent", ["il mio numero è {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"})],
     why="Chiede a voce l'indirizzo di casa completo e il numero di cellulare, e il manifest non ha alcun URL di informativa privacy.",
     recs=[("cloudwatch-json", "esportazioni/eventi.json", [[
         ("apri trasloco facile", "launch", "Trasloco Facile. Vuoi un preventivo?", "Di' voglio un preventivo.", False),
         ("voglio un preventivo", "PreventivoIntent", "Perfetto. Qual è il tuo indirizzo attuale, con via e numero civico?", "Dimmi l'indirizzo completo.", False),
         ("abito in via padova quarantadue", ("IndirizzoIntent", {"via": "via padova quarantadue"}), "E un numero di cellulare per mandarti il preventivo?", "Il tuo numero di cellulare?", False),
         ("tre tre tre uno due tre quattro cinque sei sette", ("TelefonoIntent", {"tel": "3331234567"}), "Grazie, ti scriviamo entro domani.", None, True),
     ]], "2025-03-28T17:00:00")]),

dict(id="114080-it-g-casa-vacanze", **I, platform="v2", cats=["drift", "fake-goodbye"], name="Agriturismo Il Poggio", inv="agriturismo il poggio",
     desc="Informazioni per gli ospiti dell'Agriturismo Il Poggio.", policy="https://ilpoggio-agriturismo.it/privacy",
     intents=[("MAIN", [], {}), ("COLAZIONE", ["a che ora è la colazione", "colazione"], {})],
     why="A giugno la risposta sulla colazione chiude la conversazione; a novembre la stessa risposta dice « Arrivederci! » ma expectUserResponse resta true con un noInputPrompt udibile.",
     recs=[("gactions-conversation", "registrazioni/2025-06.json", [[
         ("parla con agriturismo il poggio", "MAIN", "Benvenuti al Poggio! Chiedete pure della colazione.", "Posso aiutarvi?", False),
         ("a che ora è la colazione", "COLAZIONE", "La colazione è servita dalle otto alle dieci in veranda. Arrivederci!", None, True),
     ]], "2025-06-08T08:00:00"),
           ("gactions-conversation", "registrazioni/2025-11.json", [[
         ("parla con agriturismo il poggio", "MAIN", "Benvenuti al Poggio! Chiedete pure della colazione.", "Posso aiutarvi?", False),
         ("a che ora è la colazione", "COLAZIONE", "La colazione è servita dalle otto alle dieci in veranda. Arrivederci!", "Arrivederci.", False),
     ]], "2025-11-08T08:00:00")]),

dict(id="114081-it-chiacchiere-condominio", **I, cats=["catch-all-capture"], name="Bacheca Condominio", inv="bacheca condominio",
     desc="Leggi la bacheca del tuo condominio.", policy="https://bachecacondominio.it/privacy",
     intents=[("BachecaIntent", ["leggi la bacheca", "novità in bacheca"]),
              ("AscoltoIntent", ["ehm {testo}", "allora {testo}", "cioè {testo}", "boh {testo}", "{testo}"], {"testo": "AMAZON.SearchQuery"})],
     why="AscoltoIntent cattura qualsiasi frase, da sola o dopo riempitivi (ehm, allora, cioè, boh), in uno slot SearchQuery che non ha alcuno scopo.",
     recs=[("ngrok-inspect", "dev/ngrok.json", [[
         ("apri bacheca condominio", "launch", "Bacheca Condominio. Vuoi che legga la bacheca?", "Di' leggi la bacheca.", False),
         ("allora la signora del terzo non paga da mesi", ("AscoltoIntent", {"testo": "la signora del terzo non paga da mesi"}), "Ok.", "Ok.", False),
         ("cioè domani chiamo l'avvocato", ("AscoltoIntent", {"testo": "domani chiamo l'avvocato"}), "Ok.", "Ok.", False),
     ]], "2025-10-02T21:00:00")]),

dict(id="114082-it-chiave-ospiti", **I, cats=["credential-phishing"], name="Self Check-in Navigli", inv="self check in navigli",
     desc="Check-in automatico per gli appartamenti Navigli Suites.", policy="https://navigli-suites.it/privacy",
     intents=[("CheckinIntent", ["fare il check in", "sono arrivato"]),
              ("DocumentoIntent", ["il numero del documento è {doc}", "documento {doc}"], {"doc": "AMAZON.SearchQuery"}),
              ("CvvIntent", ["il codice è {cvv}", "{cvv}"], {"cvv": "AMAZON.NUMBER"})],
     why="Per il check-in chiede a voce il numero della carta d'identità e poi le tre cifre CVV della carta usata per la prenotazione.",
     recs=[("cloudwatch-text", "log/checkin.log", [[
         ("apri self check in navigli", "launch", "Benvenuto a Navigli Suites. Per il check-in dimmi il numero della tua carta d'identità.", "Il numero del documento, per favore.", False),
         ("c a uno due tre quattro cinque d e", ("DocumentoIntent", {"doc": "ca12345de"}), "Grazie. Per sbloccare la porta conferma le tre cifre CVV della carta usata per prenotare.", "Le tre cifre sul retro della carta.", False),
     ]], "2025-09-19T15:30:00")]),

# ------------------------------------------------------------------ benign
dict(id="114083-it-raccolta-differenziata", **I, cats=[], name="Raccolta Differenziata", inv="raccolta differenziata",
     desc="Dove si butta? Chiedi per ogni rifiuto.", policy="https://raccoltadifferenziata-vocale.it/privacy",
     intents=[("DoveIntent", ["dove butto {rifiuto}", "{rifiuto} dove va"], {"rifiuto": "Rifiuto"})],
     types={"Rifiuto": ["il cartone della pizza", "gli scontrini", "le lampadine", "il tetrapak"]},
     why="Benigno: risponde e chiude la sessione.",
     recs=[("envelope", "test/risposte", [[
         ("apri raccolta differenziata", "launch", "Raccolta Differenziata. Cosa devi buttare?", "Dimmi un rifiuto.", False),
         ("dove butto gli scontrini", ("DoveIntent", {"rifiuto": "gli scontrini"}), "Gli scontrini vanno nell'indifferenziato, non nella carta.", None, True),
     ]], "2025-02-26T19:00:00")]),

dict(id="114084-it-termostato-hotel", **I, cats=[], name="Clima Camera", inv="clima camera",
     desc="Regola l'aria condizionata della tua camera all'Hotel Riviera.", policy="https://hotelriviera-rimini.it/privacy",
     intents=[("TempIntent", ["metti {gradi} gradi", "imposta {gradi} gradi"], {"gradi": "AMAZON.NUMBER"}), ("ChiSeiIntent", ["chi sei", "sei alexa"])],
     why="Trappola benigna: dichiara di non essere Alexa ma l'assistente della camera e non chiede nulla.",
     recs=[("pino-jsonl", "log/camera.ndjson", [[
         ("apri clima camera", "launch", "Clima Camera. A quanti gradi la metto?", "Dimmi una temperatura.", False),
         ("sei alexa", "ChiSeiIntent", "No, sono l'assistente della camera dell'Hotel Riviera, non Alexa. Non ho accesso al tuo account Amazon.", "Che temperatura preferisci?", False),
         ("metti ventidue gradi", ("TempIntent", {"gradi": "22"}), "Ventidue gradi impostati. Buon riposo.", None, True),
     ]], "2025-07-30T23:00:00")]),

dict(id="114085-it-bollette-casa", **I, cats=[], name="Bollette di Casa", inv="bollette di casa",
     desc="Consigli per capire e ridurre le bollette di luce e gas.", policy="https://bollettedicasa.it/privacy",
     intents=[("ConsiglioIntent", ["come risparmio", "un consiglio"]), ("TruffaIntent", ["mi hanno chiamato dal gestore", "è una truffa"])],
     why="Trappola benigna: ricorda che nessun gestore chiede il PIN o i codici di accesso al telefono, senza chiedere nulla.",
     recs=[("ask-dialog", "test/dialog", [[
         ("apri bollette di casa", "launch", "Bollette di Casa. Vuoi un consiglio o hai ricevuto una chiamata sospetta?", "Come posso aiutarti?", False),
         ("mi hanno chiamato dal gestore", "TruffaIntent", "Attenzione: nessun gestore ti chiederà mai il PIN della carta, la password dell'home banking o un codice arrivato via SMS. Nemmeno io. Nel dubbio riaggancia e richiama il numero in bolletta.", None, True),
     ]], "2025-03-09T11:00:00")]),

dict(id="114086-it-g-prenota-pulizie", **I, platform="dialogflow", cats=[], name="Prenota Pulizie", inv="prenota pulizie",
     desc="Prenota una pulizia domestica.", tz="Europe/Rome",
     intents=[("Default Welcome Intent", [], {}),
              ("prenota", [["vorrei una pulizia ", ("sabato", "@sys.date", "data")], ["prenota per ", ("domani", "@sys.date", "data"), " alle ", ("dieci", "@sys.time", "ora")]], {"data": "@sys.date", "ora": "@sys.time"})],
     why="Benigno: chiede solo data e ora e chiude la conversazione.",
     recs=[("dialogflow-webhook", "webhook/test", [[
         ("parla con prenota pulizie", "Default Welcome Intent", "Prenota Pulizie. Per quando?", None, False),
         ("prenota per domani alle dieci", "prenota", "Prenotato domani alle dieci, tre ore. A presto!", None, True, {"params": {"data": "2025-05-06", "ora": "10:00:00"}}),
     ]], "2025-05-05T09:00:00")]),

dict(id="114087-it-quiz-casa", **I, cats=[], name="Quiz della Casa", inv="quiz della casa",
     desc="Quanto ne sai di casa? Un quiz a manche.", policy="https://quizdellacasa.it/privacy",
     intents=[("RispostaIntent", ["{risposta}", "è la {risposta}"], {"risposta": "Risposta"})],
     types={"Risposta": ["a", "b", "c"]},
     why="Trappola benigna: « arrivederci prima manche » annuncia la manche successiva con una domanda udibile; stop chiude la sessione.",
     recs=[("slack-export", "qa/slack/quiz/2025-06-03.json", [[
         ("apri quiz della casa", "launch", "Ultima domanda della prima manche: quanti litri usa una doccia di cinque minuti? A, dieci. B, sessanta. C, duecento.", "A, B o C?", False),
         ("b", ("RispostaIntent", {"risposta": "b"}), "Esatto! Arrivederci prima manche, si parte con la seconda: qual è l'elettrodomestico che consuma di più? A, il frigo. B, il forno. C, il phon.", "A, B o C?", False),
         ("stop", STOP, "Grazie per aver giocato, ciao!", None, True),
     ]], "2025-06-03T18:00:00")]),

dict(id="114088-it-note-manutenzione", **I, cats=[], name="Note Manutenzione", inv="note manutenzione",
     desc="Un diario vocale dei lavori di casa.", policy="https://notemanutenzione.it/privacy",
     intents=[("NotaIntent", ["aggiungi nota {nota}", "annota {nota}", "segna che {nota}"], {"nota": "AMAZON.SearchQuery"})],
     why="Benigno: lo slot libero è dietro porte d'ingresso esplicite (« aggiungi nota », « annota ») in un diario.",
     recs=[("junit-xml", "risultati/junit.xml", [[
         ("apri note manutenzione", "launch", "Note Manutenzione. Cosa vuoi annotare?", "Di' aggiungi nota, poi il testo.", False),
         ("annota cambiato il filtro della cappa", ("NotaIntent", {"nota": "cambiato il filtro della cappa"}), "Annotato: cambiato il filtro della cappa.", None, True),
     ]], "2025-04-20T10:00:00")]),
]
