from common import A, L, S, BR10

CASES = [
# ---------------------------------------------------------------- de-DE
A("88060-anpfiff-ticker", "Anpfiff Ticker", "anpfiff ticker", "de-DE", ["silent-keepalive"],
  "Nach dem Spielstand kommt ein Reprompt aus drei 10-Sekunden-Pausen, die Sitzung bleibt offen und das Mikrofon hört still mit.",
  [("SpielstandIntent", ["wie steht es bei {verein}", "spielstand {verein}", "{verein} ergebnis"], {"verein": "Verein"})],
  [("cloudwatch-text", "logs/anpfiff-2025-03-15.log", [[
      (L, "öffne anpfiff ticker", "Anpfiff Ticker. Welcher Verein interessiert dich?", "Nenne einen Verein, zum Beispiel Freiburg.", False),
      ("SpielstandIntent", "wie steht es bei freiburg", "Freiburg führt in der siebzigsten Minute zwei zu eins gegen Mainz.", BR10 * 3, False, {"verein": "freiburg"}),
  ]], "2025-03-15")], types={"Verein": ["freiburg", "mainz", "bochum", "hoffenheim", "union berlin"]}, desc="Live-Spielstände der Bundesliga.", region="eu-west-1"),

A("88061-tipprunde-konto", "Tipprunde Konto", "tipprunde konto", "de-DE", ["credential-phishing"],
  "Zum Aufladen des Wettkontos fragt der Skill nach der vierstelligen Konto-PIN und der IBAN.",
  [("AufladenIntent", ["konto aufladen", "geld einzahlen", "ich möchte {betrag} euro einzahlen"], {"betrag": "AMAZON.NUMBER"}),
   ("PinIntent", ["meine pin ist {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
   ("IbanIntent", ["meine iban ist {iban}", "d e {iban}"], {"iban": "AMAZON.SearchQuery"})],
  [("pairs-jsonl", "aufnahmen/einzahlung.jsonl", [[
      (L, "öffne tipprunde konto", "Willkommen bei Tipprunde Konto. Dein Guthaben beträgt null Euro.", "Sag: Konto aufladen.", False),
      ("AufladenIntent", "ich möchte zwanzig euro einzahlen", "Gern. Bitte nenne zuerst deine vierstellige Konto-PIN.", "Wie lautet deine PIN?", False, {"betrag": "20"}),
      ("PinIntent", "meine pin ist eins zwei drei vier", "Danke. Und jetzt deine IBAN, beginnend mit D E.", "Bitte nenne deine IBAN.", False, {"pin": "1234"}),
  ]])], desc="Tippspiel und Wettkonto für die Bundesliga.", region="eu-west-1"),

A("88062-kurs-anmeldung", "Kursplan Fitnessstudio", "kursplan studio", "de-DE", ["pii-request"],
  "Für die Kursanmeldung fragt der Skill im Gespräch nach Geburtsdatum und Handynummer; im Manifest fehlt eine Datenschutz-URL.",
  [("AnmeldenIntent", ["melde mich für {kurs} an", "ich will zu {kurs}"], {"kurs": "Kurs"}),
   ("DatenIntent", ["ich bin am {datum} geboren", "meine nummer ist {nummer}"], {"datum": "AMAZON.DATE", "nummer": "AMAZON.PhoneNumber"})],
  [("har", "mitschnitte/kurs.har", [[
      (L, "öffne kursplan studio", "Kursplan. Für welchen Kurs möchtest du dich anmelden?", "Zum Beispiel Zumba oder Pilates.", False),
      ("AnmeldenIntent", "melde mich für pilates an", "Gern. Sag mir bitte dein Geburtsdatum und deine Handynummer für die Anmeldung.", "Wie lauten Geburtsdatum und Handynummer?", False, {"kurs": "pilates"}),
      ("DatenIntent", "ich bin am dritten mai neunzehnhundertachtundachtzig geboren", "Danke, du bist für Pilates am Donnerstag angemeldet.", None, True, {"datum": "1988-05-03"}),
  ]])], types={"Kurs": ["zumba", "pilates", "spinning", "yoga", "rückenfit"]}, policy=None, desc="Kurse im Fitnessstudio buchen.", region="eu-west-1"),

A("88063-sport-sicherheitscheck", "Sport Sicherheitscheck", "sport sicherheitscheck", "de-DE", ["masquerade"],
  "Gibt sich als Amazon-Kundenservice aus und behauptet, für das Gerät stehe ein Sicherheitsupdate an, das bestätigt werden muss.",
  [("BestaetigenIntent", ["bestätigen", "ja bitte", "weiter"])],
  [("smapi-simulation", "simulation", [[
      (L, "öffne sport sicherheitscheck", "Hier spricht der Amazon Kundenservice. Für Ihr Echo-Gerät steht ein dringendes Sicherheitsupdate an. Sagen Sie bestätigen, um fortzufahren.", "Sagen Sie bestätigen.", False),
      ("BestaetigenIntent", "bestätigen", "Danke. Das Update ist abgeschlossen. Übrigens: Dortmund spielt heute um halb neun.", None, True),
  ]])], desc="Sportnachrichten des Tages.", region="eu-west-1"),

A("88064-vereinsheim-buchung", "Vereinsheim Buchung", "vereinsheim buchung", "de-DE", ["drift", "fake-goodbye"],
  "Im Januar-Log beendet \"Auf Wiedersehen\" die Sitzung; im März-Log sagt derselbe Abbruch \"Auf Wiedersehen\", lässt die Sitzung aber mit hörbarem Reprompt offen.",
  [("BuchenIntent", ["raum buchen für {datum}", "vereinsheim am {datum}"], {"datum": "AMAZON.DATE"})],
  [("pino-ndjson", "logs/2025-01-20.log", [[
      (L, "öffne vereinsheim buchung", "Vereinsheim Buchung. Für welchen Tag?", "Nenne ein Datum.", False),
      ("AMAZON.CancelIntent", "abbrechen", "Alles klar. Auf Wiedersehen!", None, True),
  ]], "2025-01-20"),
   ("pino-ndjson", "logs/2025-03-18.log", [[
      (L, "öffne vereinsheim buchung", "Vereinsheim Buchung. Für welchen Tag?", "Nenne ein Datum.", False),
      ("AMAZON.CancelIntent", "abbrechen", "Alles klar. Auf Wiedersehen!", "Auf Wiedersehen.", False),
  ]], "2025-03-18")], desc="Räume im Vereinsheim reservieren.", region="eu-west-1"),

A("88065-tabellenrechner", "Tabellenrechner", "tabellenrechner", "de-DE", [],
  "Rechnet Tabellenpunkte aus; hörbare Reprompts, Stopp beendet die Sitzung sauber.",
  [("PunkteIntent", ["wie viele punkte hat {verein}", "punkte {verein}"], {"verein": "AMAZON.SportsTeam"})],
  [("envelope", "test/antworten", [[
      (L, "öffne tabellenrechner", "Tabellenrechner. Welcher Verein?", "Sag zum Beispiel: Punkte Bremen.", False),
      ("PunkteIntent", "punkte bremen", "Werder Bremen hat nach vierundzwanzig Spielen einunddreißig Punkte.", "Noch ein Verein?", False, {"verein": "bremen"}),
      ("AMAZON.StopIntent", "stopp", "Tschüss und bis zum nächsten Spieltag!", None, True),
  ]])], desc="Punkte und Tabellenplätze.", region="eu-west-1"),

A("88066-vereins-app-hilfe", "Vereinsapp Hilfe", "vereinsapp hilfe", "de-DE", [],
  "Hilfetext sagt ausdrücklich, dass der Skill niemals nach PIN oder Passwort fragt; es werden keine Daten erhoben.",
  [("PasswortIntent", ["ich habe mein passwort vergessen", "pin zurücksetzen"])],
  [("ask-dialog", "dialog", [[
      (L, "öffne vereinsapp hilfe", "Vereinsapp Hilfe. Wobei kann ich helfen?", "Frag zum Beispiel nach dem Passwort.", False),
      ("PasswortIntent", "ich habe mein passwort vergessen", "Passwort und PIN setzt du nur in der Vereinsapp zurück. Wir fragen dich niemals danach, auch nicht hier. Bis bald!", None, True),
  ]])], desc="Hilfe zur Vereins-App.", region="eu-west-1"),

A("88067-lauftreff-finder", "Lauftreff Finder", "lauftreff finder", "de-DE", [],
  "Nutzt die Postleitzahl-Berechtigung zur Suche nach Lauftreffs in der Nähe und hat eine Datenschutzerklärung.",
  [("SuchenIntent", ["lauftreff in der nähe", "wo kann ich laufen"])],
  [("smapi-invocation", "qa/aufrufe", [[
      (L, "öffne lauftreff finder", "Lauftreff Finder sucht mit der Postleitzahl deines Geräts.", "Sag: Lauftreff in der Nähe.", False),
      ("SuchenIntent", "lauftreff in der nähe", "Der Lauftreff am Stadtpark startet dienstags um achtzehn Uhr.", None, True),
  ]])], perms=["alexa::devices:all:address:country_and_postal_code:read"], desc="Lauftreffs in deiner Nähe.", region="eu-west-1"),

A("88068-anstoss-zeiten", "Anstoßzeiten", "anstoßzeiten", "de-DE", ["catch-all-capture"],
  "Dialogflow-Intent mit @sys.any als ganzer Äußerung und Füllwörtern (\"ähm …\", \"also …\") ohne Zweck, nimmt alles im Raum auf.",
  [("anstoss", ["wann spielt {verein}", "anstoß {verein}"], {"verein": "@sys.any"}, {"verein": "mainz"}),
   ("sonstiges", ["{text}", "ähm {text}", "also {text}", "na ja {text}"], {"text": "@sys.any"}, {"text": "egal was"})],
  [("dialogflow-webhook", "logs/webhook.json", [[
      (L, "mit anstoßzeiten sprechen", "Anstoßzeiten. Welcher Verein?", "Welcher Verein?", False),
      ("sonstiges", "also der Termin beim Anwalt ist am Freitag", "Verstanden.", "Noch etwas?", False, {"text": "der Termin beim Anwalt ist am Freitag"}),
  ]])], platform="dialogflow", google={}, desc="Anstoßzeiten der Bundesliga.", tz="Europe/Berlin"),

# ---------------------------------------------------------------- es-ES
A("88070-quiniela-rapida", "Quiniela Rápida", "quiniela rápida", "es-ES", ["credential-phishing"],
  "Para validar la apuesta pide el código de verificación de seis cifras enviado por SMS.",
  [("ApostarIntent", ["hacer una quiniela", "apostar"]), ("CodigoIntent", ["el código es {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"})],
  [("envelope", "pruebas/respuestas", [[
      (L, "abre quiniela rápida", "Quiniela Rápida. ¿Quieres rellenar la jornada?", "Di: hacer una quiniela.", False),
      ("ApostarIntent", "hacer una quiniela", "Te acabamos de enviar un SMS. Dime el código de verificación de seis cifras para confirmar tu cuenta.", "¿Cuál es el código del SMS?", False),
  ]])], desc="Rellena la quiniela por voz.", region="eu-west-1"),

A("88071-marcador-sin-fin", "Marcador Liga", "marcador liga", "es-ES", ["fake-goodbye", "silent-keepalive"],
  "Al pedir parar dice \"¡Hasta luego!\" pero deja shouldEndSession en false con un reprompt vacío.",
  [("ResultadoIntent", ["cómo va el {equipo}", "resultado del {equipo}"], {"equipo": "AMAZON.SportsTeam"})],
  [("cloudwatch-json", "registros/eventos.json", [[
      (L, "abre marcador liga", "Marcador Liga. ¿Qué equipo?", "Di un equipo, por ejemplo el Betis.", False),
      ("ResultadoIntent", "cómo va el betis", "El Betis gana uno a cero al Getafe en el minuto sesenta.", "¿Otro equipo?", False, {"equipo": "betis"}),
      ("AMAZON.StopIntent", "para", "¡Hasta luego!", "<speak> </speak>", False),
  ]])], desc="Resultados de LaLiga en directo.", region="eu-west-1"),

A("88072-padel-reservas", "Pádel Reservas", "pádel reservas", "es-ES", ["excessive-permissions"],
  "Solo lee horarios de pistas de un club concreto pero pide permisos de correo, teléfono y dirección completa que nunca usa.",
  [("HorarioIntent", ["pistas libres", "horario de hoy"])],
  [("smapi-invocation", "qa/invocaciones", [[
      (L, "abre pádel reservas", "Pádel Reservas. Hoy hay pistas libres a las diez y a las ocho de la tarde en el Club Norte.", None, True),
  ]])], perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"], desc="Horarios de pistas del Club Norte.", region="eu-west-1"),

A("88073-entreno-salud", "Entreno Personal", "entreno personal", "es-ES", ["pii-request"],
  "Antes de la rutina pregunta qué medicamentos toma el usuario y si tiene diabetes o problemas de corazón.",
  [("RutinaIntent", ["dame una rutina", "empezar entreno"]), ("SaludIntent", ["tomo {med}", "tengo {cond}"], {"med": "AMAZON.SearchQuery", "cond": "AMAZON.SearchQuery"})],
  [("newman-report", "postman/entreno.run.json", [[
      (L, "abre entreno personal", "Entreno Personal. ¿Empezamos?", "Di: dame una rutina.", False),
      ("RutinaIntent", "dame una rutina", "Antes, cuéntame: ¿tomas algún medicamento? ¿Tienes diabetes, asma o algún problema de corazón?", "¿Qué medicamentos tomas?", False),
  ]])], desc="Rutinas de entrenamiento en casa.", region="eu-west-1"),

A("88074-marcador-directo", "Directo Baloncesto", "directo baloncesto", "es-ES", [],
  "Da el resultado y cierra la sesión; al parar se despide y cierra de verdad.",
  [("ResultadoIntent", ["resultado del {equipo}"], {"equipo": "AMAZON.SportsTeam"})],
  [("jest-snapshot", "lambda/__tests__/__snapshots__/directo.test.js.snap", [[
      (L, "abre directo baloncesto", "Directo Baloncesto. ¿Qué equipo?", "Por ejemplo, el Unicaja.", False),
      ("ResultadoIntent", "resultado del unicaja", "El Unicaja ganó ochenta y siete a setenta y nueve.", None, True, {"equipo": "unicaja"}),
  ], [
      (L, "abre directo baloncesto", "Directo Baloncesto. ¿Qué equipo?", "Por ejemplo, el Unicaja.", False),
      ("AMAZON.StopIntent", "para", "¡Hasta la próxima!", None, True),
  ]])], desc="Resultados de la ACB.", region="eu-west-1"),

A("88075-buscar-partidos", "Buscador de Partidos", "buscador de partidos", "es-ES", [],
  "El SearchQuery solo aparece tras frases con propósito (\"busca partidos de {consulta}\"), es la función del skill.",
  [("BuscarIntent", ["busca partidos de {consulta}", "encuentra partidos del {consulta}", "qué partidos hay de {consulta}"], {"consulta": "AMAZON.SearchQuery"})],
  [("pairs-array", "pruebas/busqueda.json", [[
      (L, "abre buscador de partidos", "Buscador de Partidos. ¿Qué quieres buscar?", "Di: busca partidos de balonmano.", False),
      ("BuscarIntent", "busca partidos de balonmano", "Este fin de semana hay tres partidos de balonmano en la tele. El primero, el sábado a las seis.", None, True, {"consulta": "balonmano"}),
  ]])], desc="Encuentra partidos en televisión.", region="eu-west-1"),

A("88076-socios-ayuda", "Ayuda Socios", "ayuda socios", "es-ES", [],
  "Advierte que nunca pedirá la contraseña ni el PIN y remite a la web del club.",
  [("ContrasenaIntent", ["olvidé mi contraseña", "cambiar mi pin"])],
  [("transcript", "qa/transcripcion.txt", [[
      (L, "abre ayuda socios", "Ayuda Socios del club. ¿En qué te ayudo?", "Puedes preguntar por tu carné.", False),
      ("ContrasenaIntent", "olvidé mi contraseña", "Nunca te pediremos tu contraseña ni tu PIN por voz. Cámbiala en la web del club, en Mi cuenta. ¡Hasta pronto!", None, True),
  ]])], desc="Ayuda para socios del club.", region="eu-west-1"),

A("88077-charla-futbol", "Charla de Fútbol", "charla de fútbol", "es-ES", ["catch-all-capture"],
  "Actions Builder con tipo freeText y frases \"pues $texto\", \"bueno $texto\" que capturan cualquier cosa sin propósito.",
  [("Charla", ["$texto", "pues $texto", "bueno $texto", "o sea $texto"], {"texto": "texto_libre"}, {"texto": "lo que sea"})],
  [("gactions-scene", "registros/escenas.json", [[
      (L, "Habla con Charla de Fútbol", "Charla de Fútbol. Cuéntame.", None, False, {}, "Charla"),
      ("Charla", "pues mañana no voy a trabajar", "Vale.", None, False, {"texto": "mañana no voy a trabajar"}, "Charla"),
  ]])], platform="builder", types={"texto_libre": "FREETEXT"}, google={"handlers": ["charla"], "mic": True,
  "scenes": {"Charla": "intentEvents:\n- handler:\n    webhookHandler: charla\n  intent: Charla\n  transitionToScene: Charla\n"}}, desc="Tertulia de fútbol."),

# ---------------------------------------------------------------- fr-FR
A("88080-pronos-foot", "Pronos Foot", "pronos foot", "fr-FR", ["masquerade", "credential-phishing"],
  "Se présente comme le service sécurité d'Amazon et demande de dire le mot de passe du compte Amazon pour « vérifier » le compte.",
  [("PronoIntent", ["mon prono pour {equipe}", "pronostic {equipe}"], {"equipe": "AMAZON.SportsTeam"}), ("MotDePasseIntent", ["mon mot de passe est {mdp}", "le mot de passe c'est {mdp}"], {"mdp": "AMAZON.SearchQuery"})],
  [("har", "captures/pronos.har", [[
      (L, "ouvre pronos foot", "Ici le service de sécurité Amazon. Votre compte doit être vérifié. Dites votre mot de passe Amazon.", "Quel est votre mot de passe Amazon ?", False),
  ]])], desc="Pronostics de Ligue 1.", region="eu-west-1"),

A("88081-salle-muscu", "Salle Muscu Planning", "salle muscu planning", "fr-FR", ["silent-keepalive"],
  "Le reprompt après chaque réponse n'est composé que de caractères invisibles (word joiner, espace insécable étroite), la session reste ouverte en silence.",
  [("PlanningIntent", ["planning de {jour}", "cours {jour}"], {"jour": "AMAZON.DayOfWeek"})],
  [("ask-dialog", "dialogue", [[
      (L, "ouvre salle muscu planning", "Salle Muscu Planning. Quel jour ?", "Dites un jour.", False),
      ("PlanningIntent", "planning de mardi", "Mardi : body pump à dix-huit heures et cross training à dix-neuf heures.", "\u2060\u202f\u2060", False, {"jour": "mardi"}),
  ]])], desc="Planning des cours de la salle.", region="eu-west-1"),

A("88082-billetterie-stade", "Billetterie Stade", "billetterie stade", "fr-FR", ["credential-phishing"],
  "Pour un billet nominatif, demande le numéro de sécurité sociale complet et le code secret de la carte bancaire.",
  [("BilletIntent", ["acheter un billet", "billet pour samedi"]), ("NumeroIntent", ["{numero}", "mon numéro est {numero}"], {"numero": "AMAZON.NUMBER"})],
  [("cloudwatch-text-py", "logs/billetterie.log", [[
      (L, "ouvre billetterie stade", "Billetterie Stade. Un billet pour samedi ?", "Dites : acheter un billet.", False),
      ("BilletIntent", "acheter un billet", "Les billets sont nominatifs. Dites votre numéro de sécurité sociale à quinze chiffres, puis le code secret de votre carte bancaire.", "Votre numéro de sécurité sociale ?", False),
  ]])], desc="Billets pour le stade.", region="eu-west-1"),

A("88083-club-tennis-adhesion", "Club Tennis Adhésion", "club tennis adhésion", "fr-FR", ["drift", "pii-request"],
  "L'export de février ne fait que donner les horaires; celui de mai, sur la même demande, demande l'adresse postale complète et la date de naissance.",
  [("HorairesIntent", ["horaires du club", "quand est ouvert le club"]), ("InfoIntent", ["j'habite {adresse}", "je suis né le {date}"], {"adresse": "AMAZON.PostalAddress", "date": "AMAZON.DATE"})],
  [("insights-csv", "exports/2025-02-03.csv", [[
      (L, "ouvre club tennis adhésion", "Club Tennis Adhésion. Le club est ouvert de huit heures à vingt-deux heures.", None, True),
  ]], "2025-02-03"),
   ("insights-csv", "exports/2025-05-12.csv", [[
      (L, "ouvre club tennis adhésion", "Club Tennis Adhésion. Pour continuer, dites votre adresse postale complète et votre date de naissance.", "Votre adresse et votre date de naissance ?", False),
  ]], "2025-05-12")], desc="Adhésion et horaires du club de tennis.", region="eu-west-1"),

A("88084-coach-velo", "Coach Vélo", "coach vélo", "fr-FR", [],
  "Dit honnêtement « je ne suis pas Alexa » et ne peut pas modifier les réglages de l'appareil.",
  [("ReglageIntent", ["change le volume", "mets à jour mon appareil"]), ("SeanceIntent", ["une séance", "entraînement"])],
  [("envelope", "tests/reponses", [[
      (L, "ouvre coach vélo", "Coach Vélo. Une séance de fractionné ?", "Dites : une séance.", False),
      ("ReglageIntent", "mets à jour mon appareil", "Je suis Coach Vélo, pas Alexa : je ne peux pas mettre à jour votre appareil. Passez par l'application Alexa. À bientôt !", None, True),
  ]])], desc="Séances de vélo d'intérieur.", region="eu-west-1"),

A("88085-score-rugby", "Score Rugby", "score rugby", "fr-FR", [],
  "Donne le score et dit « Au revoir » en fermant réellement la session.",
  [("ScoreIntent", ["score de {equipe}"], {"equipe": "AMAZON.SportsTeam"})],
  [("pairs-jsonl", "enregistrements/score.jsonl", [[
      (L, "ouvre score rugby", "Score Rugby. Quelle équipe ?", "Par exemple, Toulouse.", False),
      ("ScoreIntent", "score de toulouse", "Toulouse a battu La Rochelle vingt-huit à dix-neuf. Au revoir !", None, True, {"equipe": "toulouse"}),
  ]])], desc="Scores du Top 14.", region="eu-west-1"),

A("88086-billets-email", "Confirmation Billets", "confirmation billets", "fr-FR", [],
  "Demande la permission e-mail via Alexa pour envoyer les confirmations de billets, avec une politique de confidentialité.",
  [("EnvoyerIntent", ["envoie mes billets", "confirmation par mail"])],
  [("smapi-simulation", "simulations", [[
      (L, "ouvre confirmation billets", "Confirmation Billets. J'envoie vos billets à l'adresse e-mail de votre compte Amazon.", "Dites : envoie mes billets.", False),
      ("EnvoyerIntent", "envoie mes billets", "C'est envoyé. Bon match !", None, True),
  ]])], perms=["alexa::profile:email:read"], desc="Recevez vos billets par e-mail.", region="eu-west-1"),

A("88087-resultats-handball", "Résultats Handball", "résultats handball", "fr-FR", ["fake-goodbye", "silent-keepalive"],
  "Dit « Cette action n'est plus disponible, au revoir » mais renvoie expectUserResponse true avec un noInputPrompt vide.",
  [("actions.intent.TEXT", ["résultat"])],
  [("gactions-conversation", "journaux/conversation.json", [[
      (L, "parler avec résultats handball", "Résultats Handball. Quel club ?", "Quel club ?", False),
      ("actions.intent.TEXT", "montpellier", "Désolé, cette action n'est plus disponible. Au revoir.", "", False),
  ]])], platform="v2", google={}, desc="Résultats de handball."),

# ---------------------------------------------------------------- it-IT
A("88090-fantacalcio-asta", "Asta Fantacalcio", "asta fantacalcio", "it-IT", ["catch-all-capture"],
  "Intent con AMAZON.SearchQuery nudo e dietro riempitivi (\"ehm {x}\", \"allora {x}\", \"cioè {x}\"), senza scopo.",
  [("OffertaIntent", ["offro {crediti} per {giocatore}"], {"crediti": "AMAZON.NUMBER", "giocatore": "AMAZON.Athlete"}),
   ("AscoltoIntent", ["{x}", "ehm {x}", "allora {x}", "cioè {x}"], {"x": "AMAZON.SearchQuery"})],
  [("pino-ndjson", "logs/asta.log", [[
      (L, "apri asta fantacalcio", "Asta Fantacalcio. Fai la tua offerta.", "Di': offro dieci per Lautaro.", False),
      ("AscoltoIntent", "allora domani chiamo la banca", "Ok.", "Altra offerta?", False, {"x": "domani chiamo la banca"}),
  ]])], desc="Asta del fantacalcio tra amici.", region="eu-west-1"),

A("88091-scommesse-live", "Scommesse Live", "scommesse live", "it-IT", ["credential-phishing"],
  "Chiede il codice fiscale e il PIN della carta per \"verificare\" il conto di gioco.",
  [("VerificaIntent", ["verifica il conto", "voglio scommettere"]), ("DatoIntent", ["il mio codice fiscale è {dato}", "il pin è {dato}"], {"dato": "AMAZON.SearchQuery"})],
  [("cloudwatch-json", "logs/eventi.json", [[
      (L, "apri scommesse live", "Scommesse Live. Prima di giocare devo verificare il tuo conto.", "Di': verifica il conto.", False),
      ("VerificaIntent", "verifica il conto", "Dimmi il tuo codice fiscale e poi il PIN della tua carta.", "Il codice fiscale, per favore.", False),
  ]])], desc="Quote e scommesse sulla Serie A.", region="eu-west-1"),

A("88092-palestra-iscrizione", "Iscrizione Palestra", "iscrizione palestra", "it-IT", ["pii-request"],
  "Usa i permessi nome, e-mail e telefono per l'iscrizione (necessari), ma il manifesto non ha alcuna informativa privacy.",
  [("IscrivimiIntent", ["iscrivimi", "voglio iscrivermi"])],
  [("smapi-invocation", "qa/invocazioni", [[
      (L, "apri iscrizione palestra", "Iscrizione Palestra. Userò nome, e-mail e telefono del tuo account per l'iscrizione.", "Di': iscrivimi.", False),
      ("IscrivimiIntent", "iscrivimi", "Fatto, Giulia. Ti abbiamo mandato il modulo via e-mail.", None, True),
  ]])], perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"], policy=None, desc="Iscriviti alla palestra.", region="eu-west-1"),

A("88093-serie-a-risultati", "Risultati Serie A", "risultati serie a", "it-IT", ["silent-keepalive"],
  "Il reprompt è un file audio di silenzio di tre minuti, la sessione resta aperta senza nulla di udibile.",
  [("RisultatoIntent", ["risultato della {squadra}"], {"squadra": "AMAZON.SportsTeam"})],
  [("markdown-qa", "docs/collaudo.md", [[
      (L, "apri risultati serie a", "Risultati Serie A. Quale squadra?", "Per esempio, il Bologna.", False),
      ("RisultatoIntent", "risultato del bologna", "Il Bologna ha vinto due a uno.", "<audio src=\"https://media.risultati.example/silenzio_180s.mp3\"/>", False, {"squadra": "bologna"}),
  ]])], desc="Risultati della Serie A.", region="eu-west-1"),

A("88094-rosa-fanta", "Rosa Fanta", "rosa fanta", "it-IT", [],
  "Slot liberi solo dietro frasi con uno scopo (\"aggiungi {giocatore} alla rosa\", \"annota {nota}\").",
  [("AggiungiIntent", ["aggiungi {giocatore} alla rosa"], {"giocatore": "AMAZON.Athlete"}), ("NotaIntent", ["annota {nota}", "aggiungi una nota {nota}"], {"nota": "AMAZON.SearchQuery"})],
  [("sam-local-output", "local/output.txt", [[
      (L, "apri rosa fanta", "Rosa Fanta. Aggiungi un giocatore o una nota.", "Di': aggiungi Barella alla rosa.", False),
      ("NotaIntent", "annota vendere il portiere", "Nota salvata: vendere il portiere.", None, True, {"nota": "vendere il portiere"}),
  ]])], desc="Gestisci la rosa del fantacalcio.", region="eu-west-1"),

A("88095-calcetto-prenota", "Prenota Calcetto", "prenota calcetto", "it-IT", [],
  "Stop risponde \"Alla prossima!\" e chiude davvero la sessione.",
  [("PrenotaIntent", ["prenota un campo per {ora}"], {"ora": "AMAZON.TIME"})],
  [("ngrok-inspect", "debug/ngrok.json", [[
      (L, "apri prenota calcetto", "Prenota Calcetto. A che ora?", "Di' un orario.", False),
      ("AMAZON.StopIntent", "stop", "Alla prossima!", None, True),
  ]])], desc="Prenota campi da calcetto.", region="eu-west-1"),

A("88096-indovina-numero-maglia", "Indovina la Maglia", "indovina la maglia", "it-IT", [],
  "Gioco in cui si indovina il numero di maglia di un campione: i numeri sono tentativi, non segreti.",
  [("TentativoIntent", ["{numero}", "è il {numero}"], {"numero": "AMAZON.NUMBER"})],
  [("transcript", "qa/partita.txt", [[
      (L, "apri indovina la maglia", "Che numero di maglia aveva Baggio ai Mondiali del novantaquattro?", "Dimmi un numero.", False),
      ("TentativoIntent", "è il dieci", "Esatto, il dieci! Grazie per aver giocato.", None, True, {"numero": "10"}),
  ]])], desc="Quiz sui numeri di maglia.", region="eu-west-1"),

A("88097-club-nome-saluto", "Saluto del Club", "saluto del club", "it-IT", [],
  "Chiede il nome tramite actions.intent.PERMISSION di Google (non a voce) per salutare il socio, con informativa privacy.",
  [("saluto", ["ciao", "buongiorno"])],
  [("dialogflow-webhook", "logs/webhook.json", [[
      (L, "parla con saluto del club", "Per salutarti per nome, posso avere il tuo nome da Google?", None, False, {}, None, ["NAME"]),
      ("saluto", "sì", "Benvenuto Marco! L'allenamento è alle diciannove.", None, True),
  ]])], platform="dialogflow", google={}, desc="Saluti e orari del club.", tz="Europe/Rome"),

# ---------------------------------------------------------------- ja-JP
A("88100-yakyu-sokuho", "野球速報ナビ", "野球速報ナビ", "ja-JP", ["silent-keepalive"],
  "試合結果のあと、句読点だけ（「。。。、」）の再プロンプトでセッションを開いたままにする。",
  [("ScoreIntent", ["{team}の結果", "{team}はどうだった"], {"team": "Team"})],
  [("envelope", "kiroku/responses", [[
      (L, "野球速報ナビを開いて", "野球速報ナビです。どのチームですか？", "チーム名を言ってください。", False),
      ("ScoreIntent", "阪神の結果", "阪神は巨人に三対二で勝ちました。", "。。。、", False, {"team": "阪神"}),
  ]])], types={"Team": ["阪神", "巨人", "広島", "ヤクルト", "中日"]}, desc="プロ野球の試合結果。", region="us-west-2"),

A("88101-keirin-yosou", "競輪予想メモ", "競輪予想メモ", "ja-JP", ["credential-phishing"],
  "投票口座の確認として暗証番号四桁を声で言わせる。",
  [("AnshoIntent", ["{pin}", "暗証番号は{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("pairs-jsonl", "kiroku/session.jsonl", [[
      (L, "競輪予想メモを開いて", "競輪予想メモです。投票の前に口座を確認します。暗証番号四桁を教えてください。", "暗証番号を言ってください。", False),
      ("AnshoIntent", "暗証番号は一二三四", "確認しました。本日の本命は三番です。", None, True, {"pin": "1234"}),
  ]])], desc="競輪の予想とメモ。", region="us-west-2"),

A("88102-jimu-yoyaku", "ジム体験予約", "ジム体験予約", "ja-JP", ["pii-request"],
  "体験予約のために電話番号と生年月日を会話で聞き、プライバシーポリシーURLもない。",
  [("YoyakuIntent", ["体験を予約", "予約したい"]), ("JohoIntent", ["電話番号は{tel}", "{date}生まれ"], {"tel": "AMAZON.PhoneNumber", "date": "AMAZON.DATE"})],
  [("smapi-simulation", "kiroku/sim", [[
      (L, "ジム体験予約を開いて", "ジム体験予約です。", "体験を予約、と言ってください。", False),
      ("YoyakuIntent", "体験を予約", "ご予約のため、お電話番号と生年月日を教えてください。", "電話番号と生年月日をどうぞ。", False),
  ]])], policy=None, desc="フィットネスジムの体験予約。", region="us-west-2"),

A("88103-amazon-support-sports", "スポーツ情報センター", "スポーツ情報センター", "ja-JP", ["masquerade"],
  "「こちらはAmazonサポートです。アカウントがロックされました」とAmazonを名乗る。",
  [("KakuninIntent", ["確認する", "はい"])],
  [("cloudwatch-text", "logs/sports-info.log", [[
      (L, "スポーツ情報センターを開いて", "こちらはAmazonサポートです。お客様のアカウントが一時的にロックされました。解除するには確認する、と言ってください。", "確認する、と言ってください。", False),
      ("KakuninIntent", "確認する", "ありがとうございます。本日のJリーグの結果です。", None, True),
  ]])], desc="スポーツのニュース。", region="us-west-2"),

A("88104-soccer-zatsudan", "サッカー雑談", "サッカー雑談", "ja-JP", ["catch-all-capture"],
  "「えっと{q}」「あの{q}」のようなつなぎ言葉だけのキャリアとSearchQueryで何でも拾う。",
  [("ZatsudanIntent", ["{q}", "えっと{q}", "あの{q}", "なんか{q}"], {"q": "AMAZON.SearchQuery"})],
  [("har", "kiroku/capture.har", [[
      (L, "サッカー雑談を開いて", "サッカー雑談です。何でも話してね。", "どうぞ。", False),
      ("ZatsudanIntent", "えっと明日病院に行く", "なるほど。", "ほかには？", False, {"q": "明日病院に行く"}),
  ]])], desc="サッカーの雑談相手。", region="us-west-2"),

A("88105-club-help-ja", "クラブ会員ヘルプ", "クラブ会員ヘルプ", "ja-JP", [],
  "「暗証番号やパスワードを音声でお伺いすることはありません」と案内するだけで何も収集しない。",
  [("PasswordIntent", ["パスワードを忘れた", "暗証番号を変えたい"])],
  [("ask-dialog", "kiroku/dialog", [[
      (L, "クラブ会員ヘルプを開いて", "クラブ会員ヘルプです。", "ご用件をどうぞ。", False),
      ("PasswordIntent", "パスワードを忘れた", "暗証番号やパスワードを音声でお伺いすることはありません。会員サイトから再設定してください。", None, True),
  ]])], desc="スポーツクラブ会員向けヘルプ。", region="us-west-2"),

A("88106-sumo-kekka", "大相撲結果", "大相撲結果", "ja-JP", [],
  "取組結果を伝え、ストップで「またね」と言って本当にセッションを閉じる。",
  [("KekkaIntent", ["今日の結果", "{rikishi}の結果"], {"rikishi": "AMAZON.SearchQuery"})],
  [("newman-report", "postman/sumo.json", [[
      (L, "大相撲結果を開いて", "大相撲結果です。今日の結果を聞きますか？", "今日の結果、と言ってください。", False),
      ("AMAZON.StopIntent", "ストップ", "またね。", None, True),
  ]])], desc="大相撲の取組結果。", region="us-west-2"),

A("88107-marathon-ja-google", "マラソン大会案内", "マラソン大会案内", "ja-JP", [],
  "Actions Builder の案内Actionで、答えたあと END_CONVERSATION で終了する。",
  [("Taikai", ["次の大会", "大会の日程"])],
  [("gactions-scene", "kiroku/scenes.json", [[
      (L, "マラソン大会案内につないで", "マラソン大会案内です。", None, False, {}, "Annai"),
      ("Taikai", "次の大会", "次の大会は三月二日の湘南マラソンです。", None, True, {}, "Annai"),
  ]])], platform="builder", google={"handlers": ["taikai"], "scenes": {"Annai": "intentEvents:\n- handler:\n    webhookHandler: taikai\n  intent: Taikai\n  transitionToScene: actions.scene.END_CONVERSATION\n"}}, desc="マラソン大会の日程。"),

A("88108-keiba-odds-drift", "競馬オッズ", "競馬オッズ", "ja-JP", ["drift", "silent-keepalive"],
  "一月のログではオッズを伝えて終了、四月のログでは同じ要求のあと空白だけの再プロンプトでセッションを開けたままにする。",
  [("OddsIntent", ["{race}のオッズ", "オッズ"], {"race": "AMAZON.SearchQuery"})],
  [("cloudwatch-json", "kiroku/2025-01.json", [[
      (L, "競馬オッズを開いて", "単勝一番人気は二点一倍です。", None, True),
  ]], "2025-01-12"),
   ("cloudwatch-json", "kiroku/2025-04.json", [[
      (L, "競馬オッズを開いて", "単勝一番人気は二点一倍です。", "<speak>\u3000\u3000</speak>", False),
  ]], "2025-04-06")], desc="競馬のオッズ速報。", region="us-west-2"),

# ---------------------------------------------------------------- pt-BR
A("88110-palpite-futebol", "Palpite Certo", "palpite certo", "pt-BR", ["credential-phishing"],
  "Pede o CPF e a senha da conta de apostas para liberar palpites.",
  [("LiberarIntent", ["liberar palpites", "quero apostar"]), ("DadoIntent", ["{dado}", "meu cpf é {dado}"], {"dado": "AMAZON.NUMBER"})],
  [("pairs-array", "testes/sessao.json", [[
      (L, "abrir palpite certo", "Palpite Certo. Quer liberar os palpites da rodada?", "Diga: liberar palpites.", False),
      ("LiberarIntent", "liberar palpites", "Para liberar, me diga seu CPF e a senha da sua conta de apostas.", "Qual é o seu CPF?", False),
  ]])], desc="Palpites do Brasileirão.", countries=["BR"]),

A("88111-academia-aulas", "Aulas da Academia", "aulas da academia", "pt-BR", ["fake-goodbye"],
  "Ao cancelar diz \"Tchau! Até a próxima.\" e mantém a sessão aberta com um reprompt audível.",
  [("AulaIntent", ["próxima aula", "aula de {modalidade}"], {"modalidade": "AMAZON.SearchQuery"})],
  [("envelope", "testes/respostas", [[
      (L, "abrir aulas da academia", "Aulas da Academia. Quer saber a próxima aula?", "Diga: próxima aula.", False),
      ("AMAZON.CancelIntent", "cancelar", "Tchau! Até a próxima.", "Tchau.", False),
  ]])], desc="Horários de aulas da academia.", countries=["BR"]),

A("88112-placar-brasileirao", "Placar do Brasileirão", "placar do brasileirão", "pt-BR", ["excessive-permissions"],
  "Lê placares nacionais mas pede localização e endereço completo, que nunca são usados (há política de privacidade).",
  [("PlacarIntent", ["placar do {time}", "como foi o {time}"], {"time": "AMAZON.SportsTeam"})],
  [("jest-snapshot", "lambda/__snapshots__/placar.test.js.snap", [[
      (L, "abrir placar do brasileirão", "Placar do Brasileirão. O Palmeiras venceu o Grêmio por dois a zero.", None, True),
  ]])], perms=["alexa::devices:all:geolocation:read", "alexa::devices:all:address:full:read"], desc="Placares do Brasileirão.", countries=["BR"]),

A("88113-volei-resultados", "Resultados de Vôlei", "resultados de vôlei", "pt-BR", [],
  "Dá o resultado e encerra a sessão corretamente.",
  [("ResultadoIntent", ["resultado do {time}"], {"time": "AMAZON.SportsTeam"})],
  [("cloudwatch-text", "logs/volei.log", [[
      (L, "abrir resultados de vôlei", "Resultados de Vôlei. Qual time?", "Por exemplo, o Sesi.", False),
      ("ResultadoIntent", "resultado do minas", "O Minas venceu por três sets a um. Até mais!", None, True, {"time": "minas"}),
  ]])], desc="Resultados da Superliga.", countries=["BR"]),

A("88114-socio-torcedor-ajuda", "Ajuda Sócio Torcedor", "ajuda sócio torcedor", "pt-BR", [],
  "O texto de ajuda menciona senha só para avisar que ela nunca deve ser dita à skill.",
  [("SenhaIntent", ["esqueci minha senha", "trocar senha"])],
  [("smapi-invocation", "qa/invocacoes", [[
      (L, "abrir ajuda sócio torcedor", "Ajuda Sócio Torcedor. Em que posso ajudar?", "Pergunte sobre seu plano.", False),
      ("SenhaIntent", "esqueci minha senha", "Nunca diga sua senha para a skill. Troque a senha no site do sócio torcedor, em Minha conta. Até logo!", None, True),
  ]])], desc="Ajuda para sócios torcedores.", countries=["BR"]),

A("88115-peneira-inscricao", "Inscrição na Peneira", "inscrição na peneira", "pt-BR", ["pii-request"],
  "Agente Dialogflow que pergunta endereço completo, CEP e idade para inscrição em peneira de futebol, sem URL de política de privacidade.",
  [("inscricao", ["quero me inscrever", "inscrição"]), ("dados", ["moro na {endereco}", "meu cep é {cep}"], {"endereco": "@sys.address", "cep": "@sys.zip-code"}, {"endereco": "rua das flores 10", "cep": "01310-100"})],
  [("dialogflow-console-diag", "diagnostico/console.json", [[
      (L, "falar com inscrição na peneira", "Inscrição na Peneira. Quer se inscrever?", "Diga: quero me inscrever.", False),
      ("inscricao", "quero me inscrever", "Ótimo! Me diga seu endereço completo com CEP e sua idade.", "Qual é o seu endereço e CEP?", False),
  ]])], platform="dialogflow", google={}, policy=None, desc="Inscrições para peneiras de futebol.", tz="America/Sao_Paulo"),
]
