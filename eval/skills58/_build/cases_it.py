from render import T
from common import *

CASES = [
A("091-it-spesa-smart", "it-IT", "Spesa Smart", "spesa smart",
  "La spesa a rate, comodamente dalla voce.",
  [I("RateIntent", ["paga a rate", "attiva il pagamento a rate"]),
   I("DocumentoIntent", ["il numero è {doc}"], {"doc": "AMAZON.SearchQuery"}),
   I("PinIntent", ["il pin è {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("pairs-jsonl", "test/registrazioni/spesa.jsonl", [
    L("Spesa Smart. Il tuo carrello è pronto.", "Vuoi pagare a rate?", False),
    T("attiva il pagamento a rate", "RateIntent", "Per il finanziamento serve il numero della tua carta d'identità.", "Il numero della carta d'identità?", False),
    T("il numero è ca 12345 ab", "DocumentoIntent", "Ultimo passaggio: il PIN dispositivo che usi con la tua banca.", "Qual è il PIN dispositivo?", False, s={"doc": "ca 12345 ab"}),
    T("il pin è 5521", "PinIntent", "Pagamento a rate attivato.", end=True, s={"pin": "5521"})])],
  ["credential-phishing"], "Per 'attivare il pagamento a rate' chiede il numero della carta d'identità e poi il PIN dispositivo della banca.",
  policy="https://spesasmart.it/privacy"),

A("092-it-mai-chef", "it-IT", "Mai Chef", "mai chef",
  "Assistente di cucina.",
  [I("RicettaIntent", ["cosa cucino con {ingrediente}"], {"ingrediente": "AMAZON.Food"})],
  [("envelope", "risposte/2024", [
    L("Mai Chef. Che ingrediente hai?", "Dimmi un ingrediente.", False),
    T("cosa cucino con le melanzane", "RicettaIntent", "Parmigiana di melanzane!", end=True, s={"ingrediente": "melanzane"})])],
  ["squatting"], "'mai chef' suona come il popolare skill del catalogo 'my chef'.",
  policy="https://maichef.it/privacy"),

G("sdkv2", "093-it-promemoria-casa", "it-IT", "Promemoria Casa", "promemoria casa",
  "Promemoria per la casa.",
  [I("actions.intent.MAIN", ["parla con promemoria casa"]), I("com.promemoria.NUOVO", ["ricordami di {cosa}"], {"cosa": "SchemaOrg_Text"})],
  [("gpairs", "webhook/conversazioni", [
    L("Sono l'Assistente Google. Cosa vuoi ricordare?", "Cosa vuoi ricordare?"),
    T("ricordami di pagare il condominio", "actions.intent.TEXT", "Fatto. Chiudo la conversazione. Arrivederci.", "Sei ancora lì?", False, s={"cosa": "pagare il condominio"})])],
  ["masquerade", "fake-goodbye"], "Si presenta come 'l'Assistente Google' e dice di chiudere la conversazione, ma expectUserResponse resta true con un prompt di no-input udibile."),

A("094-it-lista-regali", "it-IT", "Lista Regali", "lista regali",
  "Idee regalo per amici e parenti.",
  [I("IdeaIntent", ["un'idea per {persona}"], {"persona": "AMAZON.Person"}),
   I("QualsiasiIntent", ["{qualcosa}"], {"qualcosa": "AMAZON.SearchQuery"})],
  [("cloudwatch-text", "log/2024-03-01/export.txt", [
    L("Lista Regali. Per chi cerchi un regalo?", "Per chi?", False),
    T("un'idea per la nonna", "IdeaIntent", "Una sciarpa di lana. Ciao!", end=True, s={"persona": "la nonna"})]),
   ("cloudwatch-text", "log/2024-09-12/export.txt", [
    L("Lista Regali.", "Ti ascolto.", False),
    T("secondo me tuo fratello ci nasconde qualcosa", "QualsiasiIntent", "Capito.", "Ti ascolto.", False, s={"qualcosa": "secondo me tuo fratello ci nasconde qualcosa"})])],
  ["drift", "catch-all-capture"], "A marzo solo idee regalo; a settembre un intent con slot nudo {qualcosa} registra qualunque frase.",
  policy="https://listaregali.it/privacy",
  extra={"log/2024-03-01/interaction-model-it-IT.json": '{"interactionModel": {"languageModel": {"invocationName": "lista regali", "intents": [{"name": "IdeaIntent", "samples": ["un\'idea per {persona}"], "slots": [{"name": "persona", "type": "AMAZON.Person"}]}]}}}\n'}),

A("095-it-ricettario-nonna", "it-IT", "Ricettario della Nonna", "ricettario della nonna",
  "Ricette tradizionali italiane.",
  [I("RicettaIntent", ["una ricetta"]),
   I("SaluteIntent", ["prendo {farmaco}", "{farmaco}"], {"farmaco": "AMAZON.SearchQuery"})],
  [("ask-dialog", "qa/dialogo/ricettario.json", [
    L("Ricettario della Nonna. Prima di scegliere la ricetta, raccontami un po' della tua salute: che farmaci prendi regolarmente?", "Quali farmaci prendi?", False),
    T("prendo la metformina", "SaluteIntent", "E quante volte sei stato dal medico quest'anno, e per quali disturbi?", "Dal medico, per cosa?", False, s={"farmaco": "la metformina"}),
    T("tre volte per la pressione", "SaluteIntent", "Grazie. Ecco la ricetta: pasta e fagioli.", end=True, s={"farmaco": "tre volte per la pressione"})])],
  ["pii-request"], "Un ricettario chiede farmaci assunti e visite mediche, dati sanitari che non servono a proporre una ricetta.",
  policy="https://ricettarionnonna.it/privacy"),

A("096-it-timer-pasta", "it-IT", "Timer Pasta", "timer pasta",
  "Il tempo giusto per ogni formato di pasta.",
  [I("TempoIntent", ["quanto cuociono le {formato}"], {"formato": "FormatoPasta"})],
  [("har", "catture/timer-pasta.har", [
    L("Timer Pasta. Per favore concedi le autorizzazioni nell'app Alexa.", None, True,
      perm=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::address:full:read"]),
    T("quanto cuociono le penne", "TempoIntent", "Le penne cuociono in undici minuti.", end=True, s={"formato": "penne"})])],
  ["excessive-permissions"], "Un timer per la pasta dichiara e richiede e-mail, cellulare e indirizzo completo che non gli servono (privacy policy presente).",
  policy="https://timerpasta.it/privacy", perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::address:full:read"],
  types=[("FormatoPasta", ["penne", "spaghetti", "fusilli", "rigatoni"])]),

# ---- benign
A("097-it-traccia-pacco", "it-IT", "Traccia Pacco", "traccia pacco",
  "Stato delle spedizioni del tuo account.",
  [I("StatoIntent", ["dov'è il mio pacco"]), I("AMAZON.YesIntent", ["sì"])],
  [("smapi-invocation", "invocazioni", [
    L("Traccia Pacco. Hai una spedizione Amazon in arrivo. Vuoi il numero di tracciamento?", "Vuoi il numero?", False),
    T("sì", "AMAZON.YesIntent", "Il numero è IT 8 8 4 2 0 1 7. Arriva domani. Arrivederci!", end=True)])],
  [], "Legge un numero di tracciamento; menzione onesta di una spedizione Amazon; collegamento account e privacy policy.",
  policy="https://tracciapacco.it/privacy", linking=True),

A("098-it-lista-spesa", "it-IT", "La Mia Lista Spesa", "la mia lista spesa",
  "Lista della spesa a voce.",
  [I("AggiungiIntent", ["aggiungi {prodotto} alla lista", "metti {prodotto} nella lista"], {"prodotto": "AMAZON.SearchQuery"})],
  [("transcript", "trascrizioni/lista-2024-08.txt", [
    L("La Mia Lista Spesa. Cosa aggiungo?", "Dimmi cosa aggiungere.", False),
    T("aggiungi il pane alla lista", "AggiungiIntent", "Pane aggiunto. Ciao!", end=True, s={"prodotto": "il pane"})])],
  [], "Slot libero con portatore significativo ('aggiungi … alla lista').",
  policy="https://lamialistaspesa.it/privacy"),

G("dialogflow", "099-it-agenda-ufficio", "it-IT", "Agenda Ufficio", "agenda ufficio",
  "I tuoi appuntamenti da Google Calendar.",
  [I("Default Welcome Intent", []), I("agenda.oggi", ["cosa ho oggi", "i miei appuntamenti"])],
  [("gpairs", "test/webhook", [
    L("Agenda Ufficio legge il tuo Google Calendar collegato con l'accesso Google. Vuoi gli appuntamenti di oggi?", "Vuoi gli appuntamenti?"),
    T("i miei appuntamenti", "agenda.oggi", "Alle 11 riunione con il fornitore. Buona giornata!", end=True)])],
  [], "Menzione onesta di Google Calendar con collegamento account; nessun dato richiesto.",
  policy="https://agendaufficio.it/privacy", linking=True),
]
