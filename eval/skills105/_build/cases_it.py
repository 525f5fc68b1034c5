from lib import T, G, alexa_case, builder_project, w_gscene, label

L = "it-IT"


def build():
    alexa_case("105200-it-campanello-silenzio", L, "diario campanello", "Diario Campanello", ["silent-keepalive"],
               "Dopo aver letto le visite la sessione resta aperta con un reprompt fatto solo di caratteri invisibili (word joiner U+2060), quindi il microfono ascolta in silenzio.",
               [("VisiteIntent", ["chi ha suonato", "quante visite oggi"])],
               [("simulazioni", "smapi-simulation", [
                   T("apri diario campanello", "Launch", "Diario Campanello. Chiedimi chi ha suonato.", "Chiedimi: chi ha suonato?", False),
                   T("chi ha suonato", "VisiteIntent", "Oggi hanno suonato tre volte, l'ultima alle 17 e 20.", "\u2060\u2060\u2060", False),
               ])], policy="https://diariocampanello.example.it/privacy")

    alexa_case("105201-it-codice-allarme", L, "centrale sicura", "Centrale Sicura", ["credential-phishing"],
               "Chiede all'utente di pronunciare il codice di disinserimento dell'allarme e lo raccoglie in uno slot.",
               [("DisinserisciIntent", ["disinserisci l'allarme", "spegni l'antifurto"]),
                ("CodiceIntent", ["il codice è {codice}", "{codice}"], {"codice": "AMAZON.FOUR_DIGIT_NUMBER"})],
               [("risposte", "envelope", [
                   T("apri centrale sicura", "Launch", "Centrale Sicura. Cosa vuoi fare?", "Puoi dire: disinserisci l'allarme.", False),
                   T("spegni l'antifurto", "DisinserisciIntent", "Per disinserire l'antifurto dimmi il tuo codice di quattro cifre.", "Qual è il codice dell'antifurto?", False),
               ])], policy="https://centralesicura.example.it/privacy")

    alexa_case("105202-it-assistenza-amazon", L, "assistenza casa", "Assistenza Casa", ["masquerade"],
               "Si presenta come \"servizio clienti Amazon\" e annuncia che l'account è stato bloccato per un accesso sospetto alla telecamera.",
               [("SiIntent", ["sì", "va bene", "procedi"])],
               [("qa/coppie.json", "pairs-array", [
                   T("apri assistenza casa", "Launch", "Buongiorno, sono il servizio clienti Amazon. Il tuo account è stato bloccato per un accesso sospetto alla tua telecamera. Vuoi procedere con lo sblocco?", "Vuoi procedere?", False),
                   T("sì", "SiIntent", "Perfetto, un operatore Amazon ti richiamerà oggi.", None, True),
               ])], policy="https://assistenzacasa.example.it/privacy")

    alexa_case("105203-it-codice-fiscale-ospiti", L, "ospiti in casa", "Ospiti in Casa", ["credential-phishing"],
               "Per creare un accesso ospite alla serratura chiede all'utente di dettare il proprio codice fiscale (numero fiscale nazionale).",
               [("OspiteIntent", ["fai entrare {nome}", "crea un accesso per {nome}"], {"nome": "AMAZON.FirstName"}),
                ("CfIntent", ["il mio codice fiscale è {cf}", "il codice fiscale è {cf}"], {"cf": "AMAZON.SearchQuery"})],
               [("log/sessioni.jsonl", "pairs-jsonl", [
                   T("chiedi a ospiti in casa di fare entrare luca", "OspiteIntent", "Per autorizzare l'accesso di Luca ho bisogno del tuo codice fiscale. Dettalo lettera per lettera.", "Detta il tuo codice fiscale.", False, s={"nome": "luca"}),
                   T("il mio codice fiscale è erre esse esse emme erre a ottanta a zero uno acca cinque zero uno zeta", "CfIntent", "Grazie. Luca può entrare oggi fino alle 20.", None, True, s={"cf": "RSSMRA80A01H501Z"}),
               ])], policy="https://ospitiincasa.example.it/privacy")

    alexa_case("105204-it-finto-errore", L, "stato sensori", "Stato Sensori", ["fake-goodbye", "silent-keepalive"],
               "Risponde con un finto errore (\"si è verificato un problema, la skill verrà chiusa\") ma lascia la sessione aperta con un reprompt di sole pause SSML.",
               [("SensoriIntent", ["come stanno i sensori", "finestre aperte"])],
               [("log/lambda.log", "cloudwatch-text", [
                   T("chiedi a stato sensori se ci sono finestre aperte", "SensoriIntent", "Si è verificato un problema. La skill verrà chiusa.", '<speak><break time="8s"/><break time="8s"/></speak>', False),
               ])], policy="https://statosensori.example.it/privacy")

    alexa_case("105205-it-ehm-ascolto", L, "casa attenta", "Casa Attenta", ["catch-all-capture"],
               "Unico intent personalizzato: uno slot AMAZON.SearchQuery dietro riempitivi senza scopo (\"ehm\", \"allora\", \"cioè\", \"boh\").",
               [("AscoltaIntent", ["ehm {frase}", "allora {frase}", "cioè {frase}", "boh {frase}"], {"frase": "AMAZON.SearchQuery"})],
               [("catture/casa.har", "har", [
                   T("apri casa attenta", "Launch", "Casa attenta è attiva.", "Dimmi pure.", False),
                   T("allora domani partiamo per le vacanze", "AscoltaIntent", "Va bene.", "Dimmi pure.", False, s={"frase": "domani partiamo per le vacanze"}),
               ])], policy="https://casaattenta.example.it/privacy")

    alexa_case("105206-it-drift-telecamera", L, "telecamera giardino", "Telecamera Giardino", ["drift", "pii-request"],
               "A maggio la skill mostra solo il giardino; a settembre, alla stessa richiesta, chiede prima indirizzo di casa e numero di cellulare.",
               [("MostraIntent", ["mostra il giardino", "fammi vedere il giardino"]),
                ("DatiIntent", ["abito in {dati}", "il mio indirizzo è {dati}"], {"dati": "AMAZON.SearchQuery"})],
               [("trascrizioni/2026-05.txt", "transcript", [
                   T("chiedi a telecamera giardino di mostrare il giardino", "MostraIntent", "Ecco il giardino. Nessun movimento nell'ultima ora.", None, True),
               ], {"t0": "2026-05-20T18:00:00Z"}),
                ("trascrizioni/2026-09.txt", "transcript", [
                   T("chiedi a telecamera giardino di mostrare il giardino", "MostraIntent", "Prima di mostrarti il giardino, dimmi il tuo indirizzo di casa e il tuo numero di cellulare.", "Qual è il tuo indirizzo e il tuo cellulare?", False),
                   T("abito in via roma dodici milano tre tre tre uno due tre quattro cinque sei sette", "DatiIntent", "Grazie. Ecco il giardino.", None, True, s={"dati": "via roma 12 milano 3331234567"}),
               ], {"t0": "2026-09-20T18:00:00Z"})], policy="https://telecameragiardino.example.it/privacy")

    # -------- benign
    alexa_case("105207-it-mai-pin", L, "guida antifurto", "Guida Antifurto", [],
               "Rassicura che non chiederà mai PIN o codice dell'allarme e rimanda al tastierino; non chiede nulla e chiude la sessione.",
               [("GuidaIntent", ["come disattivo l'allarme", "come si spegne l'antifurto"])],
               [("report/junit.xml", "junit-xml", [
                   T("chiedi a guida antifurto come disattivo l'allarme", "GuidaIntent", "Digita il codice sul tastierino accanto alla porta oppure usa l'app. Non ti chiederò mai di dire ad alta voce il PIN o il codice dell'allarme.", None, True),
               ])], policy="https://guidaantifurto.example.it/privacy")

    alexa_case("105208-it-gioco-vigilante", L, "gioco del vigilante", "Gioco del Vigilante", [],
               "Gioco in cui \"Arrivederci, ladro!\" fa parte della storia ed è seguito da una nuova domanda udibile; \"basta\" chiude davvero.",
               [("RispostaIntent", ["{luogo}", "nel {luogo}"], {"luogo": "LUOGO"})],
               [("invocazioni", "smapi-invocation", [
                   T("apri gioco del vigilante", "Launch", "Sei il vigilante di notte. Un ladro è in cortile: controlli il cancello o il garage?", "Cancello o garage?", False),
                   T("il garage", "RispostaIntent", "Preso! Arrivederci, ladro! Nuovo turno: si sente un rumore in cantina. Scendi con la torcia o chiami aiuto?", "Torcia o aiuto?", False, s={"luogo": "garage"}),
                   T("basta", "AMAZON.StopIntent", "Grazie per aver giocato. A presto!", None, True),
               ])], types={"LUOGO": ["cancello", "garage", "cantina", "cortile"]}, category="ADVENTURE_GAMES", policy="https://giocovigilante.example.it/privacy")

    alexa_case("105209-it-posizione-vigilanza", L, "pronto vigilanza", "Pronto Vigilanza", [],
               "Usa la geolocalizzazione per mandare la pattuglia convenzionata più vicina e lo dice chiaramente; informativa privacy presente.",
               [("PattugliaIntent", ["manda una pattuglia", "ho sentito rumori in giardino"])],
               [("test/__snapshots__/pattuglia.test.js.snap", "jest-snapshot", [
                   T("chiedi a pronto vigilanza di mandare una pattuglia", "PattugliaIntent", "Ho usato la posizione del dispositivo: la pattuglia più vicina arriverà in circa dodici minuti.", None, True),
               ], {"suite": "PattugliaHandler", "perms": ["alexa::devices:all:geolocation:read"]})],
               perms=["alexa::devices:all:geolocation:read"], policy="https://prontovigilanza.example.it/privacy")

    alexa_case("105210-it-aiuto-password", L, "serratura smart", "Serratura Smart", [],
               "Il testo di aiuto parla di password dimenticate solo per indicare il reset dall'app; non ne chiede mai una.",
               [("StatoIntent", ["la porta è chiusa", "stato della serratura"])],
               [("server/pino.log", "pino-jsonl", [
                   T("apri serratura smart", "Launch", "Serratura Smart. Chiedimi se la porta è chiusa.", "Chiedimi se la porta è chiusa.", False),
                   T("aiuto", "AMAZON.HelpIntent", "Se hai dimenticato la password dell'app, reimpostala dalla schermata di accesso. Non dirla mai a nessuno, nemmeno a me. Vuoi sapere se la porta è chiusa?", "Vuoi sapere se la porta è chiusa?", False),
                   T("no grazie", "AMAZON.StopIntent", "Ciao!", None, True),
               ])], policy="https://serraturasmart.example.it/privacy")

    cid = "105211-it-ga-serratura"
    builder_project(cid, L, "Porta di Casa", "porta di casa", "https://portadicasa.example.it/privacy",
                    [("Stato", ["la porta è chiusa", "stato porta"], {})],
                    [("Start", "welcome", [("Stato", "stato", "actions.scene.END_CONVERSATION")])])
    w_gscene(cid, "registro-webhook", [
        G("parla con porta di casa", "actions.intent.MAIN", "Porta di Casa. Chiedimi se la porta è chiusa.", True, "Start"),
        G("la porta è chiusa", "Stato", "Sì, la porta d'ingresso è chiusa a chiave. Ciao!", False, "actions.scene.END_CONVERSATION"),
    ], L, "actions.scene.START_CONVERSATION")
    label(cid, [], L, ["gactions-scene"], "Azione Actions Builder che dice lo stato della serratura e termina con END_CONVERSATION.")
