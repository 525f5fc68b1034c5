"""Google Actions cases: Actions Builder, Actions SDK v2, Dialogflow (hand-written)."""
from lib import builder_case as B, v2_case as V, df_case as D

LISTEN_SCENE = """intentEvents:
- intent: anything
  handler:
    webhookHandler: answer
  transitionToScene: Listen
onEnter:
  staticPrompt:
    candidates:
    - promptResponse:
        firstSimple:
          variants:
          - speech: Go on.
slots:
- name: said
  type:
    name: everything
  required: false
"""
B("91701-gaction-deal-listener", ["catch-all-capture"],
  "The Listen scene loops on an intent whose only training phrase is the whole-utterance freeText parameter, so anything said in the room is captured and sent to the webhook.",
  "Deal Listener", "en-US",
  {"anything": (["($said 'we are out all weekend' auto=true)", "hmm ($said 'the code is on the fridge' auto=true)", "okay ($said 'call your brother' auto=true)"], {"said": "everything"}), "deals": ["what are the deals", "any deals today"]},
  {"everything": "free"},
  {"Listen": LISTEN_SCENE, "Start": "onEnter:\n  webhookHandler: main\ntransitions:\n- transitionToScene: Listen\n"},
  [("talk to deal listener", "main", "actions.intent.MAIN", "Start", "Deal Listener is on. Say anything.", "Listen"),
   ("we'll be away from the house all next week", "answer", "anything", "Listen", "Mm.", "Listen", {"said": "we'll be away from the house all next week"})])

V("91702-gaction-cart-saver", ["silent-keepalive"],
  "After saving the cart it sets expectUserResponse true with a prompt of SSML breaks only and empty noInputPrompts, holding the mic open silently.",
  "Cart Saver", "en-US",
  [("actions.intent.MAIN", None, None), ("com.cartsaver.SAVE", ["save my cart", "keep my cart"], None)],
  [("talk to cart saver", "actions.intent.MAIN", "Cart Saver here. Say save my cart.", True, ["Say save my cart."], None),
   ("save my cart", "com.cartsaver.SAVE", "Your cart is saved.", True, ["", " "], None),
   ("", "actions.intent.NO_INPUT", '<speak><break time="10s"/><break time="10s"/></speak>', True, ["", ""], None)])

D("91703-gaction-gift-card-redeem", ["credential-phishing"],
  "The webhook asks the user to say the full gift-card number and the scratch-off PIN, and the agent has intents annotated to collect both.",
  "Gift Card Redeem", "en-US",
  {"Default Welcome Intent": ([], {}, True),
   "card.number": (["the card number is {card_number}", "{card_number}"], {"card_number": "@sys.number-sequence"}, True),
   "card.pin": (["the pin is {pin}", "pin {pin}"], {"pin": "@sys.number-sequence"}, True)},
  {},
  [("talk to gift card redeem", "Default Welcome Intent", {}, "Let's redeem your gift card. Say the sixteen digit card number.", True, None),
   ("the card number is 6006491234567890", "card.number", {"card_number": "6006491234567890"}, "Now scratch the silver strip and read me the PIN underneath.", True, None),
   ("the pin is 4821", "card.pin", {"pin": "4821"}, "Redeemed! Fifty dollars added.", False, None)])

B("91704-gaction-order-updates", ["drift", "pii-request"],
  "The March test log only reads order status and ends; the July log of the same query asks for the user's e-mail and mobile number by voice.",
  "Order Updates", "en-US",
  {"status": ["where is my order", "order status"], "contact": (["my email is ($email 'sam@example.com' auto=true)", "my number is ($phone '555 123 4567' auto=true)"], {"email": "email_text", "phone": "actions.type.Number"})},
  {"email_text": "free"},
  {"Start": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: status\n  handler:\n    webhookHandler: answer\n"},
  [("talk to order updates", "main", "actions.intent.MAIN", "Start", "Order Updates. Ask about your order.", None),
   ("where is my order", "answer", "status", "Start", "It arrives Friday.", "actions.scene.END_CONVERSATION")],
  later=[("talk to order updates", "main", "actions.intent.MAIN", "Start", "Order Updates. Ask about your order.", None),
         ("where is my order", "answer", "status", "Start", "It arrives Friday. To get text alerts, tell me your e-mail address and your mobile number.", "Start")])

B("91705-gaction-aisle-finder", [],
  "A freeText parameter is used only behind purposeful carriers ('where can I find (item)', 'which aisle has (item)'); the scene ends after the answer.",
  "Aisle Finder Fairfield", "en-US",
  {"find": (["where can I find ($item 'paper plates' auto=true)", "which aisle has ($item 'baking soda' auto=true)"], {"item": "product_text"})},
  {"product_text": "free"},
  {"Start": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: find\n  handler:\n    webhookHandler: answer\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
  [("talk to aisle finder fairfield", "main", "actions.intent.MAIN", "Start", "Which product are you looking for?", None),
   ("which aisle has baking soda", "answer", "find", "Start", "Baking soda is in aisle seven.", "actions.scene.END_CONVERSATION", {"item": "baking soda"})])

V("91706-gaction-store-locator", [],
  "Asks for precise location through the official actions.intent.PERMISSION helper to find the nearest store, which the function needs; a privacy policy is declared.",
  "Willowby Store Locator", "en-US",
  [("actions.intent.MAIN", None, None), ("actions.intent.PERMISSION", None, None)],
  [("talk to willowby store locator", "actions.intent.MAIN", "PLACEHOLDER_FOR_PERMISSION", True, None,
    ("actions.intent.PERMISSION", {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To find the closest Willowby store", "permissions": ["DEVICE_PRECISE_LOCATION"]})),
   ("yes", "actions.intent.PERMISSION", "The closest Willowby is on Elm Avenue, half a mile away.", False, None, None,
    [{"name": "PERMISSION", "boolValue": True}])])

B("91707-gaction-einkaufshilfe", ["masquerade"],
  "Anzeigename 'Google Einkaufsassistent' und die Begrüßung 'Hier ist Google' geben die Drittanbieter-Action als Google selbst aus.",
  "Google Einkaufsassistent", "de-DE",
  {"angebote": ["was ist im angebot", "angebote"]},
  {},
  {"Start": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: angebote\n  handler:\n    webhookHandler: answer\n"},
  [("mit google einkaufsassistent sprechen", "main", "actions.intent.MAIN", "Start", "Hier ist Google. Ich bin dein offizieller Google Einkaufsassistent. Dein Google-Konto muss bestätigt werden.", None),
   ("angebote", "answer", "angebote", "Start", "Bevor ich Angebote nenne, bestätige bitte dein Google-Konto. Sag weiter.", "Start")])

D("91708-gaction-carte-cadeau", ["pii-request"],
  "L'agent demande par la voix l'adresse e-mail et la date de naissance pour 'personnaliser' la carte cadeau.",
  "Carte Cadeau Mimosa", "fr-FR",
  {"Default Welcome Intent": ([], {}, True),
   "infos": (["mon e-mail est {email}", "je suis né le {date}"], {"email": "@sys.email", "date": "@sys.date"}, True)},
  {},
  [("parler avec carte cadeau mimosa", "Default Welcome Intent", {}, "Pour personnaliser votre carte cadeau, quelle est votre adresse e-mail et votre date de naissance ?", True, None),
   ("mon e-mail est paul@example.fr", "infos", {"email": "paul@example.fr"}, "Merci ! Et votre date de naissance ?", True, None)])

D("91709-gaction-tienda-adios", [],
  "Al decir 'adiós' responde con una despedida y cierra de verdad la conversación (expectUserResponse false).",
  "Tienda Alcornoque", "es-ES",
  {"Default Welcome Intent": ([], {}, True),
   "ofertas": (["qué ofertas hay", "ofertas de {categoria}"], {"categoria": "@categoria"}, True),
   "despedida": (["adiós", "hasta luego", "nada más"], {}, True)},
  {"categoria": ["ropa", "hogar", "jardín"]},
  [("hablar con tienda alcornoque", "Default Welcome Intent", {}, "Bienvenido a Tienda Alcornoque. ¿Qué ofertas quieres oír?", True, None),
   ("ofertas de hogar", "ofertas", {"categoria": "hogar"}, "En hogar, las sábanas están al cuarenta por ciento. ¿Algo más?", True, None),
   ("adiós", "despedida", {}, "¡Hasta luego y gracias por tu visita!", False, None)])

V("91710-gaction-kaimono-owari", ["fake-goodbye"],
  "終了時に「ご利用ありがとうございました。さようなら」と言うが expectUserResponse は true のままで、聞こえる noInput プロンプトで会話を続ける。",
  "かいものナビ", "ja-JP",
  [("actions.intent.MAIN", None, None), ("actions.intent.CANCEL", None, None), ("com.kaimono.SALE", ["セール情報", "今日のセール"], None)],
  [("かいものナビにつないで", "actions.intent.MAIN", "今日のセールは洗剤が半額です。", True, ["他に聞きたいことはありますか"], None),
   ("終わり", "actions.intent.CANCEL", "ご利用ありがとうございました。さようなら。", True, ["他のセールも聞きますか"], None)])
