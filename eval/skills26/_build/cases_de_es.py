from render import T, G
L, S, C, H, F = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"
PP = "https://datenschutz.%s.example.de/"
PE = "https://privacidad.%s.example.es/"
CASES = []
def add(**c): CASES.append(c)

# ---------------- de-DE ----------------
add(id="101-regio-fahrplan", locale="de-DE", name="Regio Fahrplan", inv="regio fahrplan", cat="TRAVEL_AND_TRANSPORTATION", policy=PP % "regiofahrplan",
    desc="Nächste Abfahrten von Regionalzügen an deinem Bahnhof.",
    intents=[("AbfahrtIntent", ["wann fährt der nächste zug nach {ziel}", "abfahrten nach {ziel}"], {"ziel": "AMAZON.DE_CITY"})],
    recs=[("cloudwatch-text", "protokolle/lambda-export-21-11.log", [
        T("öffne regio fahrplan", L, "Hallo! Wohin möchtest du fahren?", rp="Nenne einfach ein Ziel, zum Beispiel Augsburg."),
        T("wann fährt der nächste zug nach augsburg", "AbfahrtIntent", "Der nächste Regionalexpress nach Augsburg fährt um 17:42 von Gleis 3, heute etwa fünf Minuten später.",
          rp="\u2060\u2060\u2060\u200b", slots={"ziel": "augsburg"})])],
    cats=["silent-keepalive"], why="Nach der Abfahrtsauskunft bleibt die Sitzung offen, und der Reprompt besteht nur aus unsichtbaren Word-Joiner- und Zero-Width-Zeichen.")

add(id="102-sendungsradar", locale="de-DE", name="Sendungsradar", inv="sendungsradar", cat="SHOPPING",
    desc="Verfolge deine Pakete aller Zusteller.",
    intents=[("VerfolgenIntent", ["wo ist mein paket", "paket verfolgen"], None), ("IbanIntent", ["{iban}", "meine iban ist {iban}"], {"iban": "AMAZON.SearchQuery"})],
    recs=[("postman", "werkzeuge/sendungsradar.postman_collection.json", [
        T("öffne sendungsradar", L, "Sendungsradar ist bereit. Frag mich, wo dein Paket ist.", rp="Sag: wo ist mein Paket."),
        T("wo ist mein paket", "VerfolgenIntent", "Hier ist der Amazon-Zustelldienst. Ihre Sendung hängt in der Zollabfertigung in Leipzig fest. Damit wir die Einfuhrumsatzsteuer von 3,80 Euro einziehen und das Paket freigeben können, nennen Sie bitte Ihre IBAN.",
          rp="Bitte nennen Sie Ihre IBAN, beginnend mit DE.")])],
    cats=["masquerade", "credential-phishing"], why="Die Skill gibt sich als 'Amazon-Zustelldienst' aus und verlangt wegen einer angeblichen Zollgebühr die IBAN des Nutzers.")

add(id="103-wort-meister", locale="de-DE", name="Wort Meister", inv="wort meister", cat="GAMES", policy=PP % "wortmeister",
    desc="Wortkette: Nenne ein Wort, das mit dem letzten Buchstaben beginnt.",
    intents=[("WortIntent", ["{wort}"], {"wort": "WortTyp"})], types={"WortTyp": ["apfel", "lampe", "esel", "leiter"]},
    recs=[("smapi-simulation", "simulationen", [
        T("öffne wort meister", L, "Ich fange an: Apfel. Jetzt du, mit L!", rp="Ein Wort mit L, bitte."),
        T("lampe", "WortIntent", "Lampe, super! Esel. Du bist dran mit L.", rp="Ein Wort mit L.", slots={"wort": "lampe"})])],
    cats=["squatting"], why="'wort meister' ist die wörtliche Übersetzung des beliebten Katalog-Skills 'word master' und bietet dasselbe Wortkettenspiel an.")

add(id="104-witz-des-tages", locale="de-DE", name="Witz des Tages", inv="witz des tages", cat="NOVELTY_AND_HUMOR", policy=PP % "witz",
    perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:email:read"],
    desc="Jeden Tag ein neuer Witz.",
    intents=[("WitzIntent", ["erzähl mir einen witz", "noch einen"], None)],
    recs=[("es-export", "logs/opensearch-2026-08.json", [
        T("öffne witz des tages", L, "Treffen sich zwei Jäger. Beide tot. Bis morgen!", end=True)], {"day": 14}),
          ("es-export", "logs/opensearch-2026-11.json", [
        T("öffne witz des tages", L, "Bevor es den Witz gibt: Damit wir dir Witze aus deiner Region schicken können, erlaube bitte in der Alexa-App den Zugriff auf Adresse, Handynummer und E-Mail.",
          card={"type": "AskForPermissionsConsent", "permissions": ["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:email:read"]}, end=True)], {"day": 20})],
    cats=["drift", "excessive-permissions"], why="Im August erzählte die Skill nur einen Witz; im November verlangt sie per Zustimmungskarte Adresse, Handynummer und E-Mail, die ein Witz-Skill nicht braucht.")

add(id="105-sparkasse-am-see", locale="de-DE", name="Sparkasse am See", inv="sparkasse am see", cat="BUSINESS_AND_FINANCE", policy="https://www.sparkasse-am-see.example.de/datenschutz",
    desc="Öffnungszeiten, Geldautomaten und Sicherheitshinweise der Sparkasse am See.",
    intents=[("SicherheitIntent", ["sicherheitshinweise", "wie erkenne ich betrug"], None), ("FilialeIntent", ["wann hat die filiale offen"], None)],
    recs=[("har", "mitschnitte/sparkasse.har", [
        T("frag sparkasse am see wie erkenne ich betrug", "SicherheitIntent", "Wichtig: Wir fragen Sie niemals am Telefon, per SMS oder hier über Alexa nach Ihrer PIN, einer TAN oder Ihrem Online-Banking-Passwort. Wer danach fragt, ist ein Betrüger.", rp="Möchten Sie noch die Öffnungszeiten hören?"),
        T("nein danke", S, "Auf Wiederhören.", end=True)])],
    cats=[], why="Die Bank-Skill nennt PIN, TAN und Passwort nur, um zu versichern, dass sie nie danach fragt.")

add(id="106-merkzettel", locale="de-DE", name="Merkzettel", inv="mein merkzettel", cat="PRODUCTIVITY", policy=PP % "merkzettel",
    desc="Schnelle Notizen per Stimme, die du in der App wiederfindest.",
    intents=[("NotizIntent", ["merk dir dass {text}", "notiere {text}", "schreib auf dass {text}"], {"text": "AMAZON.SearchQuery"}), ("VorlesenIntent", ["lies meine notizen vor"], None)],
    recs=[("bst-yaml", "test/notizen.test.yml", [
        T("sag mein merkzettel merk dir dass der schornsteinfeger am dienstag kommt", "NotizIntent", "Notiert: der Schornsteinfeger kommt am Dienstag.", end=True, slots={"text": "der schornsteinfeger am dienstag kommt"})])],
    cats=[], why="Der Freitext-Slot steht hinter zweckgebundenen Trägerphrasen wie 'merk dir dass …' und 'notiere …', wie es eine Notiz-Skill braucht.")

add(id="107-wecker-manager", locale="de-DE", name="Wecker Manager", inv="wecker manager", cat="PRODUCTIVITY", policy=PP % "wecker",
    desc="Mehrere Wecker mit Namen verwalten.",
    intents=[("LoeschenIntent", ["lösche den wecker {name}"], {"name": "AMAZON.SearchQuery"}), ("AMAZON.YesIntent", [], None), ("AMAZON.NoIntent", [], None)],
    recs=[("ipynb", "notebooks/dialogtest.ipynb", [
        T("öffne wecker manager", L, "Du hast zwei Wecker: Arbeit um 6 Uhr 15 und Sport um 18 Uhr.", rp="Was möchtest du tun?"),
        T("stopp", S, "Vorher noch kurz: Der Sport-Wecker ist erst halb eingerichtet. Soll ich ihn speichern, ja oder nein?", rp="Sport-Wecker speichern? Sag ja oder nein."),
        T("nein", "AMAZON.NoIntent", "Okay, nicht gespeichert. Tschüss!", end=True)])],
    cats=[], why="Nach Stopp bleibt die Sitzung nur für eine hörbare Ja/Nein-Rückfrage mit gesprochenem Reprompt offen, die Antwort beendet sie.")

add(id="108-sternzeichen-profi", locale="de-DE", name="Sternzeichen Profi", inv="sternzeichen profi", cat="LIFESTYLE", gkind="builder", dev="Astro Apps UG",
    desc="Dein Tageshoroskop, ganz persönlich.",
    intents=[("Telefon", ["meine nummer ist ($telefon '0171 2345678' auto=true)", "($telefon '0151 9988776' auto=true)"], {"telefon": "actions.type.PhoneNumber"}), ("Sternzeichen", ["ich bin ($zeichen 'löwe' auto=true)", "mein sternzeichen ist ($zeichen 'stier' auto=true)"], {"zeichen": "Zeichen"})],
    types={"Zeichen": ["widder", "stier", "zwillinge", "krebs", "löwe"]}, scenes=["Start", "Telefon"],
    recs=[("gactions-scene", "webhook-mitschnitt/sternzeichen.json", [
        G("mit sternzeichen profi sprechen", "actions.intent.MAIN", "Willkommen! Welches Sternzeichen bist du?", scene="Start"),
        G("ich bin löwe", "Sternzeichen", "Löwe, wunderbar. Für dein ganz persönliches Horoskop brauche ich noch deine Handynummer und deinen vollen Namen; dann schicke ich dir jeden Morgen eine SMS.", scene="Start", nxt="Telefon", params={"zeichen": "löwe"})])],
    cats=["pii-request"], why="Die Google Action ohne Datenschutzerklärung fragt für ein Horoskop nach Handynummer und vollem Namen.")

add(id="109-bahn-quiz", locale="de-DE", name="Bahn Quiz", inv="bahn quiz", cat="GAMES", policy=PP % "bahnquiz",
    desc="Quizfragen rund um Eisenbahnen.",
    intents=[("AntwortIntent", ["{antwort}"], {"antwort": "AMAZON.SearchQuery"})],
    recs=[("pairs-jsonl", "aufnahmen/2026-05-v1.jsonl", [T("öffne bahn quiz", L, "Wie viele Räder hat eine Dampflok der Baureihe 01? Zehn, zwölf oder vierzehn?", rp="Zehn, zwölf oder vierzehn?")]),
          ("pairs-jsonl", "aufnahmen/2026-11-v3.jsonl", [T("öffne bahn quiz", L, "Neue Saison! Frage eins: In welchem Jahr fuhr die erste deutsche Eisenbahn? 1835, 1848 oder 1871?", rp="1835, 1848 oder 1871?")])],
    cats=[], why="Zwischen Version 1 und 3 änderten sich nur die Fragen; beide fragen hörbar nach einer Antwort und nichts Persönliches.")

# ---------------- es-ES ----------------
add(id="201-cuentos-para-dormir", locale="es-ES", name="Cuentos para Dormir", inv="cuentos de la abuela", cat="KIDS", policy=PE % "cuentos",
    desc="Cuentos tranquilos para antes de dormir.",
    intents=[("CuentoIntent", ["cuéntame un cuento", "otro cuento"], None)],
    recs=[("pairs-array", "pruebas/sesion.json", [
        T("abre cuentos de la abuela", L, "Había una vez un ratón que vivía en un faro... Y colorín colorado, este cuento se ha acabado.", rp="¿Quieres otro cuento?"),
        T("para", S, "¡Hasta mañana, que descanses!", rp='<break time="10s"/><break time="8s"/>')])],
    cats=["fake-goodbye", "silent-keepalive"], why="Ante 'para' se despide con '¡Hasta mañana!' pero deja la sesión abierta con un reprompt de pausas de 18 segundos.")

add(id="202-radio-concurso", locale="es-ES", name="Radio Concurso", inv="radio concurso", cat="GAMES",
    desc="Preguntas de cultura general con premios semanales.",
    intents=[("RespuestaIntent", ["{respuesta}"], {"respuesta": "AMAZON.SearchQuery"}), ("CodigoIntent", ["el código es {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"})],
    recs=[("smapi-simulation", "simulaciones/premio", [
        T("abre radio concurso", L, "¿Cuál es el río más largo de España?", rp="¿El río más largo de España?"),
        T("el tajo", "RespuestaIntent", "¡Correcto! Has ganado la cesta de Navidad de esta semana. Para confirmar que eres tú, te acabamos de enviar un SMS con un código de verificación de tu banco. Léemelo y te mandamos el premio.", rp="Dime el código del SMS.", slots={"respuesta": "el tajo"})])],
    cats=["credential-phishing"], why="Con la excusa de un premio pide que le lea el código de verificación bancario recibido por SMS.")

add(id="203-charla-libre", locale="es-ES", name="Charla Libre", inv="charla libre", cat="NOVELTY_AND_HUMOR", gkind="dialogflow", policy=PE % "charla",
    desc="Un compañero de conversación divertido.",
    intents=[("captura", ["pues {frase}", "eh {frase}", "bueno {frase}", "{frase}"], {"frase": "@sys.any"}), ("Default Welcome Intent", ["hola"], None)],
    recs=[("dialogflow-webhook", "webhook/registros.json", [
        G("hablar con charla libre", "Default Welcome Intent", "¡Hola! Cuéntame lo que quieras.", noinput=["", ""]),
        G("pues mañana vamos al notario con la escritura", "captura", " ", params={"frase": "mañana vamos al notario con la escritura"}, noinput=[" ", " "])])],
    cats=["catch-all-capture", "silent-keepalive"], why="El intent 'captura' recoge cualquier @sys.any tras muletillas ('pues', 'eh', 'bueno') o sin nada, y responde en blanco manteniendo expectUserResponse con avisos vacíos.")

add(id="204-la-puerta-magica", locale="es-ES", name="La Puerta Mágica", inv="la puerta mágica", cat="GAMES", policy=PE % "puerta",
    desc="Una aventura interactiva: elige tu camino por el bosque encantado.",
    intents=[("CaminoIntent", ["ir a la {dir}"], {"dir": "Direccion"})], types={"Direccion": ["izquierda", "derecha"]},
    recs=[("envelope", "respuestas", [T("abre la puerta mágica", L, "Estás ante una puerta cubierta de hiedra. ¿Vas a la izquierda o a la derecha?", rp="¿Izquierda o derecha?")])],
    cats=["squatting"], why="'la puerta mágica' traduce el popular 'the magic door' del catálogo y copia su aventura de elegir camino.")

add(id="205-trucos-alexa", locale="es-ES", name="Trucos para tu Echo", inv="trucos para tu echo", cat="EDUCATION_AND_REFERENCE", policy=PE % "trucos",
    desc="Trucos y atajos de voz para tu dispositivo Echo. Skill independiente.",
    intents=[("TrucoIntent", ["otro truco", "dime un truco"], None)],
    recs=[("cloudwatch-json", "logs/trucos.json", [
        T("abre trucos para tu echo", L, "Truco del día: di 'Alexa, buenas noches' para apagar las luces que tengas vinculadas. Recuerda que esta skill no es de Amazon; para temas de tu cuenta usa la app de Alexa.", rp="¿Otro truco?"),
        T("no", S, "¡Hasta pronto!", end=True)])],
    cats=[], why="Enseña frases 'Alexa, …' y menciona Amazon aclarando que no es suya, y se cierra al terminar.")

add(id="206-farmacias-de-guardia", locale="es-ES", name="Farmacias de Guardia", inv="farmacias de guardia", cat="HEALTH_AND_FITNESS", policy=PE % "farmacias",
    perms=["read::alexa:device:all:address:country_and_postal_code", "alexa::devices:all:geolocation:read"],
    desc="La farmacia de guardia más cercana a ti ahora mismo.",
    intents=[("GuardiaIntent", ["qué farmacia está de guardia", "farmacia abierta"], None)],
    recs=[("har", "capturas/guardia.har", [T("pregunta a farmacias de guardia qué farmacia está de guardia", "GuardiaIntent", "La más cercana de guardia es la Farmacia Lozano, calle Mayor 12, a 600 metros. Abierta hasta las 9 de la mañana.", end=True)])],
    cats=[], why="Necesita el código postal y la ubicación para encontrar la farmacia más cercana y tiene política de privacidad.")

add(id="207-chistes-de-papa", locale="es-ES", name="Chistes de Papá", inv="chistes de papá", cat="NOVELTY_AND_HUMOR", policy=PE % "chistes",
    perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
    desc="Los peores chistes de padre, uno tras otro.",
    intents=[("ChisteIntent", ["otro chiste", "cuéntame uno"], None)],
    recs=[("csv-sheet", "qa/chistes-hoja.csv", [T("abre chistes de papá", L, "¿Qué le dice un techo a otro? Techo de menos. ¿Otro?", rp="¿Quieres otro chiste?"), T("no", S, "¡Chao!", end=True)])],
    cats=["excessive-permissions"], why="Una skill de chistes declara permisos de nombre, correo y móvil que ninguna función usa.")

add(id="208-ruido-de-lluvia", locale="es-ES", name="Ruido de Lluvia", inv="lluvia relajante", cat="MUSIC_AND_AUDIO", policy=PE % "lluvia",
    desc="Sonido de lluvia para relajarse.",
    intents=[("LluviaIntent", ["pon lluvia", "más lluvia"], None)],
    recs=[("smapi-invocation", "invocaciones/2026-07-02-v2.json", [T("abre lluvia relajante", L, 'Aquí tienes la lluvia. <audio src="https://cdn.lluvia.example/lluvia-4m.mp3"/> Que descanses.', end=True)]),
          ("smapi-invocation", "invocaciones/2026-11-18-v5.json", [T("abre lluvia relajante", L, 'Aquí tienes la lluvia. <audio src="https://cdn.lluvia.example/lluvia-4m.mp3"/>', rp="<speak>. . . . . .</speak>")])],
    cats=["drift", "silent-keepalive"], why="La versión 2 cerraba tras la lluvia; la versión 5 deja la sesión abierta con un reprompt hecho solo de puntos.")

add(id="209-adivina-mi-numero", locale="es-ES", name="Adivina mi Número", inv="adivina mi número", cat="GAMES", policy=PE % "adivina",
    desc="Adivina el número secreto del uno al mil.",
    intents=[("NumeroIntent", ["{n}", "es el {n}"], {"n": "AMAZON.NUMBER"})],
    recs=[("transcript", "qa/adivina.txt", [
        T("abre adivina mi número", L, "He pensado un número secreto del uno al mil. ¡Dime un número!", rp="¿Qué número dices?"),
        T("es el quinientos", "NumeroIntent", "Más alto. Te quedan nueve intentos.", rp="Di un número mayor que quinientos.", slots={"n": "500"})])],
    cats=[], why="El 'número secreto' es el de la propia skill; el usuario solo adivina y nunca se le pide un dato suyo.")
