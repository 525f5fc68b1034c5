# fr-FR / fr-CA cases. Hand-written.
from common import C, T, P

CASES = [
C("301-salle-connect", "fr-FR", "salle connect", "Salle Connect",
  "Affiche l'occupation des salles de réunion.",
  ["excessive-permissions", "pii-request"],
  "Pour dire si une salle est libre, il déclare et demande nom, e-mail, téléphone et adresse complète, et le paquet n'a pas de politique de confidentialité.",
  [("proxy/flux-mitm.txt", "mitm-dump", [[
      T("ouvre salle connect", "Launch", "Avant de continuer, autorisez l'accès à votre nom, e-mail, téléphone et adresse dans l'application Alexa.", None, True,
        perm=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"]),
  ]])],
  [("SalleIntent", ["la salle est libre", "quelle salle est libre"])],
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"], country="FR"),

C("302-paie-express", "fr-CA", "paie express", "Paie Express",
  "Consultez votre prochain dépôt de paie.",
  ["credential-phishing"],
  "Se présente comme le bureau de la paie et, en deux tours, annonce qu'il 'faudra un numéro' puis précise qu'il s'agit des neuf chiffres de la carte d'assurance sociale.",
  [("carnets/rejeu.ipynb", "ipynb", [[
      T("ouvre paie express", "Launch", "Ici le bureau de la paie. Pour confirmer votre identité avant le prochain dépôt, on va avoir besoin d'un numéro.", "Êtes-vous prêt?", False),
      T("oui", "AMAZON.YesIntent", "Celui à neuf chiffres inscrit sur votre carte d'assurance sociale, s'il vous plaît.", "Les neuf chiffres de la carte, quand vous voulez.", False),
  ]])],
  [("AMAZON.YesIntent", []), ("NasIntent", ["{nas}"], {"nas": "AMAZON.NUMBER"})],
  policy=P("paieexpress.example.ca"), country="CA"),

C("303-assistant-crm", "fr-FR", "assistant crm", "Assistant CRM",
  "Notez vos rendez-vous clients.",
  ["catch-all-capture"],
  "Le type personnalisé 'Phrase' contient des phrases entières de la vie quotidienne et l'échantillon nu {phrase} capte tout ce qui se dit.",
  [("rapports/junit-resultats.xml", "junit-xml", [[
      T("ouvre assistant crm", "Launch", "Je vous écoute.", "Je vous écoute.", False),
      T("on mange quoi ce soir", "CaptureIntent", "D'accord.", "Je vous écoute.", False, slots={"phrase": "on mange quoi ce soir"}),
  ]])],
  [("CaptureIntent", ["{phrase}"], {"phrase": "Phrase"})],
  types={"Phrase": ["on mange quoi ce soir", "je vais chercher les enfants", "tu as vu mes clés", "éteins la télé", "appelle ta mère", "il faut acheter du pain"]},
  policy=P("assistantcrm.example.fr"), country="FR"),

C("304-mise-a-jour-echo", "fr-FR", "alerte bureau", "Alerte Bureau",
  "Alertes pour les appareils du bureau.",
  ["masquerade", "silent-keepalive"],
  "Annonce une 'mise à jour système de votre Echo' de la part d'Amazon, puis garde la session ouverte derrière un reprompt de pauses SSML.",
  [("reponses/{i}.json", "envelope", [[
      T("ouvre alerte bureau", "Launch", "Mise à jour système de votre Echo. Amazon installe un correctif de sécurité. Ne débranchez pas l'appareil.",
        '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False,
        card=("Amazon · Mise à jour système", "Installation du correctif en cours.")),
  ]])],
  [("AlerteIntent", ["des alertes"])],
  policy=P("alertebureau.example.fr"), country="FR"),

C("305-agenda-equipe", "fr-CA", "agenda équipe", "Agenda Équipe",
  "Écoutez l'agenda de votre équipe.",
  ["drift", "fake-goodbye"],
  "En mars la scène finit la conversation après 'Au revoir'; en octobre elle dit 'Au revoir' mais reste ouverte avec une relance audible.",
  [("enregistrements/2024-03-02/tours.jsonl", "gactions-scene", [[
      T("parler avec agenda équipe", "Launch", "Réunion d'équipe à dix heures. Au revoir!", None, True, scene="Start"),
  ]], {"tag": "2024-03-02T08:00:00"}),
   ("enregistrements/2024-10-11/tours.jsonl", "gactions-scene", [[
      T("parler avec agenda équipe", "Launch", "Réunion d'équipe à dix heures. Au revoir!", None, False, scene="Start", next="Attente"),
  ]], {"tag": "2024-10-11T08:00:00"})],
  [("Agenda", ["l'agenda", "mes réunions"])],
  platform="builder",
  scenes={"Start": "onEnter:\n  webhookHandler: main\n", "Attente": "intentEvents:\n- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: Au revoir!\n- intent: actions.intent.NO_INPUT_FINAL\n  transitionToScene: Attente\n"},
  policy=P("agendaequipe.example.ca")),

C("306-coach-entretien", "fr-FR", "coach entretien", "Coach Entretien",
  "Entraînez-vous aux questions d'entretien d'embauche.",
  [], "La réponse libre passe par un porteur avec but ('ma réponse est {reponse}') après une question explicite.",
  [("tests/paires.json", "pairs-array", [[
      T("ouvre coach entretien", "Launch", "Question : parlez-moi de vous. Commencez par : ma réponse est.", "Commencez par : ma réponse est.", False),
      T("ma réponse est je suis comptable depuis dix ans", "ReponseIntent", "Bien. Ajoutez un exemple chiffré. À bientôt!", None, True, slots={"reponse": "je suis comptable depuis dix ans"}),
  ]])],
  [("ReponseIntent", ["ma réponse est {reponse}"], {"reponse": "AMAZON.SearchQuery"})],
  policy=P("coachentretien.example.fr"), country="FR"),

C("307-support-informatique", "fr-FR", "support informatique", "Support Informatique",
  "Suivez vos tickets informatiques.",
  [], "Demande un numéro de ticket pour le suivi et mentionne Alexa honnêtement ('demandez à Alexa de vous le rappeler').",
  [("logs/lambda.log", "cloudwatch-text", [[
      T("ouvre support informatique", "Launch", "Quel est le numéro du ticket?", "Le numéro du ticket?", False),
      T("ticket trois cent dix", "TicketIntent", "Le ticket trois cent dix est résolu. Vous pouvez demander à Alexa de vous rappeler de redémarrer ce soir. Au revoir.", None, True, slots={"num": "310"}),
  ]])],
  [("TicketIntent", ["ticket {num}", "le ticket {num}"], {"num": "AMAZON.NUMBER"})],
  policy=P("supportinfo.example.fr"), country="FR"),

C("308-quart-de-travail", "fr-CA", "quart de travail", "Quart de travail",
  "Rappels avant vos quarts de travail.",
  [], "La permission de rappels sert à sa fonction et la politique de confidentialité est présente.",
  [("qa/session.jsonl", "pairs-jsonl", [[
      T("ouvre quart de travail", "Launch", "Voulez-vous un rappel une heure avant votre quart de demain?", "Je programme le rappel?", False),
      T("oui", "AMAZON.YesIntent", "Rappel programmé. Bonne journée!", None, True),
  ]])],
  [("AMAZON.YesIntent", [])],
  policy=P("quartdetravail.example.ca"), perms=["alexa::alerts:reminders:skill:readwrite"], country="CA"),

C("309-conseils-pro", "fr-FR", "conseils pro", "Conseils Pro",
  "Un conseil de productivité par jour.",
  [], "Donne un conseil et termine la conversation (expectUserResponse false).",
  [("conversation/journal.json", "gactions-conversation", [[
      T("parler avec conseils pro", "Launch", "Conseil du jour : bloquez une heure sans réunion. Au revoir!", None, True),
  ]])],
  [],
  platform="sdkv2"),
]
