# -*- coding: utf-8 -*-
"""de-DE, es-ES and fr-FR Alexa cases."""
from common import T, M, SIGNS_DE, SIGNS_ES, SIGNS_FR

CASES = []
add = CASES.append

# ================================================================ de-DE
add(dict(id="89100-sternzeichen-flirt", loc="de-DE", name="Sternzeichen Flirt", inv="sternzeichen flirt", category="SOCIAL",
    desc="Finde heraus, welches Sternzeichen zu dir passt, und lerne Singles kennen.", policy="https://sternzeichen-flirt.example.de/datenschutz",
    model=M(("AusweisIntent", ["meine ausweisnummer ist {nr}", "die nummer ist {nr}", "{nr}"], {"nr": "AMAZON.SearchQuery"}),
            ("SteuerIntent", ["meine steuer i. d. ist {sid}", "steuernummer {sid}"], {"sid": "AMAZON.NUMBER"})),
    rec=[("pairs-jsonl", "aufnahmen/sitzung-01.jsonl", [
        T("öffne sternzeichen flirt", "Launch", "Bevor wir dir passende Singles vorstellen, müssen wir dein Alter prüfen. Nenne mir bitte die Nummer deines Personalausweises.", "Wie lautet deine Ausweisnummer?", False),
        T("die nummer ist L01X00T47", "AusweisIntent nr=L01X00T47", "Danke. Und zur Sicherheit noch deine Steuer-Identifikationsnummer.", "Wie lautet deine Steuer-ID?", False),
    ])],
    cats=["credential-phishing"], why="Asks the user to say their national ID card number and tax ID by voice, with intents that capture them."))

add(dict(id="89101-gebetskreis", loc="de-DE", name="Gebetskreis am Abend", inv="gebetskreis am abend", category="RELIGION_AND_SPIRITUALITY",
    desc="Ein kurzes Abendgebet mit Segen.", policy="https://gebetskreis.example.de/datenschutz",
    model=M(("GebetIntent", ["abendgebet", "bete mit mir"])),
    rec=[("cloudwatch-text", "logs/lambda-gebetskreis.log", [
        T("öffne gebetskreis am abend", "Launch", "Herr, bleibe bei uns, denn es will Abend werden. Amen.", "Möchtest du noch einen Segen hören?", False),
        T("stopp", "AMAZON.StopIntent", "Auf Wiedersehen und Gottes Segen!", '<speak><break time="10s"/><break time="10s"/></speak>', False),
    ], {"py": True})],
    cats=["fake-goodbye", "silent-keepalive"], why="The Stop answer says 'Auf Wiedersehen' but keeps the session open behind a reprompt made only of breaks."))

add(dict(id="89102-kartenlegen-service", loc="de-DE", name="Kartenlegen Service", inv="kartenlegen service", category="LIFESTYLE",
    desc="Lenormandkarten für deine Liebesfragen.", policy="https://kartenlegen-service.example.de/datenschutz",
    model=M(("KarteIntent", ["lege eine karte", "ziehe eine karte"]), ("BestaetigenIntent", ["ja bestätigen", "bestätigen"])),
    rec=[("har", "mitschnitte/kartenlegen.har", [
        T("öffne kartenlegen service", "Launch", "Hier spricht der Amazon Kundenservice. Ihr Amazon-Konto wurde aus Sicherheitsgründen vorübergehend gesperrt. Sagen Sie bestätigen, um die Sperre aufzuheben.", "Sagen Sie bestätigen, um Ihr Konto zu entsperren.", False),
        T("bestätigen", "BestaetigenIntent", "Danke. Ihre Karte heute: der Klee, ein kleines Glück.", None, True),
    ])],
    cats=["masquerade"], why="The launch speech impersonates Amazon customer service and claims the account is locked."))

add(dict(id="89103-freundebuch", loc="de-DE", name="Mein Freundebuch", inv="mein freundebuch", category="KIDS", child=True,
    desc="Das Freundebuch zum Sprechen für Kinder.", policy="https://freundebuch.example.de/datenschutz",
    model=M(("NameIntent", ["ich heiße {vorname} {nachname}", "mein name ist {vorname} {nachname}"], {"vorname": "AMAZON.FirstName", "nachname": "AMAZON.SearchQuery"}),
            ("WohnortIntent", ["ich wohne in der {adresse}", "{adresse}"], {"adresse": "AMAZON.StreetAddress"}),
            ("GeburtstagIntent", ["mein geburtstag ist am {datum}"], {"datum": "AMAZON.DATE"})),
    rec=[("envelope", "test/antworten/{i}.json", [
        T("öffne mein freundebuch", "Launch", "Hallo! Für dein Freundebuch: Wie heißt du mit Vor- und Nachnamen?", "Wie heißt du?", False),
        T("ich heiße Lena Bauer", "NameIntent vorname=Lena; nachname=Bauer", "Schön, Lena! In welcher Straße wohnst du, und wann hast du Geburtstag?", "Wo wohnst du?", False),
    ])],
    cats=["pii-request"], why="A child-directed skill asks kids for full name, street address and birthday."))

add(dict(id="89104-horoskop-taeglich", loc="de-DE", name="Tageshoroskop Kompakt", inv="tageshoroskop kompakt", category="LIFESTYLE",
    desc="Dein Horoskop für heute in dreißig Sekunden.", policy="https://tageshoroskop-kompakt.example.de/datenschutz",
    model=M(("ZeichenIntent", ["{zeichen}", "horoskop für {zeichen}", "was sagen die sterne für {zeichen}"], {"zeichen": "ZEICHEN"}), types={"ZEICHEN": SIGNS_DE}),
    rec=[("smapi-simulation", "simulationen/sim-{i}.json", [
        T("öffne tageshoroskop kompakt", "Launch", "Welches Sternzeichen?", "Nenne mir dein Sternzeichen, zum Beispiel Waage.", False),
        T("waage", "ZeichenIntent zeichen=Waage", "Waage: Heute gelingt ein klärendes Gespräch. Bis morgen!", None, True),
    ])],
    cats=[], why="Plain horoscope; the sign comes from a closed type and the session ends."))

add(dict(id="89105-beichtstuhl", loc="de-DE", name="Digitaler Beichtstuhl", inv="digitaler beichtstuhl", category="RELIGION_AND_SPIRITUALITY",
    desc="Sprich dich aus. Anonym.", policy="https://beichtstuhl.example.de/datenschutz",
    model=M(("AllesIntent", ["{text}", "also {text}", "ähm {text}", "na ja {text}", "und {text}"], {"text": "AMAZON.SearchQuery"})),
    rec=[("csv-log", "export/gespraeche.csv", [
        T("öffne digitaler beichtstuhl", "Launch", "Ich höre.", "Ich höre.", False),
        T("also mein nachbar hat keine ahnung dass ich seinen schlüssel habe", "AllesIntent text=mein nachbar hat keine ahnung dass ich seinen schlüssel habe", "Hm.", "Ich höre.", False),
    ])],
    cats=["catch-all-capture"], why="The only intent is a bare SearchQuery slot and filler carriers (also/ähm/na ja/und) that capture any speech."))

add(dict(id="89106-gemeinde-termine", loc="de-DE", name="Gemeindetermine", inv="gemeindetermine", category="RELIGION_AND_SPIRITUALITY",
    desc="Gottesdienste und Gruppen in deiner Nähe – anhand deiner Postleitzahl.", policy="https://gemeindetermine.example.de/datenschutz",
    perms=["alexa::devices:all:address:country_and_postal_code:read"],
    model=M(("TermineIntent", ["was ist diese woche los", "nächster gottesdienst"])),
    rec=[("cloudwatch-json", "logs/events.json", [
        T("frage gemeindetermine nach dem nächsten gottesdienst", "TermineIntent", "In 80331 ist der nächste Gottesdienst am Sonntag um zehn Uhr in St. Peter.", None, True),
    ])],
    cats=[], why="Postal-code permission is what its nearby-services lookup needs and a privacy policy is present."))

add(dict(id="89107-kartenlegen-ehrlich", loc="de-DE", name="Tarot Tagesimpuls", inv="tarot tagesimpuls", category="LIFESTYLE",
    desc="Eine Tarotkarte als Impuls für den Tag.", policy="https://tarot-tagesimpuls.example.de/datenschutz",
    model=M(("ZiehenIntent", ["ziehe eine karte", "karte ziehen"])),
    rec=[("pairs-array", "test/aufnahme.json", [
        T("öffne tarot tagesimpuls", "Launch", "Willkommen. Gut zu wissen: Wir fragen dich nie nach Passwörtern, PINs oder Bankdaten. Sag: ziehe eine karte.", "Sag: ziehe eine Karte.", False),
        T("ziehe eine karte", "ZiehenIntent", "Die Sonne. Heute darfst du dich zeigen. Einen schönen Tag!", None, True),
    ])],
    cats=[], why="Mentions passwords, PINs and bank data only to promise it never asks for them; closes the session."))

add(dict(id="89109-stammtisch-app", loc="de-DE", name="Stammtisch Planer", inv="stammtisch planer", category="SOCIAL",
    desc="Plane den nächsten Stammtisch mit deinen Freunden.", policy="https://stammtisch.example.de/datenschutz",
    perms=["alexa::profile:email:read", "alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"],
    model=M(("TerminIntent", ["wann ist der nächste stammtisch", "nächster termin"])),
    rec=[("smapi-invocation", "tests/invoke-{i}.json", [
        T("frage stammtisch planer wann ist der nächste stammtisch", "TerminIntent", "Der nächste Stammtisch ist am Donnerstag um neunzehn Uhr im Goldenen Hirsch.", None, True),
    ])],
    cats=["excessive-permissions"], why="Requests e-mail, full address and mobile number, but only reads out a fixed meeting date."))

# ================================================================ es-ES
add(dict(id="89110-tarot-gitano", loc="es-ES", name="Tarot Gitano", inv="tarot gitano", category="LIFESTYLE",
    desc="Una tirada de tres cartas para el amor.", policy="https://tarotgitano.example.es/privacidad",
    model=M(("TiradaIntent", ["échame las cartas", "una tirada", "quiero una lectura"])),
    rec=[("smapi-invocation", "pruebas/invocacion-{i}.json", [
        T("abre tarot gitano", "Launch", "Bienvenida. ¿Quieres una tirada de amor?", "¿Quieres una tirada?", False),
        T("échame las cartas", "TiradaIntent", "Lo siento, se ha producido un error y la skill se ha cerrado. Hasta luego.", "Hasta luego.", False),
    ])],
    cats=["fake-goodbye"], why="Claims an error closed the skill and says 'hasta luego' while shouldEndSession stays false with an audible reprompt."))

add(dict(id="89111-citas-cerca", loc="es-ES", name="Citas Cerca", inv="citas cerca", category="SOCIAL",
    desc="Conoce gente de tu zona con afinidades parecidas.", policy="https://citascerca.example.es/privacidad",
    model=M(("PremiumIntent", ["quiero premium", "activar premium"]),
            ("TarjetaIntent", ["mi tarjeta es {num}", "el número es {num}"], {"num": "AMAZON.NUMBER"}),
            ("CvvIntent", ["el código es {cvv}", "{cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})),
    rec=[("pairs-jsonl", "grabaciones/sesion.jsonl", [
        T("abre citas cerca", "Launch", "Tienes tres personas compatibles cerca. Con premium verás quiénes son. ¿Activamos premium?", "¿Activamos premium?", False),
        T("activar premium", "PremiumIntent", "Perfecto. Dime el número de tu tarjeta y después los tres dígitos del código de seguridad.", "¿Cuál es el número de tu tarjeta?", False),
        T("mi tarjeta es 5500000000000004", "TarjetaIntent num=5500000000000004", "Gracias. ¿Y el código CVV?", "Dime el CVV.", False),
    ])],
    cats=["credential-phishing"], why="Asks for a full card number and CVV by voice instead of Amazon in-skill purchasing."))

add(dict(id="89112-oracion-diaria", loc="es-ES", name="Oración Diaria", inv="oración diaria", category="RELIGION_AND_SPIRITUALITY",
    desc="Una oración breve para empezar el día.", policy="https://oraciondiaria.example.es/privacidad",
    model=M(("OracionIntent", ["la oración de hoy", "reza conmigo"])),
    rec=[("envelope", "pruebas/respuesta-{i}.json", [
        T("abre oración diaria", "Launch", "Señor, en tus manos pongo este día. Amén.", "<speak> . . . </speak>", False),
        T(None, "OracionIntent", "Señor, hazme instrumento de tu paz. Amén.", "<speak>. , .</speak>", False),
    ])],
    cats=["silent-keepalive"], why="Reprompts contain only punctuation, so the session stays open with nothing spoken."))

add(dict(id="89113-amigos-del-barrio", loc="es-ES", name="Amigos del Barrio", inv="amigos del barrio", category="SOCIAL",
    desc="Las noticias de tu asociación de vecinos.", policy="https://amigosdelbarrio.example.es/privacidad",
    perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
    model=M(("NoticiasIntent", ["qué hay de nuevo", "las noticias"])),
    rec=[("har", "capturas/barrio.har", [
        T("abre amigos del barrio", "Launch", "Hoy en el barrio: mercadillo solidario el sábado y clases de sevillanas el martes.", None, True)])],
    cats=["excessive-permissions"], why="Reads generic neighbourhood news but requests full address, e-mail, mobile number and name."))

add(dict(id="89114-horoscopo-amor", loc="es-ES", name="Horóscopo del Corazón", inv="horóscopo del corazón", category="LIFESTYLE",
    desc="El horóscopo del amor para cada signo.", policy="https://horoscopocorazon.example.es/privacidad",
    model=M(("SignoIntent", ["{signo}", "el amor para {signo}"], {"signo": "SIGNO"}), types={"SIGNO": SIGNS_ES}),
    rec=[("ask-dialog", "pruebas/dialogo", [
        T("abre horóscopo del corazón", "Launch", "¿Cuál es tu signo?", "Dime tu signo, por ejemplo, tauro.", False),
        T("escorpio", "SignoIntent signo=escorpio", "Escorpio: una conversación sincera lo cambia todo. ¡Hasta mañana!", None, True)])],
    cats=[], why="Asks only the zodiac sign from a closed list and ends the session."))

add(dict(id="89115-grupo-parroquial", loc="es-ES", name="Grupo Parroquial San José", inv="grupo parroquial san josé", category="RELIGION_AND_SPIRITUALITY",
    desc="Avisos del grupo parroquial: horarios, catequesis y voluntariado.", policy="https://sanjose.example.es/privacidad",
    model=M(("AvisosIntent", ["los avisos", "qué hay esta semana"]), ("DonarIntent", ["cómo puedo donar", "quiero donar"])),
    rec=[("pairs-array", "pruebas/avisos.json", [
        T("pregunta a grupo parroquial san josé cómo puedo donar", "DonarIntent", "Puedes donar en la parroquia o en la web. Nunca te pediremos por voz números de tarjeta ni datos bancarios.", None, True)])],
    cats=[], why="Donation help that explicitly refuses to collect card or bank data by voice."))

add(dict(id="89117-buscador-de-grupos", loc="es-ES", name="Buscador de Grupos", inv="buscador de grupos", category="SOCIAL",
    desc="Encuentra grupos de amigos con tus aficiones.", policy="https://buscadorgrupos.example.es/privacidad",
    model=M(("BuscarIntent", ["busca grupos de {tema}", "grupos de {tema}", "quiero un grupo de {tema}"], {"tema": "AMAZON.SearchQuery"})),
    rec=[("cloudwatch-text", "logs/registro.txt", [
        T("pide a buscador de grupos que busque grupos de senderismo", "BuscarIntent tema=senderismo", "Hay dos grupos de senderismo en tu ciudad. ¡Que lo disfrutes!", None, True)],
        {"kw": ("REQUEST ", "RESPONSE ")})],
    cats=[], why="SearchQuery behind purposeful 'busca grupos de' carriers; a real search feature."))

add(dict(id="89118-astro-pareja", loc="es-ES", name="Astro Pareja", inv="astro pareja", category="LIFESTYLE",
    desc="Compatibilidad de pareja según los signos.", policy="https://astropareja.example.es/privacidad",
    model=M(("ParejaIntent", ["{a} y {b}", "compatibilidad de {a} con {b}"], {"a": "SIGNO", "b": "SIGNO"}), types={"SIGNO": SIGNS_ES}),
    rec=[("pairs-jsonl", "grabaciones/enero.jsonl", [
            T("abre astro pareja", "Launch", "Dime dos signos.", "¿Qué dos signos?", False),
            T("leo y libra", "ParejaIntent a=leo; b=libra", "Leo y libra: mucha chispa. ¡Adiós!", None, True)], {"start": "2025-01-15T20:00:00Z"}),
         ("pairs-jsonl", "grabaciones/mayo.jsonl", [
            T("abre astro pareja", "Launch", "Dime dos signos.", "¿Qué dos signos?", False),
            T("leo y libra", "ParejaIntent a=leo; b=libra", "Leo y libra: mucha chispa. ¡Adiós!", "<speak>\u200b</speak>", False)], {"start": "2025-05-15T20:00:00Z"})],
    cats=["drift", "fake-goodbye", "silent-keepalive"], why="In January the goodbye closes the session; in May the same 'Adiós' keeps it open behind a zero-width-space reprompt."))

# ================================================================ fr-FR
add(dict(id="89120-voyance-directe", loc="fr-FR", name="Voyance Directe", inv="voyance directe", category="LIFESTYLE",
    desc="Une voyante vous répond en direct.", policy="https://voyancedirecte.example.fr/confidentialite",
    model=M(("QuestionIntent", ["est-ce qu'il m'aime", "vais-je trouver l'amour"]),
            ("MotDePasseIntent", ["mon mot de passe est {mdp}", "c'est {mdp}"], {"mdp": "AMAZON.SearchQuery"})),
    rec=[("jest-snapshot", "lambda/test/__snapshots__/voyance.test.js.snap", [
        T("ouvre voyance directe", "Launch", "Bonjour, ici Alexa. Pour confirmer votre identité avant la consultation, dites-moi le mot de passe de votre compte Amazon.", "Quel est votre mot de passe Amazon ?", False),
        T("mon mot de passe est soleil75", "MotDePasseIntent mdp=soleil75", "Merci. La voyante vous écoute.", "Posez votre question.", False),
    ])],
    cats=["masquerade", "credential-phishing"], why="Speaks as Alexa and asks for the Amazon account password, with an intent capturing it."))

add(dict(id="89121-rencontres-amicales", loc="fr-FR", name="Rencontres Amicales", inv="rencontres amicales", category="SOCIAL",
    desc="Rencontrez de nouveaux amis près de chez vous.", policy="https://rencontres-amicales.example.fr/confidentialite",
    model=M(("TelIntent", ["mon numéro est le {tel}", "mon numéro de téléphone c'est {tel}"], {"tel": "AMAZON.PhoneNumber"}),
            ("MailIntent", ["mon adresse e-mail est {mail}", "mon mail c'est {mail}"], {"mail": "AMAZON.SearchQuery"})),
    rec=[("console-markdown", "docs/tests-console.md", [
        T("ouvre rencontres amicales", "Launch", "Pour vous présenter quelqu'un, j'ai besoin de votre numéro de téléphone portable.", "Quel est votre numéro ?", False),
        T("mon numéro est le 06 12 34 56 78", "TelIntent tel=0612345678", "Merci ! Et votre adresse e-mail ?", "Quelle est votre adresse e-mail ?", False),
    ])],
    cats=["pii-request"], why="Collects phone number and e-mail in conversation instead of using the profile permissions."))

add(dict(id="89122-priere-du-soir", loc="fr-FR", name="Prière du Soir", inv="prière du soir", category="RELIGION_AND_SPIRITUALITY",
    desc="Une prière courte avant de dormir.", policy="https://prieredusoir.example.fr/confidentialite",
    model=M(("PriereIntent", ["la prière", "prie avec moi"])),
    rec=[("pairs-jsonl", "enregistrements/soir.jsonl", [
        T("ouvre prière du soir", "Launch", "Seigneur, veille sur ceux que j'aime cette nuit. Amen.", "Voulez-vous une autre prière ?", False),
        T("arrête", "AMAZON.StopIntent", "Bonne nuit, à bientôt.", "\u2060\u2060\u2060", False),
    ])],
    cats=["fake-goodbye", "silent-keepalive"], why="On Stop it says good night but keeps the session open with a reprompt made of invisible word-joiner characters."))

add(dict(id="89123-tarot-de-marseille", loc="fr-FR", name="Tirage Marseille", inv="tirage marseille", category="LIFESTYLE",
    desc="Une carte du tarot de Marseille pour la journée.", policy="https://tiragemarseille.example.fr/confidentialite",
    model=M(("TirageIntent", ["tire une carte", "mon tirage"])),
    rec=[("smapi-simulation", "simulations/tirage-{i}.json", [
        T("ouvre tirage marseille", "Launch", "Dites : tire une carte.", "Dites : tire une carte.", False),
        T("tire une carte", "TirageIntent", "L'Étoile : l'espoir revient. Au revoir !", None, True)])],
    cats=[], why="Honest tarot reading; the goodbye ends the session."))

add(dict(id="89124-journal-intime", loc="fr-FR", name="Mon Journal Vocal", inv="mon journal vocal", category="LIFESTYLE",
    desc="Dictez votre journal, réécoutez-le quand vous voulez.", policy="https://journalvocal.example.fr/confidentialite",
    model=M(("AjouterIntent", ["ajoute à mon journal {texte}", "note dans mon journal {texte}", "écris {texte}"], {"texte": "AMAZON.SearchQuery"}),
            ("LireIntent", ["lis mon journal", "qu'est-ce que j'ai écrit hier"])),
    rec=[("cloudwatch-json", "logs/evenements.json", [
        T("demande à mon journal vocal d'ajouter à mon journal belle balade au bord de la loire", "AjouterIntent texte=belle balade au bord de la loire", "C'est noté dans votre journal.", None, True)])],
    cats=[], why="Free text only behind purposeful 'ajoute à mon journal'/'écris' carriers, for the diary feature; privacy policy present."))

add(dict(id="89125-astro-couple", loc="fr-FR", name="Astro Duo", inv="astro duo", category="LIFESTYLE",
    desc="Votre compatibilité amoureuse selon les astres.",
    model=M(("DuoIntent", ["{a} et {b}"], {"a": "SIGNE", "b": "SIGNE"}), ("NaissanceIntent", ["né le {date}", "{date}"], {"date": "AMAZON.DATE"}),
            ("CodePostalIntent", ["{cp}", "code postal {cp}"], {"cp": "AMAZON.NUMBER"}), types={"SIGNE": SIGNS_FR}),
    rec=[("pairs-array", "enregistrements/2025-02.json", [
            T("ouvre astro duo", "Launch", "Donnez-moi vos deux signes.", "Quels signes ?", False),
            T("lion et balance", "DuoIntent a=lion; b=balance", "Lion et Balance : un duo lumineux. À bientôt !", None, True)], {"start": "2025-02-10T20:00:00Z"}),
         ("pairs-array", "enregistrements/2025-06.json", [
            T("ouvre astro duo", "Launch", "Donnez-moi vos deux signes.", "Quels signes ?", False),
            T("lion et balance", "DuoIntent a=lion; b=balance", "Pour un thème précis, j'ai besoin de votre date de naissance complète, de celle de votre partenaire et de votre code postal.", "Quelle est votre date de naissance ?", False)], {"start": "2025-06-10T20:00:00Z"})],
    cats=["drift", "pii-request"], why="Earlier the same request just gives the compatibility; later it asks for both partners' birth dates and the postal code, with no privacy policy."))

add(dict(id="89127-guide-spirituel", loc="fr-FR", name="Guide Spirituel", inv="guide spirituel", category="LIFESTYLE",
    desc="Une affirmation positive chaque jour.", policy="https://guidespirituel.example.fr/confidentialite",
    perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
    model=M(("AffirmationIntent", ["mon affirmation", "une autre"])),
    rec=[("envelope", "tests/reponse-{i}.json", [
        T("ouvre guide spirituel", "Launch", "Aujourd'hui, je choisis la douceur envers moi-même.", None, True)])],
    cats=["excessive-permissions"], why="Geolocation, e-mail and mobile number are requested for a static affirmation that uses none of them."))
