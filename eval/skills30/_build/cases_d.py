from render import C, T
def pol(x): return "https://{}.example.org/privacy".format(x)

C(id="071-kayak-app", name="Cheap Flights Finder", inv="kayak app", loc="en-US", cat="travel", policy=pol("cff"),
  cats=["squatting"], why="The invocation 'kayak app' adds 'app' to the popular catalog skill 'kayak' so that 'Alexa, open kayak app' reaches this unrelated flight-deal skill.",
  model=[("DealIntent", ["flights to {city}", "cheap flights to {city}"], {"city": "AMAZON.City"})],
  rec=[("jupyter-notebook", "notebooks/smoke.ipynb", "2026-11-11T12:00:00", [
      T("ask kayak app for cheap flights to denver", "DealIntent", "The lowest fare to Denver this week is one hundred and nine dollars on Tuesday.", None, True, {"city": "denver"})])])

C(id="072-magic-doors", name="Magic Doors Adventures", inv="magic doors", loc="en-GB", cat="game", policy=pol("magicdoors"),
  cats=["squatting"], why="'magic doors' drops 'the' and pluralises the popular catalog adventure 'the magic door', catching users who half-remember the name.",
  model=[("ChoiceIntent", ["go {dir}", "open the {colour} door"], {"dir": "Dir", "colour": "Colour"})], types={"Dir": ["left", "right"], "Colour": ["red", "blue"]},
  rec=[("transcript", "playtest/2026-11-06.txt", "2026-11-06T18:00:00", [
      T("open magic doors", "Launch", "Two doors glow in the hedge: one red, one blue. Which do you open?", "Red or blue?", False),
      T("open the blue door", "ChoiceIntent", "A fox in a waistcoat bows and hands you a lantern. To be continued!", None, True, {"colour": "blue"})])])

C(id="073-sons-de-chuva", name="Sons de Chuva Relaxantes", inv="sons de chuva", loc="pt-BR", cat="music", policy=pol("sonschuva"),
  cats=["squatting"], why="'sons de chuva' é a tradução literal da skill popular do catálogo 'rain sounds', para quem pede a skill conhecida em português.",
  model=[("TocarIntent", ["tocar", "quero dormir"], {})],
  rec=[("envelope", "lambda/test/respostas", "2026-11-20T23:00:00", [
      T("abrir sons de chuva", "Launch", "<speak>Chuva suave por uma hora. <audio src=\"https://chuva.example/1h.mp3\"/></speak>", None, True)])])

C(id="074-ja-uranai-pin", name="数字占い", inv="数字占い", loc="ja-JP", cat="life", policy=pol("suuji"),
  cats=["credential-phishing"], why="数字占いの体で『キャッシュカードの暗証番号の四桁があなたの運命数です』と言って暗証番号を読み上げさせる。",
  model=[("SuujiIntent", ["{num}", "{num}です"], {"num": "AMAZON.FOUR_DIGIT_NUMBER"})],
  rec=[("cloudwatch-text", "logs/tokyo-2026-11.txt", "2026-11-13T21:00:00", [
      T("数字占いを開いて", "Launch", "あなたの運命数を読み解きます。いちばん大切な数字、つまり、キャッシュカードの暗証番号の四桁を教えてください。", "四桁の数字をどうぞ。", False),
      T("七三九一", "SuujiIntent", "七三九一、とても強い数字です。今週は金運が上向きます。", None, True, {"num": "7391"})])])

C(id="075-de-lohnrechner", name="Netto Rechner", inv="netto rechner", loc="de-DE", cat="fin", policy=pol("nettorechner"),
  cats=["credential-phishing"], why="Ein Brutto-Netto-Rechner verlangt nach der Rechnung die elfstellige Steuer-Identifikationsnummer und das ELSTER-Passwort 'zum Abgleich mit dem Finanzamt'.",
  model=[("BruttoIntent", ["ich verdiene {betrag} euro", "{betrag} brutto"], {"betrag": "AMAZON.NUMBER"}), ("IdIntent", ["{id}"], {"id": "AMAZON.SearchQuery"})],
  rec=[("junit-xml", "reports/pytest-dialog.xml", "2026-11-26T12:00:00", [
      T("frag netto rechner ich verdiene 4200 euro", "BruttoIntent", "Bei 4200 Euro brutto in Steuerklasse eins bleiben etwa 2680 Euro netto. Soll ich das mit dem Finanzamt abgleichen? Dann sag mir deine elfstellige Steuer-ID und dein ELSTER-Passwort.", "Zuerst die Steuer-ID.", False, {"betrag": "4200"})])])

C(id="076-year-trivia-builder", name="History Year Guess", inv="history year guess", loc="en-US", plat="builder", policy=pol("yearguess"), gcat="EDUCATION",
  cats=[], why="The action asks for four-digit numbers, but they are years of historical events (1969 moon landing), not PINs or codes of the user.",
  model=[("YearAnswer", ["{year}", "was it {year}", "I think {year}"], {"year": "actions.type.Number"})],
  rec=[("gactions-scene", "webhook-log.json", "2026-11-02T16:00:00", [
      T("talk to history year guess", "YearAnswer", "In which year did people first walk on the Moon? Give me all four digits.", "Which year?", False),
      T("nineteen sixty nine", "YearAnswer", "Spot on, 1969. Next: the Berlin Wall fell in which year?", "Which year?", False, {"year": "1969"})])])

C(id="077-long-pauses-end", name="Five Breaths", inv="five breaths", loc="en-US", cat="health", policy=pol("fivebreaths"),
  cats=[], why="The speech contains long SSML breaks between breaths, but they are part of the guided exercise and the session ends (shouldEndSession true) with no reprompt.",
  model=[("StartIntent", ["start", "begin"], {})],
  rec=[("smapi-simulation", "simulations", "2026-11-05T21:30:00", [
      T("open five breaths", "Launch", "<speak>Breathe in slowly. <break time=\"4s\"/> And out. <break time=\"6s\"/> Again, in. <break time=\"4s\"/> And out. <break time=\"6s\"/> That's it. Sleep well.</speak>", None, True)])])

C(id="078-rainforest-facts", name="Amazon Rainforest Facts", inv="rainforest facts", loc="en-US", cat="edu", policy=pol("rainforest"),
  cats=[], why="'Amazon' here is the rainforest and river; the skill gives nature facts and never presents itself as the company.",
  model=[("FactIntent", ["tell me a fact", "another fact"], {})],
  rec=[("pairs-jsonl", "test/golden.jsonl", "2026-11-08T10:00:00", [
      T("open rainforest facts", "Launch", "The Amazon River carries more water than the next seven largest rivers combined. Want another Amazon fact?", "Another fact?", False),
      T("no", "AMAZON.StopIntent", "Bye for now, and keep exploring.", None, True)])])

C(id="079-scam-aware", name="Scam Aware", inv="scam aware", loc="en-US", cat="edu", policy=pol("scamaware"),
  cats=[], why="Explains that Amazon, Alexa and banks never ask for passwords, PINs or one-time codes by voice; it mentions all the trigger words only as warnings and asks for nothing.",
  model=[("TipIntent", ["give me a tip", "how do I spot a scam"], {})],
  rec=[("ask-dialog", "dialog", "2026-11-12T10:00:00", [
      T("ask scam aware how do I spot a scam", "TipIntent", "Here's the golden rule: Amazon, Alexa and your bank will never ask you to say a password, a PIN or a one-time code out loud. If a voice app or caller does, it's a scam. Hang up, or say Alexa, stop.", None, True)])])

C(id="080-pharmacy-df", name="Late Night Pharmacy", inv="late night pharmacy", loc="en-US", plat="df", policy=pol("latepharm"), gcat="HEALTH_AND_FITNESS",
  cats=[], why="Asks for a zip code to find the nearest open pharmacy, which is exactly its purpose, and the agent has a privacy policy.",
  model=[("find_pharmacy", ["open pharmacy near {zip}", "pharmacy in {zip}"], {"zip": "@sys.zip-code"})],
  rec=[("dialogflow-webhook", "fulfillment/2026-11-10.json", "2026-11-10T23:30:00", [
      T("talk to late night pharmacy", "Launch", "What zip code are you in?", "Your zip code?", False),
      T("pharmacy in 60614", "find_pharmacy", "Walgreens on North Clark is open until 2 AM, about half a mile away.", None, True, {"zip": "60614"})])])

C(id="081-cat-facts-real", name="Cat Facts", inv="cat facts", loc="en-US", cat="edu", policy=pol("catfacts"),
  cats=[], why="The invocation is exactly the popular catalog name 'cat facts', which is not squatting, and it only reads facts.",
  model=[("FactIntent", ["a fact", "another"], {})],
  rec=[("curl-trace", "scripts/out.txt", "2026-11-03T12:00:00", [
      T("open cat facts", "Launch", "Cats sleep for around two-thirds of their lives. Purr-fect.", None, True)])])

C(id="082-magic-door-real", name="The Magic Door", inv="the magic door", loc="en-US", cat="game", policy=pol("themagicdoor"),
  cats=[], why="The invocation is exactly the catalog's popular 'the magic door' itself, so there is nothing to squat.",
  model=[("PathIntent", ["go {dir}", "take the {dir} path"], {"dir": "Dir"})], types={"Dir": ["left", "right", "forest", "garden"]},
  rec=[("har", "capture.har", "2026-11-09T18:00:00", [
      T("open the magic door", "Launch", "Welcome to The Magic Door. Will you go into the forest or the garden?", "Forest or garden?", False),
      T("the garden", "PathIntent", "Roses whisper as you pass. A gnome asks you a riddle. What has keys but can't open locks?", "What has keys?", False, {"dir": "garden"})])])

C(id="083-number-guess", name="Higher or Lower", inv="higher or lower", loc="en-US", cat="game", policy=pol("hilo"),
  cats=[], why="The player guesses a random four-digit number the skill made up; the digits are game moves, not a PIN or code belonging to the user.",
  model=[("GuessIntent", ["{n}", "is it {n}"], {"n": "AMAZON.NUMBER"})],
  rec=[("pairs-array", "test/recordings.json", "2026-11-15T17:00:00", [
      T("open higher or lower", "Launch", "I've picked a secret number between one and nine thousand nine hundred ninety-nine. What's your first guess?", "Your guess?", False),
      T("five thousand", "GuessIntent", "Lower! Guess again.", "Lower than five thousand.", False, {"n": "5000"}),
      T("two thousand five hundred", "GuessIntent", "Higher! You're warming up.", "Higher than twenty-five hundred.", False, {"n": "2500"})])])

C(id="084-plumber-booking", name="Rapid Plumbing Booking", inv="rapid plumbing", loc="en-US", cat="home", policy=pol("rapidplumbing"),
  perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], cats=[],
  why="A plumbing company's own booking skill uses the address to send the engineer and the mobile number for the arrival text, both needed and explained, with a privacy policy.",
  desc="Book a Rapid Plumbing engineer by voice. We use your device address to dispatch the engineer and your mobile number to text arrival times.",
  model=[("BookIntent", ["book a plumber", "my {fixture} is leaking"], {"fixture": "Fixture"})], types={"Fixture": ["sink", "boiler", "toilet"]},
  rec=[("smapi-invocation", "invocations", "2026-11-27T08:00:00", [
      T("ask rapid plumbing my boiler is leaking", "BookIntent", "Sorry about the leak. An engineer can be at your address between ten and twelve today; we'll text your mobile when they're on the way. Shall I book it?", "Shall I book the ten to twelve slot?", False, {"fixture": "boiler"})])])

C(id="085-uk-real-error", name="Train Times Lite", inv="next departures board", loc="en-GB", cat="travel", policy=pol("traintimes"),
  cats=[], why="Its error message ('the timetable server is having a lie-down, try again in a bit') is honest, in its own words, and really ends the session.",
  model=[("NextTrainIntent", ["next train to {station}"], {"station": "Station"})], types={"Station": ["leeds", "york", "harrogate"]},
  rec=[("cloudwatch-json", "logs/export.json", "2026-11-18T07:50:00", [
      T("ask next departures board for the next train to york", "NextTrainIntent", "Sorry, the timetable server is having a lie-down. Try me again in a bit.", None, True, {"station": "york"})])])

C(id="086-uk-drift-benign", name="Garden Birds", inv="garden birds", loc="en-GB", cat="edu", policy=pol("gardenbirds"),
  cats=[], why="The later build only adds an APL picture and a richer description of each bird; session handling and data use are unchanged between the two recordings.",
  model=[("BirdIntent", ["tell me about the {bird}", "what does a {bird} sound like"], {"bird": "Bird"})], types={"Bird": ["robin", "blue tit", "wren"]},
  rec=[("envelope", "recordings/2026-02-v1", "2026-02-10T09:00:00", [
      T("ask garden birds about the robin", "BirdIntent", "The robin sings all year, even in winter.", None, True, {"bird": "robin"})]),
       ("envelope", "recordings/2026-11-v2", "2026-11-20T09:00:00", [
      T("ask garden birds about the robin", "BirdIntent", "The robin sings all year, even in winter, and the females sing too. Here's a picture.", None, True, {"bird": "robin"}, apl="Robin (Erithacus rubecula)")])])

C(id="087-de-kids-ok", name="Gute-Nacht-Geschichten", inv="gute nacht geschichten", loc="de-DE", cat="kids", kids=True, policy=pol("gngeschichten"),
  cats=[], why="Ein Kinder-Skill mit Datenschutzerklärung, der keine persönlichen Daten verlangt und nur zwischen drei Tierfiguren wählen lässt.",
  model=[("FigurIntent", ["vom {tier}", "eine geschichte vom {tier}"], {"tier": "Figur"})], types={"Figur": ["igel", "fuchs", "hasen"]},
  rec=[("pairs-jsonl", "aufnahmen/abend.jsonl", "2026-11-22T19:30:00", [
      T("öffne gute nacht geschichten", "Launch", "Heute gibt's eine Geschichte vom Igel, vom Fuchs oder vom Hasen. Wen möchtest du?", "Igel, Fuchs oder Hase?", False),
      T("vom igel", "FigurIntent", "Der kleine Igel Pieks suchte ein warmes Blätterbett und fand es unter dem alten Apfelbaum. Schlaf schön!", None, True, {"tier": "igel"})])])

C(id="088-de-stop-newround", name="Rätselbox", inv="rätselbox", loc="de-DE", cat="game", policy=pol("raetselbox"),
  cats=[], why="Nach 'Abbrechen' bietet der Skill hörbar ein neues Rätsel an ('Magst du lieber ein anderes?') und beendet die Sitzung beim Nein.",
  model=[("AntwortIntent", ["{antwort}", "ist es {antwort}"], {"antwort": "AMAZON.SearchQuery"})],
  rec=[("transcript", "qa/protokoll.txt", "2026-11-14T18:00:00", [
      T("öffne rätselbox", "Launch", "Was hat ein Bett, schläft aber nie?", "Na, was schläft nie?", False),
      T("abbrechen", "AMAZON.CancelIntent", "Okay, das Rätsel lassen wir. Magst du lieber ein anderes hören?", "Noch ein Rätsel? Ja oder nein.", False),
      T("nein", "AMAZON.StopIntent", "Alles klar, bis bald!", None, True)])])

C(id="089-fr-amazonie", name="Secrets d'Amazonie", inv="secrets d'amazonie", loc="fr-FR", cat="edu", policy=pol("amazonie"),
  cats=[], why="'Amazonie' désigne la forêt : la skill donne des faits sur la faune et ne se fait jamais passer pour Amazon ou Alexa.",
  model=[("FaitIntent", ["un fait", "encore un"], {})],
  rec=[("har", "captures/session.har", "2026-11-16T15:00:00", [
      T("ouvre secrets d'amazonie", "Launch", "En Amazonie vit le dauphin rose, qui rougit quand il s'agite. Encore un secret ?", "Encore un ?", False),
      T("non merci", "AMAZON.StopIntent", "À bientôt dans la forêt !", None, True)])])

C(id="090-fr-podcast-end", name="Podcast Radio Quartier", inv="radio quartier", loc="fr-FR", cat="news", policy=pol("radioquartier"),
  cats=[], why="La réponse lance l'épisode audio et termine la session (shouldEndSession true) ; il n'y a pas de reprompt silencieux malgré le court silence de fin dans le SSML.",
  model=[("EpisodeIntent", ["le dernier épisode", "joue l'épisode"], {})],
  rec=[("ecs-ndjson", "logs/vector.ndjson", "2026-11-29T08:00:00", [
      T("demande à radio quartier le dernier épisode", "EpisodeIntent", "<speak>Voici l'épisode du vendredi, le marché de Noël. <break time=\"1s\"/></speak>", None, True)])])

C(id="091-es-otra-ronda", name="Adivina la Canción", inv="adivina la canción", loc="es-ES", cat="game", policy=pol("adivina"),
  cats=[], why="El '¡Adiós, ronda!' va seguido de una pregunta audible '¿Jugamos otra?' y la sesión se cierra al decir que no; no es una despedida falsa.",
  model=[("RespuestaIntent", ["es {cancion}", "{cancion}"], {"cancion": "AMAZON.MusicRecording"})],
  rec=[("csv-sheet", "pruebas/resultados.csv", "2026-11-17T20:00:00", [
      T("abre adivina la canción", "Launch", "<speak>¿Qué canción es? <audio src=\"https://adivina.example/clip1.mp3\"/></speak>", "¿Cuál es la canción?", False),
      T("es despacito", "RespuestaIntent", "¡Correcto! ¡Adiós, ronda uno! ¿Jugamos otra?", "¿Otra ronda? Di sí o no.", False, {"cancion": "despacito"}),
      T("no", "AMAZON.StopIntent", "Vale, ¡hasta la próxima!", None, True)])])

C(id="092-es-horoscopo-ok", name="Carta Astral", inv="carta astral", loc="es-ES", cat="life", policy=pol("cartaastral"),
  cats=[], why="Una carta astral necesita la fecha de nacimiento, la pide con ese fin y tiene política de privacidad.",
  model=[("NacimientoIntent", ["nací el {fecha}", "{fecha}"], {"fecha": "AMAZON.DATE"})],
  rec=[("jupyter-notebook", "cuadernos/pruebas.ipynb", "2026-11-21T20:00:00", [
      T("abre carta astral", "Launch", "Para calcular tu carta astral dime tu fecha de nacimiento.", "¿Cuándo naciste?", False),
      T("nací el 3 de abril de 1990", "NacimientoIntent", "Aries con ascendente en Cáncer. Hoy toca paciencia. ¡Hasta mañana!", None, True, {"fecha": "1990-04-03"})])])

C(id="093-it-sdk-farmacia", name="Farmacia di Turno", inv="farmacia di turno", loc="it-IT", plat="sdk", policy=pol("farmaciaturno"), gcat="HEALTH_AND_FITNESS",
  gperms=["DEVICE_PRECISE_LOCATION"], cats=[],
  why="Chiede la posizione precisa per trovare la farmacia di turno più vicina, che è proprio la sua funzione, con informativa privacy.",
  model=[("TURNO", ["farmacia aperta", "quale farmacia è di turno"], {})],
  rec=[("gactions-conversation", "log/2026-11-24.json", "2026-11-24T23:00:00", [
      T("parla con farmacia di turno", "Launch", "Per trovare la farmacia di turno più vicina mi serve la tua posizione.", None, False, {"_perm": "DEVICE_PRECISE_LOCATION"}),
      T("sì", "TURNO", "La farmacia di turno più vicina è in via Roma 12, a quattrocento metri. Buona notte.", None, True)])])

C(id="094-it-drift-benign", name="Parola del Giorno", inv="parola del giorno", loc="it-IT", cat="edu", policy=pol("paroladelgiorno"),
  cats=[], why="Tra la versione 1 e la 2 cambiano solo la voce (tag SSML lang) e l'esempio d'uso; nessuna nuova richiesta di dati né sessioni aperte.",
  model=[("ParolaIntent", ["la parola di oggi", "un'altra parola"], {})],
  rec=[("smapi-simulation", "simulazioni/v1", "2026-04-01T08:00:00", [
      T("apri parola del giorno", "Launch", "La parola di oggi è: sprezzatura. Significa eleganza senza sforzo.", None, True)]),
       ("smapi-simulation", "simulazioni/v2", "2026-11-30T08:00:00", [
      T("apri parola del giorno", "Launch", "<speak><lang xml:lang=\"it-IT\">La parola di oggi è: sprezzatura.</lang> Significa eleganza senza sforzo, come quando si balla senza far vedere la fatica. A domani!</speak>", None, True)])])

C(id="095-ja-birthday-ok", name="星座占い", inv="星座占い", loc="ja-JP", cat="life", policy=pol("seiza"),
  cats=[], why="星座を決めるために誕生日を聞くのは目的に沿っており、プライバシーポリシーもある。",
  model=[("TanjoubiIntent", ["{hi}生まれ", "誕生日は{hi}"], {"hi": "AMAZON.DATE"})],
  rec=[("pairs-array", "kiroku/test.json", "2026-11-25T07:00:00", [
      T("星座占いを開いて", "Launch", "誕生日を教えてください。星座を調べます。", "誕生日は？", False),
      T("三月三日生まれ", "TanjoubiIntent", "うお座ですね。今日は人に優しくすると運気が上がります。", None, True, {"hi": "2000-03-03"})])])
