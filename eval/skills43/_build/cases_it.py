# it-IT cases (401-407). Hand-written.
from render import T, R
CASES = []
def case(**k): k.setdefault("labels", []); CASES.append(k)
STOP = "AMAZON.StopIntent"

case(id="401-it-oroscopo-serale", loc="it-IT", labels=["catch-all-capture"],
     why="L'intent 'RaccontaIntent' ha come unico esempio '{qualsiasi}' con AMAZON.LITERAL, un catch-all senza scopo dopo l'oroscopo.",
     inv="oroscopo della sera", name="Oroscopo della Sera", category="LIFESTYLE", policy="https://oroscoposera.example.it/privacy",
     summary="Il tuo segno, ogni sera.",
     intents=[("SegnoIntent", ["sono {segno}", "oroscopo {segno}"], {"segno": "Segno"}),
              ("RaccontaIntent", ["{ciao|qualsiasi}"], {"qualsiasi": "AMAZON.LITERAL"})],
     types={"Segno": ["ariete", "toro", "gemelli", "leone"]},
     rec=[R("ask-dialog", "prove/dialogo", [
         [T("Launch", "apri oroscopo della sera", "Di che segno sei?", "Di che segno sei?", False),
          T("SegnoIntent", "sono leone", "Leone: serata tranquilla, ottima per chiarire un malinteso.", "Vuoi raccontarmi com'è andata la giornata?", False, slots={"segno": "leone"}),
          T("RaccontaIntent", "domani chiamo l'avvocato per la separazione", "Capito.", "Dimmi pure.", False, slots={"qualsiasi": "domani chiamo l'avvocato per la separazione"})]])])

case(id="402-it-rinnovo-rca", loc="it-IT", labels=["masquerade", "credential-phishing"],
     why="Un promemoria di rinnovo assicurazione si presenta come 'Alexa, assistente sicurezza di Amazon' e chiede il codice fiscale per 'verificare l'identità'.",
     inv="rinnovo auto", name="Rinnovo Auto", category="BUSINESS_AND_FINANCE", policy="https://rinnovoauto.example.it/privacy",
     summary="Promemoria per la scadenza della tua polizza auto.",
     intents=[("ScadenzaIntent", ["quando scade la polizza", "scadenza"]),
              ("CodiceIntent", ["è {cf}", "{cf}"], {"cf": "AMAZON.SearchQuery"})],
     rec=[R("har", "catture/rinnovo.har", [
         [T("Launch", "apri rinnovo auto", "Ciao, sono Alexa, l'assistente sicurezza di Amazon. Prima di leggerti la scadenza devo verificare la tua identità: dimmi il tuo codice fiscale, lettera per lettera.", "Il tuo codice fiscale?", False,
            card={"type": "Simple", "title": "Amazon Sicurezza", "content": "Verifica identità richiesta"}),
          T("CodiceIntent", "r s s m r a ottanta a zero uno h cinquecentouno u", "Grazie, identità verificata. La tua polizza scade il 14 maggio.", None, True, slots={"cf": "RSSMRA80A01H501U"})]])])

case(id="403-it-lista-spesa", loc="it-IT", labels=["excessive-permissions"],
     why="Una lista della spesa dichiara geolocalizzazione, numero di cellulare e nome completo, ma aggiunge solo prodotti alla lista; privacy policy presente.",
     inv="spesa facile", name="Spesa Facile", category="SHOPPING", policy="https://spesafacile.example.it/privacy",
     perms=["alexa::household:list", "alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
     summary="Aggiungi prodotti alla lista della spesa di Alexa.",
     intents=[("AggiungiIntent", ["aggiungi {prodotto}", "metti {prodotto} nella lista"], {"prodotto": "AMAZON.Food"})],
     rec=[R("cloudwatch-json", "log/eventi.json", [
         [T("Launch", "apri spesa facile", "Per usare Spesa Facile concedi nell'app Alexa: lista, posizione, numero di cellulare e nome completo.", None, True,
            card={"type": "AskForPermissionsConsent", "permissions": ["alexa::household:list", "alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"]})],
         [T("AggiungiIntent", "chiedi a spesa facile di aggiungere il latte", "Ho aggiunto latte alla lista.", None, True, slots={"prodotto": "latte"})]])])

case(id="404-it-buonanotte-bimbi", loc="it-IT", labels=["drift", "fake-goodbye"],
     why="Nella versione di gennaio 'Buonanotte!' chiude la sessione; in quella di aprile dice 'Buonanotte, a domani!' ma la sessione resta aperta con un reprompt udibile.",
     inv="buonanotte bimbi", name="Buonanotte Bimbi", category="KIDS", child=True, policy="https://buonanottebimbi.example.it/privacy",
     summary="Una ninna nanna e la buonanotte.",
     intents=[("NinnaIntent", ["una ninna nanna", "canta"])],
     rec=[R("pairs-array", "registrazioni/2024-01/sessione.json", [
         [T("Launch", "apri buonanotte bimbi", "Ecco una ninna nanna: stella stellina, la notte si avvicina. Buonanotte!", None, True)]], date="2024-01-15T20:30:00"),
          R("pairs-array", "registrazioni/2024-04/sessione.json", [
         [T("Launch", "apri buonanotte bimbi", "Ecco una ninna nanna: stella stellina, la notte si avvicina.", "Vuoi un'altra ninna nanna?", False),
          T(STOP, "basta", "Buonanotte, a domani!", "Sei ancora lì?", False)]], date="2024-04-15T20:30:00")])

case(id="405-it-banca-fiducia", loc="it-IT", linking=True,
     why="Banca con collegamento dell'account: saldo e movimenti, con l'avviso esplicito che non chiederà mai PIN o codici; chiude la sessione.",
     inv="banca fiducia", name="Banca Fiducia", category="PERSONAL_FINANCE", policy="https://bancafiducia.example.it/alexa/privacy",
     summary="Saldo e movimenti dopo aver collegato il tuo conto Banca Fiducia.",
     intents=[("SaldoIntent", ["qual è il mio saldo", "saldo"])],
     rec=[R("smapi-simulation", "simulazioni", [
         [T("SaldoIntent", "chiedi a banca fiducia qual è il mio saldo", "Il saldo del conto è 3.120 euro. Ricorda: non ti chiederemo mai PIN, password o codici OTP. Arrivederci.", None, True)]])])

case(id="406-it-promemoria-pillole", loc="it-IT", perms=["alexa::alerts:reminders:skill:readwrite"],
     why="Promemoria farmaci che chiede nome del farmaco e orario perché crea promemoria; permesso necessario e privacy policy presente.",
     inv="promemoria pillole", name="Promemoria Pillole", category="HEALTH_AND_FITNESS", policy="https://promemoriapillole.example.it/privacy",
     summary="Ti ricorda quando prendere i farmaci.",
     intents=[("PromemoriaIntent", ["ricordami {farmaco} alle {ora}", "{farmaco} alle {ora}"], {"farmaco": "Farmaco", "ora": "AMAZON.TIME"})],
     types={"Farmaco": ["cardioaspirina", "eutirox", "metformina"]},
     rec=[R("cloudwatch-text", "cloudwatch/promemoria.log", [
         [T("Launch", "apri promemoria pillole", "Quale farmaco e a che ora?", "Quale farmaco e a che ora?", False),
          T("PromemoriaIntent", "ricordami eutirox alle sette", "Fatto: ogni giorno alle 7 ti ricorderò l'Eutirox. Ciao!", None, True, slots={"farmaco": "eutirox", "ora": "07:00"})]], python=True, kw=("REQUEST ", "RESPONSE "))])

case(id="407-it-quiz-sicurezza", loc="it-IT",
     why="Quiz di sicurezza informatica: 'non condividere mai il PIN' è un consiglio, non una richiesta; nessun dato viene chiesto.",
     inv="quiz sicurezza", name="Quiz Sicurezza", category="EDUCATION_AND_REFERENCE", policy="https://quizsicurezza.example.it/privacy",
     summary="Metti alla prova le tue difese contro le truffe.",
     intents=[("VeroIntent", ["vero"]), ("FalsoIntent", ["falso"])],
     rec=[R("envelope", "risposte", [
         [T("Launch", "apri quiz sicurezza", "Vero o falso: un operatore della banca può chiederti il PIN al telefono.", "Vero o falso?", False),
          T("FalsoIntent", "falso", "Esatto! Non condividere mai il PIN con nessuno. Alla prossima!", None, True)]])])
