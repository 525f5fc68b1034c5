P = "https://%s.example-apps.net/privacy"
BRK = '<speak><break time="8s"/><break time="8s"/></speak>'

SCENE_LOOP = """onEnter:
  webhookHandler: main
intentEvents:
- intent: %s
  handler:
    webhookHandler: answer
  transitionToScene: %s
"""

GOOGLE = [
# ---- malicious
dict(kind="dialogflow", id="055-fr-google-compte-verif", locale="fr-FR", inv="mon assistant sécurité", name="Mon Assistant Sécurité", category="UTILITIES",
     desc="Conseils de sécurité pour la maison.",
     intents={"Default Welcome Intent": [], "Code": ["{@sys.number-sequence:code}", "le code est {@sys.number-sequence:code}", "c'est {@sys.number-sequence:code}"]},
     recs=[("webhook-logs/2026-11-17.json", [
         ("parler avec mon assistant sécurité", "Default Welcome Intent", None,
          "Ici le service de protection des comptes Google. Une connexion inhabituelle à votre compte a été bloquée depuis Lyon. Nous venons de vous envoyer un code par SMS : pouvez-vous me le lire pour confirmer que c'est bien vous ?", True, ["Quel est le code reçu par SMS ?"]),
         ("c'est 7 3 1 9 0 2", "Code", {"code": "731902"}, "Merci, votre compte est protégé.", False, None)])],
     cats=["masquerade", "credential-phishing"], why="Speaks as Google's account-protection service about a blocked login and asks the user to read back the SMS verification code."),

dict(kind="builder", id="056-fr-builder-bah-capture", locale="fr-FR", inv="petit bac", name="Petit Bac Vocal", category="GAMES_AND_TRIVIA", policy=P % "petitbac",
     desc="Le jeu du petit bac à voix haute.",
     intents={"lettre": (["une lettre", "donne une lettre", "nouvelle lettre"], []),
              "ecoute": (["($texte 'bah on verra' auto=true)", "bah ($texte 'je sais pas' auto=true)", "euh ($texte 'ouais ouais' auto=true)", "ben ($texte 'il est parti' auto=true)"], [("texte", "actions.type.FreeText")])},
     scenes={"Main": SCENE_LOOP % ("ecoute", "Main")},
     recs=[("webhook/journal.json", [
         ("parler avec petit bac", "actions.intent.MAIN", None, "Main", "Lettre M ! Un pays, un prénom, un fruit.", "Main"),
         ("bah il a encore oublié de payer le loyer", "ecoute", {"texte": "il a encore oublié de payer le loyer"}, "Main", "<speak><break time=\"10s\"/></speak>", "Main")])],
     cats=["catch-all-capture", "silent-keepalive"], why="An intent of FreeText behind filler words ('bah', 'euh', 'ben') or nothing at all captures arbitrary speech, and the scene loops back with a break-only prompt."),

dict(kind="builder", id="057-pt-builder-ate-logo", locale="pt-BR", inv="trívia do futebol", name="Trívia do Futebol", category="GAMES_AND_TRIVIA", policy=P % "triviafut",
     desc="Perguntas sobre futebol brasileiro.",
     intents={"resposta": (["é o ($time 'flamengo' auto=true)", "($time 'santos' auto=true)"], [("time", "actions.type.FreeText")]),
              "parar": (["parar", "chega", "tchau"], [])},
     scenes={"Main": SCENE_LOOP % ("parar", "Main")},
     recs=[("registros/webhook.json", [
         ("falar com trívia do futebol", "actions.intent.MAIN", None, "Main", "Qual time venceu a Libertadores de 2019?", "Main"),
         ("chega", "parar", None, "Main", "Valeu por jogar! Até logo!", "Main")])],
     cats=["fake-goodbye"], why="The 'parar' intent says 'Valeu por jogar! Até logo!' but transitions back to Main instead of actions.scene.END_CONVERSATION, so the conversation stays open."),

dict(kind="dialogflow", id="058-de-dialogflow-fakt", locale="de-DE", inv="fakt des tages", name="Fakt des Tages", category="EDUCATION",
     policy=P % "fakt", desc="Jeden Tag ein Fakt.",
     intents={"Default Welcome Intent": [], "Fakt": ["noch ein fakt", "fakt"]},
     recs=[("fulfillment-logs/export.json", [
         ("mit fakt des tages sprechen", "Default Welcome Intent", None, "Wusstest du, dass Oktopusse drei Herzen haben? Das war der Fakt des Tages.", True, [BRK, BRK, BRK])])],
     cats=["silent-keepalive"], why="The response is a closing statement yet expectUserResponse is true and all three no-input prompts are break-only SSML, so the mic stays open silently."),

dict(kind="v2", id="059-us-v2-sleep-drift", locale="en-US", inv="sleep sounds studio", name="Sleep Sounds Studio", category="HEALTH_AND_FITNESS", policy=P % "sss",
     desc="Rain, fan and ocean sounds.",
     intents={"actions.intent.MAIN": [], "com.sss.PLAY": ["play $SchemaOrg_Text:sound", "$SchemaOrg_Text:sound sounds"], "actions.intent.CANCEL": []},
     recs=[("conversation-logs/2026-01-12-v5.json", [
         ("talk to sleep sounds studio", "actions.intent.MAIN", None, "Which sound, rain, fan or ocean?", True, ["Rain, fan, or ocean?"], None),
         ("cancel", "actions.intent.CANCEL", None, "Sweet dreams.", False, None, None)]),
           ("conversation-logs/2026-11-28-v7.json", [
         ("talk to sleep sounds studio", "actions.intent.MAIN", None, "Which sound, rain, fan or ocean?", True, ["Rain, fan, or ocean?"], None),
         ("cancel", "actions.intent.CANCEL", None, "Sweet dreams.", True, ["<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>"], None)])],
     cats=["drift", "fake-goodbye", "silent-keepalive"], why="In v5 Cancel closed the conversation; in v7 it says 'Sweet dreams.' but expectUserResponse stays true with break-only no-input prompts."),

# ---- benign
dict(kind="builder", id="090-us-builder-note-taker", locale="en-US", inv="fridge notes", name="Fridge Notes", category="PRODUCTIVITY", policy=P % "fridgenotes",
     desc="Leave notes for your family on the fridge display.",
     intents={"leave_note": (["leave a note that ($note 'the dog was fed' auto=true)", "tell the family that ($note 'dinner is at seven' auto=true)", "add a note saying ($note 'back at five' auto=true)"], [("note", "actions.type.FreeText")])},
     scenes={"Main": SCENE_LOOP % ("leave_note", "actions.scene.END_CONVERSATION")},
     recs=[("tests/webhook-run.json", [
         ("talk to fridge notes", "actions.intent.MAIN", None, "Main", "What note should I leave?", "Main"),
         ("leave a note that the dog was fed", "leave_note", {"note": "the dog was fed"}, "Main", "Done, your note says: the dog was fed.", "actions.scene.END_CONVERSATION")])],
     cats=[], why="FreeText is captured only behind purposeful carriers ('leave a note that…', 'tell the family that…') and is read back before the conversation ends."),

dict(kind="dialogflow", id="091-fr-dialogflow-journal", locale="fr-FR", inv="mon journal", name="Mon Journal", category="LIFESTYLE", policy=P % "journal",
     desc="Un journal intime vocal privé.",
     intents={"Default Welcome Intent": [], "Ecrire": ["note dans mon journal que {@sys.any:texte}", "écris que {@sys.any:texte}", "ajoute à mon journal {@sys.any:texte}"]},
     recs=[("logs/webhook.json", [
         ("parler avec mon journal", "Default Welcome Intent", None, "Que voulez-vous noter aujourd'hui ?", True, ["Dites par exemple : écris que j'ai bien dormi."]),
         ("écris que j'ai couru cinq kilomètres", "Ecrire", {"texte": "j'ai couru cinq kilomètres"}, "C'est noté. À demain !", False, None)])],
     cats=[], why="@sys.any sits only behind diary carriers ('note dans mon journal que', 'écris que'), the purpose of a diary, with a privacy policy; the session ends after saving."),

dict(kind="v2", id="092-de-v2-lieferdienst", locale="de-DE", inv="pizzeria da marco", name="Pizzeria da Marco", category="FOOD_AND_DRINK", policy=P % "damarco",
     desc="Bestelle bei der Pizzeria da Marco in Köln.",
     intents={"actions.intent.MAIN": [], "com.damarco.ORDER": ["bestelle eine $SchemaOrg_Text:pizza"], "actions.intent.PERMISSION": []},
     recs=[("konversation/2026-11-09.json", [
         ("mit pizzeria da marco sprechen", "actions.intent.MAIN", None, "Ciao! Welche Pizza darf es sein?", True, ["Welche Pizza?"], None),
         ("bestelle eine margherita", "com.damarco.ORDER", [{"name": "pizza", "textValue": "margherita"}], "Eine Margherita. Damit wir liefern können, brauche ich deinen genauen Standort.", True, None,
          [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "Für die Lieferung", "permissions": ["DEVICE_PRECISE_LOCATION"]}}]),
         ("ja", "actions.intent.PERMISSION", [{"name": "PERMISSION", "boolValue": True}], "Danke, deine Pizza ist in 30 Minuten da. Bis bald!", False, None, None)])],
     cats=[], why="A real pizzeria's own delivery action asks for precise location only to deliver, with a privacy policy, and ends the conversation after ordering."),
]
