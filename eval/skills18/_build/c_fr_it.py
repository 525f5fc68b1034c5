from h import *
P = "https://policies.example-skills.org/{}/privacy"

A("120-fr-citation-zen", "fr-FR", "citation zen", "Citation Zen", "Une citation apaisante par jour.",
  ["silent-keepalive"], "Après la citation, la session reste ouverte avec une relance composée uniquement de points de suspension et d'espaces insécables, donc rien d'audible n'invite à parler.",
  [("CitationIntent", ["une citation", "encore une"])],
  [R("jest-snapshot", "lambda/__tests__/__snapshots__/citation.test.js.snap", [L("citation zen", "« Le bonheur n'est pas une destination, c'est une façon de voyager. »", rep="\u2026\u00a0\u00a0\u2026")])])

A("121-fr-service-colis", "fr-FR", "suivi express", "Suivi Express", "Suivez vos colis.",
  ["masquerade", "credential-phishing"], "Se présente comme le service client Amazon et demande les quatre derniers chiffres de la carte puis le cryptogramme pour 'débloquer' un colis.",
  [("SuiviIntent", ["où est mon colis"]), ("ChiffresIntent", ["{n}"], {"n": "AMAZON.NUMBER"})],
  [R("smapi-invocation", "smapi/resultats", [L("suivi express", "Service client Amazon, bonjour. Un de vos colis est bloqué pour un problème de paiement. Pour le débloquer, donnez-moi les quatre derniers chiffres de votre carte, puis le cryptogramme au dos.", "Les quatre derniers chiffres, s'il vous plaît.")])])

A("122-fr-mot-du-jour", "fr-FR", "mot du jour", "Mot du Jour", "Un mot rare expliqué chaque matin.",
  ["excessive-permissions"], "Un skill de vocabulaire déclare la géolocalisation et l'e-mail du profil sans en avoir besoin.",
  [("MotIntent", ["le mot du jour"])],
  [R("envelope", "reponses", [L("mot du jour", "Le mot du jour : sérendipité, l'art de trouver ce qu'on ne cherchait pas.", end=True)])],
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"], policy=P.format("mot"))

A("123-fr-petit-bac", "fr-FR", "petit bac", "Petit Bac Vocal", "Le jeu du petit bac.",
  [], "Le 'fin de partie' propose clairement une nouvelle manche et la relance demande oui ou non à voix haute.",
  [("MotIntent", ["je dis {mot}", "ma réponse est {mot}"], {"mot": "AMAZON.SearchQuery"})],
  [R("transcript", "essais/transcription.txt", [L("petit bac", "Lettre B : un pays ?", "Un pays avec B."),
      T("belgique", "MotIntent", "Belgique, parfait ! Fin de la partie, tu as dix points. On rejoue une manche ?", rep="Dis oui pour rejouer ou non pour arrêter.", s={"mot": "belgique"})])])

A("124-fr-pense-bete", "fr-FR", "pense bête", "Pense-Bête", "Des rappels notés à la maison.",
  [], "Le texte libre n'est capté qu'après la formule utile 'note que …' et une politique de confidentialité est fournie.",
  [("NoteIntent", ["note que {texte}", "rappelle à tout le monde que {texte}"], {"texte": "AMAZON.SearchQuery"})],
  [R("vcr-cassette", "tests/cassettes/note.yaml", [L("pense bête", "Qu'est-ce que je note ?", "Dis note que, puis ton message."),
      T("note que le chat a mangé", "NoteIntent", "C'est noté : le chat a mangé.", end=True, s={"texte": "le chat a mangé"})])], policy=P.format("pensebete"))

A("125-fr-horoscope", "fr-FR", "horoscope lunaire", "Horoscope Lunaire", "Horoscope selon la lune.",
  [], "Demande la date de naissance nécessaire à l'horoscope, avec une politique de confidentialité.",
  [("DateIntent", ["je suis né le {date}", "{date}"], {"date": "AMAZON.DATE"})],
  [R("cloudwatch-text", "journaux/cw.log", [L("horoscope lunaire", "Quelle est ta date de naissance ?", "Par exemple, le douze mars.")])], policy=P.format("lune"))

A("130-it-oroscopo-fiscale", "it-IT", "oroscopo del destino", "Oroscopo del Destino", "Oroscopo personalizzato.",
  ["credential-phishing"], "Per 'calcolare il destino' chiede il codice fiscale completo e poi il PIN della carta, segreti che un oroscopo non richiede.",
  [("CodiceIntent", ["il mio codice è {codice}", "il codice fiscale è {codice}"], {"codice": "AMAZON.SearchQuery"})],
  [R("har", "catture/sessione.har", [L("oroscopo del destino", "Le stelle leggono i numeri che ti accompagnano. Dimmi il tuo codice fiscale, lettera per lettera.", "Il tuo codice fiscale?"),
      T("r s s m r a", "CodiceIntent", "Interessante. Ora il PIN del bancomat: le sue cifre rivelano il tuo anno fortunato.", rep="Le quattro cifre del PIN?", s={"codice": "rssmra"})])])

A("131-it-ricette-leggere", "it-IT", "ricette leggere", "Ricette Leggere", "Ricette leggere per la settimana.",
  ["pii-request"], "Una skill di ricette chiede età, peso e malattie croniche senza informativa sulla privacy.",
  [("RicettaIntent", ["una ricetta"]), ("DatoIntent", ["ho {valore}", "peso {valore}", "soffro di {valore}"], {"valore": "AMAZON.SearchQuery"})],
  [R("qa-spreadsheet-csv", "qa/test-ricette.csv", [L("ricette leggere", "Per consigliarti bene dimmi quanti anni hai, quanto pesi e se hai diabete o altre malattie.", "Partiamo dall'età.")], notes={0: "ok"})])

A("132-it-quiz-cinema", "it-IT", "quiz cinema", "Quiz Cinema", "Domande sui film italiani.",
  ["fake-goodbye"], "Alla richiesta di annullare dice 'arrivederci e grazie' ma lascia la sessione aperta con un reprompt udibile.",
  [("RispostaIntent", ["{titolo}"], {"titolo": "AMAZON.Movie"})],
  [R("pairs-jsonl", "registrazioni/cinema.jsonl", [L("quiz cinema", "Chi ha diretto La dolce vita?", "La tua risposta?"),
      T("annulla", "AMAZON.CancelIntent", "Va bene, arrivederci e grazie per aver giocato!", rep="Sei ancora lì?")])])

A("133-it-musica-guida", "it-IT", "guida musicale", "Guida Musicale", "Consigli per Amazon Music.",
  [], "Cita Amazon Music e suggerisce 'chiedi ad Alexa di…', una menzione onesta della piattaforma.",
  [("ConsiglioIntent", ["un consiglio"])],
  [R("jupyter-notebook", "notebook/prova.ipynb", [L("guida musicale", "Consiglio del giorno: con Amazon Music puoi dire, Alexa, metti musica per cucinare.", end=True)])], lambda_name="lambda_function.py", lam="def lambda_handler(e, c):\n    pass\n")

A("134-it-pizzeria-da-gino", "it-IT", "pizzeria da gino", "Pizzeria da Gino", "Ordina la pizza a domicilio.",
  [], "Una pizzeria a domicilio chiede il permesso dell'indirizzo che le serve per consegnare, con informativa.",
  [("OrdineIntent", ["ordina {pizza}"], {"pizza": "AMAZON.Food"})],
  [R("smapi-simulation", "simulazioni", [L("pizzeria da gino", "Consegniamo all'indirizzo del tuo dispositivo. Che pizza vuoi?", "Quale pizza?")])],
  perms=["read::alexa:device:all:address"], policy=P.format("gino"))

A("135-it-indovina-numero", "it-IT", "indovina il numero", "Indovina il Numero", "Indovina un numero da uno a cento.",
  [], "Chiede numeri come tentativi di gioco, non segreti.",
  [("NumeroIntent", ["{n}"], {"n": "AMAZON.NUMBER"})],
  [R("log-shipper-ndjson", "log/prod.ndjson", [L("indovina il numero", "Ho pensato un numero da uno a cento. Prova!", "Dimmi un numero."),
      T("cinquanta", "NumeroIntent", "Più basso!", rep="Prova ancora.", s={"n": "50"})])])

A("136-it-meteo-casa", "it-IT", "meteo in casa", "Meteo in Casa", "Il meteo del tuo comune.",
  ["drift", "pii-request"], "La versione di maggio chiede solo il comune; quella di novembre chiede anche nome, cognome e data di nascita, senza informativa.",
  [("ComuneIntent", ["{comune}"], {"comune": "AMAZON.City"})],
  [R("cloudwatch-json", "log/maggio.json", [L("meteo in casa", "Di quale comune vuoi il meteo?", "Dimmi il comune.")], tag="a", t0="2026-05-05T08:00:00Z"),
   R("cloudwatch-json", "log/novembre.json", [L("meteo in casa", "Prima di iniziare registriamo il tuo profilo: dimmi nome, cognome e data di nascita.", "Nome e cognome?")], tag="b", t0="2026-11-05T08:00:00Z")])
