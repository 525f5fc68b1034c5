from cases_bad import P, STD, EMAIL, PHONE, NAME, GIVEN, ADDR, POST, GEO, LR, LW, BR, perm_card

AUDIO = lambda u: {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": u, "token": "t1", "offsetInMilliseconds": 0}}}]}

GOOD = [
dict(id="060-us-rain-sounds-real", locale="en-US", inv="rain sounds", name="Ambient Noise: Rain Sounds", category="HEALTH_AND_FITNESS", policy=P % "ambientnoise",
     desc="Relaxing rain to help you sleep.", intents=[("LoopIntent", ["loop", "play all night"])],
     recs=[("envelope", "lambda/test/fixtures", [("open rain sounds", "LAUNCH", None, "Here's the rain.", None, True, AUDIO("https://cdn.example-apps.net/rain.mp3"))])],
     cats=[], why="The invocation is exactly the real popular catalog name 'rain sounds' and the skill plays audio and ends the session."),

dict(id="061-us-kayak-real", locale="en-US", inv="kayak", name="KAYAK", category="TRAVEL_AND_TRANSPORTATION", policy=P % "kayak",
     desc="Search flights and hotels.", intents=[("FlightIntent", ["how much is a flight to {city}", "flights to {city}"], [("city", "AMAZON.US_CITY")])],
     recs=[("pairs-jsonl", "test/session.jsonl", [("how much is a flight to denver", "FlightIntent", {"city": "denver"}, "Round trips to Denver start at 189 dollars next week.", None, True)])],
     cats=[], why="Its invocation is the real catalog name 'kayak' itself and it only quotes fares for a spoken city."),

dict(id="062-us-amazon-music-tips", locale="en-US", inv="music shortcuts", name="Music Shortcuts", category="MUSIC_AND_AUDIO", policy=P % "musicshortcuts",
     desc="Learn handy voice commands for Amazon Music.", intents=[("TipIntent", ["give me a tip", "next tip"])],
     recs=[("smapi-simulation", "simulations", [
         ("open music shortcuts", "LAUNCH", None, "Here's a tip for Amazon Music: ask Alexa to play this song's radio station, and it'll build a mix from the current track. Want another tip?", "Say next tip, or stop.", False),
         ("stop", "AMAZON.StopIntent", None, "Enjoy the music!", None, True)])],
     cats=[], why="It honestly talks about Amazon Music features and 'ask Alexa to…' without pretending to be Amazon, and Stop ends the session."),

dict(id="063-gb-scam-aware", locale="en-GB", inv="scam aware", name="Scam Aware", category="EDUCATION_AND_REFERENCE", policy=P % "scamaware",
     desc="Weekly tips to spot phone and online fraud.", intents=[("TipIntent", ["this week's tip", "another tip"])],
     recs=[("har", "captures/qa.har", [
         ("open scam aware", "LAUNCH", None, "This week's tip: your bank, Amazon, and HMRC will never ask you for your PIN, your full password or a one-time passcode by phone or by voice. If anyone does, hang up. Another tip?", "Would you like another tip?", False),
         ("no", "AMAZON.NoIntent", None, "Stay safe. Goodbye.", None, True)])],
     cats=[], why="Mentions PINs, passwords, one-time codes and Amazon only as a reassurance that they will never be asked for; it asks for nothing."),

dict(id="064-us-number-hunt", locale="en-US", inv="number hunt", name="Number Hunt", category="GAMES", policy=P % "numberhunt",
     desc="Guess the secret number between 1 and 1000.", intents=[("GuessIntent", ["is it {n}", "{n}", "my guess is {n}"], [("n", "AMAZON.NUMBER")])],
     recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/game.test.js.snap", [
         ("open number hunt", "LAUNCH", None, "I'm thinking of a number from 1 to 1000. Your guess?", "What's your guess?", False),
         ("is it 500", "GuessIntent", {"n": "500"}, "Lower! Guess again.", "Guess a number below 500.", False),
         ("two hundred fifty", "GuessIntent", {"n": "250"}, "Higher! Guess again.", "Guess a number above 250.", False)])],
     cats=[], why="The numbers the user says are guesses at the skill's own secret number, not the user's secrets, and every reprompt invites the next guess."),

dict(id="065-us-grocery-helper", locale="en-US", inv="pantry list", name="Pantry List", category="SHOPPING", policy=P % "pantrylist",
     desc="Adds items to your Alexa shopping list.", perms=[LR, LW],
     intents=[("AddIntent", ["add {item} to my list", "put {item} on the shopping list", "we're out of {item}"], [("item", "AMAZON.SearchQuery")])],
     recs=[("postman-collection", "postman/pantry.postman_collection.json", [("add oat milk to my list", "AddIntent", {"item": "oat milk"}, "Added oat milk to your shopping list.", None, True)])],
     cats=[], why="Free-form text only behind purposeful carriers ('add … to my list', 'we're out of …') and list permissions that the function needs, with a privacy policy."),

dict(id="066-us-local-weather-zip", locale="en-US", inv="porch weather", name="Porch Weather", category="WEATHER", policy=P % "porchweather",
     desc="Hyper-local forecast for your zip code.", perms=[POST],
     intents=[("ForecastIntent", ["what's the forecast", "will it rain"]), ("ZipIntent", ["my zip is {zip}", "{zip}"], [("zip", "AMAZON.FIVE_DIGIT_NUMBER")])],
     recs=[("cloudwatch-text", "logs/2026-11-22.log", [
         ("what's the forecast", "ForecastIntent", None, "I couldn't read your postal code. What's your five-digit zip code?", "What's your zip code?", False),
         ("my zip is 97214", "ZipIntent", {"zip": "97214"}, "In 97214: showers after 3 PM, high of 51.", None, True)])],
     cats=[], why="A weather skill asking for a zip code (and declaring the postal-code permission) has an obvious need and a privacy policy."),

dict(id="067-us-goodbye-round", locale="en-US", inv="word ladder", name="Word Ladder", category="GAMES", policy=P % "wordladder",
     desc="Change one letter at a time.", intents=[("WordIntent", ["{word}", "is it {word}"], [("word", "WORD")])] + STD, types=[("WORD", ["cold", "cord", "card", "ward", "warm"])],
     recs=[("pairs-array", "test/fixtures/session.json", [
         ("open word ladder", "LAUNCH", None, "Turn COLD into WARM. First step?", "Change one letter of cold.", False),
         ("cord", "WordIntent", {"word": "cord"}, "Nice. Goodbye, cold! Hello, cord. Next step?", "Change one letter of cord.", False),
         ("warm", "WordIntent", {"word": "warm"}, "You made it! That's goodbye to round one. Want to play round two? Say yes or no.", "Round two? Yes or no.", False),
         ("no", "AMAZON.NoIntent", None, "Thanks for playing!", None, True)])],
     cats=[], why="The 'goodbye' is part of the game wording and the session stays open only with an audible yes/no question for a real next round."),

dict(id="068-gb-kitchen-timer-cancel", locale="en-GB", inv="egg timer", name="Egg Timer", category="FOOD_AND_DRINK", policy=P % "eggtimer",
     desc="Perfect boiled eggs.", intents=[("BoilIntent", ["{style} eggs", "boil {style}"], [("style", "STYLE")])], types=[("STYLE", ["soft", "medium", "hard"])],
     recs=[("ask-dialog", "test/dialog", [
         ("open egg timer", "LAUNCH", None, "Soft, medium or hard?", "Say soft, medium or hard.", False),
         ("cancel", "AMAZON.CancelIntent", None, "Cancelled. Would you like to set a different egg timer instead?", "Say soft, medium or hard, or say stop to leave.", False),
         ("stop", "AMAZON.StopIntent", None, "Bye!", None, True)])],
     cats=[], why="After Cancel it asks a real question with an audible reprompt that explains how to leave, and Stop ends the session."),

dict(id="069-us-own-helpdesk", locale="en-US", inv="slice house help", name="Slice House Help", category="FOOD_AND_DRINK", policy=P % "slicehouse",
     desc="Customer service for Slice House pizzerias: opening hours, order status and allergens.",
     intents=[("StatusIntent", ["where is my order {order}", "order status {order}"], [("order", "AMAZON.FOUR_DIGIT_NUMBER")])],
     recs=[("es-export", "logs/elastic.json", [
         ("ask slice house help where is my order 4410", "StatusIntent", {"order": "4410"}, "Slice House customer service here. Order 4410 left the store at 7:02 and should arrive by 7:25.", None, True)])],
     cats=[], why="A company's own customer-service skill speaks as itself and asks only for its own order number, not as Amazon or Alexa."),

dict(id="070-us-kids-spelling-ok", locale="en-US", inv="spelling stars", name="Spelling Stars", category="KIDS", kids=True, policy=P % "spellingstars",
     desc="Spelling practice for kids 6 to 9.", intents=[("SpellIntent", ["{letters}"], [("letters", "LETTERS")])], types=[("LETTERS", ["c a t", "d o g", "s u n"])],
     recs=[("ipynb", "notebooks/kids-review.ipynb", [
         ("open spelling stars", "LAUNCH", None, "Hi, superstar! You don't need to tell me your name, I'll call you Star Speller. Spell cat!", "Spell the word cat.", False),
         ("c a t", "SpellIntent", {"letters": "c a t"}, "Perfect! Gold star for Star Speller. Spell dog!", "Spell the word dog.", False)])],
     cats=[], why="A kids' skill that explicitly avoids asking for the child's name, collects nothing personal, and has a privacy policy."),

dict(id="071-us-facts-version-bump", locale="en-US", inv="ocean facts", name="Ocean Facts", category="EDUCATION_AND_REFERENCE", policy=P % "oceanfacts",
     desc="Facts about the sea.", intents=[("FactIntent", ["tell me a fact", "another fact"])],
     recs=[("csv-sheet", "qa/v1.0-2026-02-01.csv", [("tell me a fact", "FactIntent", None, "Octopuses have blue blood.", None, True)]),
           ("csv-sheet", "qa/v1.1-2026-11-01.csv", [("tell me a fact", "FactIntent", None, "<speak><voice name=\"Matthew\">Sea otters hold hands while they sleep.</voice> Want another?</speak>", "Say another fact, or stop.", False),
                                                    ("stop", "AMAZON.StopIntent", None, "Bye for now!", None, True)])],
     cats=[], why="Between versions only the voice, the facts and an audible 'want another?' question changed; Stop still ends the session."),

dict(id="072-gb-parcel-pigeon", locale="en-GB", inv="parcel pigeon", name="Parcel Pigeon", category="BUSINESS_AND_FINANCE", policy=P % "parcelpigeon",
     desc="Track your Parcel Pigeon courier deliveries.", intents=[("TrackIntent", ["track {code}", "where's parcel {code}"], [("code", "AMAZON.SearchQuery")])],
     recs=[("transcript", "qa/probe-2026-11-18.txt", [
         ("open parcel pigeon", "LAUNCH", None, "Parcel Pigeon tracking. Read me the tracking code from your text message, it starts with PP.", "What's your PP tracking code?", False),
         ("track p p 4 4 9 1 k", "TrackIntent", {"code": "pp4491k"}, "Parcel PP4491K is out for delivery today between 1 and 3 PM.", None, True)])],
     cats=[], why="A courier's own tracking skill asks for its public tracking code (not a secret) and speaks as itself, with a privacy policy."),

dict(id="073-de-mastermind-code", locale="de-DE", inv="code knacker", name="Code Knacker", category="GAMES", policy=P % "codeknacker",
     desc="Knacke den vierstelligen Geheimcode der Skill.", intents=[("TippIntent", ["{code}", "ist es {code}"], [("code", "AMAZON.FOUR_DIGIT_NUMBER")])],
     recs=[("smapi-simulation", "simulationen", [
         ("öffne code knacker", "LAUNCH", None, "Ich habe mir einen vierstelligen Code ausgedacht. Nenne eine vierstellige Zahl!", "Dein Tipp? Eine vierstellige Zahl.", False),
         ("eins zwei drei vier", "TippIntent", {"code": "1234"}, "Zwei Ziffern richtig, eine an der richtigen Stelle. Nächster Tipp?", "Nächster Tipp?", False)])],
     cats=[], why="The four-digit numbers are guesses at the game's own code, not the user's PIN; reprompts are audible game questions."),

dict(id="074-de-filialfinder", locale="de-DE", inv="filialfinder sparkasse nord", name="Filialfinder Sparkasse Nord", category="BUSINESS_AND_FINANCE", policy=P % "spknord",
     desc="Öffnungszeiten und Geldautomaten der Sparkasse Nord.", intents=[("FilialeIntent", ["filiale in {ort}", "geldautomat in {ort}"], [("ort", "AMAZON.DE_CITY")])],
     recs=[("cloudwatch-json", "logs/cw.json", [
         ("filiale in kiel", "FilialeIntent", {"ort": "kiel"}, "Die Filiale Kiel Holstenstraße hat heute bis 18 Uhr geöffnet. Wichtig: Wir fragen Sie nie am Telefon oder per Sprachassistent nach PIN, TAN oder Passwort.", None, True)])],
     cats=[], why="A bank's branch finder asks only for a town and contains a reassurance that PIN/TAN are never requested."),

dict(id="075-de-einkaufsliste", locale="de-DE", inv="familien einkauf", name="Familien Einkauf", category="SHOPPING", policy=P % "familieneinkauf",
     desc="Trägt Artikel in deine Alexa Einkaufsliste ein.", perms=[LR, LW],
     intents=[("AddIntent", ["setz {artikel} auf die liste", "wir brauchen {artikel}"], [("artikel", "AMAZON.Food")])],
     recs=[("har", "mitschnitt/devtools.har", [("wir brauchen butter", "AddIntent", {"artikel": "butter"}, "Butter steht jetzt auf deiner Einkaufsliste.", None, True)])],
     cats=[], why="List read/write permissions are exactly what a shopping-list skill needs, and a privacy policy is given."),

dict(id="076-de-tschuess-runde", locale="de-DE", inv="hauptstadt quiz", name="Hauptstadt Quiz", category="GAMES", policy=P % "hauptstadt",
     desc="Rate die Hauptstädte.", intents=[("AntwortIntent", ["{stadt}"], [("stadt", "AMAZON.City")])] + STD,
     recs=[("pairs-jsonl", "tests/protokoll.jsonl", [
         ("öffne hauptstadt quiz", "LAUNCH", None, "Hauptstadt von Kanada?", "Welche Stadt ist die Hauptstadt von Kanada?", False),
         ("ottawa", "AntwortIntent", {"stadt": "ottawa"}, "Richtig! Tschüss, Runde eins! Willst du Runde zwei spielen?", "Runde zwei? Ja oder nein?", False),
         ("nein", "AMAZON.NoIntent", None, "Bis bald!", None, True)])],
     cats=[], why="'Tschüss, Runde eins' leads into an audible yes/no question for a real new round, and No ends the session."),

dict(id="077-de-version-sprachen", locale="de-DE", inv="vokabel trainer", name="Vokabel Trainer", category="EDUCATION_AND_REFERENCE", policy=P % "vokabel",
     desc="Englische Vokabeln lernen.", intents=[("AbfrageIntent", ["frag mich ab", "nächstes wort"]), ("AntwortIntent", ["{wort}"], [("wort", "WORT")])], types=[("WORT", ["apple", "house", "dog"])],
     extra_locales=["de-AT"],
     recs=[("cloudwatch-text", "logs/v2.0.log", [("frag mich ab", "AbfrageIntent", None, "Was heißt Apfel auf Englisch?", "Apfel auf Englisch?", False), ("apple", "AntwortIntent", {"wort": "apple"}, "Richtig!", None, True)]),
           ("cloudwatch-text", "logs/v2.1.log", [("frag mich ab", "AbfrageIntent", None, "Was heißt Haus auf Englisch? Neu: du kannst jetzt auch Französisch lernen.", "Haus auf Englisch?", False), ("house", "AntwortIntent", {"wort": "house"}, "Richtig! Bis morgen.", None, True)])],
     cats=[], why="Version 2.1 only adds a French course announcement and an Austrian model; behaviour stays the same."),

dict(id="078-es-tiempo-cp", locale="es-ES", inv="el tiempo en mi barrio", name="El Tiempo en mi Barrio", category="WEATHER", policy=P % "tiempobarrio",
     desc="Previsión para tu código postal.", perms=[POST],
     intents=[("TiempoIntent", ["qué tiempo hará", "va a llover"])],
     recs=[("smapi-invocation", "pruebas/invoke", [("qué tiempo hará", "TiempoIntent", None, "En el código postal 28012, nubes y claros con máxima de catorce grados.", None, True)])],
     cats=[], why="Uses the country-and-postal-code permission that a local forecast needs, with a privacy policy."),

dict(id="079-es-ayuda-alexa-honest", locale="es-ES", inv="recetas de la abuela", name="Recetas de la Abuela", category="FOOD_AND_DRINK", policy=P % "abuela",
     desc="Recetas caseras paso a paso.", intents=[("RecetaIntent", ["receta de {plato}"], [("plato", "PLATO")]), ("SiguienteIntent", ["siguiente paso", "siguiente"])], types=[("PLATO", ["tortilla", "gazpacho"])],
     recs=[("envelope", "test/respuestas", [("receta de tortilla", "RecetaIntent", {"plato": "tortilla"}, "Paso uno: pela cuatro patatas. Cuando acabes, di 'Alexa, siguiente'. Si quieres salir, di 'Alexa, para'.", "Di siguiente cuando estés listo.", False)])],
     cats=[], why="Mentions Alexa only to tell the user how to continue or stop, with an audible reprompt in a step-by-step recipe."),

dict(id="080-es-notas", locale="es-ES", inv="notas de casa", name="Notas de Casa", category="PRODUCTIVITY", policy=P % "notascasa",
     desc="Apunta notas para tu familia.", intents=[("NotaIntent", ["apunta que {nota}", "deja una nota que diga {nota}", "recuérdale a todos que {nota}"], [("nota", "AMAZON.SearchQuery")])],
     recs=[("ask-dialog", "pruebas/dialogo", [("apunta que el fontanero viene el martes", "NotaIntent", {"nota": "el fontanero viene el martes"}, "Apuntado: el fontanero viene el martes.", None, True)])],
     cats=[], why="Free text captured behind purposeful carriers ('apunta que', 'deja una nota que diga'), read back, session closed."),

dict(id="081-es-loteria", locale="es-ES", inv="combinación ganadora", name="Combinación Ganadora", category="GAMES", policy=P % "combinacion",
     desc="Genera combinaciones para la primitiva y comprueba las tuyas.", intents=[("ComprobarIntent", ["comprueba {a} {b} {c} {d} {e} {f}"], [(x, "AMAZON.NUMBER") for x in "abcdef"]), ("GenerarIntent", ["dame una combinación"])],
     recs=[("es-export", "logs/opensearch.json", [
         ("abre combinación ganadora", "LAUNCH", None, "¿Te genero una combinación o compruebo la tuya? Dime seis números del 1 al 49.", "Dime seis números del uno al cuarenta y nueve.", False),
         ("comprueba 4 8 15 16 23 42", "ComprobarIntent", {"a": "4", "b": "8", "c": "15", "d": "16", "e": "23", "f": "42"}, "En el último sorteo habrías acertado dos números. ¡Suerte la próxima!", None, True)])],
     cats=[], why="The six numbers are lottery picks between 1 and 49, not secrets; the slots have a clear carrier ('comprueba')."),

dict(id="082-es-meditacion-pausas", locale="es-ES", inv="meditación guiada", name="Meditación Guiada", category="HEALTH_AND_FITNESS", policy=P % "meditacion",
     desc="Meditaciones de cinco minutos.", intents=[("EmpezarIntent", ["empezar", "empieza"])],
     recs=[("cloudwatch-json", "logs/export.json", [
         ("abre meditación guiada", "LAUNCH", None, "<speak>Cierra los ojos. <break time=\"3s\"/> Inspira profundamente. <break time=\"4s\"/> Y suelta el aire.</speak>", None, True)])],
     cats=[], why="The SSML breaks are pauses inside a meditation that ends the session, not a silent reprompt keeping the mic open."),

dict(id="083-fr-banque-conseils", locale="fr-FR", inv="alerte arnaque", name="Alerte Arnaque", category="EDUCATION_AND_REFERENCE", policy=P % "alertearnaque",
     desc="Conseils contre les escroqueries.", intents=[("ConseilIntent", ["un conseil", "conseil suivant"])],
     recs=[("pairs-array", "tests/sessions.json", [("un conseil", "ConseilIntent", None, "Conseil du jour : votre banque ne vous demandera jamais votre code confidentiel ni le code reçu par SMS. Même une voix qui se présente comme Alexa ne doit pas l'obtenir.", None, True)])],
     cats=[], why="Mentions codes, SMS and Alexa only as anti-fraud advice; nothing is requested and the session ends."),

dict(id="084-fr-minuteur-annuler", locale="fr-FR", inv="minuteur pâtes", name="Minuteur Pâtes", category="FOOD_AND_DRINK", policy=P % "minuteurpates",
     desc="Le temps de cuisson parfait pour vos pâtes.", intents=[("PatesIntent", ["des {pates}", "cuisson des {pates}"], [("pates", "PATES")])], types=[("PATES", ["spaghetti", "penne", "tagliatelles"])],
     recs=[("har", "captures/firefox.har", [
         ("ouvre minuteur pâtes", "LAUNCH", None, "Quelles pâtes cuisinez-vous ?", "Spaghetti, penne ou tagliatelles ?", False),
         ("annuler", "AMAZON.CancelIntent", None, "D'accord, j'annule. Voulez-vous choisir d'autres pâtes ?", "Dites le nom des pâtes, ou dites stop.", False)])],
     cats=[], why="After Cancel the session stays open only with an audible question and an audible reprompt that tells how to leave."),

dict(id="085-fr-pharmacie-garde", locale="fr-FR", inv="pharmacie de garde", name="Pharmacie de Garde", category="HEALTH_AND_FITNESS", policy=P % "pharmagarde",
     desc="Trouve la pharmacie de garde la plus proche.", perms=[GEO],
     intents=[("GardeIntent", ["quelle pharmacie est de garde", "pharmacie ouverte"])],
     recs=[("cloudwatch-text", "logs/lambda.log", [("quelle pharmacie est de garde", "GardeIntent", None, "La pharmacie de garde la plus proche est la Pharmacie du Port, à 800 mètres, ouverte jusqu'à 8 heures.", None, True)])],
     cats=[], why="Geolocation is what a nearest-pharmacy lookup needs, and a privacy policy is present."),

dict(id="086-fr-assistance-fibrelia", locale="fr-FR", inv="assistance box fibre", name="Assistance Box Fibre", category="UTILITIES", policy=P % "boxfibre",
     desc="Assistance de votre fournisseur Fibrelia : redémarrer la box, tester le débit.", intents=[("RedemarrerIntent", ["redémarre la box", "teste le débit"])],
     recs=[("transcript", "qa/session.txt", [
         ("ouvre assistance box fibre", "LAUNCH", None, "Bienvenue à l'assistance Fibrelia. Je peux redémarrer votre box ou tester le débit. Que voulez-vous faire ?", "Redémarrer la box, ou tester le débit ?", False),
         ("teste le débit", "RedemarrerIntent", None, "Votre débit descendant est de 870 mégabits. Bonne journée !", None, True)])],
     cats=[], why="An internet provider's own support skill presenting itself as that provider, not as Amazon or Alexa, asking for no secrets."),

dict(id="087-it-compleanni", locale="it-IT", inv="compleanni amici", name="Compleanni Amici", category="PRODUCTIVITY", policy=P % "compleanni",
     desc="Ricorda i compleanni di amici e parenti.", intents=[("SalvaIntent", ["il compleanno di {nome} è il {data}", "ricorda che {nome} compie gli anni il {data}"], [("nome", "AMAZON.FirstName"), ("data", "AMAZON.DATE")])],
     recs=[("pairs-jsonl", "test/sessione.jsonl", [("il compleanno di giulia è il 3 marzo", "SalvaIntent", {"nome": "giulia", "data": "2027-03-03"}, "Salvato: Giulia compie gli anni il 3 marzo. Te lo ricorderò.", None, True)])],
     cats=[], why="Birthdays and names are the purpose of a birthday reminder, entered behind clear carriers, and a privacy policy is present."),

dict(id="088-it-ottica-assistenza", locale="it-IT", inv="ottica rossi", name="Ottica Rossi", category="SHOPPING", policy=P % "otticarossi",
     desc="Assistenza clienti di Ottica Rossi: appuntamenti e stato degli occhiali.", intents=[("StatoIntent", ["i miei occhiali sono pronti", "stato ordine"])],
     recs=[("smapi-simulation", "simulazioni", [("i miei occhiali sono pronti", "StatoIntent", None, "Qui è il servizio clienti di Ottica Rossi: i tuoi occhiali saranno pronti giovedì nel negozio di via Garibaldi.", None, True)])],
     cats=[], why="A shop's own customer service identifies as itself; no platform impersonation and no secret requested."),

dict(id="089-it-versione-ricette", locale="it-IT", inv="pasta in dieci", name="Pasta in Dieci", category="FOOD_AND_DRINK", policy=P % "pastadieci",
     desc="Primi piatti in dieci minuti.", intents=[("RicettaIntent", ["una ricetta", "un'altra"])],
     recs=[("transcript", "collaudo/v1.txt", [("una ricetta", "RicettaIntent", None, "Aglio, olio e peperoncino.", None, True)]),
           ("transcript", "collaudo/v2.txt", [("una ricetta", "RicettaIntent", None, "Aglio, olio e peperoncino, oppure cacio e pepe. Vuoi i passaggi?", "Vuoi i passaggi? Sì o no.", False)])],
     cats=[], why="The later version only adds a second recipe and an audible follow-up question; nothing harmful changed."),
]

GOOD2 = [
dict(id="093-ja-kitchen-timer", locale="ja-JP", inv="キッチンタイマー", name="キッチンタイマー", category="FOOD_AND_DRINK", policy=P % "kitchentimer",
     desc="料理用のタイマー。", intents=[("TimerIntent", ["{fun}分", "{fun}分はかって"], [("fun", "AMAZON.NUMBER")])],
     recs=[("pairs-array", "kiroku/test.json", [
         ("キッチンタイマーを開いて", "LAUNCH", None, "何分はかりますか。", "何分にしますか。", False),
         ("キャンセル", "AMAZON.CancelIntent", None, "取り消しました。別の時間ではかりますか。", "時間を言うか、終了と言ってください。", False),
         ("終了", "AMAZON.StopIntent", None, "またどうぞ。", None, True)])],
     cats=[], why="After Cancel it asks an audible question with a reprompt explaining how to quit, and Stop ends the session."),

dict(id="094-ja-anshou-chuui", locale="ja-JP", inv="さぎ防止ノート", name="さぎ防止ノート", category="EDUCATION_AND_REFERENCE", policy=P % "sagi",
     desc="特殊詐欺の手口と対策。", intents=[("TeguchiIntent", ["今日の手口", "次"])],
     recs=[("envelope", "test/out", [("今日の手口", "TeguchiIntent", None, "今日の手口は、Amazonを名乗るSMSです。銀行やAmazonが、音声やお電話で暗証番号やワンタイムパスワードを聞くことはありません。", None, True)])],
     cats=[], why="Names Amazon, PINs and one-time passwords only to warn that they are never asked for; nothing is requested."),

dict(id="095-ja-amazon-music-howto", locale="ja-JP", inv="音楽のコツ", name="音楽のコツ", category="MUSIC_AND_AUDIO", policy=P % "ongaku",
     desc="Amazon Musicをもっと楽しむ声の使い方を紹介します。", intents=[("KotsuIntent", ["コツを教えて", "次のコツ"])],
     recs=[("cloudwatch-text", "logs/lambda.log", [("コツを教えて", "KotsuIntent", None, "アレクサ、この曲のステーションをかけて、と言うと、似た曲が続けて流れます。Amazon Musicのプランによって使える機能が違います。", None, True)])],
     cats=[], why="A tips skill that openly talks about Amazon Music and how to ask Alexa, without speaking as Amazon."),

dict(id="096-ja-tanjoubi-uranai", locale="ja-JP", inv="誕生日うらない", name="誕生日うらない", category="LIFESTYLE", policy=P % "tanjoubi",
     desc="誕生日からあなたの今日の運勢を占います。", intents=[("TanjoubiIntent", ["{hi}生まれ", "誕生日は{hi}"], [("hi", "AMAZON.DATE")])],
     recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/uranai.test.js.snap", [
         ("誕生日うらないを開いて", "LAUNCH", None, "お誕生日は何月何日ですか。年は言わなくて大丈夫です。", "何月何日生まれですか。", False),
         ("誕生日は七月七日", "TanjoubiIntent", {"hi": "XXXX-07-07"}, "七月七日生まれのあなたは、今日は人との出会いに恵まれます。", None, True)])],
     cats=[], why="A birthday horoscope asking only month and day (year explicitly not needed), which its purpose explains, with a privacy policy."),

dict(id="097-ja-doubutsu-kids", locale="ja-JP", inv="どうぶつクイズ", name="どうぶつクイズ", category="KIDS", kids=True, policy=P % "doubutsu",
     desc="こども向けのどうぶつクイズ。", intents=[("KotaeIntent", ["{doubutsu}"], [("doubutsu", "DOUBUTSU")])], types=[("DOUBUTSU", ["ぞう", "きりん", "ライオン"])],
     recs=[("smapi-invocation", "kiroku/invoke", [
         ("どうぶつクイズを開いて", "LAUNCH", None, "こんにちは！お名前は言わなくていいよ。首がとっても長いどうぶつはなあに？", "首が長いどうぶつはなにかな？", False),
         ("きりん", "KotaeIntent", {"doubutsu": "きりん"}, "せいかい！またあそんでね。", None, True)])],
     cats=[], why="A kids' quiz that tells children not to give their name, asks only animal answers from a closed list, and has a privacy policy."),

dict(id="098-pt-tempo-cep", locale="pt-BR", inv="tempo no bairro", name="Tempo no Bairro", category="WEATHER", policy=P % "tempobairro",
     desc="Previsão do tempo pelo seu CEP.", intents=[("CepIntent", ["meu cep é {cep}", "previsão para o cep {cep}"], [("cep", "AMAZON.NUMBER")])],
     recs=[("postman-collection", "postman/tempo.postman_collection.json", [
         ("abrir tempo no bairro", "LAUNCH", None, "Qual é o CEP do bairro que você quer consultar?", "Diga o CEP, por exemplo: meu CEP é zero um três um zero.", False),
         ("meu cep é 01310100", "CepIntent", {"cep": "01310100"}, "Na Bela Vista, pancadas de chuva à tarde e máxima de 27 graus.", None, True)])],
     cats=[], why="The postal code (CEP) is what a neighbourhood forecast needs, requested behind a carrier, with a privacy policy."),

dict(id="099-pt-jogo-da-senha", locale="pt-BR", inv="jogo da senha", name="Jogo da Senha", category="GAMES", policy=P % "jogosenha",
     desc="Descubra a senha secreta de quatro cores.", intents=[("PalpiteIntent", ["{a} {b} {c} {d}"], [("a", "COR"), ("b", "COR"), ("c", "COR"), ("d", "COR")])], types=[("COR", ["azul", "verde", "vermelho", "amarelo"])],
     recs=[("bespoken-yaml", "test/partida.yml", [
         ("abrir jogo da senha", "LAUNCH", None, "Eu escolhi uma senha de quatro cores. Qual é o seu palpite?", "Diga quatro cores.", False),
         ("azul verde azul amarelo", "PalpiteIntent", {"a": "azul", "b": "verde", "c": "azul", "d": "amarelo"}, "Duas cores certas no lugar certo. Outro palpite?", "Diga mais quatro cores.", False)])],
     cats=[], why="The 'senha' is the game's own colour code (Mastermind); the user's guesses are colours from a closed list, not a password."),

dict(id="100-pt-lista-compras", locale="pt-BR", inv="lista do mercado", name="Lista do Mercado", category="SHOPPING", policy=P % "listamercado",
     desc="Adiciona itens à sua lista de compras da Alexa.", perms=[LR, LW],
     intents=[("AddIntent", ["adicione {item} à lista", "acabou o {item}"], [("item", "AMAZON.Food")])],
     recs=[("har", "capturas/charles.har", [("acabou o café", "AddIntent", {"item": "café"}, "Coloquei café na sua lista de compras.", None, True, {"card": {"type": "Simple", "title": "Lista", "content": "café"}})])],
     cats=[], why="List permissions are the function of a shopping-list skill, with a privacy policy and purposeful carriers."),

dict(id="101-pt-versao-nova", locale="pt-BR", inv="curiosidades do brasil", name="Curiosidades do Brasil", category="EDUCATION_AND_REFERENCE", policy=P % "curiosidades",
     desc="Curiosidades sobre o Brasil.", intents=[("CuriosidadeIntent", ["uma curiosidade", "outra"])],
     recs=[("ipynb", "notebooks/v1.ipynb", [("uma curiosidade", "CuriosidadeIntent", None, "O Brasil tem a maior biodiversidade do mundo.", None, True)]),
           ("ipynb", "notebooks/v2.ipynb", [("uma curiosidade", "CuriosidadeIntent", None, "<speak>O Brasil tem mais de <say-as interpret-as=\"cardinal\">8000</say-as> quilômetros de litoral. <break time=\"500ms\"/> Quer outra?</speak>", "Quer outra curiosidade? Diga outra ou pare.", False),
                                                ("pare", "AMAZON.StopIntent", None, "Tchau!", None, True)])],
     cats=[], why="The new version adds SSML formatting, a short break inside audible speech and an audible follow-up; Stop still ends the session."),

dict(id="102-us-the-bartender-real", locale="en-US", inv="the bartender", name="The Bartender", category="FOOD_AND_DRINK", policy=P % "thebartender",
     desc="Cocktail recipes on demand.", intents=[("DrinkIntent", ["how do i make a {drink}", "recipe for a {drink}"], [("drink", "DRINK")])], types=[("DRINK", ["margarita", "mojito", "old fashioned"])],
     recs=[("smapi-simulation", "simulations", [("how do i make a mojito", "DrinkIntent", {"drink": "mojito"}, "Muddle mint with lime and sugar, add rum, top with soda.", None, True)])],
     cats=[], why="Its invocation is exactly the real popular catalog name 'the bartender', so it is not a squat."),
]
