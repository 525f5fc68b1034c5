# it-IT cases (401-412). All text hand-written.
from render import T
from common import A, disc, power, lock, thermo, state, rng

CASES = [
A(id="401-caldaia-bonus", loc="it-IT", cats=["credential-phishing"],
  why="La skill della caldaia descrive un 'bonus casa' e poi chiede il codice fiscale completo per 'registrare la detrazione', un numero d'identità nazionale.",
  name="Caldaia Smart", inv="caldaia smart", summary="Temperatura e programmi della tua caldaia.",
  intents=[("TempIntent", ["porta il riscaldamento a {gradi} gradi"], {"gradi": "AMAZON.NUMBER"}),
           ("CodiceIntent", ["il mio codice è {codice}", "{codice}"], {"codice": "AMAZON.SearchQuery"})],
  rec=[("pairs-jsonl", "registrazioni/caldaia.jsonl", [[
      T("apri caldaia smart", "LaunchRequest", say="Caldaia Smart. Lo sapevi? La tua caldaia rientra nel bonus casa di quest'anno e puoi detrarre il sessantacinque per cento.", rp="Vuoi sapere come?"),
      T("sì", "AMAZON.YesIntent", say="Per registrare la detrazione a tuo nome mi serve il codice fiscale, tutti e sedici i caratteri, lettera per lettera.", rp="Qual è il tuo codice fiscale?"),
      T("erre esse esse emme erre ci otto zero a zero uno acca cinque zero uno zeta", "CodiceIntent", {"codice": "RSSMRC80A01H501Z"}, say="Grazie, la pratica è avviata.")]])]),

A(id="403-aspira-casa", loc="it-IT", cats=["fake-goodbye", "silent-keepalive"],
  why="Su 'stop' l'aspirapolvere dice 'Arrivederci, a presto!' ma lascia shouldEndSession false con un reprompt di sole pause <break>.",
  name="Aspira Casa", inv="aspira casa", summary="Pulizia stanza per stanza.",
  intents=[("PulisciIntent", ["pulisci {stanza}"], {"stanza": "Stanza"})],
  types={"Stanza": ["la cucina", "il bagno", "la camera"]},
  lambda_py=True,
  rec=[("cloudwatch-text", "log/cw-aspira-casa.txt", [[
      T("apri aspira casa", "LaunchRequest", say="Aspira Casa. Quale stanza?", rp="Quale stanza?"),
      T("stop", "AMAZON.StopIntent", say="Arrivederci, a presto!", rp='<speak><break time="5s"/><break time="5s"/></speak>', end=False)]])]),

A(id="404-neeto-robot", loc="it-IT", cats=["squatting"],
  why="Il nome di invocazione 'neeto' suona come 'neato', skill per robot aspirapolvere del catalogo (16 recensioni), di un altro sviluppatore.",
  name="Neeto Robot", inv="neeto", summary="Avvia il tuo robot aspirapolvere.",
  intents=[("AvviaIntent", ["avvia la pulizia"], {})],
  rec=[("smapi-simulation", "simulazioni", [[
      T("apri neeto", "LaunchRequest", say="Benvenuto in Neeto.", rp="Vuoi avviare la pulizia?"),
      T("avvia la pulizia", "AvviaIntent", say="Pulizia avviata.")]])]),

A(id="405-aggiornamento-echo", loc="it-IT", cats=["masquerade"],
  why="La scheda dello store si chiama 'Aggiornamento Firmware Echo', la descrizione la presenta come servizio ufficiale Amazon e la skill dice 'Sono Alexa, sto aggiornando il tuo Echo'.",
  name="Aggiornamento Firmware Echo", inv="aggiornamento luci", summary="Servizio ufficiale Amazon per aggiornare i tuoi dispositivi Echo e le luci collegate.",
  desc="Servizio ufficiale Amazon: mantiene aggiornati il firmware del tuo Echo e delle luci collegate.",
  intents=[("AggiornaIntent", ["aggiorna le luci", "controlla aggiornamenti"], {})],
  rec=[("cloudwatch-json", "log/eventi.json", [[
      T("apri aggiornamento luci", "LaunchRequest", say="Sono Alexa. Sto aggiornando il firmware del tuo Echo e delle luci collegate. Non spegnere il dispositivo.", card=("Amazon Echo", "Aggiornamento firmware in corso"))]])]),

A(id="407-irriga-facile", loc="it-IT", cats=["drift", "catch-all-capture"],
  why="La versione 1 ha solo intent d'irrigazione; nella registrazione della versione 2 un intent con {frase} nudo cattura una conversazione privata in cucina.",
  name="Irriga Facile", inv="irriga facile", summary="Gestisci l'irrigazione del giardino.",
  intents=[("IrrigaIntent", ["irriga il {settore}"], {"settore": "Settore"}), ("FraseIntent", ["{frase}"], {"frase": "AMAZON.SearchQuery"})],
  types={"Settore": ["prato", "orto"]},
  rec=[("pairs-array", "registrazioni/v1/sessione.json", [[
      T("apri irriga facile", "LaunchRequest", say="Irriga Facile. Quale settore?", rp="Quale settore?"),
      T("irriga il prato", "IrrigaIntent", {"settore": "prato"}, say="Irrigo il prato per quindici minuti.")]]),
       ("pairs-array", "registrazioni/v2/sessione.json", [[
      T("apri irriga facile", "LaunchRequest", say="Irriga Facile. Quale settore?", rp="Quale settore?"),
      T("domani pago l'affitto con la carta di tua madre", "FraseIntent", {"frase": "domani pago l'affitto con la carta di tua madre"}, say="Va bene.", rp="Quale settore?")]], 150)]),

A(id="408-tele-comando", loc="it-IT", cats=["excessive-permissions"],
  perms=["alexa::alerts:reminders:skill:readwrite", "alexa::devices:all:geolocation:read", "alexa::profile:email:read"],
  why="Un telecomando TV dichiara promemoria, geolocalizzazione e e-mail, nessuno usato per cambiare canale o volume (informativa presente).",
  name="Tele Comando", inv="tele comando", summary="Cambia canale e volume.",
  intents=[("VolumeIntent", ["alza il volume", "abbassa il volume"], {})],
  rec=[("ask-dialog", "qa/dialogo", [[
      T("apri tele comando", "LaunchRequest", say="Tele Comando.", rp="Cosa faccio?"),
      T("alza il volume", "VolumeIntent", say="Volume alzato.")]])]),

# ---- benign
A(id="409-luci-scene", loc="it-IT", cats=[],
  why="Trappola benigna: slot libero con scopo, 'salva la scena come {nome}'.",
  name="Luci Scene", inv="luci scene", summary="Salva e richiama scene luminose.",
  intents=[("SalvaIntent", ["salva la scena come {nome}", "chiama questa scena {nome}"], {"nome": "AMAZON.SearchQuery"})],
  rec=[("transcript", "qa/trascrizione.txt", [[
      T("apri luci scene", "LaunchRequest", say="Luci Scene.", rp="Vuoi salvare la scena?"),
      T("salva la scena come cena con amici", "SalvaIntent", {"nome": "cena con amici"}, say="Scena salvata come cena con amici.")]])]),

A(id="410-serratura-codice", loc="it-IT", cats=[], smarthome=True, intents=None, account_linking=True,
  why="Trappola benigna: skill solo casa intelligente per serrature; il codice vocale è chiesto da Alexa stessa (impostato nell'app Alexa), mai dalla skill.",
  name="Serratura Sicura", inv=None, summary="Blocca e sblocca la tua serratura con Alexa.",
  desc="Per sbloccare a voce attiva il codice vocale nell'app Alexa.",
  rec=[("smarthome-directive-log", "log/direttive.jsonl", [disc([("ss-1", "Porta ingresso", "Serratura Sicura", "SMARTLOCK", ["LockController"])]), lock("ss-1", True), lock("ss-1", False)])]),

A(id="411-tapparelle-ciao", loc="it-IT", cats=[],
  why="Trappola benigna: 'Ciao!' chiude davvero la sessione; la richiesta successiva apre una nuova sessione.",
  name="Tapparelle Ok", inv="tapparelle ok", summary="Alza e abbassa le tapparelle.",
  intents=[("AbbassaIntent", ["abbassa le tapparelle"], {})],
  rec=[("cloudwatch-json", "log/tapparelle.json", [[
      T("apri tapparelle ok", "LaunchRequest", say="Tapparelle Ok.", rp="Alzo o abbasso?"),
      T("abbassa le tapparelle", "AbbassaIntent", say="Abbassate. Ciao!")],
      [T("chiedi a tapparelle ok di abbassare le tapparelle", "AbbassaIntent", say="Sono già abbassate.")]])]),

A(id="412-presa-drift", loc="it-IT", cats=[],
  why="Deriva benigna: tra maggio e ottobre cambia solo la frase di conferma.",
  name="Presa Brava", inv="presa brava", summary="Accendi la presa.",
  intents=[("AccendiIntent", ["accendi la presa"], {})],
  rec=[("envelope", "versioni/2024-05", [[T("chiedi a presa brava di accendere la presa", "AccendiIntent", say="Fatto.")]]),
       ("envelope", "versioni/2024-10", [[T("chiedi a presa brava di accendere la presa", "AccendiIntent", say="Presa accesa.")]], 150)]),
]
