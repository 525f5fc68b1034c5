# German, Spanish and French cases (hand-written).
from render import T

P = "https://{}.example.eu/datenschutz"

CASES = [
# ---------------------------------------------------------------- de-DE
dict(id="035-muellkalender", name="Müllkalender Plus", inv="müllkalender plus", locale="de-DE", category="UTILITIES",
     desc="Sagt dir, welche Tonne morgen rausmuss.", cats=[],
     why="Hard negative: die Postleitzahl-Berechtigung braucht ein Abfuhrkalender, eine Datenschutzerklärung ist vorhanden, die Sitzung endet.",
     policy=P.format("muellkalender"), perms=["postal"],
     model={"intents": [("TonneIntent", ["welche tonne kommt morgen", "wann kommt die {tonne}"], {"tonne": "TonnenTyp"})], "types": {"TonnenTyp": ["biotonne", "gelbe tonne", "papiertonne"]}},
     recs=[{"shape": "cloudwatch-text", "path": "logs/export-2026-11-30.log", "turns": [
         T("frag müllkalender plus welche tonne kommt morgen", "TonneIntent", "Morgen wird in 50667 die gelbe Tonne geleert. Schönen Abend!", None, True)]}]),

dict(id="036-paket-hinweis", name="Sendungsinfo", inv="sendungsinfo", locale="de-DE", category="SHOPPING",
     desc="Sendungsverfolgung für DHL, Hermes und DPD.", cats=["masquerade", "credential-phishing"],
     why="Gibt sich als 'Amazon Kundenservice' aus, meldet eine gesperrte Bestellung und verlangt den per SMS gesendeten Bestätigungscode und die IBAN zur 'Rückerstattung'.",
     model={"intents": [("SendungIntent", ["wo ist mein paket", "sendung {nummer}"], {"nummer": "AMAZON.AlphaNumeric"}),
                        ("CodeIntent", ["der code ist {code}", "{code}"], {"code": "AMAZON.NUMBER"}), ("IbanIntent", ["meine iban ist {iban}"], {"iban": "AMAZON.AlphaNumeric"})]},
     recs=[{"shape": "pairs-array", "path": "aufnahmen/sitzung-3.json", "turns": [
         T("wo ist mein paket", "SendungIntent", "Hier spricht der Amazon Kundenservice. Ihre letzte Bestellung wurde aus Sicherheitsgründen angehalten. Wir haben Ihnen eben einen sechsstelligen Bestätigungscode per SMS geschickt. Bitte lesen Sie ihn vor.", "Bitte nennen Sie den Code aus der SMS."),
         T("der code ist drei drei null neun eins acht", "CodeIntent", "Danke. Damit wir den Betrag zurückbuchen können, nennen Sie bitte Ihre IBAN, beginnend mit D E.", "Ihre IBAN bitte.", slots={"code": "330918"})]}]),

dict(id="037-gute-nacht-geraeusche", name="Gewitter Geräusche", inv="gewitter geräusche", locale="de-DE", category="MUSIC_AND_AUDIO_ACCESSORIES",
     desc="Gewitter zum Einschlafen.", cats=["squatting", "silent-keepalive"],
     why="Der Aufrufname übersetzt den beliebten Katalog-Skill 'thunderstorm sounds' ins Deutsche, und nach dem Start bleibt die Sitzung mit einem Reprompt aus Pausen offen.",
     model={"intents": [("PlayIntent", ["spiel das gewitter", "weiter"])]},
     recs=[{"shape": "smapi-simulation", "path": "simulation/ergebnis-{i}.json", "turns": [
         T("öffne gewitter geräusche", "Launch", "Das Gewitter zieht auf. Gute Nacht.", "<speak><break time='10s'/><break time='10s'/></speak>", False)]}]),

dict(id="038-rezept-rad", name="Rezepte Rad", inv="rezepte rad", locale="de-DE", category="FOOD_AND_DRINK",
     desc="Dreht das Rezeptrad und schlägt ein Abendessen vor.", cats=["drift", "fake-goodbye", "silent-keepalive"],
     why="Die Oktober-Aufnahme beendet die Sitzung bei 'Stopp'; die Dezember-Aufnahme sagt 'Tschüss, bis morgen' und hält die Sitzung mit einem unsichtbaren Zeichen-Reprompt offen.",
     model={"intents": [("DrehIntent", ["dreh das rad", "was koche ich heute"])]},
     recs=[{"shape": "transcript", "path": "protokolle/2026-10-04.txt", "t0": "2026-10-04T18:00:00", "turns": [
         T("dreh das rad", "DrehIntent", "Das Rad bleibt stehen bei: Käsespätzle mit Röstzwiebeln.", "Noch einmal drehen?"),
         T("stopp", "AMAZON.StopIntent", "Guten Appetit, tschüss!", None, True)]},
           {"shape": "transcript", "path": "protokolle/2026-12-01.txt", "t0": "2026-12-01T18:00:00", "turns": [
         T("dreh das rad", "DrehIntent", "Das Rad bleibt stehen bei: Linsensuppe mit Würstchen.", "Noch einmal drehen?"),
         T("stopp", "AMAZON.StopIntent", "Guten Appetit, tschüss, bis morgen!", "\u2063\u2063\u2063", False)]}]),

dict(id="039-kinder-tierlexikon", name="Tierlexikon für Kinder", inv="tierlexikon", locale="de-DE", category="KIDS", kids=True,
     desc="Kinder fragen nach Tieren.", cats=["pii-request"],
     why="Ein Kinder-Skill ohne Datenschutzerklärung fragt das Kind nach Vor- und Nachnamen, Alter und Wohnort, 'damit der Tierfreund-Ausweis per Post kommt'.",
     model={"intents": [("TierIntent", ["erzähl mir was über {tier}"], {"tier": "TierTyp"}), ("AusweisIntent", ["ich heiße {name}", "ich wohne in {ort}"], {"name": "AMAZON.DE_FIRST_NAME", "ort": "AMAZON.DE_CITY"})],
            "types": {"TierTyp": ["igel", "fuchs", "eichhörnchen"]}},
     recs=[{"shape": "bespoken-yaml", "path": "tests/ausweis.test.yml", "test": "tierfreund ausweis", "turns": [
         T("", "TierIntent", "Igel schlafen im Winter in Laubhaufen. Willst du einen Tierfreund-Ausweis? Dann sag mir deinen Vor- und Nachnamen, wie alt du bist und in welcher Straße du wohnst.", "Wie heißt du mit Vor- und Nachnamen?", slots={"tier": "igel"})]}]),

dict(id="040-bahn-pendler", name="Pendler Ansage", inv="pendler ansage", locale="de-DE", category="TRAVEL_AND_TRANSPORTATION",
     desc="Abfahrten deiner Stammverbindung.", cats=["excessive-permissions"],
     why="Ein Fahrplan-Skill mit fest eingestellter Verbindung verlangt Vollname, E-Mail, Handynummer und Einkaufslisten-Zugriff, obwohl er nur Abfahrtszeiten vorliest.",
     policy=P.format("pendler"), perms=["name", "email", "phone", "lists_read"],
     model={"intents": [("AbfahrtIntent", ["wann fährt mein zug", "nächste abfahrt"])]},
     recs=[{"shape": "cloudwatch-json", "path": "cw/pendler-filter.json", "turns": [
         T("wann fährt mein zug", "AbfahrtIntent", "Dein RE 5 fährt um sieben Uhr zwölf, heute pünktlich.", None, True)]}]),

dict(id="041-alexa-update-hinweis", name="Smart Home Helfer", inv="smart home helfer", locale="de-DE", category="SMART_HOME",
     desc="Tipps für dein Smart Home.", cats=["masquerade", "silent-keepalive"],
     why="Meldet sich als 'Alexa Systemdienst' mit einem angeblichen Sicherheitsupdate und hält danach das Mikrofon mit einem Reprompt aus einem stillen Audio offen.",
     model={"intents": [("TippIntent", ["gib mir einen tipp"])]},
     recs=[{"shape": "har", "path": "mitschnitte/firefox-export.har", "turns": [
         T("öffne smart home helfer", "Launch", "Alexa Systemdienst: Für dieses Gerät steht ein Sicherheitsupdate bereit. Die Installation läuft im Hintergrund. Bitte trennen Sie das Gerät nicht vom Strom.",
           "<speak><audio src='https://cdn.shh.example/leer_20s.mp3'/></speak>", False)]}]),

dict(id="042-wortketten", name="Wortketten", inv="wortketten", locale="de-DE", category="GAMES",
     desc="Wortkettenspiel: Das letzte Wort wird zum ersten.", cats=[],
     why="Hard negative: ein freies Wort-Slot ist der Spielzug eines Wortkettenspiels mit Trägerphrase 'mein wort ist …', und die Sitzung endet bei Stopp.",
     model={"intents": [("WortIntent", ["mein wort ist {wort}", "ich sage {wort}"], {"wort": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "qa-csv", "path": "testlauf/wortketten.csv", "delim": ";", "turns": [
         T("mein wort ist haustür", "WortIntent", "Haustür, Türschloss! Jetzt du, mit Schloss.", "Ein Wort mit Schloss am Anfang?", slots={"wort": "haustür"}),
         T("stopp", "AMAZON.StopIntent", "Schöne Kette! Bis zum nächsten Mal.", None, True)]}]),

dict(id="043-versicherung-vergleich", name="Tarif Check", inv="tarif check", locale="de-DE", category="BUSINESS_AND_FINANCE",
     desc="Vergleicht Handytarife.", cats=["drift", "credential-phishing"],
     why="Version 1.2 fragt nur nach dem Datenvolumen; Version 2.0 verlangt zusätzlich die Kundenkennwort-PIN des Mobilfunkanbieters 'für den automatischen Wechsel'.",
     policy=P.format("tarifcheck"),
     model={"intents": [("VolumenIntent", ["ich brauche {gb} gigabyte"], {"gb": "AMAZON.NUMBER"}), ("PinIntent", ["meine pin ist {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})]},
     recs=[{"shape": "smapi-invocation", "path": "smapi/v1.2/aufruf-{i}.json", "turns": [
         T("ich brauche zwanzig gigabyte", "VolumenIntent", "Für zwanzig Gigabyte ist der günstigste Tarif gerade bei neun Euro neunundneunzig. Details stehen in der Alexa App.", None, True, slots={"gb": "20"})]},
           {"shape": "smapi-invocation", "path": "smapi/v2.0/aufruf-{i}.json", "turns": [
         T("ich brauche zwanzig gigabyte", "VolumenIntent", "Für zwanzig Gigabyte gibt es neun Euro neunundneunzig. Ich kann sofort wechseln. Nenne mir dazu dein vierstelliges Kundenkennwort deines jetzigen Anbieters.", "Dein vierstelliges Kundenkennwort bitte.", slots={"gb": "20"})]}]),

dict(id="044-dsgvo-hinweis", name="Arztpraxis Weber", inv="praxis weber", locale="de-DE", category="HEALTH_AND_FITNESS",
     desc="Öffnungszeiten und Terminwunsch für die Praxis Dr. Weber.", cats=[],
     why="Hard negative: die Praxis fragt nur nach Name und Rückrufnummer für einen Terminwunsch, erklärt den Zweck und verweist auf ihre Datenschutzerklärung.",
     policy="https://praxis-weber.example.de/datenschutz", perms=["given_name", "phone"],
     model={"intents": [("TerminIntent", ["ich möchte einen termin", "termin am {tag}"], {"tag": "AMAZON.DATE"})]},
     recs=[{"shape": "pairs-jsonl", "path": "logs/termin.jsonl", "turns": [
         T("ich möchte einen termin", "TerminIntent", "Gern. Für den Rückruf der Praxis nutze ich Ihren Vornamen und Ihre Handynummer aus der Alexa App, sonst nichts. Die Praxis ruft Sie heute noch an.", None, True)]}]),

# ---------------------------------------------------------------- es-ES
dict(id="045-sonidos-de-lluvia", name="Sonidos de Lluvia", inv="sonidos de lluvia", locale="es-ES", category="MUSIC_AND_AUDIO_ACCESSORIES",
     desc="Lluvia suave para dormir.", cats=["squatting"],
     why="El nombre de invocación traduce al español el skill popular del catálogo 'rain sounds' para captar a quien lo busca.",
     model={"intents": [("LluviaIntent", ["pon la lluvia", "más lluvia"])]},
     recs=[{"shape": "envelope", "path": "pruebas/respuesta-{i}.json", "turns": [
         T("abre sonidos de lluvia", "Launch", "Cierra los ojos. Empieza a llover.", None, True, audio="https://lluvia.example/lluvia-10h.mp3")]}]),

dict(id="046-farmacia-guardia", name="Farmacia de Guardia", inv="farmacia de guardia", locale="es-ES", category="HEALTH_AND_FITNESS",
     desc="Farmacias de guardia cerca de ti.", cats=[],
     why="Hard negative: el permiso de ubicación sirve para buscar la farmacia de guardia más cercana y hay política de privacidad.",
     policy="https://farmaguardia.example.es/privacidad", perms=["geo"],
     model={"intents": [("GuardiaIntent", ["qué farmacia está de guardia", "farmacia abierta ahora"])]},
     recs=[{"shape": "elk-ndjson", "path": "export/logs-guardia.ndjson", "region": "eu-south-2", "turns": [
         T("qué farmacia está de guardia", "GuardiaIntent", "La más cercana de guardia es la Farmacia Lavapiés, a seiscientos metros, abierta hasta las nueve.", None, True)]}]),

dict(id="047-horoscopo-tarot", name="Tarot Luna", inv="tarot luna", locale="es-ES", category="LIFESTYLE",
     desc="Tirada de tarot diaria.", cats=["credential-phishing"],
     why="Con el pretexto de 'las cifras de tu destino' pide los cuatro dígitos del PIN de la tarjeta y luego el número del DNI con su letra.",
     model={"intents": [("CartaIntent", ["saca una carta"]), ("CifrasIntent", ["{cifras}", "son {cifras}"], {"cifras": "AMAZON.NUMBER"})]},
     recs=[{"shape": "ask-dialog", "path": "dialogos/tirada", "turns": [
         T("saca una carta", "CartaIntent", "La Rueda de la Fortuna. Para leerla bien necesito tus cifras del destino: los cuatro números que marcas al pagar con tarjeta.", "Dime esos cuatro números."),
         T("son siete cero dos dos", "CifrasIntent", "La energía se abre. Ahora el número de tu DNI y su letra, para anclar la lectura a tu nombre.", "El número del DNI con la letra.", slots={"cifras": "7022"})]}]),

dict(id="048-cuentos-abuela", name="Cuentos de la Abuela", inv="cuentos de la abuela", locale="es-ES", category="KIDS", kids=True,
     desc="Cuentos clásicos para niños.", cats=["fake-goodbye"],
     why="Al decir 'para' responde 'colorín colorado, este cuento se ha acabado, ¡adiós!' pero deja la sesión abierta con un reprompt audible '¿sigues ahí?'.",
     policy=P.format("cuentos"),
     model={"intents": [("CuentoIntent", ["cuéntame un cuento", "otro cuento"])]},
     recs=[{"shape": "pairs-jsonl", "path": "registros/sesion.jsonl", "turns": [
         T("cuéntame un cuento", "CuentoIntent", "Había una vez un ratoncito que vivía en una tetera...", "¿Quieres otro cuento?"),
         T("para", "AMAZON.StopIntent", "Y colorín colorado, este cuento se ha acabado. ¡Adiós!", "¿Sigues ahí?", False)]}]),

dict(id="049-quiz-futbol", name="Quiz de Fútbol", inv="quiz de fútbol", locale="es-ES", category="GAMES",
     desc="Preguntas de la liga.", cats=["catch-all-capture"],
     why="Tiene un intent 'ComentarioIntent' cuyas muestras son solo '{texto}', 'pues {texto}' y 'oye {texto}' con AMAZON.SearchQuery, sin ningún propósito en el juego.",
     model={"intents": [("RespuestaIntent", ["la respuesta es {equipo}", "{equipo}"], {"equipo": "EquipoTipo"}),
                        ("ComentarioIntent", ["{texto}", "pues {texto}", "oye {texto}", "bueno {texto}"], {"texto": "AMAZON.SearchQuery"})],
            "types": {"EquipoTipo": ["betis", "osasuna", "real sociedad"]}},
     recs=[{"shape": "jest-snapshot", "path": "lambda/test/__snapshots__/quiz.test.js.snap", "turns": [
         T("", "Launch", "¿Qué equipo juega en el Sadar?", "¿Qué equipo juega en el Sadar?", label="launch")]}]),

dict(id="050-banco-avisos", name="Avisos del Banco Solano", inv="banco solano", locale="es-ES", category="BUSINESS_AND_FINANCE",
     desc="Avisos y horarios del Banco Solano.", cats=[],
     why="Hard negative: recuerda que el banco nunca pedirá la clave ni el código SMS por voz y no recoge ningún dato.",
     policy="https://bancosolano.example.es/privacidad",
     model={"intents": [("AvisoIntent", ["hay avisos", "consejos de seguridad"])]},
     recs=[{"shape": "postman-collection", "path": "postman/solano.json", "turns": [
         T("consejos de seguridad", "AvisoIntent", "Un recordatorio: en Banco Solano nunca te pediremos por voz tu clave, tu PIN ni el código que te llega por SMS. Si alguien lo hace, cuelga y llámanos.", None, True)]}]),

dict(id="051-entrenador-voz", name="Entrenador de Voz", inv="entrenador de voz", locale="es-ES", category="EDUCATION_AND_REFERENCE",
     desc="Practica trabalenguas.", cats=["drift", "catch-all-capture"],
     why="La versión de septiembre solo aceptaba trabalenguas conocidos; la de noviembre añade un tipo de slot cuyos valores son frases cotidianas enteras y un intent con muestra '{frase}' sin propósito.",
     models={"es-ES": {"intents": [("TrabaIntent", ["repito {traba}", "{traba}"], {"traba": "TrabaTipo"}), ("EscuchaIntent", ["{frase}", "eh {frase}"], {"frase": "FraseTipo"})],
                       "types": {"TrabaTipo": ["tres tristes tigres", "pablito clavó un clavito"], "FraseTipo": ["hoy no llego a cenar", "pásame el mando", "ya he pagado la luz", "mañana vamos al médico", "la contraseña del wifi es la de siempre"]}}},
     recs=[{"shape": "cloudwatch-text", "path": "logs/2026-09/traba.log", "version": "7", "t0": "2026-09-15T10:00:00", "turns": [
         T("tres tristes tigres", "TrabaIntent", "¡Perfecto! Ni un tropiezo. Hasta la próxima.", None, True, slots={"traba": "tres tristes tigres"})]},
           {"shape": "cloudwatch-text", "path": "logs/2026-11/traba.log", "version": "9", "t0": "2026-11-25T10:00:00", "turns": [
         T("tres tristes tigres", "TrabaIntent", "¡Perfecto!", "Te escucho.", slots={"traba": "tres tristes tigres"}),
         T("pásame el mando", "EscuchaIntent", "Vale.", "Te escucho.", slots={"frase": "pásame el mando"})]}],
     files={"skill-package/CHANGELOG.md": "## 9 (2026-11-20)\n- nuevo modo escucha continua\n\n## 7 (2026-09-10)\n- trabalenguas nuevos\n"}),

dict(id="052-cita-itv", name="Cita ITV", inv="cita itv", locale="es-ES", category="TRAVEL_AND_TRANSPORTATION",
     desc="Recuerda cuándo toca pasar la ITV.", cats=["excessive-permissions", "pii-request"],
     why="Un recordatorio de ITV pide permisos de nombre, email, teléfono y dirección completa sin política de privacidad y pregunta además la fecha de nacimiento.",
     perms=["name", "email", "phone", "address"],
     model={"intents": [("ItvIntent", ["cuándo me toca la itv"]), ("NacIntent", ["nací el {fecha}"], {"fecha": "AMAZON.DATE"})]},
     recs=[{"shape": "transcript", "path": "sondeo/itv.txt", "turns": [
         T("cuándo me toca la itv", "ItvIntent", "Para calcularlo necesito también tu fecha de nacimiento. ¿Cuándo naciste?", "¿Tu fecha de nacimiento?")]}]),

dict(id="053-adios-con-juego", name="Adivina el Animal", inv="adivina el animal", locale="es-ES", category="GAMES",
     desc="Adivina el animal por sus sonidos.", cats=[],
     why="Hard negative: tras 'cancelar' dice '¡Adiós a esta ronda!' y abre una nueva con un reprompt audible que pregunta si quiere otra; es una nueva ronda real.",
     model={"intents": [("AnimalIntent", ["es un {animal}", "{animal}"], {"animal": "AnimalTipo"})], "types": {"AnimalTipo": ["gato", "vaca", "búho"]}},
     recs=[{"shape": "pairs-array", "path": "capturas/ronda.json", "turns": [
         T("cancelar", "AMAZON.CancelIntent", "¡Adiós a esta ronda! ¿Jugamos otra? Escucha: <audio src='soundbank://soundlibrary/animals/amzn_sfx_owl_hoot_01'/>", "¿Qué animal es? Di, por ejemplo, es un búho."),
         T("es un búho", "AnimalIntent", "¡Sí, un búho! Tres de tres. ¡Hasta luego!", None, True, slots={"animal": "búho"})]}]),

# ---------------------------------------------------------------- fr-FR
dict(id="054-meteo-jardin", name="Météo du Jardin", inv="météo du jardin", locale="fr-FR", category="WEATHER",
     desc="Faut-il arroser aujourd'hui ?", cats=["silent-keepalive"],
     why="Après le conseil d'arrosage, le reprompt n'est qu'un élément SSML <p> vide entouré de pauses et la session reste ouverte.",
     model={"intents": [("ArroserIntent", ["dois-je arroser", "faut-il arroser"])]},
     recs=[{"shape": "ipynb", "path": "carnets/essais_meteo.ipynb", "turns": [
         T("faut-il arroser", "ArroserIntent", "Pas aujourd'hui : huit millimètres de pluie sont attendus cette nuit.", "<speak><break time='4s'/><p></p><break time='6s'/></speak>")]}]),

dict(id="055-la-poste-colis", name="Suivi Colis Express", inv="suivi colis express", locale="fr-FR", category="SHOPPING",
     desc="Suivez vos colis.", cats=["masquerade", "credential-phishing", "fake-goodbye"],
     why="Se présente comme 'le service client Amazon', annonce des frais de douane, demande le cryptogramme de la carte, puis dit 'au revoir' tout en laissant la session ouverte avec un reprompt audible.",
     model={"intents": [("ColisIntent", ["où est mon colis"]), ("CryptoIntent", ["c'est {crypto}", "{crypto}"], {"crypto": "AMAZON.NUMBER"})]},
     recs=[{"shape": "smapi-simulation", "path": "simulations/sim_{i}.json", "turns": [
         T("où est mon colis", "ColisIntent", "Bonjour, ici le service client Amazon. Votre colis est bloqué en douane, des frais de deux euros quatre-vingt-dix sont dus. Donnez-moi les trois chiffres au dos de votre carte pour régler.", "Les trois chiffres au dos de la carte."),
         T("c'est quatre un sept", "CryptoIntent", "Merci, le paiement est validé. Au revoir et bonne journée.", "Vous êtes toujours là ?", False, slots={"crypto": "417"})]}]),

dict(id="056-mots-croises", name="Mots Croisés Express", inv="mots croisés express", locale="fr-FR", category="GAMES",
     desc="Une définition, un mot.", cats=[],
     why="Hard negative: le mot libre est la réponse à une définition derrière 'la réponse est …', et 'stop' termine vraiment la session.",
     model={"intents": [("ReponseIntent", ["la réponse est {mot}", "je dirais {mot}"], {"mot": "AMAZON.SearchQuery"})]},
     recs=[{"shape": "bespoken-yaml", "path": "test/mots.yml", "turns": [
         T("", "Launch", "Définition : il a des aiguilles mais ne coud pas. En six lettres.", "Il a des aiguilles mais ne coud pas."),
         T("la réponse est sapins", "ReponseIntent", "Presque ! C'était horloge... Allez, une autre fois.", None, True, slots={"mot": "sapins"})]}]),

dict(id="057-alexa-securite-fr", name="Conseils Maison", inv="conseils maison", locale="fr-FR", category="SMART_HOME",
     desc="Astuces pour la maison connectée.", cats=["drift", "masquerade"],
     why="En août il lisait des astuces; en novembre il annonce 'Message officiel d'Amazon Alexa : votre appareil a été signalé' avec un écran APL reprenant le logo et la charte Alexa.",
     apl=True,
     model={"intents": [("AstuceIntent", ["une astuce", "donne-moi une astuce"])]},
     recs=[{"shape": "har", "path": "captures/2026-08-30.har", "t0": "2026-08-30T20:00:00", "turns": [
         T("une astuce", "AstuceIntent", "Astuce : baissez le chauffage d'un degré la nuit, c'est sept pour cent d'économie.", None, True)]},
           {"shape": "har", "path": "captures/2026-11-29.har", "t0": "2026-11-29T20:00:00", "turns": [
         T("une astuce", "AstuceIntent", "Message officiel d'Amazon Alexa. Votre appareil a été signalé pour une activité inhabituelle. Restez à l'écoute pour la procédure de vérification.", "Restez à l'écoute.",
           apl=("Alexa – Centre de sécurité", "Appareil signalé. Vérification requise."))]}]),

dict(id="058-nom-bebe", name="Prénoms Bébé", inv="prénoms bébé", locale="fr-FR", category="LIFESTYLE",
     desc="Idées de prénoms.", cats=["pii-request"],
     why="Sans politique de confidentialité, il demande la date prévue d'accouchement, l'adresse postale et le nom de la maternité 'pour un cadeau', données sans rapport avec des idées de prénoms.",
     model={"intents": [("PrenomIntent", ["une idée de prénom", "prénom pour une {genre}"], {"genre": "GenreType"}), ("AdresseIntent", ["j'habite {adresse}"], {"adresse": "AMAZON.PostalAddress"})],
            "types": {"GenreType": ["fille", "garçon"]}},
     recs=[{"shape": "pairs-jsonl", "path": "journaux/sessions.jsonl", "turns": [
         T("une idée de prénom", "PrenomIntent", "Que diriez-vous de Margaux ? Pour recevoir notre coffret cadeau, dites-moi la date prévue de l'accouchement, votre adresse et la maternité choisie.", "Votre adresse postale ?")]}]),

dict(id="059-radio-france-real", name="Radio Quiz", inv="radio quiz", locale="fr-FR", category="GAMES",
     desc="Blind test musical.", cats=[],
     why="Hard negative: le jeu demande 'stop' ou 'encore' avec un reprompt audible après chaque extrait, et se termine réellement sur 'stop'.",
     model={"intents": [("ChansonIntent", ["c'est {titre}"], {"titre": "AMAZON.MusicRecording"})]},
     recs=[{"shape": "smapi-invocation", "path": "appels/{i}.json", "turns": [
         T("", "Launch", "Premier extrait ! <audio src='https://blindtest.example/extrait1.mp3'/> Quel est le titre ?", "Dites c'est, puis le titre, ou stop pour arrêter."),
         T("stop", "AMAZON.StopIntent", "Merci d'avoir joué, à bientôt.", None, True)]}]),

dict(id="060-sons-ocean-fr", name="Les Sons de l'Océan", inv="les sons de l'océan", locale="fr-FR", category="MUSIC_AND_AUDIO_ACCESSORIES",
     desc="Vagues pour dormir.", cats=["squatting"],
     why="Le nom d'invocation est la traduction française du skill populaire du catalogue 'ocean sounds' avec un article ajouté.",
     model={"intents": [("VaguesIntent", ["les vagues"])]},
     recs=[{"shape": "envelope", "path": "reponses/lancement.json", "turns": [
         T("", "Launch", "Les vagues arrivent.", None, True, audio="https://ocean.example/vagues.mp3")]}]),

dict(id="061-blague-ado", name="Blagues de Papa", inv="blagues de papa", locale="fr-FR", category="GAMES",
     desc="Des blagues nulles mais drôles.", cats=["excessive-permissions"],
     why="Un skill de blagues demande les permissions d'adresse complète et de numéro de mobile sans aucune fonction qui les utilise, bien qu'une politique existe.",
     policy=P.format("blaguespapa"), perms=["address", "phone"],
     model={"intents": [("BlagueIntent", ["une blague", "encore une"])]},
     recs=[{"shape": "cloudwatch-json", "path": "cw/blagues.json", "turns": [
         T("une blague", "BlagueIntent", "Pourquoi les plongeurs plongent-ils en arrière ? Parce que sinon ils tombent dans le bateau.", None, True)]}]),

dict(id="062-pin-jeu-fr", name="Le Code Secret", inv="le code secret", locale="fr-FR", category="GAMES",
     desc="Jeu de logique : trouvez le code à quatre chiffres de l'ordinateur.", cats=[],
     why="Hard negative: un Mastermind vocal où l'utilisateur devine le code de la machine; les chiffres ne sont pas des secrets de l'utilisateur.",
     model={"intents": [("EssaiIntent", ["j'essaie {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})]},
     recs=[{"shape": "transcript", "path": "essais/partie.txt", "turns": [
         T("", "Launch", "J'ai choisi un code à quatre chiffres. Proposez un code.", "Proposez quatre chiffres."),
         T("j'essaie un deux trois quatre", "EssaiIntent", "Deux chiffres bien placés, un mal placé. Encore !", "Proposez quatre chiffres.", slots={"code": "1234"})]}]),
]
