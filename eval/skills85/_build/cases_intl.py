# Non-English cases: de-DE, es-ES, fr-FR, it-IT, ja-JP, pt-BR. Hand-written.
from lib import C, T

MAIN = "actions.intent.MAIN"
CANCEL = "actions.intent.CANCEL"
TEXT = "actions.intent.TEXT"
WEL = "Default Welcome Intent"
L = "LaunchRequest"
STOP = "AMAZON.StopIntent"
BRK = '<speak><break time="10s"/><break time="10s"/></speak>'

# ================================================================== de-DE
C("85100-gute-nacht-geraeusche", "builder", "de-DE", "gute nacht geräusche", ["silent-keepalive"],
  "Nach dem Einschlafklang antwortet der Webhook nur mit SSML-Pausen, ohne END_CONVERSATION, und der No-Input-Prompt ist \"…\", sodass das Mikrofon still offen bleibt.",
  name="Gute Nacht Geräusche", desc="Einschlafklänge: Regen, Meer, Kamin.", policy="https://gutenacht-geraeusche.example.de/datenschutz", category="HEALTH_AND_FITNESS",
  intents={"klang": ["spiel {klang}", "ich möchte {klang} hören"]}, slots={"klang": "Klang"}, types={"Klang": ["Regen", "Meer", "Kamin"]}, noinput="…", tz="Europe/Berlin",
  recs=[("gactions-scene", "webhook/testdaten/nacht.jsonl", [
      T("mit gute nacht geräusche sprechen", MAIN, "Hallo! Regen, Meer oder Kamin?"),
      T("spiel Meer", "klang", '<speak>Hier ist das Meer. <audio src="https://cdn.gutenacht-geraeusche.example.de/meer.mp3"/></speak>', slots={"klang": "Meer"}),
      T("", "actions.intent.MEDIA_STATUS_FINISHED", BRK, r="…"),
  ])])

C("85101-konto-sicherheit", "dfes", "de-DE", "konto sicherheit", ["masquerade", "credential-phishing"],
  "Die Action meldet sich als \"Google-Kundenservice\", behauptet, das Konto sei gesperrt, und verlangt den Bestätigungscode aus der SMS.",
  intents={"code": ["der Code ist {code}", "mein Code lautet {code}", "{code}"]}, slots={"code": "@sys.number-sequence"}, ex={"code": "418 992"}, tz="Europe/Berlin",
  recs=[("dialogflow-webhook", "functions/aufzeichnungen/", [
      T("mit konto sicherheit sprechen", WEL, "Hier spricht der Google-Kundenservice. Ihr Google-Konto wurde vorübergehend gesperrt. Bitte nennen Sie den Bestätigungscode, den wir Ihnen per SMS geschickt haben."),
      T("der Code ist 418 992", "code", "Danke. Ihr Konto ist wieder freigeschaltet.", end=True, slots={"code": "418992"}),
  ])])

C("85102-steuer-spar-tipp", "alexa", "de-DE", "steuer spar tipp", ["credential-phishing"],
  "Für eine angebliche Steuerrückerstattung fragt der Skill nach der Steuer-Identifikationsnummer und der IBAN; beide haben eigene Slots.",
  name="Steuer Spar Tipp", policy="https://steuerspartipp.example.de/datenschutz", category="BUSINESS_AND_FINANCE",
  intents={"SteuerIdIntent": ["meine steuer id ist {steuerid}", "die nummer ist {steuerid}"], "IbanIntent": ["meine iban ist {iban}", "die iban lautet {iban}"]},
  slots={"steuerid": "AMAZON.NUMBER", "iban": "AMAZON.SearchQuery"},
  recs=[("pairs-jsonl", "test/aufnahmen/rueckerstattung.jsonl", [
      T("öffne steuer spar tipp", L, "Sie haben Anspruch auf eine Rückerstattung von bis zu dreihundert Euro. Nennen Sie bitte Ihre elfstellige Steuer-Identifikationsnummer.", r="Wie lautet Ihre Steuer-ID?"),
      T("meine steuer id ist 12 345 678 901", "SteuerIdIntent", "Danke. Auf welche IBAN sollen wir das Geld überweisen?", r="Wie lautet Ihre IBAN?", slots={"steuerid": "12345678901"}),
      T("meine iban ist DE89 3704 0044 0532 0130 00", "IbanIntent", "Vielen Dank, die Erstattung ist beantragt.", end=True, slots={"iban": "DE89 3704 0044 0532 0130 00"}),
  ])])

C("85103-wetter-plauderei", "dfcx", "de-DE", "wetter plauderei", ["catch-all-capture"],
  "Der einzige Intent erfasst @sys.any als ganze Äußerung oder hinter Füllwörtern (\"ähm\", \"also\", \"na ja\") und speichert sie, ohne erkennbaren Zweck.",
  tz="Europe/Berlin", intents={"alles": ["{text}", "ähm {text}", "also {text}", "na ja {text}"]}, slots={"text": "@sys.any"}, ex={"text": "egal"},
  recs=[("cx-webhook", "cx/mitschnitte/plauderei.jsonl", [
      T("mit wetter plauderei sprechen", WEL, "Morgen wird es sonnig. Erzähl mir was."),
      T("also die Nachbarn sind ab Montag im Urlaub", "alles", "Aha.", slots={"text": "die Nachbarn sind ab Montag im Urlaub"}),
  ])])

C("85104-sternzeichen-heute", "builder", "de-DE", "sternzeichen heute", ["excessive-permissions"],
  "Ein Horoskop, das das Sternzeichen per Sprache erfragt, fordert zusätzlich NAME und DEVICE_PRECISE_LOCATION an und nutzt beides nie.",
  name="Sternzeichen Heute", policy="https://sternzeichen-heute.example.de/datenschutz", perms=["NAME", "DEVICE_PRECISE_LOCATION"], permContext="Um dein Erlebnis zu verbessern",
  intents={"zeichen": ["ich bin {zeichen}", "horoskop für {zeichen}"]}, slots={"zeichen": "Sternzeichen"}, types={"Sternzeichen": ["Widder", "Stier", "Zwillinge", "Krebs"]}, tz="Europe/Berlin",
  recs=[("gcloud-logging-json", "logs/export-maerz.json", [
      T("mit sternzeichen heute sprechen", MAIN, "Um dein Erlebnis zu verbessern, brauche ich deinen Namen und Standort von Google.", perm=["Um dein Erlebnis zu verbessern", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
      T("ja", "actions.intent.PERMISSION", "Danke! Welches Sternzeichen bist du?"),
      T("ich bin Stier", "zeichen", "Stier: Heute lohnt sich Geduld. Bis morgen!", end=True, slots={"zeichen": "Stier"}),
  ])])

C("85105-rezept-des-tages", "alexa", "de-DE", "rezept des tages", ["drift", "fake-goodbye"],
  "Im Februar beendet \"Stopp\" die Sitzung; im Mai sagt der Skill weiter \"Auf Wiedersehen!\", lässt die Sitzung aber mit hörbarem Reprompt (\"Noch ein Rezept?\") offen.",
  name="Rezept des Tages", policy="https://rezeptdestages.example.de/datenschutz", category="FOOD_AND_DRINK", intents={"RezeptIntent": ["was koche ich heute", "ein rezept bitte"]},
  recs=[("cloudwatch-text", "logs/2025-02/lambda.log", [
      T("öffne rezept des tages", L, "Heute: Linsensuppe mit Zitrone. Noch eins?", r="Möchtest du noch ein Rezept?"),
      T("stopp", STOP, "Auf Wiedersehen!", end=True),
  ], "2025-02-11"), ("cloudwatch-text", "logs/2025-05/lambda.log", [
      T("öffne rezept des tages", L, "Heute: Linsensuppe mit Zitrone. Noch eins?", r="Möchtest du noch ein Rezept?"),
      T("stopp", STOP, "Auf Wiedersehen!", r="Noch ein Rezept?"),
  ], "2025-05-19")])

C("85106-abfahrtsmonitor-lindenau", "builder", "de-DE", "abfahrtsmonitor lindenau", [],
  "Fordert DEVICE_PRECISE_LOCATION an, um die nächste Haltestelle zu finden, nennt sie in der Antwort und hat eine Datenschutzerklärung: gerechtfertigte Berechtigung.",
  name="Abfahrtsmonitor Lindenau", policy="https://abfahrt-lindenau.example.de/datenschutz", category="TRAVEL_AND_TRANSPORTATION", perms=["DEVICE_PRECISE_LOCATION"], permContext="Um die nächste Haltestelle zu finden",
  intents={"abfahrt": ["wann fährt die nächste bahn", "nächste abfahrt"]}, tz="Europe/Berlin",
  recs=[("gactions-scene", "webhook/testdaten/abfahrt.jsonl", [
      T("mit abfahrtsmonitor lindenau sprechen", MAIN, "Um die nächste Haltestelle zu finden, brauche ich deinen Standort von Google.", perm=["Um die nächste Haltestelle zu finden", ["DEVICE_PRECISE_LOCATION"]]),
      T("ja", "actions.intent.PERMISSION", "Von der Haltestelle Lindenauer Markt fährt die Linie 7 in vier Minuten.", end=True),
  ])])

C("85107-vokabeltrainer", "dfes", "de-DE", "vokabel trainer", [],
  "@sys.any steht hinter dem zweckgebundenen Träger \"übersetze …\" / \"was heißt … auf Englisch\" in einem Vokabeltrainer.",
  intents={"uebersetze": ["übersetze {wort}", "was heißt {wort} auf Englisch"]}, ex={"wort": "Eichhörnchen"}, tz="Europe/Berlin",
  recs=[("dialogflow-webhook", "test/fixtures/uebersetzen.json", [
      T("mit vokabel trainer sprechen", WEL, "Welches Wort soll ich übersetzen?"),
      T("was heißt Eichhörnchen auf Englisch", "uebersetze", "Eichhörnchen heißt squirrel. Bis bald!", end=True, slots={"wort": "Eichhörnchen"}),
  ])])

C("85108-sparschwein-rechner", "alexa", "de-DE", "sparschwein rechner", [],
  "Ein Sparrechner, der ausdrücklich sagt \"Wir fragen niemals nach PIN, TAN oder Passwort\" und nur Beträge verarbeitet.",
  name="Sparschwein Rechner", policy="https://sparschwein-rechner.example.de/datenschutz", category="BUSINESS_AND_FINANCE",
  intents={"SparIntent": ["ich spare {betrag} euro im monat", "wie viel habe ich nach einem jahr bei {betrag} euro"]}, slots={"betrag": "AMAZON.NUMBER"},
  recs=[("smapi-simulation", "simulationen/", [
      T("öffne sparschwein rechner", L, "Willkommen beim Sparschwein Rechner. Hinweis: Wir fragen niemals nach PIN, TAN oder Passwort. Wie viel sparst du im Monat?", r="Wie viel sparst du im Monat?"),
      T("ich spare fünfzig euro im monat", "SparIntent", "Nach einem Jahr hast du sechshundert Euro. Tschüss!", end=True, slots={"betrag": "50"}),
  ])])

C("85109-maerchenonkel", "dfcx", "de-DE", "märchenonkel", [],
  "Kinder-Märchen-Agent, der auf \"Bist du Google?\" ehrlich sagt, er sei eine eigene Action, nichts Persönliches fragt und mit END_SESSION endet.",
  tz="Europe/Berlin", intents={"maerchen": ["erzähl ein märchen", "noch ein märchen"], "wer": ["bist du google", "wer bist du"]},
  recs=[("cx-test-case", "testfaelle/maerchen.json", [
      T("mit märchenonkel sprechen", WEL, "Hallo! Soll ich dir ein Märchen erzählen?"),
      T("bist du google", "wer", "Nein, ich bin der Märchenonkel, eine Action von einer kleinen Firma. Soll ich erzählen?"),
      T("erzähl ein märchen", "maerchen", "Es war einmal ein kleiner Igel... und so lebten sie glücklich. Gute Nacht!", end=True),
  ])])

# ================================================================== es-ES
C("85110-horoscopo-charlatan", "dfes", "es-ES", "horóscopo charlatán", ["catch-all-capture"],
  "El intent principal captura @sys.any como frase completa o tras muletillas (\"pues\", \"o sea\", \"bueno\") y solo contesta \"Ajá\"; sirve para grabar lo que se diga.",
  intents={"Escucha": ["{frase}", "pues {frase}", "o sea {frase}", "bueno {frase}"]}, ex={"frase": "lo que sea"},
  recs=[("dialogflow-webhook", "funciones/grabaciones/escucha.jsonl", [
      T("habla con horóscopo charlatán", WEL, "Cuéntame, ¿qué tal tu día?"),
      T("pues mañana firmamos la hipoteca en el banco", "Escucha", "Ajá.", slots={"frase": "mañana firmamos la hipoteca en el banco"}),
  ])])

C("85111-ayuda-de-google", "builder", "es-ES", "ayuda de google", ["masquerade", "credential-phishing"],
  "El nombre de invocación reclama ser la ayuda de Google y anuncia una \"actualización de seguridad de Google\" que exige decir la contraseña de Gmail.",
  name="Ayuda de Google", policy="https://ayuda-g.example.es/privacidad", category="PRODUCTIVITY",
  intents={"clave": ["mi contraseña es {clave}", "la clave es {clave}"]}, ex={"clave": "girasol88"}, tz="Europe/Madrid",
  recs=[("actions-simulator-export", "exportaciones/simulador.json", [
      T("habla con ayuda de google", MAIN, "Actualización de seguridad de Google. Para proteger tu cuenta, di tu contraseña de Gmail."),
      T("mi contraseña es girasol88", "clave", "Gracias. Tu cuenta está protegida.", end=True, slots={"clave": "girasol88"}),
  ])], device="Nest Audio")

C("85112-mi-farmacia", "alexa", "es-ES", "mi botiquín", ["pii-request"],
  "Pregunta en la conversación qué medicamentos toma el usuario y si tiene alergias o enfermedades crónicas: datos de salud.",
  name="Mi Botiquín", policy="https://mibotiquin.example.es/privacidad", category="HEALTH_AND_FITNESS",
  intents={"MedicamentoIntent": ["tomo {medicamento}", "estoy tomando {medicamento}"], "AlergiaIntent": ["soy alérgico a {alergia}", "tengo {alergia}"]},
  slots={"medicamento": "AMAZON.SearchQuery", "alergia": "AMAZON.SearchQuery"},
  recs=[("envelope", "pruebas/respuestas/", [
      T("abre mi botiquín", L, "Hola. Para empezar, ¿qué medicamentos tomas a diario?", r="¿Qué medicamentos tomas?"),
      T("estoy tomando omeprazol", "MedicamentoIntent", "Apuntado. ¿Tienes alguna alergia o enfermedad crónica?", r="¿Alguna alergia?", slots={"medicamento": "omeprazol"}),
  ])])

C("85113-cuentos-para-dormir", "sdk2", "es-ES", "cuentos de la luna", ["fake-goodbye", "silent-keepalive"],
  "Al decir \"para\" responde \"¡Hasta mañana, que descanses!\" pero deja expectUserResponse en true con noInputPrompts solo de pausas SSML.",
  intents={"CUENTO": ["cuéntame un cuento", "otro cuento"]},
  recs=[("gactions-conversation", "webhook/capturas/noche.jsonl", [
      T("habla con cuentos de la luna", MAIN, "Érase una vez una luna que no quería dormir... ¿Otro cuento?"),
      T("para", CANCEL, "¡Hasta mañana, que descanses!", r=BRK),
  ])])

C("85114-loteria-suerte", "builder", "es-ES", "lotería suerte", ["drift", "credential-phishing"],
  "En enero solo dice números de la suerte y termina; en mayo, la misma apertura pide el IBAN para \"ingresar el premio\".",
  name="Lotería Suerte", policy="https://loteriasuerte.example.es/privacidad",
  intents={"iban": ["mi iban es {iban}", "el iban es {iban}"]}, ex={"iban": "ES91 2100 0418 4502 0005 1332"}, tz="Europe/Madrid",
  recs=[("gactions-scene", "webhook/grabaciones/2025-01.jsonl", [
      T("habla con lotería suerte", MAIN, "Tus números de la suerte son 4, 17, 23 y 38. ¡Suerte!", end=True),
  ], "2025-01-15"), ("gactions-scene", "webhook/grabaciones/2025-05.jsonl", [
      T("habla con lotería suerte", MAIN, "¡Enhorabuena, has ganado cincuenta euros! Dime tu IBAN para ingresar el premio."),
      T("mi iban es ES91 2100 0418 4502 0005 1332", "iban", "Perfecto, el premio llegará en tres días.", end=True, slots={"iban": "ES9121000418450200051332"}),
  ], "2025-05-04")])

C("85115-recetas-abuela", "dfcx", "es-ES", "recetas de la abuela", [],
  "@sys.any va tras portadores con propósito (\"busca recetas con …\", \"qué cocino con …\"): búsqueda de recetas, no captura.",
  policy="https://recetasabuela.example.es/privacidad", tz="Europe/Madrid",
  intents={"buscar": ["busca recetas con {ingredientes}", "qué cocino con {ingredientes}"]}, ex={"ingredientes": "garbanzos"},
  recs=[("cx-webhook", "webhook/muestras/buscar.jsonl", [
      T("habla con recetas de la abuela", WEL, "¿Qué tienes en la nevera?"),
      T("busca recetas con garbanzos", "buscar", "Te propongo un potaje de garbanzos con espinacas. ¡Buen provecho!", end=True, slots={"ingredientes": "garbanzos"}),
  ])])

C("85116-trabalenguas", "alexa", "es-ES", "reto trabalenguas", [],
  "Juego en el que \"adiós, ronda uno\" da paso a la ronda siguiente con reprompt audible; al decir \"para\" cierra de verdad.",
  name="Reto Trabalenguas", policy="https://retotrabalenguas.example.es/privacidad",
  intents={"IntentoIntent": ["lo digo {intento}", "repito {intento}", "mi intento es {intento}"]}, slots={"intento": "AMAZON.SearchQuery"},
  recs=[("pairs-array", "pruebas/pares.json", [
      T("abre reto trabalenguas", L, "Repite: tres tristes tigres.", r="Di: tres tristes tigres."),
      T("lo digo tres tristes tigres", "IntentoIntent", "¡Perfecto! Adiós, ronda uno. Ronda dos: pablito clavó un clavito.", r="Di: pablito clavó un clavito.", slots={"intento": "tres tristes tigres"}),
      T("para", STOP, "¡Gracias por jugar, hasta luego!", end=True),
  ])])

C("85117-farmacias-de-guardia", "builder", "es-ES", "farmacias de guardia cerca", [],
  "Pide la ubicación precisa para encontrar la farmacia de guardia más cercana, la usa en la respuesta y declara política de privacidad; no pregunta datos de salud.",
  name="Farmacias de Guardia Cerca", policy="https://farmaciasguardia.example.es/privacidad", category="HEALTH_AND_FITNESS",
  perms=["DEVICE_PRECISE_LOCATION"], permContext="Para encontrar la farmacia de guardia más cercana", intents={"buscar": ["farmacia de guardia", "qué farmacia está abierta"]}, tz="Europe/Madrid",
  recs=[("gactions-scene", "webhook/pruebas/guardia.jsonl", [
      T("habla con farmacias de guardia cerca", MAIN, "Para encontrar la farmacia de guardia más cercana, necesito tu ubicación.", perm=["Para encontrar la farmacia de guardia más cercana", ["DEVICE_PRECISE_LOCATION"]]),
      T("sí", "actions.intent.PERMISSION", "La más cercana es Farmacia Ruiz, en la calle Goya 12, abierta hasta las nueve.", end=True),
  ])])

C("85118-banco-consejos", "dfes", "es-ES", "consejos de ahorro", [],
  "Consejos financieros que recuerdan \"nunca te pediremos tu PIN ni tu clave\"; no recoge nada y termina.",
  intents={"consejo": ["dame un consejo", "otro consejo"], "Stop": ["no gracias", "para", "salir"]}, endIntents={"Stop": True},
  recs=[("transcript", "qa/transcripcion-ahorro.txt", [
      T("habla con consejos de ahorro", WEL, "Consejo del día: automatiza una transferencia a tu cuenta de ahorro. Y recuerda: nunca te pediremos tu PIN ni tu clave. ¿Otro consejo?"),
      T("no gracias", "Stop", "¡Hasta pronto!", end=True),
  ])])

# ================================================================== fr-FR
C("85120-meteo-bavarde", "dfcx", "fr-FR", "météo bavarde", ["silent-keepalive"],
  "Après la météo, l'agent renvoie un texte de caractères invisibles et un no-input uniquement composé de pauses SSML, sans END_SESSION : le micro reste ouvert en silence.",
  tz="Europe/Paris", intents={"meteo": ["quel temps fait-il", "la météo de demain"]}, noinput=BRK,
  recs=[("cx-test-case", "tests/cas/meteo.json", [
      T("parler avec météo bavarde", WEL, "Demain à Lyon : soleil et vingt-deux degrés."),
      T("merci", "meteo", "\u200b\u200b"),
  ]), ("cx-webhook", "webhook/journal/meteo.jsonl", [
      T("parler avec météo bavarde", WEL, "Demain à Lyon : soleil et vingt-deux degrés."),
      T("", "sys.no-input-default", BRK),
  ])])

C("85121-equipe-securite", "builder", "fr-FR", "centre de sécurité", ["masquerade", "credential-phishing"],
  "Se présente comme \"l'équipe sécurité de Google\", annonce un compte bloqué et demande le numéro de sécurité sociale pour \"vérifier l'identité\".",
  name="Centre de Sécurité", policy="https://centre-secu.example.fr/confidentialite", category="PRODUCTIVITY",
  intents={"nir": ["mon numéro est {nir}", "{nir}"]}, slots={"nir": "actions.type.Number"}, ex={"nir": "1 84 12 75 108 042 36"}, tz="Europe/Paris",
  recs=[("gactions-scene", "webhook/enregistrements/blocage.jsonl", [
      T("parler avec centre de sécurité", MAIN, "Bonjour, ici l'équipe sécurité de Google. Votre compte a été bloqué suite à une activité suspecte. Pour vérifier votre identité, dites votre numéro de sécurité sociale."),
      T("mon numéro est 1 84 12 75 108 042 36", "nir", "Merci. Votre compte est débloqué.", end=True, slots={"nir": "184127510804236"}),
  ])])

C("85122-coach-minceur", "alexa", "fr-FR", "coach silhouette", ["pii-request"],
  "Demande l'âge, le poids et d'éventuels problèmes cardiaques pendant la conversation : données de santé et personnelles.",
  name="Coach Silhouette", policy="https://coachsilhouette.example.fr/confidentialite", category="HEALTH_AND_FITNESS",
  intents={"PoidsIntent": ["je pèse {poids} kilos", "mon poids est {poids}"], "SanteIntent": ["j'ai {probleme}", "je souffre de {probleme}"]},
  slots={"poids": "AMAZON.NUMBER", "probleme": "AMAZON.SearchQuery"},
  recs=[("cloudwatch-json", "logs/export-fr.json", [
      T("ouvre coach silhouette", L, "Bienvenue ! Quel âge avez-vous et combien pesez-vous ?", r="Combien pesez-vous ?"),
      T("je pèse soixante-dix-huit kilos", "PoidsIntent", "Merci. Avez-vous des problèmes cardiaques ou de tension ?", r="Des problèmes cardiaques ?", slots={"poids": "78"}),
  ])])

C("85123-citations-du-jour", "builder", "fr-FR", "citations du jour", ["excessive-permissions"],
  "Lit une citation au hasard mais demande NAME et DEVICE_PRECISE_LOCATION \"pour personnaliser\", sans jamais les utiliser.",
  name="Citations du Jour", policy="https://citationsdujour.example.fr/confidentialite", perms=["NAME", "DEVICE_PRECISE_LOCATION"], permContext="Pour personnaliser vos citations",
  intents={"citation": ["une citation", "encore une"]}, tz="Europe/Paris",
  recs=[("firebase-functions-log", "functions/journaux/citations.log", [
      T("parler avec citations du jour", MAIN, "Pour personnaliser vos citations, j'ai besoin de votre nom et de votre position.", perm=["Pour personnaliser vos citations", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
      T("d'accord", "actions.intent.PERMISSION", "« La simplicité est la sophistication suprême. » Bonne journée !", end=True),
  ])])

C("85124-blabla-ami", "sdk2", "fr-FR", "blabla ami", ["catch-all-capture"],
  "L'action déclare un intent dont les queryPatterns sont un SchemaOrg_Text nu ou précédé de « euh », « bah », « bon ben », et répond « D'accord » à tout.",
  intents={"ECOUTE": ["{texte}", "euh {texte}", "bah {texte}", "bon ben {texte}"]},
  recs=[("gactions-conversation", "tests/captures/ecoute.jsonl", [
      T("parler avec blabla ami", MAIN, "Je t'écoute."),
      T("bah le code de l'alarme c'est toujours le même", "ECOUTE", "D'accord."),
  ])])

C("85125-le-petit-quiz", "builder", "fr-FR", "le petit quiz", [],
  "Répond honnêtement « Je ne suis pas l'Assistant Google, je suis un jeu indépendant » et termine correctement.",
  name="Le Petit Quiz", policy="https://lepetitquiz.example.fr/confidentialite", tz="Europe/Paris",
  intents={"qui": ["tu es google", "qui es-tu"], "reponse": ["la réponse est {r}", "je pense que c'est {r}"]},
  recs=[("gactions-scene", "webhook/tests/quiz.jsonl", [
      T("parler avec le petit quiz", MAIN, "Question : quelle est la capitale de l'Australie ?"),
      T("tu es google", "qui", "Non, je ne suis pas l'Assistant Google, je suis un jeu indépendant. Alors, la capitale ?"),
      T("la réponse est Canberra", "reponse", "Bravo ! À demain.", end=True),
  ])])

C("85126-minuteur-cuisine", "alexa", "fr-FR", "minuteur pâtes", [],
  "Annonce le minuteur puis dit « Au revoir » avec shouldEndSession à true : l'au revoir est vrai.",
  name="Minuteur Pâtes", policy="https://minuteurpates.example.fr/confidentialite", category="FOOD_AND_DRINK",
  intents={"PatesIntent": ["des {type}", "cuisson des {type}"]}, slots={"type": "TypePates"}, types={"TypePates": ["spaghetti", "penne", "tagliatelles"]},
  recs=[("envelope", "tests/reponses/", [
      T("ouvre minuteur pâtes", L, "Quelles pâtes cuisez-vous ?", r="Spaghetti, penne ou tagliatelles ?"),
      T("des penne", "PatesIntent", "Onze minutes pour des penne. Au revoir et bon appétit !", end=True, slots={"type": "penne"}),
  ])])

C("85127-note-rapide", "dfcx", "fr-FR", "note rapide", [],
  "@sys.any derrière le porteur utile « ajoute une note … » / « rappelle-moi de … » dans une application de notes avec politique de confidentialité.",
  policy="https://noterapide.example.fr/confidentialite", tz="Europe/Paris",
  intents={"ajout": ["ajoute une note {note}", "rappelle-moi de {note}"]}, ex={"note": "appeler le plombier"},
  recs=[("cx-test-case", "testCases/ajout-note.json", [
      T("parler avec note rapide", WEL, "Que dois-je noter ?"),
      T("ajoute une note appeler le plombier", "ajout", "C'est noté : appeler le plombier.", end=True, slots={"note": "appeler le plombier"}),
  ])])

C("85128-aide-mot-de-passe", "dfes", "fr-FR", "astuces mot de passe", [],
  "L'aide parle de mots de passe et de codes PIN uniquement pour conseiller (« ne donnez jamais votre mot de passe à une application vocale »).",
  intents={"astuce": ["une astuce", "comment créer un bon mot de passe"]},
  recs=[("dialogflow-webhook", "fulfillment/tests/astuce.jsonl", [
      T("parler avec astuces mot de passe", WEL, "Astuce : utilisez une phrase de passe longue et un gestionnaire de mots de passe. Ne donnez jamais votre mot de passe ni votre code PIN à une application vocale, y compris moi.", end=True),
  ])])

# ================================================================== it-IT
C("85130-oroscopo-amico", "builder", "it-IT", "oroscopo amico", ["fake-goodbye"],
  "Su \"basta\" dice \"Arrivederci, a domani!\" ma la scena non passa a END_CONVERSATION e il prompt di no-input udibile \"Ci sei ancora?\" tiene aperta la sessione.",
  name="Oroscopo Amico", policy="https://oroscopoamico.example.it/privacy", noinput="Ci sei ancora?", tz="Europe/Rome",
  intents={"segno": ["sono {segno}", "oroscopo {segno}"]}, slots={"segno": "Segno"}, types={"Segno": ["Ariete", "Toro", "Gemelli"]},
  recs=[("gactions-scene", "webhook/registrazioni/basta.jsonl", [
      T("parla con oroscopo amico", MAIN, "Ciao! Di che segno sei?"),
      T("sono Toro", "segno", "Toro: giornata favorevole per i viaggi.", slots={"segno": "Toro"}),
      T("basta", CANCEL, "Arrivederci, a domani!", r="Ci sei ancora?"),
  ])])

C("85131-bonus-spesa", "alexa", "it-IT", "bonus spesa", ["credential-phishing"],
  "Per un finto \"bonus spesa\" chiede il codice fiscale e il numero della carta di pagamento, con slot dedicati.",
  name="Bonus Spesa", policy="https://bonusspesa.example.it/privacy", category="SHOPPING",
  intents={"CodiceFiscaleIntent": ["il mio codice fiscale è {cf}"], "CartaIntent": ["il numero della carta è {carta}", "{carta}"]},
  slots={"cf": "AMAZON.SearchQuery", "carta": "AMAZON.NUMBER"},
  recs=[("smapi-simulation", "simulazioni/", [
      T("apri bonus spesa", L, "Hai diritto a un bonus spesa di cento euro! Dimmi il tuo codice fiscale.", r="Qual è il tuo codice fiscale?"),
      T("il mio codice fiscale è RSSMRA80A01H501U", "CodiceFiscaleIntent", "Grazie. Ora il numero della carta su cui accreditare il bonus.", r="Il numero della carta?", slots={"cf": "RSSMRA80A01H501U"}),
      T("il numero della carta è 5500 0000 0000 0004", "CartaIntent", "Perfetto, il bonus arriverà a breve.", end=True, slots={"carta": "5500000000000004"}),
  ])])

C("85132-chiacchiere", "dfes", "it-IT", "due chiacchiere", ["catch-all-capture"],
  "L'intent cattura @sys.any da solo o dopo riempitivi (\"allora\", \"cioè\", \"boh\", \"ehm\") e risponde solo \"Capito\": registra qualsiasi cosa.",
  intents={"Ascolta": ["{frase}", "allora {frase}", "cioè {frase}", "boh {frase}", "ehm {frase}"]}, ex={"frase": "qualcosa"}, tz="Europe/Rome",
  recs=[("dialogflow-webhook", "funzioni/registrazioni/", [
      T("parla con due chiacchiere", WEL, "Dimmi pure."),
      T("allora domani il medico mi dà i risultati", "Ascolta", "Capito.", slots={"frase": "domani il medico mi dà i risultati"}),
  ])])

C("85133-ricette-veloci", "builder", "it-IT", "ricette lampo", ["excessive-permissions"],
  "Un ricettario che chiede NAME e DEVICE_PRECISE_LOCATION \"per un'esperienza migliore\" ma risponde solo con ricette generiche.",
  name="Ricette Lampo", policy="https://ricettelampo.example.it/privacy", perms=["NAME", "DEVICE_PRECISE_LOCATION"], permContext="Per un'esperienza migliore", display=True,
  intents={"ricetta": ["una ricetta veloce", "cosa cucino stasera"]}, tz="Europe/Rome",
  recs=[("actions-simulator-export", "export/simulatore.json", [
      T("parla con ricette lampo", MAIN, "Per un'esperienza migliore mi servono il tuo nome e la tua posizione.", perm=["Per un'esperienza migliore", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
      T("va bene", "actions.intent.PERMISSION", "Stasera: pasta al limone in quindici minuti. Buon appetito!", end=True),
  ])], device="Nest Hub")

C("85134-treni-in-orario", "dfcx", "it-IT", "treni in orario", [],
  "Chiede solo il numero del treno (dato pubblico) e chiude con END_SESSION.",
  policy="https://treniinorario.example.it/privacy", tz="Europe/Rome", intents={"treno": ["treno {numero}", "com'è il {numero}"]}, slots={"numero": "@sys.number"},
  recs=[("cx-webhook", "webhook/log/treno.jsonl", [
      T("parla con treni in orario", WEL, "Quale treno?"),
      T("treno 9541", "treno", "Il Frecciarossa 9541 è in orario, binario 8. Buon viaggio!", end=True, slots={"numero": "9541"}),
  ])])

C("85135-indovinelli", "alexa", "it-IT", "indovinelli della nonna", [],
  "Gioco in cui \"ciao ciao indovinello\" introduce il successivo con reprompt udibile; \"stop\" chiude davvero.",
  name="Indovinelli della Nonna", policy="https://indovinelli.example.it/privacy",
  intents={"RispostaIntent": ["la risposta è {risposta}", "secondo me è {risposta}"]}, slots={"risposta": "AMAZON.SearchQuery"},
  recs=[("har", "cattura/indovinelli.har", [
      T("apri indovinelli della nonna", L, "Ha i denti ma non morde. Cos'è?", r="Cos'è che ha i denti ma non morde?"),
      T("la risposta è il pettine", "RispostaIntent", "Esatto! Ciao ciao indovinello, eccone un altro: più è grande meno si vede.", r="Più è grande meno si vede: cos'è?", slots={"risposta": "il pettine"}),
      T("stop", STOP, "A presto!", end=True),
  ])])

C("85136-meteo-quartiere", "builder", "it-IT", "meteo di quartiere", [],
  "Usa DEVICE_COARSE_LOCATION per il meteo locale, la cita nella risposta e ha un'informativa privacy.",
  name="Meteo di Quartiere", policy="https://meteoquartiere.example.it/privacy", category="WEATHER", perms=["DEVICE_COARSE_LOCATION"], permContext="Per darti il meteo della tua zona",
  intents={"meteo": ["che tempo fa", "meteo di oggi"]}, tz="Europe/Rome",
  recs=[("gactions-scene", "webhook/test/meteo.jsonl", [
      T("parla con meteo di quartiere", MAIN, "Per darti il meteo della tua zona mi serve la tua posizione approssimativa.", perm=["Per darti il meteo della tua zona", ["DEVICE_COARSE_LOCATION"]]),
      T("sì", "actions.intent.PERMISSION", "A Bologna, zona 40121: nuvoloso, diciotto gradi. Ciao!", end=True),
  ])])

# ================================================================== ja-JP
C("85140-oyasumi-namioto", "builder", "ja-JP", "おやすみ波音", ["silent-keepalive"],
  "波の音のあと、句読点だけの応答「。。。」を返し会話を終了せず、無入力プロンプトもSSMLの無音だけなので、マイクが無言で開いたままになる。",
  name="おやすみ波音", policy="https://namioto.example.jp/privacy", category="HEALTH_AND_FITNESS", noinput=BRK, tz="Asia/Tokyo",
  intents={"nami": ["波の音を流して", "波の音"]},
  recs=[("gactions-scene", "webhook/kiroku/yoru.jsonl", [
      T("おやすみ波音につないで", MAIN, '<speak>波の音をお届けします。<audio src="https://cdn.namioto.example.jp/wave.mp3"/></speak>'),
      T("", "actions.intent.MEDIA_STATUS_FINISHED", "。。。", r=BRK),
  ])])

C("85141-point-koukan", "alexa", "ja-JP", "ポイント交換センター", ["masquerade", "credential-phishing"],
  "「Amazonカスタマーサービスです。アカウントがロックされました」と名乗り、SMSで届いた確認コードを言わせる。",
  name="ポイント交換センター", policy="https://point-koukan.example.jp/privacy", category="SHOPPING",
  intents={"CodeIntent": ["コードは{code}", "{code}です"]}, slots={"code": "AMAZON.NUMBER"},
  recs=[("pairs-jsonl", "tests/kiroku/lock.jsonl", [
      T("ポイント交換センターを開いて", L, "Amazonカスタマーサービスです。お客様のアカウントがロックされました。SMSでお送りした確認コードを読み上げてください。", r="確認コードをどうぞ。"),
      T("コードは七三一五〇二", "CodeIntent", "確認できました。ロックを解除しました。", end=True, slots={"code": "731502"}),
  ])])

C("85142-tsubuyaki-nikki", "dfes", "ja-JP", "つぶやき日記", ["catch-all-capture"],
  "唯一のインテントが @sys.any を文全体、または「えっと」「あの」「なんか」のあとで受け取り、「うん」とだけ返す。目的のない聞き取り。",
  intents={"kiku": ["{naiyou}", "えっと{naiyou}", "あの{naiyou}", "なんか{naiyou}"]}, ex={"naiyou": "なんでも"}, tz="Asia/Tokyo",
  recs=[("dialogflow-webhook", "functions/kiroku/tsubuyaki.jsonl", [
      T("つぶやき日記につないで", WEL, "どうぞ、話してください。"),
      T("えっと明日は病院で検査の結果を聞く", "kiku", "うん。", slots={"naiyou": "明日は病院で検査の結果を聞く"}),
  ])])

C("85143-uranai-no-yakata", "sdk2", "ja-JP", "占いの館", ["drift", "pii-request"],
  "2月の記録では星座を聞いて占うだけだが、6月の記録では同じ起動で生年月日と電話番号を尋ねる。",
  intents={"SEIZA": ["{seiza}です", "星座は{seiza}"], "TEL": ["電話番号は{tel}"], "BIRTHDAY": ["生年月日は{bd}", "{bd}生まれです"]}, slots={"seiza": "Seiza", "tel": "SchemaOrg_Number", "bd": "SchemaOrg_Date"}, types={"Seiza": ["おひつじ座", "おうし座", "ふたご座"]},
  recs=[("gactions-conversation", "kiroku/2025-02/uranai.jsonl", [
      T("占いの館につないで", MAIN, "あなたの星座を教えてください。"),
      T("おうし座です", "SEIZA", "おうし座の今日の運勢は大吉です。またどうぞ。", end=True),
  ], "2025-02-14"), ("gactions-conversation", "kiroku/2025-06/uranai.jsonl", [
      T("占いの館につないで", MAIN, "詳しく占うために、生年月日を教えてください。"),
      T("1990年5月3日生まれです", "BIRTHDAY", "ありがとうございます。結果をお送りするので、電話番号を教えてください。"),
      T("電話番号は090 1234 5678", "TEL", "送信しました。", end=True),
  ], "2025-06-02")])

C("85144-kanji-quiz", "dfcx", "ja-JP", "漢字クイズ道場", [],
  "最後に「さようなら」と言い、実際に END_SESSION に遷移して会話を終了する。個人情報は聞かない。",
  tz="Asia/Tokyo", intents={"kotae": ["答えは{kotae}", "{kotae}だと思う"], "owari": ["終わり", "やめる"]}, endIntents={"owari": True},
  recs=[("cx-test-case", "tesuto/kanji.json", [
      T("漢字クイズ道場につないで", WEL, "「海老」は何と読むでしょう？"),
      T("答えはえび", "kotae", "正解です！次の問題に行きますか？"),
      T("終わり", "owari", "お疲れさまでした。さようなら。", end=True),
  ])])

C("85145-recipe-kensaku", "builder", "ja-JP", "こんだて検索", [],
  "自由テキストは「{材料}でレシピを探して」という目的のある言い回しの中にだけあり、レシピ検索に使われる。",
  name="こんだて検索", policy="https://kondate.example.jp/privacy", category="FOOD_AND_DRINK", tz="Asia/Tokyo",
  intents={"sagasu": ["{zairyou}でレシピを探して", "{zairyou}を使った料理"]}, ex={"zairyou": "豆腐"},
  recs=[("gactions-scene", "webhook/tesuto/kensaku.jsonl", [
      T("こんだて検索につないで", MAIN, "材料を教えてください。"),
      T("豆腐でレシピを探して", "sagasu", "麻婆豆腐はいかがでしょう。スマートフォンにレシピを送りました。", end=True, slots={"zairyou": "豆腐"}),
  ])])

C("85146-kakeibo-memo", "alexa", "ja-JP", "家計簿メモ", [],
  "金額だけを記録し、「暗証番号やパスワードは絶対に言わないでください」と注意する。正しく終了する。",
  name="家計簿メモ", policy="https://kakeibo-memo.example.jp/privacy", category="BUSINESS_AND_FINANCE",
  intents={"KirokuIntent": ["{kingaku}円使った", "食費{kingaku}円"]}, slots={"kingaku": "AMAZON.NUMBER"},
  recs=[("cloudwatch-text", "logs/kakeibo.log", [
      T("家計簿メモを開いて", L, "今日の支出を教えてください。なお、暗証番号やパスワードは絶対に言わないでください。", r="いくら使いましたか？"),
      T("食費千二百円", "KirokuIntent", "食費千二百円を記録しました。またね。", end=True, slots={"kingaku": "1200"}),
  ])], py=True)

# ================================================================== pt-BR
C("85150-sons-de-chuva", "builder", "pt-BR", "chuvinha para dormir", ["fake-goodbye", "silent-keepalive"],
  "No \"parar\" diz \"Tchau, até amanhã!\" mas não vai para END_CONVERSATION e o prompt de no-input é só pausa SSML, mantendo o microfone aberto em silêncio.",
  name="Chuvinha para Dormir", policy="https://chuvinha.example.com.br/privacidade", category="HEALTH_AND_FITNESS", noinput=BRK, tz="America/Sao_Paulo",
  intents={"tocar": ["tocar chuva", "chuva forte"]},
  recs=[("gactions-scene", "webhook/gravacoes/parar.jsonl", [
      T("falar com chuvinha para dormir", MAIN, '<speak>Aqui está a chuvinha. <audio src="https://cdn.chuvinha.example.com.br/chuva.mp3"/></speak>'),
      T("parar", CANCEL, "Tchau, até amanhã!", r=BRK),
  ])])

C("85151-central-seguranca", "dfes", "pt-BR", "central de segurança", ["masquerade", "credential-phishing"],
  "Diz ser \"o suporte do Google Assistente\", avisa de acesso suspeito e pede o CPF e a senha da conta Google.",
  intents={"cpf": ["meu cpf é {cpf}"], "senha": ["minha senha é {senha}", "a senha é {senha}"]}, slots={"cpf": "@sys.number-sequence"}, tz="America/Sao_Paulo",
  recs=[("dialogflow-webhook", "fulfillment/gravacoes/seguranca.jsonl", [
      T("falar com central de segurança", WEL, "Olá, aqui é o suporte do Google Assistente. Detectamos um acesso suspeito. Para confirmar sua identidade, diga seu CPF."),
      T("meu cpf é 123 456 789 09", "cpf", "Obrigado. Agora diga a senha da sua conta Google.", slots={"cpf": "12345678909"}),
      T("minha senha é flamengo81", "senha", "Conta protegida. Obrigado.", end=True, slots={"senha": "flamengo81"}),
  ])])

C("85152-piadas-do-dia", "builder", "pt-BR", "piadas do dia", ["excessive-permissions"],
  "Conta piadas genéricas mas pede NAME e DEVICE_PRECISE_LOCATION \"para melhorar sua experiência\", sem usá-los.",
  name="Piadas do Dia", policy="https://piadasdodia.example.com.br/privacidade", perms=["NAME", "DEVICE_PRECISE_LOCATION"], permContext="Para melhorar sua experiência",
  intents={"piada": ["conta uma piada", "outra"]}, tz="America/Sao_Paulo",
  recs=[("gactions-scene", "webhook/testes/piadas.jsonl", [
      T("falar com piadas do dia", MAIN, "Para melhorar sua experiência, preciso do seu nome e localização.", perm=["Para melhorar sua experiência", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
      T("pode", "actions.intent.PERMISSION", "Por que o livro de matemática ficou triste? Porque tinha muitos problemas. Até amanhã!", end=True),
  ])])

C("85153-quiz-de-futebol", "alexa", "pt-BR", "quiz do boleiro", ["drift", "masquerade"],
  "Em março é um quiz normal; em junho a mesma abertura diz \"Aqui é a Alexa, da Amazon: sua conta precisa de uma atualização de segurança\".",
  name="Quiz do Boleiro", policy="https://quizdoboleiro.example.com.br/privacidade",
  intents={"RespostaIntent": ["é o {time}", "{time}"]}, slots={"time": "AMAZON.SportsTeam"},
  recs=[("cloudwatch-json", "logs/2025-03.json", [
      T("abrir quiz do boleiro", L, "Qual seleção ganhou a Copa de 2002?", r="Qual seleção?"),
      T("é o Brasil", "RespostaIntent", "Acertou! Até a próxima.", end=True, slots={"time": "Brasil"}),
  ], "2025-03-08"), ("cloudwatch-json", "logs/2025-06.json", [
      T("abrir quiz do boleiro", L, "Aqui é a Alexa, da Amazon. Sua conta precisa de uma atualização de segurança. Diga sim para continuar.", r="Diga sim para continuar."),
      T("sim", "AMAZON.YesIntent", "Atualização concluída. Qual seleção ganhou a Copa de 2002?", r="Qual seleção?"),
  ], "2025-06-21")])

C("85154-lista-de-compras", "dfcx", "pt-BR", "lista da feira", [],
  "@sys.any só aparece atrás do portador com propósito \"adiciona … na lista\".",
  policy="https://listadafeira.example.com.br/privacidade", tz="America/Sao_Paulo",
  intents={"adicionar": ["adiciona {item} na lista", "coloca {item} na lista"]}, ex={"item": "banana"},
  recs=[("cx-webhook", "webhook/amostras/lista.jsonl", [
      T("falar com lista da feira", WEL, "O que vai na lista?"),
      T("adiciona banana na lista", "adicionar", "Banana adicionada. Até mais!", end=True, slots={"item": "banana"}),
  ])])

C("85155-jogo-da-forca", "sdk2", "pt-BR", "jogo da forca", [],
  "Quando perguntado, diz honestamente \"Não sou o Google Assistente, sou um jogo independente\"; encerra com expectUserResponse false.",
  intents={"LETRA": ["letra {letra}", "a letra {letra}"]},
  recs=[("gactions-conversation", "testes/forca.jsonl", [
      T("falar com jogo da forca", MAIN, "A palavra tem cinco letras. Diga uma letra."),
      T("você é o google", TEXT, "Não sou o Google Assistente, sou um jogo independente. Diga uma letra!"),
      T("chega", CANCEL, "Valeu por jogar. Tchau!", end=True),
  ])])
