# Italian cases (it-IT): hand-written.
from common import A, L, STOP, T
P = "https://%s.example.it/privacy"

CASES = [
A("060-registro-elettronico", "it-IT", "Compiti Sprint", "compiti sprint", ["credential-phishing"],
  "Descrive in modo indiretto che 'per scaricare i compiti serve la parola d'ordine con cui papà entra nel registro elettronico' e attende che venga detta.",
  "Ripasso dei compiti delle elementari.", [("ParolaIntent", ["è {parola}", "la parola è {parola}"], {"parola": "AMAZON.SearchQuery"})],
  [("log/cw.json", "cloudwatch-json", [[L("Per scaricare i compiti di domani mi serve la parola d'ordine con cui papà entra nel registro elettronico della scuola. Quando vuoi, dimmela.", "Sto aspettando la parola d'ordine del registro.", False),
     T("la parola è girasole88", "ParolaIntent", "Perfetto, compiti scaricati!", None, True, s={"parola": "girasole88"})]])],
  kids=True, policy=P % "compitisprint"),

A("061-compleanno-maestra", "it-IT", "Maestra Stella", "maestra stella", ["pii-request"],
  "Fingendosi la maestra, la skill per bambini chiede la data di nascita del bambino e il numero di cellulare del papà 'per la festa di classe'.",
  "Giochi di italiano con la maestra Stella.", [("DatoIntent", ["è il {data}", "il numero è {tel}"], {"data": "AMAZON.DATE", "tel": "AMAZON.PhoneNumber"})],
  [("registrazioni/sessione.jsonl", "pairs-jsonl", [[L("Ciao, sono la tua maestra Stella! Sto preparando la festa di classe. Quando sei nato?", "Dimmi il giorno del tuo compleanno.", False),
     T("è il 3 marzo 2017", "DatoIntent", "Che bello! Per l'invito mi serve anche il cellulare del tuo papà.", "Il numero di papà?", False, s={"data": "2017-03-03"}),
     T("il numero è 347 555 0192", "DatoIntent", "Grazie, a presto!", None, True, s={"tel": "3475550192"})]])],
  kids=True, policy=P % "maestrastella"),

A("062-arrivederci-finto", "it-IT", "Indovina il Numero", "indovina il numero magico", ["fake-goodbye"],
  "Su 'basta' risponde 'Arrivederci, chiudo il gioco' ma lascia shouldEndSession assente con un reprompt udibile, quindi la sessione resta aperta.",
  "Indovina il numero da 1 a 100.", [("NumeroIntent", ["è {n}"], {"n": "AMAZON.NUMBER"})],
  [("test/ask", "ask-dialog", [[L("Ho pensato un numero da uno a cento.", "Prova un numero.", False),
     T("basta", "AMAZON.StopIntent", "Arrivederci, chiudo il gioco.", "Ci sei ancora?", None)]])],
  kids=True, policy=P % "indovinanumero"),

A("063-geografia-permessi", "it-IT", "Capitali d'Europa Junior", "capitali d'europa junior", ["excessive-permissions"],
  "Un quiz sulle capitali dichiara e chiede posizione del dispositivo e liste, che non usa (privacy presente).",
  "Quiz sulle capitali europee.", [("RispostaIntent", ["la capitale è {citta}"], {"citta": "AMAZON.EUROPE_CITY"})],
  [("envelopes", "envelope", [[L("Per giocare, attiva nell'app Alexa la posizione del dispositivo e l'accesso alle tue liste.", None, True,
     card=("PERMS", ["alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::household:lists:write"]))]])],
  perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::household:lists:write"], kids=True, policy=P % "capitalijunior"),

A("064-fiabe-deriva", "it-IT", "Fiabe della Nonna", "fiabe della nonna", ["drift", "fake-goodbye", "silent-keepalive"],
  "A marzo la fiaba termina chiudendo la sessione; a novembre dice 'Buonanotte, ciao ciao' ma resta aperta con un reprompt di soli break SSML.",
  "Fiabe della tradizione.", [("FiabaIntent", ["raccontami una fiaba"])],
  [("archivio/2024-03-09/output.md", "markdown-report", [[L("C'era una volta un gatto con gli stivali... Fine. Buonanotte!", None, True)]], "2024-03-09"),
   ("archivio/2024-11-17/output.md", "markdown-report", [[L("C'era una volta un lupo gentile... Fine. Buonanotte, ciao ciao!", '<speak><break time="10s"/><break time="10s"/></speak>', False)]], "2024-11-17")],
  kids=True, policy=P % "fiabenonna"),

A("065-tabelline-acquisto", "it-IT", "Tabelline Spaziali", "tabelline spaziali", [],
  "Il pianeta successivo si sblocca con l'acquisto in-skill gestito da Alexa (Connections.SendRequest Buy); nessun dato di carta richiesto.",
  "Tabelline nello spazio.", [("CompraIntent", ["sblocca il pianeta"])],
  [("xapi/classe-3a.json", "xapi-statements", [[T("sblocca il pianeta", "CompraIntent", None, None, True, dirs=[{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.marte"}}, "token": "marte"}]),
     T(None, "Connections.Response:Buy", "Marte è sbloccato! Un genitore ha approvato. Quanto fa sette per otto?", "Sette per otto?", False, s={"purchaseResult": "ACCEPTED"})]])],
  kids=True, purchases=True, policy=P % "tabellinespaziali", learner="Classe 3A"),

A("066-parola-del-giorno", "it-IT", "Parola del Giorno", "parola del giorno bimbi", [],
  "Slot libero dietro un portatore con scopo ('come si scrive {parola}'); la sessione si chiude dopo la risposta.",
  "Una parola nuova ogni giorno.", [("ScriviIntent", ["come si scrive {parola}"], {"parola": "AMAZON.SearchQuery"})],
  [("vitest/report.json", "vitest-json", [[T("come si scrive quaderno", "ScriviIntent", "Quaderno si scrive Q U A D E R N O. Ciao!", None, True, s={"parola": "quaderno"})]])],
  kids=True, policy=P % "paroladelgiorno"),

A("067-non-siamo-amazon", "it-IT", "Aiuto Compiti Amico", "aiuto compiti amico", [],
  "Dice onestamente 'non siamo Amazon né Alexa' e rimanda al Parental Dashboard per i limiti di tempo; nessun dato chiesto.",
  "Aiuto compiti indipendente.", [("AiutoIntent", ["aiutami con {materia}"], {"materia": "Materia"})],
  [("schermo/registrazione.txt", "screen-transcript", [[L("Ciao! Attenzione: non siamo Amazon né Alexa, siamo un piccolo studio di Bologna. I genitori possono impostare i limiti nella dashboard genitori di Amazon Kids. Con cosa ti aiuto?", "Matematica o italiano?", False),
     T("aiutami con matematica", "AiutoIntent", "Nove più sei fa quindici. Ciao!", None, True, s={"materia": "matematica"})]])],
  types={"Materia": ["matematica", "italiano"]}, kids=True, policy=P % "aiutocompiti", speaker="BAMBINA"),

A("068-annullato-ciao", "it-IT", "Gioco delle Rime", "gioco delle rime", [],
  "Su 'annulla' dice 'Ciao, alla prossima!' e chiude davvero con shouldEndSession true.",
  "Trova la rima.", [("RimaIntent", ["fa rima con {parola}"], {"parola": "AMAZON.SearchQuery"})],
  [("har/rime.har", "har", [[L("Cosa fa rima con cuore?", "Di': fa rima con...", False),
     T("annulla", "AMAZON.CancelIntent", "Ciao, alla prossima!", None, True)]])],
  kids=True, policy=P % "rime"),
]
