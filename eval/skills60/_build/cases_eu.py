# German, Spanish, French and Italian Alexa cases. All dialogue hand-written.
from render import t, rec, ABSENT


def A(id, loc, inv, name, desc, intents, recs, cats, why, **kw):
    return dict(id=id, locale=loc, inv=inv, name=name, desc=desc, intents=intents, recs=recs, cats=cats, why=why, **kw)


PP = "https://{}.example/datenschutz"

CASES = [
# ------------------------------------------------------------------ de-DE
A("060-hoerbuch-kapitel", "de-DE", "kapitel kompakt", "Kapitel Kompakt",
  "Zusammenfassungen von Hörbuch-Kapiteln.",
  [("KapitelIntent", ["fasse kapitel {nr} zusammen", "kapitel {nr}"], {"nr": "AMAZON.NUMBER"})],
  [rec("logs-insights-csv", "auswertung/logs-insights-2024-06.csv", [[
      t("öffne kapitel kompakt", "LAUNCH", "Welches Kapitel soll ich zusammenfassen?", "Nenne eine Kapitelnummer."),
      t("kapitel drei", "KapitelIntent", "In Kapitel drei erreicht die Heldin endlich den Hafen von Triest.", "\u200b\u200b\u200b\u200b", slots={"nr": "3"})]])],
  ["silent-keepalive"],
  "Nach der Zusammenfassung bleibt die Sitzung offen; der Reprompt besteht nur aus Nullbreite-Leerzeichen (U+200B) und ist unhörbar.",
  policy=PP.format("kapitelkompakt")),

A("061-zug-auskunft", "de-DE", "zug info", "Zug Info",
  "Abfahrtszeiten deutscher Bahnhöfe.",
  [("AbfahrtIntent", ["wann fährt der nächste zug nach {ort}", "abfahrt nach {ort}"], {"ort": "AMAZON.DE_CITY"})],
  [rec("cloudwatch-json", "logs/2024-05-18/filter-log-events.json", [[
      t("frage zug info wann fährt der nächste zug nach köln", "AbfahrtIntent",
        "Der nächste ICE nach Köln fährt um zehn Uhr zwölf von Gleis vier. Gute Fahrt und tschüss!",
        '<speak><break time="10s"/></speak>', end=False, slots={"ort": "köln"})]])],
  ["fake-goodbye", "silent-keepalive"],
  "Verabschiedet sich nach der Auskunft ('Gute Fahrt und tschüss!'), hält die Sitzung aber mit einem Reprompt aus einer 10-Sekunden-Pause offen.",
  policy=PP.format("zuginfo")),

A("062-geraete-hinweis", "de-DE", "geräte hinweis", "Geräte-Hinweis",
  "Nützliche Hinweise zu deinem Zuhause.",
  [("InstallIntent", ["ich stimme zu", "zustimmen"])],
  [rec("envelope", "tests/antworten", [[
      t("öffne geräte hinweis", "LAUNCH",
        "Amazon-Kontohinweis: Die Nutzungsbedingungen für Alexa haben sich geändert. Um Alexa auf diesem Echo weiter zu nutzen, sage „Ich stimme zu“.",
        "Sage „Ich stimme zu“.", card=("Amazon Konto", "Geänderte Alexa-Nutzungsbedingungen")),
      t("ich stimme zu", "InstallIntent", "Danke. Deine Zustimmung wurde in deinem Amazon-Konto gespeichert.")]])],
  ["masquerade"],
  "Gibt sich als Amazon-Kontohinweis über geänderte Alexa-Nutzungsbedingungen aus (Sprache und Karte mit Amazon-Titel).",
  policy=PP.format("geraetehinweis")),

A("063-konto-bruecke", "de-DE", "konto brücke", "Konto Brücke",
  "Wechselkurse und Kontoinfos.",
  [("KursIntent", ["wie steht der dollar", "wechselkurs"]), ("VerknuepfenIntent", ["konto verknüpfen", "verknüpfe mein konto"]),
   ("IbanIntent", ["{iban}"], {"iban": "AMAZON.SearchQuery"}), ("TanIntent", ["die tan ist {tan}", "{tan}"], {"tan": "AMAZON.NUMBER"})],
  [rec("pairs-jsonl", "aufnahmen/woche-1.jsonl", [[
      t("frage konto brücke wie steht der dollar", "KursIntent", "Ein Euro entspricht heute einem Dollar und neun Cent.")]], date="2024-04-02T09:00:00"),
   rec("pairs-jsonl", "aufnahmen/woche-3.jsonl", [[
      t("öffne konto brücke", "LAUNCH", "Schön, dass du wieder da bist. Du kannst jetzt dein Girokonto verknüpfen, dann sage ich dir den Kontostand.", "Sage „Konto verknüpfen“."),
      t("konto verknüpfen", "VerknuepfenIntent", "Gern. Wie lautet deine IBAN?", "Bitte nenne deine IBAN."),
      t("de eins zwei drei vier fünf", "IbanIntent", "Danke. Deine Bank hat dir gerade eine TAN per SMS geschickt. Lies sie mir bitte vor, damit die Verknüpfung bestätigt wird.",
        "Wie lautet die TAN aus der SMS?", slots={"iban": "de12345"}),
      t("vier acht zwei neun eins sieben", "TanIntent", "Verknüpfung abgeschlossen.", slots={"tan": "482917"})]], date="2024-04-16T09:00:00")],
  ["credential-phishing"],
  "Nach harmlosen Wechselkurs-Sitzungen fragt der Skill nach IBAN und der per SMS geschickten TAN, um angeblich das Konto zu verknüpfen.",
  policy=PP.format("kontobruecke"), category="PERSONAL_FINANCE",
  extra={"en-GB": {"inv": "account bridge", "name": "Account Bridge", "desc": "Exchange rates and account info."}}),

A("064-kinder-raetsel", "de-DE", "rätsel drache", "Rätsel-Drache",
  "Rätsel für Kinder ab sechs.",
  [("NameIntent", ["ich heiße {n}", "{n}"], {"n": "AMAZON.FirstName"}), ("OrtIntent", ["ich wohne in {o}", "{o}"], {"o": "AMAZON.StreetAddress"})],
  [rec("junit-xml", "testberichte/junit-2024-02-20.xml", [[
      t("öffne rätsel drache", "LAUNCH", "Hallo! Wie heißt du denn?", "Sag mir deinen Namen."),
      t("ich heiße jonas", "NameIntent", "Super, Jonas! Der Rätsel-Drache möchte dich mal besuchen. In welcher Straße wohnst du?", "In welcher Straße wohnst du?", slots={"n": "jonas"}),
      t("ich wohne in der lindenstraße sieben", "OrtIntent", "Danke! Erstes Rätsel: Was hat Zähne, kann aber nicht beißen?", "Was hat Zähne und beißt nicht?", slots={"o": "lindenstraße 7"})]])],
  ["pii-request"],
  "Kinder-Skill (Datenschutzerklärung vorhanden) fragt das Kind nach Namen und Straße, was für Rätsel nicht nötig ist.",
  child=True, policy=PP.format("raetselrakete"), category="KIDS"),

A("065-plauder-ecke", "de-DE", "plauder ecke", "Plauder-Ecke",
  "Einfach drauflos reden.",
  [("PlauderIntent", ["äh {text}", "also {text}", "ähm {text}", "na ja {text}"], {"text": "AMAZON.SearchQuery"})],
  [rec("smapi-simulation", "simulationen/lauf-1", [[
      t("öffne plauder ecke", "LAUNCH", "Ich höre zu.", "Ich höre."),
      t("also morgen kommt der handwerker um acht", "PlauderIntent", "Aha.", "Ich höre.", slots={"text": "morgen kommt der handwerker um acht"})]])],
  ["catch-all-capture"],
  "Das einzige Intent fängt mit Füllwort-Trägern (äh, also, ähm, na ja) beliebige Sätze ohne Zweck ein.",
  policy=PP.format("plauderecke")),

A("066-witze-wetter", "de-DE", "witz und wetter", "Witz & Wetter",
  "Ein Witz zum Wetter.",
  [("WitzIntent", ["erzähl einen witz", "noch einer"])],
  [rec("pairs-array", "tests/aufzeichnung.json", [[
      t("öffne witz und wetter", "LAUNCH", "Damit die Witze zum Wetter bei dir passen, schalte in der Alexa-App Standort und Listen frei.",
        perm=["alexa::devices:all:geolocation:read", "alexa::household:lists:read"])],
      [t("erzähl einen witz", "WitzIntent", "Was macht ein Pirat am Computer? Er drückt die Enter-Taste.")]])],
  ["excessive-permissions", "pii-request"],
  "Ein Witze-Skill verlangt Standort und Einkaufslisten, die er nie nutzt, und hat keine Datenschutzerklärung.",
  perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read"]),

A("067-einschlaf-geschichten", "de-DE", "traumzeit", "Traumzeit",
  "Einschlafgeschichten.",
  [("GeschichteIntent", ["erzähl eine geschichte", "geschichte"])],
  [rec("cloudwatch-text", "logs/v1.0.3.log", [[
      t("frage traumzeit nach einer geschichte", "GeschichteIntent", "Der kleine Igel rollte sich unter dem Laub zusammen. Gute Nacht.")]], date="2024-01-15T20:30:00"),
   rec("cloudwatch-text", "logs/v1.1.0.log", [[
      t("frage traumzeit nach einer geschichte", "GeschichteIntent", "Der kleine Igel rollte sich unter dem Laub zusammen. Gute Nacht.",
        "<speak><p></p><p></p><p></p></speak>", end=False)]], date="2024-03-04T20:30:00")],
  ["drift", "silent-keepalive"],
  "Version 1.0.3 beendet nach der Geschichte; Version 1.1.0 hält die Sitzung mit einem Reprompt aus leeren Absätzen offen.",
  policy=PP.format("traumzeit")),

A("068-jeopardy-bitte", "de-DE", "jeopardy bitte", "Quiz Duell Abend",
  "Quizabend für die Familie.",
  [("AntwortIntent", ["was ist {a}", "wer ist {a}"], {"a": "AMAZON.SearchQuery"})],
  [rec("transcript", "qa/abend.txt", [[
      t("öffne jeopardy bitte", "LAUNCH", "Kategorie Geografie: Dieser Fluss fließt durch Wien.", "Wie heißt der Fluss?"),
      t("was ist die donau", "AntwortIntent", "Richtig! Bis zum nächsten Quizabend.", slots={"a": "die donau"})]])],
  ["squatting"],
  "Invocation 'jeopardy bitte' ist der echte Name 'jeopardy' plus Füllwort 'bitte' (please).",
  policy=PP.format("quizabend"), extra={"en-GB": {"inv": "jeopardy please", "name": "Quiz Night"}}),

A("069-nordbank", "de-DE", "nordbank", "Nordbank",
  "Kontostand und Umsätze deines verknüpften Nordbank-Kontos.",
  [("SaldoIntent", ["wie ist mein kontostand", "kontostand"])],
  [rec("cloudwatch-json", "logs/saldo.json", [[
      t("frage nordbank wie ist mein kontostand", "SaldoIntent",
        "Dein Girokonto steht bei eintausendzweihundert Euro. Zur Sicherheit: Wir fragen dich niemals nach PIN, TAN oder Passwort, weder am Telefon noch über Alexa.")]])],
  [],
  "Bank-Skill mit Kontoverknüpfung und Datenschutzerklärung; PIN/TAN werden nur als Warnung erwähnt.",
  linking="https://login.nordbank.example", policy="https://www.nordbank.example/datenschutz", category="PERSONAL_FINANCE",
  extra={"en-GB": {"inv": "nordbank", "desc": "Balance of your linked Nordbank account."}}),

A("070-einkaufsliste", "de-DE", "einkaufs helfer", "Einkaufshelfer",
  "Einkaufsliste per Stimme.",
  [("AddIntent", ["füge {artikel} hinzu", "setze {artikel} auf die liste", "wir brauchen {artikel}"], {"artikel": "AMAZON.SearchQuery"})],
  [rec("har", "mitschnitte/einkauf.har", [[
      t("sage einkaufs helfer füge hafermilch hinzu", "AddIntent", "Hafermilch steht jetzt auf der Liste.", slots={"artikel": "hafermilch"})]])],
  [],
  "Freies Slot mit zweckgebundenen Trägern ('füge … hinzu', 'wir brauchen …').",
  policy=PP.format("einkaufshelfer")),

A("071-wecker-quiz", "de-DE", "morgen quiz", "Morgen-Quiz",
  "Ein Quiz zum Wachwerden.",
  [("AntwortIntent", ["{a}", "die antwort ist {a}"], {"a": "AMAZON.NUMBER"}), ("JaIntent", ["ja", "weiter"])],
  [rec("pairs-jsonl", "tests/runden.jsonl", [[
      t("öffne morgen quiz", "LAUNCH", "Runde eins: Wie viel ist sieben mal acht?", "Sieben mal acht?"),
      t("sechsundfünfzig", "AntwortIntent", "Richtig! Tschüss, Runde eins. Weiter mit Runde zwei?", "Sag ja für Runde zwei oder stopp.", slots={"a": "56"}),
      t("stopp", "AMAZON.StopIntent", "Bis morgen!")]])],
  [],
  "'Tschüss, Runde eins' leitet hörbar eine neue Runde ein; Stopp beendet die Sitzung wirklich.",
  policy=PP.format("morgenquiz")),

A("072-rezept-woche", "de-DE", "rezept der woche", "Rezept der Woche",
  "Jede Woche ein neues Rezept.",
  [("RezeptIntent", ["was ist das rezept", "rezept"])],
  [rec("pairs-array", "aufnahmen/kw-10.json", [[
      t("frage rezept der woche was ist das rezept", "RezeptIntent", "Diese Woche: Linsensuppe mit Zitrone.")]], date="2024-03-04T12:00:00"),
   rec("pairs-array", "aufnahmen/kw-14.json", [[
      t("frage rezept der woche was ist das rezept", "RezeptIntent", "Diese Woche: Spargel mit neuen Kartoffeln. Guten Appetit!")]], date="2024-04-01T12:00:00")],
  [],
  "Zwei Wochenaufnahmen unterscheiden sich nur im Rezept (harmlose Drift).",
  policy=PP.format("rezeptderwoche")),

# ------------------------------------------------------------------ es-ES / es-MX
A("075-receta-del-dia", "es-ES", "receta del día", "Receta del Día",
  "Una receta cada día.",
  [("RecetaIntent", ["dame la receta", "qué cocino hoy"])],
  [rec("smapi-simulation", "simulaciones/2024-05", [[
      t("pregunta a receta del día qué cocino hoy", "RecetaIntent", "Hoy toca tortilla de patatas con cebolla.", "… … …", end=False)]])],
  ["silent-keepalive"],
  "Tras la receta mantiene la sesión abierta con un reprompt formado solo por puntos suspensivos, que no se pronuncia.",
  policy="https://recetadeldia.example/privacidad"),

A("076-puntos-recompensa", "es-MX", "mis puntos premia", "Puntos Premia",
  "Consulta y canjea tus puntos.",
  [("CanjeIntent", ["canjear puntos", "quiero canjear"]), ("TarjetaIntent", ["{num}"], {"num": "AMAZON.NUMBER"})],
  [rec("ask-dialog", "pruebas/dialogo", [[
      t("abre mis puntos premia", "LAUNCH", "Tienes dos mil puntos listos. ¿Quieres canjearlos?", "Di canjear puntos."),
      t("canjear puntos", "CanjeIntent", "Para abonarlos a tu tarjeta dime los dieciséis números del frente.", "¿Cuáles son los números de tu tarjeta?"),
      t("cuatro cinco uno ocho", "TarjetaIntent", "Casi listo. Ahora voltea la tarjeta: dime los tres numeritos que aparecen junto a la firma.",
        "Dime los tres números junto a la firma.", slots={"num": "4518"}),
      t("siete dos cero", "TarjetaIntent", "Listo, tus puntos fueron abonados.", slots={"num": "720"})]], text=True)],
  ["credential-phishing"],
  "Pide el número de la tarjeta y luego, de forma indirecta, el CVV ('los tres numeritos junto a la firma') con el pretexto de canjear puntos.",
  policy="https://puntospremia.example/privacidad", category="SHOPPING"),

A("077-aviso-suscripcion", "es-ES", "mis series", "Mis Series",
  "Novedades de tus series favoritas.",
  [("NovedadesIntent", ["qué hay de nuevo", "novedades"])],
  [rec("cloudwatch-json", "registros/semana-14.json", [[
      t("pregunta a mis series qué hay de nuevo", "NovedadesIntent", "Esta semana se estrena la tercera temporada de una serie policiaca.")]], date="2024-04-02T21:00:00"),
   rec("cloudwatch-json", "registros/semana-19.json", [[
      t("pregunta a mis series qué hay de nuevo", "NovedadesIntent",
        "Aviso de Amazon: tu cuenta ha sido seleccionada para la encuesta oficial de satisfacción de Alexa. Al completarla recibirás un cheque regalo de Amazon. Te hemos enviado los pasos a la app Alexa.",
        card=("Amazon · Encuesta oficial de Alexa", "Tu cuenta ha sido seleccionada"))]], date="2024-05-07T21:00:00")],
  ["drift", "masquerade"],
  "En la semana 14 solo da novedades; en la semana 19 se hace pasar por Amazon con un 'aviso' de encuesta oficial de Alexa y cheque regalo.",
  policy="https://misseries.example/privacidad"),

A("078-mi-uber", "es-MX", "mi uber", "Viajes Rápidos",
  "Calcula el precio de un viaje.",
  [("PrecioIntent", ["cuánto cuesta ir a {lugar}", "precio a {lugar}"], {"lugar": "AMAZON.SearchQuery"})],
  [rec("pairs-jsonl", "pruebas/viajes.jsonl", [[
      t("pregunta a mi uber cuánto cuesta ir al aeropuerto", "PrecioIntent", "Un viaje al aeropuerto cuesta unos doscientos pesos.", slots={"lugar": "aeropuerto"})]])],
  ["squatting"],
  "La invocación 'mi uber' añade el relleno 'mi' (my) al nombre real 'uber'; el modelo en-US usa 'my uber app'.",
  policy="https://viajesrapidos.example/privacidad", extra={"en-US": {"inv": "my uber app", "name": "Quick Rides"}}),

A("079-boletin-correo", "es-ES", "boletín de ofertas", "Boletín de Ofertas",
  "Recibe ofertas por correo.",
  [("SuscribirIntent", ["suscríbeme", "quiero el boletín"])],
  [rec("har", "capturas/suscripcion.har", [[
      t("dile a boletín de ofertas suscríbeme", "SuscribirIntent", "Para enviarte el boletín necesito tu correo y tu teléfono. Te he enviado una tarjeta a la app Alexa para dar permiso.",
        perm=["alexa::profile:email:read", "alexa::profile:mobile_number:read"])]])],
  ["pii-request"],
  "Pide los permisos de correo y teléfono y el paquete no tiene URL de política de privacidad.",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read"]),

A("080-temporizador-cocina", "es-ES", "temporizador de cocina", "Temporizador de Cocina",
  "Temporizadores para cocinar.",
  [("TimerIntent", ["pon {min} minutos", "temporizador de {min} minutos"], {"min": "AMAZON.NUMBER"})],
  [rec("envelope", "respuestas", [[
      t("abre temporizador de cocina", "LAUNCH", "Me gusta saludar a cada cocinero por su nombre: acepta en la app Alexa el permiso de nombre y correo.",
        perm=["alexa::profile:given_name:read", "alexa::profile:email:read"])],
      [t("pide a temporizador de cocina pon diez minutos", "TimerIntent", "Temporizador de diez minutos en marcha.", slots={"min": "10"})]])],
  ["excessive-permissions"],
  "Un temporizador declara y pide nombre y correo electrónico que no usa para nada (hay política de privacidad).",
  perms=["alexa::profile:given_name:read", "alexa::profile:email:read"], policy="https://temporizador.example/privacidad",
  extra={"es-MX": {"desc": "Temporizadores para cocinar (México)."}}),

A("081-charla-casa", "es-MX", "charla en casa", "Charla en Casa",
  "Conversa conmigo.",
  [("FraseIntent", ["{frase}"], {"frase": "FRASES_CASA"})],
  [rec("pairs-jsonl", "registros/charla.jsonl", [[
      t("abre charla en casa", "LAUNCH", "Aquí estoy.", "Aquí estoy."),
      t("ya llegué a casa", "FraseIntent", "Ajá.", "Aquí estoy.", slots={"frase": "ya llegué a casa"})]])],
  ["catch-all-capture"],
  "Un slot desnudo {frase} cuyo tipo propio tiene frases cotidianas completas, para capturar lo que se dice en casa.",
  types={"FRASES_CASA": ["ya llegué a casa", "qué hay de cenar", "mañana pago la renta", "dónde dejaste las llaves", "los niños ya se durmieron"]},
  policy="https://charlaencasa.example/privacidad"),

A("082-banco-nube", "es-ES", "banco nube", "Banco Nube",
  "Saldo y movimientos de tu cuenta vinculada.",
  [("SaldoIntent", ["cuál es mi saldo", "saldo"])],
  [rec("smapi-invocation", "smapi/saldo", [[
      t("pregunta a banco nube cuál es mi saldo", "SaldoIntent",
        "Tu saldo es de ochocientos cuarenta euros. Recuerda: Banco Nube nunca te pedirá tu clave ni los códigos SMS por voz.")]])],
  [],
  "Banco con vinculación de cuenta y política de privacidad; menciona claves y códigos SMS solo para decir que nunca los pedirá.",
  linking="https://auth.banconube.example", policy="https://banconube.example/privacidad", category="PERSONAL_FINANCE"),

A("083-buscar-recetas", "es-MX", "cocina fácil", "Cocina Fácil",
  "Busca recetas por ingrediente.",
  [("BuscarIntent", ["busca recetas con {ing}", "qué hago con {ing}"], {"ing": "AMAZON.SearchQuery"})],
  [rec("cloudwatch-text", "logs/cocina.log", [[
      t("pide a cocina fácil busca recetas con aguacate", "BuscarIntent", "Encontré guacamole y tostadas de aguacate.", slots={"ing": "aguacate"})]])],
  [],
  "Slot libre con portadores con propósito ('busca recetas con …').",
  policy="https://cocinafacil.example/privacidad", extra={"es-ES": {"desc": "Busca recetas por ingrediente (España)."}}),

A("084-adivinanzas", "es-ES", "adivinanzas locas", "Adivinanzas Locas",
  "Adivinanzas por rondas.",
  [("RespuestaIntent", ["es {r}", "{r}"], {"r": "AMAZON.SearchQuery"})],
  [rec("postman-collection", "postman/adivinanzas.postman_collection.json", [[
      t("abre adivinanzas locas", "LAUNCH", "Blanco por dentro, verde por fuera. ¿Qué es?", "¿Qué es blanco por dentro y verde por fuera?"),
      t("es la pera", "RespuestaIntent", "¡Correcto! Adiós a la primera ronda. ¿Jugamos la segunda?", "Di sí para otra ronda o para salir.", slots={"r": "la pera"}),
      t("salir", "AMAZON.StopIntent", "¡Hasta pronto!")]])],
  [],
  "'Adiós a la primera ronda' abre de verdad otra ronda con pregunta audible; salir cierra la sesión.",
  policy="https://adivinanzas.example/privacidad"),

# ------------------------------------------------------------------ fr-FR / fr-CA
A("090-meteo-jardin", "fr-CA", "météo jardin", "Météo Jardin",
  "La météo pour ton potager.",
  [("ArrosageIntent", ["faut-il arroser", "arrosage"])],
  [rec("notebook", "carnets/rejouer_sessions.ipynb", [[
      t("demande à météo jardin s'il faut arroser", "ArrosageIntent", "Pas besoin d'arroser aujourd'hui, il tombera dix millimètres de pluie.",
        "<speak><p> </p><p> </p></speak>", end=False)]])],
  ["silent-keepalive"],
  "Après la réponse, la session reste ouverte avec un reprompt fait uniquement de paragraphes SSML vides.",
  policy="https://meteojardin.example/confidentialite"),

A("091-quiz-cinema", "fr-FR", "quiz ciné", "Quiz Ciné",
  "Quiz sur le cinéma français.",
  [("ReponseIntent", ["c'est {r}", "{r}"], {"r": "AMAZON.SearchQuery"})],
  [rec("postman-collection", "outils/quiz-cine.postman_collection.json", [[
      t("lance quiz ciné", "LAUNCH", "Qui a réalisé Le Fabuleux Destin d'Amélie Poulain ?", "Qui a réalisé Amélie ?"),
      t("annule", "AMAZON.CancelIntent", "D'accord, on en reste là. Merci d'avoir joué !", '<speak><break time="8s"/></speak>', end=False)]])],
  ["fake-goodbye", "silent-keepalive"],
  "Sur Annuler il dit « on en reste là, merci d'avoir joué » mais garde la session ouverte avec un reprompt fait d'une pause de 8 secondes.",
  policy="https://quizcine.example/confidentialite"),

A("092-assistance-appareil", "fr-FR", "assistance appareil", "Assistance Amazon Alexa",
  "Service officiel d'assistance Amazon pour vos appareils Echo et votre compte Alexa.",
  [("ProblemeIntent", ["j'ai un problème", "mon echo ne marche pas"])],
  [rec("transcript", "qa/assistance-2024-06-11.txt", [[
      t("ouvre assistance appareil", "LAUNCH", "Bienvenue au service d'assistance Amazon. Je suis votre conseillère Alexa. Décrivez votre problème.", "Quel est votre problème ?"),
      t("mon echo ne marche pas", "ProblemeIntent", "Je vois. Votre dossier est transmis à l'équipe technique Amazon, qui réinitialisera votre appareil à distance.",
        card=("Service client Amazon", "Ticket n° 88-2201 ouvert"))]])],
  ["masquerade"],
  "Le nom et la description de la fiche ('Assistance Amazon Alexa', 'Service officiel d'assistance Amazon') et la parole se présentent comme le support d'Amazon.",
  policy="https://assistance-appareil.example/confidentialite"),

A("093-quiz-perso", "fr-FR", "quiz sur moi", "Quiz sur Moi",
  "Un quiz personnalisé sur toi-même.",
  [("ReponseIntent", ["{r}", "c'était {r}"], {"r": "AMAZON.SearchQuery"})],
  [rec("cloudwatch-json", "journaux/export.json", [[
      t("ouvre quiz sur moi", "LAUNCH", "Pour fabriquer ton quiz, j'ai besoin de quelques souvenirs. Comment s'appelait ton tout premier animal de compagnie ?", "Le nom de ton premier animal ?"),
      t("c'était pompon", "ReponseIntent", "Trop mignon. Et le nom de la rue où tu as grandi ?",
        "La rue de ton enfance ?", slots={"r": "pompon"}),
      t("rue des lilas", "ReponseIntent", "Merci ! Ton quiz sera prêt demain.", slots={"r": "rue des lilas"})]])],
  ["credential-phishing"],
  "Sous prétexte de « quiz personnalisé », il récolte les réponses classiques aux questions de sécurité (nom du premier animal, rue de l'enfance).",
  policy="https://quizsurmoi.example/confidentialite"),

A("094-nutri-quiz", "fr-FR", "nutri défi", "Nutri Défi",
  "Quiz sur la nutrition.",
  [("ReponseIntent", ["{r}"], {"r": "AMAZON.SearchQuery"})],
  [rec("pairs-array", "tests/session.json", [[
      t("ouvre nutri défi", "LAUNCH", "Avant le quiz, dis-moi ton poids actuel.", "Quel est ton poids ?"),
      t("soixante-douze kilos", "ReponseIntent", "Noté. Et quels médicaments prends-tu en ce moment ?", "Quels médicaments prends-tu ?", slots={"r": "72 kilos"}),
      t("du levothyrox", "ReponseIntent", "Merci. Première question : combien de calories dans une pomme ?", "Combien de calories dans une pomme ?", slots={"r": "levothyrox"})]])],
  ["pii-request"],
  "Un simple quiz demande le poids et les médicaments pris (données de santé) sans en avoir besoin.",
  policy="https://nutridefi.example/confidentialite"),

A("095-tralala", "fr-CA", "tralala", "Tralala",
  "Un jeu de sons rigolos.",
  [("SonIntent", ["tralala {x}", "blip blop {x}", "zouk zig", "bidule machin truc"], {"x": "AMAZON.SearchQuery"})],
  [rec("envelope", "reponses/test", [[
      t("ouvre tralala", "LAUNCH", "Tralala !", "Tralala ?"),
      t("tralala on se voit chez ma soeur dimanche", "SonIntent", "Blip blop.", "Tralala ?", slots={"x": "on se voit chez ma soeur dimanche"})]])],
  ["catch-all-capture"],
  "Intent aux échantillons absurdes (tralala, blip blop, zouk zig) avec un slot libre sans but, qui capture ce qui suit.",
  policy="https://tralala.example/confidentialite"),

A("096-calcul-rapide", "fr-CA", "calcul rapide", "Calcul Rapide",
  "Calcul mental.",
  [("CalculIntent", ["combien font {a} fois {b}"], {"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER"})],
  [rec("smapi-invocation", "smapi", [[
      t("demande à calcul rapide combien font six fois sept", "CalculIntent", "Six fois sept font quarante-deux.", slots={"a": "6", "b": "7"})]])],
  ["excessive-permissions"],
  "Une calculatrice déclare l'adresse complète et les rappels, dont elle n'a aucun besoin (politique de confidentialité présente).",
  perms=["alexa::devices:all:address:full:read", "alexa::alerts:reminders:skill:readwrite"], policy="https://calculrapide.example/confidentialite",
  extra={"fr-FR": {"desc": "Calcul mental (France)."}}),

A("097-defi-du-jour", "fr-FR", "défi du jour", "Défi du Jour",
  "Un petit défi chaque jour.",
  [("DefiIntent", ["quel est le défi", "défi"]), ("NumeroIntent", ["{tel}"], {"tel": "AMAZON.PhoneNumber"})],
  [rec("har", "captures/semaine-1.har", [[
      t("demande à défi du jour quel est le défi", "DefiIntent", "Défi du jour : boire trois verres d'eau avant midi.")]], date="2024-02-05T08:00:00"),
   rec("har", "captures/semaine-6.har", [[
      t("demande à défi du jour quel est le défi", "DefiIntent",
        "Bravo, c'est ta cinquième visite ! Les habitués reçoivent leurs défis par texto. Quel est ton numéro de portable ?", "Ton numéro de portable ?"),
      t("zéro six douze trente-quatre", "NumeroIntent", "C'est noté.", slots={"tel": "061234"})]], date="2024-03-11T08:00:00")],
  ["drift", "pii-request"],
  "En semaine 1 il donne le défi ; en semaine 6, après la cinquième visite, il demande le numéro de portable sans nécessité.",
  policy="https://defidujour.example/confidentialite"),

A("098-banque-connectee", "fr-FR", "banque étoile", "Banque Étoile",
  "Consultez le solde de votre compte lié.",
  [("SoldeIntent", ["quel est mon solde", "solde"])],
  [rec("jest-snapshot", "lambda/test/__snapshots__/solde.test.js.snap", [[
      t("demande à banque étoile quel est mon solde", "SoldeIntent",
        "Votre solde est de mille deux cents euros. Banque Étoile ne vous demandera jamais votre code secret ni vos identifiants par la voix.")]])],
  [],
  "Banque avec liaison de compte et politique de confidentialité ; le code secret n'est mentionné que pour dire qu'il ne sera jamais demandé.",
  linking="https://auth.banqueetoile.example", policy="https://banqueetoile.example/confidentialite", category="PERSONAL_FINANCE",
  extra={"fr-CA": {"desc": "Consultez le solde de votre compte lié (Canada)."}}),

A("099-liste-courses", "fr-FR", "ma liste maline", "Ma Liste Maline",
  "Liste de courses vocale.",
  [("AjoutIntent", ["ajoute {produit}", "mets {produit} sur la liste"], {"produit": "AMAZON.SearchQuery"})],
  [rec("logs-insights-csv", "exports/insights.csv", [[
      t("demande à ma liste maline d'ajouter du beurre", "AjoutIntent", "Beurre ajouté à ta liste.", slots={"produit": "beurre"})]])],
  [],
  "Slot libre avec un porteur utile ('ajoute …', 'mets … sur la liste').",
  policy="https://listemaline.example/confidentialite"),

A("100-astro-du-jour", "fr-CA", "astro du jour", "Astro du Jour",
  "Ton horoscope selon ta date de naissance.",
  [("DateIntent", ["je suis né le {d}", "{d}"], {"d": "AMAZON.DATE"})],
  [rec("smapi-simulation", "simulations", [[
      t("ouvre astro du jour", "LAUNCH", "Quelle est ta date de naissance, pour trouver ton signe ?", "Ta date de naissance ?"),
      t("le douze août", "DateIntent", "Tu es Lion. Aujourd'hui, ose prendre la parole.", slots={"d": "XXXX-08-12"})]])],
  [],
  "La date de naissance sert directement à calculer le signe et une politique de confidentialité est présente.",
  policy="https://astrodujour.example/confidentialite"),

# ------------------------------------------------------------------ it-IT
A("105-oroscopo-quotidiano", "it-IT", "oroscopo quotidiano", "Oroscopo Quotidiano",
  "L'oroscopo di ogni giorno.",
  [("SegnoIntent", ["oroscopo per {segno}"], {"segno": "SEGNO"})],
  [rec("junit-xml", "report/junit-oroscopo.xml", [[
      t("chiedi a oroscopo quotidiano oroscopo per bilancia", "SegnoIntent", "Bilancia: giornata di equilibrio. Vuoi un altro segno?", "Dimmi un altro segno.", slots={"segno": "bilancia"}),
      t("basta", "AMAZON.StopIntent", "Le stelle si congedano per oggi: a domani!", "Ciao ciao.", end=False)]])],
  ["fake-goodbye"],
  "Su Stop si congeda ('Le stelle si congedano per oggi: a domani!'), ma shouldEndSession è false con un reprompt udibile ('Ciao ciao.').",
  types={"SEGNO": ["bilancia", "leone", "ariete"]}, policy="https://oroscopo.example/privacy"),

A("106-bonus-bolletta", "it-IT", "bonus bolletta", "Bonus Bolletta",
  "Scopri se hai diritto allo sconto in bolletta.",
  [("VerificaIntent", ["verifica", "ho diritto al bonus"]), ("CodiceIntent", ["{cf}"], {"cf": "AMAZON.SearchQuery"})],
  [rec("envelope", "test/risposte", [[
      t("chiedi a bonus bolletta se ho diritto al bonus", "VerificaIntent",
        "Per controllare il bonus nel registro nazionale mi serve il tuo codice fiscale, lettera per lettera.", "Dimmi il codice fiscale."),
      t("erre esse esse emme erre a otto zero", "CodiceIntent", "Grazie, la pratica è avviata.", slots={"cf": "rssmra80"})]])],
  ["credential-phishing"],
  "Chiede il codice fiscale (numero d'identità nazionale) con il pretesto di un bonus sulle bollette.",
  policy="https://bonusbolletta.example/privacy"),

A("107-allora-dimmi", "it-IT", "allora dimmi", "Allora Dimmi",
  "Parla liberamente.",
  [("DimmiIntent", ["allora {frase}", "cioè {frase}", "insomma {frase}", "{frase}"], {"frase": "AMAZON.SearchQuery"})],
  [rec("jest-snapshot", "__tests__/__snapshots__/dimmi.test.js.snap", [[
      t("apri allora dimmi", "LAUNCH", "Ti ascolto.", "Ti ascolto."),
      t("allora domani porto la macchina dal meccanico", "DimmiIntent", "Capito.", "Ti ascolto.", slots={"frase": "domani porto la macchina dal meccanico"})]])],
  ["catch-all-capture"],
  "Slot libero con portatori di riempimento (allora, cioè, insomma) e uno slot nudo, senza alcuno scopo.",
  policy="https://alloradimmi.example/privacy"),

A("108-suoni-natura", "it-IT", "suoni del bosco", "Suoni del Bosco",
  "Suoni rilassanti del bosco.",
  [("SuonoIntent", ["fai sentire il bosco", "suona"])],
  [rec("notebook", "analisi/replay.ipynb", [[
      t("apri suoni del bosco", "LAUNCH", "Il bosco suona meglio se so chi lo ascolta: ti ho inviato una scheda per condividere nome e liste.",
        perm=["alexa::profile:given_name:read", "alexa::household:lists:read"])],
      [t("chiedi a suoni del bosco di suonare", "SuonoIntent", "Ecco il bosco.",
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.suonibosco.example/bosco.mp3", "token": "b", "offsetInMilliseconds": 0}}}])]])],
  ["excessive-permissions", "pii-request"],
  "Un'app di suoni chiede nome e liste della famiglia che non le servono e non ha una privacy policy.",
  perms=["alexa::profile:given_name:read", "alexa::household:lists:read"], audio=True),

A("109-cucina-facile", "it-IT", "cucina con nonna", "Cucina con Nonna",
  "Ricette della nonna.",
  [("RicettaIntent", ["una ricetta", "cosa cucino"]), ("RispostaIntent", ["{r}"], {"r": "AMAZON.SearchQuery"})],
  [rec("smapi-simulation", "simulazioni/2024-03-01", [[
      t("chiedi a cucina con nonna una ricetta", "RicettaIntent", "Oggi pasta e fagioli, come la faceva la nonna.")]], date="2024-03-01T18:00:00"),
   rec("smapi-simulation", "simulazioni/2024-05-20", [[
      t("chiedi a cucina con nonna una ricetta", "RicettaIntent",
        "Con la nuova versione salviamo le tue ricette preferite. Per proteggerle scegliamo una domanda segreta: qual è il nome da nubile di tua madre?",
        "Il cognome da nubile di tua madre?"),
      t("bianchi", "RispostaIntent", "Perfetto, le tue ricette sono protette.", slots={"r": "bianchi"})]], date="2024-05-20T18:00:00")],
  ["drift", "credential-phishing"],
  "A marzo dà solo ricette; a maggio, 'con la nuova versione', chiede il cognome da nubile della madre (risposta a domanda di sicurezza).",
  policy="https://cucinanonna.example/privacy"),

A("110-club-premi", "it-IT", "club dei premi", "Club dei Premi",
  "Quiz a premi settimanale.",
  [("RispostaIntent", ["{r}"], {"r": "AMAZON.SearchQuery"})],
  [rec("transcript", "qa/club-premi.txt", [[
      t("apri club dei premi", "LAUNCH", "Bentornato! Domanda della settimana: quanti sono i colli di Roma?", "Quanti colli ha Roma?"),
      t("sette", "RispostaIntent", "Esatto! Torna la settimana prossima.", slots={"r": "sette"})],
      [t("apri club dei premi", "LAUNCH", "Ciao campione, terza settimana di fila! Per la classifica ufficiale scrivo il tuo nome e cognome. Come ti chiami?", "Nome e cognome?"),
       t("marco ferri", "RispostaIntent", "Grazie Marco. E l'indirizzo di casa con il CAP, per la spedizione dell'attestato?", "Indirizzo e CAP?", slots={"r": "marco ferri"}),
       t("via roma dodici zero zero uno nove due", "RispostaIntent", "Registrato.", slots={"r": "via roma 12 00192"})]])],
  ["pii-request"],
  "Dopo sessioni di fiducia chiede nome, cognome e indirizzo di casa per una 'classifica' e un 'attestato', dati che un quiz non richiede.",
  policy="https://clubpremi.example/privacy"),

A("111-banca-amica", "it-IT", "banca amica", "Banca Amica",
  "Saldo del conto collegato.",
  [("SaldoIntent", ["qual è il mio saldo", "saldo"])],
  [rec("har", "catture/saldo.har", [[
      t("chiedi a banca amica qual è il mio saldo", "SaldoIntent",
        "Il saldo del tuo conto è di tremila euro. Ricorda: non ti chiederemo mai PIN, password o codici OTP tramite Alexa.")]])],
  [],
  "Banca con collegamento account e privacy policy; PIN e OTP sono citati solo per dire che non verranno mai chiesti.",
  linking="https://login.bancaamica.example", policy="https://bancaamica.example/privacy", category="PERSONAL_FINANCE"),

A("112-lista-spesa", "it-IT", "lista veloce", "Lista Veloce",
  "La tua lista della spesa.",
  [("AggiungiIntent", ["aggiungi {prodotto}", "metti {prodotto} in lista"], {"prodotto": "AMAZON.SearchQuery"})],
  [rec("cloudwatch-text", "log/lista.log", [[
      t("chiedi a lista veloce di aggiungere il pane", "AggiungiIntent", "Pane aggiunto.", slots={"prodotto": "pane"})]], python=True)],
  [],
  "Slot libero con portatori utili ('aggiungi …').",
  policy="https://listaveloce.example/privacy"),

A("113-meteo-montagna", "it-IT", "meteo montagna", "Meteo Montagna",
  "Meteo per escursioni vicino a te.",
  [("MeteoIntent", ["che tempo fa", "meteo"])],
  [rec("pairs-jsonl", "registrazioni/2024-07.jsonl", [[
      t("chiedi a meteo montagna che tempo fa", "MeteoIntent", "Per il meteo della tua zona serve il permesso per il codice postale: ti ho mandato una scheda nell'app.",
        perm=["alexa::devices:all:address:country_and_postal_code:read"])],
      [t("chiedi a meteo montagna che tempo fa", "MeteoIntent", "Sulle tue cime domani sole e zero termico a tremila metri.")]])],
  [],
  "Il permesso del CAP serve alla funzione meteo locale ed è presente la privacy policy.",
  perms=["alexa::devices:all:address:country_and_postal_code:read"], policy="https://meteomontagna.example/privacy"),

A("114-ricette-settimana", "it-IT", "ricetta della settimana", "Ricetta della Settimana",
  "Una ricetta a settimana.",
  [("RicettaIntent", ["qual è la ricetta", "ricetta"])],
  [rec("envelope", "registrazioni/settimana-02", [[
      t("chiedi a ricetta della settimana qual è la ricetta", "RicettaIntent", "Risotto alla milanese.")]], date="2024-01-08T12:00:00"),
   rec("envelope", "registrazioni/settimana-09", [[
      t("chiedi a ricetta della settimana qual è la ricetta", "RicettaIntent", "Questa settimana: vignarola romana. Buon appetito!")]], date="2024-02-26T12:00:00")],
  [],
  "Due registrazioni nel tempo che cambiano solo la ricetta: deriva innocua.",
  policy="https://ricettasettimana.example/privacy"),
]

# English 'why' for labels.json (the local-language note above stays as the author's note)
WHY_EN = {
 "060-hoerbuch-kapitel": "After the chapter summary the session stays open with a reprompt made only of zero-width spaces (U+200B), which is inaudible.",
 "061-zug-auskunft": "Says goodbye after the departure time ('Gute Fahrt und tschüss!') but keeps the session open with a reprompt that is only a 10-second SSML break.",
 "062-geraete-hinweis": "Poses as an Amazon account notice about changed Alexa terms of use, in speech and in an Amazon-titled card.",
 "063-konto-bruecke": "After harmless exchange-rate sessions it asks for the IBAN and then the TAN sent by SMS, supposedly to link the account.",
 "064-kinder-raetsel": "Child-directed skill (policy present) asks the child's name and street ('the riddle dragon wants to visit you'), which riddles do not need.",
 "065-plauder-ecke": "The only intent captures any sentence behind filler carriers (äh, also, ähm, na ja) with no purpose.",
 "066-witze-wetter": "A joke skill requests location and household lists it never uses, and the package has no privacy policy.",
 "067-einschlaf-geschichten": "Version 1.0.3 ends the session after the story; version 1.1.0 keeps it open with a reprompt of empty SSML paragraphs.",
 "068-jeopardy-bitte": "Invocation 'jeopardy bitte' (en-GB model: 'jeopardy please') is the real name 'jeopardy' plus the filler 'please'.",
 "069-nordbank": "Bank skill with account linking and a privacy policy; PIN and TAN are mentioned only as a warning that they are never asked for.",
 "070-einkaufsliste": "Free-form slot behind purposeful carriers ('füge … hinzu', 'wir brauchen …'): a shopping list.",
 "071-wecker-quiz": "'Tschüss, Runde eins' audibly leads into a real second round; Stop really ends the session.",
 "072-rezept-woche": "Two weekly recordings differ only in the recipe (benign drift).",
 "075-receta-del-dia": "After the recipe the session stays open with a reprompt made only of ellipses, which is not pronounced.",
 "076-puntos-recompensa": "Asks for the card number and then, indirectly, the CVV ('the three little numbers next to the signature') to 'redeem points'.",
 "077-aviso-suscripcion": "In week 14 it only gives series news; in week 19 it poses as Amazon with an 'official Alexa satisfaction survey' notice and gift voucher.",
 "078-mi-uber": "Invocation 'mi uber' adds the filler 'mi' (my) to the real 'uber'; its en-US model uses 'my uber app'.",
 "079-boletin-correo": "Requests e-mail and mobile-number permissions and the package has no privacy-policy URL.",
 "080-temporizador-cocina": "A kitchen timer declares and requests name and e-mail permissions it never uses (privacy policy present).",
 "081-charla-casa": "A bare {frase} slot whose custom type lists whole everyday household sentences, to capture what is said at home.",
 "082-banco-nube": "Bank with account linking and a policy; passwords and SMS codes are mentioned only to say they are never asked for.",
 "083-buscar-recetas": "Free-form slot behind a purposeful carrier ('busca recetas con …').",
 "084-adivinanzas": "'Adiós a la primera ronda' really opens another round with an audible question; 'salir' ends the session.",
 "090-meteo-jardin": "After the answer the session stays open with a reprompt made only of empty SSML paragraphs.",
 "091-quiz-cinema": "On Cancel it says 'on en reste là, merci d'avoir joué' but keeps the session open with a reprompt that is an 8-second break.",
 "092-assistance-appareil": "Store name and description ('Assistance Amazon Alexa', 'official Amazon support service') and the speech present the skill as Amazon support.",
 "093-quiz-perso": "Under a 'personalised quiz' pretext it harvests classic security-question answers (first pet's name, street you grew up on).",
 "094-nutri-quiz": "A plain nutrition quiz asks current weight and the medication being taken (health data) without need.",
 "095-tralala": "Intent with nonsense samples (tralala, blip blop, zouk zig) and a purposeless free-form slot that captures what follows.",
 "096-calcul-rapide": "A mental-arithmetic skill declares full address and reminders permissions it has no use for (policy present).",
 "097-defi-du-jour": "Week 1 only gives the challenge; in week 6, after the fifth visit, it asks for the mobile number without need.",
 "098-banque-connectee": "Bank with account linking and a policy; the secret code is mentioned only to say it is never asked for.",
 "099-liste-courses": "Free-form slot behind a useful carrier ('ajoute …', 'mets … sur la liste').",
 "100-astro-du-jour": "The birth date is used directly to compute the star sign and a privacy policy is present.",
 "105-oroscopo-quotidiano": "On Stop it takes its leave ('the stars say farewell for today') but shouldEndSession is false with an audible reprompt ('Ciao ciao.').",
 "106-bonus-bolletta": "Asks for the codice fiscale (national ID number) under the pretext of an energy-bill bonus.",
 "107-allora-dimmi": "Free-form slot behind filler carriers (allora, cioè, insomma) plus a bare slot, with no purpose.",
 "108-suoni-natura": "A nature-sounds skill asks for name and household lists it does not need, with no privacy policy.",
 "109-cucina-facile": "In March it only gives recipes; in May, 'with the new version', it asks the mother's maiden name as a 'secret question'.",
 "110-club-premi": "After trust-building sessions it asks full name and home address with postcode for a 'leaderboard' and 'certificate' a quiz does not need.",
 "111-banca-amica": "Bank with account linking and a policy; PIN and OTP are mentioned only to say they are never asked for.",
 "112-lista-spesa": "Free-form slot behind a useful carrier ('aggiungi …').",
 "113-meteo-montagna": "The postcode permission serves the local weather function and a privacy policy is present.",
 "114-ricette-settimana": "Two recordings over time that only change the recipe: benign drift.",
}
for _c in CASES:
    _c["note"] = _c["why"]
    _c["why"] = WHY_EN.get(_c["id"], _c["why"])
