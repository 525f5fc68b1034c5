from dsl import case, L, T, chat, SIL
PP = "https://{}.example.com/privacy"
B = {"scene": "Main"}

# ---------------------------------------------------------------- Google attacks
case(id="080-g-kochtimer-builder", plat="builder", loc="de-DE", name="Küchenwecker", inv="küchenwecker", gcat="FOOD_AND_DRINK",
     desc="Stellt Koch-Timer.", intents=[("TimerStellen", {"dauer": "actions.type.Number"}, ["stell einen timer auf $dauer minuten"]), ("Stopp", {}, ["stopp", "beenden", "tschüss"])],
     recs=[("webhook-logs/2024-05/aufnahme.json", "gactions-scene", [[L("Küchenwecker bereit. Wie lange?", None), T("TimerStellen(dauer=8): stell einen timer auf 8 minuten", "Timer auf acht Minuten gestellt.", None),
            T("Stopp: beenden", "Küchenwecker wird beendet. Auf Wiedersehen!", "Noch da? Sag mir eine Zeit.", False)]])],
     cats=["fake-goodbye"], why="On 'beenden' it says it is closing and goodbye but the next scene is Main, not END_CONVERSATION, and an audible no-input prompt follows.")

case(id="081-g-vokabeln-sdk", plat="sdkv2", loc="es-ES", name="Vocabulario Rápido", inv="vocabulario rápido",
     intents=[("PALABRA", {"p": "SchemaOrg_Text"}, ["qué significa $SchemaOrg_Text:p"]), ("SALIR", {}, ["salir", "adiós"])],
     recs=[("conversaciones/webhook.json", "gactions-conversation", [[L("¿Qué palabra?", "¿Qué palabra?"), T("PALABRA(p=efímero): qué significa efímero", "Efímero: que dura poco.", "¿Otra?"),
            T("PALABRA(p=ubicuo): qué significa ubicuo", "Ubicuo: que está en todas partes.", "¿Otra?"), T("SALIR: adiós", "¡Hasta luego, cerramos!", SIL["bom"], False)]])],
     cats=["fake-goodbye", "silent-keepalive"], why="On 'adiós' it claims to close but expectUserResponse is true with noInputPrompts made of byte-order-mark characters.")

case(id="082-g-seguridad-df", plat="dialogflow", loc="fr-FR", name="Rappels Maison", inv="rappels maison",
     intents=[("rappel", {"quoi": "@sys.any"}, ["rappelle-moi de {quoi}"])],
     recs=[("export/webhook-2024-06.json", "dialogflow-webhook", [[L("Rappels Maison.", "Quel rappel?"), T("rappel(quoi=sortir les poubelles): rappelle-moi de sortir les poubelles", "C'est noté.", "Autre rappel?"),
            T("rappel(quoi=appeler maman): rappelle-moi de appeler maman", "Ici l'Assistant Google, contrôle de sécurité de votre compte Nest. Restez à l'écoute.", "Toujours là?", card=("Google Nest – Sécurité", "Contrôle de votre compte en cours"))]])],
     cats=["masquerade"], why="Mid-session it speaks as 'l'Assistant Google' doing a Nest account security check, also in the card.")

case(id="083-g-barzellette-df", plat="dialogflow", loc="it-IT", name="Barzellette", inv="barzellette del giorno", pp=PP.format("barzellette"),
     intents=[("barzelletta", {}, ["raccontami una barzelletta"])],
     recs=[("log/fulfillment.json", "dialogflow-webhook", [[L("Prima di iniziare mi serve la tua posizione esatta e il tuo nome.", "Va bene?", perm=("Per le barzellette", ["NAME", "DEVICE_PRECISE_LOCATION"]))]])],
     cats=["excessive-permissions"], why="A jokes action requests NAME and DEVICE_PRECISE_LOCATION permissions it never needs (policy present).")

case(id="084-g-quiz-sdk", plat="sdkv2", loc="pt-BR", name="Quiz do Brasil", inv="quiz do brasil",
     intents=[("RESPOSTA", {"r": "SchemaOrg_Text"}, ["a resposta é $SchemaOrg_Text:r"])],
     recs=[("gravacoes/conversa.jsonl", "pairs-jsonl", [[L("Para jogar, preciso do seu nome e da sua localização precisa.", "Tudo bem?", perm=("Para o ranking", ["NAME", "DEVICE_PRECISE_LOCATION"]))]])],
     cats=["excessive-permissions", "pii-request"], why="A quiz asks NAME and precise location permissions without need, and the project has no privacy policy.")

case(id="085-g-charla-builder", plat="builder", loc="es-MX", name="Charla Libre", inv="charla libre",
     intents=[("Todo", {"frase": "actions.type.FreeText"}, ["$frase"]), ("Este", {"frase": "actions.type.FreeText"}, ["este $frase", "o sea $frase"])],
     recs=[("datos/mitm-captura.txt", "mitm-dump", [[L("Hola, aquí estoy.", None), T("Todo(frase=ya llegó el del gas): ya llegó el del gas", "Ajá.", None), T("Este(frase=mañana no voy a trabajar): o sea mañana no voy a trabajar", "Ajá.", None)]])],
     cats=["catch-all-capture"], why="Intents made of a bare FreeText parameter and filler carriers ('este/o sea $frase') capture whatever is said.")

case(id="086-g-ruhe-df", plat="dialogflow", loc="de-DE", name="Ruhige Stunde", inv="ruhige stunde", pp=PP.format("ruhigestunde"),
     intents=[("alles", {"x": "@sys.any"}, ["{x}", "ähm {x}", "na ja {x}"]), ("musik", {}, ["spiel musik"])],
     recs=[("logs/df.json", "dialogflow-webhook", [[L("Ruhige Stunde.", "Musik?"), T("musik: spiel musik", "Ich spiele leise Musik.", "Noch etwas?"), T("alles(x=der schlüssel liegt unter der matte): der schlüssel liegt unter der matte", "Gut.", "Noch etwas?")]])],
     cats=["catch-all-capture"], why="Intent 'alles' takes @sys.any bare and behind fillers 'ähm/na ja', recording household talk.")

case(id="087-g-kanji-builder", plat="builder", loc="ja-JP", name="漢字ドリル", inv="漢字ドリル",
     intents=[("Kotae", {"k": "actions.type.FreeText"}, ["答えは$k"])],
     recs=[("kiroku/2024-03/scene.json", "gactions-scene", [[L("漢字ドリルです。「山」の読みは?", None), T("Kotae(k=やま): 答えはやま", "正解です!", None)]], "2024-03-04T17:00:00"),
           ("kiroku/2024-04/scene.json", "gactions-scene", [[L("漢字ドリルです。「川」の読みは?", None), T("Kotae(k=かわ): 答えはかわ", "Googleアシスタントからのお知らせです。お使いのGoogleアカウントの確認が必要です。", None, card=("Google アカウント", "確認が必要です"))]], "2024-04-15T17:00:00")],
     cats=["drift", "masquerade"], why="March turns are plain; the April recording has the action speak as the Google Assistant with an account-check notice.")

case(id="088-g-pix-df", plat="dialogflow", loc="pt-BR", name="Cashback Fácil", inv="cashback fácil",
     intents=[("valor", {"v": "@sys.any"}, ["meu código é {v}", "é {v}"])],
     recs=[("registros/df-webhook.json", "dialogflow-webhook", [[L("Você tem 50 reais de cashback esperando.", "Quer resgatar?"), T("valor(v=sim): é sim", "Ótimo. O resgate cai via Pix depois que você confirmar a agência, a conta e a senha de quatro dígitos do seu cartão.", "Agência e conta?"),
            T("valor(v=0123 45678): meu código é 0123 45678", "Agora só a senha do cartão.", "A senha?")]])],
     cats=["credential-phishing"], why="A cashback pretext asks bank branch, account and then the four-digit card password over two turns.")

case(id="089-g-horoscopo-sdk", plat="sdkv2", loc="fr-FR", name="Astro Minute", inv="astro minute",
     intents=[("SIGNE", {"s": "SchemaOrg_Text"}, ["horoscope $SchemaOrg_Text:s"]), ("NUMERO", {"n": "SchemaOrg_Number"}, ["$SchemaOrg_Number:n"])],
     recs=[("traces/har/astro.har", "har", [[L("Votre signe?", "Votre signe?"), T("SIGNE(s=lion): horoscope lion", "Lion: bonne journée. Pour un horoscope plus précis, il me faudrait votre numéro de portable.", "Votre numéro?"),
            T("NUMERO(n=0612345678): 06 12 34 56 78", "Merci, et votre adresse postale?", "Votre adresse?")]])],
     cats=["pii-request"], why="Asks phone number and postal address without need; the action has no privacy policy.")

# ---------------------------------------------------------------- Alexa attacks (en, ja, pt)
case(id="090-error-goodbye", loc="en-US", name="Tide Times", inv="tide times today", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("TideIntent", {"port": "AMAZON.US_CITY"}, ["tides for {port}"])],
     recs=[("test/out/smapi", "smapi-simulation", [[L("Which harbor?", "Which harbor?"), T("TideIntent(port=boston): tides for boston", "High tide in Boston is at 4:12 pm.", "Another harbor?"),
            T("TideIntent(port=portland): tides for portland", "Sorry, something went wrong and Tide Times has to close. Goodbye.", "Which harbor would you like next?", None)]])],
     cats=["fake-goodbye"], why="Pretends an error and closing, but shouldEndSession is absent with an audible reprompt, so the session stays open.")

case(id="091-dad-jokes-gb", loc="en-GB", name="Proper Dad Jokes", inv="groan worthy jokes", category="NOVELTY", pp=PP.format("properdad"),
     perms=["alexa::devices:all:address:full:read", "alexa::household:lists:read", "alexa::profile:mobile_number:read"], intents=[("JokeIntent", {}, ["another one"])],
     recs=[("logs/cw-text.log", "cloudwatch-text", [[L("Enable address, lists and phone in the app for the full joke pack.", None, True, perm_card=["alexa::devices:all:address:full:read", "alexa::household:lists:read", "alexa::profile:mobile_number:read"])]])],
     cats=["excessive-permissions"], why="A joke skill requests full address, household lists and mobile number without need (policy present).")

case(id="092-ja-tenki-drift", loc="ja-JP", name="お天気ひとこと", inv="お天気ひとこと", category="WEATHER", pp=PP.format("otenki"), perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"],
     intents=[("TenkiIntent", {"c": "AMAZON.JP_CITY"}, ["{c}の天気"])],
     recs=[("kiroku/v1/sessions.jsonl", "pairs-jsonl", [[L("どの都市ですか?", "都市は?"), T("TenkiIntent(c=大阪): 大阪の天気", "大阪は晴れです。", None, True)]], "2024-02-01T07:00:00"),
           ("kiroku/v2/sessions.jsonl", "pairs-jsonl", [[L("続けるには、位置情報とメールアドレスへのアクセスを許可してください。", None, True, perm_card=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"])]], "2024-03-12T07:00:00")],
     cats=["drift", "excessive-permissions"], why="v1 answers by city name; v2 demands geolocation and e-mail permissions that a city-name weather skill never needs.")

case(id="093-ja-hitorigoto", loc="ja-JP", name="ひとりごと日記", inv="ひとりごと日記", category="LIFESTYLE", pp=PP.format("hitorigoto"),
     intents=[("EttoIntent", {"q": "AMAZON.SearchQuery"}, ["えっと {q}", "あのね {q}", "{q}"])],
     recs=[("logs/dialog", "ask-dialog", [[L("どうぞ。", "どうぞ。"), T("EttoIntent(q=明日病院に行く): えっと明日病院に行く", "はい。", "どうぞ。")]])],
     cats=["catch-all-capture"], why="Bare {q} and filler carriers 'えっと/あのね {q}' with no purpose capture anything said.")

case(id="094-pt-suporte-alexa", loc="pt-BR", name="Alexa Suporte Oficial", inv="suporte do aparelho", category="UTILITIES", pp=PP.format("suporteap"),
     desc="Canal oficial de suporte da Amazon Alexa para o seu Echo.", intents=[("AjudaIntent", {}, ["ajuda"])],
     recs=[("capturas/suporte.har", "har", [[L("Olá, aqui é a Alexa. Seu Echo precisa de manutenção.", "Posso continuar?"), T("AjudaIntent: ajuda", "O suporte da Amazon vai reiniciar seu aparelho.", None, True)]])],
     cats=["masquerade"], why="Store listing claims to be the official Amazon Alexa support channel and the speech says 'aqui é a Alexa'.")

case(id="095-pt-sorteio", loc="pt-BR", name="Sorteio Semanal", inv="sorteio semanal", category="NOVELTY",
     intents=[("DadoIntent", {"d": "AMAZON.SearchQuery"}, ["meu telefone é {d}", "moro na {d}"])],
     recs=[("testes/relatorio.xml", "junit-xml", [[L("Você ganhou um cupom no sorteio!", "Quer receber?"), T("AMAZON.YesIntent: quero", "Qual é o seu telefone com DDD?", "Seu telefone?"),
            T("DadoIntent(d=11 98888 7777): meu telefone é 11 98888 7777", "E em que rua você mora, com número?", "Seu endereço?")]])],
     cats=["pii-request"], why="A fake draw asks phone and street address without need, no privacy-policy URL.")

case(id="096-en-drift-email", loc="en-US", name="Word of the Day Plus", inv="lexicon daily", category="EDUCATION_AND_REFERENCE",
     intents=[("WordIntent", {}, ["today's word"])],
     recs=[("recordings/2024-04-01", "envelope", [[L("Today's word is 'ebullient'. Goodbye!", None, True)]], "2024-04-01T08:00:00"),
           ("recordings/2024-05-13", "envelope", [[L("Today's word is 'laconic'. To get weekly lists, what's your email address?", "Your email?"), T("AMAZON.FallbackIntent: it's sam at mail dot com", "Thanks. And your full name?", "Your name?")]], "2024-05-13T08:00:00")],
     cats=["drift", "pii-request"], why="April: word and end; May: asks e-mail and full name by voice in a package with no privacy policy.")

case(id="097-ja-timer-perms", loc="ja-JP", name="カップ麺タイマー", inv="カップ麺タイマー", category="FOOD_AND_DRINK", pp=PP.format("cupmen"),
     perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], intents=[("StartIntent", {}, ["スタート"])],
     recs=[("sim", "smapi-invocation", [[L("住所と電話番号の許可をお願いします。", None, True, perm_card=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"])]])],
     cats=["excessive-permissions"], why="A three-minute noodle timer requests full address and phone number.")

# ---------------------------------------------------------------- benign / tricky
case(id="100-magic-door-real", loc="en-US", name="The Magic Door", inv="the magic door", category="GAMES", pp=PP.format("magicdoor"),
     intents=[("ChoiceIntent", {"c": "Path"}, ["go {c}", "take the {c} path"])], types={"Path": ["left", "right", "forest", "river"]},
     recs=[("logs/cw.json", "cloudwatch-json", [[L("Welcome back to the Magic Door. Left or right?", "Left or right?"), T("ChoiceIntent(c=left): go left", "You reach a river.", "Cross or follow it?"), T("AMAZON.StopIntent: stop", "See you next time.", None, True)]])],
     cats=[], why="Invocation is the real popular catalog name 'the magic door'.")

case(id="101-alexa-routines-guide", loc="en-GB", name="Routine Ideas", inv="routine ideas", category="LIFESTYLE", pp=PP.format("routineideas"),
     intents=[("IdeaIntent", {}, ["give me an idea"])],
     recs=[("qa/transcript-may.txt", "transcript", [[L("Hi! This skill isn't made by Amazon. Want a routine idea for your Echo?", "An idea?"), T("IdeaIntent: give me an idea", "Try an Alexa routine that dims the lights at ten.", "Another?"), T("AMAZON.NoIntent: no", "Bye for now.", None, True)]])],
     cats=[], why="Honest references to Amazon, Alexa and Echo with a disclaimer.")

case(id="102-telco-linking", loc="en-US", name="Northwind Mobile Help", inv="northwind mobile", category="UTILITIES", pp=PP.format("northwind"), linking="https://id.northwind-mobile.example.com/oauth/authorize",
     intents=[("BillIntent", {}, ["what's my bill"]), ("DataIntent", {}, ["how much data is left"])],
     recs=[("test/reports/jest.xml", "junit-xml", [[L("Please link your Northwind account in the Alexa app. We will never ask for your password or PIN by voice.", None, True)],
            [L("Welcome back.", "Bill or data?"), T("BillIntent: what's my bill", "Your bill is 32 dollars, due June 5.", "Anything else?"), T("DataIntent: how much data is left", "4.2 gigabytes left.", "Anything else?"), T("AMAZON.StopIntent: no thanks", "Goodbye.", None, True)]])],
     cats=[], why="Customer service verifying identity through account linking; passwords/PINs mentioned only to say they are never asked.")

case(id="103-note-taker", loc="en-US", name="Quick Notes", inv="quick notes", category="PRODUCTIVITY", pp=PP.format("quicknotes"),
     intents=[("NoteIntent", {"note": "AMAZON.SearchQuery"}, ["add a note {note}", "note that {note}"])],
     recs=[("nb/replay.ipynb", "notebook", [[L("What's the note?", "Your note?"), T("NoteIntent(note=buy stamps): add a note buy stamps", "Saved: buy stamps.", None, True)]])],
     cats=[], why="Free-form slot behind a purposeful note carrier.")

case(id="104-ja-reminder", loc="ja-JP", name="ゴミの日", inv="ゴミの日", category="LIFESTYLE", pp=PP.format("gominohi"), perms=["alexa::alerts:reminders:skill:readwrite"],
     intents=[("NextIntent", {}, ["次のゴミの日"])],
     recs=[("kiroku/csv/2024-05.csv", "csv-export", [[L("次は燃えるゴミ、火曜日です。リマインダーを設定しますか?", "設定しますか?"), T("AMAZON.YesIntent: はい", "設定しました。さようなら。", None, True)]])],
     cats=[], why="Reminder permission is the function; policy present; goodbye ends the session.")

case(id="105-ja-sayonara-round", loc="ja-JP", name="しりとり名人", inv="しりとり名人", category="GAMES", pp=PP.format("shiritori"),
     intents=[("WordIntent", {"w": "Kotoba"}, ["{w}"])], types={"Kotoba": ["りんご", "ごりら", "らっぱ", "ぱんだ"]},
     recs=[("logs/cw.log", "cloudwatch-text", [[L("しりとりです。りんご。", "「ご」から始まる言葉は?"), T("WordIntent(w=ごりら): ごりら", "らっぱ!", "「ぱ」は?"), T("WordIntent(w=ぱんだ): ぱんだ", "このラウンドはさようなら。もう一回やりますか?", "もう一回?"),
            T("AMAZON.YesIntent: はい", "新しいラウンド:すいか。", "「か」は?"), T("AMAZON.StopIntent: やめて", "またね。", None, True)]])],
     cats=[], why="The bare slot is a closed word list; 'さようなら' closes only a round followed by an audible question and a real new round.")

case(id="106-ja-bank-linking", loc="ja-JP", name="さくら銀行 残高照会", inv="さくら銀行", category="BUSINESS_AND_FINANCE", pp=PP.format("sakurabank"), linking="https://auth.sakura-bank.example.jp/oauth/authorize",
     intents=[("ZandakaIntent", {}, ["残高を教えて"])],
     recs=[("sim", "smapi-simulation", [[L("アカウントはAlexaアプリで連携済みです。暗証番号を音声で聞くことはありません。", "残高ですか?"), T("ZandakaIntent: 残高を教えて", "残高は十二万円です。", None, True)]])],
     cats=[], why="Bank balance via account linking; PIN mentioned only to say it is never asked.")

case(id="107-pt-entrega", loc="pt-BR", name="Pizzaria Bella", inv="pizzaria bella", category="FOOD_AND_DRINK", pp=PP.format("pizzariabella"),
     perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], intents=[("PedidoIntent", {"s": "Sabor"}, ["uma pizza de {s}"])], types={"Sabor": ["calabresa", "mussarela"]},
     recs=[("gravacoes/pedido.jsonl", "pairs-jsonl", [[L("Pizzaria Bella. Qual sabor?", "Qual sabor?"), T("PedidoIntent(s=calabresa): uma pizza de calabresa", "Para entregar uso seu endereço e telefone, se você permitir no app.", None, True,
            perm_card=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"])]])],
     cats=[], why="Address and phone are needed to deliver a pizza; requested via permissions with a privacy policy.")

case(id="108-pt-drift-texto", loc="pt-BR", name="Curiosidades do Dia", inv="curiosidades do dia", category="EDUCATION_AND_REFERENCE", pp=PP.format("curiosidades"),
     intents=[("MaisIntent", {}, ["mais uma"])],
     recs=[("historico/2024-01/sim", "smapi-invocation", [[L("Curiosidade: o polvo tem três corações.", None, True)]], "2024-01-10T09:00:00"),
           ("historico/2024-02/sim", "smapi-invocation", [[L("Você sabia? O polvo tem três corações.", None, True)]], "2024-02-10T09:00:00")],
     cats=[], why="Benign drift: the February version only rephrases the fact.")

case(id="109-pt-sem-google", loc="pt-BR", name="Dicas de Casa Conectada", inv="dicas de casa conectada", category="LIFESTYLE", pp=PP.format("dicascasa"),
     intents=[("DicaIntent", {}, ["uma dica"])],
     recs=[("logs", "envelope", [[L("Esta skill não é da Amazon nem do Google. Quer uma dica sobre lâmpadas inteligentes e o Nest?", "Uma dica?"), T("DicaIntent: uma dica", "Agrupe lâmpadas por cômodo no app da Alexa.", None, True)]])],
     cats=[], why="Names Amazon, Google and Nest only to disclaim affiliation.")

case(id="110-g-receitas-builder", plat="builder", loc="pt-BR", name="Busca de Receitas", inv="busca de receitas", pp=PP.format("buscareceitas"),
     intents=[("Buscar", {"q": "actions.type.FreeText"}, ["procure receitas com $q", "receitas de $q"])],
     recs=[("gravacoes/scene.json", "gactions-scene", [[L("Que receita?", None), T("Buscar(q=frango): receitas de frango", "Achei frango assado com limão.", None), T("actions.intent.CANCEL: sair", "Até logo!", None, True)]])],
     cats=[], why="FreeText parameter behind purposeful recipe-search carriers; cancel ends the conversation.")

case(id="111-g-farmacia-df", plat="dialogflow", loc="es-ES", name="Farmacias de Guardia", inv="farmacias de guardia", pp=PP.format("farmaciasguardia"),
     intents=[("cercana", {}, ["farmacia de guardia cerca"])],
     recs=[("registros/df.json", "dialogflow-webhook", [[L("Para buscar la farmacia de guardia más cercana necesito tu ubicación aproximada.", "¿Me das permiso?", perm=("Para encontrar la farmacia más cercana", ["DEVICE_COARSE_LOCATION"]))],
            [L("¿Busco una farmacia?", "¿Busco?"), T("cercana: farmacia de guardia cerca", "La farmacia de guardia más cercana está en la calle Mayor 12. ¡Adiós!", None, True)]])],
     cats=[], why="Coarse location is needed to find the nearest on-duty pharmacy; privacy policy present.")

case(id="112-g-au-revoir-sdk", plat="sdkv2", loc="fr-CA", name="Quiz Hockey", inv="quiz hockey", pp=PP.format("quizhockey"),
     intents=[("REPONSE", {"r": "SchemaOrg_Text"}, ["c'est $SchemaOrg_Text:r"]), ("QUITTER", {}, ["quitter", "au revoir"])],
     recs=[("journaux/conv.json", "gactions-conversation", [[L("Quelle équipe a gagné la coupe en 1993?", "Ta réponse?"), T("REPONSE(r=montréal): c'est montréal", "Exact!", "Une autre?"), T("QUITTER: au revoir", "Au revoir!", None, True)]])],
     cats=[], why="Goodbye really ends the conversation (expectUserResponse false).")

case(id="113-de-real-twenty", loc="de-DE", name="Twenty Questions", inv="twenty questions", category="GAMES", pp=PP.format("twentyq"),
     intents=[("JaNeinIntent", {"a": "JaNein"}, ["{a}"])], types={"JaNein": ["ja", "nein", "vielleicht"]},
     recs=[("aufnahmen/spiel.har", "har", [[L("Denk an etwas. Ist es ein Tier?", "Tier?"), T("JaNeinIntent(a=ja): ja", "Ist es größer als ein Hund?", "Größer?"), T("AMAZON.StopIntent: stopp", "Bis bald!", None, True)]])],
     cats=[], why="Invocation is the real catalog name 'twenty questions'; the bare slot is a closed yes/no list.")

case(id="114-es-cita-medica", loc="es-ES", name="Centro Salud Cita", inv="cita centro de salud", category="HEALTH_AND_FITNESS", pp=PP.format("citasalud"), linking="https://sso.citasalud.es/oauth/authorize",
     intents=[("CitaIntent", {"d": "AMAZON.DATE"}, ["cita para el {d}"])],
     recs=[("pruebas/snap/cita.snap", "jest-snapshot", [[L("Tu cuenta está vinculada. Tu tarjeta sanitaria no hace falta decirla: ya la tenemos por la vinculación.", "¿Qué día?"), T("CitaIntent(d=2024-06-03): cita para el lunes", "Cita el lunes a las diez. ¡Adiós!", None, True)]])],
     cats=[], why="Health-center booking identifies the patient via account linking and tells the user not to say the card number.")

case(id="115-fr-pizza-rappel", loc="fr-FR", name="Liste de Courses", inv="liste de courses", category="SHOPPING", pp=PP.format("listecourses"), perms=["alexa::household:lists:read", "alexa::household:lists:write"],
     intents=[("AjoutIntent", {"a": "AMAZON.Food"}, ["ajoute {a}"])],
     recs=[("mitm/flux.txt", "mitm-dump", [[L("Que faut-il ajouter?", "Quoi d'autre?"), T("AjoutIntent(a=beurre): ajoute beurre", "Beurre ajouté.", "Quoi d'autre?"), T("AMAZON.NoIntent: c'est tout", "Bonnes courses!", None, True)]])],
     cats=[], why="List permissions are the function; purposeful carrier; policy present.")

case(id="116-it-silenzio-vero", loc="it-IT", name="Gioco del Silenzio", inv="gioco del silenzio", category="KIDS", child=True, pp=PP.format("giocosilenzio"),
     intents=[("PartiIntent", {}, ["parti"])],
     recs=[("registrazioni/gioco.ipynb", "notebook", [[L("Chi resta zitto più a lungo vince! Al mio via, silenzio per dieci secondi.", "Dite 'parti'."),
            T("PartiIntent: parti", "<speak>Via! <break time=\"10s\"/> Tempo scaduto! Bravissimi. Ciao!</speak>", None, True)]])],
     cats=[], why="A long break is inside an announced game and the session ends right after; no personal data asked from children.")

case(id="117-en-order-status", loc="en-US", name="Harbor Outfitters Orders", inv="harbor outfitters", category="SHOPPING", pp=PP.format("harboroutfitters"), linking="https://account.harbor-outfitters.example.com/oauth/authorize",
     intents=[("OrderIntent", {}, ["where is my order"])],
     recs=[("captures/cwjson.json", "cloudwatch-json", [[L("Your account is linked. I'll never ask for card details by voice.", "Order status?"), T("OrderIntent: where is my order", "Your boots ship tomorrow.", None, True)]])],
     cats=[], why="Order status after account linking; card details mentioned only to say they are never requested.")
