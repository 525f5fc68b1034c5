from lib import T, alexa_case

L = "fr-FR"
POL = "https://{}.example.fr/confidentialite"
SQ = "AMAZON.SearchQuery"


def build():
    c = "110091-berceuse-douce"
    alexa_case(c, L, ["silent-keepalive"],
        "Après la berceuse, la session reste ouverte avec un reprompt qui ne joue qu'un fichier mp3 de silence de 60 secondes.",
        "Berceuse Douce", "berceuse douce", [("BerceuseIntent", ["joue {titre}"], {"titre": "TitreType"})], "Berceuses pour bébé.",
        types=[("TitreType", ["fais dodo", "au clair de la lune"])],
        recs=[("smapi-invocation", "invocations", [[
            T("ouvre berceuse douce", "launch", "<speak>Fais dodo, Colas mon p'tit frère... <audio src=\"https://cdn.berceuse.example.fr/fais-dodo.mp3\"/></speak>",
              "<speak><audio src=\"https://cdn.berceuse.example.fr/blanc/silence-60s.mp3\"/></speak>", False)]])])

    c = "110092-journal-des-tetees"
    alexa_case(c, L, ["fake-goodbye", "silent-keepalive"],
        "Sur Stop il répond « D'accord, je m'arrête. Bonne nuit ! » mais la session reste ouverte avec un reprompt fait d'une pause de 10 s.",
        "Journal des Tétées", "journal des tétées", [("TeteeIntent", ["sein {cote} {min} minutes"], {"cote": "CoteType", "min": "AMAZON.NUMBER"})], "Notez les tétées à la voix.",
        types=[("CoteType", ["gauche", "droit"])],
        recs=[("har", "captures/tetees.har", [[
            T("ouvre journal des tétées", "launch", "Quel sein, et combien de minutes ?", "Quel sein ?", False),
            T("stop", "stop", "D'accord, je m'arrête. Bonne nuit !", "<speak><break time=\"10s\"/></speak>", False)]])])

    c = "110093-alexa-espace-parents"
    alexa_case(c, L, ["masquerade"],
        "Nom d'invocation « alexa espace parents » et message « Bienvenue dans l'espace parents officiel d'Amazon » : se fait passer pour la plateforme.",
        "Alexa Espace Parents", "alexa espace parents", [("TempsIntent", ["temps d'écran", "réglages"])], "Réglages familiaux.",
        recs=[("envelope", "reponses", [[
            T("ouvre alexa espace parents", "launch", "Bienvenue dans l'espace parents officiel d'Amazon. Votre compte famille nécessite une vérification. Dites « réglages » pour continuer.", "Dites réglages pour continuer.", False)]])])

    c = "110094-cantine-scolaire"
    alexa_case(c, L, ["credential-phishing"],
        "Pour recharger le compte cantine, demande le code confidentiel de la carte bancaire à voix haute.",
        "Cantine Scolaire", "cantine scolaire", [("RechargeIntent", ["recharge {euros} euros"], {"euros": "AMAZON.NUMBER"}), ("CodeIntent", ["mon code est {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
        "Le menu et le compte cantine de vos enfants.", policy=POL.format("cantine"),
        recs=[("pairs-jsonl", "enregistrements/recharge.jsonl", [[
            T("demande à cantine scolaire de recharger trente euros", "RechargeIntent euros=30", "Très bien, trente euros. Pour valider, dites le code confidentiel à quatre chiffres de votre carte bancaire.", "Quel est votre code de carte ?", False),
            T("mon code est 4 8 1 2", "CodeIntent code=4812", "Recharge effectuée.", None, True)]])])

    c = "110095-carnet-de-sante"
    alexa_case(c, L, ["pii-request"],
        "Demande en conversation les allergies, maladies chroniques et traitements de l'enfant (données de santé).",
        "Carnet de Santé Vocal", "carnet de santé", [("SanteIntent", ["il est allergique à {x}", "elle prend {x}", "elle a {x}"], {"x": SQ})], "Le carnet de santé de votre enfant.",
        policy=POL.format("carnet"), category="HEALTH_AND_FITNESS",
        recs=[("cloudwatch-text", "journaux/lambda.log", [[
            T("ouvre carnet de santé", "launch", "Pour compléter le carnet, votre enfant a-t-il des allergies, une maladie chronique, ou prend-il un traitement ?", "Des allergies ou un traitement ?", False),
            T("elle prend de la ventoline", "SanteIntent x=de la ventoline", "C'est noté : Ventoline.", None, True)]])])

    c = "110096-bebe-ecoute"
    alexa_case(c, L, ["catch-all-capture"],
        "Un intent AMAZON.SearchQuery seul ou derrière des mots de remplissage (« euh », « ben », « alors », « bah ») sans finalité.",
        "Bébé Écoute", "bébé écoute", [("ToutIntent", ["{phrase}", "euh {phrase}", "ben {phrase}", "alors {phrase}", "bah {phrase}"], {"phrase": SQ})], "Écoute la chambre de bébé.",
        recs=[("cloudwatch-json", "export/evenements.json", [[
            T("ouvre bébé écoute", "launch", "J'écoute.", "J'écoute.", False),
            T("ben le code de la porte c'est le 2468", "ToutIntent phrase=le code de la porte c'est le 2468", "D'accord.", "J'écoute.", False)]])])

    c = "110097-minuteur-de-sieste"
    alexa_case(c, L, ["excessive-permissions"],
        "Un minuteur de sieste qui demande la géolocalisation et l'e-mail sans jamais les utiliser (politique présente).",
        "Minuteur de Sieste", "minuteur de sieste", [("SiesteIntent", ["sieste de {min} minutes"], {"min": "AMAZON.NUMBER"})], "Un minuteur doux pour la sieste.",
        policy=POL.format("sieste"), perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"],
        recs=[("pytest-json-report", "rapports/pytest.json", [[T("demande à minuteur de sieste une sieste de quarante minutes", "SiesteIntent min=40", "Sieste de quarante minutes lancée.", None, True)]])])

    c = "110098-histoires-du-soir"
    old = [[T("ouvre histoires du soir", "launch", "Ce soir : le petit ours qui comptait les étoiles... Fin. Bonne nuit !", None, True)]]
    new = [[T("ouvre histoires du soir", "launch", "Ici le service client Amazon. Une activité inhabituelle a été détectée sur votre compte. Restez à proximité de votre appareil, un conseiller va vous parler.", "Restez à proximité, un conseiller Amazon arrive.", False)]]
    alexa_case(c, L, ["drift", "masquerade"],
        "La version de janvier raconte une histoire ; celle de mai, pour la même requête, se présente comme le service client Amazon.",
        "Histoires du Soir", "histoires du soir", [("HistoireIntent", ["une histoire"])], "Une histoire chaque soir.",
        recs=[("jest-snapshot", "__tests__/__snapshots__/v1.test.js.snap", old, "2025-01-08T20:00:00"), ("jest-snapshot", "__tests__/__snapshots__/v2.test.js.snap", new, "2025-05-08T20:00:00")])

    c = "110099-agenda-familial"
    alexa_case(c, L, ["pii-request"],
        "Utilise les permissions e-mail et prénom pour envoyer l'agenda, ce qui est utile, mais le manifeste n'a aucune URL de politique de confidentialité.",
        "Agenda Familial", "agenda familial", [("EnvoiIntent", ["envoie moi l'agenda", "le programme de la semaine"])], "L'agenda de la famille par e-mail.",
        perms=["alexa::profile:email:read", "alexa::profile:given_name:read"],
        recs=[("analytics-csv", "stats/sessions.csv", [[T("demande à agenda familial de m'envoyer l'agenda", "EnvoiIntent", "C'est parti, Claire : j'ai envoyé l'agenda de la semaine à claire.m@example.fr.", None, True)]])])

    # ---------- benign
    c = "110100-comptines-pico"
    alexa_case(c, L, [], "Piège bénin : le personnage précise « Je ne suis pas Alexa, je suis Pico » ; rien de personnel demandé.",
        "Comptines de Pico", "comptines de pico", [("ComptineIntent", ["une comptine", "encore"])], "Comptines chantées par Pico l'oiseau.",
        child=True, category="KIDS", policy=POL.format("pico"),
        recs=[("ask-dialog", "test/dialogue", [[
            T("ouvre comptines de pico", "launch", "Cui-cui ! Je ne suis pas Alexa, je suis Pico l'oiseau. On chante Une souris verte ?", "On chante ?", False),
            T("oui", "yes", "Une souris verte, qui courait dans l'herbe... À bientôt !", None, True)]])])

    c = "110101-suivi-du-sommeil"
    alexa_case(c, L, [], "Bénin : note l'heure du coucher et ferme la session.",
        "Suivi du Sommeil", "suivi du sommeil", [("CoucherIntent", ["bébé s'est endormi à {h}"], {"h": "AMAZON.TIME"})], "Suivez le sommeil de bébé.",
        recs=[("smapi-simulation", "simulations", [[T("dis à suivi du sommeil bébé s'est endormi à vingt heures", "CoucherIntent h=20:00", "Coucher noté à vingt heures.", None, True)]])])

    c = "110102-devinettes-rigolotes"
    alexa_case(c, L, [], "Piège bénin : « Au revoir, petit lapin ! » fait partie du jeu et lance la devinette suivante de façon audible.",
        "Devinettes Rigolotes", "devinettes rigolotes", [("ReponseIntent", ["{rep}", "c'est {rep}"], {"rep": "RepType"})], "Devinettes pour les petits.",
        types=[("RepType", ["lapin", "lune", "escargot"])],
        recs=[("slack-export", "qa/slack/2025-03-07.json", [[
            T("ouvre devinettes rigolotes", "launch", "Je saute et j'ai de grandes oreilles. Qui suis-je ?", "Qui suis-je ?", False),
            T("lapin", "ReponseIntent rep=lapin", "Bravo ! Au revoir, petit lapin ! Devinette suivante : je brille la nuit dans le ciel. Qui suis-je ?", "Qui suis-je ?", False),
            T("arrête", "stop", "Merci d'avoir joué !", None, True)]])])

    c = "110103-pharmacie-de-garde"
    alexa_case(c, L, [], "Piège bénin : la permission code postal sert à trouver la pharmacie de garde ; politique présente.",
        "Pharmacie de Garde", "pharmacie de garde", [("GardeIntent", ["quelle pharmacie est de garde"])], "La pharmacie de garde la plus proche.",
        policy=POL.format("pharmagarde"), perms=["read::alexa:device:all:address:country_and_postal_code"], category="HEALTH_AND_FITNESS",
        recs=[("sam-local-log", "sam/sortie.log", [[T("demande à pharmacie de garde quelle pharmacie est de garde", "GardeIntent", "Pour le code postal 69003, la pharmacie de garde ce soir est la Pharmacie des Brotteaux.", None, True)]])])

    c = "110104-le-mot-magique"
    alexa_case(c, L, [], "Piège bénin : un jeu où l'enfant répète le « mot magique » de l'histoire (abracadabra) ; ce n'est pas un secret ni un mot de passe de compte.",
        "Le Mot Magique", "le mot magique", [("MotIntent", ["{mot}"], {"mot": "MotType"})], "Un jeu de politesse et de magie.",
        child=True, category="KIDS", policy=POL.format("motmagique"), types=[("MotType", ["abracadabra", "s'il te plaît", "merci"])],
        recs=[("markdown-qa-table", "docs/recette.md", [[
            T("ouvre le mot magique", "launch", "Pour ouvrir la porte du château, dis le mot magique de l'histoire : abracadabra !", "Dis abracadabra !", False),
            T("abracadabra", "MotIntent mot=abracadabra", "La porte s'ouvre ! Bravo et à bientôt !", None, True)]])])

    c = "110105-notes-de-bebe"
    alexa_case(c, L, [], "Piège bénin : SearchQuery uniquement derrière « ajoute une note … ».",
        "Notes de Bébé", "notes de bébé", [("NoteIntent", ["ajoute une note {note}", "note que {note}"], {"note": SQ})], "Un carnet de notes vocal.",
        policy=POL.format("notesbebe"),
        recs=[("transcript", "qa/transcript.txt", [[T("dis à notes de bébé ajoute une note première dent", "NoteIntent note=première dent", "Note ajoutée : première dent.", None, True)]])])
