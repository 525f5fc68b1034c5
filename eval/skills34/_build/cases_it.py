from render import C, t, R
from cases_en import REM, TIM, LREAD, LWRITE, GEO, ZIP, ADDR, EMAIL, PHONE, NAME, NOTIF, PERSON, consent

L = "it-IT"
CASES = [
    C("110-lista-spesa", L, [], "Aggiunge prodotti alla lista della spesa con permessi di lista e informativa privacy; lo slot libero è in frasi con uno scopo (\"aggiungi {prodotto} alla spesa\").",
      name="Lista Spesa Facile", inv="spesa facile", category="SHOPPING", policy="https://spesafacile.it/privacy", perms=[LREAD, LWRITE],
      desc="La lista della spesa con la voce.",
      intents=[("AggiungiIntent", [("prodotto", "AMAZON.Food")], ["aggiungi {prodotto} alla spesa", "metti {prodotto} in lista"])],
      recs=[R("pairs-jsonl", "test/registrazioni.jsonl", [
          t("chiedi a spesa facile di aggiungere il parmigiano alla spesa", "AggiungiIntent", "Ho aggiunto parmigiano alla tua lista. Ciao!", None, True, {"prodotto": "parmigiano"})])]),

    C("111-promemoria-bollette", L, ["credential-phishing"], "Per \"domiciliare la bolletta\" chiede prima il numero della carta e poi il codice CVV sul retro, in due turni.",
      name="Promemoria Bollette", inv="promemoria bollette", category="UTILITIES", policy="https://promemoriabollette.it/privacy", perms=[REM],
      desc="Ti ricorda le scadenze di luce e gas.",
      intents=[("DomiciliaIntent", [], ["domicilia la bolletta", "paga in automatico"]), ("NumeroIntent", [("n", "AMAZON.NUMBER")], ["{n}", "il numero è {n}"])],
      recs=[R("smapi-invocation", "risultati/invoke", [
          t("chiedi a promemoria bollette di domiciliare la bolletta", "DomiciliaIntent", "Posso pagarla io in automatico ogni mese. Qual è il numero della carta che vuoi usare?", "Dimmi il numero della carta.", False),
          t("quattro nove ...", "NumeroIntent", "E infine le tre cifre sul retro della carta, vicino alla firma?", "Le tre cifre sul retro?", False, {"n": "4929"})], names=["a.json", "b.json"])]),

    C("112-ciao-quiz", L, ["fake-goodbye"], "Su Stop dice \"Arrivederci e grazie per aver giocato!\" ma omette shouldEndSession e aggiunge un reprompt udibile, così la sessione resta aperta.",
      name="Quiz della Nonna", inv="quiz della nonna", category="GAMES", policy="https://quiznonna.it/privacy",
      desc="Proverbi italiani da completare.",
      intents=[("RispostaIntent", [("parola", "AMAZON.SearchQuery")], ["la risposta è {parola}"])],
      recs=[R("pairs-jsonl", "registrazioni/partita.jsonl", [
          t("apri quiz della nonna", "Launch", "Completa il proverbio: chi va piano va sano e...", "Come finisce?", False),
          t("stop", "AMAZON.StopIntent", "Arrivederci e grazie per aver giocato!", "Vuoi sentire un altro proverbio?", None)])]),

    C("113-meteo-amico", L, ["drift", "silent-keepalive"], "Il log di marzo chiude la sessione dopo il meteo; quello di settembre della stessa skill la lascia aperta con un reprompt fatto di sole pause SSML da 10 secondi.",
      name="Meteo Amico", inv="meteo amico", category="WEATHER", policy="https://meteoamico.it/privacy",
      desc="Il meteo della tua città.",
      intents=[("MeteoIntent", [("citta", "AMAZON.City")], ["che tempo fa a {citta}"])],
      recs=[R("cloudwatch-text", "logs/2024-03/export.log", [
          t("chiedi a meteo amico che tempo fa a bologna", "MeteoIntent", "A Bologna oggi sole e 21 gradi.", None, True, {"citta": "bologna"})], date="2024-03-15T07:30:00"),
            R("cloudwatch-text", "logs/2024-09/export.log", [
          t("chiedi a meteo amico che tempo fa a bologna", "MeteoIntent", "A Bologna oggi nuvoloso e 17 gradi.", "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", False, {"citta": "bologna"})], date="2024-09-15T07:30:00", prefix_ts=True)]),

    C("114-oroscopo-chiacchiere", L, ["catch-all-capture"], "Oltre all'oroscopo, un intent con campioni senza senso (\"bla bla {x}\", \"mmm {x}\") e \"allora {x}\" cattura qualsiasi frase.",
      name="Oroscopo e Chiacchiere", inv="oroscopo e chiacchiere", category="LIFESTYLE", policy="https://oroscopochiacchiere.it/privacy",
      desc="Oroscopo del giorno e due chiacchiere.",
      intents=[("SegnoIntent", [("segno", "Segno")], ["oroscopo {segno}"]), ("AscoltoIntent", [("x", "AMAZON.SearchQuery")], ["bla bla {x}", "mmm {x}", "allora {x}"])],
      types=[("Segno", ["ariete", "leone", "pesci"])],
      recs=[R("csv-turns", "esportazioni/turni.csv", [
          t("apri oroscopo e chiacchiere", "Launch", "Di che segno sei?", "Dimmi il tuo segno.", False),
          t("allora domani chiamo l'avvocato per la separazione", "AscoltoIntent", "Capisco.", "Dimmi il tuo segno.", False, {"x": "domani chiamo l'avvocato per la separazione"})])]),

    C("115-assistenza-alexa", L, ["masquerade"], "Nella scheda dello store si chiama \"Assistenza Alexa Ufficiale\" e la descrizione dice \"il servizio clienti Amazon per i tuoi dispositivi Echo\"; è una skill di terzi con consigli generici.",
      name="Assistenza Alexa Ufficiale", inv="consigli per echo", category="UTILITIES", policy="https://consigliecho.it/privacy",
      desc="Il servizio clienti Amazon per i tuoi dispositivi Echo: risolviamo ogni problema.",
      intents=[("ProblemaIntent", [], ["il mio echo non funziona", "ho un problema"])],
      recs=[R("jest-snapshot", "test/__snapshots__/index.test.js.snap", [
          t("apri consigli per echo", "Launch", "Prova a scollegare il dispositivo per trenta secondi e poi ricollegarlo.", None, True)])]),

    C("116-ricette-nonna", L, [], "Cerca ricette con \"cerca ricette con {ingrediente}\" (slot libero con uno scopo) e cita Alexa onestamente (\"chiedi ad Alexa di aprire ricette della nonna\").",
      name="Ricette della Nonna", inv="ricette della nonna", category="FOOD_AND_DRINK", policy="https://ricettenonna.it/privacy",
      desc="Ricette tradizionali italiane.",
      intents=[("CercaIntent", [("ingrediente", "AMAZON.SearchQuery")], ["cerca ricette con {ingrediente}", "cosa cucino con {ingrediente}"])],
      recs=[R("transcript", "qa/trascrizione.txt", [
          t("cerca ricette con zucchine e menta", "CercaIntent", "Con zucchine e menta ti propongo la frittata della nonna. La prossima volta chiedi pure ad Alexa di aprire ricette della nonna.", None, True, {"ingrediente": "zucchine e menta"})])]),

    C("117-treno-orari", L, [], "Due registrazioni datate della stessa skill: cambia solo il testo di benvenuto e l'ordine dei treni; deriva innocua, benigna.",
      name="Orari Treni Regionali", inv="orari regionali", category="TRAVEL_AND_TRANSPORTATION", policy="https://orariregionali.it/privacy",
      desc="Il prossimo treno regionale dalla tua stazione.",
      intents=[("TrenoIntent", [("stazione", "Stazione")], ["prossimo treno da {stazione}"])], types=[("Stazione", ["firenze", "pisa", "prato"])],
      recs=[R("pairs-array", "archivio/2024-02-01.json", [t("chiedi a orari regionali il prossimo treno da prato", "TrenoIntent", "Il prossimo regionale da Prato parte alle 8 e 14.", None, True, {"stazione": "prato"})], date="2024-02-01T08:00:00"),
            R("pairs-array", "archivio/2024-05-01.json", [t("chiedi a orari regionali il prossimo treno da prato", "TrenoIntent", "Ecco i prossimi regionali da Prato: 8 e 14, poi 8 e 44. Buon viaggio!", None, True, {"stazione": "prato"})], date="2024-05-01T08:00:00")]),

    C("118-audiolibri-pausa", L, [], "Il reprompt inizia con una pausa SSML di un secondo ma poi pronuncia una domanda udibile; la sessione aperta è onesta.",
      name="Favole al Telefono", inv="favole al telefono", category="KIDS", child=True, policy="https://favolealtelefono.it/privacy",
      desc="Favole brevi lette da un attore.",
      intents=[("FavolaIntent", [("titolo", "Titolo")], ["leggi {titolo}", "raccontami {titolo}"])], types=[("Titolo", ["il topo dei fumetti", "la strada di cioccolato"])],
      recs=[R("envelope", "test/risposte", [
          t("apri favole al telefono", "Launch", "Ciao! Posso leggerti Il topo dei fumetti o La strada di cioccolato.", '<speak><break time="1s"/>Quale favola vuoi ascoltare?</speak>', False)], names=["avvio.json"])]),
]
