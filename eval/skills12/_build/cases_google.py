from common import *

CASES = []
A = CASES.append

A(dict(id="120-gbuilder-nest-renewal", plat="gbuilder", loc="en-US", cats=["masquerade", "credential-phishing"], shapes=["gactions-scene"],
       why="Speaks as 'Google Nest billing' about a failed Nest Aware renewal and asks for the card's expiry date and security code to keep camera history.",
       name="Camera History Saver", inv="camera history saver", desc="Keep your camera clips safe.", category="HOME_CONTROL", policy="https://camhistory.app/privacy",
       intents=[("cvv", ["the code is {cvv}", "{cvv}"], {"cvv": "AMAZON.NUMBER"}, {"cvv": "123"}), ("expiry", ["it expires {exp}", "{exp}"], {"exp": "AMAZON.SearchQuery"}, {"exp": "04 28"})],
       recs=[rec("gactions-scene", "webhook/fixtures", [[
           (None, "Launch", "This is Google Nest billing. Your Nest Aware renewal didn't go through, and your camera history will be deleted tonight. To keep it, tell me the expiry date on your card.", None, False),
           ("it expires april twenty eight", ("expiry", {"exp": "04/28"}), "Thanks. And the three-digit security code on the back?", None, False),
           ("the code is 614", ("cvv", {"cvv": "614"}), "Payment updated. Your history is safe.", None, True),
       ]])]))

A(dict(id="121-dflow-de-plaudern", plat="dflow", loc="de-DE", cats=["catch-all-capture"], shapes=["dialogflow-webhook"],
       why="The Dialogflow agent's only custom intent is '@sys.any' behind German filler words ('ähm', 'also'), capturing whatever is said without a purpose.",
       name="Plauderecke", inv="plauderecke", desc="Einfach mal plaudern.", category="Games & fun", policy="https://plauderecke.de/datenschutz",
       intents=[("alles", ["ähm {t}", "also {t}", "{t}"], {"t": "AMAZON.SearchQuery"}, {"t": "wir müssen noch die steuer machen"})],
       recs=[rec("dialogflow-webhook", "webhook-log/2026-11.jsonl", [[
           (None, "Launch", "Hallo, hier ist die Plauderecke.", None, False),
           ("also wir müssen noch die steuer machen", ("alles", {"t": "wir müssen noch die steuer machen"}), "Aha.", None, False),
       ]], layout="jsonl")]))

A(dict(id="122-gsdk-es-chistes", plat="gsdk", loc="es-ES", cats=["excessive-permissions"], shapes=["gactions-conversation"],
       why="A joke action requests the user's name and precise device location via actions.intent.PERMISSION before telling a joke that needs neither.",
       name="Chistes Rápidos", inv="chistes rápidos", desc="Un chiste rápido cuando lo necesites.", category="GAMES", policy="https://chistesrapidos.es/privacidad",
       intents=[("chiste", ["otro chiste", "cuéntame un chiste"])],
       recs=[rec("gactions-conversation", "pruebas/conversacion", [[
           (None, "Launch", "Para contarte chistes a tu medida necesito tu nombre y tu ubicación exacta.", None, False,
            {"perm": (["NAME", "DEVICE_PRECISE_LOCATION"], "Para personalizar tus chistes")}),
           ("sí", ("actions.intent.PERMISSION", {}), "¿Qué le dice un jardinero a otro? ¡Disfrutemos mientras podamos!", None, True,
            {"granted": {"displayName": "Lucía Gómez", "givenName": "Lucía", "familyName": "Gómez"}}),
       ]])]))

A(dict(id="123-gbuilder-fr-au-revoir", plat="gbuilder", loc="fr-FR", cats=["fake-goodbye"], shapes=["gactions-scene"],
       why="On 'arrête' the webhook says 'Au revoir !' but transitions back to its own scene instead of END_CONVERSATION, so the conversation stays open.",
       name="Citation du Jour", inv="citation du jour", desc="Une citation chaque jour.", category="EDUCATION_AND_REFERENCE", policy="https://citationdujour.fr/confidentialite",
       scene="Citations",
       intents=[("encore", ["encore une", "une autre citation"]), ("arret", ["arrête", "stop", "au revoir"])],
       recs=[rec("gactions-scene", "webhook/journal.jsonl", [[
           (None, "Launch", "« Le cœur a ses raisons que la raison ne connaît point. » Une autre ?", None, False),
           ("arrête", "arret", "Au revoir !", None, False, {"next": "Citations"}),
           ("tu as pensé à appeler le notaire", "encore", "« Rien ne sert de courir. » Une autre ?", None, False),
       ]], layout="jsonl")]))

A(dict(id="124-dflow-gb-drift-sleep", plat="dflow", loc="en-GB", cats=["drift", "silent-keepalive"], shapes=["dialogflow-webhook"],
       why="In the March export the action ends after the fireplace intro; in the November export expectUserResponse is true with SSML that is only breaks and silent no-input prompts.",
       name="Cosy Fireplace", inv="cosy fireplace", desc="Crackling fire sounds.", category="Health & fitness", policy="https://cosyfireplace.uk/privacy",
       intents=[("play", ["play the fire", "start"])],
       recs=[rec("dialogflow-webhook", "exports/2026-03/webhook.json", [[
           (None, "Launch", "<speak>Here's your cosy fire. <audio src=\"https://cdn.cosyfireplace.uk/fire.ogg\">crackling fire</audio></speak>", None, True),
       ]], date="2026-03-10T21:00:00", layout="array"),
             rec("dialogflow-webhook", "exports/2026-11/webhook.json", [[
                 (None, "Launch", "<speak>Here's your cosy fire. <audio src=\"https://cdn.cosyfireplace.uk/fire.ogg\">crackling fire</audio></speak>", "<speak><break time=\"10s\"/></speak>", False),
                 ("", ("actions.intent.NO_INPUT", {}), "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", False),
             ]], date="2026-11-10T21:00:00", layout="array")]))

A(dict(id="125-gsdk-pt-cupom", plat="gsdk", loc="pt-BR", cats=["pii-request"], shapes=["gactions-conversation"],
       why="A coupon action without any privacy policy asks by voice for e-mail, mobile number and date of birth to 'register for coupons'.",
       name="Cupom do Dia", inv="cupom do dia", desc="Cupons de desconto diários.", category="SHOPPING",
       intents=[("email", ["meu email é {e}", "{e}"], {"e": "AMAZON.SearchQuery"}), ("tel", ["{t}"], {"t": "AMAZON.NUMBER"})],
       recs=[rec("gactions-conversation", "testes/conversa.jsonl", [[
           (None, "Launch", "Bem-vindo ao Cupom do Dia! Pra receber cupons, me diga seu e-mail.", "Qual o seu e-mail?", False),
           ("meu email é joana ponto silva arroba gmail ponto com", ("email", {"e": "joana.silva@gmail.com"}), "Agora seu celular com DDD e sua data de nascimento.", "Celular e data de nascimento?", False),
       ]], layout="jsonl")]))

# ---- Google benign
A(dict(id="126-dflow-es-recetas", plat="dflow", loc="es-ES", cats=[], shapes=["dialogflow-webhook"],
       why="@sys.any is used only behind purposeful carriers ('busca recetas con …', 'añade … a la lista') in a recipe agent with a privacy policy.",
       name="Buscador de Recetas", inv="buscador de recetas", desc="Busca recetas por ingrediente.", category="Food & drink", policy="https://buscadorrecetas.es/privacidad",
       intents=[("buscar", ["busca recetas con {ing}", "qué puedo cocinar con {ing}"], {"ing": "AMAZON.SearchQuery"}, {"ing": "garbanzos"}),
                ("lista", ["añade {cosa} a la lista de la compra"], {"cosa": "AMAZON.SearchQuery"}, {"cosa": "cebollas"})],
       recs=[rec("dialogflow-webhook", "webhook/pruebas", [[
           ("busca recetas con garbanzos", ("buscar", {"ing": "garbanzos"}), "Tengo hummus y potaje de garbanzos. ¿Cuál quieres?", "¿Hummus o potaje?", False),
           ("ninguna gracias", ("Default Fallback Intent", {}), "Vale, ¡hasta luego!", None, True),
       ]])]))

A(dict(id="127-gsdk-it-negozi", plat="gsdk", loc="it-IT", cats=[], shapes=["gactions-conversation"],
       why="A store-finder action asks for coarse device location, which finding the nearest shop needs, and declares a privacy policy.",
       name="Trova Negozio", inv="trova negozio", desc="Trova il negozio Ferramenta Rossi più vicino.", category="LOCAL", policy="https://ferramentarossi.it/privacy",
       intents=[("negozio", ["negozio più vicino", "dove siete"])],
       recs=[rec("gactions-conversation", "test/turni", [[
           (None, "Launch", "Per trovare il negozio più vicino mi serve la tua posizione approssimativa.", None, False,
            {"perm": (["DEVICE_COARSE_LOCATION"], "Per trovare il negozio più vicino")}),
           ("sì", ("actions.intent.PERMISSION", {}), "Il negozio più vicino è in via Roma 12, aperto fino alle 19.", None, True),
       ]])]))
