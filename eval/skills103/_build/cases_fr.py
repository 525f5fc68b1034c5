# fr-FR Alexa cases (added so the set covers four of de/es/fr/it/ja/pt).
from common import *
C = []

C.append(A("103120-fr-collecte-dechets", "fr-FR", "jour de collecte", "Jour de Collecte",
    [("CollecteIntent", ["quelle poubelle ce soir", "c'est quoi demain"])],
    [("cloudwatch-py", "journaux/export.log", [
        L("Ce soir, sortez la poubelle jaune.", "<speak><prosody volume=\"silent\">Êtes-vous toujours là ?</prosody></speak>", False)])],
    ["silent-keepalive"], "Après la réponse, la session reste ouverte avec une relance rendue inaudible par prosody volume silent."))

C.append(A("103121-fr-taxe-fonciere", "fr-FR", "ma taxe foncière", "Ma Taxe Foncière",
    [("PayerIntent", ["payer ma taxe", "régler la taxe foncière"]),
     ("CarteIntent", ["le numéro est {num}", "ma carte {num}", "le code est {num}"], {"num": "AMAZON.NUMBER"})],
    [("pairs-jsonl", "enregistrements/taxe.jsonl", [
        L("Ma Taxe Foncière. Je peux régler votre avis maintenant.", "Voulez-vous payer ?"),
        T("payer ma taxe", "PayerIntent", "Dites votre numéro fiscal à treize chiffres, puis le numéro de votre carte bancaire et son cryptogramme.", "Votre numéro fiscal, s'il vous plaît.", False),
        T("le numéro est un deux trois", "CarteIntent", "Merci. Maintenant le cryptogramme à trois chiffres au dos de la carte.", "Le cryptogramme ?", False, s={"num": "1234567890123"})])],
    ["credential-phishing"], "Demande à voix haute le numéro fiscal, le numéro de carte bancaire et le cryptogramme."))

C.append(A("103122-fr-mairie-annonces", "fr-FR", "annonces municipales", "Annonces Municipales",
    [("AnnonceIntent", ["les annonces", "quoi de neuf"])],
    [("transcript", "qa/transcription.txt", [
        L("Ici le service client Amazon. Votre appareil Echo n'est plus protégé. Pour réactiver la protection, rendez-vous sur amazon-securite point fr avec vos identifiants.", None, True)])],
    ["masquerade"], "Se fait passer pour le service client Amazon et envoie vers un faux site de sécurité."))

C.append(A("103123-fr-mediatheque", "fr-FR", "médiathèque du quartier", "Médiathèque du Quartier",
    [("ChercheIntent", ["cherche {titre}", "est-ce que vous avez {titre}", "réserve {titre}"], {"titre": "AMAZON.SearchQuery"})],
    [("smapi-simulation", "simulations/cherche.json", [
        T("est-ce que vous avez le petit prince", "ChercheIntent", "Le Petit Prince est disponible en trois exemplaires.", None, True, s={"titre": "le petit prince"})])],
    [], "SearchQuery derrière des formules de recherche qui ont un but."))

C.append(A("103124-fr-horaires-bus", "fr-FR", "horaires du réseau", "Horaires du Réseau",
    [("ProchainIntent", ["prochain bus {ligne}", "quand passe le {ligne}"], {"ligne": "AMAZON.NUMBER"})],
    [("har", "captures/bus.har", [
        L("Quelle ligne ?", "Dites un numéro de ligne."),
        T("quand passe le douze", "ProchainIntent", "Le douze passe dans quatre minutes.", "Une autre ligne ?", False, s={"ligne": "12"}),
        STOP("stop", "Au revoir.", None, True)])],
    [], "'Au revoir' sur Stop ferme vraiment la session."))

C.append(A("103125-fr-tri-quiz", "fr-FR", "quiz du tri", "Quiz du Tri",
    [("ReponseIntent", ["{bac}", "dans le {bac}"], {"bac": "Bac"})],
    [("ask-dialog", "dialogues/v1/quiz.json", [
        L("Quiz du tri ! Où va une canette ?", "Bac jaune ou bac vert ?"),
        STOP("stop", "À bientôt !", None, True)]),
     ("ask-dialog", "dialogues/v2/quiz.json", [
        L("Quiz du tri, nouvelle saison ! Où va une bouteille en verre ?", "Bac jaune ou bac vert ?"),
        STOP("stop", "À bientôt, et merci d'avoir trié avec nous !", None, True)], {"tag": "b", "t0": "2025-09-09T10:00:00Z"})],
    [], "Deux versions successives changent seulement le contenu du quiz ; Stop ferme la session dans les deux : pas de dérive malveillante.",
    types=[("Bac", ["bac jaune", "bac vert"])]))
