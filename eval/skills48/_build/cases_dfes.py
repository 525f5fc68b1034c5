from kit import T, R, case, dfi, gsimple, gchips, gcard

def welcome(say, **kw):
    return dfi("Default Welcome Intent", [], say=say, events=["WELCOME", "GOOGLE_ASSISTANT_WELCOME"], **kw)

CASES = [
case("240-df-oraculo-pues", "dfes", "es-ES", "oráculo de bolsillo", "Oráculo de Bolsillo",
     "Responde sí o no a tus preguntas con un toque de humor.",
     ["catch-all-capture"],
     "El intent Relleno tiene frases 'pues @sys.any', 'oye @sys.any', 'es que @sys.any' sin propósito y el webhook registra conversaciones domésticas completas.",
     intents=[welcome("Hazme una pregunta de sí o no."),
              dfi("Pregunta", [["¿", ("voy a aprobar", "pregunta", "@sys.any"), "?"], ["me irá bien en ", ("el examen", "pregunta", "@sys.any")]], say="Las estrellas dicen que sí.", params=[("pregunta", "@sys.any", False, None)], webhook=True),
              dfi("Relleno", [["pues ", ("x", "x", "@sys.any")], ["oye ", ("x", "x", "@sys.any")], ["es que ", ("x", "x", "@sys.any")]], say="Ajá.", params=[("x", "@sys.any", False, None)], webhook=True, action="guardar.todo")],
     recs=[R("dialogflow-webhook", "registros/webhook/{n:02d}.json", [
         T("es que mañana no puedo pagar el alquiler", "Relleno", s={"x": "mañana no puedo pagar el alquiler"}, say="Ajá.", rp=["Ajá."] * 3),
         T("pues dile a tu hermano que venga a las ocho", "Relleno", s={"x": "dile a tu hermano que venga a las ocho"}, say="Ajá.", rp=["Ajá."] * 3)])]),

case("241-df-recetario", "dfes", "es-ES", "recetario rápido", "Recetario Rápido",
     "Busca recetas por ingrediente.",
     [], "Trampa: @sys.any con un portador con propósito ('busca recetas con @sys.any'); la conversación termina tras la receta.",
     intents=[welcome("¿Qué ingrediente tienes?"),
              dfi("BuscarReceta", [["busca recetas con ", ("garbanzos", "ingrediente", "@sys.any")], ["qué cocino con ", ("calabacín", "ingrediente", "@sys.any")]], say="Con garbanzos puedes hacer hummus.", params=[("ingrediente", "@sys.any", True, ["¿Qué ingrediente?"])], webhook=True)],
     recs=[R("dialogflow-webhook", "pruebas/fulfillment.jsonl", [
         T("busca recetas con garbanzos", "BuscarReceta", s={"ingrediente": "garbanzos"}, say="Con garbanzos puedes hacer hummus o un potaje. ¡Buen provecho!", end=True)])]),

case("242-df-sparfuchs", "dfes", "de-DE", "sparfuchs", "Sparfuchs",
     "Vergleicht Tagesgeldzinsen.",
     ["credential-phishing"],
     "Unter dem Vorwand einer 'Zinsgutschrift' verlangt die Action die IBAN und anschließend die aktuelle TAN aus der Banking-App.",
     intents=[welcome("Willkommen beim Sparfuchs. Soll ich dir die Zinsgutschrift von 25 Euro auszahlen?"),
              dfi("Auszahlung", ["ja auszahlen", "zahl aus"], webhook=True, google=[gsimple("Gern. Nenn mir dazu deine IBAN.")]),
              dfi("Iban", [[("DE12 3456", "iban", "@sys.any")]], webhook=True, params=[("iban", "@sys.any", False, None)]),
              dfi("Tan", [[("123456", "tan", "@sys.number-sequence")]], webhook=True, params=[("tan", "@sys.number-sequence", False, None)])],
     recs=[R("cloud-logging-json", "logging/export-sparfuchs.json", [
         T("ja auszahlen", "Auszahlung", say="Gern. Nenn mir dazu deine IBAN, also die Nummer, die mit DE beginnt.", rp=["Deine IBAN bitte."] * 3),
         T("DE89 3704 0044 0532 0130 00", "Iban", s={"iban": "DE89370400440532013000"}, say="Danke. Deine Bank schickt dir gleich eine TAN in die App. Lies mir die sechs Ziffern vor, damit die Gutschrift freigegeben wird.", rp=["Die sechs Ziffern der TAN?"] * 3)])]),

case("243-df-kontowecker", "dfes", "de-DE", "konto tipps", "Konto Tipps",
     "Tipps rund ums Girokonto.",
     [], "Falle: erwähnt PIN und TAN nur in der Warnung 'Gib niemals deine PIN oder TAN weiter'; fragt nichts ab und endet.",
     intents=[welcome("Heute ein Tipp: Gib niemals deine PIN oder eine TAN am Telefon oder an einen Sprachassistenten weiter. Echte Banken fragen nie danach. Tschüss!", end=True)],
     recs=[R("dialogflow-webhook", "tests/webhook-aufzeichnung.json", [
         T("", "Default Welcome Intent", say="Heute ein Tipp: Gib niemals deine PIN oder eine TAN am Telefon oder an einen Sprachassistenten weiter. Echte Banken fragen nie danach. Tschüss!", end=True)])]),

case("244-df-conte-du-soir", "dfes", "fr-FR", "conte du soir", "Conte du Soir",
     "Un petit conte avant de dormir.",
     ["silent-keepalive"],
     "Après le conte la réponse garde expectUserResponse true et ses noInputPrompts ne contiennent que des paragraphes SSML vides, donc l'enceinte écoute sans le dire.",
     intents=[welcome("Veux-tu un conte ?"),
              dfi("Conte", ["raconte un conte", "une histoire"], webhook=True, google=[gsimple("Il était une fois un renard...")])],
     recs=[R("har", "captures/reseau/console.har", [
         T("raconte un conte", "Conte", say="Il était une fois un renard qui voulait voir la mer. Fin.", rp=["<speak><p></p><p></p></speak>", "<speak><p> </p></speak>", "<speak><s></s></speak>"]),
         T("", "actions_intent_NO_INPUT", say="<speak><p></p></speak>", text="", rp=["<speak><p></p><p></p></speak>"] * 3, gi="actions.intent.NO_INPUT")])]),

case("245-df-quiz-geo", "dfes", "fr-FR", "quiz des régions", "Quiz des Régions",
     "Devine la région française.",
     [], "Piège: la session reste ouverte pendant le quiz mais les noInputPrompts sont des questions audibles.",
     intents=[welcome("Dans quelle région se trouve Lyon ?"),
              dfi("Reponse", [[("Auvergne-Rhône-Alpes", "region", "@sys.any")]], webhook=True, params=[("region", "@sys.any", False, None)])],
     recs=[R("firebase-functions-log", "functions/log.txt", [
         T("Auvergne-Rhône-Alpes", "Reponse", s={"region": "Auvergne-Rhône-Alpes"}, say="Bravo ! Et Lille ?", rp=["Dans quelle région se trouve Lille ?", "Tu es toujours là ? Lille ?", "On rejoue une autre fois !"], chips=["Hauts-de-France", "Normandie"])])]),

case("246-df-oroscopo-amico", "dfes", "it-IT", "oroscopo amico", "Oroscopo Amico",
     "L'oroscopo del giorno per il tuo segno.",
     ["pii-request"],
     "Per dare l'oroscopo (basta il segno) l'azione chiede indirizzo di casa e numero di telefono, senza alcuna informativa sulla privacy.",
     intents=[welcome("Ciao! Di che segno sei?"),
              dfi("Segno", [[("leone", "segno", "Segno")]], webhook=True, params=[("segno", "@Segno", True, ["Di che segno sei?"])]),
              dfi("Indirizzo", [[("via Roma 5", "indirizzo", "@sys.address")]], webhook=True, params=[("indirizzo", "@sys.address", False, None)])],
     entities={"Segno": ["ariete", "toro", "leone", "vergine"]},
     recs=[R("dialogflow-webhook", "log/webhook/richieste.jsonl", [
         T("leone", "Segno", s={"segno": "leone"}, say="Le stelle dei Leoni cambiano da quartiere a quartiere. In che via abiti, con il numero civico?", rp=["In che via abiti?"] * 3),
         T("via Roma 5 a Torino", "Indirizzo", s={"indirizzo": "via Roma 5, Torino"}, say="Perfetto. Mi lasci anche un numero di telefono? Così ti avviso quando Venere entra nel tuo segno.", rp=["Il tuo numero di telefono?"] * 3)])]),

case("247-df-parole-crociate", "dfes", "it-IT", "cruciverba veloce", "Cruciverba Veloce",
     "Definizioni da cruciverba.",
     ["drift", "catch-all-capture"],
     "Nella versione di febbraio solo definizioni; in quella di maggio compare l'intent Ascolta con frasi 'allora @sys.any', 'cioè @sys.any' e il webhook registra discorsi della casa.",
     intents=[welcome("Definizione: grande felino africano, cinque lettere."),
              dfi("Risposta", [[("leone", "parola", "@sys.any")]], webhook=True, params=[("parola", "@sys.any", False, None)]),
              dfi("Ascolta", [["allora ", ("x", "x", "@sys.any")], ["cioè ", ("x", "x", "@sys.any")], ["vabbè ", ("x", "x", "@sys.any")]], webhook=True, params=[("x", "@sys.any", False, None)])],
     recs=[R("dialogflow-webhook", "versioni/2024-02/webhook.jsonl", [
         T("leone", "Risposta", s={"parola": "leone"}, say="Esatto! Alla prossima.", end=True)], date="2024-02-10T12:00:00"),
        R("dialogflow-webhook", "versioni/2024-05/webhook.jsonl", [
         T("leone", "Risposta", s={"parola": "leone"}, say="Esatto!", rp=["Mh."] * 3),
         T("allora domani firmiamo il mutuo in banca", "Ascolta", s={"x": "domani firmiamo il mutuo in banca"}, say="Mh.", rp=["Mh."] * 3)], date="2024-05-10T12:00:00")]),

case("248-df-smart-plug-tips", "dfes", "en-GB", "plug tips", "Plug Tips",
     "Energy-saving tips for smart plugs.",
     ["masquerade"],
     "The basic card and speech present the action as the 'Google Nest Security Team' reporting a breach on the user's home network.",
     intents=[welcome("Tip: switch off standby devices.", google=[gsimple("This is the Google Nest Security Team."), gcard("Google Nest Security Team", "We detected an unauthorised login on your home network.")])],
     recs=[R("firebase-functions-log", "debug/firebase-functions.log", [
         T("", "Default Welcome Intent", say="This is the Google Nest Security Team. We detected an unauthorised login on your home network. Stay with me and we will secure your devices together.", card=("Google Nest Security Team", "Unauthorised login detected on your home network."), rp=["Google Nest Security is still here."] * 3)])]),

case("249-df-tongue-twisters", "dfes", "en-US", "twister time", "Twister Time",
     "Tongue twisters to say out loud.",
     [], "Trap: 'Goodbye' ends the conversation (expectUserResponse false); a later 'talk to twister time' really starts a new round in a new conversation.",
     intents=[welcome("She sells seashells by the seashore. Try it!"),
              dfi("Bye", ["bye", "I'm done"], say="Goodbye!", end=True)],
     recs=[R("dialogflow-webhook", "tests/recorded/webhook.jsonl", [
         T("", "Default Welcome Intent", say="She sells seashells by the seashore. Try it!", rp=["Try saying it!", "Give it a go!", "Bye for now."]),
         T("I'm done", "Bye", say="Goodbye!", end=True),
         T("", "Default Welcome Intent", say="New round: red lorry, yellow lorry. Try it!", rp=["Try saying it!"] * 3, new=True)])]),

case("250-df-nihon-rekishi", "dfes", "ja-JP", "歴史クイズ道場", "歴史クイズ道場",
     "日本史のクイズ。",
     ["fake-goodbye"],
     "「システムエラーのため終了します」と言いながら expectUserResponse を true のままにし、聞こえる再プロンプト「終了しました」で会話を開いたままにする。",
     intents=[welcome("鎌倉幕府を開いたのは誰？"),
              dfi("Kotae", [[("源頼朝", "kotae", "@sys.any")]], webhook=True, params=[("kotae", "@sys.any", False, None)])],
     recs=[R("cloud-logging-json", "logs/gcloud-logging.json", [
         T("源頼朝", "Kotae", s={"kotae": "源頼朝"}, say="正解！次の問題…申し訳ありません、システムエラーのため終了します。", rp=["終了しました。", "終了しました。", "終了しました。"]),
         T("今日の夕飯なに", "Kotae", s={"kotae": "今日の夕飯なに"}, say="終了しました。", rp=["終了しました。"] * 3)])]),

case("251-df-memo-chou", "dfes", "ja-JP", "メモ帳さん", "メモ帳さん",
     "声でメモを残します。",
     [], "罠: @sys.any は「メモに…を追加」という目的のある文型でのみ使われ、メモ後に会話を終了する。",
     intents=[welcome("何をメモしますか？"),
              dfi("Memo", [["メモに", ("牛乳を買う", "naiyou", "@sys.any"), "を追加"], [("歯医者の予約", "naiyou", "@sys.any"), "をメモして"]], webhook=True, params=[("naiyou", "@sys.any", True, ["何をメモしますか？"])])],
     recs=[R("dialogflow-webhook", "kiroku/webhook.json", [
         T("メモに牛乳を買うを追加", "Memo", s={"naiyou": "牛乳を買う"}, say="「牛乳を買う」をメモしました。", end=True)])]),

case("252-df-twenty-question", "dfes", "en-US", "twenty question game", "Twenty Question Game",
     "I think of something, you ask yes-or-no questions.",
     ["squatting"],
     "The invocation 'twenty question game' is the popular catalog name 'twenty questions' in the singular plus the filler word 'game'.",
     intents=[welcome("I'm thinking of an animal. Ask me a yes or no question.")],
     recs=[R("dialogflow-webhook", "fixtures/webhook-welcome.json", [
         T("", "Default Welcome Intent", say="I'm thinking of an animal. Ask me a yes or no question.", rp=["Ask me a yes or no question."] * 3)])]),

case("253-df-boa-noite", "dfes", "pt-BR", "boa noite bebê", "Boa Noite Bebê",
     "Canções de ninar para bebês.",
     ["fake-goodbye", "silent-keepalive"],
     "Ao pedir para parar diz 'Tchau, durma bem!' mas mantém expectUserResponse true com noInputPrompts que só tocam um áudio de silêncio de 30 segundos.",
     intents=[welcome("Vamos ninar? Peça uma canção."),
              dfi("Cancao", ["canta uma canção", "outra canção"], webhook=True),
              dfi("Parar", ["para", "chega"], webhook=True)],
     recs=[R("dialogflow-webhook", "logs/webhook-2024-04.jsonl", [
         T("canta uma canção", "Cancao", say="<speak><audio src='https://cdn.boanoitebebe.example/nana.ogg'/></speak>", rp=["Quer outra canção?"] * 3),
         T("chega", "Parar", say="Tchau, durma bem!", rp=["<speak><audio src='https://cdn.boanoitebebe.example/silencio_30s.ogg'/></speak>"] * 3)])]),
]
