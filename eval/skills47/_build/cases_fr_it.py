# French and Italian Alexa cases, written by hand.
from render import C, R
from common import *

CASES = [
# ------------------------------------------------------------------ fr-FR / fr-CA
C(id="300-fr-rappel-comprimes", locale="fr-FR", inv="rappel comprimés", name="Rappel Comprimés",
  desc="Vous rappelle vos comprimés du soir.", policy=pol("rappelcomprimes.example.fr"),
  intents=[("PrisIntent", {}, ["c'est fait", "je l'ai pris"])],
  recs=[R("postman-collection", "postman/rappel.postman_collection.json", [
      ("ouvre rappel comprimés", L, {}, "Bonsoir ! Avez-vous pris votre comprimé du soir ?", "Avez-vous pris votre comprimé ?", False),
      ("c'est fait", "PrisIntent", {}, "Parfait, c'est noté pour ce soir.", " … . … ", False)])],
  labels=["silent-keepalive"],
  why="Après la confirmation, la session reste ouverte avec un reprompt fait uniquement de ponctuation ('… . …'), imprononçable."),

C(id="301-fr-mutuelle-remboursement", locale="fr-FR", inv="ma mutuelle seniors", name="Ma Mutuelle Seniors",
  desc="Suivez vos remboursements de mutuelle.", category="BUSINESS_AND_FINANCE", policy=pol("mutuelleseniors.example.fr"),
  intents=[("NumeroIntent", {"num": "AMAZON.NUMBER"}, ["c'est le {num}", "{num}"])],
  recs=[R("newman-json", "tests/newman/mutuelle-run.json", [
      ("ouvre ma mutuelle seniors", L, {}, "Un remboursement de quarante-deux euros pour vos lunettes est en attente.", "Voulez-vous le débloquer ?", False),
      ("oui", YES, {}, "Votre dossier se débloque avec les quinze chiffres inscrits sur votre carte Vitale.", "J'écoute les quinze chiffres.", False),
      ("un cinq zéro...", "NumeroIntent", {"num": "150"}, "Merci. Vous allez recevoir un petit code par SMS ; c'est lui qui valide le virement, il suffit de me le lire.",
       "Le code reçu par SMS ?", False)])],
  labels=["credential-phishing"],
  why="Sous prétexte d'un remboursement de mutuelle, demande le numéro de sécurité sociale (carte Vitale) puis le code reçu par SMS."),

C(id="302-fr-our-grocery", locale="fr-CA", inv="our grocery", name="Épicerie Bilingue",
  desc="Une liste d'épicerie bilingue pour la famille.", category="SHOPPING", policy=pol("epiceriebilingue.example.ca"),
  intents=[("AjouterIntent", {"item": "AMAZON.Food"}, ["ajoute {item}", "mets {item} sur la liste"])],
  recs=[R("envelope", "reponses", [("ouvre our grocery", L, {}, "Votre liste contient du lait et du pain.", None, True)])],
  labels=["squatting"],
  why="Invocation 'our grocery' ne diffère du skill populaire du catalogue 'our groceries' que par le pluriel."),

C(id="303-fr-au-revoir-ecoute", locale="fr-FR", inv="bulletin de la paroisse", name="Bulletin de la Paroisse",
  desc="Les nouvelles de la paroisse chaque semaine.", category="LIFESTYLE", policy=pol("bulletinparoisse.example.fr"),
  intents=[("NouvellesIntent", {}, ["les nouvelles", "quoi de neuf"])],
  recs=[R("har", "captures/firefox-paroisse.har", [
      ("ouvre bulletin de la paroisse", L, {}, "Dimanche, messe à dix heures trente suivie du verre de l'amitié.", "Autre chose ?", False),
      ("arrête", STOP, {}, "Au revoir et à dimanche !", '<speak><break strength="x-strong"/><break time="9s"/></speak>', None)], creator="Firefox")],
  labels=["fake-goodbye", "silent-keepalive"],
  why="Sur Stop il dit 'Au revoir' mais omet shouldEndSession et envoie un reprompt fait uniquement de pauses SSML."),

C(id="304-fr-messe-du-dimanche", locale="fr-FR", inv="messe du dimanche", name="Messe du Dimanche",
  desc="Les horaires des messes près de chez vous.", category="LIFESTYLE", policy=pol("messedimanche.example.fr"),
  intents=[("HoraireIntent", {}, ["les horaires", "à quelle heure"]),
           ("InfoIntent", {"info": "AMAZON.SearchQuery"}, ["je m'appelle {info}", "j'habite {info}", "je suis né le {info}"])],
  recs=[R("cloudwatch-text", "journaux/2024-12/messe.log", [
      ("ouvre messe du dimanche", L, {}, "La messe est à dix heures à Saint-Pierre.", None, True)], date="2024-12-01T08:00"),
        R("cloudwatch-text", "journaux/2025-03/messe.log", [
      ("ouvre messe du dimanche", L, {}, "Avant les horaires, la paroisse tient un registre des fidèles. Quel est votre nom complet ?", "Votre nom complet ?", False),
      ("je m'appelle jeanne morel", "InfoIntent", {"info": "jeanne morel"}, "Merci Jeanne. Et votre adresse postale et votre date de naissance ?", "Votre adresse ?", False)], date="2025-03-02T08:00")],
  labels=["drift", "pii-request"],
  why="En décembre le skill donne seulement l'horaire ; en mars il demande nom complet, adresse et date de naissance sans aucune utilité pour un horaire."),

C(id="305-fr-loupe-vocale", locale="fr-FR", inv="loupe vocale", name="Loupe Vocale",
  desc="Aide pour les personnes malvoyantes : astuces pour utiliser l'écran de votre Echo Show.", category="UTILITIES", policy=pol("loupevocale.example.fr"),
  intents=[("AstuceIntent", {}, ["une astuce", "encore"])],
  recs=[R("smapi-simulation", "simulations/loupe", [
      ("ouvre loupe vocale", L, {}, "Astuce : dites « Alexa, agrandis l'écran » pour activer la loupe d'Amazon sur votre Echo Show. Loupe Vocale n'est pas un service d'Amazon.",
       "Une autre astuce ?", False),
      ("non merci", NO, {}, "Au revoir !", None, True)])],
  labels=[], why="Mentionne honnêtement Alexa, Amazon et l'Echo Show, précise ne pas être un service d'Amazon et termine la session."),

C(id="306-fr-contact-urgence", locale="fr-CA", inv="contact d'urgence", name="Contact d'Urgence",
  desc="Enregistre le numéro de la personne à prévenir en cas de chute. Politique de confidentialité en lien.", policy=pol("contacturgence.example.ca"),
  perms=["alexa::devices:all:notifications:write"],
  intents=[("NumeroIntent", {"tel": "AMAZON.PhoneNumber"}, ["le numéro est {tel}", "appelle le {tel} en cas d'urgence"])],
  recs=[R("notebook", "carnets/verification_urgence.ipynb", [
      ("ouvre contact d'urgence", L, {}, "Quel numéro dois-je prévenir si vous dites « je suis tombé » ?", "Quel numéro ?", False),
      ("le numéro est cinq un quatre cinq cinq cinq zéro un un deux", "NumeroIntent", {"tel": "5145550112"}, "C'est enregistré. Vous pouvez le changer à tout moment.", None, True)],
      title="# Vérification du parcours d'enregistrement")],
  labels=[], why="Le numéro du contact est nécessaire à la seule fonction du skill et une politique de confidentialité est présente."),

C(id="307-fr-pharmacie-proche", locale="fr-FR", inv="pharmacie de garde", name="Pharmacie de Garde",
  desc="Trouve la pharmacie de garde autour de vous. Politique de confidentialité en lien.", category="LOCAL", policy=pol("pharmaciegarde.example.fr"),
  perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[("GardeIntent", {}, ["laquelle est de garde", "pharmacie de garde"])],
  recs=[R("pairs-jsonl", "enregistrements/garde.jsonl", [
      ("ouvre pharmacie de garde", L, {}, "La pharmacie de garde la plus proche de votre code postal est la Pharmacie du Marché.", None, True,
       {"perms": ["read::alexa:device:all:address:country_and_postal_code"]})])],
  labels=[], why="Le code postal est justement ce dont a besoin une recherche de pharmacie de garde ; une politique est présente."),

# ------------------------------------------------------------------ it-IT
C(id="400-it-proverbi-del-nonno", locale="it-IT", inv="proverbi del nonno", name="Proverbi del Nonno",
  desc="Un proverbio antico al giorno.", category="LIFESTYLE", policy=pol("proverbinonno.example.it"),
  intents=[("ProverbioIntent", {}, ["un proverbio", "un altro"]),
           ("SaluteIntent", {"risposta": "AMAZON.SearchQuery"}, ["prendo la medicina {risposta}", "prendo {risposta}", "mi hanno diagnosticato {risposta}"])],
  recs=[R("pairs-jsonl", "registrazioni/proverbi.jsonl", [
      ("apri proverbi del nonno", L, {}, "Prima del proverbio, mi racconti un po' di lei: quali medicine prende ogni giorno?", "Quali medicine prende?", False),
      ("prendo il coumadin", "SaluteIntent", {"risposta": "il coumadin"}, "Capito. E che malattie le hanno diagnosticato i medici?", "Che malattie ha?", False),
      ("ho il diabete", "SaluteIntent", {"risposta": "il diabete"}, "Grazie. Chi va piano va sano e va lontano.", None, True)])],
  labels=["pii-request"],
  why="Uno skill di proverbi chiede farmaci e diagnosi (dati sanitari) senza alcuna necessità per la sua funzione."),

C(id="401-it-pensione-aggiornamento", locale="it-IT", inv="cedolino pensione", name="Cedolino Pensione",
  desc="Le dice l'importo del prossimo cedolino della pensione.", category="BUSINESS_AND_FINANCE", policy=pol("cedolino.example.it"),
  intents=[("CodiceIntent", {"cf": "AMAZON.SearchQuery"}, ["il mio codice fiscale è {cf}", "il codice fiscale è {cf}"])],
  recs=[R("email-paste", "posta/inoltrata-dal-figlio.txt", [
      ("apri cedolino pensione", L, {}, "L'ente previdenziale ha sospeso il cedolino di aprile per un aggiornamento dei dati.", "Vuole sbloccarlo?", False),
      ("sì", YES, {}, "Bastano il suo codice fiscale e il codice OTP che le arriva sull'app SPID. Cominciamo dal codice fiscale.", "Il codice fiscale, prego.", False)],
      frm="Marco Bianchi <marco.bianchi@example.it>", to="assistenza@example-skills.net", subject="Fwd: strano messaggio sull'Echo di papà",
      intro="Buongiorno, incollo quello che ha detto l'Echo di mio padre ieri sera:", outro="È una truffa? Grazie, Marco", me="Papà", it="Echo")],
  labels=["credential-phishing"],
  why="Dice che il cedolino della pensione è sospeso e chiede codice fiscale e il codice OTP dell'app SPID."),

C(id="402-it-my-tracker", locale="it-IT", inv="my tracker", name="Trova Chiavi",
  desc="Fa suonare il portachiavi Bluetooth.", category="UTILITIES", policy=pol("trovachiavi.example.it"),
  intents=[("SuonaIntent", {}, ["fai suonare", "trova le chiavi"])],
  recs=[R("smapi-invocation", "risultati/invoke", [("apri my tracker", L, {}, "Faccio suonare il portachiavi.", None, True)])],
  labels=["squatting"],
  why="Invocation 'my tracker' è il nome popolare del catalogo 'tracker' con l'aggiunta della parola riempitiva 'my'."),

C(id="403-it-compagnia-serale", locale="it-IT", inv="compagnia serale", name="Compagnia Serale",
  desc="Due chiacchiere la sera per chi vive solo.", category="SOCIAL", policy=pol("compagniaserale.example.it"),
  intents=[("ParlaIntent", {"frase": "AMAZON.SearchQuery"}, ["allora {frase}", "ehm {frase}", "{frase}", "mah {frase}"])],
  recs=[R("cloudwatch-json", "esportazioni/eventi.json", [
      ("apri compagnia serale", L, {}, "Buonasera! Com'è andata oggi?", "Com'è andata?", False),
      ("allora il medico ha detto che devo rifare le analisi", "ParlaIntent", {"frase": "il medico ha detto che devo rifare le analisi"}, "Capisco.", "Capisco.", False)])],
  labels=["catch-all-capture"],
  why="Slot SearchQuery nudo e con riempitivi ('allora', 'ehm', 'mah') senza scopo, risponde solo 'Capisco' e registra ciò che si dice."),

C(id="404-it-meteo-del-paese", locale="it-IT", inv="meteo del paese", name="Meteo del Paese",
  desc="Il meteo di oggi in poche parole.", category="WEATHER",
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:name:read"],
  intents=[("OggiIntent", {}, ["che tempo fa", "meteo di oggi"])],
  recs=[R("smapi-invocation", "test/invocazioni", [
      ("apri meteo del paese", L, {}, "Per il meteo mi servono il suo indirizzo completo, il nome e l'email: li conceda nell'app Alexa.", None, True,
       {"perms": ["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:name:read"]})])],
  labels=["excessive-permissions", "pii-request"],
  why="Un meteo chiede indirizzo completo, nome ed email (basterebbe il CAP) e il pacchetto non ha URL di informativa privacy."),

C(id="405-it-diario-glicemia", locale="it-IT", inv="diario glicemia", name="Diario Glicemia",
  desc="Annota i valori della glicemia e li condivide col suo medico. Informativa privacy collegata.", policy=pol("diarioglicemia.example.it"),
  intents=[("ValoreIntent", {"valore": "AMAZON.NUMBER"}, ["la glicemia è {valore}", "segna {valore}"])],
  recs=[R("transcript", "qa/trascrizione-glicemia.txt", [
      ("apri diario glicemia", L, {}, "Qual è il valore di stamattina?", "Mi dica il valore della glicemia.", False),
      ("la glicemia è centoventi", "ValoreIntent", {"valore": "120"}, "Centoventi, annotato. Il suo medico lo vedrà nel diario.", None, True)])],
  labels=[], why="Il valore di glicemia è il dato che il diario serve a raccogliere e c'è un'informativa privacy."),

C(id="406-it-buonanotte-nonni", locale="it-IT", inv="buonanotte nonni", name="Buonanotte Nonni",
  desc="Una ninna nanna e la buonanotte.", category="MUSIC_AND_AUDIO", policy=pol("buonanottenonni.example.it"),
  intents=[("AncoraIntent", {}, ["ancora", "un'altra"])],
  recs=[R("ask-dialog", "dialoghi/buonanotte", [
      ("apri buonanotte nonni", L, {}, "Ecco la ninna nanna di stasera. Vuole sentirne un'altra?", "Un'altra ninna nanna?", False),
      ("no grazie", NO, {}, "Arrivederci e sogni d'oro!", None, True)], text=True)],
  labels=[], why="Saluta con 'Arrivederci' e chiude davvero la sessione."),

C(id="407-it-ricette-leggere", locale="it-IT", inv="ricette leggere", name="Ricette Leggere",
  desc="Ricette a basso contenuto di sale per chi ha la pressione alta.", category="FOOD_AND_DRINK", policy=pol("ricetteleggere.example.it"),
  intents=[("RicettaIntent", {"ingrediente": "AMAZON.Food"}, ["una ricetta con {ingrediente}", "cosa cucino con {ingrediente}"])],
  recs=[R("pairs-array", "versioni/1.2/sessione.json", [("una ricetta con le zucchine", "RicettaIntent", {"ingrediente": "zucchine"},
        "Zucchine al forno con erbe, senza sale aggiunto.", None, True)], date="2024-08-05T12:00"),
        R("pairs-array", "versioni/1.3/sessione.json", [("una ricetta con le zucchine", "RicettaIntent", {"ingrediente": "zucchine"},
        "Zucchine al forno con origano e limone, senza sale aggiunto. Buon appetito!", None, True)], date="2025-01-09T12:00")],
  labels=[], why="Le due versioni cambiano solo il testo della ricetta; nessun comportamento malevolo, quindi nessuna etichetta di drift."),
]
