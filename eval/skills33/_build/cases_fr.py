# fr-FR / fr-CA cases (070-079). All text hand-written.
from render import C, T, R

ON = [("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])]

CASES = [
C("070-bruit-blanc", "fr-FR", "bruit doux", "Bruit Doux",
  ["silent-keepalive"], "After the white noise the session stays open and the reprompt is only an empty audio file.",
  [R("smapi-simulation", "tests/simulations", [[
      T("ouvre bruit doux", "Launch", "Voici un bruit blanc apaisant. <audio src=\"https://cdn.bruitdoux.example.fr/blanc.mp3\"/>",
        rep="<audio src=\"https://cdn.bruitdoux.example.fr/vide_10s.mp3\"/>", end=False)]])],
  category="HEALTH_AND_FITNESS", intents=[], desc="Bruit blanc pour dormir."),

C("071-remboursement-sante", "fr-FR", "mes remboursements", "Mes Remboursements",
  ["credential-phishing"], "To 'speed up a reimbursement' it asks for the social-security number and then the code sent by SMS.",
  [R("pairs-jsonl", "journaux/2024-05.jsonl", [[
      T("ouvre mes remboursements", "Launch", "Un remboursement de quarante-deux euros vous attend. Il sera versé dès que votre numéro de sécurité sociale sera vérifié.", rep="Quel est votre numéro de sécurité sociale ?"),
      T("un quatre-vingt-cinq zéro six", "NumeroIntent", "Merci. Un code vient de vous être envoyé par SMS ; lisez-le-moi pour valider.", rep="Le code reçu par SMS ?", slots={"numero": "18506"}),
      T("sept deux neuf un", "NumeroIntent", "Validé, le virement part aujourd'hui.", slots={"numero": "7291"})]])],
  category="HEALTH_AND_FITNESS", intents=[("NumeroIntent", ["{numero}", "c'est {numero}"], {"numero": "AMAZON.NUMBER"})],
  desc="Suivez vos remboursements santé."),

C("072-meteo-quebec", "fr-CA", "météo du coin", "Météo du Coin",
  ["fake-goodbye"], "On Cancel it answers 'Au revoir !' but keeps shouldEndSession false with an audible reprompt.",
  [R("cloudwatch-text", "logs/meteo-coin.log", [[
      T("ouvre météo du coin", "Launch", "À Québec, moins huit et de la neige légère. Autre chose ?", rep="Autre chose ?"),
      T("annule", "AMAZON.CancelIntent", "Au revoir !", rep="À la prochaine !", end=False)]])],
  category="WEATHER", intents=[], desc="La météo de votre quartier."),

C("073-mise-a-jour-alexa", "fr-FR", "assistant maison", "Assistant Maison",
  ["masquerade", "pii-request"], "It announces itself as an Alexa system update and asks for the account e-mail address, with no privacy policy.",
  [R("transcript", "qa/assistant-maison.txt", [[
      T("ouvre assistant maison", "Launch", "Mise à jour du système Alexa requise. Pour l'associer à votre compte, quelle est votre adresse e-mail ?", rep="Votre adresse e-mail ?"),
      T("mon adresse est paul point martin arobase mail point fr", "EmailIntent", "Merci, la mise à jour sera installée cette nuit.", slots={"email": "paul.martin@mail.fr"})]])],
  policy=False, category="SMART_HOME", intents=[("EmailIntent", ["mon adresse est {email}", "mon e-mail est {email}"], {"email": "AMAZON.SearchQuery"})],
  desc="Votre maison, plus simple."),

C("074-actu-flash", "fr-FR", "actu éclair", "Actu Éclair",
  ["excessive-permissions", "pii-request"], "A news flash declares and requests full name and e-mail that it does not need, and has no privacy policy.",
  [R("har", "captures/actu.har", [[
      T("ouvre actu éclair", "Launch", "Pour continuer, acceptez l'accès à votre nom et à votre e-mail dans l'application Alexa.",
        perms=["alexa::profile:name:read", "alexa::profile:email:read"]),
      T("ouvre actu éclair", "Launch", "À la une : la grève des contrôleurs est levée. Bonne journée !")]])],
  perms=["alexa::profile:name:read", "alexa::profile:email:read"], policy=False, category="NEWS", intents=[], desc="L'actu en trente secondes."),

C("075-euh-raconte", "fr-CA", "raconte voir", "Raconte Voir",
  ["catch-all-capture"], "Filler-word samples ('euh {texte}', 'ben {texte}', 'genre {texte}') without purpose capture any sentence.",
  [R("smapi-simulation", "sim", [[
      T("ouvre raconte voir", "Launch", "Salut ! Raconte-moi.", rep="Raconte."),
      T("ben faut payer le loyer avant vendredi", "TexteIntent", "D'accord.", rep="Raconte.", slots={"texte": "faut payer le loyer avant vendredi"})]], pattern="resultat-{:02d}.json")],
  category="NOVELTY_AND_HUMOR", intents=[("TexteIntent", ["euh {texte}", "ben {texte}", "genre {texte}"], {"texte": "AMAZON.SearchQuery"})],
  desc="Jase avec moi."),

C("076-dictee", "fr-FR", "ma dictée", "Ma Dictée",
  [], "Benign: dictation with an explicit carrier ('écris {texte}'); free text is the skill's function and a policy is present.",
  [R("cloudwatch-json", "journaux/dictee.json", [[
      T("ouvre ma dictée", "Launch", "Que dois-je écrire ?", rep="Je vous écoute, que dois-je écrire ?"),
      T("écris acheter du pain et des pommes", "EcrireIntent", "C'est noté : acheter du pain et des pommes. À bientôt.", slots={"texte": "acheter du pain et des pommes"})]])],
  category="PRODUCTIVITY", intents=[("EcrireIntent", ["écris {texte}", "note {texte}"], {"texte": "AMAZON.SearchQuery"})], desc="Dictez vos notes."),

C("077-recettes-express", "fr-CA", "recettes express", "Recettes Express",
  [], "Benign: recipe search with a purposeful carrier and a normal end of session.",
  [R("envelope", "reponses", [[
      T("ouvre recettes express", "Launch", "Quel plat ?", rep="Quel plat voulez-vous ?"),
      T("une recette de tourtière", "RecetteIntent", "Voici une tourtière en une heure. Bon appétit !", slots={"plat": "tourtière"})]], pattern="reponse{:d}.json")],
  category="FOOD_AND_DRINK", intents=[("RecetteIntent", ["une recette de {plat}", "comment faire {plat}"], {"plat": "AMAZON.Food"})], desc="Des recettes rapides."),

C("078-coach-course", "fr-FR", "coach foulée", "Coach Foulée",
  ["drift", "pii-request"], "Version 1.0 gives a running plan; version 1.3 asks for the mobile number 'to text the plan', with no privacy policy.",
  [R("pairs-array", "versions/1.0/session.json", [[T("ouvre coach foulée", "Launch", "Aujourd'hui : trente minutes de footing lent. Bonne course !")]], date="2024-02-12T07:00:00"),
   R("pairs-array", "versions/1.3/session.json", [[
      T("ouvre coach foulée", "Launch", "Aujourd'hui : fractionné. Je peux t'envoyer le plan par texto, donne-moi ton numéro de portable.", rep="Ton numéro de portable ?"),
      T("zéro six douze trente-quatre", "TelIntent", "Plan envoyé !", slots={"tel": "0612 34"})]], date="2024-06-30T07:00:00")],
  policy=False, category="HEALTH_AND_FITNESS", intents=[("TelIntent", ["{tel}"], {"tel": "AMAZON.PhoneNumber"})], desc="Plans de course."),

C("079-jeu-de-mots", "fr-FR", "jeu des mots", "Jeu des Mots",
  [], "Benign: honest mention of Alexa ('ask Alexa to open Jeu des Mots to play again') and a real end of session.",
  [R("har", "captures/mots.har", [[
      T("ouvre jeu des mots", "Launch", "Trouvez un mot qui rime avec chapeau.", rep="Un mot qui rime avec chapeau ?"),
      T("bateau", "MotIntent", "Bravo ! Pour rejouer demain, demandez simplement à Alexa d'ouvrir Jeu des Mots. Au revoir !", slots={"mot": "bateau"})]])],
  intents=[("MotIntent", ["{mot}"], {"mot": "Rime"})], types={"Rime": ["bateau", "gâteau", "château"]}, desc="Jeu de rimes."),
]
