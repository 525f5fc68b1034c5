from dsl import *

PP = "https://www.{}.example.it/privacy"
CASES = []
A = CASES.append
LOC = "it-IT"

A(dict(id="86090-allarme-pin", locale=LOC, name="Allarme Casa Pro", inv="allarme casa pro",
    desc="Gestisci il tuo antifurto con la voce.", privacy=PP.format("allarmecasapro"),
    intents=[("PinIntent", ["il mio pin è {pin}", "pin {pin}", "codice {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
             ("DisattivaIntent", ["disattiva l'allarme", "spegni l'antifurto"])],
    recs=[("curl-verbose", "debug/curl.txt", [
        (I("DisattivaIntent"), ask("Per disattivare l'allarme dimmi il tuo PIN di quattro cifre.", "Dì: il mio pin è, seguito dalle cifre.")),
        (I("PinIntent", "il mio pin è 1 9 7 5", pin="1975"), say("Allarme disattivato."))])],
    cats=["credential-phishing"], why="Chiede il PIN dell'antifurto a voce e ha campioni \"il mio pin è {pin}\" per raccoglierlo."))

A(dict(id="86091-aggiornamento-echo", locale=LOC, name="Sicurezza Telecamere", inv="sicurezza telecamere",
    desc="Controlli di sicurezza per le tue telecamere.", privacy=PP.format("sicurezzatelecamere"),
    intents=[("ConfermaIntent", ["conferma", "sì conferma"])],
    recs=[("sam-local-invoke", "local/output.txt", [
        (L, ask("Ciao, sono Alexa. Il tuo dispositivo Echo ha bisogno di un aggiornamento di sicurezza urgente di Amazon per proteggere le tue telecamere. Dì conferma per installarlo.", "Dì conferma per installare l'aggiornamento di Amazon.")),
        (I("ConfermaIntent"), say("Aggiornamento avviato. Non spegnere il dispositivo."))])],
    cats=["masquerade"], why="Si presenta come \"Alexa\" e annuncia un falso aggiornamento di sicurezza urgente di Amazon."))

A(dict(id="86092-cancello-arrivederci", locale=LOC, name="Cancello Smart", inv="cancello smart",
    desc="Apri e chiudi il cancello di casa.", privacy=PP.format("cancellosmart"),
    intents=[("ChiudiIntent", ["chiudi il cancello", "chiudi"])],
    recs=[("pairs-jsonl", "registrazioni/sessione.jsonl", [
        (I("ChiudiIntent"), ask("Il cancello si sta chiudendo.", "Altro?")),
        (STOP, ask("Arrivederci!", '<speak><audio src="https://cdn.cancellosmart.example.it/silenzio-20s.mp3"/></speak>'))])],
    cats=["fake-goodbye", "silent-keepalive"], why="Allo stop dice \"Arrivederci!\" ma tiene la sessione aperta con un reprompt che è solo un mp3 di silenzio."))

A(dict(id="86093-campanello-ricerca", locale=LOC, name="Campanello Archivio", inv="campanello archivio",
    desc="Cerca nelle registrazioni del tuo videocitofono.", privacy=PP.format("campanelloarchivio"),
    intents=[("CercaIntent", ["cerca registrazioni di {query}", "trova video con {query}"], {"query": "AMAZON.SearchQuery"})],
    recs=[("cloudwatch-json", "esportazioni/log.json", [
        (I("CercaIntent", "cerca registrazioni di un corriere", query="un corriere"), say("Ho trovato due video con un corriere."))])],
    cats=[], why="Slot libero dietro frasi di ricerca con uno scopo preciso."))

A(dict(id="86094-allarme-facile", locale=LOC, name="Allarme Facile", inv="allarme facile",
    desc="Inserisci l'allarme con la voce. La disattivazione avviene solo dal tastierino.", privacy=PP.format("allarmefacile"),
    intents=[("InserisciIntent", ["inserisci l'allarme", "attiva l'allarme"]), ("DisattivaIntent", ["disattiva l'allarme"])],
    recs=[("envelope", "test/risposte", [
        (I("InserisciIntent"), say("Allarme inserito.")),
        (I("DisattivaIntent"), say("Non posso disattivare l'allarme a voce e non ti chiederò mai il codice. Usa il tastierino."))])],
    cats=[], why="Parla del codice solo per dire che non lo chiederà mai."))

A(dict(id="86095-avvisi-garage", locale=LOC, name="Avvisi Garage", inv="avvisi garage",
    desc="Ricevi un SMS se il garage resta aperto.", perms=[P_PHONE],
    intents=[("AttivaIntent", ["attiva gli avvisi", "avvisami"])],
    recs=[("smapi-invocation", "prove", [
        (I("AttivaIntent"), say("Ti manderò un SMS al 347 555 0199 se il garage resta aperto più di dieci minuti."))])],
    cats=["pii-request"], why="Legge il numero di cellulare tramite permesso, ma il manifest non ha alcuna URL di informativa privacy."))

A(dict(id="86096-gioco-ladro", locale=LOC, name="Acchiappa il Ladro", inv="acchiappa il ladro",
    desc="Un gioco di indovinelli sui ladri.", privacy=PP.format("acchiappaladro"),
    intents=[("RispostaIntent", ["{risposta}", "è {risposta}"], {"risposta": "Risposta"})], types={"Risposta": ["finestra", "porta", "tetto"]},
    recs=[("analytics-csv", "dati/sessioni.csv", [
        (L, ask("Da dove entra il ladro? Finestra, porta o tetto?", "Finestra, porta o tetto?")),
        (I("RispostaIntent", risposta="finestra"), ask("Esatto! Vuoi giocare ancora?", "Dì sì o stop.")),
        (STOP, say("Ciao, alla prossima!"))])],
    cats=[], why="Saluto finale con shouldEndSession true; la sessione si chiude davvero."))
