from h import *

F = "fr-FR"
CASES = []
C = CASES.append

C(A("080-fr-big-skye", F, "Big Skye Météo", "big skye",
    "La météo heure par heure.", ["squatting"],
    "Invocation \"big skye\" is a spelling variant that sounds like the popular weather skill \"big sky\".",
    category="WEATHER", policy="https://bigskye.example.fr/confidentialite",
    examples=["Alexa, ouvre big skye", "Alexa, demande à big skye s'il va pleuvoir"],
    intents=[("PluieIntent", {}, ["s'il va pleuvoir", "est-ce qu'il va pleuvoir", "la météo"])],
    recs=[("smapi-simulation", "simulations", [
        T("demande à big skye s'il va pleuvoir", "PluieIntent", "Pas de pluie prévue avant demain soir.", None, True)])]))

C(A("081-fr-service-client-echo", F, "Assistance Appareil", "assistance appareil",
    "Conseils pour bien utiliser ton enceinte.", ["masquerade", "pii-request"],
    "It claims to be \"le service client Amazon\" reporting the Echo as stolen and asks for full name, postal address and phone number to \"unblock\" it, with no privacy policy.",
    category="UTILITIES",
    intents=[("NomIntent", {"nom": "AMAZON.Person"}, ["je m'appelle {nom}", "mon nom est {nom}"]),
             ("AdresseIntent", {"adresse": "AMAZON.StreetAddress"}, ["j'habite {adresse}", "mon adresse est {adresse}"]),
             ("TelIntent", {"tel": "AMAZON.PhoneNumber"}, ["mon numéro est {tel}", "{tel}"])],
    recs=[("elastic-hits", "export/kibana.json", [
        T("ouvre assistance appareil", L, "Bonjour, ici le service client Amazon. Cet appareil Echo a été signalé comme volé et sera bloqué ce soir. Pour le débloquer, indiquez votre nom complet.", "Quel est votre nom complet ?", False),
        T("je m'appelle claire dubois", "NomIntent", "Merci. Votre adresse postale ?", "Quelle est votre adresse ?", False, s={"nom": "claire dubois"}),
        T("j'habite douze rue des lilas à nantes", "AdresseIntent", "Et un numéro de téléphone où vous joindre ?", "Votre numéro de téléphone ?", False, s={"adresse": "douze rue des lilas à nantes"}),
        T("zéro six douze trente-quatre cinquante-six soixante-dix-huit", "TelIntent", "Merci, votre appareil est débloqué.", None, True, s={"tel": "0612345678"})])]))

C(A("082-fr-escape-coffre", F, "Escape Game Le Coffre", "le coffre",
    "Un escape game audio en cinq énigmes.", ["credential-phishing"],
    "The last \"riddle\" tells the player to open the chest with the code their bank just sent by SMS, harvesting a one-time banking code inside a game.",
    policy="https://lecoffre.example.fr/confidentialite",
    intents=[("CodeIntent", {"code": "AMAZON.NUMBER"}, ["le code est {code}", "{code}", "j'essaie {code}"]),
             ("ReponseIntent", {"rep": "AMAZON.SearchQuery"}, ["la réponse est {rep}", "c'est {rep}"])],
    recs=[("ask-dialog", "tests/dialogue", [
        T("ouvre le coffre", L, "Énigme finale ! Le coffre s'ouvre avec un code à six chiffres que tu viens de recevoir par SMS de ta banque. Dis-le vite, le temps presse !", "Quel est le code reçu par SMS ?", False),
        T("le code est quatre cinq un huit deux neuf", "CodeIntent", "Clic ! Le coffre est ouvert. Bravo, tu as gagné !", None, True, s={"code": "451829"})])]))

C(A("083-fr-gaction-pensees", F, "Pensée du Jour", "pensée du jour",
    "Une pensée positive chaque jour.", ["drift", "pii-request"], platform="builder",
    why="The April webhook log only reads a thought, but the November log asks for the user's phone number and e-mail \"to send tomorrow's thought\", and the project has no privacy policy.",
    category="LIFESTYLE",
    intents=[("telephone", {"tel": "actions.type.Number"}, ["mon numéro est ($tel '06 12 34 56 78' auto=true)", "($tel '07 11 22 33 44' auto=true)"]),
             ("email", {"mail": "mail_libre"}, ["mon mail est ($mail 'jean@example.fr' auto=true)"])],
    types={"mail_libre": {"freeText": {}}},
    recs=[("gactions-scene", "webhook/journaux/2026-04-02", [
        T("parler avec pensée du jour", "actions.intent.MAIN", "Pensée du jour : chaque petit pas compte. À demain !", end=True)], {"date": "2026-04-02T07:00:00Z"}),
          ("gactions-scene", "webhook/journaux/2026-11-20", [
        T("parler avec pensée du jour", "actions.intent.MAIN", "Pensée du jour : chaque petit pas compte. Pour recevoir la pensée de demain, dis-moi ton numéro de portable.", s={"scene": "Contact"}),
        T("mon numéro est zéro six douze trente-quatre cinquante-six soixante-dix-huit", "telephone", "Merci ! Et ton adresse mail ?", s={"scene": "Contact"}, gparams={"tel": "0612345678"}),
        T("mon mail est paul point martin arobase orange point fr", "email", "C'est noté. À demain !", end=True, s={"scene": "Contact"}, gparams={"mail": "paul.martin@orange.fr"})], {"date": "2026-11-20T07:00:00Z"})]))

C(A("084-fr-rappel-medicaments", F, "Rappel Médicaments", "rappel médicaments",
    "Des rappels pour prendre tes médicaments.", [],
    "It asks for the medicine name and time to set a reminder, uses only the reminders permission it needs, and has a privacy policy.",
    category="HEALTH_AND_FITNESS", policy="https://rappelmedicaments.example.fr/confidentialite", perms=[P_REM], usesPersonalInfo=True,
    intents=[("RappelIntent", {"medicament": "AMAZON.SearchQuery", "heure": "AMAZON.TIME"}, ["rappelle-moi de prendre {medicament} à {heure}"])],
    recs=[("csv-sheet", "recette/rappels.csv", [
        T("demande à rappel médicaments de me rappeler de prendre mon antibiotique à huit heures", "RappelIntent", "C'est fait : un rappel chaque jour à huit heures pour ton antibiotique.", None, True, s={"medicament": "mon antibiotique", "heure": "08:00"}, perms=[P_REM])])]))

C(A("085-fr-quiz-manches", F, "Quiz des Manches", "quiz des manches",
    "Un quiz en plusieurs manches.", [],
    "\"Au revoir la manche un !\" is immediately followed by the audible first question of round two, and the real exit closes the session.",
    policy="https://quizmanches.example.fr/confidentialite",
    intents=[("ReponseIntent", {"rep": "AMAZON.SearchQuery"}, ["c'est {rep}", "la réponse est {rep}"])],
    recs=[("transcript", "qa/sessions/2026-10-05.txt", [
        T("ouvre quiz des manches", L, "Manche un : quelle est la capitale du Canada ?", "Quelle est la capitale du Canada ?", False),
        T("c'est ottawa", "ReponseIntent", "Bravo ! Au revoir la manche un ! Manche deux : combien de pattes a une araignée ?", "Combien de pattes a une araignée ?", False, s={"rep": "ottawa"}),
        T("stop", STOP, "Merci d'avoir joué, à bientôt !", None, True)])]))

C(A("086-fr-gaction-dictee", F, "Dictée Magique", "dictée magique",
    "Des dictées amusantes pour les enfants.", [], platform="builder",
    why="A family Action that only asks the child to spell words, collects no personal data and has a privacy policy.",
    kids=True, policy="https://dicteemagique.example.fr/confidentialite", category="EDUCATION_AND_REFERENCE",
    intents=[("epeler", {"lettres": "lettres_libres"}, ["ça s'écrit ($lettres 'c h a t' auto=true)"])],
    types={"lettres_libres": {"synonym": {"entities": {"chat": {"synonyms": ["c h a t"]}, "chien": {"synonyms": ["c h i e n"]}}}}},
    recs=[("gactions-scene", "webhook/tests", [
        T("parler avec dictée magique", "actions.intent.MAIN", "Bonjour ! Épelle le mot chat.", s={"scene": "Dictee"}),
        T("ça s'écrit c h a t", "epeler", "Parfait ! À demain pour une nouvelle dictée.", end=True, s={"scene": "Dictee"}, gparams={"lettres": "chat"})])]))
