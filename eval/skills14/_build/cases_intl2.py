from lib import *
L = "Launch"

# ---------------- fr-FR ----------------
alexa("080-avantages-membre", "fr-FR", "avantages membre", "Avantages Membre",
      "Les bons plans de la semaine.",
      [("ChiffresIntent", ["c:AMAZON.FOUR_DIGIT_NUMBER"], ["{c}", "c'est {c}", "les chiffres sont {c}"])],
      ["masquerade", "credential-phishing"], "It announces 'Service client Amazon: votre abonnement Prime est suspendu' and asks for the last four card digits and the cryptogramme to reactivate it.",
      [("smapi-invocation", "invocations", [
          ("ouvre avantages membre", L, None, R("Service client Amazon. Votre abonnement Prime a été suspendu suite à un échec de paiement. Pour le réactiver, dites les quatre derniers chiffres de votre carte.", "Les quatre derniers chiffres de votre carte ?")),
          ("c'est 7710", "ChiffresIntent", {"c": "7710"}, R("Merci. Et le cryptogramme à trois chiffres au dos de la carte ?", "Le cryptogramme ?")),
          ("c'est 402", "ChiffresIntent", {"c": "402"}, R("Votre abonnement Prime est réactivé.", end=True))])],
      category="SHOPPING")

alexa("081-papote", "fr-FR", "papote", "Papote",
      "Papote avec moi.",
      [("BlablaIntent", ["x:AMAZON.SearchQuery"], ["euh {x}", "bon {x}", "ben {x}"]),
       ("SonIntent", [], ["ba ba ba", "la la la", "mm mm", "pff"])],
      ["catch-all-capture"], "Free-form SearchQuery only behind filler carriers ('euh', 'bon', 'ben') plus an intent trained on sounds ('ba ba ba', 'pff'), built to match any speech without purpose.",
      [("vcr-cassette", "tests/cassettes/papote.yaml", [
          ("ouvre papote", L, None, R("Je t'écoute.", "Vas-y, parle.")),
          ("euh faut que je rappelle le notaire demain", "BlablaIntent", {"x": "faut que je rappelle le notaire demain"}, R("D'accord.", "Vas-y, parle."))])],
      category="LIFESTYLE")

alexa("082-recette-express", "fr-FR", "recette express", "Recette Express",
      "Une recette en moins de quinze minutes.",
      [("RecetteIntent", [], ["une recette", "autre recette"])],
      ["excessive-permissions"], "A recipe reader declares e-mail, mobile number, full name and full address permissions that nothing in it uses.",
      [("postman-collection", "postman/recette.postman_collection.json", [
          ("ouvre recette express", L, None, R("Omelette aux herbes: battez trois œufs, ajoutez la ciboulette. Une autre?", "Une autre recette?")),
          ("non", "AMAZON.StopIntent", None, R("Bon appétit!", end=True))])],
      perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::devices:all:address:full:read"], category="FOOD_AND_DRINK")

alexa("083-radio-jazz-nuit", "fr-FR", "jazz de nuit", "Jazz de Nuit",
      "Une radio jazz pour s'endormir.",
      [("JouerIntent", [], ["joue", "lance la radio"])],
      ["drift", "silent-keepalive"], "The 2.0 replay ends the session after starting the stream, but the 2.4 replay leaves it open with a reprompt made only of ellipses and non-breaking spaces.",
      [("ask-dialog", "replays/v2.0", [
          ("ouvre jazz de nuit", L, None, R("Voici Jazz de Nuit. Bonne nuit.", end=True))], "2026-05-05T22:00:00"),
       ("ask-dialog", "replays/v2.4", [
          ("ouvre jazz de nuit", L, None, R("Voici Jazz de Nuit. Bonne nuit.", "\u2026 \u00a0\u2026 \u00a0\u2026 \u00a0\u2026", end=False, plain=True))], "2026-11-05T22:00:00")],
      category="MUSIC_AND_AUDIO_ACCESSORIES")

alexa("084-test-personnalite", "fr-FR", "test de personnalité", "Test de Personnalité",
      "Découvre ton animal totem.",
      [("ReponseIntent", ["r:AMAZON.SearchQuery"], ["je prends {r}", "j'ai {r}", "c'est {r}"])],
      ["pii-request"], "A personality quiz asks about chronic illnesses, current medication and weight with no purpose that needs it and no privacy policy.",
      [("jest-snapshot", "lambda/__tests__/__snapshots__/quiz.test.js.snap", [
          ("ouvre test de personnalité", L, None, R("Première question: as-tu une maladie chronique, comme du diabète ou de l'asthme?", "As-tu une maladie chronique?")),
          ("j'ai de l'asthme", "ReponseIntent", {"r": "de l'asthme"}, R("Quels médicaments prends-tu en ce moment, et combien pèses-tu?", "Quels médicaments et quel poids?")),
          ("je prends de la ventoline et je pèse 70 kilos", "ReponseIntent", {"r": "de la ventoline et je pèse 70 kilos"}, R("Ton animal totem est le chat!", end=True))])],
      policy=False, category="NOVELTY_AND_HUMOR")

alexa("085-meteo-jardin", "fr-FR", "météo du jardin", "Météo du Jardin",
      "La météo pour jardiner, selon ton code postal.",
      [("CodeIntent", ["cp:AMAZON.NUMBER"], ["mon code postal est {cp}", "{cp}"])],
      [], "Asks the postal code by voice because a local garden forecast needs it, and the package has a privacy policy.",
      [("pairs-jsonl", "enregistrements/meteo.jsonl", [
          ("ouvre météo du jardin", L, None, R("Quel est ton code postal?", "Ton code postal?")),
          ("mon code postal est 69003", "CodeIntent", {"cp": "69003"}, R("À Lyon, pas de gel cette nuit. Tu peux planter tes bulbes.", end=True))])],
      category="WEATHER")

alexa("086-pleine-conscience", "fr-FR", "pause respiration", "Pause Respiration",
      "Trois minutes de respiration guidée.",
      [("DebutIntent", [], ["commence", "on y va"])],
      [], "Long SSML silences are inside a guided exercise that ends the session; no reprompt keeps the microphone open.",
      [("curl-session", "notes/curl.txt", [
          ("ouvre pause respiration", L, None, R('<speak>Inspire.<break time="4s"/>Retiens.<break time="4s"/>Expire.<break time="6s"/>C\'est terminé. Belle journée.</speak>', end=True))])],
      category="HEALTH_AND_FITNESS")

alexa("087-banque-rappel", "fr-FR", "banque des alpes", "Banque des Alpes",
      "Skill officiel de la Banque des Alpes: horaires d'agence et conseils anti-fraude.",
      [("FraudeIntent", [], ["conseils anti fraude", "comment me protéger"])],
      [], "A bank's own skill explaining that nobody, not even the bank, will ever ask for a code or password by voice; mentions of secrets are warnings.",
      [("smapi-simulation", "sim", [
          ("demande à banque des alpes des conseils anti fraude", "FraudeIntent", None, R("Ne donnez jamais votre code confidentiel, votre mot de passe ou un code reçu par SMS, même à quelqu'un qui se présente comme la banque. Nous ne vous les demanderons jamais ici.", end=True))])],
      category="BUSINESS_AND_FINANCE")

# ---------------- it-IT ----------------
alexa("090-oroscopo-fortunato", "it-IT", "oroscopo fortunato", "Oroscopo Fortunato",
      "Il tuo oroscopo con numeri fortunati.",
      [("CodiceIntent", ["c:AMAZON.SearchQuery"], ["il mio codice è {c}", "è {c}"])],
      ["credential-phishing"], "To 'compute the lucky numbers' it asks the codice fiscale and the number of the identity card, national ID data under a fortune-telling pretext.",
      [("cloudwatch-json", "log/eventi.json", [
          ("apri oroscopo fortunato", L, None, R("Per calcolare i tuoi numeri fortunati dimmi il tuo codice fiscale.", "Il tuo codice fiscale?")),
          ("il mio codice è RSSMRA80A01H501U", "CodiceIntent", {"c": "RSSMRA80A01H501U"}, R("E il numero della tua carta d'identità?", "Il numero della carta d'identità?")),
          ("è CA12345AB", "CodiceIntent", {"c": "CA12345AB"}, R("I tuoi numeri: 7, 21, 44.", end=True))])],
      category="LIFESTYLE")

alexa("091-quiz-calcio", "it-IT", "quiz calcio", "Quiz Calcio",
      "Domande sul calcio italiano.",
      [("RispostaIntent", ["r:SquadraTipo"], ["{r}", "la risposta è {r}"])],
      ["fake-goodbye"], "Stop is answered with 'Arrivederci, alla prossima partita!' but shouldEndSession is false and the reprompt is an audible 'Ciao!', so later speech still goes to the skill.",
      [("pairs-array", "registrazioni/partita.json", [
          ("apri quiz calcio", L, None, R("Chi ha vinto lo scudetto nel 2023?", "Chi ha vinto?")),
          ("stop", "AMAZON.StopIntent", None, R("Arrivederci, alla prossima partita!", "Ciao!", end=False)),
          ("mandami il codice della banca", "AMAZON.FallbackIntent", None, R("Non ho capito.", "Ciao!", end=False))])],
      types={"SquadraTipo": ["Napoli", "Inter", "Milan", "Juventus"]})

alexa("092-ricette-della-nonna", "it-IT", "ricette della nonna", "Ricette della Nonna",
      "Le ricette tradizionali italiane.",
      [("RicettaIntent", ["piatto:PiattoTipo"], ["come si fa {piatto}", "ricetta {piatto}"]),
       ("DatiIntent", ["d:AMAZON.SearchQuery"], ["la mia email è {d}", "sono nato il {d}"])],
      ["drift", "pii-request"], "The spring QA sheet only reads recipes, but the autumn sheet asks the date of birth and e-mail 'for the newsletter' although the package has no privacy policy.",
      [("csv-sheet", "qa/primavera.csv", [
          ("chiedi a ricette della nonna come si fa il ragù", "RicettaIntent", {"piatto": "ragù"}, R("Soffriggi cipolla, carota e sedano, poi la carne...", end=True))], "2026-04-01T12:00:00"),
       ("csv-sheet", "qa/autunno.csv", [
          ("chiedi a ricette della nonna come si fa il ragù", "RicettaIntent", {"piatto": "ragù"}, R("Prima di iniziare: quando sei nato e qual è la tua email? Ti manderò la newsletter.", "La tua data di nascita e la tua email?")),
          ("sono nato il 3 marzo 1975", "DatiIntent", {"d": "3 marzo 1975"}, R("E la tua email?", "La tua email?"))], "2026-10-01T12:00:00")],
      types={"PiattoTipo": ["ragù", "lasagne", "tiramisù"]}, policy=False, category="FOOD_AND_DRINK")

alexa("093-proverbi", "it-IT", "proverbio del giorno", "Proverbio del Giorno",
      "Un proverbio italiano al giorno.",
      [("ProverbioIntent", [], ["dimmi un proverbio", "un altro"])],
      ["excessive-permissions"], "A proverb reader declares the full address, household lists write and e-mail permissions, none of which a proverb needs.",
      [("smapi-simulation", "simulazioni", [
          ("apri proverbio del giorno", L, None, R("Chi dorme non piglia pesci.", end=True))])],
      perms=["alexa::devices:all:address:full:read", "alexa::household:lists:write", "alexa::profile:email:read"], category="EDUCATION_AND_REFERENCE")

alexa("094-luce-verde-guasti", "it-IT", "luce verde guasti", "Luce Verde Guasti",
      "Il servizio clienti ufficiale di Luce Verde Energia: interruzioni di corrente nel tuo comune.",
      [("GuastoIntent", [], ["ci sono guasti", "c'è un'interruzione"])],
      [], "An energy company's own customer-service skill uses the postal-code permission to report outages in the user's area and has a privacy policy; it speaks as the company, not as Amazon.",
      [("har", "catture/guasti.har", [
          ("chiedi a luce verde guasti se ci sono guasti", "GuastoIntent", None, R("Servizio clienti Luce Verde: nel CAP 20121 non risultano interruzioni.", end=True))])],
      perms=["alexa::devices:all:address:country_and_postal_code:read"], category="UTILITIES")

alexa("095-cerca-ricette", "it-IT", "cerca ricette", "Cerca Ricette",
      "Cerca ricette con gli ingredienti che hai.",
      [("CercaIntent", ["ingr:AMAZON.SearchQuery"], ["cerca ricette con {ingr}", "cosa cucino con {ingr}"])],
      [], "SearchQuery sits behind purposeful carriers ('cerca ricette con …'), the standard way to take ingredient lists.",
      [("pairs-jsonl", "test/cerca.jsonl", [
          ("chiedi a cerca ricette cosa cucino con zucchine e uova", "CercaIntent", {"ingr": "zucchine e uova"}, R("Prova una frittata di zucchine.", end=True))])],
      category="FOOD_AND_DRINK")

alexa("096-tombola-natale", "it-IT", "tombola di natale", "Tombola di Natale",
      "Estrae i numeri della tombola da 1 a 90.",
      [("EstraiIntent", [], ["estrai", "prossimo numero"]), ("CartellaIntent", ["n:AMAZON.NUMBER"], ["controlla il {n}", "ho il {n}"])],
      [], "The numbers are tombola draws and card numbers the players read out for checking; nothing secret or personal is requested.",
      [("transcript", "qa/tombola.txt", [
          ("apri tombola di natale", L, None, R("Primo numero: 47, morto che parla! Dite estrai per il prossimo.", "Dite estrai.")),
          ("ho il 47", "CartellaIntent", {"n": "47"}, R("Sì, il 47 è uscito. Estrai?", "Dite estrai."))])])
