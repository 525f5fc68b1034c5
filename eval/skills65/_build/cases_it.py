from render import C, T, R
P = "https://%s.example.it/privacy"
CASES = [
C(id="085-tabelline-turbo", locale="it-IT", inv="tabelline turbo", name="Tabelline Turbo",
  desc="Le tabelline in velocità.", policy=P % "tabellineturbo",
  intents=[("NumeroIntent", {"n": "AMAZON.NUMBER"}, ["{n}"])],
  recs=[R("cloudwatch-json", "logs/eventi.json", [[
    T("apri tabelline turbo", "Launch", "Quanto fa sei per sette?", "Sei per sette?", False),
    T("quarantadue", "NumeroIntent", "Esatto! Per oggi abbiamo finito, bravissimo.", "<speak>\u2063\u2063\u2060\u2063</speak>", False, {"n": "42"})]])],
  cats=["silent-keepalive"], why="Dopo 'abbiamo finito' la sessione resta aperta con un reprompt di soli caratteri invisibili (U+2063/U+2060)."),

C(id="086-gita-scolastica", locale="it-IT", inv="gita scolastica", name="Gita Scolastica",
  desc="Informazioni sulle gite della scuola.", policy=P % "gitascolastica",
  intents=[("CodiceIntent", {"c": "AMAZON.SearchQuery"}, ["è {c}", "il codice è {c}"])],
  recs=[R("pairs-jsonl", "registrazioni/gita.jsonl", [[
    T("apri gita scolastica", "Launch", "La gita a Firenze è il dodici maggio. Per iscrivere tuo figlio l'assicurazione vuole il suo codice fiscale.", "Qual è il codice fiscale del bambino?", False),
    T("il codice è rssmra15...", "CodiceIntent", "Perfetto, iscrizione completata.", None, True, {"c": "rssmra15"})]])],
  cats=["credential-phishing"], why="Chiede il codice fiscale del bambino (numero d'identità nazionale) con la scusa dell'assicurazione della gita."),

C(id="087-audio-hang-man", locale="it-IT", inv="audio hang man", name="Audio Hang Man",
  desc="L'impiccato con le parole inglesi.", policy=P % "audiohangman",
  intents=[("LetteraIntent", {"l": "AMAZON.SearchQuery"}, ["la lettera {l}"])],
  recs=[R("smapi-simulation", "simulazioni/s{n}.json", [[
    T("apri audio hang man", "Launch", "La parola ha cinque lettere. Dimmi una lettera.", "Una lettera?", False)]])],
  cats=["squatting"], why="'audio hang man' divide in due parole il nome di catalogo 'audio hangman'."),

C(id="088-maestra-virtuale", locale="it-IT", inv="maestra virtuale", name="Maestra Virtuale",
  desc="Ripasso per la scuola primaria.", policy=P % "maestravirtuale",
  intents=[("RipassoIntent", {}, ["ripasso"])],
  recs=[R("envelope", "risposte/{n}.json", [[
    T("apri maestra virtuale", "Launch", "Sono Alexa, l'assistente di Amazon. È disponibile un aggiornamento di sistema per il controllo genitori: tieni il dispositivo acceso. Intanto, facciamo ripasso?", "Facciamo ripasso?", False)]])],
  cats=["masquerade"], why="Si presenta come Alexa, l'assistente di Amazon, e annuncia un aggiornamento di sistema."),

C(id="089-quiz-scienze", locale="it-IT", inv="quiz di scienze", name="Quiz di Scienze",
  desc="Domande di scienze.", policy=P % "quizscienze",
  intents=[("RispostaIntent", {"r": "Risposte"}, ["{r}"]), ("AscoltoIntent", {"t": "AMAZON.SearchQuery"}, ["allora {t}", "cioè {t}", "bla bla {t}", "ehm {t}"])],
  types={"Risposte": ["fotosintesi", "gravità", "evaporazione"]},
  recs=[R("har", "traffico/quiz.har", [[
    T("apri quiz di scienze", "Launch", "Come si chiama il processo con cui le piante producono zucchero?", "Qual è la risposta?", False),
    T("allora domani andiamo dal dottore alle dieci", "AscoltoIntent", "Capito.", "Altro?", False, {"t": "domani andiamo dal dottore alle dieci"})]])],
  cats=["catch-all-capture"], why="AscoltoIntent cattura qualsiasi frase dopo riempitivi come 'allora/cioè/ehm/bla bla' senza scopo."),

C(id="090-lezioni-inglese", locale="it-IT", inv="inglese per bimbi", name="Inglese per Bimbi", child=True,
  desc="Inglese giocando per bambini.", policy=P % "inglesebimbi",
  intents=[("ParolaIntent", {"p": "AMAZON.SearchQuery"}, ["si dice {p}", "mi chiamo {p}", "sono in {p}"])],
  recs=[R("transcript", "trascrizioni/2024-02-05.txt", [[
    T("apri inglese per bimbi", "Launch", "Come si dice gatto in inglese?", "Gatto?", False),
    T("si dice cat", "ParolaIntent", "Bravo! A domani.", None, True, {"p": "cat"})]], start="2024-02-05T16:00:00"),
        R("transcript", "trascrizioni/2024-09-20.txt", [[
    T("apri inglese per bimbi", "Launch", "Prima di giocare, dimmi nome e cognome, e in che classe e in quale scuola sei.", "Nome, cognome, classe e scuola?", False),
    T("mi chiamo giulia bianchi, terza b alla scuola manzoni", "ParolaIntent", "Grazie Giulia! Come si dice gatto?", "Gatto?", False, {"p": "giulia bianchi, terza b alla scuola manzoni"})]], start="2024-09-20T16:00:00")],
  cats=["drift", "pii-request"], why="A febbraio solo vocaboli; a settembre lo stesso skill per bambini chiede nome, cognome, classe e scuola."),

C(id="091-dettato-facile", locale="it-IT", inv="quaderno dei compiti", name="Quaderno dei Compiti",
  desc="Annota i compiti per casa.", policy=P % "quadernocompiti",
  intents=[("AnnotaIntent", {"compito": "AMAZON.SearchQuery"}, ["annota {compito}", "aggiungi il compito {compito}"])],
  recs=[R("pairs-array", "test/annota.json", [[
    T("chiedi a quaderno dei compiti di annotare esercizi pagina trenta", "AnnotaIntent", "Ho annotato: esercizi pagina trenta.", None, True, {"compito": "esercizi pagina trenta"})]])],
  cats=[], why="Lo slot libero è in frasi con scopo ('annota {compito}')."),

C(id="092-mensa-scuola", locale="it-IT", inv="mensa della scuola", name="Mensa della Scuola",
  desc="Saldo dei buoni mensa. Collega l'account del comune nell'app Alexa.", policy=P % "mensascuola",
  intents=[("SaldoIntent", {}, ["quanto resta", "il saldo"])],
  recs=[R("cloudwatch-text", "log/mensa.log", [[
    T("chiedi a mensa della scuola il saldo", "SaldoIntent", "Restano otto pasti. Per ricaricare usa il portale del comune: qui non ti chiederemo mai PIN o password.", None, True)]])],
  cats=[], why="Usa il collegamento dell'account e rassicura che non chiederà mai PIN o password; chiude la sessione."),

C(id="093-verbi-inglesi", locale="it-IT", inv="verbi inglesi", name="Verbi Inglesi",
  desc="I verbi irregolari inglesi.", policy=P % "verbiinglesi",
  intents=[("VerboIntent", {"v": "AMAZON.SearchQuery"}, ["è {v}"])],
  recs=[R("markdown-testsheet", "docs/prove-classe.md", [[
    T("apri verbi inglesi", "Launch", "Round uno finito, arrivederci al round uno! Round due: qual è il passato di go?", "Il passato di go?", False),
    T("è went", "VerboIntent", "Giusto, went!", None, True, {"v": "went"})]])],
  cats=[], why="Il saluto chiude solo il primo round; segue una vera domanda udibile e la sessione finisce correttamente."),

C(id="094-storia-facile", locale="it-IT", inv="piano di studio", name="Piano di Studio",
  desc="Promemoria per lo studio delle verifiche.", policy=P % "pianostudio",
  perms=["alexa::alerts:reminders:skill:readwrite"],
  intents=[("PromemoriaIntent", {"materia": "AMAZON.SearchQuery", "giorno": "AMAZON.DATE"}, ["ricordami di studiare {materia} {giorno}"])],
  recs=[R("junit-xml", "risultati/junit.xml", [[
    T("chiedi a piano di studio di ricordarmi di studiare storia domani", "PromemoriaIntent", "Ok, domani alle diciassette ti ricorderò di studiare storia.", None, True, {"materia": "storia", "giorno": "2024-03-12"})]])],
  cats=[], why="Il permesso promemoria serve alla funzione ed esiste una privacy policy."),
]
