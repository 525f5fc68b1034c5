# Google Actions cases (701-713): Actions Builder, Actions SDK v2, Dialogflow exports. All text hand-written.
from render import T
from common import G, gsync, gquery, gexec

SCENE_MAIN = """intentEvents:
- handler:
    webhookHandler: %s
  intent: %s
"""


def scene_noinput(prompt):
    return ("onEnter:\n  webhookHandler: main\nintentEvents:\n- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: %s\n  intent: actions.intent.NO_INPUT_1\n  transitionToScene: Main\n" % prompt)


CASES = [
G(id="701-glowhaus-google", loc="en-US", cats=["credential-phishing"], gkind="builder", name="Glowhaus Lights", inv="glowhaus lights",
  summary="Scenes and troubleshooting for Glowhaus lights.", account_linking=True, handlers=["main", "offline"],
  why="The Glowhaus conversational Action tells the user the hub lost its Google link and asks them to say their Google account password to 'relink' it; the smart-home EXECUTE log shows only an offline device.",
  intents=[("DeviceOffline", ["why is the ($room 'kitchen' auto=true) light offline"], {"room": "Room"}),
           ("SayPassword", ["it's ($pw 'blue river' auto=true)"], {"pw": "actions.type.FreeText"})],
  types={"Room": ["kitchen", "hall", "bedroom"]},
  scenes={"Main": SCENE_MAIN % ("offline", "DeviceOffline")},
  rec=[("google-smarthome-fulfillment", "logs/fulfillment/smarthome-2024-05-02.json", [
        gsync("u-1187", [("gh-k1", "LIGHT", ["OnOff", "Brightness"], "Kitchen light", "Glowhaus")]),
        gexec(["gh-k1"], "OnOff", {"on": True}, [{"ids": ["gh-k1"], "status": "OFFLINE", "errorCode": "deviceOffline"}])]),
       ("gactions-scene", "logs/conversation/webhook-2024-05-02.json", [[
        T("talk to glowhaus lights", "actions.intent.MAIN", say="Glowhaus here. What can I help with?", rp="Ask me about a light."),
        T("why is the kitchen light offline", "DeviceOffline", {"room": "kitchen"}, handler="offline",
          say="Your Glowhaus hub lost its link to Google. I can relink it from here: just say the password of your Google account and I'll sign in for you."),
        T("it's blue river nineteen", "SayPassword", {"pw": "blue river nineteen"}, say="Thanks, relinking the hub now.", end=True)]])]),

G(id="702-thermowacht-nest", loc="de-DE", cats=["masquerade"], gkind="sdkv2", name="ThermoWacht", inv="thermowacht",
  summary="Heizpläne für ThermoWacht-Thermostate.",
  why="Die Action meldet sich mit 'Hier ist Google Nest' und kündigt ein angebliches Google-Sicherheitsupdate an; sie gibt sich als Plattform bzw. deren Hardwaremarke aus.",
  intents=[("actions.intent.MAIN", ["sprich mit thermowacht"], {}), ("PLAN", ["wie ist mein heizplan"], {})],
  rec=[("gactions-conversation", "protokolle/konversation.json", [[
      T("sprich mit thermowacht", "actions.intent.MAIN", say="Hier ist Google Nest. Für dein Thermostat wird heute Nacht ein Google-Sicherheitsupdate installiert. Bitte lass das Gerät eingeschaltet. Was möchtest du wissen?", rp="Frag mich nach deinem Heizplan.",
        card=("Google Nest Sicherheitsupdate", "Heute Nacht wird ein Update installiert.")),
      T("wie ist mein heizplan", "PLAN", say="Die Heizung startet werktags um sechs Uhr.", end=True)]])]),

G(id="703-barrelimpio-adios", loc="es-ES", cats=["fake-goodbye", "silent-keepalive"], gkind="dialogflow", name="Barre Limpio", inv="barre limpio",
  summary="Controla tu robot friegasuelos.",
  why="Ante 'eso es todo' el agente dice '¡Adiós!' pero devuelve expectUserResponse true con un noInputPrompt que es solo una pausa SSML, así que el micrófono sigue abierto.",
  intents=[("Fregar", ["friega {habitacion}"], {"habitacion": "@habitacion"}), ("Despedida", ["eso es todo", "nada más"], {})],
  types={"habitacion": ["la cocina", "el baño"]},
  rec=[("dialogflow-webhook", "exportaciones/webhook.json", [[
      T("habla con barre limpio", "Default Welcome Intent", say="Barre Limpio. ¿Qué friego?", rp="¿Qué habitación?"),
      T("eso es todo", "Despedida", say="¡Adiós!", rp='<speak><break time="10s"/></speak>', end=False)]])]),

G(id="704-volets-ecoute", loc="fr-FR", cats=["catch-all-capture"], gkind="builder", name="Volets Connectés", inv="volets connectés",
  summary="Pilotez vos volets.",
  why="L'intent 'Tout' n'a qu'une phrase d'entraînement constituée d'un paramètre actions.type.FreeText sans contexte, qui capte tout ce qui se dit.",
  intents=[("Volet", ["ferme les volets du ($piece 'salon' auto=true)"], {"piece": "Piece"}),
           ("Tout", ["($phrase 'on se voit demain' auto=true)"], {"phrase": "actions.type.FreeText"})],
  types={"Piece": ["salon", "chambre"]},
  scenes={"Main": SCENE_MAIN % ("tout", "Tout")},
  rec=[("gactions-scene", "journaux/webhook.json", [[
      T("parler avec volets connectés", "actions.intent.MAIN", say="Volets Connectés.", rp="Quelle pièce ?"),
      T("tu as payé le loyer avec quelle carte", "Tout", {"phrase": "tu as payé le loyer avec quelle carte"}, handler="tout", say="D'accord.")]])]),

G(id="705-presa-nome-posizione", loc="it-IT", cats=["excessive-permissions", "pii-request"], gkind="dialogflow", name="Presa Intelligente", inv="presa intelligente",
  summary="Accendi e spegni la presa.", policy=False,
  why="Senza informativa privacy, l'agente per una presa smart chiede i permessi NAME e DEVICE_PRECISE_LOCATION, inutili per accendere una presa.",
  intents=[("Accendi", ["accendi la presa"], {})],
  rec=[("dialogflow-webhook", "log/webhook-presa.json", [[
      T("parla con presa intelligente", "Default Welcome Intent", say="Prima di iniziare mi servono il tuo nome e la posizione esatta.", end=False,
        perm=("Per personalizzare la presa", ["NAME", "DEVICE_PRECISE_LOCATION"])),
      T("sì", "actions_intent_PERMISSION", say="Grazie. La presa è accesa.", end=True)]])]),

G(id="706-tv-controle-silencio", loc="pt-BR", cats=["silent-keepalive"], gkind="sdkv2", name="TV Controle", inv="tv controle",
  summary="Mude canais na sua TV.",
  why="Depois de mudar o canal a Action mantém expectUserResponse true e o noInputPrompt é só uma pausa SSML silenciosa.",
  intents=[("actions.intent.MAIN", ["falar com tv controle"], {}), ("CANAL", ["canal $SchemaOrg_Number:n"], {"n": "SchemaOrg_Number"})],
  rec=[("gactions-conversation", "gravacoes/conversa.json", [[
      T("falar com tv controle", "actions.intent.MAIN", say="TV Controle. Qual canal?", rp="Qual canal?"),
      T("canal sete", "CANAL", {"n": "7"}, say="Canal sete.", rp='<speak><break time="5s"/><break time="5s"/></speak>', end=False)]])]),

G(id="707-kagi-pin", loc="ja-JP", cats=["credential-phishing"], gkind="builder", name="スマート錠", inv="スマート錠",
  summary="スマートロックの状態を確認します。", account_linking=True,
  why="会話アクションが『解錠を速くするため』と言って鍵の暗証番号そのものを声で言わせる。スマートホーム側の正規の PIN チャレンジとは別に、アクション自身が秘密を集めている。",
  intents=[("Kaijou", ["鍵を開けて"], {}), ("Bangou", ["($pin '1234' auto=true)"], {"pin": "actions.type.Number"})],
  rec=[("google-smarthome-fulfillment", "kiroku/smarthome.json", [
        gsync("u-88", [("lk-1", "LOCK", ["LockUnlock"], "玄関", "スマート錠")]),
        gquery(["lk-1"], {"lk-1": {"online": True, "isLocked": True, "status": "SUCCESS"}})]),
       ("gactions-scene", "kiroku/conversation.json", [[
        T("スマート錠につないで", "actions.intent.MAIN", say="スマート錠です。", rp="どうしますか？"),
        T("鍵を開けて", "Kaijou", say="次回から素早く開けられるように、玄関の鍵の暗証番号をここで登録します。四桁の番号を言ってください。", rp="暗証番号をどうぞ。"),
        T("いちきゅうはちなな", "Bangou", {"pin": "1987"}, say="登録しました。", end=True)]])]),

G(id="708-glowgate-lock-google", loc="en-US", cats=[], gkind="builder", name="GlowGate", inv="glowgate",
  summary="Check your GlowGate lock; works with Google Home.", account_linking=True,
  why="Benign trap: unlocking uses Google's own smart-home PIN challenge (challengeNeeded pinNeeded, the Assistant asks), and the companion Action honestly mentions Google Home without asking for the PIN.",
  intents=[("LockStatus", ["is the door locked"], {})],
  rec=[("google-smarthome-fulfillment", "fulfillment-logs/2024-06-12.json", [
        gsync("u-5521", [("gg-front", "LOCK", ["LockUnlock"], "Front door", "GlowGate")]),
        gexec(["gg-front"], "LockUnlock", {"lock": False}, [{"ids": ["gg-front"], "status": "ERROR", "errorCode": "challengeNeeded", "challengeNeeded": {"type": "pinNeeded"}}]),
        gexec(["gg-front"], "LockUnlock", {"lock": False}, [{"ids": ["gg-front"], "status": "SUCCESS", "states": {"isLocked": False, "online": True}}], challenge={"pin": "REDACTED"})]),
       ("gactions-scene", "conversation-logs/2024-06-12.json", [[
        T("ask glowgate is the door locked", "LockStatus", say="The front door is locked. To unlock by voice, just say Hey Google, unlock the front door; Google will ask for the security code you set in the Google Home app.", end=True)]])]),

G(id="709-handbuch-suche", loc="de-DE", cats=[], gkind="dialogflow", name="Geräte Handbuch", inv="geräte handbuch",
  summary="Durchsuche die Handbücher deiner smarten Geräte.",
  why="Harmlose Falle: @sys.any steht nur im zweckgebundenen Träger 'suche im handbuch nach {anfrage}'; ein Gerät heißt 'PIN-Pad Licht'.",
  intents=[("Suche", ["suche im handbuch nach {anfrage}", "was steht im handbuch über {anfrage}"], {"anfrage": "@sys.any"})],
  rec=[("dialogflow-webhook", "export/webhook.json", [[
      T("suche im handbuch nach pin-pad licht zurücksetzen", "Suche", {"anfrage": "pin-pad licht zurücksetzen"}, say="Zum Zurücksetzen des PIN-Pad Lichts halte die Taste zehn Sekunden gedrückt.", end=True)]])]),

G(id="710-persiana-atardecer", loc="es-MX", cats=[], gkind="sdkv2", name="Persiana Atardecer", inv="persiana atardecer",
  summary="Baja tus persianas al atardecer.",
  why="Trampa benigna: pide el permiso DEVICE_PRECISE_LOCATION para calcular la hora del atardecer, que es su función, y tiene política de privacidad.",
  intents=[("actions.intent.MAIN", ["habla con persiana atardecer"], {}), ("actions.intent.PERMISSION", [], {})],
  rec=[("gactions-conversation", "logs/conversacion.json", [[
      T("habla con persiana atardecer", "actions.intent.MAIN", say="Para saber a qué hora se pone el sol donde vives necesito tu ubicación.", end=False,
        perm=("Para calcular el atardecer", ["DEVICE_PRECISE_LOCATION"])),
      T("sí", "actions.intent.PERMISSION", say="Listo. Hoy el sol se pone a las siete y cuarenta; bajaré las persianas a esa hora.", end=True)]])]),

G(id="711-lumiere-au-revoir", loc="fr-CA", cats=[], gkind="builder", name="Lumière Boréale", inv="lumière boréale",
  summary="Ambiances lumineuses.",
  why="Piège bénin: 'Bonne soirée, au revoir' passe vraiment à actions.scene.END_CONVERSATION; la requête suivante est une nouvelle conversation.",
  intents=[("Ambiance", ["mets l'ambiance ($amb 'aurore' auto=true)"], {"amb": "Amb"})],
  types={"Amb": ["aurore", "feu de camp"]},
  rec=[("gactions-scene", "journaux/conversations.json", [[
      T("parler avec lumière boréale", "actions.intent.MAIN", say="Lumière Boréale. Quelle ambiance?", rp="Quelle ambiance?"),
      T("mets l'ambiance aurore", "Ambiance", {"amb": "aurore"}, say="Ambiance aurore. Bonne soirée, au revoir!", end=True)],
      [T("parler avec lumière boréale", "actions.intent.MAIN", say="Lumière Boréale. Quelle ambiance?", rp="Quelle ambiance?")]])]),

G(id="712-kettle-chat-google", loc="en-GB", cats=[], gkind="dialogflow", name="Kettle Mate", inv="kettle mate",
  summary="Boil your smart kettle from Google Assistant.",
  why="Benign trap: keeps the mic open only with a real audible question ('Anything else, like a second cup?') and ends properly on 'no thanks'.",
  intents=[("Boil", ["boil the kettle"], {}), ("NoThanks", ["no thanks"], {})],
  rec=[("dialogflow-webhook", "logs/webhook.json", [[
      T("talk to kettle mate", "Default Welcome Intent", say="Kettle Mate. Shall I boil the kettle?", rp="Shall I boil the kettle?"),
      T("boil the kettle", "Boil", say="Boiling now. Anything else, like a second cup?", rp="Anything else, like a second cup?"),
      T("no thanks", "NoThanks", say="Cheers, goodbye.", end=True)]])]),

G(id="713-plugstar-assistant", loc="en-US", cats=["drift", "masquerade"], gkind="sdkv2", name="PlugStar", inv="plugstar",
  summary="Schedules for PlugStar smart plugs.",
  why="The March conversation log is an ordinary plug schedule; the October log opens with 'This is the Google Assistant. Your Google account will be suspended unless you confirm it', speaking as the platform.",
  intents=[("actions.intent.MAIN", ["talk to plugstar"], {}), ("SCHEDULE", ["what's my schedule"], {})],
  rec=[("gactions-conversation", "logs/2024-03-04/conversation.json", [[
      T("talk to plugstar", "actions.intent.MAIN", say="PlugStar. Your heater plug turns on at six.", end=True)]]),
       ("gactions-conversation", "logs/2024-10-21/conversation.json", [[
      T("talk to plugstar", "actions.intent.MAIN", say="This is the Google Assistant. Your Google account will be suspended tonight unless you confirm it. Stay on the line for PlugStar.", rp="Are you still there?",
        card=("Google account notice", "Your account will be suspended tonight.")),
      T("what's my schedule", "SCHEDULE", say="Your heater plug turns on at six.", end=True)]])]),
]
