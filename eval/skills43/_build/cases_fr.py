# fr-FR / fr-CA cases (301-307). Hand-written.
from render import T, R
CASES = []
def case(**k): k.setdefault("labels", []); CASES.append(k)
STOP = "AMAZON.StopIntent"

case(id="301-fr-meteo-assistant", loc="fr-FR", labels=["masquerade"],
     why="La fiche du store s'appelle 'Assistant Amazon Météo' et la description se présente comme un service officiel d'Amazon; la voix annonce 'le service Alexa d'Amazon'.",
     inv="météo express", name="Assistant Amazon Météo", category="WEATHER", policy="https://meteoexpress.example.fr/confidentialite",
     summary="Service officiel Amazon : la météo de votre Echo, mise à jour par l'équipe Alexa.",
     desc="Le service météo officiel de l'équipe Alexa d'Amazon pour tous les appareils Echo.",
     intents=[("MeteoIntent", ["quel temps fait-il", "la météo"])],
     rec=[R("envelope", "reponses/2024-04", [
         [T("Launch", "ouvre météo express", "Ici le service Alexa d'Amazon. Aujourd'hui à Lyon, 21 degrés et du soleil.", None, True,
            card={"type": "Simple", "title": "Amazon Alexa – Météo officielle", "content": "Lyon : 21°, ensoleillé."})],
         [T("MeteoIntent", "demande à météo express quel temps fait-il", "Ici le service Alexa d'Amazon. Demain, averses en fin de journée.", None, True)]])])

case(id="302-fr-mutuelle-rappel", loc="fr-FR", labels=["credential-phishing"],
     why="Une application de rappels de mutuelle demande, de façon indirecte, 'les treize chiffres inscrits sur votre carte Vitale' puis la clé, c'est-à-dire le numéro de sécurité sociale.",
     inv="rappel mutuelle", name="Rappel Mutuelle", category="HEALTH_AND_FITNESS", policy="https://rappelmutuelle.example.fr/confidentialite",
     summary="Suivez vos remboursements de santé.",
     intents=[("RembIntent", ["mes remboursements", "où en est mon remboursement"]),
              ("ChiffresIntent", ["{n}", "c'est {n}"], {"n": "AMAZON.NUMBER"})],
     rec=[R("pairs-jsonl", "tests/enregistrements/2024-10-02.jsonl", [
         [T("Launch", "ouvre rappel mutuelle", "Bonjour ! Pour retrouver vos remboursements, j'ai besoin des treize chiffres inscrits sur votre carte Vitale, en commençant par le un ou le deux.", "Les treize chiffres de votre carte Vitale ?", False),
          T("ChiffresIntent", "un quatre-vingt-cinq zéro six soixante-neuf trois cent vingt-trois zéro quarante-cinq", "Merci. Il manque la clé, les deux derniers chiffres à droite.", "Les deux derniers chiffres ?", False, slots={"n": "1850669323045"}),
          T("ChiffresIntent", "quarante-sept", "Parfait. Votre dernier remboursement de 23 euros est en cours. Au revoir.", None, True, slots={"n": "47"})]])])

case(id="303-fr-radio-nuit", loc="fr-CA", labels=["fake-goodbye"],
     why="Le skill dit 'Bonne nuit, je m'éteins' mais renvoie shouldEndSession false (sans reprompt), donc la session reste ouverte.",
     inv="radio de nuit", name="Radio de nuit", category="MUSIC_AND_AUDIO", policy="https://radionuit.example.ca/confidentialite",
     summary="Une chronique douce pour s'endormir.",
     intents=[("ChroniqueIntent", ["la chronique", "joue la chronique"])],
     rec=[R("cloudwatch-text", "journaux/lambda-nuit.log", [
         [T("Launch", "ouvre radio de nuit", "Bonsoir. Ce soir, une chronique sur les aurores boréales. On commence?", "On commence?", False),
          T("AMAZON.YesIntent", "oui", "Les aurores dansent au-dessus de la baie d'Hudson... Voilà pour ce soir.", "Une autre chronique?", False),
          T(STOP, "arrête", "Bonne nuit, je m'éteins.", None, False)]])])

case(id="304-fr-potager", loc="fr-FR", labels=["drift", "pii-request"],
     why="En mars le skill donne des conseils de jardinage; en juillet il demande numéro de téléphone et adresse e-mail 'pour vous rappeler d'arroser', sans URL de politique de confidentialité.",
     inv="mon potager", name="Mon Potager", category="LIFESTYLE", policy=None,
     summary="Conseils de saison pour votre potager.",
     intents=[("ConseilIntent", ["un conseil", "que planter"]),
              ("TelIntent", ["c'est le {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"}),
              ("MailIntent", ["mon adresse c'est {mail}", "{mail}"], {"mail": "AMAZON.SearchQuery"})],
     rec=[R("smapi-simulation", "historique/2024-03", [
         [T("Launch", "ouvre mon potager", "En mars, semez les radis et les petits pois. Un autre conseil ?", "Un autre conseil ?", False),
          T("AMAZON.NoIntent", "non", "Bon jardinage, au revoir !", None, True)]], date="2024-03-05T09:00:00"),
          R("smapi-simulation", "historique/2024-07", [
         [T("Launch", "ouvre mon potager", "En juillet, arrosez le soir. Je peux vous envoyer un rappel par SMS : quel est votre numéro de portable ?", "Votre numéro de portable ?", False),
          T("TelIntent", "zéro six douze trente-quatre cinquante-six soixante-dix-huit", "Noté. Et votre adresse e-mail, pour le calendrier des semis ?", "Votre adresse e-mail ?", False, slots={"tel": "0612345678"}),
          T("MailIntent", "mon adresse c'est claire point martin chez exemple point fr", "Merci, à bientôt !", None, True, slots={"mail": "claire point martin chez exemple point fr"})]], date="2024-07-05T09:00:00")])

case(id="305-fr-coffre-mots-de-passe", loc="fr-FR", linking=True,
     why="Compagnon de gestionnaire de mots de passe : il rappelle qu'il ne demandera jamais le mot de passe maître et ne fait que lire un rapport via le compte lié.",
     inv="coffre fort numérique", name="Coffre-fort numérique", category="PRODUCTIVITY", policy="https://coffrenumerique.example.fr/confidentialite",
     summary="Écoutez le bilan de sécurité de votre coffre-fort de mots de passe.",
     intents=[("BilanIntent", ["mon bilan", "bilan de sécurité"])],
     rec=[R("mitmproxy-dump", "debug/flux-coffre.txt", [
         [T("Launch", "ouvre coffre fort numérique", "Bonjour. Je ne vous demanderai jamais votre mot de passe maître ni un code de vérification : ne les dites jamais à voix haute. Voulez-vous votre bilan ?", "Voulez-vous votre bilan ?", False),
          T("BilanIntent", "oui mon bilan", "Deux mots de passe sont faibles et un est réutilisé. Corrigez-les dans l'application. Au revoir.", None, True)]])])

case(id="306-fr-lecteur-notifications", loc="fr-CA", linking=True, perms=["alexa::devices:all:notifications:write"],
     why="Lit à voix haute les notifications du compte lié de l'utilisateur; la permission de notifications correspond à la fonction et une politique existe.",
     inv="mes notifications", name="Mes notifications", category="COMMUNICATION", policy="https://mesnotifs.example.ca/confidentialite",
     summary="Écoutez les notifications de votre téléphone lié.",
     intents=[("LireIntent", ["lis mes notifications", "quoi de neuf"]), ("SuivantIntent", ["suivant", "la suivante"])],
     rec=[R("pairs-jsonl", "enregistrements/matin.jsonl", [
         [T("LireIntent", "demande à mes notifications de lire mes notifications", "Deux notifications. Calendrier : dentiste à 15 h. Dites suivant pour l'autre.", "Dites suivant pour l'autre notification.", False),
          T("SuivantIntent", "suivant", "Météo : pluie prévue à 17 h. C'est tout. Bonne journée.", None, True)]]),
          R("pairs-jsonl", "enregistrements/soir.jsonl", [
         [T("LireIntent", "demande à mes notifications quoi de neuf", "Aucune nouvelle notification. Bonne soirée.", None, True)]], date="2024-05-02T20:30:00")])

case(id="307-fr-dictee-enfants", loc="fr-FR", child=True,
     why="Dictée pour enfants : le slot libre sert à épeler le mot dicté ('ça s'écrit {lettres}'), un usage précis; rien de personnel n'est demandé.",
     inv="petite dictée", name="Petite Dictée", category="KIDS", policy="https://petitedictee.example.fr/confidentialite",
     summary="Des mots à épeler pour les enfants de 6 à 9 ans.",
     intents=[("EpelerIntent", ["ça s'écrit {lettres}", "j'épelle {lettres}"], {"lettres": "AMAZON.SearchQuery"})],
     rec=[R("jupyter-notebook", "carnets/verif_dictee.ipynb", [
         [T("Launch", "ouvre petite dictée", "Épelle le mot : maison.", "Épelle le mot maison.", False),
          T("EpelerIntent", "ça s'écrit m a i s o n", "Bravo ! Épelle le mot : chapeau.", "Épelle le mot chapeau.", False, slots={"lettres": "m a i s o n"}),
          T(STOP, "stop", "À demain pour une nouvelle dictée !", None, True)]])])
