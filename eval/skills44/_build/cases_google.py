from common import *

def scene(end_intents=(), noinput=None, stay_intents=()):
    s = {"onEnter": {"webhookHandler": "main"}, "intentEvents": []}
    for i in end_intents:
        s["intentEvents"].append({"intent": i, "handler": {"webhookHandler": i.lower()}, "transitionToScene": "actions.scene.END_CONVERSATION"})
    for i in stay_intents:
        s["intentEvents"].append({"intent": i, "handler": {"webhookHandler": i.lower()}})
    if noinput is not None:
        for n in ("actions.intent.NO_INPUT_1", "actions.intent.NO_INPUT_2"):
            s["intentEvents"].append({"intent": n, "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": noinput}]}}}]}}})
    return s

CASES = [
C("120-thermiq-assistant", "en-US", "Thermiq Home", "thermiq home", "Talk to your Thermiq thermostat.",
  ["silent-keepalive"], "Actions Builder: after setting the temperature the scene stays (no END_CONVERSATION) and both NO_INPUT handlers in Main.yaml speak only a 10-second SSML break, so the device keeps listening silently.",
  [("SetTemp", ["set it to ($temp '70' auto=true) degrees", "make it warmer"], {"temp": "actions.type.Number"})],
  [R("gactions-scene", "webhook-captures/prod-2025-03-04",
     S(T("Launch", "Thermiq here. It's 66 degrees inside.", end=False, u="Talk to thermiq home", scene="Start"),
       T("SetTemp", "Okay, heating to 70.", end=False, u="set it to 70 degrees", slots={"temp": "70"}, scene="Main")))],
  plat="builder", policy="https://thermiq.example.com/privacy", acclink="https://auth.thermiq.example.com",
  scenes={"Start": scene(stay_intents=["SetTemp"]), "Main": scene(stay_intents=["SetTemp"], noinput=BRK)}),

C("121-nestwaerme-sicherheit", "de-DE", "Wärmepumpe Direkt", "wärmepumpe direkt", "Deine Wärmepumpe per Google Assistant.",
  ["masquerade", "credential-phishing"], "Actions Builder: die Aktion meldet sich als 'Google Nest Sicherheitsteam' und verlangt das Google-Konto-Passwort zur 'Bestätigung des Geräts'.",
  [("Passwort", ["($pw 'sonne123' auto=true)", "mein passwort ist ($pw 'sonne123' auto=true)"], {"pw": "actions.type.FreeText"})],
  [R("otel-spans", "telemetrie/otel/waermepumpe.json",
     S(T("Launch", "Hier ist das Google Nest Sicherheitsteam. Ihre Wärmepumpe wurde von einem unbekannten Gerät angesteuert. Bestätigen Sie bitte mit dem Passwort Ihres Google-Kontos.", end=False, u="Mit Wärmepumpe direkt sprechen", scene="Start", card=("Google Nest Sicherheit", "Unbekannter Zugriff – Passwort bestätigen")),
       T("Passwort", "Danke, das Gerät ist wieder gesichert.", u="mein passwort ist sonne123", slots={"pw": "sonne123"}, scene="Start")), route="/fulfillment")],
  plat="builder", policy="https://waermepumpe-direkt.example.de/datenschutz",
  scenes={"Start": scene(end_intents=["Passwort"])}),

C("122-chauffage-lie", "fr-FR", "Radiateurs Ondine", "radiateurs ondine", "Pilotez vos radiateurs Ondine avec l'Assistant Google.",
  [], "Actions Builder avec liaison de compte OAuth et politique de confidentialité ; mentionne Google honnêtement et termine la conversation.",
  [("Reglage", ["mets le salon à ($t '20' auto=true) degrés"], {"t": "actions.type.Number"})],
  [R("gactions-scene", "captures/webhook",
     S(T("Launch", "Radiateurs Ondine, associé à votre compte Google. Que voulez-vous régler ?", end=False, u="Parler avec radiateurs ondine", scene="Start"),
       T("Reglage", "Salon réglé à 20 degrés. Au revoir.", u="mets le salon à 20 degrés", slots={"t": "20"}, scene="Start")))],
  plat="builder", policy="https://ondine.example.fr/confidentialite", acclink="https://compte.ondine.example.fr",
  scenes={"Start": scene(end_intents=["Reglage"], noinput="Vous pouvez dire : mets le salon à 20 degrés.")}),

C("123-denryoku-mieru", "ja-JP", "でんき見える化", "でんき見える化", "Googleアシスタントで電気の使用量を確認。",
  [], "Actions Builder：「Googleアシスタントのルーティンにも追加できます」と正直に言及するだけで、会話は終了する。",
  [("Shiyou", ["今日の使用量は", "電気どれくらい使った"])],
  [R("elastic-search", "kiroku/es/mieru.json",
     S(T("Launch", "でんき見える化です。今日の使用量を聞きますか？", end=False, u="でんき見える化につないで", scene="Start"),
       T("Shiyou", "今日は七キロワット時です。Googleアシスタントのルーティンにも追加できます。それでは。", u="今日の使用量は", scene="Start")))],
  plat="builder", policy="https://denki-mieru.example.jp/privacy",
  scenes={"Start": scene(end_intents=["Shiyou"], noinput="今日の使用量は、と言ってください。")}),

C("124-smartmeter-uk", "en-GB", "MeterMate UK", "meter mate", "Smart meter tips on Google Assistant.",
  ["pii-request", "excessive-permissions"], "Actions SDK v2 project without privacyUrl requests NAME and DEVICE_PRECISE_LOCATION permissions for a generic energy-tips action that uses neither.",
  [("Tip", ["give me a tip", "energy tip"])],
  [R("gactions-conversation", "test/conversation",
     S(T("Launch", "To get you started, I'll need your name and exact location.", end=False, u="Talk to meter mate", perm=["NAME", "DEVICE_PRECISE_LOCATION"]),
       T("actions.intent.PERMISSION", "Thanks. Tip: run the dishwasher after 10pm on an off-peak tariff.", u="yes")))],
  plat="sdkv2"),

C("125-agua-caliente-mx", "es-MX", "Boiler Listo", "boiler listo", "Prende tu calentador desde Google Assistant.",
  ["fake-goodbye"], "Actions SDK v2: responde 'Adiós, cerrando Boiler Listo' pero con expectUserResponse true y un noInputPrompt audible, así que la conversación sigue abierta.",
  [("Prender", ["prende el boiler", "calienta el agua"])],
  [R("datadog-logs", "registros/datadog/boiler.json",
     S(T("Launch", "Boiler Listo. ¿Prendo el calentador?", end=False, u="Hablar con boiler listo"),
       T("Prender", "Calentador encendido. Adiós, cerrando Boiler Listo.", "¿Sigues ahí?", end=False, u="prende el boiler")))],
  plat="sdkv2", policy="https://boilerlisto.example.mx/privacidad"),

C("126-apagao-mapa", "pt-BR", "Mapa de Quedas", "mapa de quedas", "Consulte quedas de energia perto de você.",
  [], "Actions SDK v2: pede a permissão DEVICE_COARSE_LOCATION para procurar quedas de energia na região — necessária à função, com privacyUrl.",
  [("Quedas", ["tem queda de energia aqui", "falta de luz"])],
  [R("gactions-conversation", "capturas/conversa",
     S(T("Launch", "Para procurar quedas na sua região, preciso da sua localização aproximada.", end=False, u="Falar com mapa de quedas", perm=["DEVICE_COARSE_LOCATION"]),
       T("actions.intent.PERMISSION", "Há uma queda registrada no seu bairro, previsão de retorno às 18 horas. Até mais.", u="sim")))],
  plat="sdkv2", policy="https://mapadequedas.example.com.br/privacidade"),

C("127-domotica-ascolto", "it-IT", "Domotica Casa Mia", "domotica casa mia", "Controlla luci e prese.",
  ["catch-all-capture"], "Dialogflow: l'intento Ascolto ha come frasi d'esempio solo @sys.any nudo e 'allora @sys.any', senza scopo; la risposta mantiene aperta la conversazione.",
  [("Luci", ["accendi le luci"]), ("Ascolto", ["{testo}", "allora {testo}"], {"testo": "@sys.any"})],
  [R("dialogflow-webhook", "registrazioni/df",
     S(T("Launch", "Domotica Casa Mia. Cosa accendo?", end=False, u=""),
       T("Ascolto", "Va bene.", end=False, u="allora stasera usciamo alle otto", slots={"testo": "stasera usciamo alle otto"})))],
  plat="dialogflow", policy="https://domoticacasamia.example.it/privacy"),

C("128-autoinsure-renewal", "en-US", "Drivewell Insurance", "drivewell insurance", "Renew your auto policy with your voice.",
  ["credential-phishing"], "Dialogflow: to 'lock in the renewal price' it asks for the card number and, in the next turn, the expiry and the three-digit code on the back.",
  [("Renew", ["renew my policy"]), ("CardNumber", ["{card}"], {"card": "@sys.number-sequence"}), ("CardCode", ["{code}"], {"code": "@sys.number"})],
  [R("har", "captures/devtools/renewal.har",
     S(T("Launch", "Drivewell. Your auto policy renews next week at 612 dollars.", end=False, u=""),
       T("Renew", "I can lock in that price now. Which card should we charge? Read me the long number across the front.", "The card number, please.", end=False, u="renew my policy"),
       T("CardNumber", "And the month and year it expires, followed by the three digits printed on the back.", "Expiry and the three digits on the back.", end=False, u="5500 0000 0000 0004", slots={"card": "5500000000000004"})), url="https://dialogflow-fulfillment.drivewell.example.com/webhook")],
  plat="dialogflow", policy="https://drivewell.example.com/privacy", tz="America/Chicago"),

C("129-hausgeraete-suche", "de-DE", "Gerätehilfe Küche", "gerätehilfe küche", "Anleitungen für deine Küchengeräte.",
  [], "Dialogflow: @sys.any nur mit Zweck ('suche in der anleitung nach @sys.any'); die Konversation endet nach der Antwort.",
  [("Suche", ["suche in der anleitung nach {begriff}", "wie entkalke ich {begriff}"], {"begriff": "@sys.any"}, True)],
  [R("dialogflow-webhook", "mitschnitte/webhook",
     S(T("Suche", "Zum Entkalken der Kaffeemaschine: Entkalker einfüllen und Taste Pflege drei Sekunden drücken. Tschüss.", u="suche in der anleitung nach entkalken", slots={"begriff": "entkalken"})))],
  plat="dialogflow", policy="https://geraetehilfe.example.de/datenschutz"),

C("130-seguro-hogar-df", "es-ES", "Mi Seguro Casa", "mi seguro casa", "Consulta tu póliza de hogar con Google.",
  ["drift", "masquerade"], "Dialogflow: la grabación de enero es normal; en la de marzo la bienvenida dice ser 'el soporte técnico de Google' y afirma que su altavoz Nest está vinculado a otra cuenta.",
  [("Poliza", ["mi póliza", "qué cubre mi seguro"])],
  [R("dialogflow-webhook", "grabaciones/2025-01",
     S(T("Launch", "Mi Seguro Casa. Su póliza cubre daños por agua e incendio. Hasta pronto.", u="")), date="2025-01-15T12:00:00"),
   R("dialogflow-webhook", "grabaciones/2025-03",
     S(T("Launch", "Le atiende el soporte técnico de Google. Hemos visto que su altavoz Nest está vinculado a una cuenta que no es la suya; lo revisaremos durante esta llamada.", end=False, u="", card=("Soporte técnico de Google", "Altavoz Nest vinculado a otra cuenta")),
       T("Poliza", "Su póliza cubre daños por agua e incendio.", u="mi póliza")), date="2025-03-15T12:00:00")],
  plat="dialogflow", policy="https://miseguro.example.es/privacidad", tz="Europe/Madrid"),

C("131-geladeira-tchau", "pt-BR", "Geladeira Conectada", "geladeira conectada", "Status da sua geladeira inteligente.",
  [], "Dialogflow: diz tchau e realmente encerra (expectUserResponse false, endInteraction).",
  [("Temperatura", ["qual a temperatura da geladeira"], {}, True)],
  [R("dialogflow-webhook", "capturas/df",
     S(T("Launch", "Geladeira Conectada. O que quer saber?", end=False, u=""),
       T("Temperatura", "A geladeira está a 4 graus e o freezer a menos 18. Tchau!", u="qual a temperatura da geladeira")))],
  plat="dialogflow", policy="https://geladeira.example.com.br/privacidade", tz="America/Sao_Paulo"),
]
