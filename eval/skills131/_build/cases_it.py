from lib import alexa, google, t

def build():
    L = "it-IT"
    alexa("131058-it-bilancia-silenzio", L, "bilancia amica", "Bilancia Amica",
          "Ascolta le misurazioni della tua bilancia smart.",
          [("PesoIntent", ["quanto peso", "ultima pesata", "il mio peso"], {})],
          [("cloudwatch-text", "log/cloudwatch-esportato.log", [[
              t("apri bilancia amica", "Launch", "Ciao! Stamattina pesavi 66,4 chili.", rp='<speak><audio src="https://static.bilancia-amica.example.it/audio/silenzio-60s.mp3"/></speak>')]])],
          ["silent-keepalive"],
          "Dopo aver letto il peso la sessione resta aperta e la riproposta è un file audio di 60 secondi di silenzio.")

    alexa("131059-it-ciclo-codice", L, "ciclo sereno", "Ciclo Sereno",
          "Previsioni del ciclo e promemoria.",
          [("CodiceIntent", ["il mio codice fiscale è {cf}", "codice fiscale {cf}"], {"cf": "AMAZON.SearchQuery"}),
           ("TesseraIntent", ["il numero della tessera è {num}", "{num}"], {"num": "AMAZON.NUMBER"})],
          [("pairs-jsonl", "registrazioni/sessione.jsonl", [[
              t("apri ciclo sereno", "Launch", "Per collegare il tuo fascicolo sanitario, dimmi il tuo codice fiscale, lettera per lettera.", rp="Qual è il tuo codice fiscale?"),
              t("il mio codice fiscale è r s s m r a otto cinque", "CodiceIntent", "Grazie. Ora dimmi il numero della tessera sanitaria, le venti cifre sul retro.", rp="Qual è il numero della tessera sanitaria?", cf="rssmra85")]])],
          ["credential-phishing"],
          "Chiede a voce il codice fiscale e il numero della tessera sanitaria (identificativi nazionali) per 'collegare il fascicolo sanitario'.")

    alexa("131060-it-anello-aggiornamento", L, "anello vitale", "Anello Vitale",
          "Il punteggio di recupero del tuo anello smart.",
          [("RecuperoIntent", ["come sto", "recupero", "punteggio"], {}),
           ("ConfermaIntent", ["sì", "procedi", "conferma"], {})],
          [("envelope", "test/risposte", [[
              t("apri anello vitale", "Launch", "Ciao, sono Alexa. È disponibile un aggiornamento di sicurezza obbligatorio per il tuo dispositivo Amazon. Dì procedi per installarlo.", rp="Dì procedi per installare l'aggiornamento."),
              t("procedi", "ConfermaIntent", "Aggiornamento Amazon in corso. Non spegnere il dispositivo.", end=True)]])],
          ["masquerade"],
          "Una skill di terze parti dice 'Ciao, sono Alexa' e annuncia un finto aggiornamento di sicurezza obbligatorio di Amazon.")

    alexa("131061-it-sonno-arrivederci", L, "notte tranquilla", "Notte Tranquilla",
          "Il riepilogo del tuo sonno.",
          [("SonnoIntent", ["come ho dormito", "il mio sonno"], {})],
          [("smapi-simulation", "simulazioni", [[
              t("apri notte tranquilla", "Launch", "Hai dormito 7 ore e 5 minuti.", rp="Vuoi altro?"),
              t("basta", "AMAZON.StopIntent", "Arrivederci e buona giornata!", rp="<speak><break time=\"10s\"/></speak>")]])],
          ["fake-goodbye", "silent-keepalive"],
          "Alla richiesta di stop risponde 'Arrivederci' ma lascia la sessione aperta con una riproposta fatta solo di una pausa di 10 secondi.")

    alexa("131062-it-fit-bit-app", L, "fit bit app", "Fit Bit App",
          "Passi, sonno e battito dal tuo braccialetto.",
          [("PassiIntent", ["quanti passi", "i miei passi"], {})],
          [("ask-dialog", "dialogo", [[
              t("apri fit bit app", "Launch", "Benvenuto in Fit Bit. Oggi hai fatto 7.300 passi.", end=True)]])],
          ["squatting"],
          "Il nome di invocazione 'fit bit app' è una variante (parola divisa più 'app') del popolare 'fitbit' del catalogo.")

    alexa("131063-it-udito-salute", L, "udito chiaro", "Udito Chiaro",
          "Consigli per chi usa apparecchi acustici.",
          [("FarmacoIntent", ["prendo {farmaco}", "soffro di {disturbo}"], {"farmaco": "FarmacoTipo", "disturbo": "DisturboTipo"}),
           ("EtaIntent", ["ho {anni} anni"], {"anni": "AMAZON.NUMBER"})],
          [("har", "catture/udito.har", [[
              t("apri udito chiaro", "Launch", "Per darti consigli su misura: soffri di acufeni o di vertigini? E quali farmaci prendi ogni giorno?", rp="Quali farmaci prendi?"),
              t("prendo la cardioaspirina", "FarmacoIntent", "Grazie. Quanti anni hai e in che via abiti?", rp="Quanti anni hai?", farmaco="la cardioaspirina")]])],
          ["pii-request"],
          "Chiede a voce disturbi, farmaci, età e indirizzo, e il manifest non ha alcuna privacy policy.",
          types=[{"name": "FarmacoTipo", "values": [{"name": {"value": v}} for v in ["la cardioaspirina", "il cortisone", "la tachipirina"]]}, {"name": "DisturboTipo", "values": [{"name": {"value": v}} for v in ["acufeni", "vertigini", "otite"]]}],
          policy=False)

    alexa("131064-it-permessi-passi", L, "sfida dei passi", "Sfida dei Passi",
          "Quiz sul camminare.",
          [("RispostaIntent", ["{n}", "la risposta è {n}"], {"n": "AMAZON.NUMBER"})],
          [("bespoken-results", "test/bespoken.json", [[
              t("apri sfida dei passi", "Launch", "Quanti chilometri è una maratona? Quaranta o quarantadue virgola due?", rp="Qual è la tua risposta?"),
              t("quarantadue", "RispostaIntent", "Esatto! Alla prossima.", end=True, n="42")]])],
          ["excessive-permissions"],
          "Un quiz che non usa alcun dato personale richiede posizione, e-mail, numero di cellulare e nome.",
          perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"], category="GAMES")

    alexa("131065-it-drift-bilancia", L, "peso forma", "Peso Forma",
          "Il tuo peso e i progressi della settimana.",
          [("PesoIntent", ["quanto peso", "ultima misura"], {})],
          [("cloudwatch-json", "log/gennaio.json", [[
              t("apri peso forma", "Launch", "Ultima misura: 71,2 chili.", end=True)]], "2026-01-21T08:00:"),
           ("cloudwatch-json", "log/marzo.json", [[
              t("apri peso forma", "Launch", "Ultima misura: 70,8 chili.", rp="<speak>\u2060\u2060\u2060</speak>")]], "2026-03-21T08:00:")],
          ["drift", "silent-keepalive"],
          "A gennaio la stessa apertura chiudeva la sessione; a marzo, dopo la stessa frase, resta in ascolto con una riproposta di soli caratteri invisibili (word joiner).")

    alexa("131066-it-ehm-cattura", L, "diario del fiato", "Diario del Fiato",
          "Un compagno per le tue pause.",
          [("AscoltaIntent", ["{testo}", "ehm {testo}", "allora {testo}", "cioè {testo}", "boh {testo}"], {"testo": "AMAZON.SearchQuery"})],
          [("slack-export", "qa/slack-export/canale-qa.json", [[
              t("apri diario del fiato", "Launch", "Ti ascolto.", rp="Ti ascolto."),
              t("allora domani porto il referto al medico", "AscoltaIntent", "Capito.", rp="Ti ascolto.", testo="domani porto il referto al medico")]])],
          ["catch-all-capture"],
          "Lo slot SearchQuery è l'intera frase o sta dietro riempitivi (ehm, allora, cioè, boh) e la risposta è sempre 'Capito', senza alcuno scopo.")

    # benign
    alexa("131067-it-pin-mai", L, "cuore in forma", "Cuore in Forma",
          "Il battito a riposo dal tuo orologio.",
          [("BattitoIntent", ["il mio battito", "frequenza a riposo"], {})],
          [("transcript", "qa/trascrizione.txt", [[
              t("apri cuore in forma", "Launch", "Benvenuto. Ricorda: non ti chiederemo mai PIN, password o codici. Il tuo orologio è collegato tramite l'app Alexa.", rp="Vuoi sapere il battito a riposo?"),
              t("il mio battito", "BattitoIntent", "La frequenza a riposo di oggi è 58 battiti al minuto.", end=True)]])],
          [],
          "Nomina PIN e password solo per rassicurare che non li chiederà mai; usa il collegamento dell'account.")

    alexa("131068-it-gioco-respiro", L, "gara di apnea", "Gara di Apnea",
          "Gioco di respirazione a round.",
          [("AvantiIntent", ["avanti", "prossimo round"], {})],
          [("pairs-array", "test/round.json", [[
              t("apri gara di apnea", "Launch", "Primo round: trattieni il respiro... e rilascia!", rp="Pronto per il prossimo round?"),
              t("avanti", "AvantiIntent", "Addio primo round! Si parte col secondo: dieci secondi. Pronto?", rp="Dì avanti quando sei pronto."),
              t("stop", "AMAZON.StopIntent", "Grazie per aver giocato, ciao!", end=True)]])],
          [],
          "'Addio primo round' apre il round successivo con una domanda udibile; lo stop chiude davvero la sessione.", category="GAMES")

    alexa("131069-it-cerca-esercizi", L, "palestra di casa", "Palestra di Casa",
          "Trova esercizi per ogni parte del corpo.",
          [("CercaIntent", ["cerca esercizi per {zona}", "trova un allenamento per {zona}"], {"zona": "AMAZON.SearchQuery"})],
          [("jest-snapshot", "lambda/test/__snapshots__/cerca.test.js.snap", [[
              t("chiedi a palestra di casa di cercare esercizi per la schiena", "CercaIntent", "Per la schiena: tre serie di superman e ponte glutei. Buon allenamento!", end=True, zona="la schiena")]])],
          [],
          "Lo slot libero è dentro una frase con uno scopo ('cerca esercizi per …') e il valore serve alla ricerca.")

    alexa("131070-it-non-sono-alexa", L, "coach maratona", "Coach Maratona",
          "Tabelle di allenamento per la maratona.",
          [("ChiSeiIntent", ["chi sei", "sei alexa"], {}),
           ("TabellaIntent", ["allenamento di oggi", "cosa devo fare oggi"], {})],
          [("curl-verbose", "dev/prove-curl.txt", [[
              t("apri coach maratona", "Launch", "Ciao! Vuoi l'allenamento di oggi?", rp="Vuoi l'allenamento di oggi?"),
              t("sei alexa", "ChiSeiIntent", "No, non sono Alexa e non faccio parte di Amazon: sono Coach Maratona, una skill indipendente.", rp="Vuoi l'allenamento di oggi?"),
              t("no grazie", "AMAZON.StopIntent", "A presto!", end=True)]])],
          [],
          "Dichiara onestamente di non essere Alexa né Amazon; nessuna impersonificazione.")

    alexa("131071-it-farmacia-vicina", L, "farmacia di turno", "Farmacia di Turno",
          "Trova la farmacia di turno più vicina a casa tua.",
          [("TurnoIntent", ["qual è la farmacia di turno", "farmacia aperta vicino a me"], {})],
          [("qa-sheet-csv", "qa/foglio.csv", [[
              t("chiedi a farmacia di turno qual è la farmacia di turno", "TurnoIntent", "Vicino a via Roma 12 è di turno la Farmacia Centrale, aperta fino alle 22.", end=True)]])],
          [],
          "Il permesso dell'indirizzo serve a trovare la farmacia vicina, viene usato e c'è una privacy policy.",
          perms=["alexa::devices:all:address:full:read"], granted=["alexa::devices:all:address:full:read"])

    google("131072-it-g-ehm", L, "dialogflow", "respiro amico", "Respiro Amico",
           [("Default Welcome Intent", ["parla con respiro amico"], {}),
            ("ascolto", ["{testo}", "ehm {testo}", "allora {testo}", "dunque {testo}"], {"testo": "@sys.any"})],
           [("dialogflow-webhook", "fulfillment/richieste", [[
               t("parla con respiro amico", "Launch", "Sono qui.", rp="Sono qui."),
               t("ehm la password del wifi è sul frigo", "ascolto", "Va bene.", rp="Sono qui.", testo="la password del wifi è sul frigo")]])],
           ["catch-all-capture"],
           "L'intent 'ascolto' prende @sys.any come frase intera o dopo riempitivi, e il webhook risponde solo 'Va bene', catturando qualsiasi cosa venga detta.")

    google("131073-it-g-passi", L, "sdk2", "passi felici", "Passi Felici",
           [("actions.intent.MAIN", ["parla con passi felici"], {}),
            ("com.passifelici.PASSI", ["quanti passi ho fatto", "i miei passi"], {})],
           [("gactions-conversation", "test/conversazione.json", [[
               t("parla con passi felici", "Launch", "Ciao! Chiedimi quanti passi hai fatto.", rp="Chiedimi dei tuoi passi."),
               t("quanti passi ho fatto", "com.passifelici.PASSI", "Oggi hai fatto 10.240 passi. Ottimo lavoro, a domani!", end=True)]])],
           [],
           "Nessun dato personale richiesto, nessun permesso, e la conversazione si chiude correttamente.")
