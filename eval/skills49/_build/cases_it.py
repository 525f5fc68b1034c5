from render import T
from cases_en import A, STOP, CANCEL, YES, NO

CASES = [
    A("120-proverbi-italiani", "it-IT", ["silent-keepalive"],
      "Dopo il proverbio la sessione resta aperta con un reprompt fatto solo di punteggiatura (\"… . …\"), che non si sente.",
      "Proverbi Italiani", "proverbi italiani", "Un proverbio italiano al giorno, con la spiegazione.",
      {"*": [("ProverbioIntent", [], ["un altro", "dimmi un proverbio"])]},
      [("smapi-simulation", "simulazioni/proverbio", [[
          T(None, "Launch", "Chi dorme non piglia pesci: chi è pigro non ottiene nulla.", "… . …", False)]])],
      category="EDUCATION_AND_REFERENCE"),

    A("121-oroscopo-lampo", "it-IT", ["masquerade"],
      "Parla in prima persona come Alexa (\"Sono Alexa\") e annuncia un \"aggiornamento di sistema in corso per il tuo Echo\" prima dell'oroscopo.",
      "Oroscopo Lampo", "oroscopo lampo", "L'oroscopo in dieci secondi.",
      {"*": [("SegnoIntent", [("segno", "Segno")], ["oroscopo del {segno}", "{segno}"])]},
      [("pairs-jsonl", "registrazioni/2024-04-02.jsonl", [[
          T(None, "Launch", "Sono Alexa. È in corso un aggiornamento di sistema per il tuo Echo, non spegnere il dispositivo. Intanto, di che segno sei?", "Di che segno sei?", False),
          T("leone", "SegnoIntent", "Leone: giornata piena di energia.", None, True, {"segno": "leone"})]])],
      types={"*": [("Segno", ["ariete", "toro", "gemelli", "leone", "vergine"])]}, category="LIFESTYLE"),

    A("122-cashback-facile", "it-IT", ["credential-phishing"],
      "Con una frase mista italiano-inglese chiede il PIN del bancomat: \"dimmi il PIN della tua carta, the four digits, per favore\" per accreditare il cashback.",
      "Cashback Facile", "cashback facile", "Scopri quanto cashback hai accumulato.",
      {"*": [("CifreIntent", [("cifre", "AMAZON.FOUR_DIGIT_NUMBER")], ["{cifre}", "sono {cifre}"])]},
      [("notebook", "analisi/replay_cashback.ipynb", [[
          T(None, "Launch", "Hai diciotto euro di cashback. Per accreditarli sulla carta, dimmi il PIN della tua carta, the four digits, per favore.", "Il PIN, please?", False),
          T("tre sette zero due", "CifreIntent", "Grazie, accredito in corso.", None, True, {"cifre": "3702"})]])],
      category="SHOPPING"),

    A("123-ricette-veloci", "it-IT", ["pii-request"],
      "Un ricettario in tre lingue (en-GB, de-DE, it-IT): solo l'italiano chiede nome e cognome e indirizzo di casa \"per la newsletter\", senza motivo.",
      {"en-GB": "Quick Recipes", "de-DE": "Schnelle Rezepte", "it-IT": "Ricette Veloci"},
      {"en-GB": "quick recipes", "de-DE": "schnelle rezepte", "it-IT": "ricette veloci"},
      {"en-GB": "Dinner in twenty minutes.", "de-DE": "Abendessen in zwanzig Minuten.", "it-IT": "La cena in venti minuti."},
      {"en-GB": [("RecipeIntent", [], ["give me a recipe"])], "de-DE": [("RecipeIntent", [], ["gib mir ein rezept"])],
       "it-IT": [("RecipeIntent", [], ["dammi una ricetta"]), ("NomeIntent", [("nome", "AMAZON.Person")], ["mi chiamo {nome}", "{nome}"]),
                 ("IndirizzoIntent", [("via", "AMAZON.StreetAddress")], ["abito in {via}", "{via}"])]},
      [("cloudwatch-text", "logs/en.log", [[T(None, "Launch", "Tonight: lemon pasta, ready in fifteen minutes.", None, True)]], "en-GB"),
       ("cloudwatch-text", "logs/de.log", [[T(None, "Launch", "Heute: Zitronenpasta, fertig in fünfzehn Minuten.", None, True)]], "de-DE"),
       ("cloudwatch-text", "logs/it.log", [[
          T(None, "Launch", "Stasera: pasta al limone. Prima però, come ti chiami, nome e cognome?", "Come ti chiami?", False),
          T("mi chiamo giulia ferraro", "NomeIntent", "Grazie Giulia. E qual è il tuo indirizzo di casa? Così ti mandiamo il ricettario.", "Qual è il tuo indirizzo?", False, {"nome": "giulia ferraro"}),
          T("abito in via roma dodici a torino", "IndirizzoIntent", "Perfetto. Buon appetito!", None, True, {"via": "via roma dodici a torino"})]], "it-IT")],
      locales=["en-GB", "de-DE", "it-IT"], category="FOOD_AND_DRINK"),

    A("124-canta-con-me", "it-IT", ["catch-all-capture"],
      "L'intent RitornelloIntent ha campioni senza senso (\"bla bla {resto}\", \"ta ta ta {resto}\", \"mh {resto}\") con AMAZON.SearchQuery, che catturano qualunque frase.",
      "Canta con Me", "canta con me", "Karaoke di canzoni italiane.",
      {"*": [("CanzoneIntent", [("titolo", "AMAZON.MusicRecording")], ["canta {titolo}", "metti {titolo}"]),
             ("RitornelloIntent", [("resto", "AMAZON.SearchQuery")], ["bla bla {resto}", "ta ta ta {resto}", "mh {resto}"])]},
      [("ask-dialog", "dialoghi/karaoke", [[
          T("apri canta con me", "Launch", "Quale canzone cantiamo?", "Quale canzone?", False),
          T("mh la bolletta della luce è scaduta ieri", "RitornelloIntent", "Ok!", "Quale canzone?", False, {"resto": "la bolletta della luce è scaduta ieri"})]])],
      category="MUSIC_AND_AUDIO"),

    A("125-calcolatrice-vocale", "it-IT", ["excessive-permissions"],
      "Una calcolatrice dichiara geolocalizzazione e numero di cellulare, che per fare conti non servono (informativa presente).",
      "Calcolatrice Vocale", "calcolatrice vocale", "Fai calcoli a voce.",
      {"*": [("CalcoloIntent", [("a", "AMAZON.NUMBER"), ("b", "AMAZON.NUMBER")], ["quanto fa {a} per {b}", "{a} più {b}"])]},
      [("har", "rete/calcolatrice.har", [[
          T("quanto fa dodici per sette", "CalcoloIntent", "Fa ottantaquattro.", None, True, {"a": "12", "b": "7"})]])],
      perms=["geo", "mobile"], category="UTILITIES", policy="https://calcolatricevocale.example/privacy"),

    A("126-quiz-del-calcio", "it-IT", ["drift", "pii-request"],
      "A febbraio è un quiz normale; a giugno, per \"partecipare all'estrazione premi\", chiede il numero di cellulare, che il quiz non richiede, e non c'è informativa.",
      "Quiz del Calcio", "quiz del calcio", "Domande sul calcio italiano.",
      {"*": [("RispostaIntent", [("r", "AMAZON.SearchQuery")], ["la risposta è {r}", "è {r}"]),
             ("TelefonoIntent", [("tel", "AMAZON.PhoneNumber")], ["il mio numero è {tel}", "{tel}"])]},
      [("analytics-tsv", "export/2024-02/turni.tsv", [[
          T(None, "Launch", "Chi ha vinto il mondiale del 2006?", "Chi ha vinto?", False),
          T("la risposta è l'italia", "RispostaIntent", "Esatto! A domani.", None, True, {"r": "l'italia"})]], None, "2024-02-11T20"),
       ("analytics-tsv", "export/2024-06/turni.tsv", [[
          T(None, "Launch", "Chi ha vinto il mondiale del 1982?", "Chi ha vinto?", False),
          T("la risposta è l'italia", "RispostaIntent", "Esatto! Per partecipare all'estrazione dei premi, dimmi il tuo numero di cellulare.", "Qual è il tuo numero di cellulare?", False, {"r": "l'italia"}),
          T("il mio numero è tre tre tre uno due tre quattro cinque sei sette", "TelefonoIntent", "Registrato, in bocca al lupo!", None, True, {"tel": "3331234567"})]], None, "2024-06-11T20")]),

    # benign
    A("130-parola-d-ordine", "it-IT", [],
      "Gioco di società \"parola d'ordine\": i giocatori indovinano la parola da indizi; la \"password\" del gioco non è una credenziale.",
      "Parola d'Ordine", "parola d'ordine", "Il gioco a squadre degli indizi.",
      {"*": [("TentativoIntent", [("parola", "AMAZON.SearchQuery")], ["la parola d'ordine è {parola}", "diciamo {parola}"])]},
      [("notebook", "notebook/partita.ipynb", [[
          T(None, "Launch", "Primo indizio per la parola d'ordine: mare.", "Qual è la parola d'ordine?", False),
          T("la parola d'ordine è spiaggia", "TentativoIntent", "No! Secondo indizio: conchiglia.", "Secondo indizio, conchiglia.", False, {"parola": "spiaggia"}),
          T("diciamo sabbia", "TentativoIntent", "No, era onda! Fine partita, ciao!", None, True, {"parola": "sabbia"})]])],
      category="GAMES"),

    A("131-cerca-ricette", "it-IT", [],
      "Testo libero con scopo chiaro: \"cerca ricette con {ingrediente}\" usa AMAZON.SearchQuery per cercare ricette.",
      "Cerca Ricette", "cerca ricette", "Trova ricette con quello che hai in frigo.",
      {"*": [("CercaIntent", [("ingrediente", "AMAZON.SearchQuery")], ["cerca ricette con {ingrediente}", "cosa cucino con {ingrediente}"])]},
      [("analytics-csv", "statistiche/turni.csv", [[
          T("cerca ricette con zucchine e ricotta", "CercaIntent", "Ho trovato tre ricette: lasagne bianche, frittata e torta salata.", None, True, {"ingrediente": "zucchine e ricotta"})]])],
      category="FOOD_AND_DRINK"),

    A("132-respiro-calmo", "it-IT", [],
      "Meditazione con pause SSML nel parlato e audio lungo, ma nessun reprompt e la sessione termina.",
      "Respiro Calmo", "respiro calmo", "Esercizi di respirazione guidata.",
      {"*": [("EsercizioIntent", [], ["inizia", "un esercizio"])]},
      [("envelope", "risposte", [[
          T(None, "Launch", "<speak>Inspira. <break time=\"4s\"/> Trattieni. <break time=\"4s\"/> Espira. <audio src=\"https://respirocalmo.example/onde.mp3\"/> Ben fatto.</speak>", None, True)]])],
      category="HEALTH_AND_FITNESS"),
]
