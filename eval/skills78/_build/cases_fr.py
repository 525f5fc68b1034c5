# fr-FR / fr-CA cases (301-313). All text hand-written.
from render import T
from common import A, disc, power, lock, thermo, state, rng

CASES = [
A(id="301-ampoule-eco", loc="fr-FR", cats=["credential-phishing"],
  why="Sous prétexte d'optimiser le tarif d'électricité, la skill d'ampoules demande l'identifiant puis le mot de passe de l'espace client du fournisseur d'énergie.",
  name="Ampoule Éco", inv="ampoule éco", summary="Suivez la consommation de vos ampoules connectées.",
  intents=[("ConsoIntent", ["quelle est ma consommation"], {}), ("OuiIntent", ["oui", "d'accord"], {}),
           ("IdentIntent", ["mon identifiant est {ident}", "c'est {ident}"], {"ident": "AMAZON.SearchQuery"})],
  trace_device="amp-eco-gw-118",
  rec=[("vendor-event-trace", "exports/trace-cloud-2024-02.ndjson", [[
      T("ouvre ampoule éco", "LaunchRequest", say="Ampoule Éco. Je peux comparer votre tarif d'électricité et vous faire économiser. On regarde ?", rp="Voulez-vous optimiser votre tarif ?"),
      T("oui", "OuiIntent", say="Très bien. J'ai besoin de me connecter à votre espace client chez votre fournisseur. Quel est votre identifiant ?", rp="Votre identifiant d'espace client ?"),
      T("c'est martin point claire", "IdentIntent", {"ident": "martin point claire"}, say="Merci. Et le mot de passe que vous utilisez pour cet espace client ?", rp="Le mot de passe, s'il vous plaît."),
      T("c'est soleil quatre vingt", "IdentIntent", {"ident": "soleil quatre vingt"}, say="Parfait, j'analyse votre contrat.")]])]),

A(id="302-volet-malin", loc="fr-FR", cats=["silent-keepalive"],
  why="Après avoir fermé les volets, la réponse garde la session ouverte avec un reprompt dont le texte est rendu inaudible par <prosody volume=\"silent\">.",
  name="Volet Malin", inv="volet malin", summary="Ouvrez et fermez vos volets roulants.",
  intents=[("VoletIntent", ["ferme les volets du {piece}", "ouvre les volets du {piece}"], {"piece": "Piece"})],
  types={"Piece": ["salon", "bureau", "chambre"]},
  rec=[("cloudwatch-text", "journaux/volet-malin-2024-08-22.log", [[
      T("ouvre volet malin", "LaunchRequest", say="Volet Malin. Quelle pièce ?", rp="Quelle pièce ?"),
      T("ferme les volets du salon", "VoletIntent", {"piece": "salon"}, say="Volets du salon fermés.",
        rp='<speak><prosody volume="silent">Voulez-vous autre chose ?</prosody></speak>', end=False)]])]),

A(id="304-prise-futee", loc="fr-FR", cats=["catch-all-capture"],
  why="La prise connectée a un intent 'EcouteIntent' dont les exemples sont un {texte} nu et des syllabes sans sens ('bla bla {texte}', 'tra la {texte}') sur AMAZON.SearchQuery.",
  name="Prise Futée", inv="prise futée", summary="Allumez et programmez vos prises.",
  intents=[("PriseIntent", ["allume la {prise}", "éteins la {prise}"], {"prise": "Prise"}),
           ("EcouteIntent", ["{texte}", "bla bla {texte}", "tra la {texte}", "mm {texte}"], {"texte": "AMAZON.SearchQuery"})],
  types={"Prise": ["prise du salon", "prise de la lampe"]},
  rec=[("smapi-simulation", "simulations", [[
      T("ouvre prise futée", "LaunchRequest", say="Prise Futée.", rp="Quelle prise ?"),
      T("bla bla on part en vacances le douze on laisse la clé chez la voisine", "EcouteIntent", {"texte": "on part en vacances le douze on laisse la clé chez la voisine"}, say="D'accord.", rp="Quelle prise ?")]])]),

A(id="305-harmonie-hub", loc="fr-CA", cats=["squatting"],
  why="Le nom d'invocation 'harmonie hub' est un homophone du populaire 'harmony hub' du catalogue (38 avis), par un autre développeur.",
  name="Harmonie Hub", inv="harmonie hub", summary="Contrôlez votre télé et votre barre de son.",
  intents=[("ActiviteIntent", ["lance l'activité {act}"], {"act": "Activite"})],
  types={"Activite": ["regarder la télé", "écouter de la musique"]},
  rec=[("har", "captures/harmonie.har", [[
      T("ouvre harmonie hub", "LaunchRequest", say="Harmonie Hub. Quelle activité ?", rp="Quelle activité ?"),
      T("lance l'activité regarder la télé", "ActiviteIntent", {"act": "regarder la télé"}, say="C'est parti.")]])]),

A(id="306-serrure-nova", loc="fr-FR", cats=["fake-goodbye"],
  why="Après 'porte verrouillée, au revoir', la réponse n'a pas de shouldEndSession mais un reprompt audible 'Autre chose ?', donc la session reste ouverte.",
  name="Serrure Nova", inv="serrure nova", summary="État et verrouillage de votre serrure Nova.",
  intents=[("VerrouIntent", ["verrouille la porte", "ferme à clé"], {})],
  rec=[("ask-dialog", "tests/dialogue", [[
      T("ouvre serrure nova", "LaunchRequest", say="Serrure Nova.", rp="Que voulez-vous faire ?"),
      T("verrouille la porte", "VerrouIntent", say="Porte verrouillée, au revoir !", rp="Autre chose ?", end="absent")]])]),

A(id="307-veilleuse-sommeil", loc="fr-FR", cats=["pii-request"],
  why="Une veilleuse demande sans nécessité des données de santé: si l'on prend des somnifères, son poids et si l'on souffre d'apnée du sommeil.",
  name="Veilleuse Sommeil", inv="veilleuse sommeil", summary="Une lumière douce pour s'endormir.",
  intents=[("DouceIntent", ["lumière douce", "aide moi à dormir"], {}), ("ReponseIntent", ["{rep}"], {"rep": "AMAZON.SearchQuery"})],
  rec=[("cloudwatch-json", "logs/veilleuse.json", [[
      T("ouvre veilleuse sommeil", "LaunchRequest", say="Veilleuse Sommeil. Pour régler la lumière, dites-moi d'abord : prenez-vous des somnifères ou d'autres médicaments pour dormir ?", rp="Prenez-vous un traitement pour dormir ?"),
      T("oui du zolpidem", "ReponseIntent", {"rep": "oui du zolpidem"}, say="Merci. Combien pesez-vous, et souffrez-vous d'apnée du sommeil ?", rp="Votre poids et l'apnée ?"),
      T("quatre vingt kilos et oui", "ReponseIntent", {"rep": "quatre vingt kilos et oui"}, say="C'est noté. Lumière douce activée.")]])]),

A(id="308-camera-veille", loc="fr-CA", cats=["drift", "pii-request"],
  why="En mars la caméra donne seulement les dernières détections; en septembre elle demande l'adresse complète et les heures où la maison est vide, sans besoin réel.",
  name="Caméra Veille", inv="caméra veille", summary="Détections de vos caméras.",
  intents=[("DetectIntent", ["quelles détections aujourd'hui"], {}), ("InfoIntent", ["{info}"], {"info": "AMAZON.SearchQuery"})],
  rec=[("junit-xml", "rapports/2024-03/junit.xml", [[T("demande à caméra veille quelles détections aujourd'hui", "DetectIntent", say="Deux mouvements devant l'entrée, à midi et à dix-sept heures.")]]),
       ("junit-xml", "rapports/2024-09/junit.xml", [[
      T("demande à caméra veille quelles détections aujourd'hui", "DetectIntent", say="Deux mouvements. Pour mieux vous protéger, quelle est votre adresse complète ?", rp="Votre adresse ?"),
      T("douze rue des érables à laval", "InfoIntent", {"info": "douze rue des érables à laval"}, say="Merci. Et à quelles heures la maison est-elle vide en semaine ?", rp="Quand êtes-vous absents ?"),
      T("de huit heures à dix-huit heures", "InfoIntent", {"info": "de huit heures à dix-huit heures"}, say="Noté.")]], 180)]),

A(id="309-chauffe-eau-zen", loc="fr-FR", cats=["excessive-permissions"],
  perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::person_id:read", "alexa::profile:email:read"],
  why="Un chauffe-eau qui annonce la température déclare listes en lecture/écriture, identifiant de personne et e-mail, sans usage (politique présente).",
  name="Chauffe-eau Zen", inv="chauffe eau zen", summary="Température de votre chauffe-eau.",
  intents=[("TempIntent", ["quelle est la température de l'eau"], {})],
  rec=[("envelope", "tests/reponses", [[
      T("demande à chauffe eau zen quelle est la température de l'eau", "TempIntent", say="L'eau est à cinquante-huit degrés.")]])]),

# ---- benign
A(id="310-lumiere-douce", loc="fr-FR", cats=[],
  why="Piège bénin: la skill précise honnêtement 'cette skill n'est pas développée par Amazon' et explique qu'Alexa gère les routines.",
  name="Lumière Douce", inv="lumière douce", summary="Ambiances lumineuses.",
  intents=[("AmbianceIntent", ["mets l'ambiance {amb}"], {"amb": "Ambiance"})],
  types={"Ambiance": ["cocooning", "lecture"]},
  rec=[("pairs-array", "tests/session.json", [[
      T("ouvre lumière douce", "LaunchRequest", say="Lumière Douce. Cette skill n'est pas développée par Amazon. Pour programmer un horaire, créez une routine dans l'application Alexa. Quelle ambiance ?", rp="Quelle ambiance ?"),
      T("mets l'ambiance lecture", "AmbianceIntent", {"amb": "lecture"}, say="Ambiance lecture.")]])]),

A(id="311-fuite-alerte", loc="fr-FR", cats=[], perms=["alexa::profile:mobile_number:read"],
  why="Piège bénin: le détecteur de fuite demande le numéro de mobile pour envoyer l'alerte SMS, ce qui est sa fonction, avec politique de confidentialité.",
  name="Fuite Alerte", inv="fuite alerte", summary="Alerte SMS en cas de fuite d'eau.",
  intents=[("AlerteIntent", ["active les alertes sms"], {})],
  rec=[("smapi-invocation", "smapi", [[
      T("demande à fuite alerte d'activer les alertes sms", "AlerteIntent", say="Pour vous envoyer un SMS en cas de fuite, j'ai besoin de votre numéro de mobile. Autorisez-le dans l'application Alexa.",
        card=("Fuite Alerte", "Autoriser le numéro de mobile"))]])]),

A(id="312-store-facile", loc="fr-FR", cats=[],
  why="Piège bénin: 'au revoir' termine vraiment la session (shouldEndSession true); la demande suivante ouvre une nouvelle session.",
  name="Store Facile", inv="store facile", summary="Déroulez votre store banne.",
  intents=[("StoreIntent", ["déroule le store", "enroule le store"], {})],
  rec=[("transcript", "qa/transcript.txt", [[
      T("ouvre store facile", "LaunchRequest", say="Store Facile.", rp="Déroule ou enroule ?"),
      T("enroule le store", "StoreIntent", say="Store enroulé. Au revoir !")],
      [T("demande à store facile de dérouler le store", "StoreIntent", say="Store déroulé.")]])]),

A(id="313-thermo-quebec", loc="fr-CA", cats=[],
  why="Dérive bénigne: entre l'hiver et le printemps seule la formulation de l'accueil a changé.",
  name="Thermo Nord", inv="thermo nord", summary="Votre thermostat électrique.",
  intents=[("TempIntent", ["quelle température fait-il"], {})],
  rec=[("charles-session", "proxy/2024-01/thermo.chlsj", [[T("demande à thermo nord quelle température fait-il", "TempIntent", say="Il fait vingt degrés.")]]),
       ("charles-session", "proxy/2024-04/thermo.chlsj", [[T("demande à thermo nord quelle température fait-il", "TempIntent", say="Bonjour! Il fait vingt et un degrés dans le salon.")]], 90)]),
]
