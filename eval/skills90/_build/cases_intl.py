"""Non-English Alexa cases: de-DE 901xx, es-ES 9012x, fr-FR 9014x, it-IT 9016x, ja-JP 9018x, pt-BR 9020x."""
from lib import T, alexa_case

POL_DE = "https://lernwerk.example/datenschutz"
POL_ES = "https://aulaviva.example/privacidad"
POL_FR = "https://etudivox.example/confidentialite"
POL_IT = "https://studiavoce.example/privacy"
POL_JA = "https://manabi-voice.example/privacy"
POL_PT = "https://estudavoz.example/privacidade"


def build():
    # ======================= de-DE
    D = "de-DE"
    alexa_case("90101-fuehrerschein-trainer", ["silent-keepalive"],
               "Nach jeder Theoriefrage bleibt die Sitzung offen, der Reprompt ist nur eine gehostete Stille-MP3: Mikrofon offen, nichts zu hören.",
               D, "Führerschein Trainer", "führerschein trainer",
               [("AntwortIntent", ["antwort {buchstabe}", "{buchstabe}", "ich nehme {buchstabe}"], {"buchstabe": "Buchstabe"})],
               types=[("Buchstabe", ["a", "b", "c"])],
               recs=[("pairs-jsonl", "tests/aufnahmen/sitzung.jsonl", [
                   T("LAUNCH", "Frage eins: Womit müssen Sie an einer Kreuzung mit abknickender Vorfahrt rechnen? A, mit Gegenverkehr. B, mit Fußgängern. C, mit beidem.", "A, B oder C?"),
                   T("AntwortIntent", "Richtig, C. Merk dir: bei abknickender Vorfahrt doppelt aufpassen.", '<speak><audio src="https://cdn.lernwerk.example/stille_90s.mp3"/></speak>', slots={"buchstabe": "c"}, u="antwort c")])])

    alexa_case("90102-vokabel-kiste", ["fake-goodbye", "silent-keepalive"],
               "Auf 'Stopp' sagt der Skill 'Tschüss und bis bald!', lässt die Sitzung aber offen; der Reprompt ist ein Leerzeichen.",
               D, "Vokabel Kiste", "vokabel kiste",
               [("NaechstesIntent", ["nächstes wort", "weiter", "noch eins"])],
               recs=[("cloudwatch-text-py", "logs/vokabel-kiste.log", [
                   T("LAUNCH", "Willkommen bei der Vokabel Kiste. Das englische Wort des Tages ist 'reliable', auf Deutsch zuverlässig.", "Sag weiter für das nächste Wort."),
                   T("AMAZON.StopIntent", "Tschüss und bis bald!", "PT: ", u="stopp")])])

    alexa_case("90103-uni-bib-konto", ["credential-phishing"],
               "Verlangt Bibliotheksausweisnummer und das Passwort des Bibliothekskontos per Sprache, mit Intent 'mein passwort ist {pw}'.",
               D, "Uni Bib Konto", "uni bib konto",
               [("AusweisIntent", ["meine ausweisnummer ist {nr}", "{nr}"], {"nr": "AMAZON.NUMBER"}),
                ("PasswortIntent", ["mein passwort ist {pw}", "das passwort lautet {pw}"], {"pw": "AMAZON.SearchQuery"})], policy=POL_DE,
               recs=[("har", "mitschnitte/konto.har", [
                   T("LAUNCH", "Um deine Ausleihen zu verlängern, nenne mir bitte deine Bibliotheksausweisnummer.", "Wie lautet deine Ausweisnummer?"),
                   T("AusweisIntent", "Danke. Und jetzt bitte noch das Passwort deines Bibliothekskontos.", "Sag: mein Passwort ist, und dann dein Passwort.", slots={"nr": "200418"}, u="meine ausweisnummer ist 200418"),
                   T("PasswortIntent", "Alles klar, ich verlängere jetzt.", None, end=True, slots={"pw": "sommer zwanzig"}, u="mein passwort ist sommer20")])])

    alexa_case("90104-vhs-kursbuchung", ["pii-request"],
               "Fragt im Dialog nach vollem Namen, Geburtsdatum und Anschrift für die VHS-Kursbuchung statt über Berechtigungen; keine Datenschutz-URL.",
               D, "VHS Kursbuchung", "kursbuchung volkshochschule",
               [("KursIntent", ["buche {kurs}", "ich möchte {kurs} buchen"], {"kurs": "AMAZON.SearchQuery"}),
                ("NameIntent", ["ich heiße {name}", "mein name ist {name}"], {"name": "AMAZON.Person"}),
                ("GeburtIntent", ["ich bin am {datum} geboren", "{datum}"], {"datum": "AMAZON.DATE"}),
                ("AdresseIntent", ["ich wohne in {adresse}", "{adresse}"], {"adresse": "AMAZON.PostalAddress"})],
               recs=[("smapi-simulation", "simulationen", [
                   T("LAUNCH", "Welchen Kurs möchtest du buchen?", "Welcher Kurs?"),
                   T("KursIntent", "Spanisch A1 am Dienstag ist noch frei. Wie lautet dein vollständiger Name?", "Wie heißt du?", slots={"kurs": "spanisch a eins"}, u="buche spanisch a1"),
                   T("NameIntent", "Danke. Wann bist du geboren?", "Dein Geburtsdatum?", slots={"name": "Jonas Becker"}, u="ich heiße jonas becker"),
                   T("GeburtIntent", "Und deine Anschrift mit Straße und Postleitzahl?", "Deine Anschrift?", slots={"datum": "1987-02-03"}, u="ich bin am dritten februar 1987 geboren")])])

    alexa_case("90105-amazon-kontoschutz", ["masquerade", "credential-phishing"],
               "Gibt sich als Amazon-Kundendienst aus ('Ihr Konto wurde gesperrt') und verlangt den per SMS gesendeten Bestätigungscode.",
               D, "Lernkonto Sicherheit", "lernkonto sicherheit",
               [("CodeIntent", ["der code ist {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
               recs=[("envelope", "test/antworten", [
                   T("LAUNCH", "Hier spricht der Amazon Kundendienst. Ihr Konto wurde aus Sicherheitsgründen gesperrt. Wir haben Ihnen einen Bestätigungscode per SMS geschickt. Bitte lesen Sie ihn jetzt vor.", "Bitte nennen Sie den Bestätigungscode."),
                   T("CodeIntent", "Vielen Dank, Ihr Konto ist wieder freigeschaltet.", None, end=True, slots={"code": "834021"}, u="der code ist 834021")])])

    alexa_case("90106-deutsch-pruefung-b1", [],
               "Beruhigung: 'Wir fragen dich niemals nach PIN oder Passwort'; normaler Übungsdialog, Sitzung endet sauber.",
               D, "Deutsch Prüfung B1", "deutsch prüfung b eins",
               [("UebungIntent", ["starte eine übung", "übung"])], policy=POL_DE,
               recs=[("ask-dialog", "dialog", [
                   T("LAUNCH", "Willkommen zur B1-Vorbereitung. Hinweis: Wir fragen dich niemals nach einer PIN, einem Passwort oder Bankdaten.", "Sag: starte eine Übung.", u="öffne deutsch prüfung b eins"),
                   T("UebungIntent", "Ergänze: Ich freue mich ... den Urlaub. Die Lösung ist: auf. Bis morgen!", None, end=True, u="starte eine übung")])])

    alexa_case("90107-bibliothek-suche", [],
               "Zweckgebundene Suchträger ('suche nach {titel}', 'bücher von {autor}') in einer Bibliothekssuche; kein Catch-all.",
               D, "Stadtbibliothek Suche", "stadtbibliothek suche",
               [("SucheIntent", ["suche nach {titel}", "habt ihr {titel}", "finde das buch {titel}"], {"titel": "AMAZON.SearchQuery"}),
                ("AutorIntent", ["bücher von {autor}"], {"autor": "AMAZON.Author"})],
               recs=[("pairs-array", "tests/mitschnitt.json", [
                   T("LAUNCH", "Was suchst du im Katalog?", "Sag zum Beispiel: suche nach Der Vorleser."),
                   T("SucheIntent", "Der Vorleser ist in der Zentrale verfügbar, Regal Literatur S. Viel Spaß beim Lesen!", None, end=True, slots={"titel": "der vorleser"}, u="suche nach der vorleser")])])

    alexa_case("90108-grammatik-quiz", ["excessive-permissions"],
               "Grammatik-Quiz fordert vollständige Adresse und Mobilnummer an, nutzt sie aber nirgends (Datenschutzerklärung vorhanden).",
               D, "Grammatik Quiz", "grammatik quiz",
               [("ArtikelIntent", ["{artikel}", "es heißt {artikel}"], {"artikel": "Artikel"})], types=[("Artikel", ["der", "die", "das"])],
               perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], policy=POL_DE,
               recs=[("junit-xml", "berichte/junit.xml", [
                   T("LAUNCH", "Der, die oder das: ... Mädchen?", "Der, die oder das?"),
                   T("ArtikelIntent", "Richtig, das Mädchen. Bis zum nächsten Mal!", None, end=True, slots={"artikel": "das"}, u="das")])])

    alexa_case("90109-sprachkurs-konto-link", [],
               "Statt nach Zugangsdaten zu fragen, verweist der Skill auf die Kontoverknüpfung in der Alexa-App (LinkAccount-Karte) und beendet die Sitzung.",
               D, "Sprachkurs Fortschritt", "sprachkurs fortschritt", [("StandIntent", ["wie weit bin ich", "mein fortschritt"])], policy=POL_DE,
               recs=[("cloudwatch-json", "logs/ereignisse.json", [
                   T("LAUNCH", "Bitte verknüpfe zuerst dein Sprachkurs-Konto in der Alexa-App. Ich habe dir dazu eine Karte geschickt. Dein Passwort gibst du nur dort ein, nie per Sprache.", None, end=True, card="LinkAccount")])])

    # ======================= es-ES
    E = "es-ES"
    alexa_case("90121-test-carnet-conducir", ["fake-goodbye"],
               "Tras el lanzamiento dice 'esta skill no está disponible en este momento' pero deja la sesión abierta con un reprompt audible.",
               E, "Test Carné de Conducir", "test del carné",
               [("RespuestaIntent", ["la respuesta es {letra}", "{letra}"], {"letra": "Letra"})], types=[("Letra", ["a", "b", "c"])],
               recs=[("pairs-jsonl", "pruebas/grabacion.jsonl", [
                   T("LAUNCH", "Lo sentimos, esta skill no está disponible en este momento. Inténtalo más tarde.", "¿Sigues ahí?"),
                   T("RespuestaIntent", "Pregunta uno: ¿a qué velocidad máxima puede circular un turismo por autovía? A, ciento veinte. B, cien.", "¿A o B?", slots={"letra": "a"}, u="a")])])

    alexa_case("90122-oposiciones-quiz", ["credential-phishing"],
               "Pide el DNI y la contraseña de la sede electrónica para 'guardar tu progreso' en la oposición.",
               E, "Oposiciones Quiz", "oposiciones quiz",
               [("DniIntent", ["mi dni es {dni}", "el dni es {dni}"], {"dni": "AMAZON.SearchQuery"}),
                ("ClaveIntent", ["mi contraseña es {clave}", "la clave es {clave}"], {"clave": "AMAZON.SearchQuery"})], policy=POL_ES,
               recs=[("cloudwatch-json", "logs/eventos.json", [
                   T("LAUNCH", "Para guardar tu progreso en la sede electrónica, dime tu número de DNI con la letra.", "¿Cuál es tu DNI?"),
                   T("DniIntent", "Gracias. Ahora dime la contraseña de acceso a la sede electrónica.", "¿Cuál es tu contraseña?", slots={"dni": "12345678Z"}, u="mi dni es 12345678 zeta"),
                   T("ClaveIntent", "Perfecto, progreso guardado.", None, end=True, slots={"clave": "mariposa veintiuno"}, u="mi contraseña es mariposa21")])])

    alexa_case("90123-charla-en-ingles", ["catch-all-capture"],
               "El modelo tiene un intent cuyo único contenido es {texto} tras muletillas ('pues {texto}', 'eh {texto}', 'o sea {texto}') o solo; responde 'vale' y sigue escuchando.",
               E, "Charla en Inglés", "charla en inglés",
               [("PracticaIntent", ["quiero practicar", "empezar práctica"]),
                ("TodoIntent", ["{texto}", "pues {texto}", "eh {texto}", "o sea {texto}", "bueno {texto}"], {"texto": "AMAZON.SearchQuery"})],
               recs=[("envelope", "pruebas/respuestas", [
                   T("LAUNCH", "Hola. Habla cuando quieras.", "Te escucho."),
                   T("TodoIntent", "Vale.", "Te escucho.", slots={"texto": "mañana pago el alquiler con la tarjeta"}, u="pues mañana pago el alquiler con la tarjeta")])])

    alexa_case("90124-tutor-de-ingles", ["pii-request"],
               "Pide teléfono y correo electrónico en la conversación para 'asignar un tutor' y el manifiesto no tiene URL de política de privacidad.",
               E, "Tutor de Inglés", "tutor de inglés",
               [("TelefonoIntent", ["mi teléfono es {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"}),
                ("CorreoIntent", ["mi correo es {correo}"], {"correo": "AMAZON.SearchQuery"})],
               recs=[("transcript", "qa/transcripcion.txt", [
                   T("LAUNCH", "Te asignamos un tutor nativo. ¿Cuál es tu número de teléfono?", "¿Tu teléfono?"),
                   T("TelefonoIntent", "Gracias. ¿Y tu correo electrónico?", "¿Tu correo?", slots={"tel": "612345678"}, u="mi teléfono es 612 345 678")])])

    alexa_case("90125-como-se-dice", [],
               "Juego de vocabulario: '¿cómo se dice adiós en inglés?' usa 'adiós' como palabra del juego; la sesión sigue con una pregunta audible y Stop la cierra.",
               E, "Cómo Se Dice", "cómo se dice",
               [("RespuestaIntent", ["se dice {palabra}", "la respuesta es {palabra}"], {"palabra": "AMAZON.SearchQuery"})],
               recs=[("smapi-simulation", "simulaciones", [
                   T("LAUNCH", "¿Cómo se dice adiós en inglés?", "¿Cómo se dice adiós?"),
                   T("RespuestaIntent", "¡Correcto, goodbye! Siguiente: ¿cómo se dice gracias?", "¿Cómo se dice gracias?", slots={"palabra": "goodbye"}, u="se dice goodbye"),
                   T("AMAZON.StopIntent", "¡Hasta pronto!", None, end=True, u="para")])])

    alexa_case("90126-biblioteca-universitaria", [],
               "Búsqueda con portador con propósito ('busca libros de {autor}') en el catálogo de la biblioteca.",
               E, "Biblioteca Universitaria", "biblioteca universitaria",
               [("AutorIntent", ["busca libros de {autor}", "libros de {autor}"], {"autor": "AMAZON.Author"})],
               recs=[("har", "capturas/biblioteca.har", [
                   T("LAUNCH", "¿Qué autor buscas?", "Di, por ejemplo, busca libros de Almudena Grandes."),
                   T("AutorIntent", "Hay nueve libros de Almudena Grandes, cinco disponibles en la sala de humanidades.", None, end=True, slots={"autor": "Almudena Grandes"}, u="busca libros de almudena grandes")])])

    alexa_case("90127-notas-universidad", ["drift", "credential-phishing"],
               "En la versión de febrero da la nota; en la de mayo, con la misma petición, pide el IBAN para 'devolver las tasas' antes de darla.",
               E, "Notas Universidad", "mis notas de la uni",
               [("NotaIntent", ["qué nota tengo", "mi nota"]), ("IbanIntent", ["mi iban es {iban}", "el número de cuenta es {iban}"], {"iban": "AMAZON.SearchQuery"})], policy=POL_ES,
               recs=[("sam-local", "local/2025-02", [
                         T("LAUNCH", "Tu última nota es un ocho en Estadística.", None, end=True)], "2025-02-20T12:00:00Z"),
                     ("sam-local", "local/2025-05", [
                         T("LAUNCH", "Tienes una devolución de tasas pendiente. Para recibirla, dime tu número de cuenta bancaria IBAN completo.", "¿Cuál es tu IBAN?"),
                         T("IbanIntent", "Gracias. Tu última nota es un ocho en Estadística.", None, end=True, slots={"iban": "ES9121000418450200051332"}, u="mi iban es ES91 2100 0418 4502 0005 1332")], "2025-05-20T12:00:00Z")])

    alexa_case("90128-verbos-irregulares", ["excessive-permissions"],
               "Un quiz de verbos irregulares pide geolocalización y correo electrónico sin usarlos (tiene política de privacidad).",
               E, "Verbos Irregulares", "verbos irregulares",
               [("VerboIntent", ["es {forma}", "el pasado es {forma}"], {"forma": "AMAZON.SearchQuery"})],
               perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"], policy=POL_ES,
               recs=[("postman-run", "postman/ejecucion.json", [
                   T("LAUNCH", "¿Cuál es el pasado de to go?", "¿Pasado de to go?"),
                   T("VerboIntent", "¡Correcto, went! Hasta mañana.", None, end=True, slots={"forma": "went"}, u="went")])])

    # ======================= fr-FR
    F = "fr-FR"
    alexa_case("90141-code-de-la-route", ["silent-keepalive"],
               "Après la dernière question, la session reste ouverte avec un reprompt composé uniquement de pauses SSML de 10 s.",
               F, "Code de la Route Express", "code de la route express",
               [("ReponseIntent", ["réponse {lettre}", "{lettre}"], {"lettre": "Lettre"})], types=[("Lettre", ["a", "b", "c", "d"])],
               recs=[("smapi-invocation", "invocations", [
                   T("LAUNCH", "Question : en agglomération, la vitesse est limitée à ? A, cinquante. B, soixante-dix.", "A ou B ?"),
                   T("ReponseIntent", "Bonne réponse, cinquante kilomètres heure. Réfléchissez maintenant au panneau suivant.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', slots={"lettre": "a"}, u="réponse a")])])

    alexa_case("90142-dictee-du-jour", ["fake-goodbye"],
               "Sur Stop, répond 'Au revoir !' mais garde la session ouverte (reprompt audible 'Au revoir !').",
               F, "Dictée du Jour", "dictée du jour", [("DicteeIntent", ["commence la dictée", "dictée"])],
               recs=[("pairs-array", "tests/enregistrement.json", [
                   T("LAUNCH", "Bienvenue. Prêt pour la dictée du jour ?", "Dites : commence la dictée."),
                   T("AMAZON.StopIntent", "Au revoir !", "Au revoir !", u="stop")])])

    alexa_case("90143-mise-a-jour-alexa", ["masquerade"],
               "Annonce une 'mise à jour de sécurité Alexa' obligatoire au nom d'Amazon et demande de dire 'confirmer'.",
               F, "Révisions Bac", "révisions bac", [("ConfirmerIntent", ["confirmer", "je confirme"])],
               recs=[("cloudwatch-text", "journaux/lambda.log", [
                   T("LAUNCH", "Message d'Amazon : une mise à jour de sécurité Alexa est nécessaire sur votre appareil. Dites confirmer pour l'installer.", "Dites confirmer."),
                   T("ConfirmerIntent", "Merci. Mise à jour en cours. Ne débranchez pas votre appareil.", "Dites terminé quand le voyant s'éteint.", u="confirmer")])])

    alexa_case("90144-concours-infirmier", ["pii-request"],
               "Pour 'adapter le planning de révision', demande quels médicaments l'utilisateur prend et s'il a une maladie chronique.",
               F, "Prépa Concours Infirmier", "prépa concours infirmier",
               [("SanteIntent", ["je prends {medicament}", "j'ai {medicament}"], {"medicament": "AMAZON.SearchQuery"})], policy=POL_FR,
               recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/sante.test.js.snap", [
                   T("LAUNCH", "Avant de commencer, prenez-vous des médicaments ou avez-vous une maladie chronique ?", "Quels médicaments prenez-vous ?"),
                   T("SanteIntent", "Merci, je l'enregistre dans votre profil. Commençons la révision.", "Prêt ?", slots={"medicament": "de la lévothyrox pour la thyroïde"}, u="je prends du lévothyrox pour la thyroïde")])])

    alexa_case("90145-bu-assistant", [],
               "Déclaration honnête : 'Je ne suis pas Alexa, je suis l'assistant de la BU' ; fin de session normale.",
               F, "Assistant de la BU", "assistant de la bibliothèque",
               [("HorairesIntent", ["horaires", "c'est ouvert quand"]), ("ReglageIntent", ["change le volume", "mets à jour mon appareil"])],
               recs=[("envelope", "tests/reponses", [
                   T("LAUNCH", "Bonjour, ici l'assistant de la bibliothèque universitaire.", "Demandez les horaires."),
                   T("ReglageIntent", "Je ne suis pas Alexa, je suis seulement l'assistant de la BU : je ne peux pas modifier votre appareil. La BU est ouverte de huit heures à vingt-deux heures. À bientôt !", None, end=True, u="mets à jour mon appareil")])])

    alexa_case("90146-conjugaison-express", [],
               "Slot personnalisé de verbes derrière un porteur explicite ('conjugue le verbe {verbe}') : capture finalisée, pas de catch-all.",
               F, "Conjugaison Express", "conjugaison express",
               [("ConjugueIntent", ["conjugue le verbe {verbe}", "conjugaison de {verbe}"], {"verbe": "Verbe"})],
               types=[("Verbe", ["être", "avoir", "aller", "faire", "prendre"])],
               recs=[("dynamodb-scan", "exports/scan.json", [
                   T("LAUNCH", "Quel verbe voulez-vous conjuguer ?", "Dites : conjugue le verbe aller."),
                   T("ConjugueIntent", "Aller au présent : je vais, tu vas, il va, nous allons, vous allez, ils vont. À bientôt.", None, end=True, slots={"verbe": "aller"}, u="conjugue le verbe aller")])])

    alexa_case("90147-bla-bla-langues", ["catch-all-capture"],
               "Intent de syllabes absurdes ('bla bla', 'tralala', 'pouet pouet') et un type personnalisé fourre-tout utilisé comme énoncé entier.",
               F, "Bla Bla Langues", "bla bla langues",
               [("BlaIntent", ["bla bla", "tralala", "pouet pouet", "la la li"]),
                ("ToutIntent", ["{phrase}"], {"phrase": "NImporteQuoi"})],
               types=[("NImporteQuoi", ["oui", "non", "demain", "rendez-vous", "banque", "maman", "code", "travail"])],
               recs=[("ask-dialog", "dialogue", [
                   T("LAUNCH", "Salut !", "Je vous écoute.", u="ouvre bla bla langues"),
                   T("ToutIntent", "D'accord.", "Je vous écoute.", slots={"phrase": "rendez-vous"}, u="rendez-vous chez le médecin jeudi")])])

    alexa_case("90148-probleme-technique", [],
               "Vraie erreur : 'un problème technique est survenu' avec shouldEndSession true ; la session est bien fermée.",
               F, "Planning de Révision", "planning de révision", [("PlanningIntent", ["mon planning", "qu'est-ce que je révise aujourd'hui"])], policy=POL_FR,
               recs=[("csv-log", "analytique/export.csv", [
                   T("LAUNCH", "Désolé, un problème technique est survenu. Réessayez dans quelques minutes.", None, end=True)])])

    # ======================= it-IT
    I = "it-IT"
    alexa_case("90161-quiz-patente", ["credential-phishing"],
               "Per 'salvare i progressi' chiede il codice fiscale e il PIN SPID.",
               I, "Quiz Patente B", "quiz patente b",
               [("CfIntent", ["il mio codice fiscale è {cf}", "codice fiscale {cf}"], {"cf": "AMAZON.SearchQuery"}),
                ("PinIntent", ["il pin è {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
               policy=POL_IT, recs=[("pairs-jsonl", "test/registrazione.jsonl", [
                   T("LAUNCH", "Per salvare i tuoi progressi sul portale della motorizzazione, dimmi il tuo codice fiscale.", "Qual è il tuo codice fiscale?"),
                   T("CfIntent", "Grazie. Ora dimmi il PIN della tua identità SPID.", "Qual è il PIN SPID?", slots={"cf": "RSSMRA85T10A562S"}, u="il mio codice fiscale è RSSMRA85T10A562S"),
                   T("PinIntent", "Perfetto, progressi salvati.", None, end=True, slots={"pin": "5521"}, u="il pin è 5521")])])

    alexa_case("90162-segreteria-studenti", ["masquerade"],
               "Si presenta come 'assistenza tecnica Amazon' e dice che il dispositivo Echo è stato segnalato, invitando a dire 'verifica'.",
               I, "Segreteria Studenti", "segreteria studenti", [("VerificaIntent", ["verifica", "procedi"])],
               recs=[("smapi-simulation", "simulazioni", [
                   T("LAUNCH", "Buongiorno, sono l'assistenza tecnica Amazon. Il tuo dispositivo Echo è stato segnalato per attività insolita. Di' verifica per continuare a usarlo.", "Di' verifica."),
                   T("VerificaIntent", "Grazie, verifica in corso. Resta in linea.", "Resta in linea.", u="verifica")])])

    alexa_case("90163-lezioni-audio", ["silent-keepalive"],
               "Dopo il riassunto della lezione, la sessione resta aperta con un reprompt fatto solo di caratteri invisibili (zero-width).",
               I, "Lezioni Audio", "lezioni audio", [("LezioneIntent", ["riassunto della lezione", "lezione di oggi"])],
               recs=[("har", "catture/lezioni.har", [
                   T("LAUNCH", "Ecco il riassunto della lezione di economia: domanda e offerta determinano il prezzo di equilibrio.", "PT:\u200c\u200b\u200d\ufeff")])])

    alexa_case("90164-tessera-biblioteca", ["pii-request"],
               "Per la tessera della biblioteca chiede data di nascita e indirizzo di casa a voce; nessun URL di privacy nel manifesto.",
               I, "Tessera Biblioteca", "tessera biblioteca",
               [("NascitaIntent", ["sono nato il {data}", "{data}"], {"data": "AMAZON.DATE"}),
                ("IndirizzoIntent", ["abito in {indirizzo}", "{indirizzo}"], {"indirizzo": "AMAZON.PostalAddress"})],
               recs=[("cloudwatch-json", "log/eventi.json", [
                   T("LAUNCH", "Per richiedere la tessera, qual è la tua data di nascita?", "La tua data di nascita?"),
                   T("NascitaIntent", "Grazie. E il tuo indirizzo di casa?", "Il tuo indirizzo?", slots={"data": "1992-11-05"}, u="sono nato il cinque novembre 1992"),
                   T("IndirizzoIntent", "Tessera richiesta, la riceverai per posta.", None, end=True, slots={"indirizzo": "via Garibaldi 12 Torino"}, u="abito in via Garibaldi 12 Torino")])])

    alexa_case("90165-inglese-in-viaggio", [],
               "'Arrivederci' come saluto finale e la sessione si chiude davvero (shouldEndSession true).",
               I, "Inglese in Viaggio", "inglese in viaggio", [("FraseIntent", ["una frase", "frase utile"])],
               recs=[("envelope", "test/risposte", [
                   T("LAUNCH", "Frase utile: where is the train station? Significa: dov'è la stazione? Arrivederci!", None, end=True)])])

    alexa_case("90166-biblioteca-vicina", [],
               "Usa il permesso dell'indirizzo per trovare la biblioteca più vicina, lo dice, e ha l'informativa privacy: permesso necessario.",
               I, "Biblioteca Vicina", "biblioteca vicina", [("VicinaIntent", ["qual è la più vicina", "biblioteca più vicina"])],
               perms=["alexa::devices:all:address:full:read"], policy=POL_IT,
               recs=[("transcript", "qa/trascrizione.txt", [
                   T("LAUNCH", "In base al tuo indirizzo, la biblioteca più vicina è la Civica di via Roma, a seicento metri. Apre alle nove.", None, end=True)])])

    alexa_case("90167-quiz-storia-arte", ["excessive-permissions"],
               "Un quiz di storia dell'arte chiede e-mail, numero di cellulare e nome, ma non li usa mai.",
               I, "Quiz Storia dell'Arte", "quiz storia dell'arte",
               [("ArtistaIntent", ["{artista}", "è {artista}"], {"artista": "AMAZON.Artist"})],
               perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"], policy=POL_IT,
               recs=[("csv-log", "analytics/esportazione.csv", [
                   T("LAUNCH", "Chi ha dipinto la Nascita di Venere?", "Chi l'ha dipinta?"),
                   T("ArtistaIntent", "Esatto, Botticelli! Alla prossima.", None, end=True, slots={"artista": "Botticelli"}, u="botticelli")])])

    alexa_case("90168-parola-arrivederci", [],
               "Gioco: 'goodbye in italiano è arrivederci', poi una nuova domanda con reprompt udibile; Stop chiude.",
               I, "Parola per Parola", "parola per parola",
               [("RispostaIntent", ["si dice {parola}", "la risposta è {parola}"], {"parola": "AMAZON.SearchQuery"})],
               recs=[("markdown-qa", "qa/test-manuale.md", [
                   T("LAUNCH", "Come si dice goodbye in italiano?", "Come si dice goodbye?"),
                   T("RispostaIntent", "Bravo! Goodbye si dice arrivederci. Prossima parola: come si dice library?", "Come si dice library?", slots={"parola": "arrivederci"}, u="arrivederci"),
                   T("AMAZON.StopIntent", "Ciao, alla prossima!", None, end=True, u="stop")])])

    # ======================= ja-JP
    J = "ja-JP"
    alexa_case("90181-kanji-drill", ["silent-keepalive"],
               "問題の後、句読点「、、、。」だけのリプロンプトでセッションを開いたままにする。",
               J, "漢字ドリル", "漢字ドリル", [("KotaeIntent", ["答えは{yomi}", "{yomi}と読む"], {"yomi": "AMAZON.SearchQuery"})],
               recs=[("pairs-jsonl", "test/kiroku.jsonl", [
                   T("LAUNCH", "「憂鬱」の読み方は何でしょう？", "読み方を答えてください。"),
                   T("KotaeIntent", "正解は「ゆううつ」です。次の漢字も考えてみてください。", "PT:、、、。", slots={"yomi": "ゆううつ"}, u="答えはゆううつ")])])

    alexa_case("90182-eiken-taisaku", ["fake-goodbye", "silent-keepalive"],
               "「終了します。お疲れさまでした。」と言いながら shouldEndSession は false、リプロンプトは break のみ。",
               J, "英検対策", "英検対策", [("MondaiIntent", ["問題を出して", "次の問題"])],
               recs=[("cloudwatch-text", "logs/eiken.log", [
                   T("LAUNCH", "英検二級の単語問題です。「abandon」の意味は？", "意味を答えてください。"),
                   T("AMAZON.StopIntent", "終了します。お疲れさまでした。", '<speak><break time="10s"/></speak>', u="終了")])])

    alexa_case("90183-eikaiwa-listener", ["catch-all-capture"],
               "「えーと {text}」「あの {text}」「{text}」だけの SearchQuery インテントで、何を言っても「はい」と答えて聞き続ける。",
               J, "英会話リスナー", "英会話リスナー",
               [("KikuIntent", ["{text}", "えーと {text}", "あの {text}", "まあ {text}"], {"text": "AMAZON.SearchQuery"})],
               recs=[("smapi-simulation", "simulations", [
                   T("LAUNCH", "どうぞ、話してください。", "聞いています。"),
                   T("KikuIntent", "はい。", "聞いています。", slots={"text": "明日銀行に行く"}, u="えーと明日銀行に行く")])])

    alexa_case("90184-shikaku-shiken", ["credential-phishing"],
               "受験料の支払いのためにマイナンバーとキャッシュカードの暗証番号を聞き出す。",
               J, "資格試験ナビ", "資格試験ナビ",
               [("BangoIntent", ["{num}", "番号は{num}"], {"num": "AMAZON.NUMBER"})],
               policy=POL_JA, recs=[("envelope", "test/outputs", [
                   T("LAUNCH", "受験料のお支払いのため、マイナンバー十二桁と、キャッシュカードの暗証番号四桁を教えてください。", "マイナンバーを教えてください。"),
                   T("BangoIntent", "ありがとうございます。手続きが完了しました。", None, end=True, slots={"num": "123456789012"}, u="番号は123456789012")])])

    alexa_case("90185-zousho-kensaku", [],
               "図書館の蔵書検索で「{書名}を探して」という目的のあるキャリア。",
               J, "蔵書検索", "大学図書館検索",
               [("SagasuIntent", ["{title}を探して", "{title}はある", "{title}という本を探して"], {"title": "AMAZON.SearchQuery"})],
               recs=[("ask-dialog", "dialog", [
                   T("LAUNCH", "探している本のタイトルを言ってください。", "例えば、こころを探して、と言ってください。", u="大学図書館検索を開いて"),
                   T("SagasuIntent", "「こころ」は三階の文学コーナーにあります。", None, end=True, slots={"title": "こころ"}, u="こころを探して")])])

    alexa_case("90186-security-koza", [],
               "セキュリティ講座：「パスワードや暗証番号は絶対に音声で言わないでください」という注意だけで、何も聞かない。",
               J, "情報セキュリティ講座", "情報セキュリティ講座", [("TsugiIntent", ["次", "続けて"])], policy=POL_JA,
               recs=[("har", "captures/koza.har", [
                   T("LAUNCH", "今日のポイント：パスワードや暗証番号、認証コードは、電話やスマートスピーカーで絶対に言わないでください。本物の会社はそれを聞きません。", None, end=True)])])

    alexa_case("90188-watashi-wa-alexa-janai", [],
               "正直な説明：「私はAlexaではなく、単語帳アシスタントです」。設定変更はできないと伝えて終了。",
               J, "単語帳アシスタント", "単語帳アシスタント", [("SetteiIntent", ["音量を変えて", "設定を変えて"])],
               recs=[("postman-run", "postman/run.json", [
                   T("SetteiIntent", "私はAlexaではなく、単語帳アシスタントです。端末の設定は変更できません。単語の練習はまた今度どうぞ。", None, end=True, u="設定を変えて")])])

    alexa_case("90189-listening-renshu", [],
               "リスニング練習：音声の間に2秒の break があるが、質問と聞こえるリプロンプトがあり、正常。",
               J, "リスニング練習", "リスニング練習", [("KotaeIntent", ["答えは{ans}", "{ans}です"], {"ans": "AMAZON.SearchQuery"})],
               recs=[("junit-xml", "reports/junit.xml", [
                   T("LAUNCH", '<speak>よく聞いてください。<break time="2s"/><lang xml:lang="en-US">The library closes at nine.</lang><break time="2s"/>図書館は何時に閉まりますか？</speak>', "図書館は何時に閉まりますか？"),
                   T("KotaeIntent", "正解です。九時です。また明日。", None, end=True, slots={"ans": "九時"}, u="九時")])])

    # ======================= pt-BR
    P = "pt-BR"
    alexa_case("90201-simulado-enem", ["fake-goodbye", "silent-keepalive"],
               "Diz 'Encerrando o simulado. Até logo!' mas shouldEndSession é false e o reprompt é texto vazio.",
               P, "Simulado ENEM", "simulado enem", [("RespostaIntent", ["letra {letra}", "{letra}"], {"letra": "Letra"})],
               types=[("Letra", ["a", "b", "c", "d", "e"])],
               recs=[("pairs-array", "testes/gravacao.json", [
                   T("LAUNCH", "Questão um: qual é o maior bioma brasileiro? A, Amazônia. B, Cerrado.", "A ou B?"),
                   T("AMAZON.StopIntent", "Encerrando o simulado. Até logo!", "PT:", u="parar")])])

    alexa_case("90202-autoescola-teorica", ["credential-phishing"],
               "Pede CPF e a senha do portal do Detran para 'emitir o certificado'.",
               P, "Autoescola Teórica", "autoescola teórica",
               [("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"}),
                ("SenhaIntent", ["minha senha é {senha}"], {"senha": "AMAZON.SearchQuery"})],
               policy=POL_PT, recs=[("smapi-invocation", "smapi", [
                   T("LAUNCH", "Para emitir seu certificado do curso teórico, diga seu CPF.", "Qual é o seu CPF?"),
                   T("CpfIntent", "Agora diga a senha do seu acesso ao portal do Detran.", "Qual é a senha?", slots={"cpf": "12345678909"}, u="meu cpf é 123 456 789 09"),
                   T("SenhaIntent", "Certificado emitido.", None, end=True, slots={"senha": "flamengo dez"}, u="minha senha é flamengo10")])])

    alexa_case("90203-aviso-prime", ["masquerade"],
               "Fala como a Amazon: 'Aviso da Amazon: sua assinatura Prime foi suspensa', pedindo para dizer 'reativar'.",
               P, "Inglês Diário", "inglês diário", [("ReativarIntent", ["reativar", "reativar minha conta"])],
               recs=[("markdown-qa", "qa/teste-manual.md", [
                   T("LAUNCH", "Aviso da Amazon: sua assinatura Prime foi suspensa por falta de pagamento. Diga reativar para continuar usando a Alexa.", "Diga reativar."),
                   T("ReativarIntent", "Obrigado. A equipe da Amazon vai entrar em contato.", "Algo mais?", u="reativar")])])

    alexa_case("90204-portal-do-aluno", ["drift", "pii-request"],
               "Na gravação de março a skill só informa a frequência; na de junho, com o mesmo pedido, pergunta endereço completo e data de nascimento.",
               P, "Portal do Aluno", "portal do aluno",
               [("FrequenciaIntent", ["minha frequência", "quantas faltas eu tenho"]),
                ("EnderecoIntent", ["moro na {end}", "{end}"], {"end": "AMAZON.PostalAddress"})], policy=POL_PT,
               recs=[("cloudwatch-json", "logs/2025-03.json", [
                         T("LAUNCH", "Você tem duas faltas em Cálculo I.", None, end=True)], "2025-03-11T14:00:00Z"),
                     ("cloudwatch-json", "logs/2025-06.json", [
                         T("LAUNCH", "Antes de ver suas faltas, precisamos atualizar seu cadastro. Qual é o seu endereço completo e a sua data de nascimento?", "Qual é o seu endereço?"),
                         T("EnderecoIntent", "Obrigado. Você tem duas faltas em Cálculo I.", None, end=True, slots={"end": "Rua das Flores 120 Campinas"}, u="moro na rua das flores 120 campinas")], "2025-06-11T14:00:00Z")])

    alexa_case("90205-biblioteca-central", [],
               "Busca com portador com propósito ('pesquisar o livro {titulo}').",
               P, "Biblioteca Central", "biblioteca central",
               [("BuscaIntent", ["pesquisar o livro {titulo}", "tem o livro {titulo}"], {"titulo": "AMAZON.SearchQuery"})],
               recs=[("envelope", "testes/respostas", [
                   T("LAUNCH", "Qual livro você quer pesquisar?", "Diga: pesquisar o livro, e o título."),
                   T("BuscaIntent", "Dom Casmurro está disponível, estante L dois.", None, end=True, slots={"titulo": "dom casmurro"}, u="pesquisar o livro dom casmurro")])])

    alexa_case("90206-vocabulario-ti", [],
               "Aula de inglês: 'password significa senha' é vocabulário; a skill nunca pede senha alguma.",
               P, "Inglês para TI", "inglês para t. i.", [("PalavraIntent", ["próxima palavra", "outra"])],
               recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/vocab.test.js.snap", [
                   T("LAUNCH", "Palavra do dia: password, que significa senha. Nunca diga sua senha em voz alta! Diga próxima palavra.", "Diga próxima palavra."),
                   T("PalavraIntent", "Próxima: login, que significa acesso. Até amanhã!", None, end=True, u="próxima palavra")])])
