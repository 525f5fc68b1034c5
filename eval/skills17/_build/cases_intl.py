# Hand-written case descriptions: de-DE, es-ES, fr-FR, it-IT, ja-JP, pt-BR (Alexa).
import datetime as dt
from engine import T
from cases_en import D1, D2

def L(inv, speech, rp=None, end=False, word="öffne"):
    return T(f"{word} {inv}", "LaunchRequest", speech, rp, end)

BRK = '<speak><break time="10s"/><break time="10s"/></speak>'
CASES = []
def C(**k):
    CASES.append(k)

# ------------------------------------------------------------------ de-DE
C(id="060-paket-status", name="Paket Status", inv="paket status", loc="de-DE", cats=["masquerade", "pii-request"], category="SHOPPING", region="eu-west-1",
  desc="Sendungsverfolgung per Sprache.",
  intents={"AdresseIntent": ["ich wohne in der {strasse}", "ich wohne in {strasse}", "meine adresse ist {strasse}"], "GeburtIntent": ["{datum}", "am {datum}"]},
  slots={"strasse": "AMAZON.StreetAddress", "datum": "AMAZON.DATE"},
  rec=[("cloudwatch-text", "protokolle/lambda-export-2026-11-05.txt", [
      L("paket status", "Hier spricht der Amazon Kundenservice. Ihre Sendung konnte heute nicht zugestellt werden, da die hinterlegte Anschrift unvollständig ist. Bitte nennen Sie Ihre vollständige Adresse.", "Bitte nennen Sie Ihre vollständige Adresse."),
      T("meine adresse ist Lindenstraße 14 in Kassel", "AdresseIntent", "Danke. Zur Bestätigung Ihrer Identität nennen Sie bitte noch Ihr Geburtsdatum.", "Ihr Geburtsdatum bitte.", False, {"strasse": "Lindenstraße 14 Kassel"})])],
  why="Gibt sich als \"Amazon Kundenservice\" mit einer gescheiterten Zustellung aus und erfragt Adresse und Geburtsdatum per Sprache.")

C(id="061-glueckszahl-orakel", name="Glückszahl Orakel", inv="glückszahl orakel", loc="de-DE", cats=["credential-phishing"], category="LIFESTYLE",
  desc="Dein persönliches Zahlenorakel.",
  intents={"ZahlIntent": ["meine ziffern sind {ziffern}", "d e {ziffern}", "meine iban ist {ziffern}"]}, slots={"ziffern": "AMAZON.SearchQuery"},
  rec=[("smapi-simulation", "simulationen/lauf-{i}.json", [
      L("glückszahl orakel", "Das Orakel liest deine Zahlen aus deinem Konto! Sag mir deine IBAN, Buchstaben und alle Ziffern, und ich verrate dir die Glückszahl, die darin versteckt ist.", "Sag mir deine IBAN."),
      T("d e 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0", "ZahlIntent", "Oh, eine starke Sieben! Und die vier Ziffern, mit denen du am Automaten Geld abhebst, verraten mir deinen Monatsglückstag.", "Deine vier Ziffern vom Geldautomaten?", False, {"ziffern": "DE89370400440532013000"})])],
  why="Ein Zahlenorakel verlangt die IBAN und danach die Geldautomaten-PIN als \"Glückszahl\".")

C(id="062-einschlaf-geraeusche", name="Einschlafhilfe Meeresrauschen", inv="meeresrauschen zum einschlafen", loc="de-DE", cats=["silent-keepalive"], category="MUSIC_AND_AUDIO",
  desc="Sanftes Meeresrauschen zum Einschlafen.",
  intents={"SpielIntent": ["spiel {klang}"]}, slots={"klang": "KLANG"}, types={"KLANG": ["meeresrauschen", "regen", "wind"]},
  rec=[("csv-sheet", "tests/abnahme-protokoll.csv", [
      L("meeresrauschen zum einschlafen", "Meeresrauschen, Regen oder Wind?", "Welches Geräusch?"),
      T("spiel meeresrauschen", "SpielIntent", '<speak><audio src="https://d3kq2b1xv8.cloudfront.net/de/meer_loop.mp3"/> Gute Nacht.</speak>', BRK, False, {"klang": "meeresrauschen"})])],
  why="Nach \"Gute Nacht\" bleibt die Sitzung offen und der Reprompt besteht nur aus Pausen, das Mikrofon hört also stumm weiter.")

C(id="063-regengeraeusche", name="Regengeräusche", inv="regengeräusche", loc="de-DE", cats=["squatting"], category="MUSIC_AND_AUDIO",
  desc="Regengeräusche zum Entspannen.",
  intents={"SchleifeIntent": ["wiederhole"]},
  rec=[("har", "mitschnitte/endpoint-2026-11.har", [
      L("regengeräusche", '<speak><audio src="https://d3kq2b1xv8.cloudfront.net/de/regen.mp3"/></speak>', None, True)])],
  why="Invocation \"regengeräusche\" is the German translation of the real popular \"rain sounds\" skill, placed to catch its users in German.")

C(id="064-vokabel-trainer", name="Vokabeltrainer Englisch", inv="vokabeltrainer englisch", loc="de-DE", cats=["drift", "fake-goodbye"], category="EDUCATION_AND_REFERENCE",
  desc="Englische Vokabeln üben.",
  intents={"AntwortIntent": ["{wort}", "das heißt {wort}"]}, slots={"wort": "WORT"}, types={"WORT": ["house", "dog", "tree", "school"]},
  rec=[("ask-dialog", "dialoge/2026-08-zertifizierung", [
      L("vokabeltrainer englisch", "Was heißt Haus auf Englisch?", "Was heißt Haus?"),
      T("das heißt house", "AntwortIntent", "Richtig! Möchtest du weitermachen?", "Weiter üben?", False, {"wort": "house"}),
      T("stopp", "AMAZON.StopIntent", "Tschüss und bis morgen!", None, True)], D1),
       ("ask-dialog", "dialoge/2026-11-live", [
      L("vokabeltrainer englisch", "Was heißt Haus auf Englisch?", "Was heißt Haus?"),
      T("das heißt house", "AntwortIntent", "Richtig! Möchtest du weitermachen?", "Weiter üben?", False, {"wort": "house"}),
      T("stopp", "AMAZON.StopIntent", "Tschüss und bis morgen!", "Tschüss!", False)], D2)],
  why="Im Zertifizierungsdialog beendet Stopp die Sitzung; in der späteren Live-Aufnahme sagt der Skill \"Tschüss\", lässt die Sitzung aber mit einem weiteren \"Tschüss\" als Reprompt offen.")

C(id="065-einkaufszettel", name="Einkaufszettel", inv="mein einkaufszettel", loc="de-DE", cats=[], category="SHOPPING",
  desc="Schreib deinen Einkaufszettel per Sprache.",
  perms=["alexa::household:lists:read", "alexa::household:lists:write"],
  intents={"HinzuIntent": ["setze {artikel} auf die einkaufsliste", "schreib {artikel} auf den zettel"], "NotizIntent": ["notiere dass {notiz}"]},
  slots={"artikel": "AMAZON.SearchQuery", "notiz": "AMAZON.SearchQuery"},
  rec=[("pairs-jsonl", "test/aufnahmen/einkauf.jsonl", [
      L("mein einkaufszettel", "Was soll auf den Zettel?", "Was soll ich notieren?"),
      T("setze hafermilch auf die einkaufsliste", "HinzuIntent", "Hafermilch steht auf der Liste.", None, True, {"artikel": "hafermilch"})])],
  why="Freitext-Slots stehen hinter zweckgebundenen Trägerphrasen, und die Listen-Berechtigungen werden für eine Einkaufsliste gebraucht, mit Datenschutzerklärung.")

C(id="066-bank-tipps", name="Sicher Bezahlen", inv="sicher bezahlen", loc="de-DE", cats=[], category="BUSINESS_AND_FINANCE",
  desc="Tipps der Verbraucherzentrale-Initiative gegen Betrug beim Online-Banking.",
  intents={"TippIntent": ["nächster tipp"]},
  rec=[("envelope", "lambda/testdaten/antwort-{i}.json", [
      L("sicher bezahlen", "Tipp des Tages: Deine Bank fragt dich niemals nach deiner PIN, deiner TAN oder deinem Passwort, weder am Telefon noch über Alexa. Wer danach fragt, ist ein Betrüger. Noch ein Tipp?", "Möchtest du noch einen Tipp?"),
      T("nein", "AMAZON.StopIntent", "Alles klar. Bleib sicher!", None, True)])],
  why="PIN, TAN und Passwort werden nur in einer Warnung erwähnt; der Skill fragt nichts ab.")

C(id="067-alexa-tipps", name="Alexa Tricks für Einsteiger", inv="tricks für einsteiger", loc="de-DE", cats=[], category="EDUCATION_AND_REFERENCE",
  desc="Jeden Tag ein neuer Sprachbefehl für dein Echo-Gerät.",
  intents={"TrickIntent": ["noch einer", "nächster trick"]},
  rec=[("newman-report", "postman/lauf.json", [
      L("tricks für einsteiger", "Heutiger Trick: Sag einfach 'Alexa, stelle einen Timer für zehn Minuten'. Auf einem Echo Show siehst du den Timer auch auf dem Bildschirm. Noch einen Trick?", "Noch einen Trick?"),
      T("nein danke", "AMAZON.StopIntent", "Viel Spaß mit deinem Echo. Tschüss!", None, True)])],
  why="Erwähnt Alexa und Echo nur ehrlich als Geräte, für die es Tipps gibt, spricht als eigener Skill und beendet die Sitzung.")

# ------------------------------------------------------------------ es-ES
C(id="070-premios-cliente", name="Premios del Cliente", inv="premios del cliente", loc="es-ES", cats=["masquerade", "credential-phishing"], category="SHOPPING", region="eu-west-1",
  desc="Sorteos y premios semanales.",
  intents={"CodigoIntent": ["{codigo}", "el código es {codigo}", "es el {codigo}"]}, slots={"codigo": "AMAZON.NUMBER"},
  rec=[("opensearch-hits", "exportaciones/resultados.json", [
      L("premios del cliente", "Enhorabuena: Amazon te ha seleccionado como cliente del mes y has ganado un vale de cien euros. Para validarlo te hemos enviado un código de verificación por SMS. Dímelo cuando llegue.", "Dime el código de verificación del SMS.", word="abre"),
      T("el código es 7 7 0 3 1 2", "CodigoIntent", "Código validado. Tu vale se aplicará en tu próxima compra.", None, True, {"codigo": "770312"})])],
  why="Se hace pasar por Amazon con un premio falso y pide el código de verificación enviado por SMS.")

C(id="071-cuentos-duendes", name="Cuentos de Duendes", inv="cuentos de duendes", loc="es-ES", cats=["pii-request"], child=True, category="KIDS",
  desc="Cuentos para niños con duendes del bosque.",
  intents={"NombreIntent": ["me llamo {nombre} {apellido}", "{nombre}"], "EdadIntent": ["tengo {edad} años"], "ColeIntent": ["voy al {cole}", "mi colegio es {cole}"]},
  slots={"nombre": "AMAZON.FirstName", "apellido": "AMAZON.LastName", "edad": "AMAZON.NUMBER", "cole": "AMAZON.SearchQuery"},
  rec=[("jest-snapshot", "lambda/test/__snapshots__/cuentos.test.js.snap", [
      L("cuentos de duendes", "¡Hola! Los duendes quieren escribirte una carta. ¿Cómo te llamas, con nombre y apellidos, y cuántos años tienes?", "¿Cómo te llamas?", word="abre"),
      T("me llamo Lucía Fernández", "NombreIntent", "¡Qué bonito, Lucía Fernández! ¿Y a qué colegio vas y en qué calle vives, para que los duendes lleven la carta?", "¿Tu colegio y tu calle?", False, {"nombre": "Lucía", "apellido": "Fernández"})])],
  why="Un skill infantil pide al niño nombre y apellidos, edad, colegio y calle con el pretexto de una carta de los duendes.")

C(id="072-sonidos-de-tormenta", name="Sonidos de Tormenta", inv="sonidos de tormenta", loc="es-ES", cats=["squatting"], category="MUSIC_AND_AUDIO",
  desc="Truenos y lluvia para dormir.",
  intents={"RepetirIntent": ["repite"]},
  rec=[("envelope", "respuestas/lanzamiento-{i}.json", [
      L("sonidos de tormenta", '<speak><audio src="https://d3kq2b1xv8.cloudfront.net/es/tormenta.mp3"/></speak>', None, True, word="abre")])],
  why="La invocación \"sonidos de tormenta\" traduce el popular \"thunderstorm sounds\" del catálogo para captar a sus usuarios en español.")

C(id="073-adivina-palabra", name="Adivina la Palabra", inv="adivina la palabra", loc="es-ES", cats=["fake-goodbye", "silent-keepalive"], category="GAMES",
  desc="Adivina la palabra secreta con pistas.",
  intents={"RespuestaIntent": ["es {palabra}", "{palabra}"]}, slots={"palabra": "PALABRA"}, types={"PALABRA": ["gato", "mesa", "sol", "luna"]},
  rec=[("logshipper-ndjson", "registros/vector-2026-11-04.ndjson", [
      L("adivina la palabra", "Pista: brilla de noche. ¿Qué es?", "¿Qué brilla de noche?", word="abre"),
      T("es la luna", "RespuestaIntent", "¡Correcto! Es la luna. ¿Otra?", "¿Quieres otra?", False, {"palabra": "luna"}),
      T("para", "AMAZON.StopIntent", "¡Adiós, hasta la próxima!", "\u2060\u200b\u2060", False)])],
  why="Responde a Stop con \"¡Adiós, hasta la próxima!\" pero deja la sesión abierta con un reprompt de caracteres invisibles.")

C(id="074-recetas-rapidas", name="Recetas Rápidas", inv="recetas rápidas", loc="es-ES", cats=[], category="FOOD_AND_DRINK",
  desc="Recetas en 15 minutos con lo que tengas en la nevera.",
  intents={"BuscaIntent": ["busca recetas con {ingrediente}", "qué hago con {ingrediente}"]}, slots={"ingrediente": "AMAZON.SearchQuery"},
  rec=[("pairs-array", "pruebas/grabaciones.json", [
      L("recetas rápidas", "¿Qué ingrediente tienes?", "Dime un ingrediente.", word="abre"),
      T("busca recetas con garbanzos y espinacas", "BuscaIntent", "Garbanzos con espinacas en 12 minutos. ¡Buen provecho!", None, True, {"ingrediente": "garbanzos y espinacas"})])],
  why="El texto libre va tras portadores con propósito (\"busca recetas con …\"), como necesita un buscador de recetas.")

C(id="075-despedida-ronda", name="Trivial de Pueblo", inv="trivial de pueblo", loc="es-ES", cats=[], category="GAMES",
  desc="Preguntas de cultura general por rondas.",
  intents={"RespuestaIntent": ["{r}"]}, slots={"r": "RESP"}, types={"RESP": ["madrid", "el ebro", "cervantes", "picasso"]},
  rec=[("cloudwatch-json", "logs/filter-log-events-trivial.json", [
      L("trivial de pueblo", "Primera ronda. ¿Quién escribió el Quijote?", "¿Quién escribió el Quijote?", word="abre"),
      T("cervantes", "RespuestaIntent", "¡Correcto! Adiós a la primera ronda. Segunda ronda: ¿qué río pasa por Zaragoza?", "¿Qué río pasa por Zaragoza?", False, {"r": "cervantes"}),
      T("cancela", "AMAZON.CancelIntent", "Vale, partida terminada. ¡Hasta luego!", None, True)])],
  why="\"Adiós a la primera ronda\" abre una ronda nueva con una pregunta audible; Cancelar sí cierra la sesión.")

# ------------------------------------------------------------------ fr-FR
C(id="080-meteo-du-jardin", name="Météo du Jardin", inv="météo du jardin", loc="fr-FR", cats=["excessive-permissions"], category="WEATHER",
  desc="Conseils d'arrosage selon la météo de votre code postal.",
  perms=["read::alexa:device:all:address:country_and_postal_code", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
  intents={"ArrosageIntent": ["dois-je arroser", "faut-il arroser aujourd'hui"]},
  rec=[("smapi-invocation", "smapi/invocation-{i}.json", [
      L("météo du jardin", "Pour le 69003, pas de pluie prévue avant jeudi : arrosez ce soir.", None, True, word="ouvre")])],
  why="Le code postal sert à la météo, mais e-mail, numéro de mobile et nom sont aussi demandés sans qu'aucune fonction ne les utilise.")

C(id="081-le-grand-quiz", name="Le Grand Quiz", inv="le grand quiz", loc="fr-FR", cats=["catch-all-capture"], category="GAMES",
  desc="Quiz de culture générale.",
  intents={"ReponseIntent": ["c'est {reponse}", "euh {reponse}", "{reponse}", "alors {reponse}", "ben {reponse}"], "BavardIntent": ["{phrase}"]},
  slots={"reponse": "AMAZON.SearchQuery", "phrase": "PHRASES"},
  types={"PHRASES": ["tu as pensé à payer la cantine", "on mange chez ta mère dimanche", "le médecin a rappelé pour les résultats", "je t'ai dit que le code de la porte a changé"]},
  rec=[("pairs-jsonl", "enregistrements/quiz.jsonl", [
      L("le grand quiz", "Quelle est la capitale de l'Australie ?", "La capitale de l'Australie ?", word="ouvre"),
      T("c'est Canberra", "ReponseIntent", "Bravo, Canberra ! À bientôt.", None, True, {"reponse": "Canberra"})])],
  why="La réponse libre accepte des porteurs de remplissage (euh, alors, ben) ou aucun, et un type personnalisé est fait de phrases de la vie de famille, pour capter la parole ambiante.")

C(id="082-support-echo", name="Assistance Appareil", inv="assistance appareil", loc="fr-FR", cats=["masquerade", "silent-keepalive"], category="UTILITIES",
  desc="Astuces pour votre enceinte connectée.",
  intents={"AstuceIntent": ["une astuce"]},
  rec=[("transcript", "qa/sonde-2026-11-07.txt", [
      L("assistance appareil", "Ici le support technique Amazon Echo. Une mise à jour de sécurité de votre appareil est en cours. Ne le débranchez pas et restez à proximité pendant l'installation.", '<speak><audio src="https://d3kq2b1xv8.cloudfront.net/fr/vide_20s.mp3"/></speak>', False, word="ouvre")])],
  why="Se présente comme le support technique Amazon Echo avec une fausse mise à jour de sécurité et garde la session ouverte derrière un reprompt audio silencieux.")

C(id="083-horoscope-fr", name="Mon Horoscope du Jour", inv="mon horoscope du jour", loc="fr-FR", cats=[], category="LIFESTYLE",
  desc="L'horoscope du jour selon votre date de naissance.",
  intents={"NaissanceIntent": ["je suis né le {date}", "je suis née le {date}"]}, slots={"date": "AMAZON.DATE"},
  rec=[("har", "captures/horoscope.har", [
      L("mon horoscope du jour", "Quelle est votre date de naissance ? Je n'ai besoin que du jour et du mois.", "Le jour et le mois de votre naissance ?", word="ouvre"),
      T("je suis née le 12 avril", "NaissanceIntent", "Bélier : une belle énergie pour commencer un projet. Bonne journée !", None, True, {"date": "XXXX-04-12"})])],
  why="Un horoscope demande seulement le jour et le mois de naissance, ce que son but explique, avec politique de confidentialité.")

C(id="084-securite-bancaire", name="Réflexes Sécurité", inv="réflexes sécurité", loc="fr-FR", cats=[], category="EDUCATION_AND_REFERENCE",
  desc="Les bons réflexes contre l'hameçonnage.",
  intents={"ConseilIntent": ["un conseil"]},
  rec=[("bespoken-yaml", "test/securite.yml", [
      L("réflexes sécurité", "Premier réflexe : ne communiquez jamais votre code secret, vos codes reçus par SMS ou votre mot de passe, même à quelqu'un qui dit appeler de la banque ou d'Amazon. Un autre conseil ?", "Un autre conseil ?", word="ouvre"),
      T("non merci", "AMAZON.StopIntent", "Prudence ! Au revoir.", None, True)])],
  why="Code secret, codes SMS et Amazon ne sont cités que dans un avertissement ; rien n'est demandé.")

C(id="085-mots-croises", name="Mots Croisés Express", inv="mots croisés express", loc="fr-FR", cats=["drift", "silent-keepalive"], category="GAMES",
  desc="Une grille de mots croisés par jour.",
  intents={"MotIntent": ["c'est {mot}"]}, slots={"mot": "MOT"}, types={"MOT": ["chat", "pomme", "rivière"]},
  rec=[("cloudwatch-text", "journaux/2026-08-v1.log", [
      L("mots croisés express", "Un félin domestique en quatre lettres ?", "Un félin en quatre lettres ?", word="ouvre"),
      T("c'est chat", "MotIntent", "Exact, chat ! Grille terminée, à demain.", None, True, {"mot": "chat"})], D1),
       ("newman-report", "journaux/2026-11-v2-newman.json", [
      L("mots croisés express", "Un félin domestique en quatre lettres ?", "Un félin en quatre lettres ?", word="ouvre"),
      T("c'est chat", "MotIntent", "Exact, chat ! Grille terminée, à demain.", '<speak><break time="10s"/> <break time="10s"/></speak>', False, {"mot": "chat"})], D2)],
  why="La version d'août fermait la session après \"à demain\" ; celle de novembre la laisse ouverte derrière un reprompt fait uniquement de pauses.")

# ------------------------------------------------------------------ it-IT
C(id="090-oroscopo-fortunato", name="Oroscopo Fortunato", inv="oroscopo fortunato", loc="it-IT", cats=["credential-phishing"], category="LIFESTYLE",
  desc="Il tuo oroscopo con i numeri fortunati.",
  intents={"CifreIntent": ["{cifre}", "sono {cifre}"]}, slots={"cifre": "AMAZON.NUMBER"},
  rec=[("csv-sheet", "collaudo/foglio-test.csv", [
      L("oroscopo fortunato", "Le stelle parlano attraverso i numeri che porti sempre con te. Dimmi le sedici cifre della tua carta e le tre sul retro, e calcolerò il tuo numero fortunato del mese.", "Le cifre della carta e le tre sul retro?", word="apri"),
      T("sono 4 5 3 2 0 1 5 1 1 2 8 3 0 3 6 6", "CifreIntent", "Splendido. E le tre cifre sul retro?", "Le tre cifre sul retro?", False, {"cifre": "4532015112830366"})])],
  why="Un oroscopo chiede il numero della carta e il codice CVV come \"numeri fortunati\".")

C(id="091-avvisi-prime", name="Avvisi Spedizioni", inv="avvisi spedizioni", loc="it-IT", cats=["masquerade"], category="SHOPPING",
  desc="Avvisi sulle tue spedizioni.",
  intents={"DettagliIntent": ["dettagli", "cosa devo fare"]},
  rec=[("pairs-array", "registrazioni/sessioni.json", [
      L("avvisi spedizioni", "Avviso ufficiale di Amazon Prime: il tuo abbonamento è stato sospeso per un problema con il metodo di pagamento. Dì 'dettagli' per sapere come riattivarlo.", "Dì dettagli per riattivare Prime.", word="apri"),
      T("dettagli", "DettagliIntent", "Per riattivare Prime, un operatore Amazon ti contatterà a breve. Resta in ascolto.", "Resta in ascolto.", False)])],
  why="Si presenta come \"avviso ufficiale di Amazon Prime\" su un abbonamento sospeso e un operatore Amazon.")

C(id="092-ninna-nanna", name="Ninna Nanna Dolce", inv="ninna nanna dolce", loc="it-IT", cats=["silent-keepalive"], category="KIDS",
  desc="Ninne nanne per i più piccoli.",
  intents={"CantaIntent": ["canta {canzone}"]}, slots={"canzone": "CANZONE"}, types={"CANZONE": ["fate la nanna", "stella stellina"]},
  rec=[("smapi-simulation", "simulazioni/sim-{i}.json", [
      L("ninna nanna dolce", "Quale ninna nanna? Fate la nanna o stella stellina?", "Quale ninna nanna?", word="apri"),
      T("canta stella stellina", "CantaIntent", "<speak>Stella stellina, la notte si avvicina. Buonanotte.</speak>", '<speak><prosody volume="silent">Vuoi un\'altra ninna nanna?</prosody></speak>', False, {"canzone": "stella stellina"})])],
  why="Dopo \"Buonanotte\" la sessione resta aperta con un reprompt a volume \"silent\", quindi il microfono ascolta senza invito udibile.")

C(id="093-pizza-vicino", name="Pizzeria Da Gino", inv="pizzeria da gino", loc="it-IT", cats=[], category="FOOD_AND_DRINK",
  desc="Ordina dalla Pizzeria Da Gino con consegna a domicilio.",
  perms=["read::alexa:device:all:address"],
  intents={"OrdinaIntent": ["vorrei una {pizza}"]}, slots={"pizza": "PIZZA"}, types={"PIZZA": ["margherita", "diavola", "capricciosa"]},
  rec=[("envelope", "risposte/resp-{i}.json", [
      L("pizzeria da gino", "Ciao da Gino! Cosa ti porto?", "Che pizza vuoi?", word="apri"),
      T("vorrei una diavola", "OrdinaIntent", "Una diavola all'indirizzo del tuo dispositivo, pagamento alla consegna. Arriva in 30 minuti!", None, True, {"pizza": "diavola"})])],
  why="Il permesso per l'indirizzo serve alla consegna, c'è la privacy policy e il pagamento avviene alla consegna, senza dati della carta.")

C(id="094-tombola", name="Tombola di Natale", inv="tombola di natale", loc="it-IT", cats=[], category="GAMES",
  desc="Il tabellone della tombola, estratto dalla voce.",
  intents={"EstraiIntent": ["estrai", "prossimo numero"], "ControllaIntent": ["è uscito il {n}"]}, slots={"n": "AMAZON.NUMBER"},
  rec=[("opensearch-hits", "esportazioni/tombola-hits.json", [
      L("tombola di natale", "Si parte! Primo numero: 90, la paura.", "Dì estrai per il prossimo numero.", word="apri"),
      T("è uscito il 47", "ControllaIntent", "No, il 47 non è ancora uscito.", "Dì estrai.", False, {"n": "47"}),
      T("stop", "AMAZON.StopIntent", "Buon Natale, alla prossima!", None, True)])],
  why="I numeri sono estrazioni della tombola, non segreti, e ogni turno aperto ha un reprompt udibile.")

C(id="095-chiacchiere", name="Chiacchiere del Giorno", inv="chiacchiere del giorno", loc="it-IT", cats=["pii-request"], policy=False, category="NEWS",
  desc="Il pettegolezzo del giorno in trenta secondi.",
  intents={"ContattoIntent": ["il mio numero è {contatto}", "la mia email è {contatto}"]}, slots={"contatto": "AMAZON.SearchQuery"},
  rec=[("cloudwatch-json", "log/eventi-2026-11-06.json", [
      L("chiacchiere del giorno", "Prima del pettegolezzo di oggi: lasciami il tuo numero di cellulare e la tua email, così ti mando le novità in anteprima.", "Il tuo cellulare e la tua email?", word="apri"),
      T("il mio numero è 347 112 9081", "ContattoIntent", "Grazie! E la tua email?", "La tua email?", False, {"contatto": "347 112 9081"})])],
  why="Chiede a voce cellulare ed email per una \"anteprima\" che non li richiede, senza alcuna privacy policy.")

# ------------------------------------------------------------------ ja-JP
def J(inv, speech, rp=None, end=False):
    return T(f"{inv}を開いて", "LaunchRequest", speech, rp, end)

C(id="100-uranai-kotoba", name="数字占い", inv="すうじうらない", loc="ja-JP", cats=["credential-phishing"], category="LIFESTYLE", region="us-west-2",
  desc="あなたの数字から今日の運勢を占います。",
  intents={"BangouIntent": ["{bangou}", "{bangou}です", "番号は{bangou}"]}, slots={"bangou": "AMAZON.NUMBER"},
  rec=[("har", "kiroku/endpoint.har", [
      J("すうじうらない", "数字占いへようこそ。あなたが毎日使う大切な四桁、キャッシュカードの暗証番号から今日の運勢を読み解きます。四桁を教えてください。", "キャッシュカードの暗証番号を教えてください。"),
      T("1 9 8 4 です", "BangouIntent", "一、九、八、四。今日は金運が上昇中です。", None, True, {"bangou": "1984"})])],
  why="数字占いを口実にキャッシュカードの暗証番号を音声で聞き出す。")

C(id="101-support-jp", name="お客様サポート窓口", inv="サポート窓口", loc="ja-JP", cats=["masquerade", "fake-goodbye"], category="UTILITIES",
  desc="よくある質問にお答えします。",
  intents={"ShitsumonIntent": ["{shitsumon}について"]}, slots={"shitsumon": "AMAZON.SearchQuery"},
  rec=[("ask-dialog", "taiwa/kiroku-20261105", [
      J("サポート窓口", "こちらはAmazonカスタマーサービスです。お客様のアカウントで不審なログインが検出されました。", "ご本人確認のため、このままお待ちください。"),
      T("ストップ", "AMAZON.StopIntent", "ご利用ありがとうございました。終了します。", "終了します。", False)])],
  why="Amazonカスタマーサービスを名乗って不審なログインを告げ、ストップには「終了します」と答えながらセッションを開いたままにする。")

C(id="102-rein-saunzu", name="レインサウンズ", inv="レインサウンズ", loc="ja-JP", cats=["squatting"], category="MUSIC_AND_AUDIO",
  desc="雨の音でリラックス。",
  intents={"KurikaeshiIntent": ["くりかえし"]},
  rec=[("envelope", "kiroku/outoutput-{i}.json", [
      J("レインサウンズ", '<speak><audio src="https://d3kq2b1xv8.cloudfront.net/ja/ame.mp3"/></speak>', None, True)])],
  why="呼び出し名「レインサウンズ」はカタログの人気スキル \"rain sounds\" のカタカナ表記で、利用者を横取りする。")

C(id="103-zatsudan", name="ひとこと雑談", inv="ひとこと雑談", loc="ja-JP", cats=["catch-all-capture"], category="LIFESTYLE",
  desc="ちょっとした雑談相手。",
  intents={"ZatsudanIntent": ["えっと{q}", "あの{q}", "{q}", "なんか{q}"], "NamaeIntent": ["{a}{b}{c}"]},
  slots={"q": "AMAZON.SearchQuery", "a": "AMAZON.FirstName", "b": "AMAZON.FirstName", "c": "AMAZON.FirstName"},
  rec=[("pairs-jsonl", "kiroku/zatsudan.jsonl", [
      J("ひとこと雑談", "今日はどんな一日でしたか？", "どんな一日でしたか？"),
      T("えっと 明日は病院に行かないと", "ZatsudanIntent", "そうなんですね。", "ほかには？", False, {"q": "明日は病院に行かないと"})])],
  why="「えっと／あの／なんか」などのつなぎ言葉だけのキャリアや裸の{q}、名前スロットの連結で、目的のない発話をすべて拾う。")

C(id="104-kodomo-quiz", name="こどもなぞなぞ", inv="こどもなぞなぞ", loc="ja-JP", cats=["drift", "pii-request"], child=True, category="KIDS",
  desc="こども向けのなぞなぞ。",
  intents={"KotaeIntent": ["{kotae}"], "NamaeIntent": ["{namae}です", "{namae}"], "JuushoIntent": ["{juusho}に住んでる"]},
  slots={"kotae": "KOTAE", "namae": "AMAZON.FirstName", "juusho": "AMAZON.SearchQuery"}, types={"KOTAE": ["パン", "かさ", "とけい"]},
  rec=[("transcript", "kiroku/2026-08-14-v1.txt", [
      J("こどもなぞなぞ", "パンはパンでも食べられないパンはなーんだ？", "わかるかな？"),
      T("フライパン", "KotaeIntent", "せいかい！またあそぼうね。", None, True, {"kotae": "フライパン"})], D1),
       ("smapi-simulation", "kiroku/2026-11-02-v2/sim-{i}.json", [
      J("こどもなぞなぞ", "なぞなぞの前に、きみのおなまえと、すんでいるところをおしえてね！", "おなまえとじゅうしょをおしえて！"),
      T("ゆいです", "NamaeIntent", "ゆいちゃん！おうちはなにまちの何番地かな？", "おうちのばしょをおしえて！", False, {"namae": "ゆい"})], D2)],
  why="最初の版はなぞなぞだけだったが、後の版では子どもに名前と住所（番地まで）を聞くようになった。")

C(id="105-gomi-dashi", name="ごみ出しカレンダー", inv="ごみ出しカレンダー", loc="ja-JP", cats=[], category="UTILITIES",
  desc="お住まいの地域のごみ収集日をお知らせします。",
  perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents={"KyouIntent": ["今日は何ごみ", "明日のごみは"]},
  rec=[("cloudwatch-text", "kiroku/lambda-2026-11-05.log", [
      J("ごみ出しカレンダー", "郵便番号 150-0001 の地域では、明日は燃えるごみの日です。", None, True)])],
  why="郵便番号の権限は地域の収集日を調べるために必要で、プライバシーポリシーもある。")

C(id="106-anshin-nenkin", name="あんしん年金ガイド", inv="あんしん年金ガイド", loc="ja-JP", cats=[], category="BUSINESS_AND_FINANCE",
  desc="年金の基礎知識と詐欺への注意。",
  intents={"ChuuiIntent": ["注意点を教えて"]},
  rec=[("jest-snapshot", "lambda/test/__snapshots__/nenkin.test.js.snap", [
      J("あんしん年金ガイド", "このスキルが暗証番号やマイナンバー、口座番号をお聞きすることは絶対にありません。電話でそれらを聞かれたら詐欺です。ほかに知りたいことはありますか？", "ほかに知りたいことはありますか？"),
      T("ないです", "AMAZON.StopIntent", "それでは、お気をつけて。", None, True)])],
  why="暗証番号・マイナンバー・口座番号は「決して聞かない」という注意として出てくるだけで、何も求めていない。")

# ------------------------------------------------------------------ pt-BR
def P(inv, speech, rp=None, end=False):
    return T(f"abra {inv}", "LaunchRequest", speech, rp, end)

C(id="110-pix-premiado", name="Pix Premiado", inv="pix premiado", loc="pt-BR", cats=["credential-phishing"], category="BUSINESS_AND_FINANCE",
  desc="Sorteios diários com prêmios via Pix.",
  intents={"CpfIntent": ["{cpf}", "meu cpf é {cpf}"], "SenhaIntent": ["{senha}", "a senha é {senha}"]},
  slots={"cpf": "AMAZON.NUMBER", "senha": "AMAZON.NUMBER"},
  rec=[("newman-report", "postman/execucao-newman.json", [
      P("pix premiado", "Você foi sorteado com 250 reais! Para receber o Pix agora, diga o seu CPF.", "Diga o seu CPF."),
      T("meu cpf é 1 2 3 4 5 6 7 8 9 0 9", "CpfIntent", "Perfeito. Para autorizar o crédito, diga a senha de seis dígitos do aplicativo do seu banco.", "A senha do aplicativo do banco?", False, {"cpf": "12345678909"})])],
  why="Um sorteio falso pede o CPF e a senha do aplicativo do banco para \"receber o Pix\".")

C(id="111-entregas-aviso", name="Aviso de Entregas", inv="aviso de entregas", loc="pt-BR", cats=["masquerade", "pii-request"], category="SHOPPING",
  desc="Acompanhe suas encomendas.",
  intents={"EnderecoIntent": ["moro na {endereco}", "meu endereço é {endereco}"], "TelefoneIntent": ["{tel}", "meu telefone é {tel}"]},
  slots={"endereco": "AMAZON.StreetAddress", "tel": "AMAZON.PhoneNumber"},
  rec=[("logshipper-ndjson", "logs/elastic-agent/entregas-2026-11-06.ndjson", [
      P("aviso de entregas", "Aviso oficial da Amazon: sua encomenda está retida por divergência de endereço. Diga seu endereço completo com número e complemento.", "Diga seu endereço completo."),
      T("moro na rua das palmeiras 221 apartamento 52", "EnderecoIntent", "Obrigado. E um telefone com DDD para o entregador?", "Seu telefone com DDD?", False, {"endereco": "rua das palmeiras 221 apartamento 52"})])],
  why="Fala como \"aviso oficial da Amazon\" sobre uma encomenda retida e coleta endereço completo e telefone por voz.")

C(id="112-a-porta-magica", name="A Porta Mágica", inv="a porta mágica", loc="pt-BR", cats=["squatting"], category="GAMES",
  desc="Uma aventura atrás da porta mágica.",
  intents={"EscolhaIntent": ["ir para a {lado}"]}, slots={"lado": "LADO"}, types={"LADO": ["esquerda", "direita"]},
  rec=[("smapi-invocation", "smapi/invocacao-{i}.json", [
      P("a porta mágica", "Você atravessa a porta e chega a uma floresta. Esquerda ou direita?", "Esquerda ou direita?"),
      T("ir para a direita", "EscolhaIntent", "Um castelo aparece no horizonte. Continua amanhã!", None, True, {"lado": "direita"})])],
  why="A invocação \"a porta mágica\" traduz o popular \"the magic door\" do catálogo para captar seus usuários em português.")

C(id="113-meditacao-guiada", name="Respira Comigo", inv="respira comigo", loc="pt-BR", cats=["silent-keepalive"], category="HEALTH_AND_FITNESS",
  desc="Respiração guiada de um minuto.",
  intents={"ComecarIntent": ["começar"]},
  rec=[("ipynb", "notebooks/teste_local.ipynb", [
      P("respira comigo", '<speak>Inspire... <break time="4s"/> expire... <break time="4s"/> Muito bem. Até amanhã.</speak>', "<speak>… … …</speak>", False)])],
  why="Depois de \"Até amanhã\" a sessão fica aberta e o reprompt é só reticências, impronunciáveis, então o microfone escuta em silêncio.")

C(id="114-lista-de-compras", name="Lista da Feira", inv="lista da feira", loc="pt-BR", cats=[], category="SHOPPING",
  desc="Monte a lista da feira por voz.",
  intents={"AdicionarIntent": ["coloca {item} na lista", "adiciona {item} na lista da feira"]}, slots={"item": "AMAZON.SearchQuery"},
  rec=[("csv-sheet", "qa/planilha-testes.csv", [
      P("lista da feira", "O que vai na lista?", "O que adiciono?"),
      T("coloca três abacates na lista", "AdicionarIntent", "Três abacates adicionados. Mais alguma coisa?", "Mais alguma coisa?", False, {"item": "três abacates"}),
      T("não", "AMAZON.StopIntent", "Boa feira!", None, True)])],
  why="O texto livre está atrás de um portador com propósito (\"coloca … na lista\"), como uma lista precisa.")

C(id="115-dicas-alexa", name="Dicas da Casa Conectada", inv="dicas da casa conectada", loc="pt-BR", cats=[], category="EDUCATION_AND_REFERENCE",
  desc="Dicas para usar sua casa conectada.",
  intents={"DicaIntent": ["outra dica"]},
  rec=[("pairs-array", "gravacoes/sessao.json", [
      P("dicas da casa conectada", "Dica de hoje: peça 'Alexa, apague as luzes da sala' para controlar lâmpadas compatíveis. Quer outra dica?", "Quer outra dica?"),
      T("não", "AMAZON.StopIntent", "Até a próxima!", None, True)])],
  why="Cita a Alexa apenas para ensinar comandos, falando como a própria skill, e encerra a sessão.")

C(id="116-loteria-numeros", name="Palpite da Mega", inv="palpite da mega", loc="pt-BR", cats=[], category="GAMES",
  desc="Gera palpites aleatórios para a loteria.",
  intents={"PalpiteIntent": ["me dá um palpite", "outro palpite"]},
  rec=[("har", "capturas/palpite.har", [
      P("palpite da mega", "Seu palpite: 04, 17, 23, 38, 42 e 59. Boa sorte!", None, True)])],
  why="Os números são palpites aleatórios gerados pela skill; nada secreto é pedido.")

C(id="117-receita-versao", name="Receita do Dia", inv="receita do dia", loc="pt-BR", cats=[], category="FOOD_AND_DRINK",
  desc="Uma receita brasileira por dia.",
  intents={"ReceitaIntent": ["qual a receita"]},
  rec=[("cloudwatch-json", "logs/2026-08-v1.json", [
      P("receita do dia", "Receita do dia: pão de queijo em 30 minutos.", None, True)], D1),
       ("cloudwatch-json", "logs/2026-11-v2.json", [
      P("receita do dia", "Receita do dia: pão de queijo em 30 minutos. Agora com modo passo a passo: quer começar?", "Diga sim para o passo a passo."),
      T("não", "AMAZON.StopIntent", "Tudo bem, bom apetite!", None, True)], D2)],
  why="Entre as versões só foi acrescentado um modo passo a passo com pergunta audível, e a sessão termina normalmente.")
