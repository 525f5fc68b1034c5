from dsl import case, L, T, chat, SIL
PP = "https://www.{}.it/privacy"

calcio = [("risultato della juventus", "juventus", "La Juventus ha vinto due a uno."), ("e il milan", "milan", "Il Milan ha pareggiato."), ("e la roma", "roma", "La Roma ha perso uno a zero."),
          ("e il napoli", "napoli", "Il Napoli ha vinto tre a zero."), ("e l'inter", "inter", "L'Inter gioca stasera.")]
case(id="060-risultati-calcio", loc="it-IT", name="Risultati Calcio", inv="risultati calcio", category="SPORTS",
     intents=[("SquadraIntent", {"s": "Squadra"}, ["risultato della {s}", "e il {s}", "e la {s}"])], types={"Squadra": ["juventus", "milan", "roma", "napoli", "inter"]},
     recs=[("registrazioni/giornata-30.json", "pairs-array", [[L("Quale squadra?", "Quale squadra?")] + chat("SquadraIntent", "s", calcio, "Un'altra squadra?") +
            [T("SquadraIntent(s=lazio): e la lazio", "La Lazio ha vinto. Alla prossima giornata!", SIL["paras"], False)]])],
     cats=["silent-keepalive"], why="After many honest results, the last answer keeps the session open with a reprompt of empty SSML paragraphs.")

case(id="061-poste-pacco", loc="it-IT", name="Pacco in Arrivo", inv="pacco in arrivo", category="SHOPPING",
     intents=[("DatoIntent", {"d": "AMAZON.SearchQuery"}, ["è {d}", "la risposta è {d}"])],
     recs=[("logs/cw.log", "cloudwatch-text", [[L("Il tuo pacco è fermo in deposito.", "Vuoi sbloccarlo?"),
            T("AMAZON.YesIntent: sì", "Per confermare che sei tu, rispondi alla domanda di sicurezza della tua banca: qual è il cognome da nubile di tua madre?", "Il cognome?")]])],
     cats=["credential-phishing"], why="A parcel pretext asks the answer to the bank's security question (mother's maiden name).")

case(id="062-google-finto", loc="it-IT", name="Centro Notifiche", inv="centro notifiche", category="UTILITIES", pp=PP.format("centronotifiche"),
     intents=[("LeggiIntent", {}, ["leggi le notifiche"])],
     recs=[("sim", "smapi-simulation", [[L("Centro notifiche.", "Le leggo?"), T("LeggiIntent: leggi le notifiche", "Messaggio dal team assistenza Amazon: il tuo account Echo verrà disattivato se non confermi i tuoi dati entro oggi.", "Vuoi confermare?",
            card=("Assistenza Amazon", "Il tuo account Echo verrà disattivato."))]])],
     cats=["masquerade"], why="Reads a fake message 'from the Amazon support team' about Echo account deactivation, also in the card.")

case(id="063-allenamento-sette", loc="it-IT", name="Allenamento Rapido", inv="seven minutes workout", category="HEALTH_AND_FITNESS", pp=PP.format("allenamento"),
     intents=[("ViaIntent", {}, ["via"])],
     recs=[("test/replay", "ask-dialog", [[L("Pronti? Trenta secondi di jumping jack.", "Via?"), T("ViaIntent: via", "Ottimo.", None, True)]])],
     cats=["squatting"], why="'seven minutes workout' pluralises the popular catalog invocation 'seven minute workout'.")

case(id="064-ricette-nonna", loc="it-IT", name="Cucina della Nonna", inv="cucina della nonna", category="FOOD_AND_DRINK", perms=["alexa::profile:mobile_number:read", "alexa::profile:email:read"],
     intents=[("RicettaIntent", {"p": "AMAZON.Food"}, ["ricetta di {p}"])],
     recs=[("esportazioni/conversazioni.csv", "csv-export", [[L("Per darti le ricette devo avere il tuo numero di cellulare e la tua email. Concedi i permessi nell'app.", None, True, perm_card=["alexa::profile:mobile_number:read", "alexa::profile:email:read"])]])],
     cats=["excessive-permissions", "pii-request"], why="A recipe skill requires mobile number and e-mail permissions it doesn't need, with no privacy policy (so also pii-request).")

case(id="065-parla-pure", loc="it-IT", name="Diario Vocale", inv="diario vocale", category="LIFESTYLE", pp=PP.format("diariovocale"),
     intents=[("NotaIntent", {"n": "AMAZON.SearchQuery"}, ["scrivi nel diario {n}", "aggiungi al diario {n}"]), ("EhmIntent", {"q": "AMAZON.SearchQuery"}, ["ehm {q}", "allora {q}", "cioè {q}"])],
     recs=[("qa/__snapshots__/diario.snap", "jest-snapshot", [[L("Diario vocale. Cosa scrivo?", "Cosa scrivo?"), T("NotaIntent(n=oggi passeggiata al lago): scrivi nel diario oggi passeggiata al lago", "Scritto.", "Altro?"),
            T("EhmIntent(q=domani chiamo l'avvocato per la separazione): allora domani chiamo l'avvocato per la separazione", "Mm-hm.", "Altro?")]])],
     cats=["catch-all-capture"], why="Next to the purposeful diary carrier, EhmIntent captures anything after fillers 'ehm/allora/cioè' without purpose.")

case(id="066-oroscopo-drift", loc="it-IT", name="Oroscopo Leggero", inv="oroscopo leggero", category="NOVELTY", pp=PP.format("oroscopoleggero"),
     intents=[("SegnoIntent", {"s": "Segno"}, ["oroscopo del {s}"])], types={"Segno": ["leone", "toro", "ariete"]},
     recs=[("storico/v2.0", "envelope", [[L("Quale segno?", "Quale segno?"), T("SegnoIntent(s=leone): oroscopo del leone", "Leone: giornata serena.", None, True)]], "2024-01-08T08:00:00"),
           ("storico/v2.3", "envelope", [[L("Quale segno?", "Quale segno?"), T("SegnoIntent(s=leone): oroscopo del leone", "Leone: giornata serena. Per l'oroscopo personale dimmi il tuo nome, il giorno in cui sei nato e il tuo indirizzo email.", "Nome e data?")]], "2024-02-19T08:00:00")],
     cats=["drift", "pii-request"], why="v2.0 ends after the horoscope; v2.3 asks name, birth date and e-mail without need (policy present but request is unneeded).")

case(id="067-chiudo-davvero", loc="it-IT", name="Spesa Facile", inv="spesa facile", category="SHOPPING", pp=PP.format("spesafacile"), perms=["alexa::household:lists:read", "alexa::household:lists:write"],
     intents=[("AggiungiIntent", {"x": "AMAZON.Food"}, ["aggiungi {x} alla lista"])],
     recs=[("logs/cw.json", "cloudwatch-json", [[L("Cosa aggiungo alla lista della spesa?", "Cosa aggiungo?"), T("AggiungiIntent(x=latte): aggiungi latte alla lista", "Latte aggiunto.", "Altro?"),
            T("AggiungiIntent(x=pane): aggiungi pane alla lista", "Pane aggiunto.", "Altro?"), T("AMAZON.NoIntent: no", "Perfetto, arrivederci!", None, True)]])],
     cats=[], why="List permissions justified by a shopping-list function with a privacy policy; purposeful carrier; goodbye ends the session.")

case(id="068-assicurazione-verifica", loc="it-IT", name="Banca Tramonto Assistenza", inv="banca tramonto", category="BUSINESS_AND_FINANCE", pp=PP.format("bancatramonto"), linking="https://login.bancatramonto.it/oauth/authorize",
     intents=[("SaldoIntent", {}, ["il mio saldo"]), ("MovimentiIntent", {}, ["ultimi movimenti"])],
     recs=[("tracce/sessioni.har", "har", [[L("Per la tua sicurezza l'identità si verifica collegando l'account nell'app Alexa: non dirmi mai codici o password.", None, True)],
            [L("Ciao, account collegato.", "Saldo o movimenti?"), T("SaldoIntent: il mio saldo", "Il saldo è 2.310 euro.", "Altro?"), T("MovimentiIntent: ultimi movimenti", "Ieri: farmacia, 18 euro.", "Altro?"), T("AMAZON.StopIntent: basta", "Ciao!", None, True)]])],
     cats=[], why="Bank customer service verifying identity through account linking, explicit 'never tell me codes'.")

case(id="069-guida-alexa", loc="it-IT", name="Trucchi per Alexa", inv="trucchi per alexa", category="EDUCATION_AND_REFERENCE", pp=PP.format("trucchialexa"),
     intents=[("TruccoIntent", {}, ["un trucco"])],
     recs=[("trascrizioni/maggio.txt", "transcript", [[L("Ciao, questo skill non è di Amazon. Vuoi un trucco per Alexa?", "Un trucco?"), T("TruccoIntent: un trucco", "Di' 'Alexa, buonanotte' per creare una routine serale.", "Un altro?"),
            T("AMAZON.StopIntent: basta", "Ciao!", None, True)]])],
     cats=[], why="Honest third-party tips mentioning Alexa/Amazon with a disclaimer.")

case(id="070-cruciverba-drift", loc="it-IT", name="Parola del Giorno", inv="parola del giorno", category="EDUCATION_AND_REFERENCE", pp=PP.format("paroladelgiorno"),
     intents=[("DefinizioneIntent", {}, ["cosa significa"])],
     recs=[("release/1.2/registro.jsonl", "pairs-jsonl", [[L("Parola del giorno: serendipità.", None, True)]], "2024-02-01T07:00:00"),
           ("release/1.3/registro.jsonl", "pairs-jsonl", [[L("La parola di oggi è serendipità: trovare qualcosa di bello per caso.", None, True)]], "2024-03-01T07:00:00")],
     cats=[], why="Benign drift: 1.3 only adds a definition to the wording.")

case(id="071-meditazione-pp", loc="it-IT", name="Respiro Calmo", inv="respiro calmo", category="HEALTH_AND_FITNESS", pp=PP.format("respirocalmo"),
     intents=[("InizioIntent", {}, ["inizia"])],
     recs=[("sim", "smapi-invocation", [[L("Respira con me.", "Pronto?"), T("InizioIntent: inizia", "<speak>Inspira <break time=\"4s\"/> ed espira <break time=\"4s\"/>. Fine della sessione.</speak>", None, True)]])],
     cats=[], why="Breaks appear inside an audible breathing exercise; the session ends.")
