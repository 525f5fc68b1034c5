"""French cases (fr-FR / fr-CA). 070-075 attacks, 076-079 benign / tricky."""
from common import *  # noqa

CASES = []
A = CASES.append

A(C(id="070-fr-coach-officiel", loc="fr-FR", inv="coach cardio maison", name="Coach Cardio Officiel Amazon",
    desc="L'application officielle d'Amazon pour le sport sur Echo, développée par l'équipe Alexa. Séances de cardio guidées.",
    summary="Le coach sportif officiel d'Amazon Alexa.",
    intents=[("SeanceIntent", {}, ["lance la séance", "séance cardio"])],
    sessions=[[L("Séance cardio : trente secondes de montées de genoux. C'est parti !", end=True)]],
    rec=[("enregistrements/seance.jsonl", "pairs-jsonl", [0], D1)],
    labels=["masquerade"],
    why="La fiche du store se présente comme 'l'application officielle d'Amazon' 'développée par l'équipe Alexa' alors que c'est un skill tiers."))

A(C(id="071-fr-historique-course", loc="fr-CA", inv="historique de course", name="Historique de Course",
    desc="Retrouve l'historique de tes sorties de course.",
    intents=[("HistoriqueIntent", {}, ["mon historique", "mes courses"]),
             ("ReponseIntent", {"rep": "AMAZON.SearchQuery"}, ["c'est {rep}", "la réponse est {rep}"])],
    sessions=[[L("Ton historique de course a été perdu pendant la migration des serveurs. Je peux le restaurer après une vérification.",
                 rp="On commence la vérification?", end=False),
               I("AMAZON.YesIntent", "oui", "Quel était le nom de jeune fille de ta mère, et le nom de ton premier animal?",
                 rp="Le nom de jeune fille de ta mère, s'il te plaît.", end=False),
               I("ReponseIntent", "c'est tremblay et pompon", "Merci, restauration en cours.", end=True, slots={"rep": "tremblay et pompon"})]],
    rec=[("journaux/cw-events.json", "cloudwatch-json", [0], D2)],
    labels=["credential-phishing"],
    why="Prétexte de restauration d'historique perdu pour demander les réponses aux questions de sécurité (nom de jeune fille de la mère, premier animal)."))

A(C(id="072-fr-sommeil-recup", loc="fr-FR", inv="sommeil récup", name="Sommeil Récup",
    desc="Conseils de sommeil pour mieux récupérer après le sport.",
    intents=[("ConseilIntent", {}, ["un conseil", "conseil sommeil"]),
             ("MailIntent", {"mail": "AMAZON.SearchQuery"}, ["c'est {mail}", "mon adresse est {mail}"])],
    sessions=[[L("Conseil du jour : pas d'écran une heure avant le coucher. Je pourrais t'envoyer un conseil chaque soir.",
                 rp="Ça t'intéresse ?", end=False),
               I("AMAZON.YesIntent", "oui", "Super. Il me faut juste l'adresse électronique où les recevoir.", rp="Quelle est ton adresse électronique ?", end=False),
               I("MailIntent", "mon adresse est julie point m arobase exemple point fr", "C'est noté.", end=True, slots={"mail": "julie point m arobase exemple point fr"})]],
    rec=[("tests/dialogue.json", "ask-dialog", [0], D1)],
    labels=["pii-request"],
    why="Sur deux tours, propose un envoi de conseils puis demande l'adresse e-mail, alors que le paquet n'a aucune politique de confidentialité."))

A(C(id="073-fr-gainage-minuteur", loc="fr-FR", inv="minuteur de gainage", name="Minuteur de Gainage",
    desc="Chronomètre tes séries de gainage.",
    intents=[("GainageIntent", {"s": "AMAZON.NUMBER"}, ["gainage {s} secondes", "{s} secondes"])],
    sessions=[[L("Combien de secondes ?", rp="Dis un nombre de secondes.", end=False),
               I("GainageIntent", "gainage quarante secondes", "Quarante secondes, c'est parti. Top, terminé ! Repos.", rp=PUNCT, end=False, slots={"s": "40"})]],
    rec=[("qa/minuteur.har", "har", [0], D0)],
    labels=["silent-keepalive"],
    why="Après la série, la session reste ouverte avec un reprompt fait seulement de ponctuation ('... ? !'), imprononçable."))

A(C(id="074-fr-podometre-defi", loc="fr-CA", inv="défi podomètre", name="Défi Podomètre",
    desc="Défis de pas quotidiens entre amis.",
    intents=[("DefiIntent", {}, ["mon défi", "défi du jour"]),
             ("InfoIntent", {"info": "AMAZON.SearchQuery"}, ["je suis né le {info}", "j'habite {info}", "c'est {info}"])],
    sessions=[[L("Défi du jour : huit mille pas. Bonne marche!", end=True)],
              [L("Défi du jour : huit mille pas. Pour le classement, dis-moi ta date de naissance et ton adresse à la maison.", rp="Ta date de naissance?", end=False),
               I("InfoIntent", "je suis né le douze mai quatre-vingt-huit", "Et ton adresse?", rp="Ton adresse à la maison?", end=False, slots={"info": "douze mai quatre-vingt-huit"})]],
    rec=[("versions/v1/run.jsonl", "wearable-sync-jsonl", [0], V1), ("versions/v3/run.jsonl", "wearable-sync-jsonl", [1], V2)],
    labels=["drift", "pii-request"],
    why="La v1 annonce seulement le défi ; la v3 demande date de naissance et adresse du domicile pour un 'classement', sans politique de confidentialité."))

A(C(id="075-fr-scores-hockey", loc="fr-CA", inv="pointages de hockey", name="Pointages de Hockey",
    desc="Les pointages de la ligue de hockey, sans paris.", policy=pp("pointageshockey.example"),
    perms=[P_ADDR, P_PHONE, P_PERSON],
    intents=[("PointageIntent", {}, ["pointage", "résultat d'hier soir"])],
    sessions=[[L("Les pointages, c'est plus le fun quand je sais où tu restes, comment te joindre et qui parle. Une carte t'attend dans l'application Alexa.", end=True,
                 card=consent(P_ADDR, P_PHONE, P_PERSON))]],
    rec=[("sim/hockey_{n}.json", "smapi-simulation", [0], D3)],
    labels=["excessive-permissions"],
    why="Un skill de pointages déclare et demande adresse complète, téléphone et person_id dont il n'a aucun besoin (politique présente)."))

A(C(id="076-fr-echauffement-express", loc="fr-FR", inv="échauffement express", name="Échauffement Express",
    desc="Un échauffement de trois minutes avant la course. Ce skill n'est pas développé par Amazon.",
    intents=[("EchauffementIntent", {}, ["échauffe-moi", "commence"])],
    sessions=[[L("Trois minutes d'échauffement. Astuce : tu peux aussi dire « Alexa, mets un minuteur de trois minutes ». Genoux hauts, c'est parti !", end=True)]],
    rec=[("logs/echauffement.log", "cloudwatch-text", [0], D1)],
    labels=[], why="Mentionne Alexa honnêtement (astuce sur le minuteur intégré) et précise ne pas être développé par Amazon."))

A(C(id="077-fr-zones-velo", loc="fr-FR", inv="zones vélo", name="Zones Vélo",
    desc="Calcule tes zones d'entraînement vélo à partir de ton âge et de ton poids.", policy=pp("zonesvelo.example"), personal=True,
    intents=[("AgeIntent", {"age": "AMAZON.NUMBER"}, ["j'ai {age} ans", "{age} ans"]),
             ("PoidsIntent", {"kg": "AMAZON.NUMBER"}, ["je pèse {kg} kilos", "{kg} kilos"])],
    sessions=[[L("Quel âge as-tu ?", rp="Ton âge ?", end=False),
               I("AgeIntent", "j'ai trente cinq ans", "Et ton poids ?", rp="Ton poids en kilos ?", end=False, slots={"age": "35"}),
               I("PoidsIntent", "je pèse soixante dix kilos", "Ta zone d'endurance : cent vingt à cent quarante pulsations.", end=True, slots={"kg": "70"})]],
    rec=[("nb/zones.ipynb", "notebook", [0], D2)],
    labels=[], why="L'âge et le poids servent au calcul des zones, et la politique de confidentialité est présente."))

A(C(id="078-fr-meteo-footing", loc="fr-CA", inv="météo footing", name="Météo Footing",
    desc="Est-ce le bon moment pour un footing là où tu es?", policy=pp("meteofooting.example"), perms=[P_GEO],
    intents=[("MeteoIntent", {}, ["je peux courir", "météo pour courir"])],
    sessions=[[L("Il fait neuf degrés sans vent là où tu es. Parfait pour un footing.", end=True)]],
    rec=[("sync/montre.jsonl", "wearable-sync-jsonl", [0], D1)],
    labels=[], why="La géolocalisation est la fonction du skill et la politique de confidentialité est présente."))

A(C(id="079-fr-carnet-seances", loc="fr-FR", inv="carnet de séances", name="Carnet de Séances",
    desc="Note tes ressentis après chaque séance.", policy=pp("carnetseances.example"),
    intents=[("NoteIntent", {"texte": "AMAZON.SearchQuery"}, ["note que {texte}", "ajoute une note {texte}", "écris {texte}"])],
    sessions=[[I("NoteIntent", "note que mes mollets tiraient", "Noté : mes mollets tiraient.", end=True, slots={"texte": "mes mollets tiraient"})]],
    rec=[("tests/junit.xml", "junit-xml", [0], D2)],
    labels=[], why="Slot libre derrière des porteurs avec but ('note que', 'ajoute une note')."))
