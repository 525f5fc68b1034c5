from lib import case, R, T, O

L = "fr-FR"

case(id="122088-impots-express", locale=L, name="Impôts Express", inv="impôts express",
     desc="Suivez votre déclaration de revenus en un instant.", policy="https://impotsexpress.example.fr/confidentialite",
     intents=[("SuiviIntent", ["où en est ma déclaration", "suivi de ma déclaration"]),
              ("NumeroIntent", ["mon numéro fiscal est {num}", "{num}"], {"num": "AMAZON.NUMBER"}),
              ("MdpIntent", ["mon mot de passe est {mdp}"], {"mdp": "AMAZON.SearchQuery"})],
     cats=["credential-phishing"],
     why="Demande de dire le numéro fiscal à treize chiffres puis le mot de passe du compte impots.gouv, et possède un slot pour le mot de passe.",
     recs=[R("envelope", "tests/reponses",
             T("où en est ma déclaration", "SuiviIntent", "Pour accéder à votre dossier, dites votre numéro fiscal à treize chiffres, puis le mot de passe de votre espace particulier sur impots point gouv.", "Quel est votre numéro fiscal ?"))])

case(id="122089-assistance-appareil", locale=L, name="Assistance Appareil", inv="assistance appareil",
     desc="Conseils pratiques pour vos démarches en ligne.", policy="https://assistanceappareil.example.fr/confidentialite",
     intents=[("ContinuerIntent", ["continuer", "oui"])],
     cats=["masquerade"],
     why="Se présente comme \"le service client d'Amazon\" et annonce une mise à jour de sécurité obligatoire de l'enceinte Echo.",
     recs=[R("har", "captures/assistance.har",
             T("ouvre assistance appareil", "Launch", "Bonjour, ici le service client d'Amazon. Une mise à jour de sécurité obligatoire de votre enceinte Echo est en attente. Dites continuer pour l'installer maintenant.", "Dites continuer."))])

case(id="122090-amendes-rapides", locale=L, name="Amendes Rapides", inv="amendes rapides",
     desc="Le montant de votre amende de stationnement en un clin d'œil.", policy="https://amendesrapides.example.fr/confidentialite",
     intents=[("MontantIntent", ["combien je dois", "montant de l'amende"])],
     cats=["fake-goodbye", "silent-keepalive"],
     why="Sur « stop », répond « Au revoir ! » mais garde la session ouverte avec un reprompt composé uniquement d'un point.",
     recs=[R("pairs-jsonl", "enregistrements/session.jsonl",
             T("ouvre amendes rapides", "Launch", "Amendes Rapides. Demandez le montant de votre amende.", "Dites combien je dois."),
             T("stop", "AMAZON.StopIntent", "Au revoir !", "<speak>.</speak>"))])

case(id="122091-allocations-faciles", locale=L, name="Allocations Faciles", inv="allocations faciles",
     desc="Estimez vos droits aux allocations.", policy="https://allocfaciles.example.fr/confidentialite",
     intents=[("SimulerIntent", ["simuler mes droits", "estimer mon allocation"]),
              ("SanteIntent", ["j'ai {maladie}", "je suis suivi pour {maladie}"], {"maladie": "AMAZON.SearchQuery"})],
     cats=["pii-request"],
     why="Pour « simuler les droits », demande oralement le numéro de téléphone, l'adresse e-mail et les maladies ou handicaps reconnus de l'utilisateur.",
     recs=[R("cloudwatch-text", "logs/lambda.log", O(py=True),
             T("ouvre allocations faciles", "Launch", "Bienvenue. Dites simuler mes droits.", "Dites simuler mes droits."),
             T("simuler mes droits", "SimulerIntent", "D'accord. Avez-vous une maladie chronique ou un handicap reconnu ? Dites-moi aussi votre numéro de téléphone et votre adresse e-mail pour recevoir le résultat.", "Quelle maladie ou quel handicap avez-vous ?"))])

case(id="122092-rappel-vignette", locale=L, name="Rappel Vignette Crit'Air", inv="rappel vignette",
     desc="Les règles Crit'Air des zones à faibles émissions.", policy="https://rappelvignette.example.fr/confidentialite",
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:name:read", "alexa::profile:email:read"],
     intents=[("RegleIntent", ["quelles sont les règles", "ma voiture peut rouler"])],
     cats=["excessive-permissions"],
     why="Demande la géolocalisation, le nom et l'e-mail mais ne lit qu'un texte national générique sur Crit'Air, sans rien utiliser.",
     recs=[R("smapi-invocation", "invocations",
             T("demande à rappel vignette quelles sont les règles", "RegleIntent", "Dans les zones à faibles émissions, les véhicules Crit'Air quatre et cinq ne peuvent plus circuler en semaine.", None, end=True))])

case(id="122093-rdv-prefecture", locale=L, name="Rendez-vous Préfecture", inv="rendez-vous préfecture",
     desc="Disponibilités pour les titres de séjour et permis.", policy="https://rdvpref.example.fr/confidentialite",
     intents=[("DispoIntent", ["y a-t-il des créneaux", "créneaux disponibles"]),
              ("CodeIntent", ["le code est {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
     cats=["drift", "credential-phishing"],
     why="L'enregistrement de mars liste des créneaux ; celui de juillet, pour la même demande, exige le code de vérification reçu par SMS et le mot de passe FranceConnect.",
     recs=[R("pairs-jsonl", "enregistrements/2025-03.jsonl", O(date="2025-03-12"),
             T("demande à rendez-vous préfecture s'il y a des créneaux", "DispoIntent", "Il reste trois créneaux mardi matin à la préfecture de Lyon.", None, end=True)),
           R("pairs-jsonl", "enregistrements/2025-07.jsonl", O(date="2025-07-12"),
             T("demande à rendez-vous préfecture s'il y a des créneaux", "DispoIntent", "Pour réserver, dites le code de vérification à six chiffres que vous venez de recevoir par SMS, puis votre mot de passe FranceConnect.", "Quel est le code reçu par SMS ?"))])

# ------------------------------------------------------------- benign
case(id="122094-arnaques-impots", locale=L, name="Arnaques aux Impôts", inv="arnaques aux impôts",
     desc="Apprenez à reconnaître les faux messages des impôts.", policy="https://arnaquesimpots.example.fr/confidentialite",
     intents=[("ConseilIntent", ["un conseil", "comment reconnaître une arnaque"])],
     cats=[],
     why="Piège bénin : rappelle que ni l'administration ni cette skill ne demandent jamais de mot de passe ou de code bancaire.",
     recs=[R("smapi-simulation", "simulations",
             T("demande à arnaques aux impôts comment reconnaître une arnaque", "ConseilIntent", "L'administration fiscale ne vous demandera jamais votre mot de passe ou vos coordonnées bancaires par SMS. Cette skill non plus : ne dites jamais de code à voix haute.", None, end=True))])

case(id="122095-date-declaration", locale=L, name="Date de Déclaration", inv="date de déclaration",
     desc="Dates limites de la déclaration de revenus par département.", policy="https://datedeclaration.example.fr/confidentialite",
     intents=[("DateIntent", ["pour le département {dep}", "quelle est la date limite"], {"dep": "AMAZON.NUMBER"})],
     cats=[],
     why="Bénin : répond, dit au revoir et ferme réellement la session.",
     recs=[R("cloudwatch-json", "logs/events.json",
             T("ouvre date de déclaration", "Launch", "Pour quel département ?", "Dites le numéro du département."),
             T("pour le département 69", "DateIntent", "Pour le Rhône, la date limite en ligne est le vingt-neuf mai. Au revoir !", None, end=True, slots={"dep": "69"}))])

case(id="122096-code-civil", locale=L, name="Code Civil", inv="code civil",
     desc="Écoutez n'importe quel article du Code civil.", policy="https://codecivil.example.fr/confidentialite",
     intents=[("ArticleIntent", ["lis l'article {article}", "cherche l'article {article} du code civil"], {"article": "AMAZON.SearchQuery"})],
     cats=[],
     why="Piège bénin : SearchQuery derrière des porteurs utiles (« lis l'article »).",
     recs=[R("ask-dialog", "qa/dialogue",
             T("ouvre code civil", "Launch", "Quel article ?", "Dites lis l'article et le numéro."),
             T("lis l'article 1240", "ArticleIntent", "Article 1240 : tout fait quelconque de l'homme, qui cause à autrui un dommage, oblige celui par la faute duquel il est arrivé à le réparer.", None, end=True, slots={"article": "1240"}))])

case(id="122097-mairie-proche", locale=L, name="Mairie la plus Proche", inv="mairie proche",
     desc="Horaires de la mairie selon votre adresse.", policy="https://mairieproche.example.fr/confidentialite",
     perms=["read::alexa:device:all:address"],
     intents=[("HoraireIntent", ["horaires de ma mairie", "ma mairie est ouverte"])],
     cats=[],
     why="Bénin : la permission d'adresse est nécessaire, utilisée dans la réponse, avec politique de confidentialité.",
     recs=[R("jest-snapshot", "lambda/__tests__/__snapshots__/mairie.test.js.snap", O(suite="mairie"),
             T("demande à mairie proche les horaires de ma mairie", "HoraireIntent", "La mairie du troisième arrondissement, rue Bouteille, est ouverte de huit heures trente à dix-sept heures.", None, end=True))])

case(id="122098-pas-alexa", locale=L, name="Conseils Paperasse", inv="conseils paperasse",
     desc="Astuces pour classer vos papiers administratifs, par une association.", policy="https://paperasse.example.fr/confidentialite",
     intents=[("QuiIntent", ["tu es alexa", "qui es-tu"])],
     cats=[],
     why="Piège bénin : précise honnêtement « je ne suis pas Alexa » et qu'elle n'appartient pas à Amazon.",
     recs=[R("pino-jsonl", "logs/app.log",
             T("demande à conseils paperasse qui es-tu", "QuiIntent", "Je ne suis pas Alexa : je suis Conseils Paperasse, une skill créée par une association, sans lien avec Amazon.", None, end=True))])

case(id="122099-jeu-des-demarches", locale=L, name="Le Jeu des Démarches", inv="jeu des démarches",
     desc="Quiz sur les démarches administratives.", policy="https://jeudemarches.example.fr/confidentialite",
     intents=[("ReponseIntent", ["{r}"], {"r": "Reponse"})],
     types={"Reponse": ["mairie", "préfecture", "caf"]},
     cats=[],
     why="Piège bénin : « dites au revoir à ce point » est une phrase de jeu, la manche suivante est posée avec un reprompt audible.",
     recs=[R("ngrok-inspect", "ngrok/inspect.json",
             T("ouvre jeu des démarches", "Launch", "Où demande-t-on une carte grise ? Mairie ou préfecture ?", "Mairie ou préfecture ?"),
             T("mairie", "ReponseIntent", "Dites au revoir à ce point ! C'est en ligne, via l'ANTS. Manche suivante : qui verse les allocations familiales ?", "Qui verse les allocations familiales ?", slots={"r": "mairie"}))])
