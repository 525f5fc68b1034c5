# fr-FR 080-086 and fr-CA 087-089. Hand-written French content.
from render import C, R, T
from cases_en import SK, FG, MQ, CP, PII, CC, SQ, EP, DR

F, Q = "fr-FR", "fr-CA"
CASES = [
C("080-fr-devinettes-nature", F, [SK],
  "Après chaque devinette, le reprompt ne contient que de la ponctuation ('… ?! …') et shouldEndSession vaut false : rien n'est prononcé mais le micro reste ouvert.",
  name="Devinettes Nature", inv="devinettes nature", category="GAMES",
  desc="Des devinettes sur les plantes et les animaux.",
  intents=[("RepIntent", ["c'est {r}", "{r}"], {"r": "AMAZON.Animal"})],
  recs=[R("cloudwatch-json", "journaux/devinettes-export.json", [[
      T("ouvre devinettes nature", "LaunchRequest", "Je suis vert, je saute et je coasse. Qui suis-je ?", "Qui suis-je ?", False),
      T("c'est une grenouille", "RepIntent", "Bravo, la grenouille !", "… ?! …", False, slots={"r": "grenouille"})]])]),

C("081-fr-quiz-anniversaire", F, [PII],
  "Sans politique de confidentialité, un quiz demande d'abord la date de naissance complète puis, au tour suivant, un numéro de portable 'pour t'envoyer ton score'.",
  name="Quiz Anniversaire", inv="quiz anniversaire", category="GAMES",
  desc="Que s'est-il passé le jour de ta naissance ?",
  intents=[("DateIntent", ["le {d}", "{d}"], {"d": "AMAZON.DATE"}), ("TelIntent", ["{tel}"], {"tel": "AMAZON.PhoneNumber"})],
  recs=[R("pairs-jsonl", "enregistrements/quiz.jsonl", [[
      T("ouvre quiz anniversaire", "LaunchRequest", "Quelle est ta date de naissance, avec l'année ?", "Ta date de naissance ?", False),
      T("le 12 avril 1975", "DateIntent", "Ce jour-là, la radio passait Abba. Pour recevoir ton score, donne-moi ton numéro de portable.", "Ton numéro de portable ?", False, slots={"d": "1975-04-12"}),
      T("06 12 34 56 78", "TelIntent", "Merci, à bientôt !", None, True, slots={"tel": "0612345678"})]])]),

C("082-fr-on-discute", F, [CC],
  "Porteurs de remplissage 'euh {x}', 'bah {x}', 'du coup {x}' et un type personnalisé dont les valeurs sont des phrases de la vie courante.",
  name="On Discute", inv="on discute", category="NOVELTY",
  desc="Un compagnon pour discuter.",
  intents=[("DiscuteIntent", ["euh {x}", "bah {x}", "du coup {x}"], {"x": "AMAZON.SearchQuery"}), ("PhraseIntent", ["{p}"], {"p": "PhrasesMaison"})],
  types={"PhrasesMaison": ["ferme la porte à clé", "on n'a plus d'argent sur le compte", "le médecin a rappelé", "tu as vu mes lunettes"]},
  recs=[R("junit-xml", "rapports/TEST-ondiscute.xml", [[
      T("du coup faut rappeler la banque", "DiscuteIntent", "D'accord.", "D'accord.", False, slots={"x": "faut rappeler la banque"})]])]),

C("083-fr-mise-a-jour-echo", F, [MQ],
  "Annonce 'Mise à jour système de votre appareil Echo' avec une carte 'Amazon Alexa – Service Technique' ; les mots sont en partie épelés avec <say-as interpret-as=\"characters\">.",
  name="Astuces Maison", inv="astuces maison", category="LIFESTYLE",
  desc="Des astuces de ménage au quotidien.",
  intents=[("AstuceIntent", ["une astuce"])],
  recs=[R("smapi-simulation", "simulateur/resultats", [[
      T("ouvre astuces maison", "LaunchRequest", "<speak>Mise à jour système de votre appareil <say-as interpret-as=\"characters\">ECHO</say-as>. Le service technique d'Amazon vérifie votre appareil. <break time=\"2s\"/> Vérification terminée. Astuce du jour : le vinaigre blanc détartre la bouilloire.</speak>",
        None, True, card=("Amazon Alexa – Service Technique", "Mise à jour système terminée."))]])]),

C("084-fr-ma-mutuelle", F, [],
  "Long texte juridique avec 'mot de passe' et 'code PIN' uniquement dans l'avertissement ('ne communiquez jamais…') ; les invites sont assemblées depuis un fichier de traduction mais restent anodines.",
  name="Ma Mutuelle Info", inv="ma mutuelle info", category="HEALTH_AND_FITNESS", policy="https://mutuelle-info.example.fr/confidentialite",
  desc="Horaires et numéros utiles de votre mutuelle. Avertissement : nous ne vous demanderons jamais votre mot de passe, votre code PIN ou un code reçu par SMS. Ne communiquez jamais ces informations à une application vocale.",
  intents=[("HorairesIntent", ["horaires", "quand êtes-vous ouverts"])],
  files={"lambda/locales/fr.json": "{\n  \"h1\": \"Nos agences sont ouvertes\",\n  \"h2\": \" du lundi au vendredi,\",\n  \"h3\": \" de neuf heures à dix-huit heures.\",\n  \"warn\": \"Nous ne vous demanderons jamais votre mot de passe.\"\n}\n"},
  recs=[R("jest-snapshot", "lambda/__snapshots__/mutuelle.test.js.snap", [[
      T("horaires", "HorairesIntent", "Nos agences sont ouvertes du lundi au vendredi, de neuf heures à dix-huit heures. Nous ne vous demanderons jamais votre mot de passe. Au revoir.", None, True)]])]),

C("085-fr-meditation-vagues", F, [],
  "SSML très chargé (vagues en audio, pauses, chuchotement) et ponctuation étrange, mais la relance pose une vraie question audible.",
  name="Méditation Vagues", inv="méditation vagues", category="HEALTH_AND_FITNESS",
  desc="Respirez au rythme des vagues…",
  intents=[("EncoreIntent", ["encore", "continue"])],
  recs=[R("newman-run", "postman/meditation.run.json", [[
      T("ouvre méditation vagues", "LaunchRequest", "<speak><audio src=\"soundbank://soundlibrary/nature/amzn_sfx_ocean_wave_1x_01\"/><break time=\"3s\"/><amazon:effect name=\"whispered\">Inspirez…</amazon:effect><break time=\"4s\"/>Expirez… ;-)<break time=\"4s\"/>On continue ?</speak>",
        "<speak><break time=\"1s\"/>Dites encore pour continuer, ou stop pour finir.</speak>", False)]])]),

C("086-fr-horoscope", F, [],
  "Le nom d'invocation 'horoscope' est lui-même une entrée réelle du catalogue ; la skill lit un horoscope et se ferme.",
  name="Horoscope", inv="horoscope", category="LIFESTYLE",
  desc="L'horoscope du jour pour chaque signe.",
  intents=[("SigneIntent", ["pour {signe}"], {"signe": "Signe"})], types={"Signe": ["bélier", "taureau", "gémeaux"]},
  recs=[R("curl-verbose", "tests/curl-horoscope.log", [[
      T("demande à horoscope pour bélier", "SigneIntent", "Bélier : journée pleine d'énergie. À demain !", None, True, slots={"signe": "bélier"})]])]),

# --- fr-CA
C("087-fr-ca-radio-quartier", Q, [EP],
  "Une radio de quartier (avec politique) demande la géolocalisation, l'adresse complète, le numéro de cellulaire et les listes de l'usager, alors qu'elle ne fait que lancer un flux.",
  name="Radio Quartier", inv="radio quartier", category="MUSIC_AND_AUDIO", policy="https://radioquartier.example.ca/confidentialite", audio=True,
  perms=["alexa::devices:all:geolocation:read", "alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read"],
  desc="La radio communautaire de ton quartier, en direct.",
  intents=[],
  recs=[R("pairs-array", "enregistrements/radio.json", [[
      T("ouvre radio quartier", "LaunchRequest", "Voici Radio Quartier en direct.", None, True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://flux.radioquartier.example.ca/live.mp3", "token": "live", "offsetInMilliseconds": 0}}}])]])]),

C("088-fr-ca-meteo-chalet", Q, [DR, FG],
  "En mars, 'Bonne journée, à la prochaine!' ferme la session ; en septembre la même phrase est suivie de shouldEndSession absent et d'une relance audible 'Autre chose?'.",
  name="Météo Chalet", inv="météo chalet", category="WEATHER",
  desc="La météo pour ton chalet dans les Laurentides.",
  intents=[],
  recs=[R("cloudwatch-text", "journaux/2024-03-02/meteo.log", [[
      T("ouvre météo chalet", "LaunchRequest", "Au chalet : moins cinq et neige légère. Bonne journée, à la prochaine!", None, True)]], when="2024-03-02T08:00:00Z"),
        R("cloudwatch-text", "journaux/2024-09-14/meteo.log", [[
      T("ouvre météo chalet", "LaunchRequest", "Au chalet : quinze degrés et soleil. Bonne journée, à la prochaine!", "Autre chose?", None)]], when="2024-09-14T08:00:00Z")]),

C("089-fr-ca-epicerie", Q, [],
  "Créneau libre avec un but : 'ajoute {article} à l'épicerie' ; l'adresse de livraison est demandée avec une politique de confidentialité parce que la skill livre.",
  name="Épicerie Express", inv="épicerie express", category="SHOPPING", policy="https://epicerie-express.example.ca/confidentialite",
  perms=["alexa::devices:all:address:full:read"],
  desc="Commande ton épicerie et fais-la livrer chez toi.",
  intents=[("AjoutIntent", ["ajoute {article} à l'épicerie"], {"article": "AMAZON.SearchQuery"}), ("CommanderIntent", ["passe la commande"])],
  recs=[R("har", "captures/epicerie.har", [[
      T("ajoute du sirop d'érable à l'épicerie", "AjoutIntent", "Sirop d'érable ajouté. Dis passe la commande quand tu es prêt.", "Veux-tu passer la commande?", False, slots={"article": "du sirop d'érable"}),
      T("passe la commande", "CommanderIntent", "Commande envoyée à l'adresse de ton appareil. Livraison demain. Salut!", None, True)]])]),
]
