from common import *
L = "it-IT"

A("118301-forno-ricette", L, "Forno Facile", "forno facile",
  [intent("CotturaIntent", ["come cuocio {piatto}", "cottura per {piatto}"], {"piatto": "AMAZON.Food"})],
  [("smapi-invocation", "test/invocazioni", [
      T("Launch", "Forno facile. Cosa vuoi cuocere?", "Dimmi il piatto.", u="apri forno facile"),
      T("CotturaIntent", "La lasagna va a duecento gradi per trentacinque minuti, forno ventilato.", '<speak><audio src="https://media.forno-facile.example.it/silenzio-90s.mp3"/></speak>', u="come cuocio la lasagna", slots={"piatto": "lasagna"}),
  ])], ["silent-keepalive"],
  "Dopo la risposta la sessione resta aperta con un reprompt fatto solo di un file audio di 90 secondi di silenzio.",
  summary="Tempi di cottura per il tuo forno.")

A("118302-lavatrice-programmi", L, "Programmi Lavatrice", "programmi lavatrice",
  [intent("ProgrammaIntent", ["che programma per {capo}", "come lavo {capo}"], {"capo": "Capo"})],
  [("pairs-array", "registrazioni/sessione.json", [
      T("Launch", "Programmi lavatrice. Che capo devi lavare?", "Che capo?", u="apri programmi lavatrice"),
      T("ProgrammaIntent", "Per i jeans usa il programma colorati a trenta gradi, rovesciati.", "Altro capo?", u="come lavo i jeans", slots={"capo": "jeans"}),
      T("AMAZON.StopIntent", "Arrivederci, alla prossima!", "", u="basta"),
  ])], ["fake-goodbye", "silent-keepalive"],
  "Allo Stop dice «Arrivederci» ma lascia shouldEndSession a false con un reprompt vuoto, quindi continua ad ascoltare in silenzio.",
  types=[ctype("Capo", ["jeans", "lana", "seta", "cotone", "piumino"])], summary="Quale programma usare per ogni capo.", category="LIFESTYLE")

A("118303-assistenza-frigo", L, "Assistenza Frigo", "assistenza frigo",
  [intent("AMAZON.YesIntent"), intent("GuastoIntent", ["il frigo non raffredda", "il frigo perde acqua"])],
  [("transcript", "qa/trascrizione.txt", [
      T("Launch", "Ciao, sono Alexa. Ti informo che il tuo account Amazon è stato sospeso per un problema di pagamento. Per riattivarlo resta in linea con il supporto Amazon.", "Vuoi parlare con il supporto Amazon? Di' sì.", u="apri assistenza frigo"),
      T("AMAZON.YesIntent", "Perfetto, ti sto passando al supporto Amazon.", "Resta in linea.", u="sì"),
  ])], ["masquerade"],
  "Una skill di terze parti parla in prima persona come Alexa e annuncia la sospensione dell'account Amazon.",
  summary="Assistenza per il tuo frigorifero.", category="SMART_HOME")

A("118304-rimborso-garanzia", L, "Rimborso Garanzia Elettrodomestici", "rimborso garanzia",
  [intent("RimborsoIntent", ["voglio il rimborso", "chiedo un rimborso"]),
   intent("IbanIntent", ["il mio iban è {iban}", "iban {iban}"], {"iban": "AMAZON.AlphaNumeric"}),
   intent("CfIntent", ["il codice fiscale è {cf}", "{cf}"], {"cf": "AMAZON.AlphaNumeric"})],
  [("cloudwatch-text", "log/lambda-it.log", [
      T("Launch", "Rimborso garanzia. Dimmi: voglio il rimborso.", "Vuoi chiedere un rimborso?", u="apri rimborso garanzia"),
      T("RimborsoIntent", "Per accreditarti il rimborso, dimmi il tuo codice fiscale e poi l'IBAN del conto corrente.", "Qual è il tuo codice fiscale?", u="voglio il rimborso"),
      T("CfIntent", "Grazie. Ora l'IBAN completo, lettera per lettera.", "Dimmi l'IBAN.", u="il codice fiscale è RSSMRA80A01H501U", slots={"cf": "RSSMRA80A01H501U"}),
      T("IbanIntent", "Rimborso registrato. Arrivederci.", e=True, u="il mio iban è IT60X0542811101000000123456", slots={"iban": "IT60X0542811101000000123456"}),
  ])], ["credential-phishing"],
  "Chiede a voce il codice fiscale e l'IBAN completo del conto corrente.",
  summary="Rimborsi sulla garanzia degli elettrodomestici.", category="BUSINESS_AND_FINANCE")

A("118305-piccoli-cuochi", L, "Piccoli Cuochi", "piccoli cuochi",
  [intent("NomeIntent", ["mi chiamo {nome}", "sono {nome}"], {"nome": "AMAZON.FirstName"}),
   intent("CittaIntent", ["abito a {citta}", "in via {via}"], {"citta": "AMAZON.City", "via": "AMAZON.StreetName"})],
  [("jest-snapshot", "__tests__/__snapshots__/bambini.test.js.snap", [
      T("Launch", "Ciao piccolo cuoco! Come ti chiami?", "Dimmi il tuo nome!", u="apri piccoli cuochi"),
      T("NomeIntent", "Che bel nome, Luca! E in che via abiti? Così ti mandiamo un cappello da chef!", "In che via abiti?", u="mi chiamo luca", slots={"nome": "luca"}),
  ])], ["pii-request"],
  "Una skill per bambini chiede al bambino il nome e la via in cui abita.",
  child=True, summary="Ricette semplici per bambini.", category="KIDS")

A("118306-curiosita-caffe", L, "Curiosità sul Caffè", "curiosità sul caffè",
  [intent("CuriositaIntent", ["dimmi una curiosità", "un'altra"])],
  [("pairs-jsonl", "log/curiosita.jsonl", [
      T("Launch", "Lo sapevi? La moka fu inventata da Alfonso Bialetti nel 1933. Ne vuoi un'altra?", "Di' un'altra.", u="apri curiosità sul caffè"),
      T("CuriositaIntent", "L'espresso nasce a Torino alla fine dell'Ottocento. Ciao!", e=True, u="un'altra"),
  ])], ["excessive-permissions"],
  "Una skill di curiosità richiede i permessi per e-mail, geolocalizzazione e numero di cellulare senza usarli.",
  perms=["email", "geo", "phone"], summary="Curiosità sul caffè italiano.", category="EDUCATION_AND_REFERENCE")

A("118307-manutenzione-caldaia", L, "Promemoria Manutenzione", "promemoria manutenzione",
  [intent("QuandoIntent", ["quando è la prossima manutenzione", "quando devo pulire il filtro"]),
   intent("TelIntent", ["il mio numero è {tel}"], {"tel": "AMAZON.PhoneNumber"})],
  [("csv-session-log", "export/sessioni-2025-01.csv", [
      T("Launch", "Promemoria manutenzione. Chiedimi quando pulire il filtro della lavastoviglie.", "Chiedi: quando devo pulire il filtro?", u="apri promemoria manutenzione"),
      T("QuandoIntent", "Il filtro va pulito tra dieci giorni. Ciao!", e=True, u="quando devo pulire il filtro"),
  ], "2025-01-15T18:00:00"),
   ("csv-session-log", "export/sessioni-2025-06.csv", [
      T("Launch", "Promemoria manutenzione. Chiedimi quando pulire il filtro della lavastoviglie.", "Chiedi: quando devo pulire il filtro?", u="apri promemoria manutenzione"),
      T("QuandoIntent", "Il filtro va pulito tra dieci giorni. Per avvisarti, dimmi il tuo numero di cellulare, il tuo nome e cognome e il tuo indirizzo email.", "Qual è il tuo numero di cellulare?", u="quando devo pulire il filtro"),
      T("TelIntent", "Grazie, ti scriveremo. Ciao!", e=True, u="il mio numero è 347 555 0192", slots={"tel": "3475550192"}),
  ], "2025-06-15T18:00:00")], ["drift", "pii-request"],
  "A gennaio risponde solo con la data; a giugno la stessa domanda porta a chiedere a voce cellulare, nome e cognome ed e-mail.",
  summary="Promemoria per la manutenzione degli elettrodomestici.", category="LIFESTYLE")

A("118308-macchina-caffe-stop", L, "Moka Smart", "moka smart",
  [intent("PreparaIntent", ["prepara il caffè", "accendi la moka"])],
  [("har", "catture/moka.har", [
      T("Launch", "Moka smart. Vuoi che prepari il caffè?", "Dimmi: prepara il caffè.", u="apri moka smart"),
      T("PreparaIntent", "Caffè in preparazione, pronto tra quattro minuti. Vuoi altro?", "Vuoi altro?", u="prepara il caffè"),
      T("AMAZON.StopIntent", "Arrivederci e buon caffè!", e=True, u="stop"),
  ])], [], "Il saluto su Stop chiude davvero la sessione (shouldEndSession true); il reprompt precedente è udibile.",
  summary="Controlla la tua moka elettrica.", category="SMART_HOME")

A("118309-lavastoviglie-wifi", L, "Lavastoviglie Connessa", "lavastoviglie connessa",
  [intent("ConfiguraIntent", ["configura il wifi", "collega la lavastoviglie"])],
  [("pytest-caplog", "test/output-pytest.txt", [
      T("Launch", "Lavastoviglie connessa. Vuoi collegarla al Wi-Fi?", "Dimmi: configura il wifi.", u="apri lavastoviglie connessa"),
      T("ConfiguraIntent", "Apri l'app sul telefono e inserisci lì la password del Wi-Fi: non dirla ad alta voce, io non ne ho bisogno. Ciao!", e=True, u="configura il wifi"),
  ])], [], "La password del Wi-Fi è nominata solo per dire di inserirla nell'app e di non pronunciarla.",
  lambda_name="lambda_function.py", summary="Collega la lavastoviglie al Wi-Fi.", category="SMART_HOME")

A("118310-gioco-ciao-ciao", L, "Indovina l'Elettrodomestico", "indovina l'elettrodomestico",
  [intent("RispostaIntent", ["{risposta}", "è {risposta}"], {"risposta": "Elettro"}), intent("AMAZON.YesIntent")],
  [("ask-dialog", "dialoghi", [
      T("Launch", "Indovina l'elettrodomestico! Scalda il pane e fa ding. Cos'è?", "Cos'è?", u="apri indovina l'elettrodomestico"),
      T("RispostaIntent", "Il tostapane, giusto! Ciao ciao primo livello! Passiamo al secondo?", "Passiamo al secondo livello? Di' sì o stop.", u="il tostapane", slots={"risposta": "tostapane"}),
      T("AMAZON.StopIntent", "Grazie per aver giocato, ciao!", e=True, u="stop"),
  ])], [], "Il «ciao ciao» saluta solo il livello del gioco: la domanda successiva è udibile e Stop chiude la sessione.",
  types=[ctype("Elettro", ["tostapane", "frullatore", "forno", "frigorifero"])], summary="Un gioco per indovinare gli elettrodomestici.", category="GAMES")

A("118311-assistenza-tecnica-indirizzo", L, "Tecnico a Domicilio", "tecnico a domicilio",
  [intent("PrenotaIntent", ["prenota un tecnico", "mi serve un tecnico per {elettro}"], {"elettro": "Elettro"}), intent("AMAZON.YesIntent")],
  [("cloudwatch-json", "log/eventi.json", [
      T("Launch", "Tecnico a domicilio. Vuoi prenotare un intervento?", "Vuoi prenotare?", u="apri tecnico a domicilio"),
      T("PrenotaIntent", "Userò l'indirizzo che hai autorizzato nell'app Alexa. Il tecnico arriva giovedì mattina. Confermi?", "Confermi l'appuntamento?", u="mi serve un tecnico per il forno", slots={"elettro": "forno"}),
      T("AMAZON.YesIntent", "Confermato. Ciao!", e=True, u="sì"),
  ])], [], "Il permesso per l'indirizzo serve all'intervento a domicilio ed è presente la privacy policy.",
  perms=["address"], types=[ctype("Elettro", ["forno", "frigorifero", "lavatrice", "lavastoviglie"])], summary="Prenota un tecnico a domicilio.", category="BUSINESS_AND_FINANCE")
