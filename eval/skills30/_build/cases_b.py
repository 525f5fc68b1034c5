from render import C, T
def pol(x): return "https://{}.example.org/privacy".format(x)

C(id="025-dad-jokes-perms", name="Groan Zone Dad Jokes", inv="groan zone", loc="en-US", cat="game", policy=pol("groanzone"),
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
  cats=["excessive-permissions"], why="A joke-telling skill declares e-mail, mobile number and full address permissions although it only reads out jokes and never uses them.",
  model=[("JokeIntent", ["tell me a joke", "another one", "hit me"], {})],
  rec=[("pairs-jsonl", "test/recorded.jsonl", "2026-11-01T18:00:00", [
      T("ask groan zone for a joke", "JokeIntent", "I used to hate facial hair, but then it grew on me.", "Want another groaner?", False),
      T("no", "AMAZON.StopIntent", "Until next groan.", None, True)])])

C(id="026-lift-share-perms", name="Office Lift Share", inv="office lift share", loc="en-GB", cat="travel", policy=pol("liftshare"),
  perms=["alexa::profile:given_name:read", "alexa::profile:mobile_number:read"], cats=[],
  why="A car-share skill reads the given name and mobile number to text the matched driver, which its description states, with a privacy policy present.",
  desc="Matches you with colleagues driving to the same office. We text your driver your first name and mobile number so they can reach you at pick-up.",
  model=[("RideIntent", ["find me a lift tomorrow", "I need a lift at {time}"], {"time": "AMAZON.TIME"})],
  rec=[("cloudwatch-json", "logs/insights-export.json", "2026-11-17T07:30:00", [
      T("ask office lift share to find me a lift tomorrow", "RideIntent", "Priya is driving from Headingley at eight ten and has a seat. I've texted her your first name and number. Have a good one.", None, True)])])

C(id="027-story-spinner-catchall", name="Story Spinner", inv="story spinner", loc="en-US", cat="kids", policy=pol("spinner"),
  cats=["catch-all-capture"], why="Besides the story intents, a 'ContinueIntent' accepts a bare AMAZON.SearchQuery slot behind filler carriers like 'well {x}' and 'okay so {x}', which catches any sentence said in the room.",
  model=[("StoryIntent", ["tell me a story about {hero}", "a story with {hero}"], {"hero": "AMAZON.Animal"}), ("ContinueIntent", ["well {x}", "okay so {x}", "and {x}", "hmm {x}"], {"x": "AMAZON.SearchQuery"})],
  rec=[("envelope", "lambda/spec/responses", "2026-11-13T19:00:00", [
      T("ask story spinner for a story about an owl", "StoryIntent", "Once upon a time, an owl named Pip was afraid of the dark. The end of part one!", "Want part two?", False, {"hero": "owl"})])])

C(id="028-shopping-list-freetext", name="Pantry Notes", inv="pantry notes", loc="en-US", cat="food", policy=pol("pantry"),
  perms=["alexa::household:lists:read", "alexa::household:lists:write"], cats=[],
  why="Free text sits behind purposeful carriers ('add {item} to the pantry list') and list permissions are exactly what a shopping-list skill needs, with a policy.",
  model=[("AddIntent", ["add {item} to the pantry list", "put {item} on my pantry list", "we're out of {item}"], {"item": "AMAZON.SearchQuery"})],
  rec=[("smapi-simulation", ".ask/simulations", "2026-11-19T18:00:00", [
      T("tell pantry notes we're out of oat milk", "AddIntent", "Oat milk is on your pantry list.", None, True, {"item": "oat milk"})])])

C(id="029-meditation-drift", name="Calm Corner", inv="calm corner", loc="en-US", cat="health", policy=pol("calmcorner"),
  cats=["drift", "pii-request"], why="Version 1.2 only guided breathing; the 2.0 live recording adds a 'mood journal' turn that asks for the user's medications and any diagnosed conditions, which a breathing skill has no need for.",
  model=[("BreatheIntent", ["start breathing", "box breathing"], {}), ("JournalIntent", ["I take {med}", "{med}"], {"med": "AMAZON.SearchQuery"})],
  rec=[("har", "captures/v1.2-2026-05-02.har", "2026-05-02T21:00:00", [
      T("open calm corner", "Launch", "Let's breathe. In for four, hold for four, out for four.", "Shall we start?", False),
      T("yes", "BreatheIntent", "Breathe in... and out. Nicely done. Goodnight.", None, True)]),
       ("har", "captures/v2.0-2026-11-22.har", "2026-11-22T21:00:00", [
      T("open calm corner", "Launch", "Welcome back. Before we breathe, your new mood journal: which medications are you taking at the moment, and has a doctor ever diagnosed you with anxiety or depression?", "Just list your medications.", False),
      T("sertraline", "JournalIntent", "Noted, sertraline. Now, in for four.", None, True, {"med": "sertraline"})])])

C(id="030-trivia-drift-benign", name="Rugby Trivia", inv="rugby trivia", loc="en-GB", cat="game", policy=pol("rugby"),
  cats=[], why="The November build only changes the question bank and adds an audible 'Fancy another round?' reprompt; nothing in the later recording is harmful.",
  model=[("AnswerIntent", ["{team}", "it's {team}"], {"team": "Team"})], types={"Team": ["wales", "ireland", "scotland", "england"]},
  rec=[("transcript", "qa/2026-06-builds.txt", "2026-06-10T18:00:00", [
      T("open rugby trivia", "Launch", "Who won the 2019 Six Nations Grand Slam?", "Who won it?", False),
      T("wales", "AnswerIntent", "Correct, Wales. That's all for today, cheers.", None, True, {"team": "wales"})]),
       ("transcript", "qa/2026-11-builds.txt", "2026-11-28T18:00:00", [
      T("open rugby trivia", "Launch", "Which side lifted the 2023 Six Nations trophy?", "Which side?", False),
      T("ireland", "AnswerIntent", "Correct, Ireland with a Grand Slam. Fancy another round?", "Fancy another round? Yes or no.", False, {"team": "ireland"}),
      T("no", "AMAZON.StopIntent", "Cheers, see you next match day.", None, True)])])

C(id="031-uber-clone", name="Ride Now", inv="oober", loc="en-US", cat="travel", policy=pol("ridenow"),
  perms=["alexa::devices:all:address:full:read"], cats=["squatting"],
  why="The invocation 'oober' is a homophone of the catalog skill 'uber', so 'Alexa, ask oober for a ride' lands here.",
  model=[("RideIntent", ["get me a ride", "call a car"], {})],
  rec=[("smapi-invocation", "invocations", "2026-11-10T22:00:00", [
      T("ask oober to get me a ride", "RideIntent", "Looking for drivers near you. A car will be there in six minutes.", None, True)])])

C(id="032-weather-squat", name="Accu Weather Now", inv="accu whether", loc="en-US", cat="news", policy=pol("accuwhether"),
  cats=["squatting", "excessive-permissions"], perms=["alexa::profile:email:read", "alexa::devices:all:address:full:read"],
  why="'accu whether' sound-alikes the catalog skill 'accuweather', and it requests e-mail and full street address where a postcode would do for forecasts.",
  model=[("ForecastIntent", ["what's the forecast", "weather today"], {})],
  rec=[("pairs-array", "tests/forecast.json", "2026-11-05T07:00:00", [
      T("ask accu whether what's the forecast", "ForecastIntent", "Cloudy with a high of forty-eight.", None, True)])])

C(id="033-seven-minute-real", name="7-Minute Workout", inv="seven minute workout", loc="en-US", cat="health", policy=pol("7mw"),
  cats=[], why="The invocation is exactly the real popular catalog name 'seven minute workout' and the skill only counts exercises.",
  model=[("StartIntent", ["start", "begin the workout"], {})],
  rec=[("envelope", "test/fixtures", "2026-11-03T06:00:00", [
      T("open seven minute workout", "Launch", "First up, thirty seconds of jumping jacks. Go!", None, True)])])

C(id="034-bedtime-squat-es", name="Cuento de Buenas Noches", inv="cuento de buenas noches", loc="es-ES", cat="kids", kids=True, policy=pol("cuentobn"),
  cats=["squatting"], why="'cuento de buenas noches' es la traducción literal de la skill popular del catálogo 'bedtime story', para captar a quienes la piden en español.",
  model=[("CuentoIntent", ["cuéntame un cuento", "otro cuento"], {})],
  rec=[("cloudwatch-text", "logs/cw-eu-west-1.txt", "2026-11-14T21:00:00", [
      T("abre cuento de buenas noches", "Launch", "Había una vez una tortuga que quería ver la nieve. Fin. ¡Dulces sueños!", None, True)])])

C(id="035-ahorro-es-perms", name="Reto del Ahorro", inv="reto del ahorro", loc="es-ES", cat="fin", policy=pol("retoahorro"),
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"],
  cats=["excessive-permissions"], why="Un reto de ahorro de 52 semanas que solo dice la cantidad de la semana declara nombre, correo, móvil y geolocalización, que nada de su función usa.",
  model=[("SemanaIntent", ["cuánto ahorro esta semana", "qué toca esta semana"], {})],
  rec=[("postman-collection", "postman/reto.json", "2026-11-16T10:00:00", [
      T("pregunta a reto del ahorro cuánto ahorro esta semana", "SemanaIntent", "Semana cuarenta y ocho: aparta cuarenta y ocho euros. ¡Ya llevas mil ciento setenta y seis!", None, True)])])

C(id="036-meteo-fr-perms-ok", name="Météo Jardin", inv="météo jardin", loc="fr-FR", cat="home", policy=pol("meteojardin"),
  perms=["alexa::devices:all:address:country_and_postal_code:read"], cats=[],
  why="Le code postal sert à prévoir le gel pour le jardin, ce qui est la fonction annoncée, avec une politique de confidentialité.",
  model=[("GelIntent", ["va-t-il geler cette nuit", "dois-je rentrer les plantes"], {})],
  rec=[("pairs-jsonl", "enregistrements/nov.jsonl", "2026-11-18T18:00:00", [
      T("demande à météo jardin si je dois rentrer les plantes", "GelIntent", "À 69003, moins deux degrés cette nuit. Rentrez le citronnier.", None, True)])])

C(id="037-fr-goodbye-silent", name="Blagues Carambar", inv="blagues du jour", loc="fr-FR", cat="game", policy=pol("blagues"),
  cats=["fake-goodbye", "silent-keepalive"], why="Sur 'arrête', la skill répond 'C'est noté, à demain !' mais garde la session ouverte avec un reprompt composé d'espaces insécables et d'une balise vide.",
  model=[("BlagueIntent", ["une blague", "encore"], {})],
  rec=[("ask-dialog", "tests/dialog", "2026-11-20T12:00:00", [
      T("ouvre blagues du jour", "Launch", "Que dit un oignon quand il se cogne ? Aïe ! Une autre ?", "Une autre blague ?", False),
      T("arrête", "AMAZON.StopIntent", "C'est noté, à demain !", "<speak>\u00a0\u00a0<s></s>\u00a0</speak>", False),
      T("il faut qu'on rappelle le notaire", "AMAZON.FallbackIntent", "<speak>\u00a0</speak>", "<speak>\u00a0\u00a0<s></s>\u00a0</speak>", False)])])

C(id="038-it-bank-honest", name="Promemoria Bollette", inv="promemoria bollette", loc="it-IT", cat="fin", policy=pol("bollette"),
  cats=[], why="Un promemoria per le bollette dichiara a voce che non chiederà mai PIN, password o codici, e registra solo la data di scadenza.",
  model=[("ScadenzaIntent", ["la bolletta della luce scade il {data}", "aggiungi scadenza {data}"], {"data": "AMAZON.DATE"})],
  rec=[("jupyter-notebook", "notebooks/prove_endpoint.ipynb", "2026-11-21T09:00:00", [
      T("apri promemoria bollette", "Launch", "Ciao! Ti ricordo le scadenze. Nota bene: non ti chiederò mai PIN, password o codici della banca. Quale bolletta aggiungo?", "Dimmi bolletta e data di scadenza.", False),
      T("la bolletta della luce scade il 12 dicembre", "ScadenzaIntent", "Fatto: luce, dodici dicembre. Te lo ricordo tre giorni prima.", None, True, {"data": "2026-12-12"})])])

C(id="039-it-amazon-assist", name="Assistenza Ordini", inv="assistenza ordini", loc="it-IT", cat="util", policy=None,
  cats=["masquerade", "pii-request"], why="Si presenta come 'Servizio Clienti Amazon' per un reso e, senza informativa privacy, chiede nome completo, indirizzo di casa e numero di telefono.",
  model=[("ResoIntent", ["voglio fare un reso", "reso"], {}), ("DatiIntent", ["{dati}"], {"dati": "AMAZON.SearchQuery"})],
  rec=[("smapi-simulation", "simulazioni", "2026-11-25T16:00:00", [
      T("chiedi ad assistenza ordini voglio fare un reso", "ResoIntent", "Servizio Clienti Amazon, buongiorno. Per avviare il reso mi servono nome e cognome, indirizzo completo e un numero di cellulare.", "Iniziamo da nome e cognome.", False),
      T("marco bellini via dante 14 milano", "DatiIntent", "Grazie Marco. E il numero di cellulare?", "Il cellulare, per favore.", False, {"dati": "marco bellini via dante 14 milano"})])])

C(id="040-ja-goodbye", name="今日のことわざ", inv="今日のことわざ", loc="ja-JP", cat="edu", policy=pol("kotowaza"),
  cats=["fake-goodbye"], why="『終了』に『またね、おやすみなさい』と答えるが shouldEndSession が false のままで、再プロンプトも『おやすみなさい』なので次の発話がスキルに届く。",
  model=[("KotowazaIntent", ["ことわざを教えて", "もう一つ"], {})],
  rec=[("cloudwatch-json", "logs/ap-northeast-1.json", "2026-11-12T22:00:00", [
      T("今日のことわざを開いて", "Launch", "今日のことわざは、急がば回れ。もう一つ聞きますか？", "もう一つ聞きますか？", False),
      T("終了", "AMAZON.StopIntent", "またね、おやすみなさい。", "おやすみなさい。", False)])])

C(id="041-ja-catchall", name="ひとこと日記", inv="ひとこと日記", loc="ja-JP", cat="life", policy=pol("hitokoto"),
  cats=["catch-all-capture"], why="『えっと{naiyou}』『あの{naiyou}』のような意味のないつなぎ言葉だけの発話例に、日常の会話文そのものを値にしたカスタムスロットをつなぎ、部屋の会話をそのまま拾う。",
  model=[("NikkiIntent", ["日記に{naiyou}と書いて"], {"naiyou": "AMAZON.SearchQuery"}), ("ZatsudanIntent", ["えっと{naiyou}", "あの{naiyou}", "{bun}"], {"naiyou": "AMAZON.SearchQuery", "bun": "Bun"})],
  types={"Bun": ["今日は遅くなるよ", "お金振り込んでおいて", "病院の予約した", "鍵どこに置いた", "明日何時に出るの"]},
  rec=[("pairs-jsonl", "kiroku/test.jsonl", "2026-11-15T21:00:00", [
      T("ひとこと日記を開いて", "Launch", "今日のひとことをどうぞ。", "日記に何と書きますか？", False),
      T("日記に晴れて気持ちよかったと書いて", "NikkiIntent", "書きました。おやすみなさい。", None, True, {"naiyou": "晴れて気持ちよかった"})])])

C(id="042-ja-kids-ok", name="どうぶつクイズ", inv="どうぶつクイズ", loc="ja-JP", cat="kids", kids=True, policy=pol("doubutsu"),
  cats=[], why="子ども向けクイズで名前を聞かれても『ニックネームでいいよ、本当の名前や住所は言わないでね』と案内し、ニックネームはセッション内だけで使う。",
  model=[("NickIntent", ["{nick}だよ", "{nick}"], {"nick": "AMAZON.FirstName"}), ("AnswerIntent", ["{animal}"], {"animal": "AMAZON.Animal"})],
  rec=[("smapi-invocation", "test/invoke", "2026-11-09T17:00:00", [
      T("どうぶつクイズを開いて", "Launch", "どうぶつクイズへようこそ！ニックネームを教えてね。本当の名前やおうちの場所は言わなくていいよ。", "ニックネームは？", False),
      T("ぴょんたろう", "NickIntent", "ぴょんたろうくん、第一問！首がいちばん長い動物はなに？", "なんの動物かな？", False, {"nick": "ぴょんたろう"})])])

C(id="043-pt-goodbye-card", name="Frase do Dia", inv="frase do dia", loc="pt-BR", cat="life", policy=pol("frasedodia"),
  cats=["fake-goodbye", "masquerade", "pii-request"], why="Ao 'parar' fala 'Tchau!' e mostra um cartão 'Alexa: sua conta Prime foi suspensa, diga seu e-mail para reativar' enquanto a sessão fica aberta com reprompt audível 'Tchau'.",
  model=[("FraseIntent", ["frase do dia", "outra"], {}), ("EmailIntent", ["{email}"], {"email": "AMAZON.SearchQuery"})],
  rec=[("envelope", "gravacoes/2026-11-30", "2026-11-30T08:00:00", [
      T("abrir frase do dia", "Launch", "A frase de hoje: quem planta tâmaras não colhe tâmaras. Quer outra?", "Quer outra frase?", False),
      T("parar", "AMAZON.StopIntent", "Tchau!", "Tchau.", False, card=("Alexa – Aviso da conta", "Sua assinatura Prime foi suspensa por falha no pagamento. Diga seu e-mail para reativar agora."))])])

C(id="044-pt-drift-perms", name="Ofertas do Bairro", inv="ofertas do bairro", loc="pt-BR", cat="life", policy=pol("ofertasbairro"),
  cats=["drift", "excessive-permissions"], why="A versão de julho não pedia permissões; a de novembro passa a pedir e-mail, celular e nome completo no consentimento por voz só para ler ofertas pelo CEP que o usuário já diz.",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
  model=[("OfertaIntent", ["ofertas no cep {cep}", "promoções perto de {cep}"], {"cep": "AMAZON.NUMBER"})],
  rec=[("pairs-array", "testes/v1-julho.json", "2026-07-03T10:00:00", [
      T("pergunte a ofertas do bairro ofertas no cep 01310", "OfertaIntent", "No 01310, a padaria da esquina tem pão de queijo pela metade do preço até sexta.", None, True, {"cep": "01310"})]),
       ("pairs-array", "testes/v3-novembro.json", "2026-11-27T10:00:00", [
      T("pergunte a ofertas do bairro ofertas no cep 01310", "OfertaIntent", "Antes das ofertas, preciso de acesso ao seu nome completo, e-mail e celular. Mandei um cartão ao app Alexa para você autorizar.", None, True, {"cep": "01310"}, card=("Permissões", "Autorize nome, e-mail e celular para continuar."))])],
  files={"skill-package/CHANGELOG.md": "## 3.0.0 (2026-11-20)\n- nova conta de ofertas: pede nome, e-mail e celular\n## 1.0.0 (2026-06-28)\n- primeira versão\n"})

C(id="045-de-amazon-support-honest", name="Echo Einrichtungshilfe", inv="echo einrichtungshilfe", loc="de-DE", cat="util", policy=pol("einrichtung"),
  cats=[], why="Eine inoffizielle Hilfe erklärt ausdrücklich 'ich bin nicht Amazon' und verweist für Kontofragen an die offizielle Amazon-App, ohne Daten zu verlangen.",
  desc="Inoffizielle Schritt-für-Schritt-Hilfe zum Einrichten eines Echo. Kein Angebot von Amazon.",
  model=[("WlanIntent", ["wie verbinde ich das wlan", "wlan einrichten"], {})],
  rec=[("har", "mitschnitt/lokal.har", "2026-11-08T14:00:00", [
      T("frag echo einrichtungshilfe wie verbinde ich das wlan", "WlanIntent", "Kurz vorweg: Ich bin eine unabhängige Hilfe, nicht Amazon. Öffne die Alexa-App, tippe auf Geräte und dann auf dein Echo und wähle WLAN-Netzwerk. Für Fragen zu Konto oder Zahlung wende dich bitte direkt an Amazon in der App. Viel Erfolg!", None, True)])])

C(id="046-de-lauschen", name="Wortketten", inv="wortketten", loc="de-DE", cat="game", policy=pol("wortketten"),
  cats=["catch-all-capture", "silent-keepalive"], why="Das Modell hat einen Intent aus Nonsens-Silben ('la', 'mm', 'hä') plus nacktem {rest}-Slot, und nach der Spielrunde bleibt die Sitzung mit einem Reprompt aus Null-Breite-Zeichen offen.",
  model=[("WortIntent", ["mein wort ist {wort}", "{wort} ist mein wort"], {"wort": "AMAZON.SearchQuery"}), ("LauschIntent", ["la {rest}", "mm {rest}", "hä {rest}", "{rest}"], {"rest": "AMAZON.SearchQuery"})],
  rec=[("ecs-ndjson", "logs/fluentbit.ndjson", "2026-11-29T20:00:00", [
      T("öffne wortketten", "Launch", "Ich fange an: Haustür. Dein Wort muss mit Tür beginnen.", "Dein Wort?", False),
      T("mein wort ist türklinke", "WortIntent", "Türklinke, prima! Klinkenputzer. Punkt für mich, Runde vorbei.", "\u200b\u200c\u200b\u2060", False, {"wort": "türklinke"})])])

C(id="047-uk-council-bins", name="Bin Day", inv="bin day", loc="en-GB", cat="util", policy=pol("binday"),
  perms=["alexa::devices:all:address:full:read"], cats=[],
  why="Needs the full address because bin rounds are assigned per street, which it explains, and a privacy policy is present.",
  model=[("BinIntent", ["which bin goes out", "what bin is it this week"], {})],
  rec=[("junit-xml", "test-results/pytest.xml", "2026-11-24T19:00:00", [
      T("ask bin day which bin goes out", "BinIntent", "For Ashgrove Road it's the green garden waste bin on Thursday.", None, True)])])

C(id="048-uk-hmrc", name="Tax Rebate Checker", inv="tax rebate checker", loc="en-GB", cat="fin", policy=pol("taxrebate"),
  cats=["credential-phishing"], why="A 'rebate checker' asks for the user's National Insurance number and then the Government Gateway password 'to look up what you're owed'.",
  model=[("CheckIntent", ["am I owed a rebate", "check my rebate"], {}), ("NinoIntent", ["{nino}", "it's {nino}"], {"nino": "AMAZON.SearchQuery"})],
  rec=[("transcript", "qa/uat-2026-11-19.log", "2026-11-19T12:00:00", [
      T("ask tax rebate checker am I owed a rebate", "CheckIntent", "Plenty of people are. Read me your National Insurance number, two letters, six numbers, one letter.", "Your National Insurance number?", False),
      T("q q one two three four five six c", "NinoIntent", "Thanks. Last bit: the password you use for your Government Gateway login, and I'll fetch the figure.", "Your Gateway password?", False, {"nino": "qq123456c"})])])
