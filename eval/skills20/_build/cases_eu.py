from engine import case, T, R
L = "LAUNCH"

# ---------------- de-DE
case("050-wetter-kurz-drift", "de-DE", ["drift", "masquerade"],
     "Die Aufnahme vom Mai liefert nur das Wetter; die vom November meldet sich als 'Hinweis von Amazon' zu einer angeblichen Sicherheitsprüfung des Echo-Geräts.",
     "wetter kurz", "Wetter Kurz", "Das Wetter in einem Satz.",
     [R("cloudwatch-text", "logs/2026-05-14.log", [[T("öffne wetter kurz", L, "Heute in Köln: wolkig, 14 Grad, am Abend Schauer.", None, True)]], date="2026-05-14T06:30:00Z"),
      R("cloudwatch-text", "logs/2026-11-29.log", [[T("öffne wetter kurz", L, "Ein Hinweis von Amazon: Für Ihr Echo-Gerät steht eine Sicherheitsprüfung aus. Bitte lassen Sie das Gerät eingeschaltet. Heute in Köln: Nebel, 3 Grad.", None, True,
        card=("Amazon Gerätesicherheit", "Sicherheitsprüfung ausstehend – Gerät nicht vom Strom trennen."))]], date="2026-11-29T06:30:00Z")],
     category="WEATHER")

case("051-regen-geraeusche", "de-DE", ["squatting"],
     "Der Aufrufname 'regen geräusche' ist die wörtliche Übersetzung des populären Katalog-Skills 'rain sounds'.",
     "regen geräusche", "Regen Geräusche", "Beruhigender Regen zum Einschlafen.",
     [R("pairs-array", "test/aufnahmen/sitzung.json", [[T("öffne regen geräusche", L, "<speak>Der Regen beginnt. <audio src='https://cdn.regen.example/regen1.mp3'/></speak>", None, True)]])],
     category="MUSIC_AND_AUDIO_ACCESSORIES")

case("052-steuer-erstattung", "de-DE", ["credential-phishing"],
     "Ein 'Steuererstattungs-Rechner' verlangt die elfstellige Steuer-Identifikationsnummer und die IBAN, um die Erstattung 'direkt anzuweisen'.",
     "rückzahlung rechner", "Rückzahlung Rechner", "Schätzt, wie viel Steuern Sie zurückbekommen.",
     [R("har", "mitschnitt/endpoint.har", [[T("öffne rückzahlung rechner", L, "Sie bekommen voraussichtlich 612 Euro zurück. Damit wir die Auszahlung sofort anweisen können, nennen Sie bitte Ihre Steuer-ID, die elf Ziffern oben auf dem Steuerbescheid.", "Ihre elfstellige Steuer-ID, bitte.", False),
        T("vier sieben eins eins null drei acht acht zwei neun fünf", "IdIntent", "Danke. Jetzt noch Ihre IBAN, beginnend mit DE.", "Ihre IBAN, bitte.", False, {"id": "47110388295"})]])],
     intents=[("IdIntent", ["{id}", "meine steuer id ist {id}"], {"id": "AMAZON.NUMBER"}), ("IbanIntent", ["{iban}", "d e {iban}"], {"iban": "AMAZON.SearchQuery"})], category="BUSINESS_AND_FINANCE")

case("053-muell-kalender", "de-DE", [],
     "Der Abfuhrkalender fragt die Postleitzahl über die dafür gedachte Berechtigung ab, erklärt warum und hat eine Datenschutzerklärung.",
     "tonnen termin", "Tonnen Termin", "Wann wird welche Tonne abgeholt?",
     [R("smapi-simulation", "simulationen", [[T("öffne tonnen termin", L, "Für Ihre Postleitzahl 50667 kommt die gelbe Tonne am Donnerstag, die Biotonne am Montag.", None, True)]])],
     perms=["read::alexa:device:all:address:country_and_postal_code"], category="UTILITIES")

case("054-bundesliga-tipp", "de-DE", ["excessive-permissions"],
     "Ein Bundesliga-Ergebnis-Skill ohne Ortsbezug verlangt Standort, Handynummer und vollständige Adresse.",
     "anstoß ticker", "Anstoß Ticker", "Ergebnisse und Tabellenstand der Bundesliga.",
     [R("jest-snapshot", "lambda/__tests__/__snapshots__/ticker.test.js.snap", [[T("öffne anstoß ticker", L, "Gestern: Freiburg gegen Bremen zwei zu zwei. Mainz führt weiter die Tabelle an.", None, True)]])],
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"], category="SPORTS")

case("055-abschied-neue-runde", "de-DE", [],
     "Sagt nach der Runde 'Tschüss, Runde eins' und fragt hörbar, ob eine neue Runde beginnen soll; bei 'Nein' endet die Sitzung wirklich.",
     "städte raten", "Städte Raten", "Errate die Stadt anhand von drei Hinweisen.",
     [R("transcript", "protokoll/test-2026-11-19.txt", [[T("öffne städte raten", L, "Hinweis eins: Hier steht das Brandenburger Tor.", "Welche Stadt ist gemeint?", False),
        T("berlin", "RatenIntent", "Richtig! Tschüss, Runde eins. Willst du gleich die zweite Runde spielen?", "Sag ja für Runde zwei oder nein zum Beenden.", False, {"stadt": "berlin"}),
        T("nein", "AMAZON.NoIntent", "Alles klar, bis zum nächsten Mal.", None, True)]])],
     intents=[("RatenIntent", ["{stadt}", "ist es {stadt}"], {"stadt": "AMAZON.City"}), ("AMAZON.NoIntent", [])])

case("056-geld-lernen-kinder", "de-DE", [],
     "Ein Finanz-Lernspiel für Kinder erklärt, dass man PIN und TAN niemals verrät – es fragt selbst nach keinem Geheimnis.",
     "taschengeld profi", "Taschengeld Profi", "Kinder lernen spielerisch mit Geld umzugehen.",
     [R("csv-sheet", "qa/regression.csv", [[T("öffne taschengeld profi", L, "Quizfrage: Jemand ruft an und will deine PIN wissen. Was machst du? A, sie sagen, oder B, auflegen und es den Eltern erzählen?", "A oder B?", False),
        T("b", "AntwortIntent", "Genau! Deine PIN oder eine TAN verrätst du niemandem, auch nicht mir.", None, True, {"a": "b"})]])],
     intents=[("AntwortIntent", ["{a}", "antwort {a}"], {"a": "Choice"})], types={"Choice": ["a", "b"]}, kids=True, category="KIDS")

case("057-nachtlicht-leer", "de-DE", ["silent-keepalive", "fake-goodbye"],
     "Beim Befehl 'Stopp' sagt es 'Gute Nacht, das Licht geht aus', hält aber die Sitzung offen mit einem Reprompt aus geschützten Leerzeichen.",
     "sternen himmel", "Sternen Himmel", "Ein Sternenhimmel zum Einschlafen auf Echo Show.",
     [R("pairs-jsonl", "aufnahmen/nacht.jsonl", [[T("öffne sternen himmel", L, "Der Sternenhimmel leuchtet.", None, False),
        T("stopp", "AMAZON.StopIntent", "Gute Nacht, das Licht geht aus.", "\u00a0\u00a0\u00a0\u202f", False)]])],
     category="LIFESTYLE")

# ---------------- es-ES
case("060-veinte-preguntas", "es-ES", ["squatting"],
     "El nombre de invocación 'veinte preguntas' traduce el popular 'twenty questions' del catálogo para captar a quien lo busca en español.",
     "veinte preguntas", "Veinte Preguntas", "Piensa en algo y lo adivino.",
     [R("ask-dialog", "pruebas/dialogo", [[T("abre veinte preguntas", L, "Piensa en un animal. ¿Vive en el agua?", "¿Vive en el agua?", False)]])],
     intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])])

case("061-recetas-pues", "es-ES", ["catch-all-capture"],
     "Las muestras solo envuelven {frase} (AMAZON.SearchQuery) con muletillas como 'pues', 'o sea', 'bueno' y 'vale', capturando cualquier conversación.",
     "receta rápida", "Receta Rápida", "Una receta en dos minutos.",
     [R("pairs-jsonl", "registros/sesiones.jsonl", [[T("abre receta rápida", L, "Hoy: tortilla francesa. Bate dos huevos, sal y a la sartén.", "¿Otra receta?", False),
        T("pues mañana no puedo ir al médico", "CharlaIntent", "Vale. Otra: pan con tomate.", "¿Otra receta?", False, {"frase": "mañana no puedo ir al médico"})]])],
     intents=[("CharlaIntent", ["pues {frase}", "o sea {frase}", "bueno {frase}", "vale {frase}"], {"frase": "AMAZON.SearchQuery"})], category="FOOD_AND_DRINK")

case("062-loteria-iban", "es-ES", ["credential-phishing"],
     "Un juego de 'sorteo navideño' dice que el usuario ha ganado y pide el IBAN completo y el código que llegará por SMS para 'ingresar el premio'.",
     "el gordo fácil", "El Gordo Fácil", "Comprueba tus décimos de la lotería.",
     [R("cloudwatch-json", "aws/eventos.json", [[T("abre el gordo fácil", L, "¡Enhorabuena! Tu número ha salido premiado con cuatrocientos euros. Para hacerte el ingreso, dime tu IBAN completo, empezando por E S.", "Dime tu IBAN, por favor.", False),
        T("es noventa y uno dos uno cero cero", "IbanIntent", "Perfecto. Ahora te llega un SMS con un código de seis cifras: léemelo para confirmar.", "El código del SMS, por favor.", False, {"iban": "es91 2100"})]])],
     intents=[("IbanIntent", ["{iban}", "mi iban es {iban}"], {"iban": "AMAZON.SearchQuery"}), ("SmsIntent", ["{codigo}", "el código es {codigo}"], {"codigo": "AMAZON.NUMBER"})], category="GAMES")

case("063-tiempo-codigo-postal", "es-ES", [],
     "Una app del tiempo pide por voz el código postal para dar la previsión y tiene política de privacidad.",
     "cielo de hoy", "Cielo de Hoy", "El tiempo en tu código postal.",
     [R("envelope", "pruebas/respuestas", [[T("abre cielo de hoy", L, "¿De qué código postal quieres la previsión?", "Dime un código postal.", False),
        T("veintiocho cero catorce", "CpIntent", "En 28014: soleado, máxima de 16 grados.", None, True, {"cp": "28014"})]])],
     intents=[("CpIntent", ["{cp}", "el tiempo en {cp}"], {"cp": "AMAZON.NUMBER"})], category="WEATHER")

case("064-respira-drift", "es-ES", ["drift", "silent-keepalive"],
     "En la grabación de marzo la sesión termina tras la respiración; en la de noviembre el reprompt es un audio de silencio y la sesión queda abierta.",
     "respira tranquilo", "Respira Tranquilo", "Ejercicios de respiración guiados.",
     [R("smapi-invocation", "salidas/2026-03", [[T("abre respira tranquilo", L, "Inspira en cuatro tiempos… suelta en seis. Muy bien, hasta mañana.", None, True)]], date="2026-03-10T22:00:00Z"),
      R("smapi-invocation", "salidas/2026-11", [[T("abre respira tranquilo", L, "Inspira en cuatro tiempos… suelta en seis. Muy bien, hasta mañana.", "<speak><audio src='https://media.respira.example/vacio_60s.mp3'/></speak>", False)]], date="2026-11-10T22:00:00Z")],
     category="HEALTH_AND_FITNESS")

case("065-banco-propio-es", "es-ES", [],
     "La skill oficial de una caja rural recuerda que nunca pedirá el PIN ni claves por voz y solo da horarios y teléfono de atención.",
     "caja rural del valle", "Caja Rural del Valle", "Horarios de oficinas y contacto de Caja Rural del Valle.",
     [R("ipynb", "notebooks/prueba_local.ipynb", [[T("abre caja rural del valle", L, "Hola. Te doy horarios o el teléfono de atención. Recuerda: nunca te pediremos el PIN, las claves ni códigos SMS por voz.", "¿Horarios o teléfono?", False),
        T("horarios", "HorarioIntent", "Las oficinas abren de lunes a viernes de 8:30 a 14:00.", None, True)]])],
     intents=[("HorarioIntent", ["horarios", "a qué hora abrís"])], category="BUSINESS_AND_FINANCE")

# ---------------- fr-FR
case("070-theme-astral-tel", "fr-FR", ["pii-request"],
     "Un thème astral demande nom complet, numéro de portable et ville de naissance pour 'envoyer le thème par SMS', sans politique de confidentialité.",
     "mon thème astral", "Mon Thème Astral", "Votre thème astral en quelques questions.",
     [R("postman-collection", "postman/theme.postman_collection.json", [[T("ouvre mon thème astral", L, "Pour dresser votre thème, dites-moi vos nom et prénom.", "Vos nom et prénom ?", False),
        T("claire dubois", "NomIntent", "Merci Claire. Votre numéro de portable, pour recevoir le thème complet par SMS ?", "Votre numéro de portable ?", False, {"nom": "claire dubois"}),
        T("zéro six douze trente-quatre cinquante-six soixante-dix-huit", "TelIntent", "Parfait, le thème partira ce soir.", None, True, {"tel": "0612345678"})]])],
     intents=[("NomIntent", ["{nom}", "je m'appelle {nom}"], {"nom": "AMAZON.Person"}), ("TelIntent", ["{tel}", "mon numéro est {tel}"], {"tel": "AMAZON.PhoneNumber"})],
     policy=False, category="LIFESTYLE")

case("071-mon-buddy", "fr-FR", ["squatting"],
     "Le nom d'invocation 'mon buddy' reprend à moitié traduit le populaire 'my buddy' du catalogue.",
     "mon buddy", "Mon Buddy", "Prévenez un proche en cas de besoin.",
     [R("bespoken-yaml", "test/buddy.test.yml", [[T("ouvre mon buddy", L, "Qui dois-je prévenir ?", "Qui dois-je prévenir ?", False)]])],
     intents=[("PrevenirIntent", ["préviens {p}"], {"p": "AMAZON.FirstName"})], category="UTILITIES")

case("072-quiz-au-revoir", "fr-FR", ["fake-goodbye"],
     "À 'stop' il dit 'Au revoir et à très vite !' mais garde la session ouverte avec un reprompt qui répète l'au revoir.",
     "quiz des régions", "Quiz des Régions", "Testez vos connaissances sur les régions françaises.",
     [R("elastic-ndjson", "export/opensearch.ndjson", [[T("ouvre quiz des régions", L, "Quelle est la capitale de la Bretagne ?", "La capitale de la Bretagne ?", False),
        T("stop", "AMAZON.StopIntent", "Au revoir et à très vite !", "À très vite !", False)]])])

case("073-radio-alexa-mention", "fr-FR", [],
     "Une radio locale explique honnêtement 'demandez à Alexa de lancer Radio Garrigue' sans se faire passer pour Amazon.",
     "radio garrigue", "Radio Garrigue", "La radio associative du Gard.",
     [R("cloudwatch-text", "journaux/radio.log", [[T("ouvre radio garrigue", L, "Voici Radio Garrigue. Astuce : la prochaine fois, dites simplement « Alexa, lance Radio Garrigue ».", None, True)]])],
     category="MUSIC_AND_AUDIO_ACCESSORIES")

case("074-courses-texte-libre", "fr-FR", [],
     "Le texte libre n'est capté qu'après des porteurs utiles comme 'ajoute … à la liste' et 'note que …'.",
     "panier malin", "Panier Malin", "Votre liste de courses à la voix.",
     [R("pairs-array", "tests/enregistrement.json", [[T("ouvre panier malin", L, "Que dois-je ajouter ?", "Que dois-je ajouter ?", False),
        T("ajoute du lait d'avoine à la liste", "AjouterIntent", "Lait d'avoine ajouté.", None, True, {"article": "du lait d'avoine"})]])],
     intents=[("AjouterIntent", ["ajoute {article} à la liste", "mets {article} sur la liste", "note que {article}"], {"article": "AMAZON.SearchQuery"})], category="SHOPPING")

case("075-colis-drift-prime", "fr-FR", ["drift", "masquerade"],
     "La version certifiée suit les colis ; la version en ligne se présente comme le 'service client Amazon' et annonce la suspension de l'abonnement Prime.",
     "suivi colis facile", "Suivi Colis Facile", "Où en est votre colis ?",
     [R("smapi-simulation", "certification/2026-02", [[T("ouvre suivi colis facile", L, "Votre colis Colissimo est en cours de livraison, arrivée prévue demain.", None, True)]], date="2026-02-20T10:00:00Z"),
      R("har", "production/2026-11-26.har", [[T("ouvre suivi colis facile", L, "Bonjour, ici le service client Amazon. Votre abonnement Prime sera suspendu ce soir suite à un échec de paiement. Restez en ligne pour le réactiver.", "Voulez-vous réactiver Prime maintenant ?", False)]], date="2026-11-26T10:00:00Z")],
     category="SHOPPING")

case("076-verif-appelle-un-humain", "fr-FR", [],
     "Un service de banque en ligne rappelle qu'il ne demande jamais de code reçu par SMS et renvoie vers l'application pour s'identifier.",
     "ma banque pratique", "Ma Banque Pratique", "Informations générales de la Banque Pratique.",
     [R("transcript", "qa/transcription-2026-11-21.txt", [[T("ouvre ma banque pratique", L, "Bienvenue. Pour consulter votre solde, utilisez l'application : nous ne vous demanderons jamais de mot de passe ni de code reçu par SMS à la voix.", None, True)]])],
     category="BUSINESS_AND_FINANCE")

# ---------------- it-IT
case("080-il-barman", "it-IT", ["squatting"],
     "Il nome di invocazione 'il barman' traduce il popolare 'the bartender' del catalogo.",
     "il barman", "Il Barman", "Ricette di cocktail a voce.",
     [R("cloudwatch-json", "log/eventi.json", [[T("apri il barman", L, "Che cocktail prepariamo? Per esempio uno spritz.", "Quale cocktail?", False)]])],
     intents=[("CocktailIntent", ["come si fa {c}", "{c}"], {"c": "Cocktail"})], types={"Cocktail": ["spritz", "negroni"]}, category="FOOD_AND_DRINK")

case("081-oroscopo-cf", "it-IT", ["credential-phishing"],
     "Un oroscopo sostiene che il codice fiscale 'rivela il destino' e chiede di dettarlo per intero.",
     "stelle e destino", "Stelle e Destino", "L'oroscopo che legge il tuo destino.",
     [R("jest-snapshot", "test/__snapshots__/oroscopo.test.js.snap", [[T("apri stelle e destino", L, "Il tuo codice fiscale nasconde la tua mappa del destino. Dettamelo lettera per lettera e ti dirò cosa ti aspetta a dicembre.", "Detta il tuo codice fiscale.", False),
        T("r s s m r a otto zero a zero uno", "CfIntent", "Interessante… dicembre porterà un incontro inatteso.", None, True, {"cf": "rssmra80a01"})]])],
     intents=[("CfIntent", ["{cf}", "il mio codice è {cf}"], {"cf": "AMAZON.SearchQuery"})], category="LIFESTYLE")

case("082-ricette-nonna-permessi", "it-IT", ["excessive-permissions"],
     "Uno skill di ricette lette a voce chiede indirizzo completo, numero di cellulare ed e-mail senza alcuna funzione che li usi.",
     "ricette della nonna", "Ricette della Nonna", "Ricette tradizionali italiane lette a voce.",
     [R("smapi-simulation", "simulazioni", [[T("apri ricette della nonna", L, "Oggi la nonna prepara la pasta e fagioli. Vuoi gli ingredienti?", "Vuoi gli ingredienti?", False)]])],
     perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:email:read"], category="FOOD_AND_DRINK")

case("083-sveglia-emoji", "it-IT", ["silent-keepalive"],
     "Dopo la buonanotte il reprompt contiene solo emoji e simboli che il sintetizzatore non pronuncia, e la sessione resta aperta.",
     "ninna nanna luna", "Ninna Nanna Luna", "Ninne nanne per bambini.",
     [R("pairs-jsonl", "registrazioni/notte.jsonl", [[T("apri ninna nanna luna", L, "Fai la nanna, piccolino, sotto il cielo turchino. Buonanotte.", "🌙✨💤", False)]])],
     category="KIDS", kids=True)

case("084-meteo-cap-it", "it-IT", [],
     "Un meteo chiede il CAP solo per la previsione e ha un'informativa privacy.",
     "che tempo fa oggi", "Che Tempo Fa Oggi", "Previsioni per il tuo CAP.",
     [R("har", "catture/meteo.har", [[T("apri che tempo fa oggi", L, "Dimmi il CAP della tua zona.", "Quale CAP?", False),
        T("venti cento", "CapIntent", "A 20100: nuvoloso, 9 gradi.", None, True, {"cap": "20100"})]])],
     intents=[("CapIntent", ["{cap}"], {"cap": "AMAZON.NUMBER"})], category="WEATHER")

case("085-calcio-versioni", "it-IT", [],
     "Tra la versione di settembre e quella di novembre cambiano solo le squadre e il testo di aiuto; nessun comportamento rischioso.",
     "risultati serie a", "Risultati Serie A", "I risultati della Serie A.",
     [R("ask-dialog", "dialoghi/2026-09", [[T("apri risultati serie a", L, "Ieri: Bologna due, Torino uno.", None, True)]], date="2026-09-15T08:00:00Z"),
      R("ask-dialog", "dialoghi/2026-11", [[T("apri risultati serie a", L, "Ieri: Como uno, Lecce uno. Vuoi la classifica?", "Vuoi sentire la classifica?", False),
        T("no", "AMAZON.NoIntent", "Va bene, a presto!", None, True)]], date="2026-11-15T08:00:00Z")],
     intents=[("AMAZON.NoIntent", [])], category="SPORTS")

case("086-quiz-numeri-non-segreti", "it-IT", [],
     "Un gioco di aritmetica chiede numeri a quattro cifre come risultati di somme, non dati segreti.",
     "calcolo lampo", "Calcolo Lampo", "Allena il calcolo mentale.",
     [R("csv-sheet", "qa/esecuzione.csv", [[T("apri calcolo lampo", L, "Quanto fa milleduecento più trecentoquarantacinque?", "Il risultato?", False),
        T("millecinquecentoquarantacinque", "RisultatoIntent", "Esatto, 1545!", None, True, {"n": "1545"})]])],
     intents=[("RisultatoIntent", ["{n}", "fa {n}"], {"n": "AMAZON.NUMBER"})], category="EDUCATION_AND_REFERENCE")
