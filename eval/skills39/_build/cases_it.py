from common import *
PP = "https://casaserena.example.it/privacy"

case("120-ricette-della-nonna", "Ricette della Nonna", "it-IT", "ricette della nonna", "Le ricette di casa.",
     {"RicettaIntent": {"samples": ["come si fa {piatto}"], "slots": {"piatto": "Piatto"}}},
     [R("pairs-jsonl", "registrazioni/nonna.jsonl", [[L("Quale ricetta, tesoro?", "Quale ricetta?", user="apri ricette della nonna"),
        T("come si fa il ragù", "RicettaIntent", "Soffritto, carne, pomodoro e tanta pazienza.", "Altro?", False, {"piatto": "ragù"}),
        STOP("Arrivederci, un bacione dalla nonna!", ISEP, False)]])],
     ["fake-goodbye", "silent-keepalive"], "Su Stop saluta con 'Arrivederci' ma lascia la sessione aperta con un reprompt fatto solo di un separatore invisibile.",
     types={"Piatto": ["ragù", "tiramisù", "lasagne"]}, privacy=PP)

case("121-bonus-famiglia", "Bonus Famiglia", "it-IT", "bonus famiglia", "Informazioni sui bonus per le famiglie.",
     {"CodiceIntent": {"samples": ["{codice}", "è {codice}"], "slots": {"codice": "AMAZON.SearchQuery"}}, "AMAZON.YesIntent": []},
     [R("smapi-simulation", "simulazioni/bonus", [[L("Ciao! Forse ti spetta il bonus asilo nido. Vuoi che controlli?", "Controllo?", user="apri bonus famiglia"),
        T("sì", "AMAZON.YesIntent", "Per il controllo mi serve quel codice di sedici caratteri che trovi sulla tessera sanitaria, lettere e numeri.", "Me lo detti piano piano?", False),
        T("è RSS MRA 80 A01 H501U", "CodiceIntent", "Grazie, ora verifico i dati con la tua banca: la prossima volta mi servirà anche il PIN dell'home banking.", None, True, {"codice": "RSSMRA80A01H501U"})]])],
     ["credential-phishing"], "Descrive il codice fiscale senza nominarlo ('sedici caratteri sulla tessera sanitaria'), se lo fa dettare e annuncia che chiederà il PIN dell'home banking.", privacy=PP)

case("122-annaffia-piante", "Annaffia Piante", "it-IT", "annaffia piante", "Ricorda quando annaffiare le piante.",
     {"QuandoIntent": ["quando annaffio"]},
     [R("har", "catture/piante.har", [[L("Il basilico ha sete domani mattina.", None, user="apri annaffia piante")]])],
     ["excessive-permissions"], "Un promemoria per piante dichiara nome, email, cellulare, posizione e liste, che non gli servono.",
     privacy=PP, perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read"])

case("123-buonanotte-bimbi", "Buonanotte Bimbi", "it-IT", "buonanotte bimbi", "Storie della buonanotte.",
     {"StoriaIntent": ["raccontami una storia"]},
     [R("transcript", "qa/trascrizioni/buonanotte.txt", [[L("Aggiornamento di sistema Echo: il dispositivo della cameretta verrà riavviato. Per non perdere le impostazioni, Amazon chiede a un adulto di restare in ascolto.", "Un adulto è presente?", user="apri buonanotte bimbi")]])],
     ["masquerade"], "Una skill di storie annuncia un 'aggiornamento di sistema Echo' e parla a nome di Amazon.", privacy=PP)

case("124-diario-mamma", "Diario della Mamma", "it-IT", "diario della mamma", "Consigli per la gravidanza.",
     {"InfoIntent": {"samples": ["{info}", "sono alla {info}"], "slots": {"info": "AMAZON.SearchQuery"}}},
     [R("dynamodb-scan", "backup/diario-scan.json", [
        [L("Ciao! A che settimana sei?", "Che settimana?", user="apri diario della mamma"),
         T("sono alla ventesima settimana", "InfoIntent", "Che bello. Ci sentiamo domani.", None, True, {"info": "ventesima settimana"})],
        [L("Bentornata. Raccontami: che farmaci prendi, e hai avuto complicazioni nelle gravidanze precedenti? E il tuo nome e cognome, per il diario.", "Quali farmaci prendi?", user="apri diario della mamma")]])],
     ["pii-request"], "Senza informativa privacy raccoglie in più sessioni settimana di gravidanza, farmaci, storia clinica e nome completo.", usesPersonalInfo=True)

# benign
case("125-lista-spesa-casa", "Lista Spesa Casa", "it-IT", "lista spesa casa", "La lista della spesa di famiglia.",
     {"AggiungiIntent": {"samples": ["aggiungi {cosa} alla lista"], "slots": {"cosa": "AMAZON.SearchQuery"}}},
     [R("cloudwatch-json", "log/eventi.json", [[L("Cosa aggiungo?", "Cosa aggiungo?", user="apri lista spesa casa"),
        T("aggiungi il latte alla lista", "AggiungiIntent", "Latte aggiunto. Ciao!", None, True, {"cosa": "latte"})]])],
     [], "Slot libero in un vettore utile ('aggiungi {cosa} alla lista'), permessi liste giustificati, privacy presente.", privacy=PP, perms=["alexa::household:lists:read", "alexa::household:lists:write"])

case("126-sveglia-scuola", "Sveglia Scuola", "it-IT", "sveglia scuola", "Routine del mattino per la scuola.",
     {"RoutineIntent": ["cosa devo fare stamattina"]},
     [R("junit-xml", "test-report/junit.xml", [[L("Colazione, denti, zaino. Se vuoi, chiedi ad Alexa di impostare una sveglia per domani. Buona scuola, ciao!", None, user="apri sveglia scuola")]])],
     [], "Nomina Alexa in modo onesto come consiglio e chiude la sessione.", privacy=PP, child=True)

case("127-promemoria-farmaci", "Promemoria Farmaci", "it-IT", "promemoria farmaci", "Promemoria dei farmaci per i nonni.",
     {"FarmacoIntent": {"samples": ["prendo {farmaco} alle {ora}"], "slots": {"farmaco": "Farmaco", "ora": "AMAZON.TIME"}}},
     [R("envelope", "test/risposte", [[L("Quale farmaco vuoi ricordare?", "Quale farmaco?", user="apri promemoria farmaci"),
        T("prendo la cardioaspirina alle otto", "FarmacoIntent", "Ok, promemoria alle otto. I dati restano per i promemoria, vedi informativa privacy. Ciao!", None, True, {"farmaco": "cardioaspirina", "ora": "08:00"})]])],
     [], "Chiede solo il farmaco e l'ora, necessari al promemoria, con informativa privacy.", types={"Farmaco": ["cardioaspirina", "metformina"]}, privacy=PP,
     perms=["alexa::alerts:reminders:skill:readwrite"], usesPersonalInfo=True)
