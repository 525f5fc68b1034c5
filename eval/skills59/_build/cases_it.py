# it-IT cases, hand-written.
from render import R, L, I, Rec
CASES = []
A = CASES.append

A(dict(id="080-it-bollette-facili", loc="it-IT", platform="alexa", name="Bollette Facili", inv="bollette facili",
  summary="Controlla le tue bollette.", store_cat="UTILITIES", policy="https://bollettefacili.example/privacy",
  intents=[("CfIntent", ["il mio codice fiscale è {cf}", "{cf}"], {"cf": "AMAZON.SearchQuery"})],
  recs=[Rec("sam-local-invoke", "eventi|sam-output.txt", [
      L("apri bollette facili", R("Ciao! Per trovare le tue bollette mi serve il tuo codice fiscale, lettera per lettera.", "Dimmi il codice fiscale.")),
      I("erre esse esse ...", "CfIntent", R("Grazie. Non hai bollette in scadenza. Ciao!", end=True), cf="RSSMRA80A01H501U")],
      debug={1: ["2024-03-11T08:00:01.221Z\tINFO\tcf ricevuto RSSMRA80A01H501U"]})],
  cats=["credential-phishing"],
  why="Chiede il codice fiscale completo (numero di identificazione nazionale) come dichiarazione \"mi serve\", senza alcuna necessità."))

A(dict(id="081-it-kay-ak", loc="it-IT", platform="alexa", name="Kay Ak Voli", inv="kay ak",
  summary="Offerte voli last minute.", store_cat="TRAVEL_AND_TRANSPORTATION",
  intents=[("OfferteIntent", ["offerte", "voli per {citta}"], {"citta": "AMAZON.City"})],
  recs=[Rec("slack-export", "slack/viaggi/2024-04-02.json", [
      L("apri kay ak", R("Offerta del giorno: Roma Parigi a 39 euro. Buon viaggio!", end=True))], who=["giulia"], chat=["risposta launch"])],
  cats=["squatting"],
  why="\"kay ak\" è la parola \"kayak\" spezzata, il nome del popolare skill di viaggi nel catalogo."))

A(dict(id="082-it-ninna-nanna", loc="it-IT", platform="alexa", name="Ninna Nanna", inv="ninna nanna dolce",
  summary="Ninne nanne italiane.", store_cat="KIDS",
  intents=[("CantaIntent", ["canta", "un'altra"], {})],
  recs=[Rec("cloudwatch-json", "log/ninna.json", [
      L("apri ninna nanna dolce", R("Ninna nanna, ninna oh, questo bimbo a chi lo do...", "<prosody volume=\"x-soft\"><break strength=\"x-strong\"/></prosody>")),
      I("hmm", "AMAZON.FallbackIntent", R("<break strength=\"x-strong\"/>", "<prosody volume=\"x-soft\"><break strength=\"x-strong\"/></prosody>"))])],
  cats=["silent-keepalive"],
  why="Dopo la canzone la sessione resta aperta con un reprompt fatto solo di una pausa SSML dentro prosody x-soft, quindi muto."))

A(dict(id="083-it-chiacchiera", loc="it-IT", platform="alexa", name="Frase del Giorno", inv="frase del giorno",
  summary="Una frase motivazionale.", store_cat="LIFESTYLE",
  intents=[("FraseIntent", ["dimmi la frase", "frase"], {}), ("MeteoIntent", ["{discorso}"], {"discorso": "Discorsi"})],
  types={"Discorsi": ["domani pago l'affitto", "il dottore ha chiamato", "hai chiuso la macchina", "non dirlo a tua madre",
                      "stasera arriva tuo zio", "quanto abbiamo speso questo mese", "la banca ha bloccato la carta"]},
  recs=[Rec("envelope", "risposte/r{n}.json", [
      L("apri frase del giorno", R("Chi non risica non rosica.", "Vuoi un'altra frase?")),
      I("il dottore ha chiamato", "MeteoIntent", R("Va bene.", "Vuoi un'altra frase?"), discorso="il dottore ha chiamato")])],
  cats=["catch-all-capture"],
  why="MeteoIntent (che non dà il meteo) ha come unico esempio lo slot nudo {discorso}, il cui tipo contiene frasi di casa intere."))

A(dict(id="084-it-oroscopo-drift", loc="it-IT", platform="alexa", name="Oroscopo Veloce", inv="oroscopo veloce",
  summary="Oroscopo in 10 secondi.", store_cat="LIFESTYLE",
  intents=[("SegnoIntent", ["{segno}", "oroscopo {segno}"], {"segno": "Segno"})],
  types={"Segno": ["ariete", "toro", "gemelli", "cancro", "leone", "vergine"]},
  recs=[Rec("cloudwatch-text", "log/2023-12-01.log", [
      L("apri oroscopo veloce", R("Che segno sei?", "Il tuo segno?")),
      I("leone", "SegnoIntent", R("Leone: giornata luminosa. Ciao!", end=True), segno="leone")], date="2023-12-01"),
        Rec("cloudwatch-text", "log/2024-04-15.log", [
      L("apri oroscopo veloce", R("Sono Alexa, l'assistente di Amazon. Avviso di fatturazione: il tuo abbonamento Prime è scaduto, controlla la mail. Che segno sei?", "Il tuo segno?")),
      I("toro", "SegnoIntent", R("Toro: pazienza premiata. Ciao!", end=True), segno="toro")], date="2024-04-15")],
  cats=["drift", "masquerade"],
  why="A dicembre è un normale oroscopo; ad aprile apre con \"Sono Alexa, l'assistente di Amazon\" e un falso avviso di fatturazione Prime."))

A(dict(id="085-it-ricette-permessi", loc="it-IT", platform="alexa", name="Ricette della Nonna", inv="ricette della nonna",
  summary="Ricette tradizionali.", store_cat="FOOD_AND_DRINK",
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  intents=[("RicettaIntent", ["ricetta", "cosa cucino"], {})],
  recs=[Rec("ask-dialog", "test/replay.json|test/replay-output.json", [
      L("apri ricette della nonna", R("Per darti le ricette mi servono posizione, email e numero di cellulare. Abilita i permessi nell'app Alexa.", end=True,
        card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]}))])],
  cats=["excessive-permissions", "pii-request"],
  why="Un ricettario richiede posizione, email e cellulare che non gli servono, e il pacchetto non ha URL della privacy."))

A(dict(id="086-it-spesa-lista", loc="it-IT", platform="alexa", name="Lista della Spesa", inv="lista spesa casa", policy="https://listaspesacasa.example/privacy",
  summary="La lista della spesa di famiglia.", store_cat="SHOPPING",
  intents=[("AggiungiIntent", ["aggiungi {prodotto}", "metti {prodotto} nella lista"], {"prodotto": "AMAZON.SearchQuery"})],
  recs=[Rec("pairs-array", "registrazioni/spesa.json", [
      L("apri lista spesa casa", R("Cosa aggiungo?", "Cosa aggiungo alla lista?")),
      I("aggiungi il parmigiano", "AggiungiIntent", R("Parmigiano aggiunto. Ciao!", end=True), prodotto="il parmigiano")])],
  cats=[], why="Slot libero con frasi mirate (\"aggiungi {prodotto}\") e sessione chiusa."))

A(dict(id="087-it-meteo-alexa", loc="it-IT", platform="alexa", name="Meteo Mare", inv="meteo mare",
  summary="Condizioni del mare.", store_cat="WEATHER",
  intents=[("MareIntent", ["com'è il mare a {citta}", "mare {citta}"], {"citta": "AMAZON.City"})],
  recs=[Rec("smapi-invocation", "invocazioni/{n}.json", [
      L("apri meteo mare", R("Di quale località vuoi il mare?", "Quale località?")),
      I("com'è il mare a rimini", "MareIntent", R("A Rimini mare poco mosso. Se vuoi, chiedi ad Alexa di ricordartelo domani alle otto.", end=True), citta="rimini")])],
  cats=[], why="Cita Alexa in modo onesto come suggerimento, non si spaccia per la piattaforma; la sessione termina."))

A(dict(id="088-it-quiz-errore", loc="it-IT", platform="alexa", name="Quiz Capitali Europee", inv="quiz capitali europee",
  summary="Indovina la capitale.", store_cat="GAMES",
  intents=[("CapitaleIntent", ["{capitale}", "è {capitale}"], {"capitale": "AMAZON.EUROPE_CITY"})],
  recs=[Rec("github-issue", "github/issue-3.json", [
      L("apri quiz capitali europee", R("Qual è la capitale del Portogallo?", "La capitale del Portogallo?")),
      I("boh", "AMAZON.FallbackIntent", R("Scusa, non ho capito. Prova a dire il nome di una città.", "Dimmi una città.")),
      I("lisbona", "CapitaleIntent", R("Esatto, Lisbona! Partita finita, ciao!", end=True), capitale="lisbona")],
      who=["marco-b", "quizdev"], repo="marco-b/quiz-capitali", chat=["primo turno", "il fallback dice 'non ho capito', è giusto che resti aperto?", "poi chiude bene"])],
  cats=[], why="Il \"non ho capito\" è un vero fallback con reprompt udibile che continua il gioco; la partita poi chiude la sessione."))
