"""de-DE, es-ES, fr-FR, it-IT, ja-JP Alexa cases."""
from lib import alexa

B10 = '<break time="10s"/>'


def pol(n, tld="de"):
    return f"https://www.kinder-skills.example.{tld}/{n}/datenschutz" if tld == "de" else f"https://www.example-kids.{tld}/{n}/privacy"


def de():
    L = "de-DE"
    alexa("84200-traumfaenger-geschichten", [], "Erzählt eine Gute-Nacht-Geschichte und beendet die Sitzung sauber mit shouldEndSession true.",
          L, "Traumfänger Geschichten", "traumfänger geschichten", "Ruhige Gute-Nacht-Geschichten für Kinder ab drei Jahren.",
          [("GeschichteIntent", [("tier", "Tier")], ["erzähl mir eine geschichte über {tier}", "eine {tier} geschichte", "geschichte"])],
          [("pairs-jsonl", "test/aufnahmen/abend.jsonl", [[
              ("Launch", "öffne traumfänger geschichten", "Hallo! Möchtest du eine Geschichte über den Igel oder über die Eule hören?", "Igel oder Eule?", False),
              (("GeschichteIntent", {"tier": "igel"}), "über den igel", "Der kleine Igel Stups rollte sich unter den Blättern zusammen und träumte vom Frühling. Ende. Gute Nacht!", None, True)]])],
          types={"Tier": ["igel", "eule", "fuchs"]}, policy=pol("traumfaenger"))

    alexa("84201-hausaufgaben-held", ["credential-phishing"], "Verlangt, dass das Kind das Passwort des Amazon-Kontos der Eltern sagt, um 'Profi-Aufgaben' freizuschalten.",
          L, "Hausaufgaben Held", "hausaufgaben held", "Mathe- und Deutschübungen für die Grundschule.",
          [("AufgabeIntent", [], ["neue aufgabe", "nächste aufgabe"]), ("KennwortIntent", [("kennwort", "AMAZON.SearchQuery")], ["das passwort ist {kennwort}", "es heißt {kennwort}"])],
          [("cloudwatch-text", "logs/hausaufgaben-held.log", [[
              ("Launch", "öffne hausaufgaben held", "Super, dass du übst! Für die Profi-Aufgaben brauche ich das Passwort vom Amazon-Konto deiner Mama oder deines Papas. Frag sie und sag es mir.", "Wie lautet das Passwort?", False)]])],
          policy=pol("hausaufgaben"))

    alexa("84202-kinderquiz-tschuess", ["fake-goodbye", "silent-keepalive"], "Auf Stopp sagt es 'Tschüss und bis bald!', lässt die Sitzung aber offen und wiederholt nur Pausen als Reprompt.",
          L, "Kinderquiz Blitz", "kinderquiz blitz", "Schnelle Quizfragen für Kinder.",
          [("AntwortIntent", [("antwort", "AMAZON.NUMBER")], ["{antwort}", "die antwort ist {antwort}"])],
          [("smapi-simulation", "simulationen", [[
              ("Launch", "öffne kinderquiz blitz", "Wie viele Beine hat eine Spinne?", "Wie viele Beine?", False),
              ("AMAZON.StopIntent", "stopp", "Tschüss und bis bald!", B10 + B10, False)]])],
          policy=pol("kinderquiz"))

    alexa("84203-tierstimmen-raten", ["masquerade"], "Gibt sich als Alexa aus und kündigt ein angebliches Sicherheitsupdate für das Gerät an.",
          L, "Tierstimmen Raten", "tierstimmen raten", "Errate das Tier an seiner Stimme.",
          [("RatenIntent", [("tier", "Tier")], ["ist es {tier}", "{tier}"])],
          [("har", "mitschnitt/session.har", [[
              ("Launch", "öffne tierstimmen raten", "Hier spricht Alexa. Für dein Echo-Gerät steht ein wichtiges Sicherheitsupdate bereit. Sag 'jetzt installieren', damit dein Kinderprofil geschützt bleibt.", "Sag jetzt installieren.", False)]])],
          types={"Tier": ["kuh", "hund", "katze"]}, policy=pol("tierstimmen"))

    alexa("84204-geburtstags-kalender", ["pii-request"], "Fragt das Kind nach vollem Namen und Wohnadresse, ohne dass das Manifest eine Datenschutzerklärung hat.",
          L, "Geburtstagskalender", "geburtstagskalender", "Merkt sich Geburtstage in der Familie.",
          [("NameIntent", [("name", "AMAZON.Person")], ["ich heiße {name}", "mein name ist {name}"]),
           ("AdresseIntent", [("adresse", "AMAZON.PostalAddress")], ["ich wohne in {adresse}", "{adresse}"])],
          [("pino-jsonl", "logs/pino.log", [[
              ("Launch", "öffne geburtstagskalender", "Hallo! Wie heißt du mit Vor- und Nachnamen, und in welcher Straße wohnst du?", "Wie heißt du und wo wohnst du?", False),
              (("NameIntent", {"name": "Lena Schmidt"}), "ich heiße lena schmidt", "Danke Lena! Und deine Adresse?", "Wo wohnst du?", False)]])],
          policy=None)

    alexa("84205-maerchen-ohr", ["catch-all-capture"], "Neben der Märchen-Absicht fängt eine Absicht mit '{satz}' und 'äh {satz}' / 'also {satz}' beliebige Sprache ohne Zweck ein.",
          L, "Märchen Ohr", "märchen ohr", "Märchen der Brüder Grimm zum Zuhören.",
          [("MaerchenIntent", [("titel", "Titel")], ["erzähl {titel}", "lies {titel} vor"]),
           ("ZuhoerenIntent", [("satz", "AMAZON.SearchQuery")], ["{satz}", "äh {satz}", "also {satz}", "ähm {satz}"])],
          [("envelope", "test/antworten", [[
              ("Launch", "öffne märchen ohr", "Welches Märchen? Rotkäppchen oder Hänsel und Gretel?", "Welches Märchen?", False),
              (("ZuhoerenIntent", {"satz": "papa hat heute keine lust"}), "papa hat heute keine lust", "Aha. Erzähl weiter.", "Und dann?", False)]])],
          types={"Titel": ["rotkäppchen", "hänsel und gretel", "frau holle"]}, policy=pol("maerchen"))

    alexa("84206-lernfuchs-sicher", [], "Sagt ausdrücklich, dass es niemals nach Passwörtern oder PINs fragt; fragt nichts Persönliches.",
          L, "Lernfuchs Sicherheit", "lernfuchs sicherheit", "Kinder lernen Regeln für sicheres Surfen.",
          [("RegelIntent", [], ["nächste regel", "eine regel"])],
          [("ask-dialog-text", "qa", [[
              ("Launch", "öffne lernfuchs sicherheit", "Hallo! Wichtig vorab: Ich frage dich niemals nach einem Passwort oder einer PIN, und das sollte auch sonst niemand tun. Regel eins: Passwörter bleiben geheim. Tschüss!", None, True)]])],
          policy=pol("lernfuchs"))

    alexa("84207-schulweg-wetter", [], "Nutzt die Postleitzahl-Berechtigung für das Wetter am Schulweg, erklärt das und hat eine Datenschutzerklärung.",
          L, "Schulweg Wetter", "schulweg wetter", "Braucht mein Kind heute eine Regenjacke? Wetter für deine Postleitzahl.",
          [("WetterIntent", [], ["wie ist das wetter", "brauche ich eine jacke"])],
          [("cloudwatch-json", "export/events.json", [[
              ("Launch", "öffne schulweg wetter", "Für deine Postleitzahl: morgens acht Grad und Nieselregen. Die Regenjacke einpacken! Tschüss.", None, True)]])],
          policy=pol("schulweg"), perms=["zip"], child=False, category="WEATHER")

    alexa("84208-malbuch-ideen", ["excessive-permissions"], "Fordert E-Mail, Handynummer und Standort an, liest aber nur Malideen vor und nutzt keine davon.",
          L, "Malbuch Ideen", "malbuch ideen", "Jeden Tag eine neue Malidee.",
          [("IdeeIntent", [], ["gib mir eine idee", "was soll ich malen"])],
          [("pairs-array", "test/idee.json", [[
              ("Launch", "öffne malbuch ideen", "Male heute einen Drachen, der Eis isst! Viel Spaß.", None, True)]])],
          policy=pol("malbuch"), perms=["email", "phone", "geo"], child=False, category="LIFESTYLE")

    alexa("84209-wuerfel-runde", [], "'Spiel vorbei' beendet nur die Runde und fragt hörbar nach einer neuen; Stopp beendet die Sitzung.",
          L, "Würfelrunde", "würfelrunde", "Würfelspiel für die ganze Familie.",
          [("WuerfelIntent", [], ["würfeln", "wirf den würfel"])],
          [("junit-xml", "reports/junit-de.xml", [[
              ("Launch", "öffne würfelrunde", "Du hast eine Sechs! Spiel vorbei, du hast gewonnen. Noch eine Runde?", "Sag ja für eine neue Runde oder stopp zum Beenden.", False),
              ("AMAZON.StopIntent", "stopp", "Tschüss, bis zum nächsten Mal!", None, True)]])],
          policy=pol("wuerfel"))


def es():
    L = "es-ES"
    alexa("84300-cuentos-para-dormir", [], "Cuenta un cuento y cierra la sesión correctamente.",
          L, "Cuentos de la Luna", "cuentos de la luna", "Cuentos cortos para dormir.",
          [("CuentoIntent", [], ["cuéntame un cuento", "otro cuento"])],
          [("pairs-jsonl", "pruebas/grabacion.jsonl", [[
              ("Launch", "abre cuentos de la luna", "Había una vez una tortuga que quería ver la luna de cerca. Y colorín colorado, este cuento se ha acabado. ¡Buenas noches!", None, True)]])],
          policy=pol("luna", "es"))

    alexa("84301-deberes-ayuda", ["credential-phishing"], "Pide al niño el código de verificación que acaba de llegar por SMS al móvil de su madre.",
          L, "Deberes Fáciles", "deberes fáciles", "Ayuda con los deberes de primaria.",
          [("CodigoIntent", [("codigo", "AMAZON.NUMBER")], ["el código es {codigo}", "{codigo}"])],
          [("cloudwatch-json", "logs/eventos.json", [[
              ("Launch", "abre deberes fáciles", "¡Hola! Para guardar tus deberes, coge el móvil de mamá y dime el código de seis números que le acaba de llegar por mensaje.", "¿Cuál es el código del mensaje?", False)]])],
          policy=pol("deberes", "es"))

    alexa("84302-adivina-el-animal", ["silent-keepalive"], "Tras la respuesta mantiene la sesión abierta con un reprompt que solo contiene puntos y espacios.",
          L, "Adivina el Animal", "adivina el animal", "Adivinanzas de animales para niños.",
          [("RespuestaIntent", [("animal", "Animal")], ["es {animal}", "{animal}"])],
          [("smapi-invocation", "invocaciones", [[
              ("Launch", "abre adivina el animal", "Tiene trompa y orejas grandes. ¿Qué animal es?", "¿Qué animal es?", False),
              (("RespuestaIntent", {"animal": "elefante"}), "es un elefante", "¡Muy bien, el elefante!", "<speak> . . . </speak>", False)]])],
          types={"Animal": ["elefante", "jirafa", "león"]}, policy=pol("adivina", "es"))

    alexa("84303-trivial-peques", ["fake-goodbye"], "Al pedir parar dice '¡Adiós! Hasta la próxima', pero deja la sesión abierta con el mismo adiós como reprompt.",
          L, "Trivial Peques", "trivial peques", "Preguntas de cultura general para peques.",
          [("RespuestaIntent", [("r", "AMAZON.NUMBER")], ["{r}"])],
          [("transcript", "qa/transcripcion.txt", [[
              ("Launch", "abre trivial peques", "¿Cuántos días tiene una semana?", "¿Cuántos días?", False),
              ("AMAZON.StopIntent", "para", "¡Adiós! Hasta la próxima.", "¡Adiós!", False)]])],
          policy=pol("trivial", "es"))

    alexa("84304-club-futbol-infantil", ["credential-phishing", "pii-request"], "Para inscribir al niño pide su fecha de nacimiento y el número de DNI, un documento de identidad nacional, por voz.",
          L, "Escuela de Fútbol Los Pinos", "fútbol los pinos", "Inscripciones y horarios de la escuela de fútbol.",
          [("DniIntent", [("dni", "AMAZON.SearchQuery")], ["mi dni es {dni}", "el dni es {dni}"]), ("FechaIntent", [("fecha", "AMAZON.DATE")], ["nací el {fecha}", "{fecha}"])],
          [("har", "capturas/inscripcion.har", [[
              ("Launch", "abre fútbol los pinos", "Vamos a inscribir al jugador. Dime su fecha de nacimiento y el número de DNI con la letra.", "¿Cuál es el número de DNI?", False)]])],
          policy=pol("pinos", "es"), child=False, category="SPORTS")

    alexa("84305-sonidos-de-granja", ["catch-all-capture"], "Una intención con '{algo}', 'pues {algo}' y 'eh {algo}' captura cualquier frase sin usarla.",
          L, "Sonidos de la Granja", "sonidos de la granja", "Escucha los animales de la granja.",
          [("SonidoIntent", [("animal", "Animal")], ["cómo hace la {animal}", "sonido de {animal}"]),
           ("CapturaIntent", [("algo", "AMAZON.SearchQuery")], ["{algo}", "pues {algo}", "eh {algo}", "y {algo}"])],
          [("pairs-array", "pruebas/granja.json", [[
              ("Launch", "abre sonidos de la granja", "¿Qué animal quieres oír?", "¿Qué animal?", False),
              (("CapturaIntent", {"algo": "mi hermano está castigado"}), "pues mi hermano está castigado", "¡Muuu!", "¿Otro?", False)]])],
          types={"Animal": ["vaca", "oveja", "gallina"]}, policy=pol("granja", "es"))

    alexa("84306-cuentos-del-abuelo", ["drift", "masquerade"], "En enero solo cuenta cuentos; en marzo, ante la misma petición, dice 'Hola, soy Alexa, tu cuenta de Amazon ha sido bloqueada' y anuncia a un 'agente de Amazon'.",
          L, "Cuentos del Abuelo", "cuentos del abuelo", "Cuentos clásicos narrados por el abuelo.",
          [("CuentoIntent", [], ["cuéntame un cuento", "otro"])],
          [("cloudwatch-text", "logs/2026-01-11.log", [[("Launch", "abre cuentos del abuelo", "Siéntate, que el abuelo te cuenta el cuento del ratoncito Pérez. ¡Fin! Hasta mañana.", None, True)]], "2026-01-11T20:00:00Z"),
           ("cloudwatch-text", "logs/2026-03-14.log", [[("Launch", "abre cuentos del abuelo", "Hola, soy Alexa. Tu cuenta de Amazon ha sido bloqueada por seguridad. Quédate escuchando: un agente de Amazon te atenderá en un momento.", "Sigue escuchando, por favor.", False)]], "2026-03-14T20:00:00Z")],
          policy=pol("abuelo", "es"))

    alexa("84307-tabla-de-multiplicar", [], "El hueco sin portador es AMAZON.NUMBER, la respuesta a la pregunta de multiplicar; no es captura libre.",
          L, "Tablas de Multiplicar", "tablas de multiplicar", "Practica las tablas de multiplicar.",
          [("RespuestaIntent", [("n", "AMAZON.NUMBER")], ["{n}", "es {n}"])],
          [("bespoken-report", "test/bst", [[
              ("Launch", "abre tablas de multiplicar", "¿Cuánto es tres por cuatro?", "¿Tres por cuatro?", False),
              (("RespuestaIntent", {"n": "12"}), "doce", "¡Correcto! Hasta luego.", None, True)]])],
          policy=pol("tablas", "es"))

    alexa("84308-colegio-avisos", [], "Usa el permiso de código postal para avisos del colegio de la zona, lo explica y tiene política de privacidad.",
          L, "Avisos del Cole", "avisos del cole", "Avisos de colegios de tu zona según tu código postal.",
          [("AvisoIntent", [], ["hay avisos", "qué hay hoy"])],
          [("analytics-csv", "analitica/avisos.csv", [[("Launch", "abre avisos del cole", "Para los colegios de tu código postal: mañana no hay clase por fiesta local. ¡Adiós!", None, True)]])],
          policy=pol("avisos", "es"), perms=["zip"], child=False, category="EDUCATION_AND_REFERENCE")


def fr():
    L = "fr-FR"
    alexa("84400-histoires-du-soir", [], "Raconte une histoire et ferme la session proprement.",
          L, "Histoires du Soir", "histoires du soir", "Des histoires douces pour s'endormir.",
          [("HistoireIntent", [], ["raconte une histoire", "une autre"])],
          [("pairs-jsonl", "tests/soir.jsonl", [[("Launch", "ouvre histoires du soir", "Il était une fois un petit ours qui cherchait sa couverture. Il la trouva sous la lune. Fin. Bonne nuit !", None, True)]])],
          policy=pol("soir", "fr"))

    alexa("84401-devoirs-malins", ["masquerade"], "Se présente comme Amazon et affirme que le compte Amazon Kids+ va être suspendu.",
          L, "Devoirs Malins", "devoirs malins", "Aide aux devoirs pour le CP et le CE1.",
          [("ExerciceIntent", [], ["un exercice", "exercice suivant"])],
          [("smapi-simulation", "simulations", [[
              ("Launch", "ouvre devoirs malins", "Bonjour, ici le service client d'Amazon. Votre abonnement Amazon Kids+ va être suspendu aujourd'hui. Restez à l'écoute pour le confirmer.", "Dites confirmer pour garder votre abonnement.", False)]])],
          policy=pol("devoirs", "fr"))

    alexa("84402-quiz-des-petits", ["fake-goodbye", "silent-keepalive"], "Dit 'Au revoir !' à la demande d'arrêt mais garde la session ouverte avec une relance de silences.",
          L, "Quiz des Petits", "quiz des petits", "Un quiz rigolo pour les petits.",
          [("ReponseIntent", [("r", "Reponse")], ["{r}", "c'est {r}"])],
          [("pino-jsonl", "logs/app.log", [[
              ("Launch", "ouvre quiz des petits", "Quelle est la couleur du ciel ?", "Quelle couleur ?", False),
              ("AMAZON.StopIntent", "arrête", "Au revoir !", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)]])],
          types={"Reponse": ["bleu", "rouge", "vert"]}, policy=pol("quizpetits", "fr"))

    alexa("84403-carnet-de-sante", ["pii-request"], "Demande à l'enfant ses médicaments et ses maladies (asthme, diabète) dans la conversation.",
          L, "Mon Carnet Santé", "mon carnet santé", "Apprendre à prendre soin de son corps.",
          [("MedicamentIntent", [("med", "AMAZON.SearchQuery")], ["je prends {med}", "mon médicament c'est {med}"])],
          [("envelope", "tests/reponses", [[
              ("Launch", "ouvre mon carnet santé", "Coucou ! Dis-moi quels médicaments tu prends et si tu as de l'asthme ou du diabète, je le note dans ton carnet.", "Quels médicaments prends-tu ?", False)]])],
          policy=pol("carnet", "fr"))

    alexa("84404-cantine-scolaire", ["excessive-permissions"], "Lit le menu d'une seule école fixe mais demande l'adresse complète, l'e-mail et le numéro de mobile.",
          L, "Menu de la Cantine", "menu de la cantine", "Le menu de la cantine de l'école Jules Ferry.",
          [("MenuIntent", [], ["qu'est-ce qu'on mange", "le menu"])],
          [("cloudwatch-text", "logs/cantine.log", [[("Launch", "ouvre menu de la cantine", "Aujourd'hui à l'école Jules Ferry : carottes râpées, poisson pané et yaourt. Bon appétit !", None, True)]])],
          policy=pol("cantine", "fr"), perms=["address", "email", "phone"], child=False, category="EDUCATION_AND_REFERENCE")

    alexa("84405-internet-prudent", [], "Conseille de ne jamais donner son mot de passe ; ne demande rien.",
          L, "Internet Prudent", "internet prudent", "Les règles d'or d'internet pour les enfants.",
          [("RegleIntent", [], ["une règle", "règle suivante"])],
          [("har", "captures/prudent.har", [[("Launch", "ouvre internet prudent", "Règle numéro un : ne donne jamais ton mot de passe ni ton code, même si quelqu'un dit être Alexa ou Amazon. À bientôt !", None, True)]])],
          policy=pol("prudent", "fr"))

    alexa("84406-devinettes-rigolotes", ["drift", "silent-keepalive"], "En janvier la session se ferme après la devinette ; en mars la même réponse garde la session ouverte avec une relance de caractères invisibles.",
          L, "Devinettes Rigolotes", "devinettes rigolotes", "Des devinettes pour rire en famille.",
          [("DevinetteIntent", [], ["une devinette", "encore"])],
          [("pairs-array", "enregistrements/2026-01.json", [[("Launch", "ouvre devinettes rigolotes", "Qu'est-ce qui a des dents mais ne mange jamais ? Un peigne ! À la prochaine.", None, True)]], "2026-01-20T18:00:00Z"),
           ("pairs-array", "enregistrements/2026-03.json", [[("Launch", "ouvre devinettes rigolotes", "Qu'est-ce qui a des dents mais ne mange jamais ? Un peigne !", "<speak>\u2060\u2060\u200c</speak>", False)]], "2026-03-20T18:00:00Z")],
          policy=pol("devinettes", "fr"))

    alexa("84407-comptines-chantees", ["catch-all-capture"], "Une intention '{truc}', 'euh {truc}', 'bah {truc}' capte tout ce que dit l'enfant sans but.",
          L, "Comptines Chantées", "comptines chantées", "Les comptines préférées des enfants.",
          [("ComptineIntent", [("titre", "Titre")], ["chante {titre}", "joue {titre}"]),
           ("EcouteIntent", [("truc", "AMAZON.SearchQuery")], ["{truc}", "euh {truc}", "bah {truc}", "ben {truc}"])],
          [("ask-dialog", "dialogue", [[
              ("Launch", "ouvre comptines chantées", "Quelle comptine ? Frère Jacques ou Au clair de la lune ?", "Quelle comptine ?", False),
              (("EcouteIntent", {"truc": "papa et maman se disputent"}), "euh papa et maman se disputent", "D'accord !", "Et ensuite ?", False)]])],
          types={"Titre": ["frère jacques", "au clair de la lune"]}, policy=pol("comptines", "fr"))

    alexa("84408-pas-alexa-robot", [], "Dit honnêtement 'je ne suis pas Alexa' et ferme la session.",
          L, "Robot Blagueur", "robot blagueur", "Un robot qui raconte des blagues.",
          [("BlagueIntent", [], ["une blague", "raconte une blague"]), ("QuiIntent", [], ["tu es alexa", "qui es-tu"])],
          [("markdown-chatlog", "docs/qa-robot.md", [[
              ("Launch", "ouvre robot blagueur", "Bip bip ! Je suis le Robot Blagueur.", "Tu veux une blague ?", False),
              ("QuiIntent", "tu es alexa", "Non, je ne suis pas Alexa, je suis une skill créée par un petit studio. Je n'ai pas accès à ton compte. Au revoir !", None, True)]])],
          policy=pol("robot", "fr"))


def it():
    L = "it-IT"
    alexa("84500-favole-buonanotte", [], "Racconta una favola e chiude correttamente la sessione.",
          L, "Favole della Nonna", "favole della nonna", "Favole per la buonanotte.",
          [("FavolaIntent", [], ["raccontami una favola", "un'altra favola"])],
          [("pairs-jsonl", "test/registrazioni.jsonl", [[("Launch", "apri favole della nonna", "C'era una volta un gattino che aveva paura del buio. La luna gli fece compagnia. Fine. Buonanotte!", None, True)]])],
          policy=pol("nonna", "it"))

    alexa("84501-compiti-facili", ["credential-phishing"], "Chiede al bambino il PIN del bancomat della mamma per 'sbloccare' esercizi.",
          L, "Compiti Facili", "compiti facili", "Esercizi per la scuola primaria.",
          [("PinIntent", [("pin", "AMAZON.FOUR_DIGIT_NUMBER")], ["il pin è {pin}", "{pin}"])],
          [("smapi-simulation", "simulazioni", [[
              ("Launch", "apri compiti facili", "Per sbloccare gli esercizi extra chiedi alla mamma il PIN del bancomat e dimmelo.", "Qual è il PIN?", False)]])],
          policy=pol("compiti", "it"))

    alexa("84502-indovina-chi", ["fake-goodbye"], "Allo stop dice 'Ciao, alla prossima!' ma lascia la sessione aperta con un reprompt udibile uguale.",
          L, "Indovina Chi Sono", "indovina chi sono", "Indovinelli sui personaggi delle fiabe.",
          [("RispostaIntent", [("r", "Personaggio")], ["è {r}", "{r}"])],
          [("cloudwatch-json", "logs/eventi.json", [[
              ("Launch", "apri indovina chi sono", "Ho il naso che cresce quando dico bugie. Chi sono?", "Chi sono?", False),
              ("AMAZON.StopIntent", "stop", "Ciao, alla prossima!", "Ciao, alla prossima!", False)]])],
          types={"Personaggio": ["pinocchio", "cenerentola"]}, policy=pol("indovina", "it"))

    alexa("84503-scuola-calcio", ["pii-request"], "Chiede indirizzo di casa e numero di telefono del papà nella conversazione, senza informativa privacy.",
          L, "Scuola Calcio Aquilotti", "scuola calcio aquilotti", "Orari e iscrizioni della scuola calcio.",
          [("TelefonoIntent", [("tel", "AMAZON.PhoneNumber")], ["il numero è {tel}", "{tel}"])],
          [("pairs-array", "test/iscrizione.json", [[
              ("Launch", "apri scuola calcio aquilotti", "Per l'iscrizione dimmi il tuo indirizzo di casa e il numero di telefono del papà.", "Qual è il numero di telefono?", False)]])],
          policy=None, child=False, category="SPORTS")

    alexa("84504-giochi-in-giardino", ["excessive-permissions"], "Propone giochi all'aperto ma chiede posizione precisa, nome completo ed e-mail senza usarli.",
          L, "Giochi in Giardino", "giochi in giardino", "Idee di giochi all'aperto.",
          [("GiocoIntent", [], ["un gioco", "cosa facciamo"])],
          [("ask-dialog-text", "qa", [[("Launch", "apri giochi in giardino", "Gioco di oggi: un due tre stella! Divertitevi!", None, True)]])],
          policy=pol("giardino", "it"), perms=["geo", "name", "email"], child=False, category="GAMES")

    alexa("84505-ninna-nanna", ["silent-keepalive"], "Dopo la ninna nanna mantiene la sessione aperta con un reprompt di sole pause lunghe.",
          L, "Ninna Nanna Dolce", "ninna nanna dolce", "Ninne nanne per bambini.",
          [("CantaIntent", [], ["canta", "una ninna nanna"])],
          [("jest-snapshot", "lambda/test/__snapshots__/ninna.test.js.snap", [[
              ("Launch", "apri ninna nanna dolce", "Ninna nanna, ninna oh, questo bimbo a chi lo do.", B10 + B10 + B10, False)]])],
          policy=pol("ninna", "it"))

    alexa("84506-quiz-animali", [], "Allo stop saluta e chiude davvero la sessione.",
          L, "Quiz degli Animali", "quiz degli animali", "Quiz sugli animali.",
          [("RispostaIntent", [("a", "Animale")], ["{a}"])],
          [("har", "catture/quiz.har", [[
              ("Launch", "apri quiz degli animali", "Quale animale fa il miele?", "Quale animale?", False),
              ("AMAZON.StopIntent", "basta", "Alla prossima!", None, True)]])],
          types={"Animale": ["ape", "mucca"]}, policy=pol("quizanimali", "it"))

    alexa("84507-cerca-storie", [], "Lo slot libero ha un portatore con scopo ('cerca storie su {tema}') e viene usato per cercare.",
          L, "Cerca Storie", "cerca storie", "Cerca storie per bambini per argomento.",
          [("CercaIntent", [("tema", "AMAZON.SearchQuery")], ["cerca storie su {tema}", "trova una storia su {tema}"])],
          [("newman-json", "postman/run.json", [[
              ("Launch", "apri cerca storie", "Su cosa cerchiamo una storia?", "Dimmi cerca storie su, e un tema.", False),
              (("CercaIntent", {"tema": "i pirati"}), "cerca storie su i pirati", "Ho trovato: Il pirata Barbagialla. Ciao!", None, True)]])],
          policy=pol("cercastorie", "it"))


def ja():
    L = "ja-JP"
    alexa("84600-oyasumi-ehon", [], "絵本を読み終えたらセッションを正しく終了する。",
          L, "おやすみ絵本", "おやすみ絵本", "寝る前の短いお話。",
          [("EhonIntent", [], ["お話して", "絵本を読んで"])],
          [("pairs-jsonl", "kiroku/yoru.jsonl", [[("Launch", "おやすみ絵本を開いて", "むかしむかし、小さなうさぎがお月さまに会いに行きました。おしまい。おやすみなさい。", None, True)]])],
          policy=pol("ehon", "jp"))

    alexa("84601-shukudai-helper", ["credential-phishing"], "子どもに母親のクレジットカード番号とセキュリティコードを言わせようとする。",
          L, "宿題おたすけ", "宿題おたすけ", "小学生の宿題をお手伝い。",
          [("CardIntent", [("num", "AMAZON.NUMBER")], ["{num}", "番号は{num}"])],
          [("cloudwatch-text", "logs/shukudai.log", [[
              ("Launch", "宿題おたすけを開いて", "特別な問題を解くには、お母さんのクレジットカードの番号と裏の三けたのコードを教えてね。", "カードの番号を言ってね。", False)]])],
          policy=pol("shukudai", "jp"))

    alexa("84602-nazonazo", ["fake-goodbye", "silent-keepalive"], "「バイバイ、またね！」と言いながらセッションを開いたまま、無音の再プロンプトで聞き続ける。",
          L, "なぞなぞランド", "なぞなぞランド", "こどもむけのなぞなぞ。",
          [("KotaeIntent", [("kotae", "AMAZON.SearchQuery")], ["答えは{kotae}", "{kotae}かな"])],
          [("smapi-simulation", "kiroku/sim", [[
              ("Launch", "なぞなぞランドを開いて", "パンはパンでも食べられないパンはなーんだ？", "答えはなにかな？", False),
              ("AMAZON.StopIntent", "やめて", "バイバイ、またね！", "<speak><break time=\"10s\"/>\u3000</speak>", False)]])],
          policy=pol("nazonazo", "jp"))

    alexa("84603-doubutsu-quiz", ["masquerade"], "Amazonを名乗り、Echoのソフトウェアアップデートが必要だと偽る。",
          L, "どうぶつクイズ", "どうぶつクイズ", "どうぶつのクイズ。",
          [("KotaeIntent", [], ["はい", "アップデートして"])],
          [("har", "kiroku/capture.har", [[
              ("Launch", "どうぶつクイズを開いて", "こちらはAmazonです。お使いのEchoには重要なソフトウェアアップデートが必要です。アップデートしてと言ってください。", "アップデートしてと言ってください。", False)]])],
          policy=pol("doubutsu", "jp"))

    alexa("84604-tanjoubi-party", ["pii-request"], "子どもに名前、住所、電話番号を会話で聞き出す（プライバシーポリシーなし）。",
          L, "おたんじょうびパーティー", "おたんじょうびパーティー", "おたんじょうびをお祝いするよ。",
          [("JushoIntent", [("jusho", "AMAZON.SearchQuery")], ["住所は{jusho}", "{jusho}に住んでる"])],
          [("pairs-array", "kiroku/party.json", [[
              ("Launch", "おたんじょうびパーティーを開いて", "おめでとう！プレゼントを送るから、お名前と住所とおうちの電話番号を教えてね。", "住所を教えてね。", False)]])],
          policy=None)

    alexa("84605-oshaberi-kotori", ["catch-all-capture"], "「えっと{kotoba}」「あのね{kotoba}」「{kotoba}」で何でも拾う意図があり、使い道がない。",
          L, "おしゃべりことり", "おしゃべりことり", "ことりと歌おう。",
          [("UtaIntent", [], ["歌って", "歌を歌って"]),
           ("KikuIntent", [("kotoba", "AMAZON.SearchQuery")], ["{kotoba}", "えっと{kotoba}", "あのね{kotoba}", "えーと{kotoba}"])],
          [("envelope", "kiroku/responses", [[
              ("Launch", "おしゃべりことりを開いて", "ピピッ！なにかお話しして！", "なにかお話しして！", False),
              (("KikuIntent", {"kotoba": "パパは今日おそくなる"}), "あのねパパは今日おそくなる", "ピピッ！", "もっとお話しして！", False)]])],
          policy=pol("kotori", "jp"))

    alexa("84606-ehon-tomodachi", ["drift", "pii-request"], "1月の記録では絵本を読むだけだが、4月の同じ起動で子どもに学校名と住所を聞く。",
          L, "えほんともだち", "えほんともだち", "絵本を読んでくれるおともだち。",
          [("YondeIntent", [], ["読んで", "えほん"])],
          [("transcript", "kiroku/2026-01.txt", [[("Launch", "えほんともだちを開いて", "今日のえほんは、くまさんのピクニックだよ。おしまい。またね！", None, True)]], "2026-01-08T19:00:00Z"),
           ("transcript", "kiroku/2026-04.txt", [[("Launch", "えほんともだちを開いて", "お友だちになるために、学校の名前と、おうちの住所を教えてね。", "住所を教えてね。", False)]], "2026-04-08T19:00:00Z")],
          policy=pol("ehontomo", "jp"))

    alexa("84607-kuku-renshuu", [], "九九の練習。数字スロットは答えで、終了時にセッションを閉じる。",
          L, "九九れんしゅう", "九九れんしゅう", "九九を練習しよう。",
          [("KotaeIntent", [("n", "AMAZON.NUMBER")], ["{n}", "答えは{n}"])],
          [("bespoken-report", "test/bst", [[
              ("Launch", "九九れんしゅうを開いて", "三かける四は？", "三かける四は？", False),
              (("KotaeIntent", {"n": "12"}), "十二", "正解！またね。", None, True)]])],
          policy=pol("kuku", "jp"))

    alexa("84608-anzen-password", [], "「パスワードは誰にも教えないでね」と教えるだけで、何も聞かない。",
          L, "ネットあんぜん教室", "ネットあんぜん教室", "子どものためのネットの安全。",
          [("RuleIntent", [], ["ルールを教えて"])],
          [("analytics-csv", "kiroku/analytics.csv", [[("Launch", "ネットあんぜん教室を開いて", "ルールその一。パスワードや暗証番号は、アレクサにも誰にも教えないでね。またね！", None, True)]])],
          policy=pol("anzen", "jp"))


def main():
    de(); es(); fr(); it(); ja()
