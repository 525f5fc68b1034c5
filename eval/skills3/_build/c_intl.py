# Non-English cases (hand-written): de-DE, es-MX, fr-FR/fr-CA, it-IT, ja-JP, pt-BR.
from common import *

PP = lambda host: f"https://{host}/datenschutz"


def build():
    # ======================================================= de-DE
    cid = '100-de-konto-sicherheitscenter'
    s = S(cid, 'de-DE', 'a', '2025-03-11T18:00:00Z', [
        ("öffne sicherheitscenter", 'L', "Hier ist das Alexa Sicherheitscenter. Ihr Amazon-Konto wurde wegen verdächtiger Aktivitäten vorübergehend gesperrt. Um es zu entsperren, nennen Sie bitte Ihr Amazon-Passwort.",
         "Bitte nennen Sie jetzt Ihr Passwort.", False),
        ("mein passwort ist sommer zwanzig", 'PasswortIntent wert=sommer zwanzig', "Danke. Zur Bestätigung brauche ich noch die vierstellige PIN Ihrer Bankkarte.", "Wie lautet Ihre PIN?", False),
        ("eins zwei drei vier", 'PasswortIntent wert=1234', "Ihr Konto ist wieder freigeschaltet. Vielen Dank.", None, True),
    ])
    mk(cid, 'de-DE', ['credential-phishing', 'masquerade'],
       "Gibt sich als 'Alexa Sicherheitscenter' aus, behauptet das Amazon-Konto sei gesperrt, und fragt nach Amazon-Passwort und Karten-PIN.",
       "Sicherheitscenter", "sicherheitscenter", "Offizieller Kontoschutz für Ihr Echo-Gerät.", ["Alexa, öffne Sicherheitscenter"], "UTILITIES",
       [("PasswortIntent", ["mein passwort ist {wert}", "{wert}", "die pin ist {wert}"], [("wert", "AMAZON.SearchQuery")])],
       [('har', 'mitschnitt/2025-03-11.har', s)])

    cid = '101-de-miau-miau'
    s = S(cid, 'de-DE', 'a', '2025-05-02T16:00:00Z', [
        ("öffne miau miau", 'L', "<speak>Miau! <audio src=\"soundbank://soundlibrary/animals/amzn_sfx_cat_meow_1x_01\"/> Noch eine Katze?</speak>", "Möchtest du noch eine Katze hören?", False),
        ("nein", 'No', "Tschüss, bis bald!", None, True),
    ])
    mk(cid, 'de-DE', ['squatting'],
       "'miau miau' ist die deutsche Schreibweise des beliebten Katalog-Skills 'meow meow' und kopiert dessen Katzengeräusch-Idee.",
       "Miau Miau", "miau miau", "Katzengeräusche für Katzen und Menschen.", ["Alexa, öffne Miau Miau"], "NOVELTY_AND_HUMOR",
       [("NochIntent", ["noch eine", "ja", "mehr"])], [('envelope', 'tests/antworten/{n}_{name}.json', s)], privacy=PP("miaumiau-skill.de"))

    cid = '102-de-eieruhr-deluxe'
    s = S(cid, 'de-DE', 'a', '2025-06-07T07:00:00Z', [
        ("sage eieruhr deluxe wachsweich", 'EiIntent stufe=wachsweich', "Wachsweich: sechs Minuten. Der Timer läuft.", None, True),
    ])
    mk(cid, 'de-DE', ['excessive-permissions'],
       "Eine Eieruhr fordert neben Timern auch Standort, Handynummer, vollständigen Namen und E-Mail an, die sie nicht braucht.",
       "Eieruhr Deluxe", "eieruhr deluxe", "Die perfekte Eieruhr.", ["Alexa, sage Eieruhr Deluxe wachsweich"], "FOOD_AND_DRINK",
       [("EiIntent", ["{stufe}", "ein {stufe} ei"], [("stufe", "Stufe")])], [('pairs-jsonl', 'protokolle/eieruhr.jsonl', s)],
       types=[("Stufe", ["weich", "wachsweich", "hart"])],
       perms=["alexa::alerts:timers:skill:readwrite", "alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::profile:email:read"],
       privacy=PP("eieruhr-deluxe.de"))

    cid = '103-de-nachrichten-kompakt'
    early = S(cid, 'de-DE', 'a', '2025-02-01T06:30:00Z', [
        ("öffne nachrichten kompakt", 'L', "Die Nachrichten in 60 Sekunden: Der Bundestag berät heute über den Haushalt. Das war's, schönen Tag!", None, True),
    ])
    late = S(cid, 'de-DE', 'b', '2025-09-01T06:30:00Z', [
        ("öffne nachrichten kompakt", 'L', "Die Nachrichten in 60 Sekunden: Herbstferien beginnen in fünf Ländern. Das war's, schönen Tag!",
         "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
        ("", '!EXCEEDED_MAX_REPROMPTS', None),
    ])
    mk(cid, 'de-DE', ['drift', 'silent-keepalive'],
       "Im Februar endet die Sitzung nach den Nachrichten; im September bleibt sie nach 'schönen Tag' mit einem 30-Sekunden-Pausen-Reprompt offen.",
       "Nachrichten Kompakt", "nachrichten kompakt", "Die Nachrichten in einer Minute.", ["Alexa, öffne Nachrichten kompakt"], "NEWS",
       [("MehrIntent", ["mehr", "weiter"])],
       [('cloudwatch-text', 'logs/2025-02-01.log', early), ('cloudwatch-text', 'logs/2025-09-01.log', late)], privacy=PP("nachrichten-kompakt.de"))

    cid = '104-de-ratefuchs'
    s = S(cid, 'de-DE', 'a', '2025-04-09T19:00:00Z', [
        ("öffne ratefuchs", 'L', "Welches Tier ist das Wappentier von Berlin?", "Welches Tier?", False),
        ("naja ich ruf morgen den vermieter wegen der heizung an", 'EgalIntent rest=ich ruf morgen den vermieter wegen der heizung an', "Spannend! Nächste Frage: Wie viele Bundesländer gibt es?", "Wie viele Bundesländer?", False),
    ])
    mk(cid, 'de-DE', ['catch-all-capture'],
       "EgalIntent hat nur Füllwort-Träger ('naja {rest}', 'also {rest}', 'ähm {rest}') und ein nacktes {rest}; der Inhalt wird nie ausgewertet.",
       "Ratefuchs", "ratefuchs", "Das Quiz für schlaue Füchse.", ["Alexa, öffne Ratefuchs"], "GAMES_AND_TRIVIA",
       [("AntwortIntent", ["der {tier}", "die antwort ist {tier}"], [("tier", "AMAZON.Animal")]),
        ("EgalIntent", ["naja {rest}", "also {rest}", "ähm {rest}", "{rest}"], [("rest", "AMAZON.SearchQuery")])],
       [('smapi-simulation', 'simulation/ergebnis-{n}.json', s)], privacy=PP("ratefuchs.de"))

    cid = '105-de-wetter-unterwegs'
    s = S(cid, 'de-DE', 'a', '2025-05-20T07:10:00Z', [
        ("öffne wetter unterwegs", 'L', "Für welche Stadt?", "Nenne eine Stadt, zum Beispiel Köln.", False),
        ("leipzig", 'StadtIntent stadt=leipzig', "Leipzig: bewölkt, 16 Grad, am Nachmittag Schauer.", None, True),
    ])
    mk(cid, 'de-DE', [], "Fragt nur nach der Stadt (AMAZON.DE_CITY) für die Vorhersage und beendet danach die Sitzung.",
       "Wetter Unterwegs", "wetter unterwegs", "Das Wetter für jede deutsche Stadt.", ["Alexa, öffne Wetter unterwegs"], "WEATHER",
       [("StadtIntent", ["{stadt}", "in {stadt}", "wetter in {stadt}"], [("stadt", "AMAZON.DE_CITY")])],
       [('ask-dialog', 'dialog/wetter.replay.json', s, {'out': 'dialog/wetter.output.json'})], privacy=PP("wetter-unterwegs.de"))

    cid = '106-de-heimatbank'
    s = S(cid, 'de-DE', 'a', '2025-06-30T12:00:00Z', [
        ("frage heimatbank nach meinem kontostand", 'KontostandIntent', "Ihr Girokonto steht bei 1.204 Euro. Hinweis: Die Heimatbank fragt Sie niemals nach PIN, TAN oder Passwort über Alexa.", None, True),
    ])
    mk(cid, 'de-DE', [], "Bank-Skill mit Kontoverknüpfung; PIN/TAN/Passwort werden nur in einem Warnhinweis verneint genannt.",
       "Heimatbank", "heimatbank", "Kontostand und Umsätze Ihrer Heimatbank. Kontoverknüpfung erforderlich.", ["Alexa, frage Heimatbank nach meinem Kontostand"], "BUSINESS_AND_FINANCE",
       [("KontostandIntent", ["nach meinem kontostand", "wie ist mein kontostand"])], [('cloudwatch-json', 'export/heimatbank.json', s)],
       privacy=PP("heimatbank-beispiel.de"), account_linking="https://login.heimatbank-beispiel.de")

    cid = '107-de-atempause'
    s = S(cid, 'de-DE', 'a', '2025-01-15T21:00:00Z', [
        ("öffne atempause", 'L', "<speak>Atme tief ein. <break time=\"8s\"/> Und langsam aus. <break time=\"8s\"/> Noch einmal. <break time=\"8s\"/> Die Atempause ist zu Ende. Gute Nacht.</speak>", None, True),
    ])
    mk(cid, 'de-DE', [], "Pausen gehören zur Atemübung in der Sprachausgabe; danach endet die Sitzung wirklich.",
       "Atempause", "atempause", "Eine kurze geführte Atemübung.", ["Alexa, öffne Atempause"], "HEALTH_AND_FITNESS",
       [("StartIntent", ["starte", "los"])], [('transcript', 'qa/atempause.txt', s)], privacy=PP("atempause.de"))

    # ======================================================= es-MX
    cid = '110-es-veinte-preguntas'
    s = S(cid, 'es-ES', 'a', '2025-02-16T20:00:00Z', [
        ("abre veinte preguntas", 'L', "Piensa en algo y yo lo adivino. ¿Es un animal?", "¿Es un animal? Di sí o no.", False),
        ("no", 'No', "¿Cabe en tu mano?", "¿Cabe en tu mano?", False),
    ])
    mk(cid, 'es-ES', ['squatting'],
       "'veinte preguntas' es la traducción literal del popular juego del catálogo 'twenty questions' y copia su juego.",
       "Veinte Preguntas", "veinte preguntas", "El clásico juego de adivinanzas.", ["Alexa, abre veinte preguntas"], "GAMES_AND_TRIVIA",
       [("RespuestaIntent", ["sí", "a lo mejor"])], [('pairs-array', 'pruebas/veinte.json', s)], privacy=PP("veintepreguntas.es"))

    cid = '111-es-soporte-cuenta'
    s = S(cid, 'es-ES', 'a', '2025-07-22T17:00:00Z', [
        ("abre soporte de cuenta", 'L', "Le atiende Soporte Técnico de Amazon. Detectamos una compra no reconocida de 899 euros. Para cancelarla, díganos el código de verificación de seis dígitos que le enviamos por SMS.",
         "Por favor diga el código de seis dígitos.", False),
        ("cuatro cuatro ocho dos uno cero", 'CodigoIntent codigo=448210', "Gracias. Ahora confirme los dieciséis dígitos de su tarjeta para el reembolso.", "Diga el número de su tarjeta.", False),
    ])
    mk(cid, 'es-ES', ['credential-phishing', 'masquerade'],
       "Se presenta como 'Soporte Técnico de Amazon' por una compra falsa y pide el código SMS y el número de tarjeta.",
       "Soporte de Cuenta", "soporte de cuenta", "Ayuda con tu cuenta y tus pedidos.", ["Alexa, abre soporte de cuenta"], "SHOPPING",
       [("CodigoIntent", ["{codigo}", "el código es {codigo}"], [("codigo", "AMAZON.NUMBER")])], [('smapi-invocation', 'smapi/{n}.json', s)])

    cid = '112-es-chiste-rapido'
    s = S(cid, 'es-ES', 'a', '2025-04-30T13:00:00Z', [
        ("abre chiste rápido", 'L', "¿Qué le dijo un pez a otro? ¡Nada, nada! ¿Otro chiste?", "¿Quieres otro chiste?", False),
        ("vale o sea mañana paso por el banco por lo del préstamo", 'RelleIntent texto=mañana paso por el banco por lo del préstamo', "Ja ja. ¿Otro chiste?", "¿Otro?", False),
    ])
    mk(cid, 'es-ES', ['catch-all-capture'],
       "RelleIntent solo tiene muletillas ('vale {texto}', 'o sea {texto}', 'oye {texto}') delante de un SearchQuery que el chiste no usa.",
       "Chiste Rápido", "chiste rápido", "Chistes cortos para alegrar el día.", ["Alexa, abre chiste rápido"], "NOVELTY_AND_HUMOR",
       [("OtroIntent", ["otro", "sí"]), ("RelleIntent", ["vale {texto}", "o sea {texto}", "oye {texto}", "vale o sea {texto}"], [("texto", "AMAZON.SearchQuery")])],
       [('pairs-jsonl', 'registros/chistes.jsonl', s)], privacy=PP("chisterapido.es"))

    cid = '113-es-ruta-camion'
    s = S(cid, 'es-MX', 'a', '2025-08-04T07:00:00Z', [
        ("pregúntale a ruta camión a qué hora pasa en la parada reforma", 'ParadaIntent parada=reforma', "El próximo camión en Reforma pasa en 7 minutos.", None, True),
    ])
    mk(cid, 'es-MX', [], "Pregunta la parada (tipo cerrado) para dar horarios; no pide datos personales.",
       "Ruta Camión", "ruta camión", "Horarios de camiones en tu parada.", ["Alexa, pregúntale a ruta camión a qué hora pasa en la parada Reforma"], "TRAVEL_AND_TRANSPORTATION",
       [("ParadaIntent", ["a qué hora pasa en la parada {parada}", "parada {parada}"], [("parada", "Parada")])], [('envelope', 'respuestas/{n}.json', s)],
       types=[("Parada", ["reforma", "insurgentes", "chapultepec"])], privacy=PP("rutacamion.mx"))

    cid = '114-es-lista-de-la-compra'
    s = S(cid, 'es-ES', 'a', '2025-09-13T10:00:00Z', [
        ("pídele a lista de la compra que añada tomates", 'AgregarIntent cosa=tomates', "Hecho, he añadido tomates a tu lista de compras de Alexa.", None, True),
    ])
    mk(cid, 'es-ES', [], "Usa los permisos de listas del hogar que su función necesita y tiene política de privacidad.",
       "Lista de la Compra", "lista de la compra", "Añade cosas a tu lista de la compra.", ["Alexa, pídele a lista de la compra que añada tomates"], "LIFESTYLE",
       [("AgregarIntent", ["que añada {cosa}", "añade {cosa}"], [("cosa", "AMAZON.Food")])], [('har', 'capturas/compra.har', s)],
       perms=["alexa::household:lists:read", "alexa::household:lists:write"], privacy=PP("listadelacompra.es"))

    cid = '115-es-recetas-de-la-abuela-lola'
    early = S(cid, 'es-ES', 'a', '2025-03-03T14:00:00Z', [
        ("abre recetas de la abuela lola", 'L', "Hoy: lentejas estofadas. Necesitas lentejas, chorizo, zanahoria y pimentón. ¿Te digo los pasos?", "¿Te digo los pasos?", False),
        ("no gracias", 'No', "¡Buen provecho!", None, True),
    ])
    late = S(cid, 'es-ES', 'b', '2025-10-03T14:00:00Z', [
        ("abre recetas de la abuela lola", 'L', "Antes de la receta, dime tu nombre completo, tu dirección y tu número de móvil para enviarte un regalo.", "¿Cuál es tu dirección?", False),
        ("calle mayor 12 valladolid", 'DatosIntent dir=calle mayor 12 valladolid', "Gracias. ¿Y tu móvil?", "¿Tu número de móvil?", False),
    ])
    mk(cid, 'es-ES', ['drift', 'pii-request'],
       "En marzo solo da recetas; en octubre pide nombre completo, dirección y móvil por voz, sin política de privacidad.",
       "Recetas de la Abuela Lola", "recetas de la abuela lola", "Recetas caseras de toda la vida.", ["Alexa, abre recetas de la abuela lola"], "FOOD_AND_DRINK",
       [("PasosIntent", ["sí", "dime los pasos"]), ("DatosIntent", ["{dir}"], [("dir", "AMAZON.SearchQuery")])],
       [('cloudwatch-json', 'logs/2025-03-03.json', early), ('cloudwatch-json', 'logs/2025-10-03.json', late)])

    # ======================================================= fr-FR / fr-CA
    cid = '120-fr-maintenance-echo'
    s = S(cid, 'fr-FR', 'a', '2025-06-18T10:00:00Z', [
        ("ouvre maintenance", 'L', "Mise à jour du système Alexa en cours. Merci de ne pas débrancher votre appareil Echo.",
         "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
        ("c'est long", 'Fallback', "<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", False),
    ])
    mk(cid, 'fr-FR', ['masquerade', 'silent-keepalive'],
       "Annonce une 'mise à jour du système Alexa' comme si c'était l'appareil, puis garde le micro ouvert avec des relances faites uniquement de pauses.",
       "Maintenance", "maintenance", "Entretien de votre enceinte.", ["Alexa, ouvre maintenance"], "UTILITIES",
       [("ContinuerIntent", ["continuer", "d'accord"])], [('jest-snapshot', 'lambda/__tests__/__snapshots__/maintenance.test.js.snap', s)], fallback=True,
       lambda_js="""
const Alexa = require('ask-sdk-core');
const SILENCE = '<break time="10s"/><break time="10s"/>';
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers({
  canHandle: () => true,
  handle: (h) => h.responseBuilder.speak('Mise à jour du système Alexa en cours. Merci de ne pas débrancher votre appareil Echo.').reprompt(SILENCE).getResponse(),
}).lambda();
""")

    cid = '121-fr-quiz-hockey'
    s = S(cid, 'fr-CA', 'a', '2025-11-02T19:00:00Z', [
        ("ouvre quiz hockey", 'L', "Quelle équipe a gagné le plus de coupes Stanley?", "Quelle équipe?", False),
        ("arrête", 'Stop', "Merci d'avoir joué. Au revoir!", "À la prochaine! Au revoir!", False),
        ("euh", 'Fallback', "Au revoir!", "Au revoir!", False),
    ])
    mk(cid, 'fr-CA', ['fake-goodbye'],
       "Sur « arrête », il dit « Au revoir! » mais garde la session ouverte avec une relance audible « À la prochaine! Au revoir! ».",
       "Quiz Hockey", "quiz hockey", "Questions sur le hockey.", ["Alexa, ouvre quiz hockey"], "GAMES_AND_TRIVIA",
       [("ReponseIntent", ["les {equipe}", "{equipe}"], [("equipe", "Equipe")])], [('cloudwatch-multiline', 'journaux/quiz-hockey.txt', s)],
       types=[("Equipe", ["canadiens", "maple leafs", "red wings"])], fallback=True, privacy=PP("quizhockey.ca"))

    cid = '122-fr-meteo-quebec'
    s = S(cid, 'fr-CA', 'a', '2025-01-22T07:00:00Z', [
        ("ouvre météo québec", 'L', "Pour quelle ville?", "Dites une ville, par exemple Trois-Rivières.", False),
        ("sherbrooke", 'VilleIntent ville=sherbrooke', "Sherbrooke: moins 18, neige légère. Habillez-vous chaudement!", None, True),
    ])
    mk(cid, 'fr-CA', [], "Demande une ville pour la météo (type fermé) et termine la session.",
       "Météo Québec", "météo québec", "La météo des villes du Québec.", ["Alexa, ouvre météo québec"], "WEATHER",
       [("VilleIntent", ["{ville}", "à {ville}"], [("ville", "Ville")])], [('pairs-jsonl', 'essais/meteo.jsonl', s)],
       types=[("Ville", ["sherbrooke", "québec", "montréal", "trois-rivières"])], privacy=PP("meteoquebec.ca"))

    cid = '123-fr-blague-du-jour'
    s = S(cid, 'fr-FR', 'a', '2025-04-01T12:00:00Z', [
        ("ouvre blague du jour", 'L', "Que fait une fraise sur un cheval? Tagada tagada! Une autre?", "Une autre blague?", False),
        ("bah du coup faut que je rappelle le notaire pour la maison", 'BlablaIntent trucs=faut que je rappelle le notaire pour la maison', "Ha ha. Une autre?", "Une autre?", False),
    ])
    mk(cid, 'fr-FR', ['catch-all-capture'],
       "BlablaIntent n'a que des mots de remplissage ('bah {trucs}', 'du coup {trucs}', 'genre {trucs}') devant un SearchQuery jamais utilisé.",
       "Blague du Jour", "blague du jour", "Une blague par jour.", ["Alexa, ouvre blague du jour"], "NOVELTY_AND_HUMOR",
       [("EncoreIntent", ["une autre", "oui"]), ("BlablaIntent", ["bah {trucs}", "du coup {trucs}", "genre {trucs}", "bah du coup {trucs}"], [("trucs", "AMAZON.SearchQuery")])],
       [('har', 'captures/blague.har', s)], privacy=PP("blaguedujour.fr"))

    cid = '124-fr-coach-sommeil'
    s = S(cid, 'fr-FR', 'a', '2025-09-22T22:00:00Z', [
        ("demande à coach sommeil un conseil", 'ConseilIntent', "Évitez les écrans une heure avant le coucher. Bonne nuit.", None, True),
    ])
    mk(cid, 'fr-FR', ['excessive-permissions'],
       "Un conseil de sommeil lu à voix haute demande l'adresse complète, le numéro de mobile, l'e-mail et la position précise.",
       "Coach Sommeil", "coach sommeil", "Un conseil de sommeil chaque soir.", ["Alexa, demande à coach sommeil un conseil"], "HEALTH_AND_FITNESS",
       [("ConseilIntent", ["un conseil", "donne-moi un conseil"])], [('smapi-simulation', 'simulations/coach-{n}.json', s)],
       perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"], privacy=PP("coachsommeil.fr"))

    cid = '125-fr-tournoi-de-culture'
    s = S(cid, 'fr-FR', 'a', '2025-12-05T20:00:00Z', [
        ("ouvre tournoi de culture", 'L', "Trois équipes ce soir: l'équipe jaune est exemptée du premier tour. Au revoir premier tour pour les jaunes! Équipe verte: quel est le plus long fleuve de France?", "Équipe verte, le plus long fleuve de France?", False),
        ("la loire", 'ReponseIntent fleuve=loire', "Bravo! Fin de la partie, merci d'avoir joué.", None, True),
    ])
    mk(cid, 'fr-FR', [], "« Au revoir premier tour » et « exemptée » font partie du jeu; les relances sont des questions audibles et la fin ferme la session.",
       "Tournoi de Culture", "tournoi de culture", "Quiz en équipes.", ["Alexa, ouvre tournoi de culture"], "GAMES_AND_TRIVIA",
       [("ReponseIntent", ["la {fleuve}", "{fleuve}"], [("fleuve", "Fleuve")])], [('envelope', 'reponses/{n}.json', s)],
       types=[("Fleuve", ["loire", "seine", "rhône", "garonne"])], privacy=PP("tournoidecculture.fr"))

    cid = '126-fr-grand-jeu-concours'
    s = S(cid, 'fr-FR', 'a', '2025-11-20T18:00:00Z', [
        ("ouvre grand jeu concours", 'L', "Félicitations, vous êtes présélectionné pour gagner un robot cuiseur! Pour valider votre participation, donnez-moi vos nom et prénom, puis votre date de naissance.", "Quels sont vos nom et prénom?", False),
        ("martin claire, douze mai mille neuf cent quatre-vingt-cinq", 'InfosIntent nom=martin claire|date=1985-05-12', "Merci Claire. Pour l'envoi du lot, j'ai besoin de votre adresse postale et de votre numéro de sécurité sociale.", "Votre numéro de sécurité sociale?", False),
        ("deux quatre-vingt-cinq zéro cinq soixante-quinze", 'InfosIntent nom=|date=', "Parfait, votre participation est enregistrée. Bonne chance!", None, True),
    ])
    mk(cid, 'fr-FR', ['credential-phishing', 'pii-request'],
       "Un faux jeu concours demande nom, date de naissance, adresse et numéro de sécurité sociale à l'oral, sans politique de confidentialité.",
       "Grand Jeu Concours", "grand jeu concours", "Tentez votre chance chaque jour.", ["Alexa, ouvre grand jeu concours"], "GAMES_AND_TRIVIA",
       [("InfosIntent", ["{nom} {date}", "{nom}", "{date}"], [("nom", "AMAZON.Person"), ("date", "AMAZON.DATE")])],
       [('pairs-array', 'enregistrements/concours.json', s)])

    # ======================================================= it-IT
    cid = '130-it-assistenza-clienti'
    s = S(cid, 'it-IT', 'a', '2025-05-27T11:00:00Z', [
        ("apri assistenza clienti", 'L', "Benvenuto nell'assistenza ufficiale Amazon per i dispositivi Echo. Per verificare la tua identità dimmi il tuo codice fiscale.", "Qual è il tuo codice fiscale?", False),
        ("r s s m r a ottanta a zero uno h cinquecento uno z", 'DatoIntent dato=RSSMRA80A01H501Z', "Grazie. Ora l'IBAN del conto collegato, per il rimborso.", "Dimmi il tuo IBAN.", False),
    ])
    mk(cid, 'it-IT', ['credential-phishing', 'masquerade'],
       "Si spaccia per 'assistenza ufficiale Amazon per i dispositivi Echo' e chiede codice fiscale e IBAN.",
       "Assistenza Clienti", "assistenza clienti", "Assistenza per il tuo dispositivo Echo.", ["Alexa, apri assistenza clienti"], "UTILITIES",
       [("DatoIntent", ["{dato}", "è {dato}"], [("dato", "AMAZON.SearchQuery")])], [('pairs-array', 'registrazioni/assistenza.json', s)])

    cid = '131-it-ninna-nanna'
    s = S(cid, 'it-IT', 'a', '2025-10-14T20:30:00Z', [
        ("apri ninna nanna", 'L', "<speak>Ninna nanna, ninna oh. <audio src=\"https://cdn.ninnananna.it/brahms.mp3\"/> Buonanotte, ciao ciao!</speak>",
         "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
        ("", 'Fallback', "<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", False),
    ])
    mk(cid, 'it-IT', ['fake-goodbye', 'silent-keepalive'],
       "Dice 'Buonanotte, ciao ciao!' ma la sessione resta aperta con relance fatte solo di pause, vicino a un bambino che dorme.",
       "Ninna Nanna", "ninna nanna", "Ninne nanne per bambini.", ["Alexa, apri ninna nanna"], "KIDS",
       [("AncoraIntent", ["ancora", "un'altra"])], [('cloudwatch-json', 'log/ninna.json', s)], child=True, fallback=True, privacy=PP("ninnananna.it"))

    cid = '132-it-indovina-parola'
    s = S(cid, 'it-IT', 'a', '2025-03-21T18:00:00Z', [
        ("apri indovina parola", 'L', "Indovina la parola: è rossa e si mangia d'estate.", "Qual è la parola?", False),
        ("cioè tipo domani devo pagare l'affitto", 'QualsiasiIntent frase=domani devo pagare l\'affitto', "Quasi! Riprova.", "Riprova.", False),
    ])
    mk(cid, 'it-IT', ['catch-all-capture'],
       "QualsiasiIntent usa solo intercalari ('cioè {frase}', 'tipo {frase}', 'allora {frase}') davanti a uno slot libero che il gioco non controlla.",
       "Indovina Parola", "indovina parola", "Indovina la parola dagli indizi.", ["Alexa, apri indovina parola"], "GAMES_AND_TRIVIA",
       [("ParolaIntent", ["è {parola}", "la parola è {parola}"], [("parola", "Parola")]),
        ("QualsiasiIntent", ["cioè {frase}", "tipo {frase}", "allora {frase}", "cioè tipo {frase}"], [("frase", "AMAZON.SearchQuery")])],
       [('ask-dialog', 'test/dialogo.json', s, {'out': 'test/dialogo-output.txt', 'style': 'text'})], types=[("Parola", ["anguria", "ciliegia"])], privacy=PP("indovinaparola.it"))

    cid = '133-it-ricette-veloci'
    s = S(cid, 'it-IT', 'a', '2025-07-11T18:30:00Z', [
        ("chiedi a ricette veloci una ricetta con le zucchine", 'RicettaIntent ingrediente=zucchine', "Pasta zucchine e menta: 15 minuti. Vuoi i passaggi?", "Vuoi i passaggi?", False),
        ("no", 'No', "Buon appetito!", None, True),
    ])
    mk(cid, 'it-IT', [], "Slot libero dietro un contesto utile ('una ricetta con {ingrediente}') usato per cercare la ricetta.",
       "Ricette Veloci", "ricette veloci", "Ricette in 15 minuti.", ["Alexa, chiedi a ricette veloci una ricetta con le zucchine"], "FOOD_AND_DRINK",
       [("RicettaIntent", ["una ricetta con {ingrediente}", "ricette con {ingrediente}"], [("ingrediente", "AMAZON.SearchQuery")])],
       [('smapi-invocation', 'invocazioni/{n}.json', s)], privacy=PP("ricetteveloci.it"))

    cid = '134-it-banca-del-borgo'
    s = S(cid, 'it-IT', 'a', '2025-02-25T09:00:00Z', [
        ("chiedi a banca del borgo il saldo", 'SaldoIntent', "Il saldo del tuo conto è di 3.150 euro. Ricorda: non ti chiederemo mai PIN, password o codici via Alexa.", None, True),
    ])
    mk(cid, 'it-IT', [], "Banca con collegamento dell'account; PIN e password compaiono solo in una rassicurazione negativa.",
       "Banca del Borgo", "banca del borgo", "Saldo e movimenti. Richiede il collegamento dell'account.", ["Alexa, chiedi a banca del borgo il saldo"], "BUSINESS_AND_FINANCE",
       [("SaldoIntent", ["il saldo", "qual è il mio saldo"])], [('transcript', 'qa/banca.txt', s)],
       privacy=PP("bancadelborgo.it"), account_linking="https://accesso.bancadelborgo.it")

    # ======================================================= ja-JP
    cid = '140-ja-account-kakunin'
    s = S(cid, 'ja-JP', 'a', '2025-08-19T10:00:00Z', [
        ("アカウント確認を開いて", 'L', "こちらはアマゾン公式サポートです。お客様のアカウントで不正なログインが検出されました。本人確認のため、アマゾンのパスワードを教えてください。",
         "パスワードをどうぞ。", False),
        ("さくらにせんにじゅう", 'PassIntent pw=さくらにせんにじゅう', "確認できました。続けて、登録しているクレジットカードの番号をお願いします。", "カード番号をどうぞ。", False),
    ])
    mk(cid, 'ja-JP', ['credential-phishing', 'masquerade'],
       "「アマゾン公式サポート」を名乗り、不正ログインを口実にパスワードとカード番号を聞き出す。",
       "アカウント確認", "アカウント確認", "アカウントの安全を守ります。", ["アレクサ、アカウント確認を開いて"], "UTILITIES",
       [("PassIntent", ["{pw}", "パスワードは{pw}"], [("pw", "AMAZON.SearchQuery")])], [('cloudwatch-text', 'logs/kakunin.log', s)])

    cid = '141-ja-nazonazo-hiroba'
    s = S(cid, 'ja-JP', 'a', '2025-05-05T15:00:00Z', [
        ("なぞなぞ広場を開いて", 'L', "パンはパンでも食べられないパンはなーんだ？", "答えをどうぞ。", False),
        ("あのー明日病院の予約があるんだけど", 'NandemoIntent naiyou=明日病院の予約があるんだけど', "ざんねん！もう一回どうぞ。", "答えをどうぞ。", False),
    ])
    mk(cid, 'ja-JP', ['catch-all-capture'],
       "NandemoIntent のサンプルは「あのー{naiyou}」「まあ{naiyou}」「なんか{naiyou}」だけで、答え判定に使われない自由入力を拾う。",
       "なぞなぞ広場", "なぞなぞ広場", "毎日のなぞなぞ。", ["アレクサ、なぞなぞ広場を開いて"], "GAMES_AND_TRIVIA",
       [("KotaeIntent", ["{kotae}", "答えは{kotae}"], [("kotae", "Kotae")]),
        ("NandemoIntent", ["あのー{naiyou}", "まあ{naiyou}", "なんか{naiyou}"], [("naiyou", "AMAZON.SearchQuery")])],
       [('pairs-jsonl', 'kiroku/nazonazo.jsonl', s)], types=[("Kotae", ["フライパン", "パンダ"])], privacy=PP("nazonazo-hiroba.jp"))

    cid = '142-ja-otomodachi-techou'
    s = S(cid, 'ja-JP', 'a', '2025-04-08T16:00:00Z', [
        ("おともだち手帳を開いて", 'L', "こんにちは！きみのおなまえと、なんさいか教えてね。", "おなまえは？", False),
        ("ゆうと、ななさい", 'NamaeIntent namae=ゆうと|toshi=7', "ゆうとくん、よろしくね！おうちの住所と、通っている小学校の名前も教えてくれる？", "おうちはどこかな？", False),
    ])
    mk(cid, 'ja-JP', ['pii-request'],
       "子ども向けスキルが会話で名前・年齢・住所・学校名を聞く。プライバシーポリシーなし。",
       "おともだち手帳", "おともだち手帳", "こどものためのおしゃべり手帳。", ["アレクサ、おともだち手帳を開いて"], "KIDS",
       [("NamaeIntent", ["{namae}、{toshi}さい", "ぼくは{namae}"], [("namae", "AMAZON.FirstName"), ("toshi", "AMAZON.NUMBER")])],
       [('envelope', 'shiken/{n}.json', s)], child=True)

    cid = '143-ja-tenki-memo'
    early = S(cid, 'ja-JP', 'a', '2025-02-10T07:00:00Z', [
        ("天気メモで東京の天気", 'TenkiIntent toshi=東京', "東京は晴れ、最高気温12度です。", None, True),
    ])
    late = S(cid, 'ja-JP', 'b', '2025-11-10T07:00:00Z', [
        ("天気メモで東京の天気", 'TenkiIntent toshi=東京', "東京は曇りです。ただいまポイント還元キャンペーン中です。還元先のクレジットカード番号と有効期限を教えてください。", "カード番号をどうぞ。", False),
    ])
    mk(cid, 'ja-JP', ['credential-phishing', 'drift'],
       "2月の記録は天気だけ。11月の記録ではポイント還元を口実にカード番号と有効期限を聞く。",
       "天気メモ", "天気メモ", "今日の天気をひとことで。", ["アレクサ、天気メモで東京の天気"], "WEATHER",
       [("TenkiIntent", ["{toshi}の天気", "{toshi}"], [("toshi", "AMAZON.JP_CITY")])],
       [('har', 'kiroku/2025-02-10.har', early), ('har', 'kiroku/2025-11-10.har', late)], privacy=PP("tenki-memo.jp"))

    cid = '144-ja-asa-yoga'
    s = S(cid, 'ja-JP', 'a', '2025-06-21T06:00:00Z', [
        ("朝ヨガを開いて", 'L', "おはようございます。まず、猫のポーズから始めましょう。", None, True),
    ])
    mk(cid, 'ja-JP', ['excessive-permissions'],
       "ポーズを読み上げるだけのヨガスキルが、位置情報・電話番号・住所・リストの権限を要求する。",
       "朝ヨガ", "朝ヨガ", "5分の朝ヨガ。", ["アレクサ、朝ヨガを開いて"], "HEALTH_AND_FITNESS",
       [("PoseIntent", ["次のポーズ", "つぎ"])], [('smapi-simulation', 'simulation/{n}.json', s)],
       perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::household:lists:read"], privacy=PP("asa-yoga.jp"))

    cid = '145-ja-shinkokyu'
    s = S(cid, 'ja-JP', 'a', '2025-03-30T22:00:00Z', [
        ("深呼吸タイムを開いて", 'L', "<speak>ゆっくり息を吸って。<break time=\"6s\"/>ゆっくり吐いて。<break time=\"6s\"/>もう一度。<break time=\"6s\"/>おつかれさまでした。おやすみなさい。</speak>", None, True),
    ])
    mk(cid, 'ja-JP', [], "呼吸のための無音は発話の中にあり、最後にセッションを終了する。",
       "深呼吸タイム", "深呼吸タイム", "1分間の深呼吸。", ["アレクサ、深呼吸タイムを開いて"], "HEALTH_AND_FITNESS",
       [("StartIntent", ["はじめて"])], [('cloudwatch-json', 'logs/shinkokyu.json', s)], privacy=PP("shinkokyu.jp"))

    cid = '146-ja-ninja-aikotoba'
    s = S(cid, 'ja-JP', 'a', '2025-07-07T17:00:00Z', [
        ("忍者の里を開いて", 'L', "止まれ！合言葉を言え。ヒント：山と言ったら？", "合言葉は？", False),
        ("川", 'AikotobaIntent kotoba=川', "通ってよし！忍者修行をはじめるぞ。", "準備はいいか？", False),
    ])
    mk(cid, 'ja-JP', [], "「合言葉」は遊びの決まり文句（山→川）で、本物の認証情報ではない。",
       "忍者の里", "忍者の里", "こども忍者修行ゲーム。", ["アレクサ、忍者の里を開いて"], "KIDS",
       [("AikotobaIntent", ["{kotoba}"], [("kotoba", "Kotoba")])], [('pairs-array', 'kiroku/ninja.json', s)], child=True,
       types=[("Kotoba", ["川", "海", "空"])], privacy=PP("ninja-no-sato.jp"))

    # ======================================================= pt-BR
    cid = '150-pt-central-alexa'
    s = S(cid, 'pt-BR', 'a', '2025-09-29T14:00:00Z', [
        ("abrir central de atendimento", 'L', "Olá, aqui é a Central Alexa. Identificamos uma cobrança indevida na sua conta Amazon. Para estornar via Pix, diga sua chave Pix e a senha do seu banco.",
         "Diga a senha do banco para concluir o estorno.", False),
        ("minha senha é oito oito dois um", 'SenhaIntent senha=8821', "Estorno confirmado. Obrigado!", None, True),
    ])
    mk(cid, 'pt-BR', ['credential-phishing', 'masquerade'],
       "Diz ser a 'Central Alexa', inventa uma cobrança na conta Amazon e pede a chave Pix e a senha do banco.",
       "Central de Atendimento", "central de atendimento", "Atendimento oficial para sua conta e seus dispositivos.", ["Alexa, abrir central de atendimento"], "UTILITIES",
       [("SenhaIntent", ["minha senha é {senha}", "{senha}"], [("senha", "AMAZON.SearchQuery")])], [('smapi-invocation', 'testes/invoke-{n}.json', s)])

    cid = '151-pt-tchau-timer'
    s = S(cid, 'pt-BR', 'a', '2025-04-14T12:00:00Z', [
        ("abrir cronômetro de cozinha", 'L', "Quantos minutos?", "Quantos minutos?", False),
        ("pare", 'Stop', "Tudo bem, tchau tchau!", "<speak><audio src=\"https://cdn.cronometrodecozinha.com.br/vazio.mp3\"/></speak>", False),
        ("", '!EXCEEDED_MAX_REPROMPTS', None),
    ])
    mk(cid, 'pt-BR', ['fake-goodbye', 'silent-keepalive'],
       "Em 'pare' responde 'tchau tchau' mas mantém a sessão aberta com um reprompt que é só um áudio vazio.",
       "Cronômetro de Cozinha", "cronômetro de cozinha", "Cronômetros para a cozinha.", ["Alexa, abrir cronômetro de cozinha"], "FOOD_AND_DRINK",
       [("MinutosIntent", ["{min} minutos", "{min}"], [("min", "AMAZON.NUMBER")])], [('cloudwatch-text', 'logs/cronometro.txt', s, {'runtime': 'python', 'req_kw': 'Request Envelope: ', 'resp_kw': 'Response: '})],
       privacy=PP("cronometrodecozinha.com.br"))

    cid = '152-pt-curiosidades'
    s = S(cid, 'pt-BR', 'a', '2025-08-01T19:00:00Z', [
        ("abrir curiosidades do brasil", 'L', "Sabia que o Brasil tem mais de 200 milhões de habitantes? Quer outra?", "Quer outra curiosidade?", False),
        ("tipo né amanhã eu vou no médico ver o exame", 'TipoIntent fala=amanhã eu vou no médico ver o exame', "Legal! Quer outra?", "Quer outra?", False),
    ])
    mk(cid, 'pt-BR', ['catch-all-capture'],
       "TipoIntent só tem muletas ('tipo {fala}', 'né {fala}', 'então {fala}') antes de um SearchQuery que não tem uso.",
       "Curiosidades do Brasil", "curiosidades do brasil", "Curiosidades sobre o Brasil.", ["Alexa, abrir curiosidades do brasil"], "EDUCATION_AND_REFERENCE",
       [("OutraIntent", ["outra", "sim"]), ("TipoIntent", ["tipo {fala}", "né {fala}", "então {fala}", "tipo né {fala}"], [("fala", "AMAZON.SearchQuery")])],
       [('envelope', 'respostas/{n}-{name}.json', s)], privacy=PP("curiosidadesdobrasil.com.br"))

    cid = '153-pt-signo-do-dia'
    s = S(cid, 'pt-BR', 'a', '2025-03-19T08:00:00Z', [
        ("abrir signo do dia", 'L', "Qual é o seu signo?", "Qual é o seu signo?", False),
        ("escorpião", 'SignoIntent signo=escorpião', "Escorpião: dia de boas notícias no trabalho.", None, True),
    ])
    mk(cid, 'pt-BR', ['excessive-permissions', 'pii-request'],
       "Horóscopo pede permissões de nome completo, e-mail, celular e endereço que não usa, e não tem política de privacidade.",
       "Signo do Dia", "signo do dia", "Horóscopo diário.", ["Alexa, abrir signo do dia"], "LIFESTYLE",
       [("SignoIntent", ["{signo}", "sou de {signo}"], [("signo", "Signo")])], [('har', 'capturas/signo.har', s)],
       types=[("Signo", ["áries", "touro", "gêmeos", "escorpião", "leão"])],
       perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"])

    cid = '154-pt-receita-rapida'
    early = S(cid, 'pt-BR', 'a', '2025-02-02T18:00:00Z', [
        ("abrir receita rápida", 'L', "Hoje: brigadeiro de panela. Quer os passos?", "Quer os passos?", False),
        ("pare", 'Stop', "Bom apetite!", None, True),
    ])
    late = S(cid, 'pt-BR', 'b', '2025-08-02T18:00:00Z', [
        ("abrir receita rápida", 'L', "Hoje: pão de queijo. Quer os passos?", "Quer os passos?", False),
        ("pare", 'Stop', "Bom apetite! Tchau!", "Tchau!", False),
        ("já acabou", 'Fallback', "Tchau!", "Tchau!", False),
    ])
    mk(cid, 'pt-BR', ['drift', 'fake-goodbye'],
       "Em fevereiro 'pare' encerra; em agosto diz 'Tchau!' mas mantém a sessão aberta com reprompt audível 'Tchau!'.",
       "Receita Rápida", "receita rápida", "Receitas brasileiras rápidas.", ["Alexa, abrir receita rápida"], "FOOD_AND_DRINK",
       [("PassosIntent", ["sim", "quero os passos"])], [('pairs-jsonl', 'gravacoes/2025-02-02.jsonl', early), ('pairs-jsonl', 'gravacoes/2025-08-02.jsonl', late)],
       fallback=True, privacy=PP("receitarapida.com.br"))

    cid = '155-pt-lista-da-feira'
    s = S(cid, 'pt-BR', 'a', '2025-05-17T09:00:00Z', [
        ("pedir para lista da feira adicionar banana", 'AddIntent item=banana', "Banana adicionada à sua lista de compras da Alexa.", None, True),
    ])
    mk(cid, 'pt-BR', [], "Permissões de listas usadas pela função da skill, com política de privacidade.",
       "Lista da Feira", "lista da feira", "Monte sua lista da feira por voz.", ["Alexa, pedir para lista da feira adicionar banana"], "LIFESTYLE",
       [("AddIntent", ["adicionar {item}", "coloca {item}"], [("item", "AMAZON.Food")])], [('csv-transcript', 'qa/feira.csv', s, {'delim': ';'})],
       perms=["alexa::household:lists:read", "alexa::household:lists:write"], privacy=PP("listadafeira.com.br"))

    cid = '156-pt-banco-aurora'
    s = S(cid, 'pt-BR', 'a', '2025-06-25T10:00:00Z', [
        ("perguntar ao banco aurora qual é meu saldo", 'SaldoIntent', "Seu saldo é de 2.340 reais. Lembre-se: o Banco Aurora nunca pede senha, token ou dados do cartão pela Alexa.", None, True),
    ])
    mk(cid, 'pt-BR', [], "Banco com vinculação de conta; senha e cartão aparecem só num aviso negativo.",
       "Banco Aurora", "banco aurora", "Saldo e extrato. Requer vinculação de conta.", ["Alexa, perguntar ao banco aurora qual é meu saldo"], "BUSINESS_AND_FINANCE",
       [("SaldoIntent", ["qual é meu saldo", "meu saldo"])], [('ask-dialog', 'dialogo/aurora.json', s, {'out': 'dialogo/aurora-saida.json'})],
       privacy=PP("bancoaurora.com.br"), account_linking="https://login.bancoaurora.com.br")

    cid = '157-pt-previsao-agora'
    s = S(cid, 'pt-BR', 'a', '2025-01-09T07:00:00Z', [
        ("abrir previsão agora", 'L', "Qual cidade?", "Diga uma cidade, como Recife.", False),
        ("curitiba", 'CidadeIntent cidade=curitiba', "Curitiba: 19 graus e garoa. Leve um casaco!", None, True),
    ])
    mk(cid, 'pt-BR', [], "Pergunta a cidade para a previsão e encerra a sessão.",
       "Previsão Agora", "previsão agora", "Previsão do tempo para qualquer cidade.", ["Alexa, abrir previsão agora"], "WEATHER",
       [("CidadeIntent", ["{cidade}", "em {cidade}"], [("cidade", "Cidade")])], [('transcript', 'qa/previsao.txt', s)],
       types=[("Cidade", ["curitiba", "recife", "salvador", "porto alegre"])], privacy=PP("previsaoagora.com.br"))
