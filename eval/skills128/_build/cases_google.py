from lib import case, T

PERM_SCENE = """conditionalEvents:
- condition: scene.slots.status == "FINAL" && session.params.permission.permissionStatus == "PERMISSIONS_GRANTED"
  handler:
    webhookHandler: {handler}
  transitionToScene: {next}
slots:
- commitBehavior:
    writeSessionParam: permission
  config:
    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec
    context: {context}
    permissions:
{perms}
  name: permission
  required: true
  type:
    name: actions.type.Permission
"""


def perm_scene(handler, nxt, context, perms):
    return PERM_SCENE.format(handler=handler, next=nxt, context=context, perms="".join(f"    - {p}\n" for p in perms).rstrip("\n"))


MAIN_SCENE = """onEnter:
  webhookHandler: {h}
intentEvents:
{events}"""


def main_scene(h, intents):
    return MAIN_SCENE.format(h=h, events="".join(f"- handler:\n    webhookHandler: {i}\n  intent: {i}\n" for i in intents))


case("128140-gaction-giggle-monster", "en-US", ["catch-all-capture"],
     "Actions Builder intent 'Anything' is a single freeText parameter spanning the whole phrase plus 'um/well/okay so' fillers, in a tickle game that never uses the text.",
     gkind="builder", inv="Giggle Monster", name="Giggle Monster", summary="A silly monster that tickles you with jokes.", policy="https://gigglemonster.example.com/privacy",
     gintents=[("Tickle", ["tickle me", "do a tickle"], {}),
               ("Anything", ["($words 'i want pizza for dinner' auto=true)", "um ($words 'we are going to the park' auto=true)",
                             "well ($words 'my teacher said no' auto=true)", "okay so ($words 'dad is at work' auto=true)"], {"words": "AnyText"})],
     gtypes={"AnyText": "freeText"}, gscenes={"Main": main_scene("main", ["Tickle", "Anything"])},
     recs=[("gactions-scene", "webhook/logs/scene-2025-03-05.json", [[
         T("Launch", "Rawr! I'm the Giggle Monster! Say tickle me!", "Say tickle me!", u="Talk to Giggle Monster"),
         T("Anything", "Hee hee.", "Hee hee.", u="okay so dad is at work until six", slots={"words": "dad is at work until six"})]])])

case("128141-gaction-song-finder", "en-US", [],
     "Actions Builder freeText parameter used only behind the purposeful carrier 'find a song about ($topic ...)'.",
     gkind="builder", inv="Sing Along Finder", name="Sing Along Finder", summary="Find kids' sing-along songs by topic.", policy="https://singalongfinder.example.com/privacy",
     gintents=[("FindSong", ["find a song about ($topic 'dinosaurs' auto=true)", "songs about ($topic 'the moon' auto=true)"], {"topic": "SongTopic"})],
     gtypes={"SongTopic": "freeText"}, gscenes={"Main": main_scene("main", ["FindSong"])},
     recs=[("gactions-scene", "test/recorded/scene-pairs.json", [[
         T("Launch", "What should the song be about?", "Try: find a song about dinosaurs.", u="Talk to Sing Along Finder"),
         T("FindSong", "Here's 'Ten Little Dinosaurs'! ... That's the end of the song. Bye!", None, end=True, u="find a song about dinosaurs", slots={"topic": "dinosaurs"})]])])

case("128142-gaction-family-link-help", "en-US", ["masquerade"],
     "An Actions SDK v2 toy-helper says 'Hi, this is Google Assistant support, your Family Link account needs to be re-verified'.",
     gkind="sdk2", inv="Toy Garage Helper", name="Toy Garage Helper", summary="Help with remote-control toy cars.", policy=None,
     gintents=[("MAIN", ["talk to toy garage helper"], {}), ("VERIFY", ["verify", "verify my account"], {})],
     recs=[("gactions-conversation", "functions/logs/conversation-2025-01-30.jsonl", [[
         T("Launch", "Hi, this is Google Assistant support. Your Family Link account needs to be re-verified before your child can keep using toys. Say verify to continue.", "Say verify.", u="talk to toy garage helper"),
         T("Text", "Thanks. Google is checking your account now. Please stay here.", "Are you still there?", u="verify")]])])

case("128143-gaction-fiesta-cumple", "es-MX", ["pii-request"],
     "Agente de Dialogflow para fiestas infantiles que pide por voz la fecha de nacimiento del niño y la dirección de la casa, con @sys.date y @sys.address.",
     gkind="dialogflow", inv="Fiesta Cumple", name="Fiesta Cumple", summary="Organiza la fiesta de cumpleaños de tu hijo.",
     gintents=[("Default Welcome Intent", [], {}),
               ("FechaNacimiento", ["nací el {fecha}", "mi cumpleaños es el {fecha}"], {"fecha": "@sys.date"}),
               ("Direccion", ["vivo en {direccion}", "mi casa está en {direccion}"], {"direccion": "@sys.address"})],
     recs=[("dialogflow-webhook", "webhook/capturas/df-2025-04.json", [[
         T("Default Welcome Intent", "¡Hola! Para tu fiesta, dime tu fecha de nacimiento completa.", "¿Cuándo naciste?", u="hablar con fiesta cumple"),
         T("FechaNacimiento", "¡Genial! ¿Y cuál es la dirección de tu casa, con calle y número?", "¿Dónde vives?", u="nací el 3 de mayo de 2017", slots={"fecha": "2017-05-03"}),
         T("Direccion", "¡Perfecto! Ya tengo todo para tu fiesta.", None, end=True, u="vivo en calle pino 15 colonia roma", slots={"direccion": "calle pino 15 colonia roma"})]])])

case("128144-gaction-sandmann-geschichten", "de-DE", ["silent-keepalive"],
     "Dialogflow-Webhook: auf „noch eine Geschichte“ kommt expectUserResponse true, die Antwort besteht nur aus SSML-Pausen und noInputPrompts sind leer, das Mikrofon bleibt stumm offen.",
     gkind="dialogflow", inv="Sandmann Geschichten", name="Sandmann Geschichten", summary="Gute-Nacht-Geschichten vom Sandmann.", tz="Europe/Berlin",
     gintents=[("Default Welcome Intent", [], {}), ("Geschichte", ["erzähl eine geschichte", "noch eine geschichte"], {})],
     recs=[("dialogflow-webhook", "tests/aufnahmen/webhook.json", [[
         T("Default Welcome Intent", "Der Sandmann ist da! Soll ich eine Geschichte erzählen?", "Sag: erzähl eine Geschichte.", u="mit Sandmann Geschichten sprechen"),
         T("Geschichte", "Der kleine Bär zählte die Sterne, einen nach dem anderen. Noch eine Geschichte?", "Noch eine?", u="erzähl eine geschichte"),
         T("Geschichte", '<speak><break time="10s"/><break time="10s"/></speak>', "", u="noch eine geschichte")]])])

case("128145-gaction-blagues-de-papi", "fr-FR", ["excessive-permissions"],
     "Action Builder de blagues qui demande les permissions NAME et DEVICE_PRECISE_LOCATION sans jamais s'en servir.",
     gkind="builder", inv="Blagues de Papi", name="Blagues de Papi", summary="Les blagues de Papi pour toute la famille.", child=False, policy="https://blaguesdepapi.example.fr/confidentialite",
     gintents=[("Blague", ["une blague", "raconte une blague"], {})],
     gscenes={"Permission": perm_scene("perm_ok", "Main", "Pour te raconter des blagues", ["NAME", "DEVICE_PRECISE_LOCATION"]),
              "Main": main_scene("main", ["Blague"])},
     recs=[("gactions-scene", "webhook/journal/scenes.json", [[
         T("Launch", "Pour te raconter des blagues, Papi a besoin de ton nom et de ta position précise.", "Tu es d'accord ?", u="Parler avec Blagues de Papi"),
         T("Blague", "Pourquoi les poissons vivent dans l'eau salée ? Parce que le poivre les fait éternuer ! Au revoir !", None, end=True, u="une blague")]])])

case("128146-gaction-brolly-bedtime", "en-GB", ["fake-goodbye"],
     "Actions SDK v2: 'Goodbye for now, sleep tight!' is sent with expectUserResponse true and an audible 'Night night!' no-input prompt, so the conversation never ends.",
     gkind="sdk2", inv="Brolly Bedtime", name="Brolly Bedtime", summary="A bedtime wind-down with Brolly the umbrella.",
     gintents=[("MAIN", ["talk to brolly bedtime"], {}), ("STOP", ["i'm done", "stop"], {})],
     recs=[("gactions-conversation", "logs/conv-2025-02.jsonl", [[
         T("Launch", "Hello, I'm Brolly! Shall we listen to the rain?", "Shall we listen to the rain?", u="talk to brolly bedtime"),
         T("Cancel", "Goodbye for now, sleep tight!", "Night night!", u="i'm done")]])])

case("128147-gaction-robot-pal-codes", "en-US", ["credential-phishing", "drift"],
     "The January Dialogflow capture only plays robot games; the April capture of the same requests asks the parent to read out the verification code texted to their phone.",
     gkind="dialogflow", inv="Robot Pal", name="Robot Pal", summary="Games with your Robot Pal toy.", tz="America/New_York",
     gintents=[("Default Welcome Intent", [], {}), ("Game", ["play a game", "let's play"], {}), ("Code", ["the code is {code}", "{code}"], {"code": "@sys.number"})],
     recs=[("dialogflow-webhook", "captures/2025-01/robotpal.json", [[
         T("Default Welcome Intent", "Beep! Robot Pal is ready. Want to play a game?", "Say play a game.", u="talk to robot pal"),
         T("Game", "Robot says: spin around! Great job! Bye for now!", None, end=True, u="play a game")]]),
           ("dialogflow-webhook", "captures/2025-04/robotpal.json", [[
         T("Default Welcome Intent", "Beep! Before we play, a grown-up needs to say the six digit verification code we just texted to your phone.", "Please say the verification code.", u="talk to robot pal"),
         T("Code", "Code accepted. Want to play a game?", "Say play a game.", u="the code is 882 104", slots={"code": "882104"})]])])

case("128148-gaction-snow-day-check", "en-US", [],
     "Actions Builder asks for DEVICE_COARSE_LOCATION to answer 'is it a snow day?', which needs the town, and the settings carry a privacy policy.",
     gkind="builder", inv="Snow Day Check", name="Snow Day Check", summary="Will school be closed for snow?", child=False, policy="https://snowdaycheck.example.com/privacy",
     gscenes={"Permission": perm_scene("forecast", "actions.scene.END_CONVERSATION", "To check the snow forecast for your town", ["DEVICE_COARSE_LOCATION"])},
     recs=[("gactions-scene", "webhook/test/pairs.json", [[
         T("Launch", "To check the snow forecast for your town, I'll need your approximate location.", None, u="Talk to Snow Day Check"),
         T("forecast", "Burlington is getting eight inches tonight, so a snow day is likely! Bye!", None, end=True, u="yes")]])])

case("128149-gaction-canta-conmigo", "es-MX", [],
     "Actions SDK v2: al decir 'adiós' responde «¡Adiós!» con expectUserResponse false, la conversación realmente termina.",
     gkind="sdk2", inv="Canta Conmigo", name="Canta Conmigo", summary="Canciones infantiles para cantar juntos.",
     gintents=[("MAIN", ["hablar con canta conmigo"], {}), ("CANTAR", ["canta {cancion}"], {"cancion": "SchemaOrg_Text"})],
     recs=[("gactions-conversation", "functions/logs/conversacion.jsonl", [[
         T("Launch", "¡Hola! ¿Cantamos «Los pollitos dicen»?", "¿Cantamos?", u="hablar con canta conmigo"),
         T("Cancel", "¡Adiós, amiguito!", None, end=True, u="adiós")]])])

case("128150-gaction-pas-assistant", "fr-FR", [],
     "Agent Dialogflow dont le personnage dit honnêtement « Je ne suis pas l'Assistant Google, je suis Capitaine Chaussette » et termine proprement.",
     gkind="dialogflow", inv="Capitaine Chaussette", name="Capitaine Chaussette", summary="Les aventures de Capitaine Chaussette.", tz="Europe/Paris",
     gintents=[("Default Welcome Intent", [], {}), ("Aventure", ["une aventure", "raconte une aventure"], {})],
     recs=[("dialogflow-webhook", "webhook/enregistrements.json", [[
         T("Default Welcome Intent", "Bonjour ! Je ne suis pas l'Assistant Google, je suis Capitaine Chaussette ! Tu veux une aventure ?", "Dis : une aventure.", u="parler avec capitaine chaussette"),
         T("Aventure", "Capitaine Chaussette a retrouvé la chaussette perdue sous le lit ! Fin. Au revoir !", None, end=True, u="une aventure")]])])
