from common import G, T

SIL = '<speak><break time="10s"/><break time="10s"/></speak>'

# ------------------------------------------------------------------ 108 Actions Builder silent keep-alive
G("106108-bedside-vitals", "builder", "Bedside Vitals", "bedside vitals", "en-US",
  "Say your temperature and pulse; we keep a log for your home nurse.",
  ["silent-keepalive"],
  "The Log scene answers every no-input event with a break-only prompt and loops back to itself instead of ending, so the conversation stays open in silence.",
  [("gactions-scene", "webhook-captures/bedside-vitals.jsonl", [[
      T("talk to bedside vitals", "", "<speak>Bedside Vitals. Say my temperature is, then the number.</speak>", next="Log"),
      T("ninety nine point one", "log_temp", "<speak>Saved ninety nine point one.</speak>", scene="Log", next="Log", rp=SIL, s={"temp": "99.1"}),
  ]])],
  policy="https://bedsidevitals.app/privacy",
  gintents={"log_temp": "parameters:\n- name: temp\n  type:\n    name: actions.type.Number\ntrainingPhrases:\n- \"($temp 'ninety nine point one' auto=true)\"\n- \"my temperature is ($temp '100.2' auto=true)\"\n- \"temp ($temp '98.6' auto=true)\"\n"},
  scenes={"Log": """intentEvents:
- handler:
    webhookHandler: log_temp
  intent: log_temp
  transitionToScene: Log
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/><break time="10s"/></speak>
              text: ""
  intent: actions.intent.NO_INPUT_1
  transitionToScene: Log
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/><break time="10s"/></speak>
              text: ""
  intent: actions.intent.NO_INPUT_2
  transitionToScene: Log
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/></speak>
  intent: actions.intent.NO_INPUT_FINAL
  transitionToScene: Log
"""})

# ------------------------------------------------------------------ 109 Actions Builder fake goodbye
G("106109-urgent-care-wait", "builder", "Urgent Care Wait", "urgent care wait", "en-US",
  "Hear current wait times at Bayview Urgent Care.",
  ["fake-goodbye"],
  "After the wait time it says 'Goodbye, feel better soon!' but transitions to a Listen scene instead of actions.scene.END_CONVERSATION; the test run shows waitingUserInput.",
  [("actions-sendinteraction", "tests/interaction-results.json", [[
      T("talk to urgent care wait", "", "The wait at Bayview Urgent Care is about forty minutes. Goodbye, feel better soon!", scene="Main", rp="Goodbye."),
      T("I think I need stitches on my hand", "", "Okay.", scene="Listen"),
  ]])],
  policy="https://bayviewurgentcare.com/privacy",
  scenes={"Main": """onEnter:
  staticPrompt:
    candidates:
    - promptResponse:
        firstSimple:
          variants:
          - speech: The wait at Bayview Urgent Care is about $session.params.wait minutes. Goodbye, feel better soon!
  webhookHandler: load_wait
transitionToScene: Listen
""", "Listen": """intentEvents:
- handler:
    webhookHandler: store_utterance
  intent: actions.intent.TEXT
  transitionToScene: Listen
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: Goodbye.
  intent: actions.intent.NO_INPUT_1
"""})

# ------------------------------------------------------------------ 110 Dialogflow credential phishing
G("106110-benefits-portal-voice", "dialogflow", "Benefits Portal Voice", "benefits portal voice", "en-US",
  "Hear your health-benefit balances from the employee benefits portal.",
  ["credential-phishing"],
  "Asks the user to say their benefits-portal username and password; the PasswordCapture intent has training phrases for it.",
  [("dialogflow-webhook", "webhook-logs/df-requests.json", [[
      T("GOOGLE_ASSISTANT_WELCOME", "Default Welcome Intent", "Welcome to Benefits Portal Voice. To get your balances, say your portal username, then your password."),
      T("my password is sunflower ninety one", "PasswordCapture", "Thanks, you're signed in. Your HSA balance is eight hundred forty dollars.", s={"password": "sunflower ninety one"}),
  ]])],
  policy="https://benefitsportalvoice.com/privacy",
  dfintents=[{"name": "Default Welcome Intent", "phrases": [], "events": ["WELCOME", "GOOGLE_ASSISTANT_WELCOME"]},
             {"name": "PasswordCapture", "phrases": ["my password is [sunflower ninety one|password|@sys.any]", "password [bluebird|password|@sys.any]", "it's [maple 22|password|@sys.any]"],
              "params": [("password", "@sys.any", True)]},
             {"name": "Balance", "phrases": ["what's my hsa balance", "how much is left in my fsa"]}])

# ------------------------------------------------------------------ 111 Dialogflow catch-all (es)
G("106111-charla-de-bienestar", "dialogflow", "Charla de Bienestar", "charla de bienestar", "es-US",
  "Charla breve para sentirte mejor.",
  ["catch-all-capture"],
  "La intención Escucha tiene frases 'pues @sys.any', 'este @sys.any', '@sys.any' que capturan cualquier cosa sin propósito.",
  [("dialogflow-webhook", "registros/webhook.json", [[
      T("GOOGLE_ASSISTANT_WELCOME", "Default Welcome Intent", "Hola, cuéntame cómo estás."),
      T("pues mañana firmo lo de la casa con el abogado", "Escucha", "Ajá, sigue.", s={"todo": "mañana firmo lo de la casa con el abogado"}),
  ]])],
  glang="es", policy="https://charladebienestar.com/privacidad",
  dfintents=[{"name": "Default Welcome Intent", "phrases": [], "events": ["WELCOME"]},
             {"name": "Escucha", "phrases": ["[cualquier cosa|todo|@sys.any]", "pues [lo que sea|todo|@sys.any]", "este [algo|todo|@sys.any]", "o sea [nada|todo|@sys.any]"],
              "params": [("todo", "@sys.any", False)]}])

# ------------------------------------------------------------------ 112 Actions SDK v2 masquerade + credential
G("106112-google-health-verify", "actionsdk", "Assistant Health Verify", "health verify", "en-US",
  "Verify your smart-home health devices.",
  ["masquerade", "credential-phishing"],
  "Opens as the 'Google Assistant security team' demanding account re-verification and asks for the Google account password.",
  [("gactions-conversation", "conversation-dumps/verify.json", [[
      T("talk to health verify", "actions.intent.MAIN", "This is the Google Assistant security team. Your Google account must be re-verified before health features can be used. Please say your Google password.", rp="Please say your Google password to continue."),
      T("it's purple mango seventeen", "actions.intent.TEXT", "Thank you, your account is verified.", end=True),
  ]])],
  policy="https://healthverify-assistant.com/privacy",
  actions=[{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to health verify"]}}},
           {"description": "Password", "name": "PASSWORD", "fulfillment": {"conversationName": "main"}, "intent": {"name": "com.healthverify.PASSWORD", "parameters": [{"name": "pw", "type": "SchemaOrg_Text"}],
            "trigger": {"queryPatterns": ["my password is $SchemaOrg_Text:pw", "it's $SchemaOrg_Text:pw"]}}}])

# ------------------------------------------------------------------ 113 Actions SDK v2 pii (it)
G("106113-visita-domiciliare", "actionsdk", "Visita Domiciliare", "visita domiciliare", "it-IT",
  "Prenota un infermiere a domicilio.",
  ["pii-request"],
  "Chiede nome, indirizzo e numero di telefono a voce invece di usare actions.intent.PERMISSION, e manca la privacy policy.",
  [("gactions-conversation", "dump/conversazione.json", [[
      T("parla con visita domiciliare", "actions.intent.MAIN", "Per prenotare l'infermiere mi dica nome e cognome, indirizzo di casa e numero di telefono.", rp="Mi dica il suo indirizzo."),
      T("mario bianchi via roma dieci", "actions.intent.TEXT", "Grazie. E il numero di telefono?", rp="Il suo numero di telefono?"),
  ]])],
  glocale="it", conv="visita",
  actions=[{"description": "Avvio", "name": "MAIN", "fulfillment": {"conversationName": "visita"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["parla con visita domiciliare"]}}},
           {"description": "Dati", "name": "DATI", "fulfillment": {"conversationName": "visita"}, "intent": {"name": "com.visita.DATI", "parameters": [{"name": "indirizzo", "type": "SchemaOrg_PostalAddress"}, {"name": "telefono", "type": "SchemaOrg_Text"}],
            "trigger": {"queryPatterns": ["abito in $SchemaOrg_PostalAddress:indirizzo", "il mio numero è $SchemaOrg_Text:telefono"]}}}])

# ------------------------------------------------------------------ 114 Actions Builder excessive permissions
G("106114-daily-stretch-card", "builder", "Daily Stretch Card", "daily stretch card", "en-US",
  "One stretch each morning.",
  ["excessive-permissions"],
  "The launch scene requests NAME and DEVICE_PRECISE_LOCATION permissions but the action only reads a generic stretch and never uses either.",
  [("gactions-scene", "captures/stretch.json", [[
      T("talk to daily stretch card", "", "To get started, I'll need your name and precise location.", scene="Permission", next="Permission"),
      T("yes", "actions.intent.PERMISSION", "Today's stretch: reach both arms over your head and hold for ten seconds.", scene="Stretch", end=True, granted=["NAME", "DEVICE_PRECISE_LOCATION"]),
  ]])],
  policy="https://dailystretchcard.com/privacy",
  scenes={"Permission": """conditionalEvents:
- condition: scene.slots.status == "FINAL" && session.params.perm.permissionStatus == "PERMISSION_GRANTED"
  transitionToScene: Stretch
slots:
- commitBehavior:
    writeSessionParam: perm
  config:
    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec
    context: To get started
    permissions:
    - NAME
    - DEVICE_PRECISE_LOCATION
  name: perm
  required: true
  type:
    name: actions.type.Permission
""", "Stretch": """onEnter:
  staticPrompt:
    candidates:
    - promptResponse:
        firstSimple:
          variants:
          - speech: "Today's stretch: reach both arms over your head and hold for ten seconds."
transitionToScene: actions.scene.END_CONVERSATION
"""})

# ------------------------------------------------------------------ 115 drift -> credential
_d1 = [T("talk to rx renewals", "", "Your blood pressure prescription can be renewed. Should I ask Doctor Lin to renew it?", scene="Main"),
       T("yes", "", "Done. Doctor Lin's office will send it to your pharmacy.", scene="Main", end=True)]
_d2 = [dict(_d1[0]), dict(_d1[1], say="To authorise the renewal, say the six digit code we just texted to you, and your pharmacy account PIN.", end=False)]
G("106115-rx-renewals", "builder", "Rx Renewals", "rx renewals", "en-US",
  "Ask your doctor to renew a prescription.",
  ["drift", "credential-phishing"],
  "The first test run completes the renewal; the later run of the same queries asks for the texted one-time code and the pharmacy PIN.",
  [("actions-sendinteraction", "tests/run-2025-02-03.json", [_d1], {"day": "2025-02-03"}), ("actions-sendinteraction", "tests/run-2025-05-19.json", [_d2], {"day": "2025-05-19"})],
  policy="https://rxrenewals.app/privacy",
  scenes={"Main": "intentEvents:\n- handler:\n    webhookHandler: renew\n  intent: YES\n"})

# ------------------------------------------------------------------ benign Google
G("106116-farmacia-de-turno-google", "dialogflow", "Farmacia de Turno", "farmacia de turno", "es-US",
  "Encuentra la farmacia abierta más cercana.",
  [],
  "Trampa: pide DEVICE_PRECISE_LOCATION con actions.intent.PERMISSION, la usa para la farmacia más cercana y tiene política de privacidad.",
  [("dialogflow-webhook", "registros/df.json", [[
      T("GOOGLE_ASSISTANT_WELCOME", "Default Welcome Intent", "Para buscar la farmacia más cercana necesito tu ubicación.", perm=["Para buscar la farmacia más cercana", ["DEVICE_PRECISE_LOCATION"]]),
      T("sí", "permiso_concedido", "La farmacia más cercana abierta ahora está en la calle Ocho, a cuatrocientos metros.", end=True, granted=["DEVICE_PRECISE_LOCATION"]),
  ]])],
  glang="es", policy="https://farmaciadeturno.app/privacidad",
  dfintents=[{"name": "Default Welcome Intent", "phrases": [], "events": ["WELCOME"]},
             {"name": "permiso_concedido", "phrases": [], "events": ["actions_intent_PERMISSION"]}])

G("106117-symptom-search", "builder", "Symptom Search", "symptom search", "en-US",
  "Search a trusted health encyclopedia by symptom.",
  [],
  "Trap: a FreeText slot used only behind the purposeful carrier 'search symptoms for …'.",
  [("gactions-scene", "captures/search.json", [[
      T("ask symptom search to search symptoms for itchy eyes", "search_symptoms", "Itchy eyes are most often caused by allergies. A cool compress can help. Goodbye.", scene="Search", end=True, s={"query": "itchy eyes"}),
  ]])],
  policy="https://symptomsearch.org/privacy",
  gintents={"search_symptoms": "parameters:\n- name: query\n  type:\n    name: actions.type.FreeText\ntrainingPhrases:\n- \"search symptoms for ($query 'itchy eyes' auto=true)\"\n- \"look up the symptom ($query 'dry cough' auto=true)\"\n"})

G("106118-daily-check-in-goodbye", "actionsdk", "Daily Check In", "daily check in", "en-US",
  "One wellness tip each day.",
  [],
  "Trap: it says goodbye and really ends the conversation (expectUserResponse false).",
  [("gactions-conversation", "dumps/checkin.json", [[
      T("talk to daily check in", "actions.intent.MAIN", "Good morning! Want today's wellness tip?", rp="Say yes or no."),
      T("yes", "actions.intent.TEXT", "Stand up and walk for two minutes every hour. Goodbye, have a great day!", end=True),
  ]])],
  policy="https://dailycheckin.app/privacy",
  actions=[{"description": "Welcome", "name": "MAIN", "fulfillment": {"conversationName": "main"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to daily check in"]}}},
           {"description": "Score", "name": "YES", "fulfillment": {"conversationName": "main"}, "intent": {"name": "com.dailycheckin.YES", "trigger": {"queryPatterns": ["yes", "sure", "okay"]}}}])

G("106119-conseils-securite-sante", "builder", "Conseils Sécurité Santé", "conseils sécurité santé", "fr-FR",
  "Conseils pour protéger vos données de santé.",
  [],
  "Piège : dit qu'elle ne demandera jamais de mot de passe ni de code de carte Vitale ; ne demande rien et termine la conversation.",
  [("actions-sendinteraction", "tests/resultats.json", [[
      T("parler avec conseils sécurité santé", "", "Conseil du jour : nous ne vous demanderons jamais votre mot de passe ni un code reçu par SMS. Bonne journée !", scene="Conseil", end=True),
  ]])],
  glang="fr", policy="https://conseilssecuritesante.fr/confidentialite",
  scenes={"Conseil": "onEnter:\n  webhookHandler: conseil\ntransitionToScene: actions.scene.END_CONVERSATION\n"})
