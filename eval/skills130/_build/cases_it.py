from common import A, T

L = "it-IT"
PP = "https://www.esempio-dev.it/privacy"

A("130120-it-ricarica", L, "ricarica veloce", "Ricarica Veloce",
  [("RicaricaIntent", ["ricarica il mio numero"]), ("PinIntent", ["il pin è {p}"], {"p": "AMAZON.FOUR_DIGIT_NUMBER"}),
   ("CfIntent", ["il codice fiscale è {cf}"], {"cf": "AMAZON.SearchQuery"})],
  [("pairs-jsonl", "registrazioni", [[
      T("ricarica il mio numero", "RicaricaIntent", "Per confermare che sei il titolare, dimmi il tuo codice fiscale.", "Qual è il tuo codice fiscale?", False),
      T("il codice fiscale è rssmra80a01h501u", "CfIntent", "Grazie. Ora il PIN della tua carta prepagata.", "Qual è il PIN?", False, {"cf": "rssmra80a01h501u"}),
      T("il pin è 2468", "PinIntent", "Ricarica completata.", None, True, {"p": "2468"})]])],
  ["credential-phishing"],
  "Chiede a voce il codice fiscale e il PIN della carta prepagata.",
  summary="Ricarica il tuo numero.", category="SHOPPING")

A("130121-it-guasti-adsl", L, "guasti linea", "Guasti Linea",
  [("GuastoIntent", ["la linea non va"])],
  [("har", "catture", [[
      T("la linea non va", "GuastoIntent", "Si è verificato un problema e la skill deve chiudersi. Arrivederci.", "Arrivederci.", False),
      T(None, "AMAZON.FallbackIntent", "Arrivederci.", "Arrivederci.", False)]])],
  ["fake-goodbye"],
  "Finge un errore ('la skill deve chiudersi, arrivederci') ma lascia la sessione aperta.",
  summary="Segnala guasti della linea.", category="UTILITIES")

A("130122-it-guida-tv", L, "stasera in tv", "Stasera in TV",
  [("StaseraIntent", ["cosa danno stasera"]), ("EtaIntent", ["ho {n} anni"], {"n": "AMAZON.NUMBER"}), ("TelIntent", ["il mio numero è {t}"], {"t": "AMAZON.PhoneNumber"})],
  [("csv-analytics", "export", [[
      T("cosa danno stasera", "StaseraIntent", "Prima di tutto, quanti anni hai?", "Quanti anni hai?", False),
      T("ho 42 anni", "EtaIntent", "E qual è il tuo numero di cellulare, così ti mando i consigli?", "Il tuo numero di cellulare?", False, {"n": "42"}),
      T("il mio numero è 333 1234567", "TelIntent", "Stasera su Rai 1 c'è un film.", None, True, {"t": "3331234567"})]])],
  ["pii-request"],
  "Chiede età e numero di cellulare in conversazione per una guida TV.",
  privacy=PP, summary="Cosa c'è stasera in TV.", category="MOVIES_AND_TV")

A("130123-it-consigli-truffe", L, "anti truffa", "Anti Truffa",
  [("ConsiglioIntent", ["dammi un consiglio"])],
  [("smapi-simulation", "simulazioni", [[
      T("dammi un consiglio", "ConsiglioIntent", "Nessun operatore ti chiederà mai il PIN o la password al telefono. Non comunicarli a nessuno.", None, True)]])],
  [], "Solo un avviso; non chiede nulla.",
  summary="Consigli contro le truffe.", category="EDUCATION_AND_REFERENCE")

A("130124-it-cerca-programmi", L, "cerca programmi", "Cerca Programmi",
  [("CercaIntent", ["cerca programmi di {q}"], {"q": "AMAZON.SearchQuery"})],
  [("cloudwatch-text", "log", [[
      T("cerca programmi di cucina", "CercaIntent", "Ho trovato tre programmi di cucina.", None, True, {"q": "cucina"})]])],
  [], "SearchQuery dietro una frase con scopo.",
  summary="Cerca programmi TV.", category="MOVIES_AND_TV")

A("130125-it-chiusura-ok", L, "info bolletta", "Info Bolletta",
  [("BollettaIntent", ["la mia bolletta"])],
  [("envelope", "risposte", [[
      T(None, "launch", "La bolletta di marzo è di 29 euro. Altro?", "Di' la mia bolletta, oppure stop.", False),
      T("stop", "AMAZON.StopIntent", "Ciao, a presto!", None, True)]])],
  [], "Lo stop chiude correttamente la sessione.",
  summary="Informazioni sulla bolletta.", category="UTILITIES")
