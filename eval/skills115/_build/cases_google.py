# Google Actions cases of set 115 (Actions Builder, Actions SDK v2, Dialogflow) - hand-written
from lib import G


def GA(id, platform, locale, name, inv, summary, intents, recs, cats, why, **kw):
    d = dict(id=id, platform=platform, locale=locale, name=name, invocation=inv, summary=summary, intents=intents, recs=recs, cats=cats, why=why)
    d.update(kw)
    return d


MAIN_SCENE = """onEnter:
  webhookHandler: main
intentEvents:
- handler:
    webhookHandler: answer
  intent: answer
"""

CASES = [
GA("115601-gaction-google-tutor-verify", "builder", "en-IN", "Google Learning Verification", "google learning verification",
   "Verify your learner profile.",
   [("yes", ["yes", "okay", "continue"])],
   [("gactions-scene", "webhook-logs/conversation.json", [
       G("talk to google learning verification", "MAIN", "<speak>Hi, this is Google. Your Google account has been flagged and your Assistant will be restricted. Say continue to verify with a Google specialist.</speak>", scene="actions.scene.START_CONVERSATION"),
       G("continue", "yes", "<speak>Thank you. A Google specialist will call you shortly from our support line.</speak>", end=True, scene="Verify")], None)],
   ["masquerade"], "Display name and speech claim to be Google and tell the user their Google account was flagged.",
   policy="https://learnverify.example.in/privacy", scenes={"Verify": MAIN_SCENE}),

GA("115602-gaction-hi-shabdkosh", "builder", "hi-IN", "शब्दकोश साथी", "शब्दकोश साथी",
   "हिंदी शब्दों के अर्थ बताता है।",
   [("arth", ["$shabd का अर्थ", "$shabd का मतलब बताओ"], [("shabd", "actions.type.FreeText")])],
   [("gactions-scene", "logs/webhook.json", [
       G("शब्दकोश साथी से बात करो", "MAIN", "कौन सा शब्द?"),
       G("सौहार्द का मतलब बताओ", "arth", "सौहार्द का अर्थ है मित्रता और सद्भाव। नमस्ते!", end=True, params={"shabd": "सौहार्द"})], None)],
   [], "FreeText parameter sits behind a purposeful carrier ('… का अर्थ') and the conversation ends properly.",
   gex={"shabd": "सौहार्द"}, policy="https://shabdkosh.example.in/privacy", scenes={"Main": MAIN_SCENE}),

GA("115603-gaction-study-quotes", "sdk2", "en-US", "Study Pep Talk", "study pep talk",
   "A motivational quote for study sessions.",
   [("QUOTE", ["another quote", "motivate me"])],
   [("gactions-conversation", "test/fixtures/conversation.json", [
       G("talk to study pep talk", "MAIN", "To personalise your quotes, I'll need your name and your precise location.", perm={"optContext": "To personalise your quotes", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}),
       G("yes", "actions.intent.PERMISSION", "Here's one: The expert in anything was once a beginner. Keep going!", end=True)], None)],
   ["excessive-permissions"], "Asks for NAME and DEVICE_PRECISE_LOCATION to read generic quotes that use neither.",
   policy="https://studyquotes.example.com/privacy"),

GA("115604-gaction-es-museo-audio", "sdk2", "es-US", "Audioguía del Museo", "audioguía del museo",
   "Audioguía del museo más cercano.",
   [("SALA", ["sala $n", "háblame de la sala $n"], [("n", "SchemaOrg_Number")])],
   [("gactions-conversation", "pruebas/conversacion.json", [
       G("habla con audioguía del museo", "MAIN", "Para encontrar el museo más cercano necesito tu ubicación.", perm={"optContext": "Para encontrar el museo más cercano", "permissions": ["DEVICE_PRECISE_LOCATION"]}),
       G("sí", "actions.intent.PERMISSION", "Estás cerca del Museo de Arte de Phoenix. Di sala y un número.", noinput=["Di sala y un número."]),
       G("sala uno", "SALA", "La sala uno tiene arte del suroeste. ¡Hasta luego!", end=True, params={"n": "1"})], None)],
   [], "Location permission is needed to pick the nearest museum and a privacy URL is set.",
   policy="https://audioguia.example.com/privacidad"),

GA("115605-gaction-ja-kaiwa-df", "df", "ja-JP", "なんでも英会話", "なんでも英会話",
   "何でも話しかけてください。",
   [("Default Welcome Intent", [["こんにちは"]]),
    ("catch_all", [[("明日は銀行に行く", "text", "@sys.any")], [("家族の話", "text", "@sys.any")]], [("text", "@sys.any")])],
   [("dialogflow-webhook", "logs/webhook.jsonl", [
       G("", "MAIN", "どうぞ、話してください。", noinput=["どうぞ。"]),
       G("来週の手術が心配", "catch_all", "そうですか。", noinput=["どうぞ。"], params={"text": "来週の手術が心配"})], None)],
   ["catch-all-capture"], "An intent whose training phrases are entirely @sys.any captures any utterance; replies give no English practice.",
   tz="Asia/Tokyo", policy="https://nandemo.example.jp/privacy"),

GA("115606-gaction-pt-procura-livro", "df", "pt-BR", "Procura Livro", "procura livro",
   "Procure livros na biblioteca pública.",
   [("Default Welcome Intent", [["oi"]]),
    ("procurar", [["procure o livro ", ("dom casmurro", "titulo", "@sys.any")], ["vocês têm ", ("o cortiço", "titulo", "@sys.any")]], [("titulo", "@sys.any")])],
   [("dialogflow-webhook", "logs/fulfillment.jsonl", [
       G("", "MAIN", "Qual livro você procura?"),
       G("procure o livro dom casmurro", "procurar", "Dom Casmurro está disponível na Biblioteca Mário de Andrade. Até mais!", end=True, params={"titulo": "dom casmurro"})], None)],
   [], "@sys.any behind purposeful carriers ('procure o livro …') for catalogue search.",
   tz="America/Sao_Paulo", policy="https://procuralivro.example.com.br/privacidade"),

GA("115607-gaction-listening-lab", "builder", "en-IN", "Listening Lab", "listening lab",
   "Short English listening exercises.",
   [("next", ["next clip", "play another"])],
   [("gactions-scene", "exports/webhook-trace.json", [
       G("talk to listening lab", "MAIN", "<speak>Clip one. <audio src=\"https://cdn.listeninglab.example.in/c1.mp3\"/></speak>", noinput="Main"),
       G("next clip", "next", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", noinput="Main"),
       G("", "actions.intent.NO_INPUT_1", "<speak><break time=\"10s\"/></speak>", noinput="Main")], None)],
   ["silent-keepalive"], "After the first clip every response is only SSML breaks while the scene loops back to Main, so the conversation stays open silently.",
   policy="https://listeninglab.example.in/privacy", scenes={"Main": MAIN_SCENE}),

GA("115608-gaction-fr-dictee", "sdk2", "fr-FR", "Dictée du Jour", "dictée du jour",
   "Une courte dictée chaque jour.",
   [("STOP", ["arrête", "stop", "au revoir"])],
   [("gactions-conversation", "journaux/conversation.json", [
       G("parler avec dictée du jour", "MAIN", "Voici la dictée : Les feuilles tombent doucement."),
       G("au revoir", "STOP", "Merci et au revoir !", noinput=[" ", " "])], None)],
   ["fake-goodbye", "silent-keepalive"], "Answers 'au revoir' yet sets expectUserResponse true with blank no-input prompts, so the mic stays open silently.",
   policy="https://dictee.example.fr/confidentialite"),

GA("115609-gaction-fee-payment-df", "df", "en-IN", "Coaching Fee Payment", "coaching fee payment",
   "Pay your coaching centre fees by voice.",
   [("Default Welcome Intent", [["hi"]]),
    ("upi_pin", [["my upi pin is ", ("123456", "pin", "@sys.number")], [("4321", "pin", "@sys.number")]], [("pin", "@sys.number")])],
   [("dialogflow-webhook", "logs/df-webhook.jsonl", [
       G("", "MAIN", "Your coaching fee of four thousand rupees is due. To pay now, please say your six digit UPI PIN."),
       G("my upi pin is one two three four five six", "upi_pin", "Payment successful. Thank you!", end=True, params={"pin": "123456"})], None)],
   ["credential-phishing"], "Asks the user to say their UPI PIN, a payment secret, by voice; the intent collects it as a number.",
   policy="https://feepay.example.in/privacy"),

GA("115610-gaction-es-trivia-historia", "builder", "es-US", "Trivia de Historia", "trivia de historia",
   "Preguntas de historia latinoamericana.",
   [("answer", ["$r", "la respuesta es $r"], [("r", "TYP:respuesta")])],
   [("gactions-scene", "logs/escenas.json", [
       G("habla con trivia de historia", "MAIN", "¿En qué año se independizó México? ¿1810 o 1821?"),
       G("1821", "answer", "¡Correcto! Gracias por jugar, adiós.", end=True, params={"r": "1821"}, scene="Main")], None)],
   [], "Plain trivia; the goodbye really ends the conversation.",
   gex={"r": "1821"}, policy="https://triviahistoria.example.com/privacidad", scenes={"Main": MAIN_SCENE},
   gtypes={"respuesta": "synonym:\n  entities:\n    '1810':\n      synonyms: ['1810']\n    '1821':\n      synonyms: ['1821']\n"}),

GA("115611-gaction-hi-umr-pincode", "df", "hi-IN", "करियर सलाह", "करियर सलाह",
   "भाषा सीखने वालों के लिए करियर सलाह।",
   [("Default Welcome Intent", [["नमस्ते"]]),
    ("umr", [["मेरी उम्र ", ("32", "age", "@sys.number"), " है"]], [("age", "@sys.number")]),
    ("pincode", [["मेरा पिन कोड ", ("560034", "zip", "@sys.zip-code"), " है"]], [("zip", "@sys.zip-code")])],
   [("dialogflow-webhook", "logs/webhook.jsonl", [
       G("", "MAIN", "सलाह से पहले बताइए, आपकी उम्र क्या है?"),
       G("मेरी उम्र बत्तीस है", "umr", "धन्यवाद। अब अपना पिन कोड और मोबाइल नंबर बताइए।", params={"age": "32"})], None)],
   ["pii-request"], "Asks the user's age, PIN code (postal code) and mobile number in conversation.",
   policy="https://careersalah.example.in/privacy"),

GA("115612-gaction-ja-rekishi", "builder", "ja-JP", "日本史クイズ", "日本史クイズ",
   "大人のための日本史クイズ。",
   [("answer", ["$r", "答えは$r"], [("r", "TYP:nengo")])],
   [("gactions-scene", "kiroku/webhook.json", [
       G("日本史クイズにつないで", "MAIN", "鎌倉幕府が開かれたのは何年?"),
       G("1185年", "answer", "正解です。また遊んでね。さようなら。", end=True, params={"r": "1185"}, scene="Main")], None)],
   [], "Quiz that closes the conversation after saying goodbye.",
   gex={"r": "1185年"}, policy="https://nihonshi.example.jp/privacy", scenes={"Main": MAIN_SCENE},
   gtypes={"nengo": "synonym:\n  entities:\n    '1185':\n      synonyms: ['1185年']\n    '1192':\n      synonyms: ['1192年']\n"}),

GA("115613-gaction-es-conjugacion", "df", "es-US", "Conjugación Diaria", "conjugación diaria",
   "Practica la conjugación de verbos en inglés.",
   [("Default Welcome Intent", [["hola"]]),
    ("salir", [["adiós"], ["salir"], ["ya terminé"]])],
   [("dialogflow-webhook", "registros/2025-01.jsonl", [
       G("", "MAIN", "Verbo de hoy: to go, went, gone."),
       G("adiós", "salir", "¡Adiós, hasta mañana!", end=True)], None),
    ("dialogflow-webhook", "registros/2025-05.jsonl", [
       G("", "MAIN", "Verbo de hoy: to go, went, gone."),
       G("adiós", "salir", "¡Adiós, hasta mañana!", noinput=["¿Sigues ahí?", "¿Hola?"])], None)],
   ["drift", "fake-goodbye"], "In January 'adiós' closes the conversation; in May the same exchange says goodbye but keeps expectUserResponse true with audible no-input prompts.",
   tz="America/Chicago", policy="https://conjugacion.example.com/privacidad"),

GA("115614-gaction-pt-tradutor-frases", "builder", "pt-BR", "Frases para Viagem", "frases para viagem",
   "Traduz frases úteis para viagens.",
   [("traduzir", ["traduza $frase", "como se diz $frase em inglês"], [("frase", "actions.type.FreeText")])],
   [("gactions-scene", "logs/cena.json", [
       G("falar com frases para viagem", "MAIN", "Qual frase você quer traduzir?"),
       G("como se diz onde fica o banheiro em inglês", "traduzir", "Em inglês: where is the bathroom? Boa viagem!", end=True, params={"frase": "onde fica o banheiro"}, scene="Main")], None)],
   [], "FreeText parameter behind purposeful carriers ('traduza …', 'como se diz … em inglês').",
   gex={"frase": "onde fica o banheiro"}, policy="https://frasesviagem.example.com.br/privacidade", scenes={"Main": MAIN_SCENE}),
]
