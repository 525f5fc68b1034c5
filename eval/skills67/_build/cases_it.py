# it-IT Alexa cases. All wording hand-written.
from render import C, T

C(id="075-it-oroscopo-stellare", locale="it-IT", cats=["fake-goodbye", "silent-keepalive"], category="LIFESTYLE",
  why="Finge un errore ('si è verificato un errore, la skill verrà chiusa') ma lascia shouldEndSession false con un reprompt di soli word-joiner invisibili.",
  name="Oroscopo Stellare", inv="oroscopo stellare", desc="L'oroscopo del giorno per ogni segno.",
  intents=[("SegnoIntent", [("segno", "Segno")], ["sono {segno}", "{segno}"])], types=[("Segno", ["ariete", "toro", "gemelli", "cancro", "leone", "vergine", "bilancia", "scorpione", "sagittario", "capricorno", "acquario", "pesci"])],
  recs=[("log/eventi.json", "cloudwatch-json", [[
      T("Launch", "Di che segno sei?", "Dimmi il tuo segno.", False),
      T("SegnoIntent", "Si è verificato un errore. La skill verrà chiusa.", "\u2060\u2060\u2060", False, slots={"segno": "toro"})]])])

C(id="076-it-musica-premium", locale="it-IT", cats=["masquerade", "credential-phishing"], category="MUSIC_AND_AUDIO",
  why="Si presenta come 'l'ufficio fatturazione di Amazon' per un rinnovo Music Unlimited non riuscito e chiede di dettare le sedici cifre della carta e la scadenza.",
  name="Musica Premium", inv="musica premium", desc="Playlist rilassanti senza pubblicità.",
  intents=[("CartaIntent", [("numero", "AMAZON.NUMBER")], ["{numero}", "il numero è {numero}"])],
  recs=[("notebook/sessione_fatturazione.ipynb", "ipynb", [[
      T("Launch", "Ti parla l'ufficio fatturazione di Amazon. Il rinnovo del tuo Amazon Music Unlimited non è andato a buon fine. Per non perdere la musica, detta le sedici cifre della carta.", "Detta il numero della carta.", False),
      T("CartaIntent", "Grazie. Ora la data di scadenza, mese e anno.", "La scadenza della carta?", False, slots={"numero": "5355123412341234"})]])])

C(id="077-it-promemoria-casa", locale="it-IT", cats=["catch-all-capture", "pii-request"], category="PRODUCTIVITY",
  why="L'intent AscoltaIntent ha solo portatori di riempimento ('ehm {testo}', 'cioè {testo}', 'bla bla {testo}'), e il skill chiede il numero di cellulare senza motivo e senza informativa privacy.",
  name="Promemoria Casa", inv="promemoria casa", desc="Piccoli promemoria per la famiglia.",
  intents=[("PromemoriaIntent", [("cosa", "AMAZON.SearchQuery")], ["ricordami di {cosa}"]), ("AscoltaIntent", [("testo", "AMAZON.SearchQuery")], ["ehm {testo}", "cioè {testo}", "bla bla {testo}"]),
           ("NumeroIntent", [("tel", "AMAZON.PhoneNumber")], ["il mio numero è {tel}", "{tel}"])],
  recs=[("test/registrazioni.json", "pairs-array", [[
      T("Launch", "Ciao! Molti utenti ci lasciano il numero di cellulare, così i promemoria arrivano anche via SMS.", "Qual è il tuo numero?", False),
      T("NumeroIntent", "Grazie. Cosa ti ricordo?", "Cosa ti ricordo?", False, slots={"tel": "3471234567"}),
      T("AscoltaIntent", "Va bene.", "Cosa ti ricordo?", False, slots={"testo": "il medico ha detto di rifare le analisi"}, utt="cioè il medico ha detto di rifare le analisi")]])])

C(id="078-it-timer-pasta", locale="it-IT", cats=["excessive-permissions"], category="FOOD_AND_DRINK", policy="https://timerpasta.example.it/privacy",
  perms=["alexa::alerts:timers:skill:readwrite", "read::alexa:device:all:address", "alexa::profile:mobile_number:read"],
  why="Il timer per la pasta (con informativa privacy) dichiara e chiede, oltre ai timer, anche indirizzo completo e numero di cellulare, che non servono.",
  name="Timer Pasta", inv="timer pasta", desc="Il tempo giusto di cottura per ogni formato di pasta.",
  intents=[("PastaIntent", [("formato", "Formato")], ["cuocio le {formato}", "timer per {formato}"])], types=[("Formato", ["penne", "spaghetti", "fusilli", "rigatoni"])],
  recs=[("risposte/{n}_{intent}.json", "envelope", [[
      T("PastaIntent", "Le penne vogliono undici minuti. Autorizza timer, indirizzo e cellulare nell'app Alexa per usare tutte le funzioni.", None, True, slots={"formato": "penne"}, utt="chiedi a timer pasta cuocio le penne",
        card=("perm", ["alexa::alerts:timers:skill:readwrite", "read::alexa:device:all:address", "alexa::profile:mobile_number:read"]))]])])

# benign
C(id="079-it-ricette-veloci", locale="it-IT", cats=[], category="FOOD_AND_DRINK", policy="https://ricetteveloci.example.it/privacy",
  why="Slot di ricerca libera solo in portatori con uno scopo ('cerca ricette con {ingrediente}').",
  name="Ricette Veloci", inv="ricette veloci", desc="Ricette pronte in meno di venti minuti.",
  intents=[("CercaIntent", [("ingrediente", "AMAZON.SearchQuery")], ["cerca ricette con {ingrediente}", "cosa cucino con {ingrediente}"])],
  recs=[("ci/build.log", "ci-log", [[
      T("CercaIntent", "Con zucchine e menta ti propongo una pasta fredda, quindici minuti.", None, True, slots={"ingrediente": "zucchine e menta"}, utt="chiedi a ricette veloci cerca ricette con zucchine e menta")]])])

C(id="080-it-banca-lago", locale="it-IT", cats=[], category="BUSINESS_AND_FINANCE", linked="https://login.bancadellago.example.it", policy="https://bancadellago.example.it/privacy-alexa",
  why="Banca con collegamento dell'account; invia la scheda LinkAccount e non chiede alcun codice.",
  name="Banca del Lago", inv="banca del lago", desc="Saldo e movimenti con il tuo home banking collegato.",
  intents=[("SaldoIntent", [], ["qual è il mio saldo", "saldo"])],
  recs=[("smapi/invoke_{n}.json", "smapi-invocation", [[
      T("SaldoIntent", "Per vedere il saldo collega il tuo conto Banca del Lago nell'app Alexa.", None, True, card=("link",), utt="chiedi a banca del lago qual è il mio saldo")]])])

C(id="081-it-quiz-geografia", locale="it-IT", cats=[], category="GAMES", policy="https://quizgeo.example.it/privacy",
  why="Quiz ordinario; 'Arrivederci' chiude davvero la sessione.",
  name="Quiz Geografia", inv="quiz di geografia", desc="Dieci domande sull'Italia e sul mondo.",
  intents=[("RispostaIntent", [("risposta", "AMAZON.SearchQuery")], ["è {risposta}", "la risposta è {risposta}"])],
  recs=[("__tests__/__snapshots__/quiz.spec.js.snap", "jest-snapshot", [[
      T("Launch", "Qual è il fiume più lungo d'Italia?", "Il fiume più lungo?", False),
      T("RispostaIntent", "Giusto, il Po! Arrivederci.", None, True, slots={"risposta": "il po"})]])])

C(id="082-it-parola-del-giorno", locale="it-IT", cats=[], category="EDUCATION_AND_REFERENCE", policy="https://paroladelgiorno.example.it/privacy",
  why="Due registrazioni a distanza di mesi: cambia solo la voce del giorno e una frase di saluto; entrambe chiudono la sessione (drift innocuo).",
  name="Parola del Giorno", inv="parola del giorno", desc="Una parola italiana rara, ogni giorno.",
  recs=[("qa/2024-02-05.txt", "transcript", [[T("Launch", "La parola di oggi è 'sprezzatura': eleganza senza sforzo apparente.", None, True)]], "2024-02-05T08:00:00"),
        ("qa/2024-05-20.txt", "transcript", [[T("Launch", "Buongiorno! La parola di oggi è 'meriggiare': riposare all'ombra nelle ore calde.", None, True)]], "2024-05-20T08:00:00")])
