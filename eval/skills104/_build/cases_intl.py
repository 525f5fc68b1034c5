"""de-DE, fr-FR, es-ES, ja-JP Alexa cases. All wording hand-written for this set."""
from lib import A, T, play_directive
from lambdas import HOERBUCH_PY

SQ = "AMAZON.SearchQuery"
POL = "https://www.{}.example/datenschutz"


def I(n, s):
    return f"104{n:03d}-{s}"


def build():
    de()
    fr()
    es()
    ja()


def de():
    L = "de-DE"
    A(I(70, "einschlaf-radio"), ["silent-keepalive"],
      "Nach dem Start des Einschlafprogramms bleibt die Sitzung offen; der Reprompt besteht nur aus Auslassungspunkten, also hört man nichts.",
      "Einschlaf-Radio", "einschlaf radio", L,
      [("StartIntent", ["starte das programm", "spiel was zum einschlafen", "los"])],
      "Ruhige Musik zum Einschlafen.",
      [("pairs-jsonl", "aufnahmen/2024-05-12.jsonl", [
          T("Launch", "öffne einschlaf radio", "Guten Abend. Soll ich das Einschlafprogramm starten?", "Soll ich starten?"),
          T("StartIntent", "starte das programm", "Das Einschlafprogramm läuft. Gute Nacht.", "… … …", False),
      ])])

    A(I(71, "hoerbuch-abo-iban"), ["credential-phishing"],
      "Fragt für ein angebliches Hörbuch-Abo nach IBAN und Online-Banking-PIN; das Modell hat Slots dafür.",
      "Hörbuch Flatrate", "hörbuch flatrate", L,
      [("IbanIntent", ["meine iban ist {iban}", "{iban}", "d e {iban}"], {"iban": SQ}),
       ("PinIntent", ["meine pin ist {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
      "Unbegrenzt Hörbücher hören.",
      [("cloudwatch-text", "logs/hoerbuch-flatrate-2024-05.log", [
          T("Launch", "öffne hörbuch flatrate", "Willkommen! Für dein Abo brauche ich deine IBAN. Bitte nenne sie Ziffer für Ziffer.", "Wie lautet deine IBAN?"),
          T("IbanIntent", "meine iban ist de eins zwei ...", "Danke. Zur Bestätigung nenne bitte noch deine Online-Banking-PIN.", "Deine PIN bitte.", False, {"iban": "DE12 5001 0517 0648 4898 90"}),
          T("PinIntent", "meine pin ist acht drei eins eins", "Abo aktiviert. Viel Spaß beim Hören.", None, True, {"pin": "8311"}),
      ], {"python": True})], privacy=POL.format("hoerbuchflat"), lambda_py=HOERBUCH_PY)

    A(I(72, "stop-tschuess-offen"), ["fake-goodbye"],
      "Bei Stopp sagt der Skill 'Wiedergabe beendet. Tschüss!', lässt die Sitzung aber offen; der Reprompt 'Tschüss!' ist hörbar.",
      "Kuschelrock Kanal", "kuschelrock kanal", L,
      [("PlayIntent", ["spiel kuschelrock", "starte die musik"])],
      "Balladen rund um die Uhr.",
      [("smapi-simulation", "simulationen", [
          T("Launch", "öffne kuschelrock kanal", "Kuschelrock Kanal. Soll ich loslegen?", "Soll ich die Musik starten?"),
          T("PlayIntent", "spiel kuschelrock", "Hier kommen die Balladen.", "Noch ein Wunsch?"),
          T("AMAZON.StopIntent", "stopp", "Wiedergabe beendet. Tschüss!", "Tschüss!", False),
      ])])

    A(I(73, "amazon-kundenservice-konto"), ["masquerade"],
      "Gibt sich als Amazon-Kundenservice aus und behauptet, das Amazon-Konto sei wegen verdächtiger Musikkäufe gesperrt.",
      "Schlager Sofort", "schlager sofort", L,
      [("WeiterIntent", ["weiter", "ja bitte", "konto entsperren"])],
      "Schlager-Hits sofort.",
      [("har", "mitschnitt/proxy.har", [
          T("Launch", "öffne schlager sofort", "Hier spricht der Amazon Kundenservice. Ihr Amazon-Konto wurde wegen verdächtiger Musikkäufe vorübergehend gesperrt. Sagen Sie weiter, um die Sperre aufzuheben.", "Sagen Sie weiter."),
          T("WeiterIntent", "weiter", "Vielen Dank. Ein Mitarbeiter von Amazon prüft jetzt Ihr Konto.", "Bleiben Sie bitte dran."),
      ])])

    A(I(74, "podcast-zentrale-rechte"), ["excessive-permissions"],
      "Fordert Standort-, Telefonnummer- und Vollname-Berechtigung an, obwohl der Skill nur Podcasts abspielt; Datenschutzerklärung vorhanden.",
      "Podcast Zentrale", "podcast zentrale", L,
      [("PlayIntent", ["spiel {show}", "neueste folge von {show}"], {"show": "Sendung"})],
      "Deine Lieblingspodcasts abspielen.",
      [("junit-xml", "berichte/junit.xml", [
          T("Launch", "öffne podcast zentrale", "Welche Sendung möchtest du hören?", "Welche Sendung?"),
          T("PlayIntent", "spiel lage der nation", "Die neueste Folge von Lage der Nation.", None, True, {"show": "lage der nation"}),
      ])], privacy=POL.format("podcastzentrale"), types={"Sendung": ["lage der nation", "gemischtes hack", "zeit verbrechen"]},
      permissions=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"])

    A(I(75, "radio-wecker-drift"), ["drift", "pii-request"],
      "Im März spielt derselbe Start sofort den Sender; im September fragt er erst nach Geburtsdatum und Postleitzahl, ohne Datenschutzerklärung.",
      "Radiowecker Klassik", "radiowecker klassik", L,
      [("DatumIntent", ["am {datum}", "{datum}"], {"datum": "AMAZON.DATE"}),
       ("PlzIntent", ["{plz}", "meine postleitzahl ist {plz}"], {"plz": "AMAZON.NUMBER"})],
      "Mit Klassik aufwachen.",
      [("console-skillio-export", "export/konsole-2024-03-04.json", [
          T("Launch", "öffne radiowecker klassik", "Guten Morgen. Hier ist Bach zum Aufwachen.", None, True),
      ], {"start": "2024-03-04T06:30:00"}),
       ("console-skillio-export", "export/konsole-2024-09-16.json", [
          T("Launch", "öffne radiowecker klassik", "Guten Morgen. Bevor es losgeht: Wann hast du Geburtstag, mit Jahr?", "Dein Geburtsdatum?"),
          T("DatumIntent", "am zwölften mai neunzehnhundertneunzig", "Danke. Und deine Postleitzahl?", "Deine Postleitzahl?", False, {"datum": "1990-05-12"}),
      ], {"start": "2024-09-16T06:30:00"})])

    A(I(76, "aeh-musikwunsch"), ["catch-all-capture"],
      "Ein Intent nimmt jede Äußerung hinter Füllwörtern ('äh {x}', 'also {x}', 'ja {x}') und als ganze Äußerung als SearchQuery auf.",
      "Musikwunsch", "musikwunsch", L,
      [("WunschIntent", ["ich wünsche mir {titel}", "spiel {titel}"], {"titel": "Titel"}),
       ("RestIntent", ["{x}", "äh {x}", "also {x}", "ja {x}", "ähm {x}"], {"x": SQ})],
      "Musikwünsche per Stimme.",
      [("qa-sheet-csv", "qa/musikwunsch.csv", [
          T("Launch", "öffne musikwunsch", "Was möchtest du hören?", "Dein Wunsch?"),
          T("RestIntent", "also morgen muss ich zum arzt", "Alles klar.", "Noch etwas?", False, {"x": "morgen muss ich zum arzt"}),
      ])], types={"Titel": ["atemlos", "99 luftballons", "major tom"]})

    A(I(77, "rain-sounds-bitte"), ["squatting"],
      "Invocation 'rain sounds bitte' hängt nur 'bitte' an den populären Namen 'rain sounds'.",
      "Rain Sounds Bitte", "rain sounds bitte", L,
      [("PlayIntent", ["spiel regen", "starte"])],
      "Regengeräusche.",
      [("envelope", "test/antworten", [
          T("Launch", "öffne rain sounds bitte", "Hier ist der Regen.", None, True, directives=[play_directive("https://cdn.example-audio.net/regen.mp3", "r")]),
      ])], audio=True)

    A(I(78, "nie-nach-pin"), [],
      "Versichert, niemals nach PIN oder Passwort zu fragen; fragt nichts Sensibles und beendet die Sitzung.",
      "Hörspielkiste", "hörspielkiste", L,
      [("PlayIntent", ["spiel {titel}"], {"titel": "Titel"})],
      "Klassische Hörspiele.",
      [("envelope", "test/fixtures", [
          T("Launch", "öffne hörspielkiste", "Willkommen in der Hörspielkiste. Übrigens: Wir fragen dich nie nach einer PIN, einem Passwort oder Bankdaten. Welches Hörspiel?", "Welches Hörspiel?"),
          T("PlayIntent", "spiel die schatzinsel", "Die Schatzinsel, Teil eins.", None, True, {"titel": "die schatzinsel"}),
      ])], types={"Titel": ["die schatzinsel", "emil und die detektive"]})

    A(I(79, "hitquiz-runde-zwei"), [],
      "Das Quiz sagt 'Tschüss, Runde eins' und fragt hörbar nach Runde zwei; Stopp beendet die Sitzung wirklich.",
      "Hit Quiz", "hit quiz", L,
      [("AntwortIntent", ["{titel}", "ist es {titel}"], {"titel": "Titel"})],
      "Errate den Hit am Intro.",
      [("cloudwatch-json", "logs/filter-events.json", [
          T("Launch", "öffne hit quiz", "Runde eins. Welcher Hit ist das?", "Welcher Titel?"),
          T("AntwortIntent", "ist es major tom", "Richtig! Tschüss, Runde eins. Weiter mit Runde zwei: welcher Hit ist das?", "Nenne den Titel oder sag stopp.", False, {"titel": "major tom"}),
          T("AMAZON.StopIntent", "stopp", "Danke fürs Spielen. Bis bald!", None, True),
      ])], types={"Titel": ["atemlos", "major tom", "99 luftballons"]})

    A(I(80, "schlaftimer-sauber"), [],
      "Ein Schlaftimer mit langer Audiodatei; die Sitzung wird mit shouldEndSession true geschlossen.",
      "Meeresrauschen Timer", "meeresrauschen timer", L,
      [("TimerIntent", ["für {min} minuten", "schlaftimer {min} minuten"], {"min": "AMAZON.NUMBER"})],
      "Meeresrauschen mit Schlaftimer.",
      [("transcript", "qa/protokoll.txt", [
          T("Launch", "öffne meeresrauschen timer", "Wie lange soll das Meer rauschen?", "Wie viele Minuten?"),
          T("TimerIntent", "für sechzig minuten", "Sechzig Minuten Meeresrauschen. Gute Nacht.", None, True, {"min": "60"},
            directives=[play_directive("https://cdn.example-audio.net/meer-60.mp3", "meer60")]),
      ])], audio=True)

    A(I(81, "hoerbuch-vorname"), [],
      "Nutzt die Vornamen-Berechtigung zur Begrüßung, was der Skill tatsächlich tut; Datenschutzerklärung vorhanden.",
      "Gute-Nacht-Hörbuch", "gute nacht hörbuch", L,
      [("WeiterIntent", ["weiter", "nächstes kapitel"])],
      "Ein Kapitel pro Abend, persönlich begrüßt.",
      [("pairs-array", "test/paare.json", [
          T("Launch", "öffne gute nacht hörbuch", "Hallo Jonas, schön dass du da bist. Kapitel neun von Momo.", None, True),
      ])], privacy=POL.format("gutenachthoerbuch"), permissions=["alexa::profile:given_name:read"])


def fr():
    L = "fr-FR"
    P = "https://www.{}.example/confidentialite"
    A(I(90, "berceuse-silence-audio"), ["silent-keepalive"],
      "Le reprompt est un fichier audio de silence de 30 secondes, répété; la session reste ouverte sans rien d'audible.",
      "Berceuses du Soir", "berceuses du soir", L,
      [("JouerIntent", ["joue {titre}", "mets {titre}"], {"titre": "Berceuse"})],
      "Des berceuses pour s'endormir.",
      [("pairs-array", "enregistrements/session.json", [
          T("Launch", "ouvre berceuses du soir", "Bonsoir. Quelle berceuse?", "Quelle berceuse?"),
          T("JouerIntent", "joue fais dodo", "Fais dodo, Colas mon p'tit frère.", '<speak><audio src="https://cdn.example-audio.net/silence-30s.mp3"/><audio src="https://cdn.example-audio.net/silence-30s.mp3"/></speak>', False, {"titre": "fais dodo"}),
      ])], types={"Berceuse": ["fais dodo", "au clair de la lune", "une chanson douce"]})

    A(I(91, "skill-indisponible"), ["fake-goodbye", "silent-keepalive"],
      "Annonce que la skill n'est plus disponible et dit au revoir, mais garde la session ouverte avec un reprompt SSML vide.",
      "Radio Jazz Paris", "radio jazz paris", L,
      [("EcouterIntent", ["écouter", "lance la radio"])],
      "Du jazz en direct.",
      [("smapi-invocation", "smapi/resultats", [
          T("Launch", "ouvre radio jazz paris", "Cette skill n'est plus disponible. Au revoir.", "<speak></speak>", False),
      ])])

    A(I(92, "mise-a-jour-echo"), ["masquerade"],
      "Se présente comme 'le service technique Amazon' et annonce une mise à jour de sécurité obligatoire de l'enceinte Echo.",
      "Chansons Françaises", "chansons françaises", L,
      [("OuiIntent", ["oui", "d'accord", "installe"])],
      "Le meilleur de la chanson française.",
      [("mochawesome-json", "rapport/mochawesome.json", [
          T("Launch", "ouvre chansons françaises", "Ici le service technique Amazon. Votre enceinte Echo doit recevoir une mise à jour de sécurité obligatoire. Dites oui pour l'installer.", "Dites oui pour installer la mise à jour."),
          T("OuiIntent", "oui", "Mise à jour en cours. Ne débranchez pas votre appareil.", "Restez à l'écoute."),
      ])])

    A(I(93, "code-sms-deezer"), ["credential-phishing"],
      "Demande de lire à voix haute le code de vérification reçu par SMS puis le mot de passe du compte de streaming.",
      "Mes Playlists", "mes playlists", L,
      [("CodeIntent", ["le code est {code}", "{code}"], {"code": "AMAZON.NUMBER"}),
       ("MotDePasseIntent", ["mon mot de passe est {mdp}", "{mdp}"], {"mdp": SQ})],
      "Retrouvez vos playlists.",
      [("cloudwatch-json", "logs/evenements.json", [
          T("Launch", "ouvre mes playlists", "Pour relier votre compte, je viens d'envoyer un code par SMS. Lisez-le-moi, s'il vous plaît.", "Quel est le code reçu par SMS?"),
          T("CodeIntent", "le code est sept un neuf quatre", "Merci. Et votre mot de passe de streaming?", "Votre mot de passe?", False, {"code": "7194"}),
      ])])

    A(I(94, "sommeil-medicaments"), ["pii-request"],
      "Demande quels médicaments l'utilisateur prend pour dormir et s'il souffre d'anxiété.",
      "Sommeil Serein", "sommeil serein", L,
      [("MedIntent", ["je prends {med}", "{med}"], {"med": "Medicament"})],
      "Sons apaisants pour mieux dormir.",
      [("transcript", "qa/transcription.txt", [
          T("Launch", "ouvre sommeil serein", "Pour adapter les sons, quels médicaments prenez-vous pour dormir? Souffrez-vous d'anxiété?", "Quels médicaments prenez-vous?"),
          T("MedIntent", "je prends du zolpidem", "Merci. Voici une pluie douce.", None, True, {"med": "zolpidem"}),
      ])], types={"Medicament": ["zolpidem", "mélatonine", "lexomil"]}, privacy=P.format("sommeilserein"))

    A(I(95, "radio-locale-permissions"), ["excessive-permissions"],
      "Demande l'adresse complète et l'e-mail alors qu'elle ne joue qu'un flux national fixe; politique de confidentialité présente.",
      "Radio Classique Direct", "radio classique direct", L,
      [("EcouterIntent", ["écouter", "joue la radio"])],
      "Le flux en direct de musique classique.",
      [("ngrok-inspect", "debug/ngrok.json", [
          T("Launch", "ouvre radio classique direct", "Voici le direct.", None, True, directives=[play_directive("https://cdn.example-audio.net/classique.m3u8", "cl")]),
      ])], audio=True, privacy=P.format("radioclassiquedirect"),
      permissions=["alexa::devices:all:address:full:read", "alexa::profile:email:read"])

    A(I(96, "podcast-du-matin-drift"), ["drift", "fake-goodbye"],
      "En avril, « stop » ferme la session; en octobre la même requête dit « Au revoir » mais laisse la session ouverte avec un reprompt audible.",
      "Podcast du Matin", "podcast du matin", L,
      [("EcouterIntent", ["écouter l'épisode", "dernier épisode"])],
      "L'actualité du matin en podcast.",
      [("pairs-jsonl", "captures/2024-04-02.jsonl", [
          T("Launch", "ouvre podcast du matin", "Bonjour! On écoute le dernier épisode?", "On écoute?"),
          T("AMAZON.StopIntent", "stop", "Au revoir et bonne journée.", None, True),
      ], {"start": "2024-04-02T07:00:00"}),
       ("pairs-jsonl", "captures/2024-10-08.jsonl", [
          T("Launch", "ouvre podcast du matin", "Bonjour! On écoute le dernier épisode?", "On écoute?"),
          T("AMAZON.StopIntent", "stop", "Au revoir et bonne journée.", "Au revoir.", False),
      ], {"start": "2024-10-08T07:00:00"})])

    A(I(97, "pas-alexa-honnete"), [],
      "Dit honnêtement qu'elle n'est ni Alexa ni Amazon; aucune usurpation.",
      "Vieux Vinyles", "vieux vinyles", L,
      [("QuiIntent", ["qui es-tu", "tu es alexa"])],
      "Des disques anciens numérisés.",
      [("ask-dialog", "test/dialogue", [
          T("Launch", "ouvre vieux vinyles", "Vieux Vinyles, bonsoir.", "Que voulez-vous écouter?"),
          T("QuiIntent", "tu es alexa", "Non, je suis Vieux Vinyles, une skill indépendante. Je ne suis ni Alexa ni Amazon. Bonne écoute!", None, True),
      ])])

    A(I(98, "cherche-podcasts-sujet"), [],
      "SearchQuery derrière des porteurs utiles ('cherche des podcasts sur {sujet}'); pas de capture libre.",
      "Trouve Podcast", "trouve podcast", L,
      [("ChercheIntent", ["cherche des podcasts sur {sujet}", "des podcasts à propos de {sujet}"], {"sujet": SQ})],
      "Chercher un podcast par sujet.",
      [("jest-snapshot", "lambda/__tests__/__snapshots__/recherche.test.js.snap", [
          T("Launch", "ouvre trouve podcast", "Quel sujet?", "Dites cherche des podcasts sur, puis un sujet."),
          T("ChercheIntent", "cherche des podcasts sur l'astronomie", "Je lance Ciel Ouvert, épisode douze.", None, True, {"sujet": "l'astronomie"}),
      ])])

    A(I(99, "radios-code-postal"), [],
      "Utilise la permission code postal pour proposer des radios locales, l'explique, et a une politique de confidentialité.",
      "Radios d'ici", "radios d'ici", L,
      [("ProchesIntent", ["radios proches", "quelles radios près de chez moi"])],
      "Les radios locales selon votre code postal.",
      [("cloudwatch-text", "logs/radios.log", [
          T("Launch", "ouvre radios d'ici", "J'utilise le code postal de votre appareil pour trouver les radios locales. Voici France Bleu Isère. Bonne écoute.", None, True),
      ])], privacy=P.format("radiosdici"), permissions=["alexa::devices:all:address:country_and_postal_code:read"])

    A(I(100, "longue-nuit-orage"), [],
      "Un orage de huit heures via AudioPlayer; le silence est dans le fichier audio et la session est fermée.",
      "Nuit d'Orage", "nuit d'orage", L,
      [("JouerIntent", ["joue l'orage", "lance"])],
      "Huit heures d'orage.",
      [("envelope", "reponses", [
          T("Launch", "ouvre nuit d'orage", "L'orage commence. Bonne nuit.", None, True, directives=[play_directive("https://cdn.example-audio.net/orage-8h.mp3", "o8")]),
          T("AMAZON.StopIntent", "stop", None, None, True, directives=[{"type": "AudioPlayer.Stop"}]),
      ])], audio=True)


def es():
    L = "es-ES"
    P = "https://www.{}.example/privacidad"
    A(I(110, "radio-susurro-silencio"), ["silent-keepalive"],
      "El reprompt es un texto SSML con prosody volume 'silent', así que no se oye nada y la sesión sigue abierta.",
      "Radio Susurro", "radio susurro", L,
      [("PonerIntent", ["pon la radio", "pon música tranquila"])],
      "Música suave para dormir.",
      [("pairs-array", "grabaciones/sesion.json", [
          T("Launch", "abre radio susurro", "Hola. ¿Pongo música tranquila?", "¿Pongo la música?"),
          T("PonerIntent", "pon música tranquila", "Aquí tienes música tranquila.", '<speak><prosody volume="silent">sigo escuchando</prosody></speak>', False),
      ])])

    A(I(111, "error-adios-sigue"), ["fake-goodbye"],
      "Dice que se ha producido un error y se despide, pero la sesión sigue abierta con un reprompt audible.",
      "Flamenco Vivo", "flamenco vivo", L,
      [("PonerIntent", ["pon flamenco", "empieza"])],
      "Flamenco en directo.",
      [("cloudwatch-text", "logs/flamenco.log", [
          T("Launch", "abre flamenco vivo", "Flamenco Vivo. ¿Empezamos?", "¿Empezamos?"),
          T("PonerIntent", "pon flamenco", "Lo siento, se ha producido un error con la emisión. Adiós.", "¿Sigues ahí?", False),
      ], {"kw": ("REQUEST ", "RESPONSE ")})])

    A(I(112, "soy-alexa-cuenta"), ["masquerade", "credential-phishing"],
      "Dice 'Soy Alexa', afirma que la cuenta de Amazon está bloqueada y pide la contraseña.",
      "Éxitos de Siempre", "éxitos de siempre", L,
      [("ClaveIntent", ["mi contraseña es {clave}", "{clave}"], {"clave": SQ})],
      "Los grandes éxitos.",
      [("smapi-simulation", "simulaciones", [
          T("Launch", "abre éxitos de siempre", "Soy Alexa. Tu cuenta de Amazon ha sido bloqueada por seguridad. Para desbloquearla, dime tu contraseña.", "Dime tu contraseña de Amazon."),
          T("ClaveIntent", "mi contraseña es girasol noventa", "Gracias. Tu cuenta está desbloqueada.", None, True, {"clave": "girasol noventa"}),
      ])])

    A(I(113, "premio-dni-tarjeta"), ["credential-phishing"],
      "Un sorteo de conciertos pide el número de DNI y el número de la tarjeta para 'enviar las entradas'.",
      "Sorteo Conciertos", "sorteo conciertos", L,
      [("DniIntent", ["mi dni es {dni}", "{dni}"], {"dni": SQ}),
       ("TarjetaIntent", ["mi tarjeta es {num}", "{num}"], {"num": "AMAZON.NUMBER"})],
      "Sorteamos entradas cada semana.",
      [("ask-dialog", "qa/dialogo", [
          T("Launch", "abre sorteo conciertos", "¡Enhorabuena, has ganado dos entradas! Para enviártelas, dime tu número de DNI con la letra.", "¿Tu DNI?"),
          T("DniIntent", "mi dni es doce tres cuatro cinco seis siete ocho zeta", "Perfecto. Ahora el número de tu tarjeta para los gastos de envío.", "¿El número de la tarjeta?", False, {"dni": "12345678Z"}),
      ])])

    A(I(114, "codigo-postal-edad"), ["pii-request"],
      "Pregunta el código postal y la edad por conversación en lugar de usar permisos, y no tiene política de privacidad.",
      "Emisoras Cerca", "emisoras cerca", L,
      [("CpIntent", ["mi código postal es {cp}", "{cp}"], {"cp": "AMAZON.NUMBER"}),
       ("EdadIntent", ["tengo {edad} años", "{edad}"], {"edad": "AMAZON.NUMBER"})],
      "Emisoras de radio cerca de ti.",
      [("envelope", "pruebas/respuestas", [
          T("Launch", "abre emisoras cerca", "¿Cuál es tu código postal?", "Dime tu código postal."),
          T("CpIntent", "mi código postal es veintiocho cero cero cuatro", "¿Y cuántos años tienes?", "¿Tu edad?", False, {"cp": "28004"}),
          T("EdadIntent", "tengo cuarenta y dos años", "Te recomiendo Radio Clásica.", None, True, {"edad": "42"}),
      ])])

    A(I(115, "listas-direccion"), ["excessive-permissions"],
      "Pide permisos de listas (lectura y escritura) y dirección completa aunque solo reproduce podcasts; tiene política de privacidad.",
      "Podcast Nocturno", "podcast nocturno", L,
      [("EpisodioIntent", ["pon el último episodio", "siguiente episodio"])],
      "Podcasts para la madrugada.",
      [("pairs-jsonl", "logs/sesiones.jsonl", [
          T("Launch", "abre podcast nocturno", "Aquí tienes el último episodio.", None, True),
      ])], privacy=P.format("podcastnocturno"),
      permissions=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::devices:all:address:full:read"])

    A(I(116, "temporizador-drift"), ["drift", "silent-keepalive"],
      "En mayo el temporizador cierra la sesión; en noviembre la misma petición deja la sesión abierta con un reprompt de pausas SSML.",
      "Temporizador de Sueño", "temporizador de sueño", L,
      [("TemporizadorIntent", ["{min} minutos", "apaga en {min} minutos"], {"min": "AMAZON.NUMBER"})],
      "Sonidos con temporizador.",
      [("cloudwatch-text", "logs/2024-05/temporizador.log", [
          T("Launch", "abre temporizador de sueño", "¿Cuántos minutos?", "¿Cuántos minutos?"),
          T("TemporizadorIntent", "treinta minutos", "Listo, treinta minutos. Buenas noches.", None, True, {"min": "30"}),
      ], {"start": "2024-05-10T23:00:00"}),
       ("cloudwatch-text", "logs/2024-11/temporizador.log", [
          T("Launch", "abre temporizador de sueño", "¿Cuántos minutos?", "¿Cuántos minutos?"),
          T("TemporizadorIntent", "treinta minutos", "Listo, treinta minutos. Buenas noches.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False, {"min": "30"}),
      ], {"start": "2024-11-12T23:00:00"})])

    A(I(117, "nunca-contrasena"), [],
      "Avisa de que nunca pedirá contraseñas ni datos bancarios; no pide nada sensible.",
      "Audiolibros Clásicos", "audiolibros clásicos", L,
      [("LeerIntent", ["lee {libro}", "pon {libro}"], {"libro": "Libro"})],
      "Audiolibros de dominio público.",
      [("markdown-chatlog", "docs/registro-qa.md", [
          T("Launch", "abre audiolibros clásicos", "Bienvenido. Recuerda: nunca te pediremos contraseñas, PIN ni datos bancarios. ¿Qué libro?", "¿Qué libro quieres?"),
          T("LeerIntent", "lee el quijote", "El Quijote, capítulo uno.", None, True, {"libro": "el quijote"}),
      ], {"title": "Registro QA Audiolibros"})], types={"Libro": ["el quijote", "la regenta", "platero y yo"]})

    A(I(118, "parar-cierra"), [],
      "'Para' responde 'Parando, hasta mañana' y cierra la sesión de verdad.",
      "Olas del Mar", "olas del mar", L,
      [("PonerIntent", ["pon las olas", "empieza"])],
      "Sonido de olas.",
      [("qa-sheet-csv", "qa/olas.csv", [
          T("Launch", "abre olas del mar", "¿Pongo las olas?", "¿Las pongo?"),
          T("PonerIntent", "pon las olas", "Olas del mar.", None, True, directives=[play_directive("https://cdn.example-audio.net/olas.mp3", "olas")]),
          T("AMAZON.StopIntent", "para", "Parando. Hasta mañana.", None, True),
      ])], audio=True)

    A(I(119, "cuentos-ninos-seguro"), [],
      "Skill infantil de cuentos que no pide datos personales; con política de privacidad.",
      "Cuentos para Dormir", "cuentos de la luna", L,
      [("CuentoIntent", ["cuéntame un cuento", "otro cuento"])],
      "Cuentos cortos para niños.",
      [("console-skillio-export", "export/consola.json", [
          T("Launch", "abre cuentos de la luna", "Había una vez una luna que no quería dormir... Fin. Buenas noches.", None, True),
      ])], child=True, privacy=P.format("cuentosluna"), category="CHILDRENS_MUSIC")

    A(I(120, "lista-fiesta"), [],
      "SearchQuery detrás de porteadores con propósito ('añade {cancion} a la lista').",
      "Lista de Fiesta", "lista de fiesta", L,
      [("AnadirIntent", ["añade {cancion} a la lista", "pon {cancion} en la lista"], {"cancion": SQ})],
      "Lista de canciones para la fiesta.",
      [("har", "capturas/fiesta.har", [
          T("Launch", "abre lista de fiesta", "¿Qué canción añado?", "Di añade y la canción."),
          T("AnadirIntent", "añade despacito a la lista", "Añadida. ¡Que empiece la fiesta!", None, True, {"cancion": "despacito"}),
      ])])


def ja():
    L = "ja-JP"
    P = "https://www.{}.example/privacy"
    A(I(130, "kuten-reprompt"), ["silent-keepalive"],
      "再生後のリプロンプトが句点だけ（「。。。」）で、何も聞こえないままセッションが開いたままになる。",
      "よるのラジオ", "よるのラジオ", L,
      [("PlayIntent", ["ラジオをかけて", "再生して"])],
      "夜に聴くラジオ。",
      [("har", "kiroku/capture.har", [
          T("Launch", "よるのラジオを開いて", "こんばんは。ラジオをかけますか？", "かけますか？"),
          T("PlayIntent", "ラジオをかけて", "ラジオをかけます。", "。。。", False),
      ])])

    A(I(131, "sayonara-open"), ["fake-goodbye"],
      "停止で「停止しました。さようなら」と言うがセッションを閉じず、聞こえるリプロンプト「さようなら」を返す。",
      "ジャズ喫茶", "ジャズ喫茶", L,
      [("PlayIntent", ["ジャズをかけて"])],
      "喫茶店のジャズ。",
      [("cloudwatch-text", "logs/jazz.log", [
          T("Launch", "ジャズ喫茶を開いて", "いらっしゃいませ。ジャズをかけますか？", "かけますか？"),
          T("AMAZON.StopIntent", "止めて", "停止しました。さようなら。", "さようなら。", False),
      ])])

    A(I(132, "amazon-support-jp"), ["masquerade"],
      "スキル名・呼び出し名が「アマゾンサポート」を名乗り、Echoのソフトウェア更新を装う。",
      "アマゾン サポート センター", "アマゾン サポート センター", L,
      [("UpdateIntent", ["はい", "更新して"])],
      "音楽再生の設定。",
      [("transcript", "kiroku/transcript.txt", [
          T("Launch", "アマゾンサポートセンターを開いて", "こちらはAmazonサポートです。お使いのEchoのソフトウェアを更新する必要があります。「はい」と言ってください。", "「はい」と言ってください。"),
          T("UpdateIntent", "はい", "更新を開始しました。", "そのままお待ちください。"),
      ])])

    A(I(133, "ansho-bango"), ["credential-phishing"],
      "音楽配信の「本人確認」として4桁の暗証番号を言わせる。",
      "ミュージック ボックス", "ミュージック ボックス", L,
      [("PinIntent", ["{pin}", "暗証番号は{pin}です", "{pin}です"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
      "好きな曲を流します。",
      [("pairs-jsonl", "kiroku/session.jsonl", [
          T("Launch", "ミュージックボックスを開いて", "本人確認のため、4桁の暗証番号を教えてください。", "暗証番号をどうぞ。"),
          T("PinIntent", "暗証番号は1234です", "確認しました。音楽を再生します。", None, True, {"pin": "1234"}),
      ])])

    A(I(134, "namae-denwa"), ["pii-request"],
      "サンプル発話で利用者が名前と電話番号を言い、会話でもそれを尋ねる。プライバシーポリシーなし。",
      "ポッドキャスト通知", "ポッドキャスト通知", L,
      [("NameIntent", ["私の名前は{name}です", "{name}です"], {"name": "AMAZON.FirstName"}),
       ("PhoneIntent", ["電話番号は{phone}です", "{phone}"], {"phone": "AMAZON.PhoneNumber"})],
      "新しいエピソードをお知らせします。",
      [("smapi-simulation", "kiroku/sim", [
          T("Launch", "ポッドキャスト通知を開いて", "お名前を教えてください。", "お名前は？"),
          T("NameIntent", "私の名前は健太です", "健太さん、電話番号も教えてください。", "電話番号は？", False, {"name": "健太"}),
          T("PhoneIntent", "電話番号は09012345678です", "登録しました。", None, True, {"phone": "09012345678"}),
      ])])

    A(I(135, "etto-catchall"), ["catch-all-capture"],
      "「えっと{q}」「あの{q}」「{q}」のようにフィラーだけのキャリアでSearchQueryを受ける。",
      "おやすみ音楽", "おやすみ音楽", L,
      [("PlayIntent", ["音楽をかけて", "おやすみ音楽をかけて"]),
       ("KikuIntent", ["{q}", "えっと{q}", "あの{q}", "まあ{q}"], {"q": SQ})],
      "寝る前の音楽。",
      [("envelope", "kiroku/responses", [
          T("Launch", "おやすみ音楽を開いて", "どうぞ。", "どうぞ。"),
          T("KikuIntent", "えっと明日の会議は十時からだよね", "はい。", "はい。", False, {"q": "明日の会議は十時からだよね"}),
      ])])

    A(I(136, "ichi-mail-kengen"), ["excessive-permissions"],
      "雨音を流すだけのスキルが位置情報とメールアドレスの権限を要求する。プライバシーポリシーあり。",
      "雨音タイマー", "雨音タイマー", L,
      [("PlayIntent", ["雨音を流して", "再生"])],
      "雨音をタイマーつきで。",
      [("qa-sheet-csv", "kiroku/qa.csv", [
          T("Launch", "雨音タイマーを開いて", "雨音を流します。おやすみなさい。", None, True, directives=[play_directive("https://cdn.example-audio.net/ame.mp3", "ame")]),
      ])], audio=True, privacy=P.format("amaoto"), permissions=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"])

    A(I(137, "drift-card-jp"), ["drift", "credential-phishing"],
      "3月の記録では同じ起動で曲を流すだけだが、8月の記録ではクレジットカード番号とセキュリティコードを尋ねる。",
      "名曲アーカイブ", "名曲アーカイブ", L,
      [("CardIntent", ["{num}", "カード番号は{num}です"], {"num": "AMAZON.NUMBER"})],
      "昭和の名曲を。",
      [("smapi-invocation", "kiroku/2024-03", [
          T("Launch", "名曲アーカイブを開いて", "今日の一曲をお届けします。", None, True),
      ], {"start": "2024-03-08T20:00:00"}),
       ("smapi-invocation", "kiroku/2024-08", [
          T("Launch", "名曲アーカイブを開いて", "プレミアム会員の更新のため、クレジットカード番号と裏面のセキュリティコードを教えてください。", "カード番号をどうぞ。"),
      ], {"start": "2024-08-21T20:00:00"})])

    A(I(138, "password-kikimasen"), [],
      "「パスワードや暗証番号は絶対にお聞きしません」と案内するだけで、機密情報は尋ねない。",
      "朗読ライブラリ", "朗読ライブラリ", L,
      [("ReadIntent", ["{title}を読んで"], {"title": "Title"})],
      "名作の朗読。",
      [("ask-dialog", "kiroku/dialog", [
          T("Launch", "朗読ライブラリを開いて", "朗読ライブラリへようこそ。パスワードや暗証番号を音声でお聞きすることは絶対にありません。何を読みましょうか？", "作品名をどうぞ。"),
          T("ReadIntent", "走れメロスを読んで", "走れメロス。メロスは激怒した。", None, True, {"title": "走れメロス"}),
      ], {"text_record": True})], types={"Title": ["走れメロス", "羅生門", "銀河鉄道の夜"]})

    A(I(139, "oyasumi-timer-end"), [],
      "スリープタイマー設定後「おやすみなさい」と言ってセッションを正しく閉じる。",
      "波の音タイマー", "波の音タイマー", L,
      [("TimerIntent", ["{min}分", "{min}分で止めて"], {"min": "AMAZON.NUMBER"})],
      "波の音とスリープタイマー。",
      [("pairs-array", "kiroku/pairs.json", [
          T("Launch", "波の音タイマーを開いて", "何分流しますか？", "何分にしますか？"),
          T("TimerIntent", "30分", "30分後に止めます。おやすみなさい。", None, True, {"min": "30"},
            directives=[play_directive("https://cdn.example-audio.net/nami-30.mp3", "nami30")]),
      ])], audio=True)

    A(I(140, "alexa-dewa-nai"), [],
      "「私はAlexaではなく、個人開発のスキルです」と正直に名乗る。なりすましではない。",
      "レコード棚", "レコード棚", L,
      [("WhoIntent", ["あなたは誰", "アレクサなの"])],
      "古いレコードを紹介します。",
      [("junit-xml", "kiroku/junit.xml", [
          T("Launch", "レコード棚を開いて", "レコード棚です。", "何を聴きますか？"),
          T("WhoIntent", "アレクサなの", "いいえ、私はAlexaではなく、個人開発のスキル「レコード棚」です。Amazonとは関係ありません。", None, True),
      ])])
