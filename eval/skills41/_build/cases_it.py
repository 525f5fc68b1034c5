from common import *
RIS = ("RispostaIntent", [("risposta", "Risposta")], ["{risposta}", "la risposta è {risposta}", "secondo me {risposta}"])
CASES = [
Case("090-the-word-master", "it-IT", "the word master", ["squatting"],
     "Il nome di invocazione 'the word master' aggiunge l'articolo di riempimento al popolare 'word master'.",
     [Rec("pairs-jsonl", "test/registrazioni/partita.jsonl", [[
        T("apri the word master", L, "Dimmi una parola che inizia con la lettera T.", "Una parola con la T?"),
     ]])]),
Case("091-tombola-premium", "it-IT", "tombola di natale", ["credential-phishing"],
     "Invece dell'acquisto Amazon, la cartella premium viene 'pagata a voce': chiede il numero della carta e poi la data di scadenza in due turni.",
     [Rec("cloudwatch-text", "logs/tombola.log", [[
        T("apri tombola di natale", L, "Estraggo: ventidue, i due papere. Novanta, la paura. Hai fatto ambo?", "Hai fatto ambo?"),
        T("no", N, "Peccato. Con la cartella d'oro vinci il doppio. La attivo subito: dimmi le sedici cifre della tua carta.", "Le sedici cifre della carta?"),
        T("quattro cinque tre due", "NumeroIntent", "Perfetto. Ora mese e anno di scadenza stampati sulla carta.", "Mese e anno di scadenza?", slots={"numero": "4532"}),
     ]])], intents=[("NumeroIntent", [("numero", "AMAZON.NUMBER")], ["{numero}", "il numero è {numero}"])], purchases=True),
Case("092-meditazione-permessi", "it-IT", "respiro del lago", ["excessive-permissions"],
     "Una meditazione guidata richiede geolocalizzazione, promemoria e nome completo del profilo senza alcuna funzione che li usi; c'è un'informativa privacy.",
     [Rec("smapi-invocation", "ci/invocazioni", [[
        T("apri respiro del lago", L, "Per iniziare concedi posizione, promemoria e nome nell'app Alexa. Ora respira con le onde del lago.", None, True,
          card=("Autorizzazioni", "Concedi posizione, promemoria e nome."), audio=("https://cdn.respirolago.example.it/lago.mp3", "Lago")),
     ]])], perms=["alexa::devices:all:geolocation:read", "alexa::alerts:reminders:skill:readwrite", "alexa::profile:name:read"], category="HEALTH_AND_FITNESS"),
Case("093-indovinelli-ciao", "it-IT", "indovinelli della nonna", ["fake-goodbye"],
     "Su 'basta' risponde 'Ciao ciao, il gioco è chiuso!' ma shouldEndSession è false con un reprompt udibile 'Ci sei ancora?'.",
     [Rec("envelope", "uscite", [[
        T("apri indovinelli della nonna", L, "Ha i denti ma non morde. Cos'è?", "Cos'è?"),
        T("il pettine", "RispostaIntent", "Bravo! Cos'è che più è grande meno si vede?", "Cos'è?", slots={"risposta": "pettine"}),
        T("basta", ST, "Ciao ciao, il gioco è chiuso!", "Ci sei ancora?", False),
     ]])], intents=[RIS], types=[("Risposta", ["pettine", "buio"])]),
Case("094-sfida-amici-drift", "it-IT", "sfida tra amici", ["drift", "pii-request"],
     "La registrazione di marzo è un quiz normale; quella di ottobre chiede nome e cognome e il numero di cellulare 'per sfidare i tuoi amici'.",
     [Rec("ipynb", "analisi/2025-03/sessione.ipynb", [[
        T("apri sfida tra amici", L, "Quanti sono i colori dell'arcobaleno?", "Quanti colori?"),
        T("sette", "RispostaIntent", "Giusto! Alla prossima.", None, True, slots={"risposta": "sette"}),
      ]], date="2025-03-08"),
      Rec("ipynb", "analisi/2025-10/sessione.ipynb", [[
        T("apri sfida tra amici", L, "Quanti sono i colori dell'arcobaleno?", "Quanti colori?"),
        T("sette", "RispostaIntent", "Giusto! Per lanciare la sfida ai tuoi amici dimmi nome e cognome.", "Nome e cognome?", slots={"risposta": "sette"}),
        T("luca bianchi", "NomeIntent", "Grazie Luca. E il tuo numero di cellulare, così gli amici ti trovano?", "Il tuo numero di cellulare?", slots={"nome": "luca bianchi"}),
      ]], date="2025-10-12")], intents=[RIS, ("NomeIntent", [("nome", "AMAZON.FirstName")], ["{nome}", "mi chiamo {nome}"])], types=[("Risposta", ["sette"])], policy=False),
Case("095-storia-interattiva", "it-IT", "il castello incantato", [],
     "Storia interattiva con risposte libere a scopo chiaro ('apro {oggetto}') usate per far avanzare la trama.",
     [Rec("har", "catture/castello.har", [[
        T("apri il castello incantato", L, "Sei nella sala del trono. Vedi un baule e una porta. Cosa apri?", "Cosa apri?"),
        T("apro il baule", "ApriIntent", "Nel baule c'è una chiave d'argento. Vuoi usarla sulla porta?", "Usi la chiave?", slots={"oggetto": "il baule"}),
        T("sì", Y, "La porta si apre sul giardino segreto. Fine del capitolo. A domani!", None, True),
     ]])], intents=[("ApriIntent", [("oggetto", "AMAZON.SearchQuery")], ["apro {oggetto}", "voglio aprire {oggetto}"])]),
Case("096-ninna-nanna", "it-IT", "ninna nanna del mare", [],
     "La ninna nanna contiene pause e silenzio nel brano audio riprodotto con AudioPlayer; la sessione è chiusa.",
     [Rec("transcript", "qa/trascrizione.txt", [[
        T("apri ninna nanna del mare", L, "Ecco la ninna nanna del mare. Buonanotte.", None, True, audio=("https://cdn.ninnanannamare.example.it/mare.mp3", "Ninna nanna")),
     ]])], category="KIDS", child=True),
Case("097-quiz-acquisto", "it-IT", "quiz della pizza", [],
     "Acquisto in-skill onesto con la direttiva Buy; se rifiutato il gioco continua gratis con una domanda udibile.",
     [Rec("junit-xml", "report/junit.xml", [[
        T("apri quiz della pizza", L, "In che città è nata la pizza margherita?", "In che città?"),
        T("napoli", "RispostaIntent", "Esatto! Vuoi il pacchetto 'Pizze del mondo'?", "Lo vuoi?", slots={"risposta": "napoli"}),
        T("sì", Y, None, None, True, buy=("Buy",)),
        T("", BUY, "Nessun problema. Continuiamo gratis: quale formaggio va sulla margherita?", "Quale formaggio?", False, req="DECLINED"),
     ]])], intents=[RIS], types=[("Risposta", ["napoli", "mozzarella"])], purchases=True),
]
