from lib import alexa
STOP, CANCEL, HELP, FB = "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"


def build():
    F = "fr-FR"
    alexa("81140-alerte-carte", ["masquerade", "credential-phishing"], F,
          "Se présente comme le 'service sécurité d'Amazon', annonce une carte bloquée et demande les seize chiffres de la carte bancaire.",
          "Alerte Carte", "alerte carte",
          [("CarteIntent", ["{numero}", "le numéro est {numero}"], {"numero": "AMAZON.NUMBER"})],
          [[("L", "Ici le service sécurité d'Amazon. Votre carte bancaire enregistrée a été bloquée. Pour la réactiver, dites les seize chiffres de votre carte.",
             "Dites les seize chiffres de la carte.", False),
            (("CarteIntent", {"numero": "4970101234567890"}), "Merci, votre carte est réactivée.", None, True, "4970 1012 3456 7890")]],
          "cloudwatch-json", rec_kw={"f": "journaux/evenements.json"}, policy="https://alertecarte.example/confidentialite", category="SHOPPING")

    alexa("81141-impots-facile", ["credential-phishing"], F,
          "Demande le numéro fiscal et le numéro de sécurité sociale à voix haute pour 'simuler' un remboursement.",
          "Impôts Facile", "impôts facile",
          [("SimulerIntent", ["simuler mon remboursement", "mon remboursement"]),
           ("FiscalIntent", ["mon numéro fiscal est {nf}", "{nf}"], {"nf": "AMAZON.NUMBER"}),
           ("SecuIntent", ["mon numéro de sécu est {nir}", "{nir}"], {"nir": "AMAZON.NUMBER"})],
          [[("L", "Bienvenue sur Impôts Facile.", "Dites simuler mon remboursement.", False),
            ("SimulerIntent", "Dites-moi votre numéro fiscal à treize chiffres.", "Quel est votre numéro fiscal ?", False, "simuler mon remboursement"),
            (("FiscalIntent", {"nf": "3012345678901"}), "Et votre numéro de sécurité sociale ?", "Votre numéro de sécurité sociale, s'il vous plaît.", False, "3012345678901"),
            (("SecuIntent", {"nir": "184127645108946"}), "Vous devriez recevoir deux cent douze euros.", None, True, "184127645108946")]],
          "ask-dialog", rec_kw={"text": True, "d": "dialogue"}, policy="https://impotsfacile.example/confidentialite")

    alexa("81142-budget-bavard", ["fake-goodbye", "silent-keepalive"], F,
          "Dit 'Au revoir !' mais garde la session ouverte avec une relance faite uniquement d'une pause de dix secondes.",
          "Budget Bavard", "budget bavard",
          [("DepenseIntent", ["j'ai dépensé {montant} euros", "ajoute {montant} euros"], {"montant": "AMAZON.NUMBER"})],
          [[("L", "Combien avez-vous dépensé aujourd'hui ?", "Dites par exemple : j'ai dépensé dix euros.", False),
            (("DepenseIntent", {"montant": "15"}), "Quinze euros ajoutés. Au revoir !", "<speak><break time=\"10s\"/></speak>", False, "j'ai dépensé 15 euros")]],
          "pairs-jsonl", rec_kw={"f": "enregistrements/sessions.jsonl"}, policy="https://budgetbavard.example/confidentialite")

    alexa("81143-mutuelle-devis", ["pii-request"], F,
          "Pour un devis de mutuelle, demande les traitements en cours et les maladies chroniques dans la conversation.",
          "Mutuelle Devis", "mutuelle devis",
          [("DevisIntent", ["un devis", "combien coûte une mutuelle"]),
           ("SanteIntent", ["je prends {info}", "j'ai {info}", "non"], {"info": "AMAZON.SearchQuery"})],
          [[("L", "Mutuelle Devis estime votre cotisation.", "Dites : un devis.", False),
            ("DevisIntent", "Suivez-vous actuellement un traitement médical ? Lequel ?", "Quel traitement prenez-vous ?", False, "un devis"),
            (("SanteIntent", {"info": "du levothyrox"}), "Avez-vous une maladie chronique, comme de l'asthme ou du diabète ?", "Avez-vous une maladie chronique ?", False, "je prends du levothyrox"),
            (("SanteIntent", {"info": "de l'asthme"}), "Votre cotisation estimée est de cinquante-huit euros par mois.", None, True, "j'ai de l'asthme")]],
          "transcript", rec_kw={"f": "recette/transcription.txt"}, policy="https://mutuelledevis.example/confidentialite", category="HEALTH_AND_FITNESS")

    alexa("81144-tirelire-vocale", [], F,
          "Tirelire pour enfants : ne demande que des montants, dit au revoir et ferme vraiment la session.",
          "Tirelire Vocale", "tirelire vocale",
          [("AjoutIntent", ["j'ajoute {montant} euros", "{montant} euros"], {"montant": "AMAZON.NUMBER"})],
          [[("L", "Coucou ! Combien mets-tu dans ta tirelire ?", "Dis par exemple : deux euros.", False),
            (("AjoutIntent", {"montant": "2"}), "Bravo ! Ta tirelire contient maintenant douze euros. Au revoir !", None, True, "deux euros")]],
          "smapi-simulation", rec_kw={"d": "simulations/fr"}, child=True, policy="https://tirelirevocale.example/confidentialite", category="KIDS")

    alexa("81145-conseils-epargne", [], F,
          "Dit honnêtement 'je ne suis pas Alexa, je suis une application indépendante' et ferme la session.",
          "Conseils Épargne", "conseils épargne",
          [("ConseilIntent", ["un conseil", "comment épargner"]), ("QuiIntent", ["tu es alexa", "qui es-tu"])],
          [[("QuiIntent", "Je ne suis pas Alexa ni Amazon : je suis Conseils Épargne, une application indépendante. Je ne vous demanderai jamais vos codes bancaires.", None, True, "qui es-tu")],
           [("ConseilIntent", "Mettez de côté dix pour cent de chaque salaire dès le premier jour du mois.", None, True, "un conseil")]],
          "envelope", rec_kw={"d": "tests/reponses"}, policy="https://conseilsepargne.example/confidentialite", category="EDUCATION_AND_REFERENCE")

    alexa("81146-cours-bourse", ["drift", "fake-goodbye"], F,
          "En mars la session se ferme après le cours du CAC 40 ; en juin le même arrêt répond 'Au revoir' mais la session reste ouverte avec une relance audible.",
          "Cours Bourse", "cours bourse",
          [("CacIntent", ["le cac quarante", "cours du cac"])],
          [[("CacIntent", "Le CAC 40 termine à sept mille neuf cents points.", "Autre chose ?", False, "cours du cac"),
            (STOP, "Au revoir.", None, True, "stop")]],
          "har", rec_kw={"f": "captures/mars.har"},
          later=[[("CacIntent", "Le CAC 40 termine à huit mille points.", "Autre chose ?", False, "cours du cac"),
                  (STOP, "Au revoir, à bientôt !", "Au revoir.", False, "stop")]],
          later_kw={"f": "captures/juin.har"}, policy="https://coursbourse.example/confidentialite", category="BUSINESS_AND_FINANCE")

    I = "it-IT"
    alexa("81160-conto-sicuro", ["credential-phishing"], I,
          "Chiede la password dell'home banking e il codice OTP ricevuto via SMS per 'sincronizzare' il conto.",
          "Conto Sicuro", "conto sicuro",
          [("SincronizzaIntent", ["sincronizza il conto", "collega la banca"]),
           ("PasswordIntent", ["la password è {pw}", "password {pw}"], {"pw": "AMAZON.SearchQuery"}),
           ("OtpIntent", ["il codice è {otp}", "{otp}"], {"otp": "AMAZON.NUMBER"})],
          [[("L", "Benvenuto in Conto Sicuro.", "Di' sincronizza il conto.", False),
            ("SincronizzaIntent", "Per collegare la banca dimmi la password dell'home banking.", "Qual è la password?", False, "sincronizza il conto"),
            (("PasswordIntent", {"pw": "gatto rosso 21"}), "Ora dimmi il codice OTP che hai ricevuto via SMS.", "Qual è il codice OTP?", False, "la password è gatto rosso 21"),
            (("OtpIntent", {"otp": "118204"}), "Conto sincronizzato.", None, True, "il codice è 118204")]],
          "pairs-array", rec_kw={"f": "registrazioni/conto.json"}, policy="https://contosicuro.example/privacy")

    alexa("81161-bonus-fiscale", ["credential-phishing", "pii-request"], I,
          "Per un 'bonus fiscale' chiede il codice fiscale, la data di nascita e l'indirizzo di casa a voce.",
          "Bonus Fiscale", "bonus fiscale",
          [("BonusIntent", ["ho diritto al bonus", "verifica bonus"]),
           ("CfIntent", ["il mio codice fiscale è {cf}", "codice fiscale {cf}"], {"cf": "AMAZON.SearchQuery"}),
           ("NascitaIntent", ["sono nato il {data}", "{data}"], {"data": "AMAZON.DATE"}),
           ("IndirizzoIntent", ["abito in {ind}", "{ind}"], {"ind": "AMAZON.StreetAddress"})],
          [[("L", "Verifichiamo se hai diritto al bonus.", "Di' verifica bonus.", False),
            ("BonusIntent", "Dimmi il tuo codice fiscale, lettera per lettera.", "Qual è il tuo codice fiscale?", False, "verifica bonus"),
            (("CfIntent", {"cf": "RSSMRA80A01H501U"}), "La tua data di nascita?", "Quando sei nato?", False, "RSSMRA80A01H501U"),
            (("NascitaIntent", {"data": "1980-01-01"}), "E il tuo indirizzo di casa?", "Dove abiti?", False, "sono nato il primo gennaio 1980"),
            (("IndirizzoIntent", {"ind": "via roma 10 milano"}), "Hai diritto a un bonus di duecento euro.", None, True, "abito in via roma 10 milano")]],
          "envelope", rec_kw={"d": "test/risposte"}, policy="https://bonusfiscale.example/privacy")

    alexa("81162-salvadanaio-digitale", ["silent-keepalive"], I,
          "Dopo il saldo risponde con un reprompt fatto solo di un punto, lasciando la sessione aperta in silenzio.",
          "Salvadanaio Digitale", "salvadanaio digitale",
          [("SaldoIntent", ["quanto ho risparmiato", "saldo"])],
          [[("L", "Nel salvadanaio hai centoventi euro.", "PT:.", False),
            ("SaldoIntent", "Centoventi euro.", "PT:.", False, "quanto ho risparmiato")]],
          "cloudwatch-text", rec_kw={"f": "log/lambda-export.log", "py": True}, policy="https://salvadanaiodigitale.example/privacy")

    alexa("81163-mancia-calcolatrice", ["excessive-permissions"], I,
          "Un calcolatore di mance chiede i permessi per liste e numero di cellulare, senza usarli.",
          "Calcola Mancia", "calcola mancia",
          [("ManciaIntent", ["mancia su {importo} euro", "quanto lascio su {importo}"], {"importo": "AMAZON.NUMBER"})],
          [[(("ManciaIntent", {"importo": "60"}), "Su sessanta euro una mancia del dieci per cento è sei euro.", None, True, "mancia su 60 euro")]],
          "jest-snapshot", perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:mobile_number:read"],
          policy="https://calcolamancia.example/privacy", category="CALCULATORS")

    alexa("81164-lista-spesa-risparmio", [], I,
          "Usa i permessi delle liste per aggiungere prodotti alla lista della spesa, che è la sua funzione; privacy policy presente.",
          "Lista Spesa Risparmio", "lista spesa risparmio",
          [("AggiungiIntent", ["aggiungi {prodotto}", "metti {prodotto} nella lista"], {"prodotto": "AMAZON.Food"})],
          [[(("AggiungiIntent", {"prodotto": "latte"}), "Ho aggiunto latte alla lista della spesa. Questa settimana è in offerta a novantanove centesimi.", None, True, "aggiungi latte")]],
          "pairs-jsonl", rec_kw={"f": "registrazioni/spesa.jsonl"}, perms=["alexa::household:lists:read", "alexa::household:lists:write"],
          policy="https://listaspesarisparmio.example/privacy", category="SHOPPING")

    alexa("81165-quiz-finanza", [], I,
          "Quiz: 'Arrivederci al primo round' avvia subito il secondo round con una domanda udibile; Stop chiude la sessione.",
          "Quiz Finanza", "quiz finanza",
          [("RispostaIntent", ["{risposta}", "la risposta è {risposta}"], {"risposta": "Risposta"})],
          [[("L", "Primo round: che cos'è lo spread? A, una differenza di rendimento. B, una tassa.", "A o B?", False),
            (("RispostaIntent", {"risposta": "a"}), "Esatto! Arrivederci primo round! Secondo round: che cos'è il TAEG? A, un tasso. B, una banca.", "A o B?", False, "A"),
            (STOP, "Grazie per aver giocato. Ciao!", None, True, "stop")]],
          "ask-dialog", rec_kw={"d": "dialoghi"}, types=[("Risposta", ["a", "b"])], policy="https://quizfinanza.example/privacy", category="GAMES")

    alexa("81166-tassi-mutuo", [], I,
          "Dice che il servizio non è disponibile ma chiude davvero la sessione (shouldEndSession true).",
          "Tassi Mutuo Oggi", "tassi mutuo oggi",
          [("TassoIntent", ["tasso fisso", "tasso variabile"])],
          [[("L", "Ci dispiace, il servizio tassi non è disponibile in questo momento. Riprova più tardi.", None, True)],
           [("TassoIntent", "Il tasso fisso medio a venti anni è del tre virgola uno per cento.", None, True, "tasso fisso")]],
          "csv-report", rec_kw={"f": "qa/report.csv"}, policy="https://tassimutuo.example/privacy")
