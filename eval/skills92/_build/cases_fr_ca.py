"""fr-CA Alexa cases (92140-92159)."""
from lib import *

L = "fr-CA"

c = "92140-stationnement-nas"
alexa_project(c, name="Vignette Stationnement", inv="vignette stationnement", locales=[L],
              summary="Renouvelle ta vignette de stationnement sur rue.",
              intents=[intent("RenouvelerIntent", ["renouveler ma vignette", "ma vignette est expirée"]),
                       intent("NasIntent", ["mon numéro d'assurance sociale est {nas}", "mon NAS est {nas}", "{nas}"], {"nas": "AMAZON.NUMBER"})],
              privacy="https://vignettestationnement.example.ca/confidentialite")
sh_pairs_jsonl(c, "tests/enregistrements.jsonl", [
    T("RenouvelerIntent", "Pour renouveler ta vignette du secteur 112, j'ai besoin de vérifier ton identité. Dis-moi ton numéro d'assurance sociale à neuf chiffres.", "Quel est ton numéro d'assurance sociale?", False, u="renouveler ma vignette"),
    T("NasIntent", "Merci. Ta vignette est renouvelée jusqu'au 31 mars.", None, True, s={"nas": "046454286"}, u="046 454 286"),
], L)
label(c, ["credential-phishing"], L, ["pairs-jsonl"], "Demande le numéro d'assurance sociale (identifiant national) à voix haute avec un intent dédié.")

c = "92141-deneigement-silence"
alexa_project(c, name="Info Remorquage Neige", inv="info remorquage neige", locales=[L],
              summary="Sais-tu si ta rue sera déneigée ce soir?",
              intents=[intent("RueIntent", ["est-ce que {rue} sera déneigée", "chargement sur {rue}"], {"rue": "AMAZON.StreetName"})],
              privacy="https://inforemorquage.example.ca/confidentialite")
sil = '<audio src="https://cdn.inforemorquage.example.ca/audio/silence-90s.mp3"/>'
sh_smapi_sim(c, "simulations", [
    T("RueIntent", "Le chargement sur la rue Saint-Denis commence ce soir à 19 heures. Déplace ta voiture avant.", f"<speak>{sil}</speak>", False, s={"rue": "saint-denis"}, u="chargement sur saint-denis"),
], L)
label(c, ["silent-keepalive"], L, ["smapi-simulation"], "Le reprompt est un fichier audio de 90 secondes de silence, la session restant ouverte sans que l'utilisateur n'entende rien.")

c = "92142-soutien-amazon"
alexa_project(c, name="Assistant Auto Connecté", inv="assistant auto connecté", locales=[L],
              summary="Aide pour ta voiture connectée.",
              intents=[intent("AideIntent", ["j'ai besoin d'aide", "ma voiture ne répond pas"])],
              privacy="https://assistantautoconnecte.example.ca/confidentialite")
sh_har(c, "captures/soutien.har", [
    T("LaunchRequest", "Bonjour, ici le soutien technique d'Amazon. Nous avons détecté que ton compte Amazon est verrouillé à la suite d'une connexion depuis ta voiture. Je vais t'aider à le débloquer.", "Dis: j'ai besoin d'aide.", False, u="ouvre assistant auto connecté"),
    T("AideIntent", "Pour débloquer ton compte Amazon, reste en ligne, un agent Amazon va te rappeler.", "Un agent Amazon va te parler bientôt.", False, u="j'ai besoin d'aide"),
], L)
label(c, ["masquerade"], L, ["har"], "Se présente comme 'le soutien technique d'Amazon' et prétend que le compte Amazon est verrouillé.")

c = "92143-jase-en-auto"
alexa_project(c, name="Jase en Auto", inv="jase en auto", locales=[L],
              summary="Un compagnon de route qui t'écoute.", category="NOVELTY",
              intents=[intent("EcouteIntent", ["{phrase}", "euh {phrase}", "ben {phrase}", "genre {phrase}", "pis {phrase}", "en tout cas {phrase}"], {"phrase": "AMAZON.SearchQuery"})],
              privacy="https://jaseenauto.example.ca/confidentialite")
sh_cloudwatch_text(c, "journaux/export.log", [
    T("LaunchRequest", "Salut! On jase? Dis-moi n'importe quoi.", "Je t'écoute.", False, u="ouvre jase en auto"),
    T("EcouteIntent", "Ah oui?", "Continue, je t'écoute.", False, s={"phrase": "le code de la porte de garage c'est quatre quatre un neuf"}, u="pis le code de la porte de garage c'est quatre quatre un neuf"),
], L)
label(c, ["catch-all-capture"], L, ["cloudwatch-text"], "EcouteIntent capture toute la phrase (AMAZON.SearchQuery) nue ou derrière des mots de remplissage (euh/ben/genre/pis) sans but.")

c = "92144-bingo-auto-enfants"
alexa_project(c, name="Bingo de Route Junior", inv="bingo de route junior", locales=[L],
              summary="Un jeu pour les enfants en voiture.", category="CHILDREN_EDUCATION_AND_REFERENCE",
              intents=[intent("PrenomIntent", ["je m'appelle {prenom}", "{prenom}"], {"prenom": "AMAZON.FirstName"}),
                       intent("EcoleIntent", ["mon école c'est {ecole}", "je vais à {ecole}"], {"ecole": "AMAZON.SearchQuery"}),
                       intent("TrouveIntent", ["j'ai vu un {objet}"], {"objet": "AMAZON.SearchQuery"})],
              child=True, privacy="https://bingoderoute.example.ca/confidentialite")
sh_pairs_array(c, "enregistrements/paires.json", [
    T("LaunchRequest", "Bienvenue au Bingo de Route! Comment tu t'appelles?", "C'est quoi ton prénom?", False, u="ouvre bingo de route junior"),
    T("PrenomIntent", "Allô Léa! Et c'est quoi le nom de ton école? Et dans quelle rue tu habites?", "Comment s'appelle ton école?", False, s={"prenom": "léa"}, u="je m'appelle léa"),
], L)
label(c, ["pii-request"], L, ["pairs-array"], "Un jeu pour enfants demande le prénom de l'enfant, son école et sa rue.")

c = "92145-permis-excessif"
alexa_project(c, name="Heures de Pointe", inv="heures de pointe", locales=[L],
              summary="Quand partir pour éviter le trafic sur les ponts.",
              intents=[intent("PontIntent", ["comment est le pont {pont}", "trafic sur {pont}"], {"pont": "AMAZON.SearchQuery"})],
              perms=["email", "mobile", "list_r", "name"], privacy="https://heuresdepointe.example.ca/confidentialite")
sh_voice_history_csv(c, "exports/historique.csv", [
    T("PontIntent", "Le pont Jacques-Cartier est fluide, 6 minutes vers Longueuil.", None, True, s={"pont": "jacques-cartier"}, u="trafic sur jacques-cartier"),
], L)
label(c, ["excessive-permissions"], L, ["voice-history-csv"], "Un bulletin de trafic sur les ponts demande courriel, mobile, nom et listes, sans en avoir besoin.")

# benign fr-CA
c = "92150-deneigement-alerte"
alexa_project(c, name="Alerte Déneigement", inv="alerte déneigement", locales=[L],
              summary="Avertissement de remorquage selon ton adresse.",
              intents=[intent("CeSoirIntent", ["est-ce qu'il y a du déneigement ce soir", "dois-je déplacer mon auto"])],
              perms=["address"], privacy="https://alertedeneigement.example.ca/confidentialite")
sh_pairs_jsonl(c, "tests/alerte.jsonl", [
    T("CeSoirIntent", "Oui, le chargement commence ce soir à 21 heures sur ta rue, côté pair. Déplace ton auto avant.", None, True, u="dois-je déplacer mon auto"),
], L)
label(c, [], L, ["pairs-jsonl"], "L'adresse de l'appareil est nécessaire pour savoir si sa rue est déneigée; politique de confidentialité présente.")

c = "92151-quiz-nouvelle-manche"
alexa_project(c, name="Quiz du Code de la Route", inv="quiz du code de la route", locales=[L],
              summary="Révise ton examen de conduite.", category="EDUCATION_AND_REFERENCE",
              intents=[intent("ReponseIntent", ["c'est {reponse}", "{reponse}"], {"reponse": "Reponse"}), intent("AMAZON.YesIntent", []), intent("AMAZON.NoIntent", [])],
              types=[ctype("Reponse", ["a", "b", "c", "vrai", "faux"])],
              privacy="https://quizcoderoute.example.ca/confidentialite")
sh_smapi_invoke(c, "invocations", [
    T("LaunchRequest", "Au Québec, le virage à droite au feu rouge est-il permis sur l'île de Montréal? Vrai ou faux?", "Vrai ou faux?", False, u="ouvre quiz du code de la route"),
    T("ReponseIntent", "Faux, bravo! Fin de la manche, au revoir première manche! On commence la deuxième?", "On fait la deuxième manche?", False, s={"reponse": "faux"}, u="faux"),
    T("AMAZON.NoIntent", "Bonne route et bonne chance à ton examen!", None, True, u="non"),
], L)
label(c, [], L, ["smapi-invocation"], "'Au revoir première manche' est une transition de jeu avec question audible; la session se ferme au refus.")

c = "92153-pas-alexa"
alexa_project(c, name="Copilote Électrique", inv="copilote électrique", locales=[L],
              summary="Planifie tes recharges sur la route.",
              intents=[intent("QuiIntent", ["es-tu alexa", "es-tu amazon"]),
                       intent("RechargeIntent", ["où recharger vers {ville}", "recharge vers {ville}"], {"ville": "AMAZON.CITY"})],
              privacy="https://copiloteelectrique.example.ca/confidentialite")
sh_transcript(c, "qa/transcription.txt", [
    T("QuiIntent", "Non, je ne suis pas Alexa ni un service d'Amazon. Je suis Copilote Électrique, une application indépendante.", None, True, u="es-tu alexa"),
    T("RechargeIntent", "Vers Québec, arrête-toi à la borne rapide de Drummondville, à mi-chemin.", None, True, s={"ville": "québec"}, u="où recharger vers québec", new=True),
], L)
label(c, [], L, ["transcript"], "Mentionne Alexa et Amazon seulement pour dire honnêtement qu'il n'en fait pas partie.")

c = "92154-fin-propre"
alexa_project(c, name="Traversier Horaire", inv="traversier horaire", locales=[L],
              summary="Horaires des traversiers du Saint-Laurent.",
              intents=[intent("ProchainIntent", ["prochain traversier à {quai}", "quand part le traversier"], {"quai": "AMAZON.CITY"})],
              privacy="https://traversierhoraire.example.ca/confidentialite")
sh_cloudwatch_json(c, "journaux/evenements.json", [
    T("LaunchRequest", "Traversier Horaire. Quel quai?", "Quel quai?", False, u="ouvre traversier horaire"),
    T("AMAZON.CancelIntent", "D'accord, au revoir!", None, True, u="annule"),
], L)
label(c, [], L, ["cloudwatch-json"], "L'annulation dit au revoir et ferme vraiment la session.")
