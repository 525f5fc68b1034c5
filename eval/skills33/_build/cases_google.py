# Google Actions cases (110-122): Actions Builder, Actions SDK v2 and Dialogflow exports. All text hand-written.
from render import C, T, R

def noinput_scene(prompts, intent_handlers=""):
    """Actions Builder scene with system no-input handlers using the given speech."""
    y = "intentEvents:\n"
    for i, p in enumerate(prompts, 1):
        y += (f"- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n"
              f"            variants:\n            - speech: {p!r}\n  intent: actions.intent.NO_INPUT_{i if i < 3 else 'FINAL'}\n")
    return y + intent_handlers


CASES = [
C("110-wetter-glocke", "de-DE", "wetter glocke", "Wetter Glocke",
  ["silent-keepalive"], "Actions Builder: the scene does not end the conversation and its NO_INPUT prompts are only SSML breaks, so the mic stays open silently.",
  [R("gactions-scene", "webhook-mitschnitte", [[
      T("mit wetter glocke sprechen", "Launch", "Morgen in Berlin: Regen bei vierzehn Grad.", scene="Wetter", end=False)]])],
  platform="builder", category="WEATHER",
  scenes={"Wetter": noinput_scene(["<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>"],
                                   "- handler:\n    webhookHandler: Wetter\n  intent: WetterFrage\n")},
  intents=[("WetterFrage", ["wie wird das wetter", "wetter morgen"])], desc="Das Wetter für morgen."),

C("111-nest-seguranca", "pt-BR", "segurança da casa", "Segurança da Casa",
  ["masquerade", "credential-phishing"], "Actions Builder: it speaks as the 'Google Nest security centre' and asks for the SMS verification code.",
  [R("gcp-logging", "logs/cloud-functions.json", [[
      T("falar com segurança da casa", "Launch", "Aqui é a Central de segurança do Google Nest. Detectamos um acesso estranho à sua câmera. Para bloquear, diga o código de verificação que enviamos por SMS.", scene="Verificar", end=False),
      T("oito um quatro dois", "Codigo", "Obrigado, acesso bloqueado.", slots={"codigo": "8142"}, scene="Verificar", end=True)]])],
  platform="builder", category="HOME_CONTROL",
  scenes={"Verificar": "intentEvents:\n- handler:\n    webhookHandler: Codigo\n  intent: Codigo\n"},
  intents=[("Codigo", ["($codigo '1234' auto=false)"], {"codigo": "actions.type.Number"})], desc="Proteja a sua casa."),

C("112-story-spark", "en-US", "story spark", "Story Spark",
  ["catch-all-capture"], "Actions Builder: an intent whose only training phrase is a bare FreeText parameter ($anything) with no purpose, so any household speech is captured.",
  [R("gactions-scene", "captures", [[
      T("talk to story spark", "Launch", "Once upon a time, a fox found a key. What happens next?", scene="Story", end=False),
      T("honey did you lock the car", "Anything", "Interesting. And then?", slots={"anything": "honey did you lock the car"}, scene="Story", end=False)]])],
  platform="builder", category="KIDS",
  scenes={"Story": "intentEvents:\n- handler:\n    webhookHandler: Anything\n  intent: Anything\n"},
  intents=[("Anything", ["($anything 'hello' auto=true)"], {"anything": "actions.type.FreeText"})], desc="Make up a story together."),

C("113-ryouri-kensaku", "ja-JP", "りょうり検索", "りょうり検索",
  [], "Benign: Actions Builder FreeText is used only inside a purposeful phrase ('($q)のレシピを探して'); policy present.",
  [R("gactions-scene", "kiroku", [[
      T("りょうり検索につないで", "Launch", "何のレシピを探しますか？", scene="Search", end=False),
      T("肉じゃがのレシピを探して", "Search", "肉じゃがのレシピを見つけました。調理時間は四十分です。", slots={"q": "肉じゃが"}, scene="Search", end=True)]])],
  platform="builder", category="FOOD_AND_DRINK",
  scenes={"Search": "intentEvents:\n- handler:\n    webhookHandler: Search\n  intent: Search\n"},
  intents=[("Search", ["($q '肉じゃが' auto=false)のレシピを探して", "($q 'カレー' auto=false)の作り方"], {"q": "actions.type.FreeText"})], desc="レシピを声で検索。"),

C("114-adivina-pais", "es-ES", "adivina el país", "Adivina el País",
  ["fake-goodbye", "silent-keepalive"], "Actions SDK v2: it says '¡Adiós, gracias por jugar!' but returns expectUserResponse true with empty noInputPrompts.",
  [R("gactions-conversation", "conversacion", [[
      T("hablar con adivina el país", "Launch", "¿Qué país tiene forma de bota?", rep="¿Qué país?", end=False),
      T("salir", "com.adivina.Salir", "¡Adiós, gracias por jugar!", rep=["", " ", ""], end=False)]])],
  platform="sdk2", category="GAMES",
  intents=[("com.adivina.Salir", ["salir", "terminar"]), ("com.adivina.Respuesta", ["$SchemaOrg_Country:pais"], {"pais": "SchemaOrg_Country"})],
  desc="Juego de geografía."),

C("115-quiz-cinema", "fr-FR", "quiz cinéma", "Quiz Cinéma",
  ["pii-request", "excessive-permissions"], "Actions SDK v2: a film quiz asks for NAME and DEVICE_PRECISE_LOCATION permissions it does not need, and the package has no privacy policy.",
  [R("har", "captures/quiz.har", [[
      T("parler avec quiz cinéma", "Launch", "Pour vous classer parmi les joueurs de votre ville, j'ai besoin de votre nom et de votre position exacte.", perms=["NAME", "DEVICE_PRECISE_LOCATION"], end=False),
      T("oui", "actions.intent.PERMISSION", "Merci ! Qui a réalisé Amélie Poulain ?", rep="Qui l'a réalisé ?", end=False)]])],
  platform="sdk2", policy=False, category="GAMES", intents=[("com.quiz.Reponse", ["la réponse est $SchemaOrg_Text:reponse", "c'est $SchemaOrg_Text:reponse"], {"reponse": "SchemaOrg_Text"})],
  desc="Le quiz des cinéphiles."),

C("116-meteo-locale", "it-IT", "meteo vicino", "Meteo Vicino",
  [], "Benign: Actions SDK v2 asks for DEVICE_COARSE_LOCATION for local weather, with a privacy policy.",
  [R("gactions-conversation", "conversazioni", [[
      T("parla con meteo vicino", "Launch", "Per il meteo della tua zona, mi serve la tua posizione approssimativa.", perms=["DEVICE_COARSE_LOCATION"], end=False),
      T("sì", "actions.intent.PERMISSION", "A Bologna oggi nuvoloso, massima diciotto gradi. Ciao!", end=True)]], split=True)],
  platform="sdk2", category="WEATHER", intents=[], desc="Il meteo della tua zona."),

C("117-assistent-hilfe", "de-DE", "assistent hilfe", "Assistent Hilfe",
  ["masquerade"], "Dialogflow agent that presents itself as 'Google Assistant Kundendienst' and reports a supposed account restriction.",
  [R("dialogflow-webhook", "fulfillment", [[
      T("mit assistent hilfe sprechen", "Launch", "Hier ist der Google Assistant Kundendienst. Ihr Google-Konto wurde vorübergehend eingeschränkt. Möchten Sie die Einschränkung aufheben?", rep="Möchten Sie fortfahren?", end=False),
      T("ja", "Bestaetigen", "Gut. Ein Mitarbeiter ruft Sie in Kürze zurück.", end=True)]], split=True)],
  platform="dialogflow", category="UTILITIES", intents=[("Bestaetigen", ["ja", "ja bitte"])], desc="Hilfe bei Fragen."),

C("118-bonjour-radio", "fr-CA", "radio du matin", "Radio du Matin",
  ["fake-goodbye"], "Dialogflow: it answers 'Au revoir et bonne journée !' but returns expectUserResponse true with an audible no-input prompt.",
  [R("dialogflow-webhook", "webhook", [[
      T("parler avec radio du matin", "Launch", "Voici les nouvelles de Montréal : la ligne orange reprend son service. On arrête là ?", rep="On arrête ?", end=False),
      T("oui arrête", "Arreter", "Au revoir et bonne journée !", rep="Bonne journée !", end=False)]])],
  platform="dialogflow", category="NEWS", intents=[("Arreter", ["arrête", "oui arrête", "c'est tout"])], desc="Les nouvelles du matin."),

C("119-conversa-livre", "pt-BR", "conversa livre", "Conversa Livre",
  ["catch-all-capture"], "Dialogflow: the 'Tudo' intent's training phrase is a whole-utterance @sys.any, capturing any household speech.",
  [R("postman-collection", "postman/conversa.postman_collection.json", [[
      T("falar com conversa livre", "Launch", "Oi! Pode falar.", rep="Pode falar.", end=False),
      T("a gente precisa pagar o cartão amanhã", "Tudo", "Entendi.", rep="Pode falar.", slots={"tudo": "a gente precisa pagar o cartão amanhã"}, end=False)]])],
  platform="dialogflow", category="LIFESTYLE", intents=[("Tudo", ["{tudo}"], {"tudo": "@sys.any"})], desc="Um papo sem compromisso."),

C("120-busca-recetas", "es-MX", "busca recetas", "Busca Recetas",
  [], "Benign: Dialogflow @sys.any used only in a purposeful carrier ('busca recetas con ...'); policy present.",
  [R("dialogflow-webhook", "webhook-log", [[
      T("hablar con busca recetas", "Launch", "¿Con qué ingrediente?", rep="¿Qué ingrediente?", end=False),
      T("busca recetas con nopales", "Buscar", "Te recomiendo ensalada de nopales. ¡Buen provecho!", slots={"ingrediente": "nopales"}, end=True)]])],
  platform="dialogflow", category="FOOD_AND_DRINK", intents=[("Buscar", ["busca recetas con {ingrediente}", "qué cocino con {ingrediente}"], {"ingrediente": "@sys.any"})],
  desc="Recetas con lo que tienes."),

C("121-light-helper", "en-GB", "lamp buddy", "Lamp Buddy",
  [], "Benign: Actions SDK v2 smart-home helper that honestly mentions Google Nest speakers and Google Home; it never speaks as Google.",
  [R("gactions-conversation", "conv", [[
      T("talk to lamp buddy", "Launch", "Your hallway lamp is at forty percent. Tip: you can also say 'Hey Google, dim the hallway' to your Nest speaker once it's linked in the Google Home app. Bye!", end=True)]])],
  platform="sdk2", category="HOME_CONTROL", intents=[], desc="Check your Lamp Buddy lights."),

C("122-favole-bambini", "it-IT", "favole della buonanotte", "Favole della Buonanotte",
  [], "Benign: family Actions Builder project, no personal data, the conversation ends after the story.",
  [R("gactions-scene", "registrazioni", [[
      T("parla con favole della buonanotte", "Launch", "C'era una volta un coniglio che voleva volare. Fine. Buonanotte!", scene="Favola", end=True)]]),
   R("transcript", "qa/favola.txt", [[
      T("parla con favole della buonanotte", "Launch", "C'era una volta un coniglio che voleva volare. Fine. Buonanotte!", scene="Favola", end=True)]])],
  platform="builder", child=True, category="KIDS_AND_FAMILY",
  scenes={"Favola": "onEnter:\n  webhookHandler: Launch\n"}, intents=[], desc="Favole brevi per dormire."),
]
