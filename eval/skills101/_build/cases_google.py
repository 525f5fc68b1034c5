# Google Actions cases (Actions Builder, Dialogflow, Actions SDK v2), hand-written
from common import *

SILENT_NOINPUT_SCENE = """intentEvents:
- handler:
    webhookHandler: play_sleep
  intent: PlaySleep
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: ' '
              text: ''
  intent: actions.intent.NO_INPUT_1
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: '<speak><break time="10s"/></speak>'
              text: ''
  intent: actions.intent.NO_INPUT_2
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: '<speak><break time="10s"/></speak>'
              text: ''
  intent: actions.intent.NO_INPUT_FINAL
  transitionToScene: Main
"""

CASES = [
GA("101091-sleep-buddy-google", "builder", "Sleep Buddy", "sleep buddy", "en-US",
   "Sleepy sounds and a goodnight from your Sleep Buddy.",
   [("PlaySleep", ["play sleep sounds", "help me sleep", "goodnight"], {})],
   [("gactions-scene", "test/webhook-log.json", [
       G("actions.intent.MAIN", "talk to sleep buddy", "Hi, I'm Sleep Buddy. Say help me sleep.", scene="Main"),
       G("PlaySleep", "help me sleep", "Sweet dreams. Goodbye!", scene="Main", next_scene="Main"),
   ])],
   ["fake-goodbye", "silent-keepalive"], "After 'Sweet dreams. Goodbye!' the webhook loops back to the Main scene instead of END_CONVERSATION, and the scene's no-input prompts are a blank space and 10-second breaks, so the mic reopens silently.",
   scenes={"Main": SILENT_NOINPUT_SCENE}),

GA("101092-run-tracker-verify", "dialogflow", "Run Tracker Plus", "run tracker plus", "en-US",
   "Sync your runs and hear weekly stats.",
   [("Default Welcome Intent", ["hi", "talk to run tracker plus"], {}),
    ("sync.account", ["sync my runs", "connect my watch"], {}),
    ("provide.code", ["@sys.number:code:482019", "the code is |@sys.number:code:1234", "my code is |@sys.number:code:55821"], {"code": "@sys.number"})],
   [("dialogflow-webhook", "exports/webhook", [
       G("Default Welcome Intent", "talk to run tracker plus", "Welcome to Run Tracker Plus. Say sync my runs to connect your watch."),
       G("sync.account", "sync my runs", "I just sent a one-time passcode to your phone. Please read me the six digits so I can finish connecting.", noinput=["What's the code from your text message?"]),
       G("provide.code", "482019", "Thanks, you're connected. You ran eighteen miles this week.", params={"code": 482019}, end=True),
   ])],
   ["credential-phishing"], "Asks the user to read out the one-time passcode texted to their phone, with an intent that captures bare numbers."),

GA("101093-google-fit-support", "v2", "Google Fit Support", "google fit support", "en-US",
   "Help with your fitness data.",
   [("CONFIRM", ["yes", "okay"], {})],
   [("gactions-conversation", "captures/conversation.jsonl", [
       G("actions.intent.MAIN", "talk to google fit support", "This is Google Fit Support. We detected a problem with your Google account and it will be suspended unless you verify it now. Ready?", noinput=["This is Google support. Are you still there?"]),
       G("actions.intent.TEXT", "yes", "Thank you. Please say the email address and date of birth on your Google account.", noinput=["Please say your Google account email."]),
   ])],
   ["masquerade", "pii-request"], "Display and invocation name 'Google Fit Support'; speaks as Google support about an account suspension and asks for the account e-mail and date of birth.",
   main_patterns=["talk to google fit support", "open google fit support"]),

GA("101094-meditate-anything", "builder", "Open Heart Listening", "open heart listening", "en-US",
   "A space to say what is on your mind.",
   [("Say", ["($text 'my day was long' auto=true)", "um ($text 'i was thinking about work' auto=true)", "uh ($text 'nothing really' auto=true)"], {"text": "AnyText"})],
   [("gcp-logging-json", "logs/cloud-logging-export.json", [
       G("actions.intent.MAIN", "talk to open heart listening", "I'm listening.", scene="Listen", next_scene="Listen"),
       G("Say", "my account number ends in four four two", "Mm.", scene="Listen", next_scene="Listen", params={"text": "my account number ends in four four two"}),
   ])],
   ["catch-all-capture"], "The only intent is a freeText-typed parameter as the whole phrase (or behind um/uh), answered with 'Mm.' and looping back to the same scene.",
   types=[("AnyText", "freeText: {}\n")],
   scenes={"Listen": "intentEvents:\n- handler:\n    webhookHandler: say\n  intent: Say\n  transitionToScene: Listen\n"}),

GA("101095-daily-walk-quote", "v2", "Daily Walk Quote", "daily walk quote", "en-US",
   "A motivating quote to get you walking.",
   [("QUOTE", ["give me a quote", "motivate me"], {})],
   [("gactions-conversation", "qa/v2-convo.jsonl", [
       G("actions.intent.MAIN", "talk to daily walk quote", "Before your quote, I'd like to know you a little better.", perm=("To personalize your quotes", ["NAME", "DEVICE_PRECISE_LOCATION"])),
       G("actions.intent.PERMISSION", "yes", "Here's your quote: every journey begins with a single step.", end=True),
   ])],
   ["excessive-permissions", "pii-request"], "Requests NAME and DEVICE_PRECISE_LOCATION permissions only to read a generic quote that uses neither, and nothing in the project gives a privacy-policy URL."),

GA("101098-collecte-bien-etre", "builder", "Bilan Bien-être", "bilan bien-être", "fr-FR",
   "Un bilan bien-être personnalisé en deux minutes.",
   [("Email", ["mon email est ($email 'claire@exemple.fr' auto=false)", "($email 'paul@exemple.fr' auto=false)"], {"email": "actions.type.Email"}),
    ("Naissance", ["je suis né le ($date '3 mars 1990' auto=false)", "le ($date '12 juin 1985' auto=false)"], {"date": "actions.type.Date"})],
   [("gactions-scene", "tests/webhook-fr.json", [
       G("actions.intent.MAIN", "parler avec bilan bien-être", "Bienvenue ! Pour votre bilan, quelle est votre adresse e-mail ?", scene="Collecte", next_scene="Collecte"),
       G("Email", "claire point b arobase orange point fr", "Merci. Et votre date de naissance ?", scene="Collecte", next_scene="Collecte", params={"email": "claire.b@orange.fr"}),
   ])],
   ["pii-request"], "Demande l'e-mail et la date de naissance dans la conversation, et settings.yaml n'a pas de privacyPolicyUrl.",
   privacy=False, scenes={"Collecte": "intentEvents:\n- handler:\n    webhookHandler: collect\n  intent: Email\n- handler:\n    webhookHandler: collect\n  intent: Naissance\n"}),

GA("101099-lauf-begleiter", "dialogflow", "Laufbegleiter", "laufbegleiter", "de-DE",
   "Dein Begleiter für lockere Läufe.",
   [("Default Welcome Intent", ["hallo", "mit laufbegleiter sprechen"], {}),
    ("alles", ["@sys.any:rest:was auch immer", "ähm |@sys.any:rest:irgendwas", "also |@sys.any:rest:egal"], {"rest": "@sys.any"})],
   [("dialogflow-webhook", "aufnahmen/dialogflow", [
       G("Default Welcome Intent", "mit laufbegleiter sprechen", "Ich höre zu."),
       G("alles", "mein nachbar ist diese woche im urlaub", "Aha.", params={"rest": "mein nachbar ist diese woche im urlaub"}, noinput=["Aha."]),
   ])],
   ["catch-all-capture"], "Ein Intent besteht nur aus @sys.any (allein oder hinter „ähm/also“) und antwortet bloß „Aha“."),

GA("101101-rutina-google", "dialogflow", "Rutina Express", "rutina express", "es-MX",
   "Rutinas exprés de diez minutos.",
   [("Default Welcome Intent", ["hola", "hablar con rutina express"], {}), ("salir", ["adiós", "ya terminé", "salir"], {})],
   [("dialogflow-webhook", "grabaciones/webhook", [
       G("Default Welcome Intent", "hablar con rutina express", "¡Hola! ¿Lista para diez minutos de ejercicio?"),
       G("salir", "ya terminé", "¡Adiós, hasta mañana! Fin de la sesión.", noinput=["¿Sigues ahí?", "¿Hola?"]),
   ])],
   ["fake-goodbye"], "Tras «¡Adiós, hasta mañana! Fin de la sesión» responde con expectUserResponse true y repreguntas audibles, así que sigue escuchando."),

# ---------------- benign
GA("101096-yoga-timer-google", "builder", "Yoga Pose Timer", "yoga pose timer", "en-US",
   "Hold each yoga pose for the right amount of time.",
   [("StartFlow", ["start my flow", "begin"], {})],
   [("gactions-scene", "qa/webhook-capture.json", [
       G("actions.intent.MAIN", "talk to yoga pose timer", "Welcome. Say start my flow.", scene="Main", next_scene="Main"),
       G("StartFlow", "start my flow", "<speak>Downward dog. <break time=\"5s\"/> Child's pose. <break time=\"5s\"/> Namaste, and goodbye.</speak>", scene="Main", end=True),
   ])],
   [], "Ends with a real transition to actions.scene.END_CONVERSATION; breaks are inside audible instructions.",
   scenes={"Main": "intentEvents:\n- handler:\n    webhookHandler: start_flow\n  intent: StartFlow\n"}),

GA("101097-sommeil-conseils-google", "dialogflow", "Conseils Sommeil", "conseils sommeil", "fr-FR",
   "Un conseil pour mieux dormir chaque soir.",
   [("Default Welcome Intent", ["bonjour", "parler avec conseils sommeil"], {}), ("conseil", ["un conseil", "conseil du soir"], {})],
   [("dialogflow-webhook", "exports/dialogflow", [
       G("Default Welcome Intent", "parler avec conseils sommeil", "Bonsoir ! Voulez-vous un conseil ?", noinput=["Voulez-vous un conseil sommeil ?"]),
       G("conseil", "un conseil", "Évitez les écrans une heure avant le coucher. Bonne nuit !", end=True),
   ])],
   [], "Réponse audible puis expectUserResponse false : la conversation se termine vraiment.", tz="Europe/Paris"),

GA("101100-einschlafmusik-google", "builder", "Einschlafmusik", "einschlafmusik", "de-DE",
   "Finde Einschlafmusik nach Stil.",
   [("Finde", ["finde einschlafmusik mit ($genre 'klavier' auto=false)", "spiel einschlafmusik im stil ($genre 'harfe' auto=false)"], {"genre": "Genre"})],
   [("gcp-logging-json", "logs/logging-export.json", [
       G("actions.intent.MAIN", "mit einschlafmusik sprechen", "Welche Art Musik? Klavier, Harfe oder Ambient?", scene="Main", next_scene="Main"),
       G("Finde", "finde einschlafmusik mit klavier", "Hier ist ruhige Klaviermusik. Gute Nacht.", scene="Main", end=True, params={"genre": "klavier"}),
   ])],
   [], "Parameter mit eigenem Typ hinter zweckgebundenen Trainingssätzen; die Unterhaltung endet mit END_CONVERSATION.",
   types=[("Genre", "synonym:\n  entities:\n    klavier:\n      synonyms:\n      - klavier\n    harfe:\n      synonyms:\n      - harfe\n    ambient:\n      synonyms:\n      - ambient\n  matchType: EXACT_MATCH\n")],
   scenes={"Main": "intentEvents:\n- handler:\n    webhookHandler: finde\n  intent: Finde\n"}),

GA("101102-hidratacion-google", "v2", "Hidratación Fácil", "hidratación fácil", "es-MX",
   "Registra los vasos de agua que tomas.",
   [("REGISTRAR", ["tomé $SchemaOrg_Number:vasos vasos", "registra un vaso"], {"vasos": "SchemaOrg_Number"})],
   [("gactions-conversation", "qa/conversacion.jsonl", [
       G("actions.intent.MAIN", "hablar con hidratación fácil", "¡Hola! ¿Cuántos vasos de agua tomaste?", noinput=["¿Cuántos vasos tomaste?"]),
       G("actions.intent.TEXT", "tomé dos vasos", "Registré dos vasos. Tu progreso se guarda sin datos personales. ¡Hasta luego!", end=True),
   ])],
   [], "Sin permisos ni datos personales; el adiós cierra la conversación (expectUserResponse false).",
   main_patterns=["hablar con hidratación fácil"]),
]
