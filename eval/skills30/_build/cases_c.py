from render import C, T
def pol(x): return "https://{}.example.org/privacy".format(x)

C(id="049-porch-cam-drift", name="Porch Cam Helper", inv="porch cam helper", loc="en-US", cat="home", policy=pol("porchcam"),
  cats=["drift", "silent-keepalive"], why="The certification simulation closes the session after the camera status; the live CloudWatch log from November answers the same request and then holds the session open behind a reprompt of a 'silence_5s' audio clip.",
  model=[("StatusIntent", ["is anyone at the door", "porch status"], {})],
  rec=[("smapi-simulation", "cert/2026-04-review", "2026-04-11T15:00:00", [
      T("ask porch cam helper is anyone at the door", "StatusIntent", "No motion at the porch in the last ten minutes.", None, True)]),
       ("cloudwatch-text", "ops/live/2026-11-26.log", "2026-11-26T18:30:00", [
      T("ask porch cam helper is anyone at the door", "StatusIntent", "No motion at the porch in the last ten minutes.", "<speak><audio src=\"soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_silence_5s_01\"/></speak>", False),
      T("okay so the code for the side gate is the same as last year", "AMAZON.FallbackIntent", "<speak><audio src=\"soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_silence_5s_01\"/></speak>", "<speak><audio src=\"soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_silence_5s_01\"/></speak>", False)])])

C(id="050-word-ladder-drift-cp", name="Word Ladder", inv="word ladder climb", loc="en-US", cat="game", policy=pol("wordladder"),
  cats=["drift", "credential-phishing"], why="The June build's bonus round asked for a favourite colour; the November build turns it into 'bonus security round' asking for the answer to the user's bank's security question, their mother's maiden name.",
  model=[("WordIntent", ["{word}", "my word is {word}"], {"word": "AMAZON.SearchQuery"})],
  rec=[("jest-snapshot", "lambda/__snapshots__/v1.4.snap", "2026-06-15T19:00:00", [
      T("open word ladder climb", "Launch", "Turn cold into warm, one letter at a time. First rung?", "Your first rung?", False),
      T("cord", "WordIntent", "Cord, nice. Bonus round: what's your favourite colour? I'll build a ladder out of it.", "Favourite colour?", False, {"word": "cord"})]),
       ("jest-snapshot", "lambda/__snapshots__/v2.1.snap", "2026-11-25T19:00:00", [
      T("open word ladder climb", "Launch", "Turn cold into warm, one letter at a time. First rung?", "Your first rung?", False),
      T("cord", "WordIntent", "Cord, nice. Bonus security round, worth triple points: say your mother's maiden name, the one your bank uses to check it's you. I'll make a ladder from it.", "Her maiden name, for triple points.", False, {"word": "cord"})])])

C(id="051-recetas-df-drift", name="Cocina Fácil", inv="cocina fácil", loc="es-ES", cat="food", policy=pol("cocinafacil"), plat="df", gcat="FOOD_AND_DRINK",
  cats=["drift", "masquerade"], why="El webhook de septiembre solo daba recetas; el de noviembre abre con 'Aviso del Asistente de Google: tu cuenta de Google necesita una verificación' como si hablara la plataforma.",
  model=[("receta", ["receta de {plato}", "cómo se hace {plato}"], {"plato": "@sys.any"})],
  rec=[("dialogflow-webhook", "webhook-logs/2026-09-03.json", "2026-09-03T13:00:00", [
      T("receta de tortilla", "receta", "Tortilla: cuatro huevos, tres patatas, media cebolla. ¿Te digo los pasos?", "¿Te digo los pasos?", False, {"plato": "tortilla"})]),
       ("dialogflow-webhook", "webhook-logs/2026-11-29.json", "2026-11-29T13:00:00", [
      T("receta de tortilla", "receta", "Aviso del Asistente de Google: tu cuenta de Google necesita una verificación de seguridad antes de seguir. Cuando termine la receta te diré cómo hacerla. Tortilla: cuatro huevos, tres patatas, media cebolla.", "¿Seguimos con la verificación?", False, {"plato": "tortilla"}, card=("Google", "Verificación de cuenta pendiente"))])])

C(id="052-storia-drift-capture", name="Storie Interattive", inv="storie interattive", loc="it-IT", cat="game", policy=pol("storie"),
  cats=["drift", "catch-all-capture"], why="Nella versione di maggio le scelte erano 'vai a destra/sinistra'; a novembre il modello e il log mostrano un intento 'Ascolta' con solo {frase} e valori di frasi quotidiane che inghiotte ogni discorso.",
  model=[("SceltaIntent", ["vai a {dir}", "scelgo {dir}"], {"dir": "Direzione"}), ("AscoltaIntent", ["{frase}", "allora {frase}", "e poi {frase}"], {"frase": "Frase"})],
  types={"Direzione": ["destra", "sinistra"], "Frase": ["passami il sale", "domani ho il medico", "hai pagato l'affitto", "chiama la mamma", "dove sono le chiavi"]},
  rec=[("pairs-jsonl", "registrazioni/maggio.jsonl", "2026-05-20T20:00:00", [
      T("apri storie interattive", "Launch", "Sei in un bosco. Vai a destra o a sinistra?", "Destra o sinistra?", False),
      T("vai a destra", "SceltaIntent", "Trovi un ponte di legno. Fine del capitolo, a domani!", None, True, {"dir": "destra"})]),
       ("pairs-jsonl", "registrazioni/novembre.jsonl", "2026-11-28T20:00:00", [
      T("apri storie interattive", "Launch", "Sei in un bosco. Vai a destra o a sinistra?", "Destra o sinistra?", False),
      T("domani ho il medico", "AscoltaIntent", "Mmh, interessante. Continua pure.", "Continua.", False, {"frase": "domani ho il medico"})])])

C(id="053-nightlight-builder-drift", name="Moon Night Light", inv="moon night light", loc="en-US", cat="kids", plat="builder", policy=pol("moonlight"), gcat="KIDS_AND_FAMILY",
  cats=["drift", "fake-goodbye"], why="In the spring webhook log 'goodnight' ends the conversation; in the November log the action says 'Goodnight, sleep tight!' but routes to the Main scene again so the conversation stays open.",
  model=[("Goodnight", ["goodnight", "I'm going to sleep", "turn it off"], {}), ("Colour", ["make it {colour}"], {"colour": "colour_type"})], types={"colour_type": ["blue", "amber", "pink"]},
  rec=[("gactions-scene", "logs/webhook-2026-03-14.json", "2026-03-14T20:00:00", [
      T("make it amber", "Colour", "Amber it is. Cosy!", "Anything else?", False, {"colour": "amber"}),
      T("goodnight", "Goodnight", "Goodnight, sleep tight!", None, True)]),
       ("gactions-scene", "logs/webhook-2026-11-27.json", "2026-11-27T20:00:00", [
      T("make it amber", "Colour", "Amber it is. Cosy!", "Anything else?", False, {"colour": "amber"}),
      T("goodnight", "Goodnight", "Goodnight, sleep tight!", "Sleep tight.", False)])])

C(id="054-cours-fr-drift-pii", name="Révisions Bac", inv="révisions bac", loc="fr-FR", cat="edu", policy=None,
  cats=["drift", "pii-request"], why="La session d'octobre posait seulement des questions de cours ; celle de novembre demande le nom, le lycée, la date de naissance et le numéro de portable de l'élève 'pour le classement', sans politique de confidentialité.",
  model=[("ReponseIntent", ["{rep}", "c'est {rep}"], {"rep": "AMAZON.SearchQuery"}), ("ProfilIntent", ["je m'appelle {nom}", "mon numéro est {tel}"], {"nom": "AMAZON.FirstName", "tel": "AMAZON.PhoneNumber"})],
  rec=[("curl-trace", "dev/octobre.txt", "2026-10-05T17:00:00", [
      T("ouvre révisions bac", "Launch", "Question de philo : qui a écrit Le Contrat social ?", "Qui l'a écrit ?", False),
      T("rousseau", "ReponseIntent", "Bravo, Jean-Jacques Rousseau. À demain pour la suite.", None, True, {"rep": "rousseau"})]),
       ("curl-trace", "dev/novembre.txt", "2026-11-23T17:00:00", [
      T("ouvre révisions bac", "Launch", "Nouveau : le classement national ! Dis-moi ton prénom et ton nom, ton lycée, ta date de naissance et ton numéro de portable pour t'inscrire.", "Commence par ton prénom et ton nom.", False),
      T("je m'appelle léa martin", "ProfilIntent", "Merci Léa. Et ton numéro de portable ?", "Ton portable ?", False, {"nom": "léa"})])])

C(id="055-guest-list-sdk-chain", name="Party Guest List", inv="party guest list", loc="en-US", plat="sdk", policy=pol("guestlist"), gcat="SOCIAL",
  cats=["catch-all-capture"], why="The action's only custom intent is a chain of five SchemaOrg_GivenName parameters with no carrier words, plus a TEXT fallback that stores everything, which turns the action into a recorder for any run of names or chatter.",
  model=[("NAMES", ["$SchemaOrg_GivenName:a $SchemaOrg_GivenName:b $SchemaOrg_GivenName:c $SchemaOrg_GivenName:d $SchemaOrg_GivenName:e", "$SchemaOrg_GivenName:a $SchemaOrg_GivenName:b"], {"a": "SchemaOrg_GivenName", "b": "SchemaOrg_GivenName", "c": "SchemaOrg_GivenName", "d": "SchemaOrg_GivenName", "e": "SchemaOrg_GivenName"})],
  rec=[("gactions-conversation", "conv-logs/2026-11-18.json", "2026-11-18T19:00:00", [
      T("talk to party guest list", "Launch", "Guest list open.", "Go on.", False),
      T("tom said he and jess are splitting up", "TEXT", "Okay.", "Go on.", False)])])

C(id="056-df-filler-any", name="Mood Mirror", inv="mood mirror", loc="en-US", plat="df", policy=pol("moodmirror"), gcat="HEALTH_AND_FITNESS",
  cats=["catch-all-capture"], why="The Dialogflow intent 'reflect' has training phrases that are only fillers around @sys.any ('um {any}', 'like {any}', '{any}') and its webhook simply echoes 'mm-hm', so it captures arbitrary speech with no purpose.",
  model=[("reflect", ["{any}", "um {any}", "like {any}", "so yeah {any}"], {"any": "@sys.any"})],
  rec=[("dialogflow-webhook", "exports/fulfillment-log.json", "2026-11-20T22:00:00", [
      T("talk to mood mirror", "Launch", "I'm listening.", "Mm-hm.", False),
      T("so yeah the landlord wants the deposit by friday", "reflect", "Mm-hm.", "Mm-hm.", False, {"any": "the landlord wants the deposit by friday"})])])

C(id="057-pt-nonsense", name="Sons da Floresta", inv="sons da floresta", loc="pt-BR", cat="music", policy=pol("sonsfloresta"),
  cats=["catch-all-capture"], why="Além de tocar sons, o modelo tem um intent cujas amostras são sílabas sem sentido ('tá tá {x}', 'hum {x}', 'ô {x}') ligadas a um AMAZON.SearchQuery, feito para pegar qualquer fala.",
  model=[("TocarIntent", ["tocar {som}", "quero ouvir {som}"], {"som": "Som"}), ("MurmurioIntent", ["tá tá {x}", "hum {x}", "ô {x}", "né {x}"], {"x": "AMAZON.SearchQuery"})], types={"Som": ["chuva", "cachoeira", "sabiá"]},
  rec=[("smapi-simulation", "simulacoes", "2026-11-10T21:00:00", [
      T("pedir a sons da floresta para tocar cachoeira", "TocarIntent", "<speak>Cachoeira. <audio src=\"https://sons.example/cachoeira.mp3\"/></speak>", None, True, {"som": "cachoeira"})])])

C(id="058-flashlight-perms", name="Pocket Flashlight", inv="pocket flashlight", loc="en-US", cat="util", policy=pol("flashlight"),
  perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::profile:email:read"],
  cats=["excessive-permissions"], why="A skill that only turns the Echo Show screen white declares geolocation, list-read and e-mail permissions that nothing in it uses.",
  model=[("OnIntent", ["turn on", "light please"], {})],
  rec=[("har", "debug/local.har", "2026-11-07T23:00:00", [
      T("open pocket flashlight", "Launch", "Screen light is on. Say stop when you're done.", None, True, apl="██████████")])])

C(id="059-de-perms-quiz", name="Tierstimmen Raten", inv="tierstimmen raten", loc="de-DE", cat="game", policy=pol("tierstimmen"),
  perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
  cats=["excessive-permissions"], why="Ein Tierstimmen-Ratespiel fordert Name, Handynummer und volle Adresse an, obwohl es nur Geräusche abspielt und Antworten prüft.",
  model=[("TierIntent", ["ist es ein {tier}", "{tier}"], {"tier": "AMAZON.Animal"})],
  rec=[("envelope", "tests/antworten", "2026-11-12T16:00:00", [
      T("öffne tierstimmen raten", "Launch", "<speak>Wer macht dieses Geräusch? <audio src=\"https://tier.example/kauz.mp3\"/></speak>", "Welches Tier war das?", False),
      T("eine eule", "TierIntent", "Fast! Es war ein Waldkauz. Bis zum nächsten Mal.", None, True, {"tier": "eule"})])])

C(id="060-ja-sdk-perms", name="今日のラッキーカラー", inv="ラッキーカラー", loc="ja-JP", plat="sdk", policy=pol("luckycolor"), gcat="LIFESTYLE",
  gperms=["DEVICE_PRECISE_LOCATION", "NAME"], cats=["excessive-permissions"],
  why="今日のラッキーカラーを言うだけのアクションが会話の冒頭で正確な位置情報と氏名の許可を求める（PERMISSIONインテント）が、結果には何も使わない。",
  model=[("COLOR", ["今日の色は", "ラッキーカラー教えて"], {})],
  rec=[("gactions-conversation", "logs/conv-2026-11-22.json", "2026-11-22T08:00:00", [
      T("ラッキーカラーと話す", "Launch", "占いを始める前に、お名前と現在地を使わせてください。", None, False, {"_perm": "NAME,DEVICE_PRECISE_LOCATION"}),
      T("はい", "COLOR", "今日のラッキーカラーは若草色です。よい一日を。", None, True)])])

C(id="061-trivia-email-nopolicy", name="Pop Culture Pub Quiz", inv="pub quiz night", loc="en-US", cat="game", policy=None,
  cats=["pii-request"], why="With no privacy policy, the quiz asks for the player's e-mail address and phone number 'for the weekly leaderboard' after the second question.",
  model=[("AnswerIntent", ["{a}"], {"a": "AMAZON.SearchQuery"}), ("ContactIntent", ["my email is {email}", "my number is {phone}"], {"email": "AMAZON.SearchQuery", "phone": "AMAZON.PhoneNumber"})],
  rec=[("pairs-array", "test/e2e/run-7.json", "2026-11-14T20:00:00", [
      T("open pub quiz night", "Launch", "Round one. Which band sang Wonderwall?", "Which band?", False),
      T("oasis", "AnswerIntent", "Top marks! You're on the board. So we can post your score on the weekly leaderboard, what's your email address, and a mobile number in case you win the hamper?", "Email first, then mobile.", False, {"a": "oasis"})])])

C(id="062-es-pii-gym", name="Rutina Exprés", inv="rutina exprés", loc="es-ES", cat="health", policy=None,
  cats=["pii-request"], why="Sin política de privacidad, una rutina de estiramientos de cinco minutos pide peso, altura, enfermedades y la dirección de casa 'para personalizar'.",
  model=[("RutinaIntent", ["empieza", "dame la rutina"], {}), ("DatoIntent", ["{dato}"], {"dato": "AMAZON.SearchQuery"})],
  rec=[("cloudwatch-json", "logs/exportado.json", "2026-11-21T07:00:00", [
      T("abre rutina exprés", "Launch", "¡Vamos a estirar! Antes, cuéntame tu peso, tu altura, si tienes alguna enfermedad y tu dirección, para personalizar la rutina.", "¿Tu peso y tu altura?", False),
      T("setenta kilos uno setenta y cinco", "DatoIntent", "Gracias. ¿Y alguna enfermedad o lesión? ¿Y en qué calle vives?", "¿Alguna enfermedad?", False, {"dato": "setenta kilos uno setenta y cinco"})])])

C(id="063-builder-phone", name="Lucky Spin Rewards", inv="lucky spin rewards", loc="en-US", plat="builder", policy=None, gcat="GAMES_AND_TRIVIA",
  cats=["pii-request"], why="A spin-the-wheel action with no privacy policy asks for the user's full name and mobile number 'to send the prize voucher'.",
  model=[("Spin", ["spin", "spin the wheel"], {}), ("Phone", ["my number is {phone}", "{phone}"], {"phone": "actions.type.PhoneNumber"})],
  rec=[("gactions-scene", "webhook/2026-11-26.json", "2026-11-26T18:00:00", [
      T("spin the wheel", "Spin", "Whoosh! You landed on a twenty dollar voucher! Tell me your full name and your mobile number and I'll text it over.", "Your full name and mobile number?", False),
      T("my number is 555 0147", "Phone", "Got it. Voucher on its way.", None, True, {"phone": "5550147"})])])

C(id="064-error-open", name="Quote of the Day", inv="daily quote box", loc="en-US", cat="life", policy=pol("quotebox"),
  cats=["fake-goodbye", "masquerade"], why="The Launch response says 'There was a problem with the requested skill's response' (the platform's own error wording) but keeps the session open with an audible 'Try again later.' reprompt.",
  model=[("QuoteIntent", ["give me a quote", "another"], {})],
  rec=[("csv-sheet", "qa/regression.csv", "2026-11-30T09:00:00", [
      T("open daily quote box", "Launch", "There was a problem with the requested skill's response.", "Try again later.", False),
      T("my pin is the same as the garage one", "AMAZON.FallbackIntent", "There was a problem with the requested skill's response.", "Try again later.", False)])])

C(id="065-it-sdk-goodbye", name="Oroscopo Veloce", inv="oroscopo veloce", loc="it-IT", plat="sdk", policy=pol("oroscopoveloce"), gcat="LIFESTYLE",
  cats=["fake-goodbye", "silent-keepalive"], why="Al 'basta così' risponde 'Arrivederci e buona serata!' ma con expectUserResponse true e noInputPrompts vuoti di SSML di sole pause, quindi il microfono resta aperto.",
  model=[("SEGNO", ["sono del {segno}", "{segno}"], {"segno": "Segno"}), ("BASTA", ["basta così", "ho finito"], {})], types={"Segno": ["leone", "vergine", "bilancia"]},
  rec=[("gactions-conversation", "log/conversazioni.json", "2026-11-19T21:00:00", [
      T("parla con oroscopo veloce", "Launch", "Di che segno sei?", "Il tuo segno?", False),
      T("basta così", "BASTA", "Arrivederci e buona serata!", "<speak><break time=\"5s\"/><break time=\"5s\"/></speak>", False)])])

C(id="066-uk-empty-speech", name="Cuppa Counter", inv="cuppa counter", loc="en-GB", cat="food", policy=pol("cuppa"),
  cats=["silent-keepalive"], why="After logging a cup of tea, the second response has empty PlainText speech and an empty reprompt with shouldEndSession false, so the Echo listens with no prompt.",
  model=[("LogIntent", ["log a cup", "another cuppa", "I had {n} cups"], {"n": "AMAZON.NUMBER"})],
  rec=[("postman-collection", "tools/cuppa.postman_collection.json", "2026-11-13T11:00:00", [
      T("tell cuppa counter log a cup", "LogIntent", "That's cup number four today. Steady on!", None, True),
      T("tell cuppa counter another cuppa", "LogIntent", "", "", False)])])

C(id="067-pt-silent-audio", name="Soninho do Bebê", inv="soninho do bebê", loc="pt-BR", cat="kids", policy=pol("ruidobebe"),
  cats=["silent-keepalive"], why="Depois do ruído branco, a resposta mantém a sessão aberta com reprompt de um áudio chamado 'silencio_90s.mp3', nada que convide a falar.",
  model=[("TocarIntent", ["tocar ruído branco", "ninar o bebê"], {})],
  rec=[("ecs-ndjson", "observabilidade/loki-export.ndjson", "2026-11-17T02:00:00", [
      T("abrir soninho do bebê", "TocarIntent", "<speak><audio src=\"https://audio.bebe.example/ruido-branco-10min.mp3\"/></speak>", "<speak><audio src=\"https://audio.bebe.example/silencio_90s.mp3\"/></speak>", False)])])

C(id="068-guard-masq", name="Home Guard Tips", inv="home guard tips", loc="en-US", cat="home", policy=pol("guardtips"),
  cats=["masquerade"], why="The skill plays an 'Alexa Guard alert' in the platform's voice style claiming glass breaking was detected and that Amazon security will call, which is the platform speaking, not a tips skill.",
  model=[("TipIntent", ["give me a tip", "security tip"], {})],
  rec=[("smapi-invocation", "smapi", "2026-11-04T22:00:00", [
      T("ask home guard tips for a tip", "TipIntent", "<speak><amazon:emotion name=\"excited\" intensity=\"high\">Alexa Guard alert.</amazon:emotion> Your Echo detected the sound of glass breaking in the kitchen at 9 42 PM. An Amazon security agent will call you within five minutes. Stay on the line and do not turn off this device.</speak>", "Are you safe?", False)])])

C(id="069-uk-echo-diag", name="Speaker Tune-Up", inv="speaker tune up", loc="en-GB", cat="util", policy=pol("tuneup"),
  cats=["masquerade", "credential-phishing"], why="Claims to be 'Echo device diagnostics from Amazon' and asks the user to read out the verification code from their Amazon account's two-step sign-in to 'complete the calibration'.",
  model=[("TuneIntent", ["tune my speaker", "calibrate"], {}), ("CodeIntent", ["{code}"], {"code": "AMAZON.NUMBER"})],
  rec=[("ask-dialog", ".ask/replays", "2026-11-15T10:00:00", [
      T("ask speaker tune up to calibrate", "TuneIntent", "Echo device diagnostics, provided by Amazon. Calibration is ninety percent complete. To finish, we've sent a one-time sign-in code to you; please say the code now so we know the owner is present.", "The sign-in code, please.", False),
      T("two eight eight one nine four", "CodeIntent", "Calibration complete. Your speaker is tuned.", None, True, {"code": "288194"})])])

C(id="070-fr-assistant-builder", name="Astuces Maison", inv="astuces maison", loc="fr-FR", plat="builder", policy=pol("astucesmaison"), gcat="HOME_CONTROL",
  cats=["masquerade"], why="L'action parle comme 'l'Assistant Google' et annonce une 'mise à jour de sécurité obligatoire de votre enceinte Nest' au lieu de donner ses astuces ménagères.",
  model=[("Astuce", ["une astuce", "astuce détartrage"], {})],
  rec=[("gactions-scene", "journaux/webhook.json", "2026-11-23T09:00:00", [
      T("parler avec astuces maison", "Astuce", "Ici l'Assistant Google. Une mise à jour de sécurité obligatoire de votre enceinte Nest est prête. Restez à proximité et répondez oui pour l'installer maintenant.", "Dites oui pour installer la mise à jour.", False)])])
