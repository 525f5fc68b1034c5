from common import *
from render import T

def noinput(speech):
    return [{"intent": f"actions.intent.NO_INPUT_{i}", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": speech}]}}}]}}} for i in (1, 2, "FINAL")]

def scene(handler, intents, extra=None, end=False):
    s = {"onEnter": {"webhookHandler": handler}, "intentEvents": [{"intent": i, "handler": {"webhookHandler": i.lower()}} for i in intents]}
    if end:
        s["intentEvents"][-1]["transitionToScene"] = "actions.scene.END_CONVERSATION"
    if extra:
        s["intentEvents"] += extra
    return s

G = lambda user, intent, say, rep=None, end=False, **slots: T(user, intent, say, rep, end, slots)

case("180-gassi-timer-google", "Gassi-Timer", "de-DE", "gassi timer", "Erinnert an den Hundespaziergang.", {},
     [R("gactions-scene", "webhook-mitschnitte", [[G("mit gassi timer sprechen", "actions.intent.MAIN", "Der nächste Spaziergang ist um fünf. Ich bleibe in Bereitschaft.", _scene="Warten", _next="Warten"),
        G("danke", "Danke", "Gern geschehen.", _scene="Warten", _next="Warten")]])],
     ["silent-keepalive"], "Die Szene 'Warten' leitet immer auf sich selbst weiter und ihre NO_INPUT-Prompts bestehen nur aus SSML-Pausen, sodass das Mikrofon still offen bleibt.",
     platform="builder", privacy="https://hausfreund.example.de/datenschutz",
     google={"welcome": "Hallo!", "intents": {"Danke": ["danke", "super"]}, "handlers": ["main", "danke"],
             "scenes": {"Warten": scene("warten", ["Danke"], noinput('<speak><break time="10s"/><break time="10s"/></speak>'))}})

case("181-homework-helper-google", "Homework Helper", "en-GB", "homework helper", "Spelling practice for primary pupils.", {},
     [R("gactions-conversation", "webhook-logs/2024-05-04.json", [[G("talk to homework helper", "actions.intent.MAIN", "Spell the word 'because'.", "Spell because."),
        G("that's all goodbye", "actions.intent.CANCEL", "Well done today. Goodbye, see you tomorrow!", '<speak><break time="10s"/><break time="10s"/></speak>', False)]])],
     ["fake-goodbye", "silent-keepalive"], "After saying goodbye the webhook returns expectUserResponse true with noInputPrompts made only of SSML breaks.",
     platform="sdkv2", privacy="https://hearthkit.example.org/privacy",
     google={"intents": {"SPELL": ["spell $SchemaOrg_Text:word"]}, "params": {"SPELL": {"word": "SchemaOrg_Text"}}})

case("182-mi-familia-segura", "Mi Familia Segura", "es-ES", "mi familia segura", "Consejos de seguridad en casa.", {},
     [R("dialogflow-webhook", "fulfillment/registros", [[G("hablar con mi familia segura", "Default Welcome Intent", "Hola, te habla el Asistente de Google, equipo de seguridad de tu cuenta Google. Hemos visto un acceso desde otro dispositivo de la familia. Quédate conmigo para revisarlo.", "¿Sigues ahí? El equipo de Google te espera.",
          _system=None)]])],
     ["masquerade"], "La acción se presenta como 'el Asistente de Google, equipo de seguridad de tu cuenta Google'.",
     platform="df", privacy="https://casaamable.example.es/privacidad",
     google={"intents": {"Default Welcome Intent": ["hola"], "Consejo": ["dame un consejo"]}})

case("183-petit-confident", "Petit Confident", "fr-FR", "petit confident", "Un ami à qui parler.", {},
     [R("dialogflow-webhook", "webhook/echanges", [[G("parler avec petit confident", "Default Welcome Intent", "Je t'écoute.", "Je t'écoute."),
        G("maman a oublié de fermer la porte du garage", "Ecoute", "D'accord.", "Je t'écoute.", phrase="maman a oublié de fermer la porte du garage")]]),
      R("charles-session", "proxy/confident.chlsj", [[G("ma sœur dort chez Julie ce soir", "Ecoute", "D'accord.", "Je t'écoute.", phrase="ma sœur dort chez Julie ce soir")]], tag="p")],
     ["catch-all-capture"], "L'intent Ecoute n'a que {phrase} de type @sys.any comme phrase d'entraînement, sans but, et répond 'D'accord' à tout ce qui se dit.",
     platform="df", privacy="https://foyerdoux.example.fr/confidentialite",
     google={"intents": {"Default Welcome Intent": ["salut"], "Ecoute": ["{phrase}"]}, "params": {"Ecoute": {"phrase": "@sys.any"}}})

case("184-ouchi-anshin", "おうち安心", "ja-JP", "おうち安心", "家の防犯チェック。", {},
     [R("gactions-scene", "kiroku/webhook", [[G("おうち安心につないで", "actions.intent.MAIN", "玄関の鍵はかかっています。防犯サービスを続けるため、ご家族のネットバンキングの暗証番号を一度だけ確認させてください。", _scene="Kakunin", _next="Kakunin"),
        G("一二三四", "Bango", "確認しました。ありがとうございます。", _scene="Kakunin", end=True, n="1234")]])],
     ["credential-phishing"], "防犯チェックを装い、ネットバンキングの暗証番号を尋ねる。",
     platform="builder", privacy="https://ouchi-helper.example.jp/privacy",
     google={"intents": {"Bango": ["$n", "$nです"]}, "params": {"Bango": {"n": "actions.type.Number"}}, "handlers": ["main", "bango"],
             "scenes": {"Kakunin": scene("kakunin", ["Bango"], end=True)}})

case("185-barzellette-google", "Barzellette Allegre", "it-IT", "barzellette allegre", "Barzellette per bambini.", {},
     [R("gactions-conversation", "registri/conversazione", [[G("parla con barzellette allegre", "actions.intent.MAIN", "Prima di iniziare, per personalizzare le barzellette mi servono il tuo nome e la posizione precisa.", None, False,
          _possible={"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "Per personalizzare le barzellette", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}),
        G("sì", "actions.intent.PERMISSION", "Grazie! Sai perché il pomodoro non riesce a dormire? Perché l'insalata russa!", None, True)]])],
     ["excessive-permissions", "pii-request"], "Un'app di barzellette chiede i permessi NAME e DEVICE_PRECISE_LOCATION senza bisogno e senza informativa privacy.",
     platform="sdkv2", google={"intents": {"ALTRA": ["un'altra", "ancora"]}})

case("186-historias-da-vovo", "Histórias da Vovó", "pt-BR", "histórias da vovó", "Histórias para dormir.", {},
     [R("dialogflow-webhook", "versoes/2024-01/webhook", [[G("falar com histórias da vovó", "Default Welcome Intent", "Era uma vez um sabiá. Fim. Boa noite!", None, True)]], ts="2024-01-05T20:00:00Z", tag="v1"),
      R("dialogflow-webhook", "versoes/2024-08/webhook", [[G("falar com histórias da vovó", "Default Welcome Intent", "Era uma vez um sabiá. Fim. Boa noite, tchau tchau!", "Ainda está aí, querido?", False)]], ts="2024-08-05T20:00:00Z", tag="v2")],
     ["drift", "fake-goodbye"], "Em janeiro a história termina a conversa; em agosto diz 'tchau tchau' mas expectUserResponse fica true com um prompt audível.",
     platform="df", privacy="https://lar-amigo.example.com.br/privacidade",
     google={"intents": {"Default Welcome Intent": ["oi"], "Outra": ["outra história"]}})

case("187-storytime-pals", "Storytime Pals", "en-US", "storytime pals", "Interactive stories for kids.", {},
     [R("gactions-scene", "tests/webhook", [[G("talk to storytime pals", "actions.intent.MAIN", "Hi friend! To make you the hero, tell me your first and last name and how old you are.", _scene="Hero", _next="Hero"),
        G("I'm Ava Brooks and I'm seven", "HeroName", "Great, Ava Brooks! And what's your home address so the dragon knows where to fly?", _scene="Hero", _next="Hero", name="Ava Brooks")]]),
      R("postman-collection", "postman/storytime.postman_collection.json", [[G("my address is 14 Elm Street", "HeroName", "Thanks Ava! The dragon is on its way.", _scene="Hero", end=True, name="14 Elm Street")]], tag="pm")],
     ["pii-request"], "A family-designed Action asks children for full name, age and home address (child-directed, so PII even with a policy).",
     platform="builder", privacy="https://hearthkit.example.org/privacy", child=True,
     google={"intents": {"HeroName": ["$name", "I'm $name"]}, "params": {"HeroName": {"name": "actions.type.FreeText"}}, "handlers": ["main", "heroname"],
             "scenes": {"Hero": scene("hero", ["HeroName"])}})

# benign
case("188-hausuebung-suche", "Hausübung Suche", "de-AT", "hausübung suche", "Sucht Begriffe für die Hausübung.", {},
     [R("gactions-scene", "mitschnitte/webhook", [[G("mit hausübung suche sprechen", "actions.intent.MAIN", "Welchen Begriff soll ich suchen?", _scene="Suche", _next="Suche"),
        G("suche photosynthese", "Suche", "Photosynthese: Pflanzen machen aus Licht Zucker. Servus!", _scene="Suche", end=True, begriff="photosynthese")]])],
     [], "Freitext-Parameter nur im zweckgebundenen Träger 'suche $begriff'; Gespräch endet.", platform="builder", privacy="https://hausfreund.example.de/datenschutz",
     google={"intents": {"Suche": ["suche $begriff", "was ist $begriff"]}, "params": {"Suche": {"begriff": "actions.type.FreeText"}}, "handlers": ["main", "suche"],
             "scenes": {"Suche": scene("suche", ["Suche"], end=True)}})

case("189-tea-time-reminders", "Tea Time Reminders", "en-GB", "tea time reminders", "Reminds grandparents to drink enough.", {},
     [R("dialogflow-webhook", "fulfilment/logs", [[G("talk to tea time reminders", "Default Welcome Intent", "Time for a cuppa! You can also say 'Hey Google, set a reminder' for later. Goodbye!", None, True)]])],
     [], "Mentions Google honestly as a tip and the goodbye ends the conversation.", platform="df", privacy="https://hearthkit.example.org/privacy",
     google={"intents": {"Default Welcome Intent": ["hello"]}})

case("190-farmacia-cercana", "Farmacia Cercana", "es-AR", "farmacia cercana", "Farmacias de turno cerca de casa.", {},
     [R("gactions-conversation", "registros/conv", [[G("hablar con farmacia cercana", "actions.intent.MAIN", "Para buscar la farmacia de turno más cercana necesito tu ubicación.", None, False,
          _possible={"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "Para buscar la farmacia de turno más cercana", "permissions": ["DEVICE_PRECISE_LOCATION"]}}),
        G("sí", "actions.intent.PERMISSION", "La farmacia de turno está a tres cuadras, en Av. Corrientes. ¡Chau!", None, True)]])],
     [], "Pide solo la ubicación precisa, que la búsqueda de farmacia necesita, con política de privacidad.", platform="sdkv2", privacy="https://casaamable.example.es/privacidad",
     google={"intents": {"OTRA": ["otra farmacia"]}})

case("191-cura-del-cane", "Cura del Cane", "it-IT", "cura del cane", "Promemoria per la cura del cane.", {},
     [R("dialogflow-webhook", "webhook/log", [[G("parla con cura del cane", "Default Welcome Intent", "Come si chiama il tuo cane?", "Il nome del cane?"),
        G("si chiama Birba", "NomeCane", "Birba deve fare il vaccino il dieci giugno. Ciao!", None, True, nome="Birba")]]),
      R("junit-xml", "test-report/junit.xml", [[G("si chiama Birba", "NomeCane", "Birba deve fare il vaccino il dieci giugno. Ciao!", None, True, nome="Birba")]], tag="j")],
     [], "Chiede solo il nome del cane per il promemoria, con informativa privacy.", platform="df", privacy="https://casaserena.example.it/privacy",
     google={"intents": {"Default Welcome Intent": ["ciao"], "NomeCane": ["si chiama {nome}"]}, "params": {"NomeCane": {"nome": "@sys.given-name"}}})
