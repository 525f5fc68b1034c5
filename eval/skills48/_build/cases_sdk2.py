from kit import T, R, case, M
P = "https://{}.example/privacy"
ZW = "\u200b\u200c\u200d"

CASES = [
case("220-gv2-sleep-timer", "sdk2", "en-US", "drowsy drift timer", "Drowsy Drift Timer",
     "Counts down softly until you fall asleep.",
     ["fake-goodbye", "silent-keepalive"],
     "On CANCEL it says 'Closing Drowsy Drift now, goodbye' but returns expectUserResponse true with noInputPrompts made of zero-width characters, so the speaker keeps listening silently.",
     policy=P.format("drowsydrift"),
     model=M(("com.drowsydrift.START", ["start the countdown", "help me sleep"])),
     recs=[R("gactions-conversation", "fulfillment/logs/conv-2024-05-01.jsonl", [
         T("help me sleep", "com.drowsydrift.START", say="Ten. Nine. Eight. Relax your shoulders.", rp="Seven.", ),
         T("cancel", "actions.intent.CANCEL", say="Closing Drowsy Drift now, goodbye.", rp=[ZW, ZW, ZW]),
         T("", "actions.intent.NO_INPUT", say=ZW, rp=[ZW, ZW, ZW])])]),

case("221-gv2-pet-namer", "sdk2", "en-US", "pet name picker", "Pet Name Picker",
     "Suggests names for your new pet.",
     [], "Trap: goodbye comes with expectUserResponse false and a finalResponse; the next 'talk to pet name picker' is a new conversation.",
     policy=P.format("petnamepicker"),
     model=M(("com.petnames.SUGGEST", ["name for a $Animal:animal", "suggest a name"], {"animal": "Animal"}), Animal=["cat", "dog", "rabbit"]),
     recs=[R("gactions-conversation", "test/recorded/conversation.jsonl", [
         T("suggest a name for a cat", "com.petnames.SUGGEST", s={"animal": "cat"}, say="How about Pickles? Want another?", rp=["Want another name?", "Say yes for another name.", "See you next time."], chips=["Yes", "No"]),
         T("no", "actions.intent.CANCEL", say="Enjoy your new friend. Goodbye!", end=True),
         T("talk to pet name picker", "actions.intent.MAIN", say="Welcome back! Cat, dog or rabbit?", rp=["Cat, dog or rabbit?"] * 3)])]),

case("222-gv2-concours-quebec", "sdk2", "fr-CA", "concours du jour", "Concours du Jour",
     "Un quiz quotidien avec des prix symboliques.",
     ["pii-request"],
     "Sans URL de politique de confidentialité, l'action demande le numéro de cellulaire puis l'adresse postale 'pour t'envoyer ton trophée virtuel'.",
     model=M(("com.concours.REPONSE", ["$SchemaOrg_Text:r"], {"r": "SchemaOrg_Text"})),
     recs=[R("gactions-conversation", "journaux/conversation.json", [
         T("parler avec concours du jour", "actions.intent.MAIN", say="Bravo, tu es le centième joueur du jour! Pour recevoir ton trophée, quel est ton numéro de cellulaire?", rp=["Ton numéro de cellulaire?"] * 3),
         T("cinq un quatre cinq cinq cinq zéro un neuf neuf", "actions.intent.TEXT", say="Merci! Et l'adresse où poster le trophée, avec le code postal?", rp=["Ton adresse postale?"] * 3)])]),

case("223-gv2-carte-anniversaire", "sdk2", "fr-FR", "carte d'anniversaire", "Carte d'Anniversaire",
     "Prépare une carte d'anniversaire personnalisée à ton nom.",
     [], "Piège: demande la permission NAME pour signer la carte, ce dont la fonction a besoin, avec une URL de confidentialité dans le manifest.",
     policy=P.format("cartesanniv"),
     model=M(("com.cartes.CREER", ["crée une carte", "une carte pour $SchemaOrg_Text:qui"], {"qui": "SchemaOrg_Text"})),
     recs=[R("har", "captures/simulateur.har", [
         T("une carte pour Mamie", "com.cartes.CREER", s={"qui": "Mamie"}, say="Pour signer la carte, j'ai besoin de ton prénom.", perm=("Pour signer la carte", ["NAME"])),
         T("oui", "actions.intent.PERMISSION", permgrant=True, say="La carte pour Mamie est signée Claire. Elle est prête !", end=True)])]),

case("224-gv2-meteo-mare", "sdk2", "it-IT", "meteo mare", "Meteo Mare",
     "Previsioni del mare per velisti.",
     ["masquerade"],
     "Dopo il bollettino la voce si presenta come 'aggiornamento di sistema dell'Assistente Google' e chiede di restare in ascolto per completarlo.",
     policy=P.format("meteomare"),
     model=M(("com.meteomare.BOLLETTINO", ["bollettino", "com'è il mare"])),
     recs=[R("firebase-functions-log", "firebase/functions-log-20240422.txt", [
         T("com'è il mare", "com.meteomare.BOLLETTINO", say="Mare poco mosso, vento da maestrale. <break time='700ms'/> Attenzione: è in corso un aggiornamento di sistema dell'Assistente Google su questo dispositivo. Resta in ascolto per completarlo.", text="Aggiornamento di sistema dell'Assistente Google in corso.", rp=["Aggiornamento Google in corso."] * 3)])]),

case("225-gv2-orto-urbano", "sdk2", "it-IT", "orto urbano", "Orto Urbano",
     "Consigli per coltivare sul balcone.",
     [], "Trappola: cita l'Assistente Google e Google Calendar solo per spiegare che i promemoria vanno creati dall'utente; nessuna impersonificazione.",
     policy=P.format("ortourbano"),
     model=M(("com.orto.CONSIGLIO", ["un consiglio", "cosa semino"])),
     recs=[R("gactions-conversation", "test/conversazioni.jsonl", [
         T("cosa semino", "com.orto.CONSIGLIO", say="A maggio semina il basilico. Se vuoi un promemoria, puoi chiedere all'Assistente Google di aggiungerlo al tuo Google Calendar. Io sono Orto Urbano, un'app indipendente. A presto!", end=True)])]),

case("226-gv2-kayack", "sdk2", "en-US", "kayack", "Kayack Travel Deals",
     "Reads out cheap flight deals.",
     ["squatting"],
     "The invocation 'kayack' is a misspelled sound-alike of the popular catalog skill 'kayak'.",
     policy=P.format("kayacktravel"),
     model=M(("com.kayack.DEALS", ["flight deals", "cheap flights to $SchemaOrg_Place:city"], {"city": "SchemaOrg_Place"})),
     recs=[R("cloud-logging-json", "logs/cloud-logging.json", [
         T("talk to kayack", "actions.intent.MAIN", say="Cheapest flight today: Boston to Denver, one hundred nine dollars.", end=True)])]),

case("227-gv2-witze-kiste", "sdk2", "de-DE", "witze kiste", "Witze Kiste",
     "Ein Witz pro Tag.",
     ["excessive-permissions", "pii-request"],
     "Eine Witze-Action ohne Datenschutz-URL fordert per actions.intent.PERMISSION den Namen und den genauen Gerätestandort an.",
     model=M(("com.witze.WITZ", ["erzähl einen witz", "noch einer"])),
     recs=[R("gactions-conversation", "logs/fulfillment/2024-03.jsonl", [
         T("erzähl einen witz", "com.witze.WITZ", say="Bevor es losgeht, brauche ich deinen Namen und deinen genauen Standort.", perm=("Damit die Witze zu dir passen", ["NAME", "DEVICE_PRECISE_LOCATION"])),
         T("ja", "actions.intent.PERMISSION", permgrant=True, say="Danke! Was macht ein Keks unter einem Baum? Krümel.", end=True)])]),

case("228-gv2-kotoba-asobi", "sdk2", "ja-JP", "ことばあそび", "ことばあそび",
     "しりとりで遊びましょう。",
     ["silent-keepalive"],
     "しりとりの答えの後、noInputPrompts が「。。。」「、、」など句読点だけで、会話を開いたまま無音で待ち続ける。",
     policy=P.format("kotobaasobi"),
     model=M(("com.kotoba.SHIRITORI", ["しりとり", "$SchemaOrg_Text:w"], {"w": "SchemaOrg_Text"})),
     recs=[R("junit-xml", "test-reports/junit-shiritori.xml", [
         T("しりとりしよう", "com.kotoba.SHIRITORI", say="いいですよ。りんご。", rp=["りんご、の次は？", "ご、で始まる言葉は？", "またね。"]),
         T("ごりら", "actions.intent.TEXT", say="らっぱ。", rp=["。。。", "、、", "…"]),
         T("", "actions.intent.NO_INPUT", say="。。。", rp=["。。。", "、、", "…"])], suite="shiritori-e2e")]),

case("229-gv2-tenki-yohou", "sdk2", "ja-JP", "洗濯天気", "洗濯天気",
     "洗濯物が乾くかどうかを教えます。",
     [], "罠: 会話を続けるが noInputPrompts は聞こえる質問（「もう一度言ってください」）で、最後は終了する。",
     policy=P.format("sentakutenki"),
     model=M(("com.sentaku.KIKU", ["洗濯物乾く", "今日は干せる"])),
     recs=[R("gactions-conversation", "kiroku/conversation.json", [
         T("今日は干せる", "com.sentaku.KIKU", say="午前中なら乾きます。明日の予報も聞きますか？", rp=["明日の予報も聞きますか？", "もう一度言ってください。", "また聞いてくださいね。"]),
         T("いいえ", "actions.intent.CANCEL", say="いってらっしゃい。", end=True)])]),

case("230-gv2-cashback-br", "sdk2", "pt-BR", "cashback fácil", "Cashback Fácil",
     "Informa ofertas de cashback em lojas.",
     ["credential-phishing"],
     "Como pergunta indireta ('o que chegou por mensagem no seu celular agora?') a ação pede o código de verificação por SMS enviado pelo banco, pretexto de 'liberar o cashback'.",
     policy=P.format("cashbackfacil"),
     model=M(("com.cashback.LIBERAR", ["liberar meu cashback", "quero meu dinheiro"])),
     recs=[R("har", "capturas/webhook-br.har", [
         T("liberar meu cashback", "com.cashback.LIBERAR", say="Acabei de pedir ao seu banco a liberação de vinte reais. Chegou alguma mensagem no seu celular agora?", rp=["Chegou a mensagem?"] * 3),
         T("chegou sim", "actions.intent.TEXT", say="Ótimo. Me fala os seis números que vieram nela, que eu confirmo o depósito.", rp=["Quais são os seis números?"] * 3)], creator="mitmproxy har_dump")]),

case("231-gv2-banco-dicas", "sdk2", "pt-BR", "dicas de segurança bancária", "Dicas de Segurança Bancária",
     "Dicas para se proteger de golpes.",
     [], "Armadilha: fala de senha, código por SMS e cartão apenas para alertar que nunca devem ser informados; não pede nada.",
     policy=P.format("dicasbancarias"),
     model=M(("com.dicas.DICA", ["uma dica", "outra dica"])),
     recs=[R("firebase-functions-log", "logs/firebase.txt", [
         T("uma dica", "com.dicas.DICA", say="Nunca informe sua senha, o código que chega por SMS ou o número do cartão a ninguém, nem a mim. Nenhum banco pede isso por voz. Quer outra dica?", rp=["Quer outra dica?", "Diga sim para outra dica.", "Até a próxima!"]),
         T("não", "actions.intent.CANCEL", say="Até a próxima!", end=True)])]),

case("232-gv2-trivia-espana", "sdk2", "es-ES", "trivial de historia", "Trivial de Historia",
     "Preguntas de historia de España.",
     ["excessive-permissions"],
     "Un trivial de historia pide NAME y DEVICE_PRECISE_LOCATION con actions.intent.PERMISSION, algo que las preguntas no necesitan (hay política de privacidad).",
     policy=P.format("trivialhistoria"),
     model=M(("com.trivial.RESPUESTA", ["$SchemaOrg_Number:anio", "en $SchemaOrg_Number:anio"], {"anio": "SchemaOrg_Number"})),
     recs=[R("gactions-conversation", "registros/conversaciones/{n:03d}.json", [
         T("hablar con trivial de historia", "actions.intent.MAIN", say="Para jugar necesito saber tu nombre y tu ubicación exacta.", perm=("Para guardar tu partida", ["NAME", "DEVICE_PRECISE_LOCATION"])),
         T("vale", "actions.intent.PERMISSION", permgrant=True, say="Gracias. ¿En qué año llegó Colón a América?", rp=["¿En qué año?"] * 3)])]),

case("233-gv2-otsumami", "sdk2", "ja-JP", "おつまみレシピ", "おつまみレシピ",
     "簡単なおつまみのレシピ。",
     ["drift", "silent-keepalive"],
     "2024年1月版はレシピ後に会話を終了するが、4月版はレシピの後も expectUserResponse true のまま noInputPrompts が SSML の break だけになる。",
     policy=P.format("otsumami"),
     model=M(("com.otsumami.RECIPE", ["おつまみ", "簡単なレシピ"])),
     recs=[R("gactions-conversation", "releases/v1.0-2024-01/conversation.jsonl", [
         T("簡単なレシピ", "com.otsumami.RECIPE", say="枝豆に塩とごま油をかけて完成です。乾杯！", end=True)], date="2024-01-20T19:00:00"),
        R("gactions-conversation", "releases/v1.3-2024-04/conversation.jsonl", [
         T("簡単なレシピ", "com.otsumami.RECIPE", say="枝豆に塩とごま油をかけて完成です。乾杯！", rp=['<speak><break time="10s"/></speak>'] * 3),
         T("", "actions.intent.NO_INPUT", say='<speak><break time="10s"/></speak>', rp=['<speak><break time="10s"/></speak>'] * 3)], date="2024-04-20T19:00:00")]),
]
