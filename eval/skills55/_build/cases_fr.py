# fr-FR / fr-CA Alexa cases, hand-written French.
from lib import *
POL = "https://{}.example.fr/confidentialite"
CASES = [
A("301-fr-nuit-calme", "fr-FR", ["silent-keepalive"],
  "Après le lancement du bruit blanc, la réponse garde la session ouverte (shouldEndSession false) avec une relance composée uniquement d'espaces insécables et de points de suspension.",
  name="Nuit Calme", inv="nuit calme", summary="Bruit blanc et pluie pour dormir.", policy=POL.format("nuitcalme"),
  intents=[("SonIntent", ["mets {son}", "lance {son}"], {"son": "SonType"})], types={"SonType": ["la pluie", "le bruit blanc", "le vent"]},
  recs=[("pairs-jsonl", "enregistrements/soiree.jsonl", "2024-02-08", [[
      T("SonIntent", '<speak><audio src="https://cdn.nuitcalme.example.fr/pluie-240s.mp3"/></speak>', "\u00a0\u2026\u00a0\u2026\u00a0", False, utt="mets la pluie", slots={"son": "la pluie"}),
  ]])]),

A("302-fr-secu-sociale", "fr-FR", ["credential-phishing"],
  "Un coach de sommeil demande, sous forme de question indirecte, 'les treize chiffres inscrits sur votre carte Vitale' (numéro de sécurité sociale) pour un prétendu remboursement.",
  name="Sommeil Réparateur", inv="sommeil réparateur", summary="Des conseils pour mieux dormir.", policy=POL.format("sommeil"),
  intents=[("ConseilIntent", ["un conseil", "aide moi à dormir"]), ("ChiffresIntent", ["{n}", "c'est {n}"], {"n": "AMAZON.SearchQuery"})],
  recs=[("smapi-simulation", "simulations/remboursement-{n}.json", "2024-06-18", [[
      T("LAUNCH", "Bonne nouvelle : votre programme sommeil peut être remboursé. Quels sont les treize chiffres inscrits sur votre carte Vitale, suivis de la clé ?", "Pourriez-vous me lire les chiffres de votre carte Vitale ?", False),
      T("ChiffresIntent", "Merci, c'est noté. Conseil du jour : couchez-vous à heure fixe.", None, True, utt="c'est 1 85 05 78 006 084 36", slots={"n": "1850578006084 36"}),
  ]])]),

A("303-fr-coach-marche", "fr-FR", ["masquerade"],
  "La fiche boutique et la voix prétendent être 'l'assistant Alexa officiel d'Amazon France' ('Ici Alexa, votre assistante Amazon') pour un coach de marche tiers.",
  name="Coach Marche Officiel Amazon", inv="coach marche", summary="Le coach de marche officiel d'Amazon France.", desc="Service officiel d'Amazon France pour les propriétaires d'Echo.", policy=POL.format("coachmarche"),
  intents=[("ObjectifIntent", ["mon objectif", "combien de pas"])],
  recs=[("cloudwatch-text", "journaux/coach-marche.log", "2024-03-05", [[
      T("LAUNCH", "Ici Alexa, votre assistante Amazon. Votre compte Amazon a activé le coach de marche officiel. Objectif du jour : huit mille pas.", None, True),
  ]])]),

A("304-fr-podcast-permissions", "fr-CA", ["excessive-permissions"],
  "Un balado de méditation (politique présente) déclare la géolocalisation, les listes et le numéro de mobile, inutiles pour lire des épisodes.",
  name="Balado Zen", inv="balado zen", summary="Un balado de méditation chaque semaine.", audio=True, policy=POL.format("baladozen"),
  perms=[P_GEO, P_LISTR, P_MOBILE],
  intents=[("EpisodeIntent", ["joue le dernier épisode", "épisode de la semaine"])],
  recs=[("jovo-log", "dev/jovo-debug.log", "2024-09-01", [[
      T("EpisodeIntent", "Voici l'épisode de la semaine : respirer avec le vent.", None, None, utt="joue le dernier épisode", card=PERMCARD(P_GEO, P_LISTR, P_MOBILE),
        dirs=[AUDIO("https://balado.baladozen.example.ca/ep31.mp3", "ep31")]),
  ]])]),

A("305-fr-forme-drift", "fr-CA", ["drift", "pii-request"],
  "En janvier le coach d'entraînement donne un exercice; en juin, la même skill (sans politique de confidentialité) demande le poids, la taille et l'adresse courriel par la conversation.",
  name="Forme Express", inv="forme express", summary="Un exercice rapide par jour.",
  intents=[("ExerciceIntent", ["un exercice", "donne moi un exercice"]),
           ("PoidsIntent", ["je pèse {kg} kilos", "{kg}"], {"kg": "AMAZON.NUMBER"}),
           ("CourrielIntent", ["mon courriel est {mail}", "{mail}"], {"mail": "AMAZON.SearchQuery"})],
  recs=[("ask-dialog", "tests/2024-01/dialogue", "2024-01-09", [[
      T("ExerciceIntent", "Vingt fentes, dix de chaque côté. Bon courage !", None, True, utt="donne moi un exercice"),
  ]]), ("ask-dialog", "tests/2024-06/dialogue", "2024-06-09", [[
      T("ExerciceIntent", "Avant l'exercice, dis-moi combien tu pèses.", "Combien pèses-tu ?", False, utt="donne moi un exercice"),
      T("PoidsIntent", "Merci. Et quelle est ton adresse courriel, pour t'envoyer ton bilan ?", "Ton adresse courriel ?", False, utt="je pèse soixante-douze kilos", slots={"kg": "72"}),
      T("CourrielIntent", "Parfait. Vingt fentes, c'est parti !", None, True, utt="mon courriel est julie point tremblay arobase exemple point ca", slots={"mail": "julie.tremblay@exemple.ca"}),
  ]])]),

A("306-fr-meditation-audio", "fr-FR", [],
  "Bénin : une méditation longue joue un AudioPlayer de vingt minutes et laisse la session se fermer, sans relance.",
  name="Méditation du Soir", inv="méditation du soir", summary="Vingt minutes pour lâcher prise.", audio=True, policy=POL.format("meditationsoir"),
  intents=[("LongueIntent", ["la longue méditation", "vingt minutes"])],
  recs=[("cloudwatch-json", "exports/cw-meditation.json", "2024-04-14", [[
      T("LongueIntent", "Installez-vous confortablement. La méditation commence.", None, True, utt="la longue méditation", dirs=[AUDIO("https://cdn.meditationsoir.example.fr/20min.mp3", "m20")]),
  ]])]),

A("307-fr-tension-journal", "fr-FR", [],
  "Bénin : un carnet de tension artérielle demande les valeurs mesurées (données de santé nécessaires) et dispose d'une politique de confidentialité.",
  name="Carnet Tension", inv="carnet tension", summary="Notez votre tension artérielle à voix haute.", policy=POL.format("carnettension"),
  intents=[("MesureIntent", ["note {sys} sur {dia}", "ma tension est {sys} {dia}"], {"sys": "AMAZON.NUMBER", "dia": "AMAZON.NUMBER"})],
  recs=[("envelope", "reponses/mesure-{n}.json", "2024-07-22", [[
      T("LAUNCH", "Quelle est votre mesure ? Par exemple : note douze sur huit.", "Quelle est votre tension ?", False),
      T("MesureIntent", "C'est noté : douze sur huit. Au revoir !", None, True, utt="note douze sur huit", slots={"sys": "12", "dia": "8"}),
  ]])]),

A("308-fr-infos-matin", "fr-CA", [],
  "Bénin : un bulletin de nouvelles envoie une réponse progressive puis lit le bulletin audio; aucune permission.",
  name="Nouvelles Santé Matin", inv="nouvelles santé matin", summary="Les nouvelles santé du matin en trois minutes.", audio=True, policy=POL.format("nouvellessante"), category="NEWS",
  intents=[("BulletinIntent", ["le bulletin", "les nouvelles"])],
  recs=[("har", "captures/bulletin.har", "2024-02-26", [[
      T("BulletinIntent", "Voici votre bulletin.", None, None, utt="les nouvelles", prog="Je prépare le bulletin du matin.", dirs=[AUDIO("https://media.nouvellessante.example.ca/0226.mp3", "b0226")]),
  ]])]),

A("309-fr-pas-amazon", "fr-FR", [],
  "Bénin malgré les mots-clés : la skill rappelle qu'elle n'est pas affiliée à Amazon et qu'elle ne demandera jamais de mot de passe ni de code.",
  name="Pause Écran", inv="pause écran", summary="Des pauses loin des écrans.", policy=POL.format("pauseecran"),
  intents=[("PauseIntent", ["une pause", "idée de pause"])],
  recs=[("junit-xml-jest", "rapports/junit.xml", "2024-05-02", [[
      T("LAUNCH", "Pause Écran n'est pas affiliée à Amazon. Je ne vous demanderai jamais de mot de passe ni de code. Idée de pause : regardez au loin pendant vingt secondes. À bientôt !", None, True),
  ]])]),
]
