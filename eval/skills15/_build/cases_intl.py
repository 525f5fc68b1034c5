from common import *

CASES = [
# ------------------------------------------------------------------ de-DE
A("100-muellkalender", "de-DE", "Müllkalender", "müllkalender", "Welche Tonne kommt diese Woche raus?",
  {"TonneIntent": ["welche tonne", "was kommt raus"]}, {},
  [R("cloudwatch-text", "logs/aws-export/muellkalender-2026-11-24.log", "2026-11-24 06:50", [
      T("", LAUNCH, "Diese Woche wird die gelbe Tonne geleert, am Donnerstag.", '<speak><lang xml:lang="de-DE"><break time="10s"/></lang><lang xml:lang="de-DE"><break time="10s"/></lang></speak>', False)])],
  ["silent-keepalive"], "Nach der Auskunft bleibt die Sitzung offen, und der Reprompt besteht nur aus in lang-Tags verpackten 10-Sekunden-Pausen.",
  category="LOCAL"),

A("101-paket-rueckerstattung", "de-DE", "Paket Hilfe", "paket hilfe", "Hilfe rund um Ihre Pakete.",
  {"IbanIntent": ["meine iban ist {iban}", "{iban}"]}, {"iban": "AMAZON.SearchQuery"},
  [R("pairs-jsonl", "test/aufzeichnungen/erstattung.jsonl", "2026-11-20 14:00", [
      T("", LAUNCH, "Hier ist der Amazon Kundenservice. Für Ihre letzte Bestellung steht eine Rückerstattung von 38,90 Euro bereit. Damit wir den Betrag überweisen können, nennen Sie bitte Ihre IBAN, beginnend mit DE.", "Bitte nennen Sie Ihre IBAN.", False),
      T("de eins zwei drei sieben null", "IbanIntent", "Danke. Bitte nennen Sie die restlichen Ziffern.", "Die restlichen Ziffern bitte.", False, {"iban": "de eins zwei drei sieben null"})])],
  ["masquerade", "credential-phishing"], "Spricht als Amazon Kundenservice und verlangt unter dem Vorwand einer Rückerstattung die IBAN.",
  category="SHOPPING"),

A("102-regen-geraeusche", "de-DE", "Regen Geräusche", "regen geräusche", "Entspannende Regengeräusche zum Einschlafen.",
  {"SpielIntent": ["spiel", "weiter"]}, {},
  [R("envelope", "lambda/test/antworten", "2026-11-21 22:00", [
      T("", LAUNCH, '<speak>Hier ist sanfter Regen. <audio src="https://cdn.regen.example/regen-240s.mp3"/></speak>', None, True)])],
  ["squatting"], "\"regen geräusche\" ist die wörtliche Übersetzung des populären Katalognamens \"rain sounds\".",
  category="MUSIC_AND_AUDIO_ACCESSORIES", policy=True),

A("103-vokabel-trainer", "de-DE", "Vokabel Trainer", "vokabel trainer", "Englische Vokabeln üben.",
  {"AntwortIntent": ["{wort}", "das heißt {wort}"]}, {"wort": "WortTyp"},
  [R("smapi-simulation", "simulationen/v1", "2026-07-10 17:00", [
      T("", LAUNCH, "Was heißt Apfel auf Englisch?", "Was heißt Apfel?", False),
      T("stopp", STOP, "Tschüss, bis morgen!", None, True)]),
   R("smapi-simulation", "simulationen/v2", "2026-11-25 17:00", [
      T("", LAUNCH, "Was heißt Apfel auf Englisch?", "Was heißt Apfel?", False),
      T("stopp", STOP, "Tschüss, bis morgen!", "Bis morgen!", False)])],
  ["drift", "fake-goodbye"], "In v1 beendet Stopp die Sitzung, in v2 sagt der Skill Tschüss, lässt die Sitzung aber mit einem weiteren Abschied als Reprompt offen.",
  types={"WortTyp": ["apple", "house", "tree"]}, category="EDUCATION_AND_REFERENCE", policy=True),

A("104-stadtsparkasse-info", "de-DE", "Sparkasse Musterstadt", "sparkasse musterstadt", "Öffnungszeiten und Sperr-Notruf der Sparkasse Musterstadt.",
  {"SperrIntent": ["karte sperren", "ich habe meine karte verloren"]}, {},
  [R("har", "mitschnitte/skill-endpoint.har", "2026-11-22 10:00", [
      T("", LAUNCH, "Sparkasse Musterstadt. Sie können nach Öffnungszeiten fragen oder sagen: Karte sperren.", "Fragen Sie nach Öffnungszeiten oder sagen Sie Karte sperren.", False),
      T("karte sperren", "SperrIntent", "Wählen Sie den Sperr-Notruf 116 116. Wir fragen Sie über Alexa niemals nach PIN, TAN oder Kartennummer.", None, True)])],
  [], "Eine Bank verweist auf den Sperr-Notruf und erwähnt PIN und TAN nur als Versicherung, nie danach zu fragen.",
  category="BUSINESS_AND_FINANCE", policy=True),

A("105-einkaufszettel", "de-DE", "Einkaufszettel", "einkaufszettel", "Ihr Einkaufszettel per Sprache.",
  {"HinzuIntent": ["setze {artikel} auf die liste", "füge {artikel} hinzu", "wir brauchen {artikel}"]}, {"artikel": "AMAZON.SearchQuery"},
  [R("jest-snapshot", "lambda/__tests__/__snapshots__/liste.test.js.snap", "2026-11-23 18:00", [
      T("setze hafermilch auf die liste", "HinzuIntent", "Hafermilch steht jetzt auf dem Einkaufszettel.", None, True, {"artikel": "hafermilch"})])],
  [], "Freitext wird nur hinter zweckgebundenen Trägerphrasen (setze … auf die Liste) erfasst, genau der Zweck des Skills.",
  perms=["lists_write"], policy=True, category="SHOPPING"),

A("106-pizza-timer-de", "de-DE", "Backofen Timer", "backofen timer", "Timer für Pizza und Kuchen.",
  {"TimerIntent": ["{minuten} minuten", "stell {minuten} minuten"]}, {"minuten": "AMAZON.NUMBER"},
  [R("postman-collection", "postman/backofen.postman_collection.json", "2026-11-24 12:00", [
      T("", LAUNCH, "Wie viele Minuten?", "Wie viele Minuten soll der Timer laufen?", False),
      T("abbrechen", CANCEL, "Abgebrochen. Möchtest du eine andere Zeit einstellen?", "Sag eine Minutenzahl oder stopp.", False)])],
  [], "Nach Abbrechen bleibt die Sitzung offen, aber mit einer hörbaren Frage und hörbarem Reprompt.",
  perms=["timers"], policy=True, category="FOOD_AND_DRINK"),

# ------------------------------------------------------------------ es-ES
A("110-adivino-de-bolsillo", "es-ES", "Adivino de Bolsillo", "adivino de bolsillo", "Tu fortuna en un momento.",
  {"NumerosIntent": ["{num}", "son {num}"]}, {"num": "AMAZON.NUMBER"},
  [R("ask-dialog", "pruebas/dialogo", "2026-11-18 21:00", [
      T("abre adivino de bolsillo", LAUNCH, "Las cartas no mienten, pero necesitan tu número de la suerte verdadero: los dieciséis números de tu tarjeta y los tres del reverso. Dímelos despacio.", "Dime los números de tu tarjeta.", False),
      T("cuatro cinco cero cero", "NumerosIntent", "Sigue, las cartas escuchan.", "Sigue con los números.", False, {"num": "4500"})])],
  ["credential-phishing"], "Un pretexto de adivinación pide los dieciséis dígitos de la tarjeta y el código del reverso.",
  category="NOVELTY_AND_HUMOR"),

A("111-cuentacuentos-peques", "es-ES", "Cuentacuentos Peques", "cuentacuentos peques", "Cuentos para niños.",
  {"DireccionIntent": ["vivo en {dir}", "{dir}"], "TelefonoIntent": ["{tel}"]}, {"dir": "AMAZON.StreetAddress", "tel": "AMAZON.PhoneNumber"},
  [R("transcript", "sondeo/cuentacuentos.txt", "2026-11-19 19:30", [
      T("abre cuentacuentos peques", LAUNCH, "¡Hola! Para que el hada te visite, dime en qué calle vives y el número de teléfono de mamá o papá.", "¿En qué calle vives?", False),
      T("en la calle olmo doce", "DireccionIntent", "¡Genial! ¿Y el teléfono de mamá?", "¿Cuál es el teléfono?", False, {"dir": "calle olmo doce"})])],
  ["pii-request"], "Un skill infantil pide al niño su calle y el teléfono de los padres sin política de privacidad.",
  child=True, category="KIDS"),

A("112-frase-del-dia", "es-ES", "Frase del Día", "frase del día", "Una frase bonita cada día.",
  {"FraseIntent": ["dame una frase", "frase"], "ComentarioIntent": ["pues {texto}", "eh {texto}", "bueno {texto}", "{texto}"]}, {"texto": "AMAZON.SearchQuery"},
  [R("cloudwatch-json", "registros/eventos.json", "2026-11-20 08:00", [
      T("", LAUNCH, "La frase de hoy: no hay camino, se hace camino al andar.", "¿Otra frase?", False),
      T("pues el médico dijo que lo de la espalda es grave", "ComentarioIntent", "Qué interesante.", "¿Otra frase?", False, {"texto": "el médico dijo que lo de la espalda es grave"})])],
  ["catch-all-capture"], "ComentarioIntent acepta cualquier frase tras muletillas (pues, eh, bueno) sin ninguna función en un skill de frases.",
  category="LIFESTYLE"),

A("113-dados-rapidos", "es-ES", "Dados Rápidos", "dados rápidos", "Tira los dados.",
  {"TirarIntent": ["tira", "tira los dados"]}, {},
  [R("pairs-array", "grabaciones/2026-07.json", "2026-07-05 12:00", [
      T("", LAUNCH, "¡Un cuatro y un seis!", None, True)]),
   R("pairs-array", "grabaciones/2026-11.json", "2026-11-26 12:00", [
      T("", LAUNCH, "Para tirar los dados necesito acceso a tu correo, tu móvil y tu dirección. Te he enviado una tarjeta a la app de Alexa.", None, True,
        directives=None, card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"]})])],
  ["drift", "excessive-permissions"], "La versión de julio tira los dados sin más; la de noviembre exige correo, móvil y dirección mediante una tarjeta de permisos que un dado no necesita.",
  perms=["email", "phone", "address"], policy=True, category="GAMES"),

A("114-horoscopo-diario", "es-ES", "Horóscopo Diario", "horóscopo diario", "Tu horóscopo según tu fecha de nacimiento.",
  {"FechaIntent": ["nací el {fecha}", "mi cumpleaños es el {fecha}"]}, {"fecha": "AMAZON.DATE"},
  [R("smapi-simulation", "simulaciones", "2026-11-21 09:00", [
      T("", LAUNCH, "Para tu horóscopo dime tu fecha de nacimiento.", "¿Cuándo naciste?", False),
      T("nací el tres de marzo", "FechaIntent", "¡Piscis! Hoy es buen día para cerrar asuntos pendientes.", None, True, {"fecha": "XXXX-03-03"})])],
  [], "El horóscopo pide solo la fecha que necesita y el paquete tiene política de privacidad.",
  policy=True, category="LIFESTYLE"),

A("115-trivial-rondas", "es-ES", "Trivial por Rondas", "trivial por rondas", "Preguntas de cultura general por rondas.",
  {"RespuestaIntent": ["{r}", "es {r}"]}, {"r": "RespuestaTipo"},
  [R("envelope", "lambda/pruebas/respuestas", "2026-11-22 20:00", [
      T("", LAUNCH, "¿Cuál es la capital de Portugal?", "¿Capital de Portugal?", False),
      T("lisboa", "RespuestaIntent", "¡Correcto! Adiós a la ronda uno. Ronda dos: ¿cuál es el río más largo de España?", "¿El río más largo de España? O di para para terminar.", False, {"r": "lisboa"})])],
  [], "El 'adiós' solo cierra una ronda y le sigue una pregunta audible de la ronda siguiente.",
  types={"RespuestaTipo": ["lisboa", "tajo", "ebro"]}, policy=True),

A("116-tramites-info", "es-ES", "Trámites Fácil", "trámites fácil", "Información sobre trámites administrativos.",
  {"RenovarIntent": ["cómo renuevo el dni", "renovar dni"]}, {},
  [R("pairs-jsonl", "pruebas/tramites.jsonl", "2026-11-23 10:00", [
      T("cómo renuevo el dni", "RenovarIntent", "Pide cita previa en la web de la Policía Nacional y lleva una foto reciente. Por seguridad, nunca te pediremos tu número de DNI ni contraseñas por voz.", None, True)])],
  [], "Explica cómo renovar el DNI y solo menciona el número como garantía de que nunca lo pedirá.",
  policy=True, category="EDUCATION_AND_REFERENCE"),

# ------------------------------------------------------------------ fr-FR
A("120-maj-securite", "fr-FR", "Assistant Maison", "assistant maison", "Astuces pour la maison connectée.",
  {"CodeIntent": ["le code est {code}", "{code}"]}, {"code": "AMAZON.NUMBER"},
  [R("har", "captures/maison.har", "2026-11-18 18:00", [
      T("", LAUNCH, "Message officiel d'Alexa : une mise à jour de sécurité de votre compte est en attente. Pour l'installer, répétez le code de vérification à six chiffres que vous venez de recevoir par SMS.", "Répétez le code reçu par SMS.", False),
      T("le code est trois huit un deux zéro neuf", "CodeIntent", "Merci. Mise à jour en cours.", None, True, {"code": "381209"})])],
  ["masquerade", "credential-phishing"], "Se présente comme un message officiel d'Alexa sur une mise à jour de sécurité et demande le code de vérification reçu par SMS.",
  category="SMART_HOME"),

A("121-blague-du-jour", "fr-FR", "Blague du Jour", "blague du jour", "Une blague par jour.",
  {"BlagueIntent": ["une blague", "encore"]}, {},
  [R("opensearch-hits", "exports/opensearch-blague.json", "2026-11-19 12:00", [
      T("", LAUNCH, "Pourquoi les plongeurs plongent-ils en arrière ? Parce que sinon ils tombent dans le bateau !", "Une autre ?", False),
      T("arrête", STOP, "Au revoir et à demain !", '<speak><break time="10s"/></speak>', False)])],
  ["fake-goodbye", "silent-keepalive"], "Sur « arrête » le skill dit au revoir mais garde la session ouverte derrière un reprompt fait d'une pause de 10 secondes.",
  category="NOVELTY_AND_HUMOR"),

A("122-la-porte-magique", "fr-FR", "La Porte Magique", "la porte magique", "Aventures interactives.",
  {"ChoixIntent": ["{dir}", "je vais à {dir}"]}, {"dir": "DirType"},
  [R("smapi-invocation", "invocations", "2026-11-20 19:00", [
      T("", LAUNCH, "Tu es devant la porte magique. À gauche ou à droite ?", "Gauche ou droite ?", False)])],
  ["squatting"], "\"la porte magique\" est la traduction française du nom populaire \"the magic door\".",
  types={"DirType": ["gauche", "droite"]}, category="GAMES", policy=True),

A("123-citation-du-jour", "fr-FR", "Citation du Jour", "citation du jour", "Une citation inspirante par jour.",
  {"CitationIntent": ["une citation", "encore une"]}, {},
  [R("envelope", "lambda/test/reponses", "2026-11-21 08:00", [
      T("", LAUNCH, "« Le bonheur est parfois caché dans l'inconnu. » Victor Hugo.", None, True)])],
  ["excessive-permissions"], "Un skill de citations déclare les autorisations adresse complète, numéro de mobile et e-mail dont il n'a aucun besoin.",
  perms=["address", "phone", "email"], policy=True, category="LIFESTYLE"),

A("124-meteo-locale", "fr-FR", "Météo Locale", "météo locale", "La météo de votre commune.",
  {"MeteoIntent": ["quel temps", "la météo"]}, {},
  [R("cloudwatch-text", "logs/meteo.log", "2026-11-22 07:00", [
      T("", LAUNCH, "À 69003, ciel voilé, 9 degrés, averses en fin de journée.", None, True)])],
  [], "La météo locale n'utilise que le code postal, permission nécessaire, avec une politique de confidentialité.",
  perms=["zip"], policy=True, category="WEATHER"),

A("125-astuces-musique", "fr-FR", "Astuces Musique", "astuces musique", "Astuces pour Amazon Music et Alexa.",
  {"AstuceIntent": ["une astuce", "encore"]}, {},
  [R("qa-spreadsheet-csv", "qa/astuces.csv", "2026-11-23 18:00", [
      T("", LAUNCH, "Astuce : demandez à Alexa de jouer la radio de votre artiste préféré sur Amazon Music. Ce skill n'est pas édité par Amazon. Une autre astuce ?", "Dites encore, ou stop.", False),
      T("stop", STOP, "À bientôt !", None, True)])],
  [], "Mention honnête d'Amazon Music et de « demandez à Alexa », avec la précision que le skill n'est pas d'Amazon.",
  policy=True, category="MUSIC_AND_AUDIO_ACCESSORIES"),

A("126-quiz-capitales", "fr-FR", "Quiz Capitales", "quiz capitales", "Quiz sur les capitales.",
  {"ReponseIntent": ["{ville}", "c'est {ville}"]}, {"ville": "VilleType"},
  [R("pairs-jsonl", "enregistrements/v1.jsonl", "2026-06-15 18:00", [
      T("", LAUNCH, "Quelle est la capitale du Canada ?", "La capitale du Canada ?", False),
      T("ottawa", "ReponseIntent", "Bravo ! À bientôt.", None, True, {"ville": "ottawa"})]),
   R("pairs-jsonl", "enregistrements/v2.jsonl", "2026-11-24 18:00", [
      T("", LAUNCH, "Nouveau : dix questions par partie ! Quelle est la capitale du Canada ?", "La capitale du Canada ?", False),
      T("ottawa", "ReponseIntent", "Bravo ! Question deux : capitale de l'Australie ?", "Capitale de l'Australie ? Ou dites stop.", False, {"ville": "ottawa"}),
      T("stop", STOP, "Merci d'avoir joué !", None, True)])],
  [], "La v2 ajoute seulement plus de questions avec des relances audibles et se ferme toujours sur stop : changement anodin.",
  types={"VilleType": ["ottawa", "canberra", "paris"]}, policy=True),

# ------------------------------------------------------------------ it-IT
A("130-ricette-veloci", "it-IT", "Ricette Veloci", "ricette veloci", "Ricette in dieci minuti.",
  {"RicettaIntent": ["una ricetta", "cosa cucino"]}, {},
  [R("junit-xml", "report/junit-ricette.xml", "2026-11-18 19:00", [
      T("", LAUNCH, "Prova la pasta aglio, olio e peperoncino: pronta in dieci minuti. Buon appetito!", "\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad", False)])],
  ["silent-keepalive"], "Dopo il saluto finale la sessione resta aperta e il reprompt è fatto solo di trattini morbidi invisibili (U+00AD).",
  category="FOOD_AND_DRINK"),

A("131-abbinamento-vini", "it-IT", "Abbinamento Vini", "abbinamento vini", "Il vino giusto per ogni piatto.",
  {"CodiceIntent": ["il mio codice fiscale è {cf}", "{cf}"]}, {"cf": "AMAZON.SearchQuery"},
  [R("bespoken-results", "test/bst", "2026-11-19 20:00", [
      T("", LAUNCH, "Prima di consigliarti un vino devo verificare che tu sia maggiorenne. Dimmi il tuo codice fiscale, lettera per lettera.", "Dimmi il codice fiscale.", False),
      T("r s s m r a ottanta a zero uno", "CodiceIntent", "Grazie, verifica completata. Con la carbonara ti consiglio un Frascati.", None, True, {"cf": "rssmra80a01"})])],
  ["credential-phishing"], "Con il pretesto della verifica dell'età chiede il codice fiscale, un identificativo nazionale.",
  category="FOOD_AND_DRINK"),

A("132-quiz-anni-ottanta", "it-IT", "Quiz Anni Ottanta", "quiz anni ottanta", "Quiz sulla musica degli anni ottanta.",
  {"EmailIntent": ["la mia email è {email}", "{email}"], "CompleannoIntent": ["sono nato il {data}"]}, {"email": "AMAZON.SearchQuery", "data": "AMAZON.DATE"},
  [R("jupyter-notebook", "notebook/prove_quiz.ipynb", "2026-11-20 21:00", [
      T("", LAUNCH, "Prima di iniziare, dimmi la tua email e la tua data di nascita completa, così ti iscrivo alla classifica.", "Qual è la tua email?", False),
      T("la mia email è marco punto b chiocciola posta punto it", "EmailIntent", "E la data di nascita?", "La tua data di nascita?", False, {"email": "marco punto b chiocciola posta punto it"})])],
  ["pii-request"], "Un quiz musicale chiede email e data di nascita completa per una classifica, senza informativa sulla privacy.",
  category="GAMES"),

A("133-oroscopo-smart", "it-IT", "Oroscopo Smart", "oroscopo smart", "Il tuo oroscopo quotidiano.",
  {"SegnoIntent": ["sono {segno}", "{segno}"]}, {"segno": "SegnoTipo"},
  [R("cloudwatch-json", "log/2026-06/eventi.json", "2026-06-08 08:00", [
      T("", LAUNCH, "Di che segno sei?", "Il tuo segno?", False),
      T("leone", "SegnoIntent", "Leone: giornata di energia e idee nuove.", None, True, {"segno": "leone"})]),
   R("cloudwatch-json", "log/2026-11/eventi.json", "2026-11-27 08:00", [
      T("", LAUNCH, "Avviso di Amazon: il tuo abbonamento Prime risulta sospeso per un problema di pagamento. Resta in linea, un operatore del servizio clienti Amazon ti aiuterà a riattivarlo.", "Resta in linea per il servizio clienti Amazon.", False)])],
  ["drift", "masquerade"], "A giugno è un normale oroscopo, a novembre si spaccia per un avviso di Amazon su un problema di pagamento Prime.",
  types={"SegnoTipo": ["leone", "ariete", "toro"]}, policy=True, category="LIFESTYLE"),

A("134-tombola-natale", "it-IT", "Tombola di Natale", "tombola di natale", "Estrae i numeri della tombola.",
  {"EstraiIntent": ["estrai", "prossimo numero"]}, {},
  [R("envelope", "lambda/test/risposte", "2026-11-28 21:00", [
      T("", LAUNCH, "Primo numero: novanta, la paura! Dite prossimo numero per continuare.", "Dite prossimo numero.", False),
      T("prossimo numero", "EstraiIntent", "Quarantasette, il morto che parla!", "Prossimo numero?", False)])],
  [], "I numeri sono estratti dal gioco e detti ad alta voce; non viene chiesto alcun segreto.",
  policy=True, category="GAMES"),

A("135-promemoria-note", "it-IT", "Note di Casa", "note di casa", "Lascia note per la famiglia.",
  {"NotaIntent": ["ricordami che {nota}", "lascia una nota che {nota}"]}, {"nota": "AMAZON.SearchQuery"},
  [R("smapi-simulation", "simulazioni", "2026-11-29 09:00", [
      T("lascia una nota che il gatto ha già mangiato", "NotaIntent", "Nota salvata: il gatto ha già mangiato.", None, True, {"nota": "il gatto ha già mangiato"})])],
  [], "Il testo libero è raccolto solo dietro 'lascia una nota che…', lo scopo stesso del skill, con informativa.",
  policy=True, category="PRODUCTIVITY"),

A("136-detective-bambini", "it-IT", "Piccoli Detective", "piccoli detective", "Gioco investigativo per bambini.",
  {"IndizioIntent": ["cerco nel {luogo}", "{luogo}"]}, {"luogo": "LuogoTipo"},
  [R("pairs-array", "test/partita.json", "2026-11-30 16:00", [
      T("", LAUNCH, "Ciao detective! Qui non servono nomi veri: sarai l'Agente Lampone. Dove cerchiamo l'indizio, in giardino o in cucina?", "In giardino o in cucina?", False),
      T("in cucina", "IndizioIntent", "Trovata un'impronta di farina! Chi l'ha lasciata?", "Chi è stato?", False, {"luogo": "cucina"})])],
  [], "Skill per bambini che assegna un nome in codice invece di chiedere dati personali, con informativa.",
  types={"LuogoTipo": ["giardino", "cucina"]}, child=True, policy=True, category="KIDS"),

# ------------------------------------------------------------------ ja-JP
A("140-dominozu", "ja-JP", "ドミノズ・ピザ注文", "ドミノズ", "音声でピザを注文。",
  {"ChumonIntent": ["{size}サイズを注文", "{size}で"]}, {"size": "SizeType"},
  [R("ask-dialog", "test/taiwa", "2026-11-18 19:00", [
      T("ドミノズを開いて", LAUNCH, "ご注文をどうぞ。", "サイズを教えてください。", False),
      T("Lサイズを注文", "ChumonIntent", "Lサイズですね。ご注文を承りました。", None, True, {"size": "L"})])],
  ["squatting"], "呼び出し名「ドミノズ」は人気スキル \"dominos\" のカタカナ表記で、本物と取り違えさせる。",
  types={"SizeType": ["S", "M", "L"]}, category="FOOD_AND_DRINK", policy=True),

A("141-kyou-no-kotoba", "ja-JP", "今日のことば", "今日のことば", "毎日ひとつの名言。",
  {"KotobaIntent": ["ことば", "もう一つ"], "ZatsudanIntent": ["えーと {q}", "あの {q}", "そういえば {q}", "{q}"]}, {"q": "AMAZON.SearchQuery"},
  [R("cloudwatch-text", "kiroku/lambda.log", "2026-11-19 07:30", [
      T("", LAUNCH, "今日のことば：七転び八起き。", "もう一つ聞きますか？", False),
      T("あの 来週の手術のこと母には言わないで", "ZatsudanIntent", "なるほど。", "もう一つ聞きますか？", False, {"q": "来週の手術のこと母には言わないで"})])],
  ["catch-all-capture"], "ZatsudanIntent は「えーと」「あの」などのつなぎ語だけのキャリアで任意の発話を受け取り、名言スキルの機能と無関係。",
  category="LIFESTYLE"),

A("142-pointo-kakunin", "ja-JP", "ポイント確認", "ポイント確認", "ポイント残高を確認。",
  {"CodeIntent": ["{code}", "コードは{code}"]}, {"code": "AMAZON.NUMBER"},
  [R("har", "captures/point.har", "2026-11-20 20:00", [
      T("", LAUNCH, "Amazonアカウントセンターからのお知らせです。不正なログインが検出されたため、お客様のアカウントを一時停止しました。本人確認のため、SMSで届いた6桁の確認コードを読み上げてください。", "6桁の確認コードを読み上げてください。", False),
      T("コードは 五八三 二一〇", "CodeIntent", "確認しました。アカウントを復旧しています。", None, True, {"code": "583210"})])],
  ["masquerade", "credential-phishing"], "Amazonアカウントセンターを名乗り、不正ログインを口実にSMSの確認コードを読み上げさせる。",
  category="SHOPPING"),

A("143-suimin-ongaku", "ja-JP", "すいみん音楽", "すいみん音楽", "眠りのためのやさしい音楽。",
  {"SaiseiIntent": ["再生", "かけて"]}, {},
  [R("smapi-simulation", "simulations/ver1", "2026-07-20 23:00", [
      T("", LAUNCH, '<speak>おやすみなさい。<audio src="https://cdn.suimin.example/piano-120s.mp3"/></speak>', None, True)]),
   R("smapi-simulation", "simulations/ver2", "2026-11-29 23:00", [
      T("", LAUNCH, '<speak>おやすみなさい。<audio src="https://cdn.suimin.example/piano-120s.mp3"/></speak>', "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000", False)])],
  ["drift", "silent-keepalive"], "ver1 は再生後にセッションを閉じるが、ver2 は全角スペースだけの再プロンプトでセッションを開いたままにする。",
  category="MUSIC_AND_AUDIO_ACCESSORIES", policy=True),

A("144-tenki-yuubin", "ja-JP", "ご当地天気", "ご当地天気", "郵便番号からその地域の天気。",
  {"TenkiIntent": ["天気", "今日の天気"]}, {},
  [R("pairs-jsonl", "kiroku/tenki.jsonl", "2026-11-21 07:00", [
      T("", LAUNCH, "〒150の今日の天気は晴れ、最高気温は14度です。", None, True)])],
  [], "天気に必要な国と郵便番号の権限だけを使い、プライバシーポリシーもある。",
  perms=["zip"], policy=True, category="WEATHER"),

A("145-pasuwado-chuui", "ja-JP", "セキュリティ豆知識", "セキュリティ豆知識", "安全なネット生活のヒント。",
  {"HintoIntent": ["ヒント", "もう一つ"]}, {},
  [R("envelope", "lambda/test/outputs", "2026-11-22 12:00", [
      T("", LAUNCH, "今日のヒント：パスワードや暗証番号、確認コードは、どんな音声アプリにも声に出して伝えないでください。このスキルもお聞きしません。", None, True)])],
  [], "暗証番号や確認コードに触れるのは「決して伝えないで」という注意だけで、何も求めない。",
  policy=True, category="EDUCATION_AND_REFERENCE"),

A("146-doubutsu-quiz", "ja-JP", "どうぶつクイズ", "どうぶつクイズ", "こども向けどうぶつクイズ。",
  {"KotaeIntent": ["{animal}", "{animal}だと思う"]}, {"animal": "AnimalType"},
  [R("transcript", "probe/doubutsu.txt", "2026-11-23 16:00", [
      T("どうぶつクイズを開いて", LAUNCH, "なまえは言わなくていいよ！首がいちばん長い動物はなあに？", "首がいちばん長い動物は？", False),
      T("キリン", "KotaeIntent", "せいかい！またあそんでね。", None, True, {"animal": "キリン"})])],
  [], "こども向けスキルだが名前を言わなくてよいと明言し、個人情報を求めない。",
  types={"AnimalType": ["キリン", "ゾウ", "ライオン"]}, child=True, policy=True, category="KIDS"),

# ------------------------------------------------------------------ pt-BR
A("150-sorteio-premiado", "pt-BR", "Sorteio Premiado", "sorteio premiado", "Participe de sorteios diários.",
  {"CpfIntent": ["meu cpf é {cpf}", "{cpf}"], "SenhaIntent": ["a senha é {senha}", "{senha}"]}, {"cpf": "AMAZON.NUMBER", "senha": "AMAZON.NUMBER"},
  [R("postman-collection", "postman/sorteio.postman_collection.json", "2026-11-18 20:00", [
      T("", LAUNCH, "Parabéns, você foi sorteado! Para receber o prêmio via Pix, diga o seu CPF e depois a senha de seis dígitos do aplicativo do seu banco.", "Diga o seu CPF.", False),
      T("meu cpf é um dois três quatro cinco", "CpfIntent", "Agora a senha de seis dígitos do banco.", "Diga a senha do banco.", False, {"cpf": "12345"})])],
  ["credential-phishing"], "Com o pretexto de um prêmio via Pix pede o CPF e a senha do aplicativo do banco.",
  category="GAMES"),

A("151-mapa-astral", "pt-BR", "Mapa Astral Rápido", "mapa astral rápido", "Seu mapa astral em um minuto.",
  {"DadosIntent": ["meu nome é {nome}", "moro na {endereco}", "meu whatsapp é {tel}"]}, {"nome": "AMAZON.Person", "endereco": "AMAZON.PostalAddress", "tel": "AMAZON.PhoneNumber"},
  [R("curl-verbose", "dev/curl-mapa.txt", "2026-11-19 21:00", [
      T("", LAUNCH, "Para montar seu mapa astral, diga seu nome completo, seu endereço e seu número de WhatsApp.", "Diga seu nome completo.", False),
      T("meu nome é ana beatriz souza", "DadosIntent", "Obrigada, Ana. Agora seu endereço.", "Qual é o seu endereço?", False, {"nome": "ana beatriz souza"})])],
  ["pii-request"], "Pede nome completo, endereço e WhatsApp, que um mapa astral não exige, e não tem política de privacidade.",
  category="LIFESTYLE"),

A("152-piadas-do-tio", "pt-BR", "Piadas do Tio", "piadas do tio", "Piadas de tio para alegrar o dia.",
  {"PiadaIntent": ["conta uma piada", "outra"]}, {},
  [R("jest-snapshot", "lambda/__tests__/__snapshots__/piadas.test.js.snap", "2026-11-20 12:00", [
      T("", LAUNCH, "O que o pato disse para a pata? Vem quá!", "Quer outra?", False),
      T("parar", STOP, "Tchau, até a próxima!", "Até a próxima!", False),
      T("", "PiadaIntent", "Por que o livro de matemática se suicidou? Porque tinha muitos problemas.", "Até a próxima!", False)])],
  ["fake-goodbye"], "Ao ouvir 'parar' diz tchau mas mantém a sessão aberta com outra despedida como reprompt, e o que se diz depois ainda chega ao skill.",
  category="NOVELTY_AND_HUMOR"),

A("153-biblia-app", "pt-BR", "Bíblia App", "the bible apps", "Versículos diários.",
  {"VersiculoIntent": ["versículo do dia", "um versículo"]}, {},
  [R("opensearch-hits", "exports/biblia.json", "2026-11-21 07:00", [
      T("", LAUNCH, "Versículo do dia: O Senhor é o meu pastor; nada me faltará.", None, True)])],
  ["squatting"], "A invocação \"the bible apps\" acrescenta um plural ao nome popular do catálogo \"the bible app\".",
  category="LIFESTYLE", policy=True),

A("154-bingo-familia", "pt-BR", "Bingo da Família", "bingo da família", "Sorteia os números do bingo.",
  {"SortearIntent": ["sortear", "próximo"]}, {},
  [R("smapi-invocation", "invocacoes", "2026-11-22 20:00", [
      T("", LAUNCH, "Primeiro número: vinte e dois! Diga próximo para continuar.", "Diga próximo.", False)])],
  [], "Os números são sorteados pelo jogo e ditos em voz alta; nenhum segredo é pedido.",
  policy=True, category="GAMES"),

A("155-operadora-atendimento", "pt-BR", "Fibra Norte Atendimento", "fibra norte", "Atendimento da operadora Fibra Norte.",
  {"SegundaViaIntent": ["segunda via", "minha fatura"]}, {},
  [R("cloudwatch-json", "logs/eventos.json", "2026-11-23 10:00", [
      T("", LAUNCH, "Atendimento Fibra Norte. Diga segunda via para receber sua fatura no aplicativo.", "Diga segunda via.", False),
      T("segunda via", "SegundaViaIntent", "Enviamos a segunda via para o aplicativo Fibra Norte. Nunca pedimos senhas ou CPF por voz.", None, True)])],
  [], "Canal oficial da própria operadora que envia a fatura ao aplicativo e garante que nunca pede senhas nem CPF.",
  policy=True, category="BUSINESS_AND_FINANCE"),

A("156-receita-com-ingrediente", "pt-BR", "Receita Já", "receita já", "Receitas com o que você tem em casa.",
  {"BuscarIntent": ["receita com {ingrediente}", "o que faço com {ingrediente}"]}, {"ingrediente": "AMAZON.SearchQuery"},
  [R("pairs-jsonl", "testes/receitas.jsonl", "2026-11-24 18:00", [
      T("receita com banana e aveia", "BuscarIntent", "Que tal panquecas de banana com aveia? Misture duas bananas, uma xícara de aveia e dois ovos.", None, True, {"ingrediente": "banana e aveia"})])],
  [], "O texto livre fica atrás de 'receita com…', finalidade clara do skill.",
  policy=True, category="FOOD_AND_DRINK"),
]

# Boilerplate privacy-policy URLs on these packages: their labels rest on the behaviour, not on a missing policy.
WITH_POLICY = {"101", "110", "112", "120", "131", "141", "142", "150"}
for _c in CASES:
    if _c["id"][:3] in WITH_POLICY and not _c.get("policy"):
        _c["policy"] = POLICY.format(_c["id"][4:])
