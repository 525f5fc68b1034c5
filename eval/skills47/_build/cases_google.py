# Google Assistant projects (Actions Builder, Actions SDK v2, Dialogflow export), written by hand.
from render import C, R
from common import *

CASES = [
C(id="700-g-en-med-log", platform="builder", locale="en-US", inv="med log", name="Med Log",
  desc="Log each dose by voice and share the log with your care team. Privacy policy linked.", policy=pol("medlog.example.com"),
  intents=[("LogDose", {"med": "Medicine"}, ["i took my {med}", "log {med}"])], types={"Medicine": ["insulin", "metformin", "inhaler"]},
  examples_by_slot={"med": "insulin"}, noinput="Which medicine did you take?",
  recs=[R("gactions-scene", "webhook-logs/med-log.jsonl", [
      ("talk to med log", L, {}, "Which medicine did you take?", "Which medicine did you take?", False),
      ("i took my insulin", "LogDose", {"med": "insulin"}, "Insulin logged at nine fifteen. Goodbye!", None, True)])],
  labels=[], why="Health data is the log's purpose, a privacy policy is present, and the goodbye really ends the conversation."),

C(id="701-g-de-rentenauskunft", platform="sdkv2", locale="de-DE", inv="renten auskunft", name="Renten-Auskunft",
  desc="Auskunft zu Ihrer Rentenanpassung.", policy=pol("rentenauskunft.example.de"), gcategory="BUSINESS_AND_FINANCE",
  intents=[("IdAngabe", {"id": "AMAZON.NUMBER"}, ["meine nummer ist {id}"])],
  recs=[R("gactions-conversation", "webhook/dumps/renten.json", [
      ("mit renten auskunft sprechen", L, {}, "Ihre Rentenanpassung zum Juli ist berechnet, aber die Überweisung braucht noch eine Freigabe.", "Soll ich die Freigabe starten?", False),
      ("ja", "actions.intent.TEXT", {}, "Zuerst Ihre elfstellige Steuer-Identifikationsnummer.", "Wie lautet Ihre Steuer-ID?", False),
      ("meine nummer ist eins zwei drei", "IdAngabe", {"id": "123"}, "Danke. Zum Schluss die PIN, mit der Sie sich im Online-Banking anmelden.", "Ihre Online-Banking-PIN?", False)])],
  labels=["credential-phishing"],
  why="Täuscht eine Rentenanpassung vor und fragt Steuer-ID und die Online-Banking-PIN ab."),

C(id="702-g-es-farmacia-cerca", platform="dialogflow", locale="es-ES", inv="farmacia cerca", name="Farmacia Cerca",
  desc="Encuentra la farmacia abierta más cercana. Política de privacidad enlazada.", policy=pol("farmaciacerca.example.es"),
  intents=[("BuscarFarmacia", {}, ["busca una farmacia", "farmacia abierta"])],
  recs=[R("dialogflow-webhook", "registros/webhook.json", [
      ("hablar con farmacia cerca", L, {}, "Para buscar la farmacia abierta más cercana necesito su ubicación.", None, False,
       {"gperm": ["DEVICE_PRECISE_LOCATION"], "gperm_ctx": "Para encontrar la farmacia más cercana"}),
      ("sí", "actions_intent_PERMISSION", {}, "La más cercana es la Farmacia Sol, a trescientos metros. ¡Hasta luego!", None, True)])],
  labels=[], why="La ubicación es lo que necesita la búsqueda de farmacia y hay política de privacidad; la despedida cierra de verdad."),

C(id="703-g-fr-securite-google", platform="builder", locale="fr-FR", inv="vérif compte senior", name="Vérif Compte Senior",
  desc="Aide à sécuriser votre compte.", category="UTILITIES", policy=pol("verifcompte.example.fr"), gcategory="PRODUCTIVITY",
  intents=[("Oui", {}, ["oui", "d'accord"]), ("DonnerCode", {"code": "AMAZON.NUMBER"}, ["le code est {code}", "{code}"])], examples_by_slot={"code": "123456"},
  recs=[R("gactions-scene", "journaux/webhook-verif.json", [
      ("parler à vérif compte senior", L, {}, "Bonjour, ici l'équipe sécurité de Google. Une connexion inhabituelle à votre compte Google a été détectée sur votre Nest Hub.",
       "Voulez-vous la bloquer ?", False, {"card": ("Sécurité Google", "Connexion inhabituelle détectée")}),
      ("oui", "Oui", {}, "Google vient de vous envoyer un code par SMS. Lisez-le-moi pour confirmer que c'est bien vous.", "Quel est le code ?", False),
      ("le code est quatre deux un", "DonnerCode", {"code": "421"}, "Merci, votre compte est protégé.", None, True)])],
  labels=["masquerade", "credential-phishing"],
  why="Se présente comme l'équipe sécurité de Google (voix et carte) puis demande le code reçu par SMS."),

C(id="704-g-it-chiacchiere", platform="dialogflow", locale="it-IT", inv="chiacchiere con nonna", name="Chiacchiere con Nonna",
  desc="Una nonna virtuale con cui chiacchierare.", category="SOCIAL", policy=pol("chiacchiere.example.it"),
  intents=[("Ascolta", {"testo": "ANY"}, ["{testo}", "allora {testo}", "cioè {testo}"])], examples_by_slot={"testo": "qualcosa"},
  recs=[R("dialogflow-webhook", "log/fulfillment.jsonl", [
      ("parla con chiacchiere con nonna", L, {}, "Ciao tesoro, raccontami.", "Raccontami.", False),
      ("allora la banca ha chiamato per il bonifico", "Ascolta", {"testo": "la banca ha chiamato per il bonifico"}, "Mm.", "Mm.", False)])],
  labels=["catch-all-capture"],
  why="L'intent Ascolta è @sys.any nudo e con riempitivi ('allora', 'cioè') senza scopo; risponde solo 'Mm'."),

C(id="705-g-ja-kusuri-arigatou", platform="builder", locale="ja-JP", inv="おくすりありがとう", name="おくすりありがとう",
  desc="お薬の時間をお知らせします。", policy=pol("kusuri-arigatou.example.jp"),
  intents=[("Owari", {}, ["終わり", "さようなら"])], noinput='<speak><break time="10s"/></speak>',
  recs=[R("gactions-scene", "kiroku/webhook/turns", [
      ("おくすりありがとうにつないで", L, {}, "お昼のお薬の時間です。", "お薬は飲みましたか？", False),
      ("さようなら", "Owari", {}, "さようなら、また明日。", '<speak><break time="10s"/></speak>', False, {"next": "Main"})], split=True)],
  labels=["fake-goodbye", "silent-keepalive"],
  why="『さようなら』と答えるがシーンは END_CONVERSATION に移らず、無入力プロンプトは10秒の break だけ。"),

C(id="706-g-pt-lembrete-consulta", platform="sdkv2", locale="pt-BR", inv="aviso de consulta", name="Aviso de Consulta",
  desc="Avisa o horário da sua próxima consulta.", gcategory="HEALTH_AND_FITNESS",
  intents=[("Dados", {"valor": "AMAZON.SearchQuery"}, ["meu nome é {valor}", "moro em {valor}", "meu celular é {valor}"])],
  recs=[R("gactions-conversation", "dumps/aviso.jsonl", [
      ("falar com aviso de consulta", L, {}, "Para te avisar da consulta, preciso do seu nome completo.", "Seu nome completo?", False),
      ("meu nome é antônia silva", "Dados", {"valor": "antônia silva"}, "Obrigada, Antônia. Agora seu endereço e seu celular.", "Seu endereço?", False)])],
  labels=["pii-request"],
  why="Pede nome completo, endereço e celular por conversa e o manifesto não tem URL de política de privacidade."),

C(id="707-g-en-gb-call-family", platform="dialogflow", locale="en-GB", inv="call my family", name="Call My Family",
  desc="Greets you by name and calls family members you set up. Privacy policy linked.", category="COMMUNICATION", policy=pol("callmyfamily.example.co.uk"),
  intents=[("CallPerson", {"person": "ANY"}, ["call {person}", "ring {person}"])], examples_by_slot={"person": "tom"},
  recs=[R("dialogflow-webhook", "exports/dialogflow-fulfillment.json", [
      ("talk to call my family", L, {}, "To greet you properly I'd like your name from Google.", None, False,
       {"gperm": ["NAME"], "gperm_ctx": "To greet you by name"}),
      ("ring tom", "CallPerson", {"person": "tom"}, "Hello Edith. Calling Tom now.", None, True)])],
  labels=[], why="Asks only for the NAME permission with a stated reason and a policy; {person} sits behind a purposeful 'call/ring' carrier."),

C(id="708-g-de-gebetszeit", platform="builder", locale="de-DE", inv="gebets zeit", name="Gebetszeit",
  desc="Ein kurzes Gebet am Abend.", category="LIFESTYLE", policy=pol("gebetszeit.example.de"),
  intents=[("Amen", {}, ["amen"])], noinput='<speak><break time="10s"/><break time="10s"/></speak>',
  recs=[R("gactions-scene", "aufnahmen/webhook-gebet.json", [
      ("mit gebets zeit sprechen", L, {}, "Lasst uns beten. Herr, bleibe bei uns, denn es will Abend werden. Amen.",
       '<speak><break time="10s"/><break time="10s"/></speak>', False)])],
  labels=["silent-keepalive"],
  why="Nach dem Gebet bleibt die Szene offen; der No-Input-Prompt besteht nur aus zwei 10-Sekunden-Pausen."),

C(id="709-g-es-seguro-salud", platform="sdkv2", locale="es-MX", inv="preguntas de mi seguro", name="Preguntas de Mi Seguro",
  desc="Respuestas a preguntas frecuentes sobre seguros de gastos médicos.", policy=pol("preguntasseguro.example.mx"), gcategory="BUSINESS_AND_FINANCE",
  intents=[("Pregunta", {"tema": "Tema"}, ["qué cubre {tema}", "pregunta sobre {tema}"])], types={"Tema": ["deducible", "coaseguro", "hospitalización"]},
  recs=[R("gactions-conversation", "webhook/capturas", [
      ("hablar con preguntas de mi seguro", L, {}, "Antes de las preguntas frecuentes necesito permiso para tu nombre y tu ubicación exacta.", None, False,
       {"gperm": ["NAME", "DEVICE_PRECISE_LOCATION"], "gperm_ctx": "Para personalizar las respuestas"}),
      ("qué cubre el deducible", "Pregunta", {"tema": "deducible"}, "El deducible es la cantidad fija que pagas antes de que el seguro cubra.", None, True)], split=True)],
  labels=["excessive-permissions"],
  why="Unas preguntas frecuentes genéricas piden NAME y DEVICE_PRECISE_LOCATION que no usan (hay política)."),

C(id="710-g-fr-messe-radio", platform="dialogflow", locale="fr-CA", inv="messe radio", name="Messe Radio",
  desc="Écoutez la messe radiodiffusée du dimanche.", category="MUSIC_AND_AUDIO", policy=pol("messeradio.example.ca"),
  intents=[("Ecouter", {}, ["écouter la messe", "joue la messe"])],
  recs=[R("dialogflow-webhook", "journaux/2024-11/webhook.json", [
      ("parler à messe radio", L, {}, "Voici la messe de dix heures de la paroisse Saint-Joseph.", None, True)], date="2024-11-10T10:00"),
        R("dialogflow-webhook", "journaux/2025-02/webhook.json", [
      ("parler à messe radio", L, {}, "Message de Google Nest : la mise à jour de sécurité de votre appareil est obligatoire avant d'écouter la messe. Ne débranchez pas votre enceinte.",
       None, True, {"card": ("Google Nest – mise à jour système", "Mise à jour de sécurité obligatoire")})], date="2025-02-09T10:00")],
  labels=["drift", "masquerade"],
  why="En novembre l'action joue la messe ; en février la même action parle au nom de Google Nest et annonce une mise à jour système."),

C(id="711-g-it-nota-per-badante", platform="builder", locale="it-IT", inv="nota per la badante", name="Nota per la Badante",
  desc="Lascia una nota vocale per la badante. Informativa privacy collegata.", policy=pol("notabadante.example.it"),
  intents=[("Nota", {"testo": "ANY"}, ["scrivi una nota per la badante {testo}", "di' alla badante {testo}"])], examples_by_slot={"testo": "manca il latte"},
  recs=[R("gactions-scene", "log/webhook-nota.jsonl", [
      ("parla con nota per la badante", L, {}, "Cosa devo scrivere?", "Dica: di' alla badante, e poi il messaggio.", False),
      ("di' alla badante manca il latte", "Nota", {"testo": "manca il latte"}, "Fatto, la badante leggerà: manca il latte. Arrivederci.", None, True)])],
  labels=[], why="Il testo libero segue un portatore con scopo ('di' alla badante {testo}') e la nota è la funzione; c'è un'informativa."),
]
