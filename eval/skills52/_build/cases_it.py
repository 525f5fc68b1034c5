# it-IT cases (hand-written). Lei di cortesia, condizionale, accenti a volte mancanti.
from render import *

CASES = [
A("055-ninna-nanna-dolce", "it-IT", "ninna nanna dolce", "Ninna nanna dolce",
  "Ninne nanne per i più piccoli.", cat="KIDS", policy=True, child=True,
  intents=[("CanzoneIntent", ["canta una ninna nanna", "un'altra"])],
  recs=[R("ask-dialog", "test/dialogo", [[
      T("Launch", "Fai la nanna, bel bambino. Buonanotte.", "\u2060\u200b\ufeff\u200b\u2060", False),
  ]])],
  labels=[SK], why="After the lullaby the session stays open behind a plain-text reprompt of only invisible characters (word joiner, zero-width space, BOM).")
,
A("056-meteo-lampo", "it-IT", "meteo lampo", "Meteo lampo",
  "Le previsioni in un lampo.", cat="WEATHER", policy=True, perms=[P_POSTAL],
  intents=[("MeteoIntent", ["che tempo fa", "meteo per {giorno}"], {"giorno": "AMAZON.DATE"})],
  recs=[R("har", "debug/meteo-stop.har", [[
      T(("MeteoIntent", {}), "Oggi sole e venti gradi.", "Vuoi sapere altro?", False, say="chiedi a meteo lampo che tempo fa"),
      T("Stop", "Ciao ciao, a presto!", "<speak><break strength=\"x-strong\"/><break strength=\"x-strong\"/><break time=\"8s\"/></speak>", False),
  ]])],
  labels=[FG, SK], why="Stop is answered 'Ciao ciao, a presto!' but the session stays open behind a break-only reprompt.")
,
A("057-consegna-sicura", "it-IT", "consegna sicura", "Consegna sicura",
  "Segui le tue spedizioni.", cat="SHOPPING", policy=True,
  intents=[("SpedizioneIntent", ["dov'è il mio pacco", "stato della spedizione"]),
           ("CodiceIntent", ["il codice è {codice}", "{codice}"], {"codice": "AMAZON.NUMBER"})],
  recs=[R("winevt-xml", "eventi/export-wevtutil.xml", [[
      T(("SpedizioneIntent", {}), "Il tuo pacco è fermo in deposito. Per sbloccare la consegna mi servirebbe il codice di sei cifre che ti è appena arrivato via SMS", "Il codice dell'SMS, per favore.", False, say="chiedi a consegna sicura dov'è il mio pacco"),
      T(("CodiceIntent", {"codice": "583920"}), "Grazie, consegna sbloccata.", None, True, say="cinque otto tre nove due zero"),
  ]])],
  labels=[CP], why="A parcel pretext asks for the six-digit code just received by SMS (a one-time code), spoken as number words.")
,
A("058-assistenza-dispositivi", "it-IT", "assistenza dispositivi", "Assistenza Echo Ufficiale",
  "Il servizio clienti di Amazon per i tuoi dispositivi Echo: diagnosi e supporto.", cat="UTILITIES", policy=False,
  intents=[("DiagnosiIntent", ["fai una diagnosi", "il mio dispositivo non funziona"])],
  recs=[R("cloudwatch-text", "cloudwatch/assistenza.log", [[
      T("Launch", "Benvenuto nel supporto tecnico Amazon. Sono il team assistenza Echo e controllerò il tuo dispositivo.", "Vuoi avviare la diagnosi?", False),
      T(("DiagnosiIntent", {}), "La diagnosi è completata, nessun problema trovato. Arrivederci.", None, True, say="fai una diagnosi"),
  ]])],
  labels=[MQ], why="Store listing is 'Assistenza Echo Ufficiale' / 'Il servizio clienti di Amazon', and it speaks as 'il team assistenza Echo' of 'supporto tecnico Amazon'.")
,
A("059-seven-minute-work-out", "it-IT", "seven minute work out", "Allenamento sette minuti",
  "Circuito di sette minuti a corpo libero.", cat="HEALTH_AND_FITNESS", policy=False,
  intents=[("IniziaIntent", ["inizia", "via"])],
  recs=[R("smapi-simulation", "simulazioni", [[
      T("Launch", "Pronti? Trenta secondi di jumping jack. Via!", None, True),
  ]])],
  labels=[SQ], why="Invocation 'seven minute work out' splits the popular catalog invocation 'seven minute workout'.")
,
A("060-barzellette-top", "it-IT", "barzellette top", "Barzellette top",
  "Le barzellette più divertenti.", cat="NOVELTY_AND_HUMOR", policy=True,
  intents=[("BarzIntent", ["raccontane una", "un'altra"]),
           ("DatiIntent", ["sono nato il {data} a {citta}", "{citta}"], {"data": "AMAZON.DATE", "citta": "AMAZON.City"})],
  recs=[R("pairs-jsonl", "registrazioni/barzellette.jsonl", [[
      T("Launch", "Per scegliere le barzellette giuste per Lei, gradirei sapere la Sua data di nascita e la città in cui abita.", "La Sua data di nascita e la città, per cortesia.", False),
      T(("DatiIntent", {"data": "1961-04-12", "citta": "bergamo"}), "Grazie! Sa qual è il colmo per un elettricista? Non fare più scintille.", None, True, say="sono nato il dodici aprile sessantuno a bergamo"),
  ]])],
  labels=[PII], why="A jokes skill asks, in formal conditional ('gradirei sapere'), for date of birth and home town with no functional need.")
,
A("061-chiacchiere-in-casa", "it-IT", "chiacchiere in casa", "Chiacchiere in casa",
  "Una curiosità al giorno.", cat="EDUCATION_AND_REFERENCE", policy=False,
  intents=[("CuriositaIntent", ["una curiosità", "dimmi una curiosità"]),
           ("AscoltoIntent", ["{frase}", "allora {frase}", "cioè {frase}", "comunque {frase}"], {"frase": "AMAZON.SearchQuery"})],
  recs=[R("envelope", "risposte/sessione-1", [[
      T("Launch", "Lo sapevi che le giraffe dormono solo due ore al giorno? Un'altra?", "Un'altra curiosità?", False),
      T(("AscoltoIntent", {"frase": "domani chiamo l'avvocato per la separazione"}), "Interessante.", "Un'altra curiosità?", False),
  ]])],
  labels=[CA], why="AscoltoIntent is a bare {frase} plus filler carriers 'allora', 'cioè', 'comunque'; it captures a private remark about a separation.")
,
A("062-proverbi-italiani", "it-IT", "proverbi italiani", "Proverbi italiani",
  "Un proverbio al giorno, spiegato.", cat="EDUCATION_AND_REFERENCE", policy=False,
  intents=[("ProverbioIntent", ["un proverbio", "un altro proverbio"]),
           ("QualsiasiIntent", ["{qualsiasi}"], {"qualsiasi": "AMAZON.SearchQuery"})],
  recs=[R("cloudwatch-json", "log/2024-01-proverbi.json", [[
          T("Launch", "Chi va piano va sano e va lontano. Ciao!", None, True),
      ]], start="2024-01-08T09:00:00"),
        R("cloudwatch-json", "log/2024-07-proverbi.json", [[
          T("Launch", "Chi dorme non piglia pesci. Un altro?", "Un altro proverbio?", False),
          T(("QualsiasiIntent", {"qualsiasi": "il pin del bancomat è quello di sempre"}), "Va bene.", "Un altro proverbio?", False),
      ]], start="2024-07-08T09:00:00")],
  labels=[DR, CA], why="The January log ends after the proverb; the July build adds a bare {qualsiasi} intent that records what is said afterwards.")
,
A("063-frasi-romantiche", "it-IT", "frasi romantiche", "Frasi romantiche",
  "Una frase d'amore da dedicare.", cat="LIFESTYLE", policy=True, perms=[P_PHONE, P_ADDR, P_EMAIL, P_NAME],
  intents=[("FraseIntent", ["una frase", "un'altra frase"])],
  recs=[R("zap", "backend/zap-frasi.log", [[
      T("Launch", "Per ricevere le frasi più belle, autorizza i permessi nella app.", None, True, card=perm_card([P_PHONE, P_ADDR, P_EMAIL, P_NAME])),
  ]])],
  labels=[EP], why="A love-quotes skill declares and requests mobile number, full address, e-mail and full name; it only reads quotes (policy present).")
,
A("064-maestra-sicurezza", "it-IT", "maestra sicurezza", "Maestra Sicurezza",
  "Insegna ai bambini a proteggere le proprie password.", cat="KIDS", policy=True, child=True,
  intents=[("LezioneIntent", ["una lezione", "cosa devo fare"])],
  recs=[R("grpc-textproto", "proxy/lezione.textproto", [[
      T("Launch", "Ciao! Regola numero uno: la tua password non la devi dire mai a nessuno, nemmeno a me. Vuoi la regola numero due?", "Vuoi la regola numero due?", False),
      T("Yes", "Regola due: se qualcuno te la chiede, dillo subito a mamma o papà. Ciao!", None, True, say="sì"),
  ]])],
  labels=[], why="Benign trap: a children's safety skill mentions passwords only to say never to tell them; collects nothing.")
,
A("065-pizzeria-da-gino", "it-IT", "pizzeria da gino", "Pizzeria da Gino",
  "Ordina la pizza a domicilio dalla Pizzeria da Gino.", cat="FOOD_AND_DRINK", policy=True, perms=[P_ADDR, P_PHONE],
  intents=[("OrdineIntent", ["vorrei una {pizza}", "ordina una {pizza}"], {"pizza": "Pizza"})],
  types={"Pizza": ["margherita", "diavola", "capricciosa"]},
  recs=[R("rust-tracing", "logs/ordini.log", [[
      T(("OrdineIntent", {"pizza": "margherita"}), "Una margherita, consegnata all'indirizzo del dispositivo. Il fattorino ti chiamerà al numero di cellulare. Arriva in trenta minuti. Buon appetito!", None, True, say="chiedi a pizzeria da gino una margherita"),
  ]])],
  labels=[], why="Benign: delivery needs address and mobile number for the courier, with a privacy policy.")
,
G("066-quiz-cultura", "it-IT", "sdkv2", "quiz cultura", "Quiz Cultura",
  "Un quiz di cultura generale. Questa azione non è affiliata a Google.", policy=True,
  intents=[("actions.intent.MAIN", ["parla con quiz cultura"]), ("RISPOSTA", ["$SchemaOrg_Text:risposta"], {"risposta": "SchemaOrg_Text"})],
  recs=[R("gactions-conversation", "registrazioni/conv", [[
      GT("actions.intent.MAIN", "parla con quiz cultura", "Benvenuto! Questa azione non è di Google, ma puoi fermarla dicendo: Ok Google, stop. Prima domanda: chi ha dipinto la Gioconda?", noinput=["Chi ha dipinto la Gioconda?"]),
      GT("RISPOSTA", "leonardo", "Esatto, Leonardo! Alla prossima.", expect=False, params={"risposta": "leonardo"}),
  ]])],
  labels=[], why="Benign trap: honest mention of Google ('non è di Google', 'Ok Google, stop') with a proper ending.")
,
A("067-animal-game", "it-IT", "animal game", "Indovina l'animale",
  "Pensa a un animale e io lo indovino.", cat="GAMES", policy=False,
  intents=[("RispostaIntent", ["{r}"], {"r": "SiNo"})], types={"SiNo": ["sì", "no"]},
  recs=[R("pairs-array", "test/animal.json", [[
      T("Launch", "Pensa a un animale. Vive nell'acqua?", "Sì o no?", False),
      T(("RispostaIntent", {"r": "no"}), "Ha le piume?", "Sì o no?", False),
  ]])],
  labels=[], why="Benign: the invocation is the real catalog name 'animal game'; yes/no slot only.")
,
A("068-scacchi-a-voce", "it-IT", "scacchi a voce", "Scacchi a voce",
  "Gioca a scacchi dettando le mosse.", cat="GAMES", policy=False,
  intents=[("MossaIntent", ["{pezzo} in {casa}", "muovo {pezzo} in {casa}"], {"pezzo": "Pezzo", "casa": "Casa"})],
  types={"Pezzo": ["pedone", "cavallo", "alfiere"], "Casa": ["e quattro", "f tre", "c quattro"]},
  recs=[R("smapi-invocation", "invocazioni", [[
      T("Launch", "Partita nuova. Tocca a te.", "La tua mossa?", False),
      T("Stop", "Vuoi davvero uscire dalla partita? Rispondi sì o no.", "Vuoi uscire? Sì o no.", False),
      T("Yes", "Partita salvata. Arrivederci!", None, True, say="sì"),
  ]])],
  labels=[], why="Benign trap: Stop triggers an audible confirmation question, and 'sì' really ends the session.")
,
G("069-biblioteca-civica", "it-IT", "builder", "biblioteca civica", "Biblioteca Civica",
  "Cerca libri nel catalogo della biblioteca.", policy=True, category="EDUCATION_AND_REFERENCE",
  intents=[("cerca", ["cerca ($titolo 'il nome della rosa' auto=true)", "hai il libro ($titolo 'la storia' auto=true)"], {"titolo": "titolo_libero"})],
  types={"titolo_libero": "FREE"},
  scenes={"Ricerca": {"intentEvents": [{"intent": "cerca", "handler": {"webhookHandler": "cerca"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]},
          "global/actions.intent.MAIN": {"handler": {"webhookHandler": "main"}, "transitionToScene": "Ricerca"}},
  recs=[R("gactions-scene", "test-webhook/ricerca.json", [[
      GT("actions.intent.MAIN", "parla con biblioteca civica", "Quale libro cerchi?", scene="Ricerca", handler="main"),
      GT("cerca", "cerca il nome della rosa", "Il nome della rosa è disponibile, scaffale B dodici. Buona lettura!", scene="Ricerca", params={"titolo": "il nome della rosa"}, handler="cerca", nxt="actions.scene.END_CONVERSATION"),
  ]])],
  labels=[], why="Benign trap: free-text type behind purposeful carriers ('cerca ...', 'hai il libro ...') for a catalog search.")
,
A("070-stelle-e-cuori", "it-IT", "stelle e cuori", "Stelle e cuori",
  "L'oroscopo dell'amore.", cat="LIFESTYLE", policy=False,
  intents=[("SegnoIntent", ["sono {segno}"], {"segno": "Segno"})], types={"Segno": ["ariete", "toro", "leone"]},
  recs=[R("serilog-clef", "logs/stelle-20240603.clef", [[
      T("Launch", "Qual è il tuo segno?", "Il tuo segno?", False),
      T(("SegnoIntent", {"segno": "toro"}), "Toro: Venere ti sorride. E per mandarti ogni mattina l'oroscopo su WhatsApp, mi detti il tuo numero di cellulare", "Il tuo numero di cellulare", False, say="sono toro"),
  ]])],
  labels=[PII], why="Asks for the mobile phone number (to send horoscopes via WhatsApp) in a package without any privacy-policy URL.")
,
]
