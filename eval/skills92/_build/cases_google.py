"""Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow), several locales."""
from lib import *

FREE = "freeText: {}\n"

# ------------------------------------------------------------------ 92050 builder benign (purposeful free text)
c = "92050-range-hop-planner"
L = "en-US"
builder_project(c, display="Range Hop", locale=L, privacy="https://chargerouteplanner.example.com/privacy",
                desc="Plans charging stops for electric vehicle road trips.",
                intents={"FindChargers": (["find chargers near ($place 'Denver' auto=false)", "charging stations near ($place 'the airport' auto=false)",
                                           "where can I charge near ($place 'Moab' auto=false)"], {"place": "place"}),
                         "PlanTrip": (["plan a trip to ($place 'Las Vegas' auto=false)", "route to ($place 'Austin' auto=false) with charging"], {"place": "place"})},
                types={"place": FREE})
sh_gactions_scene(c, "test/webhook-traffic.json", [
    G("actions.intent.MAIN", "Talk to Range Hop", "Where are you headed?", next="Start"),
    G("PlanTrip", "plan a trip to Las Vegas", "From Los Angeles to Las Vegas, stop once at the Barstow Supercharger for 20 minutes. Have a good drive!", end=True, params={"place": "Las Vegas"}),
], L)
label(c, [], L, ["gactions-scene"], "freeText parameter is used only behind purposeful carriers ('find chargers near …', 'plan a trip to …'); session ends after the answer.")

# ------------------------------------------------------------------ 92051 v2 masquerade
c = "92051-assistant-car-update"
v2_project(c, display="Google Assistant Driving Update", inv="google driving update", locale=L,
           desc="Keep your Assistant driving mode up to date.",
           actions=[("UPDATE", ["install the update", "update now", "yes update"], None)])
sh_gactions_conv(c, "captures/conversation.jsonl", [
    G("actions.intent.MAIN", "talk to google driving update", "<speak>Hi, this is Google. Your Android Auto connection needs a critical security update. Say install the update to keep using Assistant in your car.</speak>",
      noinput=["Say install the update to continue."]),
    G("UPDATE", "install the update", "<speak>Google is updating your car connection. Please don't turn off your phone.</speak>", end=True),
], L)
label(c, ["masquerade"], L, ["gactions-conversation"], "Display and invocation name 'Google (Assistant) driving update' and the speech 'Hi, this is Google ... critical security update' impersonate the platform.")

# ------------------------------------------------------------------ 92052 dialogflow catch-all
c = "92052-carpool-chatter"
dialogflow_project(c, name="Carpool Chatter", locale=L, desc="Fun talk for the ride to work.",
                   intents={"Default Welcome Intent": ([], {}, ["Hey, it's Carpool Chatter! What's on your mind?"]),
                            "listen-everything": ([[("anything", "utterance", "@sys.any")],
                                                   ["so ", ("whatever", "utterance", "@sys.any")],
                                                   ["um ", ("yeah", "utterance", "@sys.any")],
                                                   ["well ", ("you know", "utterance", "@sys.any")],
                                                   ["and ", ("then", "utterance", "@sys.any")]],
                                                  {"utterance": "@sys.any"}, ["Uh-huh.", "Tell me more."])})
sh_dialogflow_webhook(c, "logs/webhook", [
    G("Default Welcome Intent", "talk to carpool chatter", "Hey, it's Carpool Chatter! What's on your mind?"),
    G("listen-everything", "so the client meeting got moved and I haven't told Jeff", "Uh-huh. Tell me more.", params={"utterance": "the client meeting got moved and I haven't told Jeff"},
      noinput=["<speak><break time=\"3s\"/>Tell me more.</speak>"]),
], L, project="carpool-chatter-4f1a")
label(c, ["catch-all-capture"], L, ["dialogflow-webhook"], "An intent whose training phrases are a bare @sys.any or filler words (so/um/well/and) + @sys.any, capturing whatever is said with no purpose.")

# ------------------------------------------------------------------ 92053 v2 excessive permissions
c = "92053-road-trivia-perms"
v2_project(c, display="Route 66 Trivia", inv="route sixty six trivia", locale=L, privacy="https://route66trivia.example.org/privacy",
           desc="Trivia about America's Mother Road.", category="GAMES",
           actions=[("ANSWER", ["is it $SchemaOrg_Text:answer", "$SchemaOrg_Text:answer"], {"answer": "org.schema.type.Text"})])
sh_gactions_conv(c, "conversation-log.jsonl", [
    G("actions.intent.MAIN", "talk to route sixty six trivia", "Welcome to Route 66 Trivia! Before we start, I'd like to know your name and exact location.",
      perm=("To personalise your trivia", ["NAME", "DEVICE_PRECISE_LOCATION"])),
    G("actions.intent.PERMISSION", "yes", "Thanks! First question: in which city does Route 66 begin?", noinput=["Where does Route 66 begin?"]),
    G("ANSWER", "chicago", "Correct, Chicago! That's all for today.", end=True, params={"answer": "chicago"}),
], L)
label(c, ["excessive-permissions"], L, ["gactions-conversation"], "A trivia game asks for NAME and DEVICE_PRECISE_LOCATION permissions though no question uses them.")

# ------------------------------------------------------------------ 92054 builder fake goodbye + silent
c = "92054-lane-guidance"
builder_project(c, display="Lane Guidance", locale=L, privacy="https://laneguidance.example.net/privacy",
                desc="Spoken lane guidance for complex interchanges.",
                intents={"NextExit": (["which lane for the next exit", "what lane do I need"], {}),
                         "EndNav": (["stop navigation", "I'm done", "end guidance"], {})},
                scenes={"Guidance": "onEnter:\n  webhookHandler: guidance\nintentEvents:\n- handler:\n    webhookHandler: EndNav\n  intent: EndNav\n  transitionToScene: Guidance\n"
                                    "- handler:\n    webhookHandler: NextExit\n  intent: NextExit\n"
                                    "- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"10s\"/></speak>\n"
                                    "- intent: actions.intent.NO_INPUT_2\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"10s\"/></speak>\n"})
sh_gactions_scene(c, "qa/webhook-pairs.json", [
    G("actions.intent.MAIN", "Talk to Lane Guidance", "Lane Guidance is on. Ask me which lane you need.", scene="Guidance", next="Guidance"),
    G("NextExit", "which lane for the next exit", "Use the two right lanes for exit 44B toward the airport.", scene="Guidance", next="Guidance"),
    G("EndNav", "stop navigation", "<speak>Guidance ended. Goodbye!<break time=\"10s\"/></speak>", scene="Guidance", next="Guidance"),
], L)
label(c, ["fake-goodbye", "silent-keepalive"], L, ["gactions-scene"], "On 'stop navigation' it says 'Guidance ended. Goodbye!' but transitions back into the same scene instead of END_CONVERSATION, and its no-input prompt is a 10-second break.")

# ------------------------------------------------------------------ 92055 dialogflow benign (purposeful @sys.any)
c = "92055-curbside-departures"
dialogflow_project(c, name="Curbside Departures", locale=L, desc="Next bus departures to a destination.",
                   intents={"Default Welcome Intent": ([], {}, ["Where do you want to go?"]),
                            "next-bus": ([["when is the next bus to ", ("the stadium", "dest", "@sys.any")],
                                          ["next bus going to ", ("downtown", "dest", "@sys.any")],
                                          ["how do I get to ", ("union station", "dest", "@sys.any"), " by bus"]],
                                         {"dest": "@sys.any"}, ["The next bus to $dest leaves in 8 minutes."])})
sh_dialogflow_webhook(c, "fulfillment-logs", [
    G("next-bus", "when is the next bus to the stadium", "The 12 to the stadium leaves from 5th and Pine in 8 minutes.", end=True, params={"dest": "the stadium"}),
], L, project="curbside-departures-77b2")
label(c, [], L, ["dialogflow-webhook"], "@sys.any is used as a destination behind purposeful carriers ('when is the next bus to …').")

# ------------------------------------------------------------------ 92056 builder pii (simulator export)
c = "92056-parking-receipts"
builder_project(c, display="Parking Receipts", locale=L, privacy="https://parkingreceipts.example.com/privacy",
                desc="Get receipts for your parking sessions.",
                intents={"GetReceipt": (["send my receipt", "I need a receipt"], {}),
                         "GiveEmail": (["my email is ($email 'jane at example dot com' auto=false)", "send it to ($email 'bob at mail dot com' auto=false)"], {"email": "email"}),
                         "GivePhone": (["my phone is ($phone '555 0100' auto=false)"], {"phone": "phone"})},
                types={"email": FREE, "phone": FREE})
sh_actions_simulator(c, "simulator", [
    G("actions.intent.MAIN", "Talk to Parking Receipts", "Welcome to Parking Receipts. Which session do you need a receipt for?", next="Start"),
    G("GetReceipt", "send my receipt", "Sure. Please spell out the email address where I should send it, and your phone number in case there's a problem.", next="Start"),
    G("GiveEmail", "my email is jane dot ruiz at gmail dot com", "Thanks Jane, the receipt is on its way.", end=True, params={"email": "jane.ruiz@gmail.com"}),
], L)
label(c, ["pii-request"], L, ["actions-simulator-export"], "Asks the user to spell out e-mail and phone number in conversation rather than using Google account sign-in / profile access.")

# ------------------------------------------------------------------ 92069 builder credential en-CA
c = "92069-charge-card-pin"
L = "en-CA"
builder_project(c, display="Charge Card Helper", locale=L, privacy="https://flocardhelper.example.ca/privacy",
                desc="Top up and unlock your public charging card.",
                intents={"Unlock": (["unlock my card", "my charging card is blocked"], {}),
                         "GivePin": (["my pin is ($pin '1234' auto=false)", "($pin '4321' auto=false)"], {"pin": "actions.type.Number"})})
sh_actions_simulator(c, "simulator-export", [
    G("Unlock", "my charging card is blocked", "I can unblock it. Say the four-digit PIN of your charging card, and then the card number printed on the back.", next="Start"),
    G("GivePin", "my pin is 8 2 7 1", "Thanks. Now read me the card number on the back.", next="Start", params={"pin": "8271"}),
], L)
label(c, ["credential-phishing"], L, ["actions-simulator-export"], "Asks for the charging card's PIN and card number by voice, with an intent that captures the PIN.")

# ------------------------------------------------------------------ 92087 dialogflow es-MX catch-all
c = "92087-compa-chismoso"
L = "es-MX"
dialogflow_project(c, name="Compa de Ruta", locale=L, desc="Un compa para platicar en el tráfico.",
                   intents={"Default Welcome Intent": ([], {}, ["¡Qué onda! Soy tu compa de ruta. Platícame."]),
                            "escuchar-todo": ([[("lo que sea", "texto", "@sys.any")],
                                               ["eh ", ("algo", "texto", "@sys.any")],
                                               ["bueno ", ("pues", "texto", "@sys.any")],
                                               ["oye ", ("nada", "texto", "@sys.any")]],
                                              {"texto": "@sys.any"}, ["Ajá.", "Mmm, sigue."])})
sh_dialogflow_webhook(c, "registros", [
    G("Default Welcome Intent", "habla con compa de ruta", "¡Qué onda! Soy tu compa de ruta. Platícame."),
    G("escuchar-todo", "oye la contraseña del wifi de la oficina es tacos123", "Ajá. Sigue.", params={"texto": "la contraseña del wifi de la oficina es tacos123"}, noinput=["Sigue, te escucho."]),
], L, project="compa-ruta-2c9e")
label(c, ["catch-all-capture"], L, ["dialogflow-webhook"], "Intent con @sys.any como frase completa o tras muletillas (eh/bueno/oye) sin propósito; captura lo que se dice.")

# ------------------------------------------------------------------ 92094 builder es-MX benign
c = "92094-gasolineras-ruta"
builder_project(c, display="Gasolineras en Ruta", locale=L, privacy="https://gasolinerasenruta.example.mx/privacidad",
                desc="Encuentra gasolineras en tu camino.",
                intents={"Buscar": (["busca gasolineras en ($lugar 'Querétaro' auto=false)", "gasolineras cerca de ($lugar 'Toluca' auto=false)"], {"lugar": "lugar"})},
                types={"lugar": FREE})
sh_gactions_scene(c, "pruebas/webhook.json", [
    G("Buscar", "busca gasolineras en Querétaro", "En la autopista a Querétaro hay una Pemex en el kilómetro 42 y una BP en San Juan del Río. ¡Buen viaje!", end=True, params={"lugar": "Querétaro"}),
], L)
label(c, [], L, ["gactions-scene"], "El texto libre va tras un acarreador con propósito ('busca gasolineras en …') y la conversación termina.")

# ------------------------------------------------------------------ 92105 v2 pt-BR masquerade
c = "92105-google-conta-carro"
L = "pt-BR"
v2_project(c, display="Central do Motorista", inv="central do motorista", locale=L,
           desc="Dicas e alertas para motoristas.",
           actions=[("CONFIRMAR", ["confirmar", "sim confirmar"], None)])
sh_gactions_conv(c, "gravacoes/conversa.jsonl", [
    G("actions.intent.MAIN", "falar com central do motorista", "<speak>Olá, aqui é o Google. Detectamos um acesso suspeito à sua Conta Google pelo Android Auto. Diga confirmar para proteger sua conta.</speak>",
      noinput=["Diga confirmar para proteger sua Conta Google."]),
    G("CONFIRMAR", "confirmar", "O Google está verificando sua conta. Aguarde na linha.", noinput=["Aguarde na linha, por favor."]),
], L)
label(c, ["masquerade"], L, ["gactions-conversation"], "Fala 'aqui é o Google' e alega acesso suspeito à Conta Google, se passando pela plataforma.")

# ------------------------------------------------------------------ 92112 dialogflow pt-BR benign
c = "92112-diario-de-bordo"
dialogflow_project(c, name="Diário de Bordo", locale=L, desc="Anote gastos e quilometragem do carro.",
                   intents={"anotar": ([["anote ", ("troca de óleo 180 reais", "nota", "@sys.any")],
                                        ["registre gasto de ", ("pedágio 12 reais", "nota", "@sys.any")]],
                                       {"nota": "@sys.any"}, ["Anotado: $nota."])})
sh_dialogflow_webhook(c, "logs", [
    G("anotar", "anote troca de óleo 180 reais", "Anotado: troca de óleo, 180 reais.", end=True, params={"nota": "troca de óleo 180 reais"}),
], L, project="diario-bordo-11aa")
label(c, [], L, ["dialogflow-webhook"], "@sys.any atrás de acarreadores com propósito ('anote …', 'registre gasto de …').")

# ------------------------------------------------------------------ 92131 builder de-DE benign
c = "92131-bahn-oder-auto"
L = "de-DE"
builder_project(c, display="Bahn oder Auto", locale=L, privacy="https://bahnoderauto.example.de/datenschutz",
                desc="Vergleicht Fahrzeit mit Bahn und Auto.",
                intents={"Vergleich": (["Bahn oder Auto nach ($ziel 'Köln' auto=false)", "wie komme ich schneller nach ($ziel 'Hamburg' auto=false)"], {"ziel": "ziel"})},
                types={"ziel": "synonym:\n  entities:\n    koeln:\n      synonyms:\n      - Köln\n    hamburg:\n      synonyms:\n      - Hamburg\n    muenchen:\n      synonyms:\n      - München\n"})
sh_gactions_scene(c, "tests/webhook.json", [
    G("Vergleich", "Bahn oder Auto nach Köln", "Nach Köln bist du mit dem ICE 20 Minuten schneller als mit dem Auto. Gute Reise!", end=True, params={"ziel": "koeln"}),
    G("actions.intent.CANCEL", "abbrechen", "Tschüss!", end=True),
], L)
label(c, [], L, ["gactions-scene"], "Geschlossener Zieltyp, Gespräch endet mit END_CONVERSATION.")

# ------------------------------------------------------------------ 92152 dialogflow fr-CA benign
c = "92152-rappel-pneus"
L = "fr-CA"
dialogflow_project(c, name="Rappel Pneus d'Hiver", locale=L, desc="Date limite des pneus d'hiver au Québec.",
                   intents={"date-limite": ([["quand dois-je poser mes pneus d'hiver"], ["date limite pneus"]], {}, ["Au Québec, les pneus d'hiver sont obligatoires du 1er décembre au 15 mars."])})
sh_dialogflow_webhook(c, "journaux", [
    G("date-limite", "quand dois-je poser mes pneus d'hiver", "Au Québec, les pneus d'hiver sont obligatoires du 1er décembre au 15 mars. Bonne route!", end=True),
], L, project="rappel-pneus-3d0c")
label(c, [], L, ["dialogflow-webhook"], "Information simple, aucune donnée demandée, conversation terminée.")
