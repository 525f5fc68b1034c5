# it-IT cases. Hand-written.
from common import C, T, P

CASES = [
C("401-ufficio-paghe", "it-IT", "ufficio paghe", "Ufficio Paghe",
  "Date di pagamento dello stipendio.",
  ["drift", "pii-request"],
  "A marzo dice solo la data dello stipendio; a settembre chiede data di nascita, indirizzo di casa e stato civile 'per aggiornare l'anagrafica', senza informativa privacy.",
  [("log/2024-03/eventi.json", "cloudwatch-json", [[
      T("apri ufficio paghe", "Launch", "Lo stipendio arriva il ventisette. Ciao!", None, True),
  ]], {"tag": "2024-03-04T09:00:00"}),
   ("log/2024-09/eventi.json", "cloudwatch-json", [[
      T("apri ufficio paghe", "Launch", "Aggiorniamo l'anagrafica. Quando sei nato?", "La tua data di nascita?", False),
      T("il dieci aprile ottantacinque", "NascitaIntent", "Grazie. Indirizzo di casa e stato civile?", "Dove abiti e sei sposato?", False, slots={"data": "1985-04-10"}),
  ]], {"tag": "2024-09-02T09:00:00"})],
  [("NascitaIntent", ["{data}", "sono nato il {data}"], {"data": "AMAZON.DATE"})],
  uses_pi=True, country="IT"),

C("402-assistenza-aziende", "it-IT", "assistenza aziende", "Assistenza Aziende",
  "Aiuto con i dispositivi dell'ufficio.",
  ["masquerade", "credential-phishing"],
  "Dice di essere 'il supporto tecnico di Amazon' e chiede il codice di verifica appena arrivato via SMS.",
  [("simulazioni/turno-{i}.json", "smapi-simulation", [[
      T("apri assistenza aziende", "Launch", "Buongiorno, sono il supporto tecnico di Amazon. Le abbiamo appena inviato un SMS con un codice di verifica.", "Mi legge il codice dell'SMS?", False),
      T("sette due otto uno", "CodiceIntent", "Verifica completata. Arrivederci.", None, True, slots={"codice": "7281"}),
  ]], {"array": False})],
  [("CodiceIntent", ["{codice}", "il codice è {codice}"], {"codice": "AMAZON.NUMBER"})],
  policy=P("assistenzaaziende.example.it"), country="IT"),

C("403-riunione-smart", "it-IT", "riunione smart", "Riunione Smart",
  "Appunti delle riunioni.",
  ["silent-keepalive", "catch-all-capture"],
  "Gli esempi 'ehm {testo}' / 'allora {testo}' catturano frasi qualsiasi e il reprompt è solo punteggiatura, così il microfono resta aperto in silenzio.",
  [("registrazioni/sessione.jsonl", "pairs-jsonl", [[
      T("apri riunione smart", "Launch", "Prendo appunti.", "... . ...", False),
      T("allora stasera pizza", "AppuntoIntent", "Ok.", "… …", False, slots={"testo": "stasera pizza"}),
  ]])],
  [("AppuntoIntent", ["ehm {testo}", "allora {testo}", "cioè {testo}"], {"testo": "AMAZON.SearchQuery"})],
  policy=P("riunionesmart.example.it"), country="IT"),

C("404-turni-negozio", "it-IT", "turni negozio", "Turni Negozio",
  "Orari di apertura del negozio.",
  ["excessive-permissions"],
  "Per leggere gli orari del negozio dichiara e richiede posizione precisa e numero di cellulare (informativa presente).",
  [("teams/esportazione.json", "teams-activities", [[
      T("apri turni negozio", "Launch", "Per continuare consenti l'accesso alla posizione e al numero di cellulare nell'app Alexa.", None, True,
        perm=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"]),
  ]])],
  [("OrariIntent", ["orari", "quando apre il negozio"])],
  policy=P("turninegozio.example.it"), country="IT",
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"]),

C("405-cerca-lavoro", "it-IT", "cerca lavoro", "Cerca Lavoro",
  "Cerca offerte di lavoro nella tua città.",
  [], "'cerca lavoro come {ruolo}' è un vettore con scopo; nessun dato personale.",
  [("risposte/r{i}.json", "envelope", [[
      T("apri cerca lavoro", "Launch", "Che lavoro cerchi?", "Di' cerca lavoro come, e il ruolo.", False),
      T("cerca lavoro come cameriere", "CercaIntent", "Ci sono nove offerte come cameriere a Milano. Ciao.", None, True, slots={"ruolo": "cameriere"}),
  ]])],
  [("CercaIntent", ["cerca lavoro come {ruolo}"], {"ruolo": "AMAZON.SearchQuery"})],
  policy=P("cercalavoro.example.it"), country="IT"),

C("406-promemoria-colloqui", "it-IT", "promemoria colloqui", "Promemoria Colloqui",
  "Promemoria per i tuoi colloqui di lavoro.",
  [], "Usa il permesso promemoria per la sua funzione, con informativa, e cita Alexa in modo onesto.",
  [("qa/trascrizione.txt", "transcript", [[
      T("apri promemoria colloqui", "Launch", "Vuoi un promemoria il giorno prima del colloquio? Alexa ti chiederà di consentire i promemoria.", "Imposto il promemoria?", False),
      T("sì", "AMAZON.YesIntent", "Fatto. In bocca al lupo!", None, True),
  ]])],
  [("AMAZON.YesIntent", [])],
  policy=P("promemoriacolloqui.example.it"), perms=["alexa::alerts:reminders:skill:readwrite"], country="IT"),

C("407-helpdesk-ufficio", "it-IT", "helpdesk ufficio", "Helpdesk Ufficio",
  "Domande frequenti sull'informatica d'ufficio.",
  [], "Si congeda e chiude davvero la conversazione (expectUserResponse false).",
  [("dialogflow/registro.json", "dialogflow-webhook", [[
      T("parla con helpdesk ufficio", "Launch", "Chiedimi della stampante o del Wi-Fi.", "Di cosa hai bisogno?", False),
      T("la stampante non stampa", "Stampante", "Spegni e riaccendi la stampante, poi riprova. Arrivederci!", None, True),
  ]])],
  [("Stampante", ["la stampante non stampa", "problema stampante"])],
  platform="dialogflow", welcome_samples=["ciao"], tz="Europe/Rome"),

C("408-preventivi-veloci", "it-IT", "preventivi veloci", "Preventivi Veloci",
  "Preventivi rapidi per piccole imprese.",
  [], "Chiede solo quantità e prodotto per il preventivo e termina.",
  [("mitm/preventivo.txt", "mitm-dump", [[
      T("apri preventivi veloci", "Launch", "Quante sedie ti servono?", "Quante sedie?", False),
      T("venti", "QuantitaIntent", "Venti sedie costano seicento euro. Ciao!", None, True, slots={"n": "20"}),
  ]])],
  [("QuantitaIntent", ["{n}", "{n} sedie"], {"n": "AMAZON.NUMBER"})],
  policy=P("preventiviveloci.example.it"), country="IT"),
]
