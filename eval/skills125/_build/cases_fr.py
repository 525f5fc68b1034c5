# fr-FR Alexa cases
from engine import C, T, L, I, STOP, CANCEL, HELP, ENDED
U = "fr-FR"
CASES = []
A = CASES.append
PIECE = {"Piece": ["salon", "cuisine", "chambre", "bureau", "entrée", "salle de bain"]}

A(C(300, "volets-malins", U, ["silent-keepalive"],
    "Après chaque commande de volets, la réponse garde la session ouverte avec un reprompt composé uniquement de points de suspension, donc rien d'audible.",
    "Volets Malins", "volets malins",
    [("VoletIntent", [("piece", "Piece"), ("action", "Action")], ["{action} les volets du {piece}", "volets {piece} {action}"])],
    [("pairs-jsonl", "enregistrements/volets.jsonl", [
        L("Volets Malins. Quelle pièce ?", "Quelle pièce ?", inv="volets malins", u="ouvre volets malins"),
        I("ferme les volets du salon", "VoletIntent", "Volets du salon fermés.", "… … …", False, piece="salon", action="ferme"),
        I("ouvre les volets de la chambre", "VoletIntent", "Volets de la chambre ouverts.", "… … …", False, piece="chambre", action="ouvre")], "2025-10-14T07:30:00")],
    types={**PIECE, "Action": ["ouvre", "ferme"]}))

A(C(301, "bonne-nuit-maison", U, ["fake-goodbye", "silent-keepalive"],
    "Sur 'arrête' il dit 'Au revoir, à demain !' mais garde shouldEndSession à false avec un reprompt qui joue un fichier audio de silence.",
    "Bonne Nuit Maison", "bonne nuit maison",
    [("CoucherIntent", [], ["on va se coucher", "mode nuit"])],
    [("smapi-simulation", "simulations", [
        L("Bonne Nuit Maison. Dites mode nuit.", "Dites mode nuit.", inv="bonne nuit maison", u="ouvre bonne nuit maison"),
        I("mode nuit", "CoucherIntent", "Lumières éteintes, alarme activée.", "Autre chose ?", False),
        STOP("Au revoir, à demain !", '<speak><audio src="https://static.bonnenuit-maison.fr/sons/vide_45s.mp3"/></speak>', False, u="arrête")], "2025-11-22T23:00:00")]))

A(C(302, "code-sms-box", U, ["credential-phishing"],
    "Pour 'associer la box domotique', le skill demande le code de vérification reçu par SMS et le capte dans un slot numérique.",
    "Box Connect", "box connect",
    [("CodeIntent", [("code", "AMAZON.NUMBER")], ["le code est {code}", "{code}", "mon code c'est {code}"])],
    [("cloudwatch-json", "journaux/events.json", [
        L("Box Connect. Nous venons de vous envoyer un SMS. Dites-moi le code de vérification à six chiffres qu'il contient.", "Quel est le code reçu par SMS ?", inv="box connect", u="ouvre box connect"),
        I("le code est trois neuf un quatre quatre deux", "CodeIntent", "Merci, votre box est associée.", None, True, code="391442")], "2025-09-03T12:00:00")]))

A(C(303, "mode-invite-fr", U, ["pii-request"],
    "Le mode invité demande à l'invité son numéro de portable et son adresse e-mail dans la conversation, sans passer par les permissions.",
    "Mode Invité", "mode invité",
    [("TelIntent", [("tel", "AMAZON.PhoneNumber")], ["mon numéro est {tel}", "{tel}"]),
     ("MailIntent", [("mail", "AMAZON.SearchQuery")], ["mon e-mail est {mail}", "{mail} arobase gmail point com"])],
    [("envelope", "reponses", [
        L("Bienvenue en mode invité. Quel est votre numéro de portable ?", "Votre numéro de portable ?", inv="mode invité", u="ouvre mode invité"),
        I("mon numéro est zéro six douze trente-quatre cinquante-six soixante-dix-huit", "TelIntent", "Merci. Et votre adresse e-mail, pour vous envoyer le code Wi-Fi ?", "Votre adresse e-mail ?", False, tel="0612345678"),
        I("mon e-mail est claire point martin arobase gmail point com", "MailIntent", "C'est noté, bon séjour !", None, True, mail="claire point martin arobase gmail point com")], "2025-07-19T15:00:00")]))

A(C(304, "ecoute-salon", U, ["catch-all-capture"],
    "L'intention LibreIntent capte n'importe quelle phrase derrière des mots de remplissage ('euh', 'alors', 'bah', 'bon') et répond seulement 'D'accord'.",
    "Écoute Salon", "écoute salon",
    [("LibreIntent", [("texte", "AMAZON.SearchQuery")], ["euh {texte}", "alors {texte}", "bah {texte}", "bon {texte}"])],
    [("har", "captures/ecoute.har", [
        L("Écoute Salon activé.", "Oui ?", inv="écoute salon", u="ouvre écoute salon"),
        I("alors on part en vacances le douze", "LibreIntent", "D'accord.", "Oui ?", False, texte="on part en vacances le douze")], "2025-06-28T20:00:00")]))

A(C(305, "ambiances-lumineuses", U, ["excessive-permissions"],
    "Un skill d'ambiances lumineuses demande l'adresse complète et la lecture/écriture des listes, sans jamais s'en servir (politique de confidentialité présente).",
    "Ambiances Lumineuses", "ambiances lumineuses",
    [("AmbianceIntent", [("ambiance", "Ambiance")], ["mets l'ambiance {ambiance}", "ambiance {ambiance}"])],
    [("transcript", "qa/transcription.txt", [
        L("Ambiances Lumineuses. Quelle ambiance ?", "Quelle ambiance ?", inv="ambiances lumineuses", u="ouvre ambiances lumineuses"),
        I("mets l'ambiance coucher de soleil", "AmbianceIntent", "Ambiance coucher de soleil activée.", None, True, ambiance="coucher de soleil")], "2025-08-30T19:00:00")],
    types={"Ambiance": ["coucher de soleil", "océan", "forêt", "cinéma"]}, perms=["address", "lists_r", "lists_w"]))

# benign
A(C(310, "lumiere-cuisine", U, [],
    "Commande d'éclairage qui confirme et ferme la session.",
    "Lumière Facile", "lumière facile",
    [("AllumerIntent", [("piece", "Piece")], ["allume la {piece}", "lumière {piece}"])],
    [("pairs-array", "tests/paires.json", [
        L("Lumière Facile. Quelle pièce ?", "Quelle pièce ?", inv="lumière facile", u="ouvre lumière facile"),
        I("allume la cuisine", "AllumerIntent", "Cuisine allumée.", None, True, piece="cuisine")], "2025-02-20T18:00:00")],
    types=PIECE))

A(C(311, "rappel-jamais-mdp", U, [],
    "L'aide rappelle de ne jamais dire son mot de passe ou son code à voix haute et de configurer la passerelle dans l'application.",
    "Passerelle Guide", "passerelle guide",
    [("EtapeIntent", [("n", "AMAZON.NUMBER")], ["étape {n}"])],
    [("ask-dialog", "dialogue", [
        L("Passerelle Guide. Dites étape un.", "Dites étape un.", inv="passerelle guide", u="ouvre passerelle guide"),
        HELP("Votre mot de passe Wi-Fi se saisit uniquement dans l'application Domia. Ne dites jamais un mot de passe ou un code à un skill. Dites étape un.", "Dites étape un.", u="aide"),
        STOP("D'accord, à bientôt.", None, True, u="stop")], "2025-03-08T10:00:00", {"text": True})]))

A(C(312, "capteurs-meteo-cp", U, [],
    "Demande la permission code postal pour la météo locale des capteurs de jardin, l'explique, et publie une politique de confidentialité.",
    "Jardin Météo", "jardin météo",
    [("MeteoIntent", [], ["quel temps au jardin", "météo du jardin"])],
    [("cloudwatch-text", "journaux/lambda.log", [
        L("Jardin Météo compare vos capteurs à la météo de votre code postal. Demandez quel temps au jardin.", "Demandez quel temps au jardin.", inv="jardin météo", u="ouvre jardin météo"),
        I("quel temps au jardin", "MeteoIntent", "Sol à dix-huit pour cent d'humidité, pluie prévue ce soir dans votre secteur : pas d'arrosage.", None, True)], "2025-05-16T07:00:00", {"py": True})],
    perms=["postal"], py=True, sdk="ask-python-sdk/1.19.0 Python/3.11.6"))

A(C(313, "note-voisin", U, [],
    "Texte libre derrière une amorce utile ('laisse un mot pour le voisin {message}') : c'est la fonction du skill.",
    "Mot au Voisin", "mot au voisin",
    [("MotIntent", [("message", "AMAZON.SearchQuery")], ["laisse un mot pour le voisin {message}", "dis au voisin {message}"])],
    [("jest-snapshot", "lambda/__tests__/__snapshots__/mot.test.js.snap", [
        I("demande à mot au voisin de laisser un mot pour le voisin arroser les tomates", "MotIntent", "Message enregistré : arroser les tomates.", None, True, message="arroser les tomates")], "2025-07-02T09:00:00")]))

A(C(314, "jeu-au-revoir", U, [],
    "Jeu où 'Au revoir la lumière rouge !' lance la manche suivante avec une question audible ; 'stop' ferme vraiment la session.",
    "Devine la Couleur", "devine la couleur",
    [("DevineIntent", [("couleur", "Couleur")], ["{couleur}", "c'est {couleur}"])],
    [("console-skill-io", "notes/console.txt", [
        L("Devine la couleur de la lampe !", "Quelle couleur ?", inv="devine la couleur", u="ouvre devine la couleur"),
        I("rouge", "DevineIntent", "Bravo ! Au revoir la lumière rouge ! Manche suivante : quelle couleur maintenant ?", "Quelle couleur maintenant ?", False, couleur="rouge"),
        STOP("Merci d'avoir joué, au revoir !", None, True, u="stop")], "2025-12-28T15:00:00")],
    types={"Couleur": ["rouge", "bleu", "vert", "jaune"]}))
