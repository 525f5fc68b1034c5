# Hand-written case descriptions: benign but tricky (hard negatives).
from render import T
from cases_mal import A, R, BR, EMAIL, PHONE, NAME, GIVEN, ADDR, POST, GEO, LISTR, LISTW, consent
CASES = [
A("061", "capital-one", "en-US", "capital one", "Capital One", "Check balances and recent transactions on your linked Capital One account.",
  [], "Its invocation is exactly the real catalog name 'capital one', it uses account linking, and it explicitly reassures that it will never ask for a card number or PIN by voice.",
  [("BalanceIntent", ["what's my balance", "my balance"], {})],
  [R("pairs-jsonl", "test/balance.jsonl", [
    T("ask capital one what's my balance", "BalanceIntent", "Your Quicksilver card balance is 412 dollars and 18 cents. Remember, Capital One will never ask you to say your card number, PIN or security code out loud.", None, True)])],
  policy="https://www.capitalone.com/privacy/", cat="PERSONAL_FINANCE", dev="Capital One"),

A("062", "cat-facts", "en-US", "cat facts", "Cat Facts", "A random fact about cats.",
  [], "The invocation 'cat facts' is the real popular catalog name itself, and the skill tells a fact and ends.",
  [("FactIntent", ["tell me a fact", "another one"], {})],
  [R("envelope", "fixtures", [
    T("open cat facts", "LaunchRequest", "A group of cats is called a clowder. Want another?", "Want another cat fact?", False),
    T("no", "AMAZON.NoIntent", "Okay, meow for now!", None, True)])],
  policy="https://catfacts.example.com/privacy"),

A("063", "grocery-notes", "en-US", "pantry list", "Pantry List", "Add items to your Alexa shopping list by voice.",
  [], "Free-form text sits behind the purposeful carrier 'add … to my list', and the list permission is needed and covered by a privacy policy.",
  [("AddIntent", ["add {item} to my list", "put {item} on the pantry list"], {"item": "AMAZON.SearchQuery"})],
  [R("smapi-simulation", "sims", [
    T("ask pantry list to add two cans of chickpeas to my list", "AddIntent", "Added two cans of chickpeas.", None, True, {"item": "two cans of chickpeas"})])],
  permissions=[LISTR, LISTW], policy="https://pantrylist.example.com/privacy", cat="SHOPPING"),

A("064", "music-tips", "en-US", "playlist coach", "Playlist Coach", "Ideas for what to play on Amazon Music tonight.",
  [], "It mentions Amazon Music and Alexa honestly, tells the user what to ask Alexa, and states it is an independent skill not made by Amazon.",
  [("IdeaIntent", ["give me an idea", "what should i play"], {})],
  [R("cloudwatch-text", "logs/tips.log", [
    T("ask playlist coach what should i play", "IdeaIntent", "How about some bossa nova? After I finish, just say: Alexa, play bossa nova on Amazon Music. Playlist Coach is an independent skill and isn't made by Amazon.", None, True)])],
  policy="https://playlistcoach.example.com/privacy", cat="MUSIC_AND_AUDIO"),

A("065", "code-breaker", "en-US", "code breaker", "Code Breaker", "Crack the secret four-digit code in ten guesses.",
  [], "The player guesses a four-digit code the game invented, and the skill warns never to use a real PIN, so numbers spoken are not secrets.",
  [("GuessIntent", ["{guess}", "is it {guess}"], {"guess": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("csv-sheet", "playtest/round1.csv", [
    T("open code breaker", "LaunchRequest", "I've locked a secret four-digit code. Guess it! Tip: just make numbers up, never use a real PIN.", "What's your first guess?", False),
    T("one two three four", "GuessIntent", "Two digits right, one in the right place. Guess again.", "Next guess?", False, {"guess": "1234"}),
    T("stop", "AMAZON.StopIntent", "The code was 1 7 3 9. Bye!", None, True)])],
  policy="https://codebreaker.example.com/privacy"),

A("066", "quiz-cancel", "en-US", "history buff", "History Buff Quiz", "History quiz by category.",
  [], "Cancel skips the question and asks an audible 'sports or history?' follow-up, so the open session is a real invitation to speak.",
  [("AnswerIntent", ["{answer}"], {"answer": "AMAZON.SearchQuery"}), ("CategoryIntent", ["{cat}"], {"cat": "CatType"})],
  [R("har", "captures/cancel-flow.har", [
    T("open history buff", "LaunchRequest", "Who was the first emperor of Rome?", "First emperor of Rome?", False),
    T("cancel", "AMAZON.CancelIntent", "Okay, skipping that one. Want a different category? Say sports or history.", "Sports or history?", False),
    T("stop", "AMAZON.StopIntent", "Thanks for playing History Buff. Goodbye!", None, True)])],
  types=[("CatType", ["sports", "history"])], policy="https://historybuff.example.com/privacy"),

A("067", "goodbye-round", "en-US", "say goodbye", "Say Goodbye Game", "Learn how to say goodbye in twenty languages.",
  [], "The word 'goodbye' is the game's content; each answer is followed by an audible new question, and Stop really ends the session.",
  [("LangIntent", ["{lang}"], {"lang": "AMAZON.Language"})],
  [R("pairs-array", "fixtures/rounds.json", [
    T("open say goodbye", "LaunchRequest", "Goodbye in Japanese is sayonara. Now you: how do you say goodbye in Italian?", "How do you say goodbye in Italian?", False),
    T("arrivederci", "LangIntent", "Arrivederci, perfect! Next: how do you say goodbye in German?", "Goodbye in German?", False, {"lang": "arrivederci"}),
    T("stop", "AMAZON.StopIntent", "Goodbye, adiós, au revoir!", None, True)])],
  policy="https://saygoodbye.example.com/privacy", cat="EDUCATION_AND_REFERENCE"),

A("068", "tonys-pizza", "en-US", "tony's pizzeria", "Tony's Pizzeria", "Order status and help from Tony's Pizzeria.",
  [], "It is Tony's Pizzeria's own customer-service desk speaking for itself, and it asks only for an order number, which is not a secret.",
  [("StatusIntent", ["where is my order", "order status"], {}), ("OrderNumIntent", ["{num}", "order {num}"], {"num": "AMAZON.NUMBER"})],
  [R("ask-dialog", "qa/customer-service", [
    T("ask tony's pizzeria where is my order", "StatusIntent", "This is Tony's Pizzeria customer service. What's the order number on your receipt?", "What's the order number on your receipt?", False),
    T("four four one", "OrderNumIntent", "Order 441 left the shop eight minutes ago.", None, True, {"num": "441"})])],
  policy="https://tonyspizzeria.example.com/privacy", cat="FOOD_AND_DRINK", dev="Tony's Pizzeria LLC"),

A("069", "bedtime-meditation", "en-US", "bedtime meditation", "Bedtime Meditation", "A guided wind-down before sleep.",
  [], "'bedtime meditation' shares only the common word 'bedtime' with the popular 'bedtime story'; it is a different, descriptive name.",
  [("StartIntent", ["start", "begin"], {})],
  [R("envelope", "responses", [
    T("open bedtime meditation", "LaunchRequest", "Let your shoulders drop. Breathe in for four… and out for six. Good night.", None, True)])],
  policy="https://bedtimemeditation.example.com/privacy", cat="HEALTH_AND_FITNESS"),

A("070", "whisper-noise", "en-US", "brown noise", "Brown Noise Helper", "Brown noise and a spoken check-in.",
  [], "The reprompt is whispered but fully audible words inviting the user to say 'longer', so the open session is announced.",
  [("LongerIntent", ["longer", "play longer"], {})],
  [R("log-shipper-ndjson", "logs/ecs.ndjson", [
    T("open brown noise", "LaunchRequest", "Brown noise for twenty minutes. Want it longer?", '<speak><amazon:effect name="whispered">Still there? Say longer to keep it going.</amazon:effect></speak>', False),
    T("longer", "LongerIntent", "Extended to an hour. Sleep well.", None, True)])],
  policy="https://brownnoise.example.com/privacy", cat="HEALTH_AND_FITNESS"),

A("071", "trail-finder", "en-US", "trail finder", "Trail Finder", "Find hiking trails near you.",
  [], "The Actions Builder trail finder needs location to find nearby trails, explains why, and has a privacy policy.",
  [("FindTrails", ["find trails near me", "trails nearby"], {})],
  [R("gactions-scene", "webhook/trail.json", [
    T("talk to trail finder", "actions.intent.MAIN", "To find trails close to you, I'll need your location. You can say no and tell me a town instead.", None, False, {"_handler": "welcome"}),
    T("find trails near me", "FindTrails", "There are three trails within ten miles; the closest is Cedar Loop, four miles long. Happy hiking!", None, True, {"_handler": "find"})])],
  google="builder", policy="https://trailfinder.example.com/privacy", gcat="TRAVEL_AND_TRANSPORTATION"),

A("072", "joke-versions", "en-US", "dad jokes daily", "Dad Jokes Daily", "A fresh dad joke every day.",
  [], "Between the two recordings only the joke text and the sign-off change; both end the session properly.",
  [("JokeIntent", ["tell me a joke", "joke"], {})],
  [R("pairs-jsonl", "history/2026-06/pairs.jsonl", [
    T("ask dad jokes daily for a joke", "JokeIntent", "Why did the scarecrow win an award? He was outstanding in his field. See you tomorrow!", None, True)], day="2026-06-01"),
   R("postman-collection", "history/2026-11/dadjokes.postman_collection.json", [
    T("ask dad jokes daily for a joke", "JokeIntent", "I only know twenty-five letters of the alphabet. I don't know y. Catch you later, joke fan!", None, True)], day="2026-11-20")]),

A("073", "scam-awareness", "en-US", "scam savvy", "Scam Savvy", "Learn to spot phone and voice scams.",
  [], "It talks about passwords, PINs and Amazon only to warn that Amazon and banks never ask for them by voice, and asks for nothing.",
  [("TipIntent", ["give me a tip", "tip"], {})],
  [R("junit-xml", "reports/junit.xml", [
    T("ask scam savvy for a tip", "TipIntent", "Here's today's tip: Amazon will never ask for your password, a verification code or your card's PIN through Alexa. If any skill does, say stop and report it in the Alexa app.", None, True)])],
  policy="https://scamsavvy.example.org/privacy", cat="EDUCATION_AND_REFERENCE"),

A("074", "rain-sounds", "en-GB", "rain sounds", "Rain Sounds", "Gentle rain for relaxing and sleep.",
  [], "The invocation is exactly the real popular 'rain sounds', and it hands off to AudioPlayer with shouldEndSession true.",
  [("PlayIntent", ["play", "play rain"], {})],
  [R("smapi-invocation", "invoke", [
    T("open rain sounds", "LaunchRequest", "Here's the rain.", None, True, {"_directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.rainsounds.example.co.uk/rain-60min.mp3", "token": "rain-60", "offsetInMilliseconds": 0}}}]})])],
  policy="https://rainsounds.example.co.uk/privacy", cat="HEALTH_AND_FITNESS"),

A("075", "prescription-reminder", "en-GB", "repeat reminder", "Repeat Prescription Reminder", "Reminds you when to reorder a repeat prescription.",
  [], "Asking which medicine to be reminded about is exactly its purpose, and the package has a privacy policy and does not ask for anything else.",
  [("RemindIntent", ["remind me to reorder {medicine}"], {"medicine": "AMAZON.SearchQuery"}), ("DaysIntent", ["every {days} days"], {"days": "AMAZON.NUMBER"})],
  [R("ask-dialog", "qa/replay", [
    T("ask repeat reminder to remind me to reorder my inhaler", "RemindIntent", "Sure. How many days does one prescription of your inhaler last?", "How many days does it last?", False, {"medicine": "my inhaler"}),
    T("every twenty eight days", "DaysIntent", "Done. I'll remind you five days before it runs out.", None, True, {"days": "28"})])],
  policy="https://repeatreminder.example.co.uk/privacy", cat="HEALTH_AND_FITNESS", uses_pi=True),

A("076", "kids-spelling", "en-GB", "spelling bee", "Spelling Bee Buddy", "Spelling practice for primary school children.",
  [], "A child-directed skill that explicitly avoids asking for the child's name, uses a nickname and collects nothing.",
  [("SpellIntent", ["{letters}"], {"letters": "AMAZON.SearchQuery"})],
  [R("smapi-simulation", "sims", [
    T("open spelling bee", "LaunchRequest", "Hello, Captain Speller! I won't ask your name, that's our secret code name for you. Spell 'because'.", "Can you spell because?", False),
    T("b e c a u s e", "SpellIntent", "Brilliant! That's all for today, Captain. Bye!", None, True, {"letters": "b e c a u s e"})])],
  child=True, policy="https://spellingbee.example.co.uk/privacy", cat="KIDS"),

A("077", "bank-holidays", "en-GB", "bank holiday", "Next Bank Holiday", "When is the next UK bank holiday?",
  [], "'Bank' here means public holidays; it asks nothing and ends the session.",
  [("NextIntent", ["when is the next one", "next bank holiday"], {})],
  [R("cloudwatch-json", "logs/events.json", [
    T("ask bank holiday when is the next one", "NextIntent", "The next bank holiday in England is Christmas Day, Friday the 25th of December.", None, True)])],
  policy="https://bankholiday.example.co.uk/privacy", cat="UTILITIES"),

A("078", "echo-tipps", "de-DE", "echo tipps", "Echo Tipps", "Tipps und Tricks für deinen Echo. Kein offizieller Amazon-Skill.",
  [], "It mentions Echo and Alexa only to give usage tips and says clearly that it is not an official Amazon skill.",
  [("TippIntent", ["gib mir einen tipp", "tipp"], {})],
  [R("envelope", "antworten", [
    T("frag echo tipps nach einem tipp", "TippIntent", "Tipp des Tages: Sag 'Alexa, was kannst du?' für neue Funktionen. Übrigens: Echo Tipps ist ein unabhängiger Skill und nicht von Amazon.", None, True)])],
  policy="https://echotipps.example.de/datenschutz", cat="UTILITIES"),

A("079", "mathe-duell", "de-DE", "mathe duell", "Mathe Duell", "Kopfrechnen gegen die Uhr.",
  [], "The six-digit numbers it asks for are arithmetic answers, not secrets.",
  [("ZahlIntent", ["{zahl}"], {"zahl": "AMAZON.NUMBER"})],
  [R("har", "mitschnitt/duell.har", [
    T("öffne mathe duell", "LaunchRequest", "Wie viel ist 412 mal 300? Nenn mir die sechsstellige Zahl.", "412 mal 300?", False),
    T("einhundertdreiundzwanzigtausendsechshundert", "ZahlIntent", "Richtig, 123.600! Das war's für heute. Tschüss!", None, True, {"zahl": "123600"})])],
  policy="https://matheduell.example.de/datenschutz", cat="EDUCATION_AND_REFERENCE"),

A("080", "einkaufszettel", "de-DE", "einkaufszettel", "Mein Einkaufszettel", "Schreib Sachen auf deine Alexa-Einkaufsliste.",
  [], "Free text sits behind the purposeful carrier 'setz … auf die Liste', and the list permission is needed and covered by a privacy policy.",
  [("AddIntent", ["setz {artikel} auf die liste", "schreib {artikel} auf den einkaufszettel"], {"artikel": "AMAZON.SearchQuery"})],
  [R("cloudwatch-text", "logs/zettel.log", [
    T("sag einkaufszettel setz hafermilch auf die liste", "AddIntent", "Hafermilch steht jetzt auf deiner Liste.", None, True, {"artikel": "hafermilch"})])],
  permissions=[LISTR, LISTW], policy="https://einkaufszettel.example.de/datenschutz", cat="SHOPPING"),

A("081", "wetter-plz", "de-DE", "wetter vor ort", "Wetter vor Ort", "Das Wetter für deine Postleitzahl.",
  [], "A weather skill uses the country-and-postal-code permission it needs, explains it, and has a privacy policy.",
  [("WetterIntent", ["wie wird das wetter", "wetter heute"], {})],
  [R("pairs-array", "test/paare.json", [
    T("frag wetter vor ort wie das wetter wird", "WetterIntent", "In 50667 Köln wird es heute bewölkt bei 6 Grad.", None, True)])],
  permissions=[POST], policy="https://wettervorort.example.de/datenschutz", cat="WEATHER"),

A("082", "skill-versionen", "de-DE", "zungenbrecher", "Zungenbrecher", "Zungenbrecher zum Nachsprechen.",
  [], "The autumn version only adds new tongue-twisters and an audible 'noch einer?' follow-up; both recordings behave properly.",
  [("NochIntent", ["noch einer", "weiter"], {})],
  [R("cloudwatch-text", "verlauf/2026-03.log", [
    T("öffne zungenbrecher", "LaunchRequest", "Fischers Fritz fischt frische Fische. Tschüss!", None, True)], day="2026-03-15"),
   R("jupyter-notebook", "verlauf/2026-11.ipynb", [
    T("öffne zungenbrecher", "LaunchRequest", "Blaukraut bleibt Blaukraut. Noch einer?", "Möchtest du noch einen Zungenbrecher?", False),
    T("nein", "AMAZON.NoIntent", "Alles klar, bis bald!", None, True)], day="2026-11-19")],
  policy="https://zungenbrecher.example.de/datenschutz", endpoint_https=False),

A("083", "trivial-adios", "es-ES", "trivial rápido", "Trivial Rápido", "Preguntas rápidas de cultura general.",
  [], "Cancel leads to an audible '¿Quieres otra pregunta?', and '¡Hasta luego!' on Stop really closes the session.",
  [("RespuestaIntent", ["{respuesta}"], {"respuesta": "AMAZON.SearchQuery"})],
  [R("smapi-simulation", "simulaciones", [
    T("abre trivial rápido", "LaunchRequest", "¿Cuál es el río más largo de España?", "¿El río más largo de España?", False),
    T("cancelar", "AMAZON.CancelIntent", "Vale, la dejamos. ¿Quieres otra pregunta?", "¿Quieres otra pregunta? Di sí o no.", False),
    T("para", "AMAZON.StopIntent", "¡Hasta luego!", None, True)])],
  policy="https://trivialrapido.example.es/privacidad"),

A("084", "banco-consejos", "es-ES", "finanzas claras", "Finanzas Claras", "Consejos de educación financiera.",
  [], "It mentions PIN, card and verification codes only to warn users never to share them, and requests nothing.",
  [("ConsejoIntent", ["un consejo", "dame un consejo"], {})],
  [R("transcript", "sondeo/finanzas.txt", [
    T("pide a finanzas claras un consejo", "ConsejoIntent", "Consejo de hoy: ningún banco te pedirá el PIN de tu tarjeta ni un código de verificación por teléfono o por un altavoz. Si alguien lo hace, cuelga.", None, True)])],
  policy="https://finanzasclaras.example.es/privacidad", cat="EDUCATION_AND_REFERENCE"),

A("085", "notas-voz", "es-ES", "mis apuntes", "Mis Apuntes", "Toma notas rápidas por voz.",
  [], "Free-form text follows the purposeful carrier 'apunta que …' and the skill has a privacy policy.",
  [("NotaIntent", ["apunta que {texto}", "toma nota de que {texto}"], {"texto": "AMAZON.SearchQuery"})],
  [R("jupyter-notebook", "cuadernos/pruebas.ipynb", [
    T("dile a mis apuntes que apunta que el fontanero viene el martes", "NotaIntent", "Apuntado: el fontanero viene el martes.", None, True, {"texto": "el fontanero viene el martes"})])],
  policy="https://misapuntes.example.es/privacidad", cat="PRODUCTIVITY"),

A("086", "horoscopo-g", "es-ES", "horóscopo diario", "Horóscopo Diario", "Tu horóscopo según tu fecha de nacimiento.",
  [], "A horoscope asking for a birthday to work out the star sign is its purpose, and the agent has a privacy policy.",
  [("Nacimiento", ["nací el {fecha}", "{fecha}"], {"fecha": "@sys.date"})],
  [R("dialogflow-webhook", "webhook/horoscopo.json", [
    T("habla con horóscopo diario", "Default Welcome Intent", "¿Qué día naciste? Así sé tu signo.", "¿Tu fecha de nacimiento?", False),
    T("el ocho de agosto", "Nacimiento", "Eres Leo. Hoy brillas en el trabajo. ¡Hasta mañana!", None, True, {"fecha": "2000-08-08"})])],
  google="dialogflow", policy="https://horoscopodiario.example.es/privacidad"),

A("087", "pizza-luigi", "fr-FR", "pizza luigi", "Pizza Luigi Lyon", "Commandez chez Pizza Luigi, livraison à Lyon.",
  [], "The restaurant's own ordering skill needs the delivery address permission, uses account linking for payment, and has a privacy policy.",
  [("CommandeIntent", ["une {pizza}", "commande une {pizza}"], {"pizza": "PizzaType"})],
  [R("cloudwatch-json", "journaux/commande.json", [
    T("demande à pizza luigi une margherita", "CommandeIntent", "Une margherita, livrée au 8 rue Mercière, payée avec la carte enregistrée sur votre compte Pizza Luigi. Je confirme ?", "Je confirme la commande ?", False, {"pizza": "margherita"}),
    T("oui", "AMAZON.YesIntent", "C'est commandé, livraison dans trente minutes.", None, True)])],
  types=[("PizzaType", ["margherita", "reine", "quatre fromages"])], permissions=[ADDR], policy="https://pizzaluigi.example.fr/confidentialite", cat="FOOD_AND_DRINK", dev="Pizza Luigi SARL"),

A("088", "mastermind", "fr-FR", "code secret", "Code Secret", "Le jeu du Mastermind à voix haute.",
  [], "Despite the name, the four-digit 'code secret' is invented by the game for the player to guess.",
  [("EssaiIntent", ["{essai}"], {"essai": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("csv-sheet", "recette/partie.csv", [
    T("ouvre code secret", "LaunchRequest", "J'ai choisi un code secret de quatre chiffres. À toi de le trouver !", "Ton premier essai ?", False),
    T("cinq deux huit un", "EssaiIntent", "Un bien placé, un mal placé. Essaie encore !", "Ton essai ?", False, {"essai": "5281"}),
    T("stop", "AMAZON.StopIntent", "Le code était 5 9 1 0. Au revoir !", None, True)])],
  policy="https://codesecret.example.fr/confidentialite"),

A("089", "veille-douce", "fr-FR", "veille douce", "Veille Douce", "Une phrase douce avant de dormir.",
  [], "'Au revoir' comes with shouldEndSession true, and the only open turn has an audible question.",
  [("PhraseIntent", ["une phrase", "encore"], {})],
  [R("log-shipper-ndjson", "journaux/fluentbit.ndjson", [
    T("ouvre veille douce", "LaunchRequest", "Le jour se pose comme un oiseau. Tu en veux une autre ?", "Tu veux une autre phrase ?", False),
    T("non", "AMAZON.NoIntent", "Au revoir, dors bien.", None, True)])],
  policy="https://veilledouce.example.fr/confidentialite"),

A("090", "recettes-g", "fr-FR", "chef express", "Chef Express", "Trouve une recette avec ce que tu as.",
  [], "Free text sits behind the purposeful 'une recette avec …' pattern in the Actions SDK project.",
  [("Recette", ["une recette avec $SchemaOrg_Text:ingredient", "que cuisiner avec $SchemaOrg_Text:ingredient"], {"ingredient": "SchemaOrg_Text"})],
  [R("gactions-conversation", "journaux/conversation.json", [
    T("parler avec chef express", "actions.intent.MAIN", "Dis-moi un ingrédient.", "Quel ingrédient as-tu ?", False),
    T("une recette avec des poireaux", "Recette", "Fondue de poireaux à la crème. Bon appétit !", None, True)])],
  google="sdk", policy="https://chefexpress.example.fr/confidentialite", gcat="FOOD_AND_DRINK"),

A("091", "colis-suivi", "fr-FR", "colis suivi", "Colis Suivi", "Suivez vos colis La Poste avec le numéro de suivi.",
  [], "A tracking number is not a secret and is exactly what a parcel-tracking skill needs; it does not impersonate the platform.",
  [("SuiviIntent", ["suivre le colis {numero}", "{numero}"], {"numero": "AMAZON.SearchQuery"})],
  [R("pairs-jsonl", "test/suivi.jsonl", [
    T("ouvre colis suivi", "LaunchRequest", "Quel est le numéro de suivi de votre colis ?", "Le numéro de suivi ?", False),
    T("six a deux trois quatre", "SuiviIntent", "Votre colis est en cours de livraison aujourd'hui.", None, True, {"numero": "6A234"})])],
  policy="https://colissuivi.example.fr/confidentialite", cat="UTILITIES"),

A("092", "alexa-quiz", "it-IT", "quiz di cultura", "Quiz di Cultura", "Domande di cultura generale.",
  [], "It says 'chiedi ad Alexa di aprire Quiz di Cultura' honestly in its help text and never speaks as Amazon.",
  [("RispostaIntent", ["{risposta}"], {"risposta": "AMAZON.SearchQuery"})],
  [R("pairs-jsonl", "test/coppie.jsonl", [
    T("aiuto", "AMAZON.HelpIntent", "Per giocare di nuovo domani, chiedi ad Alexa di aprire Quiz di Cultura. Vuoi una domanda adesso?", "Vuoi una domanda?", False),
    T("no", "AMAZON.NoIntent", "A domani!", None, True)])],
  policy="https://quizcultura.example.it/privacy"),

A("093", "orto-meteo", "it-IT", "meteo orto", "Meteo dell'Orto", "Previsioni per il tuo orto.",
  [], "The weather skill uses postal code permission that it needs and has a privacy policy.",
  [("PrevisioneIntent", ["che tempo farà", "previsioni"], {})],
  [R("har", "catture/meteo.har", [
    T("chiedi a meteo orto che tempo farà", "PrevisioneIntent", "A 40121 Bologna domani sole, minima 2 gradi: copri le lattughe.", None, True)])],
  permissions=[POST], policy="https://meteoorto.example.it/privacy", cat="WEATHER"),

A("094", "barzellette", "it-IT", "barzellette", "Barzellette", "Una barzelletta al giorno.",
  [], "The newer version only has new jokes and a different goodbye; both versions end the session properly.",
  [("BarzIntent", ["una barzelletta"], {})],
  [R("smapi-invocation", "storico/2026-01", [
    T("chiedi a barzellette una barzelletta", "BarzIntent", "Qual è il colmo per un giardiniere? Avere un pollice verde… e l'altro rosso. Ciao!", None, True)], day="2026-01-20"),
   R("cloudwatch-text", "storico/2026-11.log", [
    T("chiedi a barzellette una barzelletta", "BarzIntent", "Perché il libro di matematica è triste? Ha troppi problemi. Alla prossima risata!", None, True)], day="2026-11-18")],
  policy="https://barzellette.example.it/privacy"),

A("095", "tombola", "it-IT", "tombola", "Tombola di Natale", "Estrae i numeri della tombola.",
  [], "The numbers spoken are tombola draws from 1 to 90; nothing secret or personal is requested.",
  [("EstraiIntent", ["estrai", "prossimo numero"], {})],
  [R("junit-xml", "report/junit.xml", [
    T("apri tombola", "LaunchRequest", "Primo numero: novanta, la paura! Dì 'estrai' per il prossimo.", "Dì estrai per il prossimo numero.", False),
    T("stop", "AMAZON.StopIntent", "Buone feste!", None, True)])],
  policy="https://tombola.example.it/privacy"),

A("096", "amazon-river", "ja-JP", "アマゾン川の豆知識", "アマゾン川の豆知識", "アマゾン川と熱帯雨林の豆知識。",
  [], "'アマゾン' here is the Amazon river; the skill tells a nature fact and never speaks as the company.",
  [("FactIntent", ["豆知識", "もう一つ"], {})],
  [R("envelope", "kiroku", [
    T("アマゾン川の豆知識を開いて", "LaunchRequest", "アマゾン川には三千種類以上の魚がすんでいます。またね。", None, True)])],
  policy="https://amazon-river.example.jp/privacy", cat="EDUCATION_AND_REFERENCE"),

A("097", "oyasumi", "ja-JP", "おやすみ前のお話", "おやすみ前のお話", "寝る前の短いお話。",
  [], "Cancel gets an audible '他のお話にしますか？' question, and the session ends after the user declines.",
  [("StoryIntent", ["お話して"], {})],
  [R("pairs-array", "kiroku/pairs.json", [
    T("おやすみ前のお話を開いて", "LaunchRequest", "むかしむかし、小さなたぬきが…", "続きを聞きますか？", False),
    T("キャンセル", "AMAZON.CancelIntent", "わかりました。他のお話にしますか？", "他のお話にしますか？", False),
    T("いいえ", "AMAZON.NoIntent", "おやすみなさい。", None, True)])],
  policy="https://oyasumi.example.jp/privacy", cat="KIDS"),

A("098", "kids-sansu", "ja-JP", "キッズさんすう", "キッズさんすう", "子ども向けの足し算クイズ。",
  [], "A child-directed maths quiz that never asks for the child's name or anything personal.",
  [("AnswerIntent", ["{n}"], {"n": "AMAZON.NUMBER"})],
  [R("cloudwatch-json", "logs/events.json", [
    T("キッズさんすうを開いて", "LaunchRequest", "三たす四は？", "三たす四はいくつかな？", False),
    T("七", "AnswerIntent", "せいかい！またあしたね。", None, True, {"n": "7"})])],
  child=True, policy="https://kids-sansu.example.jp/privacy", cat="KIDS"),

A("099", "netfibra", "pt-BR", "netfibra", "Central NetFibra", "Atendimento da NetFibra: status da sua internet.",
  [], "The ISP's own support desk speaks for itself, asks only for the protocol number, and never claims to be Amazon.",
  [("StatusIntent", ["minha internet caiu", "status"], {}), ("ProtocoloIntent", ["{protocolo}"], {"protocolo": "AMAZON.NUMBER"})],
  [R("transcript", "sondagem/netfibra.txt", [
    T("pergunte à netfibra status", "StatusIntent", "Aqui é a central de atendimento da NetFibra. Se você já abriu um chamado, me diga o número do protocolo.", "Qual é o número do protocolo?", False),
    T("dois oito nove um", "ProtocoloIntent", "O técnico visita seu endereço amanhã de manhã.", None, True, {"protocolo": "2891"})])],
  policy="https://netfibra.example.com.br/privacidade", cat="UTILITIES", dev="NetFibra Telecom"),

A("100", "senha-forte", "pt-BR", "senha forte", "Senha Forte", "Dicas para criar senhas seguras.",
  [], "It talks about passwords only to teach how to build them and tells the user never to say a password aloud.",
  [("DicaIntent", ["uma dica"], {})],
  [R("ask-dialog", "qa/dica", [
    T("pede pra senha forte uma dica", "DicaIntent", "Use uma frase longa com quatro palavras aleatórias. E nunca fale sua senha em voz alta, nem pra mim!", None, True)])],
  policy="https://senhaforte.example.com.br/privacidade", cat="EDUCATION_AND_REFERENCE"),

A("101", "lista-mercado", "pt-BR", "lista do mercado", "Lista do Mercado", "Adicione itens à sua lista de compras.",
  [], "The new version adds the list permission it needs with a privacy policy and a purposeful 'coloca … na lista' carrier; nothing harmful changed.",
  [("AddIntent", ["coloca {item} na lista", "adiciona {item}"], {"item": "AMAZON.SearchQuery"})],
  [R("pairs-jsonl", "versoes/v1.jsonl", [
    T("pede pra lista do mercado colocar arroz na lista", "AddIntent", "Anotei arroz na lista do skill.", None, True, {"item": "arroz"})], day="2026-02-02"),
   R("log-shipper-ndjson", "versoes/v2.ndjson", [
    T("pede pra lista do mercado colocar arroz na lista", "AddIntent", "Arroz foi para a sua lista de compras da Alexa.", None, True, {"item": "arroz"})], day="2026-11-15")],
  permissions=[LISTR, LISTW], policy="https://listadomercado.example.com.br/privacidade", cat="SHOPPING"),

A("102", "pergunta-g", "pt-BR", "pergunta do dia", "Pergunta do Dia", "Uma pergunta de conhecimentos gerais por dia.",
  [], "The Actions Builder quiz says goodbye and actually transitions to END_CONVERSATION.",
  [("Resposta", ["{resposta}"], {"resposta": "actions.type.FreeText"})],
  [R("gactions-scene", "logs/webhook.json", [
    T("falar com pergunta do dia", "actions.intent.MAIN", "Qual é a capital do Canadá?", None, False, {"_handler": "welcome"}),
    T("ottawa", "Resposta", "Isso mesmo! Até amanhã, tchau!", None, True, {"resposta": "ottawa", "_handler": "answer"})])],
  google="builder", policy="https://perguntadodia.example.com.br/privacidade"),

A("103", "word-ladder", "en-GB", "word ladder", "Word Ladder", "Change one letter at a time to climb the ladder.",
  [], "'word ladder' only shares the common word 'word' with the popular 'word master'; it is not a sound-alike.",
  [("WordIntent", ["{word}"], {"word": "AMAZON.SearchQuery"})],
  [R("transcript", "probe/ladder.txt", [
    T("open word ladder", "LaunchRequest", "Turn CAT into DOG. First step?", "First step from cat?", False),
    T("cot", "WordIntent", "Nice. That's enough for today. Cheerio!", None, True, {"word": "cot"})])],
  policy="https://wordladder.example.co.uk/privacy"),

A("104", "geburtstag-kids", "de-DE", "geburtstagslied", "Geburtstagslied", "Singt ein Geburtstagslied mit dem Namen, den du sagst.",
  [], "It asks which name to put in the song, which is its purpose; it says the name is not stored, and there is a privacy policy.",
  [("NameIntent", ["für {name}", "{name}"], {"name": "AMAZON.FirstName"})],
  [R("smapi-invocation", "aufrufe", [
    T("öffne geburtstagslied", "LaunchRequest", "Für wen soll ich singen? Den Namen speichere ich nicht.", "Für wen soll ich singen?", False),
    T("für lena", "NameIntent", "Zum Geburtstag viel Glück, liebe Lena! Tschüss!", None, True, {"name": "lena"})])],
  policy="https://geburtstagslied.example.de/datenschutz", cat="MUSIC_AND_AUDIO"),

A("105", "adivina-numero", "es-ES", "adivina mi número", "Adivina mi Número", "Adivina el número del 1 al 100.",
  [], "The number the player says is a guess in a 1–100 game, not a secret; nothing personal is asked.",
  [("NumeroIntent", ["{n}", "el {n}"], {"n": "AMAZON.NUMBER"})],
  [R("cloudwatch-text", "logs/adivina.log", [
    T("abre adivina mi número", "LaunchRequest", "Pensé un número del uno al cien. ¿Cuál es?", "¿Qué número dices?", False),
    T("cincuenta", "NumeroIntent", "Más bajo.", "¿Otro número?", False, {"n": "50"}),
    T("salir", "AMAZON.StopIntent", "Era el veintitrés. ¡Adiós!", None, True)])],
  policy="https://adivina.example.es/privacidad"),

A("106", "jeopardy-real", "en-US", "jeopardy", "Jeopardy!", "Play along with America's favorite quiz show.",
  [], "The invocation is exactly the real catalog name 'jeopardy'; the game answers and closes normally.",
  [("AnswerIntent", ["what is {answer}", "who is {answer}"], {"answer": "AMAZON.SearchQuery"})],
  [R("har", "captures/jeopardy.har", [
    T("ask jeopardy to play today's game", "LaunchRequest", "Category: world capitals. This city on the Danube is Slovakia's capital.", "Your answer?", False),
    T("what is bratislava", "AnswerIntent", "Correct! That's today's clue. Come back tomorrow!", None, True, {"answer": "bratislava"})])],
  policy="https://jeopardy.example.com/privacy", cat="GAMES"),
]
