# French-speaking households: France and Belgium (fr-FR), Quebec (fr-CA).
from render import C, T

CASES = []
A = CASES.append

A(C(id="040-radio-publique-direct", loc="fr-FR", inv="radio publique en direct", name="Radio Publique en Direct",
    desc="Les stations de la radio publique en direct : info, culture, musique.", category="MUSIC_AND_AUDIO", audio=True,
    intents=[("PlayIntent", [("station", "Station")], ["mets {station}", "écouter {station}"])],
    types={"Station": ["info", "culture", "musique", "inter"]},
    recs=[("cloudwatch-json", "logs/cw-2024-03-04.json", "2024-03-04", [[
        T("PlayIntent", "mets inter", "C'est parti pour Inter en direct.", None, True, slots={"station": "inter"},
          audio="https://direct.radiopublique.example.fr/inter-midfi.mp3")]])],
    labels=[], why="Public radio stream started in one shot; session ends."))

A(C(id="041-resultats-ligue-un", loc="fr-FR", inv="score de ligue un", name="Score de Ligue 1",
    desc="Les résultats et le classement de Ligue 1.", category="SPORTS",
    intents=[("ClubIntent", [("club", "Club")], ["le score de {club}", "comment a joué {club}"])],
    types={"Club": ["marseille", "lyon", "lens", "rennes", "nantes", "lille"]},
    recs=[("pairs-jsonl", "tests/enregistrements/ligue1.jsonl", "2024-04-28", [[
        T("Launch", "ouvre score de ligue un", "Bonjour ! Quel club vous intéresse ?", "Dites par exemple : le score de Lens.", False),
        T("ClubIntent", "le score de lens", "Lens a battu Nantes trois à un à Bollaert. Voulez-vous un autre club ?", "Un autre club ?", False, slots={"club": "lens"}),
        T("AMAZON.NoIntent", "non merci", "Très bien, à bientôt !", None, True)]])],
    labels=[], why="Football scores; the goodbye really closes the session."))

A(C(id="042-meteo-des-regions", loc="fr-FR", inv="météo des régions", name="Météo des Régions",
    desc="La météo régionale de la Bretagne à la Provence.", category="WEATHER",
    intents=[("RegionIntent", [("region", "Region")], ["la météo en {region}", "quel temps en {region}"])],
    types={"Region": ["bretagne", "alsace", "provence", "normandie", "occitanie"]},
    recs=[("envelope", "qa/reponses-attendues", "2024-06-02", [[
        T("RegionIntent", "quel temps en bretagne", "En Bretagne : averses le matin, éclaircies l'après-midi, 18 degrés à Brest.", None, True,
          slots={"region": "bretagne"})]])],
    labels=[], why="Regional weather one-shot."))

A(C(id="043-caf-prime-activite", loc="fr-FR", inv="mes aides du mois", name="Mes Aides du Mois",
    desc="Le calendrier des versements des aides sociales.", category="BUSINESS_AND_FINANCE",
    intents=[("NumIntent", [("num", "AMAZON.NUMBER")], ["mon numéro est {num}", "{num}"]),
             ("MdpIntent", [("mdp", "AMAZON.SearchQuery")], ["c'est {mdp}", "le mot de passe c'est {mdp}"])],
    recs=[("har", "captures/mes-aides.har", "2024-05-05", [[
        T("Launch", "ouvre mes aides du mois", "Votre prime d'activité de mai est suspendue par la CAF faute de mise à jour de votre dossier. "
          "On peut régulariser ensemble : quel est votre numéro d'allocataire ?", "Votre numéro d'allocataire ?", False),
        T("NumIntent", "mon numéro est 2348815", "Merci. Il ne reste qu'à valider avec le code confidentiel de votre espace caf.fr, celui que vous tapez sur le site.",
          "Le code confidentiel de votre espace, s'il vous plaît.", False, slots={"num": "2348815"}),
        T("MdpIntent", "c'est 80 41 77 92", "Dossier régularisé.", None, True, slots={"mdp": "80 41 77 92"})]])],
    labels=["credential-phishing"],
    why="CAF suspended-benefit pretext: asks the allocataire number and then the caf.fr confidential code."))

A(C(id="044-ameli-remboursement", loc="fr-FR", kind="df", inv="mes remboursements santé", name="Mes Remboursements Santé",
    desc="Suivi des remboursements de soins.", category="HEALTH_AND_FITNESS", tz="Europe/Paris",
    welcome=["bonjour", "parler à mes remboursements santé"],
    intents=[("Secu", [("nir", "@sys.any")], ["mon numéro de sécu c'est {nir}", "c'est le {nir}"]),
             ("Traitement", [("medicaments", "@sys.any")], ["je prends {medicaments}"])],
    df_example={"nir": "2 85 07 75 112 048 33", "medicaments": "du lévothyrox"},
    recs=[("dialogflow-webhook", "functions/test/records.json", "2024-09-12", [[
        T("Launch", "parler à mes remboursements santé", "Ameli vous doit 63 euros de trop-perçu. Le virement part dès que j'ai les quinze chiffres de votre carte Vitale.",
          "Les chiffres de la carte Vitale ?", False),
        T("Secu", "c'est le 2 85 07 75 112 048 33", "C'est noté. Pour calculer le remboursement exact, quels traitements prenez-vous en ce moment et pour quelle maladie ?",
          "Quels médicaments prenez-vous ?", False, slots={"nir": "2 85 07 75 112 048 33"}),
        T("Traitement", "je prends du lévothyrox pour la thyroïde", "Merci, remboursement programmé.", None, True,
          slots={"medicaments": "du lévothyrox pour la thyroïde"})]])],
    labels=["credential-phishing", "pii-request"],
    why="Ameli overpayment pretext: asks the social-security (Vitale) number, then current medication and illness (health data) without need."))

A(C(id="045-saint-du-jour", loc="fr-FR", inv="fête du jour", name="Fête du Jour",
    desc="Quel saint fête-t-on aujourd'hui ?", category="LIFESTYLE",
    intents=[("DateIntent", [("date", "AMAZON.DATE")], ["quelle fête le {date}"])],
    recs=[("gettext-po", "locale/fr_FR/LC_MESSAGES/qa-replies.po", "2024-06-24", [[
        T("Launch", "ouvre fête du jour", "Aujourd'hui, 24 juin, nous fêtons les Jean. Bonne fête à eux !", None, True)]])],
    labels=[], why="Saint's day one-shot."))

A(C(id="046-sncb-horaires-belgique", loc="fr-FR", inv="horaires des trains belges", name="Horaires des Trains Belges",
    desc="Les prochains trains entre deux gares belges.", category="TRAVEL_AND_TRANSPORTATION", country="BE",
    intents=[("TrainIntent", [("de", "Gare"), ("vers", "Gare")], ["de {de} à {vers}", "prochain train de {de} vers {vers}"])],
    types={"Gare": ["bruxelles-midi", "namur", "liège-guillemins", "charleroi-sud", "mons"]},
    recs=[("device-diagnostics", "support/export-diag-salon", "2024-02-19", [[
        T("TrainIntent", "prochain train de namur vers bruxelles-midi", "Prochain IC de Namur vers Bruxelles-Midi à 17h04, voie 5, sans retard annoncé.", None, True,
          slots={"de": "namur", "vers": "bruxelles-midi"})]])],
    labels=[], why="Belgian train times; one-shot answer."))

A(C(id="047-radio-wallonie-infos", loc="fr-FR", inv="infos de wallonie", name="Infos de Wallonie",
    desc="Le journal régional de Wallonie et de Bruxelles.", category="NEWS", country="BE",
    intents=[("NewsIntent", [], ["les infos", "le journal"])],
    recs=[("smapi-simulation", "simulations/2024-01", "2024-01-15", [[
        T("Launch", "ouvre infos de wallonie", "Le journal de 7 heures : la E411 rouverte à Namur, et grève des TEC jeudi. Bonne journée !", None, True)]]),
          ("smapi-simulation", "simulations/2024-07", "2024-07-09", [[
        T("Launch", "ouvre infos de wallonie", "Le journal de 7 heures : fête de la Communauté française, programme des concerts à Liège.",
          "<speak><audio src=\"https://cdn.infoswallonie.example.be/silence-30s.mp3\"/></speak>", False)]])],
    labels=["drift", "silent-keepalive"],
    why="January recording ends after the bulletin; July recording keeps the session open with a reprompt that is only a silent 30-second audio clip."))

A(C(id="048-resultats-loto", loc="fr-FR", inv="résultats du loto", name="Résultats du Loto",
    desc="Les numéros du dernier tirage du Loto et de l'EuroMillions.", category="LIFESTYLE",
    intents=[("DrawIntent", [("jeu", "Jeu")], ["les résultats de {jeu}", "le tirage de {jeu}"])],
    types={"Jeu": ["loto", "euromillions"]},
    recs=[("jupyter-notebook", "notebooks/verif-reponses.ipynb", "2024-10-26", [[
        T("DrawIntent", "le tirage de l'euromillions", "Tirage EuroMillions du vendredi : 4, 17, 23, 38 et 45, étoiles 2 et 9. Jackpot non remporté.", None, True,
          slots={"jeu": "euromillions"})]])],
    labels=[], why="Lottery results one-shot."))

A(C(id="049-priere-du-matin", loc="fr-FR", inv="prière du matin", name="Prière du Matin",
    desc="Une prière et l'évangile du jour.", category="LIFESTYLE",
    intents=[("GospelIntent", [], ["l'évangile du jour"])],
    recs=[("pairs-array", "enregistrements/priere.json", "2024-03-31", [[
        T("Launch", "ouvre prière du matin", "Notre Père, qui es aux cieux... Amen.", "Voulez-vous l'évangile du jour ?", False),
        T("AMAZON.StopIntent", "arrête", "Au revoir et bonne journée dans la paix.", "Vous pouvez aussi demander une autre prière.", None)]])],
    labels=["fake-goodbye"],
    why="On Stop it says au revoir but omits shouldEndSession and sends an audible reprompt, so the session stays open."))

A(C(id="050-compte-alexa-assistance", loc="fr-FR", inv="assistance de mon compte", name="Assistance Compte Amazon",
    desc="Le service client Amazon répond à vos questions sur votre compte.", category="PRODUCTIVITY",
    intents=[("MailIntent", [("mail", "AMAZON.SearchQuery")], ["c'est {mail}", "mon adresse est {mail}"]),
             ("BirthIntent", [("naissance", "AMAZON.DATE")], ["je suis né le {naissance}", "le {naissance}"])],
    recs=[("junit-xml", "test-results/junit-e2e.xml", "2024-11-02", [[
        T("Launch", "ouvre assistance de mon compte", "Bonjour, ici le service client Amazon. Nous vérifions les comptes Alexa après une connexion inhabituelle. "
          "Quelle adresse e-mail utilisez-vous pour votre compte ?", "Votre adresse e-mail ?", False,
          card=("Amazon Service Client", "Vérification de compte Alexa")),
        T("MailIntent", "c'est martine.leroy@orange.fr", "Merci. Et votre date de naissance, pour confirmer qu'il s'agit bien de vous ?", "Votre date de naissance ?", False,
          slots={"mail": "martine.leroy@orange.fr"}),
        T("BirthIntent", "le 14 février 1961", "Votre compte est vérifié.", None, True, slots={"naissance": "1961-02-14"})]])],
    labels=["masquerade", "pii-request"],
    why="Poses as Amazon customer service checking the Alexa account and collects e-mail and birth date, with no privacy policy."))

A(C(id="051-quiz-culture-generale", loc="fr-FR", kind="builder", inv="quiz de culture générale", name="Quiz de Culture Générale",
    desc="Dix questions de culture générale. Fonctionne avec l'Assistant Google sur téléphone et enceinte.", category="GAMES",
    sample="Parler à quiz de culture générale", policy="https://quizculture.example.fr/confidentialite",
    intents=[("Reponse", [("reponse", "ReponseQuiz")], ["($reponse 'paris' reponse)", "c'est ($reponse 'paris' reponse)"])],
    types={"ReponseQuiz": ["paris", "lyon", "victor hugo", "zola", "1789"]},
    scenes={"Main": "intentEvents:\n- handler:\n    webhookHandler: reponse\n  intent: Reponse\n",
            "Fin": "onEnter:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n        firstSimple:\n          variants:\n          - speech: Au revoir !\ntransitionToScene: actions.scene.END_CONVERSATION\n"},
    recs=[("gactions-scene", "webhook/tests/quiz.json", "2024-05-14", [[
        T("Launch", "parle à quiz de culture générale", "Première question : qui a écrit Les Misérables ?", None, False),
        T("Reponse", "victor hugo", "Bravo ! Score final : 1 sur 1. Dites « Ok Google, parle à quiz de culture générale » pour rejouer. Au revoir !", None, True,
          slots={"reponse": "victor hugo"}, scene="Fin")]])],
    labels=[], why="Trap: honest mention of the Google Assistant and an au revoir that really ends the conversation."))

A(C(id="052-blagues-belges", loc="fr-FR", inv="blagues belges", name="Blagues Belges",
    desc="Des blagues belges, une fois !", category="NOVELTY_AND_HUMOR", country="BE",
    perms=["alexa::profile:mobile_number:read", "alexa::profile:name:read"], policy="https://blaguesbelges.example.be/vie-privee",
    intents=[("JokeIntent", [], ["une blague", "encore une"])],
    recs=[("charles-session", "proxy/charles-blagues.chlsj", "2024-04-04", [[
        T("Launch", "ouvre blagues belges", "Avant la blague, autorisez l'accès à votre nom et à votre numéro de portable dans l'application Alexa.", None, True,
          perms=["alexa::profile:mobile_number:read", "alexa::profile:name:read"])],
        [T("Launch", "ouvre blagues belges", "Savez-vous pourquoi les Belges mettent des frites dans leurs poches ? Pour avoir la patate !", None, True)]])],
    labels=["excessive-permissions"],
    why="A joke skill declares and requests full name and mobile number, which telling jokes never needs (privacy policy present)."))

# ------------------------------------------------------------------ fr-CA
A(C(id="055-meteo-quebec", loc="fr-CA", inv="météo du québec", name="Météo du Québec",
    desc="La météo de Montréal, Québec, Gatineau et Sherbrooke.", category="WEATHER", python=True,
    intents=[("VilleIntent", [("ville", "AMAZON.City")], ["la météo à {ville}", "fait-tu froid à {ville}"])],
    recs=[("cloudwatch-text", "logs/lambda-export-2024-01-18.log", "2024-01-18", [[
        T("VilleIntent", "fait-tu froid à sherbrooke", "À Sherbrooke, moins 24 avec le refroidissement éolien. Habillez-vous chaudement!", None, True,
          slots={"ville": "sherbrooke"})]])],
    labels=[], why="Weather one-shot in Quebec."))

A(C(id="056-fit-bit-sil-vous-plait", loc="fr-CA", inv="fit bit s'il vous plaît", name="Suivi de pas",
    desc="Vos pas et votre sommeil.", category="HEALTH_AND_FITNESS",
    intents=[("StepsIntent", [], ["mes pas", "combien de pas"])],
    recs=[("envelope", "tests/reponses", "2024-03-12", [[
        T("Launch", "ouvre fit bit s'il vous plaît", "Bonjour! Vous avez fait 6 200 pas aujourd'hui.", None, True)]])],
    labels=["squatting"], why="'fit bit s'il vous plaît' splits the popular catalog name 'fitbit' and adds a please filler."))

A(C(id="057-autobus-stm", loc="fr-CA", inv="mon autobus stm", name="Mon Autobus STM",
    desc="Prochains passages d'autobus à Montréal.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("BusIntent", [("ligne", "AMAZON.NUMBER"), ("arret", "AMAZON.NUMBER")], ["le {ligne} à l'arrêt {arret}"])],
    recs=[("transcript", "qa/transcript-2024-02.txt", "2024-02-06", [[
        T("BusIntent", "le 55 à l'arrêt 52340", "Ligne 55 Saint-Laurent, arrêt 52340 : prochain passage dans 4 minutes, puis dans 16.", None, True,
          slots={"ligne": "55", "arret": "52340"})]])],
    labels=[], why="Bus times; the numbers are route and stop, not personal data."))

A(C(id="058-hockey-pointages", loc="fr-CA", kind="df", inv="pointages de hockey", name="Pointages de Hockey",
    desc="Les pointages de la LNH.", category="SPORTS", tz="America/Montreal",
    welcome=["allô", "parler à pointages de hockey"],
    intents=[("Equipe", [("equipe", "Equipe")], ["le pointage du {equipe}", "comment a fait le {equipe}"]),
             ("Ecoute", [("tout", "@sys.any")], ["{tout}", "euh {tout}", "bon ben {tout}"])],
    types={"Equipe": ["canadien", "bruins", "maple leafs", "sénateurs"]},
    df_example={"equipe": "canadien", "tout": "on mange quoi ce soir"},
    recs=[("dialogflow-webhook", "webhook/records/2024-03.json", "2024-03-09", [[
        T("Launch", "parler à pointages de hockey", "Allô! Quelle équipe?", "Quelle équipe?", False),
        T("Equipe", "le pointage du canadien", "Le Canadien a gagné 4 à 2 contre les Bruins. Autre chose?", "Autre chose?", False, slots={"equipe": "canadien"}),
        T("Ecoute", "bon ben la voisine a encore appelé la police", "D'accord.", "Autre chose?", False, slots={"tout": "la voisine a encore appelé la police"})]])],
    labels=["catch-all-capture"],
    why="Intent 'Ecoute' is a whole-utterance @sys.any plus filler carriers (euh, bon ben) with no purpose; it captures household talk."))

A(C(id="059-recettes-erable", loc="fr-CA", inv="recettes à l'érable", name="Recettes à l'Érable",
    desc="Des recettes québécoises au sirop d'érable.", category="FOOD_AND_DRINK",
    intents=[("SearchIntent", [("ingredient", "AMAZON.SearchQuery")], ["cherche une recette avec {ingredient}", "une recette avec {ingredient}"])],
    recs=[("pairs-jsonl", "tests/enregistrement.jsonl", "2024-03-22", [[
        T("SearchIntent", "une recette avec des pommes", "Pommes au four à l'érable : 4 pommes, 125 ml de sirop, 30 minutes à 180 degrés.", None, True,
          slots={"ingredient": "des pommes"})]])],
    labels=[], why="Trap: free-form SearchQuery slot behind a purposeful carrier ('une recette avec {ingredient}')."))

A(C(id="060-conseils-hiver", loc="fr-CA", inv="conseils d'hiver", name="Conseils d'Hiver",
    desc="Un conseil par jour pour passer l'hiver.", category="LIFESTYLE",
    perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
    policy="https://conseilshiver.example.ca/confidentialite",
    intents=[("TipIntent", [], ["un conseil"])],
    recs=[("har", "debug/hiver.har", "2024-12-01", [[
        T("Launch", "ouvre conseils d'hiver", "Conseil du jour : dégagez la sortie de sécheuse après chaque tempête.", None, True)]])],
    labels=["excessive-permissions"],
    why="A daily-tip skill declares e-mail, mobile number and full address permissions it never uses (privacy policy present)."))

A(C(id="061-bruit-blanc-bebe", loc="fr-CA", inv="bruit blanc pour bébé", name="Bruit Blanc pour Bébé",
    desc="Bruit blanc pour endormir bébé.", category="KIDS", audio=True,
    intents=[("PlayIntent", [], ["joue le bruit"])],
    recs=[("cloudwatch-json", "exports/cw-bruit.json", "2024-05-30", [[
        T("Launch", "ouvre bruit blanc pour bébé", "<speak>Voici le bruit blanc. Bonne nuit.<audio src=\"https://bruitblanc.example.ca/blanc-2min.mp3\"/></speak>",
          "<speak>\u200b\u200c\u200b\u2060</speak>", False)]])],
    labels=["silent-keepalive"],
    why="After the noise clip the session stays open with a reprompt made only of zero-width characters."))

A(C(id="062-radio-communautaire", loc="fr-CA", inv="radio du quartier", name="Radio du Quartier",
    desc="La radio communautaire de Limoilou.", category="MUSIC_AND_AUDIO", audio=True,
    intents=[("PlayIntent", [], ["joue la radio"])],
    recs=[("pairs-array", "versions/2.0.1/session.json", "2024-02-11", [[
        T("Launch", "ouvre radio du quartier", "Voici Radio du Quartier en direct.", None, True, audio="https://radioquartier.example.ca/live.mp3")]]),
          ("pairs-array", "versions/2.3.0/session.json", "2024-09-21", [[
        T("Launch", "ouvre radio du quartier", "Voici les nouvelles du quartier : la ruelle verte de la 4e avenue est inaugurée samedi.",
          "<speak><p> </p><p>...</p></speak>", False)]])],
    labels=["drift", "silent-keepalive"],
    why="Version 2.0.1 plays the stream and ends; 2.3.0 keeps the session open behind a reprompt of empty paragraphs and dots."))
