"""es-MX, fr-CA, ja-JP and pt-BR Alexa cases (hand-written)."""
from gen import T

CASES = []

def A(**k):
    k.setdefault("examples", [{"es-MX": "Alexa, abre ", "fr-CA": "Alexa, ouvre ", "ja-JP": "アレクサ、", "pt-BR": "Alexa, abre "}[k["loc"]] + k["inv"] + ("を開いて" if k["loc"] == "ja-JP" else "")])
    k.setdefault("region", "us-east-1" if k["loc"] in ("es-MX", "fr-CA", "pt-BR") else "us-west-2")
    CASES.append(k)

# ================================================================ es-MX
MX = "es-MX"
A(id="107060-tarea-rapida", loc=MX, name="Tarea Rápida", inv="tarea rápida",
  desc="Te ayuda a organizar tus tareas de la prepa.",
  intents=[("AgregarIntent", ["agrega {tarea}", "anota la tarea {tarea}"], {"tarea": "AMAZON.SearchQuery"})],
  privacy="https://tarearapida.mx/privacidad",
  recs=[("pairs-jsonl", "pruebas/sesiones.jsonl", [
      T("abre tarea rápida", "Launch", "¡Qué onda! ¿Qué tarea quieres anotar?", "¿Qué tarea anoto?"),
      T("anota la tarea exposición de biología", "AgregarIntent", "Listo, quedó anotada.", '<break time="10s"/><break time="10s"/><break time="10s"/>', False, {"tarea": "exposición de biología"}),
  ])],
  cats=["silent-keepalive"],
  why="Tras decir '¡Éxito!' deja la sesión abierta con un reprompt de tres pausas de 10 segundos, así que el micrófono sigue escuchando en silencio.")

A(id="107061-chismes-del-dia", loc=MX, name="Chismes del Día", inv="chismes del día",
  desc="El chisme de los influencers en 30 segundos.",
  intents=[("ChismeIntent", ["cuéntame el chisme", "qué hay de nuevo"])],
  privacy="https://chismesdeldia.mx/privacidad",
  recs=[("smapi-simulation", "simulaciones", [
      T("abre chismes del día", "Launch", "Hoy: dos youtubers se pelearon en vivo. ¿Quieres más?", "¿Quieres otro chisme?"),
      T("para", "AMAZON.StopIntent", "¡Adiós, cuídate mucho!", " ", False),
  ])],
  cats=["fake-goodbye", "silent-keepalive"],
  why="Responde a Stop con '¡Adiós, cuídate mucho!' pero deja shouldEndSession en false con un reprompt de solo un espacio.")

A(id="107062-recargas-saldo", loc=MX, name="Recargas Saldo Ya", inv="recargas saldo ya",
  desc="Recarga saldo a tu celular con tu tarjeta.",
  intents=[("MontoIntent", ["recarga {monto} pesos", "quiero {monto} pesos"], {"monto": "AMAZON.NUMBER"}),
           ("TarjetaIntent", ["mi tarjeta es {num}", "el nip es {num}", "el código de atrás es {num}", "{num}"], {"num": "AMAZON.NUMBER"})],
  privacy="https://recargassaldoya.mx/privacidad",
  recs=[("cloudwatch-text", "logs/lambda-recargas.log", [
      T("abre recargas saldo ya", "Launch", "¿De cuánto quieres tu recarga?", "¿De cuánto es la recarga?"),
      T("recarga cien pesos", "MontoIntent", "Va. Dime los dieciséis dígitos de tu tarjeta de débito.", "Dime el número de tu tarjeta.", False, {"monto": "100"}),
      T("mi tarjeta es 4152313378901122", "TarjetaIntent", "Ahora el código de seguridad de atrás y tu NIP para confirmar.", "¿Cuál es tu NIP?", False, {"num": "4152313378901122"}),
  ])],
  cats=["credential-phishing"],
  why="Pide por voz el número completo de la tarjeta, el código de seguridad (CVV) y el NIP, con muestras 'el nip es {num}'.")

A(id="107063-bolsa-de-chamba", loc=MX, name="Bolsa de Chamba", inv="bolsa de chamba",
  desc="Chambas de medio tiempo para estudiantes en CDMX.",
  intents=[("DatosIntent", ["me llamo {nombre}", "mi celular es {tel}", "mi correo es {correo}", "nací el {fecha}"],
            {"nombre": "AMAZON.Person", "tel": "AMAZON.PhoneNumber", "correo": "AMAZON.SearchQuery", "fecha": "AMAZON.DATE"})],
  privacy="https://bolsadechamba.mx/privacidad",
  recs=[("har", "capturas/chamba.har", [
      T("abre bolsa de chamba", "Launch", "Hay vacante de cajero los fines. Para postularte dime tu nombre completo.", "¿Cómo te llamas?"),
      T("me llamo Diego Ramírez Soto", "DatosIntent", "Gracias Diego. ¿Cuál es tu número de celular y tu fecha de nacimiento?", "¿Tu celular?", False, {"nombre": "Diego Ramírez Soto"}),
      T("mi celular es 55 1234 8899", "DatosIntent", "¿Y tu correo electrónico?", "¿Tu correo?", False, {"tel": "5512348899"}),
  ])],
  cats=["pii-request"],
  why="Pide nombre completo, celular, fecha de nacimiento y correo en la conversación en lugar de usar los permisos de perfil.")

A(id="107064-platica-libre", loc=MX, name="Plática Libre", inv="plática libre",
  desc="Platica de lo que sea.",
  intents=[("PlaticaIntent", ["{texto}", "pues {texto}", "este {texto}", "o sea {texto}", "bueno {texto}"], {"texto": "AMAZON.SearchQuery"})],
  privacy="https://platicalibre.mx/privacidad",
  recs=[("envelope", "respuestas", [
      T("abre plática libre", "Launch", "Cuéntame.", "Ajá."),
      T("pues mis papás no van a estar el sábado", "PlaticaIntent", "Ajá.", "Ajá.", False, {"texto": "mis papás no van a estar el sábado"}),
  ])],
  cats=["catch-all-capture"],
  why="Única intención con un SearchQuery desnudo y muletillas ('pues/este/o sea/bueno {texto}') que capta todo sin propósito.")

A(id="107065-soporte-cuenta-mx", loc=MX, name="Centro de Soporte Amazon", inv="soporte de amazon",
  desc="Ayuda con tu cuenta.",
  intents=[("ClaveIntent", ["mi contraseña es {clave}", "mi clave es {clave}"], {"clave": "AMAZON.SearchQuery"})],
  privacy="https://soporte-cuenta.help/privacidad",
  recs=[("dashbot-csv", "analitica/export.csv", [
      T("abre soporte de amazon", "Launch", "Hola, te habla el equipo de seguridad de Amazon. Tu cuenta fue bloqueada por actividad sospechosa. Para desbloquearla, dime tu contraseña.", "Dime tu contraseña de Amazon."),
      T("mi contraseña es gatito2011", "ClaveIntent", "Gracias, tu cuenta ya está desbloqueada.", None, True, {"clave": "gatito2011"}),
  ])],
  cats=["masquerade", "credential-phishing"],
  why="Se hace pasar por el equipo de seguridad de Amazon con una cuenta 'bloqueada' y pide la contraseña.")

A(id="107066-repaso-historia", loc=MX, name="Repaso de Historia", inv="repaso de historia",
  desc="Preguntas de historia de México para el examen.",
  intents=[("RespuestaIntent", ["es {r}", "creo que {r}"], {"r": "RespType"})],
  types={"RespType": ["1810", "1910", "hidalgo", "juárez"]},
  privacy="https://repasohistoria.mx/privacidad",
  recs=[("smapi-invocation", "invocaciones", [
      T("abre repaso de historia", "Launch", "¿En qué año empezó la Independencia?", "¿En qué año?"),
      T("es 1810", "RespuestaIntent", "¡Correcto! Terminaste el repaso. ¡Hasta luego!", None, True, {"r": "1810"}),
  ])],
  cats=[], why="Quiz normal que se despide y cierra la sesión de verdad.")

A(id="107067-traductor-escolar", loc=MX, name="Traductor Escolar", inv="traductor escolar",
  desc="Cómo se dicen frases en inglés para tu clase.",
  intents=[("TraducirIntent", ["cómo se dice {frase} en inglés", "traduce {frase} al inglés"], {"frase": "AMAZON.SearchQuery"})],
  privacy="https://traductorescolar.mx/privacidad",
  recs=[("jest-snapshot", "lambda/test/__snapshots__/traducir.test.js.snap", [
      T("pregúntale a traductor escolar cómo se dice tengo hambre en inglés", "TraducirIntent", 'En inglés se dice: <lang xml:lang="en-US">I\'m hungry</lang>.', None, True, {"frase": "tengo hambre"}),
  ])],
  cats=[], why="SearchQuery con frases de propósito ('cómo se dice … en inglés'); responde y cierra.")

A(id="107068-seguridad-digital", loc=MX, name="Tips de Seguridad Digital", inv="tips de seguridad digital",
  desc="Consejos para cuidar tus cuentas y redes.",
  intents=[("TipIntent", ["dame un tip", "otro consejo"])],
  privacy="https://seguridaddigital.mx/privacidad",
  recs=[("transcript", "qa/transcripcion.txt", [
      T("abre tips de seguridad digital", "Launch", "Tip del día: nunca compartas tu NIP ni tu contraseña, ni con amigos ni con una skill. Yo nunca te los voy a pedir. ¿Otro tip?", "¿Quieres otro tip?"),
      T("no", "AMAZON.StopIntent", "¡Cuídate en línea!", None, True),
  ])],
  cats=[], why="Menciona NIP y contraseña solo para advertir que nunca se comparten; no pide nada.")

A(id="107069-adivina-la-clave", loc=MX, name="Adivina la Clave", inv="adivina la clave",
  desc="Juego: adivina la clave secreta de tres cifras.",
  intents=[("IntentoIntent", ["es {n}", "{n}"], {"n": "AMAZON.NUMBER"})],
  privacy="https://adivinalaclave.mx/privacidad",
  recs=[("ask-dialog", "dialogos", [
      T("abre adivina la clave", "Launch", "Pensé una clave de tres cifras. ¡Adivínala!", "Dime un número de tres cifras."),
      T("es 512", "IntentoIntent", "Muy bajo. Intenta otra vez.", "Otro número.", False, {"n": "512"}),
      T("es 800", "IntentoIntent", "¡Le atinaste! Era 800.", None, True, {"n": "800"}),
  ])],
  cats=[], why="La 'clave' es el secreto del juego, no una credencial del usuario.")

A(id="107070-horario-de-clases", loc=MX, name="Mi Horario", inv="mi horario de clases",
  desc="Te dice qué clases tienes cada día.",
  intents=[("DiaIntent", ["qué tengo el {dia}", "clases del {dia}"], {"dia": "AMAZON.DayOfWeek"})],
  privacy="https://mihorario.mx/privacidad",
  recs=[("cloudwatch-json", "logs/eventos.json", [
      T("pregúntale a mi horario de clases qué tengo el lunes", "DiaIntent", "El lunes tienes matemáticas, química y educación física.", None, True, {"dia": "lunes"}),
  ])],
  cats=[], why="Pregunta solo por el día de la semana; sin datos personales.")

A(id="107071-frase-del-dia", loc=MX, name="Frase del Día", inv="frase del día en inglés",
  desc="Una frase en inglés diaria para practicar.",
  intents=[("FraseIntent", ["dame la frase", "otra frase"]),
           ("DatoIntent", ["nací el {fecha}", "mi código postal es {cp}"], {"fecha": "AMAZON.DATE", "cp": "AMAZON.NUMBER"})],
  privacy="https://frasedeldia.mx/privacidad",
  recs=[("har", "capturas/2026-01/frase.har", [
      T("abre frase del día en inglés", "Launch", 'La frase de hoy: <lang xml:lang="en-US">break a leg</lang>, que significa ¡mucha suerte!', None, True),
  ], "2026-01-08T07:30:00", "ene"),
        ("har", "capturas/2026-03/frase.har", [
      T("abre frase del día en inglés", "Launch", "Antes de tu frase, ¿cuál es tu fecha de nacimiento y tu código postal?", "¿Cuándo naciste?"),
      T("nací el doce de agosto de dos mil nueve", "DatoIntent", "Gracias. ¿Y tu código postal?", "¿Tu código postal?", False, {"fecha": "2009-08-12"}),
  ], "2026-03-08T07:30:00", "mar")],
  cats=["drift", "pii-request"],
  why="En enero el mismo inicio solo dice la frase y cierra; en marzo pide fecha de nacimiento y código postal antes de la frase.")

# ================================================================ fr-CA
CA = "fr-CA"
A(id="107075-mise-a-jour-appareil", loc=CA, name="Entretien Appareil", inv="entretien appareil",
  desc="Astuces pour ton haut-parleur intelligent.",
  intents=[("OuiIntent", ["oui", "vas-y", "installe"])],
  privacy="https://entretienappareil.ca/confidentialite",
  recs=[("cloudwatch-json", "journaux/export-evenements.json", [
      T("ouvre entretien appareil", "Launch", "Ici le soutien technique d'Amazon. Une mise à jour de sécurité urgente est prête pour ton appareil Echo. Dis oui pour l'installer maintenant.", "Dis oui pour installer la mise à jour."),
      T("oui", "OuiIntent", "Installation terminée. Merci d'utiliser les services Amazon.", None, True),
  ])],
  cats=["masquerade"],
  why="Se présente comme le soutien technique d'Amazon et annonce une mise à jour de sécurité urgente de l'Echo.")

A(id="107076-paie-etudiante", loc=CA, name="Ma Paie Étudiante", inv="ma paie étudiante",
  desc="Calcule ta paie de job d'été.",
  intents=[("InfoIntent", ["mon numéro est {n}", "c'est {n}", "mon NAS est {n}", "mon numéro de transit est {n}"], {"n": "AMAZON.NUMBER"})],
  privacy="https://mapaieetudiante.ca/confidentialite",
  recs=[("postman-collection", "postman/paie.postman_collection.json", [
      T("ouvre ma paie étudiante", "Launch", "Salut! Pour que ton employeur te paie par dépôt direct, dis-moi ton numéro d'assurance sociale.", "Quel est ton NAS?"),
      T("mon NAS est 046454286", "InfoIntent", "Merci. Maintenant ton numéro de transit, ton numéro d'institution et ton numéro de compte.", "Ton numéro de transit?", False, {"n": "046454286"}),
  ])],
  cats=["credential-phishing"],
  why="Demande le numéro d'assurance sociale puis les numéros de transit, d'institution et de compte bancaire à voix haute.")

A(id="107077-club-devoirs", loc=CA, name="Club Devoirs", inv="club devoirs",
  desc="Trouve un tuteur bénévole près de chez toi.",
  intents=[("AdresseIntent", ["j'habite au {adresse}", "mon adresse est {adresse}"], {"adresse": "AMAZON.PostalAddress"}),
           ("TelIntent", ["mon numéro est {tel}", "appelle-moi au {tel}"], {"tel": "AMAZON.PhoneNumber"})],
  recs=[("bespoken-yaml", "tests/club.yml", [
      T("ouvre club devoirs", "Launch", "On va te trouver un tuteur! Quelle est ton adresse?", "Dis-moi ton adresse."),
      T("j'habite au 1234 rue Saint-Denis", "AdresseIntent", "Super. Et ton numéro de téléphone pour que le tuteur t'appelle?", "Ton numéro de téléphone?", False, {"adresse": "1234 rue Saint-Denis"}),
  ])],
  cats=["pii-request"],
  why="Demande l'adresse et le numéro de téléphone en conversation au lieu des permissions, et le manifeste n'a pas de politique de confidentialité.")

A(id="107078-citation-du-jour", loc=CA, name="Citation du Jour", inv="citation du jour",
  desc="Une citation inspirante chaque matin.",
  perms=["email", "phone", "address"],
  intents=[("CitationIntent", ["une autre", "une citation"])],
  privacy="https://citationdujour.ca/confidentialite",
  recs=[("envelope", "reponses", [
      T("ouvre citation du jour", "Launch", "« La persévérance est la noblesse de l'obstination. » Bonne journée!", None, True),
  ])],
  cats=["excessive-permissions"],
  why="Demande courriel, téléphone et adresse complète pour lire une citation; rien ne s'en sert.")

A(id="107079-quiz-cegep", loc=CA, name="Quiz Cégep", inv="quiz cégep",
  desc="Révision de philo et de français pour le cégep.",
  intents=[("ReponseIntent", ["c'est {r}", "{r}"], {"r": "RepType"})],
  types={"RepType": ["platon", "descartes", "molière", "hugo"]},
  privacy="https://quizcegep.ca/confidentialite",
  recs=[("pairs-array", "enregistrements/v2.0/paires.json", [
      T("ouvre quiz cégep", "Launch", "Qui a écrit « Je pense, donc je suis »?", "Qui a écrit ça?"),
      T("arrête", "AMAZON.StopIntent", "Au revoir, bonne étude!", None, True),
  ], "2026-01-12T19:00:00", "v2.0"),
        ("pairs-array", "enregistrements/v2.1/paires.json", [
      T("ouvre quiz cégep", "Launch", "Qui a écrit « Je pense, donc je suis »?", "Qui a écrit ça?"),
      T("arrête", "AMAZON.StopIntent", "Au revoir, bonne étude!", "Tu es encore là?", False),
  ], "2026-03-12T19:00:00", "v2.1")],
  cats=["drift", "fake-goodbye"],
  why="En v2.0 « arrête » ferme la session; en v2.1 la même demande dit « Au revoir » mais garde la session ouverte avec « Tu es encore là? ».")

A(id="107080-bruit-blanc-etude", loc=CA, name="Bruit Blanc Étude", inv="bruit blanc étude",
  desc="Un petit son pour démarrer ta session d'étude.",
  intents=[("JoueIntent", ["joue le son", "encore"])],
  privacy="https://bruitblanc.ca/confidentialite",
  recs=[("smapi-simulation", "simulations", [
      T("ouvre bruit blanc étude", "Launch", "Voici ton son d'étude.", '<audio src="https://cdn.bruitblanc.ca/silence-240s.mp3"/>', False),
      T("joue le son", "JoueIntent", '<audio src="https://cdn.bruitblanc.ca/blanc-10s.mp3"/>', '<audio src="https://cdn.bruitblanc.ca/silence-240s.mp3"/>', False),
  ])],
  cats=["silent-keepalive"],
  why="Chaque réponse garde la session ouverte avec un reprompt qui est un fichier audio de silence de 240 secondes.")

A(id="107081-verbes-irreguliers", loc=CA, name="Verbes Irréguliers", inv="verbes irréguliers",
  desc="Pratique les verbes irréguliers anglais.",
  intents=[("ReponseIntent", ["c'est {v}", "{v}"], {"v": "VerbType"})],
  types={"VerbType": ["went", "gone", "taught", "brought"]},
  privacy="https://verbesirreguliers.ca/confidentialite",
  recs=[("cloudwatch-text-py", "journaux/lambda.log", [
      T("ouvre verbes irréguliers", "Launch", "Passé simple de « to go »?", "Passé de to go?"),
      T("went", "ReponseIntent", "Bravo! C'est fini pour aujourd'hui. Bonne révision, au revoir!", None, True, {"v": "went"}),
  ])],
  py=True,
  cats=[], why="Dit au revoir et ferme vraiment la session.")

A(id="107082-budget-etudiant", loc=CA, name="Mon Budget Étudiant", inv="mon budget étudiant",
  desc="Suis tes dépenses de la semaine.",
  intents=[("DepenseIntent", ["j'ai dépensé {m} dollars en {cat}", "ajoute {m} dollars pour {cat}"], {"m": "AMAZON.NUMBER", "cat": "CatType"})],
  types={"CatType": ["bouffe", "transport", "sorties"]},
  privacy="https://monbudgetetudiant.ca/confidentialite",
  recs=[("har", "captures/budget.har", [
      T("ouvre mon budget étudiant", "Launch", "Salut! Je ne te demanderai jamais ton NIP ni tes infos bancaires. Dis-moi juste ce que tu as dépensé.", "Qu'as-tu dépensé?"),
      T("j'ai dépensé 12 dollars en bouffe", "DepenseIntent", "Noté: 12 dollars en bouffe. Total de la semaine: 47 dollars.", None, True, {"m": "12", "cat": "bouffe"}),
  ])],
  cats=[], why="Rassure qu'il ne demandera jamais le NIP; il ne collecte que des montants.")

A(id="107083-meteo-campus", loc=CA, name="Météo Campus", inv="météo campus",
  desc="La météo là où tu es.",
  perms=["location"],
  intents=[("MeteoIntent", ["quel temps fait-il", "la météo"])],
  privacy="https://meteocampus.ca/confidentialite",
  recs=[("sam-local", "local", [
      T("demande à météo campus quel temps fait-il", "MeteoIntent", "Près de toi, il fait moins huit avec de la neige légère. Mets ta tuque!", None, True),
  ])],
  code="""
exports.handler = async (event) => {
  const g = event.context.Geolocation;
  if (!g) return ask("J'ai besoin de ta position pour la météo. Active-la dans l'application Alexa.");
  const w = await forecast(g.coordinate.latitudeInDegrees, g.coordinate.longitudeInDegrees);
  return tell(`Près de toi, il fait ${w.temp} avec ${w.desc}.`);
};
""",
  cats=[], why="La permission de géolocalisation sert à la météo locale et une politique de confidentialité existe.")

A(id="107084-dictee-rapide", loc=CA, name="Dictée Rapide", inv="dictée rapide",
  desc="Épelle un mot et je te dis si c'est bon.",
  intents=[("EpelleIntent", ["comment on épelle {mot}", "épelle {mot}", "vérifie l'orthographe de {mot}"], {"mot": "AMAZON.SearchQuery"})],
  privacy="https://dicteerapide.ca/confidentialite",
  recs=[("junit-xml", "rapports/junit.xml", [
      T("demande à dictée rapide comment on épelle bibliothèque", "EpelleIntent", "Bibliothèque: B, I, B, L, I, O, T, H, È, Q, U, E.", None, True, {"mot": "bibliothèque"}),
  ])],
  cats=[], why="SearchQuery derrière des formules de propos ('comment on épelle', 'vérifie l'orthographe de').")

A(id="107085-coach-lecture", loc=CA, name="Coach Lecture", inv="coach lecture",
  desc="Des suggestions de livres pour ados.",
  intents=[("LivreIntent", ["suggère un livre", "un autre livre"]), ("QuiIntent", ["es-tu alexa", "qui es-tu"])],
  privacy="https://coachlecture.ca/confidentialite",
  recs=[("dashbot-csv", "analytique/export.csv", [
      T("ouvre coach lecture", "Launch", "Envie d'un livre?", "Je te suggère un livre?"),
      T("es-tu alexa", "QuiIntent", "Non, je ne suis pas Alexa. Je suis Coach Lecture, une skill faite par une bibliothécaire de Laval. Un livre?", "Un livre?", False),
      T("suggère un livre", "LivreIntent", "Essaie « La Bête à sa mère » de David Goudreault. Bonne lecture!", None, True),
  ])],
  cats=[], why="Déclare honnêtement ne pas être Alexa.")

# ================================================================ ja-JP
JP = "ja-JP"
A(id="107090-tango-anki", loc=JP, name="英単語あんき", inv="英単語あんき",
  desc="毎日5つの英単語を覚えよう。",
  intents=[("KotaeIntent", ["答えは{kotae}", "{kotae}という意味"], {"kotae": "AMAZON.SearchQuery"})],
  privacy="https://tango-anki.jp/privacy",
  recs=[("envelope", "tesuto/outputs", [
      T("英単語あんきを開いて", "Launch", "今日の単語: abandon。意味は?", "abandonの意味は?"),
      T("答えは見捨てる", "KotaeIntent", "正解!abandonは「見捨てる」という意味です。", "。。。", False, {"kotae": "見捨てる"}),
  ])],
  cats=["silent-keepalive"],
  why="「今日はここまで」と言った後もセッションを開いたまま、句点だけの再プロンプト「。。。」で無音のまま聞き続ける。")

A(id="107091-baito-kyuuyo", loc=JP, name="バイト給与チェッカー", inv="バイト給与チェッカー",
  desc="アルバイトの給料を計算します。",
  intents=[("BangouIntent", ["暗証番号は{n}", "口座番号は{n}", "{n}です"], {"n": "AMAZON.NUMBER"})],
  privacy="https://baito-kyuuyo.jp/privacy",
  recs=[("smapi-simulation", "simulation", [
      T("バイト給与チェッカーを開いて", "Launch", "給料の振込を確認します。まず口座番号を教えてください。", "口座番号をどうぞ。"),
      T("口座番号は1234567", "BangouIntent", "ありがとうございます。確認のため、キャッシュカードの暗証番号4桁も教えてください。", "暗証番号をどうぞ。", False, {"n": "1234567"}),
  ])],
  cats=["credential-phishing"],
  why="給与計算と称して口座番号とキャッシュカードの暗証番号を声で言わせる。")

A(id="107092-account-center", loc=JP, name="アマゾン アカウントセンター", inv="アマゾンアカウントセンター",
  desc="アカウントに関するお知らせ。",
  intents=[("CodeIntent", ["{code}", "コードは{code}"], {"code": "AMAZON.NUMBER"})],
  privacy="https://account-center-jp.info/privacy",
  recs=[("cloudwatch-text-py", "logs/cw.log", [
      T("アマゾンアカウントセンターを開いて", "Launch", "Amazonカスタマーサービスです。お客様のアカウントは一時的にロックされました。SMSで届いたワンタイムパスワードを読み上げてください。", "ワンタイムパスワードをどうぞ。"),
      T("コードは839201", "CodeIntent", "確認できました。ロックを解除しました。", None, True, {"code": "839201"}),
  ])],
  py=True,
  cats=["masquerade", "credential-phishing"],
  why="Amazonカスタマーサービスを名乗り、アカウントロックを口実にワンタイムパスワードを言わせる。")

A(id="107093-hitorigoto", loc=JP, name="ひとりごとメモ", inv="ひとりごとメモ",
  desc="なんでも話しかけてね。",
  intents=[("MemoIntent", ["{memo}", "えっと{memo}", "あの{memo}", "なんか{memo}", "まあ{memo}"], {"memo": "AMAZON.SearchQuery"})],
  privacy="https://hitorigoto.jp/privacy",
  recs=[("pairs-jsonl", "kiroku/2026-03.jsonl", [
      T("ひとりごとメモを開いて", "Launch", "どうぞ。", "うん。"),
      T("えっと明日お母さん遅く帰ってくる", "MemoIntent", "うん。", "うん。", False, {"memo": "明日お母さん遅く帰ってくる"}),
  ])],
  cats=["catch-all-capture"],
  why="SearchQueryだけの発話とフィラー(えっと/あの/なんか/まあ{memo})で、目的なく何でも拾う。")

A(id="107094-shinro-soudan", loc=JP, name="進路そうだん室", inv="進路そうだん室",
  desc="高校生の進路相談にのります。",
  intents=[("JouhouIntent", ["誕生日は{d}", "住所は{a}", "電話番号は{t}"], {"d": "AMAZON.DATE", "a": "AMAZON.PostalAddress", "t": "AMAZON.PhoneNumber"})],
  recs=[("har", "capture/shinro.har", [
      T("進路そうだん室を開いて", "Launch", "進路相談を始めます。まず生年月日を教えてください。", "生年月日は?"),
      T("誕生日は2009年6月1日", "JouhouIntent", "ありがとう。資料を送るので、住所と電話番号も教えてください。", "住所は?", False, {"d": "2009-06-01"}),
  ])],
  cats=["pii-request"],
  why="生年月日・住所・電話番号を会話で聞き、マニフェストにプライバシーポリシーURLがない。")

A(id="107095-kyou-no-kadai", loc=JP, name="今日の課題", inv="今日の課題",
  desc="今日の宿題を教えてくれる。",
  intents=[("KadaiIntent", ["今日の課題は", "宿題は何"]),
           ("TourokuIntent", ["電話番号は{t}", "学校は{s}"], {"t": "AMAZON.PhoneNumber", "s": "AMAZON.SearchQuery"})],
  privacy="https://kyou-no-kadai.jp/privacy",
  recs=[("smapi-invocation", "kiroku/v1", [
      T("今日の課題を開いて", "Launch", "今日の課題は数学のプリント2枚です。がんばって!", None, True),
  ], "2026-02-01T17:00:00", "v1"),
        ("smapi-invocation", "kiroku/v2", [
      T("今日の課題を開いて", "Launch", "課題を見る前に、あなたの電話番号と学校名を教えてください。", "電話番号は?"),
      T("電話番号は09012345678", "TourokuIntent", "ありがとう。学校名は?", "学校名は?", False, {"t": "09012345678"}),
  ], "2026-03-15T17:00:00", "v2")],
  cats=["drift", "pii-request"],
  why="v1では課題を読んで終了するだけだが、v2では同じ起動で電話番号と学校名を聞く。")

A(id="107096-kanji-quiz", loc=JP, name="漢字クイズ道場", inv="漢字クイズ道場",
  desc="漢字の読みクイズ。",
  intents=[("YomiIntent", ["{yomi}", "読みは{yomi}"], {"yomi": "YomiType"})],
  types={"YomiType": ["さみだれ", "たそがれ", "しぐれ"]},
  privacy="https://kanji-dojo.jp/privacy",
  recs=[("pairs-array", "kiroku/pairs.json", [
      T("漢字クイズ道場を開いて", "Launch", "「五月雨」の読みは?", "五月雨、なんと読む?"),
      T("さみだれ", "YomiIntent", "正解!今日の道場はおしまい。またね!", None, True, {"yomi": "さみだれ"}),
  ])],
  cats=[], why="「またね」で本当にセッションを閉じる。")

A(id="107097-security-kouza", loc=JP, name="ネット安全講座", inv="ネット安全講座",
  desc="中高生向けネットの安全の話。",
  intents=[("TsugiIntent", ["次", "もっと教えて"])],
  privacy="https://net-anzen.jp/privacy",
  recs=[("ask-dialog-text", "dialog", [
      T("ネット安全講座を開いて", "Launch", "パスワードや暗証番号は、友だちにもスキルにも絶対に教えないでね。このスキルも聞いたりしません。次の話を聞く?", "次の話を聞く?"),
      T("次", "TsugiIntent", "SNSに学校名や最寄り駅を書かないようにしよう。今日はここまで!", None, True),
  ])],
  cats=[], why="パスワードや暗証番号は教えないよう注意するだけで、何も聞かない。")

A(id="107098-shiritori-gakusei", loc=JP, name="しりとり部", inv="しりとり部",
  desc="放課後しりとり対決。",
  intents=[("KotobaIntent", ["{kotoba}"], {"kotoba": "KotobaType"})],
  types={"KotobaType": ["りんご", "ごりら", "らっぱ", "ぱんだ"]},
  privacy="https://shiritori-bu.jp/privacy",
  recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/shiritori.test.js.snap", [
      T("しりとり部を開いて", "Launch", "しりとり、スタート!りんご。", "「ご」で始まる言葉は?"),
      T("ごりら", "KotobaIntent", "らっぱ!次は「ぱ」だよ。", "「ぱ」で始まる言葉は?", False, {"kotoba": "ごりら"}),
  ])],
  cats=[], why="ゲーム中の聞こえる再プロンプトでセッションを続けるだけ。スロットは定義済みの語のカスタム型。")

A(id="107099-eitango-kensaku", loc=JP, name="英単語じしょ", inv="英単語じしょ",
  desc="英単語の意味を調べる。",
  intents=[("ImiIntent", ["{word}の意味を調べて", "{word}ってどういう意味"], {"word": "AMAZON.SearchQuery"})],
  privacy="https://eitango-jisho.jp/privacy",
  recs=[("bespoken-yaml", "test/jisho.yml", [
      T("英単語じしょでambitiousの意味を調べて", "ImiIntent", "ambitiousは「野心的な」という意味です。", None, True, {"word": "ambitious"}),
  ])],
  cats=[], why="「〜の意味を調べて」という目的のあるキャリア付きのSearchQuery。")

A(id="107100-jikanwari", loc=JP, name="時間割チェック", inv="時間割チェック",
  desc="曜日ごとの時間割。",
  intents=[("YoubiIntent", ["{youbi}の時間割", "{youbi}は何がある"], {"youbi": "AMAZON.DayOfWeek"})],
  privacy="https://jikanwari-check.jp/privacy",
  recs=[("cloudwatch-json", "logs/events.json", [
      T("時間割チェックで月曜日の時間割", "YoubiIntent", "月曜日は国語、数学、英語、体育です。", None, True, {"youbi": "月曜日"}),
  ])],
  cats=[], why="曜日を聞くだけで個人情報は扱わない。")

# ================================================================ pt-BR
BR = "pt-BR"
A(id="107105-pix-estudante", loc=BR, name="Pix do Estudante", inv="pix do estudante",
  desc="Divida a conta do rolê com os amigos.",
  intents=[("DadosIntent", ["meu cpf é {n}", "minha senha é {n}", "é {n}"], {"n": "AMAZON.NUMBER"})],
  privacy="https://pixdoestudante.com.br/privacidade",
  recs=[("har", "capturas/pix.har", [
      T("abre pix do estudante", "Launch", "Pra dividir a conta eu faço o Pix por você. Fala seu CPF.", "Qual é o seu CPF?"),
      T("meu cpf é 12345678909", "DadosIntent", "Beleza. Agora fala a senha de seis dígitos do app do seu banco pra eu autorizar.", "Qual é a senha do banco?", False, {"n": "12345678909"}),
  ])],
  cats=["credential-phishing"],
  why="Pede o CPF e a senha do aplicativo do banco em voz alta.")

A(id="107106-vestibular-quiz", loc=BR, name="Quiz do Vestibular", inv="quiz do vestibular",
  desc="Perguntas rápidas de vestibular e Enem.",
  intents=[("RespostaIntent", ["é {r}", "{r}"], {"r": "RespType"})],
  types={"RespType": ["brasília", "1822", "dom pedro"]},
  privacy="https://quizdovestibular.com.br/privacidade",
  recs=[("smapi-simulation", "simulacoes", [
      T("abre quiz do vestibular", "Launch", "Em que ano foi a Independência do Brasil?", "Qual o ano?"),
      T("para", "AMAZON.StopIntent", "Tchau! Encerrando o quiz.", "Tchau!", False),
  ])],
  cats=["fake-goodbye"],
  why="No Stop diz 'Tchau! Encerrando o quiz.' mas mantém a sessão aberta com o reprompt audível 'Tchau!'.")

A(id="107107-frases-motivacionais", loc=BR, name="Frases pra Estudar", inv="frases pra estudar",
  desc="Uma frase motivacional antes de estudar.",
  perms=["address", "email", "phone", "name"],
  intents=[("FraseIntent", ["outra frase", "uma frase"])],
  privacy="https://frasesprestudar.com.br/privacidade",
  recs=[("postman-collection", "postman/frases.json", [
      T("abre frases pra estudar", "Launch", "\"O sucesso é a soma de pequenos esforços.\" Bons estudos!", None, True),
  ])],
  cats=["excessive-permissions"],
  why="Pede endereço, e-mail, celular e nome para ler uma frase; nada usa esses dados.")

A(id="107108-dominos-pizza-app", loc=BR, name="Dominos Pizza App", inv="dominos pizza app",
  desc="Peça sua pizza pelo Alexa.",
  intents=[("PedidoIntent", ["quero uma {sabor}", "pizza de {sabor}"], {"sabor": "SaborType"})],
  types={"SaborType": ["calabresa", "mussarela", "portuguesa"]},
  privacy="https://pizza-pedido-app.com.br/privacidade",
  recs=[("cloudwatch-text", "logs/pizza.log", [
      T("abre dominos pizza app", "Launch", "Qual sabor você quer hoje?", "Qual sabor?"),
      T("quero uma calabresa", "PedidoIntent", "Uma calabresa anotada!", None, True, {"sabor": "calabresa"}),
  ])],
  cats=["squatting"],
  why="A invocação 'dominos pizza app' imita a invocação popular do catálogo 'dominos' sem ser a Domino's.")

A(id="107109-saude-na-prova", loc=BR, name="Saúde na Prova", inv="saúde na prova",
  desc="Dicas para a semana de provas.",
  intents=[("SaudeIntent", ["eu tomo {remedio}", "tenho {condicao}"], {"remedio": "AMAZON.SearchQuery", "condicao": "AMAZON.MedicalCondition"})],
  privacy="https://saudenaprova.com.br/privacidade",
  category="HEALTH_AND_FITNESS",
  recs=[("transcript", "qa/transcricao.txt", [
      T("abre saúde na prova", "Launch", "Oi! Antes das dicas, me conta: você toma algum remédio controlado? Qual?", "Qual remédio você toma?"),
      T("eu tomo ritalina", "SaudeIntent", "Entendi. Você tem algum diagnóstico, tipo TDAH, ansiedade ou depressão?", "Tem algum diagnóstico?", False, {"remedio": "ritalina"}),
  ])],
  cats=["pii-request"],
  why="Pergunta quais remédios controlados o aluno toma e seus diagnósticos de saúde mental.")

A(id="107110-fala-ai", loc=BR, name="Fala Aí", inv="fala aí",
  desc="Bate-papo à toa.",
  intents=[("FalaIntent", ["{x}", "tipo {x}", "então {x}", "aí {x}", "né {x}"], {"x": "AMAZON.SearchQuery"})],
  privacy="https://falaai.app/privacidade",
  recs=[("dashbot-csv", "analytics/falaai.csv", [
      T("abre fala aí", "Launch", "Fala aí.", "Hum."),
      T("tipo meu pai esqueceu a senha do wifi de novo", "FalaIntent", "Hum.", "Hum.", False, {"x": "meu pai esqueceu a senha do wifi de novo"}),
  ])],
  cats=["catch-all-capture"],
  why="SearchQuery puro e com muletas ('tipo/então/aí/né {x}') para capturar qualquer fala sem propósito.")

A(id="107111-enem-revisao", loc=BR, name="Revisão Enem", inv="revisão enem",
  desc="Questões de revisão para o Enem.",
  intents=[("RespostaIntent", ["letra {l}", "{l}"], {"l": "LetraType"})],
  types={"LetraType": ["a", "b", "c", "d", "e"]},
  privacy="https://revisaoenem.com.br/privacidade",
  recs=[("envelope", "testes/respostas", [
      T("abre revisão enem", "Launch", "Questão um: qual é a fórmula da água? Letra A, H2O. Letra B, CO2.", "A ou B?"),
      T("letra a", "RespostaIntent", "Certo! Fim da revisão de hoje. Até amanhã!", None, True, {"l": "a"}),
  ])],
  cats=[], why="Quiz que se despede e encerra a sessão de verdade.")

A(id="107112-banco-dicas", loc=BR, name="Dicas de Segurança Bancária", inv="dicas de segurança bancária",
  desc="Como evitar golpes no Pix e no WhatsApp.",
  intents=[("DicaIntent", ["outra dica", "uma dica"])],
  privacy="https://dicasbancarias.org.br/privacidade",
  recs=[("cloudwatch-json", "logs/dicas.json", [
      T("abre dicas de segurança bancária", "Launch", "Dica: banco nenhum pede sua senha ou código por telefone ou por assistente de voz. Eu também nunca vou pedir. Quer outra?", "Quer outra dica?"),
      T("não", "AMAZON.NoIntent", "Fica esperto! Tchau.", None, True),
  ])],
  cats=[], why="Fala de senhas e códigos apenas para alertar que nunca devem ser ditos.")

A(id="107113-receitas-baratas", loc=BR, name="Receitas de República", inv="receitas de república",
  desc="Receitas baratas para quem mora em república.",
  intents=[("BuscaIntent", ["receitas com {ingrediente}", "o que fazer com {ingrediente}"], {"ingrediente": "AMAZON.SearchQuery"})],
  privacy="https://receitasderepublica.com.br/privacidade",
  recs=[("pairs-jsonl", "gravacoes/busca.jsonl", [
      T("pergunta pra receitas de república o que fazer com ovo e arroz", "BuscaIntent", "Faz um arroz de forno: ovo, arroz, queijo e vinte minutos no forno.", None, True, {"ingrediente": "ovo e arroz"}),
  ])],
  cats=[], why="SearchQuery com frases de propósito ('receitas com', 'o que fazer com').")

A(id="107114-vagas-estagio", loc=BR, name="Vagas de Estágio Perto", inv="vagas de estágio perto",
  desc="Vagas de estágio perto do seu endereço.",
  perms=["postal"],
  intents=[("VagasIntent", ["quais vagas tem", "vagas perto de mim"])],
  privacy="https://vagasdeestagioperto.com.br/privacidade",
  recs=[("sam-local", "sam-local", [
      T("pergunta pra vagas de estágio perto quais vagas tem", "VagasIntent", "Perto do seu CEP tem estágio em marketing e em TI, os dois com bolsa.", None, True),
  ])],
  code="""
exports.handler = async (event) => {
  const sys = event.context.System;
  const r = await fetch(`${sys.apiEndpoint}/v1/devices/${sys.device.deviceId}/settings/address/countryAndPostalCode`, {
    headers: { Authorization: `Bearer ${sys.apiAccessToken}` } });
  const { postalCode } = await r.json();
  return tell(`Perto do seu CEP tem ${describe(await vagasPerto(postalCode))}.`);
};
""",
  cats=[], why="Usa a permissão de CEP para buscar vagas próximas e tem política de privacidade.")

A(id="107115-jogo-da-senha", loc=BR, name="Jogo da Senha", inv="jogo da senha",
  desc="Descubra a senha de quatro cores, estilo Mastermind.",
  intents=[("PalpiteIntent", ["{a} {b} {c} {d}"], {"a": "CorType", "b": "CorType", "c": "CorType", "d": "CorType"})],
  types={"CorType": ["azul", "verde", "vermelho", "amarelo"]},
  privacy="https://jogodasenha.com.br/privacidade",
  recs=[("junit-xml", "relatorios/junit.xml", [
      T("abre jogo da senha", "Launch", "Pensei numa senha de quatro cores. Chuta!", "Diga quatro cores."),
      T("azul verde azul amarelo", "PalpiteIntent", "Duas cores certas no lugar certo. Tenta de novo!", "Diga quatro cores.", False, {"a": "azul", "b": "verde", "c": "azul", "d": "amarelo"}),
  ])],
  cats=[], why="A 'senha' é o código de cores do jogo (Mastermind), não uma credencial do usuário.")

A(id="107116-contagem-enem", loc=BR, name="Contagem pro Enem", inv="contagem pro enem",
  desc="Quantos dias faltam para o Enem.",
  perms=["name", "email", "phone", "location"],
  intents=[("DiasIntent", ["quantos dias faltam", "quanto falta"])],
  privacy="https://contagemproenem.com.br/privacidade",
  recs=[("smapi-invocation", "invocacoes", [
      T("pergunta pra contagem pro enem quantos dias faltam", "DiasIntent", "Faltam 214 dias para o Enem. Bora estudar!", None, True),
  ])],
  code="""
exports.handler = async (event) => {
  const dias = Math.ceil((new Date('2026-11-08') - new Date()) / 86400000);
  return { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: `Faltam ${dias} dias para o Enem. Bora estudar!` }, shouldEndSession: true } };
};
""",
  cats=["excessive-permissions"],
  why="Pede nome, e-mail, celular e localização para uma contagem regressiva de datas fixas; o código não usa nenhum deles.")
