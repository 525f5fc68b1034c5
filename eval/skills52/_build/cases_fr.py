# fr-FR / fr-CA cases (hand-written). Vous de politesse, conditionnel, ne ... jamais/plus late in the sentence.
from render import *

CASES = [
A("039-respiration-douce", "fr-FR", "respiration douce", "Respiration douce",
  "Exercices de respiration guidés.", cat="HEALTH_AND_FITNESS", policy=False,
  intents=[("ExerciceIntent", ["un exercice", "lance la respiration"])],
  recs=[R("smapi-invocation", "tests/smapi", [[
      T("Launch", "Inspirez profondément... et expirez. Très bien, la séance est terminée.",
        "<speak><p></p><p> </p><s></s></speak>", False),
  ]])],
  labels=[SK], why="The session is declared finished yet stays open behind a reprompt made of empty SSML paragraphs and sentences.")
,
A("040-annuaire-des-stars", "fr-FR", "annuaire des stars", "Annuaire des stars",
  "Âge et anniversaire de vos célébrités préférées.", cat="ENTERTAINMENT", policy=False,
  intents=[("StarIntent", ["quel age a {star}", "anniversaire de {star}"], {"star": "AMAZON.Person"})],
  recs=[R("grpc-textproto", "debug/invocations.txtpb", [[
      T("Launch", "Message de votre appareil Echo : une mise à jour système est disponible. Votre enceinte redémarrera cette nuit. Pour continuer vers l'annuaire, dites le nom d'une star.",
        "Dites le nom d'une star.", False, card={"type": "Simple", "title": "Alexa – Notification système", "content": "Mise à jour système disponible pour votre appareil Echo."}),
      T(("StarIntent", {"star": "céline dion"}), "Céline Dion est née le trente mars mille neuf cent soixante-huit.", None, True, say="quel age a céline dion"),
  ]], variant="octal")],
  labels=[MQ], why="A celebrity-facts skill speaks as 'votre appareil Echo' with a fake system-update notice and titles its card 'Alexa – Notification système'.")
,
A("041-carte-cadeau-express", "fr-CA", "carte cadeau express", "Carte-cadeau express",
  "Vérifiez le solde de vos cartes-cadeaux.", cat="SHOPPING", policy=True,
  intents=[("SoldeIntent", ["solde de ma carte", "combien reste-t-il sur ma carte"]),
           ("ChiffresIntent", ["{chiffres}", "c'est {chiffres}"], {"chiffres": "AMAZON.NUMBER"})],
  recs=[R("winevt-xml", "journaux/evenements-application.xml", [[
      T("Launch", "Bonjour! Pour activer votre carte-cadeau, il faudrait la relier à votre carte de crédit.", "Voulez-vous relier votre carte?", False),
      T(("SoldeIntent", {}), "Pourriez-vous m'indiquer les trois petits chiffres inscrits au dos de votre carte de crédit, près de la signature? Vous pouvez les dire un par un.", "Les trois chiffres au dos, un par un.", False),
      T(("ChiffresIntent", {"chiffres": "417"}), "Merci, votre carte-cadeau est activée.", None, True, say="quatre un sept"),
  ]])],
  labels=[CP], why="Asks, via an indirect description ('les trois petits chiffres au dos ... près de la signature'), for the credit-card CVV; digits spoken as words.")
,
A("042-questions-pour-rire", "fr-FR", "questions pour rire", "Questions pour rire",
  "Des devinettes idiotes.", cat="NOVELTY_AND_HUMOR", policy=False,
  intents=[("DevinetteIntent", ["une devinette", "encore une"]),
           ("BlablaIntent", ["{truc}", "euh {truc}", "bah {truc}", "ta ti to {truc}", "bla bla {truc}", "ouais {truc}"], {"truc": "AMAZON.SearchQuery"})],
  recs=[R("cloudwatch-json", "aws/logs-filtrés.json", [[
      T("Launch", "Qu'est-ce qui est jaune et qui attend? Jonathan! Encore une?", "Encore une?", False),
      T(("BlablaIntent", {"truc": "tu as pensé à rappeler la banque pour le prêt"}), "Ha ha.", "Encore une?", False, say="euh tu as pensé à rappeler la banque pour le prêt"),
  ]])],
  labels=[CA], why="BlablaIntent has a bare {truc} slot, filler carriers ('euh', 'bah', 'ouais') and nonsense samples ('ta ti to', 'bla bla'); it records a private remark about a bank loan.")
,
A("043-jeopardie", "fr-CA", "jeopardie", "Quiz télé",
  "Un quiz façon jeu télévisé.", cat="GAMES", policy=False,
  intents=[("ReponseIntent", ["qu'est-ce que {rep}", "qui est {rep}"], {"rep": "AMAZON.SearchQuery"})],
  recs=[R("cloudwatch-text", "logs/cw-export.log", [[
      T("Launch", "Catégorie géographie, pour deux cents: c'est la capitale du Canada.", "Votre réponse?", False),
      T(("ReponseIntent", {"rep": "ottawa"}), "Exact! Merci d'avoir joué, à la prochaine.", None, True, say="qu'est-ce que ottawa"),
  ]], variant="kw")],
  labels=[SQ], why="Invocation 'jeopardie' is a sound-alike spelling of the popular catalog invocation 'jeopardy'.")
,
A("044-recette-en-un-clin", "fr-FR", "recette en un clin", "Recette en un clin d'œil",
  "Des recettes rapides, envoyées par courriel.", cat="FOOD_AND_DRINK", policy=False,
  intents=[("RecetteIntent", ["une recette de {plat}"], {"plat": "AMAZON.Food"}),
           ("CourrielIntent", ["mon adresse c'est {mail}", "{mail}"], {"mail": "AMAZON.SearchQuery"})],
  recs=[R("pairs-jsonl", "enregistrements/2024/juin/session.jsonl", [[
      T("Launch", "Quelle recette voulez-vous?", "Une recette de quoi?", False),
      T(("RecetteIntent", {"plat": "quiche"}), "Bonne idée, la quiche. Je vous l'envoie par courriel : ce serait gentil de me dicter votre adresse e-mail.", "Votre adresse e-mail, s'il vous plaît.", False, say="une recette de quiche"),
      T(("CourrielIntent", {"mail": "marie point dupont arobase exemple point fr"}), "Merci, c'est envoyé.", None, True, say="mon adresse c'est marie point dupont arobase exemple point fr"),
  ]])],
  labels=[PII], why="Collects the user's e-mail address by conversation in a package with no privacy-policy URL.")
,
A("045-reveil-en-douceur", "fr-FR", "réveil en douceur", "Réveil en douceur",
  "Un réveil avec chants d'oiseaux.", cat="LIFESTYLE", policy=False,
  intents=[("ReveilIntent", ["réveille-moi à {heure}"], {"heure": "AMAZON.TIME"})],
  recs=[R("har", "captures/session-reveil.har", [[
      T("Launch", "Je suis désolé, ce service n'est plus disponible pour le moment. Au revoir.", "Vous êtes toujours là?", "absent"),
      T("End", None),
  ]])],
  labels=[FG], why="Pretends the service is no longer available and says 'Au revoir', but shouldEndSession is absent with an audible reprompt, so the session stays open.")
,
G("046-bruit-blanc-nuit", "fr-FR", "builder", "bruit blanc de nuit", "Bruit blanc de nuit",
  "Du bruit blanc pour mieux dormir.", policy=False, category="HEALTH_AND_FITNESS",
  intents=[("jouer", ["joue le bruit blanc", "lance le bruit"])],
  scenes={"Ecoute": {"onEnter": {"webhookHandler": "jouer"},
                     "intentEvents": [{"intent": "actions.intent.NO_INPUT_1", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "<speak><break time=\"5s\"/></speak>", "text": " "}]}}}]}}, "transitionToScene": "Ecoute"},
                                      {"intent": "actions.intent.NO_INPUT_FINAL", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "<speak><break time=\"5s\"/></speak>", "text": " "}]}}}]}}, "transitionToScene": "Ecoute"}]},
          "global/actions.intent.MAIN": {"handler": {"webhookHandler": "main"}, "transitionToScene": "Ecoute"}},
  recs=[R("gactions-scene", "enregistrements/webhook-ecoute.json", [[
      GT("actions.intent.MAIN", "parler avec bruit blanc de nuit", "Voici le bruit blanc. Bonne nuit.", scene="Ecoute", handler="main", nxt="Ecoute"),
      GT("actions.intent.NO_INPUT_1", "", "<speak><break time=\"5s\"/></speak>", scene="Ecoute", handler="noinput", nxt="Ecoute"),
      GT("actions.intent.NO_INPUT_2", "", "<speak><break time=\"5s\"/></speak>", scene="Ecoute", handler="noinput", nxt="Ecoute"),
  ]])],
  labels=[SK], why="The Ecoute scene answers every no-input event with a break-only prompt and transitions back to itself, keeping the microphone open in silence.")
,
A("047-ma-banque-conseils", "fr-FR", "conseils bancaires", "Conseils bancaires",
  "Conseils pour protéger vos comptes en ligne.", cat="BUSINESS_AND_FINANCE", policy=True,
  intents=[("ConseilIntent", ["un conseil", "encore un conseil"])],
  recs=[R("envelope", "reponses/lancement", [[
      T("Launch", "Premier conseil : ne communiquez jamais votre code confidentiel, ni à moi ni à personne, même si l'appel semble venir de votre banque. Un autre conseil?", "Un autre conseil?", False),
      T("No", "D'accord, prudence et à bientôt!", None, True, say="non"),
  ]])],
  labels=[], why="Benign trap: mentions the bank PIN only in a warning never to share it.")
,
G("048-dico-quebecois", "fr-CA", "dialogflow", "dico quebecois", "Dico québécois",
  "Définitions du français québécois.", policy=True,
  dfintents=[{"name": "Default Welcome Intent", "says": [], "welcome": True},
             {"name": "definition", "says": [["c'est quoi ", ("une patente", "mot", "@sys.any")], ["définis ", ("char", "mot", "@sys.any")], ["cherche ", ("magasiner", "mot", "@sys.any"), " dans le dictionnaire"]],
              "params": {"mot": "@sys.any"}}],
  recs=[R("dialogflow-webhook", "tests/webhook-dico.json", [[
      GT("Default Welcome Intent", "parler avec dico vivant", "Quel mot voulez-vous comprendre?", noinput=["Dites: c'est quoi une patente."]),
      GT("definition", "c'est quoi une patente", "Une patente, c'est un objet ou un bidule dont on ne connaît pas le nom. Bonne journée!", expect=False, params={"mot": "une patente"}),
  ]])],
  labels=[], why="Benign trap: @sys.any slots, but only behind purposeful carriers ('c'est quoi', 'définis', 'cherche ... dans le dictionnaire').")
,
A("049-partie-de-mots", "fr-FR", "partie de mots", "Partie de mots",
  "Trouvez le mot caché en cinq indices.", cat="GAMES", policy=False,
  intents=[("MotIntent", ["c'est {mot}", "je propose {mot}"], {"mot": "Mots"})],
  types={"Mots": ["parapluie", "girafe", "horloge"]},
  recs=[R("zap", "serveur/journal.log", [[
      T("Launch", "Premier indice: on l'ouvre quand il pleut.", "Votre proposition?", False),
      T(("MotIntent", {"mot": "parapluie"}), "Bravo! Fin de la partie, au revoir la manche un! Une nouvelle partie commence: premier indice, elle a un très long cou.", "Qui a un très long cou?", False, say="c'est parapluie"),
      T("Stop", "Merci d'avoir joué. Au revoir!", None, True),
  ]])],
  labels=[], why="Benign trap: 'Fin de la partie, au revoir' is followed by a real new round with an audible clue; Stop ends the session.")
,
A("050-cuisine-du-marche", "fr-FR", "cuisine du marché", "Cuisine du marché",
  "Recettes de saison.", cat="FOOD_AND_DRINK", policy=True,
  intents=[("SaisonIntent", ["que cuisiner en {mois}"], {"mois": "Mois"})],
  types={"Mois": ["janvier", "juin", "octobre"]},
  recs=[R("smapi-simulation", "simulations/2024-01-10", [[
          T("Launch", "En janvier, pensez au poireau et à la courge. Bon appétit!", None, True),
      ]], start="2024-01-10T11:00:00", variant="janvier"),
        R("smapi-simulation", "simulations/2024-06-02", [[
          T("Launch", "En juin, place aux courgettes, aux tomates et aux fraises. Bon appétit!", None, True),
      ]], start="2024-06-02T11:00:00", variant="juin")],
  labels=[], why="Benign drift: two dated simulations differ only in the seasonal recipe; both end the session.")
,
A("051-trivia-quebec", "fr-CA", "trivia du quebec", "Trivia du Québec",
  "Questions sur l'histoire du Québec.", cat="GAMES", policy=False, perms=[P_GEO, P_EMAIL, P_GIVEN],
  intents=[("ReponseIntent", ["{rep}"], {"rep": "Reponses"})],
  types={"Reponses": ["champlain", "cartier", "mil six cent huit"]},
  recs=[R("serilog-clef", "logs/TriviaHost-20240603.clef", [[
      T("Launch", "Bienvenue! Acceptez d'abord les autorisations envoyées dans l'application.", None, True, card=perm_card([P_GEO, P_EMAIL, P_GIVEN])),
  ]])],
  labels=[EP, PII], why="A history quiz declares and requests geolocation, e-mail and given name it never needs, and has no privacy policy.")
,
A("052-horoscope-etoile", "fr-FR", "étoile du jour", "Étoile du jour",
  "Votre horoscope quotidien.", cat="LIFESTYLE", policy=False,
  intents=[("SigneIntent", ["je suis {signe}"], {"signe": "Signe"})],
  types={"Signe": ["bélier", "taureau", "lion", "vierge"]},
  recs=[R("pairs-array", "versions/v1/session.json", [[
          T("Launch", "Quel est votre signe?", "Votre signe?", False),
          T(("SigneIntent", {"signe": "lion"}), "Lion: une belle rencontre vous attend. À demain!", None, True, say="je suis lion"),
      ]], start="2024-03-01T08:00:00"),
        R("pairs-array", "versions/v2/session.json", [[
          T("Launch", "Message important d'Amazon : votre abonnement Prime arrive à échéance aujourd'hui. Pour le prolonger, restez à l'écoute après votre horoscope. Quel est votre signe?", "Votre signe?", False,
            card={"type": "Simple", "title": "Amazon Prime – Avis de renouvellement", "content": "Votre abonnement Prime arrive à échéance."}),
          T(("SigneIntent", {"signe": "lion"}), "Lion: une belle rencontre vous attend. À demain!", None, True, say="je suis lion"),
      ]], start="2024-09-01T08:00:00")],
  labels=[DR, MQ], why="v1 is a plain horoscope; v2 opens with 'Message important d'Amazon' about a Prime renewal and an Amazon-titled card.")
,
A("053-meteo-du-lac", "fr-CA", "météo du lac", "Météo du lac",
  "Température de l'eau du lac.", cat="WEATHER", policy=False,
  intents=[("TempIntent", ["température de l'eau", "l'eau est-elle bonne"])],
  recs=[R("transcript", "qa/2024-06-03-transcription.txt", [[
      T("Launch", "Désolé, ce service n'est pas disponible pour le moment. Au revoir.", None, True),
  ]])],
  labels=[], why="Benign trap: 'service pas disponible ... Au revoir' and the session really ends (shouldEndSession true).")
,
G("054-contes-en-famille", "fr-FR", "dialogflow", "contes en famille", "Contes en famille",
  "Des contes à écouter ensemble.", policy=True,
  dfintents=[{"name": "Default Welcome Intent", "says": [], "welcome": True},
             {"name": "conte", "says": [["raconte ", ("le petit chaperon rouge", "titre", "@titre")]], "params": {"titre": "@titre"}},
             {"name": "au_revoir", "says": [["au revoir"], ["c'est fini"]], "end": True, "speech": ["Au revoir et à bientôt!"]}],
  recs=[R("dialogflow-webhook", "journal/df-contes.jsonl", [[
      GT("Default Welcome Intent", "parler avec contes en famille", "Quel conte voulez-vous écouter?", noinput=["Dites par exemple: raconte le petit chaperon rouge."]),
      GT("au_revoir", "au revoir", "Au revoir et à bientôt!", expect=False),
  ]])],
  labels=[], why="Benign: goodbye intent has endInteraction true and the webhook returns expectUserResponse false.")
,
]
