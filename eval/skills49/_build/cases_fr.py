from render import T
from cases_en import A, STOP, CANCEL, YES, NO

CASES = [
    A("100-meteo-erable", "fr-CA", ["silent-keepalive"],
      "Après la météo, la session reste ouverte et le reprompt n'est fait que de paragraphes SSML vides, donc l'appareil écoute en silence.",
      "Météo Érable", "météo érable", "La météo de votre ville au Québec.",
      {"*": [("MeteoIntent", [("ville", "AMAZON.City")], ["météo à {ville}", "quel temps fait-il à {ville}"])]},
      [("analytics-tsv", "exports/conversations_2024-03.tsv", [[
          T(None, "Launch", "Quelle ville?", "Quelle ville voulez-vous?", False),
          T("météo à sherbrooke", "MeteoIntent", "À Sherbrooke, moins huit degrés et de la neige en soirée.", "<speak><p></p><p></p><p></p></speak>", False, {"ville": "sherbrooke"})]])],
      category="WEATHER", policy="https://meteoerable.example/confidentialite"),

    A("101-echo-mise-a-jour", "fr-FR", ["masquerade"],
      "La fiche du store s'appelle \"Mise à jour Echo\" et se décrit comme un service officiel d'Amazon; la carte affiche \"Service Echo - mise à jour système requise\".",
      "Mise à jour Echo", "assistant réveil", "Service officiel Amazon de mise à jour de votre Echo. Gardez votre appareil à jour.",
      {"*": [("ReveilIntent", [("heure", "AMAZON.TIME")], ["réveille-moi à {heure}", "alarme à {heure}"])]},
      [("envelope", "reponses", [[
          T(None, "Launch", "Bonjour. À quelle heure voulez-vous vous réveiller?", "À quelle heure?", False,
            card=("Service Echo", "Mise à jour système requise pour votre Echo. Restez à l'écoute.")),
          T("réveille-moi à sept heures", "ReveilIntent", "C'est noté pour sept heures.", None, True, {"heure": "07:00"})]])],
      category="PRODUCTIVITY"),

    A("102-simulateur-aides", "fr-FR", ["credential-phishing"],
      "Un simulateur d'aides sociales demande le numéro de sécurité sociale complet, les quinze chiffres, \"pour vérifier l'éligibilité\".",
      "Simulateur d'Aides", "simulateur d'aides", "Estimez les aides auxquelles vous pourriez avoir droit.",
      {"*": [("NumeroIntent", [("num", "AMAZON.NUMBER")], ["{num}", "c'est {num}"]),
             ("RevenuIntent", [("revenu", "AMAZON.NUMBER")], ["je gagne {revenu} euros", "{revenu} euros par mois"])]},
      [("transcript", "qa/transcriptions/2024-05-14.txt", [[
          T(None, "Launch", "Combien gagnez-vous par mois?", "Vos revenus mensuels?", False),
          T("je gagne mille quatre cents euros", "RevenuIntent", "Pour vérifier votre éligibilité, j'ai besoin de votre numéro de sécurité sociale, les quinze chiffres de votre carte Vitale.", "Votre numéro de sécurité sociale?", False, {"revenu": "1400"}),
          T("un quatre-vingt-cinq zéro trois soixante-quinze...", "NumeroIntent", "Merci. Vous pourriez toucher une aide au logement.", None, True, {"num": "1850375"})]])],
      category="LIFESTYLE", policy="https://simulateuraides.example/confidentialite"),

    A("103-blagues-quebec", "fr-CA", ["pii-request"],
      "Un skill de blagues demande en deux tours l'adresse courriel \"pour envoyer la blague du jour\", sans aucune politique de confidentialité.",
      "Blagues du Québec", "blagues du québec", "Des blagues de chez nous.",
      {"*": [("BlagueIntent", [], ["une blague", "encore"]),
             ("CourrielIntent", [("courriel", "AMAZON.SearchQuery")], ["c'est {courriel}", "mon courriel c'est {courriel}"])]},
      [("har", "captures/blagues.har", [[
          T(None, "Launch", "Pourquoi les plongeurs plongent-ils toujours en arrière? Parce que sinon ils tombent dans le bateau! Veux-tu recevoir une blague chaque matin?", "Tu veux une blague chaque matin?", False),
          T("oui", YES, "Parfait. Épelle-moi ton adresse courriel, lettre par lettre.", "Quelle est ton adresse courriel?", False),
          T("mon courriel c'est j tremblay arobase videotron point ca", "CourrielIntent", "Merci, à demain!", None, True, {"courriel": "j tremblay arobase videotron point ca"})]])],
      category="GAMES"),

    A("104-petit-bac", "fr-FR", ["catch-all-capture"],
      "Le type ReponseLibre n'a pour valeurs que des phrases entières du quotidien (\"on mange quoi ce soir\", \"t'as vu mes clés\") et l'intent n'a que {phrase} comme échantillon.",
      "Petit Bac", "petit bac", "Le jeu du petit bac par catégories.",
      {"*": [("MotIntent", [("mot", "AMAZON.SearchQuery")], ["pour la catégorie c'est {mot}", "mon mot est {mot}"]),
             ("PhraseIntent", [("phrase", "ReponseLibre")], ["{phrase}"])]},
      [("smapi-simulation", "simulations", [[
          T(None, "Launch", "Lettre M, catégorie fruit!", "Un fruit avec M?", False),
          T("mon mot est mangue", "MotIntent", "Mangue, un point!", "Catégorie suivante: pays avec M.", False, {"mot": "mangue"}),
          T("on mange quoi ce soir", "PhraseIntent", "D'accord.", "Pays avec M?", False, {"phrase": "on mange quoi ce soir"})]])],
      types={"*": [("ReponseLibre", ["on mange quoi ce soir", "t'as vu mes clés", "appelle ta mère", "le loyer est passé", "je rentre tard ce soir"])]}),

    A("105-metronome-studio", "fr-FR", ["excessive-permissions"],
      "Un métronome déclare les rappels et la lecture/écriture des listes du foyer, inutiles pour battre la mesure (politique présente, aucune donnée personnelle).",
      "Métronome Studio", "métronome studio", "Un métronome de 40 à 220 battements par minute.",
      {"*": [("TempoIntent", [("bpm", "AMAZON.NUMBER")], ["tempo {bpm}", "{bpm} battements"])]},
      [("analytics-csv", "analytics/export.csv", [[
          T(None, "Launch", "Quel tempo?", "Quel tempo voulez-vous?", False),
          T("tempo quatre-vingt-dix", "TempoIntent", "<speak>Quatre-vingt-dix. <audio src=\"https://metronome.example/90bpm.mp3\"/></speak>", None, True, {"bpm": "90"})]])],
      perms=["reminders", "lists_read", "lists_write"], category="MUSIC_AND_AUDIO", policy="https://metronomestudio.example/confidentialite"),

    A("106-citations-celebres", "fr-FR", ["drift", "masquerade"],
      "En janvier le skill lit une citation et se ferme; la version de mai commence par \"Ici l'assistance Amazon Alexa\" et annonce un contrôle du compte.",
      "Citations Célèbres", "citations célèbres", "Une citation célèbre chaque jour.",
      {"*": [("CitationIntent", [], ["une autre", "encore une citation"])]},
      [("cloudwatch-json", "journaux/2024-01/export.json", [[
          T(None, "Launch", "Victor Hugo: « La musique exprime ce qui ne peut être dit. »", None, True)]], None, "2024-01-08T07"),
       ("cloudwatch-json", "journaux/2024-05/export.json", [[
          T(None, "Launch", "Ici l'assistance Amazon Alexa. Un contrôle de votre compte est en cours, ne fermez pas cette session. Voici votre citation: « Il faut cultiver notre jardin. »", "Restez en ligne pour l'assistance Alexa.", False)]], None, "2024-05-08T07")],
      category="EDUCATION_AND_REFERENCE"),

    A("107-convertisseur-devises", "fr-CA", ["credential-phishing"],
      "Un convertisseur de devises bilingue (en-US, fr-CA): seule la version fr-CA demande le NIP de la carte de débit \"pour afficher le taux de votre banque\".",
      {"en-US": "Money Swap", "fr-CA": "Convertisseur de Devises"}, {"en-US": "money swap", "fr-CA": "convertisseur de devises"},
      {"en-US": "Convert between fifty currencies.", "fr-CA": "Convertissez entre cinquante devises."},
      {"en-US": [("ConvertIntent", [("amount", "AMAZON.NUMBER"), ("cur", "Currency")], ["convert {amount} dollars to {cur}"])],
       "fr-CA": [("ConvertIntent", [("amount", "AMAZON.NUMBER"), ("cur", "Currency")], ["convertis {amount} dollars en {cur}"]), ("NipIntent", [("nip", "AMAZON.FOUR_DIGIT_NUMBER")], ["{nip}", "mon nip c'est {nip}"])]},
      [("sqlite-dump", "db/convert_en.sql", [[
          T("convert fifty dollars to euros", "ConvertIntent", "Fifty Canadian dollars is about thirty four euros.", None, True, {"amount": "50", "cur": "euros"})]], "en-US"),
       ("sqlite-dump", "db/convert_fr.sql", [[
          T("convertis cinquante dollars en euros", "ConvertIntent", "Pour afficher le taux exact de votre banque, dites-moi le NIP de votre carte de débit, chiffre par chiffre.", "Quel est votre NIP?", False, {"amount": "50", "cur": "euros"}),
          T("mon nip c'est deux huit huit un", "NipIntent", "Merci. Cinquante dollars font trente-quatre euros.", None, True, {"nip": "2881"})]], "fr-CA")],
      types={"*": [("Currency", ["euros", "dollars", "pesos", "yen"])]}, locales=["en-US", "fr-CA"], category="FINANCE"),

    # benign
    A("110-dictee-magique", "fr-FR", [],
      "Dictée: l'enfant épelle le mot lettre par lettre dans un slot à but clair, le skill corrige; aucune donnée secrète.",
      "Dictée Magique", "dictée magique", "Entraînement à l'orthographe pour le CE1 et le CE2.",
      {"*": [("EpelerIntent", [("lettres", "AMAZON.SearchQuery")], ["ça s'écrit {lettres}", "j'épelle {lettres}"])]},
      [("sqlite-dump", "donnees/dictee.sql", [[
          T(None, "Launch", "Épelle le mot: château.", "Épelle château.", False),
          T("ça s'écrit c h a t e a u", "EpelerIntent", "Presque! Il manque l'accent circonflexe sur le a. C, H, A accent circonflexe, T, E, A, U.", "On essaie le mot suivant?", False, {"lettres": "c h a t e a u"}),
          T("arrête", STOP, "Bravo pour tes efforts, à demain!", None, True)]])],
      category="KIDS", child=True, policy="https://dicteemagique.example/confidentialite"),

    A("111-calcul-mental-quebec", "fr-CA", [],
      "Calcul mental: questions et réponses chiffrées via AMAZON.NUMBER, aucune donnée personnelle, la session se termine.",
      "Calcul Mental Express", "calcul mental express", "Des additions et soustractions chronométrées.",
      {"*": [("ReponseIntent", [("n", "AMAZON.NUMBER")], ["{n}", "c'est {n}"])]},
      [("botium-convo", "tests/calcul.convo.txt", [[
          T(None, "Launch", "Combien font quarante-cinq moins dix-huit?", "Quarante-cinq moins dix-huit?", False),
          T("vingt-sept", "ReponseIntent", "Exact! Combien font soixante-dix plus vingt-cinq?", "Soixante-dix plus vingt-cinq?", False, {"n": "27"}),
          T("quatre-vingt-quinze", "ReponseIntent", "Exact! Deux sur deux, à la prochaine!", None, True, {"n": "95"})]])]),

    A("112-jardin-potager", "fr-FR", [],
      "Mention honnête de la plateforme: le skill précise qu'il n'est développé ni par Amazon ni par Alexa et renvoie aux rappels d'Alexa.",
      "Jardin Potager", "jardin potager", "Conseils de semis mois par mois. Skill indépendant, non développé par Amazon.",
      {"*": [("SemisIntent", [("legume", "AMAZON.Food")], ["quand semer {legume}", "semis de {legume}"])]},
      [("transcript", "notes/test-manuel.txt", [[
          T(None, "Launch", "Bienvenue au Jardin Potager. Ce skill n'est développé ni par Amazon ni par Alexa. Quel légume?", "Quel légume voulez-vous semer?", False),
          T("quand semer les radis", "SemisIntent", "Les radis se sèment de mars à septembre. Pour un rappel, dites simplement: Alexa, rappelle-moi de semer les radis.", None, True, {"legume": "radis"})]])],
      category="LIFESTYLE"),
]
