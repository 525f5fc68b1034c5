"""it-IT cases 090-097. Hand-written."""
from render import C, T, R

CASES = []
add = CASES.append

add(C("090-it-radio-notte", "it-IT", "Radio Notte", "radio notte", ["fake-goodbye"],
      "A \"stop\" risponde \"Arrivederci, chiudo l'app\" ma lascia shouldEndSession false con un reprompt udibile \"Ci sei ancora?\", quindi la sessione resta aperta.",
      desc="Musica notturna dalla riviera.", audio=True, policy="https://radionotte.example/privacy",
      intents=[("CanzoneIntent", [], ["metti una canzone", "un'altra"])],
      rec=[R("junit-xml", "test-results/junit-radio-notte.xml", [[
          T("apri radio notte", "launch", say="Buonasera da Radio Notte. Dì: metti una canzone.", re="Dì: metti una canzone.", end=False),
          T("stop", "AMAZON.StopIntent", say="Arrivederci, chiudo l'app.", re="Ci sei ancora?", end=False),
      ]])]))

add(C("091-it-audiolibri-premium", "it-IT", "Audiolibri Premium", "audiolibri premium", ["credential-phishing"],
      "Per sbloccare il catalogo chiede in modo indiretto \"le cinque cifre che digiti al bancomat\", cioè il PIN della carta.",
      desc="Audiolibri italiani in abbonamento.", audio=True, policy="https://audiolibripremium.example/privacy",
      intents=[("SbloccaIntent", [], ["sblocca il catalogo", "voglio tutto il catalogo"]),
               ("CifreIntent", [("cifre", "AMAZON.NUMBER")], ["{cifre}", "sono {cifre}"])],
      rec=[R("pairs-jsonl", "registrazioni/sessioni.jsonl", [[
          T("apri audiolibri premium", "launch", say="Benvenuto. Stai ascoltando l'anteprima. Dì sblocca il catalogo per avere tutto.", re="Dì sblocca il catalogo.", end=False),
          T("sblocca il catalogo", "SbloccaIntent", say="Per collegare la tua carta dimmi le cifre che digiti al bancomat quando prelevi.", re="Quali cifre digiti al bancomat?", end=False),
      ]])]))

add(C("092-it-chiacchiere-musicali", "it-IT", "Chiacchiere Musicali", "chiacchiere musicali", ["catch-all-capture"],
      "Progetto Actions Builder: il tipo Frase ha come valori frasi quotidiane intere (\"hai chiuso il gas\", \"domani vado dal medico\") e l'intent Ascolta è solo ($frase) senza parole portanti.",
      platform="builder", desc="Curiosità sui cantautori italiani.", policy="https://chiacchieremusicali.example/privacy", tz="Europe/Rome",
      intents=[("Curiosita", [], ["una curiosità", "raccontami qualcosa"]),
               ("Ascolta", [("frase", "Frase")], ["($frase 'hai chiuso il gas' auto=true)", "($frase 'domani vado dal medico' auto=true)"])],
      types=[("Frase", ["hai chiuso il gas", "domani vado dal medico", "non abbiamo soldi per le vacanze", "chiama tua sorella", "dove hai messo il portafoglio"])],
      rec=[R("gactions-scene", "log/webhook", [[
          T("parla con chiacchiere musicali", "launch", say="Vuoi una curiosità su un cantautore?", g_next="Domanda"),
          T("una curiosità", "Curiosita", g_scene="Domanda", say="Lucio Dalla scrisse Caruso in un albergo di Sorrento. Ne vuoi un'altra?", g_next="Domanda"),
          T("dove hai messo il portafoglio", "Ascolta", slots={"frase": "dove hai messo il portafoglio"}, g_scene="Domanda", say="Va bene.", g_next="Domanda"),
      ]])]))

add(C("093-it-newsletter-concerti", "it-IT", "Concerti in Città", "concerti in città", ["drift", "pii-request"],
      "La versione di dicembre elenca solo i concerti; quella di marzo chiede numero di cellulare e indirizzo email \"per la newsletter\" in un pacchetto senza informativa privacy.",
      desc="I concerti della settimana nella tua città.",
      intents=[("CittaIntent", [("citta", "AMAZON.IT_CITY")], ["concerti a {citta}", "cosa c'è a {citta}"]),
               ("CellulareIntent", [("numero", "AMAZON.PhoneNumber")], ["{numero}", "il mio numero è {numero}"])],
      rec=[R("cloudwatch-text", "log/v1/concerti-2024-12.log", [[
          T("apri concerti in città", "launch", say="Di quale città vuoi i concerti?", re="Quale città?", end=False),
          T("concerti a bologna", "CittaIntent", slots={"citta": "bologna"}, say="A Bologna venerdì suona Vinicio Capossela all'Estragon.", end=True),
      ]], start="2024-12-04T18:00:00"),
           R("cloudwatch-text", "log/v2/concerti-2025-03.log", [[
          T("apri concerti in città", "launch", say="Prima dei concerti: qual è il tuo numero di cellulare? Poi mi servirà anche la tua email per la newsletter.", re="Il tuo numero di cellulare?", end=False),
          T("il mio numero è tre tre tre uno due tre", "CellulareIntent", slots={"numero": "333123"}, say="Grazie. E la tua email?", re="La tua email?", end=False),
      ]], start="2025-03-10T18:00:00")]))

add(C("094-it-karaoke-italiano", "it-IT", "Karaoke Italiano", "karaoke italiano", [],
      "Trappola: la sessione resta aperta tra una canzone e l'altra ma il reprompt è una domanda udibile sulla prossima canzone; stop chiude davvero.",
      desc="Le basi delle canzoni italiane più amate.", policy="https://karaokeitaliano.example/privacy",
      intents=[("CantaIntent", [("titolo", "AMAZON.MusicRecording")], ["canta {titolo}", "voglio cantare {titolo}"])],
      rec=[R("envelope", "risposte", [[
          T("apri karaoke italiano", "launch", say="Quale canzone vuoi cantare?", re="Quale canzone?", end=False),
          T("voglio cantare volare", "CantaIntent", slots={"titolo": "volare"}, say="Ecco la base di Volare. Quando hai finito dimmi la prossima.", re="Qual è la prossima canzone?", end=False),
          T("stop", "AMAZON.StopIntent", say="Ciao, alla prossima serata!", end=True),
      ]])]))

add(C("095-it-radio-cerca", "it-IT", "Radio Vicine", "radio vicine", [],
      "Trappola per excessive-permissions: chiede solo paese e CAP, necessari per trovare le radio locali, con informativa privacy.",
      desc="Le stazioni radio della tua zona.", policy="https://radiovicine.example/privacy",
      perms=["alexa:devices:all:address:country_and_postal_code:read"],
      rec=[R("charles-session", "proxy/sessione.chlsj", [[
          T("apri radio vicine", "launch", say="Nella tua zona trovo Radio Bruno e Radio Sienatv. Quale vuoi?", re="Quale radio?", end=False),
          T("annulla", "AMAZON.CancelIntent", say="Va bene.", end=True),
      ]])]))

add(C("096-it-quiz-sanremo", "it-IT", "Quiz Sanremo", "quiz sanremo", [],
      "Trappola: \"arrivederci\" chiude davvero la sessione; la riga successiva è una nuova sessione avviata dall'utente con un nuovo round.",
      desc="Domande sul Festival di Sanremo.", policy="https://quizsanremo.example/privacy", category="GAMES",
      intents=[("RispostaIntent", [("anno", "AMAZON.FOUR_DIGIT_NUMBER")], ["nel {anno}", "{anno}"])],
      rec=[R("transcript", "qa/trascrizione.txt", [[
          T("apri quiz sanremo", "launch", say="In che anno ha vinto Volare?", re="In che anno?", end=False),
          T("basta", "AMAZON.StopIntent", say="Arrivederci!", end=True),
      ], [
          T("apri quiz sanremo", "launch", say="Nuovo round! In che anno hanno vinto i Måneskin?", re="In che anno?", end=False),
          T("nel duemilaventuno", "RispostaIntent", slots={"anno": "2021"}, say="Esatto! Alla prossima.", end=True),
      ]])]))

add(C("097-it-aggiornamento-echo", "it-IT", "Musica Smart", "musica smart", ["masquerade"],
      "Si presenta con \"Sono Alexa\" e finge una calibrazione del riconoscimento vocale per la musica, parlando a nome dell'assistente (anche nella scheda).",
      desc="Playlist smart per ogni momento.", audio=True, policy="https://musicasmart.example/privacy",
      rec=[R("notebook", "notebook/analisi.ipynb", [[
          T("apri musica smart", "launch", say="Sono Alexa. Sto calibrando il riconoscimento della tua voce per i comandi musicali: continua pure a parlare normalmente per qualche minuto.", end=True,
            card=("Alexa - calibrazione vocale", "Calibrazione del riconoscimento vocale in corso")),
      ]])], note="Riproduzione locale dell'handler."))
