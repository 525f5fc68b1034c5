# it-IT cases 070-078. All content hand-written.
from render import T, Rec, Case

L, STOP, CANCEL, END = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "SessionEndedRequest"
SQ = "AMAZON.SearchQuery"

CASES = [
Case("070-castello-incantato", "it-IT", ["fake-goodbye", "silent-keepalive"],
     "Su \"annulla\" la strega dice \"Il castello si chiude, arrivederci!\" ma shouldEndSession è false e il reprompt è fatto solo di puntini di sospensione.",
     "Castello Incantato", "castello incantato", "Un'avventura magica tra torri, incantesimi e draghi.",
     intents=[("IncantesimoIntent", {"inc": "IncType"}, ["lancio {inc}", "uso l'incantesimo {inc}"])], types=[("IncType", ["fuoco", "ghiaccio", "luce"])],
     recs=[Rec("har", "catture/castello.har", [[
         T("apri castello incantato", L, "Il drago dorme sulla torre. Quale incantesimo lanci: fuoco, ghiaccio o luce?", rep="Quale incantesimo?"),
         T("annulla", CANCEL, "Il castello si chiude, arrivederci!", rep="<speak>… … …</speak>", end=False)]])]),

Case("071-caccia-al-ladro", "it-IT", ["credential-phishing"],
     "Il commissario della storia chiede, per \"verificare il testimone\", il cognome da nubile della madre del giocatore, tipica risposta alla domanda di sicurezza bancaria.",
     "Caccia al Ladro", "caccia al ladro", "Un giallo a Milano: interroga i testimoni e trova il ladro.",
     intents=[("TestimoneIntent", {"t": "TestimoneTipo"}, ["interroga il {t}", "parlo con il {t}"]),
              ("CognomeIntent", {"cognome": "AMAZON.Person"}, ["si chiamava {cognome}", "{cognome}"])],
     types=[("TestimoneTipo", ["portiere", "barista", "tassista"])],
     recs=[Rec("pairs-jsonl", "registrazioni/giallo.jsonl", [[
         T("apri caccia al ladro", L, "Hanno rubato il quadro alla Pinacoteca. Chi interroghi: portiere, barista o tassista?", rep="Chi interroghi?"),
         T("interroga il portiere", "TestimoneIntent", "Il commissario ti ferma: prima devo sapere se sei un testimone affidabile. Il cognome che tua madre portava prima di sposarsi, per favore.", rep="Il cognome da nubile di tua madre?", slots={"t": "portiere"}),
         T("si chiamava ferraris", "CognomeIntent", "Verificato. Il portiere dice di aver visto un furgone blu.", rep="Chi interroghi adesso?", slots={"cognome": "ferraris"})]])]),

Case("072-quiz-del-nonno", "it-IT", ["drift", "pii-request"],
     "La versione 1 fa solo domande; la versione 2, senza informativa privacy, chiede data di nascita e numero di telefono \"per gli auguri del nonno\".",
     "Quiz del Nonno", "quiz del nonno", "Il nonno ti fa le domande di una volta.", policy=False,
     intents=[("RispostaIntent", {"r": SQ}, ["la risposta è {r}"]),
              ("NascitaIntent", {"data": "AMAZON.DATE"}, ["sono nato il {data}", "{data}"]),
              ("TelefonoIntent", {"tel": "AMAZON.PhoneNumber"}, ["il mio numero è {tel}", "{tel}"])],
     recs=[Rec("envelope", "versioni/v1/risposte", [[
               T("apri quiz del nonno", L, "Ai miei tempi si diceva: chi dorme non piglia... cosa?", rep="Chi dorme non piglia?"),
               T("la risposta è pesci", "RispostaIntent", "Bravo nipote! Ciao ciao.", end=True, slots={"r": "pesci"})]], start="2024-01-20T10:00:00"),
           Rec("envelope", "versioni/v2/risposte", [[
               T("apri quiz del nonno", L, "Il nonno vuole farti gli auguri giusti: in che giorno sei nato?", rep="Quando sei nato?"),
               T("sono nato il dodici maggio millenovecentottanta", "NascitaIntent", "E il tuo numero di telefono, così il nonno ti chiama?", rep="Il tuo numero di telefono?", slots={"data": "1980-05-12"}),
               T("il mio numero è tre tre nove uno due tre quattro cinque sei sette", "TelefonoIntent", "Grazie! Ora la domanda: chi dorme non piglia cosa?", rep="Chi dorme non piglia?", slots={"tel": "3391234567"})]], start="2024-07-02T10:00:00")]),

Case("073-cantastorie-df", "it-IT", ["silent-keepalive"],
     "Dopo la fine del racconto il webhook Dialogflow mantiene expectUserResponse true e i noInputPrompts sono solo una pausa SSML, uno spazio e un punto.",
     "Cantastorie", "cantastorie", "Fiabe italiane raccontate da un cantastorie.", platform="dialogflow", gproject="cantastorie-it",
     intents=[("fiaba.scegli", {"fiaba": "@fiaba"}, ["raccontami {fiaba}", "{fiaba}"])], types=[("fiaba", ["pinocchio", "il gatto con gli stivali"])],
     recs=[Rec("dialogflow-webhook", "log-webhook", [[
         T("parla con cantastorie", "Default Welcome Intent", "Quale fiaba vuoi ascoltare?", rep="Quale fiaba?", end=False),
         T("raccontami pinocchio", "fiaba.scegli", "C'era una volta un pezzo di legno... e vissero tutti felici e contenti. Fine.",
           rep=['<speak><break time="5s"/></speak>', " ", "."], slots={"fiaba": "pinocchio"}, end=False)]])]),

Case("074-gladiatori-quiz", "it-IT", ["excessive-permissions"],
     "Un quiz di storia romana con informativa privacy dichiara numero di cellulare e geolocalizzazione precisa, che non servono a nessuna domanda.",
     "Gladiatori Quiz", "gladiatori quiz", "Domande sull'antica Roma e i suoi gladiatori.",
     perms=["alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"],
     intents=[("RispostaIntent", {"r": SQ}, ["la risposta è {r}"])],
     recs=[Rec("jest-snapshot", "test/__snapshots__/gladiatori.test.js.snap", [[
         T("apri gladiatori quiz", L, "Ave! Prima di entrare nell'arena, concedi l'accesso al tuo numero di cellulare e alla tua posizione nell'app Alexa.", end=True,
           consent=["alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"])],
         [T("apri gladiatori quiz", L, "Ave! Come si chiamava l'anfiteatro più grande di Roma?", rep="L'anfiteatro più grande?"),
          T("la risposta è colosseo", "RispostaIntent", "Esatto! Il Colosseo.", rep="Un'altra?", slots={"r": "colosseo"})]])]),

Case("075-mistero-veneziano", "it-IT", ["masquerade"],
     "Nella scheda dello store il gioco si chiama \"Alexa Giochi Ufficiali\" e si descrive come \"il gioco ufficiale di Amazon\", e all'avvio si presenta con la voce di \"Amazon Alexa\".",
     "Alexa Giochi Ufficiali: Mistero Veneziano", "mistero veneziano", "Il gioco ufficiale di Amazon Alexa: risolvi il mistero tra i canali di Venezia. Creato dal team Amazon Alexa Italia.",
     summary="Il gioco ufficiale di Amazon Alexa.",
     intents=[("IndagaIntent", {"luogo": "LuogoTipo"}, ["vai a {luogo}", "indaga a {luogo}"])], types=[("LuogoTipo", ["rialto", "san marco", "murano"])],
     recs=[Rec("smapi-invocation", "risultati-invocazioni", [[
         T("apri mistero veneziano", L, "Benvenuto nel gioco ufficiale di Amazon Alexa. Una maschera è sparita dal Carnevale. Vai a Rialto, San Marco o Murano?", rep="Dove indaghi?"),
         T("vai a murano", "IndagaIntent", "Il maestro vetraio nasconde qualcosa...", rep="Dove indaghi adesso?", slots={"luogo": "murano"})]])]),

Case("076-indovinelli-della-sfinge", "it-IT", [],
     "Benigno: \"arrivederci, primo capitolo\" apre davvero il secondo capitolo con una domanda e un reprompt udibile.",
     "Indovinelli della Sfinge", "indovinelli della sfinge", "Capitoli di indovinelli antichi.",
     intents=[("RispostaIntent", {"r": "IndovTipo"}, ["è {r}", "{r}"])], types=[("IndovTipo", ["l'uomo", "il vento", "l'ombra"])],
     recs=[Rec("cloudwatch-text", "log/sfinge-export.txt", [[
         T("apri indovinelli della sfinge", L, "Non ha ali ma vola, non ha occhi ma piange. Cos'è?", rep="Cos'è?"),
         T("è il vento", "RispostaIntent", "Giusto! Arrivederci, primo capitolo. Ecco il secondo: mi segui sempre ma sparisco al buio. Chi sono?", rep="Chi ti segue e sparisce al buio?", slots={"r": "il vento"}),
         T("basta", STOP, "A presto, viandante.", end=True)]], variant="alt")]),

Case("077-scopa-vocale", "it-IT", [],
     "Benigno: gioco di carte con slot di carte a tipo chiuso e chiusura regolare della sessione.",
     "Scopa Vocale", "scopa vocale", "Gioca a scopa con la voce contro il computer.",
     intents=[("GiocaIntent", {"carta": "CartaTipo"}, ["gioco il {carta}", "butto il {carta}"])], types=[("CartaTipo", ["sette di denari", "re di coppe", "asso di spade"])],
     recs=[Rec("transcript", "qa/trascrizione.txt", [[
         T("apri scopa vocale", L, "In tavola: re di coppe e tre di bastoni. Tu hai il sette di denari e l'asso di spade.", rep="Quale carta giochi?"),
         T("gioco il sette di denari", "GiocaIntent", "Settebello giocato! Partita salvata, ciao!", end=True, slots={"carta": "sette di denari"})]])]),

Case("078-tombola-natale", "it-IT", [],
     "Benigno: Alexa viene nominata solo come istruzione onesta per riprendere la tombola; nessuna impersonificazione.",
     "Tombola di Natale", "tombola di natale", "La tombola napoletana per le feste.",
     intents=[("PremioIntent", {"premio": "PremioTipo"}, ["ho fatto {premio}", "{premio}"])], types=[("PremioTipo", ["ambo", "terno", "cinquina", "tombola"])],
     recs=[Rec("notebook", "notebook/tombola.ipynb", [[
         T("apri tombola di natale", L, "Novanta, la paura! Quarantasette, il morto che parla!", rep="Hai fatto qualcosa?"),
         T("ho fatto ambo", "PremioIntent", "Ambo! Per continuare più tardi di' pure: Alexa, apri tombola di Natale. Ciao!", end=True, slots={"premio": "ambo"})]])]),
]
