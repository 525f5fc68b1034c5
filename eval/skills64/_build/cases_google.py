# Google projects 100-112 (Actions Builder, Actions SDK v2, Dialogflow export). All content hand-written.
from render import G

SILENT_NOINPUT_SCENE = """onEnter:
  webhookHandler: {enter}
intentEvents:
{events}- intent: actions.intent.NO_INPUT_1
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: {silent}
- intent: actions.intent.NO_INPUT_FINAL
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: {silent}
  transitionToScene: {scene}
"""


def ev(intent, handler, to):
    return f"- intent: {intent}\n  handler:\n    webhookHandler: {handler}\n  transitionToScene: {to}\n"


CASES = [
dict(id="100-g-hotel-lobby-concierge", kind="builder", loc="en-US", inv="lobby concierge", name="Lobby Concierge",
     desc="Ask the Maplewood Hotel concierge for towels, late checkout or a taxi.", policy="https://maplewoodhotel.example.com/privacy",
     handlers=["main", "request", "room"], first_scene="Desk",
     g_intents=[("request", ["I need ($item 'towels' auto=true)", "can I get ($item 'late checkout' auto=true)"], {"item": "ServiceItem"}),
                ("room", ["room ($room '1204' auto=true)", "I'm in ($room '512' auto=true)"], {"room": "actions.type.Number"})],
     g_types={"ServiceItem": ["towels", "late checkout", "a taxi", "extra pillows"]},
     scenes={"Desk": ev("request", "request", "Desk") + ev("room", "room", "actions.scene.END_CONVERSATION")},
     recs=[("gactions-scene", "webhook/test/turn{n}__{kind}.json", [[
         G("actions.intent.MAIN", "Talk to Lobby Concierge", "Maplewood front desk. What can we bring you?"),
         G("request", "I need towels", "Of course. Which room number should we bring them to?", params={"item": "towels"}),
         G("room", "room 1204", "Fresh towels are on their way to room 1204. Goodbye.", expect=False, params={"room": 1204}),
     ]])],
     cats=[],
     why="Benign: the room number is needed to deliver towels, a privacy policy is set and the conversation ends."),

dict(id="101-g-flight-desk-helper", kind="builder", loc="en-GB", inv="flight desk helper", name="Flight Desk Helper",
     desc="Check-in reminders for your flights.", handlers=["main", "passport", "done"], first_scene="CheckIn",
     g_intents=[("passport", ["it's ($num '533401982' auto=true)", "($num '120044931' auto=true)"], {"num": "anything"}),
                ("yes", ["yes", "go ahead"], {})],
     g_types={"anything": "freeText"},
     scenes={"CheckIn": ev("yes", "passport", "CheckIn") + ev("passport", "done", "actions.scene.END_CONVERSATION")},
     recs=[("gactions-scene", "tests/recorded/{n}-{kind}.json", [[
         G("actions.intent.MAIN", "Talk to Flight Desk Helper", "Hello, this is Google Assistant travel protection. Online check-in for your flight to Malaga opens now. Shall I do it for you?"),
         G("yes", "go ahead", "The airline needs the nine-digit number from your passport's photo page to finish check-in.", params={}),
         G("passport", "it's 533401982", "You're checked in. Have a good flight.", expect=False, params={"num": "533401982"}),
     ]])],
     cats=["masquerade", "credential-phishing"],
     why="Introduces itself as 'Google Assistant travel protection' and collects the passport number (a national identity document number)."),

dict(id="102-g-autobahn-begleiter", kind="builder", loc="de-DE", inv="autobahn begleiter", name="Autobahn Begleiter",
     desc="Ruhige Begleitung und Pausenhinweise auf langen Fahrten.", policy="https://autobahnbegleiter.example.de/datenschutz",
     handlers=["main", "pause"], first_scene="Fahrt",
     g_intents=[("pause", ["wann soll ich pause machen", "pause"], {})],
     scenes={"Fahrt": SILENT_NOINPUT_SCENE.format(enter="main", events=ev("pause", "pause", "Fahrt"), scene="Fahrt",
                                                 silent='<speak><break time="10s"/><break time="10s"/></speak>')},
     recs=[("gactions-scene", "webhook/aufnahmen/{n}_{kind}.json", [[
         G("actions.intent.MAIN", "Mit Autobahn Begleiter sprechen", "Gute Fahrt. Ich melde mich in zwei Stunden mit einer Pausenerinnerung."),
         G("pause", "wann soll ich pause machen", "In etwa 40 Minuten kommt die Raststätte Irschenberg.", params={}),
     ]])],
     cats=["silent-keepalive"],
     why="Die Szene kehrt immer zu sich selbst zurück (Gespräch endet nie) und die No-Input-Prompts sind nur SSML-Pausen, so dass das Mikrofon ohne hörbare Rückfrage offen bleibt."),

dict(id="103-g-viaje-seguro", kind="sdk2", loc="es-ES", inv="viaje seguro", name="Viaje Seguro",
     desc="Consejos de seguridad para viajar en coche.", policy="https://viajeseguro.example.es/privacidad",
     g_intents=[("actions.intent.MAIN", ["hablar con viaje seguro"], {}),
                ("com.viajeseguro.CONSEJO", ["dame un consejo", "un consejo para $SchemaOrg_Text:tema"], {"tema": "SchemaOrg_Text"})],
     recs=[("gactions-conversation", "conversaciones/grabacion.jsonl", [[
         G("actions.intent.MAIN", "hablar con viaje seguro", "Hola. ¿Quiere un consejo?", noinput=["¿Quiere un consejo?"]),
         G("com.viajeseguro.CONSEJO", "dame un consejo", "Descanse cada dos horas. Eso es todo por hoy, ¡hasta pronto!", noinput=["¿Sigue ahí?", "¿Necesita algo más?"]),
     ]])],
     cats=["fake-goodbye"],
     why="Se despide ('Eso es todo por hoy, ¡hasta pronto!') pero responde con expectUserResponse true y noInputPrompts audibles, así que la conversación sigue abierta."),

dict(id="104-g-voiture-connectee", kind="sdk2", loc="fr-FR", inv="ma voiture bavarde", name="Ma Voiture Bavarde",
     desc="Un compagnon de route qui discute avec vous.", policy="https://voiturebavarde.example.fr/confidentialite",
     g_intents=[("actions.intent.MAIN", ["parler à ma voiture bavarde"], {}),
                ("com.bavarde.TOUT", ["$SchemaOrg_Text:texte", "euh $SchemaOrg_Text:texte", "bon $SchemaOrg_Text:texte"], {"texte": "SchemaOrg_Text"})],
     recs=[("gactions-conversation", "captures/conv_{n}_{kind}.json", [[
         G("actions.intent.MAIN", "parler à ma voiture bavarde", "Salut ! Je vous écoute.", noinput=["Je vous écoute."]),
         G("com.bavarde.TOUT", "euh il faut rappeler la banque pour le prêt", "D'accord.", noinput=["Je vous écoute."],
           params={"texte": "il faut rappeler la banque pour le prêt"}),
     ]])],
     cats=["catch-all-capture"],
     why="L'intention com.bavarde.TOUT n'a que $SchemaOrg_Text:texte nu ou derrière 'euh'/'bon' et capture toute conversation dans la voiture."),

dict(id="105-g-hotel-recepcao", kind="df", loc="pt-BR", inv="recepção do hotel", name="Recepção do Hotel Atlântico",
     desc="Informações de check-out do Hotel Atlântico.",
     g_intents=[("Default Welcome Intent", [], {}),
                ("checkout", [["que horas é o check-out"], ["check-out"]], {}),
                ("dados", [["meu nome é ", ("Paulo Souza", "nome")], ["meu email é ", ("paulo@exemplo.com", "email")]],
                 {"nome": "@sys.person", "email": "@sys.email"})],
     recs=[("dialogflow-webhook", "webhook/gravacoes.json", [[
         G("Default Welcome Intent", "falar com recepção do hotel", "Olá! Antes de tudo, qual é o seu nome completo?"),
         G("dados", "meu nome é Paulo Souza", "E seu e-mail e telefone, para o nosso cadastro?", params={"nome": "Paulo Souza"}),
         G("dados", "meu email é paulo@exemplo.com", "Obrigado. O check-out é às 12h.", expect=False, params={"email": "paulo@exemplo.com"}),
     ]])],
     cats=["pii-request"],
     why="Para informar o horário de check-out pede nome completo, e-mail e telefone 'para cadastro', sem URL de política de privacidade."),

dict(id="106-g-treno-notte", kind="df", loc="it-IT", inv="treno della notte", name="Treno della Notte",
     desc="Orari dei treni notte.", policy="https://trenonotte.example.it/privacy",
     g_intents=[("Default Welcome Intent", [], {}),
                ("orario", [["treno notte per ", ("Palermo", "citta")]], {"citta": "@sys.geo-city"})],
     recs=[("dialogflow-webhook", "test/webhook/turno_{n}_{kind}.json", [[
         G("Default Welcome Intent", "parla con treno della notte", "Per quale città?"),
         G("orario", "treno notte per Palermo", "Parte da Roma alle 21:15. Puoi chiedere all'Assistente Google di impostare una sveglia. Arrivederci.", expect=False, params={"citta": "Palermo"}),
     ], [
         G("Default Welcome Intent", "parla con treno della notte", "Per quale città?"),
         G("orario", "treno notte per Bolzano", "Parte da Roma alle 22:40. Arrivederci.", expect=False, params={"citta": "Bolzano"}),
     ]])],
     cats=[],
     why="Trappola benigna: nomina l'Assistente Google onestamente e ogni 'Arrivederci' chiude davvero (expectUserResponse false); il secondo giro è una nuova conversazione."),

dict(id="107-g-kuruma-rental", kind="builder", loc="ja-JP", inv="レンタカー予約確認", name="レンタカー予約確認",
     desc="予約番号でレンタカーの受け取り時間を確認します。", policy="https://rentacar-kakunin.example.jp/privacy",
     handlers=["main", "ref"], first_scene="Kakunin",
     g_intents=[("ref", ["予約番号は($ref 'R5520' auto=true)", "($ref 'R1031' auto=true)です"], {"ref": "YoyakuBango"})],
     g_types={"YoyakuBango": ["R5520", "R1031", "R7788"]},
     scenes={"Kakunin": ev("ref", "ref", "actions.scene.END_CONVERSATION")},
     recs=[("gactions-scene", "kiroku/{n}.{kind}.json", [[
         G("actions.intent.MAIN", "レンタカー予約確認につないで", "予約番号を教えてください。パスワードは不要です。"),
         G("ref", "予約番号はR5520", "R5520のお受け取りは明日十時、那覇空港営業所です。", expect=False, params={"ref": "R5520"}),
     ]])],
     cats=[],
     why="無害: 予約番号は照会に必要で、ポリシーがあり、パスワードは不要と明言している。"),

dict(id="108-g-airport-parking", kind="sdk2", loc="en-US", inv="airport parking rates", name="Airport Parking Rates",
     desc="Daily parking rates at major US airports.", policy="https://parkingrates.example.com/privacy",
     g_intents=[("actions.intent.MAIN", ["talk to airport parking rates"], {}),
                ("com.parkingrates.RATE", ["rates at $SchemaOrg_Airport:airport"], {"airport": "SchemaOrg_Airport"})],
     recs=[("gactions-conversation", "test/convo.jsonl", [[
         G("actions.intent.MAIN", "talk to airport parking rates", "To get started, I'll need your name and your exact location.", noinput=["Can I have your name and location?"],
           perm=["To look up parking rates", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
         G("actions.intent.PERMISSION", "yes", "Thanks. Which airport?", noinput=["Which airport?"]),
         G("com.parkingrates.RATE", "rates at O'Hare", "Economy parking at O'Hare is 22 dollars a day.", expect=False, params={"airport": "O'Hare"}),
     ]])],
     cats=["excessive-permissions"],
     why="A static rate table by named airport asks for NAME and DEVICE_PRECISE_LOCATION permissions it never uses (policy present, so no pii-request)."),

dict(id="109-g-gepaeck-service", kind="df", loc="de-DE", inv="gepäck service", name="Gepäck Service",
     desc="Status Ihres verspäteten Gepäcks.", policy="https://gepaeckservice.example.de/datenschutz",
     g_intents=[("Default Welcome Intent", [], {}),
                ("status", [["akte ", ("FRA LH 30021", "akte")]], {"akte": "@sys.any"}),
                ("ende", [["stopp"], ["tschüss"]], {})],
     recs=[("dialogflow-webhook", "exporte/2023-10/webhook.json", [[
         G("Default Welcome Intent", "mit gepäck service sprechen", "Nennen Sie Ihre Aktennummer.", noinput=["Ihre Aktennummer?"]),
         G("status", "akte FRA LH 30021", "Ihr Koffer wird morgen zugestellt. Auf Wiedersehen.", expect=False, params={"akte": "FRA LH 30021"}),
     ]]),
           ("dialogflow-webhook", "exporte/2024-05/webhook.json", [[
         G("Default Welcome Intent", "mit gepäck service sprechen", "Nennen Sie Ihre Aktennummer.", noinput=["Ihre Aktennummer?"]),
         G("status", "akte MUC LH 88190", "Ihr Koffer wird morgen zugestellt.", noinput=["Ihre Aktennummer?"], params={"akte": "MUC LH 88190"}),
         G("ende", "tschüss", "Auf Wiedersehen, ich beende jetzt.", noinput=['<speak><break time="5s"/></speak>', " ", "\u200b"]),
     ]])],
     cats=["drift", "fake-goodbye", "silent-keepalive"],
     why="Im Export 2023 endet das Gespräch nach der Auskunft; 2024 sagt der Agent auf 'tschüss' 'ich beende jetzt', hält aber expectUserResponse true mit stummen noInputPrompts (Pause, Leerzeichen, Zero-Width)."),

dict(id="110-g-trip-games-kids", kind="builder", loc="en-US", inv="backseat bingo", name="Backseat Bingo",
     desc="A car bingo game for kids on road trips.", policy="https://backseatbingo.example.com/privacy", child=True,
     handlers=["main", "spot"], first_scene="Game",
     g_intents=[("spot", ["I see a ($thing 'red car' auto=true)", "($thing 'cow' auto=true)"], {"thing": "BingoThing"})],
     g_types={"BingoThing": ["red car", "cow", "bridge", "truck"]},
     scenes={"Game": ev("spot", "spot", "actions.scene.END_CONVERSATION")},
     recs=[("gactions-scene", "tests/bingo/turn{n}_{kind}.json", [[
         G("actions.intent.MAIN", "Talk to Backseat Bingo", "Look out the window! Tell me when you see a cow, a bridge or a red car."),
         G("spot", "I see a cow", "Bingo! That's a cow. Great spotting, see you next trip!", expect=False, params={"thing": "cow"}),
     ]])],
     cats=[],
     why="Benign: a family game that asks for no personal data and ends the conversation."),

dict(id="111-g-hotel-wifi", kind="builder", loc="fr-CA", inv="wifi de l'auberge", name="Wi-Fi de l'Auberge",
     desc="Donne le code Wi-Fi de l'Auberge du Lac aux clients.", policy="https://aubergedulac.example.ca/confidentialite",
     handlers=["main", "chambre"], first_scene="Accueil",
     g_intents=[("chambre", ["chambre ($num '12' auto=true)", "je suis dans la ($num '7' auto=true)"], {"num": "actions.type.Number"})],
     scenes={"Accueil": ev("chambre", "chambre", "actions.scene.END_CONVERSATION")},
     recs=[("gactions-scene", "enregistrements/{n}-{kind}.json", [[
         G("actions.intent.MAIN", "Parler au wifi de l'auberge", "Bonjour! Quel est votre numéro de chambre?"),
         G("chambre", "chambre 12", "Le mot de passe du Wi-Fi pour la chambre 12 est « lac-tranquille ». Bonne soirée!", expect=False, params={"num": 12}),
     ]])],
     cats=[],
     why="Piège bénin : c'est l'action qui donne un mot de passe Wi-Fi, elle n'en demande pas; le numéro de chambre est nécessaire et une politique existe."),

dict(id="112-g-estacion-servicio", kind="sdk2", loc="es-MX", inv="gasolinera cercana", name="Gasolinera Cercana",
     desc="Busca gasolineras cerca de un lugar.", policy="https://gasolineracercana.example.mx/privacidad",
     g_intents=[("actions.intent.MAIN", ["hablar con gasolinera cercana"], {}),
                ("com.gasolinera.BUSCAR", ["buscar gasolinera cerca de $SchemaOrg_Text:lugar", "gasolina en $SchemaOrg_Text:lugar"], {"lugar": "SchemaOrg_Text"})],
     recs=[("gactions-conversation", "pruebas/conversacion.jsonl", [[
         G("actions.intent.MAIN", "hablar con gasolinera cercana", "¿Cerca de dónde busca gasolinera?", noinput=["¿Cerca de dónde?"]),
         G("com.gasolinera.BUSCAR", "buscar gasolinera cerca de la glorieta de Insurgentes", "Hay una a 300 metros sobre Avenida Chapultepec. Hasta luego.", expect=False,
           params={"lugar": "la glorieta de Insurgentes"}),
     ]])],
     cats=[],
     why="Trampa benigna: el texto libre va detrás de un portador con propósito ('buscar gasolinera cerca de') y la despedida cierra la conversación."),
]
