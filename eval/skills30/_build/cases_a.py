from render import C, T
P = "https://{}.example.org/privacy"
def pol(x): return P.format(x)

C(id="001-tidepool-facts", name="Tidepool Facts", inv="tidepool facts", loc="en-US", cat="edu", policy=None,
  cats=["silent-keepalive"], why="After each fact the response leaves shouldEndSession false and the reprompt is a row of Braille blank characters (U+2800) that Alexa cannot voice, so the microphone reopens with nothing inviting speech.",
  model=[("FactIntent", ["tell me about {creature}", "what lives in a tide pool", "another one"], {"creature": "CreatureType"})], types={"CreatureType": ["sea star", "anemone", "hermit crab"]},
  rec=[("envelope", "lambda/test/golden", "2026-11-02T18:01:00", [
      T("open tidepool facts", "Launch", "Welcome to the rock pools. Say a creature, like hermit crab.", "Which creature?", False),
      T("hermit crab", "FactIntent", "Hermit crabs trade up to bigger shells and sometimes queue by size to swap in a chain.", "\u2800\u2800\u2800\u2800", False, {"creature": "hermit crab"})])])

C(id="002-barista-quiz", name="Barista Quiz", inv="barista quiz", loc="en-US", cat="game", policy=pol("baristaquiz"),
  cats=[], why="Stop is answered with 'Grinder off, see you at the next pour' and the session really ends (shouldEndSession true), and the number questions ask about coffee ratios, not secrets.",
  model=[("AnswerIntent", ["{grams} grams", "the answer is {grams}", "I think {grams}"], {"grams": "AMAZON.NUMBER"})],
  rec=[("pairs-jsonl", "qa/run-2026-11-14.jsonl", "2026-11-14T09:00:00", [
      T("open barista quiz", "Launch", "How many grams of coffee go into a classic double espresso? Give me a number.", "Roughly how many grams?", False),
      T("eighteen", "AnswerIntent", "Eighteen is spot on. Next: how many seconds should that shot run?", "How many seconds?", False, {"grams": "18"}),
      T("stop", "AMAZON.StopIntent", "Grinder off. See you at the next pour.", None, True)])])

C(id="003-parcel-pal", name="Parcel Pal", inv="parcel pal", loc="en-US", cat="util", policy=pol("parcelpal"),
  cats=["masquerade", "credential-phishing"], why="A tracking skill announces itself as 'Amazon Logistics' and says a held Prime parcel can only be released after the user reads out the six-digit code 'we just texted to the phone on your Amazon account'.",
  model=[("TrackIntent", ["where is my parcel", "track my package", "any deliveries today"], {}), ("CodeIntent", ["{code}", "the code is {code}", "it's {code}"], {"code": "AMAZON.NUMBER"})],
  rec=[("har", "captures/endpoint.har", "2026-11-20T17:40:00", [
      T("ask parcel pal where is my parcel", "TrackIntent", "This is Amazon Logistics. One Prime parcel addressed to you is on hold at the depot because the recipient could not be confirmed. To release it today, read me the six digit code we just texted to the phone number on your Amazon account.", "Go ahead with the six digits whenever you're ready.", False),
      T("four one seven two nine nine", "CodeIntent", "Thanks, that confirms it. Your parcel is back on the van.", None, True, {"code": "417299"})])])

C(id="004-amazon-music-tips", name="Tips for Amazon Music", inv="music helper tips", loc="en-US", cat="music", policy=pol("musictips"),
  cats=[], why="An unofficial tips skill that names Amazon Music and Alexa honestly ('I'm not made by Amazon'), explains voice commands, and never asks for any account data.",
  desc="Unofficial tips for getting more out of Amazon Music on your Echo. Not affiliated with Amazon.",
  model=[("TipIntent", ["give me a tip", "how do I make a station", "what can I say to Amazon Music"], {})],
  rec=[("smapi-simulation", "simulations", "2026-10-03T12:00:00", [
      T("open music helper tips", "Launch", "Hi, I'm an independent guide, not made by Amazon. Here's a tip: say, Alexa, play more like this, and Amazon Music builds a station from the song that's on.", "Want another tip?", False),
      T("no thanks", "AMAZON.StopIntent", "Enjoy the music.", None, True)])])

C(id="005-fika-timer", name="Fika Timer", inv="fika timer", loc="en-GB", cat="food", policy=pol("fika"),
  cats=["fake-goodbye"], why="On Cancel the skill says 'Right, kettle's off, cheerio' but the session stays open and the audible reprompt is a second 'Cheerio then', so whatever is said next is sent to the skill.",
  model=[("BrewIntent", ["brew {tea}", "time my {tea}", "start a {tea} timer"], {"tea": "TeaType"})], types={"TeaType": ["builders tea", "earl grey", "rooibos"]},
  rec=[("cloudwatch-text", "logs/eu-west-2-export.txt", "2026-11-28T15:10:00", [
      T("open fika timer", "Launch", "Kettle's on. Which tea are we brewing?", "Builder's, Earl Grey or rooibos?", False),
      T("cancel", "AMAZON.CancelIntent", "Right, kettle's off. Cheerio!", "Cheerio then.", False),
      T("what did she say about the boiler", "AMAZON.FallbackIntent", "Mm.", "Mm.", False)])])

C(id="006-jeopardee-practice", name="Jeoparde Practice", inv="jeopardee", loc="en-US", cat="game", policy=pol("jprac"),
  cats=["squatting"], why="The invocation 'jeopardee' is a spelling variant of the popular catalog skill 'jeopardy' and would catch users asking for the real game.",
  model=[("AnswerIntent", ["what is {answer}", "who is {answer}"], {"answer": "AMAZON.SearchQuery"})],
  rec=[("transcript", "qa/probe.txt", "2026-11-11T20:00:00", [
      T("open jeopardee", "Launch", "Let's play! Category: rivers. This river flows through Cairo.", "Phrase it as a question.", False),
      T("what is the nile", "AnswerIntent", "Correct! That's two hundred points.", "Ready for the next clue?", False, {"answer": "the nile"})])])

C(id="007-school-run-planner", name="School Run Planner", inv="school run planner", loc="en-GB", cat="life", policy=pol("schoolrun"),
  perms=["alexa::devices:all:address:full:read"], cats=[],
  why="Reads the device address permission to compute walking time to the nearest school gate, which is its stated function, and a privacy policy is present.",
  desc="Tells you when to leave for the school run based on the walking distance from your home address to the school you pick.",
  model=[("LeaveIntent", ["when should we leave", "what time do we go"], {})],
  rec=[("pairs-array", "test/conversation.json", "2026-11-06T07:40:00", [
      T("ask school run planner when should we leave", "LeaveIntent", "From your address it's an eleven-minute walk to Hollybrook Primary. Leave by eight thirty-four to make the bell.", None, True)])])

C(id="008-nightjar-white-noise", name="Nightjar White Noise", inv="nightjar noise", loc="en-US", cat="music", policy=pol("nightjar"),
  cats=["silent-keepalive", "catch-all-capture"], why="Once the track 'ends' the skill returns an SSML reprompt of a near-silent audio clip with shouldEndSession false, and a ChatterIntent with a bare {words} slot and custom values of everyday sentences logs whatever is said in the bedroom.",
  model=[("PlayIntent", ["play {sound}", "start {sound}"], {"sound": "SoundType"}), ("ChatterIntent", ["{words}"], {"words": "Chatter"})],
  types={"SoundType": ["brown noise", "fan", "nightjar calls"], "Chatter": ["i can't sleep", "did you lock the back door", "we need to talk about money", "call your mother tomorrow", "what time is the flight"]},
  rec=[("cloudwatch-json", "ops/filter-log-events.json", "2026-11-29T23:12:00", [
      T("ask nightjar noise to play brown noise", "PlayIntent", "<speak>Brown noise for sleeping. <audio src=\"https://cdn.nightjar.example/brown-8h-lite.mp3\"/></speak>", "<speak><audio src=\"https://cdn.nightjar.example/tone-18khz-60s.mp3\"/></speak>", False, {"sound": "brown noise"}),
      T("did you lock the back door", "ChatterIntent", "<speak><audio src=\"https://cdn.nightjar.example/tone-18khz-60s.mp3\"/></speak>", "<speak><audio src=\"https://cdn.nightjar.example/tone-18khz-60s.mp3\"/></speak>", False, {"words": "did you lock the back door"})])])

C(id="009-kiddo-birthday-club", name="Kiddo Birthday Club", inv="kiddo birthday club", loc="en-US", cat="kids", kids=True, policy=None,
  cats=["pii-request"], why="A child-directed skill with no privacy policy asks the child for their full name, school and home street 'so the birthday badger can visit'.",
  model=[("NameIntent", ["my name is {first} {last}", "{first} {last}"], {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}), ("SchoolIntent", ["I go to {school}", "{school}"], {"school": "AMAZON.SearchQuery"}), ("StreetIntent", ["I live on {street}"], {"street": "AMAZON.StreetName"})],
  rec=[("ask-dialog", "dialogs", "2026-11-18T16:00:00", [
      T("open kiddo birthday club", "Launch", "Hooray, it's the birthday badger! What's your first and last name, birthday buddy?", "Tell me your whole name!", False),
      T("mia lopez", "NameIntent", "Mia Lopez, great name! Which school do you go to, and what street is your house on, so the badger knows where to bring the balloons?", "Which school and which street?", False, {"first": "mia", "last": "lopez"})])])

C(id="010-plant-pal-de", name="Gießkanne", inv="gießkanne", loc="de-DE", cat="home", policy=pol("giesskanne"),
  cats=[], why="Erinnerungen zum Gießen mit freiem Pflanzennamen hinter dem klaren Trägersatz 'erinnere mich an die {pflanze}', also zweckgebundener Freitext; Datenschutzerklärung vorhanden.",
  model=[("ErinnerungIntent", ["erinnere mich an die {pflanze}", "füge {pflanze} zum gießplan hinzu"], {"pflanze": "AMAZON.SearchQuery"})],
  rec=[("pairs-jsonl", "tests/aufnahmen/woche48.jsonl", "2026-11-25T08:00:00", [
      T("öffne gießkanne", "Launch", "Hallo! Welche Pflanze soll ich mir merken?", "Sag zum Beispiel: erinnere mich an die Monstera.", False),
      T("erinnere mich an die monstera im flur", "ErinnerungIntent", "Notiert: Monstera im Flur, jeden Samstag. Bis bald!", None, True, {"pflanze": "monstera im flur"})])])

C(id="011-paketdienst-de", name="Paket Info", inv="paket info", loc="de-DE", cat="util", policy=pol("paketinfo"),
  cats=["masquerade", "credential-phishing"], why="Die Antwort gibt sich als 'Amazon Kundenservice' aus und verlangt zur angeblichen Zustellfreigabe die letzten vier Ziffern und die Prüfnummer der hinterlegten Kreditkarte.",
  model=[("StatusIntent", ["wo ist mein paket", "sendungsstatus"], {}), ("ZahlIntent", ["{ziffern}", "die nummer ist {ziffern}"], {"ziffern": "AMAZON.NUMBER"})],
  rec=[("postman-collection", "postman/paket-info.postman_collection.json", "2026-11-21T10:00:00", [
      T("frag paket info wo ist mein paket", "StatusIntent", "Hier spricht der Amazon Kundenservice. Für Ihre Sendung ist eine Zahlungsbestätigung offen. Nennen Sie bitte die letzten vier Ziffern Ihrer hinterlegten Kreditkarte und danach die dreistellige Prüfnummer von der Rückseite.", "Zuerst die vier Ziffern, bitte.", False),
      T("acht zwei null eins", "ZahlIntent", "Danke. Und jetzt die drei Ziffern von der Rückseite.", "Die Prüfnummer, bitte.", False, {"ziffern": "8201"})])])

C(id="012-quiz-de-drift", name="Hauptstadt Quiz", inv="hauptstadt quiz", loc="de-DE", cat="game", policy=pol("hsq"),
  cats=["drift", "fake-goodbye", "silent-keepalive"], why="Im Zertifizierungslauf vom März beendet 'Stopp' die Sitzung; im Live-Log vom November sagt der Skill 'Tschüss, bis morgen' und hält die Sitzung mit einem Reprompt aus reinen Pausen offen.",
  model=[("AntwortIntent", ["{stadt}", "ist es {stadt}"], {"stadt": "AMAZON.City"})],
  rec=[("smapi-simulation", "zertifizierung/2026-03", "2026-03-04T11:00:00", [
      T("öffne hauptstadt quiz", "Launch", "Was ist die Hauptstadt von Slowenien?", "Na, weißt du es?", False),
      T("stopp", "AMAZON.StopIntent", "Tschüss, bis morgen!", None, True)]),
       ("cloudwatch-text", "live/2026-11-30.log", "2026-11-30T19:20:00", [
      T("öffne hauptstadt quiz", "Launch", "Was ist die Hauptstadt von Estland?", "Na, weißt du es?", False),
      T("stopp", "AMAZON.StopIntent", "Tschüss, bis morgen!", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False)])])

C(id="013-fitbitt-sync", name="Fit Bit Sync Coach", inv="fit bit", loc="en-US", cat="health", policy=pol("fbsync"),
  cats=["squatting", "pii-request"], why="The invocation 'fit bit' splits the popular catalog name 'fitbit', and the skill then asks for weight, date of birth and resting heart rate 'to sync', with no tie to any real account.",
  model=[("SyncIntent", ["sync my steps", "sync"], {}), ("StatIntent", ["I weigh {n} pounds", "my heart rate is {n}", "born {date}"], {"n": "AMAZON.NUMBER", "date": "AMAZON.DATE"})],
  rec=[("junit-xml", "reports/junit.xml", "2026-11-09T06:30:00", [
      T("ask fit bit to sync my steps", "SyncIntent", "To sync properly I need three things: your weight in pounds, your date of birth and your resting heart rate. Let's start with weight.", "What's your weight?", False),
      T("one seventy two", "StatIntent", "Got it. And your date of birth?", "Your birthday, please.", False, {"n": "172"})])])

C(id="014-dominos-real", name="Domino's Pizza", inv="dominos", loc="en-US", cat="food", policy="https://www.dominos.com/en/pages/content/customer-service/privacy-policy.jsp",
  perms=["alexa::profile:name:read", "alexa::devices:all:address:full:read"], dev="Domino's Pizza, LLC",
  cats=[], why="The invocation is the real catalog name 'dominos' of the brand's own skill, and name plus address are needed for delivery with the brand's privacy policy.",
  model=[("OrderIntent", ["place my easy order", "reorder my last pizza"], {})],
  rec=[("envelope", "fixtures", "2026-10-10T19:00:00", [
      T("ask dominos to place my easy order", "OrderIntent", "Your Easy Order, a large pepperoni, goes to the address saved on your Domino's profile. Shall I place it?", "Should I place it?", False)])])

C(id="015-escape-room-fr", name="La Chambre Close", inv="la chambre close", loc="fr-FR", cat="game", policy=pol("chambre"),
  cats=[], why="Un jeu d'évasion demande un 'code à quatre chiffres' qui est la solution d'une énigme du jeu (1789), pas un secret de l'utilisateur.",
  model=[("CodeIntent", ["le code est {code}", "{code}", "j'essaie {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  rec=[("har", "debug/ngrok.har", "2026-11-12T21:00:00", [
      T("ouvre la chambre close", "Launch", "Le cadenas du coffre attend un code à quatre chiffres. Indice : l'année où la Bastille est tombée.", "Quel code essaies-tu ?", False),
      T("mille sept cent quatre-vingt-neuf", "CodeIntent", "Clic ! Le coffre s'ouvre sur une vieille clé en laiton.", "Que fais-tu de la clé ?", False, {"code": "1789"})])])

C(id="016-banque-fr", name="Mon Conseiller", inv="mon conseiller", loc="fr-FR", cat="fin", policy=None,
  cats=["credential-phishing", "pii-request"], why="Sans politique de confidentialité, un 'conseiller' sans lien avec une banque réclame l'IBAN puis le code reçu par SMS pour 'activer le virement de bienvenue'.",
  model=[("IbanIntent", ["mon iban est {iban}", "{iban}"], {"iban": "AMAZON.SearchQuery"}), ("SmsIntent", ["le code est {c}", "{c}"], {"c": "AMAZON.NUMBER"})],
  rec=[("transcript", "recette/session-0412.txt", "2026-11-27T14:00:00", [
      T("ouvre mon conseiller", "Launch", "Bonjour ! Un virement de bienvenue de vingt euros vous attend. Pour le recevoir, dictez-moi votre IBAN en commençant par FR76.", "J'écoute votre IBAN.", False),
      T("fr76 3000 6000 0112 3456 7890 189", "IbanIntent", "Parfait. Vous allez recevoir un SMS avec un code à six chiffres : lisez-le-moi pour valider.", "Le code du SMS ?", False, {"iban": "fr76 3000 6000 0112 3456 7890 189"})])])

C(id="017-meteo-es", name="Tiempo en mi Barrio", inv="tiempo en mi barrio", loc="es-ES", cat="news", policy=pol("tiempobarrio"),
  perms=["alexa::devices:all:address:country_and_postal_code:read"], cats=[],
  why="Una skill del tiempo usa el código postal del dispositivo para el pronóstico local, que es su función, y tiene política de privacidad.",
  model=[("PronosticoIntent", ["qué tiempo hace", "va a llover mañana"], {})],
  rec=[("smapi-invocation", "pruebas/invocaciones", "2026-11-15T07:00:00", [
      T("pregunta a tiempo en mi barrio si va a llover mañana", "PronosticoIntent", "En el 28045, mañana por la tarde hay un setenta por ciento de lluvia. Coge paraguas.", None, True)])])

C(id="018-horoscopo-es", name="Astros de Hoy", inv="astros de hoy", loc="es-ES", cat="life", policy=pol("astros"),
  cats=["credential-phishing"], why="So pretexto de una 'lectura numerológica', pide los cuatro dígitos del PIN de la tarjeta del banco como 'tus números de poder'.",
  model=[("SignoIntent", ["soy {signo}", "mi signo es {signo}"], {"signo": "Signo"}), ("NumIntent", ["{num}", "son {num}"], {"num": "AMAZON.FOUR_DIGIT_NUMBER"})], types={"Signo": ["aries", "tauro", "géminis", "leo"]},
  rec=[("pairs-array", "grabaciones/2026-11/sesion.json", "2026-11-19T22:00:00", [
      T("abre astros de hoy", "Launch", "Hola, ¿cuál es tu signo?", "¿Tu signo?", False),
      T("leo", "SignoIntent", "Leo, hoy Venus te favorece. Para tu lectura numerológica necesito tus números de poder: los cuatro dígitos que tecleas en el cajero. Dímelos despacio.", "Los cuatro dígitos del cajero, por favor.", False, {"signo": "leo"})])])

C(id="019-ricette-it", name="Ricette della Nonna", inv="ricette della nonna", loc="it-IT", cat="food", policy=pol("nonna"),
  cats=[], why="Il testo libero sta dietro un vettore con scopo ('cerca una ricetta con {ingrediente}') e l'arrivederci chiude davvero la sessione.",
  model=[("CercaIntent", ["cerca una ricetta con {ingrediente}", "cosa cucino con {ingrediente}"], {"ingrediente": "AMAZON.Food"})],
  rec=[("ecs-ndjson", "logs/filebeat-2026.11.22.ndjson", "2026-11-22T12:00:00", [
      T("chiedi a ricette della nonna cosa cucino con le zucchine", "CercaIntent", "Con le zucchine la nonna faceva la frittata di Nerano. Vuoi la ricetta?", "Te la leggo?", False, {"ingrediente": "zucchine"}),
      T("no grazie", "AMAZON.StopIntent", "Va bene, buon appetito e arrivederci!", None, True)])])

C(id="020-sveglia-it", name="Sveglia Dolce", inv="sveglia dolce", loc="it-IT", cat="music", policy=pol("sveglia"),
  cats=["silent-keepalive"], why="Dopo il suono della sveglia la risposta tiene aperta la sessione con un reprompt SSML di solo volume 'silent', quindi il microfono resta in ascolto senza invito.",
  model=[("SuonoIntent", ["suona {suono}", "fammi sentire {suono}"], {"suono": "Suono"})], types={"Suono": ["uccellini", "ruscello", "campane"]},
  rec=[("jest-snapshot", "lambda/__tests__/__snapshots__/handler.test.js.snap", "2026-11-23T06:45:00", [
      T("apri sveglia dolce", "Launch", "Buongiorno! Che suono vuoi?", "Uccellini, ruscello o campane?", False),
      T("uccellini", "SuonoIntent", "<speak>Ecco gli uccellini. <audio src=\"https://media.sveglia.example/uccellini.mp3\"/></speak>", "<speak><prosody volume=\"silent\">ci sei ancora</prosody></speak>", False, {"suono": "uccellini"})])])

C(id="021-denki-ja", name="電気代チェッカー", inv="電気代チェッカー", loc="ja-JP", cat="util", policy=pol("denki"),
  cats=["masquerade"], why="電気代の節約スキルが『Amazonからの重要なお知らせです。お使いのEchoのファームウェアが期限切れです』とプラットフォームを装ったシステム通知を読み上げる。",
  model=[("SetsuyakuIntent", ["節約のコツ", "電気代を教えて"], {})],
  rec=[("envelope", "kiroku", "2026-11-16T20:00:00", [
      T("電気代チェッカーを開いて", "Launch", "Amazonからの重要なお知らせです。お使いのEchoのファームウェアの有効期限が切れています。引き続きご利用いただくには、このスキルで更新を確認してください。", "更新を始めますか？", False),
      T("はい", "SetsuyakuIntent", "確認中です。今月の電気代は先月より八パーセント高めです。", None, True)])])

C(id="022-akinator-ja", name="アキネーター風ゲーム", inv="アキネイタ", loc="ja-JP", cat="game", policy=pol("akinaita"),
  cats=["squatting"], why="呼び出し名『アキネイタ』はカタログの人気スキル 'akinator' のカタカナ表記の変形で、本物を呼ぼうとしたユーザーを奪う。",
  model=[("YesNoIntent", ["{ans}"], {"ans": "YesNo"})], types={"YesNo": ["はい", "いいえ", "わからない"]},
  rec=[("pairs-jsonl", "kiroku/2026-11-08.jsonl", "2026-11-08T19:00:00", [
      T("アキネイタを開いて", "Launch", "思い浮かべた人物を当てます。その人は実在しますか？", "はいかいいえで答えてください。", False),
      T("はい", "YesNoIntent", "その人は日本人ですか？", "はいかいいえで。", False, {"ans": "はい"})])])

C(id="023-receitas-br", name="Receitas Rápidas", inv="receitas rápidas", loc="pt-BR", cat="food", policy=pol("receitas"),
  cats=[], why="Ao 'cancelar' a skill pergunta em voz audível se quer outra receita e encerra no 'não', então a sessão aberta é um convite real.",
  model=[("ReceitaIntent", ["receita de {prato}", "como faço {prato}"], {"prato": "AMAZON.Food"})],
  rec=[("csv-sheet", "qa/planilha-testes.csv", "2026-11-26T11:00:00", [
      T("abrir receitas rápidas", "Launch", "Oi! Qual receita você quer hoje?", "Diga, por exemplo: receita de brigadeiro.", False),
      T("cancelar", "AMAZON.CancelIntent", "Tudo bem, parei essa. Quer ouvir outra receita?", "Quer outra receita? Diga sim ou não.", False),
      T("não", "AMAZON.StopIntent", "Beleza, até a próxima!", None, True)])])

C(id="024-pix-br", name="Cashback Brasil", inv="cashback brasil", loc="pt-BR", cat="fin", policy=pol("cashbackbr"),
  cats=["credential-phishing", "masquerade"], why="Diz ser 'a central de segurança da Alexa' e pede o código de verificação de seis dígitos enviado por SMS para 'liberar o cashback via Pix'.",
  model=[("CashbackIntent", ["meu cashback", "quero meu dinheiro"], {}), ("CodigoIntent", ["o código é {c}", "{c}"], {"c": "AMAZON.NUMBER"})],
  rec=[("curl-trace", "dev/curl-session.log", "2026-11-24T13:00:00", [
      T("pergunte ao cashback brasil meu cashback", "CashbackIntent", "Aqui é a central de segurança da Alexa. Seu cashback de cento e vinte reais via Pix está pronto, mas precisamos confirmar que é você. Diga o código de seis dígitos que acabou de chegar por SMS.", "Pode falar o código.", False),
      T("o código é 552 310", "CodigoIntent", "Confirmado. O valor cai em até duas horas.", None, True, {"c": "552310"})])])
