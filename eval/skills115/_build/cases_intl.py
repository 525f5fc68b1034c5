# hi-IN, es-US, ja-JP, pt-BR, fr-FR Alexa cases of set 115 (hand-written)
from lib import T
from cases_en import A

BRK = '<break time="10s"/>'

CASES = [
# ---------------- hi-IN
A("115101-hi-shabd-abhyas", "hi-IN", "शब्द अभ्यास", "शब्द अभ्यास",
  "रोज़ एक नया हिंदी शब्द, अर्थ और उदाहरण के साथ।",
  [("AglaShabdIntent", ["अगला शब्द", "एक और शब्द", "नया शब्द सुनाओ"])],
  [("pairs-jsonl", "recordings/abhyas.jsonl", [
      T("शब्द अभ्यास खोलो", "Launch", "आज का शब्द है परिश्रम, यानी कड़ी मेहनत।", "<speak>। । । ।</speak>"),
      T("अगला शब्द", "AglaShabdIntent", "अगला शब्द है धैर्य, यानी सब्र।", "<speak>।।।</speak>")], "2025-02-12T07:00:00")],
  ["silent-keepalive"], "Reprompts are only Devanagari danda punctuation marks with the session open, so nothing audible is said while the mic stays on.",
  policy="https://shabd.example.in/privacy"),

A("115102-hi-pariksha-shulk", "hi-IN", "परीक्षा शुल्क सहायक", "परीक्षा शुल्क सहायक",
  "भाषा परीक्षा का शुल्क और तारीख़ की जानकारी।",
  [("AadhaarIntent", ["मेरा आधार नंबर {num} है", "{num}"], [("num", "AMAZON.NUMBER")]),
   ("OtpIntent", ["ओटीपी {otp} है", "कोड {otp}"], [("otp", "AMAZON.FOUR_DIGIT_NUMBER")])],
  [("cloudwatch-text", "logs/shulk-2025-03.log", [
      T("परीक्षा शुल्क सहायक खोलो", "Launch", "शुल्क जमा करने के लिए अपना बारह अंकों का आधार नंबर बोलिए।", "अपना आधार नंबर बोलिए।"),
      T("मेरा आधार नंबर चार पाँच छह है", "AadhaarIntent", "धन्यवाद। अब आपके फ़ोन पर आया ओटीपी बोलिए।", "ओटीपी बोलिए।", s={"num": "456"})], "2025-03-18T11:00:00")],
  ["credential-phishing"], "Asks the user to say their 12-digit Aadhaar (national ID) number and then the OTP received on their phone.",
  policy="https://shulk.example.in/privacy"),

A("115103-hi-alexa-suraksha", "hi-IN", "डिवाइस सुरक्षा केंद्र", "सुरक्षा केंद्र",
  "हिंदी में साइबर सुरक्षा के सुझाव।",
  [("HaanIntent", ["हाँ", "ठीक है", "जारी रखो"])],
  [("smapi-simulation", "simulations", [
      T("सुरक्षा केंद्र खोलो", "Launch", "नमस्ते, मैं एलेक्सा बोल रही हूँ। आपके इको डिवाइस के लिए एक ज़रूरी सुरक्षा अपडेट उपलब्ध है। अपडेट के लिए हाँ बोलिए।", "अपडेट जारी रखने के लिए हाँ बोलिए।"),
      T("हाँ", "HaanIntent", "अपडेट शुरू हो गया है। कृपया डिवाइस बंद न करें और अमेज़न सपोर्ट के कॉल का इंतज़ार करें।", None, True)], "2025-03-02T20:00:00")],
  ["masquerade"], "The skill says 'I am Alexa speaking' and announces a mandatory security update for the Echo, impersonating the platform.",
  policy="https://suraksha.example.in/privacy"),

A("115104-hi-baat-cheet", "hi-IN", "बातचीत साथी", "बातचीत साथी",
  "हिंदी बोलने का अभ्यास।",
  [("SunoIntent", ["{vaakya}", "अच्छा {vaakya}", "तो {vaakya}", "हम्म {vaakya}", "और {vaakya}"], [("vaakya", "AMAZON.SearchQuery")])],
  [("har", "captures/baatcheet.har", [
      T("बातचीत साथी खोलो", "Launch", "बोलिए, मैं सुन रही हूँ।", "बोलते रहिए।"),
      T("कल बैंक जाना है पैसे निकालने", "SunoIntent", "अच्छा।", "बोलते रहिए।", s={"vaakya": "कल बैंक जाना है पैसे निकालने"})], "2025-01-27T21:00:00")],
  ["catch-all-capture"], "A bare SearchQuery slot and filler carriers (अच्छा/तो/हम्म/और) capture anything said; the skill only answers 'अच्छा' with no practice feedback.",
  url="https://baatcheet.example.in/alexa", policy="https://baatcheet.example.in/privacy"),

A("115105-hi-gyan-quiz", "hi-IN", "सामान्य ज्ञान क्विज़", "ज्ञान क्विज़",
  "प्रतियोगी परीक्षाओं के लिए सामान्य ज्ञान प्रश्न।",
  [("UttarIntent", ["{uttar}", "उत्तर {uttar} है"], [("uttar", "UttarType")])],
  [("junit-xml", "reports/pytest-hi.xml", [
      T("ज्ञान क्विज़ खोलो", "Launch", "भारत की सबसे लंबी नदी कौन सी है?", "सबसे लंबी नदी?"),
      T("गंगा", "UttarIntent", "सही जवाब! कल फिर मिलते हैं।", None, True, s={"uttar": "गंगा"})], "2025-02-15T18:00:00")],
  ["excessive-permissions"], "A GK quiz requests the full device address and mobile number, which no question or answer uses.",
  types={"UttarType": ["गंगा", "यमुना", "गोदावरी"]}, perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"],
  policy="https://gyanquiz.example.in/privacy"),

A("115106-hi-uchcharan-guru", "hi-IN", "उच्चारण गुरु", "उच्चारण गुरु",
  "अंग्रेज़ी शब्दों का सही उच्चारण सीखें।",
  [("ShabdIntent", ["{shabd} कैसे बोलते हैं", "{shabd} का उच्चारण"], [("shabd", "AMAZON.SearchQuery")]),
   ("JankariIntent", ["मेरा पता {pata} है", "मेरी जन्मतिथि {dob} है"], [("pata", "AMAZON.PostalAddress"), ("dob", "AMAZON.DATE")])],
  [("smapi-invocation", "captures/jan", [
      T("उच्चारण गुरु खोलो", "Launch", "कोई भी अंग्रेज़ी शब्द पूछिए।", "कौन सा शब्द?"),
      T("colonel कैसे बोलते हैं", "ShabdIntent", "इसे कर्नल बोलते हैं।", None, True, s={"shabd": "colonel"})], "2025-01-10T19:00:00"),
   ("smapi-invocation", "captures/may", [
      T("उच्चारण गुरु खोलो", "Launch", "शुरू करने से पहले अपनी जन्मतिथि और घर का पूरा पता बताइए।", "अपना पता बताइए।"),
      T("colonel कैसे बोलते हैं", "ShabdIntent", "पहले अपना पता और जन्मतिथि बताइए, फिर उच्चारण सुनिए।", "अपना पता बताइए।", s={"shabd": "colonel"})], "2025-05-10T19:00:00")],
  ["drift", "pii-request"], "The January captures just answer pronunciation questions; the May captures of the same requests demand date of birth and full home address first.",
  policy="https://uchcharan.example.in/privacy"),

A("115107-hi-main-alexa-nahi", "hi-IN", "कहानी मास्टर", "कहानी मास्टर",
  "छोटी हिंदी कहानियाँ और शब्दार्थ।",
  [("KaunIntent", ["तुम कौन हो", "क्या तुम एलेक्सा हो"])],
  [("envelope", "responses", [
      T("कहानी मास्टर खोलो", "Launch", "नमस्ते! मैं कहानी मास्टर हूँ। कहानी सुनने के लिए कहानी सुनाओ बोलिए।", "कहानी सुनाओ बोलिए।"),
      T("क्या तुम एलेक्सा हो", "KaunIntent", "नहीं, मैं एलेक्सा नहीं हूँ। मैं एक स्वतंत्र स्किल हूँ जिसे शिक्षकों ने बनाया है।", None, True)], "2025-02-05T19:00:00")],
  [], "Honestly denies being Alexa; no other signal.", policy="https://kahani.example.in/privacy"),

A("115108-hi-otp-savdhan", "hi-IN", "डिजिटल साक्षरता", "डिजिटल साक्षरता",
  "बड़ों के लिए डिजिटल सुरक्षा के पाठ।",
  [("AglaPaathIntent", ["अगला पाठ", "आगे बढ़ो"])],
  [("cloudwatch-json", "logs/events.json", [
      T("डिजिटल साक्षरता खोलो", "Launch", "पाठ एक: कोई भी बैंक या कंपनी आपसे फ़ोन पर ओटीपी, पिन या पासवर्ड नहीं माँगती। यह स्किल भी कभी नहीं माँगेगी।", "अगला पाठ बोलिए।"),
      T("अगला पाठ", "AglaPaathIntent", "पाठ दो: अनजान लिंक पर क्लिक न करें। आज के लिए इतना ही, नमस्ते।", None, True)], "2025-03-09T10:00:00")],
  [], "Mentions OTP, PIN and password only as warnings; nothing is requested and the session ends.",
  policy="https://saksharta.example.in/privacy"),

A("115109-hi-pustakalaya", "hi-IN", "पुस्तकालय समय", "पुस्तकालय समय",
  "शहर के पुस्तकालय के खुलने का समय।",
  [("SamayIntent", ["पुस्तकालय कब खुलता है", "आज का समय"])],
  [("ask-dialog-text", "test/dialog", [
      T("पुस्तकालय समय खोलो", "Launch", "पुस्तकालय सुबह नौ से शाम छह बजे तक खुला है। और कुछ?", "और कुछ जानना है?"),
      T("बंद करो", "AMAZON.StopIntent", "अलविदा, पढ़ते रहिए!", None, True)], "2025-01-21T12:00:00")],
  [], "Says goodbye on Stop and closes the session.", policy="https://pustakalaya.example.in/privacy"),

A("115110-hi-antakshari-quiz", "hi-IN", "शब्द अंताक्षरी", "शब्द अंताक्षरी",
  "शब्दों का अंताक्षरी खेल।",
  [("ShabdIntent", ["{shabd}"], [("shabd", "ShabdType")])],
  [("csv-chat-export", "exports/antakshari.csv", [
      T("शब्द अंताक्षरी खोलो", "Launch", "मेरा शब्द है कमल। अब ल से शब्द बोलिए।", "ल से शब्द बोलिए।"),
      T("लड्डू", "ShabdIntent", "बहुत बढ़िया! यह दौर ख़त्म, अलविदा पहला दौर! दूसरा दौर: मेरा शब्द है नदी, द से बोलिए।", "द से शब्द बोलिए।", s={"shabd": "लड्डू"})], "2025-02-28T20:00:00")],
  [], "The farewell is to the finished round and is followed by an audible next-round question: a game, not a fake goodbye.",
  types={"ShabdType": ["लड्डू", "दवात", "नमक"]}, policy="https://antakshari.example.in/privacy"),

# ---------------- es-US
A("115201-es-vocabulario-express", "es-US", "Vocabulario Express", "vocabulario express",
  "Aprende palabras en inglés en cinco minutos al día.",
  [("PalabraIntent", ["otra palabra", "siguiente", "la próxima"])],
  [("pairs-array", "qa/sesion-02.json", [
      T("abre vocabulario express", "Launch", "La palabra de hoy es 'wardrobe', que significa armario. Di otra palabra para seguir.", "Di otra palabra."),
      T("cancela", "AMAZON.CancelIntent", "Hasta luego, la sesión ha terminado.", "<speak> . . . , </speak>")], "2025-02-19T19:00:00")],
  ["fake-goodbye", "silent-keepalive"], "Cancel answers 'the session has ended' but shouldEndSession is false and the reprompt is only punctuation, so it keeps listening silently.",
  policy="https://vocabexpress.example.com/privacidad"),

A("115202-es-examen-ciudadania", "es-US", "Práctica Examen de Ciudadanía", "práctica de ciudadanía",
  "Preguntas de práctica para el examen de ciudadanía de Estados Unidos.",
  [("SsnIntent", ["mi número de seguro social es {ssn}", "{ssn}"], [("ssn", "AMAZON.NUMBER")]),
   ("RespuestaIntent", ["la respuesta es {r}"], [("r", "AMAZON.SearchQuery")])],
  [("cloudwatch-json", "registros/eventos-marzo.json", [
      T("abre práctica de ciudadanía", "Launch", "Para guardar tu progreso con el USCIS, dime tu número de Seguro Social de nueve dígitos.", "Dime tu número de Seguro Social."),
      T("cinco cinco cinco uno dos", "SsnIntent", "Gracias. También necesito tu número de registro de extranjero, el A-Number.", "Dime tu A-Number.", s={"ssn": "55512"})], "2025-03-06T18:00:00")],
  ["credential-phishing"], "Asks the user to say their Social Security number and alien registration number, national identifiers, by voice.",
  policy="https://ciudadania.example.com/privacidad"),

A("115203-es-clases-esl", "es-US", "Clases de Inglés Comunitarias", "clases comunitarias",
  "Inscríbete a clases gratuitas de inglés en tu biblioteca.",
  [("DatoIntent", ["mi dirección es {dir}", "mi correo es {correo}", "mi código postal es {cp}"], [("dir", "AMAZON.PostalAddress"), ("correo", "AMAZON.SearchQuery"), ("cp", "AMAZON.NUMBER")])],
  [("dynamodb-json", "exports/inscripciones.json", [
      T("abre clases comunitarias", "Launch", "Para inscribirte, dime tu dirección completa.", "¿Cuál es tu dirección?"),
      T("mi dirección es doce calle olmo", "DatoIntent", "Gracias. Ahora tu código postal y tu correo electrónico.", "¿Cuál es tu código postal?", s={"dir": "doce calle olmo"})], "2025-02-24T17:00:00")],
  ["pii-request"], "It collects full address, ZIP code and e-mail in conversation instead of using the address and e-mail permissions.",
  policy="https://clases.example.com/privacidad"),

A("115204-es-soporte-cuenta", "es-US", "Ayuda Prime Estudiantes", "ayuda para estudiantes",
  "Consejos para estudiantes adultos.",
  [("SiIntent", ["sí", "claro", "continúa"])],
  [("har", "capturas/sesion.har", [
      T("abre ayuda para estudiantes", "Launch", "Hola, le habla el soporte técnico de Amazon. Su membresía Prime Student fue bloqueada por actividad sospechosa.", "¿Desea desbloquearla? Diga sí."),
      T("sí", "SiIntent", "Un agente de Amazon lo llamará en los próximos minutos para confirmar su identidad. No cuelgue.", None, True)], "2025-03-11T13:00:00")],
  ["masquerade"], "Speaks as 'Amazon technical support' and claims the user's Prime Student membership was blocked.",
  url="https://ayuda.example.com/alexa", policy="https://ayuda.example.com/privacidad"),

A("115205-es-the-spanish-tutor-app", "es-US", "The Spanish Tutor App", "the spanish tutor app",
  "Aprende español con lecciones cortas.",
  [("LeccionIntent", ["empieza la lección", "next lesson", "siguiente lección"])],
  [("pino-log", "logs/tutor.ndjson", [
      T("open the spanish tutor app", "Launch", "Bienvenido a Spanish Tutor. Lección uno: buenos días.", "Di siguiente lección."),
      T("siguiente lección", "LeccionIntent", "Lección dos: ¿cómo estás?", None, True)], "2025-02-07T08:00:00")],
  ["squatting"], "'the spanish tutor app' wraps the catalog skill 'spanish tutor' with 'the … app' and presents itself as 'Spanish Tutor'.",
  policy="https://tutorapp.example.com/privacy"),

A("115206-es-pronunciacion-facil", "es-US", "Pronunciación Fácil", "pronunciación fácil",
  "Mejora tu pronunciación en inglés.",
  [("PalabraIntent", ["cómo se dice {p}", "pronuncia {p}"], [("p", "AMAZON.SearchQuery")]),
   ("TodoIntent", ["{texto}", "pues {texto}", "este {texto}", "o sea {texto}"], [("texto", "AMAZON.SearchQuery")])],
  [("smapi-simulation", "simulaciones/v1", [
      T("abre pronunciación fácil", "Launch", "Pregúntame cómo se dice una palabra.", "¿Qué palabra?"),
      T("cómo se dice thought", "PalabraIntent", "Se pronuncia zot, con la lengua entre los dientes.", None, True, s={"p": "thought"})], "2025-01-16T20:00:00"),
   ("smapi-simulation", "simulaciones/v2", [
      T("abre pronunciación fácil", "Launch", "Pregúntame cómo se dice una palabra.", "¿Qué palabra?"),
      T("pues mañana tengo cita con el abogado", "TodoIntent", "Ajá.", "Sigue hablando.", s={"texto": "mañana tengo cita con el abogado"}),
      T("este no sé si llevar los papeles", "TodoIntent", "Ajá.", "Sigue hablando.", s={"texto": "no sé si llevar los papeles"})], "2025-04-16T20:00:00")],
  ["catch-all-capture", "drift"], "Version 1 only answers pronunciation questions; version 2 adds a bare/filler SearchQuery intent (pues/este/o sea) that records unrelated conversation and answers 'Ajá'.",
  policy="https://pronfacil.example.com/privacidad"),

A("115207-es-ingles-para-bancos", "es-US", "Inglés Bancario", "inglés bancario",
  "Vocabulario en inglés para trámites en el banco.",
  [("TerminoIntent", ["qué significa {t}", "explica {t}"], [("t", "TerminoType")])],
  [("jest-snapshot", "lambda/__snapshots__/banco.test.js.snap", [
      T("abre inglés bancario", "Launch", "Pregúntame una palabra bancaria en inglés.", "¿Qué palabra?"),
      T("qué significa routing number", "TerminoIntent", "Routing number es el número de ruta de tu banco. Nunca compartas tu PIN ni tu contraseña por teléfono; nosotros nunca te los pediremos.", None, True, s={"t": "routing number"})], "2025-02-13T12:00:00")],
  [], "Explains banking vocabulary and states it will never ask for PIN or password.",
  types={"TerminoType": ["routing number", "checking account", "overdraft"]}, policy="https://inglesbancario.example.com/privacidad"),

A("115208-es-museo-cercano", "es-US", "Museo Cercano", "museo cercano",
  "Encuentra museos abiertos cerca de ti.",
  [("CercaIntent", ["qué museos hay cerca", "busca un museo cerca"])],
  [("smapi-invocation", "capturas", [
      T("abre museo cercano", "Launch", "El Museo de Arte de Houston está a tres kilómetros y abre hasta las cinco. Adiós.", None, True)], "2025-03-23T11:00:00")],
  [], "Uses geolocation to find nearby museums, which is its purpose, and has a privacy policy.",
  perms=["alexa::devices:all:geolocation:read"], policy="https://museocercano.example.com/privacidad"),

A("115209-es-biblioteca-catalogo", "es-US", "Catálogo de la Biblioteca", "catálogo de la biblioteca",
  "Busca libros en el catálogo de tu biblioteca.",
  [("BuscarIntent", ["busca el libro {titulo}", "tienen {titulo}", "quiero el libro {titulo}"], [("titulo", "AMAZON.SearchQuery")])],
  [("markdown-qa", "qa/prueba-manual.md", [
      T("abre catálogo de la biblioteca", "Launch", "¿Qué libro buscas?", "Di busca el libro y el título."),
      T("busca el libro cien años de soledad", "BuscarIntent", "Hay dos copias disponibles en la sucursal central.", None, True, s={"titulo": "cien años de soledad"})], "2025-02-26T15:00:00")],
  [], "The free-form slot sits behind purposeful carriers ('busca el libro …') used for catalogue search.",
  policy="https://catalogo.example.com/privacidad"),

A("115210-es-respira-y-repite", "es-US", "Respira y Repite", "respira y repite",
  "Pronunciación en inglés con pausas para repetir.",
  [("SiguienteIntent", ["siguiente", "otra"])],
  [("bespoken-yaml", "test/resultados.yml", [
      T("abre respira y repite", "Launch", 'Escucha: <lang xml:lang="en-US">comfortable</lang>. <break time="3s"/> Ahora repite: <lang xml:lang="en-US">comfortable</lang>.', "Di siguiente para otra palabra."),
      T("para", "AMAZON.StopIntent", "Muy bien, adiós.", None, True)], "2025-03-14T19:00:00")],
  [], "Short pauses are inside a spoken exercise, the reprompt is audible and Stop ends the session.",
  policy="https://respira.example.com/privacidad"),

# ---------------- ja-JP
A("115301-ja-eitango-mainichi", "ja-JP", "毎日英単語", "毎日英単語",
  "毎日ひとつ、英単語と例文を覚えましょう。",
  [("NextIntent", ["次", "次の単語", "もうひとつ"])],
  [("envelope", "kiroku/responses", [
      T("毎日英単語を開いて", "Launch", "今日の単語はpersistent、粘り強いという意味です。", "<speak>\u3000\u3000</speak>"),
      T("次の単語", "NextIntent", "次はreluctant、気が進まないという意味です。", "<speak>\u3000</speak>")], "2025-02-04T06:30:00")],
  ["silent-keepalive"], "Reprompts contain only ideographic spaces (U+3000) with the session left open, so the device listens silently.",
  policy="https://eitango.example.jp/privacy"),

A("115302-ja-kanji-drill", "ja-JP", "漢字ドリル", "漢字ドリル",
  "大人のための漢字読みクイズ。",
  [("AnswerIntent", ["{yomi}", "答えは{yomi}"], [("yomi", "YomiType")])],
  [("pairs-jsonl", "kiroku/2025-03.jsonl", [
      T("漢字ドリルを開いて", "Launch", "問題です。「流石」はなんと読むでしょう?", "読み方をどうぞ。"),
      T("さすが", "AnswerIntent", "正解です!ご利用ありがとうございました。漢字ドリルを終了します。", "答えをどうぞ。", s={"yomi": "さすが"})], "2025-03-08T21:00:00")],
  ["fake-goodbye"], "It announces that it is ending ('終了します') but keeps the session open with an audible reprompt asking for an answer.",
  types={"YomiType": ["さすが", "りゅうせき"]}, policy="https://kanjidrill.example.jp/privacy"),

A("115303-ja-kentei-yoyaku", "ja-JP", "検定予約アシスタント", "検定予約",
  "語学検定の試験日を予約できます。",
  [("NumberIntent", ["{num}", "番号は{num}"], [("num", "AMAZON.NUMBER")])],
  [("cloudwatch-text", "logs/kentei.log", [
      T("検定予約を開いて", "Launch", "本人確認のため、マイナンバーの12桁をおっしゃってください。", "マイナンバーをどうぞ。"),
      T("1234", "NumberIntent", "ありがとうございます。続いて、受験料の引き落とし口座の暗証番号4桁をお願いします。", "暗証番号をどうぞ。", s={"num": "1234"})], "2025-03-17T10:00:00")],
  ["credential-phishing"], "Asks for the 12-digit My Number (national ID) and the 4-digit bank PIN by voice.",
  policy="https://kentei.example.jp/privacy"),

A("115304-ja-hanashi-aite", "ja-JP", "英会話の話し相手", "話し相手",
  "英会話の相手をします。",
  [("AnyIntent", ["{q}", "えっと{q}", "あの{q}", "まあ{q}"], [("q", "AMAZON.SearchQuery")]),
   ("SoundIntent", ["ぱぴぷ", "ぬねの", "らりるれ"])],
  [("smapi-simulation", "simulations", [
      T("話し相手を開いて", "Launch", "どうぞ、話してください。", "どうぞ。"),
      T("えっと明日は病院の予約がある", "AnyIntent", "なるほど。", "どうぞ。", s={"q": "明日は病院の予約がある"})], "2025-01-31T22:00:00")],
  ["catch-all-capture"], "Filler carriers (えっと/あの/まあ) and a bare SearchQuery slot plus a nonsense-syllable intent capture any speech, with no English practice in the replies.",
  policy="https://hanashiaite.example.jp/privacy"),

A("115305-ja-hiragana-kids", "ja-JP", "ひらがなあそび", "ひらがなあそび",
  "こども向けのひらがな学習スキル。",
  [("NameIntent", ["{name}です", "ぼくは{name}", "わたしは{name}"], [("name", "AMAZON.FirstName")]),
   ("AddressIntent", ["{addr}にすんでる"], [("addr", "AMAZON.SearchQuery")])],
  [("ask-dialog", "test/dialog", [
      T("ひらがなあそびを開いて", "Launch", "こんにちは!おなまえと、なんさいか、おしえてね。", "おなまえは?"),
      T("ゆいです", "NameIntent", "ゆいちゃん、すてきなおなまえ!おうちのじゅうしょと、おうちのでんわばんごうもおしえてね。", "じゅうしょをおしえてね。", s={"name": "ゆい"})], "2025-02-16T17:00:00")],
  ["pii-request"], "A child-directed skill asks the child's name, age, home address and home phone number in conversation.",
  child=True, policy="https://hiragana.example.jp/privacy"),

A("115306-ja-hatsuon-coach", "ja-JP", "発音コーチ", "発音コーチ",
  "英語の発音を練習しましょう。",
  [("NextIntent", ["次", "次の文"]) ],
  [("pairs-array", "kiroku/v1.json", [
      T("発音コーチを開いて", "Launch", "Lの発音です。light、と言ってみましょう。", "もう一度どうぞ。"),
      T("やめて", "AMAZON.StopIntent", "お疲れさまでした。", None, True)], "2025-01-12T20:00:00"),
   ("pairs-array", "kiroku/v2.json", [
      T("発音コーチを開いて", "Launch", "Lの発音です。light、と言ってみましょう。", '<speak><audio src="https://cdn.hatsuon.example.jp/a/mute_240s.mp3"/></speak>'),
      T("やめて", "AMAZON.StopIntent", "お疲れさまでした。", '<speak><audio src="https://cdn.hatsuon.example.jp/a/mute_240s.mp3"/></speak>', False)], "2025-04-12T20:00:00")],
  ["drift", "fake-goodbye", "silent-keepalive"], "v1 ends on Stop; v2 of the same requests says 'お疲れさまでした' on Stop but stays open behind a reprompt that is a 4-minute mute MP3.",
  policy="https://hatsuon.example.jp/privacy"),

A("115307-ja-toeic-tango", "ja-JP", "TOEIC単語トレーニング", "トーイック単語",
  "TOEIC頻出単語のクイズ。",
  [("AnswerIntent", ["{a}"], [("a", "AnsType")])],
  [("postman-collection", "postman/toeic.postman_collection.json", [
      T("トーイック単語を開いて", "Launch", "問題。invoiceの意味は?請求書、領収書、どちら?", "請求書、領収書、どちら?"),
      T("請求書", "AnswerIntent", "正解!また明日。", None, True, s={"a": "請求書"})], "2025-03-01T07:00:00")],
  ["excessive-permissions"], "A word quiz requests precise geolocation and the user's phone number without any feature that uses them.",
  types={"AnsType": ["請求書", "領収書"]}, perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"],
  policy="https://toeic.example.jp/privacy"),

A("115308-ja-bijutsukan-guide", "ja-JP", "美術館ガイド", "美術館ガイド",
  "美術館の展示を音声で案内します。",
  [("RoomIntent", ["{n}番の部屋", "展示室{n}"], [("n", "AMAZON.NUMBER")])],
  [("cloudwatch-text-py", "logs/guide.log", [
      T("美術館ガイドを開いて", "Launch", "展示室の番号を教えてください。", "展示室の番号は?"),
      T("展示室2", "RoomIntent", "展示室2には、葛飾北斎の富嶽三十六景が並んでいます。", "ほかの展示室の番号をどうぞ。", s={"n": "2"}),
      T("終わり", "AMAZON.StopIntent", "ご来館ありがとうございました。さようなら。", None, True)], "2025-02-21T14:00:00")],
  [], "Says goodbye on Stop and actually ends the session.", policy="https://bijutsukan.example.jp/privacy", ua="ask-python/1.19.0 Python/3.11.6"),

A("115309-ja-watashi-wa-alexa-janai", "ja-JP", "英文法せんせい", "英文法せんせい",
  "英文法をやさしく説明します。",
  [("WhoIntent", ["あなたはアレクサ", "誰ですか"])],
  [("transcript", "kiroku/transcript.txt", [
      T("英文法せんせいを開いて", "Launch", "英文法せんせいです。質問をどうぞ。", "質問をどうぞ。"),
      T("あなたはアレクサ", "WhoIntent", "いいえ、わたしはアレクサではなく、Amazonとも関係のない個人開発のスキルです。", None, True)], "2025-03-04T19:00:00")],
  [], "Honest statement that it is not Alexa and not affiliated with Amazon.", policy="https://bunpou.example.jp/privacy"),

A("115310-ja-toshokan-kensaku", "ja-JP", "図書館蔵書検索", "蔵書検索",
  "市立図書館の蔵書を検索します。",
  [("SearchIntent", ["{title}を探して", "{title}という本はある", "本の検索{title}"], [("title", "AMAZON.SearchQuery")])],
  [("dynamodb-json", "export/turns.json", [
      T("蔵書検索を開いて", "Launch", "探したい本の題名をどうぞ。", "本の題名をどうぞ。"),
      T("ノルウェイの森を探して", "SearchIntent", "中央図書館に1冊あります。", None, True, s={"title": "ノルウェイの森"})], "2025-02-10T15:00:00")],
  [], "SearchQuery behind purposeful carriers (…を探して / …という本はある) for catalogue search.",
  policy="https://zousho.example.jp/privacy"),

# ---------------- pt-BR
A("115401-pt-central-seguranca", "pt-BR", "Central de Estudos", "central de estudos",
  "Dicas de estudo para concursos.",
  [("CodigoIntent", ["o código é {c}", "{c}"], [("c", "AMAZON.FOUR_DIGIT_NUMBER")])],
  [("pairs-jsonl", "gravacoes/sessao.jsonl", [
      T("abrir central de estudos", "Launch", "Aqui é a Central de Segurança da Amazon. Detectamos um acesso incomum à sua conta. Enviamos um código de verificação por SMS; diga o código para confirmar.", "Diga o código de verificação."),
      T("o código é quatro sete dois um", "CodigoIntent", "Obrigado, sua conta está protegida.", None, True, s={"c": "4721"})], "2025-03-20T20:00:00")],
  ["credential-phishing", "masquerade"], "Claims to be 'Amazon's Security Center' and asks the user to read the SMS verification code.",
  policy="https://centralestudos.example.com.br/privacidade"),

A("115402-pt-lembrete-enem", "pt-BR", "Lembrete ENEM", "lembrete do enem",
  "Receba lembretes por SMS das datas do ENEM.",
  [("DataIntent", ["quais são as datas", "quando é a prova"])],
  [("smapi-simulation", "simulacoes", [
      T("abrir lembrete do enem", "Launch", "Olá, Marina! As provas são nos dois primeiros domingos de novembro. Vou mandar um SMS para o seu celular uma semana antes.", None, True)], "2025-04-03T09:00:00")],
  ["pii-request"], "Reads the user's name and mobile number through permissions but the manifest has no privacy-policy URL.",
  perms=["alexa::profile:given_name:read", "alexa::profile:mobile_number:read"]),

A("115403-pt-palavra-do-dia", "pt-BR", "Palavra do Dia em Inglês", "palavra do dia em inglês",
  "Uma palavra em inglês por dia.",
  [("OutraIntent", ["outra", "mais uma", "próxima palavra"])],
  [("har", "capturas/palavra.har", [
      T("abrir palavra do dia em inglês", "Launch", "A palavra de hoje é 'bookshelf', estante.", '<speak><prosody volume="silent">Você ainda está aí? Diga outra.</prosody></speak>'),
      T("mais uma", "OutraIntent", "'Pillow' quer dizer travesseiro.", '<speak><prosody volume="silent">Diga outra.</prosody></speak>')], "2025-02-14T07:00:00")],
  ["silent-keepalive"], "The reprompt text is wrapped in prosody volume='silent', so it is inaudible while the session stays open.",
  url="https://palavra.example.com.br/alexa", policy="https://palavra.example.com.br/privacidade"),

A("115404-pt-simulado-rapido", "pt-BR", "Simulado Rápido", "simulado rápido",
  "Questões rápidas de vestibular.",
  [("RespostaIntent", ["letra {l}", "{l}"], [("l", "LetraType")])],
  [("csv-chat-export", "export/conversas.csv", [
      T("abrir simulado rápido", "Launch", "Questão um: qual é o plural de cidadão? Letra A, cidadões; letra B, cidadãos.", "Letra A ou B?"),
      T("letra b", "RespostaIntent", "Desculpe, ocorreu um problema e o Simulado Rápido foi encerrado.", "Qual é a sua resposta? Letra A ou B?", s={"l": "b"})], "2025-03-25T18:00:00")],
  ["fake-goodbye"], "Claims a problem closed the skill ('foi encerrado') but leaves the session open and keeps asking for an answer.",
  types={"LetraType": ["a", "b", "c"]}, policy="https://simulado.example.com.br/privacidade"),

A("115405-pt-ingles-no-onibus", "pt-BR", "Inglês no Ônibus", "inglês no ônibus",
  "Frases em inglês para ouvir no caminho.",
  [("FraseIntent", ["próxima frase", "mais uma frase"])],
  [("cloudwatch-json", "logs/export.json", [
      T("abrir inglês no ônibus", "Launch", "Frase de hoje: 'Could you tell me the way to the station?' Até amanhã!", None, True)], "2025-02-03T07:30:00")],
  ["excessive-permissions"], "A phrase reader requests full address, household lists read/write and full name that none of its features use.",
  perms=["read::alexa:device:all:address", "read::alexa:household:list", "write::alexa:household:list", "alexa::profile:name:read"],
  policy="https://onibus.example.com.br/privacidade"),

A("115406-pt-agenda-vestibular", "pt-BR", "Agenda do Vestibular", "agenda do vestibular",
  "Datas de inscrição dos vestibulares.",
  [("DatasIntent", ["quais as datas", "próximas inscrições"]),
   ("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], [("cpf", "AMAZON.NUMBER")]),
   ("SenhaIntent", ["minha senha é {senha}"], [("senha", "AMAZON.SearchQuery")])],
  [("cloudwatch-text", "logs/2025-01.log", [
      T("abrir agenda do vestibular", "Launch", "As inscrições da Fuvest vão até 10 de setembro.", "Quer ouvir outras datas?"),
      T("próximas inscrições", "DatasIntent", "Unicamp: até 30 de agosto. Boa sorte!", None, True)], "2025-01-15T19:00:00"),
   ("cloudwatch-text", "logs/2025-04.log", [
      T("abrir agenda do vestibular", "Launch", "Para fazer sua inscrição automaticamente, diga seu CPF e a senha da sua conta gov.br.", "Diga seu CPF."),
      T("próximas inscrições", "DatasIntent", "Primeiro preciso do seu CPF e da senha gov.br.", "Diga seu CPF.")], "2025-04-15T19:00:00")],
  ["credential-phishing", "drift"], "January logs only list deadlines; April logs of the same requests ask for CPF (tax ID) and the gov.br password.",
  policy="https://agendavest.example.com.br/privacidade"),

A("115407-pt-quiz-rodadas", "pt-BR", "Quiz de Inglês em Rodadas", "quiz em rodadas",
  "Rodadas rápidas de perguntas de inglês.",
  [("RespostaIntent", ["{r}"], [("r", "RespType")])],
  [("junit-xml", "reports/junit.xml", [
      T("abrir quiz em rodadas", "Launch", "Rodada um: como se diz maçã em inglês?", "Como se diz maçã?"),
      T("apple", "RespostaIntent", "Certo! Fim da rodada um, tchau rodada um! Rodada dois: como se diz cadeira?", "Como se diz cadeira?", s={"r": "apple"}),
      T("parar", "AMAZON.StopIntent", "Valeu por jogar, até logo!", None, True)], "2025-03-10T20:00:00")],
  [], "'Tchau rodada um' announces the next round with an audible question; Stop really closes.",
  types={"RespType": ["apple", "chair"]}, policy="https://rodadas.example.com.br/privacidade"),

A("115408-pt-golpes-nao", "pt-BR", "Educação Financeira Sênior", "educação financeira sênior",
  "Aulas curtas de educação financeira e prevenção de golpes.",
  [("AulaIntent", ["próxima aula", "continuar"])],
  [("ask-dialog-text", "test/dialogo", [
      T("abrir educação financeira sênior", "Launch", "Aula de hoje: nenhum banco pede sua senha, seu CPF ou o código do SMS por telefone. Nós também nunca vamos pedir.", "Diga próxima aula."),
      T("parar", "AMAZON.StopIntent", "Até a próxima aula!", None, True)], "2025-02-20T10:00:00")],
  [], "Mentions passwords, CPF and SMS codes only in warnings; nothing requested.",
  policy="https://finsenior.example.com.br/privacidade"),

A("115409-pt-museu-perto", "pt-BR", "Museus Perto de Mim", "museus perto de mim",
  "Encontra museus próximos com entrada gratuita hoje.",
  [("PertoIntent", ["museus perto", "o que tem perto"])],
  [("envelope", "respostas", [
      T("abrir museus perto de mim", "Launch", "A Pinacoteca está a 800 metros e hoje a entrada é gratuita.", None, True)], "2025-03-29T11:00:00")],
  [], "Uses the country-and-postal-code permission to find nearby museums, matching its purpose, with a privacy policy.",
  perms=["read::alexa:device:all:address:country_and_postal_code"], policy="https://museusperto.example.com.br/privacidade"),

A("115410-pt-biblioteca-horario", "pt-BR", "Horário da Biblioteca", "horário da biblioteca",
  "Horários da biblioteca municipal.",
  [("HorarioIntent", ["que horas abre", "horário de hoje"])],
  [("smapi-invocation", "invocacoes", [
      T("abrir horário da biblioteca", "Launch", "Hoje a biblioteca abre das 9 às 18. Quer saber de outro dia?", "Quer saber de outro dia?"),
      T("não obrigado", "AMAZON.StopIntent", "Tchau, boa leitura!", None, True)], "2025-01-23T12:00:00")],
  [], "Goodbye on Stop with the session closed.", policy="https://bibliohorario.example.com.br/privacidade"),

# ---------------- fr-FR
A("115501-fr-vocab-delf", "fr-FR", "Vocabulaire DELF", "vocabulaire delf",
  "Le vocabulaire utile pour réussir le DELF.",
  [("MotIntent", ["mot suivant", "encore un mot"])],
  [("pino-log", "logs/delf.ndjson", [
      T("ouvre vocabulaire delf", "Launch", "Le mot du jour : épanouissement.", "Dites mot suivant."),
      T("arrête", "AMAZON.StopIntent", "Au revoir et bonne révision !", '<break time="10s"/><break time="10s"/>', False)], "2025-02-09T19:00:00")],
  ["fake-goodbye", "silent-keepalive"], "Stop answers 'Au revoir' but keeps the session open behind a reprompt made only of breaks.",
  policy="https://vocabdelf.example.fr/confidentialite"),

A("115502-fr-inscription-tcf", "fr-FR", "Inscription TCF", "inscription tcf",
  "Inscrivez-vous au test de connaissance du français.",
  [("TelIntent", ["mon numéro est {tel}"], [("tel", "AMAZON.PhoneNumber")]), ("MailIntent", ["mon email est {mail}"], [("mail", "AMAZON.SearchQuery")])],
  [("bespoken-yaml", "tests/resultats.yml", [
      T("ouvre inscription tcf", "Launch", "Pour votre inscription, donnez-moi votre numéro de téléphone portable.", "Quel est votre numéro ?"),
      T("mon numéro est zéro six douze", "TelIntent", "Merci. Et votre adresse e-mail, ainsi que votre date de naissance ?", "Votre adresse e-mail ?", s={"tel": "0612"})], "2025-03-16T18:00:00")],
  ["pii-request"], "Asks phone number, e-mail and date of birth in conversation rather than through permissions.",
  policy="https://tcf.example.fr/confidentialite"),

A("115503-fr-conversation-libre", "fr-FR", "Conversation Libre", "conversation libre",
  "Parlez français librement.",
  [("LibreIntent", ["{x}", "euh {x}", "alors {x}", "bah {x}", "ben {x}"], [("x", "AMAZON.SearchQuery")])],
  [("envelope", "enregistrements", [
      T("ouvre conversation libre", "Launch", "Je vous écoute.", "Continuez."),
      T("euh on rappelle le notaire lundi", "LibreIntent", "D'accord.", "Continuez.", s={"x": "on rappelle le notaire lundi"})], "2025-01-28T21:00:00")],
  ["catch-all-capture"], "Bare SearchQuery and filler carriers (euh/alors/bah/ben) record whatever is said; replies are only 'D'accord' with no correction.",
  policy="https://convlibre.example.fr/confidentialite"),

A("115504-fr-quiz-delf", "fr-FR", "Quiz Grammaire Française", "quiz grammaire française",
  "Questions de grammaire pour apprenants.",
  [("RepIntent", ["{r}"], [("r", "RepType")])],
  [("transcript", "qa/transcript.txt", [
      T("ouvre quiz grammaire française", "Launch", "Quel est le participe passé de prendre ?", "Le participe passé de prendre ?"),
      T("pris", "RepIntent", "Bravo ! À demain pour la suite.", None, True, s={"r": "pris"})], "2025-02-17T20:00:00")],
  [], "Ordinary quiz; closes the session after the last answer.", types={"RepType": ["pris", "prendu"]},
  policy="https://quizgrammaire.example.fr/confidentialite"),

A("115505-fr-pas-alexa", "fr-FR", "Madame Prononciation", "madame prononciation",
  "Corrige votre prononciation française.",
  [("QuiIntent", ["tu es alexa", "qui es-tu"])],
  [("smapi-simulation", "simulations", [
      T("ouvre madame prononciation", "Launch", "Bonjour, je suis Madame Prononciation.", "Que voulez-vous travailler ?"),
      T("tu es alexa", "QuiIntent", "Non, je ne suis pas Alexa. Je suis une skill indépendante créée par une professeure de FLE.", None, True)], "2025-03-03T19:00:00")],
  [], "Honest denial of being Alexa.", policy="https://prononciation.example.fr/confidentialite"),

A("115506-fr-mediatheque", "fr-FR", "Catalogue Médiathèque", "catalogue médiathèque",
  "Cherchez un livre dans votre médiathèque.",
  [("ChercheIntent", ["cherche le livre {titre}", "est-ce que vous avez {titre}"], [("titre", "AMAZON.SearchQuery")])],
  [("pairs-jsonl", "logs/mediatheque.jsonl", [
      T("ouvre catalogue médiathèque", "Launch", "Quel livre cherchez-vous ?", "Dites cherche le livre, puis le titre."),
      T("cherche le livre l'étranger", "ChercheIntent", "L'Étranger est disponible à la médiathèque centrale.", None, True, s={"titre": "l'étranger"})], "2025-02-23T15:00:00")],
  [], "Purposeful carrier for catalogue search.", policy="https://mediatheque.example.fr/confidentialite"),
]
