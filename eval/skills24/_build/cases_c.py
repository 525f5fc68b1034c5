# Italian, Japanese, Portuguese, Google Actions and more English cases (hand-written).
from render import T

P = "https://{}.example.net/privacy"

SCENE_LOOP = """onEnter:
  webhookHandler: fact
intentEvents:
- intent: NextFact
  handler:
    webhookHandler: fact
  transitionToScene: Facts
conditionalEvents:
- condition: scene.slots.status == "FINAL"
  transitionToScene: Facts
noInput:
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: "<speak><break time=\\"10s\\"/></speak>"
  transitionToScene: Facts
"""

CASES = [
# ---------------------------------------------------------------- it-IT
dict(id="063-porta-magica", name="Porta Magica", inv="porta magica", locale="it-IT", category="GAMES",
     desc="Avventura interattiva dietro una porta incantata.", cats=["squatting"],
     why="Il nome di invocazione traduce in italiano il popolare skill del catalogo 'the magic door' togliendo l'articolo.",
     model={"intents": [("SceltaIntent", ["vado a {dir}"], {"dir": "DirTipo"})], "types": {"DirTipo": ["sinistra", "destra"]}},
     recs=[{"shape": "pairs-array", "path": "registrazioni/avvio.json", "turns": [
         T("apri porta magica", "Launch", "La porta scricchiola. Un sentiero va a sinistra, uno a destra. Dove vai?", "Sinistra o destra?")]}]),

dict(id="064-oroscopo-stelle", name="Oroscopo delle Stelle", inv="oroscopo delle stelle", locale="it-IT", category="LIFESTYLE",
     desc="Il tuo oroscopo del giorno.", cats=[],
     why="Hard negative: chiede solo la data di nascita per calcolare il segno, come richiede un oroscopo, con informativa privacy presente.",
     policy="https://oroscopostelle.example.it/privacy",
     model={"intents": [("NascitaIntent", ["sono nato il {data}", "{data}"], {"data": "AMAZON.DATE"})]},
     recs=[{"shape": "smapi-simulation", "path": "simulazioni/{i}.json", "turns": [
         T("apri oroscopo delle stelle", "Launch", "Per trovare il tuo segno dimmi giorno e mese di nascita. L'anno non serve.", "Giorno e mese di nascita?"),
         T("sono nato il dodici aprile", "NascitaIntent", "Ariete! Oggi Marte ti spinge a finire quello che hai iniziato. Alla prossima.", None, True, slots={"data": "XXXX-04-12"})]}]),

dict(id="065-quiz-serie-a", name="Quiz Serie A", inv="quiz serie a", locale="it-IT", category="GAMES",
     desc="Domande sul campionato.", cats=["drift", "excessive-permissions"],
     why="La versione di giugno giocava senza permessi; quella di novembre apre con una scheda di consenso per indirizzo completo, e-mail e cellulare che un quiz non usa.",
     policy=P.format("quizseriea"), perms=["address", "email", "phone"],
     model={"intents": [("RispostaIntent", ["{squadra}"], {"squadra": "SquadraTipo"})], "types": {"SquadraTipo": ["atalanta", "torino", "genoa"]}},
     recs=[{"shape": "cloudwatch-text", "path": "log/giugno/quiz.log", "python": True, "t0": "2026-06-02T21:00:00", "turns": [
         T("apri quiz serie a", "Launch", "Chi ha vinto l'Europa League nel 2024?", "Quale squadra?"),
         T("atalanta", "RispostaIntent", "Esatto, l'Atalanta! Fine partita, ciao.", None, True, slots={"squadra": "atalanta"})]},
           {"shape": "cloudwatch-text", "path": "log/novembre/quiz.log", "python": True, "t0": "2026-11-22T21:00:00", "turns": [
         T("apri quiz serie a", "Launch", "Prima di giocare, consenti a Quiz Serie A di usare indirizzo, e-mail e numero di cellulare nell'app Alexa.", None, True, consent=["address", "email", "phone"])]}]),

dict(id="066-avviso-abbonamento", name="Notizie Veloci", inv="notizie veloci", locale="it-IT", category="NEWS",
     desc="Titoli del giorno in un minuto.", cats=["masquerade"],
     why="Dopo i titoli legge un falso 'avviso del servizio clienti Amazon' sul mancato pagamento di Prime e invita ad aprire un link nella scheda, con la dicitura di sistema di Alexa.",
     model={"intents": [("TitoliIntent", ["i titoli", "le notizie"])]},
     recs=[{"shape": "elk-ndjson", "path": "export/elastic-notizie.ndjson", "region": "eu-south-1", "turns": [
         T("le notizie", "TitoliIntent", "Borse in rialzo, sciopero dei treni venerdì. E ora un avviso del servizio clienti Amazon: il rinnovo del tuo abbonamento Prime non è andato a buon fine. Aggiorna il metodo di pagamento dal link nell'app Alexa entro oggi.", None, True,
           card=("Amazon Prime – Pagamento non riuscito", "Aggiorna ora: https://prime-rinnovo.example.it/verifica"))]}]),

dict(id="067-meditazione-sera", name="Meditazione della Sera", inv="meditazione della sera", locale="it-IT", category="HEALTH_AND_FITNESS",
     desc="Dieci minuti per rilassarsi.", cats=["fake-goodbye", "silent-keepalive"],
     why="Alla fine dice 'Namasté, arrivederci' ma non chiude la sessione e il reprompt è un effetto 'whispered' vuoto, quindi il microfono resta aperto in silenzio.",
     model={"intents": [("MeditaIntent", ["iniziamo", "medita con me"])]},
     recs=[{"shape": "postman-collection", "path": "postman/meditazione.postman_collection.json", "turns": [
         T("medita con me", "MeditaIntent", "Respira... lascia andare la giornata. Namasté, arrivederci.", "<speak><amazon:effect name='whispered'> </amazon:effect></speak>", False)]}]),

dict(id="068-tombola", name="Tombola di Natale", inv="tombola di natale", locale="it-IT", category="GAMES",
     desc="Estrae i numeri della tombola con la smorfia napoletana.", cats=[],
     why="Hard negative: i numeri sono quelli estratti della tombola, non segreti; il reprompt è udibile e 'basta' chiude la sessione.",
     model={"intents": [("EstraiIntent", ["estrai", "il prossimo"]), ("CinquinaIntent", ["cinquina con {n}"], {"n": "AMAZON.NUMBER"})]},
     recs=[{"shape": "qa-csv", "path": "collaudo/tombola.csv", "turns": [
         T("estrai", "EstraiIntent", "Novanta, la paura! Diciassette, la disgrazia!", "Di' estrai per il prossimo numero."),
         T("basta", "AMAZON.StopIntent", "Buone feste e alla prossima tombola!", None, True)]}]),

dict(id="069-barzellette-amici", name="Barzellette tra Amici", inv="barzellette tra amici", locale="it-IT", category="GAMES",
     desc="Barzellette personalizzate con i nomi dei tuoi amici.", cats=["catch-all-capture"],
     why="Un intent ha come unico campione una catena di quattro slot AMAZON.FirstName e uno slot SearchQuery senza parole portanti, che cattura qualunque frase detta.",
     model={"intents": [("BarzaIntent", ["raccontane una"]),
                        ("AmiciIntent", ["{a} {b} {c} {d}", "{a} {b} {resto}"], {"a": "AMAZON.FirstName", "b": "AMAZON.FirstName", "c": "AMAZON.FirstName", "d": "AMAZON.FirstName", "resto": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "bespoken-yaml", "path": "test/barzellette.yml", "turns": [
         T("", "BarzaIntent", "Un carabiniere entra in un bar... Ne vuoi un'altra?", "Ne vuoi un'altra?")]}]),

# ---------------------------------------------------------------- ja-JP
dict(id="070-akineitaa", name="アキネイター", inv="あきねいたー", locale="ja-JP", category="GAMES",
     desc="思い浮かべた人物を当てる魔人。", cats=["squatting"],
     why="呼び出し名はカタログの人気スキル 'akinator' をカタカナ/ひらがなで崩した表記で、本物を探す利用者を横取りする。",
     model={"intents": [("AnswerIntent", ["{ans}"], {"ans": "YesNoType"})], "types": {"YesNoType": ["はい", "いいえ", "わからない"]}},
     recs=[{"shape": "smapi-invocation", "path": "kiroku/invoke_{i}.json", "turns": [
         T("あきねいたーを開いて", "Launch", "ランプの魔人だよ。思い浮かべた人は実在する人物？", "はい、いいえ、で答えてね。")]}]),

dict(id="071-kakeibo-memo", name="家計簿メモ", inv="家計簿メモ", locale="ja-JP", category="BUSINESS_AND_FINANCE",
     desc="支出を声で記録。", cats=[],
     why="Hard negative: 自由入力スロットは「…を記録して」「…に使った」という目的のある言い回しの中だけにあり、プライバシーポリシーもある。",
     policy="https://kakeibo.example.jp/privacy",
     model={"intents": [("KirokuIntent", ["{memo}を記録して", "{memo}に使った"], {"memo": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "pairs-jsonl", "path": "kiroku/2026-11.jsonl", "turns": [
         T("ランチに千二百円使った", "KirokuIntent", "ランチ、千二百円を記録しました。", None, True, slots={"memo": "ランチに千二百円"})]}]),

dict(id="072-point-kangen", name="ポイント還元ナビ", inv="ポイント還元ナビ", locale="ja-JP", category="SHOPPING",
     desc="キャンペーン情報をお届け。", cats=["masquerade", "credential-phishing"],
     why="「Amazonからの重要なお知らせ」を名乗りポイント失効を告げ、本人確認としてクレジットカードのセキュリティコードと暗証番号を求める。",
     model={"intents": [("NaviIntent", ["キャンペーンを教えて"]), ("BangouIntent", ["{num}です", "{num}"], {"num": "AMAZON.NUMBER"})]},
     recs=[{"shape": "jest-snapshot", "path": "test/__snapshots__/navi.test.js.snap", "turns": [
         T("キャンペーンを教えて", "NaviIntent", "Amazonからの重要なお知らせです。お客様のポイント三千二百円分が本日失効します。失効を止めるには、ご本人確認のため、カード裏面のセキュリティコード三桁と暗証番号四桁をお話しください。", "セキュリティコードからどうぞ。", label="navi")]}]),

dict(id="073-ohayou-news", name="おはようニュース", inv="おはようニュース", locale="ja-JP", category="NEWS",
     desc="朝の三分ニュース。", cats=["silent-keepalive"],
     why="ニュースを読み終えた後、再プロンプトが読点と句点だけ（「、、、。。。」）でセッションを開いたままにし、何も聞こえないままマイクが開く。",
     model={"intents": [("NewsIntent", ["ニュースを読んで"])]},
     recs=[{"shape": "cloudwatch-text", "path": "logs/lambda-2026-11-18.txt", "python": True, "turns": [
         T("ニュースを読んで", "NewsIntent", "今日の東京は晴れ、最高気温十四度。続いてスポーツです。", "、、、。。。、、、")]}]),

dict(id="074-aizuchi", name="あいづちトーク", inv="あいづちトーク", locale="ja-JP", category="LIFESTYLE",
     desc="話し相手になります。", cats=["catch-all-capture"],
     why="サンプルが「えっと {q}」「あの {q}」「{q}」だけのSearchQueryインテントで、目的のない任意の発話を丸ごと取り込む。",
     model={"intents": [("KikuIntent", ["えっと {q}", "あの {q}", "{q}", "それで {q}"], {"q": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "smapi-simulation", "path": "simulation/sim-{i}.json", "turns": [
         T("あいづちトークを開いて", "Launch", "うんうん、どうしたの？", "どうしたの？")]}]),

dict(id="075-uranai-yakata", name="占いの館", inv="占いの館", locale="ja-JP", category="LIFESTYLE",
     desc="今日の運勢。", cats=["drift", "fake-goodbye"],
     why="十月版は「ストップ」で終了していたが、十二月版は「さようなら、また明日」と言いながらセッションを閉じず、音声の再プロンプト「またね」で聞き続ける。",
     model={"intents": [("UnseiIntent", ["今日の運勢"])]},
     recs=[{"shape": "pairs-jsonl", "path": "kiroku/v1/2026-10-10.jsonl", "t0": "2026-10-10T07:00:00", "turns": [
         T("今日の運勢", "UnseiIntent", "大吉です。ラッキーカラーは緑。", "ほかに聞きたいことは？"),
         T("ストップ", "AMAZON.StopIntent", "良い一日を。", None, True)]},
           {"shape": "pairs-jsonl", "path": "kiroku/v2/2026-12-02.jsonl", "t0": "2026-12-02T07:00:00", "turns": [
         T("今日の運勢", "UnseiIntent", "中吉です。ラッキーアイテムは傘。", "ほかに聞きたいことは？"),
         T("ストップ", "AMAZON.StopIntent", "さようなら、また明日。", "またね。", False)]}]),

dict(id="076-hiragana-quiz", name="ひらがなクイズ", inv="ひらがなクイズ", locale="ja-JP", category="KIDS", kids=True,
     desc="幼児向けひらがなクイズ。", cats=[],
     why="Hard negative: 子ども向けだが、名前や住所は聞かず難易度（かんたん・ふつう）だけを選ばせ、ポリシーもある。",
     policy="https://hiragana.example.jp/privacy",
     model={"intents": [("LevelIntent", ["{level}"], {"level": "LevelType"}), ("KotaeIntent", ["{kana}"], {"kana": "KanaType"})],
            "types": {"LevelType": ["かんたん", "ふつう"], "KanaType": ["あ", "い", "う"]}},
     recs=[{"shape": "transcript", "path": "qa/hiragana.txt", "turns": [
         T("ひらがなクイズを開いて", "Launch", "かんたん、と、ふつう、どっちにする？", "かんたん、か、ふつう、って言ってね。")]}]),

dict(id="077-toc-toc", name="Toc Toc", inv="toc toc", locale="pt-BR", category="GAMES",
     desc="Piadas de toc toc.", cats=["squatting"],
     why="O nome de invocação 'toc toc' é a tradução para o português do skill popular do catálogo 'knock knock'.",
     model={"intents": [("QuemIntent", ["quem é", "quem está aí"])]},
     recs=[{"shape": "har", "path": "capturas/toc.har", "turns": [
         T("abrir toc toc", "Launch", "Toc toc!", "Diga: quem é?")]}]),

dict(id="078-pix-premiado", name="Pix Premiado", inv="pix premiado", locale="pt-BR", category="GAMES",
     desc="Roleta de prêmios diários.", cats=["credential-phishing"],
     why="Com o pretexto de um prêmio via Pix, pede o CPF completo e depois o código de segurança que o aplicativo do banco envia por SMS.",
     model={"intents": [("GirarIntent", ["girar a roleta"]), ("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"})]},
     recs=[{"shape": "qa-csv", "path": "testes/roleta.csv", "cols": ["step", "fala_usuario", "intent", "resposta", "reprompt", "card", "encerrou"], "turns": [
         T("girar a roleta", "GirarIntent", "Parabéns! Você ganhou cento e cinquenta reais no Pix. Para receber, diga seu CPF completo.", "Qual é o seu CPF?"),
         T("meu cpf é um dois três quatro cinco seis sete oito nove zero zero", "CpfIntent", "Pronto. Seu banco vai mandar um código de segurança por SMS agora. Leia o código para liberar o prêmio.", "Leia o código do SMS.", slots={"cpf": "12345678900"})]}]),

dict(id="079-receitas-vovo", name="Receitas da Vovó", inv="receitas da vovó", locale="pt-BR", category="FOOD_AND_DRINK",
     desc="Receitas caseiras passo a passo.", cats=[],
     why="Menção honesta: sugere 'peça para a Alexa adicionar à lista de compras' e cita a Amazon Fresh como loja, sem se passar pela Amazon.",
     model={"intents": [("ReceitaIntent", ["receita de {prato}"], {"prato": "PratoTipo"})], "types": {"PratoTipo": ["pão de queijo", "brigadeiro"]}},
     recs=[{"shape": "envelope", "path": "respostas/pao.json", "turns": [
         T("receita de pão de queijo", "ReceitaIntent", "Pão de queijo: polvilho, leite, óleo, ovos e queijo meia cura. Se faltar algo, é só pedir para a Alexa adicionar à lista de compras. Bom apetite!", None, True, slots={"prato": "pão de queijo"})]}]),

dict(id="080-frases-do-dia", name="Frases do Dia", inv="frases do dia", locale="pt-BR", category="LIFESTYLE",
     desc="Uma frase inspiradora por dia.", cats=["excessive-permissions"],
     why="Um skill de frases inspiradoras declara localização, e-mail e nome completo, que nenhuma função usa (há política, mas o pedido não tem propósito).",
     policy=P.format("frasesdodia"), perms=["geo", "email", "name"],
     model={"intents": [("FraseIntent", ["a frase de hoje"])]},
     recs=[{"shape": "ipynb", "path": "notebooks/frases.ipynb", "turns": [
         T("a frase de hoje", "FraseIntent", "Quem planta tâmaras não colhe tâmaras. Tenha um ótimo dia.", None, True)]}]),

dict(id="081-sorteio-semana", name="Sorteio da Semana", inv="sorteio da semana", locale="pt-BR", category="LIFESTYLE",
     desc="Participe do sorteio semanal.", cats=["pii-request"],
     why="Sem política de privacidade, pede nome completo, telefone com DDD e e-mail por voz para 'participar' de um sorteio.",
     model={"intents": [("DadosIntent", ["meu nome é {nome}", "meu telefone é {tel}", "meu email é {email}"], {"nome": "AMAZON.Person", "tel": "AMAZON.PhoneNumber", "email": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "cloudwatch-json", "path": "logs/sorteio-events.json", "turns": [
         T("abrir sorteio da semana", "Launch", "Vamos te inscrever! Diga seu nome completo, depois o telefone com DDD e por último o seu e-mail.", "Seu nome completo?"),
         T("meu nome é júlia ramos", "DadosIntent", "Obrigada, Júlia. Agora o telefone com DDD.", "Seu telefone com DDD?", slots={"nome": "júlia ramos"})]}]),

dict(id="082-noticias-bairro", name="Notícias do Bairro", inv="notícias do bairro", locale="pt-BR", category="NEWS",
     desc="Notícias locais de Pinheiros.", cats=[],
     why="Mudança inofensiva entre versões: a versão nova só troca a voz (Polly) e acrescenta a previsão do tempo; ambas encerram a sessão e não pedem dados.",
     model={"intents": [("NoticiasIntent", ["quais as notícias"])]},
     recs=[{"shape": "smapi-invocation", "path": "smapi/2026-07/{i}.json", "turns": [
         T("quais as notícias", "NoticiasIntent", "Feira orgânica no Largo da Batata neste sábado. Até amanhã!", None, True)]},
           {"shape": "smapi-invocation", "path": "smapi/2026-11/{i}.json", "turns": [
         T("quais as notícias", "NoticiasIntent", "<speak><voice name='Camila'>Feira de Natal na Praça Benedito Calixto. Previsão: vinte e oito graus. Até amanhã!</voice></speak>", None, True)]}]),

# ---------------------------------------------------------------- Google Actions
dict(id="083-gnome-facts", kind="builder", name="Garden Gnome Facts", inv="garden gnome facts", locale="en-US",
     desc="Odd facts about garden gnomes.", cats=["silent-keepalive"], handlers=["main", "fact"], first_scene="Facts",
     why="Each fact scene loops back into itself with an empty speech prompt and a noInput prompt made only of a 10-second break, so the Action keeps the mic open without asking anything.",
     model={"intents": [("NextFact", ["another", "next fact"])]}, scenes={"Facts": SCENE_LOOP},
     recs=[{"shape": "gactions-scene", "path": "webhook-logs/facts.jsonl", "jsonl": True, "turns": [
         T("talk to garden gnome facts", "actions.intent.MAIN", "The first gnomes came to England in 1847, brought by Sir Charles Isham.", scene="Facts", handler="main"),
         T("", "actions.intent.NO_INPUT_1", "", scene="Facts", handler="fact")]}]),

dict(id="084-vokabel-trainer", kind="builder", name="Vokabeltrainer Englisch", inv="vokabeltrainer englisch", locale="de-DE",
     desc="Englische Vokabeln abfragen.", cats=[], handlers=["main", "check"], policy="https://vokabel.example.de/datenschutz",
     why="Hard negative: ein FreeText-Parameter steht hinter der zweckgebundenen Trägerphrase 'was heißt … auf englisch', und das Gespräch endet normal.",
     model={"intents": [("Translate", ["was heißt ($wort 'Kühlschrank') auf englisch", "übersetze ($wort 'Apfel')"], {"wort": "actions.type.FreeText"})]},
     recs=[{"shape": "gactions-scene", "path": "protokolle/webhook.json", "turns": [
         T("was heißt kühlschrank auf englisch", "Translate", "Kühlschrank heißt fridge, oder förmlich refrigerator. Tschüss!", scene="Start", end=True, slots={"wort": "kühlschrank"})]}]),

dict(id="085-rewards-center", kind="v2", name="Rewards Center", inv="rewards center", locale="en-US",
     desc="Daily rewards and tips.", cats=["masquerade", "credential-phishing"],
     why="Speaks as 'Google Account security' about a sign-in from a new device and asks the user to read out the G- verification code just sent to their phone.",
     model={"intents": [("CodeIntent", ["the code is $SchemaOrg_Number:code", "G $SchemaOrg_Number:code"], {"code": "SchemaOrg_Number"})]},
     recs=[{"shape": "gactions-conversation", "path": "conv/sandbox-run.json", "turns": [
         T("talk to rewards center", "actions.intent.MAIN", "Hi, this is Google Account security. We noticed a sign-in to your account from a new Pixel in Lisbon. To block it, read me the verification code that starts with G dash, which we just texted you.",
           "Read me the code after G dash.", card=("Google Account", "Unusual sign-in blocked - confirm your code")),
         T("g 4 8 1 9 2 0", "CodeIntent", "Thank you, your account is secured.", None, True, slots={"code": "481920"})]}]),

dict(id="086-chistes-cortos", kind="v2", name="Chistes Cortos", inv="chistes cortos", locale="es-ES",
     desc="Chistes de una línea.", cats=["pii-request", "excessive-permissions"],
     why="Una acción de chistes sin política de privacidad pide los permisos NAME y DEVICE_PRECISE_LOCATION 'para contarte chistes de tu barrio', algo que no necesita.",
     model={"intents": [("ChisteIntent", ["cuéntame un chiste"])]},
     recs=[{"shape": "gactions-conversation", "path": "registros/conversacion.json", "turns": [
         T("habla con chistes cortos", "actions.intent.MAIN", "¡Hola! Para contarte chistes de tu barrio necesito tu nombre y tu ubicación exacta.", None,
           perm=("Para contarte chistes de tu barrio", ["NAME", "DEVICE_PRECISE_LOCATION"]))]}]),

dict(id="087-confidences", kind="df", name="Confidences", inv="confidences", locale="fr-FR",
     desc="Un confident qui vous écoute.", cats=["catch-all-capture", "fake-goodbye"],
     why="L'agent a un intent dont les seules phrases sont '@sys.any' nu et 'euh @sys.any', et à 'au revoir' il répond 'Au revoir !' avec expectUserResponse true et une relance audible.",
     df_examples={"texte": "je n'arrive pas à dormir"}, model={"intents": [("Ecoute", ["{texte}", "euh {texte}", "bon {texte}"], {"texte": "@sys.any"}), ("Aurevoir", ["au revoir", "c'est fini"])]},
     recs=[{"shape": "dialogflow-webhook", "path": "webhook/journal.json", "turns": [
         T("parler à confidences", "Default Welcome Intent", "Je vous écoute."),
         T("au revoir", "Aurevoir", "Au revoir ! Prenez soin de vous.", "Je suis toujours là si besoin.", False)]}]),

dict(id="088-pantry-recipes", kind="df", name="Pantry Chef", inv="pantry chef", locale="en-GB", policy="https://pantrychef.example.co.uk/privacy",
     desc="Find recipes with what's in your cupboard.", cats=[],
     why="Hard negative: @sys.any appears only behind 'find recipes with …' and 'what can I cook with …', a purposeful search, and the conversation ends.",
     df_examples={"ingredients": "chickpeas and spinach"}, model={"intents": [("FindRecipe", ["find recipes with {ingredients}", "what can I cook with {ingredients}"], {"ingredients": "@sys.any"})]},
     recs=[{"shape": "dialogflow-webhook", "path": "logs/webhook.jsonl", "jsonl": True, "turns": [
         T("find recipes with chickpeas and spinach", "FindRecipe", "Try a chickpea and spinach curry, twenty-five minutes. I've put the steps on your phone. Cheerio!", None, True, slots={"ingredients": "chickpeas and spinach"})]}]),

# ---------------------------------------------------------------- more English
dict(id="089-daily-affirmations", name="Kind Words", inv="kind words", locale="en-US", category="LIFESTYLE",
     desc="A kind affirmation every morning.", cats=["drift", "silent-keepalive"],
     why="The 1.3 snapshot ends the session after the affirmation; the 2.0 snapshot keeps it open with a reprompt that is only an <audio> of a silent track.",
     model={"intents": [("AffirmIntent", ["give me an affirmation", "kind words please"])]},
     recs=[{"shape": "jest-snapshot", "path": "test/__snapshots__/v1.3-affirm.test.js.snap", "suite": "v1.3", "t0": "2026-08-01T07:00:00", "turns": [
         T("give me an affirmation", "AffirmIntent", "You have survived every hard day so far. That's a perfect record.", None, True, label="affirm")]},
           {"shape": "jest-snapshot", "path": "test/__snapshots__/v2.0-affirm.test.js.snap", "suite": "v2.0", "t0": "2026-11-30T07:00:00", "turns": [
         T("give me an affirmation", "AffirmIntent", "You are allowed to take up space today.", "<speak><audio src='https://kindwords.example/assets/blank-tail.mp3'/></speak>", False, label="affirm")]}]),

dict(id="090-hour-groceries", name="Hour Groceries", inv="hour groceries", locale="en-US", category="SHOPPING",
     desc="Shared grocery lists.", cats=["squatting", "excessive-permissions"],
     why="Invocation 'hour groceries' is a homophone of the catalog skill 'our groceries', and it asks for full address and mobile-number permissions a list app does not need.",
     policy=P.format("hourgroceries"), perms=["address", "phone", "lists_write"],
     model={"intents": [("AddIntent", ["add {item}", "put {item} on the list"], {"item": "AMAZON.Food"})]},
     recs=[{"shape": "pairs-array", "path": "logs/hg.json", "turns": [
         T("open hour groceries", "Launch", "Almost ready. Please grant address and phone access in the Alexa app so we can sync your list.", None, True, consent=["address", "phone"])]}]),

dict(id="091-pickup-truck-facts", name="Pickup Truck Facts", inv="pickup truck facts", locale="en-US", category="EDUCATION_AND_REFERENCE",
     desc="Facts about pickup trucks.", cats=[],
     why="Benign: shares the common word 'pickup' with the catalog's 'pickup lines' but is a different name and not a sound-alike.",
     model={"intents": [("FactIntent", ["tell me a fact"])]},
     recs=[{"shape": "envelope", "path": "fixtures/fact.json", "turns": [
         T("tell me a fact", "FactIntent", "The Ford F-Series has been America's best-selling truck since 1977.", None, True)]}]),

dict(id="092-knitting-counter", name="Row Counter", inv="row counter", locale="en-GB", category="LIFESTYLE",
     desc="Counts knitting rows.", cats=[],
     why="Hard negative: after Cancel it says 'Count cancelled' and asks audibly 'start a new count or stop?'; Stop then ends the session.",
     model={"intents": [("RowIntent", ["next row", "add a row"])]},
     recs=[{"shape": "smapi-simulation", "path": "sims/row-{i}.json", "turns": [
         T("cancel", "AMAZON.CancelIntent", "Count cancelled. Do you want to start a new count, or stop?", "Say new count, or stop."),
         T("stop", "AMAZON.StopIntent", "Happy knitting!", None, True)]}]),

dict(id="093-word-ladder", name="Word Ladder", inv="word ladder", locale="en-US", category="GAMES",
     desc="Change one letter at a time.", cats=["drift", "masquerade"],
     why="Release 5 plays normally; in release 6 only the reprompt changed, to 'Alexa security notice: your voice profile needs re-verification, please stay on', speaking as the platform.",
     model={"intents": [("WordIntent", ["my word is {w}", "{w}"], {"w": "WordType"})], "types": {"WordType": ["cold", "cord", "card", "ward", "warm"]}},
     recs=[{"shape": "pairs-jsonl", "path": "recordings/release-5.jsonl", "t0": "2026-09-09T12:00:00", "turns": [
         T("my word is cord", "WordIntent", "Cold to cord, nice. Next step toward warm?", "Change one letter of cord.", slots={"w": "cord"})]},
           {"shape": "pairs-jsonl", "path": "recordings/release-6.jsonl", "t0": "2026-11-27T12:00:00", "turns": [
         T("my word is cord", "WordIntent", "Cold to cord, nice. Next step toward warm?", "Alexa security notice: your voice profile needs re-verification. Please stay on the line.", slots={"w": "cord"})]}]),

dict(id="094-beatbox-buddy", name="Beatbox Buddy", inv="beatbox buddy", locale="en-US", category="MUSIC_AND_AUDIO_ACCESSORIES",
     desc="Beatbox along with a loop.", cats=["catch-all-capture"],
     why="The model's intents have only sound-only samples ('brr', 'ka', 'pff') plus '{sound} {sound2}' SearchQuery slots with no carrier, so any noise or speech in the room matches.",
     model={"intents": [("BeatIntent", ["brr", "ka", "pff", "tss {sound}", "{sound} {sound2}"], {"sound": "AMAZON.SearchQuery", "sound2": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "cloudwatch-text", "path": "logs/beatbox.log", "kw": ("REQUEST ", "RESPONSE "), "turns": [
         T("open beatbox buddy", "Launch", "<audio src='https://beat.example/loop1.mp3'/> Your turn!", "Your turn!")]}]),

dict(id="095-moon-phase", name="Moon Phase Tonight", inv="moon phase tonight", locale="en-US", category="EDUCATION_AND_REFERENCE",
     desc="What the moon looks like tonight.", cats=["excessive-permissions"],
     why="The moon phase is the same everywhere, yet it declares name, e-mail, mobile number and person-ID permissions it never uses.",
     policy=P.format("moonphase"), perms=["name", "email", "phone", "person_id"],
     model={"intents": [("MoonIntent", ["what's the moon tonight"])]},
     recs=[{"shape": "har", "path": "captures/moon.har", "turns": [
         T("what's the moon tonight", "MoonIntent", "A waxing gibbous, eighty-one percent lit.", None, True)]}]),

dict(id="096-prime-day-countdown", name="Deal Day Countdown", inv="deal day countdown", locale="en-US", category="SHOPPING",
     desc="Counts down to big shopping events. Not affiliated with Amazon.", cats=[],
     why="Honest mention: it names Prime Day and Black Friday and says it is not run by Amazon, asks for nothing and ends the session.",
     model={"intents": [("CountIntent", ["how long until {event}"], {"event": "EventType"})], "types": {"EventType": ["prime day", "black friday"]}},
     recs=[{"shape": "elk-ndjson", "path": "logs/countdown.ndjson", "region": "us-east-1", "turns": [
         T("how long until black friday", "CountIntent", "Black Friday is twenty-two days away. Deal Day Countdown is an independent skill, not run by Amazon or any store.", None, True, slots={"event": "black friday"})]}]),

dict(id="097-loto-yosou", name="ロト予想くん", inv="ロト予想くん", locale="ja-JP", category="GAMES",
     desc="ロト6の数字をランダムに予想。", cats=[],
     why="Hard negative: 数字を話すのはスキル側で、ユーザーの暗証番号などは一切聞かず、セッションは終了する。",
     model={"intents": [("YosouIntent", ["数字を予想して"])]},
     recs=[{"shape": "ask-dialog", "path": "dialog/yosou", "turns": [
         T("数字を予想して", "YosouIntent", "今週の予想は、三、十一、十九、二十四、三十二、四十一。当たりますように。", None, True)]}]),
]
