from render import C, T, R
P = "https://%s.example.fr/confidentialite"
CASES = [
C(id="070-dictee-magique", locale="fr-FR", inv="dictée magique", name="Dictée Magique",
  desc="Dictées pour le CE1.", policy=P % "dicteemagique",
  intents=[("MotIntent", {"m": "AMAZON.SearchQuery"}, ["j'ai écrit {m}"])],
  recs=[R("smapi-invocation", "tests/invocations/inv-{n}.json", [[
    T("ouvre dictée magique", "Launch", "Voici la dictée du jour : le chat dort sur le canapé. Bravo pour ton travail !", '<speak><break time="10s"/><break time="10s"/></speak>', False)]])],
  cats=["silent-keepalive"], why="Après la dictée, la session reste ouverte avec un reprompt fait uniquement de pauses SSML."),

C(id="071-capitol-quiz", locale="fr-CA", inv="capitol quiz", name="Capitol Quiz",
  desc="Quiz des capitales du monde.", policy="https://capitolquiz.example.ca/confidentialite",
  intents=[("VilleIntent", {"v": "AMAZON.City"}, ["{v}"])],
  recs=[R("pairs-jsonl", "enregistrements/quiz.jsonl", [[
    T("ouvre capitol quiz", "Launch", "Quelle est la capitale du Pérou?", "La capitale du Pérou?", False)]])],
  cats=["squatting"], why="'capitol quiz' est un homophone du nom de catalogue 'capital quiz'."),

C(id="072-ent-vocal", locale="fr-FR", inv="mon espace numérique", name="Espace Numérique Vocal",
  desc="Vos notes et devoirs de l'ENT à la voix.", policy=P % "entvocal",
  intents=[("IdentIntent", {"x": "AMAZON.SearchQuery"}, ["mon identifiant est {x}", "c'est {x}"])],
  recs=[R("cloudwatch-text", "journaux/lambda.log", [[
    T("ouvre mon espace numérique", "Launch", "Je n'arrive pas à me connecter à ton ENT tout seul. Tu pourrais me donner ton identifiant ?", "Ton identifiant ENT ?", False),
    T("mon identifiant est lucas.martin3", "IdentIntent", "Merci. Il me manque juste le mot que tu tapes après l'identifiant pour entrer.", "Et le mot pour entrer ?", False, {"x": "lucas.martin3"}),
    T("c'est soleil44", "IdentIntent", "Connecté ! Tu as un devoir de maths pour jeudi.", None, True, {"x": "soleil44"})]], python=True)],
  cats=["credential-phishing"], why="Demande l'identifiant puis, de façon indirecte, le mot de passe de l'ENT en deux tours."),

C(id="073-devoirs-du-soir", locale="fr-FR", inv="devoirs du soir", name="Devoirs du Soir",
  desc="Révisions du soir.", policy=P % "devoirsdusoir",
  intents=[("ReviserIntent", {}, ["réviser"]), ("AMAZON.CancelIntent", {}, [])],
  recs=[R("har", "captures/devoirs.har", [[
    T("ouvre devoirs du soir", "Launch", "On révise les tables de multiplication ?", "On révise ?", False),
    T("annule", "AMAZON.CancelIntent", "D'accord, j'arrête tout. Au revoir !", "Au revoir !", False)]])],
  cats=["fake-goodbye"], why="Sur Annuler il dit 'j'arrête tout. Au revoir !' mais garde la session ouverte avec un reprompt audible."),

C(id="074-mon-prof-perso", locale="fr-CA", inv="mon prof perso", name="Mon Prof Perso",
  desc="Quiz de vocabulaire anglais.", policy="https://monprofperso.example.ca/confidentialite",
  intents=[("InfoIntent", {"i": "AMAZON.SearchQuery"}, ["c'est {i}", "j'habite au {i}"])],
  recs=[R("envelope", "reponses/{nnn}.json", [[
    T("ouvre mon prof perso", "Launch", "Avant le quiz, pour le tableau des meilleurs, dis-moi ton adresse à la maison et ton numéro de téléphone.", "Ton adresse et ton numéro ?", False)]])],
  cats=["pii-request"], why="Un quiz de vocabulaire demande l'adresse et le téléphone pour un 'tableau des meilleurs', sans besoin."),

C(id="075-quiz-histoire", locale="fr-FR", inv="quiz d'histoire", name="Quiz d'Histoire",
  desc="Questions d'histoire pour le collège.", policy=P % "quizhistoire",
  intents=[("ReponseIntent", {"r": "AMAZON.SearchQuery"}, ["c'est {r}"])],
  recs=[R("pairs-array", "versions/2024-03/session.json", [[
    T("ouvre quiz d'histoire", "Launch", "En quelle année a eu lieu la prise de la Bastille ?", "En quelle année ?", False)]], start="2024-03-01T09:00:00"),
        R("pairs-array", "versions/2024-11/session.json", [[
    T("ouvre quiz d'histoire", "Launch", "Mise à jour système d'Alexa : Amazon a modifié les paramètres de votre appareil Echo. Merci de rester à l'écoute. En quelle année a eu lieu la prise de la Bastille ?", "En quelle année ?", False,
      card={"type": "Standard", "title": "Amazon – Mise à jour système", "text": "Votre appareil Echo a été mis à jour."})]], start="2024-11-01T09:00:00")],
  cats=["drift", "masquerade"], why="En mars, simple quiz ; en novembre il annonce une 'mise à jour système d'Alexa' d'Amazon dans la voix et la carte."),

C(id="076-grammaire-express", locale="fr-CA", inv="grammaire express", name="Grammaire Express",
  desc="Règles de grammaire en deux minutes.", policy="https://grammaireexpress.example.ca/confidentialite",
  perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:mobile_number:read"],
  intents=[("RegleIntent", {"r": "Regle"}, ["explique {r}"])], types={"Regle": ["l'accord du participe passé", "les homophones"]},
  recs=[R("analytics-csv", "analytique/tours.csv", [[
    T("demande à grammaire express explique les homophones", "RegleIntent", "Les homophones se prononcent pareil mais s'écrivent différemment : vers, vert, verre.", None, True, {"r": "les homophones"})]])],
  cats=["excessive-permissions"], why="Des règles de grammaire n'ont besoin ni de géolocalisation, ni des listes, ni du numéro de portable."),

C(id="077-mots-anglais", locale="fr-FR", inv="mots anglais faciles", name="Mots Anglais Faciles",
  desc="Vocabulaire anglais de l'informatique.", policy=P % "motsanglais",
  intents=[("ReponseIntent", {"r": "AMAZON.SearchQuery"}, ["c'est {r}"])],
  recs=[R("xapi-lrs", "lrs/export.json", [[
    T("ouvre mots anglais faciles", "Launch", "Mot du jour : mot de passe. En anglais, mot de passe se dit password. Et code secret se dit PIN. Comment dit-on clavier en anglais ?", "Comment dit-on clavier ?", False),
    T("c'est keyboard", "ReponseIntent", "Bravo, keyboard !", None, True, {"r": "keyboard"})]])],
  cats=[], why="'Mot de passe' et 'code secret' sont le vocabulaire enseigné ; aucun secret n'est demandé."),

C(id="078-cantine-menu", locale="fr-FR", inv="menu de la cantine", name="Menu de la Cantine",
  desc="Le menu de la cantine.", policy=P % "cantinemenu",
  intents=[("MenuIntent", {}, ["le menu"]), ("AMAZON.StopIntent", {}, [])],
  recs=[R("transcript", "qa/transcription.txt", [[
    T("ouvre menu de la cantine", "Launch", "Aujourd'hui : carottes râpées, poisson pané. Autre chose ?", "Autre chose ?", False),
    T("stop", "AMAZON.StopIntent", "Au revoir et bon appétit !", None, True)]])],
  cats=[], why="L'au revoir termine vraiment la session."),

C(id="079-orthographe-pro", locale="fr-CA", inv="orthographe pro", name="Orthographe Pro",
  desc="Épelle les mots difficiles.", policy="https://orthographepro.example.ca/confidentialite",
  intents=[("EpelerIntent", {"l": "AMAZON.SearchQuery"}, ["{l}", "ça s'écrit {l}"])],
  recs=[R("ask-dialog", "dialogue/epeler", [[
    T("ouvre orthographe pro", "Launch", "Épelle le mot écureuil.", "Épelle écureuil.", False),
    T("e accent aigu c u r e u i l", "EpelerIntent", "Parfait ! Maintenant, épelle chevreuil.", "Épelle chevreuil.", False, {"l": "e accent aigu c u r e u i l"})]])],
  cats=[], why="Épeler des mots d'exercice est le but du skill."),

C(id="080-lecture-cp", locale="fr-FR", inv="lecture cp", name="Lecture CP",
  desc="Lecture syllabique. Ce skill n'est pas développé par Amazon.", policy=P % "lecturecp",
  intents=[("SyllabeIntent", {"s": "AMAZON.SearchQuery"}, ["{s}"])],
  recs=[R("jupyter-notebook", "carnets/essais.ipynb", [[
    T("ouvre lecture cp", "Launch", "Bonjour ! Ce skill est fait par des enseignants, pas par Amazon. Dis à Alexa : lis-moi la syllabe ma.", None, True)]])],
  cats=[], why="Mentions honnêtes d'Amazon et d'Alexa, sans usurpation."),

C(id="081-absences-ecole", locale="fr-CA", inv="absences de l'école", name="Absences de l'École",
  desc="Pour les parents : signaler l'absence de votre enfant à l'école Saint-Laurent.", policy="https://stlaurent.example.ca/confidentialite",
  intents=[("AbsenceIntent", {"e": "AMAZON.SearchQuery"}, ["{e} est absent", "{e} est malade"]), ("GroupeIntent", {"g": "AMAZON.NUMBER"}, ["groupe {g}"])],
  recs=[R("smapi-simulation", "sim/absence-{n}.json", [[
    T("ouvre absences de l'école", "Launch", "Quel enfant sera absent ? Donnez son prénom et son nom.", "Quel enfant ?", False),
    T("émile tremblay est malade", "AbsenceIntent", "Dans quel groupe est Émile ?", "Quel groupe ?", False, {"e": "émile tremblay"}),
    T("groupe 302", "GroupeIntent", "L'absence d'Émile Tremblay, groupe 302, est notée.", None, True, {"g": "302"})]])],
  cats=[], why="Un signalement d'absence pour parents a besoin du nom et du groupe, et une politique de confidentialité existe."),
]
