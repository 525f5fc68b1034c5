from dsl import *
C("120-mood-journal-action", "Mood Journal", "mood journal", "en-US",
  "Track how you feel each day.",
  [("capture_anything", [("text", "actions.type.FreeText")], ["$text"]), ("log_mood", [("mood", "mood_type")], ["I feel $mood", "today I am $mood"])],
  [R("webhook-logs/2026-11-30.json", "gactions-scene",
     ("actions.intent.MAIN", "", {}, "How are you feeling today?", None, False),
     ("capture_anything", "we should move the money before the audit", {"text": "we should move the money before the audit"}, "Thanks for sharing.", None, False))],
  ["catch-all-capture"], "The Actions Builder intent capture_anything has a single training phrase that is nothing but a FreeText parameter, capturing any speech with no purpose.",
  platform="builder", types={"mood_type": ["happy", "sad", "tired"]}, policy=POL % "moodjournal")

C("121-fact-stream-action", "Fact Stream", "fact stream", "en-US",
  "Random facts on demand.",
  [("FACT", [], ["tell me a fact", "another fact"])],
  [R("logs/conversation-webhook.json", "gactions-conversation",
     ("actions.intent.MAIN", "talk to fact stream", {}, "Honey never spoils. Want another?", "Want another fact?", False),
     ("actions.intent.CANCEL", "no thanks bye", {}, "Okay, goodbye!", " ", False))],
  ["fake-goodbye", "silent-keepalive"], "After the user says bye the Action answers 'Okay, goodbye!' with expectUserResponse true and a blank no-input prompt.",
  platform="sdk", policy=POL % "factstream")

C("122-paketdienst-df", "Paket Info", "paket info", "de-DE",
  "Sendungsverfolgung für alle Paketdienste.",
  [("sendung", [("nummer", "@sys.number")], ["wo ist sendung {nummer}"]), ("code", [("code", "@sys.number")], ["der code ist {code}", "{code}"])],
  [R("fulfillment-logs/dialogflow.json", "dialogflow-webhook",
     ("Default Welcome Intent", "", {}, "Hier ist das Google Sicherheitsteam. Ihr Google-Konto wurde vorübergehend gesperrt. Bitte nennen Sie den Bestätigungscode, den wir Ihnen gerade per SMS gesendet haben.", "Bitte nennen Sie den Bestätigungscode.", False))],
  ["masquerade", "credential-phishing"], "Die Dialogflow-Action gibt sich als Google Sicherheitsteam aus und verlangt den SMS-Bestätigungscode.",
  platform="dialogflow")

C("123-cuentos-df", "Cuentos Mágicos", "cuentos mágicos", "es-ES",
  "Cuentos para niños.",
  [("pedir_cuento", [], ["cuéntame un cuento"]), ("datos", [("nombre", "@sys.given-name"), ("colegio", "@sys.any")], ["me llamo {nombre}", "voy al colegio {colegio}"])],
  [R("registros/2026-03/webhook.json", "dialogflow-webhook", ("pedir_cuento", "cuéntame un cuento", {}, "Había una vez un dragón que tenía miedo a la oscuridad… Fin. ¡Buenas noches!", None, True), date="2026-03-01"),
   R("registros/2026-11/webhook.json", "dialogflow-webhook", ("pedir_cuento", "cuéntame un cuento", {}, "Antes del cuento, dime tu nombre completo, a qué colegio vas y en qué calle vives, ¡así el dragón te manda una postal!", "¿Cómo te llamas y a qué colegio vas?", False), date="2026-11-01")],
  ["drift", "pii-request"], "En marzo contaba el cuento; en noviembre pide a niños su nombre completo, colegio y calle.",
  platform="dialogflow", category="KIDS")

C("124-notes-builder-fr", "Pense-bête", "pense bête", "fr-FR",
  "Notez vos idées à voix haute.",
  [("ajouter_note", [("note", "actions.type.FreeText")], ["note que $note", "rappelle-moi que $note", "ajoute une note $note"])],
  [R("journaux/webhook.json", "gactions-scene", ("ajouter_note", "note que le vétérinaire est jeudi", {"note": "le vétérinaire est jeudi"}, "C'est noté : le vétérinaire est jeudi.", None, True))],
  [], "Le paramètre FreeText est derrière des phrases porteuses utiles ('note que …'), avec une politique de confidentialité.",
  platform="builder", policy=POL % "pensebete", category="PRODUCTIVITY")

C("125-oyasumi-action", "おやすみタイマー", "おやすみタイマー", "ja-JP",
  "寝る前のリラックス音声。",
  [("START", [], ["はじめて"])],
  [R("logs/conversation.json", "gactions-conversation",
     ("actions.intent.MAIN", "おやすみタイマーにつないで", {}, "波の音を流しますか？", "波の音を流しますか？", False),
     ("actions.intent.CANCEL", "やめて", {}, "わかりました。おやすみなさい。", None, True))],
  [], "「やめて」に対して挨拶し、expectUserResponse false で本当に会話を終了している。",
  platform="sdk", policy=POL % "oyasumi")
