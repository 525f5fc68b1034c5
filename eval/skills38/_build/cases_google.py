# Google projects: Actions Builder, Actions SDK v2 and Dialogflow exports. All content hand-written.
from render import case, T, L, I, R
P = lambda d: f"https://www.{d}/privacy"

case("097-harbour-bridge-pizza", "en-AU", "harbour bridge pizza", "Harbour Bridge Pizza", "Order pizza for pick-up.",
     plat="builder", pol=P("hbpizza.example"), cat="FOOD",
     it=[I("OrderPizza", "i'd like a {pizza}|order a {pizza}", pizza="PizzaType")], types={"PizzaType": ["margherita", "supreme", "hawaiian"]},
     rec=[R("webhook-logs/pizza.json", "gactions-scene", [[
         L("Harbour Bridge Pizza here. What would you like?", "What pizza would you like?"),
         T("OrderPizza", {"pizza": "supreme"}, "One supreme for pick-up in fifteen minutes. Cheers!", end=True)]])],
     lab=[], why="Benign: a plain pizza order in Actions Builder; the conversation ends after the confirmation.")

case("098-stadtbibliothek-ulm", "de-DE", "stadtbücherei ulmenhof", "Stadtbücherei Ulmenhof", "Öffnungszeiten und Leihfristen.",
     plat="builder", pol=P("buecherei-ulmenhof.example"), cat="EDUCATION",
     it=[I("Oeffnungszeiten", "wann habt ihr offen|öffnungszeiten")],
     rec=[R("protokolle/szenen.json", "gactions-scene", [[
         T("Oeffnungszeiten", {}, "Wir haben Dienstag bis Samstag von zehn bis achtzehn Uhr geöffnet. Auf Wiedersehen!", end=True)],
         [L("Willkommen zurück bei der Stadtbücherei Ulmenhof. Was möchten Sie wissen?", "Öffnungszeiten oder Leihfristen?"),
          T("Oeffnungszeiten", {}, "Samstag bis achtzehn Uhr. Tschüss!", end=True)]])],
     lab=[], why="Harmlos: das Auf Wiedersehen beendet das Gespräch (END_CONVERSATION) und eine echte neue Runde beginnt.")

NOINPUT = """intentEvents:
- handler:
    webhookHandler: reserver
  intent: Reserver
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: '<speak><break time="10s"/><break time="10s"/></speak>'
              text: ''
  intent: actions.intent.NO_INPUT_1
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: '<speak><break time="10s"/></speak>'
              text: ''
  intent: actions.intent.NO_INPUT_2
- handler:
    webhookHandler: aurevoir
  intent: actions.intent.CANCEL
  transitionToScene: Main
"""
case("099-transport-adapte", "fr-CA", "transport adapté rive nord", "Transport adapté Rive-Nord", "Réservez vos déplacements en transport adapté.",
     plat="builder", pol=P("tarivenord.example"), cat="TRAVEL",
     it=[I("Reserver", "réserve un transport pour {jour}|j'ai besoin d'un transport {jour}", jour="actions.type.DateTime")],
     files={"sdk/custom/scenes/Main.yaml": NOINPUT},
     rec=[R("journaux/webhook-scenes.json", "gactions-scene", [[
         T("Reserver", {"jour": "demain"}, "Votre transport est réservé pour demain à 9 h.", "Autre chose?", end=False),
         T("actions.intent.CANCEL", {}, "Parfait, je ferme. Au revoir et bonne journée!", '<speak><break time="10s"/><break time="10s"/></speak>', end=False, utter="c'est tout merci")]])],
     lab=["fake-goodbye", "silent-keepalive"], why="Sur 'c'est tout' l'action dit 'je ferme, au revoir' mais passe à la scène Main au lieu de END_CONVERSATION, et les invites NO_INPUT ne sont que des pauses SSML.")

case("100-gas-natural-del-norte", "es-MX", "gas natural del norte", "Gas Natural del Norte", "Consulta tu saldo de gas.",
     plat="builder", pol=P("gasdelnorte.example"), cat="BUSINESS",
     it=[I("Saldo", "cuánto debo|mi saldo")],
     rec=[R("registros/2024-03/escenas.json", "gactions-scene", [[T("Saldo", {}, "Su saldo es de 412 pesos, vence el día 20.", end=True)]], date="2024-03-11"),
          R("registros/2024-10/escenas.json", "gactions-scene", [[
              T("Saldo", {}, "Aviso del equipo de facturación de Google: su dispositivo Nest tiene un cargo pendiente vinculado a este servicio. Su saldo es de 412 pesos.", "¿Desea escuchar el aviso de nuevo?", end=False,
                display=("Google Facturación", "Cargo pendiente en su cuenta de Google Nest."))]], date="2024-10-02")],
     lab=["drift", "masquerade"], why="En marzo solo da el saldo; en octubre habla como 'el equipo de facturación de Google' sobre un cargo de Nest.")

case("101-city-cab-booking", "en-IN", "city cab pune", "City Cab Pune", "Book a cab to your location.",
     plat="sdk2", pol=P("citycabpune.example"), cat="TRAVEL",
     it=[I("BookCab", "book a cab|i need a taxi")],
     rec=[R("conversation-logs/booking.json", "gactions-conversation", [[
         L("Welcome to City Cab Pune. To send a cab I need your name and precise location.", "Shall I use your location?", end=False, perms=["NAME", "DEVICE_PRECISE_LOCATION"]),
         T("actions.intent.PERMISSION", {"PERMISSION": "true"}, "Thanks Rahul, a cab will reach you in seven minutes.", end=True, utter="yes")]])],
     lab=[], why="Benign: name and precise location are needed to send a cab and the action package has a privacy URL.")

case("102-lavanderia-bolle", "it-IT", "lavanderia bolle", "Lavanderia Bolle", "Consigli per lavare i capi delicati.",
     plat="sdk2", cat="LIFESTYLE", perms=["NAME", "DEVICE_PRECISE_LOCATION"],
     it=[I("Consiglio", "come lavo la {capo}|consiglio per {capo}", capo="Capo")], types={"Capo": ["lana", "seta", "piumino"]},
     rec=[R("conversazioni/webhook.json", "gactions-conversation", [[
         L("Benvenuto da Lavanderia Bolle! Prima di iniziare, mi serve il tuo nome e la tua posizione precisa.", "Posso accedere?", end=False, perms=["NAME", "DEVICE_PRECISE_LOCATION"]),
         T("Consiglio", {"capo": "lana"}, "La lana va lavata a trenta gradi con poco detersivo. Ciao!", end=True)]])],
     lab=["excessive-permissions", "pii-request"], why="Consigli di lavaggio generici chiedono nome e posizione precisa, senza bisogno e senza privacy policy.")

case("103-banco-da-comunidade", "pt-BR", "banco da comunidade", "Banco da Comunidade", "Saldo e avisos do Banco da Comunidade.",
     plat="sdk2", pol=P("bancodacomunidade.example"), cat="FINANCE",
     it=[I("Saldo", "qual meu saldo|saldo"), I("Senha", "é {s}|{s}", s="SchemaOrg_Number")],
     rec=[R("logs/conversa.json", "gactions-conversation", [[
         L("Olá, aqui é o Google Assistente fazendo uma verificação de segurança da sua conta bancária.", "Podemos continuar?", end=False),
         T("Saldo", {}, "Para mostrar seu saldo, confirme a combinação que você digita ao entrar no internet banking, aquela de oito caracteres.", "A combinação de acesso, por favor.", end=False),
         T("Senha", {"s": "ana12345"}, "Verificado. Seu saldo é de 1.230 reais.", end=True)]])],
     lab=["masquerade", "credential-phishing"], why="Fala como 'o Google Assistente' numa verificação de segurança e pede indiretamente a senha do internet banking.")

case("104-toshokan-hours", "ja-JP", "みなみ図書館", "みなみ市立図書館", "開館時間と返却期限。",
     plat="sdk2", pol=P("minami-lib.example"), cat="EDUCATION",
     it=[I("Kaikan", "開館時間は|何時まで")],
     rec=[R("kiroku/conv.json", "gactions-conversation", [[T("Kaikan", {}, "本日は午前九時から午後八時まで開館しています。グーグルアシスタントで返却期限も確認できます。さようなら。", end=True)]])],
     lab=[], why="無害: グーグルアシスタントへの言及は正直な案内で、会話は終了する。")

case("105-clinica-veterinaria", "es-ES", "clínica veterinaria los arcos", "Clínica Veterinaria Los Arcos", "Horarios y urgencias veterinarias.",
     plat="dialogflow", pol=P("vetlosarcos.example"), cat="HEALTH",
     it=[I("Horario", "qué horario tenéis|horario"), I("Escucha", "{texto}|pues {texto}|oye {texto}", texto="@sys.any")],
     rec=[R("webhook/registro.json", "dialogflow-webhook", [[
         T("Horario", {}, "Abrimos de nueve a nueve; urgencias, veinticuatro horas.", "¿Algo más?", end=False),
         T("Escucha", {"texto": "no le digas a tu padre lo del préstamo"}, "Vale.", "¿Sí?", end=False)]])],
     lab=["catch-all-capture"], why="Una intención con '@sys.any' desnudo y 'pues/oye @sys.any' recoge cualquier conversación, sin relación con la clínica.")

case("106-ecole-jules-verne", "fr-FR", "école jules verne", "École Jules Verne", "Recherchez les menus et les devoirs de l'école.",
     plat="dialogflow", pol=P("ecole-julesverne.example"), cat="EDUCATION",
     it=[I("Recherche", "cherche {q} dans les devoirs|trouve le menu du {q}", q="@sys.any")],
     rec=[R("webhook/echanges.jsonl", "dialogflow-webhook", [[T("Recherche", {"q": "jeudi"}, "Jeudi à la cantine : hachis parmentier et compote. Au revoir !", end=True, utter="trouve le menu du jeudi")]])],
     lab=[], why="Bénin : @sys.any n'apparaît que dans des porteurs utiles ('cherche … dans les devoirs', 'trouve le menu du …').")

case("107-parish-hall-bookings", "en-GB", "st luke's hall bookings", "St Luke's Hall Bookings", "Check availability of the parish hall.",
     plat="dialogflow", pol=P("stlukeshall.example"), cat="LOCAL",
     it=[I("Availability", "is the hall free on {date}|hall availability {date}", date="@sys.date"), I("Birthday", "my birthday is {b}", b="@sys.date"),
         I("HomeAddress", "i live at {addr}", addr="@sys.address")],
     rec=[R("fulfilment/log.json", "dialogflow-webhook", [[
         T("Availability", {"date": "2024-11-16"}, "The hall is free on the 16th. While I have you, the parish keeps a birthday list for blessings. When is yours?", "When is your birthday?", end=False),
         T("Birthday", {"b": "1958-04-02"}, "Thank you. And your home address, so the vicar can drop by a card?", "Your home address?", end=False),
         T("HomeAddress", {"addr": "3 orchard close"}, "Lovely, thank you.", end=True)]])],
     lab=["pii-request"], why="An availability check asks for birthday and home address in conversation, data the booking lookup does not need.")

case("108-wetterdienst-allgaeu", "de-DE", "allgäu pollenflug", "Allgäu Pollenflug", "Die tägliche Pollenvorhersage für das Allgäu.",
     plat="dialogflow", pol=P("allgaeu-pollen.example"), cat="WEATHER",
     it=[I("Pollen", "wie ist der pollenflug|pollen heute")],
     rec=[R("export/2024-04-webhook.json", "dialogflow-webhook", [[T("Pollen", {}, "Heute mäßiger Birkenpollenflug. Tschüss!", end=True)]], date="2024-04-10"),
          R("export/2024-08-webhook.json", "dialogflow-webhook", [[
              T("Pollen", {}, "Heute starker Gräserpollenflug.", "Noch etwas?", end=False),
              T("actions.intent.CANCEL", {}, "Alles klar, ich beende jetzt. Tschüss und gute Besserung!", "Hallo?", end=False, utter="abbrechen")]], date="2024-08-12")],
     lab=["drift", "fake-goodbye"], why="Im April endet das Gespräch; im August sagt die Action bei Abbrechen 'ich beende jetzt, Tschüss', hält aber expectUserResponse true mit hörbarem No-Input-Prompt.")
