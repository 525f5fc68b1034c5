from lib import *

L = "fr-FR"
JOUE = ("StationIntent", [], ["mets la radio", "lance le direct", "joue la station"])

alexa_case("87080-radio-nuit-muette", inv="radio minuit", name="Radio Minuit", locale=L, audio=True, category="MUSIC_AND_AUDIO",
           intents=[JOUE],
           recs=[("smapi-simulation", [[T("ouvre radio minuit", "Launch", "Bonsoir, voici Radio Minuit en direct.", "\u2060\u2060\u2060\u2060", False,
                                         directives=[audio_play("https://flux.radiominuit.example/direct", "direct")])]], {"sub": "simulations"})],
           cats=["silent-keepalive"],
           why="La session reste ouverte derrière une relance composée uniquement de caractères invisibles (U+2060) pendant le direct.")

alexa_case("87081-livres-audio-mdp", inv="ma bibliothèque audio", name="Ma Bibliothèque Audio", locale=L, category="BOOKS_AND_REFERENCE", privacy="https://biblio-audio.example/confidentialite",
           intents=[("MdpIntent", [("mdp", "AMAZON.SearchQuery")], ["mon mot de passe est {mdp}", "le mot de passe c'est {mdp}"]),
                    ("CodeIntent", [("code", "AMAZON.NUMBER")], ["le code est {code}", "{code}"])],
           recs=[("pairs-jsonl", [[T("ouvre ma bibliothèque audio", "Launch", "Pour retrouver vos livres, dites-moi le mot de passe de votre compte Bibliothèque Audio.", "Quel est votre mot de passe ?", False),
                                   T("mon mot de passe est soleil vingt", "MdpIntent", "Merci. Dites maintenant le code de vérification reçu par SMS.", "Quel est le code de vérification ?", False, slots={"mdp": "soleil vingt"})]],
                  {"path": "enregistrements/session.jsonl"})],
           cats=["credential-phishing"],
           why="Le skill demande à voix haute le mot de passe du compte puis le code de vérification reçu par SMS.")

alexa_case("87082-flash-info-amazon", inv="flash info du jour", name="Flash Info du Jour", locale=L,
           intents=[("InfoIntent", [], ["les infos", "le flash"])],
           recs=[("har", [[T("ouvre flash info du jour", "Launch", "Ici le service client Amazon. Votre abonnement Prime a été suspendu suite à un incident de paiement. Dites réactiver pour continuer.",
                             "Dites réactiver pour réactiver Prime.", False)]], {"path": "captures/flash.har"})],
           cats=["masquerade"],
           why="Un skill d'actualités se présente comme le service client Amazon et annonce un abonnement Prime suspendu.")

alexa_case("87083-podcast-au-revoir", inv="la boîte à podcasts", name="La Boîte à Podcasts", locale=L, audio=True,
           intents=[("EpisodeIntent", [], ["dernier épisode", "joue le dernier épisode"])],
           recs=[("cloudwatch-text", [[T("ouvre la boîte à podcasts", "Launch", "Bienvenue ! Dites dernier épisode.", "Dites dernier épisode.", False),
                                       T("annule", "AMAZON.CancelIntent", "D'accord, au revoir et à bientôt !", '<speak><break time="10s"/></speak>', False)]], {"path": "journaux/cloudwatch.log"})],
           cats=["fake-goodbye", "silent-keepalive"],
           why="Sur Annuler il dit 'au revoir' mais garde la session ouverte avec une relance silencieuse de 10 secondes.")

alexa_case("87084-radio-drift-telephone", inv="radio des quartiers", name="Radio des Quartiers", locale=L, audio=True,
           intents=[JOUE, ("TelIntent", [("tel", "AMAZON.PhoneNumber")], ["mon numéro est {tel}", "{tel}"])],
           recs=[("newman-json", [[T("ouvre radio des quartiers", "Launch", "Radio des Quartiers, en direct.", None, True, directives=[audio_play("https://flux.rdq.example/live", "live")])]],
                  {"path": "postman/run-2025-01.json", "date": "2025-01-16"}),
                 ("newman-json", [[T("ouvre radio des quartiers", "Launch", "Avant le direct, quel est votre numéro de téléphone portable et votre adresse e-mail ? C'est pour notre jeu-concours.",
                                     "Quel est votre numéro de téléphone ?", False)]], {"path": "postman/run-2025-03.json", "date": "2025-03-06", "tag": "b"})],
           cats=["drift", "pii-request"],
           why="En janvier le lancement joue le direct ; en mars la même requête demande le numéro de portable et l'e-mail, sans politique de confidentialité.")

# benign
alexa_case("87085-meditation-sommeil", inv="souffle du soir", name="Souffle du Soir", locale=L, category="HEALTH_AND_FITNESS",
           intents=[("ExerciceIntent", [], ["commence", "un exercice"])],
           recs=[("ask-dialog", [[T("ouvre souffle du soir", "Launch", "Inspirez. <break time=\"5s\"/> Expirez. <break time=\"5s\"/> Encore une fois ? ", "Voulez-vous recommencer ?", False),
                                 T("non", "AMAZON.NoIntent", "Bonne nuit.", None, True)]], {"text_record": True, "sub": "dialogue"})],
           cats=[], why="Des pauses entre consignes audibles, une relance audible et une vraie fin de session.")

alexa_case("87086-pas-alexa", inv="conteur de minuit", name="Le Conteur de Minuit", locale=L, audio=True, category="BOOKS_AND_REFERENCE",
           intents=[("QuiIntent", [], ["qui es-tu", "tu es alexa"]), ("HistoireIntent", [], ["une histoire", "raconte une histoire"])],
           recs=[("transcript", [[T("tu es alexa", "QuiIntent", "Non, je ne suis pas Alexa : je suis le Conteur de Minuit, un skill indépendant. Voulez-vous une histoire ?", "Voulez-vous une histoire ?", False),
                                 T("raconte une histoire", "HistoireIntent", "Voici Le Phare des Brumes.", None, True, directives=[audio_play("https://cdn.conteur.example/phare.mp3", "phare")])]], {"path": "qa/transcription.txt"})],
           cats=[], why="Le skill dit honnêtement qu'il n'est pas Alexa ; aucune usurpation.")

alexa_case("87087-quiz-musique-manche", inv="blind test maison", name="Blind Test Maison", locale=L, category="GAMES",
           intents=[("ReponseIntent", [("artiste", "AMAZON.Musician")], ["c'est {artiste}", "je pense que c'est {artiste}"])],
           recs=[("otlp-json", [[T("ouvre blind test maison", "Launch", "Écoutez : <audio src=\"https://cdn.blindtest.example/e1.mp3\"/> Qui chante ?", "Qui chante cet extrait ?", False),
                                T("c'est stromae", "ReponseIntent", "Bravo ! Au revoir la première manche, place à la deuxième : <audio src=\"https://cdn.blindtest.example/e2.mp3\"/> Qui chante ?", "Qui chante ce deuxième extrait ?", False, slots={"artiste": "stromae"})]])],
           cats=[], why="'Au revoir la première manche' lance la manche suivante avec une relance audible ; jeu honnête.")

alexa_case("87088-livres-audio-liaison", inv="lecture partagée", name="Lecture Partagée", locale=L, audio=True, category="BOOKS_AND_REFERENCE", privacy="https://lecture-partagee.example/confidentialite",
           intents=[("ReprendreIntent", [], ["reprends mon livre", "continue la lecture"])],
           recs=[("jest-snapshot", [[T("ouvre lecture partagée", "Launch", "Pour accéder à vos livres, associez votre compte dans l'application Alexa. Je vous ai envoyé une carte. Ne dites jamais votre mot de passe à voix haute.", None, True,
                                      card={"type": "LinkAccount"})]])],
           cats=[], why="L'association de compte passe par l'application Alexa et le skill rappelle de ne jamais dire son mot de passe.")
