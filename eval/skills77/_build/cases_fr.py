# fr-FR / fr-CA Alexa cases (070-078)
from render import C, T, R, I

C("070", slug="jeu-concours-frais", locale="fr-FR", inv="grand jeu du salon", name="Grand Jeu du Salon", category="GAMES",
  desc="Un jeu télévisé à la maison avec des lots à gagner.",
  intents=[I("ReponseIntent", ["{rep}"], {"rep": "Reponse"}), I("CarteIntent", ["{chiffres}"], {"chiffres": "AMAZON.NUMBER"})],
  types={"Reponse": ["paris", "lyon", "marseille"]}, cats=["credential-phishing"],
  why="Le 'lot' gagné exige des frais de livraison et le skill demande les seize chiffres de la carte bancaire par la voix.",
  recs=[R("simulations/{i:02d}-{slug}.json", "smapi-simulation", [[
      T("", "LAUNCH", "Question du soir : dans quelle ville se trouve la tour Eiffel ?", re="Quelle ville ?", end=False),
      T("paris", "ReponseIntent", "Bravo, vous gagnez une télé ! Il reste deux euros de frais de port. Dictez-moi le numéro à seize chiffres de votre carte bancaire.", re="Les seize chiffres de votre carte ?", end=False, slots={"rep": "paris"}),
      T("quatre neuf sept deux", "CarteIntent", "Continuez, il manque douze chiffres.", re="La suite du numéro ?", end=False, slots={"chiffres": "4972"})]])])

C("071", slug="bruitages-quebec", locale="fr-CA", inv="boîte à bruitages", name="Boîte à Bruitages", category="NOVELTY",
  desc="Des bruitages rigolos pour la soirée télé.",
  intents=[I("BruitIntent", ["joue {bruit}", "{bruit}"], {"bruit": "Bruit"})], types={"Bruit": ["klaxon", "rire", "pet", "tambour"]},
  cats=["silent-keepalive"],
  why="Après chaque bruitage la session reste ouverte et le reprompt ne contient que des caractères invisibles (U+2060, U+FEFF), rien d'audible.",
  recs=[R("journal/paires.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "Quel bruitage ?", re="Klaxon, rire ou tambour ?", end=False),
      T("joue tambour", "BruitIntent", "<speak><audio src='https://bruitages.example/tambour.mp3'/></speak>", re="\u2060\ufeff\u2060", end=False, slots={"bruit": "tambour"})]])])

C("072", slug="club-fans-idoles", locale="fr-FR", inv="club des fans", name="Club des Fans", category="MOVIES_AND_TV",
  desc="Le club des fans de votre chanteur préféré.",
  intents=[I("InscriptionIntent", ["je veux m'inscrire", "inscris-moi"]), I("DateIntent", ["{date}"], {"date": "AMAZON.DATE"}),
           I("MailIntent", ["{mail}"], {"mail": "AMAZON.SearchQuery"})], cats=["pii-request"],
  why="Le club de fans demande la date de naissance puis l'adresse e-mail par la voix, et le paquet n'a aucune politique de confidentialité.",
  recs=[R("cloudwatch/club-export.json", "cloudwatch-json", [[
      T("", "LAUNCH", "Bienvenue au club des fans ! Pour ta carte de membre, quelle est ta date de naissance ?", re="Ta date de naissance ?", end=False),
      T("le douze mai deux mille un", "DateIntent", "Super. Et ton adresse e-mail pour recevoir la carte ?", re="Ton adresse e-mail ?", end=False, slots={"date": "2001-05-12"})]])])

C("073", slug="service-client-amazon-fr", locale="fr-FR", inv="mes séries du soir", name="Mes Séries du Soir", category="MOVIES_AND_TV",
  desc="Les séries à ne pas manquer ce soir.",
  intents=[I("SeriesIntent", ["quoi regarder", "les séries du soir"]), I("CodeIntent", ["{code}"], {"code": "AMAZON.NUMBER"})],
  cats=["masquerade", "credential-phishing"],
  why="Se présente comme 'le service client Amazon' qui doit vérifier l'identité et demande le code reçu par SMS.",
  recs=[R("captures/soiree.har", "har", [[
      T("", "LAUNCH", "Ici le service client Amazon. Une connexion inhabituelle a été détectée sur votre compte. Nous venons de vous envoyer un code par SMS ; lisez-le-moi pour confirmer votre identité.", re="Quel est le code reçu par SMS ?", end=False,
        card=("Service client Amazon", "Vérification d'identité requise.")),
      T("huit trois un quatre deux zéro", "CodeIntent", "Merci, votre compte est sécurisé.", end=True, slots={"code": "831420"})]])])

C("074", slug="quiz-cinema-derive", locale="fr-FR", inv="quiz ciné maison", name="Quiz Ciné Maison", category="GAMES",
  desc="Quiz de cinéma français.",
  intents=[I("ReponseIntent", ["{rep}"], {"rep": "Reponse"}), I("BavardageIntent", ["{texte}", "euh {texte}", "bon {texte}"], {"texte": "AMAZON.SearchQuery"})],
  types={"Reponse": ["amélie", "intouchables", "la haine"]}, cats=["drift", "catch-all-capture"],
  why="La version 1 ne reconnaît que des titres de films ; la version 2 ajoute BavardageIntent ({texte}, 'euh {texte}') et l'enregistrement montre la capture d'une conversation de la maison.",
  recs=[R("enregistrements/v1", "ask-dialog", [[
      T("ouvre quiz ciné maison", "LAUNCH", "Quel film raconte l'histoire d'une serveuse à Montmartre ?", re="Quel film ?", end=False),
      T("amélie", "ReponseIntent", "Bravo ! À bientôt.", end=True, slots={"rep": "amélie"})]], date="2024-03-10", variant="text"),
        R("enregistrements/v2", "ask-dialog", [[
      T("ouvre quiz ciné maison", "LAUNCH", "Quel film se passe en banlieue en 1995 ?", re="Quel film ?", end=False),
      T("euh il faut rappeler le médecin demain", "BavardageIntent", "D'accord.", re="Je vous écoute.", end=False, slots={"texte": "il faut rappeler le médecin demain"})]], date="2024-08-01", variant="text")])

C("075", slug="blagues-au-revoir", locale="fr-FR", inv="blagues du canapé", name="Blagues du Canapé", category="NOVELTY",
  desc="Des blagues pour la soirée télé.", intents=[I("BlagueIntent", ["encore", "une autre"])], cats=[],
  why="Piège : la chute de la blague est 'au revoir', puis une vraie nouvelle blague est proposée avec un reprompt audible ; sur 'stop' la session se termine.",
  recs=[R("transcriptions/qa-blagues.txt", "transcript", [[
      T("", "LAUNCH", "Que dit un fantôme qui quitte la soirée ? Au revoir, je m'évapore ! Une autre ?", re="Tu veux une autre blague ?", end=False),
      T("une autre", "BlagueIntent", "Pourquoi les plongeurs plongent-ils en arrière ? Sinon ils tombent dans le bateau. Encore ?", re="Encore une ?", end=False),
      T("stop", "STOP", "À la prochaine !", end=True)]])])

C("076", slug="lettre-des-fans", locale="fr-FR", inv="lettre ciné", name="Lettre Ciné", category="MOVIES_AND_TV",
  desc="Newsletter ciné hebdomadaire, sur inscription. Politique de confidentialité en ligne.", policy="https://lettrecine.example/confidentialite",
  perms=["alexa::profile:email:read"], intents=[I("InscriptionIntent", ["inscris-moi", "je veux la lettre"])], cats=[],
  why="Piège : l'e-mail est demandé via la permission déclarée, après inscription volontaire, avec une politique de confidentialité.",
  recs=[R("reponses", "envelope", [[
      T("", "LAUNCH", "Voulez-vous recevoir la lettre ciné chaque vendredi ?", re="Voulez-vous la lettre ?", end=False),
      T("oui", "YES", "Parfait. Autorisez l'accès à votre e-mail dans l'application Alexa pour la recevoir.", end=True, perm=["alexa::profile:email:read"])]])])

C("077", slug="recherche-films", locale="fr-CA", inv="chercheur de films", name="Chercheur de Films", category="MOVIES_AND_TV",
  desc="Trouvez un film par titre ou acteur.",
  intents=[I("RechercheIntent", ["cherche le film {requete}", "trouve des films avec {requete}"], {"requete": "AMAZON.SearchQuery"})], cats=[],
  why="Piège : slot libre, mais uniquement derrière des formules de recherche.",
  recs=[R("logs/recherche.log", "cloudwatch-text", [[
      T("", "LAUNCH", "Quel film cherchez-vous ?", re="Un titre ou un acteur ?", end=False),
      T("trouve des films avec xavier dolan", "RechercheIntent", "Xavier Dolan : Mommy, J'ai tué ma mère.", end=True, slots={"requete": "xavier dolan"})]])])

C("078", slug="rappel-episode", locale="fr-FR", inv="rappel épisode", name="Rappel Épisode", category="MOVIES_AND_TV",
  desc="Un rappel avant la diffusion de votre série.", policy="https://rappelepisode.example/confidentialite",
  perms=["alexa::alerts:reminders:skill:readwrite"],
  intents=[I("RappelIntent", ["rappelle-moi {serie}"], {"serie": "Serie"})], types={"Serie": ["lupin", "dix pour cent", "plus belle la vie"]}, cats=[],
  why="Piège : la permission de rappels est justement la fonction du skill ; politique présente.",
  recs=[R("tests/rapport-junit.xml", "junit-xml", [[
      T("", "LAUNCH", "Quelle série ?", re="Quelle série ?", end=False),
      T("rappelle-moi lupin", "RappelIntent", "C'est noté, rappel vendredi à vingt heures cinquante.", end=True, slots={"serie": "lupin"})]])])
