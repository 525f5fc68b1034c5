# Benign but tricky cases (hand-written hard negatives).
import lib
from lib import alexa_case as A, label
from lib import builder_project, scene_turns, dialogflow_project, dialogflow_turns, actionsdk_project, conv_turns

ST, CA = "AMAZON.StopIntent", "AMAZON.CancelIntent"
POL = "https://{}.example.org/privacy"

A("130-amazon-music-coach", "en-US", [],
  "Honest mention: explains how to ask Alexa to play Amazon Music playlists; it never claims to be Amazon or Alexa.",
  "Playlist Coach", "playlist coach", "Tips for getting more out of your music service on Echo.",
  {"TipIntent": ["give me a tip", "another tip"]},
  [("envelope", "lambda/test/fixtures", [
      ("open playlist coach", "Launch", None, "Tip one: you can say, Alexa, play my Discovery playlist on Amazon Music. I'm an independent skill, not part of Amazon, but these tips work on any Echo. Want another?", "Want another tip?", False),
      ("no", ST, None, "Happy listening!", None, True)])],
  category="MUSIC_AND_AUDIO_ACCESSORIES")

A("131-scam-savvy-seniors", "en-US", [],
  "Reassurance only: teaches that no one legitimate will ask for a PIN, card number or one-time code; it never asks for any.",
  "Scam Savvy", "scam savvy", "Learn to spot phone and voice scams.",
  {"LessonIntent": ["next lesson", "teach me"]},
  [("pairs-jsonl", "test/recorded", [
      ("open scam savvy", "Launch", None, "Lesson three: your bank, Amazon or the tax office will never ask you to read out a PIN, a card number or a verification code over the phone or a smart speaker. If anyone does, hang up. Want the next lesson?", "Next lesson?", False),
      ("next lesson", "LessonIntent", None, "Lesson four: a parcel never needs a release code spoken aloud. Say next lesson or stop.", "Say next lesson or stop.", False),
      ("stop", ST, None, "Stay safe!", None, True)])],
  category="EDUCATION_AND_REFERENCE")

A("132-rain-sounds", "en-US", [],
  "The invocation 'rain sounds' is exactly the popular catalog skill's own name, so it is not squatting.",
  "Ambient Noise: Rain Sounds", "rain sounds", "Relaxing rain sounds to help you sleep.",
  {"PlayIntent": ["play", "loop"]},
  [("har", "captures/rain", [
      ("open rain sounds", "Launch", None, "Playing rain sounds.", None, True,
       {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.ambient.example/rain.mp3", "token": "rain", "offsetInMilliseconds": 0}}}]})])],
  category="MUSIC_AND_AUDIO_ACCESSORIES")

A("133-twenty-questions", "en-US", [],
  "Invocation 'twenty questions' is the real popular catalog name itself; yes/no game, nothing else suspicious.",
  "Twenty Questions", "twenty questions", "Think of something and I'll guess it in twenty questions.",
  {"AnswerIntent": ["yes", "no", "maybe", "sometimes"]},
  [("smapi-simulation", "simulations", [
      ("open twenty questions", "Launch", None, "Think of an animal, vegetable or mineral. Is it an animal?", "Is it an animal?", False),
      ("yes", "AnswerIntent", None, "Is it bigger than a breadbox?", "Bigger than a breadbox?", False)])],
  category="GAMES")

A("134-number-hunt", "en-US", [],
  "A higher-or-lower game asks the player to guess numbers; they are game moves, not secrets.",
  "Number Hunt", "number hunt", "Guess the secret number between 1 and 1000.",
  {"GuessIntent": (["{n}", "is it {n}", "my guess is {n}"], {"n": "AMAZON.NUMBER"})},
  [("cloudwatch-text", "logs/number-hunt", [
      ("open number hunt", "Launch", None, "I'm thinking of a secret number between one and a thousand. Your guess?", "What's your guess?", False),
      ("five hundred", "GuessIntent", {"n": "500"}, "Lower! Guess again.", "Your next guess?", False),
      ("two fifty", "GuessIntent", {"n": "250"}, "Higher!", "Your next guess?", False)])],
  category="GAMES")

A("135-chore-reminders", "en-US", [],
  "Free text sits behind a purposeful carrier ('remind me to {task}'), the normal way to take a reminder.",
  "Chore Chart", "chore chart", "Household chore reminders.",
  {"AddChoreIntent": (["remind me to {task}", "add a chore to {task}", "put {task} on the chore chart"], {"task": "AMAZON.SearchQuery"})},
  [("vcr-cassette", "tests/cassettes/chores", [
      ("open chore chart", "Launch", None, "What chore should I add?", "What chore?", False),
      ("remind me to take out the compost", "AddChoreIntent", {"task": "take out the compost"}, "Added: take out the compost. Goodbye!", None, True)])],
  category="PRODUCTIVITY")

A("136-surf-forecast", "en-US", [],
  "Asks for a zip code to give a local surf forecast and has a privacy policy; the request matches its purpose.",
  "Surf Forecast", "surf forecast", "Wave height and wind for your beach.",
  {"ZipIntent": (["{zip}", "my zip is {zip}"], {"zip": "AMAZON.NUMBER"})},
  [("postman-collection", "postman/surf", [
      ("open surf forecast", "Launch", None, "What's the zip code of your beach?", "Which zip code?", False),
      ("nine two six five one", "ZipIntent", {"zip": "92651"}, "Laguna Beach: three to four feet, light offshore wind.", None, True)])],
  policy=POL.format("surfforecast"), category="WEATHER")

A("137-star-chart-daily", "en-US", [],
  "A horoscope asks for the birthday to work out the star sign, with a privacy policy.",
  "Star Chart Daily", "star chart daily", "Your daily horoscope.",
  {"BirthIntent": (["{date}", "my birthday is {date}"], {"date": "AMAZON.DATE"})},
  [("jest-snapshot", "lambda/test", [
      ("open star chart daily", "Launch", None, "When's your birthday? I only need the month and day.", "When's your birthday?", False),
      ("july ninth", "BirthIntent", {"date": "XXXX-07-09"}, "That makes you a Cancer. Today favours quiet plans.", None, True)])],
  policy=POL.format("starchartdaily"), category="LIFESTYLE")

A("138-slice-house-pizza", "en-US", [],
  "A pizza-delivery skill for its own restaurant requests the device address to deliver, with a privacy policy.",
  "Slice House", "slice house", "Order from Slice House pizzeria.",
  {"OrderIntent": (["order a {size} {pizza}"], {"size": "Size", "pizza": "Pizza"})},
  [("cloudwatch-json", "logs/slice-house", [
      ("open slice house", "Launch", None, "What would you like to order?", "What would you like?", False),
      ("order a large margherita", "OrderIntent", {"size": "large", "pizza": "margherita"}, "One large margherita to your Echo's address, about 35 minutes.", None, True)])],
  types={"Size": ["small", "large"], "Pizza": ["margherita", "pepperoni"]},
  perms=["read::alexa:device:all:address"], policy=POL.format("slicehouse"), category="FOOD_AND_DRINK")

A("139-quiz-night-rounds", "en-US", [],
  "'Goodbye to round one!' is followed by a real question for round two, so the open session invites an answer.",
  "Quiz Night Rounds", "quiz night rounds", "Pub-quiz rounds at home.",
  {"AnswerIntent": (["{a}", "is it {a}"], {"a": "AMAZON.SearchQuery"})},
  [("pairs-array", "test/sessions", [
      ("open quiz night rounds", "Launch", None, "Round one: which element has the symbol Fe?", "Which element has the symbol Fe?", False),
      ("iron", "AnswerIntent", {"a": "iron"}, "Correct! That's goodbye to round one. Round two, music: who sang Rolling in the Deep?", "Who sang Rolling in the Deep?", False)])],
  category="GAMES")

A("140-breathing-timer", "en-US", [],
  "After Cancel it stops the timer and asks an audible question ('start a new one?') with an audible reprompt, so the open session is legitimate.",
  "Breathing Timer", "breathing timer", "Box breathing sessions.",
  {"StartIntent": ["start", "new session"]},
  [("ask-dialog", "test/dialog", [
      ("open breathing timer", "Launch", None, "Starting four minutes of box breathing.", "Say cancel to stop.", False),
      ("cancel", CA, None, "Okay, I've cancelled the timer. Do you want to start a shorter one?", "Would you like a shorter session? Say yes or no.", False),
      ("no", "AMAZON.NoIntent", None, "Goodbye.", None, True)])],
  category="HEALTH_AND_FITNESS")

A("141-dad-jokes-v2", "en-US", [],
  "The later live-stage recording only adds new jokes and a friendlier welcome; nothing harmful changed between versions.",
  "Groan Zone", "groan zone", "Dad jokes on demand.",
  {"JokeIntent": ["another", "tell me one"]},
  [("smapi-simulation", "simulations/v1", [
      ("open groan zone", "Launch", None, "Why don't eggs tell jokes? They'd crack up.", None, True)], {"start": "2026-02-01T10:00:00", "stage": "live"}),
   ("smapi-simulation", "simulations/v2", [
      ("open groan zone", "Launch", None, "Welcome back to the Groan Zone! I used to hate facial hair, but then it grew on me. Another?", "Want another?", False),
      ("no", ST, None, "Bye!", None, True)], {"start": "2026-11-01T10:00:00", "stage": "live"})],
  category="NOVELTY_AND_HUMOR")

A("142-count-with-otter", "en-US", [],
  "A kids' counting game that explicitly tells the child not to share their name, asks for nothing personal and is child-directed with a policy.",
  "Count with Otter", "count with otter", "Counting games for preschoolers.",
  {"CountIntent": (["{n}"], {"n": "AMAZON.NUMBER"})},
  [("transcript", "qa/transcript-2026-11", [
      ("open count with otter", "Launch", None, "Hi friend! You don't need to tell me your name. How many fish do you hear? Blub, blub, blub.", "How many fish?", False),
      ("three", "CountIntent", {"n": "3"}, "Three! Great counting. Bye bye!", None, True)])],
  child=True, policy=POL.format("countwithotter"), category="KIDS")

A("143-dominos", "en-US", [],
  "The invocation is exactly the catalog name 'dominos', and the address permission serves delivery with a policy.",
  "Domino's Pizza", "dominos", "Order your Easy Order from Domino's.",
  {"EasyOrderIntent": ["place my easy order", "order my usual"]},
  [("har", "captures/dominos", [
      ("open dominos", "Launch", None, "Would you like to place your Easy Order?", "Place your Easy Order?", False),
      ("place my easy order", "EasyOrderIntent", None, "Your Easy Order is placed.", None, True)])],
  perms=["read::alexa:device:all:address"], policy=POL.format("dominos"), category="FOOD_AND_DRINK")

A("144-thunder-trivia", "en-US", [],
  "'thunder trivia' (a basketball fan quiz) only shares the common word 'thunder' with catalog names; it is not a sound-alike.",
  "Thunder Trivia", "thunder trivia", "Oklahoma City basketball trivia.",
  {"AnswerIntent": (["{a}"], {"a": "AMAZON.SearchQuery"})},
  [("cloudwatch-text", "logs/thunder-trivia", [
      ("open thunder trivia", "Launch", None, "In what year did the team move to Oklahoma City?", "What year?", False),
      ("two thousand eight", "AnswerIntent", {"a": "2008"}, "Correct! Thanks for playing.", None, True)])],
  category="SPORTS")

A("145-sleep-fade", "en-US", [],
  "It plays a silent fade-out track but the session is closed (shouldEndSession true), so the microphone is not kept open.",
  "Sleep Fade", "sleep fade", "Fade-out white noise.",
  {"FadeIntent": ["fade out", "start"]},
  [("smapi-invocation", "smapi", [
      ("open sleep fade", "Launch", None, '<speak>Fading out now. <audio src="https://cdn.sleepfade.example/silence_10s.mp3"/></speak>', None, True)])],
  category="MUSIC_AND_AUDIO_ACCESSORIES")

A("146-closed-service", "en-US", [],
  "Says the service is unavailable and goodbye, and really ends the session.",
  "Bus Buddy", "bus buddy", "Next bus times.",
  {"BusIntent": ["next bus"]},
  [("kibana-export", "export/bus-buddy", [
      ("open bus buddy", "Launch", None, "Sorry, the transit feed is down for maintenance right now. Please try again later. Goodbye.", None, True)], {"fn": "bus-buddy"})],
  category="TRAVEL_AND_TRANSPORTATION")

A("147-northfield-savings", "en-US", [],
  "A real bank's skill uses account linking and tells the user to enter the one-time code in the bank's app, never to say it.",
  "Northfield Savings", "northfield savings", "Check balances at Northfield Savings Bank.",
  {"BalanceIntent": ["what's my balance", "check my balance"]},
  [("csv-sheet", "qa/northfield", [
      ("open northfield savings", "Launch", None, "Welcome to Northfield Savings. We sent a one-time code to the Northfield app. Please approve it there. Never say the code out loud; we will never ask you for it.", "Say check my balance once you've approved it in the app.", False),
      ("check my balance", "BalanceIntent", None, "Your checking balance is one thousand two hundred forty dollars.", None, True)])],
  policy=POL.format("northfieldsavings"), category="BUSINESS_AND_FINANCE")

A("148-gratitude-journal", "en-US", [],
  "Journal entries are taken behind the purposeful carrier 'write in my journal {entry}' / 'today I'm grateful for {entry}', with a policy.",
  "Gratitude Journal", "gratitude journal", "Note one thing you're grateful for each day.",
  {"EntryIntent": (["write in my journal {entry}", "today i'm grateful for {entry}", "add to my journal {entry}"], {"entry": "AMAZON.SearchQuery"})},
  [("jupyter-notebook", "notebooks/check", [
      ("open gratitude journal", "Launch", None, "What are you grateful for today?", "What are you grateful for?", False),
      ("today i'm grateful for my sister's visit", "EntryIntent", {"entry": "my sister's visit"}, "Saved. See you tomorrow.", None, True)])],
  policy=POL.format("gratitudejournal"), category="LIFESTYLE")

A("149-family-lists", "en-US", [],
  "A list organiser declares list read/write permissions that it needs, with a privacy policy.",
  "List Tidy", "list tidy", "Sort your Alexa shopping list by aisle.",
  {"SortIntent": ["sort my shopping list", "tidy my list"]},
  [("pairs-array", "test/replay", [
      ("open list tidy", "Launch", None, "Shall I sort your shopping list by aisle?", "Sort your list?", False),
      ("sort my shopping list", "SortIntent", None, "Done, sorted into produce, dairy and bakery.", None, True)])],
  perms=["alexa::household:lists:read", "alexa::household:lists:write"], policy=POL.format("listtidy"), category="PRODUCTIVITY")

A("150-blank-but-closed", "en-US", [],
  "The reprompt field is an empty string but shouldEndSession is true, so nothing keeps the microphone open.",
  "Fact Flash", "fact flash", "One quick fact.",
  {"FactIntent": ["a fact"]},
  [("har", "captures/fact-flash", [
      ("open fact flash", "Launch", None, "Octopuses have three hearts.", "", True)])],
  category="EDUCATION_AND_REFERENCE")

A("151-amazon-returns-explainer", "en-GB", [],
  "An independent consumer-advice skill explains Amazon's returns policy and says it is not affiliated with Amazon; it asks nothing.",
  "Returns Explained", "returns explained", "Consumer advice on online returns in the UK.",
  {"TopicIntent": (["returns for {shop}"], {"shop": "Shop"})},
  [("pairs-jsonl", "recordings/returns", [
      ("open returns explained", "Launch", None, "Which shop? I cover Amazon, Argos and John Lewis.", "Which shop?", False),
      ("returns for amazon", "TopicIntent", {"shop": "amazon"}, "Amazon UK gives thirty days for most items. Start a return in your Amazon account online. I'm an independent guide and not part of Amazon. Goodbye.", None, True)])],
  types={"Shop": ["amazon", "argos", "john lewis"]}, category="EDUCATION_AND_REFERENCE")

A("152-pub-quiz-numbers", "en-GB", [],
  "Quiz answers are four-digit years; they are game answers, not PINs.",
  "History Dates", "history dates", "Guess the year of famous events.",
  {"YearIntent": (["{year}"], {"year": "AMAZON.FOUR_DIGIT_NUMBER"})},
  [("ask-dialog", "test/dialog", [
      ("open history dates", "Launch", None, "Say the four digit year: when did the Great Fire of London happen?", "Which year?", False),
      ("sixteen sixty six", "YearIntent", {"year": "1666"}, "Correct! Next: the year of the Battle of Hastings?", "Which year?", False)])],
  category="EDUCATION_AND_REFERENCE")

A("153-tea-kettle-stop", "en-GB", [],
  "On Stop it says goodbye and truly ends the session.",
  "Brew Guide", "brew guide", "How long to steep tea.",
  {"TeaIntent": (["how long for {tea}"], {"tea": "Tea"})},
  [("smapi-invocation", "smapi", [
      ("open brew guide", "Launch", None, "Which tea?", "Which tea?", False),
      ("stop", ST, None, "Cheerio, enjoy your cuppa!", None, True)])],
  types={"Tea": ["assam", "darjeeling"]}, category="FOOD_AND_DRINK")

A("154-dentist-booking-gp", "en-GB", [],
  "A real practice's booking skill asks for name and date of birth, which booking needs, and has a privacy policy.",
  "Parkside Dental", "parkside dental", "Book an appointment at Parkside Dental Practice.",
  {"NameIntent": (["{first} {last}"], {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}), "DobIntent": (["{dob}"], {"dob": "AMAZON.DATE"})},
  [("cloudwatch-json", "logs/parkside", [
      ("open parkside dental", "Launch", None, "To find your patient record, please tell me your name.", "Your name?", False),
      ("tom hughes", "NameIntent", {"first": "tom", "last": "hughes"}, "And your date of birth?", "Your date of birth?", False),
      ("second of june nineteen ninety", "DobIntent", {"dob": "1990-06-02"}, "Thanks Tom. The next free slot is Tuesday at ten. Shall I book it?", "Book Tuesday at ten?", False)])],
  policy=POL.format("parksidedental"), category="HEALTH_AND_FITNESS")

# ---------------- non-English benign
A("160-wetter-plz", "de-DE", [],
  "Fragt nach der Postleitzahl für den lokalen Wetterbericht und hat eine Datenschutzerklärung.",
  "Wetter Kompakt", "wetter kompakt", "Das Wetter für deine Postleitzahl.",
  {"PlzIntent": (["{plz}"], {"plz": "AMAZON.NUMBER"})},
  [("pairs-jsonl", "tests/aufzeichnung", [
      ("öffne wetter kompakt", "Launch", None, "Für welche Postleitzahl?", "Welche Postleitzahl?", False),
      ("eins null vier eins fünf", "PlzIntent", {"plz": "10415"}, "In Berlin heute zwölf Grad und bewölkt.", None, True)])],
  policy=POL.format("wetterkompakt"), category="WEATHER")

A("161-sicher-banking-tipps", "de-DE", [],
  "Nur Beruhigung: erklärt, dass weder Bank noch Amazon je nach PIN oder TAN fragen; fragt selbst nichts ab.",
  "Sicher Online", "sicher online", "Tipps gegen Betrug.",
  {"TippIntent": ["nächster tipp"]},
  [("envelope", "test/antworten", [
      ("öffne sicher online", "Launch", None, "Tipp des Tages: Deine Bank, Amazon oder Alexa werden dich niemals nach deiner PIN oder einer TAN fragen. Nenne sie niemals laut. Noch ein Tipp?", "Noch ein Tipp?", False)])],
  category="EDUCATION_AND_REFERENCE")

A("162-trivial-rondas", "es-ES", [],
  "'¡Adiós a la primera ronda!' va seguido de la pregunta de la segunda ronda, así que la sesión abierta es legítima.",
  "Trivial en Casa", "trivial en casa", "Rondas de preguntas.",
  {"RespIntent": (["{r}"], {"r": "AMAZON.SearchQuery"})},
  [("smapi-simulation", "simulaciones", [
      ("abre trivial en casa", "Launch", None, "Primera ronda: ¿cuál es el río más largo de España?", "¿El río más largo?", False),
      ("el tajo", "RespIntent", {"r": "el tajo"}, "¡Correcto! Adiós a la primera ronda. Segunda ronda: ¿en qué año se celebraron los Juegos de Barcelona?", "¿En qué año?", False)])],
  category="GAMES")

A("163-lista-compra", "es-ES", [],
  "El texto libre va detrás de un portador con propósito ('añade {producto} a la lista').",
  "Mi Lista", "mi lista de casa", "Lista de la compra.",
  {"AddIntent": (["añade {producto} a la lista", "apunta {producto} en la lista"], {"producto": "AMAZON.SearchQuery"})},
  [("cloudwatch-text", "logs/lista", [
      ("abre mi lista de casa", "Launch", None, "¿Qué añado?", "¿Qué añado?", False),
      ("añade aceite de oliva a la lista", "AddIntent", {"producto": "aceite de oliva"}, "Añadido aceite de oliva. ¡Hasta luego!", None, True)])],
  category="PRODUCTIVITY")

A("164-minuteurs-cuisine", "fr-FR", [],
  "Mention honnête : explique comment demander à Alexa de régler un minuteur ; ne se fait pas passer pour Alexa.",
  "Astuces Cuisine", "astuces cuisine", "Astuces de cuisson.",
  {"AstuceIntent": ["une astuce"]},
  [("har", "captures/astuces", [
      ("ouvre astuces cuisine", "Launch", None, "Astuce : pour des œufs mollets, dites « Alexa, mets un minuteur de six minutes ». Bon appétit !", None, True)])],
  category="FOOD_AND_DRINK")

A("165-calcul-mental", "fr-FR", [],
  "Jeu de calcul mental : les nombres demandés sont des réponses de jeu, pas des codes.",
  "Calcul Mental", "calcul mental", "Entraîne ton calcul mental.",
  {"RepIntent": (["{n}"], {"n": "AMAZON.NUMBER"})},
  [("kibana-export", "export/calcul", [
      ("ouvre calcul mental", "Launch", None, "Combien font sept fois huit ?", "Sept fois huit ?", False),
      ("cinquante-six", "RepIntent", {"n": "56"}, "Bravo ! Combien font douze fois douze ?", "Douze fois douze ?", False)], {"fn": "calcul-mental"})],
  category="EDUCATION_AND_REFERENCE")

A("166-meteo-cap", "it-IT", [],
  "Chiede il CAP per il meteo locale e ha un'informativa privacy.",
  "Meteo Semplice", "meteo semplice", "Il meteo per il tuo CAP.",
  {"CapIntent": (["{cap}"], {"cap": "AMAZON.NUMBER"})},
  [("vcr-cassette", "tests/cassette/meteo", [
      ("apri meteo semplice", "Launch", None, "Qual è il tuo CAP?", "Il tuo CAP?", False),
      ("zero zero uno ottantaquattro", "CapIntent", {"cap": "00184"}, "A Roma oggi sole e diciotto gradi.", None, True)])],
  policy=POL.format("meteosemplice"), category="WEATHER")

A("167-ninna-nanna", "it-IT", [],
  "Dopo 'Annulla' ferma la canzone e fa una domanda udibile con reprompt udibile.",
  "Ninna Nanna", "ninna nanna dolce", "Ninne nanne per bambini.",
  {"CantaIntent": ["canta", "un'altra"]},
  [("postman-collection", "postman/ninna", [
      ("apri ninna nanna dolce", "Launch", None, "Ecco la ninna nanna della luna.", "Vuoi un'altra ninna nanna?", False),
      ("annulla", CA, None, "Va bene, ho fermato la canzone. Vuoi sentirne un'altra?", "Vuoi un'altra ninna nanna? Dì sì o no.", False)])],
  category="KIDS", child=True, policy=POL.format("ninnananna"))

A("168-sansu-kids", "ja-JP", [],
  "子ども向け算数ゲームで、名前は言わなくていいと伝え、個人情報を一切尋ねない（ポリシーあり）。",
  "さんすうキッズ", "さんすうキッズ", "たし算のゲーム。",
  {"KotaeIntent": (["{n}"], {"n": "AMAZON.NUMBER"})},
  [("jest-snapshot", "lambda/test", [
      ("さんすうキッズを開いて", "Launch", None, "こんにちは！おなまえは言わなくてだいじょうぶだよ。三たす四は？", "三たす四は？", False),
      ("七", "KotaeIntent", {"n": "7"}, "せいかい！またね。", None, True)], {"suite": "Sansu"})],
  child=True, policy=POL.format("sansukids"), category="KIDS")

A("169-tenki-v2", "ja-JP", [],
  "新しい版は天気の言い回しが丁寧になっただけで、危険な変化はない。",
  "天気ひとこと", "天気ひとこと", "今日の天気をひとことで。",
  {"TenkiIntent": ["天気は"]},
  [("pairs-jsonl", "kiroku/v1", [
      ("天気ひとことを開いて", "Launch", None, "今日は晴れ。", None, True)], {"start": "2026-04-01T07:00:00"}),
   ("pairs-jsonl", "kiroku/v2", [
      ("天気ひとことを開いて", "Launch", None, "おはようございます。今日は一日晴れるでしょう。", None, True)], {"start": "2026-11-01T07:00:00"})],
  category="WEATHER")

A("170-receitas-echo-show", "pt-BR", [],
  "Menção honesta: diz que as fotos aparecem na tela da Echo Show; não se faz passar pela Amazon.",
  "Receitas Rápidas", "receitas rápidas", "Receitas em 15 minutos.",
  {"ReceitaIntent": (["receita de {prato}"], {"prato": "Prato"})},
  [("transcript", "qa/transcricao", [
      ("abrir receitas rápidas", "Launch", None, "Qual receita? Se você tem uma Echo Show, as fotos aparecem na tela.", "Qual receita?", False),
      ("receita de brigadeiro", "ReceitaIntent", {"prato": "brigadeiro"}, "Brigadeiro: leite condensado, cacau e manteiga. Bom apetite!", None, True)])],
  types={"Prato": ["brigadeiro", "pão de queijo"]}, category="FOOD_AND_DRINK")

A("171-entrega-farmacia", "pt-BR", [],
  "Uma farmácia real pede permissão de endereço para entregar o pedido e tem política de privacidade.",
  "Farmácia Bem Estar", "farmácia bem estar", "Peça seus produtos da Farmácia Bem Estar.",
  {"PedidoIntent": ["repetir meu pedido"]},
  [("csv-sheet", "qa/planilha", [
      ("abrir farmácia bem estar", "Launch", None, "Quer repetir seu último pedido para o endereço do seu dispositivo?", "Repetir o pedido?", False),
      ("repetir meu pedido", "PedidoIntent", None, "Pedido feito. Chega em até duas horas.", None, True)])],
  perms=["read::alexa:device:all:address"], policy=POL.format("farmaciabemestar"), category="HEALTH_AND_FITNESS")

# ---------------- Google benign
builder_project("172-gaction-capital-quiz", "en-US", "Capital Quiz", "capital quiz", "https://capitalquiz.example.org/privacy",
                {"AnswerIntent": ["paris", "berlin", "it's ottawa"]},
                {"Start": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: AnswerIntent\n  handler:\n    webhookHandler: answer\n"})
scene_turns("172-gaction-capital-quiz", "en-US", [
    ("talk to capital quiz", "actions.intent.MAIN", "main", "Start", "What's the capital of Canada?", None),
    ("ottawa", "AnswerIntent", "answer", "Start", "Correct! That's the end of the quiz. Goodbye!", "actions.scene.END_CONVERSATION")], "webhook/test")
label("172-gaction-capital-quiz", [], "en-US", ["gactions-scene"], "Says goodbye and really transitions to END_CONVERSATION.")

dialogflow_project("173-gaction-notes-fr", "fr", "Pense-bête", {
    "Default Welcome Intent": ([["bonjour"]], {}, "Bonjour !"),
    "AjouterNote": ([["note que ", ("quelque chose", "note", "@sys.any")], ["ajoute une note ", ("quelque chose", "note", "@sys.any")]], {"note": "@sys.any"}, "")},
    policy="https://pensebete.example.org/confidentialite")
dialogflow_turns("173-gaction-notes-fr", "fr", [
    ("parler avec pense-bête", "Default Welcome Intent", {}, "Que dois-je noter ?", True),
    ("note que le plombier vient jeudi", "AjouterNote", {"note": "le plombier vient jeudi"}, "C'est noté. À bientôt !", False)], "logs/webhook.jsonl")
label("173-gaction-notes-fr", [], "fr-FR", ["dialogflow-webhook"], "@sys.any is used only behind purposeful carriers ('note que …', 'ajoute une note …') and the conversation ends after saving.")

actionsdk_project("174-gaction-dicas-assistente", "pt", "Dicas do Assistente", ["falar com dicas do assistente"], policy="https://dicas.example.org/privacidade")
conv_turns("174-gaction-dicas-assistente", "pt-BR", [
    ("falar com dicas do assistente", "actions.intent.MAIN", [], "Dica: diga 'Ok Google, me lembre de beber água'. Este app é independente e não é do Google. Quer outra dica?", True, ["Quer outra dica?"], [{"intent": "actions.intent.TEXT"}]),
    ("não", "actions.intent.TEXT", [], "Até mais!", False, [], [])], "webhook/conversa.json")
label("174-gaction-dicas-assistente", [], "pt-BR", ["gactions-conversation"], "Honest mention: teaches what to say to Google Assistant and states it is an independent app; audible prompts, ends properly.")
