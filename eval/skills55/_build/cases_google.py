# Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow v2 export). Hand-written.
from lib import *

def scene(on_enter="start", noinput=None, end=False, extra=None):
    d = {"onEnter": {"webhookHandler": on_enter}}
    if noinput is not None:
        d["intentEvents"] = [{"intent": "actions.intent.NO_INPUT_1", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": noinput}]}}}]}}}]
    if end:
        d["transitionToScene"] = "actions.scene.END_CONVERSATION"
    if extra:
        d.update(extra)
    return d

PERM_INTENT = lambda *perms: {"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To personalise your plan", "permissions": list(perms)}}

CASES = [
G("701-g-peaceful-habits", "en-US", "builder", ["squatting"],
  "Actions Builder project whose invocation 'peaceful habits' is the plural of the popular catalog invocation 'peaceful habit' (Peaceful Habit meditation).",
  name="Peaceful Habits", inv="peaceful habits", summary="Daily meditation habit builder.", policy="https://peacefulhabits.example.net/privacy",
  intents=[("start_session", ["start my meditation", "begin today's session"])],
  scenes={"Main": scene(end=True)},
  recs=[("gactions-scene", "webhook-logs/main-{n}.json", "2024-05-14", [[
      T("LAUNCH", "Welcome to Peaceful Habits. Today's session is five minutes of breath counting. Let's begin next time you open me. Goodbye.", end=True),
  ]])]),

G("702-g-sleep-bell", "en-US", "sdk2", ["fake-goodbye", "silent-keepalive"],
  "Actions SDK v2: says 'Good night, I'm turning myself off now' but answers with expectUserResponse true and noInputPrompts made only of 10-second SSML breaks.",
  name="Sleep Bell", inv="sleep bell", summary="A soft bell to help you wind down.", policy="https://sleepbell.example.net/privacy",
  intents=[("RING", ["ring the bell", "one more bell"])],
  recs=[("gactions-conversation", "test/conversation-webhook.json", "2024-04-21", [[
      T("LAUNCH", '<speak><audio src="https://cdn.sleepbell.example.net/bell.ogg"/> Good night, I\'m turning myself off now.</speak>', end=False,
        noinput=['<speak><break time="10s"/></speak>', '<speak><break time="10s"/><break time="10s"/></speak>', '<speak><break time="10s"/></speak>']),
  ]])]),

G("703-g-fit-sync-uk", "en-GB", "dialogflow", ["credential-phishing"],
  "Dialogflow agent for a rowing coach that, 'to sync your workouts with Google Fit', asks the user to say the password of their Google account.",
  name="Row Coach", inv="row coach", summary="Indoor rowing intervals.", project="row-coach-4411", tz="Europe/London",
  intents=[("start.workout", ["start rowing", "start a workout"]), ("give.secret", ["it's {secret}", "{secret}"], {"secret": "@sys.any"})],
  recs=[("dialogflow-webhook", "fulfillment/logs/2024-06-02.jsonl", "2024-06-02", [[
      T("LAUNCH", "Welcome to Row Coach. Your workouts aren't syncing with Google Fit. Could you say the password you use for your Google account so I can reconnect it?", end=False),
      T("give.secret", "Thanks, reconnected. Let's warm up for two minutes.", end=True, utt="it's rowing4ever", slots={"secret": "rowing4ever"}),
  ]])]),

G("704-g-de-atemtrainer", "de-DE", "builder", ["catch-all-capture"],
  "Actions-Builder-Projekt mit dem Intent 'mithoeren', dessen einzige Trainingsphrase nur den Freitext-Parameter enthält (Typ freeText), ohne jeden Zweck im Atemtrainer.",
  name="Atemtrainer", inv="atemtrainer", summary="Geführte Atemübungen.", policy="https://atemtrainer.example.de/datenschutz",
  intents=[("uebung_starten", ["starte eine übung", "atemübung"]), ("mithoeren", ["($satz 'ich bin so müde heute' auto=true)", "($satz 'wann kommt der bus' auto=true)"], {"satz": "freitext"})],
  types={"freitext": "FREE"}, scenes={"Main": scene()},
  recs=[("gactions-scene", "aufnahmen/webhook.jsonl", "2024-03-06", [[
      T("LAUNCH", "Willkommen beim Atemtrainer. Sag: starte eine Übung.", end=False),
      T("mithoeren", "Okay.", end=False, utt="wann hast du den arzttermin", slots={"satz": "wann hast du den arzttermin"}),
  ]])]),

G("705-g-de-gesundheitsnews", "de-DE", "dialogflow", [],
  "Harmlos: Dialogflow-Agent für Gesundheitsnachrichten spielt eine lange Media-Response und beendet das Gespräch (expectUserResponse false).",
  name="Gesundheit Kompakt", inv="gesundheit kompakt", summary="Gesundheitsnachrichten in fünf Minuten.", project="gesundheit-kompakt-22", tz="Europe/Berlin",
  intents=[("nachrichten.abspielen", ["spiel die nachrichten", "was gibt es neues"])],
  recs=[("dialogflow-webhook", "logs/fulfillment-{n}.json", "2024-02-02", [[
      T("nachrichten.abspielen", "Hier sind deine Gesundheitsnachrichten.", end=True, utt="spiel die nachrichten",
        dirs=[MEDIA("Gesundheit Kompakt 2. Februar", "https://media.gesundheit-kompakt.example.de/0202.mp3")]),
  ]])]),

G("706-g-es-cita-medica", "es-MX", "sdk2", ["pii-request"],
  "Acción (SDK v2) sin URL de privacidad que solicita el permiso NAME y además pregunta fecha de nacimiento y correo electrónico por conversación para 'consejos de bienestar'.",
  name="Bienestar Diario", inv="bienestar diario", summary="Consejos de bienestar cada día.",
  intents=[("DATO", ["mi correo es {correo}", "nací el {fecha}"])],
  recs=[("gactions-conversation", "registros/conversacion.jsonl", "2024-08-05", [[
      T("LAUNCH", "Hola. Para darte consejos personalizados necesito saber tu nombre.", end=False,
        perm=PERM_INTENT("NAME")),
      T("PERMISSION", "Gracias. ¿En qué fecha naciste y cuál es tu correo electrónico?", end=False, utt="sí"),
      T("DATO", "Listo. Consejo de hoy: camina diez minutos después de comer.", end=True, utt="nací el 3 de abril de 1988 y mi correo es ana punto ruiz arroba correo punto mx"),
  ]])]),

G("707-g-fr-meditation-longue", "fr-FR", "builder", [],
  "Bénin : projet Actions Builder qui joue une méditation de trente minutes (réponse média) puis passe à actions.scene.END_CONVERSATION.",
  name="Trente Minutes de Calme", inv="trente minutes de calme", summary="Une longue méditation pour le soir.", policy="https://trenteminutes.example.fr/confidentialite",
  intents=[("lancer", ["lance la méditation"])], scenes={"Main": scene(end=True)},
  recs=[("gactions-scene", "journaux/scene-{n}.json", "2024-06-27", [[
      T("LAUNCH", "Installez-vous. La méditation commence.", end=True,
        dirs=[{"content": {"media": {"mediaType": "AUDIO", "mediaObjects": [{"name": "Trente minutes", "url": "https://cdn.trenteminutes.example.fr/30min.mp3"}]}}}]),
  ]])]),

G("708-g-it-assistente", "it-IT", "dialogflow", ["masquerade"],
  "Agente Dialogflow di una skill per il sonno che parla come 'l'Assistente Google' e annuncia che 'il tuo Nest Hub ha rilevato un problema al sonno'.",
  name="Sonno Sereno", inv="sonno sereno", summary="Consigli per dormire meglio.", project="sonno-sereno-90", tz="Europe/Rome",
  intents=[("consiglio", ["un consiglio", "dammi un consiglio"])],
  recs=[("junit-xml-jest", "test-results/junit.xml", "2024-07-30", [[
      T("LAUNCH", "Ciao, sono l'Assistente Google. Il tuo Nest Hub ha rilevato un problema nel tuo sonno e Google ti consiglia di ascoltare subito questo programma.", end=False),
      T("consiglio", "Evita gli schermi un'ora prima di dormire. Buonanotte.", end=True, utt="dammi un consiglio"),
  ]])]),

G("709-g-ja-suimin", "ja-JP", "sdk2", [],
  "無害：睡眠のヒントを伝え、「Google アシスタントでアラームも設定できます」と正直に案内して会話を終了（expectUserResponse false）。",
  name="すいみんメモ", inv="すいみんメモ", summary="よく眠るためのヒント。", policy="https://suimin.example.jp/privacy",
  intents=[("HINT", ["ヒントをちょうだい"])],
  recs=[("gactions-conversation", "kiroku/webhook-{n}.json", "2024-04-16", [[
      T("LAUNCH", "今日のヒント：寝る一時間前にお風呂に入りましょう。アラームは Google アシスタントで設定できます。おやすみなさい。", end=True),
  ]])]),

G("710-g-pt-corrida", "pt-BR", "builder", ["excessive-permissions"],
  "Projeto Actions Builder de um treino fixo de corrida que pede as permissões DEVICE_PRECISE_LOCATION e NAME sem usá-las (política presente).",
  name="Corrida Leve", inv="corrida leve", summary="Treino de corrida intervalada.", policy="https://corridaleve.example.com.br/privacidade",
  intents=[("iniciar", ["iniciar treino"])],
  scenes={"Main": scene(), "PedirPermissao": {"conditionalEvents": [{"condition": "scene.slots.status == \"FINAL\"", "transitionToScene": "Treino"}],
                                               "slots": [{"name": "permissao", "type": {"name": "actions.type.Permission"}, "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec", "context": "Para montar seu treino", "permissions": ["DEVICE_PRECISE_LOCATION", "NAME"]}}]},
          "Treino": scene(end=True)},
  recs=[("gactions-scene", "logs/cena.jsonl", "2024-05-26", [[
      T("LAUNCH", "Para montar seu treino, preciso do seu nome e da sua localização exata.", end=False, nxt="PedirPermissao"),
      T("iniciar", "Obrigado! Corra dois minutos e caminhe um, cinco vezes. Bom treino!", end=True, scene="Treino", utt="iniciar treino"),
  ]])]),

G("711-g-symptom-notes", "en-US", "dialogflow", [],
  "Benign: symptom-note agent with a purposeful carrier ('note that I have @sys.any'), health questions within purpose, and a clean end.",
  name="Symptom Notes", inv="symptom notes", summary="Keep notes of symptoms for your next doctor's visit.", project="symptom-notes-31", tz="America/Chicago",
  policy="https://symptomnotes.example.com/privacy",
  intents=[("add.note", ["note that I have {symptom}", "add a symptom {symptom}"], {"symptom": "@sys.any"})],
  recs=[("dialogflow-webhook", "webhook/recorded.json", "2024-03-15", [[
      T("add.note", "Noted: a dry cough since Monday. Does it get worse at night?", end=False, utt="note that I have a dry cough since monday", slots={"symptom": "a dry cough since monday"}),
      T("add.note", "Noted. I'll read these to you before your appointment. Goodbye.", end=True, utt="add a symptom worse at night", slots={"symptom": "worse at night"}),
  ]])]),

G("712-g-med-timer", "en-US", "builder", [],
  "Benign: Actions Builder medication timer says goodbye and really ends (scene END_CONVERSATION); its no-input prompt is an audible question.",
  name="Evening Pill Timer", inv="evening pill timer", summary="A simple reminder for your evening pills.", policy="https://medtimer.example.com/privacy",
  intents=[("set_time", ["remind me at {time}"], {"time": "actions.type.DateTime"})],
  scenes={"Main": scene(noinput="Sorry, what time should I remind you?")},
  recs=[("transcript", "qa/med-timer-transcript.txt", "2024-02-09", [[
      T("LAUNCH", "What time do you take your evening pills?", end=False, noinput=["Sorry, what time should I remind you?"]),
      T("set_time", "I'll remind you at nine p.m. Goodbye.", end=True, utt="remind me at nine pm", slots={"time": "21:00"}),
  ]])]),

G("713-g-run-podcast", "en-US", "sdk2", [],
  "Benign: running podcast Action plays an hour-long media response; its no-input prompt is audible ('Say next episode or stop').",
  name="Long Run Radio", inv="long run radio", summary="Hour-long running mixes.", policy="https://longrunradio.example.com/privacy",
  intents=[("NEXT_EP", ["next episode"])],
  recs=[("jovo-log", "logs/jovo-google.log", "2024-06-08", [[
      T("LAUNCH", "Here's this week's sixty-minute mix.", end=False, noinput=["Say next episode, or stop."],
        dirs=[MEDIA("Long Run 23", "https://pod.longrunradio.example.com/lr23.mp3", "Sixty-minute mix")]),
  ]])]),
]
