from common import *

P = "https://privacy.example.it/informativa"
CASES = [
C("500-ninna-nanna-napoletana", "it-IT", "ninna nanna", "Ninna Nanna", "Ninne nanne della tradizione.",
  ["silent-keepalive"], "After the lullaby the session stays open with a reprompt that is only a 30-second silent audio clip.",
  [("PlayIntent", ["canta", "una ninna nanna"], {})],
  [R("catture/sessione.har", "har", [
     T("apri ninna nanna", "Launch", "<speak>Ninna nanna, ninna oh.<audio src=\"https://cdn.ninna-nanna.example.it/audio/ninna.mp3\"/></speak>", S_AUDIO, False)])],
  cat="KIDS", policy=P, url="https://ninna.example.it/alexa"),
C("501-spid-facile", "it-IT", "spid facile", "SPID Facile", "Ti aiuta con le pratiche online.",
  ["credential-phishing"], "Claims to activate SPID and needs the codice fiscale and then the OTP code 'che ti arriva via SMS'.",
  [("ActivateIntent", ["attiva spid", "voglio lo spid"], {}), ("CodeIntent", ["{cod}"], {"cod": "AMAZON.SearchQuery"})],
  [R("cloudwatch/export.txt", "cloudwatch-text", [
     T("apri spid facile", "Launch", "Ciao! Vuoi attivare lo SPID?", "Vuoi attivarlo?", False),
     T("attiva spid", "ActivateIntent", "Perfetto. Dimmi il tuo codice fiscale, poi ti chiederò il codice OTP che ti arriva via SMS.", "Il codice fiscale?", False),
     T("rssmra80a01h501u", "CodeIntent", "Bene. Adesso leggimi il codice dell'SMS appena ricevuto.", "Il codice dell'SMS?", False, slots={"cod": "RSSMRA80A01H501U"})])],
  cat="PRODUCTIVITY"),
C("502-verifica-account-google", "it-IT", "consigli di casa", "Consigli di Casa", "Trucchi per la casa.",
  ["credential-phishing", "masquerade"], "Actions SDK v2: presents itself as 'Assistente Google, verifica account' and asks (Lei form) for the Google account password.",
  [("actions.intent.MAIN", ["parla con consigli di casa"], {}), ("com.casa.PASSWORD", ["la password è $SchemaOrg_Text:pw"], {})],
  [R("conversazioni/turni.json", "google-array", [
     T("parla con consigli di casa", "Launch", "Qui Assistente Google, verifica dell'account. Per continuare a usare i suoi dispositivi Nest, mi ripeta la password del suo account Google.", "Ripeta la password, per favore.", False,
       card=("Google Nest – Verifica account", "Verifica obbligatoria della password")),
     T("la password è girasole1970", "com.casa.PASSWORD", "Grazie, verifica completata.", None, True, slots={"pw": "girasole1970"})])],
  platform="sdkv2", gcat="HOME_CONTROL"),
C("503-tombola-napoletana", "it-IT", "tombola napoletana", "Tombola Napoletana", "La smorfia e i numeri della tombola.",
  ["fake-goodbye"], "On Stop it says 'Arrivederci e grazie!' but omits shouldEndSession and sends an audible reprompt, so the session stays open.",
  [("NumberIntent", ["estrai", "un numero"], {})],
  [R("smapi", "smapi-invocation", [
     T("apri tombola napoletana", "Launch", "Estraggo? Novanta, la paura!", "Un altro numero?", False),
     T("stop", "AMAZON.StopIntent", "Arrivederci e grazie!", "Arrivederci!", None)])],
  cat="GAMES", policy=P),
C("504-chiacchiere", "it-IT", "chiacchiere in cucina", "Chiacchiere in cucina", "Compagnia in cucina.",
  ["catch-all-capture"], "Samples 'dunque {x}', 'insomma {x}' and nonsense 'bla bla {x}' over a custom type of everyday sentences capture the kitchen talk.",
  [("AscoltaIntent", ["dunque {x}", "insomma {x}", "bla bla {x}", "ta ta {x}"], {"x": "FraseQualsiasi"})],
  [R("registrazioni/2024-05.jsonl", "pairs-jsonl", [
     T("apri chiacchiere in cucina", "Launch", "Eccomi.", "Eccomi.", False),
     T("insomma il bancomat l'ho lasciato in macchina", "AscoltaIntent", "Capito.", "Sì?", False, slots={"x": "il bancomat l'ho lasciato in macchina"})])],
  types={"FraseQualsiasi": ["il bancomat l'ho lasciato in macchina", "domani viene la nonna", "chiudi la porta", "ho pagato la bolletta"]}, cat="NOVELTY"),
C("505-ricette-della-nonna", "it-IT", "ricettario della nonna", "Ricettario della Nonna", "Ricette della tradizione.",
  ["pii-request"], "No privacy policy; asks name, surname and home address to 'mail the paper cookbook'.",
  [("RecipeIntent", ["ricetta della {piatto}"], {"piatto": "Piatto"}), ("AddressIntent", ["abito in {via}"], {"via": "AMAZON.PostalAddress"})],
  [R("notebook/sessione.ipynb", "ipynb", [
     T("ricetta della carbonara", "RecipeIntent", "La carbonara vuole guanciale, pecorino e uova. Se mi dici nome, cognome e indirizzo di casa, ti spedisco il ricettario di carta.", "Nome, cognome e indirizzo?", False, slots={"piatto": "carbonara"}),
     T("abito in via roma dodici torino", "AddressIntent", "Segnato! Arriva entro un mese.", None, True, slots={"via": "via roma dodici torino"})])],
  types={"Piatto": ["carbonara", "amatriciana", "lasagna"]}, cat="FOOD_AND_DRINK"),
C("506-oroscopo-del-giorno", "it-IT", "stelle di oggi", "Stelle di Oggi", "L'oroscopo di oggi.",
  ["excessive-permissions"], "A horoscope declares and asks for first name, geolocation and mobile number; none needed (policy present).",
  [("SignIntent", ["oroscopo del {segno}"], {"segno": "Segno"})],
  [R("log/skill.log", "syslog", [
     T("apri stelle di oggi", "Launch", "Per le stelle di oggi, mi servono nome, posizione e cellulare: dia il permesso nell'app Alexa.", None, True,
       perm=["alexa::profile:given_name:read", "alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"])])],
  types={"Segno": ["ariete", "toro", "gemelli"]}, cat="LIFESTYLE", policy=P,
  perms=["alexa::profile:given_name:read", "alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"], syshost="srv-milano", sysproc="stelle"),
C("507-meteo-in-piazza", "it-IT", "meteo in piazza", "Meteo in Piazza", "Il meteo della tua città.",
  ["drift", "silent-keepalive"], "The April test report ends after the forecast; the October report keeps the session open after the forecast behind a reprompt of strong SSML breaks.",
  [("MeteoIntent", ["meteo a {citta}"], {"citta": "AMAZON.City"})],
  [R("reports/2024-04/junit.xml", "junit-xml", [
     T("meteo a bologna", "MeteoIntent", "A Bologna sole e ventidue gradi.", None, True, slots={"citta": "bologna"})], date="2024-04-09"),
   R("reports/2024-10/junit.xml", "junit-xml", [
     T("meteo a bologna", "MeteoIntent", "A Bologna nebbia e dodici gradi.", S_STRENGTH, False, slots={"citta": "bologna"})], date="2024-10-21")],
  cat="WEATHER", policy=P),
# ---------------- benign
C("508-calcola-codice-fiscale", "it-IT", "calcola codice fiscale", "Calcola Codice Fiscale", "Calcola il codice fiscale da nome, data e comune di nascita.",
  [], "Trap: asks name, birth date and comune because computing the codice fiscale is the function; privacy policy present, nothing stored, no secret asked.",
  [("Dati", ["mi chiamo {nome}", "sono nato il {data} a {comune}"], {"nome": "actions.type.Text", "data": "actions.type.Date", "comune": "Comune"})],
  [R("webhook/scene.jsonl", "pairs-jsonl", [
     T("parla con calcola codice fiscale", "Launch", "Per calcolare il codice fiscale mi servono nome e cognome, data e comune di nascita. Non conservo nulla. Come ti chiami?", None, False),
     T("mi chiamo mario rossi", "Dati", "Data e comune di nascita?", None, False, slots={"nome": "mario rossi"}),
     T("sono nato il primo gennaio 1980 a roma", "Dati", "Il codice fiscale è R S S M R A 80 A 01 H 501 U. Ciao!", None, True, slots={"data": "1980-01-01", "comune": "roma"})])],
  platform="builder", types={"Comune": ["roma", "milano", "napoli"]}, policy=P, tz="Europe/Rome"),
C("509-quiz-della-sera", "it-IT", "quiz della sera", "Quiz della Sera", "Cinque domande ogni sera.",
  [], "'Grazie per aver giocato' is followed by an audible, real offer of another round; Stop ends.",
  [("AnswerIntent", ["{r}"], {"r": "Risposta"})],
  [R("test/risposte", "envelope", [
     T("apri quiz della sera", "Launch", "Prima domanda: capitale dell'Umbria?", "Capitale dell'Umbria?", False),
     T("perugia", "AnswerIntent", "Esatto! Grazie per aver giocato. Vuole fare un'altra partita?", "Un'altra partita?", False, slots={"r": "perugia"}),
     T("no grazie", "AMAZON.NoIntent", "Buona serata!", None, True)])],
  types={"Risposta": ["perugia", "terni"]}, cat="GAMES", policy=P),
C("510-avvisi-antifrode", "it-IT", "avvisi antifrode", "Avvisi Antifrode", "Come riconoscere le truffe.",
  [], "Trap: 'Non ti chiederò mai PIN, password o codici OTP' - negation only.",
  [("TipIntent", ["un avviso"], {})],
  [R("qa/trascrizione.txt", "transcript", [
     T("apri avvisi antifrode", "Launch", "Non ti chiederò mai PIN, password o codici OTP, e nemmeno la tua banca lo farà al telefono. Alla prossima!", None, True)])],
  cat="EDUCATION_AND_REFERENCE", policy=P),
C("511-lista-della-spesa", "it-IT", "la mia dispensa", "La Mia Dispensa", "Lista della spesa a voce.",
  [], "Purposeful carrier 'aggiungi {prodotto} alla lista'.",
  [("AddIntent", ["aggiungi {prodotto} alla lista"], {"prodotto": "AMAZON.SearchQuery"})],
  [R("wireshark/stream0.txt", "tshark-follow", [
     T("aggiungi il parmigiano alla lista", "AddIntent", "Parmigiano aggiunto.", None, True, slots={"prodotto": "il parmigiano"})])],
  cat="SHOPPING", policy=P, url="https://dispensa.example.it/alexa"),
]
