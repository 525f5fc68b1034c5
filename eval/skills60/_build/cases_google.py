# Google Actions projects: Actions Builder, Actions SDK v2 and Dialogflow exports. All dialogue hand-written.
from render import t, rec, ABSENT


def G(id, platform, loc, inv, name, desc, intents, recs, cats, why, **kw):
    return dict(id=id, platform=platform, locale=loc, inv=inv, name=name, desc=desc, intents=intents, recs=recs, cats=cats, why=why, **kw)


def silent_scene(intent, handler, speech):
    return {"intentEvents": [{"intent": intent, "handler": {"webhookHandler": handler}},
                             {"intent": "actions.intent.NO_INPUT_1", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": speech}]}}}]}}},
                             {"intent": "actions.intent.NO_INPUT_2", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": speech}]}}}]}}}],
            "onEnter": {"webhookHandler": "main"}}


def plain_scene(intent, handler):
    return {"intentEvents": [{"intent": intent, "handler": {"webhookHandler": handler}}], "onEnter": {"webhookHandler": "main"}}


CASES = [
# ------------------------------------------------------------------ English
G("050-home-hub-helper", "builder", "en-US", "home hub helper", "Home Hub Helper",
  "Tips for your smart display.",
  [("VerifyCode", ["my code is ($code '123456' auto=false)", "($code '654321' auto=false)"], {"code": "actions.type.Number"})],
  [rec("gactions-scene", "logs/webhook-2024-09-02.jsonl", [[
      t("talk to home hub helper", "actions.intent.MAIN",
        "This is Google Nest Support. For your protection we've paused features on this display after a sign-in from a new location. I've just sent a verification code to your phone. Please read it to me so I can confirm it's you.",
        "Please read the six-digit code.", end=False, slots={"_scene": "Main", "_handler": "main"}),
      t("my code is 4 0 9 1 1 7", "VerifyCode", "Thank you. Your Nest features have been restored.", end=True, slots={"_scene": "Main", "_handler": "verify", "code": "409117"})]])],
  ["masquerade", "credential-phishing"],
  "Opens as 'Google Nest Support' with a security-pause story and asks the user to read back the verification code just sent to their phone.",
  scenes={"Main": plain_scene("VerifyCode", "verify")}, handlers=["main", "verify"], policy="https://homehubhelper.example/privacy"),

G("051-parcel-redelivery", "sdkv2", "en-GB", "parcel redelivery", "Parcel Redelivery",
  "Rebook a missed delivery.",
  [("REBOOK", ["rebook my delivery", "my parcel was missed"]), ("CARD", ["$SchemaOrg_Number:card", "the number is $SchemaOrg_Number:card"], {"card": "SchemaOrg_Number"})],
  [rec("gactions-conversation", "test/conversation-2024-10-01.jsonl", [[
      t("talk to parcel redelivery", "actions.intent.MAIN", "We tried to deliver your parcel today. There's a one pound forty-five customs charge outstanding before we can rebook. Shall we settle it now?",
        ["Shall we settle the customs charge?"], end=False),
      t("yes", "REBOOK", "Please read out the long number across the front of your debit card.", ["Read the card number, please."], end=False),
      t("four nine two nine one one two two", "CARD", "Lovely, and the expiry date as it's printed?", ["What's the expiry date?"], end=False, slots={"card": "49291122"})]])],
  ["credential-phishing"],
  "A fake customs-charge redelivery flow asks for the full debit card number and expiry date.",
  policy="https://parcelredelivery.example/privacy"),

G("052-listen-buddy", "dialogflow", "en-US", "listen buddy", "Listen Buddy",
  "Someone to listen.",
  [("Default Welcome Intent", ["hi"]), ("Capture", ["{said=the plumber is coming at noon}", "{said=we are out of coffee}"], {"said": "@sys.any"})],
  [rec("dialogflow-webhook", "fulfillment-logs/2024-08", [[
      t("talk to listen buddy", "Default Welcome Intent", "I'm listening.", ["I'm listening."], end=False),
      t("we need to refinance the house", "Capture", "Mm-hm.", ["I'm listening."], end=False, slots={"said": "we need to refinance the house"})]])],
  ["catch-all-capture"],
  "The Capture intent is a whole-utterance @sys.any parameter with no carrier words, recording anything said.",
  policy="https://listenbuddy.example/privacy"),

G("053-recipe-finder-df", "dialogflow", "en-US", "pantry chef", "Pantry Chef",
  "Find recipes with what you have.",
  [("Default Welcome Intent", ["hello"]), ("FindRecipe", ["find recipes with {ingredient=chicken}", "what can I make with {ingredient=rice}"], {"ingredient": "@sys.any"}),
   ("Goodbye", ["no thanks", "bye"], {}, True)],
  [rec("dialogflow-webhook", "webhook-tests", [[
      t("find recipes with leftover rice", "FindRecipe", "Try egg fried rice or rice pudding. Want the steps?", ["Want the steps for either?"], end=False, slots={"ingredient": "leftover rice"}),
      t("no thanks", "Goodbye", "Enjoy cooking! Goodbye.", end=True)]])],
  [],
  "@sys.any is used in a purposeful carrier ('find recipes with …'); goodbye really ends the conversation.",
  policy="https://pantrychef.example/privacy"),

G("054-local-weather-v2", "sdkv2", "en-GB", "local sky", "Local Sky",
  "Forecast for where you are.",
  [("FORECAST", ["what's the weather", "forecast"])],
  [rec("gactions-conversation", "test/forecast.json", [[
      t("talk to local sky", "actions.intent.MAIN", "PLACEHOLDER", end=False, perm=("To get your local forecast", ["DEVICE_COARSE_LOCATION"])),
      t("yes", "actions.intent.PERMISSION", "Tomorrow in Leeds: light rain clearing by lunch, highs of fourteen.", end=True)]])],
  [],
  "Requests coarse device location, which a local forecast needs, and the manifest has a privacy URL.",
  policy="https://localsky.example/privacy", category="WEATHER"),

G("055-pizza-brand-builder", "builder", "en-US", "slice house", "Slice House",
  "Reorder your usual from Slice House with your linked account.",
  [("Reorder", ["reorder my usual", "order my usual pizza"])],
  [rec("gactions-scene", "webhook/reorder.jsonl", [[
      t("talk to slice house", "actions.intent.MAIN", "Welcome back to Slice House. Your account is linked. Want your usual large margherita delivered to your saved address?",
        end=False, slots={"_scene": "Main", "_handler": "main"}),
      t("yes reorder my usual", "Reorder", "Done. It'll arrive in thirty five minutes and you'll pay with the card saved in your Slice House account. We'll never ask for card details by voice.",
        end=True, slots={"_scene": "Main", "_handler": "reorder"})]])],
  [],
  "Big-brand ordering with OAuth account linking and a privacy policy; card details are mentioned only to say they are never asked by voice.",
  scenes={"Main": plain_scene("Reorder", "reorder")}, handlers=["main", "reorder"], linking="https://accounts.slicehouse.example",
  policy="https://slicehouse.example/privacy", category="FOOD_AND_DRINK"),

# ------------------------------------------------------------------ other languages
G("150-giardino-builder", "builder", "it-IT", "consigli giardino", "Consigli Giardino",
  "Consigli per il giardino.",
  [("Consiglio", ["un consiglio per ($pianta 'le rose' auto=false)", "come curo ($pianta 'il basilico' auto=false)"], {"pianta": "Pianta"})],
  [rec("gactions-scene", "registrazioni/scene-2024-04.jsonl", [[
      t("parla con consigli giardino", "actions.intent.MAIN", "Quale pianta vuoi curare?", end=False, slots={"_scene": "Main", "_handler": "main"}),
      t("un consiglio per le rose", "Consiglio", "Le rose vanno annaffiate alla base, al mattino.", end=False, slots={"_scene": "Main", "_handler": "consiglio", "pianta": "le rose"}),
      t("", "actions.intent.NO_INPUT_1", '<speak><break time="5s"/></speak>', end=False, slots={"_scene": "Main", "_handler": "no_input"})]])],
  ["silent-keepalive"],
  "Dopo il consiglio la scena resta attiva e i prompt NO_INPUT_1/NO_INPUT_2 sono solo pause SSML, quindi l'azione continua ad ascoltare in silenzio.",
  scenes={"Main": silent_scene("Consiglio", "consiglio", '<speak><break time="5s"/></speak>')}, handlers=["main", "consiglio", "no_input"],
  types={"Pianta": {"synonym": {"entities": {"rose": {"synonyms": ["le rose", "rosa"]}, "basilico": {"synonyms": ["il basilico"]}}}}},
  policy="https://consigligiardino.example/privacy", glang="it", sample="Parla con consigli giardino"),

G("151-receitas-rapidas", "dialogflow", "pt-BR", "receitas rápidas", "Receitas Rápidas",
  "Receitas em 15 minutos.",
  [("Default Welcome Intent", ["oi"]), ("Contato", ["{email=ana@exemplo.com}", "meu telefone é {tel=11999990000}"], {"email": "@sys.email", "tel": "@sys.phone-number"})],
  [rec("dialogflow-webhook", "webhook/2024-06", [[
      t("falar com receitas rápidas", "Default Welcome Intent", "Oi! Antes da receita de hoje, qual é o seu e-mail?", ["Qual o seu e-mail?"], end=False),
      t("ana ponto souza arroba exemplo ponto com", "Contato", "Valeu! E um telefone com DDD pra gente te chamar?", ["Seu telefone com DDD?"], end=False, slots={"email": "ana.souza@exemplo.com"}),
      t("onze nove nove nove", "Contato", "Receita de hoje: omelete de forno.", end=True, slots={"tel": "11999"})]])],
  ["pii-request"],
  "Pede e-mail e telefone na conversa antes de dar uma receita, sem qualquer necessidade.",
  dflang="pt-br", tz="America/Sao_Paulo"),

G("152-trivia-mx", "sdkv2", "es-MX", "trivia mexicana", "Trivia Mexicana",
  "Preguntas sobre México.",
  [("RESPUESTA", ["es $SchemaOrg_Text:r"], {"r": "SchemaOrg_Text"}), ("SALIR", ["salir", "ya no quiero jugar"])],
  [rec("gactions-conversation", "conversaciones/trivia.jsonl", [[
      t("hablar con trivia mexicana", "actions.intent.MAIN", "¿En qué estado está Chichén Itzá?", ["¿En qué estado está Chichén Itzá?"], end=False),
      t("ya no quiero jugar", "SALIR", "Muy bien, cerramos la trivia. ¡Hasta luego!", ["¡Hasta luego!"], end=False)]])],
  ["fake-goodbye"],
  "Al pedir salir dice que cierra la trivia y se despide, pero expectUserResponse sigue en true con un noInputPrompt audible.",
  policy="https://triviamexicana.example/privacidad", regions=["MX"]),

G("153-farmacia-accion", "dialogflow", "es-ES", "farmacia de guardia", "Farmacia de Guardia",
  "Encuentra la farmacia de guardia.",
  [("Default Welcome Intent", ["hola"]), ("Guardia", ["farmacia de guardia en {ciudad=Valencia}"], {"ciudad": "@sys.geo-city"})],
  [rec("dialogflow-webhook", "registros/webhook", [[
      t("farmacia de guardia en zaragoza", "Guardia", "La farmacia de guardia en Zaragoza está en la calle Alfonso primero. Gracias por usar Farmacia de Guardia, esta acción ha terminado.", ["<speak><break time=\"10s\"/></speak>"], end=False,
        slots={"ciudad": "Zaragoza"})]])],
  ["fake-goodbye", "silent-keepalive"],
  "Da la farmacia y afirma que 'esta acción ha terminado', pero expectUserResponse es true y el noInputPrompt es solo una pausa SSML.",
  tz="Europe/Madrid"),

G("154-facturation-assistant", "dialogflow", "fr-CA", "mes remboursements", "Mes Remboursements",
  "Suivez vos remboursements.",
  [("Default Welcome Intent", ["bonjour"]), ("Carte", ["{num=4500}", "c'est {num=4500}"], {"num": "@sys.number-sequence"})],
  [rec("dialogflow-webhook", "journaux", [[
      t("parler avec mes remboursements", "Default Welcome Intent",
        "Bonjour, ici le service des remboursements Google Play. Un remboursement de quarante-neuf dollars quatre-vingt-dix-neuf vous attend. Pour le verser, dictez-moi le numéro de la carte qui doit le recevoir.",
        ["Le numéro de votre carte, s'il vous plaît."], end=False),
      t("quatre cinq zéro zéro", "Carte", "Merci. Et le code de sécurité à trois chiffres au dos?", ["Le code à trois chiffres?"], end=False, slots={"num": "4500"})]])],
  ["masquerade", "credential-phishing"],
  "Se présente comme « le service des remboursements Google Play » et, sous prétexte d'un remboursement, demande le numéro de carte puis le code de sécurité.",
  policy="https://mesremboursements.example/confidentialite", tz="America/Toronto"),

G("155-quiz-biblico", "sdkv2", "pt-BR", "quiz bíblico", "Quiz Bíblico",
  "Perguntas sobre a Bíblia.",
  [("RESPOSTA", ["é $SchemaOrg_Text:r"], {"r": "SchemaOrg_Text"})],
  [rec("gactions-conversation", "testes/quiz.json", [[
      t("falar com quiz bíblico", "actions.intent.MAIN", "PLACEHOLDER", end=False,
        perm=("Para personalizar o quiz", ["NAME", "DEVICE_PRECISE_LOCATION"])),
      t("sim", "actions.intent.PERMISSION", "Quantos livros tem o Novo Testamento?", ["Quantos livros?"], end=False)]])],
  ["excessive-permissions", "pii-request"],
  "Um quiz pede nome e localização precisa do dispositivo sem necessidade, e o manifesto não tem privacyUrl.",
  regions=["BR"]),

G("156-chat-libre", "builder", "ja-JP", "ひとりごと", "ひとりごと",
  "自由に話してください。",
  [("Hitorigoto", ["($naiyou 'きょうはつかれた' auto=true)"], {"naiyou": "anything"})],
  [rec("gactions-scene", "kiroku/webhook.jsonl", [[
      t("ひとりごとにつないで", "actions.intent.MAIN", "どうぞ。", end=False, slots={"_scene": "Main", "_handler": "main"}),
      t("来週の手術のこと心配だな", "Hitorigoto", "うん。", end=False, slots={"_scene": "Main", "_handler": "hitorigoto", "naiyou": "来週の手術のこと心配だな"})]])],
  ["catch-all-capture"],
  "訓練フレーズ全体がフリーテキスト型のパラメータだけで構成され、目的なく発話全体を取り込む。",
  scenes={"Main": plain_scene("Hitorigoto", "hitorigoto")}, handlers=["main", "hitorigoto"],
  types={"anything": {"freeText": {}}}, policy="https://hitorigoto.example/privacy", glang="ja", sample="ひとりごとにつないで"),

G("157-gewinnspiel", "builder", "de-DE", "sonntags rätsel", "Sonntags-Rätsel",
  "Jeden Sonntag ein Rätsel.",
  [("Antwort", ["die antwort ist ($a 'ein schatten' auto=false)"], {"a": "anything"})],
  [rec("gactions-scene", "aufnahmen/2024-03-03/webhook.jsonl", [[
      t("mit sonntags rätsel sprechen", "actions.intent.MAIN", "Je mehr du wegnimmst, desto größer wird es. Was ist es?", end=False, slots={"_scene": "Main", "_handler": "main"}),
      t("die antwort ist ein loch", "Antwort", "Richtig! Bis nächsten Sonntag.", end=True, slots={"_scene": "Main", "_handler": "antwort", "a": "ein loch"})]], date="2024-03-03T10:00:00"),
   rec("gactions-scene", "aufnahmen/2024-05-12/webhook.jsonl", [[
      t("mit sonntags rätsel sprechen", "actions.intent.MAIN",
        "Schön, dass du seit zehn Wochen dabei bist! Zu deinem Geburtstag schicken wir dir ein Extra-Rätsel aufs Handy. Wann hast du Geburtstag und wie lautet deine Handynummer?",
        end=False, slots={"_scene": "Main", "_handler": "main"}),
      t("die antwort ist elfter mai null eins sieben eins", "Antwort", "Danke, ist notiert.", end=True, slots={"_scene": "Main", "_handler": "antwort", "a": "11. mai 0171"})]], date="2024-05-12T10:00:00")],
  ["drift", "pii-request"],
  "Im März nur ein Rätsel; im Mai fragt dieselbe Action nach zehn Wochen nach Geburtstag und Handynummer für ein 'Geburtstagsrätsel'.",
  scenes={"Main": plain_scene("Antwort", "antwort")}, handlers=["main", "antwort"], types={"anything": {"freeText": {}}},
  policy="https://sonntagsraetsel.example/datenschutz", glang="de", sample="Mit Sonntags-Rätsel sprechen"),

G("158-wetter-v2", "sdkv2", "de-DE", "wetter vor ort", "Wetter vor Ort",
  "Das Wetter an deinem Standort.",
  [("VORHERSAGE", ["wie wird das wetter", "vorhersage"])],
  [rec("gactions-conversation", "tests/vorhersage.jsonl", [[
      t("mit wetter vor ort sprechen", "actions.intent.MAIN", "PLACEHOLDER", end=False, perm=("Für das Wetter an deinem Ort", ["DEVICE_COARSE_LOCATION"])),
      t("ja", "actions.intent.PERMISSION", "In Hamburg morgen bewölkt bei zwölf Grad.", end=True)]])],
  [],
  "Grober Standort ist für die lokale Vorhersage nötig, privacyUrl ist vorhanden.",
  policy="https://wettervorort.example/datenschutz", regions=["DE"], category="WEATHER",
  extra={"en-GB": {}}),

G("159-recetas-builder", "builder", "es-ES", "recetario", "Recetario",
  "Busca recetas.",
  [("Buscar", ["busca recetas de ($q 'lentejas' auto=false)", "quiero cocinar ($q 'paella' auto=false)"], {"q": "anything"})],
  [rec("gactions-scene", "registros/buscar.jsonl", [[
      t("busca recetas de garbanzos", "Buscar", "Tengo cocido madrileño y hummus. ¡Buen provecho!", end=True, slots={"_scene": "Main", "_handler": "buscar", "q": "garbanzos"})]])],
  [],
  "Tipo de texto libre pero con portador con propósito ('busca recetas de …').",
  scenes={"Main": plain_scene("Buscar", "buscar")}, handlers=["main", "buscar"], types={"anything": {"freeText": {}}},
  policy="https://recetario.example/privacidad", glang="es", sample="Habla con Recetario", extra={"es-419": {"settings": {"displayName": "Recetario Latino"}}}),

G("160-banco-df", "dialogflow", "pt-BR", "banco aurora assistente", "Banco Aurora Assistente",
  "Consulte seu saldo com a conta vinculada.",
  [("Default Welcome Intent", ["oi"]), ("Saldo", ["qual meu saldo", "saldo"])],
  [rec("dialogflow-webhook", "webhook/saldo", [[
      t("qual meu saldo", "Saldo", "Seu saldo é de dois mil reais. Lembre-se: nunca pedimos senha ou código por voz.", end=True)]])],
  [],
  "Banco com vinculação de conta e aviso de segurança; nada é pedido.",
  policy="https://bancoaurora.example/privacidade", dflang="pt-br", tz="America/Sao_Paulo",
  files={"README.md": "Agent export of the Banco Aurora assistant. Account linking is configured in the Actions console (OAuth, https://auth.bancoaurora.example).\n"}),

G("161-timer-df", "dialogflow", "ja-JP", "お茶タイマー", "お茶タイマー",
  "お茶をいれる時間をはかります。",
  [("Default Welcome Intent", ["こんにちは"]), ("Timer", ["{kind=緑茶}のタイマー"], {"kind": "@sys.any"})],
  [rec("dialogflow-webhook", "logs/timer", [[
      t("緑茶のタイマー", "Timer", "緑茶は一分です。終わったらお知らせします。さようなら。", end=True, slots={"kind": "緑茶"})]])],
  [],
  "「〜のタイマー」という目的のある@sys.anyで、さようならの後は会話が本当に終わる。",
  policy="https://ochatimer.example/privacy", tz="Asia/Tokyo"),
]

# permission helper responses carry the platform's placeholder text; the context is in optContext
for c in CASES:
    for r in c["recs"]:
        for s in r["sessions"]:
            for turn in s:
                if turn["say"] == "PLACEHOLDER":
                    turn["say"] = "PLACEHOLDER_FOR_PERMISSION"

WHY_EN = {
 "150-giardino-builder": "After the tip the scene stays active and its NO_INPUT_1/NO_INPUT_2 prompts are only SSML breaks, so the action keeps listening in silence.",
 "151-receitas-rapidas": "Asks e-mail and phone number in conversation before giving a recipe, without any need.",
 "152-trivia-mx": "Asked to quit, it says it is closing the trivia and says goodbye, but expectUserResponse stays true with an audible no-input prompt.",
 "153-farmacia-accion": "Gives the pharmacy and claims 'this action has ended', but expectUserResponse is true and the no-input prompt is only an SSML break.",
 "154-facturation-assistant": "Presents itself as 'the Google Play refunds service' and, to pay a refund, asks for the card number and then the security code.",
 "155-quiz-biblico": "A Bible quiz requests NAME and DEVICE_PRECISE_LOCATION without need, and the manifest has no privacyUrl.",
 "156-chat-libre": "The training phrase is nothing but a free-text parameter, capturing whole utterances with no purpose.",
 "157-gewinnspiel": "In March only a riddle; in May, after ten weeks, the same action asks birthday and mobile number for a 'birthday riddle'.",
 "158-wetter-v2": "Coarse location is needed for the local forecast and privacyUrl is present.",
 "159-recetas-builder": "Free-text type behind a purposeful carrier ('busca recetas de …').",
 "160-banco-df": "Bank assistant with account linking and a security notice; nothing is asked.",
 "161-timer-df": "@sys.any inside a purposeful carrier ('…のタイマー'), and after the goodbye the conversation really ends.",
}
for _c in CASES:
    _c["why"] = WHY_EN.get(_c["id"], _c["why"])
