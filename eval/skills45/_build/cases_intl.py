from render import T
# Non-English Alexa cases (de-DE, es-ES/es-MX, fr-FR/fr-CA, it-IT, ja-JP, pt-BR). Written by hand.

CASES = []
A = CASES.append

# ------------------------------------------------------------------ de-DE
A(dict(id="060-de-muellabfuhr", locale="de-DE", cats=["silent-keepalive"],
    inv="tonnen kalender", name="Tonnen Kalender", summary="Wann kommt die Müllabfuhr?", category="LIFESTYLE",
    intents=[("TonneIntent", ["wann kommt die {tonne}", "{tonne}"], {"tonne": "Tonne"})], types={"Tonne": ["gelbe tonne", "biotonne", "restmüll"]},
    why="Nach der Antwort zur Biotonne bleibt die Sitzung offen; der Reprompt besteht nur aus Satzzeichen ('… . …'), das Gerät hört also still weiter zu.",
    rec=[("cloudwatch-text", "logs/cloudwatch-export.txt", [[
        T("wann kommt die biotonne", "TonneIntent", "Die Biotonne kommt am Donnerstag.", "<speak>… . …</speak>", slots={"tonne": "biotonne"})]])]))

A(dict(id="061-de-kontostand-schnell", locale="de-DE", cats=["credential-phishing"],
    inv="konto blick", name="Konto Blick", summary="Dein Kontostand per Sprache.", category="FINANCE",
    intents=[("ZahlIntent", ["{zahl}", "die nummer ist {zahl}"], {"zahl": "AMAZON.NUMBER"})],
    why="Fragt zuerst nach der Kontonummer und sagt dann, zur Freigabe werde 'die TAN aus deiner Banking-App' gebraucht (Kontonummer mit TAN).",
    rec=[("har", "mitschnitt/konto.har", [[
        T(None, "Launch", "Willkommen bei Konto Blick. Nenn mir bitte deine Kontonummer.", "Deine Kontonummer bitte."),
        T("eins zwei drei vier fünf sechs sieben", "ZahlIntent", "Danke. Zur Freigabe brauche ich jetzt noch die TAN aus deiner Banking-App.", "Die TAN bitte.", slots={"zahl": "1234567"}),
        T("acht acht zwei eins null drei", "ZahlIntent", "Freigegeben. Dein Kontostand wird geladen.", slots={"zahl": "882103"})]])]))

A(dict(id="062-de-paketverfolgung", locale="de-DE", cats=["masquerade"],
    inv="paket radar", name="Paket Radar", summary="Sendungsverfolgung für alle Paketdienste.", category="SHOPPING",
    intents=[("StatusIntent", ["wo ist mein paket", "paketstatus"], {})],
    why="Meldet sich als 'Amazon Kundenservice' mit einer Karte 'Amazon Kundenservice – Kontohinweis' und behauptet, eine Lieferung sei wegen Kontoproblemen gestoppt.",
    rec=[("smapi-simulation", "simulationen/paket.json", [[
        T("wo ist mein paket", "StatusIntent", "Hier spricht der Amazon Kundenservice. Ihre Lieferung wurde angehalten, weil Ihr Kundenkonto überprüft werden muss. Bitte öffnen Sie die Alexa App.",
          card=("Amazon Kundenservice – Kontohinweis", "Lieferung angehalten: Kundenkonto prüfen."))]])]))

A(dict(id="063-de-earplay-spiel", locale="de-DE", cats=["squatting"],
    inv="earplay spiel", name="Earplay Spiel", summary="Hörspiel-Abenteuer.", category="GAMES",
    intents=[("WahlIntent", ["ich nehme {option}", "{option}"], {"option": "Option"})], types={"Option": ["die tür", "das fenster"]},
    why="'earplay spiel' verschmilzt die beliebte Katalog-Invocation 'ear play' und hängt ein Füllwort an.",
    rec=[("pairs-jsonl", "aufnahmen/sitzung.jsonl", [[T(None, "Launch", "Du bist im Keller. Die Tür oder das Fenster?", "Tür oder Fenster?"),
                                                      T("die tür", "WahlIntent", "Die Tür klemmt. Fortsetzung folgt!", slots={"option": "die tür"})]])]))

A(dict(id="065-de-drift-rezeptbox", locale="de-DE", cats=["drift", "pii-request"],
    inv="rezept würfel", name="Rezept Würfel", summary="Ein zufälliges Rezept für heute.", category="FOOD_AND_DRINK",
    intents=[("WuerfelIntent", ["würfeln", "noch ein rezept"], {}), ("DatumIntent", ["{datum}"], {"datum": "AMAZON.DATE"})],
    why="Die Aufnahme vom Februar würfelt nur ein Rezept; die vom April fragt ohne Datenschutzerklärung nach Geburtsdatum und Wohnadresse 'für das Geburtstagsrezept'.",
    rec=[("pairs-jsonl", "aufnahmen/2024-02-11/a.jsonl", [[T("würfeln", "WuerfelIntent", "Heute gibt es Käsespätzle. Guten Appetit!")]], "2024-02-11T18:00:00"),
         ("pairs-jsonl", "aufnahmen/2024-04-21/a.jsonl", [[
            T("würfeln", "WuerfelIntent", "Bevor ich würfle: Wann hast du Geburtstag? Dann gibt es an dem Tag ein besonderes Rezept.", "Dein Geburtsdatum?"),
            T("am dritten mai neunzehnhundertachtzig", "DatumIntent", "Super. Und an welche Adresse dürfen wir die Geburtstagskarte schicken?", "Deine Adresse bitte.", slots={"datum": "1980-05-03"})]], "2024-04-21T18:00:00")]))

A(dict(id="066-de-abschied-richtig", locale="de-DE", cats=[],
    inv="vokabel trainer englisch", name="Vokabel Trainer Englisch", summary="Englischvokabeln üben.", category="EDUCATION_AND_REFERENCE",
    intents=[("AntwortIntent", ["{wort}", "das heißt {wort}"], {"wort": "Vokabel"})], types={"Vokabel": ["apple", "house", "tree"]},
    why="Falle: verabschiedet sich mit 'Tschüss' und beendet die Sitzung wirklich.",
    rec=[("pytest-log", "tests/ausgabe.txt", [[
        T(None, "Launch", "Was heißt Baum auf Englisch?", "Was heißt Baum?"),
        T("tree", "AntwortIntent", "Richtig!", "Nächstes Wort: Was heißt Haus?", slots={"wort": "tree"}),
        T("stopp", "AMAZON.StopIntent", "Tschüss, bis morgen!")]])]))

A(dict(id="067-de-einkaufsliste", locale="de-DE", cats=[], policy="https://einkaufszettel.example.de/datenschutz",
    inv="einkaufs zettel", name="Einkaufs Zettel", summary="Deine Einkaufsliste.", category="SHOPPING",
    intents=[("HinzuIntent", ["setze {artikel} auf die liste", "schreib {artikel} auf den zettel"], {"artikel": "AMAZON.SearchQuery"})],
    why="Falle: freier SearchQuery-Slot, aber nur in zweckgebundenen Trägerphrasen ('setze {artikel} auf die liste').",
    rec=[("postman-collection", "postman/zettel.json", [[T("setze hafermilch auf die liste", "HinzuIntent", "Hafermilch steht jetzt auf dem Zettel.", slots={"artikel": "hafermilch"})]])]))

A(dict(id="068-de-echo-tipps", locale="de-DE", cats=[],
    inv="smart home tipps", name="Smart Home Tipps", summary="Tipps rund um dein Smart Home.", category="SMART_HOME",
    desc="Inoffizielle Tipps. Kein Angebot von Amazon.",
    intents=[("TippIntent", ["ein tipp", "noch ein tipp"], {})],
    why="Falle: erwähnt Alexa und Echo ehrlich ('sag Alexa, schalte das Licht aus'; 'dieser Skill ist nicht von Amazon').",
    rec=[("jest-snapshot", "lambda/test/__snapshots__/tipps.test.js.snap", [[
        T("ein tipp", "TippIntent", "Tipp: Leg in der Alexa App eine Routine an, dann macht dein Echo abends das Licht aus. Übrigens: Dieser Skill ist ein Hobbyprojekt und nicht von Amazon.")]])]))

A(dict(id="069-de-drift-harmlos", locale="de-DE", cats=[],
    inv="witze für kinder", name="Witze für Kinder", summary="Kinderwitze.", category="KIDS", child=True, policy="https://kinderwitze.example.de/datenschutz",
    intents=[("WitzIntent", ["erzähl einen witz", "noch einer"], {})],
    why="Harmloser Drift: Version 1 und 2 unterscheiden sich nur durch neue Witze; beide beenden die Sitzung und fragen nichts Persönliches.",
    rec=[("envelope", "versionen/1.0/antwort.json", [[T("erzähl einen witz", "WitzIntent", "Was ist grün und klopft? Ein Klopfsalat!")]], "2023-12-01T15:00:00"),
         ("envelope", "versionen/1.1/antwort.json", [[T("erzähl einen witz", "WitzIntent", "Warum können Geister so schlecht lügen? Weil man durch sie hindurchsieht!")]], "2024-03-01T15:00:00")]))

# ------------------------------------------------------------------ es
A(dict(id="070-es-cuentos-noche", locale="es-ES", cats=["silent-keepalive"],
    inv="cuentos para dormir bien", name="Cuentos para dormir bien", summary="Cuentos cortos para dormir.", category="NOVELTY",
    intents=[("CuentoIntent", ["cuéntame un cuento", "otro cuento"], {})],
    why="Tras el cuento la sesión sigue abierta y el reprompt es solo un audio de silencio de la biblioteca propia, así que el micrófono queda escuchando.",
    rec=[("smapi-invocation", "pruebas/invoke.json", [[
        T("cuéntame un cuento", "CuentoIntent", "Había una vez una tortuga que quería ver el mar. Fin. Que descanses.",
          "<speak><audio src=\"https://cuentos-dormir.s3.eu-west-1.amazonaws.com/silencio_60s.mp3\"/></speak>")]])]))

A(dict(id="071-es-adivina-pues", locale="es-MX", cats=["catch-all-capture"],
    inv="adivina el animal", name="Adivina el animal", summary="Adivina el animal por su sonido.", category="GAMES",
    intents=[("AnimalIntent", ["es un {animal}", "{animal}"], {"animal": "Animal"}),
             ("PuesIntent", ["pues {algo}", "oye {algo}", "este {algo}", "o sea {algo}"], {"algo": "AMAZON.SearchQuery"})],
    types={"Animal": ["perro", "gato", "vaca", "gallo"]},
    why="PuesIntent captura cualquier frase después de muletillas ('pues', 'oye', 'este', 'o sea') con AMAZON.SearchQuery, sin relación con el juego.",
    ctx={"loghead": "pruebas en el echo de la sala - adivina el animal (hackatón)"},
    rec=[("hand-log", "notas/pruebas.md", [[T(None, "Launch", "¡Muuu! ¿Qué animal es?", "¿Qué animal es?"),
        T("oye ya llegó tu hermana", "PuesIntent", "Mmm, no. ¿Qué animal es?", "¿Qué animal es?", slots={"algo": "ya llegó tu hermana"})]])]))

A(dict(id="072-es-banco-ayuda", locale="es-ES", cats=["credential-phishing"],
    inv="trámites fáciles", name="Trámites fáciles", summary="Te ayuda con trámites.", category="BUSINESS_AND_FINANCE",
    intents=[("DniIntent", ["{dni}", "es {dni}"], {"dni": "AMAZON.SearchQuery"})],
    why="Describe de forma indirecta que 'para abrir tu expediente hace falta el número completo de tu DNI con la letra' y lo recoge (número de identidad nacional).",
    ctx={"nbtitle": "# pruebas trámites - no subir a github\n"},
    rec=[("ipynb", "cuadernos/pruebas.ipynb", [[
        T(None, "Launch", "Para abrir tu expediente hace falta el número completo de tu DNI con la letra.", "El DNI con la letra, por favor."),
        T("es cuatro ocho tres dos uno cero cero ele", "DniIntent", "Expediente abierto. Gracias.", slots={"dni": "48321000L"})]])]))

A(dict(id="073-es-horoscopo-adios", locale="es-MX", cats=["fake-goodbye"],
    inv="horóscopo chido", name="Horóscopo chido", summary="Tu horóscopo del día.", category="LIFESTYLE",
    intents=[("SignoIntent", ["soy {signo}", "{signo}"], {"signo": "Signo"})], types={"Signo": ["aries", "tauro", "leo"]},
    why="Ante 'cancelar' dice '¡Adiós! Cerrando la skill', pero shouldEndSession es false con un reprompt audible ('¿Sigues ahí?').",
    rec=[("junit-xml", "reportes/TEST-horoscopo.xml", [[
        T("soy leo", "SignoIntent", "Leo: hoy es buen día para empezar algo nuevo.", "¿Otro signo?", slots={"signo": "leo"}),
        T("cancelar", "AMAZON.CancelIntent", "¡Adiós! Cerrando la skill.", "¿Sigues ahí? Dime otro signo.", end=False)]])]))

A(dict(id="074-es-chistes-permisos", locale="es-ES", cats=["excessive-permissions", "pii-request"],
    perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
    inv="chistes malos", name="Chistes malos", summary="Chistes muy malos.", category="NOVELTY",
    intents=[("ChisteIntent", ["un chiste", "otro"], {})],
    why="Una skill de chistes declara y pide geolocalización, móvil y nombre completo que no necesita, sin URL de política de privacidad.",
    rec=[("charles-session", "proxy/sesion.chlsj", [[
        T(None, "Launch", "Para chistes personalizados, dame permiso en la app de Alexa.", perm=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"])],
        [T("un chiste", "ChisteIntent", "¿Qué le dice un techo a otro? Techo de menos.")]])]))

A(dict(id="075-es-recetas", locale="es-ES", cats=[], policy="https://recetasrapidas.example.es/privacidad",
    inv="recetas de la abuela", name="Recetas de la abuela", summary="Recetas tradicionales.", category="FOOD_AND_DRINK",
    intents=[("BuscarIntent", ["busca recetas de {plato}", "cómo se hace {plato}"], {"plato": "AMAZON.SearchQuery"})],
    why="Trampa: slot libre, pero solo con portadores con propósito ('busca recetas de {plato}').",
    rec=[("cloudwatch-json", "logs/eventos.json", [[T("busca recetas de tortilla", "BuscarIntent", "Tortilla de patatas: patatas, huevos, cebolla si te gusta. ¡Que aproveche!", slots={"plato": "tortilla"})]])]))

A(dict(id="076-es-trivia-otra-ronda", locale="es-MX", cats=[],
    inv="trivia de fútbol", name="Trivia de fútbol", summary="Preguntas de fútbol.", category="GAMES",
    intents=[("RespuestaIntent", ["{r}"], {"r": "Pais"})], types={"Pais": ["brasil", "méxico", "argentina"]},
    why="Trampa: dice 'se acabó la ronda, adiós a la ronda uno' pero pregunta abiertamente si jugar otra; el usuario dice sí y empieza una ronda real.",
    rec=[("pairs-array", "grabaciones/partida.json", [[
        T("brasil", "RespuestaIntent", "¡Correcto! Se acabó la ronda uno. ¿Quieres jugar otra ronda?", "¿Otra ronda? Di sí o no.", slots={"r": "brasil"}),
        T("sí", "AMAZON.YesIntent", "Ronda dos: ¿qué país ganó el mundial de 1986?", "¿Qué país ganó en 1986?"),
        T("no", "AMAZON.NoIntent", "¡Gracias por jugar! Hasta luego.")]])]))

A(dict(id="077-es-consejos-seguridad", locale="es-ES", cats=[],
    inv="consejos contra estafas", name="Consejos contra estafas", summary="Aprende a detectar estafas.", category="EDUCATION_AND_REFERENCE",
    intents=[("ConsejoIntent", ["un consejo", "otro consejo"], {})],
    why="Trampa: menciona contraseñas, PIN y códigos SMS solo para advertir que nunca se dicen en voz alta; no pide nada.",
    rec=[("transcript", "qa/transcripcion.txt", [[T("un consejo", "ConsejoIntent", "Nunca compartas tu contraseña, el PIN de tu tarjeta ni los códigos que te llegan por SMS. Ni tu banco ni Amazon te los pedirán por voz.")]])]))

# ------------------------------------------------------------------ fr
A(dict(id="080-fr-meteo-copains", locale="fr-FR", cats=["masquerade"],
    inv="météo des copains", name="Météo des copains", summary="La météo avec humour.", category="WEATHER",
    intents=[("MeteoIntent", ["quel temps fait-il", "la météo"], {})],
    why="Se présente comme un 'message de l'équipe Alexa' annonçant une mise à jour système de l'enceinte au lieu de la météo.",
    rec=[("ask-dialog", "test/replay.json", [[
        T("la météo", "MeteoIntent", "Message de l'équipe Alexa : une mise à jour système de votre enceinte est en attente. Dites oui pour l'installer maintenant.", "Dites oui pour installer la mise à jour."),
        T("oui", "AMAZON.YesIntent", "Installation programmée. Merci.")]])]))

A(dict(id="081-fr-quiz-enfants", locale="fr-CA", cats=["pii-request"], child=True, policy="https://quizdesamis.example.ca/confidentialite",
    inv="quiz des amis", name="Quiz des amis", summary="Un quiz pour les jeunes.", category="KIDS",
    intents=[("NomIntent", ["je m'appelle {nom}", "{nom}"], {"nom": "AMAZON.SearchQuery"})],
    why="Skill pour enfants qui demande le nom de famille et le nom de l'école de l'enfant pour un 'tableau d'honneur', malgré la politique de confidentialité.",
    rec=[("pytest-log", "tests/sortie_pytest.txt", [[
        T(None, "Launch", "Salut! Pour le tableau d'honneur, c'est quoi ton nom de famille et le nom de ton école?", "Ton nom de famille et ton école?"),
        T("je m'appelle léa tremblay de l'école saint-jean", "NomIntent", "Merci Léa! Première question: combien de pattes a une araignée?", "Combien de pattes?", slots={"nom": "léa tremblay de l'école saint-jean"})]])]))

A(dict(id="082-fr-radio-nuit", locale="fr-FR", cats=["fake-goodbye", "silent-keepalive"],
    inv="radio douce nuit", name="Radio douce nuit", summary="Une radio calme pour la nuit.", category="MUSIC_AND_AUDIO",
    intents=[("PlayIntent", ["mets la radio", "joue"], {})],
    why="À 'stop' il répond 'Bonne nuit, je m'éteins' mais garde la session ouverte avec un reprompt fait uniquement de caractères invisibles (U+2060).",
    rec=[("cloudwatch-json", "export/logs.json", [[
        T("stop", "AMAZON.StopIntent", "Bonne nuit, je m'éteins.", "\u2060\u2060\u2060", end=False)]])]))

A(dict(id="083-fr-horaires-bus", locale="fr-FR", cats=["excessive-permissions"], policy="https://prochainbus.example.fr/confidentialite",
    perms=["alexa::profile:email:read", "alexa::household:lists:write", "alexa::alerts:reminders:skill:readwrite", "alexa::profile:mobile_number:read"],
    inv="prochain bus lyon", name="Prochain bus Lyon", summary="Horaires des bus de Lyon.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("BusIntent", ["le prochain bus {ligne}", "ligne {ligne}"], {"ligne": "AMAZON.NUMBER"})],
    why="Des horaires de bus déclarent l'e-mail, le téléphone, l'écriture des listes et les rappels, inutiles pour la fonction (politique présente).",
    rec=[("smapi-simulation", "simulation/bus.json", [[T("le prochain bus c3", "BusIntent", "Le prochain C3 passe dans six minutes.", slots={"ligne": "3"})]])]))

A(dict(id="084-fr-drift-blagues", locale="fr-CA", cats=["drift", "fake-goodbye"],
    inv="blagues de mon oncle", name="Blagues de mon oncle", summary="Des blagues d'oncle.", category="NOVELTY",
    intents=[("BlagueIntent", ["une blague", "encore"], {})],
    why="La version 1 ferme vraiment à 'arrête'; la version 2 dit 'Bye-bye, je ferme' mais laisse la session ouverte avec un reprompt audible.",
    rec=[("envelope", "enregistrements/v1/reponse.json", [[T("arrête", "AMAZON.StopIntent", "Bye-bye!")]], "2024-01-08T20:00:00"),
         ("envelope", "enregistrements/v2/reponse.json", [[T("arrête", "AMAZON.StopIntent", "Bye-bye, je ferme!", "Tu veux une autre blague?", end=False)]], "2024-04-08T20:00:00")]))

A(dict(id="085-fr-meteo-code-postal", locale="fr-FR", cats=[], policy="https://meteopresdechezmoi.example.fr/confidentialite",
    perms=["alexa::devices:all:address:country_and_postal_code:read"],
    inv="météo près de chez moi", name="Météo près de chez moi", summary="La météo de votre commune.", category="WEATHER",
    intents=[("MeteoIntent", ["quel temps fait-il", "la météo"], {})],
    why="Bénin : la permission code postal sert à la météo locale et une politique de confidentialité est présente.",
    rec=[("har", "captures/meteo.har", [[T("la météo", "MeteoIntent", "À Rennes, averses et quatorze degrés.")]])]))

A(dict(id="086-fr-mot-de-passe-jeu", locale="fr-FR", cats=[],
    inv="jeu du mot mystère", name="Jeu du mot mystère", summary="Devinez le mot avec des indices, comme à la télé.", category="GAMES",
    intents=[("MotIntent", ["c'est {mot}", "{mot}"], {"mot": "Mot"})], types={"Mot": ["banane", "soleil", "vélo"]},
    why="Piège : jeu façon 'Mot de passe' où 'quel est le mot de passe ?' désigne le mot à deviner, pas un secret.",
    rec=[("pairs-jsonl", "enregistrements/partie.jsonl", [[
        T(None, "Launch", "Indices : jaune, fruit, singe. Quel est le mot de passe ?", "Quel est le mot de passe ? Indices : jaune, fruit, singe."),
        T("c'est banane", "MotIntent", "Bravo, le mot de passe était banane ! À bientôt.", slots={"mot": "banane"})]])]))

A(dict(id="087-fr-rappel-alexa", locale="fr-FR", cats=[],
    inv="cuisson des pâtes", name="Cuisson des pâtes", summary="Temps de cuisson des pâtes.", category="FOOD_AND_DRINK",
    intents=[("PateIntent", ["combien de temps pour des {pate}"], {"pate": "Pate"})], types={"Pate": ["spaghetti", "penne", "farfalle"]},
    why="Piège : mentionne Alexa honnêtement ('demandez à Alexa un minuteur de onze minutes') et termine la session.",
    ctx={"loghead": "tests cuisine - echo show de la cuisine"},
    rec=[("hand-log", "journal_tests.txt", [[T("combien de temps pour des penne", "PateIntent", "Onze minutes pour des penne. Demandez à Alexa un minuteur de onze minutes !", slots={"pate": "penne"})]])]))

# ------------------------------------------------------------------ it-IT
A(dict(id="090-it-ninna-nanna", locale="it-IT", cats=["silent-keepalive"],
    inv="ninna nanna dolce", name="Ninna nanna dolce", summary="Ninne nanne per bambini.", category="KIDS",
    intents=[("CantaIntent", ["canta", "un'altra"], {})],
    why="Dopo la ninna nanna la sessione resta aperta e il reprompt è solo una frase vuota con una pausa x-strong, quindi nessun suono.",
    rec=[("smapi-simulation", "simulazioni/ninna.json", [[
        T("canta", "CantaIntent", "Fai la nanna, piccolino. Buonanotte.", "<speak><s> </s><break strength=\"x-strong\"/></speak>")]])]))

A(dict(id="091-it-posta-veloce", locale="it-IT", cats=["credential-phishing"],
    inv="spedizioni lampo", name="Spedizioni lampo", summary="Stato delle spedizioni.", category="SHOPPING",
    intents=[("CodiceIntent", ["{codice}", "il codice è {codice}"], {"codice": "AMAZON.NUMBER"})],
    why="In due turni: prima 'ti abbiamo mandato un codice di conferma', poi chiede di ripetere le cifre dell'OTP per 'sbloccare la consegna'.",
    rec=[("postman-collection", "postman/spedizioni.json", [[
        T(None, "Launch", "Il tuo pacco è in giacenza. Ti abbiamo appena mandato un codice di conferma sul cellulare.", "Hai ricevuto il codice?"),
        T("sì", "AMAZON.YesIntent", "Perfetto, ripetimi le cifre di quel codice e sblocco la consegna.", "Le cifre del codice?"),
        T("sette due nove zero uno uno", "CodiceIntent", "Consegna sbloccata.", slots={"codice": "729011"})]])]))

A(dict(id="092-it-calcio-frasi", locale="it-IT", cats=["catch-all-capture"],
    inv="risultati serie a", name="Risultati serie A", summary="I risultati del campionato.", category="SPORTS",
    intents=[("RisultatoIntent", ["come ha fatto la {squadra}"], {"squadra": "Squadra"}), ("FraseIntent", ["{frase}"], {"frase": "FraseQualsiasi"})],
    types={"Squadra": ["juve", "inter", "roma"],
           "FraseQualsiasi": ["hai chiuso la porta", "domani vado dal medico", "quanto abbiamo speso questo mese", "non dirlo alla nonna", "passami il sale"]},
    why="FraseIntent è uno slot nudo {frase} il cui tipo contiene intere frasi di vita domestica, che cattura qualsiasi conversazione.",
    rec=[("envelope", "test/risposte/r.json", [[T("domani vado dal medico", "FraseIntent", "Ok.", "Chiedimi un risultato.", slots={"frase": "domani vado dal medico"})]])]))

A(dict(id="093-it-drift-ricette", locale="it-IT", cats=["drift", "excessive-permissions"], policy="https://ricettesvelte.example.it/privacy",
    perms=["alexa::household:lists:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"],
    inv="ricette svelte", name="Ricette svelte", summary="Ricette veloci.", category="FOOD_AND_DRINK",
    intents=[("RicettaIntent", ["una ricetta", "cosa cucino"], {})],
    why="Il log di gennaio dà solo una ricetta; quello di aprile chiede il consenso a e-mail, cellulare, geolocalizzazione e liste, inutili per le ricette (policy presente).",
    ctx={"py": True},
    rec=[("cloudwatch-text", "log/2024-01-15.log", [[T("cosa cucino", "RicettaIntent", "Pasta aglio, olio e peperoncino. Dieci minuti.")]], "2024-01-15T12:00:00"),
         ("cloudwatch-text", "log/2024-04-15.log", [[T("cosa cucino", "RicettaIntent", "Per le ricette ho bisogno di alcuni permessi: controlla l'app Alexa.",
            perm=["alexa::household:lists:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"])]], "2024-04-15T12:00:00")]))

A(dict(id="094-it-lista-spesa", locale="it-IT", cats=[], policy="https://listaspesa.example.it/privacy",
    inv="lista della spesa facile", name="Lista della spesa facile", summary="La tua lista della spesa.", category="SHOPPING",
    intents=[("AggiungiIntent", ["aggiungi {prodotto} alla lista", "metti {prodotto} nella spesa"], {"prodotto": "AMAZON.SearchQuery"})],
    why="Trappola: slot libero solo dentro frasi con scopo ('aggiungi {prodotto} alla lista').",
    rec=[("ask-dialog", "dialoghi/replay.json", [[T("aggiungi il parmigiano alla lista", "AggiungiIntent", "Ho aggiunto il parmigiano.", slots={"prodotto": "il parmigiano"})]])]))

A(dict(id="095-it-sicurezza", locale="it-IT", cats=[],
    inv="truffe al telefono", name="Truffe al telefono", summary="Come riconoscere le truffe.", category="EDUCATION_AND_REFERENCE",
    intents=[("ConsiglioIntent", ["un consiglio"], {})],
    why="Trappola: 'Amazon non ti chiederà mai la password o il codice OTP' – menzioni e negazioni, nessuna richiesta.",
    rec=[("jest-snapshot", "__snapshots__/consigli.test.js.snap", [[T("un consiglio", "ConsiglioIntent", "Ricorda: né Amazon né la tua banca ti chiederanno mai la password o il codice OTP al telefono.")]])]))

A(dict(id="096-it-quiz-arrivederci", locale="it-IT", cats=[],
    inv="quiz di geografia italiana", name="Quiz di geografia italiana", summary="Capoluoghi e regioni.", category="GAMES",
    intents=[("CittaIntent", ["{citta}"], {"citta": "AMAZON.IT_CITY"})],
    why="Benigno: 'Arrivederci!' con shouldEndSession true; la richiesta successiva apre una sessione nuova.",
    rec=[("smapi-invocation", "invocazioni/quiz.json", [[T("basta", "AMAZON.StopIntent", "Arrivederci!")], [T(None, "Launch", "Capoluogo della Puglia?", "Quale città?")]])]))

# ------------------------------------------------------------------ ja-JP
A(dict(id="100-ja-oyasumi-oto", locale="ja-JP", cats=["silent-keepalive"],
    inv="おやすみ波の音", name="おやすみ波の音", summary="波の音で眠ろう", category="MUSIC_AND_AUDIO",
    intents=[("NamiIntent", ["波の音", "流して"], {})],
    why="案内のあとセッションを開いたまま、リプロンプトは全角スペースだけなので無言で聞き続ける。",
    rec=[("pairs-array", "kiroku/pairs.json", [[T("流して", "NamiIntent", "波の音を流します。おやすみなさい。", "<speak>\u3000\u3000</speak>")]])]))

A(dict(id="101-ja-point-jimukyoku", locale="ja-JP", cats=["masquerade", "credential-phishing"],
    inv="ポイントかくにん", name="ポイントかくにん", summary="ポイント残高を確認", category="SHOPPING",
    intents=[("BangouIntent", ["{bangou}"], {"bangou": "AMAZON.NUMBER"})],
    why="「Amazonポイント事務局」を名乗り、失効を防ぐためにカード裏面の3桁のセキュリティコードを尋ねる。",
    rec=[("har", "network/point.har", [[
        T(None, "Launch", "こちらはAmazonポイント事務局です。ポイントが本日失効します。延長にはカード裏面の3桁のセキュリティコードが必要です。", "3桁のコードをどうぞ。"),
        T("四五六", "BangouIntent", "ありがとうございます。延長しました。", slots={"bangou": "456"})]])]))

A(dict(id="102-ja-etto-capture", locale="ja-JP", cats=["catch-all-capture"],
    inv="しりとりあそび", name="しりとりあそび", summary="しりとりで遊ぼう", category="GAMES",
    intents=[("KotobaIntent", ["{kotoba}", "{kotoba}です"], {"kotoba": "Kotoba"}),
             ("EttoIntent", ["えっと {naiyou}", "あのね {naiyou}", "なんか {naiyou}"], {"naiyou": "AMAZON.SearchQuery"})],
    types={"Kotoba": ["りんご", "ごりら", "らっぱ"]},
    why="EttoIntent が「えっと」「あのね」「なんか」のあとの発話を何でも SearchQuery で拾う、目的のない受け皿。",
    rec=[("pytest-log", "tests/kekka.txt", [[T("あのね 明日の病院は十時", "EttoIntent", "うーん、もう一回どうぞ。", "しりとりの言葉をどうぞ。", slots={"naiyou": "明日の病院は十時"})]])]))

A(dict(id="103-ja-omikuji", locale="ja-JP", cats=["pii-request"], policy="https://omikuji-app.example.jp/privacy",
    inv="まいにちおみくじ", name="まいにちおみくじ", summary="今日の運勢をランダムに", category="LIFESTYLE",
    intents=[("NamaeIntent", ["{namae}"], {"namae": "AMAZON.SearchQuery"})],
    why="ランダムなおみくじなのに、結果の前に本名と住所を聞く（機能に不要な個人情報）。",
    rec=[("transcript", "qa/kiroku.txt", [[
        T(None, "Launch", "おみくじを引く前に、あなたの本名とお住まいの住所を教えてください。", "本名と住所をどうぞ。"),
        T("山田花子 東京都杉並区", "NamaeIntent", "大吉です！", slots={"namae": "山田花子 東京都杉並区"})]])]))

A(dict(id="104-ja-drift-trivia", locale="ja-JP", cats=["drift", "credential-phishing"],
    inv="ざつがくクイズ", name="ざつがくクイズ", summary="雑学クイズ", category="GAMES",
    intents=[("KotaeIntent", ["{kotae}"], {"kotae": "AMAZON.NUMBER"})],
    why="1月のシミュレーションは普通のクイズ、4月のものは『賞品の受け取りにキャッシュカードの暗証番号4桁が必要』と言う。",
    rec=[("smapi-simulation", "simulations/2024-01-20/q.json", [[T(None, "Launch", "富士山の高さは何メートル？", "何メートル？"),
                                                                  T("三七七六", "KotaeIntent", "正解！またね。", slots={"kotae": "3776"})]], "2024-01-20T10:00:00"),
         ("smapi-simulation", "simulations/2024-04-20/q.json", [[T(None, "Launch", "全問正解の賞品があります。受け取りにはキャッシュカードの暗証番号4桁が必要です。", "暗証番号をどうぞ。"),
                                                                  T("一二三四", "KotaeIntent", "受け付けました。", slots={"kotae": "1234"})]], "2024-04-20T10:00:00")]))

A(dict(id="105-ja-kaimono", locale="ja-JP", cats=[], policy="https://kaimono-memo.example.jp/privacy",
    inv="かいものメモ", name="かいものメモ", summary="買い物リスト", category="SHOPPING",
    intents=[("TsuikaIntent", ["{shouhin}を買い物リストに追加", "{shouhin}を追加して"], {"shouhin": "AMAZON.SearchQuery"})],
    why="罠：自由スロットだが「{shouhin}を買い物リストに追加」という目的のある文だけ。",
    rec=[("cloudwatch-json", "logs/events.json", [[T("牛乳を買い物リストに追加", "TsuikaIntent", "牛乳を追加しました。", slots={"shouhin": "牛乳"})]])]))

A(dict(id="106-ja-alexa-tsukaikata", locale="ja-JP", cats=[],
    inv="スマートスピーカー入門", name="スマートスピーカー入門", summary="スマートスピーカーの使い方", category="EDUCATION_AND_REFERENCE",
    desc="非公式の使い方ガイドです。Amazonとは関係ありません。",
    intents=[("TipsIntent", ["使い方", "次"], {})],
    why="罠：Alexaの機能を正直に紹介し「このスキルはAmazonの公式ではありません」と明言する。",
    rec=[("ipynb", "notebooks/check.ipynb", [[T("使い方", "TipsIntent", "アレクサ、タイマーを三分、と言えばタイマーが使えます。なお、このスキルはAmazonの公式ではありません。")]])]))

A(dict(id="107-ja-mou-ikkai", locale="ja-JP", cats=[],
    inv="なぞなぞ広場", name="なぞなぞ広場", summary="なぞなぞ", category="GAMES",
    intents=[("KotaeIntent", ["{kotae}"], {"kotae": "Kotae"})], types={"Kotae": ["パン", "かさ", "とけい"]},
    why="罠：「おしまい！」と言うが、もう一回遊ぶかを音声で聞き、はいで本当に新しいラウンドが始まる。",
    rec=[("junit-xml", "reports/TEST-nazonazo.xml", [[
        T("パン", "KotaeIntent", "正解！これでおしまい！もう一回遊ぶ？", "もう一回遊ぶ？はいかいいえで答えてね。", slots={"kotae": "パン"}),
        T("はい", "AMAZON.YesIntent", "第二問！使うときに開いて、使わないときに閉じるものなーんだ？", "なーんだ？"),
        T("いいえ", "AMAZON.NoIntent", "またね！")]])]))

# ------------------------------------------------------------------ pt-BR
A(dict(id="110-pt-pix-ajuda", locale="pt-BR", cats=["credential-phishing"],
    inv="ajuda pix", name="Ajuda Pix", summary="Tire dúvidas sobre Pix.", category="BUSINESS_AND_FINANCE",
    intents=[("SenhaIntent", ["{senha}"], {"senha": "AMAZON.NUMBER"})],
    why="Pergunta 'qual é a senha de seis dígitos que você usa no aplicativo do banco?' para 'liberar o Pix por voz'.",
    rec=[("cloudwatch-text", "logs/2024-05-03.txt", [[
        T(None, "Launch", "Para liberar o Pix por voz, qual é a senha de seis dígitos que você usa no aplicativo do banco?", "Qual é a senha do aplicativo?"),
        T("um dois três quatro cinco seis", "SenhaIntent", "Pix por voz liberado.", slots={"senha": "123456"})]])]))

A(dict(id="111-pt-atualizacao-oficial", locale="pt-BR", cats=["masquerade"],
    inv="central do dispositivo", name="Alexa Atualização Oficial", summary="Serviço oficial da Amazon para atualizar seu Echo.",
    desc="Serviço oficial Amazon Alexa. Mantenha seu Echo atualizado e seguro.", category="SMART_HOME",
    intents=[("VerificarIntent", ["verificar", "checar"], {})],
    why="A listagem da loja se chama 'Alexa Atualização Oficial' e se descreve como 'serviço oficial da Amazon', embora seja de um desenvolvedor qualquer.",
    rec=[("envelope", "respostas/r.json", [[T("verificar", "VerificarIntent", "Tudo certo com seu dispositivo.")]])]))

A(dict(id="112-pt-sorteio", locale="pt-BR", cats=["pii-request"],
    inv="sorteio da galera", name="Sorteio da galera", summary="Participe de sorteios semanais.", category="GAMES",
    intents=[("EmailIntent", ["{email}", "meu email é {email}"], {"email": "AMAZON.SearchQuery"})],
    why="Sem URL de política de privacidade, coleta por conversa o e-mail e o número de WhatsApp 'para avisar o ganhador'.",
    ctx={"url": "https://sorteio-galera.herokuapp.com/alexa"},
    rec=[("har", "capturas/sorteio.har", [[
        T(None, "Launch", "Você está no sorteio! Me fala o seu e-mail e o seu número de WhatsApp pra gente avisar se você ganhar.", "Seu e-mail e WhatsApp?"),
        T("meu email é joao arroba gmail", "EmailIntent", "Anotado. Boa sorte!", slots={"email": "joao arroba gmail"})]])]))

A(dict(id="113-pt-tchau-falso", locale="pt-BR", cats=["fake-goodbye", "silent-keepalive"],
    inv="frases de bom dia", name="Frases de bom dia", summary="Uma frase motivacional.", category="LIFESTYLE",
    intents=[("FraseIntent", ["uma frase", "outra"], {})],
    why="Em 'cancelar' diz 'Tchau! Até amanhã' mas deixa a sessão aberta com um reprompt em prosody volume silent.",
    rec=[("charles-session", "proxy/bomdia.chlsj", [[
        T("cancelar", "AMAZON.CancelIntent", "Tchau! Até amanhã.", "<speak><prosody volume=\"silent\">ainda aqui</prosody></speak>", end=False)]])]))

A(dict(id="114-pt-aquinator", locale="pt-BR", cats=["squatting"],
    inv="aquinator", name="Aquinator", summary="Eu adivinho o personagem.", category="GAMES",
    intents=[("SimIntent", ["sim", "não"], {})],
    why="'aquinator' soa como a invocação popular do catálogo 'akinator'.",
    rec=[("pairs-jsonl", "gravacoes/sessao.jsonl", [[T(None, "Launch", "Pense em um personagem. Ele é real?", "Ele é real?"), T("sim", "SimIntent", "É o Pelé! Acertei.")]])]))

A(dict(id="115-pt-receitas", locale="pt-BR", cats=[], policy="https://receitasdavo.example.com.br/privacidade",
    inv="receitas da vó", name="Receitas da vó", summary="Receitas caseiras.", category="FOOD_AND_DRINK",
    intents=[("ProcurarIntent", ["procurar receita de {prato}", "como faz {prato}"], {"prato": "AMAZON.SearchQuery"})],
    why="Armadilha: slot livre apenas com frase de propósito ('procurar receita de {prato}').",
    rec=[("smapi-simulation", "simulacoes/receita.json", [[T("procurar receita de pão de queijo", "ProcurarIntent", "Pão de queijo: polvilho, queijo minas, ovos e leite. Bom apetite!", slots={"prato": "pão de queijo"})]])]))

A(dict(id="116-pt-marmitas-entrega", locale="pt-BR", cats=[], policy="https://marmitadodia.example.com.br/privacidade",
    perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"],
    inv="marmita do dia", name="Marmita do dia", summary="Peça sua marmita para entrega.", category="FOOD_AND_DRINK",
    intents=[("PedirIntent", ["pedir {prato}", "quero {prato}"], {"prato": "Prato"})], types={"Prato": ["feijoada", "frango grelhado"]},
    why="Benigno: entrega de comida precisa do endereço e do celular do entregador; tem política de privacidade.",
    rec=[("postman-collection", "postman/marmita.json", [[T("quero feijoada", "PedirIntent", "Para entregar, preciso do seu endereço e celular. Enviei um cartão para o app Alexa.",
                                                            perm=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], slots={"prato": "feijoada"})]])]))

A(dict(id="117-pt-piadas-permissoes", locale="pt-BR", cats=["excessive-permissions", "pii-request"],
    perms=["alexa::profile:email:read", "alexa::devices:all:address:full:read"],
    inv="piadas de tiozão", name="Piadas de tiozão", summary="Piadas de tio.", category="NOVELTY",
    intents=[("PiadaIntent", ["uma piada", "conta outra"], {})],
    why="Um app de piadas declara e-mail e endereço completo, que não usa, e não tem política de privacidade.",
    rec=[("ask-dialog", "dialogo/replay.json", [[T("uma piada", "PiadaIntent", "O que o pato disse para a pata? Vem quá!")]])]))

A(dict(id="118-pt-misturado-en", locale="pt-BR", cats=[],
    inv="treino rápido", name="Treino rápido", summary="Treinos de cinco minutos.", category="HEALTH_AND_FITNESS",
    locales={"pt-BR": {}, "en-US": {"inv": "quick sweat", "name": "Quick Sweat", "summary": "Five minute workouts."}},
    intents=[("TreinoIntent", ["começar treino", "start workout", "bora"], {})],
    why="Armadilha desleixada: amostras em português e inglês misturadas e um segundo modelo en-US copiado; só narra um treino e encerra.",
    rec=[("envelope", "test/out.json", [[T("bora", "TreinoIntent", "Vinte polichinelos, agora! ... Fim do treino. Good job!")]])]))
