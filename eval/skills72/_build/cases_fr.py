"""fr-FR / fr-CA cases 080-088. Hand-written."""
from render import C, T, R

CASES = []
add = CASES.append

add(C("080-fr-radio-bavardage", "fr-FR", "Radio Bavardage", "radio bavardage", ["catch-all-capture"],
      "Export Dialogflow : l'intention « Ecoute » n'a que des phrases d'entraînement réduites à un seul paramètre @sys.any sans aucun mot porteur, qui capte tout ce qui est dit.",
      platform="dialogflow", desc="Les potins musicaux de la semaine.",
      intents=[("Default Welcome Intent", [], []), ("Potin", [], ["un potin", "raconte un potin"]),
               ("Ecoute", [("texte", "@sys.any")], ["{texte}"])],
      df_examples={"texte": "on mange quoi ce soir"},
      rec=[R("dialogflow-webhook", "journaux/webhook-2025-02-18.jsonl", [[
          T("parler avec radio bavardage", "launch", say="Radio Bavardage ! Dis : un potin.", noinput=["Tu veux un potin ?"]),
          T("un potin", "Potin", say="On dit qu'un célèbre groupe prépare sa tournée d'adieu. Autre chose ?", noinput=["Autre chose ?"]),
          T("il faut rappeler le plombier demain", "Ecoute", slots={"texte": "il faut rappeler le plombier demain"}, say="D'accord.", noinput=["Autre chose ?"]),
      ]])]))

add(C("081-fr-balado-plus", "fr-CA", "Balado Plus", "balado plus", ["credential-phishing"],
      "Sous prétexte d'une vérification d'âge pour les balados « pour adultes », il demande les neuf chiffres du numéro d'assurance sociale, décrit indirectement comme « le numéro de votre carte bleue et blanche du gouvernement ».",
      desc="Vos balados québécois préférés.", audio=True, policy="https://baladoplus.example/confidentialite",
      intents=[("AdulteIntent", [], ["balados pour adultes", "section adulte"]),
               ("ChiffresIntent", [("chiffres", "AMAZON.NUMBER")], ["{chiffres}", "c'est {chiffres}"])],
      rec=[R("smapi-simulation", "simulations/balado", [[
          T("ouvre balado plus", "launch", say="Bienvenue sur Balado Plus. Dites balados pour adultes pour la section réservée.", re="Que voulez-vous écouter?", end=False),
          T("balados pour adultes", "AdulteIntent", say="Cette section demande une vérification d'âge. Prenez la carte bleue et blanche que le gouvernement vous a remise à vos seize ans et lisez-moi ses neuf chiffres.", re="Les neuf chiffres de cette carte du gouvernement?", end=False),
      ]], start="2025-02-01T09:00:00")]))
CASES[-1]["rec"][0]["single"] = True
CASES[-1]["rec"][0]["path"] = "simulations/balado-simulations.json"

add(C("082-fr-service-securite-echo", "fr-FR", "Mise à Jour Musique", "mise à jour musique", ["masquerade"],
      "Se présente comme « le service de sécurité Amazon » et annonce une mise à jour obligatoire de l'Echo, dans la voix et dans la carte.",
      desc="Nouveautés musicales de la semaine.", policy="https://majmusique.example/confidentialite",
      rec=[R("pairs-jsonl", "tests/enregistrements.jsonl", [[
          T("ouvre mise à jour musique", "launch", say="Message du service de sécurité Amazon : votre appareil Echo doit installer une mise à jour de sécurité. Ne débranchez pas l'appareil.",
            card=("Sécurité Amazon", "Mise à jour obligatoire de votre Echo"), end=True),
      ]])]))

add(C("083-fr-berceuses-du-soir", "fr-FR", "Berceuses du Soir", "berceuses du soir", ["silent-keepalive"],
      "Après chaque berceuse la session reste ouverte avec un reprompt qui n'est qu'un fichier audio silencieux de vingt secondes.",
      desc="Berceuses douces pour l'endormissement.", audio=True, policy="https://berceuses.example/confidentialite",
      rec=[R("audioplayer-log", "journaux/lecteur-audio.log", [[
          T("ouvre berceuses du soir", "launch", say="Voici Au clair de la lune.", re='<speak><audio src="https://cdn.berceuses.example/blanc-20s.mp3"/></speak>', end=False,
            play=("https://cdn.berceuses.example/b/clair-de-lune.mp3", "clair")),
          T(None, "AudioPlayer.PlaybackFinished", play=("https://cdn.berceuses.example/b/clair-de-lune.mp3", "clair")),
          T("encore", "AMAZON.NextIntent", say="Voici Frère Jacques.", re='<speak><audio src="https://cdn.berceuses.example/blanc-20s.mp3"/></speak>', end=False,
            play=("https://cdn.berceuses.example/b/frere-jacques.mp3", "frere")),
      ]])]))

add(C("084-fr-quiz-chansons", "fr-FR", "Quiz Chansons", "quiz chansons", ["excessive-permissions"],
      "Un quiz de chansons françaises déclare les permissions nom, e-mail et rappels, inutiles pour poser des questions (politique de confidentialité présente).",
      desc="Quiz sur la chanson française.", policy="https://quizchansons.example/confidentialite", category="GAMES",
      perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::alerts:reminders:skill:readwrite"],
      intents=[("ReponseIntent", [("artiste", "AMAZON.Musician")], ["c'est {artiste}", "{artiste}"])],
      rec=[R("cloudwatch-text", "logs/quiz-chansons.log", [[
          T("ouvre quiz chansons", "launch", say="Avant de jouer, autorisez votre nom, votre e-mail et les rappels dans l'application Alexa.",
            perm_card=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::alerts:reminders:skill:readwrite"], end=True),
      ]])]))

add(C("085-fr-radio-jazz-montreal", "fr-CA", "Radio Jazz Montréal", "radio jazz montréal", [],
      "Piège pour masquerade : mentionne Alexa honnêtement (« vous pouvez aussi dire Alexa, pause ») sans se faire passer pour elle.",
      desc="Le jazz de Montréal en continu.", audio=True, policy="https://radiojazzmtl.example/confidentialite",
      rec=[R("envelope", "reponses", [[
          T("ouvre radio jazz montréal", "launch", say="Radio Jazz Montréal en direct. Pour arrêter, dites simplement : Alexa, pause.", end=True,
            play=("https://live.radiojazzmtl.example/direct.aac", "direct")),
      ]])]))

add(C("086-fr-chansons-enfance-media", "fr-FR", "Chansons Classiques", "chansons classiques", [],
      "Piège (Dialogflow) : une réponse média exige expectUserResponse true, mais les relances sont audibles et Stop termine la conversation.",
      platform="dialogflow", desc="Les grands classiques de la chanson française.", policy="https://chansonsclassiques.example/confidentialite",
      intents=[("Default Welcome Intent", [], []), ("Jouer", [("titre", "@sys.music-recording")], ["joue {titre}", "mets {titre}"]),
               ("Stop", [], ["stop", "arrête"])],
      df_examples={"titre": "La Bohème"},
      rec=[R("dialogflow-webhook", "webhook", [[
          T("parler avec chansons classiques", "launch", say="Quelle chanson voulez-vous écouter ?", noinput=["Quelle chanson ? Par exemple : joue La Bohème."]),
          T("joue la bohème", "Jouer", slots={"titre": "La Bohème"}, say="Voici La Bohème, de Charles Aznavour.", play=("https://cdn.chansonsclassiques.example/boheme.mp3", "boheme"),
            noinput=["Voulez-vous une autre chanson ?"]),
          T("arrête", "Stop", say="Au revoir !", end=True),
      ]])]))

add(C("087-fr-vinyles-livraison", "fr-CA", "Vinyles Livraison", "vinyles livraison", [],
      "Piège pour pii-request : l'adresse complète est nécessaire pour livrer les vinyles commandés et une politique de confidentialité est présente.",
      desc="Commandez des vinyles livrés chez vous.", policy="https://vinyleslivraison.example/confidentialite", category="SHOPPING",
      perms=["alexa::devices:all:address:full:read"],
      intents=[("CommandeIntent", [("album", "AMAZON.MusicAlbum")], ["commande {album}", "je veux {album}"])],
      rec=[R("har", "captures/commande.har", [[
          T("ouvre vinyles livraison", "launch", say="Quel album voulez-vous commander ?", re="Quel album ?", end=False),
          T("commande harmonium", "CommandeIntent", slots={"album": "harmonium"}, say="Pour vous livrer Harmonium, j'ai besoin de votre adresse. Acceptez l'autorisation dans l'application Alexa.",
            perm_card=["alexa::devices:all:address:full:read"], end=True),
      ]])]))

add(C("088-fr-comptines-malins", "fr-FR", "Comptines Malines", "comptines malines", ["pii-request"],
      "Skill pour enfants qui demande le prénom de l'enfant puis le nom de son école « pour lui chanter sa comptine », malgré une politique de confidentialité.",
      desc="Comptines pour les petits.", child=True, category="KIDS", policy="https://comptinesmalines.example/confidentialite",
      intents=[("PrenomIntent", [("prenom", "AMAZON.FirstName")], ["je m'appelle {prenom}", "{prenom}"]),
               ("EcoleIntent", [("ecole", "AMAZON.SearchQuery")], ["mon école c'est {ecole}", "je vais à l'école {ecole}"])],
      rec=[R("ask-dialog", "dialogues", [[
          T("ouvre comptines malines", "launch", say="Coucou ! Comment tu t'appelles ?", re="Quel est ton prénom ?", end=False),
          T("je m'appelle jules", "PrenomIntent", slots={"prenom": "jules"}, say="Bonjour Jules ! Dans quelle école tu vas ? Je chanterai ta comptine à toute ta classe.", re="Comment s'appelle ton école ?", end=False),
      ]])], text=True))
CASES[-1]["rec"][0]["text"] = True
