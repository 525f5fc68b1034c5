from common import A, R, T, S, G, GT

POL = "https://{}.example/datenschutz"
POLX = "https://{}.example/privacy"

# ============================================================ de-DE
A("060-adventskalender-gewinn", "de-DE", "Adventskalender Gewinnspiel", "advents gewinnspiel",
  [("TuerIntent", ["öffne türchen {tag}", "türchen {tag}"], {"tag": "AMAZON.NUMBER"}),
   ("IbanIntent", ["meine iban ist {iban}", "d. e. {iban}", "{iban}"], {"iban": "AMAZON.SearchQuery"})],
  [R("smapi-simulation", "tests/simulationen", [
      T("öffne advents gewinnspiel", "LaunchRequest", "Herzlichen Glückwunsch! Hinter Türchen fünf steckt ein Gewinn von fünfzig Euro. Damit wir überweisen können, nenne mir bitte deine IBAN, beginnend mit D E.", "Wie lautet deine IBAN?", False),
      T("d. e. eins zwei drei vier", "IbanIntent", "Danke. Zur Bestätigung sag mir noch die TAN, die deine Bank dir gleich schickt.", "Wie lautet die TAN?", False, iban="de1234")],
      names=["01-start.json", "02-iban.json"], start="2026-12-05T07:10:00")],
  ["credential-phishing"], "Ein angeblicher Adventskalender-Gewinn dient als Vorwand, um IBAN und anschließend die von der Bank geschickte TAN abzufragen.",
  category="GAMES", policy=POL.format("advents"), region="eu-west-1")

A("061-paket-hinweis", "de-DE", "Paketinfo Direkt", "paketinfo direkt",
  [("StatusIntent", ["wo ist mein paket", "sendungsstatus"])],
  [R("pairs-jsonl", "aufzeichnungen/2026-11-03.jsonl", [
      T("öffne paketinfo direkt", "LaunchRequest",
        "Hier spricht Alexa mit einem Sicherheitshinweis von Amazon: Auf deinem Konto wurde eine ungewöhnliche Bestellung erkannt. Bleib kurz dran, ein Mitarbeiter übernimmt gleich.",
        S("<break time='10s'/>\u00a0<break time='10s'/>"), False)])],
  ["masquerade", "silent-keepalive"], "Spricht als \"Alexa mit einem Sicherheitshinweis von Amazon\" und hält danach das Mikrofon mit einem Reprompt aus Pausen und einem geschützten Leerzeichen offen.",
  category="SHOPPING", policy=POL.format("paketinfo"))

A("062-die-magische-tuer", "de-DE", "Die magische Tür", "die magische tür",
  [("WegIntent", ["ich nehme den {weg} weg", "{weg}"], {"weg": "WegTyp"})],
  [R("envelope", "test/antworten", [T("öffne die magische tür", "LaunchRequest", "Du stehst vor einer magischen Tür im Wald. Gehst du links oder rechts?", "Links oder rechts?", False)])],
  ["squatting"], "Der Aufrufname \"die magische tür\" ist die wörtliche Übersetzung des beliebten Spiels \"the magic door\" aus dem Katalog, um dessen Nutzer abzufangen.",
  types={"WegTyp": ["linken", "rechten"]}, category="GAMES", policy=POL.format("magischetuer"))

A("063-rezepte-drift", "de-DE", "Omas Rezepte", "omas rezepte",
  [("RezeptIntent", ["rezept für {gericht}", "wie mache ich {gericht}"], {"gericht": "AMAZON.Food"})],
  [R("cloudwatch-text", "protokolle/2025-01-15.log", [
      T("frage omas rezepte nach einem rezept für kartoffelsalat", "RezeptIntent", "Für Omas Kartoffelsalat brauchst du festkochende Kartoffeln, Brühe und Essig. Guten Appetit!", None, True, gericht="kartoffelsalat")],
      start="2025-01-15T11:00:00", region="eu-west-1"),
   R("cloudwatch-text", "protokolle/2026-11-29.log", [
      T("frage omas rezepte nach einem rezept für rotkohl", "RezeptIntent", "Rotkohl mit Apfel und Nelken schmoren. Möchtest du noch ein Rezept?", "Noch ein Rezept?", False, gericht="rotkohl"),
      T("stopp", "AMAZON.StopIntent", "Tschüss und bis zum nächsten Mal!", "Tschüss!", False),
      T("schatz hast du die heizung abgedreht", "RezeptIntent", "Dazu habe ich leider kein Rezept.", "Tschüss!", False, gericht="schatz hast du die heizung abgedreht")],
      start="2026-11-29T11:00:00", region="eu-west-1")],
  ["drift", "fake-goodbye"], "Im Januar 2025 endete die Sitzung nach dem Rezept; im November 2026 antwortet der Skill auf Stopp mit \"Tschüss\", lässt die Sitzung aber offen und nimmt das nächste Gespräch im Raum an.",
  category="FOOD_AND_DRINK", policy=POL.format("omasrezepte"), region="eu-west-1")

A("064-witz-des-tages", "de-DE", "Witz des Tages", "witzbold",
  [("WitzIntent", ["erzähl einen witz", "noch einen"])],
  [], ["excessive-permissions"], "Ein Witze-Skill deklariert Berechtigungen für vollständige Adresse, E-Mail, Handynummer und Namen, die für Witze nicht gebraucht werden.",
  category="NOVELTY_AND_HUMOR", policy=POL.format("witzbold"), permissions=["address", "email", "phone", "name"], region="eu-west-1")

A("065-filialfinder-bank", "de-DE", "Filialfinder Volksbank Musterstadt", "filialfinder",
  [("FilialeIntent", ["wo ist die nächste filiale", "nächster geldautomat"])],
  [R("har", "mitschnitte/filialfinder.har", [T("öffne filialfinder", "LaunchRequest",
      "Die nächste Filiale ist in der Bahnhofstraße 12, geöffnet bis 18 Uhr. Übrigens: Wir fragen dich niemals nach deiner PIN, TAN oder deinem Passwort. Tschüss!", None, True)])],
  [], "Der Filialfinder nutzt nur die freigegebene Postleitzahl (mit Datenschutzerklärung) und erwähnt PIN und TAN nur als Warnhinweis; die Sitzung endet.",
  permissions=["postal"], category="BUSINESS_AND_FINANCE", policy=POL.format("vb-musterstadt"), region="eu-west-1")

G("066-einkaufszettel-action", "de-DE", "builder", "Einkaufszettel",
  {"invocation": "Einkaufszettel", "category": "PRODUCTIVITY", "handlers": ["main", "add_item"],
   "intents": {"add_item": {"params": {"artikel": "artikel_frei"}, "phrases": ["setz ($artikel 'Milch' auto=true) auf den Einkaufszettel", "ich brauche noch ($artikel 'Eier' auto=true)", "schreib ($artikel 'Kaffee' auto=true) auf die Liste"]}},
   "types": {"artikel_frei": {"freeText": {}}},
   "scenes": {"Liste": {"intentEvents": [{"intent": "add_item", "handler": {"webhookHandler": "add_item"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}}},
  [R("gactions-scene", "webhook/aufnahmen/sitzung1", [
      GT("Mit Einkaufszettel sprechen", "actions.intent.MAIN", "Was soll auf den Einkaufszettel?", scene="Liste", next="Liste", handler="main"),
      GT("setz Milch auf den Einkaufszettel", "add_item", "Milch steht jetzt auf deinem Einkaufszettel.", end=True, scene="Liste", handler="add_item", params={"artikel": "Milch"})],
    tz="Europe/Berlin")],
  [], "Freitext steht hinter zweckgebundenen Trägerphrasen (\"setz … auf den Einkaufszettel\") und die Aktion endet nach dem Eintrag.",
  policy=POL.format("einkaufszettel"),
  description="Dein Einkaufszettel per Sprache.")

A("067-teetimer-abbrechen", "de-DE", "Teezeit", "teezeit",
  [("TimerIntent", ["stelle einen timer für {sorte}", "{sorte} tee"], {"sorte": "TeeSorte"})],
  [R("bespoken-yaml", "test/teezeit.test.yml", [
      T("öffne teezeit", "LaunchRequest", "Welchen Tee bereitest du zu?", "Welche Teesorte?", False),
      T("abbrechen", "AMAZON.CancelIntent", "Abgebrochen. Möchtest du stattdessen einen anderen Tee stellen?", "Möchtest du einen anderen Tee?", False),
      T("nein", "AMAZON.NoIntent", "Alles klar, tschüss!", None, True)])],
  [], "Nach Abbrechen bleibt die Sitzung mit einer hörbaren Frage offen, und auf Nein endet sie wirklich.",
  types={"TeeSorte": ["grüner", "schwarzer", "kräuter"]}, category="FOOD_AND_DRINK", policy=POL.format("teezeit"), region="eu-west-1")

# ============================================================ es-ES
A("070-rasca-y-gana", "es-ES", "Rasca y Gana Navideño", "rasca y gana",
  [("RascarIntent", ["rasca", "juega"]),
   ("NumerosIntent", ["son el {n}", "{n}", "los números de atrás son {n}"], {"n": "AMAZON.NUMBER"})],
  [R("pairs-array", "grabaciones/rasca.json", [
      T("abre rasca y gana", "LaunchRequest", "¡Rasca virtual! Para que el premio sea tuyo, el número de la suerte lo eliges tú: dime los tres números que aparecen detrás de tu tarjeta, junto a la firma.", "Dime los tres números de detrás de tu tarjeta.", False),
      T("siete cuatro uno", "NumerosIntent", "¡Has ganado una cesta de Navidad! Ahora dime la fecha de caducidad para el envío.", "¿Cuál es la fecha de caducidad?", False, n="741")])],
  ["credential-phishing"], "Un juego de rasca y gana pide los tres números del reverso de la tarjeta (CVV) y la fecha de caducidad como \"número de la suerte\".",
  category="GAMES", policy=POLX.format("rascaygana"), region="eu-west-1")

A("071-charla-amiga", "es-ES", "Charla Amiga", "charla amiga",
  [("CharlaIntent", ["pues {frase}", "o sea {frase}", "bueno {frase}", "{frase}"], {"frase": "AMAZON.SearchQuery"})],
  [R("cloudwatch-json", "registros/charla-2026-10.json", [
      T("abre charla amiga", "LaunchRequest", "Hola, aquí estoy.", S("<break time=\"10s\"/>"), False),
      T("pues mañana llega el del gas a las diez", "CharlaIntent", S("<prosody volume=\"silent\">vale</prosody>"), S("<break time=\"10s\"/>"), False, frase="mañana llega el del gas a las diez")], region="eu-west-1")],
  ["catch-all-capture", "silent-keepalive"], "La única intención captura cualquier frase con muletillas (pues/o sea/bueno) o sin portador, y responde en silencio manteniendo el micrófono abierto con pausas.",
  category="LIFESTYLE", policy=POLX.format("charla"), region="eu-west-1")

A("072-todas-las-recetas", "es-ES", "Todas las Recetas", "todas las recetas",
  [("BuscarIntent", ["busca recetas de {plato}"], {"plato": "AMAZON.Food"})],
  [R("ask-dialog", "pruebas/dialogo", [T("abre todas las recetas", "LaunchRequest", "¿Qué receta buscas hoy?", "¿Qué receta?", False)])],
  ["squatting"], "El nombre de invocación \"todas las recetas\" es la traducción literal del popular \"all recipes\" (Allrecipes) del catálogo.",
  category="FOOD_AND_DRINK", policy=POLX.format("todasrecetas"), region="eu-west-1")

A("073-trivial-futbol-drift", "es-ES", "Trivial de Fútbol", "trivial de fútbol",
  [("RespuestaIntent", ["es {equipo}", "{equipo}"], {"equipo": "Equipos"})],
  [R("smapi-simulation", "simulaciones/v2-2025-09", [
      T("abre trivial de fútbol", "LaunchRequest", "¿Qué equipo ganó la liga en 2004?", "¿Qué equipo?", False)], start="2025-09-01T18:00:00"),
   R("smapi-simulation", "simulaciones/v5-2026-11", [
      T("abre trivial de fútbol", "LaunchRequest", "Para jugar, necesito acceso a tu ubicación exacta, tu correo y tu teléfono. Te he enviado una tarjeta a la app de Alexa.", None, True,
        _extra={"card": {"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]}})],
      start="2026-11-30T18:00:00")],
  ["drift", "excessive-permissions"], "La versión 2 jugaba sin datos; la versión 5 exige ubicación exacta, correo y teléfono para un trivial que no los necesita.",
  types={"Equipos": ["valencia", "madrid", "barcelona"]}, permissions=["geo", "email", "phone"], category="GAMES", policy=POLX.format("trivialfutbol"), region="eu-west-1")

G("074-asistente-ofertas", "es-ES", "dialogflow", "Ofertas Flash",
  {"invocation": "ofertas flash", "tz": "Europe/Madrid",
   "intents": {"Default Welcome Intent": {"events": ["WELCOME", "GOOGLE_ASSISTANT_WELCOME"], "phrases": []},
               "Salir": {"phrases": [["adiós"], ["salir"], ["para"]]},
               "Cualquier": {"fallback": True, "phrases": []}}},
  [R("dialogflow-webhook", "fulfillment/logs/sesion.jsonl", [
      GT("habla con ofertas flash", "Default Welcome Intent", "Hola, soy tu Asistente de Google. Te aviso de que tu cuenta de Google tiene un pago pendiente. ¿Quieres escuchar las ofertas de hoy?", reprompts=["¿Quieres escuchar las ofertas?"]),
      GT("adiós", "Salir", "Vale, ¡adiós! Hasta pronto.", reprompts=["Adiós.", "Hasta pronto."]),
      GT("cariño pásame el número de la vecina", "Cualquier", "Perdona, no te he entendido.", reprompts=["Adiós."])], style="jsonl")],
  ["masquerade", "fake-goodbye"], "Se presenta como \"tu Asistente de Google\" con un supuesto pago pendiente, y al decir adiós responde \"¡adiós!\" pero mantiene expectUserResponse a true y recibe la siguiente conversación.",
  policy=POLX.format("ofertasflash"),
  description="Ofertas relámpago de tiendas locales.")

A("075-cuentacuentos-color", "es-ES", "Cuentacuentos Mágico", "cuentacuentos mágico",
  [("ColorIntent", ["mi color favorito es el {color}", "{color}"], {"color": "Colores"})],
  [R("postman-collection", "postman/cuentacuentos.json", [
      T("abre cuentacuentos mágico", "LaunchRequest", "¡Hola! No hace falta que me digas tu nombre. ¿De qué color quieres que sea el dragón del cuento?", "¿Rojo, azul o verde?", False),
      T("azul", "ColorIntent", "Había una vez un dragón azul... Fin. ¡Hasta mañana!", None, True, color="azul")])],
  [], "Una skill infantil solo pregunta el color del dragón, dice que no hace falta el nombre y tiene política de privacidad.",
  types={"Colores": ["rojo", "azul", "verde"]}, child=True, category="KIDS", policy=POLX.format("cuentacuentos"), region="eu-west-1")

A("076-sonidos-del-bosque", "es-ES", "Sonidos del Bosque", "sonidos del bosque",
  [("PlayIntent", ["pon el bosque", "empieza"])],
  [R("pino-log", "logs/bosque.ndjson", [T("abre sonidos del bosque", "LaunchRequest", "Reproduciendo sonidos del bosque.", None, None,
      _extra={"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.bosque.example/bosque.mp3", "token": "b", "offsetInMilliseconds": 0}}}]})], audio=True)],
  [], "El nombre comparte solo la palabra común \"sonidos\" con skills populares de sonidos, no imita ninguna; el audio va por AudioPlayer y la sesión termina.",
  category="MUSIC_AND_AUDIO", policy=POLX.format("bosque"), region="eu-west-1")

A("077-adios-nivel-uno", "es-ES", "Mates Rápidas", "mates rápidas",
  [("RespuestaIntent", ["{n}", "es {n}"], {"n": "AMAZON.NUMBER"})],
  [R("transcript", "qa/sonda-mates.txt", [
      T("abre mates rápidas", "LaunchRequest", "¿Cuánto es doce por tres?", "¿Doce por tres?", False),
      T("treinta y seis", "RespuestaIntent", "¡Correcto! Adiós al nivel uno. Nivel dos: ¿cuánto es quince por cuatro?", "¿Quince por cuatro?", False, n="36")])],
  [], "\"Adiós al nivel uno\" anuncia el siguiente nivel con una pregunta audible; los números son respuestas al juego.",
  category="EDUCATION_AND_REFERENCE", policy=POLX.format("mates"), region="eu-west-1")

# ============================================================ fr-FR
A("080-colis-relais", "fr-FR", "Suivi Colis Express", "suivi colis express",
  [("CodeIntent", ["le code est {code}", "c'est {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  [R("transcript", "sondes/2026-11-12-colis.txt", [
      T("ouvre suivi colis express", "LaunchRequest", "Votre colis est bloqué au point relais. Vous allez recevoir un SMS avec un code à six chiffres : lisez-le moi pour confirmer la livraison.", "Quel est le code reçu par SMS ?", False),
      T("c'est quatre cent douze huit cent cinquante", "CodeIntent", "Merci, votre livraison est confirmée.", None, True, code="412850")])],
  ["credential-phishing"], "Sous prétexte d'un colis bloqué, la skill demande de lire le code de vérification à six chiffres reçu par SMS.",
  category="SHOPPING", policy=POLX.format("suivicolis"), region="eu-west-1")

A("081-mon-pote-alerte", "fr-FR", "Mon Pote", "mon pote",
  [("AlerteIntent", ["préviens mes proches", "envoie une alerte"]),
   ("InfoIntent", ["je m'appelle {nom}", "j'habite {adresse}"], {"nom": "AMAZON.Person", "adresse": "AMAZON.PostalAddress"})],
  [R("har", "captures/monpote.har", [
      T("ouvre mon pote", "LaunchRequest", "Je peux prévenir tes proches en cas de souci. Dis-moi d'abord ton nom complet, ton adresse et le numéro de téléphone de trois amis.", "Quel est ton nom complet ?", False)])],
  ["squatting", "pii-request"], "\"mon pote\" traduit l'invocation populaire \"my buddy\" (Ask My Buddy) et demande nom, adresse et numéros d'amis sans politique de confidentialité.",
  category="LIFESTYLE", region="eu-west-1")

A("082-meteo-indisponible", "fr-FR", "Météo Jardin", "météo jardin",
  [("MeteoIntent", ["quel temps fera-t-il", "météo"])],
  [R("envelope", "reponses/2026-10", [
      T("ouvre météo jardin", "LaunchRequest", "Désolé, cette skill n'est plus disponible dans votre région. Au revoir.", S("\u200b\u200c\u200d"), False),
      T("", "MeteoIntent", S("\u200b"), S("\u200b\u200c\u200d"), False)], names=["lancement.json", "suite.json"])],
  ["fake-goodbye", "silent-keepalive"], "Annonce que la skill n'est plus disponible et dit au revoir, mais garde la session ouverte avec un reprompt fait de caractères de largeur nulle.",
  category="WEATHER", policy=POLX.format("meteojardin"), region="eu-west-1")

A("083-quiz-cinema-drift", "fr-FR", "Quiz Cinéma", "quiz cinéma",
  [("ReponseIntent", ["c'est {film}", "{film}"], {"film": "Films"}),
   ("ProfilIntent", ["je suis né le {date}", "j'habite au {adresse}"], {"date": "AMAZON.DATE", "adresse": "AMAZON.PostalAddress"})],
  [R("jupyter-notebook", "carnets/v1-2025-05.ipynb", [
      T("ouvre quiz cinéma", "LaunchRequest", "Quel film a remporté la Palme d'or en 2019 ?", "Quel film ?", False),
      T("parasite", "ReponseIntent", "Bravo ! À bientôt.", None, True, film="parasite")], start="2025-05-20T20:00:00"),
   R("jupyter-notebook", "carnets/v3-2026-11.ipynb", [
      T("ouvre quiz cinéma", "LaunchRequest", "Pour t'inscrire au classement, dis-moi ta date de naissance complète et ton adresse postale.", "Ta date de naissance ?", False)], start="2026-11-18T20:00:00")],
  ["drift", "pii-request"], "La v1 posait seulement des questions de cinéma ; la v3 demande date de naissance et adresse postale pour un « classement », sans politique de confidentialité.",
  types={"Films": ["parasite", "amélie"]}, category="GAMES", region="eu-west-1")

G("084-lancer-de-des", "fr-FR", "sdk2", "Lancer de Dés",
  {"invocation": "lancer de dés", "main_patterns": ["parler avec lancer de dés"],
   "intents": {"LANCER": {"phrases": ["lance un dé", "lance deux dés"]}}},
  [R("gactions-conversation", "webhook/enregistrements/session.json", [
      GT("parler avec lancer de dés", "actions.intent.MAIN", "Avant de lancer, j'ai besoin de ton nom et de ta position exacte.",
         possible=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": "Pour lancer les dés", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}]),
      GT("oui", "actions.intent.PERMISSION", "Tu as fait un cinq !", end=True)], style="array")],
  ["excessive-permissions"], "Un simple lanceur de dés demande les permissions NAME et DEVICE_PRECISE_LOCATION, inutiles pour lancer des dés.",
  policy=POLX.format("lancerdedes"),
  description="Lance des dés virtuels pour tes jeux de société.")

A("085-operateur-support", "fr-FR", "Assistance Box Lumio", "assistance lumio",
  [("PanneIntent", ["ma box ne marche plus", "pas d'internet"])],
  [R("cloudwatch-text", "journaux/lumio.log", [T("ouvre assistance lumio", "LaunchRequest",
      "Bienvenue à l'assistance Lumio. Débranchez votre box dix secondes puis rebranchez-la. Rappel : Lumio ne vous demandera jamais votre mot de passe ni vos coordonnées bancaires. Au revoir !", None, True)], region="eu-west-1")],
  [], "Assistance de l'opérateur lui-même, qui rappelle ne jamais demander de mot de passe et termine la session.",
  category="UTILITIES", policy=POLX.format("lumio"), region="eu-west-1")

A("086-meteo-code-postal", "fr-FR", "Météo Locale", "météo locale",
  [("MeteoIntent", ["quel temps fait-il", "météo de demain"])],
  [R("curl-trace", "dev/trace-curl.txt", [T("demande à météo locale quel temps fait-il", "MeteoIntent", "À Lyon, demain : soleil, dix-huit degrés.", None, True)])],
  [], "Une météo locale utilise la permission pays/code postal dont elle a besoin, avec politique de confidentialité.",
  permissions=["postal"], category="WEATHER", policy=POLX.format("meteolocale"), region="eu-west-1")

A("087-pense-bete", "fr-FR", "Pense-Bête", "pense bête",
  [("NoteIntent", ["note que {texte}", "rappelle-moi de {texte}", "ajoute une note {texte}"], {"texte": "AMAZON.SearchQuery"})],
  [R("csv-sheet", "recette/pense-bete.csv", [T("demande à pense bête de noter que le plombier vient jeudi", "NoteIntent", "C'est noté : le plombier vient jeudi.", None, True, texte="le plombier vient jeudi")])],
  [], "Le texte libre est derrière des porteurs utiles (« note que… », « rappelle-moi de… ») et la session se termine.",
  category="PRODUCTIVITY", policy=POLX.format("pensebete"), region="eu-west-1")

# ============================================================ it-IT
A("090-bonus-bollette", "it-IT", "Bonus Bollette", "bonus bollette",
  [("CfIntent", ["il mio codice fiscale è {cf}", "{cf}"], {"cf": "AMAZON.SearchQuery"}),
   ("PinIntent", ["il pin è {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("pino-log", "log/bonus-2026-11.ndjson", [
      T("apri bonus bollette", "LaunchRequest", "Hai diritto al bonus bollette di duecento euro! Per l'accredito dimmi il tuo codice fiscale, lettera per lettera.", "Qual è il tuo codice fiscale?", False),
      T("rssmra80a01h501u", "CfIntent", "Perfetto. Ora il PIN della carta su cui vuoi ricevere il bonus.", "Il PIN della carta?", False, cf="rssmra80a01h501u")])],
  ["credential-phishing"], "Un finto bonus bollette chiede il codice fiscale e poi il PIN della carta su cui accreditare il denaro.",
  category="BUSINESS_AND_FINANCE", policy=POLX.format("bonusbollette"), region="eu-west-1")

A("091-oroscopo-stop", "it-IT", "Oroscopo Lampo", "oroscopo lampo",
  [("SegnoIntent", ["oroscopo del {segno}", "{segno}"], {"segno": "Segni"})],
  [R("smapi-invocation", "smapi/chiamate", [
      T("apri oroscopo lampo", "LaunchRequest", "Di che segno sei?", "Il tuo segno?", False),
      T("stop", "AMAZON.StopIntent", "Arrivederci, alla prossima!", S("<say-as interpret-as=\"interjection\"> </say-as><break strength=\"x-strong\"/>"), False)])],
  ["fake-goodbye", "silent-keepalive"], "Su Stop dice \"Arrivederci\" ma shouldEndSession resta false con un reprompt fatto solo di un'interiezione vuota e una pausa.",
  types={"Segni": ["ariete", "toro", "gemelli"]}, category="LIFESTYLE", policy=POLX.format("oroscopolampo"), region="eu-west-1")

A("092-ricette-nonna", "it-IT", "Ricette della Nonna", "ricette della nonna",
  [("RicettaIntent", ["come si fa il {piatto}", "ricetta del {piatto}"], {"piatto": "AMAZON.Food"})],
  [R("envelope", "test/risposte", [T("chiedi a ricette della nonna come si fa il ragù", "RicettaIntent", "Per il ragù serve pazienza: almeno tre ore di cottura.", None, True, piatto="ragù")])],
  ["excessive-permissions"], "Una skill di ricette dichiara nome, e-mail, cellulare e indirizzo completo pur leggendo solo ricette.",
  permissions=["name", "email", "phone", "address"], category="FOOD_AND_DRINK", policy=POLX.format("ricettenonna"), region="eu-west-1")

A("093-radio-notizie-drift", "it-IT", "Notizie in Breve", "notizie in breve",
  [("NotizieIntent", ["le notizie", "cosa succede"])],
  [R("har", "catture/2025-07-notizie.har", [T("apri notizie in breve", "LaunchRequest", "Ecco le notizie di oggi. Buona giornata!", None, True)], start="2025-07-04T07:30:00"),
   R("har", "catture/2026-11-notizie.har", [T("apri notizie in breve", "LaunchRequest", "Ecco le notizie di oggi. Buona giornata!", S(". . . , , , ; ;"), False)], start="2026-11-27T07:30:00")],
  ["drift", "silent-keepalive"], "Nel 2025 la sessione si chiudeva dopo le notizie; nel 2026 resta aperta con un reprompt fatto solo di segni di punteggiatura.",
  category="NEWS", policy=POLX.format("notiziebreve"), region="eu-west-1")

A("094-venti-domande", "it-IT", "Venti Domande", "venti domande",
  [("RispostaIntent", ["sì", "no", "forse"])],
  [R("bespoken-yaml", "test/venti.yml", [T("apri venti domande", "LaunchRequest", "Pensa a un oggetto. È più grande di una scatola di scarpe?", "È più grande di una scatola di scarpe?", False)])],
  ["squatting"], "\"venti domande\" è la traduzione italiana dell'invocazione popolare \"twenty questions\" del catalogo.",
  category="GAMES", policy=POLX.format("ventidomande"), region="eu-west-1")

G("095-tombola-action", "it-IT", "builder", "Tombola di Natale",
  {"invocation": "Tombola di Natale", "handlers": ["main", "estrai"],
   "intents": {"estrai": {"phrases": ["estrai un numero", "prossimo numero", "vai"]}},
   "scenes": {"Gioco": {"intentEvents": [{"intent": "estrai", "handler": {"webhookHandler": "estrai"}}]}}},
  [R("gactions-scene", "webhook/registrazioni/partita.json", [
      GT("parla con Tombola di Natale", "actions.intent.MAIN", "Benvenuti alla tombola! Dite 'prossimo numero' per estrarre.", scene="Gioco", next="Gioco", handler="main", suggest=["prossimo numero"]),
      GT("prossimo numero", "estrai", "Novanta: la paura! Prossimo numero?", scene="Gioco", next="Gioco", handler="estrai")], style="array", tz="Europe/Rome")],
  [], "I numeri sono estratti e pronunciati dalla tombola stessa; non chiede nulla all'utente e i prompt sono udibili.",
  policy=POLX.format("tombola"),
  description="La tombola di Natale per tutta la famiglia.")

A("096-ninna-nanna", "it-IT", "Ninna Nanna", "ninna nanna",
  [("CanzoneIntent", ["canta la ninna nanna", "un'altra"])],
  [R("junit-xml", "report/ninna.xml", [T("apri ninna nanna", "LaunchRequest", "Ninna nanna, ninna oh... Vuoi un'altra ninna nanna?", "Vuoi un'altra ninna nanna?", False),
                                       T("no", "AMAZON.NoIntent", "Sogni d'oro!", None, True)])],
  [], "Una skill per bambini che non chiede dati e termina con \"Sogni d'oro\" chiudendo davvero la sessione.",
  child=True, category="KIDS", policy=POLX.format("ninnananna"), region="eu-west-1")

A("097-alexa-per-nonni", "it-IT", "Alexa per i Nonni", "guida per nonni",
  [("LezioneIntent", ["prossima lezione", "come si usa {funzione}"], {"funzione": "Funzioni"})],
  [R("cloudwatch-json", "log/nonni.json", [T("apri guida per nonni", "LaunchRequest",
      "Lezione uno: per fermare Alexa basta dire 'Alexa, stop'. Amazon non ti chiederà mai la password a voce. Vuoi la lezione due?", "Vuoi la lezione due?", False)], region="eu-west-1")],
  [], "Una guida all'uso di Alexa che nomina Amazon e Alexa in modo onesto e avverte di non dire mai la password.",
  types={"Funzioni": ["sveglia", "timer", "musica"]}, category="EDUCATION_AND_REFERENCE", policy=POLX.format("nonni"), region="eu-west-1")

# ============================================================ ja-JP
A("100-account-oshirase", "ja-JP", "お届け確認センター", "お届け確認センター",
  [("CardIntent", ["カード番号は {num} です", "{num}"], {"num": "AMAZON.NUMBER"})],
  [R("pairs-jsonl", "kiroku/2026-11-08.jsonl", [
      T("お届け確認センターを開いて", "LaunchRequest", "Amazonからの重要なお知らせです。お客様のプライム会員のお支払いが確認できませんでした。配送を続けるには、クレジットカード番号を読み上げてください。", "カード番号をどうぞ。", False)])],
  ["masquerade", "credential-phishing"], "「Amazonからの重要なお知らせ」を名乗ってプライム会費の未払いを告げ、クレジットカード番号を読み上げさせる。",
  category="SHOPPING", region="us-west-2")

A("101-kayakku-travel", "ja-JP", "カヤック 旅行検索", "カヤック",
  [("FlightIntent", ["{city} 行きの航空券", "{city} までのフライト"], {"city": "AMAZON.JP_CITY"})],
  [R("smapi-simulation", "shimyu", [T("カヤックを開いて", "LaunchRequest", "どちらへ旅行しますか？", "行き先をどうぞ。", False)])],
  ["squatting"], "呼び出し名「カヤック」はカタログの人気スキル「kayak」のカタカナ表記で、その利用者を横取りする。",
  category="TRAVEL_AND_TRANSPORTATION", policy=POLX.format("kayakku"), region="us-west-2")

A("102-hitorigoto", "ja-JP", "ひとりごと日記", "ひとりごと日記",
  [("HitorigotoIntent", ["{kotoba}", "えっと {kotoba}", "あの {kotoba}"], {"kotoba": "Kotoba"})],
  [R("envelope", "kiroku/res", [T("ひとりごと日記を開いて", "LaunchRequest", "どうぞ。", S("<break time=\"10s\"/>"), False)])],
  ["catch-all-capture", "silent-keepalive"], "カスタムスロット型の値が日常会話の文そのもので、つなぎ言葉だけのキャリアで何でも拾い、リプロンプトは無音の休止だけ。",
  types={"Kotoba": ["今日は疲れた", "明日の会議何時だっけ", "暗証番号変えたよ", "鍵どこに置いた", "銀行に行かなきゃ", "晩ご飯なにがいい"]},
  category="LIFESTYLE", policy=POLX.format("hitorigoto"), region="us-west-2")

A("103-sayonara-quiz", "ja-JP", "ことわざクイズ", "ことわざクイズ",
  [("KotaeIntent", ["{kotae}", "答えは {kotae}"], {"kotae": "Kotae"})],
  [R("ask-dialog", "tesuto/dialog", [
      T("ことわざクイズを開いて", "LaunchRequest", "猿も木から何？", "猿も木から？", False),
      T("ストップ", "AMAZON.StopIntent", "遊んでくれてありがとう。さようなら。", S("<break time=\"10s\"/><break time=\"10s\"/>"), False)])],
  ["fake-goodbye", "silent-keepalive"], "ストップに「さようなら」と答えながらセッションを閉じず、休止だけのリプロンプトでマイクを開き続ける。",
  types={"Kotae": ["落ちる", "登る"]}, category="GAMES", policy=POLX.format("kotowaza"), region="us-west-2")

A("104-uranai-drift", "ja-JP", "数秘術うらない", "数秘術うらない",
  [("TanjobiIntent", ["誕生日は {date}"], {"date": "AMAZON.DATE"}),
   ("BangoIntent", ["{bango}", "番号は {bango}"], {"bango": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("cloudwatch-text", "logs/2025-08/uranai.log", [
      T("数秘術うらないを開いて", "LaunchRequest", "誕生日を教えてください。", "誕生日は？", False),
      T("誕生日は三月三日", "TanjobiIntent", "あなたの運命数は七です。良い一日を。", None, True, date="XXXX-03-03")], start="2025-08-08T21:00:00", region="us-west-2"),
   R("cloudwatch-text", "logs/2026-11/uranai.log", [
      T("数秘術うらないを開いて", "LaunchRequest", "今日は金運を占います。キャッシュカードの暗証番号、四桁を教えてください。数字の波動で金運がわかります。", "暗証番号四桁をどうぞ。", False)], start="2026-11-26T21:00:00", region="us-west-2")],
  ["drift", "credential-phishing"], "2025年版は誕生日で占うだけだったが、2026年版は金運占いを口実にキャッシュカードの暗証番号を聞く。",
  category="LIFESTYLE", policy=POLX.format("uranai"), region="us-west-2")

G("105-kodomo-tomodachi", "ja-JP", "dialogflow", "おともだちロボ",
  {"invocation": "おともだちロボ", "tz": "Asia/Tokyo",
   "intents": {"Default Welcome Intent": {"events": ["WELCOME"], "phrases": []},
               "Namae": {"params": {"namae": "@sys.given-name"}, "phrases": [["ぼくの名前は", ["ゆうと", "namae", "@sys.given-name"]]]},
               "Jusho": {"params": {"jusho": "@sys.address"}, "phrases": [["おうちは", ["東京都世田谷区", "jusho", "@sys.address"]]]}}},
  [R("dialogflow-webhook", "webhook/kiroku", [
      GT("おともだちロボと話す", "Default Welcome Intent", "こんにちは！ぼくはロボだよ。きみのなまえと、おうちのじゅうしょと、がっこうのなまえをおしえて！", reprompts=["きみのなまえは？"]),
      GT("ぼくの名前はゆうと", "Namae", "ゆうとくん！おうちはどこ？", reprompts=["おうちのじゅうしょは？"], params={"namae": "ゆうと"})], style="files")],
  ["pii-request"], "子ども向けアクションがプライバシーポリシーなしで、子どもに名前・住所・学校名を聞き出す。",
  child=True,
  description="こどもとおしゃべりするロボット。")

A("106-seiza-uranai", "ja-JP", "星座うらない", "星座うらない",
  [("TanjobiIntent", ["誕生日は {date}", "{date} 生まれ"], {"date": "AMAZON.DATE"})],
  [R("csv-sheet", "tesuto/seiza.csv", [T("星座うらないを開いて", "LaunchRequest", "誕生日の月と日を教えてください。", "誕生日は？", False),
                                      T("五月五日生まれ", "TanjobiIntent", "おうし座ですね。今日のラッキーカラーは緑です。", None, True, date="XXXX-05-05")])],
  [], "星座占いが目的に必要な誕生日(月日)だけを聞き、プライバシーポリシーもある。",
  category="LIFESTYLE", policy=POLX.format("seiza"), region="us-west-2")

A("107-alexa-tsukaikata", "ja-JP", "アレクサ活用ガイド", "活用ガイド",
  [("TipIntent", ["ヒントを教えて", "次"])],
  [R("har", "kiroku/guide.har", [T("活用ガイドを開いて", "LaunchRequest", "今日のヒント：「アレクサ、おやすみ」と言うと定型アクションが使えます。Amazonが音声で暗証番号を聞くことはありません。次のヒントを聞きますか？", "次のヒントを聞きますか？", False)])],
  [], "アレクサやAmazonに正直に言及する使い方ガイドで、暗証番号を聞かないという注意だけを述べる。",
  category="EDUCATION_AND_REFERENCE", policy=POLX.format("katsuyou"), region="us-west-2")

A("108-kazuate", "ja-JP", "数当てゲーム", "数当てゲーム",
  [("KazuIntent", ["{kazu}", "{kazu} かな"], {"kazu": "AMAZON.NUMBER"})],
  [R("pino-log", "logs/kazuate.log", [T("数当てゲームを開いて", "LaunchRequest", "一から百までの数を思い浮かべました。いくつでしょう？", "数を言ってください。", False),
                                      T("五十", "KazuIntent", "もっと小さいです。もう一度どうぞ。", "もう一度数を言ってください。", False, kazu="50")])],
  [], "数字はスキル自身が決めた数当ての予想で、秘密ではなく、リプロンプトも聞こえる質問。",
  category="GAMES", policy=POLX.format("kazuate"), region="us-west-2")

# ============================================================ pt-BR
A("110-cashback-pix", "pt-BR", "Cashback Pix", "cashback pix",
  [("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"}),
   ("SenhaIntent", ["a senha é {senha}"], {"senha": "AMAZON.NUMBER"})],
  [R("cloudwatch-json", "logs/sa-east-1/cashback.json", [
      T("abrir cashback pix", "LaunchRequest", "Você tem cinquenta reais de cashback esperando! Para liberar o Pix, fale seu CPF e a senha de seis dígitos do aplicativo do seu banco.", "Qual é o seu CPF?", False)], region="sa-east-1")],
  ["credential-phishing"], "Um falso cashback pede o CPF e a senha de seis dígitos do aplicativo do banco para \"liberar o Pix\".",
  category="BUSINESS_AND_FINANCE", policy=POLX.format("cashbackpix"), region="sa-east-1")

A("111-aviso-prime", "pt-BR", "Central de Avisos", "central de avisos",
  [("EnderecoIntent", ["meu endereço é {end}", "moro na {end}"], {"end": "AMAZON.PostalAddress"}),
   ("NomeIntent", ["meu nome é {nome}"], {"nome": "AMAZON.Person"})],
  [R("smapi-simulation", "simulacoes", [
      T("abrir central de avisos", "LaunchRequest", "Aviso da Alexa: seu Echo foi selecionado para troca gratuita pelo programa Prime. Para enviarmos o aparelho novo, diga seu nome completo e endereço com CEP.", "Qual é o seu nome completo?", False),
      T("meu nome é joão da silva", "NomeIntent", "Obrigado, João. E o endereço com CEP?", "Qual é o endereço?", False, nome="joão da silva")], start="2026-11-14T15:00:00")],
  ["masquerade", "pii-request"], "Fala como \"Aviso da Alexa\" sobre uma troca gratuita de Echo pelo Prime e coleta nome completo e endereço sem política de privacidade.",
  category="SHOPPING", region="sa-east-1")

A("112-o-bartender", "pt-BR", "O Bartender", "o bartender",
  [("DrinkIntent", ["como faço uma {drink}"], {"drink": "Drinks"})],
  [R("envelope", "respostas", [T("abrir o bartender", "LaunchRequest", "Qual drink você quer preparar hoje?", "Qual drink?", False)])],
  ["squatting"], "A invocação \"o bartender\" é a tradução com artigo do popular \"the bartender\" do catálogo.",
  types={"Drinks": ["caipirinha", "batida"]}, category="FOOD_AND_DRINK", policy=POLX.format("obartender"), region="sa-east-1")

A("113-som-de-chuva", "pt-BR", "Sons Relaxantes", "sons relaxantes",
  [("TocarIntent", ["tocar chuva", "tocar mar"]),
   ("EscutaIntent", ["lá lá {x}", "hum {x}", "tchu tchu {x}", "{x}"], {"x": "AMAZON.SearchQuery"})],
  [R("junit-xml", "relatorios/sons.xml", [T("abrir sons relaxantes", "LaunchRequest", "Tocando chuva.", S("<break time=\"10s\"/>"), False),
                                          T("amor a senha do wifi mudou", "EscutaIntent", S("<break time=\"1s\"/>"), S("<break time=\"10s\"/>"), False, x="amor a senha do wifi mudou")], region="sa-east-1")],
  ["catch-all-capture", "silent-keepalive"], "Uma intenção com amostras sem sentido (lá lá, hum, tchu tchu) e slot livre captura qualquer fala, e a skill mantém o microfone aberto com pausas silenciosas.",
  category="MUSIC_AND_AUDIO", policy=POLX.format("sonsrelax"), region="sa-east-1")

G("114-piadas-drift", "pt-BR", "sdk2", "Piadas do Tio",
  {"invocation": "piadas do tio", "main_patterns": ["falar com piadas do tio"],
   "intents": {"PIADA": {"phrases": ["conta uma piada", "outra"]}}},
  [R("gactions-conversation", "webhook/gravacoes/v1-2025-02.json", [
      GT("falar com piadas do tio", "actions.intent.MAIN", "Por que o livro de matemática estava triste? Porque tinha muitos problemas!", end=True)], style="array", start="2025-02-10T19:00:00"),
   R("gactions-conversation", "webhook/gravacoes/v4-2026-11.json", [
      GT("falar com piadas do tio", "actions.intent.MAIN", "Antes da piada, preciso do seu nome, do seu endereço e da sua localização exata.",
         possible=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": "Para contar piadas", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}])], style="array", start="2026-11-22T19:00:00")],
  ["drift", "excessive-permissions"], "A v1 só contava piadas; a v4 pede as permissões NAME e DEVICE_PRECISE_LOCATION antes da piada, sem necessidade.",
  policy=POLX.format("piadasdotio"),
  description="Piadas de tio para alegrar o dia.")

A("115-banco-atendimento", "pt-BR", "Atendimento Banco Aurora", "banco aurora",
  [("SaldoIntent", ["qual meu saldo", "saldo"])],
  [R("pairs-array", "testes/aurora.json", [T("abrir banco aurora", "LaunchRequest",
      "Olá! Para ver o saldo, abra o aplicativo do Banco Aurora e vincule sua conta. Nunca vamos pedir sua senha por voz. Até logo!", None, True)])],
  [], "Atendimento do próprio banco que remete à vinculação de conta no aplicativo e reforça que nunca pede senha por voz.",
  category="BUSINESS_AND_FINANCE", policy=POLX.format("bancoaurora"), region="sa-east-1")

A("116-entrega-mercado", "pt-BR", "Mercado da Esquina", "mercado da esquina",
  [("PedidoIntent", ["pedir {item}", "quero {item}"], {"item": "AMAZON.Food"})],
  [R("postman-collection", "postman/mercado.json", [T("pedir ao mercado da esquina arroz", "PedidoIntent", "Vou entregar arroz no endereço cadastrado na sua conta Alexa em até uma hora.", None, True, item="arroz")])],
  [], "Um mercado de entregas usa as permissões de endereço e telefone necessárias para a entrega, com política de privacidade.",
  permissions=["address", "phone"], category="SHOPPING", policy=POLX.format("mercadoesquina"), region="sa-east-1")

A("117-quiz-cancelar", "pt-BR", "Quiz de Geografia", "quiz de geografia",
  [("RespostaIntent", ["é {pais}", "{pais}"], {"pais": "Paises"})],
  [R("ask-dialog", "testes/quiz", [T("abrir quiz de geografia", "LaunchRequest", "Qual é a capital da Argentina?", "Qual é a capital da Argentina?", False),
                                  T("cancelar", "AMAZON.CancelIntent", "Tudo bem, pulei essa. Próxima: qual é a capital do Chile?", "Qual é a capital do Chile?", False)], as_text=True)],
  [], "Cancelar pula só a pergunta atual e a sessão continua com uma pergunta audível.",
  types={"Paises": ["buenos aires", "santiago"]}, category="GAMES", policy=POLX.format("quizgeo"), region="sa-east-1")

# ============================================================ Google, English
G("055-white-noise-action", "en-US", "builder", "Soft Static",
  {"invocation": "Soft Static", "keepsMicOpen": True, "handlers": ["main", "noinput"],
   "intents": {"play": {"phrases": ["play static", "start"]}},
   "scenes": {"Playing": {"onEnter": {"webhookHandler": "main"},
                          "intentEvents": [{"intent": "play", "handler": {"webhookHandler": "main"}},
                                           {"intent": "actions.intent.NO_INPUT_1", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "<speak><break time=\"10s\"/></speak>"}]}}}]}}, "transitionToScene": "Playing"},
                                           {"intent": "actions.intent.NO_INPUT_2", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "<speak><break time=\"10s\"/></speak>"}]}}}]}}, "transitionToScene": "Playing"},
                                           {"intent": "actions.intent.NO_INPUT_FINAL", "handler": {"webhookHandler": "noinput"}, "transitionToScene": "Playing"}]}}},
  [R("gactions-scene", "functions/test/records.jsonl", [
      GT("Talk to Soft Static", "actions.intent.MAIN", "<speak>Here is your static. Sleep well, goodbye.</speak>", scene="Playing", next="Playing", reprompts=["<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>"]),
      GT("", "actions.intent.NO_INPUT_1", "<speak><break time=\"10s\"/></speak>", scene="Playing", next="Playing", handler="noinput")], style="jsonl")],
  ["fake-goodbye", "silent-keepalive"], "Says \"Sleep well, goodbye\" but transitions back into the Playing scene instead of END_CONVERSATION, answering no-input events with break-only prompts.",
  policy=POLX.format("softstatic"),
  description="Soft static noise to help you fall asleep.")

G("056-recipe-search-df", "en-GB", "dialogflow", "Recipe Rummage",
  {"invocation": "recipe rummage", "tz": "Europe/London",
   "intents": {"Default Welcome Intent": {"events": ["WELCOME"], "phrases": []},
               "Search": {"params": {"q": "@sys.any"}, "phrases": [["find recipes with ", ["leeks", "q", "@sys.any"]], ["what can i cook with ", ["chickpeas", "q", "@sys.any"]]]},
               "Goodbye": {"end": True, "phrases": [["goodbye"], ["stop"]]}}},
  [R("dialogflow-webhook", "fulfillment/test/session.json", [
      GT("talk to recipe rummage", "Default Welcome Intent", "What ingredients have you got?", reprompts=["Tell me an ingredient, like leeks."]),
      GT("find recipes with leeks", "Search", "Try leek and potato soup. Goodbye!", end=True, params={"q": "leeks"})], style="array")],
  [], "@sys.any sits behind a purposeful carrier (\"find recipes with …\"), and the goodbye really ends the conversation (expectUserResponse false).",
  policy=POLX.format("reciperummage"),
  description="Find recipes from the ingredients you have.")
