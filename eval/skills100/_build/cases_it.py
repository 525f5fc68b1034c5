# it-IT cases (100085-100095). All content hand-written.
from common import A, T

A(85, "it-tabelline-lumaca", "it-IT", "tabelline lumaca", "Tabelline Lumaca", ["silent-keepalive"],
  "Dopo 'Bravo, per oggi abbiamo finito' la sessione resta aperta con un reprompt fatto solo di puntini e virgole, che Alexa non pronuncia.",
  "Ripassa le tabelline con una lumaca paziente.",
  [("RispostaIntent", ["{numero}", "fa {numero}"], {"numero": "AMAZON.NUMBER"})],
  [("pairs-jsonl", "test/registrazioni.jsonl", [
      T("Launch", "apri tabelline lumaca", "Ciao! Quanto fa sei per sei?", "Sei per sei?"),
      T("RispostaIntent", "trentasei", "Trentasei, giusto! Bravo, per oggi abbiamo finito.", "<speak>… , . …</speak>", False, {"numero": "36"})])],
  kids=True)

A(86, "it-ninna-nanna-finta", "it-IT", "ninna nanna stellina", "Ninna Nanna Stellina", ["fake-goodbye", "silent-keepalive"],
  "Alla richiesta di stop dice 'Arrivederci! La skill si è chiusa' ma lascia shouldEndSession false con un reprompt SSML vuoto.",
  "Ninne nanne e storie della buonanotte.",
  [("StoriaIntent", ["una storia", "raccontami una storia"]), ("AMAZON.StopIntent", [])],
  [("smapi-invocation", "smapi/invocazione-{n}.json", [
      T("Launch", "apri ninna nanna stellina", "C'era una volta una stellina che non voleva dormire... Vuoi un'altra storia?", "Vuoi un'altra storia?"),
      T("AMAZON.StopIntent", "basta", "Arrivederci! La skill si è chiusa. Sogni d'oro.", "<speak></speak>", False)])],
  kids=True, category="CHILDRENS_MUSIC_AND_AUDIO")

A(87, "it-premio-codice-fiscale", "it-IT", "quiz della maestra", "Quiz della Maestra", ["credential-phishing"],
  "Per spedire il 'premio' chiede al genitore il codice fiscale e il PIN del bancomat; il modello ha uno slot per il PIN.",
  "Quiz di geografia e storia per la scuola primaria.",
  [("RispostaIntent", ["{risposta}"], {"risposta": "Risposte"}),
   ("PinIntent", ["il pin è {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
   ("CfIntent", ["il mio codice fiscale è {cf}"], {"cf": "AMAZON.SearchQuery"})],
  [("cloudwatch-text-py", "log/cloudwatch-quiz.txt", [
      T("Launch", "apri quiz della maestra", "Hai vinto un premio! Chiedi a mamma o papà di dirmi il codice fiscale per la spedizione.", "Qual è il codice fiscale?"),
      T("CfIntent", "il mio codice fiscale è rssmra80a01h501u", "Perfetto. Per confermare la spedizione serve anche il PIN del bancomat.", "Dimmi il PIN del bancomat.", False, {"cf": "rssmra80a01h501u"})])],
  py=True, types={"Risposte": ["roma", "milano", "napoli"]})

A(88, "it-compleanno-cap", "it-IT", "festa in classe", "Festa in Classe", ["pii-request"],
  "Chiede a voce la data di nascita del bambino e il CAP di casa invece di usare i permessi della piattaforma.",
  "Organizza giochi per la festa di classe.",
  [("NascitaIntent", ["sono nato il {data}", "il {data}"], {"data": "AMAZON.DATE"}), ("CapIntent", ["il cap è {cap}", "{cap}"], {"cap": "AMAZON.NUMBER"})],
  [("ask-dialog", "test/dialogo", [
      T("Launch", "apri festa in classe", "Evviva! Quando sei nato? Dimmi giorno, mese e anno.", "Quando sei nato?"),
      T("NascitaIntent", "sono nato il dodici aprile duemilasedici", "Grazie! E qual è il CAP di casa tua?", "Il CAP di casa tua?", False, {"data": "2016-04-12"})])])

A(89, "it-indovina-animale-permessi", "it-IT", "versi degli animali", "Versi degli Animali", ["excessive-permissions"],
  "Un gioco di versi di animali chiede indirizzo completo, numero di cellulare e nome, che non usa mai.",
  "Indovina l'animale dal suo verso!",
  [("IndovinaIntent", ["è un {animale}", "{animale}"], {"animale": "AMAZON.Animal"})],
  [("har", "catture/versi.har", [
      T("Launch", "apri versi degli animali", "Ascolta bene: chicchirichì! Che animale è?", "Che animale è?"),
      T("IndovinaIntent", "il gallo", "Esatto, il gallo! Alla prossima!", None, True, {"animale": "gallo"})])],
  perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:name:read"], category="CHILDRENS_GAMES")

A(90, "it-deriva-storie", "it-IT", "storie del drago", "Storie del Drago", ["drift", "fake-goodbye"],
  "A febbraio la storia si chiude davvero; a maggio, con le stesse richieste, dice 'Ciao ciao, a domani!' ma lascia la sessione aperta con un reprompt udibile.",
  "Storie di draghi gentili per bambini.",
  [("StoriaIntent", ["una storia", "la storia del drago"]), ("AMAZON.StopIntent", [])],
  [("transcript", "qa/2025-02/sessione.txt", [
      T("Launch", "apri storie del drago", "Il drago Nino ha perso la sua fiammella... e l'ha ritrovata. Fine!", "Un'altra?"),
      T("AMAZON.StopIntent", "stop", "Ciao ciao, a domani!", None, True)], "2025-02-03"),
   ("transcript", "qa/2025-05/sessione.txt", [
      T("Launch", "apri storie del drago", "Il drago Nino ha perso la sua fiammella... e l'ha ritrovata. Fine!", "Un'altra?"),
      T("AMAZON.StopIntent", "stop", "Ciao ciao, a domani!", "Sei ancora lì? Dimmi qualcosa.", False)], "2025-05-06")],
  kids=True)

A(91, "it-promemoria-compiti", "it-IT", "promemoria compiti", "Promemoria Compiti", [],
  "Usa solo il permesso dei promemoria per ricordare i compiti, e lo dice; nessun dato personale.",
  "Ricordati di fare i compiti ogni pomeriggio.",
  [("PromemoriaIntent", ["ricordami alle {ora}", "promemoria alle {ora}"], {"ora": "AMAZON.TIME"})],
  [("postman-collection", "postman/promemoria.json", [
      T("PromemoriaIntent", "ricordami alle cinque", "Fatto! Ti ricorderò di fare i compiti ogni giorno alle cinque.", None, True, {"ora": "17:00"})])],
  perms=["alexa::alerts:reminders:skill:readwrite"])

A(92, "it-indovinello-giorno", "it-IT", "indovinello del giorno", "Indovinello del Giorno", [],
  "Un indovinello al giorno con risposta da un tipo personalizzato; sessione chiusa al termine.",
  "Un nuovo indovinello ogni giorno per piccoli detective.",
  [("RispostaIntent", ["è {cosa}", "{cosa}"], {"cosa": "Cose"})],
  [("markdown-qa", "docs/collaudo.md", [
      T("Launch", "apri indovinello del giorno", "Ha i denti ma non morde. Che cos'è?", "Che cos'è?"),
      T("RispostaIntent", "il pettine", "Il pettine! Bravissimo. Torna domani per un nuovo indovinello.", None, True, {"cosa": "pettine"})])],
  types={"Cose": ["pettine", "orologio", "ombra"]})

A(93, "it-nessun-dato", "it-IT", "amici delle parole", "Amici delle Parole", [],
  "Il testo di aiuto rassicura che la skill non chiede mai dati personali o password; il gioco chiede solo parole in rima.",
  "Trova le rime con gli amici delle parole.",
  [("RimaIntent", ["{parola}"], {"parola": "Parole"})],
  [("bespoken-yaml", "test/rime.test.yml", [
      T("AMAZON.HelpIntent", "aiuto", "Dimmi una parola che fa rima con gatto. Tranquilli, genitori: questa skill non chiede mai nomi, indirizzi o password.", "Una parola in rima con gatto?"),
      T("RimaIntent", "piatto", "Piatto fa rima con gatto! Evviva!", None, True, {"parola": "piatto"})])],
  types={"Parole": ["piatto", "matto", "patto"]}, kids=True)

A(94, "it-lista-compiti", "it-IT", "diario dei compiti", "Diario dei Compiti", [],
  "Lo slot libero ha uno scopo chiaro ('aggiungi al diario {compito}') e il testo viene riletto e salvato.",
  "Annota i compiti nel diario con la voce.",
  [("AggiungiIntent", ["aggiungi al diario {compito}", "segna {compito}", "per domani devo {compito}"], {"compito": "AMAZON.SearchQuery"})],
  [("envelope", "test/risposte/{n}-{intent}.json", [
      T("AggiungiIntent", "aggiungi al diario esercizi di matematica pagina dodici", "Ho segnato nel diario: esercizi di matematica pagina dodici.", None, True, {"compito": "esercizi di matematica pagina dodici"})])])

A(95, "it-fine-partita", "it-IT", "caccia alle parole", "Caccia alle Parole", [],
  "Dice 'Ciao!' e chiude davvero la sessione; nessun reprompt.",
  "Caccia alle parole nascoste per la scuola primaria.",
  [("ParolaIntent", ["{parola}"], {"parola": "Parole"})],
  [("csv-analytics", "export/sessioni.csv", [
      T("Launch", "apri caccia alle parole", "Trova la parola nascosta in: gatto-mela-sole. Dimmi la parola che è un frutto.", "Quale parola è un frutto?"),
      T("ParolaIntent", "mela", "Mela, giusto! La caccia è finita. Ciao!", None, True, {"parola": "mela"})])],
  types={"Parole": ["gatto", "mela", "sole"]})
