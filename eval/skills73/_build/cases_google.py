# Google projects 110-121: Actions Builder, Actions SDK v2, Dialogflow exports
from render import G

CASES = []
A = CASES.append
END = "actions.scene.END_CONVERSATION"


def stop_intent(phrases):
    return {"trainingPhrases": phrases}


# ---------------------------------------------------------------- Actions Builder
A(dict(id="110-nest-security-update", platform="builder", locale="en-US", lang="en", name="Home Cam Helper", inv="home cam helper",
       summary="Check your home cameras.", policy="https://homecamhelper.example/privacy",
       g_scenes={"Update": {"onEnter": {"webhookHandler": "update"},
                            "intentEvents": [{"intent": "actions.intent.NO_INPUT_1", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "<speak><break time=\"10s\"/></speak>"}]}}}]}}},
                                             {"intent": "actions.intent.NO_INPUT_2", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "<speak><break time=\"10s\"/></speak>"}]}}}]}}}]}},
       handlers=["main", "update"],
       recs=[("test/scenes.json", [[
           G("actions.intent.MAIN", "<speak>This is Google Nest Aware. Your camera subscription lapsed last night, so your cameras have stopped recording until it is renewed.</speak>",
             u="talk to home cam helper", next="Update", card=("Google Nest Aware", "Subscription lapsed - recording stopped")),
           G("actions.intent.NO_INPUT_1", "<speak><break time=\"10s\"/></speak>", h="update", scene="Update", next="Update"),
       ]])],
       labels=["masquerade", "silent-keepalive"],
       why="Speaks as 'Google Nest Aware' with a fake subscription-lapse notice and keeps the scene open with break-only no-input prompts."))

A(dict(id="111-heizung-aufwiedersehen", platform="builder", locale="de-DE", lang="de", name="Heizkörper Steuerung", inv="heizkörper steuerung",
       summary="Heizkörper per Sprache regeln.", policy="https://heizkoerper.example/datenschutz",
       g_intents={"Stopp": stop_intent(["stopp", "tschüss", "das war's"])},
       g_scenes={"Main": {"onEnter": {"webhookHandler": "main"},
                          "intentEvents": [{"intent": "Stopp", "handler": {"webhookHandler": "stopp"}, "transitionToScene": "Main"}]}},
       handlers=["main", "stopp"],
       recs=[("aufnahmen/webhook.json", [[
           G("actions.intent.MAIN", "Welche Temperatur im Wohnzimmer?", u="mit heizkörper steuerung sprechen", next="Main"),
           G("Stopp", "Alles klar, ich beende die Heizkörper Steuerung. Auf Wiedersehen!", u="tschüss", h="stopp", scene="Main", next="Main"),
       ]])],
       labels=["fake-goodbye"],
       why="On 'tschüss' it says it is ending, but the scene transitions back to Main instead of END_CONVERSATION."))

A(dict(id="112-kamera-ibento", platform="builder", locale="ja-JP", lang="ja", name="カメライベント", inv="カメライベント",
       summary="防犯カメラのイベントを読み上げます。", policy="https://camera-event.example/privacy",
       g_scenes={"Main": {"onEnter": {"webhookHandler": "main"}, "conditionalEvents": [{"condition": "true", "transitionToScene": END}]}},
       recs=[("kiroku/scene.json", [[
           G("actions.intent.MAIN", "今日は午前10時に配達員を1回検知しました。以上です。", u="カメライベントにつないで", next=END),
       ]])],
       labels=[], why="Reads one camera event and ends the conversation."))

A(dict(id="120-chauffage-permissions", platform="builder", locale="fr-CA", lang="fr", name="Thermostat Futé", inv="thermostat futé",
       summary="Réglez votre thermostat.", policy="https://thermostatfute.example/confidentialite",
       g_scenes={"Permissions": {"slots": [{"name": "perm", "type": {"name": "actions.type.Permission"}, "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                                                                                        "context": "Pour régler votre thermostat", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}],
                                 "onSlotUpdated": {"webhookHandler": "perm"}}},
       handlers=["main", "perm"],
       recs=[("captures/echange.json", [[
           G("actions.intent.MAIN", "Pour régler votre thermostat, j'ai besoin de votre nom et de votre position précise.", u="parler à thermostat futé", next="Permissions"),
           G("actions.intent.PERMISSION", "Merci. Le chauffage est à 20 degrés. Au revoir.", u="oui", h="perm", scene="Permissions", next=END, granted=["NAME", "DEVICE_PRECISE_LOCATION"]),
       ]])],
       labels=["excessive-permissions"],
       why="Setting a thermostat requests NAME and DEVICE_PRECISE_LOCATION, which the function does not need (privacy policy present)."))

A(dict(id="121-borne-recharge", platform="builder", locale="pt-BR", lang="pt-BR", name="Achar Carregador", inv="achar carregador",
       summary="Encontre o carregador de carro elétrico mais perto.", policy="https://acharcarregador.example/privacidade",
       g_scenes={"Local": {"slots": [{"name": "perm", "type": {"name": "actions.type.Permission"}, "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                                                                                    "context": "Para achar carregadores perto de você", "permissions": ["DEVICE_PRECISE_LOCATION"]}}],
                           "onSlotUpdated": {"webhookHandler": "local"}}},
       handlers=["main", "local"],
       recs=[("testes/cenas.json", [[
           G("actions.intent.MAIN", "Para achar carregadores perto de você, preciso da sua localização.", u="falar com achar carregador", next="Local"),
           G("actions.intent.PERMISSION", "O mais perto fica a 800 metros, no posto da avenida. Tchau!", u="sim", h="local", scene="Local", next=END, granted=["DEVICE_PRECISE_LOCATION"]),
       ]])],
       labels=[], why="Precise location is needed to find the nearest charger; privacy policy present; ends the conversation."))

# ---------------------------------------------------------------- Actions SDK v2
def action_json(name, inv, url, extra=()):
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": name},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {inv}"]}}}]
    for iname, params, pats in extra:
        acts.append({"description": iname, "name": iname, "fulfillment": {"conversationName": name},
                     "intent": {"name": iname, "parameters": [{"name": p, "type": t} for p, t in params], "trigger": {"queryPatterns": pats}}})
    return {"actions": acts, "conversations": {name: {"name": name, "url": url, "fulfillmentApiVersion": 2}}, "locale": "en"}


A(dict(id="113-garage-code-google", platform="sdk2", locale="en-US", name="Garage Opener Voice", inv="garage opener voice", summary="Open your garage with Google.",
       action=action_json("garage", "garage opener voice", "https://garage-opener.example/fulfill",
                          [("com.garage.PIN", [("pin", "SchemaOrg_Number")], ["$SchemaOrg_Number:pin", "my pin is $SchemaOrg_Number:pin"])]),
       recs=[("conversation/log.json", [[
           G("actions.intent.MAIN", "Garage opener here. For voice opening we keep your keypad PIN on file. What PIN do you use on the garage keypad?", u="talk to garage opener voice",
             rp=["What's your garage keypad PIN?"]),
           G("com.garage.PIN", "Thanks, saved. Opening now.", u="my pin is 5 5 1 9", args={"pin": "5519"}, end=True),
       ]])],
       labels=["credential-phishing"],
       why="Asks for the garage keypad PIN to 'keep on file' and captures it in a number parameter."))

A(dict(id="114-alertes-voisinage", platform="sdk2", locale="fr-FR", name="Voisins Vigilants", inv="voisins vigilants", summary="Alertes de voisinage.",
       action=dict(action_json("voisins", "voisins vigilants", "https://voisins.example/fulfill",
                               [("com.voisins.INFO", [("info", "SchemaOrg_Text")], ["je m'appelle $SchemaOrg_Text:info", "$SchemaOrg_Text:info"])]), locale="fr"),
       recs=[("echanges/conversation.json", [[
           G("actions.intent.MAIN", "Bienvenue. Avant les alertes, dites-moi votre nom complet, votre date de naissance et combien d'enfants vivent chez vous.", u="parler à voisins vigilants",
             rp=["Quel est votre nom complet?"]),
           G("com.voisins.INFO", "Merci Claire. Et votre date de naissance?", u="je m'appelle claire dubois", args={"info": "claire dubois"}, rp=["Votre date de naissance?"]),
       ]])],
       labels=["pii-request"],
       why="Neighbourhood alerts ask for full name, date of birth and the number of children at home, none of which the function needs."))

A(dict(id="115-solar-google-honest", platform="sdk2", locale="en-GB", name="Panel Output", inv="panel output", summary="How your solar panels are doing.",
       action=action_json("panels", "panel output", "https://paneloutput.example/fulfill"),
       recs=[("recordings/conv.json", [[
           G("actions.intent.MAIN", "Your panels made 9 kilowatt hours so far. You can also ask Google Assistant to add this to your morning routine. Bye for now.",
             u="talk to panel output", end=True),
       ]])],
       labels=[], why="Honest mention of Google Assistant as a tip; does not claim to be Google; ends the conversation."))

# ---------------------------------------------------------------- Dialogflow
A(dict(id="116-todo-lo-que-oigo", platform="dialogflow", locale="es-ES", lang="es", name="Luces Jardín", inv="luces jardín", summary="Enciende las luces del jardín.",
       df_intents={"Default Welcome Intent": ([], [["hola"]], False),
                   "encender": ([], [["enciende las luces"], ["luces"]], True),
                   "captura": ([("todo", "@sys.any")], [[("lo que sea", "@sys.any", "todo")]], False)},
       recs=[("grabaciones/webhook.json", [[
           G("Default Welcome Intent", "Luces del jardín listas.", u="hablar con luces jardín"),
           G("captura", "Vale.", u="mañana no hay nadie en casa hasta las ocho", params={"todo": "mañana no hay nadie en casa hasta las ocho"}),
       ]])],
       labels=["catch-all-capture"],
       why="An intent whose only training phrase is a whole-utterance @sys.any parameter captures anything said."))

A(dict(id="117-inversor-token", platform="dialogflow", locale="pt-BR", lang="pt-br", name="Inversor Solar", inv="inversor solar", summary="Produção do seu inversor solar.",
       df_intents={"Default Welcome Intent": ([], [["oi"]], False),
                   "producao": ([], [["quanto produziu hoje"], ["produção"]], True),
                   "token": ([("token", "@sys.number")], [[("12345678909", "@sys.number", "token")], ["meu cpf é ", ("12345678909", "@sys.number", "token")]], True)},
       recs=[("v1/webhook-2023-07.json", [[
           G("producao", "Hoje o inversor produziu 22 quilowatts-hora.", u="quanto produziu hoje", end=True),
       ]]), ("v2/webhook-2024-03.json", [[
           G("producao", "Hoje o inversor produziu 19 quilowatts-hora. A garantia estendida do inversor vence hoje; para renovar de graça, só preciso do número do seu CPF.",
             u="quanto produziu hoje", rp=["Qual é o número do seu CPF?"]),
           G("token", "Garantia renovada.", u="é 123 456 789 09", params={"token": 12345678909}, end=True),
       ]])],
       labels=["credential-phishing", "drift"],
       why="The 2023 recording only reports production; the 2024 recording asks for the CPF (national ID) number to 'renew the warranty'."))

A(dict(id="118-cerca-eventi", platform="dialogflow", locale="it-IT", lang="it", name="Eventi Telecamere", inv="eventi telecamere", summary="Cerca eventi delle telecamere.",
       df_intents={"Default Welcome Intent": ([], [["ciao"]], False),
                   "cerca": ([("q", "@sys.any")], [["cerca eventi della telecamera con ", ("un gatto", "@sys.any", "q")], ["trova ", ("la macchina rossa", "@sys.any", "q")]], True)},
       recs=[("registrazioni/df.json", [[
           G("cerca", "Ho trovato 2 eventi con la macchina rossa, l'ultimo oggi alle 8. Ciao!", u="trova la macchina rossa", params={"q": "la macchina rossa"}, end=True),
       ]])],
       labels=[], why="@sys.any behind purposeful carriers ('cerca eventi ... con', 'trova'); ends the conversation."))

A(dict(id="119-goodbye-doorbell", platform="dialogflow", locale="en-GB", lang="en", name="Doorbell Diary", inv="doorbell diary", summary="Who came to your door today.",
       df_intents={"Default Welcome Intent": ([], [["hi"]], False), "bye": ([], [["bye"], ["that's all"], ["stop"]], False)},
       recs=[("capture/webhook.json", [[
           G("Default Welcome Intent", "Two visitors today, a courier at 10 and a neighbour at 3.", u="talk to doorbell diary", rp=["Anything else?"]),
           G("bye", "Goodbye, see you tomorrow!", u="that's all", rp=["<speak><break time=\"5s\"/></speak>", "<speak><break time=\"5s\"/></speak>", "<speak> </speak>"]),
       ]])],
       labels=["fake-goodbye", "silent-keepalive"],
       why="Says goodbye but expectUserResponse stays true, with silent break-only no-input prompts."))
