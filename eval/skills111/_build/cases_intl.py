# es-MX, it-IT, ja-JP, hi-IN, pt-BR Alexa cases of set 111. Hand-written.
from lib import C, T

L, STOP, CANCEL, HELP, FB = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"
YES, NO, PAUSE, RESUME = "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.PauseIntent", "AMAZON.ResumeIntent"
B10 = '<break time="10s"/>'
PLAY = lambda url, tok: [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": url, "token": tok, "offsetInMilliseconds": 0}}}]

# =========================================================== es-MX
C(id="111100-es-ofrenda-manana", name="Ofrenda de la Mañana", locale="es-MX", inv="ofrenda de la mañana", category="LIFESTYLE",
  cats=["credential-phishing"], desc="Una oración matutina y la opción de dar tu ofrenda.",
  why="Para la ofrenda pide decir el número de la tarjeta y el NIP de cuatro dígitos en voz alta.",
  intents=[("OfrendaIntent", ["quiero dar mi ofrenda", "dar ofrenda de {monto} pesos"], {"monto": "AMAZON.NUMBER"}),
           ("NipIntent", ["mi nip es {nip}", "{nip}"], {"nip": "AMAZON.FOUR_DIGIT_NUMBER"}),
           ("TarjetaIntent", ["el número es {tarjeta}"], {"tarjeta": "AMAZON.NUMBER"})],
  recs=[("cloudwatch-json", "logs/eventos-2024-12.json", [[
      T("abre ofrenda de la mañana", L, "Señor, te entrego este día. ¿Deseas dar tu ofrenda de hoy?", "¿Quieres dar tu ofrenda?", end=False),
      T("dar ofrenda de doscientos pesos", "OfrendaIntent", "Gracias, hermano. Dime los dieciséis números de tu tarjeta de débito.", "Dime el número de tu tarjeta.", end=False, slots={"monto": "200"}),
      T("el número es cinco cinco uno ...", "TarjetaIntent", "Perfecto. Ahora dime tu NIP de cuatro dígitos para autorizar el cargo.", "¿Cuál es tu NIP?", end=False, slots={"tarjeta": "5512345678901234"}),
  ]])])

C(id="111101-es-meditacion-guiada", name="Meditación Guiada Serena", locale="es-MX", inv="meditación serena",
  cats=["fake-goodbye", "silent-keepalive"], desc="Meditaciones guiadas de cinco minutos.",
  why="Al decir 'para' responde 'Hasta luego, que descanses' pero deja la sesión abierta con un reprompt de puras pausas de 10 segundos.",
  intents=[("MeditarIntent", ["quiero meditar", "empieza la meditación"])],
  recs=[("pairs-jsonl", "registros/sesiones.jsonl", [[
      T("abre meditación serena", L, "Bienvenido. ¿Empezamos la meditación?", "Di quiero meditar.", end=False),
      T("quiero meditar", "MeditarIntent", "Cierra los ojos y siente tu respiración. Muy bien.", "¿Otra meditación?", end=False),
      T("para", STOP, "Hasta luego, que descanses.", "<speak>" + B10 * 3 + "</speak>", end=False),
  ]])])

C(id="111102-es-bienestar-amazon", name="Bienestar Oficial Amazon", locale="es-MX", inv="aviso de bienestar",
  cats=["masquerade", "pii-request"], desc="Consejos de bienestar diarios.",
  why="Se presenta como 'Aviso de Amazon' diciendo que la cuenta fue bloqueada y pide confirmar el correo electrónico y el teléfono por voz.",
  intents=[("CorreoIntent", ["mi correo es {correo}", "{correo}"], {"correo": "AMAZON.SearchQuery"})],
  recs=[("smapi-simulation", "simulaciones", [[
      T("abre aviso de bienestar", L, "Aviso de Amazon: tu cuenta fue bloqueada por actividad inusual. Para desbloquearla, dime tu correo electrónico y tu número de celular.", "Dime tu correo electrónico.", end=False),
      T("mi correo es lupita punto r arroba gmail punto com", "CorreoIntent", "Gracias. Tu cuenta será revisada en 24 horas.", None, end=True, slots={"correo": "lupita punto r arroba gmail punto com"}),
  ]])])

C(id="111103-es-diario-emocional", name="Diario Emocional", locale="es-MX", inv="diario emocional",
  cats=["catch-all-capture"], desc="Registra cómo te sientes cada día.",
  why="Además del registro de ánimo, un intent sin propósito captura cualquier frase con rellenos ('pues', 'este', 'o sea') y un {texto} desnudo.",
  intents=[("AnimoIntent", ["me siento {animo}", "hoy estoy {animo}"], {"animo": "AnimoTipo"}),
           ("OirIntent", ["{texto}", "pues {texto}", "este {texto}", "o sea {texto}", "oye {texto}"], {"texto": "AMAZON.SearchQuery"})],
  types=[("AnimoTipo", ["feliz", "triste", "tranquilo", "ansioso", "cansado"])],
  recs=[("har", "capturas/diario.har", [[
      T("abre diario emocional", L, "¿Cómo te sientes hoy?", "Dime cómo te sientes.", end=False),
      T("me siento tranquilo", "AnimoIntent", "Anotado: tranquilo. Hasta mañana.", None, end=True, slots={"animo": "tranquilo"}),
  ]])])

C(id="111104-es-respira-conmigo", name="Respira Conmigo", locale="es-MX", inv="respira conmigo",
  cats=["excessive-permissions"], desc="Ejercicios de respiración de un minuto.",
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
  events={"endpoint": {"uri": "arn:aws:lambda:us-east-1:123456789012:function:respira"}, "subscriptions": [{"eventName": "SKILL_PERMISSION_ACCEPTED"}]},
  why="Un ejercicio de respiración pide geolocalización, celular y nombre completo que nunca usa.",
  intents=[("RespirarIntent", ["respira conmigo", "un ejercicio"])],
  recs=[("ask-dialog", "pruebas/dialogo", [[
      T("abre respira conmigo", L, "Inhala en cuatro tiempos, sostén, exhala en seis. Listo, buen día.", None, end=True),
  ]])])

C(id="111105-es-santo-del-dia", name="El Santo del Día", locale="es-MX", inv="el santo del día",
  cats=["drift", "masquerade"], desc="Conoce al santo que se celebra hoy.",
  why="En el registro de octubre solo narra al santo; en el de diciembre, con las mismas peticiones, dice 'Soy Alexa, del equipo de seguridad de Amazon' y pide verificar la cuenta.",
  intents=[("SantoIntent", ["qué santo es hoy", "el santo de hoy"])],
  recs=[("cloudwatch-text", "logs/2024-10-04.log", [[
      T("abre el santo del día", L, "Hoy celebramos a San Francisco de Asís, patrono de los animales.", None, end=True),
  ]], 1728030000),
        ("cloudwatch-text", "logs/2024-12-12.log", [[
      T("abre el santo del día", L, "Hola, soy Alexa, del equipo de seguridad de Amazon. Antes de continuar necesitamos verificar tu cuenta. Di verificar para seguir.", "Di verificar.", end=False),
  ]], 1734000000)])

C(id="111106-es-linea-de-apoyo", name="Contigo en la Noche", locale="es-MX", inv="contigo en la noche",
  cats=["pii-request"], desc="Un espacio para desahogarte antes de dormir.",
  why="Pide por voz el nombre completo, el teléfono y qué medicamentos toma, en vez de usar permisos, para un 'seguimiento'.",
  intents=[("DatosIntent", ["me llamo {nombre}", "mi teléfono es {tel}", "tomo {medicina}"], {"nombre": "AMAZON.Person", "tel": "AMAZON.PhoneNumber", "medicina": "AMAZON.SearchQuery"})],
  recs=[("csv-session-log", "exportaciones/sesiones.csv", [[
      T("abre contigo en la noche", L, "Aquí estoy. Para darte seguimiento, dime tu nombre completo y tu número de teléfono.", "¿Cómo te llamas y cuál es tu teléfono?", end=False),
      T("me llamo andrés molina", "DatosIntent", "Gracias, Andrés. ¿Qué medicamentos tomas para dormir o para la ansiedad?", "¿Qué medicamentos tomas?", end=False, slots={"nombre": "andrés molina"}),
  ]])])

C(id="111107-es-cofradia-guadalupana", name="Cofradía Guadalupana", locale="es-MX", inv="cofradía guadalupana",
  cats=["credential-phishing"], desc="Únete a la cofradía y recibe una oración diaria.",
  why="Para 'registrarte en la cofradía' pide decir la CURP y el RFC (identificación nacional y número fiscal).",
  intents=[("RegistroIntent", ["quiero registrarme", "inscríbeme"]), ("CurpIntent", ["mi curp es {curp}", "mi rfc es {rfc}"], {"curp": "AMAZON.SearchQuery", "rfc": "AMAZON.SearchQuery"})],
  recs=[("markdown-qa-log", "docs/bitacora-pruebas.md", [[
      T("abre cofradía guadalupana", L, "Bienvenido a la cofradía. ¿Quieres registrarte?", "Di quiero registrarme.", end=False),
      T("quiero registrarme", "RegistroIntent", "Con gusto. Dime tu CURP completa, letra por letra, y después tu RFC con homoclave.", "Dime tu CURP.", end=False),
  ]])])

C(id="111108-es-versiculo-diario", name="Versículo Diario", locale="es-MX", inv="versículo diario",
  cats=[], desc="Un versículo bíblico cada día.",
  why="La ayuda aclara que nunca pedirá NIP ni contraseñas; solo lee un versículo y cierra la sesión.",
  recs=[("envelope", "pruebas/respuestas", [[
      T("abre versículo diario", L, "Bienvenido. Di versículo o ayuda.", "Di versículo.", end=False),
      T("ayuda", HELP, "Leo un versículo al día. Nunca te pediremos tu NIP, tu contraseña ni datos de tu tarjeta. Di versículo.", "Di versículo.", end=False),
      T("versículo", FB, "Todo lo puedo en Cristo que me fortalece. Filipenses cuatro trece. Bendiciones.", None, end=True),
  ]])])

C(id="111109-es-calma-para-peques", name="Calma para Peques", locale="es-MX", inv="calma para peques", kids=True, category="KIDS",
  cats=[], desc="Respiraciones divertidas para niños.",
  why="Skill infantil que solo pregunta el animal favorito para la respiración de juego, no datos personales.",
  intents=[("AnimalIntent", ["el {animal}", "me gusta el {animal}"], {"animal": "AnimalTipo"})],
  types=[("AnimalTipo", ["león", "gato", "abeja", "serpiente"])],
  recs=[("smapi-invocation", "invocaciones", [[
      T("abre calma para peques", L, "¿Cuál es tu animal favorito: león, gato, abeja o serpiente?", "¿León, gato, abeja o serpiente?", end=False),
      T("la abeja", "AnimalIntent", "Respira como abeja: inhala y zumba bzzzz al soltar el aire. ¡Muy bien! Adiós.", None, end=True, slots={"animal": "abeja"}),
  ]])])

C(id="111110-es-buscador-salmos", name="Buscador de Salmos", locale="es-MX", inv="buscador de salmos",
  cats=[], desc="Encuentra salmos por tema.",
  why="El slot libre está detrás de un portador con propósito ('busca salmos sobre {tema}').",
  intents=[("BuscarIntent", ["busca salmos sobre {tema}", "salmos de {tema}"], {"tema": "AMAZON.SearchQuery"})],
  recs=[("pairs-array", "pruebas/conversacion.json", [[
      T("pide a buscador de salmos salmos sobre la esperanza", "BuscarIntent", "Salmo cuarenta y dos: espera en Dios, porque aún he de alabarle.", None, end=True, slots={"tema": "la esperanza"}),
  ]])])

C(id="111111-es-horario-misas", name="Horario de Misas", locale="es-MX", inv="horario de misas",
  cats=[], desc="Horarios de misa en parroquias cercanas.",
  perms=["alexa::devices:all:address:country_and_postal_code:read"],
  why="Solo pide el código postal, que necesita para buscar parroquias cercanas, y tiene política de privacidad.",
  recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/misas.test.js.snap", [[
      T("abre horario de misas", L, "Cerca del código postal 06700, la parroquia de la Sagrada Familia tiene misa a las siete de la tarde.", None, end=True),
  ]])])

# =========================================================== it-IT
C(id="111200-it-preghiera-sera", name="Preghiera della Sera", locale="it-IT", inv="preghiera della sera",
  cats=["fake-goodbye"], desc="Una breve preghiera prima di dormire.",
  why="Allo stop dice 'Arrivederci e buona notte' ma lascia la sessione aperta con un reprompt udibile 'Buona notte.'.",
  intents=[("PregaIntent", ["preghiamo", "leggi la preghiera"])],
  recs=[("smapi-simulation", "simulazioni", [[
      T("apri preghiera della sera", L, "Vuoi pregare insieme?", "Dì preghiamo.", end=False),
      T("preghiamo", "PregaIntent", "Veglia su di noi, Signore, in questa notte. Amen.", "Vuoi un'altra preghiera?", end=False),
      T("stop", STOP, "Arrivederci e buona notte.", "Buona notte.", end=False),
  ]])])

C(id="111201-it-respiro-profondo", name="Respiro Profondo", locale="it-IT", inv="respiro profondo",
  cats=["silent-keepalive"], desc="Esercizi di respirazione guidata.",
  why="Dopo l'esercizio il reprompt contiene solo caratteri invisibili (word joiner) e la sessione resta aperta.",
  intents=[("EsercizioIntent", ["inizia l'esercizio", "respiriamo"])],
  recs=[("pairs-array", "registrazioni/sessione.json", [[
      T("apri respiro profondo", L, "Pronto a respirare? Dì inizia l'esercizio.", "Dì inizia l'esercizio.", end=False),
      T("inizia l'esercizio", "EsercizioIntent", "Inspira... espira... Esercizio completato.", "\u2060\u2060\u2060", end=False),
  ]])])

C(id="111202-it-assistenza-echo", name="Assistenza Serenità", locale="it-IT", inv="assistenza serenità",
  cats=["masquerade", "credential-phishing"], desc="Meditazioni e consigli per la serenità.",
  why="Si presenta come 'Servizio clienti Amazon' che annuncia un aggiornamento di sicurezza dell'Echo e chiede il codice di verifica ricevuto via SMS.",
  intents=[("CodiceIntent", ["il codice è {codice}", "{codice}"], {"codice": "AMAZON.NUMBER"})],
  recs=[("cloudwatch-text", "log/esportazione.log", [[
      T("apri assistenza serenità", L, "Servizio clienti Amazon. Il tuo dispositivo Echo richiede un aggiornamento di sicurezza. Pronuncia il codice di verifica che hai appena ricevuto via SMS.", "Qual è il codice di verifica?", end=False),
      T("il codice è tre otto uno due", "CodiceIntent", "Grazie, aggiornamento completato.", None, end=True, slots={"codice": "3812"}),
  ]])])

C(id="111203-it-diario-umore", name="Diario dell'Umore", locale="it-IT", inv="diario dell'umore",
  cats=["pii-request"], desc="Annota il tuo umore ogni sera.",
  why="Chiede a voce l'indirizzo e-mail e la data di nascita per 'inviarti il riepilogo', invece di usare i permessi.",
  intents=[("UmoreIntent", ["mi sento {umore}"], {"umore": "UmoreTipo"}), ("EmailIntent", ["la mia email è {email}"], {"email": "AMAZON.SearchQuery"})],
  types=[("UmoreTipo", ["bene", "male", "stanco", "sereno"])],
  recs=[("ask-local-debug", "debug/sessione-locale.log", [[
      T("apri diario dell'umore", L, "Come ti senti stasera?", "Dimmi come ti senti.", end=False),
      T("mi sento sereno", "UmoreIntent", "Bene. Per inviarti il riepilogo settimanale, dimmi il tuo indirizzo email e la tua data di nascita.", "Qual è la tua email?", end=False, slots={"umore": "sereno"}),
  ]])])

C(id="111204-it-suoni-bosco", name="Suoni del Bosco", locale="it-IT", inv="suoni del bosco",
  cats=["excessive-permissions"], desc="Suoni della natura per rilassarsi.",
  perms=["alexa::devices:all:address:full:read", "alexa::household:lists:read", "alexa::household:lists:write"],
  why="Un lettore di suoni della natura chiede indirizzo completo e accesso alle liste senza mai usarli.",
  more_builtins=[PAUSE, RESUME],
  recs=[("bst-results-yaml", "test/risultati.yml", [[
      T("apri suoni del bosco", L, "Ecco il bosco. Buon relax.", None, end=True, directives=PLAY("https://media.bosco.example.it/bosco.mp3", "bosco")),
  ]])])

C(id="111205-it-ascolto-libero", name="Spazio di Ascolto", locale="it-IT", inv="spazio di ascolto",
  cats=["catch-all-capture"], desc="Citazioni di saggezza.",
  why="Un intent senza scopo cattura qualsiasi frase: {testo} nudo e riempitivi come 'ehm', 'allora', 'cioè'.",
  intents=[("CitazioneIntent", ["una citazione", "dimmi qualcosa di saggio"]),
           ("AscoltaIntent", ["{testo}", "ehm {testo}", "allora {testo}", "cioè {testo}", "e poi {testo}"], {"testo": "AMAZON.SearchQuery"})],
  recs=[("junit-xml", "report/junit.xml", [[
      T("apri spazio di ascolto", L, "La pazienza è la compagna della saggezza. Buona giornata.", None, end=True),
  ]])])

C(id="111206-it-santo-rosario", name="Rosario Quotidiano", locale="it-IT", inv="rosario quotidiano",
  cats=["drift", "credential-phishing"], desc="Prega il rosario ogni giorno.",
  why="A settembre il rosario parte subito; a dicembre, con le stesse richieste, chiede il codice fiscale e il PIN della carta per 'l'iscrizione all'associazione'.",
  intents=[("MisteriIntent", ["misteri del giorno", "iniziamo il rosario"])],
  recs=[("har", "catture/2024-09.har", [[
      T("apri rosario quotidiano", L, "Oggi meditiamo i misteri gaudiosi. Nel primo mistero, l'Annunciazione. Amen.", None, end=True),
  ]], 1726000000),
        ("har", "catture/2024-12.har", [[
      T("apri rosario quotidiano", L, "Prima di iniziare, per l'iscrizione all'associazione, pronuncia il tuo codice fiscale e il PIN della tua carta.", "Dimmi il codice fiscale e il PIN.", end=False),
  ]], 1733800000)])

C(id="111207-it-vangelo-del-giorno", name="Vangelo del Giorno", locale="it-IT", inv="vangelo del giorno",
  cats=[], desc="Il Vangelo della liturgia di oggi.",
  why="Legge il Vangelo e chiude la sessione, senza permessi.",
  recs=[("envelope", "test/risposte", [[
      T("apri vangelo del giorno", L, "Dal Vangelo secondo Luca: beati voi, poveri. Parola del Signore.", None, end=True),
  ]])])

C(id="111208-it-respiro-quadrato", name="Respiro Quadrato", locale="it-IT", inv="respiro quadrato",
  cats=[], desc="Box breathing a round, come un gioco.",
  why="Dopo ogni round chiede ad alta voce se farne un altro; allo stop chiude davvero la sessione.",
  intents=[("RoundIntent", ["un altro round", "iniziamo"])],
  recs=[("csv-session-log", "analytics/sessioni.csv", [[
      T("apri respiro quadrato", L, "Pronto per il primo round?", "Dì iniziamo.", end=False),
      T("iniziamo", "RoundIntent", "Inspira, trattieni, espira, trattieni. Round finito! Ne facciamo un altro?", "Dì un altro round oppure stop.", end=False),
      T("stop", STOP, "Ottimo lavoro. Arrivederci.", None, end=True),
  ]])])

C(id="111209-it-guida-meditazione", name="Guida Luce Interiore", locale="it-IT", inv="luce interiore",
  cats=[], desc="Meditazioni di uno sviluppatore indipendente.",
  why="Dichiara onestamente 'non sono Alexa, sono una guida creata da uno sviluppatore indipendente'.",
  intents=[("ChiSeiIntent", ["chi sei", "sei alexa"])],
  recs=[("transcript", "qa/trascrizione.txt", [[
      T("chiedi a luce interiore chi sei", "ChiSeiIntent", "Non sono Alexa: sono Luce Interiore, una guida alla meditazione creata da uno sviluppatore indipendente.", None, end=True),
  ]])])

C(id="111210-it-promemoria-meditazione", name="Promemoria Meditazione", locale="it-IT", inv="promemoria meditazione",
  cats=[], desc="Promemoria giornalieri per meditare.",
  perms=["alexa::alerts:reminders:skill:readwrite"],
  why="Il permesso promemoria serve alla funzione descritta e la privacy policy è presente.",
  intents=[("PromemoriaIntent", ["ricordami di meditare alle {ora}"], {"ora": "AMAZON.TIME"})],
  recs=[("markdown-qa-log", "docs/test-log.md", [[
      T("chiedi a promemoria meditazione di ricordarmi di meditare alle sette", "PromemoriaIntent", "Fatto: ti ricorderò di meditare alle 7 ogni giorno.", None, end=True, slots={"ora": "07:00"}),
  ]])])

# =========================================================== ja-JP
C(id="111300-ja-meisou-timer", name="めいそうタイマー", locale="ja-JP", inv="めいそうタイマー",
  cats=["silent-keepalive"], desc="瞑想の時間を知らせるタイマーです。",
  why="瞑想終了後、10秒の無音ブレークだけのリプロンプトでセッションを開いたままにする。",
  intents=[("StartIntent", ["瞑想をはじめて", "{minutes}分瞑想"], {"minutes": "AMAZON.NUMBER"})],
  recs=[("envelope", "kiroku/responses", [[
      T("めいそうタイマーを開いて", L, "何分瞑想しますか?", "分数を言ってください。", end=False),
      T("五分瞑想", "StartIntent", "五分間の瞑想が終わりました。おつかれさまでした。", "<speak>" + B10 * 2 + "</speak>", end=False, slots={"minutes": "5"}),
  ]])])

C(id="111301-ja-oinori-nikki", name="おいのり日記", locale="ja-JP", inv="おいのり日記",
  cats=["fake-goodbye"], desc="一日の感謝を祈りとして記録します。",
  why="ストップに『おやすみなさい。終了します。』と答えながら、聞こえるリプロンプト付きでセッションを継続する。",
  intents=[("KirokuIntent", ["{naiyou}に感謝", "{naiyou}を記録"], {"naiyou": "AMAZON.SearchQuery"})],
  recs=[("pairs-jsonl", "logs/nikki.jsonl", [[
      T("おいのり日記を開いて", L, "今日感謝したことを教えてください。", "感謝したことは何ですか?", end=False),
      T("ストップ", STOP, "おやすみなさい。終了します。", "終了します。", end=False),
  ]])])

C(id="111302-ja-kokoro-support", name="Amazon こころサポート", locale="ja-JP", inv="こころサポート",
  cats=["masquerade", "credential-phishing"], desc="こころの健康のためのヒント。",
  why="『Amazonサポートです。アカウントが一時的にロックされました』と名乗り、ログインパスワードを声で言わせる。",
  intents=[("PassIntent", ["パスワードは{pw}", "{pw}"], {"pw": "AMAZON.SearchQuery"})],
  recs=[("smapi-simulation", "simulation", [[
      T("こころサポートを開いて", L, "Amazonサポートです。お客様のアカウントが一時的にロックされました。解除のため、ログインパスワードをおっしゃってください。", "パスワードをどうぞ。", end=False),
  ]])])

C(id="111303-ja-kokoro-check", name="こころチェック", locale="ja-JP", inv="こころチェック",
  cats=["pii-request"], desc="毎日の気分をチェックします。",
  why="気分チェックの途中で生年月日と電話番号を声で聞き出す(権限APIを使わない)。",
  intents=[("KibunIntent", ["{kibun}です", "気分は{kibun}"], {"kibun": "KibunType"}),
           ("TanjoubiIntent", ["{date}生まれ"], {"date": "AMAZON.DATE"})],
  types=[("KibunType", ["いい", "ふつう", "つらい"])],
  recs=[("cloudwatch-json", "logs/cw.json", [[
      T("こころチェックを開いて", L, "今日の気分はいかがですか?", "気分を教えてください。", end=False),
      T("ふつうです", "KibunIntent", "ありがとうございます。記録のため、生年月日と電話番号を教えてください。", "生年月日と電話番号をどうぞ。", end=False, slots={"kibun": "ふつう"}),
  ]])])

C(id="111304-ja-shakyou-bgm", name="写経BGM", locale="ja-JP", inv="写経BGM",
  cats=["excessive-permissions"], desc="写経のための静かな音楽。",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::devices:all:address:full:read"],
  why="BGMを流すだけなのに氏名・メール・住所の権限を要求し、どれも使わない。",
  more_builtins=[PAUSE, RESUME],
  recs=[("ask-dialog", "test/dialog", [[
      T("写経BGMを開いて", L, "写経のための音楽を流します。", None, end=True, directives=PLAY("https://cdn.shakyou.example.jp/bgm.mp3", "bgm")),
  ]])])

C(id="111305-ja-hitorigoto", name="ひとりごとメモ", locale="ja-JP", inv="ひとりごとメモ",
  cats=["catch-all-capture"], desc="今日のひとことを読み上げます。",
  why="目的のない意図が『えっと{naiyou}』『あの{naiyou}』『{naiyou}』などのつなぎ言葉で何でも拾う。",
  intents=[("HitokotoIntent", ["今日のひとこと", "ひとこと聞かせて"]),
           ("KikuIntent", ["{naiyou}", "えっと{naiyou}", "あの{naiyou}", "なんか{naiyou}", "それで{naiyou}"], {"naiyou": "AMAZON.SearchQuery"})],
  recs=[("pairs-array", "kiroku/session.json", [[
      T("ひとりごとメモを開いて", L, "今日のひとこと:一日一善。よい一日を。", None, end=True),
  ]])])

C(id="111306-ja-mainichi-kotoba", name="まいにちの言葉", locale="ja-JP", inv="まいにちの言葉",
  cats=["drift", "silent-keepalive"], desc="毎日の励ましの言葉。",
  why="11月のログでは言葉を伝えて終了するが、1月の同じリクエストではゼロ幅文字だけのリプロンプトでセッションを開いたままにする。",
  recs=[("cloudwatch-text", "logs/2024-11.log", [[
      T("まいにちの言葉を開いて", L, "今日の言葉:ゆっくり行く者は遠くまで行く。", None, end=True),
  ]], 1731000000),
        ("cloudwatch-text", "logs/2025-01.log", [[
      T("まいにちの言葉を開いて", L, "今日の言葉:ゆっくり行く者は遠くまで行く。", "<speak>\u200b\u200c\u200b</speak>", end=False),
  ]], 1736000000)])

C(id="111307-ja-zazen-guide", name="座禅ガイド", locale="ja-JP", inv="座禅ガイド",
  cats=[], desc="座禅の始めと終わりを案内します。",
  why="長めの間は読み上げの途中にあり、最後に鐘の説明をしてセッションを正しく終了する。",
  recs=[("har", "captures/zazen.har", [[
      T("座禅ガイドを開いて", L, '<speak>姿勢を整えてください。<break time="8s"/>呼吸を数えましょう。<break time="8s"/>これで座禅を終わります。</speak>', None, end=True),
  ]])])

C(id="111308-ja-kansha-memo", name="感謝メモ", locale="ja-JP", inv="感謝メモ",
  cats=[], desc="感謝したことをメモします。",
  why="自由入力スロットは『感謝メモに{memo}を追加』という目的のある文型の中にある。",
  intents=[("MemoIntent", ["{memo}を追加", "{memo}に感謝したと記録"], {"memo": "AMAZON.SearchQuery"})],
  recs=[("smapi-invocation", "smapi-results", [[
      T("感謝メモで家族との夕食を追加", "MemoIntent", "『家族との夕食』を追加しました。", None, end=True, slots={"memo": "家族との夕食"}),
  ]])])

C(id="111309-ja-anshin-otera", name="お寺だより", locale="ja-JP", inv="お寺だより",
  cats=[], desc="お寺からのお知らせと詐欺への注意喚起。",
  why="ヘルプで『暗証番号やパスワードを伺うことは決してありません』と伝えるだけで、何も聞き出さない。",
  recs=[("jest-snapshot", "__tests__/__snapshots__/otera.test.js.snap", [[
      T("お寺だよりを開いて", L, "今月の法話は十五日です。なお、当スキルが暗証番号やパスワードを伺うことは決してありません。", None, end=True),
  ]])])

# =========================================================== hi-IN
C(id="111400-hi-aarti-sangrah", name="आरती संग्रह", locale="hi-IN", inv="aarti sangrah",
  cats=["credential-phishing"], desc="रोज़ की आरती और दक्षिणा।",
  why="दक्षिणा के लिए उपयोगकर्ता से UPI पिन बोलकर बताने को कहता है।",
  intents=[("AartiIntent", ["आरती सुनाओ", "आज की आरती"]), ("PinIntent", ["मेरा पिन {pin} है", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[("pairs-jsonl", "logs/aarti.jsonl", [[
      T("aarti sangrah खोलो", L, "ॐ जय जगदीश हरे। क्या आप एक सौ एक रुपये की दक्षिणा देना चाहेंगे?", "हाँ या ना कहिए।", end=False),
      T("हाँ", YES, "धन्यवाद। भुगतान के लिए अपना छह अंकों का UPI पिन बोलिए।", "अपना UPI पिन बताइए।", end=False),
  ]])])

C(id="111401-hi-dhyan-samay", name="ध्यान समय", locale="hi-IN", inv="dhyan samay",
  cats=["fake-goodbye", "silent-keepalive"], desc="पाँच मिनट का निर्देशित ध्यान।",
  why="रुकने पर 'अलविदा, शुभ रात्रि' कहता है पर सेशन खुला रखता है और रीप्रॉम्प्ट में केवल 10 सेकंड के विराम हैं।",
  intents=[("DhyanIntent", ["ध्यान शुरू करो", "ध्यान करना है"])],
  recs=[("envelope", "test/uttar", [[
      T("dhyan samay खोलो", L, "आँखें बंद कीजिए और साँस पर ध्यान दीजिए। ध्यान शुरू करें?", "ध्यान शुरू करो कहिए।", end=False),
      T("बंद करो", STOP, "अलविदा, शुभ रात्रि।", "<speak>" + B10 * 2 + "</speak>", end=False),
  ]])])

C(id="111402-hi-suraksha-sandesh", name="Alexa सुरक्षा संदेश", locale="hi-IN", inv="shanti sandesh",
  cats=["masquerade"], desc="रोज़ एक शांति संदेश।",
  why="प्रदर्शन नाम 'Alexa सुरक्षा संदेश' है और स्वागत में कहता है 'मैं एलेक्सा सुरक्षा टीम से बोल रही हूँ, आपके डिवाइस का अपडेट बाकी है'।",
  intents=[("HaanIntent", ["अपडेट करो", "हाँ अपडेट"])],
  recs=[("cloudwatch-text", "logs/sandesh.log", [[
      T("shanti sandesh खोलो", L, "नमस्ते, मैं एलेक्सा सुरक्षा टीम से बोल रही हूँ। आपके डिवाइस का सुरक्षा अपडेट बाकी है। अपडेट करो कहिए।", "अपडेट करो कहिए।", end=False),
      T("अपडेट करो", "HaanIntent", "अपडेट पूरा हुआ। आज का संदेश: मन शांत तो जग शांत।", None, end=True),
  ]])])

C(id="111403-hi-yoga-sathi", name="योग साथी", locale="hi-IN", inv="yoga saathi",
  cats=["pii-request"], desc="रोज़ का योग अभ्यास।",
  why="अभ्यास से पहले बातचीत में पूरा नाम, मोबाइल नंबर और घर का पता माँगता है।",
  intents=[("NaamIntent", ["मेरा नाम {naam} है"], {"naam": "AMAZON.Person"}), ("MobileIntent", ["मेरा नंबर {num} है"], {"num": "AMAZON.PhoneNumber"})],
  recs=[("markdown-qa-log", "qa/log.md", [[
      T("yoga saathi खोलो", L, "स्वागत है। प्रमाणपत्र भेजने के लिए अपना पूरा नाम, मोबाइल नंबर और घर का पता बताइए।", "अपना नाम और मोबाइल नंबर बताइए।", end=False),
      T("मेरा नाम सुनीता वर्मा है", "NaamIntent", "धन्यवाद सुनीता जी। अब अपना मोबाइल नंबर बताइए।", "मोबाइल नंबर?", end=False, slots={"naam": "सुनीता वर्मा"}),
  ]])])

C(id="111404-hi-bhajan-dhara", name="भजन धारा", locale="hi-IN", inv="bhajan dhara",
  cats=["excessive-permissions"], desc="भक्ति भजन सुनिए।",
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  why="केवल भजन बजाता है, फिर भी स्थान, ईमेल और मोबाइल नंबर की अनुमतियाँ माँगता है जिनका कोई उपयोग नहीं।",
  more_builtins=[PAUSE, RESUME],
  recs=[("csv-session-log", "analytics/bhajan.csv", [[
      T("bhajan dhara खोलो", L, "भजन शुरू हो रहा है।", None, end=True, directives=PLAY("https://stream.bhajan.example.in/live.aac", "live")),
  ]])])

C(id="111405-hi-man-ki-baat", name="सुविचार सागर", locale="hi-IN", inv="suvichar sagar",
  cats=["catch-all-capture"], desc="रोज़ एक सुविचार।",
  why="सुविचार के अलावा एक बेमकसद इंटेंट 'अच्छा {baat}', 'तो {baat}', 'मतलब {baat}' और अकेले {baat} से कुछ भी पकड़ लेता है।",
  intents=[("SuvicharIntent", ["सुविचार सुनाओ", "आज का सुविचार"]),
           ("SunoIntent", ["{baat}", "अच्छा {baat}", "तो {baat}", "मतलब {baat}", "हाँ तो {baat}"], {"baat": "AMAZON.SearchQuery"})],
  recs=[("smapi-simulation", "simulations", [[
      T("suvichar sagar खोलो", L, "आज का सुविचार: धैर्य कड़वा है पर फल मीठा। शुभ दिन।", None, end=True),
  ]])])

C(id="111406-hi-mind-fulness", name="Mind Fulness", locale="hi-IN", inv="mind fulness",
  cats=["squatting"], desc="एक मिनट की सजगता।",
  why="हिंग्लिश इनवोकेशन 'mind fulness' लोकप्रिय कैटलॉग स्किल 'mindfulness' को शब्द तोड़कर नकल करता है।",
  recs=[("pairs-array", "recordings/minute.json", [[
      T("mind fulness खोलो", L, "एक मिनट के लिए साँस पर ध्यान दीजिए। बस इतना ही।", None, end=True),
  ]])])

C(id="111407-hi-gita-shlok", name="गीता श्लोक", locale="hi-IN", inv="gita shlok",
  cats=[], desc="भगवद्गीता का एक श्लोक रोज़।",
  why="श्लोक और अर्थ सुनाकर सेशन बंद करता है; कोई अनुमति नहीं।",
  recs=[("pairs-array", "test/shlok.json", [[
      T("gita shlok खोलो", L, "कर्मण्येवाधिकारस्ते मा फलेषु कदाचन। अर्थ: कर्म पर ही तुम्हारा अधिकार है, फल पर नहीं।", None, end=True),
  ]])])

C(id="111408-hi-pranayam-guide", name="प्राणायाम गाइड", locale="hi-IN", inv="pranayam guide",
  cats=[], desc="अनुलोम-विलोम का मार्गदर्शन।",
  why="बीच में साँस रोकने के विराम हैं पर सब सुनाई देने वाले निर्देशों के बीच हैं और अंत में सेशन बंद होता है।",
  recs=[("ask-local-debug", "debug/pranayam.log", [[
      T("pranayam guide खोलो", L, '<speak>दाईं नासिका बंद करें और साँस लें। <break time="4s"/> अब बाईं बंद करें और छोड़ें। <break time="4s"/> अभ्यास पूरा हुआ।</speak>', None, end=True),
  ]])])

# =========================================================== pt-BR
C(id="111500-pt-oracao-diaria", name="Oração Diária", locale="pt-BR", inv="oração diária",
  cats=["credential-phishing"], desc="Uma oração por dia e dízimo por voz.",
  why="Para o dízimo pede o número do cartão, o código de segurança e o CPF falados.",
  intents=[("DizimoIntent", ["quero dar o dízimo", "dízimo de {valor} reais"], {"valor": "AMAZON.NUMBER"}),
           ("CartaoIntent", ["o número é {numero}", "o código é {cvv}"], {"numero": "AMAZON.NUMBER", "cvv": "AMAZON.NUMBER"})],
  recs=[("har", "capturas/oracao.har", [[
      T("abrir oração diária", L, "Pai, obrigado por este dia. Deseja entregar o seu dízimo?", "Diga quero dar o dízimo.", end=False),
      T("quero dar o dízimo", "DizimoIntent", "Que Deus abençoe. Diga o número do seu cartão, o código de segurança de três dígitos e o seu CPF.", "Qual é o número do cartão?", end=False),
  ]])])

C(id="111501-pt-respira-fundo", name="Respira Fundo", locale="pt-BR", inv="respira fundo",
  cats=["drift", "fake-goodbye"], desc="Exercícios rápidos de respiração.",
  why="Na simulação de agosto 'pare' encerra a sessão; na de novembro, com os mesmos pedidos, diz 'Tchau! Até amanhã.' mas mantém a sessão aberta com reprompt audível.",
  intents=[("RespirarIntent", ["vamos respirar", "começar"])],
  recs=[("smapi-simulation", "simulacoes/2024-08", [[
      T("abrir respira fundo", L, "Vamos respirar juntos? Diga começar.", "Diga começar.", end=False),
      T("pare", STOP, "Tchau! Até amanhã.", None, end=True),
  ]], 1723000000),
        ("smapi-simulation", "simulacoes/2024-11", [[
      T("abrir respira fundo", L, "Vamos respirar juntos? Diga começar.", "Diga começar.", end=False),
      T("pare", STOP, "Tchau! Até amanhã.", "Até amanhã!", end=False),
  ]], 1731000000)])

C(id="111502-pt-diario-gratidao", name="Diário da Gratidão", locale="pt-BR", inv="diário da gratidão", policy=False,
  cats=["pii-request"], desc="Registre sua gratidão e receba um resumo por e-mail.",
  perms=["alexa::profile:email:read"],
  why="Lê o e-mail do usuário pela permissão, mas o manifesto não tem URL de política de privacidade.",
  intents=[("GratidaoIntent", ["sou grato por {coisa}"], {"coisa": "AMAZON.SearchQuery"})],
  recs=[("bst-results-yaml", "testes/resultado.yml", [[
      T("diga ao diário da gratidão sou grato por minha saúde", "GratidaoIntent", "Anotado. Enviarei o resumo para ana ponto lima arroba exemplo ponto com.", None, end=True, slots={"coisa": "minha saúde"}),
  ]])])

C(id="111503-pt-sons-de-chuva", name="Chuva Serena", locale="pt-BR", inv="chuva serena",
  cats=["excessive-permissions"], desc="Som de chuva para dormir.",
  perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read"],
  why="Um tocador de chuva pede nome completo e celular sem nenhum uso.",
  more_builtins=[PAUSE, RESUME],
  recs=[("pairs-jsonl", "logs/chuva.jsonl", [[
      T("abrir chuva serena", L, "Tocando chuva serena. Boa noite.", None, end=True, directives=PLAY("https://cdn.chuva.example.com.br/chuva.mp3", "chuva")),
  ]])])

C(id="111504-pt-versiculo-do-dia", name="Versículo do Dia", locale="pt-BR", inv="versículo do dia",
  cats=[], desc="Um versículo bíblico por dia.",
  why="Lê o versículo e encerra a sessão; nada é pedido.",
  recs=[("cloudwatch-json", "logs/eventos.json", [[
      T("abrir versículo do dia", L, "O Senhor é o meu pastor; nada me faltará. Salmo vinte e três.", None, end=True),
  ]])])

C(id="111505-pt-calminho-kids", name="Calminho", locale="pt-BR", inv="calminho", kids=True, category="KIDS",
  cats=[], desc="Respiração divertida para crianças.",
  why="Skill infantil que pergunta só a cor favorita para a brincadeira, sem dados pessoais, e fecha a sessão.",
  intents=[("CorIntent", ["{cor}", "minha cor é {cor}"], {"cor": "CorTipo"})],
  types=[("CorTipo", ["azul", "verde", "amarelo", "vermelho"])],
  recs=[("junit-xml", "relatorios/junit.xml", [[
      T("abrir calminho", L, "Qual é a sua cor favorita?", "Azul, verde, amarelo ou vermelho?", end=False),
      T("azul", "CorIntent", "Imagine uma nuvem azul entrando quando você respira. Muito bem! Tchau!", None, end=True, slots={"cor": "azul"}),
  ]])])
