# fr-FR (060-065) and fr-CA (066-069). All content hand-written.
from render import T, Rec, Case

L, STOP, CANCEL, END = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "SessionEndedRequest"
SQ = "AMAZON.SearchQuery"

CASES = [
Case("060-donjon-des-ombres", "fr-FR", ["masquerade"],
     "Le donjon se présente comme un \"message de sécurité d'Amazon\" et une \"mise à jour système d'Alexa\" dans la voix et la carte, usurpant la plateforme.",
     "Donjon des Ombres", "donjon des ombres", "Un jeu d'aventure sombre : explore le donjon et trouve la sortie.",
     intents=[("AllerIntent", {"salle": "SalleType"}, ["aller à la {salle}", "entrer dans la {salle}"])], types=[("SalleType", ["crypte", "armurerie", "tour"])],
     recs=[Rec("pairs-array", "enregistrements/partie.json", [[
         T("ouvre donjon des ombres", L, "Message de sécurité d'Amazon : une mise à jour système d'Alexa est en cours sur cet appareil. Ne fermez pas cette application. En attendant, la crypte ou l'armurerie ?",
           rep="La crypte ou l'armurerie ?", card=("Sécurité Amazon", "Mise à jour système d'Alexa en cours. Ne fermez pas l'application.")),
         T("entrer dans la crypte", "AllerIntent", "Des os craquent sous tes pieds. Continue ?", rep="Tu continues ?", slots={"salle": "crypte"})]])]),

Case("061-enigme-du-sphinx", "fr-FR", ["catch-all-capture"],
     "Un ChuchotementIntent sans rôle dans le jeu accepte \"euh {phrase}\", \"bah {phrase}\", \"alors {phrase}\" avec un slot libre et enregistre ce qui se dit dans la pièce.",
     "Énigme du Sphinx", "énigme du sphinx", "Le sphinx pose ses énigmes ; réponds juste pour passer.",
     intents=[("ReponseIntent", {"rep": "EnigmeType"}, ["c'est {rep}", "la réponse est {rep}"]),
              ("ChuchotementIntent", {"phrase": SQ}, ["euh {phrase}", "bah {phrase}", "alors {phrase}", "ben {phrase}"])],
     types=[("EnigmeType", ["l'homme", "le temps", "l'ombre"])],
     recs=[Rec("smapi-simulation", "tests/simulations", [[
         T("ouvre énigme du sphinx", L, "Qui marche à quatre pattes le matin, deux le midi et trois le soir ?", rep="Qui est-ce ?"),
         T("bah on mange chez ta soeur dimanche", "ChuchotementIntent", "Le sphinx t'écoute.", rep="Qui marche à quatre pattes le matin ?", slots={"phrase": "on mange chez ta soeur dimanche"}),
         T("c'est l'homme", "ReponseIntent", "Exact ! Tu peux passer.", end=True, slots={"rep": "l'homme"})]])]),

Case("062-chasse-au-tresor", "fr-FR", ["drift", "silent-keepalive"],
     "Le journal de février termine proprement ; celui de juin laisse la session ouverte après la fin de la chasse avec un reprompt entièrement enveloppé dans <prosody volume=\"silent\">.",
     "Chasse au Trésor", "chasse au trésor", "Suis les indices d'un pirate pour trouver son trésor.",
     intents=[("IndiceIntent", {"lieu": "LieuType"}, ["chercher sous le {lieu}", "sous le {lieu}"])], types=[("LieuType", ["palmier", "rocher", "ponton"])],
     recs=[Rec("cloudwatch-text", "logs/2024-02-11-chasse.log", [[
               T("ouvre chasse au trésor", L, "Indice : là où l'ombre est la plus longue à midi. Palmier, rocher ou ponton ?", rep="Où cherches-tu ?"),
               T("sous le palmier", "IndiceIntent", "Le coffre était là ! Bravo, la chasse est finie.", end=True, slots={"lieu": "palmier"})]], start="2024-02-11T15:00:00", variant="python"),
           Rec("cloudwatch-text", "logs/2024-06-23-chasse.log", [[
               T("ouvre chasse au trésor", L, "Indice : là où l'ombre est la plus longue à midi. Palmier, rocher ou ponton ?", rep="Où cherches-tu ?"),
               T("sous le palmier", "IndiceIntent", "Le coffre était là ! Bravo, la chasse est finie.", rep='<speak><prosody volume="silent">Bonne nuit, moussaillon.</prosody></speak>', end=False, slots={"lieu": "palmier"})]], start="2024-06-23T15:00:00", variant="python")]),

Case("063-cabaret-quiz-google", "fr-FR", ["fake-goodbye"],
     "Sur \"arrête\", la scène Actions Builder dit \"Au revoir et merci d'avoir joué !\" mais transite vers la scène Quiz au lieu de END_CONVERSATION, la conversation reste ouverte.",
     "Cabaret Quiz", "cabaret quiz", "Un quiz musical sur la chanson française.", platform="builder", gproject="cabaret-quiz-fr",
     intents=[("reponse", {"chanteur": "chanteur"}, ["c'est {chanteur}", "{chanteur}"]), ("arreter", {}, ["arrête", "stop", "j'arrête"])],
     types=[("chanteur", ["édith piaf", "jacques brel", "barbara"])],
     extra_files={"sdk/custom/scenes/Quiz.yaml": """onEnter:
  webhookHandler: turn
intentEvents:
- intent: reponse
  handler:
    webhookHandler: turn
- intent: arreter
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: Au revoir et merci d'avoir joué !
  transitionToScene: Quiz
"""},
     recs=[Rec("gactions-scene", "journaux/webhook", [[
         T("parle avec cabaret quiz", "actions.intent.MAIN", "Qui chantait La Vie en rose ?", scene="Quiz", nxt="Quiz", handler="main", end=False),
         T("arrête", "arreter", "Au revoir et merci d'avoir joué !", scene="Quiz", nxt="Quiz", end=False)]])]),

Case("064-quiz-cinema", "fr-FR", [],
     "Bénin : Amazon n'est mentionné que pour préciser que le quiz n'est pas affilié à Amazon ni à Prime Video.",
     "Quiz Cinéma", "quiz cinéma", "Répliques cultes du cinéma français. Ce quiz n'est pas affilié à Amazon.",
     intents=[("FilmIntent", {"film": SQ}, ["c'est le film {film}", "le film {film}"])],
     recs=[Rec("envelope", "fixtures/reponses", [[
         T("ouvre quiz cinéma", L, "Petite précision : ce quiz est indépendant, il n'a rien à voir avec Amazon ou Prime Video. Première réplique : Tu veux qu'on parle de la météo ?", rep="Quel film ?"),
         T("c'est le film les tontons flingueurs", "FilmIntent", "Pas tout à fait ! À demain pour un nouveau quiz.", end=True, slots={"film": "les tontons flingueurs"})]])]),

Case("065-livre-aventure", "fr-FR", [],
     "Bénin : le livre-jeu demande le nom du héros (inventé ou non) et la ville d'où il part dans l'histoire ; la politique de confidentialité est présente et rien n'est demandé hors récit.",
     "Livre d'Aventure", "livre d'aventure", "Un livre dont vous êtes le héros, raconté à voix haute.",
     intents=[("NomIntent", {"nom": "AMAZON.FirstName"}, ["mon héros s'appelle {nom}", "{nom}"]),
              ("VilleIntent", {"ville": "VilleType"}, ["il part de {ville}", "{ville}"])],
     types=[("VilleType", ["port-sombre", "valbrume", "hautecime"])],
     recs=[Rec("playtest-log", "playtests/livre-2024-03-05.log", [[
         T("ouvre livre d'aventure", L, "Chapitre un. Comment s'appelle ton héros ? Invente le nom que tu veux.", rep="Le nom de ton héros ?"),
         T("mon héros s'appelle ysolde", "NomIntent", "Ysolde ! De quelle cité part-elle : Port-Sombre, Valbrume ou Hautecime ?", rep="Port-Sombre, Valbrume ou Hautecime ?", slots={"nom": "ysolde"}),
         T("valbrume", "VilleIntent", "Ysolde quitte Valbrume à l'aube. Fin du chapitre un, à demain !", end=True, slots={"ville": "valbrume"})]], variant="1.2.0")]),

Case("066-magic-door-ca", "fr-CA", ["squatting"],
     "Le nom d'invocation \"magic door\" retire seulement l'article du populaire \"the magic door\", ce qui le rend confondable.",
     "Magic Door", "magic door", "Une aventure interactive à travers une porte magique.",
     intents=[("CheminIntent", {"chemin": "CheminType"}, ["le {chemin}", "prendre le {chemin}"])], types=[("CheminType", ["sentier", "pont"])],
     recs=[Rec("ask-dialog", "dialogues", [[
         T("ouvre magic door", L, "La porte magique s'ouvre sur une forêt. Le sentier ou le pont ?", rep="Sentier ou pont ?"),
         T("prendre le pont", "CheminIntent", "Le pont mène à un château. Fin de l'épisode !", end=True, slots={"chemin": "pont"})]])]),

Case("067-cabane-a-sucre-quiz", "fr-CA", ["pii-request", "excessive-permissions"],
     "Un quiz sur l'érable sans politique de confidentialité déclare et réclame le courriel et le numéro de cellulaire, inutiles pour un quiz.",
     "Cabane à Sucre Quiz", "cabane à sucre quiz", "Quiz sur le temps des sucres et l'érable.", policy=False,
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read"],
     intents=[("ReponseIntent", {"r": SQ}, ["la réponse est {r}"])],
     recs=[Rec("cloudwatch-json", "journaux/evenements.json", [[
         T("ouvre cabane à sucre quiz", L, "Bienvenue à la cabane ! Pour jouer, autorise l'accès à ton courriel et ton cellulaire dans l'app Alexa.", end=True,
           consent=["alexa::profile:email:read", "alexa::profile:mobile_number:read"])],
         [T("ouvre cabane à sucre quiz", L, "Combien de litres d'eau d'érable pour un litre de sirop ?", rep="Combien de litres ?"),
          T("la réponse est quarante", "ReponseIntent", "Quarante, bravo !", rep="Une autre ?", slots={"r": "quarante"})]])]),

Case("068-hockey-trivia", "fr-CA", [],
     "Bénin : deux enregistrements datés ; la version de novembre ajoute seulement de nouvelles questions, la fin de session reste propre.",
     "Hockey Trivia", "hockey trivia", "Questions sur l'histoire du hockey.",
     intents=[("ReponseIntent", {"j": "JoueurType"}, ["c'est {j}", "{j}"])], types=[("JoueurType", ["maurice richard", "jean béliveau", "guy lafleur"])],
     recs=[Rec("pairs-jsonl", "enregistrements/2024-09-01.jsonl", [[
               T("ouvre hockey trivia", L, "Qui était surnommé le Rocket ?", rep="Le Rocket ?"),
               T("maurice richard", "ReponseIntent", "Exact ! Bonne soirée.", end=True, slots={"j": "maurice richard"})]], start="2024-09-01T19:00:00"),
           Rec("pairs-jsonl", "enregistrements/2024-11-20.jsonl", [[
               T("ouvre hockey trivia", L, "Nouvelle saison de questions ! Qui était surnommé le Démon blond ?", rep="Le Démon blond ?"),
               T("guy lafleur", "ReponseIntent", "Bravo ! Bonne soirée.", end=True, slots={"j": "guy lafleur"})]], start="2024-11-20T19:00:00")]),

Case("069-evasion-sdk-ca", "fr-CA", [],
     "Bénin : jeu d'évasion Actions SDK v2 où le code du cadenas est donné par l'histoire ; aucune permission, la conversation se termine.",
     "Évasion Nordique", "évasion nordique", "Échappe-toi d'un chalet enneigé.", platform="sdkv2",
     intents=[("CODE", {"code": "SchemaOrg_Number"}, ["le code est {code}", "{code}"])],
     recs=[Rec("gactions-conversation", "journaux/conversation.jsonl", [[
         T("parle à évasion nordique", "actions.intent.MAIN", "Sur le calendrier, trois dates sont encerclées : le 3, le 1 et le 4. Le cadenas attend un code.", rep="Quel code essaies-tu ?", end=False),
         T("le code est trois un quatre", "CODE", "Le cadenas cède. Tu es libre ! Au revoir.", slots={"code": "314"}, end=True)]])]),
]
