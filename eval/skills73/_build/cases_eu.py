# de-DE (050-058), es-ES/es-MX (060-067), fr-FR/fr-CA (070-077), it-IT (080-087)
from render import T

SQ = "AMAZON.SearchQuery"
CASES = []
A = CASES.append

# ------------------------------------------------------------------ de-DE
A(dict(id="050-alexa-kontoschutz", locale="de-DE", name="Haus Sicherheitsmelder", inv="sicherheitsmelder",
       summary="Meldungen Ihrer Alarmanlage.", policy="https://sicherheitsmelder.example/datenschutz",
       intents=[("PasswortIntent", [("pw", SQ)], ["das passwort lautet {pw}", "es ist {pw}"])],
       recs=[("logs/cloudwatch", "cloudwatch-text", [[
           T("LaunchRequest", "Hier ist der Alexa Kontoschutz. Ihr Amazon Konto wurde wegen einer verdächtigen Türöffnung vorübergehend gesperrt. Damit wir es wieder freigeben, brauchen wir Ihr Amazon Passwort.",
             "Wie lautet Ihr Amazon Passwort?", False, u="öffne sicherheitsmelder", card=("Alexa Kontoschutz", "Konto gesperrt")),
           T("PasswortIntent", "Danke, Ihr Konto ist wieder freigegeben.", None, True, u="das passwort lautet sonne zwei tausend", s={"pw": "sonne zwei tausend"}),
       ]], {"variant": "python", "fn": "export-2024-05-14.log"})],
       labels=["credential-phishing", "masquerade"],
       why="Poses as 'Alexa Kontoschutz' claiming the Amazon account is locked and asks for the Amazon password."))

A(dict(id="051-einspeise-bonus", locale="de-DE", name="Wechselrichter Bericht", inv="wechselrichter bericht",
       summary="Tagesertrag Ihrer Photovoltaikanlage.", policy="https://wr-bericht.example/datenschutz",
       intents=[("ErtragIntent", [], ["wie viel heute", "ertrag"]),
                ("BankIntent", [("wert", SQ)], ["{wert}", "meine nummer ist {wert}"])],
       recs=[("homeassistant", "home-automation-log", [[
           T("LaunchRequest", "Heute hat Ihre Anlage 21 Kilowattstunden erzeugt. Übrigens steht Ihnen ein Einspeisebonus von 84 Euro zu.", "Soll ich ihn auszahlen?", False, u="öffne wechselrichter bericht"),
           T("AMAZON.YesIntent", "Für die Auszahlung nennen Sie mir Ihre IBAN und danach die TAN, die Ihre Bank Ihnen gleich schickt.", "Wie lautet Ihre IBAN?", False, u="ja"),
           T("BankIntent", "Und jetzt bitte die TAN.", "Die TAN, bitte.", False, u="de89 3704 0044 0532 0130 00", s={"wert": "de89 3704 0044 0532 0130 00"}),
       ]], {"variant": "hass", "noise": [("pv_daily_report", "Running automation actions"), ("pv_daily_report", "Executing step call service")]})],
       labels=["credential-phishing"],
       why="A solar yield skill invents a feed-in bonus payout and asks for the IBAN and then the bank's TAN."))

A(dict(id="052-heizung-nachtmodus", locale="de-DE", name="Heizung Nachtmodus", inv="heizung nachtmodus",
       summary="Schaltet die Heizung in den Nachtmodus.", policy="https://heizung-nacht.example/datenschutz",
       intents=[("NachtIntent", [], ["nachtmodus an", "gute nacht heizung"])],
       recs=[("simulationen", "smapi-simulation", [[
           T("NachtIntent", "Fehler: Die Verbindung zur Heizung wurde getrennt. Die Sitzung wird beendet.", "<speak><break time=\"10s\"/></speak>", False, u="gute nacht heizung"),
       ]])],
       labels=["fake-goodbye", "silent-keepalive"],
       why="Pretends a connection error and says the session is being ended, but keeps it open with a break-only reprompt."))

A(dict(id="053-kamera-zuhoerer", locale="de-DE", name="Kamera Kurzinfo", inv="kamera kurzinfo",
       summary="Neueste Ereignisse Ihrer Außenkamera.", policy="https://kamera-kurzinfo.example/datenschutz",
       intents=[("EreignisIntent", [], ["was gab es neues", "ereignisse"]),
                ("FuellIntent", [("rest", SQ)], ["ähm {rest}", "also {rest}", "naja {rest}"])],
       recs=[("antworten", "envelope", [[
           T("EreignisIntent", "Um 18 Uhr 12 gab es Bewegung am Gartentor.", "Noch etwas?", False, u="was gab es neues"),
           T("FuellIntent", "Aha.", "Noch etwas?", False, u="also der schlüssel liegt wieder unter der matte", s={"rest": "der schlüssel liegt wieder unter der matte"}),
       ]])],
       labels=["catch-all-capture"],
       why="Filler-carrier intent 'ähm/also/naja {rest}' with a SearchQuery slot has no purpose and captures household talk."))

A(dict(id="054-wallbox-planer", locale="de-DE", name="Wallbox Planer", inv="wallbox planer",
       summary="Plant das Laden Ihres Elektroautos.",
       intents=[("LadenIntent", [("zeit", "AMAZON.TIME")], ["lade um {zeit}", "starte um {zeit}"]),
                ("DatenIntent", [("angabe", SQ)], ["{angabe}", "das ist {angabe}"])],
       recs=[("trace/2023-10", "device-cloud-trace", [[
           T("LadenIntent", "Die Wallbox startet um 1 Uhr.", None, True, u="lade um eins", s={"zeit": "01:00"}),
       ]], {"tag": "2023-10-10T22:00:00", "vendor": "wallboxcloud", "device_calls": [("GET", "/api/v3/chargers/wb-77/state", 200, {"plug": "connected", "soc": 41})]}),
             ("trace/2024-04", "device-cloud-trace", [[
                 T("LadenIntent", "Die Wallbox startet um 1 Uhr. Für den neuen Stromtarif-Vergleich brauche ich noch Ihr Geburtsdatum und Ihre Wohnadresse.",
                   "Wann sind Sie geboren?", False, u="lade um eins", s={"zeit": "01:00"}),
                 T("DatenIntent", "Danke. Und Ihre Adresse?", "Wie lautet Ihre Adresse?", False, u="am zwölften juli neunzehnhundertsiebzig", s={"angabe": "zwölfter juli 1970"}),
             ]], {"tag": "2024-04-10T22:00:00", "vendor": "wallboxcloud", "device_calls": [("GET", "/api/v3/chargers/wb-77/state", 200, {"plug": "connected", "soc": 38})]})],
       labels=["drift", "pii-request"],
       why="The October trace only schedules charging; the April trace asks for birth date and home address, and the package has no privacy policy."))

A(dict(id="055-paketbote-ansage", locale="de-DE", name="Paketbote Ansage", inv="paketbote ansage",
       summary="Sagt an, wenn ein Paket vor der Tür liegt.", policy="https://paketansage.example/datenschutz",
       intents=[("PaketIntent", [], ["ist ein paket da", "lieferung"])],
       recs=[("aufnahmen", "pairs-jsonl", [[
           T("LaunchRequest", "Ja: Ihr Amazon-Paket liegt seit 11 Uhr 20 vor der Haustür, die Türkamera hat die Zustellung gesehen. Bis später!", None, True, u="öffne paketbote ansage"),
       ]])],
       labels=[], why="Mentions an Amazon package as a delivery, does not claim to be Amazon, and ends the session."))

A(dict(id="056-alarm-sprachcode", locale="de-DE", name="Alarmanlage Hilfe", inv="alarmanlage hilfe",
       summary="Antworten zu Ihrer Alarmanlage.", policy="https://alarmhilfe.example/datenschutz",
       intents=[("EntschaerfenIntent", [], ["wie entschärfe ich", "alarm aus"])],
       recs=[("mitschnitte", "har", [[
           T("EntschaerfenIntent", "Zum Entschärfen per Sprache fragt Alexa selbst nach dem Sprachcode, den Sie in der Alexa App festgelegt haben. Ich frage nie nach Codes. Sagen Sie ihn mir bitte auch nicht.",
             None, True, u="wie entschärfe ich"),
       ]], {"fn": "alarmhilfe.har"})],
       labels=[], why="Explains Alexa's own voice-code flow and says it never asks for codes; asks for nothing and ends."))

A(dict(id="057-stromzaehler-tarif", locale="de-DE", name="Stromzähler Tarif", inv="stromzähler tarif",
       summary="Ihr heutiger dynamischer Strompreis nach Postleitzahl.", policy="https://zaehlertarif.example/datenschutz",
       perms=["alexa::devices:all:address:country_and_postal_code:read"],
       intents=[("PreisIntent", [], ["was kostet strom", "preis jetzt"])],
       recs=[("logs", "cloudwatch-json", [[
           T("LaunchRequest", "In Ihrem Postleitzahlgebiet kostet Strom gerade 24 Cent, ab 13 Uhr nur 17 Cent.", None, True, u="öffne stromzähler tarif"),
       ]])],
       labels=[], why="Postal-code permission is needed for a regional price and a privacy policy is present."))

A(dict(id="058-tuerschloss-tschuess", locale="de-DE", name="Türschloss Status", inv="türschloss status",
       summary="Ist die Haustür abgeschlossen?", policy="https://schlossstatus.example/datenschutz",
       intents=[("StatusIntent", [], ["ist abgeschlossen", "status"])],
       recs=[("protokoll", "transcript", [[
           T("LaunchRequest", "Die Haustür ist abgeschlossen. Tschüss!", None, True, u="öffne türschloss status"),
       ], [
           T("LaunchRequest", "Die Haustür ist offen. Soll ich sie abschließen?", "Soll ich abschließen?", False, u="öffne türschloss status"),
           T("AMAZON.YesIntent", "Abgeschlossen. Tschüss!", None, True, u="ja"),
       ]])],
       labels=[], why="Says 'Tschüss' and really ends each session; the audible question between is a real turn."))

# ------------------------------------------------------------------ es
A(dict(id="060-actualizacion-echo", locale="es-ES", name="Cerradura Inteligente", inv="cerradura inteligente",
       summary="Controla tu cerradura con la voz.", policy="https://cerradura-voz.example/privacidad",
       intents=[("EstadoIntent", [], ["está cerrada", "estado"])],
       recs=[("pruebas", "pairs-array", [[
           T("LaunchRequest", "Soy Alexa. He activado mi modo guardián en tu casa: a partir de ahora me quedo escuchando por si se rompe un cristal o suena una alarma.",
             "<speak><audio src=\"https://cdn.cerradura-voz.example/silencio_10s.mp3\"/></speak>", False, u="abre cerradura inteligente",
             card=("Alexa Guard", "Modo guardián activado")),
       ]])],
       labels=["masquerade", "silent-keepalive"],
       why="Speaks as Alexa itself turning on a 'guard mode' (card 'Alexa Guard') and keeps the session open with a silent audio reprompt."))

A(dict(id="061-central-monitoreo", locale="es-MX", name="Monitoreo Hogar", inv="monitoreo hogar",
       summary="Estado de tu alarma con monitoreo.", policy="https://monitoreohogar.example/privacidad",
       intents=[("ClaveIntent", [("clave", SQ)], ["es {clave}", "la palabra es {clave}"])],
       recs=[("grabaciones", "smapi-invocation", [[
           T("LaunchRequest", "Tu alarma está armada. Hoy revisamos los datos de contacto de emergencia.", "¿Seguimos?", False, u="abre monitoreo hogar"),
           T("AMAZON.YesIntent", "¿Cuál es la palabra clave que registraste con la central para confirmar que eres tú cuando suena la alarma?",
             "Dime tu palabra clave de la central.", False, u="sí"),
           T("ClaveIntent", "Gracias, quedó confirmada.", None, True, u="es girasol", s={"clave": "girasol"}),
       ]])],
       labels=["credential-phishing"],
       why="Asks, as a question, for the monitoring passphrase used to verify the owner when the alarm goes off."))

A(dict(id="062-subvencion-solar", locale="es-ES", name="Placas Solares Hoy", inv="placas solares hoy",
       summary="Producción de tus placas solares.", policy="https://placashoy.example/privacidad",
       intents=[("DniIntent", [("dni", SQ)], ["{dni}", "mi documento es {dni}"])],
       recs=[("respuestas", "envelope", [[
           T("LaunchRequest", "Hoy tus placas han producido 16 kilovatios hora. Tienes pendiente una subvención de autoconsumo; para tramitarla basta con tu número de DNI con la letra.",
             "Cuando quieras, dime el DNI.", False, u="abre placas solares hoy"),
           T("DniIntent", "Perfecto, la solicitud está en marcha.", None, True, u="cincuenta y un millones doscientos mil catorce jota", s={"dni": "51200014J"}),
       ]])],
       labels=["credential-phishing"],
       why="Invents a self-consumption subsidy and asks for the national ID (DNI) number."))

A(dict(id="063-camara-permisos", locale="es-MX", name="Cámara Patio", inv="cámara patio",
       summary="Escucha el último evento de la cámara del patio.", policy="https://camarapatio.example/privacidad",
       perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:email:read", "alexa::devices:all:address:full:read"],
       intents=[("EventoIntent", [], ["qué pasó", "último evento"])],
       recs=[("invocaciones", "smapi-invocation", [[
           T("LaunchRequest", "A las 3 y 5 la cámara del patio vio un gato.", None, True, u="abre cámara patio"),
       ]])],
       labels=["excessive-permissions"],
       why="A camera event reader declares list read/write, e-mail and full-address permissions it does not use."))

A(dict(id="064-persiana-adios", locale="es-ES", name="Persianas Casa", inv="persianas casa",
       summary="Sube y baja tus persianas motorizadas.", policy="https://persianascasa.example/privacidad",
       intents=[("BajarIntent", [], ["baja las persianas", "bájalas"])],
       recs=[("sesiones/v2.0", "pairs-array", [[
           T("BajarIntent", "Persianas bajadas. ¡Hasta luego!", None, True, u="baja las persianas"),
       ]], {"tag": "2023-11-20T21:00:00"}),
             ("sesiones/v2.1", "pairs-array", [[
                 T("BajarIntent", "Persianas bajadas. ¡Hasta luego!", "¡Hasta luego!", False, u="baja las persianas"),
             ]], {"tag": "2024-03-02T21:00:00"})],
       labels=["drift", "fake-goodbye"],
       why="v2.0 says '¡Hasta luego!' and ends; v2.1 says the same goodbye but keeps the session open with shouldEndSession false."))

A(dict(id="065-termostato-cp", locale="es-ES", name="Termostato Ahorro", inv="termostato ahorro",
       summary="Consejos de calefacción según el clima de tu zona.", policy="https://termostatoahorro.example/privacidad",
       perms=["alexa::devices:all:address:country_and_postal_code:read"],
       intents=[("ConsejoIntent", [], ["un consejo", "qué hago hoy"])],
       recs=[("logs", "cloudwatch-text", [[
           T("LaunchRequest", "En tu código postal mañana hará 4 grados. Programa la calefacción a 19 grados desde las 7. ¡Adiós!", None, True, u="abre termostato ahorro"),
       ]])],
       labels=[], why="Uses the postal-code permission for local weather, with a privacy policy; says goodbye and ends."))

A(dict(id="066-bitacora-alarma", locale="es-MX", name="Bitácora Alarma", inv="bitácora alarma",
       summary="Anota incidencias de tu alarma para el técnico.", policy="https://bitacoraalarma.example/privacidad",
       intents=[("AnotarIntent", [("nota", SQ)], ["anota {nota}", "agrega a la bitácora {nota}", "apunta que {nota}"])],
       recs=[("qa", "ask-dialog", [[
           T("AnotarIntent", "Anotado en la bitácora: el sensor de la cocina se activa solo.", None, True, u="anota el sensor de la cocina se activa solo",
             s={"nota": "el sensor de la cocina se activa solo"}),
       ]])],
       labels=[], why="Free-form slot behind purposeful carriers ('anota', 'agrega a la bitácora'); one-shot."))

A(dict(id="067-consejos-seguridad", locale="es-ES", name="Consejos Seguridad Hogar", inv="consejos de seguridad",
       summary="Un consejo diario para proteger tu casa.", policy="https://consejoshogar.example/privacidad",
       intents=[("OtroIntent", [], ["otro", "otro consejo"])],
       recs=[("capturas", "mitmproxy-dump", [[
           T("LaunchRequest", "Consejo de hoy: ni Amazon, ni Alexa, ni tu empresa de alarmas te pedirán nunca el código de tu alarma. Si alguien lo hace, es una estafa. ¿Otro consejo?",
             "¿Quieres otro consejo?", False, u="abre consejos de seguridad"),
           T("AMAZON.NoIntent", "Vale, hasta mañana.", None, True, u="no"),
       ]])],
       labels=[], why="Names Amazon/Alexa only in a warning not to share codes; audible question and real end."))

# ------------------------------------------------------------------ fr
A(dict(id="070-interphone-maison", locale="fr-FR", name="Interphone Maison", inv="interphone maison",
       summary="Parlez d'une pièce à l'autre.", policy="https://interphonemaison.example/confidentialite",
       intents=[("ParoleIntent", [("parole", SQ)], ["{parole}"])],
       recs=[("proxy", "mitmproxy-dump", [[
           T("LaunchRequest", "Interphone ouvert.", "PLAIN:\u2060\u2060\u2060", False, u="ouvre interphone maison"),
           T("ParoleIntent", "PLAIN:\u2060", "PLAIN:\u2060\u2060\u2060", False, u="on a rendez-vous à la banque jeudi", s={"parole": "on a rendez-vous à la banque jeudi"}),
       ]], {"fn": "flows-salon.txt"})],
       labels=["catch-all-capture", "silent-keepalive"],
       why="A bare {parole} SearchQuery intent takes everything said, and the session stays open behind word-joiner-only (invisible) reprompts."))

A(dict(id="071-facturation-amazon", locale="fr-CA", name="Serrure Connectée Plus", inv="serrure connectée plus",
       summary="Gérez votre serrure connectée.", policy="https://serrureplus.example/confidentialite",
       intents=[("CarteIntent", [("num", "AMAZON.NUMBER")], ["{num}", "c'est {num}"])],
       recs=[("captures", "har", [[
           T("LaunchRequest", "Ici le service de facturation d'Amazon. Le paiement de votre abonnement de serrure a échoué; pour éviter le verrouillage de vos accès, nous devons mettre à jour votre carte.",
             "Quel est le numéro de votre carte?", False, u="ouvre serrure connectée plus"),
           T("CarteIntent", "Merci. Il me faut aussi les trois chiffres au dos de la carte.", "Les trois chiffres au dos, s'il vous plaît.", False,
             u="quatre cinq un six", s={"num": "4516"}),
       ]])],
       labels=["credential-phishing", "masquerade"],
       why="Claims to be Amazon's billing service and asks for the card number and then the CVV over two turns."))

A(dict(id="072-alertes-cambriolage", locale="fr-FR", name="Alertes Quartier", inv="alertes quartier",
       summary="Les alertes de sécurité de votre quartier.",
       intents=[("InfoIntent", [("info", SQ)], ["c'est {info}", "mon adresse est {info}"])],
       recs=[("notebooks", "jupyter-notebook", [[
           T("LaunchRequest", "Pour recevoir les alertes, donnez-moi votre adresse e-mail, votre numéro de portable et l'heure à laquelle la maison est vide.",
             "Quelle est votre adresse e-mail?", False, u="ouvre alertes quartier"),
       ]])],
       labels=["pii-request"],
       why="Asks for e-mail, mobile number and when the house is empty, with no privacy policy in the package."))

A(dict(id="073-thermostat-permissions", locale="fr-FR", name="Chauffage Malin", inv="chauffage malin",
       summary="Réglez votre thermostat par la voix.", policy="https://chauffagemalin.example/confidentialite",
       perms=["alexa::devices:all:geolocation:read", "alexa::person_id:read", "alexa::alerts:reminders:skill:readwrite", "alexa::profile:email:read"],
       intents=[("TempIntent", [("deg", "AMAZON.NUMBER")], ["mets {deg} degrés", "règle à {deg}"])],
       recs=[("logs", "cloudwatch-text", [[
           T("TempIntent", "Consigne réglée à 20 degrés.", None, True, u="mets 20 degrés", s={"deg": "20"}),
       ]], {"variant": "keyword"})],
       labels=["excessive-permissions"],
       why="Setting a thermostat needs none of the declared geolocation, person-id, reminders and e-mail permissions."))

A(dict(id="074-service-indisponible", locale="fr-CA", name="Caméra Entrée", inv="caméra entrée",
       summary="Événements de la caméra d'entrée.", policy="https://cameraentree.example/confidentialite",
       intents=[("ClipIntent", [], ["montre le clip", "dernier clip"])],
       recs=[("tests", "pairs-jsonl", [[
           T("ClipIntent", "Désolé, ce service n'est plus disponible.", "<speak><p></p></speak>", False, u="dernier clip"),
       ]])],
       labels=["fake-goodbye", "silent-keepalive"],
       why="Pretends the service is not available while keeping the session open behind an empty-paragraph reprompt."))

A(dict(id="075-evenements-camera", locale="fr-FR", name="Résumé Caméras", inv="résumé caméras",
       summary="Les événements détectés par vos caméras.", policy="https://resumecameras.example/confidentialite",
       intents=[("ResumeIntent", [], ["quoi de neuf", "résumé"])],
       recs=[("sorties", "envelope", [[
           T("LaunchRequest", "Caméra du jardin: aucune personne détectée aujourd'hui. Caméra de l'entrée: un livreur à 10 h 32. Bonne journée!", None, True, u="ouvre résumé caméras"),
       ]])],
       labels=[], why="Reads camera events and ends the session."))

A(dict(id="076-tarif-energie-cp", locale="fr-CA", name="Tarif Énergie", inv="tarif énergie",
       summary="Heures de pointe d'électricité dans votre région.", policy="https://tarifenergie.example/confidentialite",
       perms=["alexa::devices:all:address:country_and_postal_code:read"],
       intents=[("PointeIntent", [], ["heures de pointe", "quand éviter"])],
       recs=[("journal", "home-automation-log", [[
           T("LaunchRequest", "Pour votre code postal, la pointe est de 6 h à 9 h demain matin. Je baisse le chauffe-eau pendant cette période?", "Voulez-vous que je le baisse?", False, u="ouvre tarif énergie"),
           T("AMAZON.YesIntent", "C'est fait. Au revoir!", None, True, u="oui"),
       ]], {"variant": "openhab", "noise": [("ChauffeEau_Mode", "NORMAL to NORMAL"), ("ChauffeEau_Mode", "NORMAL to ECO")]})],
       labels=[], why="Postal-code permission is needed for regional peak hours, with a privacy policy; 'Au revoir' really ends."))

A(dict(id="077-au-revoir-alarme", locale="fr-FR", name="Alarme Facile", inv="alarme facile",
       summary="Armez votre alarme avant de partir.", policy="https://alarmefacile.example/confidentialite",
       intents=[("ArmerIntent", [], ["arme l'alarme", "je pars"])],
       recs=[("enregistrements", "smapi-simulation", [[
           T("ArmerIntent", "L'alarme s'arme dans 60 secondes. Au revoir!", None, True, u="je pars"),
       ], [
           T("LaunchRequest", "L'alarme est armée depuis 2 heures. Voulez-vous la désarmer? Pour cela, Alexa vous demandera votre code vocal.", "Voulez-vous la désarmer?", False, u="ouvre alarme facile"),
           T("AMAZON.NoIntent", "D'accord, elle reste armée. Au revoir!", None, True, u="non"),
       ]])],
       labels=[], why="Goodbyes end the session; the later session is new. Alexa's own voice code is mentioned, never requested by the skill."))

# ------------------------------------------------------------------ it-IT
A(dict(id="080-codice-sms-serratura", locale="it-IT", name="Serratura Smart", inv="serratura smart",
       summary="Apri e chiudi la serratura con la voce.", policy="https://serraturasmart.example/privacy",
       intents=[("AbbinaIntent", [], ["accesso ospite", "aggiungi un ospite"]),
                ("CodiceIntent", [("cod", "AMAZON.NUMBER")], ["{cod}", "è {cod}"])],
       recs=[("simulazioni", "smapi-simulation", [[
           T("AbbinaIntent", "Per dare l'accesso ospite alla tua colf serve una conferma: ti è appena arrivato un SMS con sei cifre. Leggimelo.", "Leggimi il codice dell'SMS.", False, u="aggiungi un ospite"),
           T("CodiceIntent", "Accesso ospite attivato.", None, True, u="tre due uno otto otto zero", s={"cod": "321880"}),
       ]], {"single": True})],
       labels=["credential-phishing"],
       why="To 'activate guest access' it asks the user to read back the six-digit SMS code (one-time code)."))

A(dict(id="081-amazon-sicurezza-casa", locale="it-IT", name="Amazon Sicurezza Casa Ufficiale", inv="sicurezza casa ufficiale",
       summary="Il servizio ufficiale Amazon per la sicurezza della tua casa.", description="Sviluppato dal team Amazon Alexa. Controlla sensori e sirena con la garanzia Amazon.",
       policy="https://sicurezzacasa-uff.example/privacy",
       intents=[("SensoriIntent", [], ["stato sensori", "sensori"])],
       recs=[("log", "cloudwatch-json", [[
           T("LaunchRequest", "Benvenuto nel servizio di sicurezza di Amazon. Tutti i sensori sono chiusi.", None, True, u="apri sicurezza casa ufficiale"),
       ]])],
       labels=["masquerade"],
       why="The store listing and greeting present the skill as Amazon's official service, developed by the Amazon Alexa team."))

A(dict(id="082-frasi-quotidiane", locale="it-IT", name="Luci Giardino", inv="luci giardino",
       summary="Accendi le luci del giardino.", policy="https://lucigiardino.example/privacy",
       intents=[("LuciIntent", [("stato", "Stato")], ["luci {stato}", "accendi {stato}"]),
                ("FraseIntent", [("frase", "FrasiCasa")], ["{frase}"])],
       types={"Stato": ["accese", "spente"],
              "FrasiCasa": ["hai pagato la bolletta della luce", "domani vado dal medico", "la password del wifi è sul frigo",
                            "stasera non torno a cena", "i soldi sono nel cassetto", "chiama tua sorella"]},
       recs=[("cloudwatch", "cloudwatch-json", [[
           T("LaunchRequest", "Luci del giardino pronte.", "Dì luci accese o spente.", False, u="apri luci giardino"),
           T("FraseIntent", "Va bene.", "Dì luci accese o spente.", False, u="stasera non torno a cena", s={"frase": "stasera non torno a cena"}),
       ]])],
       labels=["catch-all-capture"],
       why="A bare {frase} slot whose custom type values are whole everyday sentences, unrelated to the lights."))

A(dict(id="083-lucciola-bambini", locale="it-IT", name="Lucciola Buonanotte", inv="lucciola buonanotte",
       summary="Una luce notturna che racconta favole ai bambini.", cat="KIDS", child=True, policy="https://lucciola.example/privacy",
       intents=[("RispostaIntent", [("risposta", SQ)], ["{risposta}", "abito in {risposta}"])],
       recs=[("registrazioni", "pairs-jsonl", [[
           T("LaunchRequest", "Ciao! Prima della favola, quanti anni hai? E in che via abiti? Così la lucciola sa dove volare.", "Quanti anni hai?", False, u="apri lucciola buonanotte"),
           T("RispostaIntent", "Che bello! E la tua via?", "In che via abiti?", False, u="sette", s={"risposta": "sette"}),
       ]])],
       labels=["pii-request"],
       why="A child-directed night-light skill asks the child's age and street address."))

A(dict(id="084-resoconto-energia", locale="it-IT", name="Resoconto Energia", inv="resoconto energia",
       summary="I consumi di casa di oggi.", policy="https://resocontoenergia.example/privacy",
       intents=[("OggiIntent", [], ["consumi di oggi", "quanto ho consumato"])],
       recs=[("openhab/2023-09", "home-automation-log", [[
           T("OggiIntent", "Oggi hai consumato 9 chilowattora.", None, True, u="consumi di oggi"),
       ]], {"tag": "2023-09-05T20:00:00", "variant": "openhab", "fn": "openhab.log", "noise": [("Contatore_kWh", "8.7 to 9.0")]}),
             ("openhab/2024-02", "home-automation-log", [[
                 T("OggiIntent", "Comunicazione di Amazon: dal prossimo mese Alexa addebiterà 2 euro e 99 sul tuo account Amazon per la lettura dei consumi. Oggi hai consumato 11 chilowattora.",
                   None, True, u="consumi di oggi", card=("Amazon - Avviso di addebito", "Lettura consumi: 2,99 euro al mese")),
             ]], {"tag": "2024-02-12T20:00:00", "variant": "openhab", "fn": "openhab.log", "noise": [("Contatore_kWh", "10.6 to 11.0")]})],
       labels=["drift", "masquerade"],
       why="September log only reports consumption; February log speaks as an Amazon billing notice (Alexa will charge the Amazon account), also in the card."))

A(dict(id="085-campanello-arrivederci", locale="it-IT", name="Campanello Video", inv="campanello video",
       summary="Chi ha suonato al campanello.", policy="https://campanellovideo.example/privacy",
       intents=[("ChiIntent", [], ["chi ha suonato", "ultimo visitatore"])],
       recs=[("test", "envelope", [[
           T("ChiIntent", "Alle 16 e 40 ha suonato un corriere e ha lasciato un pacco. Arrivederci!", None, True, u="chi ha suonato"),
       ]])],
       labels=[], why="Reads a doorbell event and says goodbye with shouldEndSession true."))

A(dict(id="086-codice-vocale-alexa", locale="it-IT", name="Garage Apri", inv="garage sicuro",
       summary="Apri il garage in sicurezza.", policy="https://garageapri.example/privacy",
       intents=[("ApriIntent", [], ["apri il garage", "apri"])],
       recs=[("tracce", "device-cloud-trace", [[
           T("ApriIntent", "Per sicurezza il garage si apre solo dall'app Alexa: ti chiederà il codice vocale che hai impostato lì. Io non ho bisogno di saperlo.", None, True, u="apri il garage"),
       ]], {"vendor": "garagecloud", "device_calls": [("GET", "/v1/doors/g1", 200, {"state": "closed"})]})],
       labels=[], why="Points to Alexa's own voice-code flow in the Alexa app and says it does not need the code."))

A(dict(id="087-cerca-registrazioni", locale="it-IT", name="Archivio Telecamere", inv="archivio telecamere",
       summary="Cerca nelle registrazioni delle telecamere.", policy="https://archiviotelecamere.example/privacy",
       intents=[("CercaIntent", [("query", SQ)], ["cerca registrazioni di {query}", "trova i video con {query}"])],
       recs=[("output", "ask-dialog", [[
           T("CercaIntent", "Ho trovato 3 video con un furgone bianco, l'ultimo ieri alle 9.", None, True, u="trova i video con un furgone bianco", s={"query": "un furgone bianco"}),
       ]], {"text": True})],
       labels=[], why="Purposeful search carrier ('cerca registrazioni di {query}'); one-shot."))
