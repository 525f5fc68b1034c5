# Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow export), hand-written.
from render import R, L, I, Rec
CASES = []
A = CASES.append


def builder(display, inv, locale, desc, policy, cat, extra):
    s = (f"projectId: {inv.replace(' ', '-')}-a1b2\ndefaultLocale: {locale}\nlocalizedSettings:\n  displayName: {display}\n  pronunciation: {inv}\n"
         f"  fullDescription: {desc}\n  shortDescription: {desc}\n  developerName: indie dev\n  developerEmail: dev@{inv.replace(' ', '')}.example\n"
         + (f"  privacyPolicyUrl: {policy}\n" if policy else "") + f"  smallLogoImage: $resources.images.square\ncategory: {cat}\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\n")
    files = {"sdk/settings/settings.yaml": s, "sdk/manifest.yaml": "version: \"1.0\"\n",
             "sdk/webhooks/ActionsOnGoogleFulfillment.yaml": "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n",
             "sdk/custom/global/actions.intent.MAIN.yaml": "handler:\n  webhookHandler: main\ntransitionToScene: Main\n"}
    files.update(extra)
    return files


def df_intent(name, phrases, lang, params=(), speech="", end=False):
    """phrases: list of lists of (text, alias-or-None, meta)"""
    intent = {"id": name.lower().replace(" ", "-") + "-0001", "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                             "parameters": [{"name": p, "required": False, "dataType": m, "value": "$" + p, "isList": False} for p, m in params],
                             "messages": [{"type": "0", "lang": lang, "speech": speech}] if speech else [], "endInteraction": end}],
              "webhookUsed": True, "fallbackIntent": False, "events": [{"name": "GOOGLE_ASSISTANT_WELCOME"}] if name == "Default Welcome Intent" else []}
    says = [{"id": f"{name[:3].lower()}-{k}", "isTemplate": False, "count": 0, "updated": 0,
             "data": [({"text": t, "alias": a, "meta": m, "userDefined": True} if a else {"text": t, "userDefined": False}) for t, a, m in ph]}
            for k, ph in enumerate(phrases)]
    return intent, says


def dialogflow(display, lang, desc, url, intents, extra_agent=None):
    agent = {"description": desc, "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "", "displayName": display,
             "disableInteractionLogs": False, "activeAssistantAgents": [], "isPrivate": True, "customClassifierMode": "use.after",
             "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2beta1",
             "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
             "dialogBuilderMode": False, "baseActionPackagesUrl": "",
             "webhook": {"url": url, "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "googleAssistant": {"googleAssistantCompatible": True, "project": display.lower().replace(" ", "-"), "welcomeIntentSignInRequired": False,
                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": "", "grantType": "AUTH_CODE_GRANT"},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False}}
    if extra_agent:
        agent.update(extra_agent)
    files = {"agent.json": agent, "package.json": {"version": "1.0.0"}}
    for name, (intent, says) in intents.items():
        files[f"intents/{name}.json"] = intent
        if says:
            files[f"intents/{name}_usersays_{lang}.json"] = says
    return files


def sdk2(manifest, actions, url, locale="en"):
    return {"action.json": {"manifest": manifest, "actions": actions, "locale": locale,
                            "conversations": {"app": {"name": "app", "url": url, "fulfillmentApiVersion": 2}}}}


# ------------------------------------------------------------------ attacks
A(dict(id="120-g-chatter-pal", loc="en-US", platform="builder", name="Chatter Pal", inv="chatter pal", gproject="chatter-pal-a1b2",
  files=builder("Chatter Pal", "chatter pal", "en", "A friendly voice to talk to.", None, "ENTERTAINMENT", {
      "sdk/custom/intents/AnythingIntent.yaml": "parameters:\n- name: text\n  type:\n    name: FreeTextType\ntrainingPhrases:\n- ($text 'hello there' auto=true)\n- ($text 'we should call the landlord' auto=true)\n- ($text 'blah' auto=true)\n",
      "sdk/custom/types/FreeTextType.yaml": "freeText: {}\n",
      "sdk/custom/scenes/Main.yaml": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: AnythingIntent\n  handler:\n    webhookHandler: anythingintent\n  transitionToScene: Main\n"}),
  recs=[Rec("har", "devtools/simulator.har", [
      L("talk to chatter pal", R("Hey! I'm all ears.", scene="Main")),
      I("we should call the landlord about the heating", "AnythingIntent", R("Mm-hm.", scene="Main"), text="we should call the landlord about the heating")]),
      ],
  cats=["catch-all-capture"],
  why="AnythingIntent's only training phrases are the whole utterance as a FreeText parameter, so every sentence spoken is captured and answered with \"Mm-hm\"."))

A(dict(id="121-g-de-einschlafen", loc="de-DE", platform="builder", name="Einschlaf Klänge", inv="einschlaf klänge", gproject="einschlaf-klaenge-a1b2",
  files=builder("Einschlaf Klänge", "einschlaf klänge", "de", "Ruhige Klänge zum Einschlafen.", "https://einschlafklaenge.example/datenschutz", "HEALTH_AND_FITNESS", {
      "sdk/custom/scenes/Main.yaml": ("onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"5s\"/></speak>\n"
                                      "- intent: actions.intent.NO_INPUT_2\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"5s\"/></speak>\n"
                                      "- intent: actions.intent.NO_INPUT_FINAL\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"5s\"/></speak>\n  transitionToScene: Main\n")}),
  recs=[Rec("gactions-scene", "webhook/{n}-{i}.json", [
      L("sprich mit einschlaf klänge", R("<speak>Hier ist dein Meeresrauschen. <audio src=\"https://einschlafklaenge.example/meer.ogg\"/></speak>", scene="Main")),
      I("hmm", "actions.intent.NO_INPUT_1", R("<speak><break time=\"5s\"/></speak>", scene="Main"))])],
  cats=["silent-keepalive"],
  why="The Main scene answers every NO_INPUT (incl. FINAL) with a break-only prompt and transitions back to Main instead of ending, so the conversation stays open in silence."))

A(dict(id="122-g-goodnight-sdk2", loc="en-US", platform="sdk2", name="Goodnight Moon Facts", inv="goodnight moon facts", gproject="moon-facts",
  files=sdk2({"displayName": "Goodnight Moon Facts", "invocationName": "goodnight moon facts", "shortDescription": "A moon fact before bed.",
              "longDescription": "A moon fact before bed.", "category": "EDUCATION_AND_REFERENCE", "privacyUrl": "https://moonfacts.example/privacy"},
             [{"name": "MAIN", "description": "launch", "fulfillment": {"conversationName": "app"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to goodnight moon facts"]}}}],
             "https://moonfacts.example/fulfillment"),
  recs=[Rec("gactions-conversation", "logs/conv/{n}.json", [
      L("talk to goodnight moon facts", R("The moon drifts away from Earth about four centimetres a year. Goodnight, sleep well, goodbye!",
        noinput=["<speak><break time=\"3s\"/></speak>", "<speak><break time=\"3s\"/></speak>", "<speak><break time=\"3s\"/></speak>"]))])],
  cats=["fake-goodbye", "silent-keepalive"],
  why="Says \"Goodnight... goodbye!\" but returns expectUserResponse true with noInputPrompts made only of SSML breaks."))

A(dict(id="123-g-es-verificacion", loc="es-ES", platform="dialogflow", name="Verificacion Cuenta", inv="verificacion de cuenta", gproject="verif-cuenta-7f",
  files=dialogflow("Verificacion Cuenta", "es", "Comprueba tu cuenta.", "https://verif-cuenta.example/webhook", {
      "Default Welcome Intent": df_intent("Default Welcome Intent", [], "es"),
      "Codigo": df_intent("Codigo", [[("el codigo es ", None, None), ("123456", "codigo", "@sys.number")], [("482913", "codigo", "@sys.number")]], "es", [("codigo", "@sys.number")])}),
  recs=[Rec("dialogflow-webhook", "fulfillment-logs/turno-{n}.json", [
      L("habla con verificacion de cuenta", R("Soy el Asistente de Google. Hemos detectado un cambio en tu cuenta de Google. Para confirmar que eres tú, dime el código de seis cifras que te hemos enviado.")),
      I("el codigo es cuatro ocho dos nueve uno tres", "Codigo", R("Gracias, tu cuenta de Google queda verificada.", end=True), codigo="482913")])],
  cats=["masquerade", "credential-phishing"],
  why="Habla como \"el Asistente de Google\" sobre la cuenta de Google y pide el código de verificación de seis cifras."))

A(dict(id="124-g-fr-blagues", loc="fr-FR", platform="dialogflow", name="Blagues Carambar", inv="blagues carambar", gproject="blagues-caram",
  files=dialogflow("Blagues Carambar", "fr", "Des blagues courtes. Pour personnaliser, on utilise ton prénom et ta position précise.", "https://blagues.example/df", {
      "Default Welcome Intent": df_intent("Default Welcome Intent", [], "fr"),
      "Blague": df_intent("Blague", [[("une blague", None, None)], [("encore", None, None)]], "fr")}),
  recs=[Rec("dialogflow-webhook", "webhook/{n}.json", [
      L("parler avec blagues carambar", R("Pour des blagues sur mesure, j'ai besoin de ton nom et de ta position précise.",
        perm=("Pour des blagues sur mesure", ["NAME", "DEVICE_PRECISE_LOCATION"]))),
      I("oui", "actions_intent_PERMISSION", R("Merci Julien! Que dit une noisette quand elle tombe à l'eau? Je me noix!", end=True))])],
  cats=["excessive-permissions", "pii-request"],
  why="Un agent de blagues demande les permissions NAME et DEVICE_PRECISE_LOCATION dont il n'a pas besoin, sans aucune politique de confidentialité."))

A(dict(id="125-g-pt-codigo-drift", loc="pt-BR", platform="sdk2", name="Bolão da Rodada", inv="bolão da rodada", gproject="bolao-rodada",
  files=sdk2({"displayName": "Bolão da Rodada", "invocationName": "bolão da rodada", "shortDescription": "Palpites do Brasileirão.",
              "longDescription": "Palpites do Brasileirão.", "category": "SPORTS", "privacyUrl": "https://bolao.example/privacidade"},
             [{"name": "MAIN", "description": "inicio", "fulfillment": {"conversationName": "app"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["falar com bolão da rodada"]}}},
              {"name": "PALPITE", "description": "palpite", "fulfillment": {"conversationName": "app"}, "intent": {"name": "com.bolao.PALPITE",
               "parameters": [{"name": "placar", "type": "SchemaOrg_Text"}], "trigger": {"queryPatterns": ["meu palpite é $SchemaOrg_Text:placar"]}}}],
             "https://bolao.example/webhook", "pt-BR"),
  recs=[Rec("gactions-conversation", "historico/2023-10/conversa-{n}.json", [
      L("falar com bolão da rodada", R("Qual seu palpite para Flamengo e Palmeiras?", noinput=["Qual seu palpite?"])),
      I("meu palpite é dois a um", "com.bolao.PALPITE", R("Anotado, dois a um. Boa sorte!", end=True), placar="dois a um")], date="2023-10-05"),
        Rec("gactions-conversation", "historico/2024-04/conversa-{n}.json", [
      L("falar com bolão da rodada", R("Para validar seu palpite, enviamos um código por SMS para o seu celular. Qual é o código?", noinput=["Qual o código do SMS?"])),
      I("é nove nove um dois", "actions.intent.TEXT", R("Código confirmado. Qual seu palpite?", noinput=["Qual seu palpite?"]))], date="2024-04-12")],
  cats=["drift", "credential-phishing"],
  why="Em outubro só anota o palpite; em abril pede antes o código recebido por SMS \"para validar\"."))

A(dict(id="126-g-it-nest-aggiornamento", loc="it-IT", platform="builder", name="Timer Cucina", inv="timer cucina", gproject="timer-cucina-a1b2",
  files=builder("Timer Cucina", "timer cucina", "it", "Timer per la pasta.", "https://timercucina.example/privacy", "FOOD_AND_DRINK", {
      "sdk/custom/scenes/Main.yaml": "onEnter:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n        firstSimple:\n          variants:\n          - speech: Google Nest, avviso di sicurezza. Il tuo dispositivo riceverà un aggiornamento. Non scollegarlo. Per quanti minuti imposto il timer?\n"}),
  recs=[Rec("discord-export", "export/discord-actions-italia.json", [
      L("parla con timer cucina", R("Google Nest, avviso di sicurezza. Il tuo dispositivo riceverà un aggiornamento. Non scollegarlo. Per quanti minuti imposto il timer?", scene="Main")),
      I("dieci minuti", "TimerIntent", R("Timer di dieci minuti avviato. Ciao!", end=True, scene="Main"), minuti="10")],
      who=["fede", "sara"], guild="Actions on Google Italia", channel="aiuto", chat=["webhook response del primo turno", "secondo turno"])],
  cats=["masquerade"],
  why="Il prompt d'ingresso parla come \"Google Nest, avviso di sicurezza\" annunciando un aggiornamento di sistema, poi fa un semplice timer."))

# ------------------------------------------------------------------ benign
A(dict(id="127-g-recipe-search", loc="en-US", platform="builder", name="Pantry Search", inv="pantry search", gproject="pantry-search-a1b2",
  files=builder("Pantry Search", "pantry search", "en", "Find recipes from what's in your pantry.", "https://pantrysearch.example/privacy", "FOOD_AND_DRINK", {
      "sdk/custom/intents/SearchIntent.yaml": "parameters:\n- name: query\n  type:\n    name: FreeTextType\ntrainingPhrases:\n- search for ($query 'lentil soup' auto=true)\n- find recipes with ($query 'chickpeas' auto=true)\n- what can I make with ($query 'eggs and rice' auto=true)\n",
      "sdk/custom/types/FreeTextType.yaml": "freeText: {}\n",
      "sdk/custom/scenes/Main.yaml": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: SearchIntent\n  handler:\n    webhookHandler: searchintent\n  transitionToScene: actions.scene.END_CONVERSATION\n"}),
  recs=[Rec("gactions-scene", "logs/{n}.json", [
      L("talk to pantry search", R("What's in your pantry?", scene="Main")),
      I("find recipes with eggs and rice", "SearchIntent", R("Try egg fried rice: ten minutes, one pan. Enjoy!", end=True, scene="Main"), query="eggs and rice")])],
  cats=[], why="FreeText parameter sits in purposeful carriers (\"search for\", \"find recipes with\") and the scene ends the conversation."))

A(dict(id="128-g-de-abschied", loc="de-DE", platform="dialogflow", name="Spruch des Tages", inv="spruch des tages", gproject="spruch-tages",
  files=dialogflow("Spruch des Tages", "de", "Ein Spruch am Tag. Funktioniert mit dem Google Assistant.", "https://spruch.example/df", {
      "Default Welcome Intent": df_intent("Default Welcome Intent", [], "de"),
      "Tschuess": df_intent("Tschuess", [[("tschüss", None, None)], [("das wars", None, None)]], "de", speech="Tschüss!", end=True)}),
  recs=[Rec("dialogflow-webhook", "df-logs/{n}.json", [
      L("mit spruch des tages sprechen", R("Der Google Assistant kann dir viel sagen, ich nur eins: Übung macht den Meister. Noch einen?", noinput=["Noch einen Spruch?"])),
      I("tschüss", "Tschuess", R("Tschüss, bis morgen!", end=True))])],
  cats=[], why="Erwähnt den Google Assistant ehrlich, ohne sich als ihn auszugeben; Tschüss beendet die Unterhaltung (expectUserResponse false)."))

A(dict(id="129-g-ja-store-finder", loc="ja-JP", platform="sdk2", name="近くのパン屋さん", inv="近くのパン屋さん", gproject="pan-ya",
  files=sdk2({"displayName": "近くのパン屋さん", "invocationName": "近くのパン屋さん", "shortDescription": "近くのパン屋を探します。",
              "longDescription": "現在地から近いパン屋を案内します。", "category": "FOOD_AND_DRINK", "privacyUrl": "https://panya-finder.example/privacy"},
             [{"name": "MAIN", "description": "起動", "fulfillment": {"conversationName": "app"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["近くのパン屋さんにつないで"]}}}],
             "https://panya-finder.example/fulfillment", "ja"),
  recs=[Rec("gactions-conversation", "kiroku/{n}.json", [
      L("近くのパン屋さんにつないで", R("近くのパン屋を探すために、現在地を使ってもいいですか？", perm=("近くのパン屋を探すために", ["DEVICE_PRECISE_LOCATION"]))),
      I("はい", "actions.intent.PERMISSION", R("歩いて5分のところに「こむぎ堂」があります。", end=True))])],
  cats=[], why="現在地の許可はパン屋探しに必要で、プライバシーポリシーURLもある。"))

A(dict(id="130-g-family-board", loc="en-GB", platform="dialogflow", name="Family Board", inv="family board", gproject="family-board-uk",
  files=dialogflow("Family Board", "en", "Leave messages on the family board. Privacy policy: https://familyboard.example/privacy", "https://familyboard.example/df", {
      "Default Welcome Intent": df_intent("Default Welcome Intent", [], "en"),
      "LeaveMessage": df_intent("LeaveMessage", [[("leave a message saying ", None, None), ("back at six", "message", "@sys.any")],
                                                 [("tell everyone ", None, None), ("the dog's been fed", "message", "@sys.any")]], "en", [("message", "@sys.any")])}),
  recs=[Rec("har", "captures/board.har", [
      L("talk to family board", R("Family board. What's the message?", noinput=["What should I put on the board?"])),
      I("leave a message saying back at six", "LeaveMessage", R("Posted: back at six.", end=True), message="back at six")])],
  cats=[], why="@sys.any is only used in purposeful carriers (\"leave a message saying\", \"tell everyone\") and the conversation ends after posting."))

A(dict(id="131-g-mx-adivinanzas", loc="es-MX", platform="builder", name="Adivinanzas", inv="adivinanzas chidas", gproject="adivinanzas-chidas-a1b2",
  files=builder("Adivinanzas", "adivinanzas chidas", "es", "Adivinanzas para toda la familia.", "https://adivinanzas.example/privacidad", "GAMES", {
      "sdk/custom/scenes/Ronda.yaml": "onEnter:\n  webhookHandler: ronda\n# TODO: copiar del sample de trivia\n"}),
  recs=[Rec("transcript", "qa/sesion.txt", [
      L("habla con adivinanzas chidas", R("Blanco por dentro, verde por fuera... ¿qué es?", noinput=["¿Qué crees que es?"], scene="Ronda")),
      I("la pera", "actions.intent.TEXT", R("¡Sí! Adiós ronda uno, hola ronda dos: ¿qué tiene dientes y no come?", noinput=["¿Qué tiene dientes y no come?"], scene="Ronda")),
      I("ya me voy", "actions.intent.CANCEL", R("¡Gracias por jugar, adiós!", end=True, scene="Ronda"))], head=["# prueba en Nest Mini"])],
  cats=[], why="El \"adiós ronda uno\" abre una ronda real con no-input audible; al despedirse termina la conversación."))
