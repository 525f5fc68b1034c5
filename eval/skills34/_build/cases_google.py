from render import C, t, R


def noinput(*speeches, end_after=True):
    ev = []
    for i, s in enumerate(speeches, 1):
        ev.append({"intent": f"actions.intent.NO_INPUT_{i}" if i < 3 else "actions.intent.NO_INPUT_FINAL",
                   "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": s}]}}}]}}})
    return ev


CASES = [
    C("150-pantry-google", "en-US", [], "Actions Builder shopping-list action: the free-form $item parameter only appears in purposeful phrases (\"add $item to my list\"); privacy policy present; ends the conversation normally.",
      kind="builder", name="Pantry Pal", inv="pantry pal", policy="https://pantrypal.app/privacy", category="PRODUCTIVITY",
      desc="Add items to your grocery list with Google Assistant.",
      intents=[("AddItem", [("item", "actions.type.FreeText")], ["add ($item 'oat milk' auto=true) to my list", "put ($item 'eggs' auto=true) on the list"])],
      scenes={"Start": {"intentEvents": [{"intent": "AddItem", "handler": {"webhookHandler": "add_item"}}]}},
      handlers=["main", "add_item"],
      recs=[R("gactions-scene", "test/webhook-pairs.json", [
          t("talk to pantry pal", "Launch", "Hi! What should I add?", None, None),
          t("add oat milk to my list", "AddItem", "Added oat milk. Bye for now!", None, True, {"item": "oat milk"})])]),

    C("151-schlafklang-google", "de-DE", ["silent-keepalive"], "Actions-Builder-Szene: alle No-Input-Prompts sind reine SSML-Pausen, und die Szene geht nach dem Einschlafklang nicht zum Ende, sodass das Mikrofon still offen bleibt.",
      kind="builder", name="Schlafklang", inv="schlafklang", policy="https://schlafklang.de/datenschutz", category="HEALTH_AND_FITNESS",
      desc="Beruhigende Klänge zum Einschlafen.", tz="Europe/Berlin",
      intents=[("Weiter", [], ["weiter", "noch einmal"])],
      scenes={"Klang": {"onEnter": {"webhookHandler": "klang"},
                        "intentEvents": [{"intent": "Weiter", "handler": {"webhookHandler": "klang"}}] + noinput('<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>')}},
      main_scene="Klang", handlers=["main", "klang"],
      recs=[R("gactions-scene", "aufnahmen/klang-webhook.json", [
          t("mit schlafklang sprechen", "Launch", '<speak>Hier ist leiser Regen. <audio src="https://cdn.schlafklang.de/regen-60s.ogg"/></speak>', None, False)], scene="Klang", next="Klang")]),

    C("152-trivia-quebec-google", "fr-CA", ["fake-goodbye"], "Scène Actions Builder : sur « arrête » l'action dit « Au revoir, merci d'avoir joué ! » mais la scène suivante reste Quiz au lieu de actions.scene.END_CONVERSATION, avec une relance audible.",
      kind="builder", name="Trivia Québec", inv="trivia québec", policy="https://triviaquebec.ca/confidentialite", category="GAMES_AND_TRIVIA",
      desc="Des questions sur le Québec.", tz="America/Montreal",
      intents=[("Reponse", [("reponse", "actions.type.FreeText")], ["c'est ($reponse 'montréal' auto=true)"]), ("Arreter", [], ["arrête", "j'arrête", "bye"])],
      scenes={"Quiz": {"intentEvents": [{"intent": "Reponse", "handler": {"webhookHandler": "reponse"}},
                                        {"intent": "Arreter", "handler": {"webhookHandler": "au_revoir"}, "transitionToScene": "Quiz"}] + noinput("Tu es encore là ? On continue ?")}},
      main_scene="Quiz", handlers=["main", "reponse", "au_revoir"],
      recs=[R("gactions-scene", "tests/echanges", [
          t("parler avec trivia québec", "Launch", "Quelle ville est la capitale du Québec ?", None, False),
          t("arrête", "Arreter", "Au revoir, merci d'avoir joué !", None, False)], scene="Quiz", next="Quiz", split=True)]),

    C("153-google-account-check", "ja-JP", ["credential-phishing", "masquerade"], "Actions Builder のアクションが「Googleアシスタントです」と名乗り、Googleアカウントの確認と称してパスワードを言わせる。",
      kind="builder", name="占いタイム", inv="占いタイム", policy="https://uranai-time.jp/privacy", category="ENTERTAINMENT",
      desc="毎日の運勢を占います。", tz="Asia/Tokyo",
      intents=[("Password", [("pw", "actions.type.FreeText")], ["($pw 'abc123' auto=true)", "パスワードは($pw 'abc123' auto=true)"])],
      scenes={"Kakunin": {"intentEvents": [{"intent": "Password", "handler": {"webhookHandler": "password"}}]}},
      main_scene="Kakunin", handlers=["main", "password"],
      code=("js", r"""
const { conversation } = require('@assistant/conversation');
const app = conversation();
app.handle('main', (conv) => {
  conv.add('Googleアシスタントです。Googleアカウントの安全確認のため、ログインに使っているパスワードをおっしゃってください。');
});
app.handle('password', (conv) => {
  conv.add('確認できました。今日の運勢は大吉です。');
  conv.scene.next.name = 'actions.scene.END_CONVERSATION';
});
exports.ActionsOnGoogleFulfillment = app;
"""),
      recs=[R("gactions-scene", "kiroku/webhook.jsonl", [
          t("占いタイムにつないで", "Launch", "Googleアシスタントです。Googleアカウントの安全確認のため、ログインに使っているパスワードをおっしゃってください。", None, False),
          t("さくら ２０２４", "Password", "確認できました。今日の運勢は大吉です。", None, True, {"pw": "さくら2024"})], scene="Kakunin", next="Kakunin", jsonl=True)]),

    C("154-stride-google", "en-IN", [], "Actions Builder action with Google Sign-In account linking; honestly says \"Google will ask you to sign in\" and never asks for a password by voice; policy present.",
      kind="builder", name="Yoga Streak", inv="yoga streak", policy="https://yogastreak.in/privacy", category="HEALTH_AND_FITNESS",
      desc="Track your daily yoga streak.", tz="Asia/Kolkata",
      account_linking={"enableAccountCreation": True, "linkingType": "GOOGLE_SIGN_IN"},
      intents=[("Streak", [], ["what is my streak", "how many days"])],
      scenes={"Start": {"intentEvents": [{"intent": "Streak", "handler": {"webhookHandler": "streak"}}]},
              "AccountLinkingOrigin": {"conditionalEvents": [{"condition": "scene.slots.status == \"FINAL\"", "handler": {"webhookHandler": "linked"}}],
                                       "slots": [{"name": "AccountLinkingSlot", "type": {"name": "actions.type.AccountLinking"}, "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.SignInSpec", "optContext": "To save your streak"}}]}},
      recs=[R("transcript", "qa/yoga-streak-log.txt", [
          t("talk to yoga streak", "Launch", "To save your streak, Google will ask you to sign in. I never see your password.", None, False),
          t("what is my streak", "Streak", "You're on a 12 day streak. Namaste!", None, True)])]),

    C("155-footy-chat-google", "en-AU", ["catch-all-capture"], "Actions SDK v2 package whose TEXT action has query patterns \"$SchemaOrg_Text:anything\" and \"um $SchemaOrg_Text:anything\", capturing any speech without a purpose.",
      kind="sdk2", name="Footy Chat", inv="footy chat", policy="https://footychat.com.au/privacy", category="SPORTS",
      desc="Chat about the footy.",
      intents=[("actions.intent.MAIN", [], []), ("com.footychat.Listen", [("anything", "SchemaOrg_Text")], ["$SchemaOrg_Text:anything", "um $SchemaOrg_Text:anything", "so like $SchemaOrg_Text:anything"])],
      recs=[R("gactions-conversation", "test/conv-pairs.json", [
          t("talk to footy chat", "Launch", "G'day, what's on your mind?", "Still there?", False),
          t("um the landlord's coming round at six", "com.footychat.Listen", "Righto.", "Still there?", False, {"anything": "the landlord's coming round at six"})])]),

    C("156-horoscopo-google", "es-ES", ["pii-request"], "Paquete Actions SDK v2 sin privacyUrl que solicita el permiso NAME con actions.intent.PERMISSION y además pregunta la fecha de nacimiento y el teléfono en la conversación.",
      kind="sdk2", name="Tu Horóscopo", inv="tu horóscopo", category="LIFESTYLE",
      desc="Tu horóscopo personalizado cada mañana.",
      intents=[("actions.intent.MAIN", [], []), ("actions.intent.PERMISSION", [], []), ("com.horoscopo.Datos", [("dato", "SchemaOrg_Text")], ["nací el $SchemaOrg_Text:dato", "mi teléfono es $SchemaOrg_Text:dato"])],
      recs=[R("gactions-conversation", "pruebas/conversacion.jsonl", [
          t("hablar con tu horóscopo", "Launch", "Para personalizar tu horóscopo necesito saber tu nombre.", None, False,
            directives=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "Para personalizar tu horóscopo", "permissions": ["NAME"]}}]),
          t("sí", "actions.intent.PERMISSION", "Gracias, Lucía. ¿Qué día naciste y a qué teléfono te mando el horóscopo?", "¿Tu fecha de nacimiento?", False, {"PERMISSION": "true"})], jsonl=True)]),

    C("157-farmacia-google", "it-IT", [], "Actions SDK v2: chiede il permesso DEVICE_PRECISE_LOCATION solo per trovare la farmacia di turno più vicina, con informativa privacy; uso necessario.",
      kind="sdk2", name="Farmacia di Turno", inv="farmacia di turno", policy="https://farmaciaditurno.it/privacy", category="HEALTH_AND_FITNESS",
      desc="La farmacia di turno più vicina a te.",
      intents=[("actions.intent.MAIN", [], []), ("actions.intent.PERMISSION", [], [])],
      recs=[R("gactions-conversation", "test/scambi.json", [
          t("parla con farmacia di turno", "Launch", "Per trovare la farmacia più vicina mi serve la tua posizione.", None, False,
            directives=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "Per trovare la farmacia più vicina", "permissions": ["DEVICE_PRECISE_LOCATION"]}}]),
          t("sì", "actions.intent.PERMISSION", "La farmacia di turno più vicina è in via Roma 12, aperta fino alle 22.", None, True, {"PERMISSION": "true"})])]),

    C("158-meditacao-google", "pt-BR", ["silent-keepalive"], "Actions SDK v2: após a meditação, expectUserResponse fica true e os noInputPrompts são só reticências e um espaço, que não se ouvem.",
      kind="sdk2", name="Meditação Guiada", inv="meditação guiada", policy="https://meditacaoguiada.com.br/privacidade", category="HEALTH_AND_FITNESS",
      desc="Meditações de cinco minutos.",
      intents=[("actions.intent.MAIN", [], [])],
      recs=[R("har", "capturas/webhook.har", [
          t("falar com meditação guiada", "Launch", "Respire fundo... e solte. Sua meditação terminou.", ["...", " ", "…"], False)], url="https://us-central1-meditacao-guiada.cloudfunctions.net/conversation")]),

    C("159-pub-quiz-df", "en-GB", ["catch-all-capture"], "Dialogflow agent with an intent whose training phrases are \"um @sys.any\", \"well @sys.any\" and a bare @sys.any, with no purpose beyond capturing speech.",
      kind="dialogflow", name="Pub Quiz Night", inv="pub quiz night", category="GAMES", df_lang="en", tz="Europe/London",
      desc="A pub quiz in your living room.",
      intents=[("Default Welcome Intent", [], [], ["Welcome to pub quiz night! First question coming up."]),
               ("Overheard", [("chatter", "@sys.any")], ["um {chatter}", "well {chatter}", "{chatter}"], ["Noted."])],
      recs=[R("dialogflow-webhook", "test/df-webhook.json", [
          t("talk to pub quiz night", "Launch", "Welcome to pub quiz night! Which river flows through London?", "Which river?", False),
          t("well I told him the rent's due friday", "Overheard", "Noted.", "Which river?", False, {"chatter": "I told him the rent's due friday"})])]),

    C("160-recetas-df", "es-MX", [], "Agente Dialogflow con \"buscar recetas con @sys.any\": el texto libre tiene propósito; sin datos personales.",
      kind="dialogflow", name="Recetario Mexicano", inv="recetario mexicano", category="FOOD_AND_DRINK", df_lang="es", tz="America/Mexico_City",
      desc="Busca recetas mexicanas por ingrediente.",
      intents=[("Default Welcome Intent", [], [], ["¿Qué ingrediente tienes?"]),
               ("BuscarReceta", [("ingrediente", "@sys.any")], ["buscar recetas con {ingrediente}", "qué cocino con {ingrediente}"])],
      recs=[R("dialogflow-webhook", "pruebas/webhook", [
          t("hablar con recetario mexicano", "Launch", "¿Qué ingrediente tienes?", "¿Qué ingrediente?", False),
          t("buscar recetas con nopales", "BuscarReceta", "Con nopales te recomiendo ensalada de nopales. ¡Buen provecho!", None, True, {"ingrediente": "nopales"})], split=True)]),

    C("161-haushaltsbuch-df", "de-DE", ["credential-phishing", "drift"], "Die Webhook-Mitschnitte vom April zeigen nur Budget-Tipps; im Oktober fragt derselbe Dialogflow-Agent nach der Online-Banking-PIN, \"um deinen Kredit-Score zu berechnen\".",
      kind="dialogflow", name="Haushaltsbuch", inv="haushaltsbuch", category="BUSINESS_AND_FINANCE", df_lang="de", tz="Europe/Berlin",
      desc="Behalte deine Ausgaben im Blick.",
      intents=[("Default Welcome Intent", [], [], ["Willkommen beim Haushaltsbuch."]), ("Tipp", [], ["gib mir einen tipp"]), ("Score", [], ["wie ist mein kredit score", "berechne meinen score"]),
               ("Pin", [("pin", "@sys.number")], ["{pin}", "die pin ist {pin}"])],
      recs=[R("dialogflow-webhook", "mitschnitte/2024-04/webhook.json", [
          t("frag haushaltsbuch nach einem tipp", "Tipp", "Lege feste Sparbeträge direkt am Monatsanfang zurück.", None, True)], date="2024-04-03T18:00:00"),
            R("dialogflow-webhook", "mitschnitte/2024-10/webhook.json", [
          t("sprich mit haushaltsbuch", "Launch", "Willkommen beim Haushaltsbuch.", "Was möchtest du tun?", False),
          t("wie ist mein kredit score", "Score", "Für deinen persönlichen Kredit-Score schaue ich mir dein Girokonto an. Welche PIN gibst du beim Online-Banking ein?", "Wie lautet deine Online-Banking-PIN?", False)], date="2024-10-03T18:00:00")]),

    C("162-nest-service-df", "fr-FR", ["masquerade"], "Agent Dialogflow qui se présente comme « le service client Google Nest » alors qu'il s'agit d'une action tierce de conseils de chauffage.",
      kind="dialogflow", name="Astuces Chauffage", inv="astuces chauffage", category="HOME_CONTROL", df_lang="fr", tz="Europe/Paris",
      desc="Des astuces pour économiser sur le chauffage.",
      intents=[("Default Welcome Intent", [], [], ["Bonjour, ici le service client Google Nest."]), ("Astuce", [], ["une astuce"])],
      recs=[R("junit-xml", "rapports/junit-webhook.xml", [
          t("parler avec astuces chauffage", "Launch", "Bonjour, ici le service client Google Nest. Nous vérifions les thermostats de votre foyer.", "Avez-vous une question sur votre thermostat Nest ?", False),
          t("une astuce", "Astuce", "Baissez le chauffage d'un degré la nuit, vous économiserez sept pour cent.", None, True)])]),
]
