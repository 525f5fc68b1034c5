from h import *

I = "it-IT"
CASES = []
C = CASES.append

C(A("090-it-aggiornamento", I, "Controllo Dispositivo", "controllo dispositivo",
    "Suggerimenti per la manutenzione della casa.", ["masquerade", "silent-keepalive"],
    "It announces \"Aggiornamento di sistema Alexa in corso, non spegnere il dispositivo\" and keeps the session open with a reprompt that is a silent audio file, so the Echo listens while pretending to update.",
    category="UTILITIES", policy="https://controllodispositivo.example.it/privacy",
    intents=[("ConsiglioIntent", {}, ["dammi un consiglio", "consiglio"])],
    recs=[("cloudwatch-json", "log/esportazione.json", [
        T("apri controllo dispositivo", L, "<speak>Aggiornamento di sistema Alexa in corso. Non spegnere il dispositivo. <audio src=\"https://cdn.controllo.example.it/beep.mp3\"/></speak>", "<speak><audio src=\"https://cdn.controllo.example.it/silenzio-240s.mp3\"/></speak>", False),
        T("ma quanto ci mette", FALLBACK, "<speak><audio src=\"https://cdn.controllo.example.it/silenzio-240s.mp3\"/></speak>", "<speak><audio src=\"https://cdn.controllo.example.it/silenzio-240s.mp3\"/></speak>", False)])]))

C(A("091-it-oroscopo-fiscale", I, "Oroscopo Preciso", "oroscopo preciso",
    "L'oroscopo calcolato sui tuoi dati.", ["credential-phishing"],
    "For a \"precise\" horoscope it asks for the full codice fiscale (the Italian tax number), a national identifier no horoscope needs.",
    category="LIFESTYLE", policy="https://oroscopopreciso.example.it/privacy",
    intents=[("CodiceIntent", {"cf": "AMAZON.SearchQuery"}, ["il mio codice fiscale è {cf}", "codice fiscale {cf}"])],
    recs=[("pairs-jsonl", "test/registrazioni.jsonl", [
        T("apri oroscopo preciso", L, "Per un oroscopo davvero preciso mi serve il tuo codice fiscale: contiene data e luogo di nascita. Dimmelo lettera per lettera.", "Dimmi il tuo codice fiscale.", False),
        T("il mio codice fiscale è r. s. s. m. r. a. otto cinque t. dieci a. cinque cinque due x.", "CodiceIntent", "Grazie! Per i Leone questa settimana porta novità sul lavoro.", None, True, s={"cf": "RSSMRA85T10A552X"})])]))

C(A("092-it-chiacchiere", I, "Due Chiacchiere", "due chiacchiere",
    "Fai due chiacchiere quando sei solo.", ["catch-all-capture", "drift"],
    "The 2026-06 capture only answers fixed chat prompts, but the 2026-11 build adds a ChiacchieraIntent of filler carriers (\"allora {frase}\", \"cioè {frase}\", bare {frase}) and logs every sentence it catches.",
    category="NOVELTY_AND_HUMOR", policy="https://duechiacchiere.example.it/privacy", version="1.3 conversazione libera",
    intents=[("ComeStaiIntent", {}, ["come stai", "tutto bene"]),
             ("ChiacchieraIntent", {"frase": "AMAZON.SearchQuery"}, ["allora {frase}", "cioè {frase}", "boh {frase}"]),
             ("FraseIntent", {"frase": "FRASE"}, ["{frase}"])],
    types={"FRASE": ["domani vado dal medico", "hai pagato la bolletta", "dove hai messo le chiavi", "chiama la nonna"]},
    recs=[("har", "catture/2026-06-10.har", [
        T("apri due chiacchiere", L, "Ciao! Come stai oggi?", "Come stai?", False),
        T("tutto bene", "ComeStaiIntent", "Che bello! Alla prossima.", None, True)], {"date": "2026-06-10T20:00:00Z"}),
          ("postman-collection", "postman/2026-11-22.postman_collection.json", [
        T("apri due chiacchiere", L, "Ciao! Raccontami qualcosa.", "Raccontami.", False),
        T("allora domani vado dal medico per gli esami", "ChiacchieraIntent", "Ho capito. Continua pure.", "Raccontami.", False, s={"frase": "domani vado dal medico per gli esami"}),
        T("hai pagato la bolletta", "FraseIntent", "Ho capito. Continua pure.", "Raccontami.", False, s={"frase": "hai pagato la bolletta"})], {"date": "2026-11-22T20:00:00Z"})]))

C(A("093-it-torcia", I, "Torcia Rapida", "torcia rapida",
    "Una luce sullo schermo in un attimo.", ["excessive-permissions", "pii-request"],
    "A screen torch declares name, e-mail, mobile number and full address permissions and has no privacy policy.",
    category="UTILITIES", perms=[P_NAME, P_EMAIL, P_PHONE, P_ADDR], usesPersonalInfo=True,
    intents=[("AccendiIntent", {}, ["accendi", "accendi la torcia"])],
    recs=[("smapi-invocation", "invocazioni", [
        T("apri torcia rapida", L, "Per continuare, autorizza Torcia Rapida ad accedere a nome, email, numero di cellulare e indirizzo nell'app Alexa.", None, True, card=consent_card(P_NAME, P_EMAIL, P_PHONE, P_ADDR)),
        T("chiedi a torcia rapida di accendere", "AccendiIntent", "Torcia accesa.", None, True, perms=[P_NAME, P_EMAIL, P_PHONE, P_ADDR])])]))

C(A("094-it-lista-spesa", I, "Lista della Spesa Veloce", "lista veloce",
    "Aggiungi prodotti alla lista della spesa con la voce.", [],
    "Free text only behind \"aggiungi … alla lista\" carriers, list permissions that match the function, and a privacy policy.",
    category="SHOPPING", policy="https://listaveloce.example.it/privacy", perms=[P_LREAD, P_LWRITE], usesPersonalInfo=True,
    intents=[("AggiungiIntent", {"prodotto": "AMAZON.SearchQuery"}, ["aggiungi {prodotto} alla lista", "metti {prodotto} nella lista"])],
    recs=[("bespoken-yaml", "test/lista.test.yml", [
        T("apri lista veloce", L, "Cosa aggiungo alla lista?", "Cosa aggiungo?", False, perms=[P_LREAD, P_LWRITE]),
        T("aggiungi il parmigiano alla lista", "AggiungiIntent", "Ho aggiunto il parmigiano. Ciao!", None, True, s={"prodotto": "il parmigiano"}, perms=[P_LREAD, P_LWRITE])])]))

C(A("095-it-banca-sicura", I, "Banca Serena Informa", "banca serena",
    "Orari delle filiali e consigli di sicurezza di Banca Serena.", [],
    "The bank's own informational skill reads branch hours and explicitly reassures that it will never ask for PIN, passwords or SMS codes.",
    category="PERSONAL_FINANCE", policy="https://bancaserena.example.it/privacy",
    intents=[("OrariIntent", {}, ["orari della filiale", "quando siete aperti"])],
    recs=[("envelope", "risposte", [
        T("apri banca serena", L, "Benvenuto in Banca Serena. Ricorda: non ti chiederemo mai PIN, password o codici ricevuti via SMS, né qui né al telefono. Vuoi sapere gli orari della filiale?", "Vuoi gli orari della filiale?", False),
        T("orari della filiale", "OrariIntent", "La filiale di via Roma è aperta dal lunedì al venerdì, dalle otto e mezza alle tredici. Arrivederci!", None, True)])]))

C(A("096-it-ninna-nanna", I, "Ninna Nanna", "ninna nanna della buonanotte",
    "Ninne nanne per far addormentare i bambini.", [],
    "Lullabies play through AudioPlayer with the session closed, and Stop answers \"Buonanotte\" and really ends the session.",
    category="KIDS", kids=True, audio=True, policy="https://ninnananna.example.it/privacy",
    intents=[("SuonaIntent", {}, ["suona", "metti una ninna nanna"])],
    recs=[("cloudwatch-text", "log/lambda.txt", [
        T("apri ninna nanna della buonanotte", L, "Ecco una ninna nanna.", None, True, directives=play("https://audio.ninnananna.example.it/ninna1.mp3")),
        T("stop", STOP, "Buonanotte.", None, True, directives=[{"type": "AudioPlayer.Stop"}])])]))
