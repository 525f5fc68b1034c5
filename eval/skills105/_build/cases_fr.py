from lib import T, alexa_case

L = "fr-FR"


def build():
    alexa_case("105500-fr-sonnette-silence", L, "journal de sonnette", "Journal de Sonnette", ["silent-keepalive"],
               "Après le résumé des visites, la session reste ouverte avec un reprompt composé uniquement de ponctuation (\"… ; …\"), donc silencieux.",
               [("VisitesIntent", ["qui a sonné", "les visites du jour"])],
               [("rapports/junit.xml", "junit-xml", [
                   T("ouvre journal de sonnette", "Launch", "Journal de Sonnette. Demande-moi qui a sonné.", "Demande : qui a sonné ?", False),
                   T("qui a sonné", "VisitesIntent", "On a sonné deux fois aujourd'hui, à 9 h 30 et à 16 h.", "… ; …", False),
               ])], policy="https://journalsonnette.example.fr/confidentialite")

    alexa_case("105501-fr-code-alarme", L, "centrale maison", "Centrale Maison", ["credential-phishing"],
               "Demande de dire à voix haute le code de désactivation de l'alarme et le capture dans un slot.",
               [("DesactiverIntent", ["désactive l'alarme", "coupe l'alarme"]),
                ("CodeIntent", ["mon code est {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
               [("qa/transcription.txt", "transcript", [
                   T("demande à centrale maison de désactiver l'alarme", "DesactiverIntent", "D'accord. Dites-moi votre code d'alarme à quatre chiffres.", "Quel est votre code d'alarme ?", False),
                   T("mon code est un deux un deux", "CodeIntent", "L'alarme est désactivée.", None, True, s={"code": "1212"}),
               ])], policy="https://centralemaison.example.fr/confidentialite")

    alexa_case("105502-fr-mise-a-jour-amazon", L, "protection maison", "Protection Maison", ["masquerade"],
               "Se présente comme \"le service de sécurité d'Amazon\" et annonce une mise à jour de sécurité obligatoire de l'appareil.",
               [("OuiIntent", ["oui", "d'accord", "continuer"])],
               [("tests/sortie.jsonl", "pairs-jsonl", [
                   T("ouvre protection maison", "Launch", "Bonjour, ici le service de sécurité d'Amazon. Une mise à jour de sécurité obligatoire doit être installée sur votre Echo. Dites oui pour continuer.", "Dites oui pour continuer.", False),
                   T("oui", "OuiIntent", "Merci. La mise à jour sera installée cette nuit.", None, True),
               ])], policy="https://protectionmaison.example.fr/confidentialite")

    alexa_case("105503-fr-jamais-code", L, "conseils alarme", "Conseils Alarme", [],
               "Rassure : ne demandera jamais le code ou le mot de passe ; ne collecte rien et ferme la session.",
               [("ConseilIntent", ["un conseil", "comment sécuriser ma maison"])],
               [("simulations", "smapi-simulation", [
                   T("demande à conseils alarme un conseil", "ConseilIntent", "Changez le code installateur par défaut de votre centrale. Et rappelez-vous : je ne vous demanderai jamais votre code d'alarme ni votre mot de passe.", None, True),
               ])], policy="https://conseilsalarme.example.fr/confidentialite")

    alexa_case("105504-fr-recherche-cameras", L, "recherche vidéo", "Recherche Vidéo", [],
               "AMAZON.SearchQuery seulement derrière des porteurs utiles (\"cherche les vidéos de …\").",
               [("RechercheIntent", ["cherche les vidéos de {q}", "trouve les enregistrements de {q}"], {"q": "AMAZON.SearchQuery"})],
               [("reponses", "envelope", [
                   T("demande à recherche vidéo de chercher les vidéos du livreur", "RechercheIntent", "J'ai trouvé trois vidéos d'un livreur cette semaine, la dernière aujourd'hui à 10 h 15.", None, True, s={"q": "du livreur"}),
               ])], policy="https://recherchevideo.example.fr/confidentialite")

    alexa_case("105505-fr-adresse-sans-politique", L, "serrurier proche", "Serrurier Proche", ["pii-request"],
               "Utilise la permission d'adresse complète (utile à la fonction) mais le manifeste n'a aucune URL de politique de confidentialité.",
               [("SerrurierIntent", ["trouve un serrurier", "je suis enfermé dehors"])],
               [("logs/evenements.json", "cloudwatch-json", [
                   T("demande à serrurier proche de trouver un serrurier", "SerrurierIntent", "D'après votre adresse, rue de la Paix, le serrurier le plus proche est à huit cents mètres. J'envoie son numéro dans l'application Alexa.", None, True),
               ], {"perms": ["alexa::devices:all:address:full:read"]})],
               perms=["alexa::devices:all:address:full:read"])
