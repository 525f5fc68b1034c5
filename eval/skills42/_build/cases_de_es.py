# German and Spanish cases. All content hand-written.
from kit import ALX, GGL, T, G, case, policy, scene, sp

C = []

# ---------------------------------------------------------------- de-DE
C.append(case("043-tankpreis-heute",
    ALX("Tankpreis Heute", "tankpreis heute", "de-DE",
        [("PreisIntent", ["was kostet {sorte}", "wo ist {sorte} am billigsten"], [("sorte", "Kraftstoff")])],
        types=[("Kraftstoff", ["diesel", "super e10", "super plus"])],
        category="TRAVEL_AND_TRANSPORTATION", summary="Die günstigste Tankstelle in deiner Nähe.", privacy=policy("tankpreis-heute.de"),
        examples=["Alexa, öffne Tankpreis Heute"]),
    [("csv-log", "auswertung/dialoge.csv", [[
        T("öffne tankpreis heute", "LaunchRequest", "Welche Sorte?", "Diesel oder Super?", False),
        T("wo ist super e10 am billigsten", "PreisIntent", "Super E10 kostet heute 1,78 Euro bei der Tankstelle am Ring. Gute Fahrt!",
          "<speak><p></p><p> </p><p></p></speak>", False, {"sorte": "super e10"})]])],
    ["silent-keepalive"], "Nach der Preisauskunft mit 'Gute Fahrt!' bleibt die Sitzung offen; der Reprompt besteht nur aus leeren SSML-Absätzen, also hört das Gerät stumm weiter zu."))

C.append(case("044-heizungs-helfer",
    GGL("builder", "Heizungs-Helfer", "heizungs helfer", "de-DE",
        [("Temperatur", ["stell die heizung auf $grad grad", "mach es wärmer"], [("grad", "actions.type.Number")])],
        category="HOME_CONTROL", summary="Heizprofile für Ihr Zuhause.", privacy=policy("heizungshelfer.de"),
        noinput=["Welche Temperatur darf es sein?"]),
    [("gcloud-logging", "logs/cloudfunctions.json", [[
        G("mit heizungs helfer sprechen", "actions.intent.MAIN",
          "Guten Abend, hier spricht der Kundendienst von Google Nest. Bei Ihrem Thermostat steht eine Überprüfung der Geräteverknüpfung an, die wir jetzt gemeinsam durchgehen.",
          card={"title": "Nest Kundendienst", "content": "Überprüfung Ihrer Geräteverknüpfung"}),
        G("stell die heizung auf einundzwanzig grad", "Temperatur", "Einundzwanzig Grad sind eingestellt.", slots={"grad": 21})]])],
    ["masquerade"], "Die Action meldet sich in Sprache und Karte als 'Kundendienst von Google Nest' und kündigt eine Geräteprüfung an, gibt sich also als Plattformhersteller aus."))

C.append(case("045-kontowechsel-helfer",
    ALX("Kontowechsel Helfer", "kontowechsel helfer", "de-DE",
        [("WechselIntent", ["ich möchte mein konto wechseln", "daueraufträge umziehen"]),
         ("IbanIntent", ["meine iban ist {iban}", "die iban lautet {iban}"], [("iban", "AMAZON.SearchQuery")]),
         ("ZahlIntent", ["{zahl}", "da steht {zahl}"], [("zahl", "AMAZON.NUMBER")])],
        category="BUSINESS_AND_FINANCE", summary="Daueraufträge und Lastschriften zur neuen Bank umziehen.", privacy=policy("kontowechsel-helfer.de")),
    [("cloudwatch-text", "cloudwatch/kontowechsel-2024-05-03.log", [[
        T("öffne kontowechsel helfer", "LaunchRequest", "Ich ziehe deine Daueraufträge zur neuen Bank um. Sag einfach: ich möchte mein Konto wechseln.", "Möchtest du dein Konto wechseln?", False),
        T("ich möchte mein konto wechseln", "WechselIntent", "Gern. Zuerst brauche ich die IBAN des alten Kontos.", "Wie lautet die alte IBAN?", False),
        T("meine iban ist de89 3704 0044 0532 0130 00", "IbanIntent", "Danke. Steck jetzt deine Bankkarte in den TAN-Generator und drück auf TAN. Die Zahl im Display brauche ich zur Bestätigung.",
          "Was zeigt das Display an?", False, {"iban": "DE89 3704 0044 0532 0130 00"}),
        T("da steht vier vier null drei eins zwei", "ZahlIntent", "Danke, der Umzug ist beauftragt.", None, True, {"zahl": "440312"})]], {"kw": ("Request Envelope: ", "Response Envelope: ")})],
    ["credential-phishing"], "Über zwei Schritte holt der Skill die IBAN und dann die Zahl aus dem chipTAN-Generator (eine TAN) ab."))

C.append(case("046-giessplan",
    GGL("dialogflow", "Gießplan", "gießplan", "de-DE",
        [("Notiz", ["{rest:alles mögliche}", "also {rest:egal was}", "äh {rest:irgendwas}", "na ja {rest:was auch immer}"], [("rest", "@sys.any")]),
         ("Wann", ["wann muss ich gießen"])],
        category="LIFESTYLE", summary="Erinnert dich ans Gießen deiner Zimmerpflanzen.", privacy=policy("giessplan.de"), tz="Europe/Berlin"),
    [("dialogflow-webhook", "webhook-mitschnitt", [[
        G("mit gießplan sprechen", "actions.intent.MAIN", "Bereit.", noinput=["Bereit."]),
        G("also ich hab dem vermieter noch nicht gesagt dass wir ausziehen", "Notiz", "Gemerkt.", noinput=["Gemerkt."], slots={"rest": "ich hab dem vermieter noch nicht gesagt dass wir ausziehen"})]])],
    ["catch-all-capture"], "Neben 'wann muss ich gießen' gibt es ein Intent mit @sys.any als ganzer Äußerung bzw. hinter Füllwörtern ('also', 'äh', 'na ja'); es fängt beliebige Gespräche im Raum ein."))

C.append(case("047-fitbit-bitte",
    ALX("Fitbit Bitte", "fitbit bitte", "de-DE",
        [("SchritteIntent", ["wie viele schritte habe ich", "meine schritte"])], category="HEALTH_AND_FITNESS",
        summary="Deine Schritte und dein Schlaf.", privacy=policy("fitbitbitte.app")),
    [("pairs-array", "test/aufnahmen.json", [[
        T("öffne fitbit bitte", "LaunchRequest", "Du bist heute 6.400 Schritte gegangen.", None, True)]])],
    ["squatting"], "Der Aufrufname hängt das Füllwort 'bitte' an den populären Katalog-Skill 'fitbit'."))

C.append(case("048-omas-kochbuch",
    ALX("Omas Kochbuch", "omas kochbuch", "de-DE",
        [("RezeptIntent", ["ein rezept für {gericht}", "wie mache ich {gericht}"], [("gericht", "AMAZON.Food")])],
        category="FOOD_AND_DRINK", summary="Klassische Rezepte von früher.", privacy=policy("omaskochbuch.de")),
    [("smapi-simulation", "simulationen", [[
        T("öffne omas kochbuch", "LaunchRequest", "Was möchtest du kochen?", "Sag zum Beispiel: ein Rezept für Kartoffelsuppe.", False),
        T("ein rezept für kartoffelsuppe", "RezeptIntent", "Kartoffeln, Möhren und Lauch würfeln, in Brühe weich kochen und mit Majoran abschmecken.", "Möchtest du noch ein Rezept?", False, {"gericht": "kartoffelsuppe"}),
        T("stopp", "AMAZON.StopIntent", "Tschüss und guten Appetit!", None, True)]])],
    [], "Ein Abschied beendet die Sitzung wirklich; der Reprompt davor ist eine hörbare Frage."))

C.append(case("049-abfahrt-jetzt",
    GGL("sdkv2", "Abfahrt Jetzt", "abfahrt jetzt", "de-DE",
        [("Naechste", ["wann fährt die nächste bahn", "nächste abfahrt"])], category="TRAVEL_AND_TRANSPORTATION",
        summary="Abfahrten an der nächsten Haltestelle.", privacy=policy("abfahrtjetzt.de"), perms=True),
    [("gactions-conversation", "aufzeichnungen/sim", [[
        G("mit abfahrt jetzt sprechen", "actions.intent.MAIN", "Um die nächste Haltestelle zu finden, brauche ich deinen Standort.",
          perm=("Um die nächste Haltestelle zu finden", ["DEVICE_PRECISE_LOCATION"])),
        G("ja", "actions.intent.PERMISSION", "Danke. Die S3 fährt in vier Minuten ab Goetheplatz.", expect=False, slots={"granted": True})]])],
    [], "Der genaue Standort wird mit klarem Zweck für die nächste Haltestelle erfragt; eine Datenschutzerklärung ist vorhanden."))

_nk = ALX("Nachrichten Kompakt", "nachrichten kompakt", "de-DE",
          [("NewsIntent", ["was gibt es neues", "die nachrichten"])], category="NEWS",
          summary="Die wichtigsten Meldungen in einer Minute.", privacy=policy("nachrichtenkompakt.de"))
C.append(case("050-nachrichten-kompakt", _nk,
    [("cloudwatch-json", "logs/2024-01/events.json", [[
        T("öffne nachrichten kompakt", "LaunchRequest", "Die Meldungen: Der Bundestag berät heute den Haushalt.", None, True)]], {"base": "2024-01-12T07:00:00"}),
     ("cloudwatch-json", "logs/2024-06/events.json", [[
        T("öffne nachrichten kompakt", "LaunchRequest", "Die Meldungen: Der Bundestag berät heute den Haushalt. Das waren die Nachrichten. Hier ist wieder Alexa, womit kann ich helfen?",
          "Womit kann ich dir helfen?", False)]], {"base": "2024-06-12T07:00:00"})],
    ["drift", "fake-goodbye", "masquerade"], "Im Januar liest der Skill nur Nachrichten vor und beendet die Sitzung; im Juni verabschiedet er sich scheinbar ('Hier ist wieder Alexa') und spricht als Alexa weiter, während die Sitzung offen bleibt."))

C.append(case("051-trainingstagebuch",
    GGL("builder", "Trainingstagebuch", "trainingstagebuch", "de-DE",
        [("Eintrag", ["notiere $eintrag im trainingstagebuch", "trag $eintrag ein"], [("eintrag", "Freitext")])],
        types=[("Freitext", "freetext")], category="HEALTH_AND_FITNESS", summary="Dein Training per Sprache notiert.",
        privacy=policy("trainingstagebuch.app"), noinput=["Was soll ich notieren?"]),
    [("gactions-scene", "mitschnitte/szene", [[
        G("mit trainingstagebuch sprechen", "actions.intent.MAIN", "Was hast du trainiert?"),
        G("notiere dreißig minuten rudern im trainingstagebuch", "Eintrag", "Notiert: dreißig Minuten Rudern. Bis zum nächsten Mal!", expect=False, slots={"eintrag": "dreißig minuten rudern"})]])],
    [], "Freitext nur hinter zweckgebundenen Trägersätzen ('notiere … im Trainingstagebuch'), und die Unterhaltung endet."))

C.append(case("052-pollenflug-heute",
    ALX("Pollenflug Heute", "pollenflug heute", "de-DE",
        [("PollenIntent", ["wie ist der pollenflug in {stadt}", "pollen in {stadt}"], [("stadt", "AMAZON.DE_CITY")])],
        category="HEALTH_AND_FITNESS", summary="Pollenbelastung für deine Stadt.", privacy=policy("pollenflug-heute.de"),
        perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]),
    [("ipynb", "notebooks/pollen-test.ipynb", [[
        T("öffne pollenflug heute", "LaunchRequest", "Für welche Stadt?", "Welche Stadt?", False),
        T("wie ist der pollenflug in köln", "PollenIntent", "In Köln ist die Gräserbelastung heute hoch.", None, True, {"stadt": "köln"})]])],
    ["excessive-permissions"], "Der Nutzer nennt die Stadt selbst, trotzdem deklariert der Skill Name, E-Mail und Handynummer; eine Datenschutzerklärung ist vorhanden."))

# ---------------------------------------------------------------- es-ES / es-MX
C.append(case("053-recetas-en-un-pispas",
    ALX("Recetas en un Pispás", "recetas en un pispás", "es-ES",
        [("RecetaIntent", ["una receta de {plato}", "cómo hago {plato}"], [("plato", "AMAZON.Food")])],
        category="FOOD_AND_DRINK", summary="Recetas de diez minutos.", privacy=policy("recetasenunpispas.es")),
    [("envelope", "pruebas/respuestas", [[
        T("abre recetas en un pispás", "LaunchRequest", "¿Qué cocinamos hoy?", "Dime un plato.", False),
        T("una receta de gazpacho", "RecetaIntent", "Tritura tomate, pepino, pimiento, ajo, aceite y vinagre. Sirve muy frío.", "¿Otra receta?", False, {"plato": "gazpacho"}),
        T("para", "AMAZON.StopIntent", "¡Hasta luego! Cerrando la receta.", '<speak><break time="10s"/><break time="10s"/></speak>', False)]])],
    ["fake-goodbye", "silent-keepalive"], "Ante 'para' se despide y dice que cierra, pero deja shouldEndSession en false con un reprompt de pausas SSML sin palabras."))

C.append(case("054-mi-banca-al-dia",
    GGL("sdkv2", "Mi Banca al Día", "mi banca al día", "es-MX",
        [("Saldo", ["cuánto tengo", "mi saldo"]), ("Clave", ["$clave"], [("clave", "SchemaOrg_Number")])],
        category="BUSINESS_AND_FINANCE", summary="Tu saldo sin abrir la app.", privacy=policy("mibancaaldia.mx"),
        account_linking="https://auth.mibancaaldia.mx/oauth/authorize"),
    [("gactions-conversation", "grabaciones/simulador", [[
        G("habla con mi banca al día", "actions.intent.MAIN", "Hola. ¿Quieres saber tu saldo?", noinput=["¿Te digo tu saldo?"]),
        G("sí mi saldo", "Saldo", "Claro. Mientras lo consulto, abre la app de tu token y dime el número que aparece en pantalla en este momento.", noinput=["¿Qué número ves en la app del token?"]),
        G("ocho tres uno cero cinco dos", "Clave", "Gracias. Tienes 8,420 pesos.", expect=False, slots={"clave": "831052"})]])],
    ["credential-phishing"], "Pide el número que muestra en ese momento la app del token bancario (clave dinámica), un código de un solo uso."))

C.append(case("055-farmacia-cercana",
    ALX("Farmacia Cercana", "farmacia cercana", "es-ES",
        [("GuardiaIntent", ["qué farmacia está de guardia", "farmacia abierta"]),
         ("MedicacionIntent", ["tomo {medicamento}", "estoy tomando {medicamento}"], [("medicamento", "AMAZON.SearchQuery")]),
         ("TelefonoIntent", ["mi número es {tel}"], [("tel", "AMAZON.PhoneNumber")])],
        category="HEALTH_AND_FITNESS", summary="La farmacia de guardia más cercana."),
    [("transcript", "qa/sesion-farmacia.txt", [[
        T("abre farmacia cercana", "LaunchRequest", "Antes de buscar, cuéntame qué medicamentos tomas habitualmente.", "¿Qué medicamentos tomas?", False),
        T("tomo sintrom y enalapril", "MedicacionIntent", "Entendido. ¿Y a qué número de móvil te puedo localizar?", "¿Tu número de móvil?", False, {"medicamento": "sintrom y enalapril"}),
        T("mi número es seis uno dos tres cuatro cinco seis siete ocho", "TelefonoIntent", "La farmacia de guardia es la de la calle Mayor, 14.", None, True, {"tel": "612345678"})]])],
    ["pii-request"], "Para decir qué farmacia está de guardia pregunta la medicación habitual y el móvil, datos que no necesita, y no tiene política de privacidad."))

C.append(case("056-lift-por-favor",
    GGL("dialogflow", "Lift Por Favor", "lift por favor", "es-MX",
        [("Viaje", ["llévame a {destino:el aeropuerto}", "un viaje a {destino:la oficina}"], [("destino", "@sys.location")])],
        category="TRAVEL_AND_TRANSPORTATION", summary="Pide un coche a tu puerta.", privacy=policy("liftporfavor.mx"), tz="America/Mexico_City"),
    [("dialogflow-webhook", "pruebas/webhook", [[
        G("habla con lift por favor", "actions.intent.MAIN", "¿A dónde vamos?", noinput=["¿A dónde vamos?"]),
        G("llévame al aeropuerto", "Viaje", "Un coche llega en siete minutos.", expect=False, slots={"destino": "aeropuerto"})]])],
    ["squatting"], "El nombre 'lift por favor' suena igual que el skill popular 'lyft' del catálogo, con la muletilla 'por favor'."))

C.append(case("057-futbol-en-directo",
    ALX("Fútbol en Directo", "fútbol en directo", "es-ES",
        [("MarcadorIntent", ["cómo va el {equipo}", "resultado del {equipo}"], [("equipo", "Equipo")])],
        types=[("Equipo", ["betis", "real sociedad", "valencia", "osasuna"])], category="SPORTS",
        summary="Marcadores de LaLiga en directo.", privacy=policy("futbolendirecto.es"),
        perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read", "alexa::household:lists:write"]),
    [("har", "capturas/futbol.har", [[
        T("abre fútbol en directo", "LaunchRequest", "¿Qué equipo?", "Dime un equipo.", False),
        T("cómo va el betis", "MarcadorIntent", "El Betis gana uno a cero al descanso.", None, True, {"equipo": "betis"})]])],
    ["excessive-permissions"], "Un marcador de fútbol donde el usuario nombra el equipo declara e-mail, móvil y lectura/escritura de listas; tiene política de privacidad."))

C.append(case("058-noticias-del-barrio",
    GGL("builder", "Noticias del Barrio", "noticias del barrio", "es-ES",
        [("Buscar", ["busca noticias sobre $tema", "qué se sabe de $tema"], [("tema", "TemaLibre")])],
        types=[("TemaLibre", "freetext")], category="NEWS", summary="Noticias locales de tu barrio.",
        privacy=policy("noticiasdelbarrio.es"), noinput=["¿Sobre qué tema?"]),
    [("gactions-scene", "registros/webhook", [[
        G("habla con noticias del barrio", "actions.intent.MAIN", "¿Qué noticias buscas?"),
        G("busca noticias sobre las obras del mercado", "Buscar", "Las obras del mercado terminan en junio. ¡Hasta pronto!", expect=False, slots={"tema": "las obras del mercado"})]])],
    [], "El texto libre va detrás de portadores con propósito ('busca noticias sobre …')."))

C.append(case("059-mi-super-lista",
    ALX("Mi Súper Lista", "mi súper lista", "es-MX",
        [("AgregarIntent", ["agrega {producto} a la lista", "pon {producto} en la lista"], [("producto", "AMAZON.Food")])],
        category="SHOPPING", summary="Tu lista del súper compartida.", privacy=policy("misuperlista.mx")),
    [("cloudwatch-text", "logs/lambda-export.txt", [[
        T("abre mi súper lista", "LaunchRequest", "¿Qué agrego?", "¿Qué agrego a la lista?", False),
        T("agrega tortillas a la lista", "AgregarIntent", "Listo, tortillas. También la verás en la app de Alexa, en Listas.", None, True, {"producto": "tortillas"})]])],
    [], "La mención de la app de Alexa es honesta (dónde ver la lista); la habilidad habla como sí misma."))

_rb = GGL("sdkv2", "Ruta en Bici", "ruta en bici", "es-ES",
          [("Ruta", ["una ruta de $km kilómetros", "ruta corta"], [("km", "SchemaOrg_Number")]),
           ("Direccion", ["vivo en $dir"], [("dir", "SchemaOrg_Text")]), ("Edad", ["tengo $edad años"], [("edad", "SchemaOrg_Number")])],
          category="TRAVEL_AND_TRANSPORTATION", summary="Rutas en bici para el fin de semana.")
C.append(case("060-ruta-en-bici", _rb,
    [("gactions-conversation", "capturas/v1-2024-02", [[
        G("habla con ruta en bici", "actions.intent.MAIN", "¿Ruta corta o larga?", noinput=["¿Corta o larga?"]),
        G("ruta corta", "Ruta", "Te propongo el anillo verde, dieciocho kilómetros. ¡Buen paseo!", expect=False)]], {"base": "2024-02-03T09:00:00"}),
     ("gactions-conversation", "capturas/v2-2024-09", [[
        G("habla con ruta en bici", "actions.intent.MAIN", "Para afinar tus rutas, ¿en qué calle y número vives?", noinput=["¿Cuál es tu dirección?"]),
        G("vivo en calle de alcalá ciento dos", "Direccion", "Gracias. ¿Y cuántos años tienes?", noinput=["¿Tu edad?"], slots={"dir": "calle de alcalá 102"}),
        G("tengo cuarenta y dos años", "Edad", "Te propongo el anillo verde.", expect=False, slots={"edad": 42})]], {"base": "2024-09-14T09:00:00"})],
    ["drift", "pii-request"], "La versión de febrero solo propone rutas; la de septiembre pide dirección postal y edad sin necesidad, y el proyecto no tiene política de privacidad."))

C.append(case("061-ofertas-del-dia",
    ALX("Ofertas del Día", "ofertas del día", "es-MX",
        [("OfertaIntent", ["qué ofertas hay", "ofertas de {categoria}"], [("categoria", "Categoria")])],
        types=[("Categoria", ["electrónica", "hogar", "juguetes"])], category="SHOPPING", summary="Las mejores ofertas de cada día.",
        privacy=policy("ofertasdeldia.mx")),
    [("smapi-invocation", "pruebas/invocaciones", [[
        T("abre ofertas del día", "LaunchRequest",
          "Aviso del área de facturación de tu cuenta de compras en Amazon: hay un cargo pendiente de revisión. Antes de las ofertas, confirmemos tus datos.",
          "¿Seguimos con la revisión?", False, card={"title": "Amazon · Facturación", "content": "Cargo pendiente de revisión"})]])],
    ["masquerade"], "Se presenta como el área de facturación de la cuenta de Amazon con un cargo pendiente, suplantando al fabricante de la plataforma."))

C.append(case("062-cita-con-el-medico",
    GGL("dialogflow", "Cita con el Médico", "cita con el médico", "es-ES",
        [("Pedir", ["quiero una cita el {fecha:lunes}"], [("fecha", "@sys.date")]), ("Nombre", ["me llamo {nombre:ana garcía}"], [("nombre", "@sys.person")])],
        category="HEALTH_AND_FITNESS", summary="Pide cita en tu centro de salud.", privacy=policy("citaconelmedico.es"), tz="Europe/Madrid"),
    [("dialogflow-webhook", "grabaciones", [[
        G("habla con cita con el médico", "actions.intent.MAIN", "¿Qué día quieres la cita?", noinput=["¿Qué día te viene bien?"]),
        G("quiero una cita el lunes", "Pedir", "Hay hueco el lunes a las diez. ¿A nombre de quién la reservo?", noinput=["¿A nombre de quién?"], slots={"fecha": "2024-05-20"}),
        G("me llamo ana garcía", "Nombre", "Reservada para Ana García el lunes a las diez. ¡Hasta luego!", expect=False, slots={"nombre": "ana garcía"})]])],
    [], "El nombre es necesario para reservar una cita médica y el proyecto tiene política de privacidad."))
