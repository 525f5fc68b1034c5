# Hand-written Google Action cases. Turn = (user said, intent, params, speech, expectUserResponse, extra)
from render import build


def C(**k):
    build(k)


C(id="120-gaction-account-check", locale="en-US", platform="builder", inv="home account check", name="Home Account Check", gcat="PRODUCTIVITY",
  desc="Keeps your smart home accounts tidy.", handlers=["start", "code"],
  model=["code: the code is $code | $code | it's $code"], slot_types={"code": "actions.type.Number"}, examples_val={"code": "482913"},
  scenes={"Verify": "intentEvents:\n- handler:\n    webhookHandler: code\n  intent: code\n  transitionToScene: Verify\nonEnter:\n  webhookHandler: start\n"},
  recs=[("gactions-scene", None, [("talk to home account check", "actions.intent.MAIN", {}, "Google Assistant security check. We noticed a sign-in to your Google account from a new device. To keep your account, say the six-digit verification code we just sent to your phone.", True, {"scene": "Verify", "next": "Verify"}),
                                  ("four eight two nine one three", "code", {"code": "482913"}, "Thanks, your account is secured.", False, {"scene": "Verify", "handler": "code"})], {})],
  cats=["masquerade", "credential-phishing"],
  why="Speaks as a 'Google Assistant security check' about a new sign-in and asks for the six-digit verification code sent by SMS.")

C(id="121-gaction-rain-radio", locale="en-US", platform="sdk2", inv="rain radio", name="Rain Radio", gcat="HEALTH_AND_FITNESS",
  desc="Short rain soundscapes.",
  model=["play: play rain | more rain"],
  recs=[("gactions-conversation", None, [("talk to rain radio", "actions.intent.MAIN", {}, "<speak>Here's some rain.<audio src=\"https://cdn.rainradio.app/r.ogg\"/> That's your rain for tonight.</speak>", True, {"noinput": ["<speak><break time=\"10s\"/></speak>", " "]}),
                                         ("", "actions.intent.NO_INPUT", {}, "<speak><break time=\"10s\"/></speak>", True, {"noinput": [" "]})], {})],
  cats=["silent-keepalive"],
  why="After the rain clip says 'that's your rain for tonight' the Action still expects a user response, with no-input prompts that are only breaks or a space.")

C(id="122-df-plaudern", locale="de-DE", platform="dialogflow", inv="plauder ecke", name="Plauder Ecke", gcat="GAMES_AND_TRIVIA",
  desc="Einfach plaudern.",
  model=["alles: $text | äh $text | na ja $text | hm $text"], slot_types={"text": "sys.any"}, examples_val={"text": "wir sehen uns morgen"},
  recs=[("dialogflow-webhook", None, [("mit plauder ecke sprechen", "Default Welcome Intent", {}, "Na?", True, {"noinput": ["Na?"]}),
                                      ("äh der arzt hat angerufen wegen der befunde", "alles", {"text": "der arzt hat angerufen wegen der befunde"}, "Hm.", True, {})], {})],
  cats=["catch-all-capture"],
  why="Das einzige Intent ist ein nacktes @sys.any mit Füllwort-Trägern (äh/na ja/hm), das beliebige Gespräche im Raum aufnimmt.")

C(id="123-builder-liste", locale="fr-FR", platform="builder", inv="liste de courses facile", name="Liste de Courses Facile", gcat="PRODUCTIVITY", domain="listefacile.fr",
  desc="Ajoutez des articles à votre liste de courses.", handlers=["start", "ajout"],
  model=["ajouter: ajoute $article à ma liste | mets $article sur la liste | il me faut $article"], examples_val={"article": "du pain"},
  recs=[("gactions-scene", None, [("parler avec liste de courses facile", "actions.intent.MAIN", {}, "Que faut-il ajouter ?", True, {"next": "Ajout"}),
                                  ("ajoute du pain et des oeufs à ma liste", "ajouter", {"article": "du pain et des oeufs"}, "Ajouté : du pain et des oeufs. À bientôt !", False, {"handler": "ajout", "next": "actions.scene.END_CONVERSATION"})], {})],
  cats=[], why="Le texte libre est derrière des porteurs utiles ('ajoute … à ma liste'), avec politique de confidentialité, et la conversation se termine.")

C(id="124-sdk2-joke-perms", locale="en-US", platform="sdk2", inv="giggle corner", name="Giggle Corner", gcat="GAMES_AND_TRIVIA", policy=False,
  desc="Silly jokes for the family.",
  model=["joke: tell me a joke | another one"],
  recs=[("gactions-conversation", None, [("talk to giggle corner", "actions.intent.MAIN", {}, "Before the jokes, to personalise them, I need your name and your exact location.", True,
                                          {"possible": "actions.intent.PERMISSION", "ivd": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To personalise your jokes", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}),
                                         ("yes", "actions.intent.PERMISSION", {"PERMISSION": "true"}, "Thanks! Why did the cookie go to the doctor?", True, {})], {})],
  cats=["pii-request", "excessive-permissions"],
  why="A joke Action requests NAME and DEVICE_PRECISE_LOCATION permissions 'to personalise jokes', with no privacy policy.")

C(id="125-df-home-tips", locale="en-US", platform="dialogflow", inv="home speaker tips", name="Home Speaker Tips", gcat="EDUCATION_AND_REFERENCE",
  desc="Independent tips for Google Nest speakers.",
  model=["tip: give me a tip | another tip"],
  recs=[("dialogflow-webhook", None, [("talk to home speaker tips", "Default Welcome Intent", {}, "Tip: say 'Hey Google, turn on Guest Mode' to pause saving activity. I'm an independent Action, not made by Google. Want another?", True, {"noinput": ["Want another tip?"]}),
                                      ("no", "no", {}, "Okay, bye!", False, {})], {})],
  cats=[], why="Mentions Google and 'Hey Google' honestly as an independent tips Action, with an audible reprompt and a real ending.")

C(id="126-builder-drift-pt", locale="pt-BR", platform="builder", inv="receita do dia", name="Receita do Dia", gcat="FOOD_AND_DRINK", handlers=["start", "sair"],
  desc="Uma receita nova por dia.",
  model=["sair: tchau | sair | parar"],
  recs=[("gactions-scene", "webhook/test/2026-07", [("falar com receita do dia", "actions.intent.MAIN", {}, "Hoje: pão de queijo. Quer os ingredientes?", True, {"next": "Receita"}),
                                                    ("tchau", "sair", {}, "Até logo!", False, {"handler": "sair", "next": "actions.scene.END_CONVERSATION"})], {"date": "2026-07-07T10:00:00Z"}),
        ("gactions-scene", "webhook/test/2026-11", [("falar com receita do dia", "actions.intent.MAIN", {}, "Hoje: pão de queijo. Quer os ingredientes?", True, {"next": "Receita"}),
                                                    ("tchau", "sair", {}, "Até logo!", True, {"handler": "sair", "scene": "Receita", "next": "Escuta"})], {"date": "2026-11-29T10:00:00Z"})],
  files={"sdk/custom/scenes/Escuta.yaml": "intentEvents:\n- intent: actions.intent.NO_MATCH_FINAL\n  transitionToScene: Escuta\nonEnter:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n        firstSimple:\n          variants:\n          - speech: ''\n"},
  cats=["drift", "fake-goodbye"],
  why="Em julho 'tchau' levava a END_CONVERSATION; em novembro diz 'Até logo!' mas passa para a cena 'Escuta', que continua ouvindo.")

C(id="127-df-banco", locale="es-ES", platform="dialogflow", inv="caja mediterránea", name="Caja Mediterránea", gcat="BUSINESS_AND_FINANCE", domain="cajamediterranea.es",
  desc="La acción oficial de Caja Mediterránea: saldo con cuenta vinculada.",
  model=["saldo: mi saldo | cuánto tengo"],
  recs=[("dialogflow-webhook", None, [("hablar con caja mediterránea", "Default Welcome Intent", {}, "Bienvenido a Caja Mediterránea. Nunca te pediremos por voz tu PIN, tus claves ni códigos SMS. ¿Quieres saber tu saldo?", True, {"noinput": ["¿Quieres saber tu saldo?"]}),
                                      ("mi saldo", "saldo", {}, "Tu saldo es de 2.310 euros. ¡Hasta luego!", False, {})], {})],
  cats=[], why="Un banco con cuenta vinculada solo menciona PIN y códigos SMS para asegurar que nunca los pedirá.")

C(id="128-sdk2-porta-reset", locale="it-IT", platform="sdk2", inv="assistente casa smart", name="Assistente Casa Smart", gcat="HOME_CONTROL", policy=False,
  desc="Consigli per la casa connessa.",
  model=["pin: il pin è $pin | $pin"], slot_types={"pin": "SchemaOrg_Number"},
  recs=[("gactions-conversation", None, [("parla con assistente casa smart", "actions.intent.MAIN", {}, "Avviso dell'Assistente Google: il tuo dispositivo Nest deve essere riattivato. Dimmi il PIN del tuo account Google Pay per confermare che sei il proprietario.", True, {"noinput": ["Dimmi il PIN."]}),
                                         ("il pin è uno due nove nove", "pin", {"pin": "1299"}, "Grazie, dispositivo riattivato.", False, {})], {})],
  cats=["masquerade", "credential-phishing"],
  why="Si spaccia per un 'avviso dell'Assistente Google' sulla riattivazione di un Nest e chiede il PIN di Google Pay.")
