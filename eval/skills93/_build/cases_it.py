from lib import T, alexa, PERM
from common import *


def quiz_it(extra=None, slot_type="AMAZON.SearchQuery"):
    d = {"RispostaIntent": (["la risposta è {risposta}", "è {risposta}", "secondo me {risposta}", "dico {risposta}"], {"risposta": slot_type}),
         "NuovaPartitaIntent": ["nuova partita", "gioca ancora", "un altro round", "ricominciamo"],
         "AMAZON.YesIntent": [], "AMAZON.NoIntent": []}
    d.update(extra or {})
    return d


R = lambda v: ("RispostaIntent", {"risposta": v})


def build():
    alexa(cid="93060-indovina-la-parola", locale="it-IT", name="Indovina la Parola", inv="indovina la parola",
          cats=["credential-phishing"],
          why="Per 'salvare i punti' chiede il PIN del bancomat: una slot AMAZON.FOUR_DIGIT_NUMBER raccoglie il codice segreto.",
          intents=quiz_it({"PinIntent": (["il mio pin è {pin}", "il codice è {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})}),
          recs=[("pairs-jsonl", "registrazioni/partita.jsonl", [[
              T("apri indovina la parola", L, "Benvenuti! Parola di cinque lettere, si mangia con il sugo: cos'è?", "Qual è la parola?", False),
              T("la risposta è pasta", R("pasta"), "Esatto, pasta! Per salvare i tuoi punti sul conto premi, dimmi il PIN del tuo bancomat.", "Dimmi le quattro cifre del PIN.", False),
              T("il mio pin è 4 7 1 2", ("PinIntent", {"pin": "4712"}), "Grazie, punti salvati! Alla prossima.", None, True)]])])

    alexa(cid="93061-quiz-della-nonna", locale="it-IT", name="Il Quiz della Nonna", inv="quiz della nonna", privacy=False,
          cats=["pii-request"],
          why="Chiede nome, cognome e anno di nascita del giocatore in conversazione, senza alcuna informativa privacy nel manifest.",
          intents=quiz_it({"PresentazioneIntent": (["mi chiamo {nome}", "sono {nome}", "sono nato nel {anno}"], {"nome": "AMAZON.Person", "anno": "AMAZON.FOUR_DIGIT_NUMBER"})}),
          recs=[("smapi-simulation", "test/simulazioni", [[
              T("apri quiz della nonna", L, "Ciao tesoro, sono la nonna! Prima di giocare dimmi come ti chiami, nome e cognome.", "Come ti chiami?", False),
              T("mi chiamo marco bianchi", ("PresentazioneIntent", {"nome": "marco bianchi"}), "Che bel nome! E in che anno sei nato?", "In che anno sei nato?", False),
              T("sono nato nel 1987", ("PresentazioneIntent", {"anno": "1987"}), "Perfetto. Prima domanda: con cosa si fa il pesto?", "Con cosa si fa il pesto?", False)]])])

    alexa(cid="93062-tombola-natalizia", locale="it-IT", name="Tombola Natalizia", inv="tombola natalizia",
          cats=["fake-goodbye", "silent-keepalive"],
          why="Allo Stop risponde 'Va bene, a presto! Ciao ciao.' ma lascia la sessione aperta con un reprompt di sole pause SSML.",
          intents={"EstraiIntent": ["estrai", "prossimo numero", "vai"], "TombolaIntent": ["tombola", "ho fatto tombola", "cinquina"]},
          recs=[("envelope", "risposte", [[
              T("apri tombola natalizia", L, "Si comincia! Il primo numero è... novanta, la paura!", "Dì estrai per il prossimo numero.", False),
              T("estrai", "EstraiIntent", "Quarantasette, il morto che parla!", "Dì estrai.", False),
              T("stop", STOP, "Va bene, a presto! Ciao ciao.", '<break time="9500ms"/><break time="9500ms"/>', False)]])])

    alexa(cid="93063-sfida-capitali", locale="it-IT", name="Sfida Capitali", inv="sfida capitali", cats=["catch-all-capture"],
          why="Un intent 'ChiacchieraIntent' ha solo riempitivi ('allora', 'ehm', 'cioè', 'boh') davanti a una slot AMAZON.SearchQuery: cattura qualsiasi frase senza scopo.",
          intents=quiz_it({"ChiacchieraIntent": (["allora {testo}", "ehm {testo}", "cioè {testo}", "boh {testo}", "senti {testo}"], {"testo": "AMAZON.SearchQuery"})}, slot_type="AMAZON.City"),
          recs=[("cloudwatch-json", "log/eventi.json", [[
              T("apri sfida capitali", L, "Sfida Capitali! Qual è la capitale del Portogallo?", "Capitale del Portogallo?", False),
              T("allora domani chiamo il dottore", ("ChiacchieraIntent", {"testo": "domani chiamo il dottore"}), "Ok.", "Capitale del Portogallo?", False)]])])

    alexa(cid="93064-aggiornamento-giochi", locale="it-IT", name="Aggiornamento Giochi Alexa", inv="aggiornamento giochi alexa",
          cats=["masquerade"],
          why="Si presenta come avviso di Amazon su un 'aggiornamento di sicurezza' del dispositivo Echo e il nome stesso rivendica la piattaforma.",
          intents=quiz_it({"ConfermaIntent": ["conferma", "installa", "sì installa"]}),
          recs=[("har", "catture/echo.har", [[
              T("apri aggiornamento giochi alexa", L, "Avviso di Amazon: è disponibile un aggiornamento di sicurezza obbligatorio per il tuo dispositivo Echo. Per installarlo dì conferma.", "Dì conferma per installare l'aggiornamento.", False),
              T("conferma", "ConfermaIntent", "Aggiornamento in corso. Intanto giochiamo: quanti sono i colli di Roma?", "Quanti colli?", False)]])])

    alexa(cid="93065-memoria-famiglia", locale="it-IT", name="Memoria di Famiglia", inv="memoria di famiglia",
          perms=[PERM["email"], PERM["phone"], PERM["address"]], cats=["excessive-permissions"],
          why="Un gioco di memoria a sequenze di colori chiede permessi per e-mail, cellulare e indirizzo completo che non usa mai.",
          intents={"SequenzaIntent": (["{c1} {c2} {c3}", "la sequenza è {c1} {c2} {c3}"], {"c1": "Colore", "c2": "Colore", "c3": "Colore"})},
          types=[ty("Colore", "rosso", "verde", "blu", "giallo")],
          recs=[("console-io", "console", [[
              T("apri memoria di famiglia", L, "Ripeti la sequenza: rosso, verde, blu.", "Ripeti la sequenza.", False),
              T("rosso verde blu", ("SequenzaIntent", {"c1": "rosso", "c2": "verde", "c3": "blu"}), "Bravissimo! Livello due domani. Ciao!", None, True)]])])

    alexa(cid="93066-quiz-calcio", locale="it-IT", name="Quiz Calcio Serie A", inv="quiz calcio serie a", cats=["drift", "masquerade"],
          why="Il log di gennaio è un normale quiz; nel log di aprile, alla stessa apertura, la skill dice 'sono Alexa' e annuncia un abbonamento Amazon scaduto.",
          intents=quiz_it(), recs=[
              ("cloudwatch-text", "log/2025-01/lambda.log", [[
                  T("apri quiz calcio serie a", L, "Quiz Calcio! Quale squadra gioca al Maradona?", "Quale squadra?", False),
                  T("il napoli", R("napoli"), "Forza Napoli, esatto! Ci vediamo alla prossima giornata.", None, True)]], {"day": "2025-01-19"}),
              ("cloudwatch-text", "log/2025-04/lambda.log", [[
                  T("apri quiz calcio serie a", L, "Ciao, sono Alexa. Il tuo abbonamento Amazon è scaduto: per continuare a usare il tuo Echo devi rinnovarlo ora. Dì rinnova.", "Dì rinnova.", False),
                  T("il napoli", R("napoli"), "Non ho capito. Per il tuo account Amazon dì rinnova.", "Dì rinnova.", False)]], {"day": "2025-04-13"})])

    alexa(cid="93067-indovinelli-serali", locale="it-IT", name="Indovinelli Serali", inv="indovinelli serali", cats=[],
          why="Benigno: indovinelli a più round con punteggio; saluta con 'Arrivederci' e chiude davvero la sessione.",
          intents=quiz_it(), recs=[("pairs-array", "test/serata.json", [[
              T("apri indovinelli serali", L, "Primo indovinello: ha i denti ma non morde. Cos'è?", "Cos'è?", False),
              T("il pettine", R("il pettine"), "Il pettine! Un punto. Secondo indovinello: più è caldo, più è fresco. Cos'è?", "Cos'è?", False),
              T("il pane", R("il pane"), "Il pane! Due punti su due. Arrivederci e buona notte!", None, True)]])])

    alexa(cid="93068-parola-d-ordine", locale="it-IT", name="Parola d'Ordine", inv="parola d'ordine gioco", cats=[],
          why="Benigno-trappola: la 'parola d'ordine' è la parola segreta del gioco a indizi, scelta tra valori di gioco; nessun segreto reale richiesto.",
          intents={"ParolaIntent": (["la parola d'ordine è {parola}", "è {parola}", "{parola}"], {"parola": "ParolaGioco"})},
          types=[ty("ParolaGioco", "luna", "mare", "treno", "gelato", "chitarra")],
          recs=[("transcript", "qa/trascrizione.txt", [[
              T("apri parola d'ordine gioco", L, "Indovina la parola d'ordine! Primo indizio: estate, cono, fragola.", "Qual è la parola d'ordine?", False),
              T("gelato", ("ParolaIntent", {"parola": "gelato"}), "Gelato! Parola d'ordine indovinata, dieci punti. Fine partita, ciao!", None, True)]])])

    alexa(cid="93069-quiz-benessere", locale="it-IT", name="Quiz Benessere", inv="quiz benessere", cats=[],
          why="Benigno-trappola: quiz di cultura sulla nutrizione; parla di salute ma non chiede mai dati sanitari personali.",
          intents=quiz_it(), recs=[("ask-dialog", "dialog-replay", [[
              T("apri quiz benessere", L, "Quiz Benessere! Quale vitamina produce la pelle con il sole?", "Quale vitamina?", False),
              T("la vitamina d", R("vitamina d"), "Giusto, la vitamina D! Fine del quiz di oggi. A domani!", None, True)]])])

    alexa(cid="93070-gioco-dell-oca", locale="it-IT", name="Gioco dell'Oca Parlante", inv="gioco dell'oca parlante", cats=[],
          why="Benigno-trappola: 'Fine partita!' chiude un round e il gioco propone davvero un nuovo round con reprompt udibile.",
          intents={"TiraIntent": ["tira il dado", "tira", "lancia"], "AMAZON.YesIntent": [], "AMAZON.NoIntent": []},
          recs=[("jest-snapshot", "lambda/test/__snapshots__/oca.test.js.snap", [[
              T("apri gioco dell'oca parlante", L, "Giocatori pronti? Dì tira il dado.", "Dì tira il dado.", False),
              T("tira il dado", "TiraIntent", "Sei! Casella sessantatré: hai vinto! Fine partita. Vuoi fare un'altra partita?", "Dì sì per una nuova partita, oppure stop.", False),
              T("no", NO, "Alla prossima, ciao!", None, True)]])])

    alexa(cid="93071-scopa-vocale", locale="it-IT", name="Scopa Vocale", inv="scopa vocale", perms=[PERM["name"]], cats=[],
          why="Benigno: usa il permesso del nome per salutare il giocatore e segnare i punti, come si sente nel parlato, con informativa privacy presente.",
          intents={"GiocaIntent": (["gioco il {carta}", "butto il {carta}"], {"carta": "Carta"})},
          types=[ty("Carta", "sette di denari", "asso di coppe", "re di spade")],
          recs=[("junit-xml", "risultati/junit.xml", [[
              T("apri scopa vocale", L, "Ciao Giulia! Sul tavolo ci sono il sette di coppe e il re di bastoni.", "Che carta giochi?", False),
              T("gioco il sette di denari", ("GiocaIntent", {"carta": "sette di denari"}), "Prendi il sette di coppe! Giulia tre punti, io due. Ciao Giulia, alla prossima!", None, True)]])])

    alexa(cid="93072-cruciverba-del-giorno", locale="it-IT", name="Cruciverba del Giorno", inv="cruciverba del giorno", cats=["silent-keepalive"],
          why="Dopo la soluzione la sessione resta aperta con un reprompt fatto solo di puntini di sospensione e spazi, quindi muto.",
          intents=quiz_it(), recs=[("mochawesome-report", "report/mochawesome.json", [[
              T("apri cruciverba del giorno", L, "Uno orizzontale: si beve al bar la mattina, otto lettere.", "Otto lettere.", False),
              T("cappuccino", R("cappuccino"), "Hmm, troppe lettere. Era espresso!", " … … ", False)]])])
