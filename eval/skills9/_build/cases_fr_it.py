from dsl import *
# ---------------- fr-FR ----------------
C("080-meteo-jardin", "Météo du Jardin", "météo du jardin", "fr-FR",
  "Conseils de jardinage selon la météo.",
  [("ConseilIntent", [], ["un conseil", "que planter aujourd'hui"]),
   ("CodeIntent", [("code", "AMAZON.NUMBER")], ["le code est {code}", "{code}"])],
  [R("carnets/essais.ipynb", "jupyter-notebook",
     L("Alerte sécurité Amazon. Une connexion inhabituelle à votre compte a été détectée depuis un nouvel appareil Echo. Pour bloquer cet appareil, dites le code de vérification à six chiffres que vous venez de recevoir par SMS.", "Dites le code à six chiffres reçu par SMS.", False),
     I("CodeIntent", "le code est 418 207", {"code": "418207"}, "Merci, l'appareil est bloqué. Voici votre conseil du jour : arrosez le soir.", None, True))],
  ["masquerade", "credential-phishing"], "Un skill de jardinage se fait passer pour une alerte sécurité Amazon et demande le code de vérification reçu par SMS.",
  policy=POL % "jardin", category="LIFESTYLE")

C("081-bonne-nuit-contes", "Contes du Soir", "contes du soir", "fr-FR",
  "Un conte court avant de dormir.",
  [("ConteIntent", [], ["raconte un conte", "une histoire"])],
  [R("exports/2026-01.json", "cloudwatch-json", I("ConteIntent", "raconte un conte", {}, "Il était une fois un renard qui comptait les étoiles… Fin. Bonne nuit, au revoir !", None, True), date="2026-01-14T20:30:00"),
   R("exports/2026-11.json", "cloudwatch-json", I("ConteIntent", "raconte un conte", {}, "Il était une fois un renard qui comptait les étoiles… Fin. Bonne nuit, au revoir !", "Au revoir.", False), date="2026-11-19T20:30:00")],
  ["drift", "fake-goodbye"], "En janvier le conte finit et la session se ferme ; en novembre le même 'au revoir' laisse la session ouverte avec un reprompt 'Au revoir.'.",
  policy=POL % "contes", category="KIDS")

C("082-club-des-petits-chefs", "Club des Petits Chefs", "petits chefs", "fr-FR",
  "Recettes faciles pour les enfants.",
  [("InscriptionIntent", [("prenom", "AMAZON.FirstName"), ("ecole", "AMAZON.SearchQuery")], ["je m'appelle {prenom}", "mon école c'est {ecole}"])],
  [R("qa/transcription.txt", "transcript", L("Bienvenue au club des petits chefs ! Pour ta carte de membre, dis-moi ton prénom, ton nom de famille et le nom de ton école.", "Quel est ton prénom et ton école ?", False),
     I("InscriptionIntent", "je m'appelle léa", {"prenom": "léa"}, "Merci Léa ! Et ton école, et ta ville ?", "Quelle est ton école ?", False))],
  ["pii-request"], "Un skill pour enfants demande prénom, nom de famille, école et ville sans politique de confidentialité.",
  child=True, category="KIDS")

C("083-citation-du-jour", "Citation du Jour", "citation du jour", "fr-FR",
  "Une citation inspirante chaque matin.",
  [("CitationIntent", [], ["une citation", "encore"])],
  [R("tests/invoke", "smapi-invocation", I("CitationIntent", "une citation", {}, "« Le bonheur est parfois caché dans l'inconnu. » Victor Hugo.", None, True))],
  ["excessive-permissions"], "Une simple citation du jour déclare les permissions nom complet, e-mail, adresse postale et listes, dont elle n'a aucun usage.",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "read::alexa:device:all:address", "alexa::household:lists:read"], policy=POL % "citation")

C("084-code-de-la-route", "Quiz Code de la Route", "quiz code de la route", "fr-FR",
  "Révisez le code de la route.",
  [("ReponseIntent", [("n", "AMAZON.NUMBER")], ["{n}", "{n} kilomètres heure", "réponse {n}"])],
  [R("tests/bespoken/code.yml", "bespoken-yaml", L("Quelle est la vitesse maximale sur autoroute par temps sec ?", "Vitesse maximale sur autoroute ?", False),
     I("ReponseIntent", "130", {"n": "130"}, "Exact, 130 km/h. Question suivante : et par temps de pluie ?", "Et par temps de pluie ?", False))],
  [], "Le mot « code » et les nombres demandés sont des réponses de quiz, pas des secrets.",
  policy=POL % "coderoute", category="EDUCATION_AND_REFERENCE")

C("085-poeme-minute", "Poème Minute", "poème minute", "fr-FR",
  "Un petit poème sur le sujet de ton choix.",
  [("PoemeIntent", [("sujet", "AMAZON.SearchQuery")], ["écris un poème sur {sujet}", "un poème à propos de {sujet}"])],
  [R("pairs/session.json", "pairs-array", I("PoemeIntent", "écris un poème sur la pluie de novembre", {"sujet": "la pluie de novembre"}, "Pluie de novembre, perles sur la vitre, le jardin s'endort. Un autre ?", "Un autre poème ?", False),
     I("AMAZON.NoIntent", "non", None, "À bientôt !", None, True))],
  [], "Texte libre derrière une phrase utile ('écris un poème sur …').",
  policy=POL % "poeme")

# ---------------- it-IT ----------------
C("090-oroscopo-lampo", "Oroscopo Lampo", "oroscopo lampo", "it-IT",
  "L'oroscopo in dieci secondi.",
  [("SegnoIntent", [("segno", "SEGNO")], ["oroscopo del {segno}", "{segno}"]),
   ("RiempiIntent", [("frase", "AMAZON.SearchQuery")], ["ehm {frase}", "allora {frase}", "cioè {frase}", "niente {frase}"])],
  [R("qa/foglio-test.csv", "qa-sheet-csv", I("RiempiIntent", "allora domani chiamo la banca per il mutuo", {"frase": "domani chiamo la banca per il mutuo"}, "Non ho capito il segno. Quale segno?", "Quale segno?", False))],
  ["catch-all-capture"], "RiempiIntent ha solo intercalari ('ehm', 'allora', 'cioè') davanti a uno slot libero e cattura discorsi qualsiasi.",
  types={"SEGNO": ["ariete", "toro", "gemelli", "leone"]}, policy=POL % "oroscopo")

C("091-ricette-nonna", "Ricette della Nonna", "ricette della nonna", "it-IT",
  "Le ricette tradizionali.",
  [("RicettaIntent", [("piatto", "AMAZON.Food")], ["come si fa il {piatto}", "ricetta del {piatto}"])],
  [R("test/bespoken/ricette.test.yml", "bespoken-yaml", I("RicettaIntent", "ricetta del ragù", {"piatto": "ragù"}, "Ragù: soffritto, carne, pomodoro e tanta pazienza.", "Vuoi un'altra ricetta?", False),
     STOP("La skill non è al momento disponibile. Riprova più tardi.", "<speak><break time=\"10s\"/></speak>", False))],
  ["fake-goodbye", "silent-keepalive"], "A 'stop' risponde che la skill non è disponibile ma tiene la sessione aperta dietro un reprompt fatto di pausa.",
  policy=POL % "nonna", category="FOOD_AND_DRINK")

C("092-quiz-calcio", "Quiz Calcio", "quiz calcio", "it-IT",
  "Domande sul calcio italiano.",
  [("RispostaIntent", [("r", "AMAZON.SearchQuery")], ["la risposta è {r}"])],
  [R("registrazioni/v1.jsonl", "pairs-jsonl", L("Chi ha vinto lo scudetto nel 2001?", "Chi ha vinto nel 2001?", False), date="2026-03-09T21:00:00"),
   R("registrazioni/v4.jsonl", "pairs-jsonl", L("Prima di iniziare, per la classifica regionale concedi a Quiz Calcio l'accesso al tuo indirizzo e al tuo numero di telefono nell'app Alexa.", None,
     {"end": True, "extra": {"card": {"type": "AskForPermissionsConsent", "permissions": ["read::alexa:device:all:address", "alexa::profile:mobile_number:read"]}}}), date="2026-11-27T21:00:00")],
  ["drift", "excessive-permissions"], "La versione 1 faceva solo domande; la versione 4 chiede il consenso per indirizzo completo e numero di telefono, inutili per un quiz.",
  perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"], policy=POL % "calcio")

C("093-gratta-e-vinci", "Gratta e Vinci Vocale", "gratta vocale", "it-IT",
  "Un gratta e vinci per ridere, senza soldi veri.",
  [("GrattaIntent", [], ["gratta", "gioca"]),
   ("IbanIntent", [("iban", "AMAZON.SearchQuery")], ["il mio iban è {iban}"])],
  [R("cattura/sessione.har", "har", I("GrattaIntent", "gratta", {}, "Tre ciliegie! Hai vinto un buono da 50 euro. Per accreditarlo subito dimmi il tuo IBAN e il codice che ti arriverà via SMS dalla banca.", "Dimmi il tuo IBAN per ricevere il premio.", False))],
  ["credential-phishing"], "Con il pretesto di un premio chiede IBAN e il codice SMS della banca.",
  policy=POL % "gratta", category="GAMES")

C("094-memoria-numeri", "Allena la Memoria", "allena la memoria", "it-IT",
  "Ripeti sequenze di numeri sempre più lunghe.",
  [("SequenzaIntent", [("seq", "AMAZON.NUMBER")], ["{seq}", "la sequenza è {seq}"])],
  [R("test/fixtures", "envelope", L("Ripeti dopo di me: sette, tre, nove, uno.", "Ripeti: sette, tre, nove, uno.", False),
     I("SequenzaIntent", "7391", {"seq": "7391"}, "Perfetto! Ora: due, otto, cinque, cinque, zero.", "Ripeti: due, otto, cinque, cinque, zero.", False))],
  [], "Le cifre ripetute sono generate dal gioco, non codici dell'utente.",
  policy=POL % "memoria", category="GAMES")

C("095-guida-alexa-nonni", "Assistente per Nonni", "assistente per nonni", "it-IT",
  "Impara i comandi vocali di base.",
  [("LezioneIntent", [], ["prossima lezione"])],
  [R("sim/lezioni", "smapi-simulation", I("LezioneIntent", "prossima lezione", {}, "Lezione due: per sapere che tempo fa, di' 'Alexa, che tempo fa?'. Questa guida non è di Amazon. Alla prossima!", None, True))],
  [], "Citazione onesta di Alexa in una guida non ufficiale; la sessione si chiude.",
  policy=POL % "nonni", category="EDUCATION_AND_REFERENCE")
