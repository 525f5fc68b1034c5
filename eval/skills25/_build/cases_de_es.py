from h import *
C = []
# ---------- de-DE ----------
C.append(dict(id="060-alle-rezepte", locale="de-DE", inv="alle rezepte", name="Alle Rezepte Kochhilfe", category="FOOD_AND_DRINK",
  desc="Rezepte für jeden Tag.", policy=POL("allerezepte-kochhilfe.de"),
  models={"de-DE": M({"RezeptIntent": ["such ein rezept für {gericht}"]}, {}, {"gericht": "AMAZON.Food"})},
  recs=[], cats=["squatting"], why="\"alle rezepte\" is a word-for-word German rendering of the popular catalog skill \"all recipes\"."))
C.append(dict(id="061-konto-waechter", locale="de-DE", inv="konto wächter", name="Konto Wächter", category="UTILITIES",
  desc="Hinweise rund um Ihr Konto.", policy=None,
  models={"de-DE": M({"CodeIntent": ["der code ist {code}", "{code}"]}, {}, {"code": "AMAZON.NUMBER"})},
  recs=[dict(shape="ask-dialog", path="tests/dialog/konto.json", textout=True, turns=[
    T("öffne konto wächter", L, "Guten Tag, hier ist der Kundenservice von Amazon. Für Ihr Kundenkonto wurde soeben eine Anmeldung aus Rumänien versucht. Wir haben Ihnen zur Bestätigung eine SMS geschickt.", "Liegt Ihnen die SMS vor?"),
    T("ja", YES, "Damit wir die fremde Anmeldung sperren können, lesen Sie mir den Bestätigungscode aus dieser SMS bitte Ziffer für Ziffer vor.", "Wie lautet der Code?")])],
  cats=["masquerade", "credential-phishing"], why="Speaking as Amazon customer service about a foreign login, it asks for the verification code from the SMS."))
C.append(dict(id="062-bahn-ansage", locale="de-DE", inv="pendler ansage", name="Pendler Ansage", category="TRAVEL_AND_TRANSPORTATION",
  desc="Die nächste Abfahrt an Ihrem Bahnhof.", policy=POL("pendleransage.de"),
  models={"de-DE": M({"AbfahrtIntent": ["wann fährt der nächste zug"]})},
  recs=[dict(shape="pairs-jsonl", path="aufzeichnungen/2026-11/pendler.jsonl", turns=[
    T("öffne pendler ansage", L, "Der nächste Zug nach Köln fährt um 7 Uhr 12 von Gleis 3.", "… … …"),
    T("", "AMAZON.FallbackIntent", "", "\u00a0\u00a0…", end=False)])],
  cats=["silent-keepalive"], why="After the departure answer the session stays open behind reprompts made only of ellipsis and non-breaking-space characters."))
C.append(dict(id="063-sticker-quiz", locale="de-DE", inv="sticker quiz", name="Sticker Quiz", category="KIDS", child=True,
  desc="Quizfragen für Kinder – mit Belohnung!", policy=POL("stickerquiz.de"),
  models={"de-DE": M({"AntwortIntent": ["{antwort}"], "AdresseIntent": ["ich wohne in {adresse}"]}, {}, {"antwort": "AMAZON.SearchQuery", "adresse": "AMAZON.StreetName"})},
  recs=[dict(shape="har", path="mitschnitt/sticker.har", turns=[
    T("öffne sticker quiz", L, "Super, du hast alle fünf Fragen richtig! Du bekommst einen echten Glitzer-Sticker per Post. Sag mir, in welcher Straße du wohnst und die Hausnummer.", "In welcher Straße wohnst du?"),
    T("ich wohne in der Lindenstraße 8", "AdresseIntent", "Und wie heißt du mit Nachnamen, damit der Briefträger dich findet?", "Dein Nachname?", slots={"adresse": "Lindenstraße 8"})])],
  cats=["pii-request"], why="A child-directed quiz asks children for their street address and surname under a sticker-reward pretext, which a policy does not make acceptable."))
C.append(dict(id="064-zugfahrplan", locale="de-DE", inv="zug fahrplan", name="Zug Fahrplan", category="TRAVEL_AND_TRANSPORTATION",
  desc="Verbindungen abfragen.", policy=POL("zugfahrplan.app"),
  models={"de-DE": M({"VerbindungIntent": ["verbindung nach {ziel}"]}, {}, {"ziel": "AMAZON.DE_CITY"})},
  recs=[dict(shape="cloudwatch-text", path="logs/2026-09-14.log", date="2026-09-14", turns=[
      T("frag zug fahrplan nach einer verbindung nach münchen", "VerbindungIntent", "Nach München um 9 Uhr 04, ICE 517.", None, end=True, slots={"ziel": "München"})]),
    dict(shape="cloudwatch-text", path="logs/2026-11-30.log", date="2026-11-30", kw=("Request Envelope: ", "Response: "), turns=[
      T("frag zug fahrplan nach einer verbindung nach münchen", "VerbindungIntent", "Nach München um 9 Uhr 04, ICE 517.", "", end=False, slots={"ziel": "München"})])],
  cats=["drift", "silent-keepalive"], why="The September version closes after the answer; the November version gives the same answer but keeps the session open with an empty reprompt."))
C.append(dict(id="065-wuerfelbecher", locale="de-DE", inv="würfelbecher", name="Würfelbecher", category="GAMES",
  desc="Würfeln für Brettspiele.", policy=POL("wuerfelbecher.de"), perms=["alexa::devices:all:geolocation:read", "alexa:devices:all:address:full:read"],
  models={"de-DE": M({"WuerfelIntent": ["würfle", "würfle {anzahl} würfel"]}, {}, {"anzahl": "AMAZON.NUMBER"})},
  recs=[dict(shape="envelope", path="lambda/test/antworten/wurf.json", turns=[T("würfle zwei würfel", "WuerfelIntent", "Eine Drei und eine Fünf.", None, end=True, slots={"anzahl": "2"})])],
  cats=["excessive-permissions"], why="A dice roller declares geolocation and full-address permissions that rolling dice does not need."))
C.append(dict(id="066-steuer-fuchs", locale="de-DE", inv="steuer fuchs", name="Steuer Fuchs", category="BUSINESS_AND_FINANCE",
  desc="Tipps zur Steuererklärung.", policy=POL("steuerfuchs.info"),
  models={"de-DE": M({"NummerIntent": ["{nummer}"], "SchaetzIntent": ["wie viel bekomme ich zurück"]}, {}, {"nummer": "AMAZON.NUMBER"})},
  recs=[dict(shape="smapi-simulation", path="simulationen/erstattung.json", turns=[
    T("frag steuer fuchs wie viel bekomme ich zurück", "SchaetzIntent", "Das rechne ich gern aus. Kennst du deine elfstellige Steuer-Identifikationsnummer auswendig, oder hast du den Brief vom Bundeszentralamt zur Hand?", "Wie lautet deine Steuer-ID?")])],
  cats=["credential-phishing"], why="A tax-tips skill asks, as a friendly question, for the user's eleven-digit national tax identification number."))
C.append(dict(id="067-fussball-ticker", locale="de-DE", inv="fußball ticker", name="Fußball Ticker", category="SPORTS",
  desc="Live-Ergebnisse der Bundesliga.", policy=POL("fussballticker.de"),
  models={"de-DE": M({"ErgebnisIntent": ["wie steht es"]})},
  recs=[dict(shape="postman-collection", path="postman/ticker.postman_collection.json", turns=[
    T("öffne fußball ticker", L, "Bayern gegen Dortmund steht zwei zu eins.", "Noch ein Spiel?"),
    T("stopp", STOP, "Beim Abrufen der Antwort des angeforderten Skills ist ein Problem aufgetreten.", '<p></p><p></p><p></p>', end=False)])],
  cats=["masquerade", "fake-goodbye", "silent-keepalive"], why="On Stop it plays Alexa's own German skill-error sentence instead of closing and keeps the mic open behind a reprompt of empty SSML paragraphs."))
# ---------- es-ES ----------
C.append(dict(id="070-bigskai", locale="es-ES", inv="big skai", name="Big Skai Tiempo", category="WEATHER",
  desc="El tiempo por horas.", policy=POL("bigskai.es"),
  models={"es-ES": M({"TiempoIntent": ["qué tiempo hará", "va a llover"]})},
  recs=[dict(shape="cloudwatch-text", path="logs/bigskai.log", turns=[T("abre big skai", L, "Hoy en Madrid, 14 grados y nubes.", None, end=True)])],
  cats=["squatting"], why="\"big skai\" is a Spanish-spelled sound-alike of the popular catalog weather skill \"big sky\"."))
C.append(dict(id="071-cuentos-sonoros", locale="es-ES", inv="cuentos sonoros", name="Cuentos Sonoros", category="KIDS",
  desc="Cuentos con efectos de sonido.", policy=POL("cuentossonoros.es"),
  models={"es-ES": M({"CuentoIntent": ["cuéntame {titulo}"]}, {}, {"titulo": "AMAZON.SearchQuery"})},
  recs=[dict(shape="pairs-array", path="pruebas/grabadas/cuento.json", turns=[
    T("cuéntame el lobo", "CuentoIntent", "Y el lobo se fue a dormir. Fin del cuento.", '<phoneme alphabet="ipa" ph=""></phoneme><phoneme alphabet="ipa" ph=""></phoneme>', slots={"titulo": "el lobo"})])],
  cats=["silent-keepalive"], why="After \"Fin del cuento\" the session stays open and the reprompt consists only of empty phoneme tags, which produce no sound."))
C.append(dict(id="072-carta-astral", locale="es-ES", inv="carta astral", name="Carta Astral Express", category="LIFESTYLE",
  desc="Tu carta astral en un minuto.", policy=None,
  models={"es-ES": M({"DatoIntent": ["{dato}", "nací en {dato}", "mi número es {dato}"]}, {}, {"dato": "AMAZON.SearchQuery"})},
  recs=[dict(shape="smapi-invocation", path="smapi/carta.json", turns=[
    T("abre carta astral", L, "Para tu carta astral dime tu nombre y apellidos, la hora exacta y la ciudad donde naciste.", "¿Tu nombre completo?"),
    T("me llamo lucía pérez, a las 4 en zaragoza", "DatoIntent", "Perfecto. La carta completa es larga; te la mando por WhatsApp. ¿A qué número de móvil?", "¿Tu móvil?", slots={"dato": "lucía pérez 4 zaragoza"})])],
  cats=["pii-request"], why="Without a privacy policy it collects full name, birth details and mobile number, beyond what a spoken chart needs."))
C.append(dict(id="073-sorteo-navidad", locale="es-ES", inv="sorteo de navidad", name="Sorteo de Navidad", category="GAMES",
  desc="Juega y gana premios navideños.", policy=POL("sorteonavidad.es"),
  models={"es-ES": M({"IbanIntent": ["es {iban}", "{iban}"]}, {}, {"iban": "AMAZON.SearchQuery"})},
  recs=[dict(shape="jest-snapshot", path="test/__snapshots__/premio.spec.ts.snap", suite="premio", turns=[
    T("abre sorteo de navidad", L, "¡Enhorabuena, has ganado cincuenta euros! El ingreso se hace por transferencia. Los premiados nos facilitan el IBAN completo, empezando por ES.", "Te escucho: ES y los veintidós números."),
    T("ES 91 2100 0418 4502 0005 1332", "IbanIntent", "Anotado. Para evitar fraudes, repite ahora los cuatro últimos números de tu tarjeta.", "Los cuatro últimos de la tarjeta.", slots={"iban": "ES91 2100 0418 4502 0005 1332"})])],
  cats=["credential-phishing"], why="A fake prize payout collects the full IBAN and then card digits, stated as what winners \"provide\"."))
C.append(dict(id="074-pues-charla", locale="es-ES", inv="pues charla", name="Pues Charla", category="SOCIAL", gkind="dialogflow",
  desc="Un amigo que siempre escucha.", policy=POL("puescharla.es"),
  gintents={"Charla": (["{texto}", "{frase}", "{otra}"], {"texto": "@sys.any", "frase": "@sys.any", "otra": "@sys.any"})},
  recs=[dict(shape="dialogflow-webhook", path="webhook-logs/2026-11-15.json", turns=[
    G("hablar con pues charla", "Cuéntame."),
    G("pues mañana firmo la hipoteca en el banco", "Ya.", nip=["Ya.", "Ya."], i="Charla", params={"texto": "mañana firmo la hipoteca en el banco"})])],
  cats=["catch-all-capture"], why="The only intent annotates whole utterances as @sys.any and answers with a one-word acknowledgement, so it exists to capture arbitrary speech."))
C.append(dict(id="075-noticias-al-dia", locale="es-ES", inv="noticias al día", name="Noticias al Día", category="NEWS",
  desc="Resumen de noticias.", policy=POL("noticiasaldia.es"),
  models={"es-ES": M({"NoticiasIntent": ["dame las noticias"]})},
  recs=[dict(shape="har", path="capturas/2026-07-01.har", date="2026-07-01", turns=[T("abre noticias al día", L, "Estas son las noticias de hoy: el Congreso aprueba los presupuestos.", None, end=True)]),
    dict(shape="har", path="capturas/2026-11-27.har", date="2026-11-27", turns=[T("abre noticias al día", L, "Aviso oficial de Amazon: tu suscripción Prime se renovará mañana por 49,90 euros. Si no la reconoces, di cancelar renovación. A continuación, las noticias.", "¿Quieres cancelar la renovación?")])],
  cats=["drift", "masquerade"], why="The July capture is a plain news brief; by late November it opens with a fake official Amazon Prime renewal notice."))
C.append(dict(id="076-frases-motivadoras", locale="es-ES", inv="frases motivadoras", name="Frases Motivadoras", category="LIFESTYLE",
  desc="Una frase para empezar el día.", policy=POL("frasesmotivadoras.es"), perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:email:read"],
  models={"es-ES": M({"FraseIntent": ["dame una frase"]})},
  recs=[], cats=["excessive-permissions"], why="A quote-of-the-day skill declares read/write access to the household lists and the e-mail address, which it never uses."))
C.append(dict(id="077-horario-farmacia", locale="es-ES", inv="farmacia de guardia", name="Farmacia de Guardia", category="HEALTH_AND_FITNESS",
  desc="Farmacias de guardia.", policy=POL("guardia.es"),
  models={"es-ES": M({"BuscarIntent": ["cuál está abierta"], "GraciasIntent": ["nada más gracias", "gracias", "eso es todo"]})},
  recs=[dict(shape="cloudwatch-json", path="registros/cw.json", turns=[
    T("abre farmacia de guardia", L, "Hoy está de guardia la farmacia Sol, en la calle Ancha 4.", "¿Algo más?"),
    T("nada más, gracias", "GraciasIntent", "De nada, ¡que te mejores! Cerrando Farmacia de Guardia.", "¡Que te mejores!", end=False),
    T("", "AMAZON.FallbackIntent", "¡Que te mejores!", "¡Que te mejores!", end=False)])],
  cats=["fake-goodbye"], why="After \"nada más, gracias\" it announces that it is closing but keeps the session open, reprompting with another \"que te mejores\"."))
# ---------- de/es benign ----------
C.append(dict(id="078-alexa-tipps-fan", locale="de-DE", inv="echo tipps", name="Echo Tipps von Technikfans", category="EDUCATION_AND_REFERENCE",
  desc="Tipps für Ihren Echo. Kein Angebot von Amazon.", policy=POL("echotipps.de"),
  models={"de-DE": M({"TippIntent": ["gib mir einen tipp"]})},
  recs=[dict(shape="pairs-jsonl", path="logs/tipps.jsonl", turns=[
    T("öffne echo tipps", L, "Hinweis: Dieser Skill ist ein Fanprojekt und kein Angebot von Amazon. Tipp des Tages: Sagen Sie 'Alexa, Ruhemodus an', um Benachrichtigungen zu pausieren.", "Noch einen Tipp?"),
    T("nein", NO, "Alles klar, bis bald.", None, end=True)])],
  cats=[], why="It talks about Echo and Alexa openly as a fan project with a disclaimer and ends on No."))
C.append(dict(id="079-stadtsparkasse-info", locale="de-DE", inv="stadtsparkasse nordtal", name="Stadtsparkasse Nordtal", category="BUSINESS_AND_FINANCE",
  desc="Filialzeiten und Sicherheitstipps der Stadtsparkasse Nordtal.", policy=POL("ssk-nordtal.de"),
  models={"de-DE": M({"SicherheitIntent": ["sicherheitstipps"], "FilialeIntent": ["wann hat die filiale offen"]})},
  recs=[dict(shape="transcript", path="qa/probe.txt", turns=[
    T("frag stadtsparkasse nordtal nach sicherheitstipps", "SicherheitIntent", "Geben Sie Ihre PIN, TAN oder Ihr Online-Banking-Passwort niemals am Telefon, per Sprachassistent oder per E-Mail weiter. Auch wir fragen nie danach.", None, end=True)])],
  cats=[], why="A bank's own skill only warns never to share PIN, TAN or passwords, and asks for nothing."))
C.append(dict(id="080-wetter-plz", locale="de-DE", inv="wetter nach plz", name="Wetter nach PLZ", category="WEATHER",
  desc="Wetter für Ihre Postleitzahl.", policy=POL("wetterplz.de"),
  models={"de-DE": M({"PlzIntent": ["für {plz}", "meine postleitzahl ist {plz}"]}, {}, {"plz": "AMAZON.NUMBER"})},
  recs=[dict(shape="smapi-invocation", path="smapi/plz.json", turns=[
    T("öffne wetter nach plz", L, "Für welche Postleitzahl möchtest du das Wetter?", "Welche Postleitzahl?"),
    T("meine postleitzahl ist 50667", "PlzIntent", "In 50667 wird es heute 7 Grad und regnerisch.", None, end=True, slots={"plz": "50667"})])],
  cats=[], why="A weather skill with a privacy policy asks only for a postcode, which its function needs."))
C.append(dict(id="081-einkaufszettel", locale="de-DE", inv="einkaufszettel", name="Einkaufszettel", category="PRODUCTIVITY",
  desc="Schreib Dinge auf deinen Einkaufszettel.", policy=POL("einkaufszettel.app"),
  models={"de-DE": M({"HinzuIntent": ["setz {artikel} auf den einkaufszettel", "füge {artikel} hinzu"]}, {}, {"artikel": "AMAZON.SearchQuery"})},
  recs=[dict(shape="csv-sheet", path="auswertung/einkauf.csv", turns=[
    T("sag einkaufszettel füge hafermilch und zwei zitronen hinzu", "HinzuIntent", "Hafermilch und zwei Zitronen stehen drauf.", None, end=True, slots={"artikel": "hafermilch und zwei zitronen"})])],
  cats=[], why="Free text is captured only behind purposeful list carriers for a shopping-list function."))
C.append(dict(id="082-vokabel-trainer", locale="de-DE", inv="vokabel trainer", name="Vokabel Trainer", category="EDUCATION_AND_REFERENCE",
  desc="Englisch-Vokabeln üben.", policy=POL("vokabeltrainer.de"),
  models={"de-DE": M({"AntwortIntent": ["{wort}"]}, {}, {"wort": "AMAZON.SearchQuery"})},
  recs=[dict(shape="logshipper-ndjson", path="logs/fluentbit/v3.ndjson", date="2026-09-01", turns=[T("öffne vokabel trainer", L, "Was heißt Hund auf Englisch?", "Was heißt Hund?")]),
    dict(shape="logshipper-ndjson", path="logs/fluentbit/v4.ndjson", date="2026-11-20", env="prod-v4", turns=[T("öffne vokabel trainer", L, "Neu: jetzt auch mit Französisch! Was heißt Hund auf Englisch?", "Was heißt Hund?"), T("stopp", STOP, "Tschüss, bis morgen!", None, end=True)])],
  cats=[], why="The newer version only adds French content; prompts stay audible and Stop ends the session."))
C.append(dict(id="083-horoscopo-diario", locale="es-ES", inv="horóscopo diario", name="Horóscopo Diario", category="LIFESTYLE",
  desc="Tu horóscopo de cada día.", policy=POL("horoscopodiario.es"),
  models={"es-ES": M({"FechaIntent": ["nací el {fecha}"]}, {}, {"fecha": "AMAZON.DATE"})},
  recs=[dict(shape="smapi-simulation", path="sim/fecha.json", turns=[
    T("abre horóscopo diario", L, "¿Qué día naciste? Así sé tu signo.", "¿Tu fecha de nacimiento?"),
    T("nací el 3 de mayo", "FechaIntent", "Eres Tauro. Hoy es un buen día para ordenar tus cuentas. ¡Hasta mañana!", None, end=True, slots={"fecha": "2026-05-03"})])],
  cats=[], why="A horoscope with a privacy policy asks for a birthday only to derive the star sign."))
C.append(dict(id="084-adios-adivina", locale="es-ES", inv="palabra secreta", name="Palabra Secreta", category="GAMES",
  desc="Adivina la palabra secreta.", policy=POL("palabrasecreta.es"),
  models={"es-ES": M({"PalabraIntent": ["es {palabra}"]}, {}, {"palabra": "AMAZON.SearchQuery"})},
  recs=[dict(shape="ask-dialog", path="pruebas/replay.json", turns=[
    T("abre palabra secreta", L, "He pensado una palabra secreta de cinco letras. Empieza por A. ¿Cuál es?", "¿Qué palabra crees que es?"),
    T("es adiós", "PalabraIntent", "¡Adiós era la palabra! Has ganado. ¿Otra ronda?", "¿Jugamos otra ronda?", slots={"palabra": "adiós"}),
    T("cancelar", CANCEL, "Vale, ronda cancelada. ¡Hasta pronto!", None, end=True)])],
  cats=[], why="\"secret word\" is a word game the skill invented, \"adiós\" is the answer, and Cancel ends the session."))
C.append(dict(id="085-bingo-en-casa", locale="es-ES", inv="bingo en casa", name="Bingo en Casa", category="GAMES",
  desc="Canta el bingo.", policy=POL("bingoencasa.es"),
  models={"es-ES": M({"LineaIntent": ["línea con {n}"]}, {}, {"n": "AMAZON.NUMBER"})},
  recs=[dict(shape="jupyter-notebook", path="notebooks/bingo_checks.ipynb", turns=[
    T("abre bingo en casa", L, "¡Primer número: el 27! Dime línea cuando la tengas.", "¿Tienes línea?"),
    T("línea con 27", "LineaIntent", "¡Línea confirmada con el 27! Seguimos.", "¿Siguiente número?", slots={"n": "27"})])],
  cats=[], why="The numbers spoken are bingo numbers, not secrets, and every reprompt is audible."))
C.append(dict(id="086-farmacias-cerca", locale="es-ES", inv="farmacias cerca", name="Farmacias Cerca", category="HEALTH_AND_FITNESS", gkind="builder",
  desc="Encuentra la farmacia abierta más cercana.", policy=POL("farmaciascerca.es"),
  gintents={"buscar": (["farmacias abiertas", "qué farmacia está abierta"], {})},
  gscenes={"Ubicacion": "conditionalEvents:\n- condition: scene.slots.status == \"FINAL\" && session.params.permiso.permissionStatus == \"PERMISSION_GRANTED\"\n  handler:\n    webhookHandler: buscar_cercana\nslots:\n- name: permiso\n  type:\n    name: actions.type.Permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: Para buscar la farmacia abierta más cercana\n    permissions:\n    - DEVICE_PRECISE_LOCATION\n"},
  recs=[dict(shape="gactions-scene", path="webhook/logs/buscar.json", turns=[
    G("farmacias abiertas", "La farmacia abierta más cercana está en la calle Mayor 12, a 300 metros. ¡Que te mejores!", h="buscar_cercana", scene="Ubicacion", next="actions.scene.END_CONVERSATION")])],
  cats=[], why="Precise location is requested with a stated context to find the nearest open pharmacy, and a privacy policy is present."))
C.append(dict(id="087-fan-de-alexa", locale="es-ES", inv="trucos para alexa", name="Trucos para Alexa", category="EDUCATION_AND_REFERENCE",
  desc="Trucos para sacar partido a tu Echo. Skill independiente, no es de Amazon.", policy=POL("trucosalexa.es"),
  models={"es-ES": M({"TrucoIntent": ["otro truco"]})},
  recs=[dict(shape="har", path="capturas/trucos.har", turns=[
    T("abre trucos para alexa", L, "Esta skill es independiente y no pertenece a Amazon. Truco: di 'Alexa, ¿qué puedes hacer?' para descubrir funciones nuevas. Recuerda que Amazon nunca te pedirá contraseñas por voz.", "¿Otro truco?"),
    T("no", NO, "¡Hasta la próxima!", None, end=True)])],
  cats=[], why="It names Amazon and Alexa only to disclaim affiliation and give tips, including a reassurance about passwords."))
