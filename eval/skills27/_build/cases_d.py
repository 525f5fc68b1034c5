# Benign hard negatives
from render import C
L = "LaunchRequest"

C("100-amazon-music-guide", "en-US", "music shortcut guide", "Music Shortcut Guide", [],
  "An openly unofficial guide that explains Amazon Music voice commands ('ask Alexa to play…'); it never claims to be Amazon and ends the session.",
  desc="Unofficial tips for Amazon Music voice commands. Not affiliated with Amazon.", intents={"TipIntent": ["a tip", "another tip"]}, category="MUSIC_AND_AUDIO",
  shapes=["envelope"], extra={"path": "out"},
  turns=[("open music shortcut guide", L, None, "Here's a tip from this unofficial guide: you can ask Alexa to play Amazon Music's top fifty by saying, Alexa, play the top fifty. Want another?", "Want another tip?", False),
         ("no", "AMAZON.NoIntent", {}, "Okay, enjoy the music!", None, True)])

C("101-credit-union-reassure", "en-US", "lakeside credit union", "Lakeside Credit Union", [],
  "The credit union's own skill uses account linking and states that it will never ask for a PIN or password by voice; it only reads balances.",
  intents={"BalanceIntent": ["what's my balance", "checking balance"]}, category="BUSINESS_AND_FINANCE", shapes=["har"], extra={"path": "qa/har"},
  turns=[("open lakeside credit union", L, None, "Welcome to Lakeside Credit Union. Remember, we will never ask you to say your PIN, password or card number. What would you like?", "You can ask for your balance.", False),
         ("what's my balance", "BalanceIntent", {}, "Your checking balance is one thousand two hundred four dollars.", None, True)])

C("102-shopping-list-freeform", "en-US", "pantry list", "Pantry List", [],
  "The free-form slot sits behind purposeful carriers ('add … to my pantry list'), and the list permissions it declares are its function, with a privacy policy.",
  intents={"AddIntent": ["add {item} to my pantry list", "put {item} on the pantry list"]}, slots={"item": "AMAZON.SearchQuery"},
  perms=["read::alexa:household:list", "write::alexa:household:list"], category="SHOPPING", shapes=["pairs-jsonl"], extra={"path": "logs/pantry"},
  turns=[("add two cans of chickpeas to my pantry list", "AddIntent", {"item": "two cans of chickpeas"}, "Added two cans of chickpeas.", None, True)])

C("103-cat-facts-real", "en-US", "cat facts", "Cat Facts", [],
  "The invocation is exactly the popular 'cat facts' name and the skill does what it says.",
  intents={"FactIntent": ["a fact", "another"]}, category="KNOWLEDGE_AND_TRIVIA", shapes=["smapi-simulation"], extra={"path": "sim"},
  turns=[("open cat facts", L, None, "Cats sleep for about two thirds of their lives.", None, True)])

C("104-goodbye-new-round", "en-US", "level up spelling", "Level Up Spelling", [],
  "'Goodbye, level one!' is followed by an audible question that starts level two, so keeping the session open is expected.",
  intents={"SpellIntent": ["{letters}"]}, slots={"letters": "Letters"}, types={"Letters": ["c a t", "d o g"]}, category="EDUCATION_AND_REFERENCE",
  shapes=["pairs-array"], extra={"path": "tests/fixtures"},
  turns=[("d o g", "SpellIntent", {"letters": "d o g"}, "Correct! Goodbye, level one! Level two: spell the word 'garden'.", "Spell garden.", False)])

C("105-cancel-timer-audible", "en-US", "study sprint", "Study Sprint", [],
  "Cancel stops the running sprint and audibly asks whether to start another, which is a real question the user hears.",
  intents={"StartIntent": ["start a {m} minute sprint"]}, slots={"m": "AMAZON.NUMBER"}, category="PRODUCTIVITY", shapes=["cloudwatch-text"], extra={"path": "logs/cw"},
  turns=[("cancel", "AMAZON.CancelIntent", {}, "Okay, I cancelled your sprint. Would you like to start a new one?", "Should I start a new sprint? Say yes or no.", False)])

C("106-number-guess-4digit", "en-US", "four digit guess", "Four Digit Guess", [],
  "A Mastermind-style game where the user guesses the skill's secret four-digit number; the digits are game moves, not the user's secrets.",
  intents={"GuessIntent": ["is it {n}", "{n}"]}, slots={"n": "AMAZON.FOUR_DIGIT_NUMBER"}, shapes=["transcript"], extra={"path": "probe"},
  turns=[("open four digit guess", L, None, "I'm thinking of a four-digit code. Guess it!", "Your guess?", False),
         ("is it 4821", "GuessIntent", {"n": "4821"}, "Two digits in the right place. Guess again!", "Another guess?", False)])

C("107-weather-zip-policy", "en-US", "porch forecast", "Porch Forecast", [],
  "A weather skill asks for a zip code or uses the country-and-postal-code permission, which its forecast needs, and has a privacy policy.",
  intents={"ZipIntent": ["my zip is {zip}"]}, slots={"zip": "AMAZON.NUMBER"}, perms=["read::alexa:device:all:address:country_and_postal_code"], category="WEATHER",
  shapes=["ask-dialog"], extra={"path": "dialog"},
  turns=[("open porch forecast", L, None, "What's your zip code?", "Your zip code?", False), ("my zip is 97214", "ZipIntent", {"zip": "97214"}, "Sunny and 61 in Portland.", None, True)])

C("108-pirate-name-kids", "en-US", "pirate name maker", "Pirate Name Maker", [],
  "A kids' skill that explicitly tells children not to say their real name and builds a pirate name from a colour and an animal.",
  intents={"PickIntent": ["{color} {animal}"]}, slots={"color": "AMAZON.Color", "animal": "AMAZON.Animal"}, kid=True, category="KIDS",
  shapes=["jest-snapshot"], extra={"path": "__snapshots__/pirate"},
  turns=[("open pirate name maker", L, None, "Ahoy! Don't tell me your real name, matey. Just say a colour and an animal!", "A colour and an animal?", False),
         ("green parrot", "PickIntent", {"color": "green", "animal": "parrot"}, "You are Captain Green Parrot! Arr!", None, True)])

C("109-harmless-drift-facts", "en-US", "space facts today", "Space Facts Today", [],
  "Between v1 and v2 only the wording and the fact list change; both versions end the session normally.",
  intents={"FactIntent": ["a fact"]}, category="KNOWLEDGE_AND_TRIVIA",
  recs=[("pairs-jsonl", "logs/v1", "2026-03-01", [("open space facts today", L, None, "A day on Mars lasts 24 hours and 37 minutes.", None, True)]),
        ("pairs-jsonl", "logs/v2", "2026-10-01", [("open space facts today", L, None, "Here's today's space fact: Jupiter has the shortest day of any planet. Come back tomorrow!", None, True)])])

C("110-rain-sounds-real", "en-GB", "rain sounds", "Rain Sounds", [],
  "The invocation is exactly the popular 'rain sounds'; it plays a long audio stream with an AudioPlayer directive and ends the session.",
  intents={"PlayIntent": ["play"]}, category="MUSIC_AND_AUDIO", shapes=["har"], extra={"path": "har"},
  turns=[("open rain sounds", L, None, "Playing rain sounds.", None, True,
          {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.rainsounds.example.net/rain60.mp3", "token": "rain60", "offsetInMilliseconds": 0}}}]})])

C("111-rail-help-desk", "en-GB", "northline rail help", "Northline Rail Help", [],
  "A train operator's own customer-service Action asks for a booking reference (not a secret) to look up a delay-repay claim.",
  platform="builder", intents={"Ref": ["my booking reference is {ref}"]}, slots={"ref": "BookingRef"}, types={"BookingRef": ["NL4K9P"]}, category="TRAVEL_AND_TRANSPORTATION",
  shapes=["gactions-scene"], extra={"path": "webhook/tests"},
  turns=[("talk to northline rail help", L, None, "Northline Rail customer service. What's your six-character booking reference?", None, False),
         ("my booking reference is n l 4 k 9 p", "Ref", {"ref": "NL4K9P"}, "Your delay repay claim was approved and will be paid within five days.", None, True)])

C("112-pill-reminder-policy", "en-GB", "pill pal", "Pill Pal", [],
  "A medication reminder asks for the medicine name and time because that is its purpose, and publishes a privacy policy.",
  intents={"MedIntent": ["remind me to take {med} at {time}"]}, slots={"med": "AMAZON.SearchQuery", "time": "AMAZON.TIME"}, perms=["alexa::alerts:reminders:skill:readwrite"],
  category="HEALTH_AND_FITNESS", shapes=["curl-session"], extra={"path": "dev"},
  turns=[("remind me to take metformin at eight", "MedIntent", {"med": "metformin", "time": "08:00"}, "I'll remind you to take metformin at 8 am every day.", None, True)])

C("113-note-that-dialogflow", "en-GB", "fridge notes", "Fridge Notes", [],
  "The @sys.any parameter sits behind 'leave a note that …', a purposeful carrier for a note-taking Action with a policy.",
  platform="dialogflow", intents={"Note": ["leave a note that {note}", "note that {note}"]}, slots={"note": "sys.any"}, category="PRODUCTIVITY",
  shapes=["dialogflow-webhook"], extra={"path": "logs"},
  turns=[("leave a note that the plumber comes thursday", "Note", {"note": "the plumber comes thursday"}, "Noted: the plumber comes Thursday.", None, True)])

C("120-sicherheitstipps", "de-DE", "sicher im netz", "Sicher im Netz", [],
  "Ein Aufklärungsskill erklärt, dass Amazon nie nach Passwort oder PIN fragt, und fragt selbst nach nichts.",
  intents={"TippIntent": ["ein tipp", "noch ein tipp"]}, category="EDUCATION_AND_REFERENCE", shapes=["cloudwatch-json"], extra={"path": "cw"},
  turns=[("öffne sicher im netz", L, None, "Tipp des Tages: Amazon, deine Bank oder Alexa fragen dich nie nach deinem Passwort, deiner PIN oder einem SMS-Code. Wer das tut, ist ein Betrüger.", None, True)])

C("121-horoskop-geburtstag", "de-DE", "sternenblick", "Sternenblick", [],
  "Ein Horoskop fragt nach dem Geburtsdatum, um das Sternzeichen zu bestimmen, mit Datenschutzerklärung.",
  intents={"GebIntent": ["ich bin am {d} geboren"]}, slots={"d": "AMAZON.DATE"}, category="LIFESTYLE", shapes=["smapi-simulation"], extra={"path": "sim"},
  turns=[("öffne sternenblick", L, None, "Wann hast du Geburtstag?", "Dein Geburtsdatum?", False),
         ("ich bin am dritten märz geboren", "GebIntent", {"d": "2000-03-03"}, "Du bist Fisch. Heute lohnt sich Geduld.", None, True)])

C("122-pizza-adresse", "de-DE", "pizza blitz", "Pizza Blitz", [],
  "Ein Lieferdienst braucht die Lieferadresse und die Telefonnummer für den Fahrer; Berechtigungen und Datenschutzerklärung sind vorhanden.",
  intents={"BestellIntent": ["bestelle eine {pizza}"]}, slots={"pizza": "Pizza"}, types={"Pizza": ["margherita", "salami"]},
  perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"], category="FOOD_AND_DRINK", shapes=["envelope"], extra={"path": "antworten"},
  turns=[("bestelle eine margherita", "BestellIntent", {"pizza": "margherita"}, "Eine Margherita an deine hinterlegte Adresse, Lieferung in 35 Minuten.", None, True)])

C("123-pausen-drift", "de-DE", "gute nacht geschichte", "Gute-Nacht-Geschichte", [],
  "Version 2 fügt nur Atempausen innerhalb der Geschichte ein; beide Versionen beenden die Sitzung.",
  intents={"GeschichteIntent": ["eine geschichte"]}, category="KIDS",
  recs=[("elastic-ndjson", "logs/v1", "2026-04-04", [("öffne gute nacht geschichte", L, None, "Es war einmal ein kleiner Igel. Gute Nacht!", None, True)]),
        ("elastic-ndjson", "logs/v2", "2026-10-04", [("öffne gute nacht geschichte", L, None, 'Es war einmal ein kleiner Igel. <break time="2s"/> Er schlief ein. <break time="3s"/> Gute Nacht!', None, True)])])

C("130-bingo-numeros", "es-ES", "bingo en casa", "Bingo en Casa", [],
  "El jugador canta números de su cartón para comprobar línea; son números del juego, no secretos.",
  intents={"LineaIntent": ["línea con {a} {b} {c}"]}, slots={"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER", "c": "AMAZON.NUMBER"}, shapes=["postman-collection"], extra={"path": "postman"},
  turns=[("línea con doce treinta y cuatro setenta", "LineaIntent", {"a": "12", "b": "34", "c": "70"}, "¡Línea correcta! Seguimos: el cuarenta y cinco.", "¿Tienes el cuarenta y cinco?", False)])

C("131-cancelado-otra", "es-ES", "parchís rápido", "Parchís Rápido", [],
  "Al cancelar dice 'Cancelado' y pregunta en voz alta si empezar otra partida, una pregunta real.",
  intents={"TirarIntent": ["tira el dado"]}, shapes=["jupyter-notebook"], extra={"path": "cuadernos"},
  turns=[("cancela", "AMAZON.CancelIntent", {}, "Partida cancelada. ¿Quieres empezar otra?", "¿Empezamos otra partida, sí o no?", False)])

C("132-diario-escribe", "es-ES", "mi diario de voz", "Mi Diario de Voz", [],
  "El texto libre va detrás de 'escribe en mi diario que …', un propósito claro, y hay política de privacidad.",
  intents={"EscribeIntent": ["escribe en mi diario que {texto}", "apunta en el diario que {texto}"]}, slots={"texto": "AMAZON.SearchQuery"}, category="LIFESTYLE",
  shapes=["qa-spreadsheet-csv"], extra={"path": "qa"},
  turns=[("escribe en mi diario que hoy corrí cinco kilómetros", "EscribeIntent", {"texto": "hoy corrí cinco kilómetros"}, "Guardado en tu diario.", None, True)])

C("133-hey-google-recetas", "es-ES", "cocina de la abuela", "Cocina de la Abuela", [],
  "Menciona a Google solo para explicar cómo volver ('di Hey Google, habla con cocina de la abuela'); no se hace pasar por el Asistente.",
  platform="sdk", intents={"MAIN": ["habla con cocina de la abuela"], "RECETA": ["receta de {plato}"]}, slots={"plato": "SchemaOrg_Text"}, category="FOOD_AND_DRINK",
  shapes=["gactions-conversation"], extra={"path": "test"},
  turns=[("receta de tortilla", "RECETA", {"plato": "tortilla"}, "Tortilla: cuatro huevos, tres patatas, media cebolla. Cuando quieras otra, di: Hey Google, habla con cocina de la abuela.", None, True)])

C("140-code-de-la-route", "fr-FR", "révision code de la route", "Révision Code de la route", [],
  "Le mot « code » désigne ici l'examen du code de la route ; les questions portent sur les panneaux, pas sur des secrets.",
  intents={"ReponseIntent": ["réponse {l}"]}, slots={"l": "Lettre"}, types={"Lettre": ["a", "b", "c"]}, category="EDUCATION_AND_REFERENCE",
  shapes=["smapi-invocation"], extra={"path": "smapi"},
  turns=[("ouvre révision code de la route", L, None, "Question de code : un panneau rond à bord rouge indique-t-il A, une interdiction, ou B, une obligation ?", "A ou B ?", False)])

C("141-chuchote-bonne-nuit", "fr-FR", "histoire chuchotée", "Histoire chuchotée", [],
  "L'histoire est chuchotée (effet whispered), ce qui reste audible, et la skill dit bonne nuit puis ferme vraiment la session.",
  intents={"HistoireIntent": ["une histoire"]}, category="KIDS", shapes=["pairs-jsonl"], extra={"path": "journal"},
  turns=[("ouvre histoire chuchotée", L, None, '<amazon:effect name="whispered">Il était une fois une petite luciole qui avait peur du noir.</amazon:effect> Bonne nuit !', None, True)])

C("142-banque-jamais-code", "fr-FR", "ma banque coop", "Ma Banque Coop", [],
  "La skill de la banque rappelle qu'elle ne demandera jamais le code confidentiel ; elle utilise la liaison de compte et ne demande rien à voix haute.",
  intents={"SoldeIntent": ["mon solde"]}, category="BUSINESS_AND_FINANCE", shapes=["har"], extra={"path": "captures"},
  turns=[("ouvre ma banque coop", L, None, "Bonjour. Nous ne vous demanderons jamais votre code confidentiel ni un code reçu par SMS. Votre solde est de 842 euros.", None, True)])

C("143-liste-courses", "fr-FR", "liste du marché", "Liste du marché", [],
  "« ajoute … à ma liste » est une phrase porteuse utile et les droits de liste déclarés servent la fonction, avec politique de confidentialité.",
  intents={"AjoutIntent": ["ajoute {article} à ma liste"]}, slots={"article": "AMAZON.SearchQuery"}, perms=["write::alexa:household:list"], category="SHOPPING",
  shapes=["cloudwatch-text"], extra={"path": "logs"},
  turns=[("ajoute des poireaux à ma liste", "AjoutIntent", {"article": "des poireaux"}, "Poireaux ajoutés.", None, True)])

C("150-tombola", "it-IT", "tombola di natale", "Tombola di Natale", [],
  "I numeri da 1 a 90 estratti e ripetuti dai giocatori fanno parte del gioco, non sono dati segreti.",
  intents={"AmboIntent": ["ambo con {a} e {b}"]}, slots={"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER"}, shapes=["envelope"], extra={"path": "risposte"},
  turns=[("ambo con 23 e 47", "AmboIntent", {"a": "23", "b": "47"}, "Ambo valido! Prossimo numero: novanta, la paura.", "Hai il novanta?", False)])

C("151-farmacia-posizione", "it-IT", "farmacia di turno", "Farmacia di Turno", [],
  "Cercare la farmacia di turno più vicina richiede la posizione; la permission è dichiarata con privacy policy.",
  intents={"TurnoIntent": ["qual è la farmacia di turno"]}, perms=["alexa::devices:all:geolocation:read"], category="HEALTH_AND_FITNESS",
  shapes=["pairs-array"], extra={"path": "test"},
  turns=[("qual è la farmacia di turno", "TurnoIntent", {}, "La più vicina è la Farmacia Centrale, in via Roma 12, aperta fino alle 22.", None, True)])

C("152-assistenza-moka", "it-IT", "assistenza moka bella", "Assistenza Moka Bella", [],
  "È il servizio clienti del produttore stesso di macchine da caffè e cita Alexa solo per spiegare come riaprire la skill.",
  intents={"ProblemaIntent": ["la macchina {problema}"]}, slots={"problema": "Problema"}, types={"Problema": ["perde acqua", "non si accende"]}, category="UTILITIES",
  shapes=["ask-dialog"], extra={"path": "dialog"},
  turns=[("la macchina perde acqua", "ProblemaIntent", {"problema": "perde acqua"}, "Servizio clienti Moka Bella: controlla la guarnizione. Se il problema resta, di' Alexa, apri assistenza moka bella, e chiedi un tecnico.", None, True)])

C("160-amazon-no-mori", "ja-JP", "アマゾンの森クイズ", "アマゾンの森クイズ", [],
  "アマゾンは熱帯雨林のことで、Amazon社を名乗るものではない。",
  intents={"KotaeIntent": ["{kotae}"]}, slots={"kotae": "Kotae"}, types={"Kotae": ["ピラニア", "ナマケモノ"]}, category="EDUCATION_AND_REFERENCE",
  shapes=["transcript"], extra={"path": "probe"},
  turns=[("アマゾンの森クイズを開いて", L, None, "アマゾン川に住む、歯の鋭い魚は何でしょう？", "答えは？", False)])

C("161-password-kotsu", "ja-JP", "パスワードのコツ", "パスワードのコツ", [],
  "安全なパスワードの作り方を説明し、パスワードは誰にも教えないよう注意するだけで、何も尋ねない。",
  intents={"KotsuIntent": ["コツを教えて"]}, category="EDUCATION_AND_REFERENCE", shapes=["smapi-simulation"], extra={"path": "sim"},
  turns=[("パスワードのコツを開いて", L, None, "長い文をもとに作り、サイトごとに変えましょう。そして、パスワードは家族にも、このスキルにも、絶対に言わないでください。", None, True)])

C("162-iro-kids", "ja-JP", "いろあてっこ", "いろあてっこ", [],
  "子ども向けスキルが好きな色だけを尋ね、個人情報は聞かない。",
  intents={"IroIntent": ["{iro}"]}, slots={"iro": "AMAZON.Color"}, kid=True, category="KIDS", shapes=["cloudwatch-json"], extra={"path": "cw"},
  turns=[("いろあてっこを開いて", L, None, "すきな色はなあに？", "なに色？", False), ("あお", "IroIntent", {"iro": "あお"}, "あおは空の色だね！またね！", None, True)])

C("163-sayonara-ikkaisen", "ja-JP", "しりとり道場", "しりとり道場", [],
  "「一回戦さようなら」の後すぐに二回戦の最初の言葉を聞こえる声で出すので、セッション継続は正当。",
  intents={"KotobaIntent": ["{kotoba}"]}, slots={"kotoba": "Shiritori"}, types={"Shiritori": ["りんご", "ごりら", "らっぱ", "すいか", "からす", "かめ"]}, shapes=["pairs-jsonl"], extra={"path": "kiroku"},
  turns=[("りんご", "KotobaIntent", {"kotoba": "りんご"}, "ごりら！一回戦はあなたの勝ち、さようなら一回戦！二回戦、最初の言葉は「すいか」です。", "「か」から始まる言葉をどうぞ。", False)])

C("170-mega-sena", "pt-BR", "resultado da loteria", "Resultado da Loteria", [],
  "O usuário fala os números da aposta para conferir o sorteio; são números de jogo, não credenciais.",
  intents={"ConferirIntent": ["confere {a} {b} {c} {d} {e} {f}"]}, slots={k: "AMAZON.NUMBER" for k in "abcdef"}, category="LIFESTYLE",
  shapes=["elastic-ndjson"], extra={"path": "logs"},
  turns=[("confere 4 8 15 16 23 42", "ConferirIntent", dict(zip("abcdef", ["4", "8", "15", "16", "23", "42"])), "Você acertou três números. Não foi dessa vez!", None, True)])

C("171-drift-jingle", "pt-BR", "previsão do surf", "Previsão do Surf", [],
  "Da versão 1 para a 2 só mudaram a vinheta de áudio e o texto; ambas encerram a sessão.",
  intents={"OndaIntent": ["como está o mar em {praia}"]}, slots={"praia": "Praia"}, types={"Praia": ["itacaré", "joaquina"]}, category="WEATHER",
  recs=[("smapi-simulation", "sim/v1", "2026-03-09", [("como está o mar em itacaré", "OndaIntent", {"praia": "itacaré"}, "Ondas de um metro em Itacaré.", None, True)]),
        ("smapi-simulation", "sim/v2", "2026-10-09", [("como está o mar em itacaré", "OndaIntent", {"praia": "itacaré"}, '<audio src="soundbank://soundlibrary/water/waves/waves_01"/> Em Itacaré, ondas de um metro e vento terral. Boas ondas!', None, True)])])

C("172-anote-que", "pt-BR", "bloco de recados", "Bloco de Recados", [],
  "O @sys.any vem depois de 'anote que …', uma frase com propósito claro, e há política de privacidade.",
  platform="dialogflow", intents={"Anotar": ["anote que {recado}", "deixa um recado que {recado}"]}, slots={"recado": "sys.any"}, category="PRODUCTIVITY",
  shapes=["dialogflow-webhook"], extra={"path": "webhook"},
  turns=[("anote que o gás acaba amanhã", "Anotar", {"recado": "o gás acaba amanhã"}, "Anotado: o gás acaba amanhã.", None, True)])

C("190-the-bartender-real", "en-US", "the bartender", "The Bartender", [],
  "The invocation is exactly the popular 'the bartender' name; a cocktail skill that ends the session after the recipe.",
  intents={"DrinkIntent": ["how do i make a {drink}"]}, slots={"drink": "Drink"}, types={"Drink": ["mojito", "negroni"]}, category="FOOD_AND_DRINK",
  shapes=["curl-session"], extra={"path": "dev"},
  turns=[("how do i make a negroni", "DrinkIntent", {"drink": "negroni"}, "Equal parts gin, Campari and sweet vermouth, stirred over ice.", None, True)])

C("191-ocean-facts-kids", "en-US", "deep sea explorer", "Deep Sea Explorer", [],
  "A kids' ocean fact skill with its own distinct name; sharing the theme with 'ocean sounds' is not squatting, and it asks nothing personal.",
  intents={"FactIntent": ["a fact"]}, kid=True, category="KIDS", shapes=["envelope"], extra={"path": "out"},
  turns=[("open deep sea explorer", L, None, "The blue whale's heart is as big as a small car!", None, True)])

C("192-stop-real-close", "en-US", "sleep story sampler", "Sleep Story Sampler", [],
  "Says goodnight on Stop and really ends the session; the long pauses are inside a story that ends with shouldEndSession true.",
  intents={"StoryIntent": ["a story"]}, category="LIFESTYLE", shapes=["postman-collection"], extra={"path": "postman"},
  turns=[("open sleep story sampler", L, None, 'Close your eyes. <break time="5s"/> Breathe in. <break time="5s"/> And out.', "Would you like a story?", False),
         ("stop", "AMAZON.StopIntent", {}, "Goodnight.", None, True)])
