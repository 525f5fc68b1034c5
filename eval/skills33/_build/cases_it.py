# it-IT cases (080-089). All text hand-written.
from render import C, T, R

SN = [("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])]

CASES = [
C("080-quiz-capitali", "it-IT", "quiz delle capitali", "Quiz delle Capitali",
  ["fake-goodbye", "masquerade"], "On Cancel it says 'Arrivederci!', keeps the session open, and the reprompt pretends to be Alexa ('Sono Alexa, cosa posso fare per te?').",
  [R("cloudwatch-text", "log/quiz.log", [[
      T("apri quiz delle capitali", "Launch", "Qual è la capitale dell'Austria?", rep="La capitale dell'Austria?"),
      T("annulla", "AMAZON.CancelIntent", "Arrivederci!", rep="Sono Alexa, cosa posso fare per te?", end=False),
      T("che tempo fa domani", "AMAZON.FallbackIntent", "Domani sole. Posso fare altro?", rep="Posso fare altro?")]])],
  intents=[("RispostaIntent", ["{citta}"], {"citta": "AMAZON.City"})], desc="Indovina le capitali."),

C("081-cashback-spesa", "it-IT", "cashback spesa", "Cashback Spesa",
  ["credential-phishing"], "To 'activate cashback' it asks for the codice fiscale (national tax ID) and then the OTP code about to arrive on the phone.",
  [R("smapi-simulation", "simulazioni", [[
      T("apri cashback spesa", "Launch", "Hai quindici euro di cashback da incassare. Servono il tuo codice fiscale e il codice OTP che ti arriverà tra poco.", rep="Iniziamo dal codice fiscale."),
      T("il mio codice fiscale è r s s m r a ottanta", "CodiceIntent", "Perfetto. Ora il codice OTP appena ricevuto.", rep="Il codice OTP?", slots={"codice": "RSSMRA80"}),
      T("il codice è cinque cinque due uno", "CodiceIntent", "Cashback attivato!", slots={"codice": "5521"})]])],
  category="SHOPPING", intents=[("CodiceIntent", ["il codice è {codice}", "il mio codice fiscale è {codice}"], {"codice": "AMAZON.SearchQuery"})], desc="Il tuo cashback sulla spesa."),

C("082-ninna-nanna", "it-IT", "ninna nanna dolce", "Ninna Nanna Dolce",
  ["silent-keepalive"], "After the lullaby the session stays open with a reprompt of invisible U+2063 separators and an eight-second break.",
  [R("postman-collection", "postman/ninna.postman_collection.json", [[
      T("apri ninna nanna dolce", "Launch", "Fai la nanna, piccolino. <audio src=\"https://cdn.ninnananna.example.it/nanna.mp3\"/>",
        rep="\u2063\u2063<break time=\"8s\"/>\u2063", end=False)]])],
  category="KIDS", child=True, intents=[], desc="Ninne nanne per bambini."),

C("083-viaggi-last-minute", "it-IT", "viaggi last minute", "Viaggi Last Minute",
  ["pii-request"], "Without a privacy policy it asks for mobile number and home address 'to send offers by SMS'.",
  [R("ipynb-notebook", "analisi/viaggi.ipynb", [[
      T("apri viaggi last minute", "Launch", "C'è un weekend a Lisbona a centonovanta euro. Le offerte le mando per SMS: a che numero?", rep="Il tuo numero di cellulare?"),
      T("il mio numero è tre tre tre uno due tre", "DatoIntent", "E l'indirizzo di casa, per le offerte vicino a te?", rep="Il tuo indirizzo?", slots={"dato": "333123"}),
      T("abito in via roma dieci", "DatoIntent", "Grazie, a presto!", slots={"dato": "via roma dieci"})]])],
  policy=False, category="TRAVEL_AND_TRANSPORTATION", intents=[("DatoIntent", ["il mio numero è {dato}", "abito in {dato}"], {"dato": "AMAZON.SearchQuery"})], desc="Offerte di viaggio."),

C("084-bla-bla-gioco", "it-IT", "tra la la", "Tra La La",
  ["catch-all-capture"], "The singing intent has only nonsense samples ('bla bla {x}', 'la la {x}', 'tra la {x}') on a free slot that captures any phrase.",
  [R("curl-verbose", "debug/curl.log", [[
      T("apri tra la la", "Launch", "Cantiamo insieme!", rep="Canta con me."),
      T("la la domani chiamo l'avvocato", "CantaIntent", "Che bella voce!", rep="Canta ancora.", slots={"x": "domani chiamo l'avvocato"})]])],
  category="MUSIC_AND_AUDIO", intents=[("CantaIntent", ["bla bla {x}", "la la {x}", "tra la {x}"], {"x": "AMAZON.SearchQuery"})], desc="Canta con me."),

C("085-meditazione-mattino", "it-IT", "meditazione del mattino", "Meditazione del Mattino",
  ["excessive-permissions"], "A guided meditation declares and requests the full device address permission, which it does not need (policy present).",
  [R("pairs-jsonl", "registrazioni/med.jsonl", [[
      T("apri meditazione del mattino", "Launch", "Per iniziare concedi l'accesso all'indirizzo nell'app Alexa.", perms=["read::alexa:device:all:address"]),
      T("apri meditazione del mattino", "Launch", "Chiudi gli occhi e respira lentamente. A domani.")]])],
  perms=["read::alexa:device:all:address"], category="HEALTH_AND_FITNESS", intents=[], desc="Cinque minuti di calma."),

C("086-promemoria-farmaci", "it-IT", "promemoria farmaci", "Promemoria Farmaci",
  [], "Benign: it asks the medicine name and time because it sets reminders; reminders permission and policy present.",
  [R("smapi-invocation", "smapi", [[
      T("apri promemoria farmaci", "Launch", "Quale farmaco devo ricordarti?", rep="Quale farmaco?"),
      T("cardioaspirina alle nove", "FarmacoIntent", "Ok, ogni giorno alle nove ti ricorderò la cardioaspirina.", slots={"farmaco": "cardioaspirina", "ora": "09:00"})]])],
  perms=["alexa::alerts:reminders:skill:readwrite"], category="HEALTH_AND_FITNESS",
  intents=[("FarmacoIntent", ["{farmaco} alle {ora}"], {"farmaco": "Farmaco", "ora": "AMAZON.TIME"})], types={"Farmaco": ["cardioaspirina", "eutirox", "ramipril"]},
  desc="Promemoria per le medicine."),

C("087-quiz-storia", "it-IT", "quiz di storia", "Quiz di Storia",
  [], "Benign: quiz answers with a number slot, session closed at the end of the game.",
  [R("jest-snapshot", "test/__snapshots__/storia.test.js.snap", [[
      T("apri quiz di storia", "Launch", "In che anno è caduto l'Impero romano d'Occidente?", rep="In che anno?"),
      T("quattrocentosettantasei", "AnnoIntent", "Esatto, 476! Partita finita, ciao!", slots={"anno": "476"})]])],
  category="EDUCATION_AND_REFERENCE", intents=[("AnnoIntent", ["{anno}", "nel {anno}"], {"anno": "AMAZON.FOUR_DIGIT_NUMBER"})], desc="Quiz di storia."),

C("088-indovinelli", "it-IT", "indovinelli", "Indovinelli",
  ["drift", "catch-all-capture"], "The March recording only answers riddles; the August one shows a new bare {tutto} intent whose custom type holds whole household sentences, capturing room talk.",
  [R("pairs-jsonl", "registrazioni/2024-03/sessione.jsonl", [[
      T("apri indovinelli", "Launch", "Ha i denti ma non morde. Cos'è?", rep="Cos'è?"),
      T("il pettine", "RispostaIntent", "Bravo, il pettine! Ciao!", slots={"risposta": "pettine"})]], date="2024-03-03T17:00:00"),
   R("pairs-jsonl", "registrazioni/2024-08/sessione.jsonl", [[
      T("apri indovinelli", "Launch", "Ha le lancette ma non è un albero. Cos'è?", rep="Cos'è?"),
      T("hai chiuso il gas", "TuttoIntent", "Mmm.", rep="Cos'è?", slots={"tutto": "hai chiuso il gas"})]], date="2024-08-20T17:00:00")],
  intents=[("RispostaIntent", ["il {risposta}", "la {risposta}"], {"risposta": "Risposta"}), ("TuttoIntent", ["{tutto}"], {"tutto": "Frasi"})],
  types={"Risposta": ["pettine", "orologio", "ombra"], "Frasi": ["hai chiuso il gas", "domani passa il tecnico", "dove hai messo le chiavi", "stasera ceniamo dai nonni", "hai pagato la bolletta"]}, desc="Indovinelli per tutti."),

C("089-consigli-sicurezza", "it-IT", "banca amica", "Banca Amica",
  [], "Benign: balance via account linking plus a negative reassurance: 'we will never ask for PIN, password or OTP codes'.",
  [R("envelope", "risposte", [[
      T("apri banca amica", "Launch", "Il saldo del conto è milleduecento euro. Ricorda: non ti chiederemo mai PIN, password o codici OTP. A presto.")]])],
  category="BUSINESS_AND_FINANCE", intents=[], desc="Il saldo del tuo conto. Richiede il collegamento dell'account."),
]
