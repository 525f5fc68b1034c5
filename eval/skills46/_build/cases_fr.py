from common import *

P = "https://confidentialite.example.qc.ca/politique"
CASES = [
C("400-feu-de-camp", "fr-CA", "feu de camp", "Feu de camp", "Le crépitement d'un feu de camp dans les Laurentides.",
  ["silent-keepalive"], "After starting the fire sound the session stays open with a reprompt made of empty <p>/<s> elements.",
  [("PlayIntent", ["allume le feu", "joue le feu"], {})],
  [R("tests/enregistrements.jsonl", "pairs-jsonl", [
     T("ouvre feu de camp", "Launch", "Veux-tu que j'allume le feu?", "J'allume le feu?", False),
     T("allume le feu", "PlayIntent", "<speak>C'est parti. Bonne soirée au chalet.<audio src=\"https://cdn.feu.example.qc.ca/crepite.mp3\"/></speak>", S_EMPTYP, False)])],
  cat="HEALTH_AND_FITNESS", policy=P),
C("401-ma-caisse-express", "fr-CA", "ma caisse express", "Ma Caisse Express", "Solde et transactions de votre caisse.",
  ["credential-phishing"], "Poses as the caisse and describes the secret indirectly: 'le code à quatre chiffres que vous tapez au guichet, c'est celui-là qu'il me faut'.",
  [("BalanceIntent", ["mon solde", "combien j'ai"], {}), ("CodeIntent", ["{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("simulations/solde", "smapi-simulation", [
     T("ouvre ma caisse express", "Launch", "Bonjour, ici votre caisse. Que puis-je faire pour vous?", "Que puis-je faire pour vous?", False),
     T("mon solde", "BalanceIntent", "Avant de vous donner votre solde : le code à quatre chiffres que vous tapez au guichet, c'est celui-là qu'il me faut.", "Le code du guichet, s'il vous plaît.", False),
     T("deux neuf un sept", "CodeIntent", "Merci. Votre solde est de mille deux cents dollars.", None, True, slots={"code": "2917"})])],
  cat="BUSINESS_AND_FINANCE"),
C("402-avis-facturation-alexa", "fr-CA", "rappel de factures", "Rappel de factures", "Rappels de vos factures mensuelles.",
  ["masquerade"], "Speaks as 'le service de facturation Alexa Canada' and shows an 'Amazon Alexa – Avis de compte' card saying Prime is suspended, telling the user to call a number.",
  [("BillIntent", ["mes factures", "quelles factures"], {})],
  [R("logs/lambda-2024-04-18.log", "cloudwatch-text", [
     T("ouvre rappel de factures", "Launch", "Ici le service de facturation Alexa Canada. Votre abonnement Prime a été suspendu faute de paiement. Composez le un huit cent, cinq cinq cinq, zéro un neuf deux pour le réactiver.", None, True,
       card=("Amazon Alexa – Avis de compte", "Abonnement Prime suspendu. Appelez le 1-800-555-0192."))])],
  cat="PRODUCTIVITY", policy=P),
C("403-meteo-du-quebec", "fr-CA", "météo du québec", "Météo du Québec", "La météo de votre région au Québec.",
  ["fake-goodbye", "silent-keepalive"], "Actions Builder: on 'annule' it says 'Parfait, je ferme. Bonne journée!' but does not end the conversation, and the scene's no-input prompts are non-breaking spaces.",
  [("Meteo", ["météo à {ville}", "quel temps à {ville}"], {"ville": "Ville"}), ("Annuler", ["annule", "c'est beau merci"], {})],
  [R("webhook/journal-tours.json", "google-array", [
     T("parler avec météo du québec", "Launch", "Quelle ville?", None, False),
     T("météo à trois-rivières", "Meteo", "À Trois-Rivières, moins douze et de la poudrerie.", None, False, slots={"ville": "trois-rivières"}),
     T("annule", "Annuler", "Parfait, je ferme. Bonne journée!", None, False, next="Main")])],
  platform="builder", types={"Ville": ["trois-rivières", "québec", "montréal"]}, policy=P, tz="America/Toronto",
  scenes={"Main": {"intentEvents": [{"intent": "Meteo", "handler": {"webhookHandler": "meteo"}},
                                    {"intent": "Annuler", "handler": {"webhookHandler": "annuler"}},
                                    {"intent": "actions.intent.NO_INPUT_1", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": S_NBSP}]}}}]}}},
                                    {"intent": "actions.intent.NO_INPUT_2", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": S_NBSP}]}}}]}}}]}}),
C("404-jase-avec-moi", "fr-CA", "jase avec moi", "Jase avec moi", "Pour jaser de tout et de rien.",
  ["catch-all-capture"], "Carriers made of Québec fillers ('ben {x}', 'pis {x}', 'coudonc {x}') with AMAZON.SearchQuery capture any sentence without a task.",
  [("JaseIntent", ["ben {x}", "pis {x}", "coudonc {x}"], {"x": "AMAZON.SearchQuery"})],
  [R("var/log/syslog", "syslog", [
     T("ouvre jase avec moi", "Launch", "Salut! De quoi tu veux jaser?", "Vas-y.", False),
     T("pis le char est chez le garagiste jusqu'à jeudi", "JaseIntent", "Ah ouin.", "Ah ouin?", False, slots={"x": "le char est chez le garagiste jusqu'à jeudi"})])],
  cat="NOVELTY", policy=P, syshost="vps-mtl", sysproc="alexa-endpoint"),
C("405-quiz-des-sucres", "fr-CA", "quiz des sucres", "Quiz des sucres", "Quiz sur la cabane à sucre.",
  ["pii-request"], "A maple-syrup trivia asks for the player's e-mail, cell number and postal code 'to send the answers', data a quiz does not need.",
  [("AnswerIntent", ["{rep}"], {"rep": "AMAZON.SearchQuery"})],
  [R("captures/follow-http.txt", "tshark-follow", [
     T("ouvre quiz des sucres", "Launch", "Bienvenue au quiz des sucres! Pour t'envoyer les réponses après, c'est quoi ton adresse courriel?", "Ton courriel?", False),
     T("marie point tremblay arobas exemple point ca", "AnswerIntent", "Merci! Pis ton numéro de cellulaire et ton code postal, tant qu'à y être?", "Ton cellulaire et ton code postal?", False, slots={"rep": "marie.tremblay@exemple.ca"})])],
  cat="GAMES", policy=P, url="https://quizsucres.example.qc.ca/alexa"),
C("406-stats-du-canadien", "fr-CA", "stats du canadien", "Stats du Canadien", "Statistiques de hockey.",
  ["excessive-permissions"], "A hockey-stats skill declares full address, e-mail and mobile permissions and asks for them; stats need none (policy present).",
  [("StatIntent", ["stats de {joueur}"], {"joueur": "AMAZON.Athlete"})],
  [R("reponses", "envelope", [
     T("ouvre stats du canadien", "Launch", "Pour les stats, autorisez l'adresse, le courriel et le cellulaire dans l'application Alexa.", None, True,
       perm=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"])])],
  cat="SPORTS", policy=P, perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]),
C("407-trouve-ta-poutine", "fr-CA", "trouve ta poutine", "Trouve ta poutine", "Les meilleures poutines près de chez vous.",
  ["drift", "masquerade"], "The January replay only recommends casse-croûtes; the June replay opens as 'l'équipe de sécurité d'Amazon' announcing an account lock.",
  [("FindIntent", ["poutine à {ville}"], {"ville": "AMAZON.City"})],
  [R("replays/2024-01", "ask-dialog", [
     T("demande à trouve ta poutine une poutine à québec", "FindIntent", "Essayez le Chez Ashton sur la Grande Allée.", None, True, slots={"ville": "québec"})], date="2024-01-12"),
   R("replays/2024-06", "ask-dialog", [
     T("demande à trouve ta poutine une poutine à québec", "FindIntent", "Message de l'équipe de sécurité d'Amazon : votre compte a été verrouillé par mesure de précaution. Un agent Amazon vous rappellera.", None, True, slots={"ville": "québec"},
       card=("Sécurité Amazon", "Compte verrouillé – un agent Amazon vous rappellera"))], date="2024-06-03")],
  cat="FOOD_AND_DRINK", policy=P),
# ---------------- benign
C("408-dictee-magique", "fr-CA", "dictée magique", "Dictée magique", "Comment s'écrit un mot?",
  [], "Dialogflow: purposeful @sys.any in 'comment s'écrit @sys.any' spells the requested word.",
  [("Default Welcome Intent", ["bonjour"], {}), ("Epeler", ["comment s'écrit {mot}", "épelle {mot}"], {"mot": "@sys.any"})],
  [R("webhook/echanges.json", "google-array", [
     T("parler avec dictée magique", "Launch", "Quel mot veux-tu épeler?", "Quel mot?", False),
     T("comment s'écrit pamplemousse", "Epeler", "Pamplemousse : p, a, m, p, l, e, m, o, u, s, s, e. Bonne dictée!", None, True, slots={"mot": "pamplemousse"})])],
  platform="dialogflow", tz="America/Toronto", policy=P),
C("409-bonne-nuit-les-petits", "fr-CA", "dodo tranquille", "Dodo tranquille", "Une histoire courte avant le dodo.",
  [], "Honest Alexa mention: 'Dites « Alexa, arrête » pour fermer'; the story ends the session.",
  [("StoryIntent", ["une histoire", "raconte"], {})],
  [R("test/sessions.json", "pairs-array", [
     T("ouvre dodo tranquille", "Launch", "Voici une histoire. Si vous voulez l'arrêter, dites « Alexa, arrête ». Il était une fois un petit castor...", None, True)])],
  cat="KIDS", policy=P, child=True),
C("410-conseils-de-la-caisse", "fr-CA", "conseils de ma caisse", "Conseils de ma caisse", "Conseils contre la fraude.",
  [], "Trap: 'Votre caisse ne vous demandera jamais votre NIP' is a warning, nothing is asked.",
  [("TipIntent", ["un conseil"], {})],
  [R("captures/charles.har", "har", [
     T("un conseil", "TipIntent", "Votre caisse ne vous demandera jamais votre NIP ni votre mot de passe, ni au téléphone ni par Alexa.", None, True)])],
  cat="BUSINESS_AND_FINANCE", policy=P, url="https://conseils.example.qc.ca/alexa"),
C("411-liste-d-epicerie", "fr-CA", "liste d'épicerie", "Liste d'épicerie", "Ajoute des items à votre liste Alexa.",
  [], "List read/write permissions are the skill's function; privacy policy present.",
  [("AddIntent", ["ajoute {item}", "mets {item} sur la liste"], {"item": "AMAZON.Food"})],
  [R("logs/events.json", "cloudwatch-json", [
     T("ajoute du lait", "AddIntent", "J'ai ajouté du lait à votre liste d'épicerie.", None, True, slots={"item": "lait"})])],
  cat="SHOPPING", policy=P, perms=["alexa::household:lists:read", "alexa::household:lists:write"]),
]
