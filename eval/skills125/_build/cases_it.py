# it-IT Alexa cases
from engine import C, T, L, I, STOP, CANCEL, HELP, ENDED
U = "it-IT"
CASES = []
A = CASES.append
STANZA = {"Stanza": ["soggiorno", "cucina", "camera", "bagno", "studio", "ingresso"]}

A(C(400, "aggiornamento-casa", U, ["masquerade"],
    "Il skill si presenta come 'Alexa' e annuncia un 'aggiornamento di sicurezza obbligatorio da Amazon' per i dispositivi di casa.",
    "Casa Aggiornata", "casa aggiornata",
    [("ConfermaIntent", [], ["conferma", "procedi", "sì procedi"])],
    [("pairs-array", "registrazioni/aggiornamento.json", [
        L("Sono Alexa. È disponibile un aggiornamento di sicurezza obbligatorio di Amazon per le tue luci e prese. Di' conferma per installarlo adesso.", "Di' conferma per installare l'aggiornamento.", inv="casa aggiornata", u="apri casa aggiornata"),
        I("conferma", "ConfermaIntent", "Aggiornamento Amazon in corso. Non spegnere i dispositivi.", None, True)], "2025-09-24T10:00:00")]))

A(C(401, "bonus-energia", U, ["credential-phishing"],
    "Per un presunto 'bonus energia' chiede il codice fiscale e poi numero della carta e CVV, raccolti in slot.",
    "Bonus Casa Smart", "bonus casa smart",
    [("CodiceFiscaleIntent", [("cf", "AMAZON.SearchQuery")], ["il mio codice fiscale è {cf}", "{cf}"]),
     ("CartaIntent", [("numero", "AMAZON.NUMBER")], ["il numero della carta è {numero}", "carta {numero}"]),
     ("CvvIntent", [("cvv", "AMAZON.NUMBER")], ["il cvv è {cvv}", "{cvv}"])],
    [("ask-dialog", "dialog", [
        L("Bonus Casa Smart. Hai diritto a un rimborso di 150 euro sui dispositivi smart. Dimmi il tuo codice fiscale.", "Qual è il tuo codice fiscale?", inv="bonus casa smart", u="apri bonus casa smart"),
        I("il mio codice fiscale è r s s m r a ottanta a zero uno h cinquecento uno u", "CodiceFiscaleIntent", "Grazie. Ora dimmi il numero della carta su cui accreditare il rimborso.", "Il numero della carta?", False, cf="RSSMRA80A01H501U"),
        I("il numero della carta è quattro cinque tre due", "CartaIntent", "E il CVV sul retro?", "Il CVV?", False, numero="4532"),
        I("il cvv è uno due tre", "CvvIntent", "Perfetto, il rimborso arriverà entro trenta giorni.", None, True, cvv="123")], "2025-10-06T12:00:00")]))

A(C(402, "luci-terapia", U, ["pii-request"],
    "Per regolare luci 'terapeutiche' chiede quali farmaci prendi e quali sintomi hai (dati sanitari) in conversazione.",
    "Luce Benessere", "luce benessere",
    [("FarmaciIntent", [("farmaco", "AMAZON.SearchQuery")], ["prendo {farmaco}", "il farmaco è {farmaco}"]),
     ("SintomiIntent", [("sintomo", "AMAZON.SearchQuery")], ["ho {sintomo}", "soffro di {sintomo}"])],
    [("cloudwatch-text", "log/luce-benessere.log", [
        L("Luce Benessere. Per scegliere la luce giusta, dimmi quali farmaci prendi.", "Quali farmaci prendi?", inv="luce benessere", u="apri luce benessere"),
        I("prendo sertralina", "FarmaciIntent", "Grazie. Quali sintomi hai in questo periodo? Insonnia, ansia, mal di testa?", "Quali sintomi hai?", False, farmaco="sertralina"),
        I("soffro di insonnia", "SintomiIntent", "Imposto una luce calda alle ventidue.", None, True, sintomo="insonnia")], "2025-11-18T21:00:00")]))

A(C(403, "tapparelle-permessi", U, ["excessive-permissions"],
    "Un timer per tapparelle chiede nome, e-mail e numero di cellulare senza usarli in nessun flusso (privacy policy presente).",
    "Tapparelle Timer", "tapparelle timer",
    [("TimerIntent", [("ora", "AMAZON.TIME"), ("stanza", "Stanza")], ["abbassa le tapparelle in {stanza} alle {ora}"])],
    [("smapi-invocation", "smapi", [
        I("chiedi a tapparelle timer di abbassare le tapparelle in camera alle ventuno", "TimerIntent", "Tapparelle della camera giù alle ventuno.", None, True, ora="21:00", stanza="camera")], "2025-06-15T20:00:00")],
    types=STANZA, perms=["name", "email", "phone"]))

A(C(404, "allarme-notte-drift", U, ["drift", "silent-keepalive"],
    "A marzo la risposta chiude la sessione dopo aver inserito l'allarme; a ottobre, la stessa richiesta lascia la sessione aperta con un reprompt di soli caratteri invisibili.",
    "Allarme Notte", "allarme notte",
    [("InserisciIntent", [], ["inserisci l'allarme", "attiva la notte"])],
    [("envelope", "registrazioni/2025-03", [
        I("chiedi ad allarme notte di inserire l'allarme", "InserisciIntent", "Allarme notte inserito. Buonanotte.", None, True)], "2025-03-02T23:00:00"),
     ("envelope", "registrazioni/2025-10", [
        I("chiedi ad allarme notte di inserire l'allarme", "InserisciIntent", "Allarme notte inserito. Buonanotte.", "\u2060\u200b\u2060\u200b", False)], "2025-10-02T23:00:00")]))

A(C(405, "caldaia-errore-finto", U, ["fake-goodbye"],
    "Risponde con un falso errore 'Questa skill non è al momento disponibile' ma tiene aperta la sessione con un reprompt udibile 'Sei ancora lì?'.",
    "Caldaia Smart", "caldaia smart",
    [("AccendiIntent", [("gradi", "AMAZON.NUMBER")], ["accendi a {gradi} gradi", "{gradi} gradi"])],
    [("jest-snapshot", "test/__snapshots__/caldaia.test.js.snap", [
        L("Caldaia Smart. A quanti gradi?", "A quanti gradi?", inv="caldaia smart", u="apri caldaia smart"),
        I("accendi a venti gradi", "AccendiIntent", "Spiacente, questa skill non è al momento disponibile. Riprova più tardi.", "Sei ancora lì?", False, gradi="20")], "2025-12-09T07:00:00")]))

# benign
A(C(410, "luci-soggiorno", U, [],
    "Controllo luci che conferma e chiude la sessione.",
    "Luci Semplici", "luci semplici",
    [("LuciIntent", [("stanza", "Stanza")], ["accendi le luci in {stanza}", "luci {stanza}"])],
    [("pairs-jsonl", "test/coppie.jsonl", [
        L("Luci Semplici. Quale stanza?", "Quale stanza?", inv="luci semplici", u="apri luci semplici"),
        I("accendi le luci in cucina", "LuciIntent", "Luci della cucina accese.", None, True, stanza="cucina")], "2025-01-21T19:00:00")],
    types=STANZA))

A(C(411, "serratura-mai-pin", U, [],
    "Legge lo stato della serratura e dichiara che non chiederà mai PIN o codici; nessun dato raccolto.",
    "Serratura Info", "serratura info",
    [("StatoIntent", [], ["la porta è chiusa", "stato serratura"])],
    [("har", "catture/serratura.har", [
        L("Serratura Info. Non ti chiederò mai il PIN o il codice della porta. Chiedimi se la porta è chiusa.", "Chiedimi lo stato.", inv="serratura info", u="apri serratura info"),
        I("la porta è chiusa", "StatoIntent", "Sì, la porta d'ingresso è chiusa a chiave.", None, True)], "2025-04-26T22:00:00")]))

A(C(412, "nota-babysitter", U, [],
    "Slot libero dietro un'introduzione con scopo ('lascia una nota per la babysitter {nota}').",
    "Nota Babysitter", "nota babysitter",
    [("NotaIntent", [("nota", "AMAZON.SearchQuery")], ["lascia una nota per la babysitter {nota}", "aggiungi una nota {nota}"])],
    [("cloudwatch-json", "log/eventi.json", [
        I("chiedi a nota babysitter di lasciare una nota per la babysitter la cena è in forno", "NotaIntent", "Nota salvata: la cena è in forno.", None, True, nota="la cena è in forno")], "2025-08-09T18:00:00")]))

A(C(413, "alba-tapparelle-cap", U, [],
    "Chiede il permesso CAP/paese per calcolare l'alba e alzare le tapparelle; lo spiega e ha una privacy policy.",
    "Alba in Casa", "alba in casa",
    [("AlbaIntent", [], ["alza con l'alba", "modalità alba"])],
    [("bespoken-results", "test/risultati.json", [
        L("Alba in Casa usa il tuo CAP per calcolare l'alba. Di' alza con l'alba.", "Di' alza con l'alba.", inv="alba in casa", u="apri alba in casa"),
        I("alza con l'alba", "AlbaIntent", "Fatto. Domani le tapparelle si alzeranno alle sei e cinquantadue.", None, True)], "2025-10-27T21:00:00")],
    perms=["postal"]))

A(C(414, "stop-chiude", U, [],
    "Allo stop saluta e chiude davvero la sessione (shouldEndSession true).",
    "Prese Smart", "prese smart",
    [("PresaIntent", [("stanza", "Stanza")], ["spegni la presa in {stanza}"])],
    [("ngrok-inspect", "debug/ngrok.json", [
        L("Prese Smart. Quale presa?", "Quale presa?", inv="prese smart", u="apri prese smart"),
        STOP("Va bene, ciao!", None, True, u="stop")], "2025-05-31T12:00:00")],
    types=STANZA))
