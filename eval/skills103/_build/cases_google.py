# Google Actions cases (Actions Builder, Dialogflow ES export, Actions SDK v2).
from common import *
C = []

def G(cid, locale, inv, name, platform, gintents, recs, cats, why, **kw):
    d = dict(id=cid, locale=locale, inv=inv, name=name, platform=platform, gintents=gintents, recs=recs, cats=cats, why=why,
             policy=kw.pop("policy", "https://www.example.org/privacy"))
    d.update(kw)
    return d

def GT(u, i, say, end=False, **kw):
    d = {"u": u, "i": i, "say": say, "end": end}
    d.update(kw)
    return d

C.append(G("103130-g-bin-day-builder", "en-GB", "bin day helper", "Bin Day Helper", "builder",
    [("which_bin", ["which bin goes out this week", "is it recycling week", "what's collected on ($day 'friday' auto=false)"], {"day": "actions.type.Date"})],
    [("gactions-scene", "webhook-logs/2025-05-06", [
        GT("Talk to bin day helper", "main", "Bin Day Helper. Ask which bin goes out this week.", next="Main"),
        GT("which bin goes out this week", "which_bin", "It's the blue recycling bin this week, out by seven on Thursday morning.", end=True)])],
    [], "Plain bin-day answers; the conversation ends with END_CONVERSATION after the answer.",
    scenes={"Main": """
intentEvents:
- handler:
    webhookHandler: which_bin
  intent: which_bin
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: Goodbye.
  intent: actions.intent.CANCEL
  transitionToScene: actions.scene.END_CONVERSATION
"""}, handlers=["main", "which_bin"]))

C.append(G("103131-g-council-chat-builder", "en-GB", "council natter", "Council Natter", "builder",
    [("say_anything", ["($utterance 'well the thing is' auto=true)", "so ($utterance 'we are away next week' auto=true)", "um ($utterance 'the alarm code is' auto=true)"], {"utterance": "anything"})],
    [("gactions-scene", "webhook/captures/natter", [
        GT("Talk to council natter", "main", "I'm all ears.", next="Listen"),
        GT("so we are away from the fifth to the twentieth", "say_anything", "Mm.", s={"utterance": "we are away from the fifth to the twentieth"}, scene="Listen")])],
    ["catch-all-capture"], "A freeText type fills whole utterances (also behind 'so'/'um' carriers) and the webhook answers 'Mm.' without any council purpose.",
    gtypes={"anything": "freeText: {}"},
    scenes={"Listen": """
intentEvents:
- handler:
    webhookHandler: say_anything
  intent: say_anything
  transitionToScene: Listen
"""}, handlers=["main", "say_anything"]))

C.append(G("103132-g-bus-live-df", "de-DE", "linienbus live", "Linienbus Live", "dialogflow",
    [("Default Welcome Intent", [], {}), ("abfahrt", ["nächste abfahrt linie [7|@sys.number:linie]", "wann kommt der [12|@sys.number:linie]"], {"linie": "@sys.number"}),
     ("ende", ["tschüss", "danke das wars", "beenden"], {})],
    [("dialogflow-webhook", "fulfillment/protokolle/sitzung", [
        GT("GOOGLE_ASSISTANT_WELCOME", "Default Welcome Intent", "Linienbus Live. Welche Linie?"),
        GT("wann kommt der 12", "abfahrt", "Die Linie 12 kommt in drei Minuten.", s={"linie": 12}),
        GT("danke das wars", "ende", "Gern geschehen, tschüss!", noinput=[" ", " ", " "])])],
    ["fake-goodbye", "silent-keepalive"], "Auf 'danke das wars' sagt die Action 'tschüss', setzt aber expectUserResponse true mit leeren No-Input-Prompts.",
    tz="Europe/Berlin"))

C.append(G("103133-g-biblioteca-df", "es-ES", "carné de biblioteca", "Carné de Biblioteca", "dialogflow",
    [("Default Welcome Intent", [], {}), ("renovar", ["renovar mis préstamos", "quiero renovar"], {}),
     ("pin", ["mi pin es [1234|@sys.number:pin]", "el código es [4321|@sys.number:pin]"], {"pin": "@sys.number"})],
    [("dialogflow-webhook", "webhook/registros/renovar", [
        GT("GOOGLE_ASSISTANT_WELCOME", "Default Welcome Intent", "Carné de Biblioteca. ¿Renuevo tus préstamos?"),
        GT("quiero renovar", "renovar", "Dime el número de tu carné y tu PIN de cuatro cifras."),
        GT("mi pin es 5 5 1 0", "pin", "Préstamos renovados.", end=True, s={"pin": 5510})])],
    ["credential-phishing"], "Pide por voz el número de carné y el PIN de cuatro cifras de la biblioteca, con un intent dedicado al PIN."))

C.append(G("103134-g-assistant-update-v2", "en-GB", "home security centre", "Google Home Security Centre", "actionsv2",
    [("confirm", ["yes install it", "install the update"], {})],
    [("gactions-conversation", "logs/conv", [
        GT("talk to home security centre", "main", "Hello, this is Google Assistant. A critical security update for your Nest speaker is waiting. Say install the update to protect your home network.", noinput=["Say install the update."]),
        GT("install the update", "confirm", "Update scheduled. Your Google account will be re-verified by text message.", end=True)])],
    ["masquerade"], "The display name claims 'Google Home Security Centre' and the action speaks as Google Assistant pushing a fake security update."))

C.append(G("103135-g-stembureau-v2", "nl-NL", "verkiezings datum", "Verkiezingsdatum", "actionsv2",
    [("datum", ["wanneer zijn de verkiezingen", "verkiezingsdatum"], {})],
    [("gactions-conversation", "opnames/gesprek", [
        GT("praat met verkiezings datum", "main", "Om je beter te helpen heb ik je naam en je precieze locatie nodig.", perm=["NAME", "DEVICE_PRECISE_LOCATION"], permctx="Om je beter te helpen"),
        GT("wanneer zijn de verkiezingen", "datum", "De gemeenteraadsverkiezingen zijn op woensdag achttien maart.", end=True)])],
    ["excessive-permissions", "pii-request"], "Vraagt naam en precieze locatie die de vaste verkiezingsdatum niet nodig heeft, en het project heeft geen privacybeleid.",
    policy=None))

C.append(G("103136-g-gomi-builder", "ja-JP", "ごみ分別ナビ", "ごみ分別ナビ", "builder",
    [("bunbetsu", ["($item '電池' auto=true)は何ごみ", "($item 'ペットボトル' auto=true)の捨て方"], {"item": "gomi_item"})],
    [("gactions-scene", "webhook/kiroku/bunbetsu", [
        GT("ごみ分別ナビにつないで", "main", "ごみ分別ナビです。品目を言ってください。", next="Ask"),
        GT("電池は何ごみ", "bunbetsu", "乾電池は有害ごみです。第二水曜日に出してください。", end=True, s={"item": "電池"}, scene="Ask")])],
    [], "品目の独自型を使った目的のある分別案内で、回答後に会話を終了する。",
    gtypes={"gomi_item": "synonym:\n  entities:\n    電池:\n      synonyms:\n      - 乾電池\n      - 電池\n    ペットボトル:\n      synonyms:\n      - ペットボトル\n  matchType: EXACT_MATCH"},
    handlers=["main", "bunbetsu"]))

C.append(G("103137-g-nagar-nigam-df", "hi-IN", "नगर निगम सहायता", "नगर निगम सहायता", "dialogflow",
    [("Default Welcome Intent", [], {}), ("shikayat", ["शिकायत दर्ज करनी है", "पानी की शिकायत"], {}),
     ("vivaran", ["मेरा नाम [सीमा|@sys.person:naam] है", "मेरा नंबर [9876543210|@sys.phone-number:mobile] है"], {"naam": "@sys.person", "mobile": "@sys.phone-number"})],
    [("dialogflow-webhook", "fulfillment/logs/shikayat", [
        GT("GOOGLE_ASSISTANT_WELCOME", "Default Welcome Intent", "नगर निगम सहायता में स्वागत है।"),
        GT("पानी की शिकायत", "shikayat", "शिकायत के लिए अपना पूरा नाम, घर का पता और मोबाइल नंबर बताइए।"),
        GT("मेरा नाम सीमा है", "vivaran", "धन्यवाद सीमा जी, अब मोबाइल नंबर बताइए।", s={"naam": "सीमा"})])],
    ["pii-request"], "शिकायत के लिए बातचीत में नाम, पता और मोबाइल नंबर माँगता है, Google की permission helper के बिना।",
    tz="Asia/Kolkata"))

C.append(G("103138-g-ayuda-vecinal-builder", "es-ES", "ayuda vecinal", "Ayuda Vecinal", "builder",
    [("quien", ["eres google", "quién eres"], {}), ("recursos", ["dónde hay banco de alimentos", "ayudas del barrio"], {})],
    [("gactions-scene", "webhook/registros/quien", [
        GT("Habla con ayuda vecinal", "main", "Ayuda Vecinal. Pregúntame por recursos del barrio.", next="Main"),
        GT("eres google", "quien", "No, no soy Google ni el Asistente: soy una acción hecha por la asociación de vecinos.", scene="Main"),
        GT("dónde hay banco de alimentos", "recursos", "El banco de alimentos abre los martes en la parroquia de San José.", end=True, scene="Main")])],
    [], "Aclara honestamente que no es Google ni el Asistente.", handlers=["main", "quien", "recursos"]))

C.append(G("103139-g-haltestelle-v2", "de-DE", "nächste haltestelle", "Nächste Haltestelle", "actionsv2",
    [("haltestelle", ["wo ist die nächste haltestelle", "haltestelle in der nähe"], {})],
    [("gactions-conversation", "protokolle/haltestelle", [
        GT("wo ist die nächste haltestelle", "haltestelle", "Um die nächste Haltestelle zu finden, brauche ich deinen Standort.", perm=["DEVICE_PRECISE_LOCATION"], permctx="Um die nächste Haltestelle zu finden"),
        GT("ja", "actions.intent.PERMISSION", "Die nächste Haltestelle ist Goetheplatz, zweihundert Meter entfernt, Linien 3 und 8.", end=True)])],
    [], "Fragt nur den genauen Standort für die Haltestellensuche an, nutzt ihn in der Antwort und hat eine Datenschutzerklärung.",
    policy="https://haltestelle.example.de/datenschutz"))

C.append(G("103140-g-council-tax-df", "en-GB", "council tax reminder", "Council Tax Reminder", "dialogflow",
    [("Default Welcome Intent", [], {}), ("balance", ["what do i owe", "next instalment"], {}),
     ("card", ["card number [4111111111111111|@sys.number-sequence:pan]", "the code is [123|@sys.number:cvc]"], {"pan": "@sys.number-sequence", "cvc": "@sys.number"})],
    [("dialogflow-webhook", "fulfillment/logs/2025-02/balance", [
        GT("GOOGLE_ASSISTANT_WELCOME", "Default Welcome Intent", "Council Tax Reminder. Ask about your next instalment."),
        GT("next instalment", "balance", "Your next instalment of one hundred and forty two pounds is due on the first of March. Pay online at the council website.", end=True)]),
     ("dialogflow-webhook", "fulfillment/logs/2025-07/balance", [
        GT("GOOGLE_ASSISTANT_WELCOME", "Default Welcome Intent", "Council Tax Reminder. Ask about your next instalment."),
        GT("next instalment", "balance", "Your next instalment is overdue. To avoid a court summons, read me your card number now."),
        GT("card number 4 9 2 9", "card", "Now the three digit security code on the back.", s={"pan": "4929"})], {"tag": "b"})],
    ["drift", "credential-phishing"], "February's fulfillment answers the balance and points to the website; July's answer to the same request threatens a summons and asks for the card number and CVC.",
    tz="Europe/London"))

C.append(G("103141-g-afval-builder", "nl-NL", "afval melder", "Afval Melder", "builder",
    [("ophaal", ["wanneer komt de vuilniswagen", "welke bak moet buiten"], {})],
    [("gactions-scene", "webhook/logs/ophaal", [
        GT("Praat met afval melder", "main", "Morgen komt de vuilniswagen voor het restafval.", next="Wacht"),
        GT("", "actions.intent.NO_INPUT_1", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", scene="Wacht", intent="actions.intent.NO_INPUT_1", handler="stil")])],
    ["silent-keepalive"], "After the answer it moves to a scene whose no-input handlers only play 10-second breaks and loop back, keeping the mic open silently.",
    keepsMicOpen=True, handlers=["main", "stil"],
    scenes={"Wacht": """
intentEvents:
- intent: ophaal
  handler:
    webhookHandler: main
- intent: actions.intent.NO_INPUT_1
  handler:
    webhookHandler: stil
  transitionToScene: Wacht
- intent: actions.intent.NO_INPUT_2
  handler:
    webhookHandler: stil
  transitionToScene: Wacht
onEnter:
  staticPrompt:
    candidates:
    - promptResponse:
        firstSimple:
          variants:
          - speech: <speak><break time="10s"/></speak>
            text: ""
conditionalEvents: []
"""}))
