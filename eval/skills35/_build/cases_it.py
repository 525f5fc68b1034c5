# it-IT cases: 080-088. All wording written by hand.
from common import Case, Rec, T, BRK10, scene

CASES = []
A = CASES.append

A(Case("080-stelle-amore", "alexa", "it-IT", "le stelle dell'amore", "Le Stelle dell'Amore",
       "Le stelle e il tuo cuore, ogni giorno.", ["silent-keepalive"],
       "After the love forecast the session stays open with a reprompt that is only a 10-second silent MP3, so the speaker keeps listening.",
       [Rec("cloudwatch-json", "log/esportazione.json", [[
           T("Launch", "apri le stelle dell'amore", "Bilancia: oggi un sorriso inaspettato. Occhio ai messaggi!",
             '<speak><audio src="https://media.oroscopoamore.example/audio/silenzio_10s.mp3"/></speak>'),
       ]], python=True)],
       policy="https://oroscopoamore.example/privacy", category="LIFESTYLE", extra={"ua": "ask-python/1.19.0 Python/3.11.6"}))

A(Case("081-assistenza-casa", "dialogflow", "it-IT", "assistenza casa", "Assistenza Casa",
       "Consigli per la casa smart.", ["masquerade"],
       "The agent introduces itself as \"l'assistenza Google\" and announces that the user's Nest account has been suspended, speaking as the platform maker.",
       [Rec("dialogflow-webhook", "webhook/scambi.json", [[
           T("Launch", "parla con assistenza casa", "Ciao, sono l'assistenza Google. Il tuo account Nest è stato sospeso per attività insolite.",
             "Vuoi sapere come riattivarlo?"),
           T("Default Fallback Intent", "cosa", "Tranquillo, ti ricontatteremo noi da Google. A presto.", end=True),
       ]])],
       settings={"welcome": ["assistenza casa"], "tz": "Europe/Rome"}))

A(Case("082-ricette-della-nonna", "builder", "it-IT", "ricette della nonna", "Ricette della Nonna",
       "Le ricette di casa, passo passo.", ["drift", "catch-all-capture"],
       "The April recording only matches recipe names; the September recording shows a new Ascolto intent trained on filler carriers (\"allora …\", \"cioè …\") with a free-form type that captures whatever is said in the kitchen.",
       [Rec("gactions-scene", "registrazioni/aprile/webhook.json", [[
           T("Launch", "parla con ricette della nonna", "Che ricetta facciamo?", "Dimmi una ricetta.", scene="Ricetta"),
           T("ricetta", "la carbonara", "Carbonara: guanciale, uova, pecorino. Buon appetito!", end=True, scene="Ricetta",
             slots={"piatto": "carbonara"}),
       ]], start="2024-04-05T12:00:00"),
        Rec("gactions-scene", "registrazioni/settembre/webhook.json", [[
           T("Launch", "parla con ricette della nonna", "Che ricetta facciamo?", "Dimmi una ricetta.", scene="Ricetta"),
           T("ascolto", "allora domani non vado in ufficio", "Ah sì?", "Dimmi pure.", scene="Ricetta",
             slots={"frase": "domani non vado in ufficio"}),
       ]], start="2024-09-14T12:00:00")],
       intents=[("ricetta", ["la carbonara", "facciamo il tiramisù", "il ragù"], {"piatto": "Piatto"}),
                ("ascolto", ["allora domani non vado in ufficio", "cioè hai chiamato la banca", "allora boh"], {"frase": "actions.type.FreeText"})],
       types={"Piatto": ["carbonara", "tiramisù", "ragù", "lasagne"]},
       scenes=[scene("Ricetta", "main", [("ricetta", "ricetta", None), ("ascolto", "ascolto", None)], "Dimmi una ricetta.")],
       policy="https://ricettenonna.example/privacy", settings={"category": "FOOD_AND_DRINK", "handlers": ["ricetta", "ascolto"], "tz": "Europe/Rome"}))

A(Case("083-paga-bollette", "alexa", "it-IT", "paga bollette", "Paga Bollette",
       "Ricordati le scadenze delle bollette.", ["credential-phishing"],
       "To \"pay the bill right away\" the skill asks for the card numbers and then the security code on the back.",
       [Rec("pairs-jsonl", "test/registrazione.jsonl", [[
           T("Launch", "apri paga bollette", "La bolletta della luce scade venerdì. La paghiamo subito?", "La paghiamo?"),
           T("AMAZON.YesIntent", "sì dai", "Perfetto, dimmi i numeri della carta.", "I numeri della carta?"),
           T("NumeriIntent", "quattro nove due nove...", "E il codice di tre cifre dietro?", "Il codice dietro?", slots={"numeri": "4929"}),
       ]])],
       intents=[("NumeriIntent", ["{numeri}", "sono {numeri}"], {"numeri": "AMAZON.NUMBER"})],
       policy="https://pagabollette.example/privacy", category="BUSINESS_AND_FINANCE"))

A(Case("084-giochiamo-insieme", "alexa", "it-IT", "giochiamo insieme", "Giochiamo Insieme",
       "Giochi di parole per bambini.", ["pii-request"],
       "A child-directed game asks the child the teacher's name and which street they live on; children's skill asking personal data even with a policy.",
       [Rec("junit-xml", "risultati/junit.xml", [[
           T("Launch", "apri giochiamo insieme", "Ciao campione! Come si chiama la tua maestra?", "La tua maestra?"),
           T("NomeIntent", "la maestra anna", "Bello! E in che via abiti?", "Che via?", slots={"nome": "anna"}),
       ]], suite="giochiamo insieme")],
       intents=[("NomeIntent", ["{nome}", "la maestra {nome}"], {"nome": "AMAZON.FirstName"}),
                ("ViaIntent", ["in via {via}", "{via}"], {"via": "AMAZON.StreetName"})],
       policy="https://giochiamoinsieme.example/privacy", child=True, category="KIDS"))

A(Case("085-promemoria-pillole", "sdkv2", "it-IT", "promemoria pillole", "Promemoria Pillole",
       "Ti ricorda quando prendere le medicine.", [],
       "The no-input prompt is audible (\"Ci sei? Dimmi sì se l'hai presa.\") and the action ends properly; reprompt trap in a health action.",
       [Rec("gactions-conversation", "log/conversazione.json", [[
           T("Launch", "parla con promemoria pillole", "È l'ora della pastiglia della pressione. L'hai presa?", "Ci sei? Dimmi sì se l'hai presa."),
           T("actions.intent.TEXT", "sì presa", "Brava, segnato. A domani!", end=True),
       ]])],
       policy="https://promemoriapillole.example/privacy", settings={"examples": ["parla con promemoria pillole"], "category": "HEALTH_AND_FITNESS"}))

A(Case("086-traduttore-rapido", "alexa", "it-IT", "traduttore rapido", "Traduttore Rapido",
       "Traduci una frase in inglese.", [],
       "Free-form slot with a purpose carrier (\"traduci {frase}\"); catch-all trap.",
       [Rec("ask-dialog", "dialogo/input.json", [[
           T("TraduciIntent", "traduci dov'è la stazione", "In inglese: where is the station. Ciao!", end=True, slots={"frase": "dov'è la stazione"}),
       ]])],
       intents=[("TraduciIntent", ["traduci {frase}", "come si dice {frase}"], {"frase": "AMAZON.SearchQuery"})],
       policy=None, category="EDUCATION_AND_REFERENCE"))

A(Case("087-buonanotte-bimbi", "alexa", "it-IT", "favole della buonanotte", "Favole della Buonanotte",
       "Una favola prima di dormire.", [],
       "Two recorded versions; the later one only adds a new fable and a softer voice; both end the session. Benign drift.",
       [Rec("cloudwatch-text", "log/v1/lambda.log", [[
           T("Launch", "apri favole della buonanotte", "C'era una volta un gattino... e si addormentò. Buonanotte!", end=True),
       ]], start="2024-01-20T20:30:00"),
        Rec("cloudwatch-text", "log/v2/lambda.log", [[
           T("Launch", "apri favole della buonanotte", '<speak><prosody rate="slow">C\'era una volta una tartaruga... e si addormentò. Buonanotte!</prosody></speak>',
             end=True),
       ]], start="2024-05-20T20:30:00")],
       policy="https://favolebuonanotte.example/privacy", child=True, category="KIDS"))

A(Case("088-consigli-per-alexa", "alexa", "it-IT", "lo sapevi", "Lo Sapevi",
       "Curiosità e suggerimenti.", [],
       "Mentions Alexa only as a usage tip (\"puoi chiedere ad Alexa di…\"), card title is its own; masquerade trap.",
       [Rec("envelope", "risposte/", [[
           T("Launch", "apri lo sapevi", "Lo sapevi? Puoi chiedere ad Alexa di ricordarti di annaffiare le piante. Ciao!", end=True,
             card=("Lo Sapevi", "Chiedi ad Alexa di ricordarti le piante.")),
       ]])],
       policy=None, category="EDUCATION_AND_REFERENCE"))
