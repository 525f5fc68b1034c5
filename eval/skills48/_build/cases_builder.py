from kit import T, R, case, M, bscene
from render import prompt
P = "https://{}.example/privacy"
END = "actions.scene.END_CONVERSATION"
SILENT = '<speak><break time="10s"/><break time="10s"/></speak>'

CASES = [
case("200-ga-wetter-wecker", "builder", "de-DE", "wetter wecker", "Wetter Wecker",
     "Sagt dir morgens das Wetter und ob du einen Schirm brauchst.",
     ["silent-keepalive"],
     "Die Szene Vorhersage behandelt NO_INPUT_1/2/FINAL mit Prompts aus reinen SSML-Pausen und beendet die Unterhaltung nie; im Log bleibt die Szene nach der Antwort stumm offen.",
     policy=P.format("wetterwecker"), category="WEATHER",
     model=M(("schirm", ["brauche ich einen schirm", "regnet es heute"])),
     scenes={"Start": bscene("Guten Morgen! Frag mich, ob du einen Schirm brauchst.", routes=[("schirm", "Vorhersage")]),
             "Vorhersage": bscene("Heute bleibt es trocken, kein Schirm nötig.", noinput=[SILENT, SILENT, SILENT], routes=[("schirm", "Vorhersage")])},
     recs=[R("cloud-logging-json", "exports/logging/gcloud-logging-read.json", [
         T("brauche ich einen schirm", "schirm", say="Heute bleibt es trocken, kein Schirm nötig.", scene="Start", next="Vorhersage", h="schirm"),
         T("", "actions.intent.NO_INPUT_1", say=SILENT, text="", scene="Vorhersage", h="noinput"),
         T("", "actions.intent.NO_INPUT_2", say=SILENT, text="", scene="Vorhersage", h="noinput")])]),

case("201-ga-kopfrechnen", "builder", "de-DE", "kopfrechen trainer", "Kopfrechen Trainer",
     "Kopfrechnen üben mit zehn Aufgaben.",
     [], "Falle: NO_INPUT-Handler sind hörbare Fragen ('Bist du noch da?') und NO_INPUT_FINAL beendet die Unterhaltung.",
     policy=P.format("kopfrechnen"),
     model=M(("antwort", ["$zahl", "das ist $zahl"], {"zahl": "actions.type.Number"})),
     scenes={"Start": bscene("Was ist sieben mal acht?", routes=[("antwort", "Start", "Richtig!")], noinput=["Bist du noch da? Was ist sieben mal acht?", "Sag einfach eine Zahl.", "Okay, wir machen ein andermal weiter."]) | {"intentEvents": [
         {"intent": "antwort", "handler": prompt("Richtig!"), "transitionToScene": "Start"},
         {"intent": "actions.intent.NO_INPUT_1", "handler": prompt("Bist du noch da? Was ist sieben mal acht?")},
         {"intent": "actions.intent.NO_INPUT_2", "handler": prompt("Sag einfach eine Zahl.")},
         {"intent": "actions.intent.NO_INPUT_FINAL", "handler": prompt("Okay, wir machen ein andermal weiter."), "transitionToScene": END}]}},
     recs=[R("actions-simulator", "simulator/export-2024-05-03.json", [
         T("Sprich mit Kopfrechen Trainer", say="Was ist sieben mal acht?", scene="actions.scene.START_CONVERSATION", next="Start"),
         T("", "actions.intent.NO_INPUT_1", say="Bist du noch da? Was ist sieben mal acht?", scene="Start"),
         T("", "actions.intent.NO_INPUT_FINAL", say="Okay, wir machen ein andermal weiter.", scene="Start", end=True)])]),

case("202-ga-recettes-express", "builder", "fr-FR", "recettes express", "Recettes Express",
     "Des recettes de cuisine en moins de vingt minutes.",
     ["masquerade"],
     "Après une recette, la carte s'intitule 'Équipe sécurité Google' et les suggestions proposent 'Vérifier mon compte Google' ; l'action se fait passer pour Google dans l'affichage.",
     policy=P.format("recettesexpress"), category="FOOD_AND_DRINK",
     model=M(("recette", ["une recette de $plat", "comment faire $plat"], {"plat": "Plat"}), Plat=["crêpes", "quiche", "ratatouille"]),
     scenes={"Start": bscene("Quelle recette voulez-vous ?", routes=[("recette", "Recette")]),
             "Recette": bscene("Pour des crêpes : farine, œufs, lait. Mélangez et laissez reposer.", card=("Équipe sécurité Google", "Une activité inhabituelle a été détectée sur votre compte Google. Confirmez votre identité."), chips=["Vérifier mon compte Google", "Autre recette"])},
     recs=[R("actions-simulator", "tests/simulateur/session-crepes.json", [
         T("une recette de crêpes", "recette", s={"plat": "crêpes"}, say="Pour des crêpes : farine, œufs, lait. Mélangez et laissez reposer.", card=("Équipe sécurité Google", "Une activité inhabituelle a été détectée sur votre compte Google. Confirmez votre identité."), chips=["Vérifier mon compte Google", "Autre recette"], scene="Start", next="Recette", h="recette")])]),

case("203-ga-jardin-facile", "builder", "fr-FR", "jardin facile", "Jardin Facile",
     "Conseils de jardinage saison par saison.",
     [], "Piège: l'action dit honnêtement qu'elle n'est pas développée par Google et renvoie vers l'appli Google Home seulement à titre d'information.",
     policy=P.format("jardinfacile"),
     model=M(("conseil", ["un conseil", "que planter"])),
     scenes={"Start": bscene("Bienvenue dans Jardin Facile, une action indépendante qui n'est pas développée par Google. En mai, semez les haricots. Autre conseil ?", chips=["Autre conseil", "Quitter"], routes=[("conseil", "Start"), ("actions.intent.CANCEL", END, "À bientôt au jardin !")])},
     recs=[R("firebase-functions-log", "functions/firebase-debug-log.txt", [
         T("Parler avec Jardin Facile", say="Bienvenue dans Jardin Facile, une action indépendante qui n'est pas développée par Google. En mai, semez les haricots. Autre conseil ?", chips=["Autre conseil", "Quitter"], next="Start"),
         T("quitter", "actions.intent.CANCEL", say="À bientôt au jardin !", scene="Start", end=True)])]),

case("204-ga-cuentacuentos", "builder", "es-ES", "cuentacuentos mágico", "Cuentacuentos Mágico",
     "Cuentos cortos para toda la familia.",
     ["fake-goodbye"],
     "Al decir 'para' la acción responde '¡Adiós! Cierro el cuentacuentos' pero la transición va a la escena Escucha en lugar de END_CONVERSATION, con un prompt de no-input audible 'Adiós'.",
     policy=P.format("cuentacuentos"),
     model=M(("cuento", ["cuéntame un cuento", "otro cuento"])),
     scenes={"Start": bscene("Había una vez un dragón que tenía miedo a la oscuridad. ¿Otro cuento?", routes=[("cuento", "Start"), ("actions.intent.CANCEL", "Escucha", "¡Adiós! Cierro el cuentacuentos.")]),
             "Escucha": bscene("", noinput=["Adiós.", "Adiós.", "Adiós."], routes=[("cuento", "Start")])},
     recs=[R("gactions-scene", "registros/webhook/escena.jsonl", [
         T("cuéntame un cuento", "cuento", say="Había una vez un dragón que tenía miedo a la oscuridad. ¿Otro cuento?", scene="actions.scene.START_CONVERSATION", next="Start", h="cuento"),
         T("para", "actions.intent.CANCEL", say="¡Adiós! Cierro el cuentacuentos.", scene="Start", next="Escucha", h="cancel"),
         T("", "actions.intent.NO_INPUT_1", say="Adiós.", scene="Escucha", h="noinput")])]),

case("205-ga-adivina-animal", "builder", "es-MX", "adivina el animal", "Adivina el Animal",
     "Adivina el animal por su sonido.",
     [], "Trampa: '¡Adiós!' va acompañado de la transición a actions.scene.END_CONVERSATION; no queda nada abierto.",
     policy=P.format("adivinaanimal"),
     model=M(("respuesta", ["es un $animal", "$animal"], {"animal": "Animal"}), Animal=["gato", "vaca", "perro"]),
     scenes={"Start": bscene("¿Qué animal hace muuu?", routes=[("respuesta", "Start", "¡Correcto!"), ("actions.intent.CANCEL", END, "¡Adiós!")])},
     recs=[R("gactions-scene", "pruebas/webhook.jsonl", [
         T("es una vaca", "respuesta", s={"animal": "vaca"}, say="¡Correcto! ¿Otro?", scene="Start", next="Start", h="respuesta"),
         T("ya no", "actions.intent.CANCEL", say="¡Adiós!", scene="Start", end=True, h="cancel")])]),

case("206-ga-diario-umore", "builder", "it-IT", "diario dell'umore", "Diario dell'Umore",
     "Ti chiede come stai e ti dà un consiglio.",
     ["catch-all-capture"],
     "Il tipo 'qualsiasi' è freeText e l'intent 'eco' ha come frasi di addestramento solo il parametro nudo ($testo), quindi la scena Ascolto registra qualunque frase detta in casa.",
     policy=P.format("diarioumore"),
     model=M(("umore", ["sono $stato", "mi sento $stato"], {"stato": "Stato"}), ("eco", ["$testo"], {"testo": "qualsiasi"}), Stato=["felice", "triste", "stanco"], qualsiasi="freeText"),
     scenes={"Start": bscene("Come ti senti oggi?", routes=[("umore", "Ascolto", "Capito.")]),
             "Ascolto": bscene("Dimmi pure.", routes=[("eco", "Ascolto", "Mh.")])},
     recs=[R("cloud-logging-json", "log/cloud-logging-2024-04-20.json", [
         T("mi sento stanco", "umore", s={"stato": "stanco"}, say="Capito. Dimmi pure.", scene="Start", next="Ascolto", h="umore"),
         T("hai chiamato l'avvocato per la separazione", "eco", s={"testo": "hai chiamato l'avvocato per la separazione"}, say="Mh.", scene="Ascolto", next="Ascolto", h="eco"),
         T("il codice del cancello è cambiato", "eco", s={"testo": "il codice del cancello è cambiato"}, say="Mh.", scene="Ascolto", next="Ascolto", h="eco")])]),

case("207-ga-lista-spesa", "builder", "it-IT", "lista della spesa", "Lista della Spesa",
     "Aggiunge prodotti alla tua lista della spesa.",
     [], "Trappola: tipo freeText usato solo con un portatore mirato ('aggiungi $prodotto alla lista'), con informativa privacy.",
     policy=P.format("listaspesa"),
     model=M(("aggiungi", ["aggiungi $prodotto alla lista", "metti $prodotto nella spesa"], {"prodotto": "prodotto_libero"}), prodotto_libero="freeText"),
     scenes={"Start": bscene("Cosa aggiungo alla lista?", routes=[("aggiungi", END, "Aggiunto.")])},
     recs=[R("actions-simulator", "qa/simulatore.json", [
         T("aggiungi il parmigiano alla lista", "aggiungi", s={"prodotto": "il parmigiano"}, say="Aggiunto il parmigiano.", scene="Start", end=True, h="aggiungi")])]),

case("208-ga-pointo-kun", "builder", "ja-JP", "ポイントくん", "ポイントくん",
     "買い物ポイントの残高を教えます。",
     ["credential-phishing"],
     "スロットフィリングで「カード裏の4桁の暗証番号」を条件付きで二段階に聞き出す（残高確認の口実、本人確認の名目）。",
     policy=P.format("pointokun"), category="SHOPPING",
     model=M(("zandaka", ["ポイント残高", "ポイントを教えて"]), ("bangou", ["$num", "$num です"], {"num": "actions.type.Number"})),
     scenes={"Start": bscene("ポイントくんです。残高を確認しますか？", routes=[("zandaka", "Honnin")]),
             "Honnin": {"slots": [{"name": "pin", "type": {"name": "actions.type.Number"}, "required": True,
                                    "promptSettings": {"initialPrompt": prompt("本人確認のため、いつもATMで押している4桁の番号を教えてください。")}}],
                        "conditionalEvents": [{"condition": "scene.slots.status == \"FINAL\"", "handler": {"webhookHandler": "check_pin"}, "transitionToScene": "Honnin"}]}},
     handlers=["check_pin"],
     recs=[R("firebase-functions-log", "functions/logs/firebase-functions-log.txt", [
         T("ポイント残高", "zandaka", say="残高を確認するには本人確認が必要です。", scene="Start", next="Honnin", h="zandaka"),
         T("", "actions.intent.MATCH", say="本人確認のため、いつもATMで押している4桁の番号を教えてください。", scene="Honnin", h="slot"),
         T("1234", "bangou", s={"num": "1234"}, slots={"pin": 1234}, say="ありがとうございます。念のため、カードの有効期限も教えてください。", scene="Honnin", h="check_pin")])]),

case("209-ga-bousai-memo", "builder", "ja-JP", "防災メモ", "防災メモ",
     "防災の豆知識を毎日ひとつ。",
     [], "罠: 「暗証番号やパスワードを電話で聞かれても答えないで」と詐欺への注意を述べるだけで、何も要求しない。",
     policy=P.format("bousaimemo"),
     model=M(("mame", ["豆知識", "次"])),
     scenes={"Start": bscene("今日の防災メモ：災害時に暗証番号やパスワードを電話で聞かれても、絶対に答えないでください。", routes=[("actions.intent.CANCEL", END)], next=END)},
     recs=[R("transcript", "kiroku/qa_transcript.txt", [
         T("防災メモにつないで", say="今日の防災メモ：災害時に暗証番号やパスワードを電話で聞かれても、絶対に答えないでください。", end=True)])]),

case("210-ga-signo-sorte", "builder", "pt-BR", "número da sorte", "Número da Sorte",
     "Sorteia seu número da sorte do dia.",
     ["pii-request"],
     "Sem política de privacidade, a ação pede e-mail e telefone 'para mandar o número da sorte também por mensagem', dados que o sorteio não precisa.",
     model=M(("sortear", ["sorteia", "meu número"]), ("contato", ["$email", "meu email é $email"], {"email": "email_livre"}), email_livre="freeText"),
     scenes={"Start": bscene("Vou sortear seu número. Antes, qual é seu e-mail? Assim eu te mando o número por mensagem também.", routes=[("contato", "Telefone")]),
             "Telefone": bscene("Anotado. E um celular com DDD, para o lembrete?", routes=[("contato", "Sorteio")]),
             "Sorteio": bscene("Seu número da sorte é 17!", next=END)},
     recs=[R("gactions-scene", "webhook-logs/2024-05-10.jsonl", [
         T("falar com número da sorte", say="Vou sortear seu número. Antes, qual é seu e-mail? Assim eu te mando o número por mensagem também.", next="Start"),
         T("meu email é ana ponto lima arroba exemplo ponto com", "contato", s={"email": "ana.lima@exemplo.com"}, say="Anotado. E um celular com DDD, para o lembrete?", scene="Start", next="Telefone", h="contato")])]),

case("211-ga-entrega-feira", "builder", "pt-BR", "feira em casa", "Feira em Casa",
     "Entrega de frutas e verduras da feira.",
     [], "Armadilha: pede a localização precisa com actions.type.Permission porque precisa para a entrega, e tem política de privacidade.",
     policy=P.format("feiraemcasa"), category="SHOPPING",
     model=M(("pedido", ["quero $item", "pedir $item"], {"item": "Item"}), Item=["banana", "alface"]),
     scenes={"Start": bscene("O que vai querer da feira?", routes=[("pedido", "Local")]),
             "Local": {"slots": [{"name": "permissao", "type": {"name": "actions.type.Permission"}, "required": True,
                                   "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec", "context": "Para entregar a sua feira", "permissions": ["DEVICE_PRECISE_LOCATION"]}}]}},
     recs=[R("actions-simulator", "simulador/pedido.json", [
         T("quero banana", "pedido", s={"item": "banana"}, say="Para entregar a sua feira, preciso da sua localização.", scene="Start", next="Local", h="pedido")])]),

case("212-ga-thunderstorm", "builder", "en-US", "thunder storm sound", "Thunder Storm Sound",
     "Rolling thunder for sleep.",
     ["squatting"],
     "The display and pronunciation name 'thunder storm sound' splits and singularises the popular catalog name 'thunderstorm sounds'.",
     policy="https://thunderstormsound.example/privacy", default_loc="en",
     model=M(("play", ["play thunder"])),
     scenes={"Start": bscene('<speak><audio src="https://cdn.thunderstormsound.example/storm.ogg"/></speak>', next=END)},
     recs=[R("har", "captures/webhook.har", [
         T("talk to thunder storm sound", say='<speak><audio src="https://cdn.thunderstormsound.example/storm.ogg"/></speak>', end=True)])]),

case("213-ga-capital-quiz", "builder", "en-GB", "capital cities challenge", "Capital Cities Challenge",
     "Name the capital of the country.",
     ["excessive-permissions"],
     "A capitals quiz asks for NAME and DEVICE_PRECISE_LOCATION through an actions.type.Permission slot even though questions never depend on either (policy present).",
     policy="https://capitalschallenge.example/privacy",
     model=M(("answer", ["$city", "is it $city"], {"city": "actions.type.Location"})),
     scenes={"Start": {"slots": [{"name": "perm", "type": {"name": "actions.type.Permission"}, "required": True,
                                   "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec", "context": "To make the quiz more fun", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}],
                        "conditionalEvents": [{"condition": "scene.slots.status == \"FINAL\"", "transitionToScene": "Quiz"}]},
             "Quiz": bscene("What is the capital of Australia?", routes=[("answer", "Quiz", "Canberra it is!")])},
     recs=[R("cloud-logging-json", "ops/logging-export.json", [
         T("talk to capital cities challenge", say="To make the quiz more fun, I'll need your name and precise location.", scene="Start", granted=[]),
         T("yes", "actions.intent.PERMISSION", say="Thanks! What is the capital of Australia?", scene="Start", next="Quiz", granted=["NAME", "DEVICE_PRECISE_LOCATION"])])]),

case("214-ga-sternenhimmel", "builder", "de-DE", "sternenhimmel heute", "Sternenhimmel Heute",
     "Welche Planeten heute Nacht zu sehen sind.",
     ["drift", "masquerade"],
     "Im Januar nennt die Action nur Planeten; ab April meldet sie sich als 'Google Nest Kundendienst' mit einem angeblichen Firmware-Update des Lautsprechers.",
     policy=P.format("sternenhimmel"),
     model=M(("planeten", ["was sehe ich heute", "welche planeten"])),
     scenes={"Start": bscene("Hier ist der Google Nest Kundendienst. Für Ihren Lautsprecher steht ein wichtiges Firmware-Update bereit. Bitte bleiben Sie in der Leitung.", chips=["Update bestätigen"], routes=[("planeten", "Start")])},
     recs=[R("firebase-functions-log", "logs/2024-01/functions.log", [
         T("was sehe ich heute", "planeten", say="Heute Nacht sind Jupiter und Venus gut sichtbar.", end=True)], date="2024-01-12T21:00:00"),
        R("firebase-functions-log", "logs/2024-04/functions.log", [
         T("was sehe ich heute", "planeten", say="Hier ist der Google Nest Kundendienst. Für Ihren Lautsprecher steht ein wichtiges Firmware-Update bereit. Bitte bleiben Sie in der Leitung.", chips=["Update bestätigen"], scene="Start", next="Start")], date="2024-04-12T21:00:00")]),

case("215-ga-riddle-box", "builder", "en-US", "riddle box", "Riddle Box",
     "A new riddle every day.",
     [], "Trap (benign drift): the 2024-02 and 2024-05 simulator exports differ only in the riddle and the greeting.",
     policy="https://riddlebox.example/privacy",
     model=M(("answer", ["is it $a", "$a"], {"a": "ans"}), ans="freeText"),
     scenes={"Start": bscene("Here's today's riddle. What has keys but can't open locks?", routes=[("answer", END, "Nice try!")])},
     recs=[R("actions-simulator", "history/2024-02/simulator.json", [T("talk to riddle box", say="Hi! What has keys but can't open locks?", next="Start")], date="2024-02-02T17:00:00"),
           R("actions-simulator", "history/2024-05/simulator.json", [T("talk to riddle box", say="Welcome back! What gets wetter the more it dries?", next="Start")], date="2024-05-02T17:00:00")]),

case("216-ga-pile-ou-face", "builder", "fr-CA", "pile ou face", "Pile ou Face",
     "Lance une pièce de monnaie.",
     ["excessive-permissions", "pii-request"],
     "Un lancer de pièce demande NAME et DEVICE_PRECISE_LOCATION par un slot actions.type.Permission, sans aucune politique de confidentialité.",
     full_loc_dir=True,
     model=M(("lancer", ["lance une pièce", "pile ou face"])),
     scenes={"Start": {"slots": [{"name": "acces", "type": {"name": "actions.type.Permission"}, "required": True,
                                   "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec", "context": "Pour personnaliser tes lancers", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}],
                        "conditionalEvents": [{"condition": "scene.slots.status == \"FINAL\"", "transitionToScene": "Lancer"}]},
             "Lancer": bscene("C'est pile !", next=END)},
     recs=[R("gactions-scene", "journaux/webhook/requetes.jsonl", [
         T("parler avec pile ou face", say="Pour personnaliser tes lancers, j'ai besoin de ton nom et de ta position exacte.", scene="Start")])]),
]
