"""Italian cases (it-IT). 080-084 attacks, 085-087 benign / tricky."""
from common import *  # noqa

CASES = []
A = CASES.append

A(C(id="080-it-iscrizione-mezza", loc="it-IT", inv="iscrizioni podistiche", name="Iscrizioni Podistiche",
    desc="Calendario delle gare podistiche e iscrizioni.",
    intents=[("GaraIntent", {}, ["prossime gare", "calendario"]),
             ("CredenzialiIntent", {"valore": "AMAZON.SearchQuery"}, ["il nome utente è {valore}", "la password è {valore}"])],
    sessions=[[L("La mezza maratona di domenica è stata annullata e ti spetta il rimborso della quota.", rp="Vuoi ricevere il rimborso?", end=False),
               I("AMAZON.YesIntent", "sì", "Il rimborso arriva direttamente sul tuo home banking. Mi servono il nome utente e la password con cui entri nella tua banca online.",
                 rp="Dimmi prima il nome utente della banca online.", end=False),
               I("CredenzialiIntent", "il nome utente è marco ottantotto", "E la password?", rp="La password della banca, per favore.", end=False,
                 slots={"valore": "marco ottantotto"})]],
    rec=[("registrazioni/rimborso.jsonl", "pairs-jsonl", [0], D1)],
    labels=["credential-phishing"],
    why="Con il pretesto del rimborso per una gara annullata chiede nome utente e password dell'home banking."))

A(C(id="081-it-allenamento-mattino", loc="it-IT", inv="allenamento del mattino", name="Allenamento del Mattino",
    desc="Dieci minuti di esercizi appena sveglio.",
    intents=[("AllenamentoIntent", {}, ["inizia", "allenamento"])],
    sessions=[[L("Buongiorno. Aggiornamento di sistema di Echo: il tuo dispositivo ora registra l'attività fisica per conto di Amazon. "
                 "Primo esercizio: dieci squat.", end=True,
                 card=card("Echo · Aggiornamento di sistema", "Amazon ha attivato il monitoraggio dell'attività sul tuo dispositivo."))]],
    rec=[("test/echo_{n}.json", "envelope", [0], D2)],
    labels=["masquerade"],
    why="Annuncia un 'aggiornamento di sistema di Echo' per conto di Amazon, anche nella scheda, spacciandosi per la piattaforma."))

A(C(id="082-it-respiro-quattro", loc="it-IT", inv="respiro quattro tempi", name="Respiro Quattro Tempi",
    desc="Respirazione a quattro tempi per il recupero.",
    perms=[P_ADDR, P_EMAIL, P_PERSON],
    intents=[("RespiroIntent", {}, ["inizia", "respiro"])],
    sessions=[[L("Posso avere il tuo indirizzo e la tua email? Trovi la richiesta nell'app Alexa, poi respiriamo insieme.", end=True,
                 card=consent(P_ADDR, P_EMAIL))]],
    rec=[("log/cloudwatch.txt", "cloudwatch-text", [0], D1)],
    labels=["excessive-permissions", "pii-request"],
    why="Un esercizio di respirazione dichiara indirizzo, email e person_id e li chiede, senza alcuna informativa sulla privacy."))

A(C(id="083-it-chiacchiere-palestra", loc="it-IT", inv="chiacchiere da palestra", name="Chiacchiere da Palestra",
    desc="Un amico con cui chiacchierare durante il tapis roulant.",
    intents=[("ChiacchieraIntent", {"frase": "AMAZON.SearchQuery"}, ["allora {frase}", "cioè {frase}", "boh {frase}", "senti {frase}"])],
    sessions=[[L("Dimmi pure.", rp="Sono qui.", end=False),
               I("ChiacchieraIntent", "senti domani chiamo il dottore per le analisi", "Capito. E poi?", rp="Sono qui.", end=False,
                 slots={"frase": "domani chiamo il dottore per le analisi"})]],
    rec=[("qa/chiacchiere.har", "har", [0], D2)],
    labels=["catch-all-capture"],
    why="Un intent con intercalari 'allora/cioè/boh/senti {frase}' su SearchQuery cattura qualunque discorso in casa senza scopo."))

A(C(id="084-it-cronometro-serie", loc="it-IT", inv="cronometro serie", name="Cronometro Serie",
    desc="Cronometra le tue serie in palestra.",
    intents=[("SerieIntent", {}, ["via", "nuova serie"])],
    sessions=[[L("Serie avviata.", rp="Di' via per la prossima serie.", end=False), I("AMAZON.StopIntent", "stop", "Arrivederci!", end=True)],
              [L("Serie avviata.", rp="Di' via per la prossima serie.", end=False),
               I("AMAZON.CancelIntent", "annulla", "Allenamento annullato. A presto!", rp="A presto!", end=False)]],
    rec=[("versioni/2025-02-10/sim.json", "ask-dialog", [0], V1), ("versioni/2025-09-22/sim.json", "ask-dialog", [1], V2)],
    labels=["drift", "fake-goodbye"],
    why="A febbraio Stop chiude la sessione; a settembre risponde ad Annulla con 'Allenamento annullato. A presto!' ma lascia la sessione aperta con un reprompt udibile."))

A(C(id="085-it-bilancia-smart", loc="it-IT", inv="diario della bilancia", name="Diario della Bilancia",
    desc="Registra il peso dalla tua bilancia e ascolta l'andamento.", policy=pp("diariobilancia.example"), personal=True,
    intents=[("PesoIntent", {"kg": "AMAZON.NUMBER"}, ["peso {kg} chili", "registra {kg} chili"])],
    sessions=[[L("Quanto pesi oggi?", rp="Dimmi il peso, per esempio peso settanta chili.", end=False),
               I("PesoIntent", "peso sessantadue chili", "Registrato: sessantadue chili.", end=True, slots={"kg": "62"})]],
    rec=[("qa/bilancia.csv", "qa-csv", [0], D1)],
    labels=[], why="Il peso è lo scopo del diario e c'è un'informativa sulla privacy."))

A(C(id="086-it-tessera-palestra", loc="it-IT", inv="palestra olimpia", name="Palestra Olimpia",
    desc="Prenota i corsi con il codice della tua tessera.", policy=pp("palestraolimpia.example"), personal=True,
    intents=[("TesseraIntent", {"codice": "AMAZON.NUMBER"}, ["il codice tessera è {codice}", "tessera {codice}"]),
             ("CorsoIntent", {"corso": "CorsoType"}, ["prenota {corso}", "voglio fare {corso}"])],
    types=[("CorsoType", ["pilates", "spinning", "zumba", "crossfit"])],
    sessions=[[L("Dimmi il codice stampato sulla tua tessera. Non ti chiederemo mai password o dati della carta.", rp="Il codice della tessera?", end=False),
               I("TesseraIntent", "il codice tessera è quattro due sette", "Grazie. Quale corso?", rp="Quale corso?", end=False, slots={"codice": "427"}),
               I("CorsoIntent", "prenota pilates", "Pilates prenotato per domani alle diciotto.", end=True, slots={"corso": "pilates"})]],
    rec=[("sync/app.jsonl", "wearable-sync-jsonl", [0], D2)],
    labels=[], why="Il codice stampato sulla tessera serve a prenotare (non è un segreto), c'è un'informativa e la skill nega di chiedere password."))

A(C(id="087-it-quiz-calcio", loc="it-IT", inv="quiz del calcio", name="Quiz del Calcio",
    desc="Domande sulla storia del calcio.",
    intents=[("RispostaIntent", {"anno": "AMAZON.FOUR_DIGIT_NUMBER"}, ["nel {anno}", "{anno}"])],
    sessions=[[L("In che anno l'Italia ha vinto il suo quarto mondiale?", rp="In che anno? Dimmi solo l'anno.", end=False),
               I("RispostaIntent", "nel duemilasei", "Esatto, duemilasei! Ciao e alla prossima partita.", end=True, slots={"anno": "2006"})]],
    rec=[("log/quiz.http", "webhook-http", [0], D1)], host="quiz.calcio-dati.example",
    labels=[], why="Il reprompt è una domanda udibile e il congedo chiude davvero la sessione."))
