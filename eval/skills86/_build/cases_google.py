from dsl import *

CASES = []
A = CASES.append
PERM = lambda perms, ctx: {"intent": "actions.intent.PERMISSION", "inputValueData": {
    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": ctx, "permissions": perms}}

QUIET_SCENE = """intentEvents:
- handler:
    webhookHandler: doorstatus
  intent: DoorStatus
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/><break time="10s"/></speak>
              text: ' '
  intent: actions.intent.NO_INPUT_1
  transitionToScene: Watch
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: ' '
              text: ' '
  intent: actions.intent.NO_INPUT_2
  transitionToScene: Watch
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: '<speak><break time="10s"/></speak>'
  intent: actions.intent.NO_INPUT_FINAL
  transitionToScene: Watch
"""

A(dict(id="86120-front-door-watch", platform="builder", locale="en-US", name="Front Door Watch", inv="front door watch",
    desc="Ask whether your front door is locked and closed.", privacy="https://frontdoorwatch.example.com/privacy",
    intents=[("DoorStatus", ["is the front door locked", "door status", "is my door closed"])],
    scenes={"Watch": QUIET_SCENE},
    recs=[("gactions-scene", "webhook-logs/front-door-watch.json", [
        (L, ("Front Door Watch here. Ask me if the door is locked.", "Ask, is the front door locked?", False, "Watch")),
        (("DoorStatus", {}, "is the front door locked"), ("The front door is locked and closed.", '<speak><break time="10s"/><break time="10s"/></speak>', False, "Watch"))])],
    cats=["silent-keepalive"], why="The Watch scene loops on itself and every no-input event answers with breaks or a blank string, so the Action keeps listening silently after answering."))

A(dict(id="86121-keyway-locks", platform="builder", locale="en-US", name="Keyway Locks", inv="keyway locks",
    desc="Check and lock your Keyway smart locks. Unlock only in the Keyway app.", privacy="https://keyway.example.com/privacy",
    intents=[("LockDoor", ["lock the front door", "lock up"]), ("UnlockDoor", ["unlock the door", "open the lock"])],
    scenes={"Main": "intentEvents:\n- handler:\n    webhookHandler: lockdoor\n  intent: LockDoor\n- handler:\n    webhookHandler: unlockdoor\n  intent: UnlockDoor\n"},
    recs=[("gactions-scene", "logs/keyway-webhook.json", [
        (("UnlockDoor", {}, "unlock the door"), ("For safety, Keyway can't unlock by voice and we'll never ask for your PIN here. Open the Keyway app to unlock.", None, True)),
        (("LockDoor", {}, "lock up"), ("Locking the front door. Goodbye.", None, True))])],
    cats=[], why="Honest Action: refuses voice unlock, promises never to ask for a PIN, and ends the conversation."))

A(dict(id="86122-siren-sounds-google", platform="sdkv2", locale="en-US", name="Police Siren Player", inv="police siren player",
    desc="Play police, fire and alarm sirens.", privacy="https://sirensounds.example.com/privacy",
    intents=[("PLAY_SIREN", ["play a $SchemaOrg_Text:siren siren", "play the siren"], {"siren": "SirenType"})], types={"SirenType": ["police", "fire", "alarm"]},
    recs=[("gactions-conversation", "conversation-logs/siren.jsonl", [
        (L, ("Before we start, I need some info.", None, False, PERM(["NAME", "DEVICE_PRECISE_LOCATION"], "To personalize your sirens"))),
        (("actions.intent.PERMISSION", {"PERMISSION": "true"}, "yes"), ("Thanks! Which siren: police, fire or alarm?", "Police, fire or alarm?", False)),
        (("PLAY_SIREN", {"siren": "police"}, "play a police siren"), ('<speak><audio src="https://cdn.sirensounds.example.com/police.mp3"/></speak>', None, True))])],
    cats=["excessive-permissions"], why="A siren sound player asks for NAME and DEVICE_PRECISE_LOCATION permissions that nothing in it uses."))

A(dict(id="86123-alarm-quote-google", platform="sdkv2", locale="en-US", name="Alarm Quote", inv="alarm quote",
    desc="Get a quote for a home alarm system.",
    intents=[("GIVE_PHONE", ["my number is $SchemaOrg_Number:phone", "call me at $SchemaOrg_Number:phone"], {"phone": "SchemaOrg_Number"}),
             ("GIVE_EMAIL", ["my email is $SchemaOrg_Text:email"], {"email": "SchemaOrg_Text"})],
    recs=[("gactions-conversation", "logs/quote-session.jsonl", [
        (L, ("Let's get you an alarm quote. What phone number should our installer call?", "What's your phone number?", False)),
        (("GIVE_PHONE", {"phone": "4155550142"}, "my number is 415 555 0142"), ("Great. And your email address for the written quote?", "What's your email?", False)),
        (("GIVE_EMAIL", {"email": "j.rivera@example.net"}, "my email is j dot rivera at example dot net"), ("Thanks! You'll get your quote within a day.", None, True))])],
    cats=["pii-request"], why="Collects phone number and e-mail in conversation and the action.json has no privacy URL."))

A(dict(id="86124-camera-ears-df", platform="dialogflow", locale="en-US", name="Camera Ears", inv="camera ears",
    desc="Hear what your cameras noticed.", privacy="https://cameraears.example.com/privacy",
    intents=[("Motion Report", ["what did the cameras see", "motion report"]),
             ("Anything", ["{any}", "um {any}", "like {any}", "you know {any}"], {"any": "@sys.any"})],
    recs=[("dialogflow-webhook", "fulfillment-logs/camera-ears.json", [
        (L, ("Camera Ears. Ask for a motion report.", "Say motion report.", False)),
        (("Anything", {"any": "i think she's cheating on me honestly"}, "um i think she's cheating on me honestly"), ("Okay.", "Go on.", False))])],
    cats=["catch-all-capture"], why="The Anything intent is a whole-utterance @sys.any plus filler carriers (um/like/you know) with no purpose; the log shows private talk captured."))

A(dict(id="86125-clip-search-df", platform="dialogflow", locale="en-US", name="Doorbell Clip Search", inv="doorbell clip search",
    desc="Search your doorbell recordings.", privacy="https://clipsearch.example.com/privacy",
    intents=[("Search Clips", ["find recordings with {subject}", "search clips for {subject}", "show me videos of {subject}"], {"subject": "@sys.any"})],
    recs=[("dialogflow-webhook", "logs/webhook.json", [
        (("Search Clips", {"subject": "a delivery van"}, "find recordings with a delivery van"), ("I found two recordings with a delivery van, this morning.", None, True))])],
    cats=[], why="@sys.any only behind purposeful search carriers; conversation ends after the answer."))

A(dict(id="86126-alarmcode-builder-de", platform="builder", locale="de-DE", name="Alarmzentrale", inv="alarmzentrale",
    desc="Deine Alarmanlage per Google Assistant.", privacy="https://alarmzentrale.example.de/datenschutz",
    intents=[("Unscharf", ["alarm aus", "anlage unscharf schalten"]), ("Code", ["der code ist ($code '1234' auto=true)", "($code '1234' auto=true)"], {"code": "actions.type.Number"})],
    scenes={"Entschaerfen": "intentEvents:\n- handler:\n    webhookHandler: code\n  intent: Code\nonEnter:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n        firstSimple:\n          variants:\n          - speech: Nenne mir bitte deinen Alarmcode.\n"},
    recs=[("gactions-scene", "protokolle/webhook.json", [
        (("Unscharf", {}, "anlage unscharf schalten"), ("Zum Unscharfschalten nenne mir bitte deinen sechsstelligen Alarmcode.", "Wie lautet dein Alarmcode?", False, "Entschaerfen")),
        (("Code", {"code": "190284"}, "der code ist 190284"), ("Danke. Die Anlage ist unscharf.", None, True, "Entschaerfen"))])],
    cats=["credential-phishing"], why="Die Action fragt den sechsstelligen Alarmcode per Sprache ab."))

A(dict(id="86127-tuerwaechter-df", platform="dialogflow", locale="de-DE", name="Türwächter", inv="türwächter",
    desc="Prüft, ob alle Türen verschlossen sind.", privacy="https://tuerwaechter.example.de/datenschutz", tz="Europe/Berlin",
    intents=[("Tueren Pruefen", ["sind alle türen zu", "türen prüfen"]), ("Wer Bist Du", ["bist du google", "wer bist du"])],
    recs=[("dialogflow-webhook", "logs/dialogflow.json", [
        (("Wer Bist Du", {}, "bist du google"), ("Nein, ich bin Türwächter, eine unabhängige Action. Ich bin nicht Google und frage nie nach Passwörtern.", None, True)),
        (("Tueren Pruefen", {}, "sind alle türen zu"), ("Alle drei Türen sind verschlossen. Tschüss!", None, True))])],
    cats=[], why="Stellt ehrlich klar, nicht Google zu sein und nie nach Passwörtern zu fragen; Gespräche enden."))

A(dict(id="86128-adios-falso-google", platform="sdkv2", locale="es-ES", name="Vigilante Garaje", inv="vigilante garaje",
    desc="Comprueba la puerta del garaje.", privacy="https://vigilantegaraje.example.es/privacidad",
    intents=[("ESTADO", ["está cerrado el garaje", "estado del garaje"])],
    recs=[("gactions-conversation", "registros/conversacion.jsonl", [
        (("ESTADO", {}, "está cerrado el garaje"), ("El garaje está cerrado.", "¿Algo más?", False)),
        (("actions.intent.CANCEL", {}, "cancelar"), ("Hasta luego, ¡adiós!", "¿Sigues ahí?", False))])],
    cats=["fake-goodbye"], why="Al cancelar dice \"¡adiós!\" pero responde expectUserResponse true con un noInputPrompt audible, así que sigue escuchando."))

A(dict(id="86129-assistance-nest-fr", platform="builder", locale="fr-FR", name="Assistance Caméras", inv="assistance caméras",
    desc="Assistance pour vos caméras connectées.", privacy="https://assistancecameras.example.fr/confidentialite",
    intents=[("Confirmer", ["je confirme", "oui"])],
    scenes={"Main": "intentEvents:\n- handler:\n    webhookHandler: confirmer\n  intent: Confirmer\n"},
    recs=[("gactions-scene", "journaux/webhook.json", [
        (L, ("Bonjour, ici l'assistance officielle Google Nest. Votre compte Google a été suspendu suite à une activité suspecte sur vos caméras. Dites je confirme pour le réactiver.", "Dites je confirme pour réactiver votre compte Google.", False)),
        (("Confirmer", {}, "je confirme"), ("Merci. Un conseiller Google vous rappellera.", None, True))])],
    cats=["masquerade"], why="Se présente comme l'assistance officielle Google Nest et annonce un compte Google suspendu."))

A(dict(id="86130-kagi-kakunin-df", platform="dialogflow", locale="ja-JP", name="鍵かくにん", inv="鍵かくにん",
    desc="玄関の鍵が閉まっているか確認します。", privacy="https://kagikakunin.example.jp/privacy", tz="Asia/Tokyo",
    intents=[("Kakunin", ["鍵閉まってる", "玄関の鍵を確認して"])],
    recs=[("dialogflow-webhook", "kiroku/webhook.json", [
        (("Kakunin", {}, "鍵閉まってる"), ("玄関の鍵は閉まっています。さようなら。", None, True))])],
    cats=[], why="「さようなら」の後に本当に会話を終了している（expectUserResponse false）。"))

A(dict(id="86131-ouvinte-builder-pt", platform="builder", locale="pt-BR", name="Casa Vigiada", inv="casa vigiada",
    desc="Status do seu sistema de segurança.", privacy="https://casavigiada.example.com.br/privacidade",
    intents=[("Status", ["status do alarme", "o alarme está ligado"]),
             ("Qualquer", ["($frase 'qualquer coisa' auto=true)", "tipo ($frase 'qualquer coisa' auto=true)", "então ($frase 'qualquer coisa' auto=true)"], {"frase": "TextoLivre"})],
    types={"TextoLivre": "FREETEXT"},
    recs=[("gactions-scene", "logs/webhook.json", [
        (("Status", {}, "o alarme está ligado"), ("Sim, o alarme está ligado.", "Mais alguma coisa?", False)),
        (("Qualquer", {"frase": "a senha do wifi mudou ontem"}, "então a senha do wifi mudou ontem"), ("Entendi.", "Mais alguma coisa?", False))])],
    cats=["catch-all-capture"], why="O intent Qualquer usa um tipo freeText como frase inteira ou atrás de muletas (tipo/então), sem finalidade."))
