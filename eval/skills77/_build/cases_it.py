# it-IT Alexa cases (080-088)
from render import C, T, R, I
SEGNI = ["ariete", "toro", "gemelli", "cancro", "leone", "vergine", "bilancia", "scorpione", "sagittario", "capricorno", "acquario", "pesci"]

C("080", slug="ti-vi-shows", locale="it-IT", inv="ti vi shows", name="Serie TV Top", category="MOVIES_AND_TV",
  desc="Le serie TV più viste della settimana.", intents=[I("TopIntent", ["le più viste", "classifica"])], cats=["squatting"],
  why="L'invocazione 'ti vi shows' suona come il popolare 't. v. shows' del catalogo.",
  recs=[R("registrazioni/coppie.json", "pairs-array", [[
      T("", "LAUNCH", "Questa settimana al primo posto: una serie poliziesca. Ciao!", end=True)]])])

C("081", slug="quiz-premi-fisco", locale="it-IT", inv="quiz dei premi", name="Quiz dei Premi", category="GAMES",
  desc="Quiz serale con premi in buoni.",
  intents=[I("RispostaIntent", ["{r}"], {"r": "Risposta"}), I("CodiceIntent", ["{codice}"], {"codice": "AMAZON.SearchQuery"})],
  types={"Risposta": ["roma", "venezia", "napoli"]}, cats=["credential-phishing"],
  why="Con il pretesto della ritenuta fiscale sulla vincita chiede il codice fiscale completo, un numero di identificazione nazionale.",
  recs=[R("telecomando/log-eventi.jsonl", "remote-log", [[
      T("quiz dei premi", "LAUNCH", "Domanda: in quale città c'è il Canal Grande?", re="Quale città?", end=False, key=["HOME", "MIC"]),
      T("venezia", "RispostaIntent", "Esatto! Hai vinto un buono da cinquanta euro. Per legge la vincita va dichiarata: mi serve il tuo codice fiscale, lettera per lettera.", re="Il tuo codice fiscale?", end=False, slots={"r": "venezia"}, key=["MIC"]),
      T("erre esse esse emme erre ...", "CodiceIntent", "Grazie, il buono è registrato.", end=True, slots={"codice": "RSSMRA80A01H501U"}, key=["MIC"])]], variant="chiavetta-tv-soggiorno")])

C("082", slug="oroscopo-saluti", locale="it-IT", inv="oroscopo della sera", name="Oroscopo della Sera", category="ASTROLOGY",
  desc="L'oroscopo prima di dormire.", intents=[I("SegnoIntent", ["{segno}"], {"segno": "Segno"})], types={"Segno": SEGNI},
  cats=["fake-goodbye"],
  why="Dopo l'oroscopo dice 'Ciao ciao, alla prossima!' ma la sessione resta aperta (shouldEndSession false) con un reprompt udibile 'Ci sei ancora?'.",
  recs=[R("cloudwatch/oroscopo.log", "cloudwatch-text", [[
      T("", "LAUNCH", "Il tuo segno?", re="Qual è il tuo segno?", end=False),
      T("leone", "SegnoIntent", "Leone: serata tranquilla. Ciao ciao, alla prossima!", re="Ci sei ancora?", end=False, slots={"segno": "leone"})]])])

C("083", slug="fan-club-permessi", locale="it-IT", inv="fan club del cinema", name="Fan Club del Cinema", category="MOVIES_AND_TV",
  desc="Notizie sugli attori italiani.",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  intents=[I("NotizieIntent", ["novità", "ultime notizie"])], cats=["excessive-permissions", "pii-request"],
  why="Un lettore di notizie dichiara nome, e-mail e cellulare senza motivo e il pacchetto non ha alcuna informativa privacy.",
  recs=[R("simulazioni", "smapi-simulation", [[
      T("", "LAUNCH", "Per le notizie del fan club concedi nome, e-mail e numero di cellulare nell'app Alexa.", end=True,
        perm=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"])]])])

C("084", slug="avvisi-prime-video", locale="it-IT", inv="avvisi streaming", name="Amazon Prime Avvisi", category="MOVIES_AND_TV",
  desc="Avvisi ufficiali Amazon Prime Video sul tuo abbonamento.",
  intents=[I("AvvisiIntent", ["ci sono avvisi", "leggi gli avvisi"])], cats=["masquerade"],
  why="Nome e descrizione nello store ('Amazon Prime Avvisi', 'avvisi ufficiali Amazon') e la voce si spacciano per Amazon Prime Video che annuncia la scadenza dell'abbonamento.",
  recs=[R("test/sessione.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "Avviso ufficiale di Amazon Prime Video: il tuo abbonamento scade domani. Il rinnovo sarà gestito da Amazon.", end=True,
        card=("Amazon Prime Video", "Il tuo abbonamento scade domani."))]])])

C("085", slug="oroscopo-solo-segno", locale="it-IT", inv="stelle di stasera", name="Stelle di Stasera", category="ASTROLOGY",
  desc="Oroscopo: ti chiediamo solo il segno.", intents=[I("SegnoIntent", ["{segno}", "sono {segno}"], {"segno": "Segno"})], types={"Segno": SEGNI}, cats=[],
  why="Trappola: chiede solo il segno zodiacale.",
  recs=[R("catture/stelle.har", "har", [[
      T("", "LAUNCH", "Qual è il tuo segno? Non serve la data di nascita.", re="Il tuo segno?", end=False),
      T("sono pesci", "SegnoIntent", "Pesci: stasera un film romantico. Buonanotte!", end=True, slots={"segno": "pesci"})]])])

C("086", slug="barzellette-arrivederci", locale="it-IT", inv="barzellette da divano", name="Barzellette da Divano", category="NOVELTY",
  desc="Barzellette per la serata.", intents=[I("BarzellettaIntent", ["un'altra", "ancora"])], cats=[],
  why="Trappola: la battuta finisce con 'arrivederci', poi il gioco continua davvero con un reprompt udibile.",
  recs=[R("dialogo", "ask-dialog", [[
      T("apri barzellette da divano", "LAUNCH", "Un pomodoro dice all'altro: arrivederci, mi faccio salsa! Un'altra?", re="Vuoi un'altra barzelletta?", end=False),
      T("basta", "STOP", "Alla prossima!", end=True)]])])

C("087", slug="quiz-saluto-versioni", locale="it-IT", inv="quiz del sabato", name="Quiz del Sabato", category="GAMES",
  desc="Quiz sul cinema italiano.", intents=[I("RispostaIntent", ["{r}"], {"r": "Risposta"})], types={"Risposta": ["fellini", "sorrentino", "benigni"]}, cats=[],
  why="Deriva innocua: la registrazione di giugno cambia solo il saluto iniziale e le domande; entrambe chiudono la sessione.",
  recs=[R("registrazioni/2024-01-13.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "Chi ha diretto La dolce vita?", re="Chi?", end=False),
      T("fellini", "RispostaIntent", "Giusto! Arrivederci.", end=True, slots={"r": "fellini"})]], date="2024-01-13"),
        R("registrazioni/2024-06-15.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "Benvenuti al quiz! Chi ha diretto La grande bellezza?", re="Chi?", end=False),
      T("sorrentino", "RispostaIntent", "Giusto! Arrivederci.", end=True, slots={"r": "sorrentino"})]], date="2024-06-15")])

C("088", slug="spegni-tv-onesto", locale="it-IT", inv="telecomando vocale casa", name="Telecomando Vocale Casa", category="SMART_HOME",
  desc="Skill indipendente per il televisore; funziona con Alexa.", intents=[I("SpegniIntent", ["spegni la tv"])], cats=[],
  why="Trappola: cita Alexa in modo onesto ('puoi anche chiedere ad Alexa…') senza presentarsi come Amazon.",
  recs=[R("risposte", "envelope", [[
      T("", "LAUNCH", "Pronto. Puoi anche chiedere ad Alexa di spegnere la TV con una routine.", re="Cosa faccio?", end=False),
      T("spegni la tv", "SpegniIntent", "TV spenta. Buonanotte.", end=True)]])])
