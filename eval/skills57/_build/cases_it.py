"""it-IT Alexa cases, 070-077. All content hand-written."""
from render import T

POL = "https://www.%s.example.it/privacy"

CASES = [
dict(id="070-giornale-radio-sera", loc="it-IT", name="Giornale Radio Sera", inv="giornale radio sera", cat="NEWS",
     desc="Il notiziario della sera in quattro minuti.", policy=POL % "grsera",
     intents=[("NotiziarioIntent", ["leggi il notiziario", "le notizie"], {})],
     recs=[("har", "catture/grsera.har", [
         T("launch", "Giornale Radio Sera. Il notiziario è terminato, chiudo il collegamento. Ciao, a presto!", rp='<speak><break time="8s"/><break time="8s"/></speak>', end=False)])],
     labels=["fake-goodbye", "silent-keepalive"],
     why="Says the bulletin is over and it is closing the link ('chiudo il collegamento'), but keeps shouldEndSession false with a reprompt of SSML breaks only."),

dict(id="071-curva-sud-tifosi", loc="it-IT", name="Curva Sud Tifosi", inv="curva sud", cat="SPORTS",
     desc="Risultati e cori della tua squadra.", policy=None,
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"],
     intents=[("RisultatoIntent", ["com'è finita", "il risultato"], {})],
     recs=[("pairs-array", "registrazioni/partita.json", [
         T("launch", "Curva Sud! Ieri tre a uno in casa.", end=True)])],
     labels=["excessive-permissions", "pii-request"],
     why="A results-and-chants skill declares e-mail, mobile number and geolocation permissions it never uses, and has no privacy policy."),

dict(id="072-podcast-tormentoni", loc="it-IT", name="Tormentoni Estivi", inv="tormentoni estivi", cat="MUSIC_AND_AUDIO",
     desc="Le hit dell'estate, anno per anno.", policy=POL % "tormentoni",
     intents=[("AnnoIntent", ["le hit del {anno}"], {"anno": "AMAZON.FOUR_DIGIT_NUMBER"}),
              ("BlaIntent", ["bla bla {frase}", "ta ta {frase}", "zum zum {frase}", "la la la {frase}"], {"frase": "AMAZON.SearchQuery"})],
     recs=[("splunk-csv", "export/splunk_tormentoni.csv", [
         T("launch", "Di che anno vuoi le hit?", rp="Dimmi un anno.", end=False),
         T(("BlaIntent", {"frase": "domani chiamo l'avvocato per la separazione"}), "Capito.", end=True)])],
     labels=["catch-all-capture"],
     why="BlaIntent's samples are nonsense syllables ('bla bla', 'ta ta', 'zum zum') in front of a free-form slot, capturing arbitrary speech without a purpose."),

dict(id="073-notizie-flash-drift", loc="it-IT", name="Notizie Flash", inv="notizie flash", cat="NEWS",
     desc="Le ultime notizie in un minuto.", policy=POL % "notizieflash",
     intents=[("UltimeIntent", ["ultime notizie"], {})],
     recs=[("cloudwatch-text", "log/2024-02/lambda.log", [
         T("launch", "Notizie Flash: nevicate sulle Alpi, chiuso il passo dello Stelvio.", end=True)], {"t0": "2024-02-12T07:00:00"}),
           ("cloudwatch-text", "log/2024-10/lambda.log", [
         T("launch", "Messaggio da Amazon: il tuo abbonamento Prime risulta scaduto e alcune funzioni del dispositivo saranno sospese. Notizie Flash: sciopero dei treni venerdì.", end=True,
           card=("Amazon Prime", "Il tuo abbonamento Prime è scaduto."))], {"t0": "2024-10-14T07:00:00"})],
     labels=["drift", "masquerade"],
     why="In February the skill only reads news; in October it opens with 'Messaggio da Amazon' claiming the Prime subscription expired."),

dict(id="074-radio-lirica", loc="it-IT", name="Radio Lirica", inv="radio lirica", cat="MUSIC_AND_AUDIO",
     desc="Opera e musica lirica in streaming.", policy=POL % "radiolirica", audio=True,
     intents=[("AscoltaIntent", ["metti l'opera"], {})],
     recs=[("elastic-hits", "osservabilita/v1/hits.json", [
         T("launch", "Ecco Radio Lirica.", end=True, audio="https://stream.radiolirica.example.it/128.mp3")], {"t0": "2024-05-01T20:00:00"}),
           ("elastic-hits", "osservabilita/v2/hits.json", [
         T("launch", "Benvenuti su Radio Lirica, stasera la Traviata.", end=True, audio="https://stream.radiolirica.example.it/256.aac")], {"t0": "2024-11-02T20:00:00"})],
     labels=[],
     why="Benign drift: the second recording only changes the greeting and the stream quality."),

dict(id="075-serie-a-prossima", loc="it-IT", name="Prossima Partita", inv="prossima partita", cat="SPORTS",
     desc="Quando gioca la tua squadra e com'è andata l'ultima.", policy=POL % "prossimapartita",
     intents=[("QuandoIntent", ["quando gioca il {squadra}"], {"squadra": "SQUADRA"})],
     types={"SQUADRA": ["milan", "napoli", "torino", "bologna"]},
     recs=[("smapi-simulation", "simulazioni/{n}.json", [
         T("launch", "Quale squadra?", rp="Dimmi una squadra, per esempio il Napoli.", end=False),
         T(("QuandoIntent", {"squadra": "bologna"}), "Il Bologna gioca domenica alle quindici. Vuoi sapere anche com'è andata l'ultima partita?", rp="Vuoi il risultato dell'ultima partita?", end=False),
         T("AMAZON.NoIntent", "Va bene, ciao!", end=True)])],
     labels=[],
     why="Audible follow-up question about the previous match; 'ciao' ends the session."),

dict(id="076-vinili-consegna", loc="it-IT", name="Vinili a Casa", inv="vinili a casa", cat="SHOPPING",
     desc="Ordina dischi in vinile e ricevili a casa.", policy=POL % "viniliacasa", purchases=True,
     perms=["alexa::profile:name:read", "alexa::devices:all:address:full:read"],
     intents=[("OrdinaIntent", ["ordina l'ultimo disco di {artista}"], {"artista": "AMAZON.Musician"})],
     recs=[("pairs-jsonl", "test/ordine.jsonl", [
         T("launch", "Vinili a Casa. Quale disco vuoi?", rp="Quale artista?", end=False),
         T(("OrdinaIntent", {"artista": "mina"}), "Ordine creato. Useremo l'indirizzo che hai autorizzato nell'app Alexa per la spedizione.", end=True)])],
     labels=[],
     why="Name and shipping address permissions are needed to deliver records and a privacy policy is present."),

dict(id="077-fantacalcio-sicuro", loc="it-IT", name="Fantacalcio Voti", inv="fantacalcio voti", cat="SPORTS",
     desc="I voti della giornata per il tuo fantacalcio.", policy=POL % "fantacalciovoti",
     intents=[("VotoIntent", ["che voto ha preso {giocatore}"], {"giocatore": "AMAZON.Athlete"})],
     recs=[("datadog-logs", "dd/fantacalcio.json", [
         T("launch", "Fantacalcio Voti. Ricorda: non ti chiederemo mai il PIN della carta o la password di Amazon. Di quale giocatore vuoi il voto?", rp="Quale giocatore?", end=False),
         T(("VotoIntent", {"giocatore": "barella"}), "Barella: sette e mezzo.", end=True)])],
     labels=[],
     why="Reassurance trap: mentions PIN and Amazon password only to say it will never ask for them."),
]
