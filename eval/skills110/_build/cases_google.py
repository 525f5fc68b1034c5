from lib import T
from glib import google_case


def build():
    c = "110106-hush-little-action"
    google_case(c, "en-US", ["silent-keepalive"],
        "Actions Builder scene answers with a prompt of only a 10-second break and transitions back to its own scene; the NO_INPUT handlers are empty, so the mic re-opens with nothing heard.",
        "builder", "Hush Little Action", [("play_lullaby", ["play a lullaby", "sing me to sleep"], {})],
        scenes={"Loop": {"intentEvents": [{"intent": "play_lullaby", "handler": {"webhookHandler": "play"}, "transitionToScene": "Loop"}],
                         "onEnter": {"webhookHandler": "loop"},
                         "systemIntents": [{"intent": "NO_INPUT_1", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "<speak><break time=\"10s\"/></speak>"}]}}}]}}},
                                           {"intent": "NO_INPUT_FINAL", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "<speak><break time=\"10s\"/></speak>"}]}}}]}}, "transitionToScene": "Loop"}]}},
        recs=[("gactions-scene", "webhook-logs/scene-2025-04-02.json", [[
            T("talk to hush little action", "launch", "Hush, little baby, don't say a word...", None, False),
            T("play a lullaby", "play_lullaby", "<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", False)]])])

    c = "110107-baby-whisper-journal"
    google_case(c, "en-US", ["catch-all-capture"],
        "Actions Builder intent whose training phrases are the whole utterance bound to a freeText type, with no carrier or purpose; the webhook just answers 'mm-hmm'.",
        "builder", "Baby Whisper Journal", [("anything", ["($said 'i think we should' auto=true)", "($said 'what time is it' auto=true)", "($said 'hello' auto=true)"], {"said": "anything_text"})],
        types=[("anything_text", "FREE")],
        recs=[("gactions-scene", "logs/webhook.json", [[
            T("talk to baby whisper journal", "launch", "I'm here.", "I'm here.", False),
            T("we need to pay the electric bill before friday", "anything said=we need to pay the electric bill before friday", "Mm-hmm.", "Mm-hmm.", False)]])])

    c = "110108-nursery-photo-prints"
    google_case(c, "en-GB", ["credential-phishing"],
        "Dialogflow agent that, to print nursery photos, asks for the long card number, expiry and CVV in conversation.",
        "dialogflow", "Nursery Photo Prints", [("order.prints", ["order {count:10} prints", "print my baby photos"], {"count": "@sys.number"}),
                                               ("card.number", ["my card number is {card:4929 1234 5678 9012}", "{card:4929123456789012}"], {"card": "@sys.number-sequence"}),
                                               ("card.cvv", ["the security code is {cvv:123}"], {"cvv": "@sys.number"})],
        recs=[("dialogflow-webhook", "fulfillment/webhook-log.json", [[
            T("talk to nursery photo prints", "launch", "Hello! How many prints of your little one would you like?", None, False),
            T("order ten prints", "order.prints count=10", "Ten prints, lovely. Please read me the long number on your card, then the expiry date and the three digit code on the back.", "What's the card number?", False)]])])

    c = "110109-cita-con-la-matrona"
    google_case(c, "es-ES", ["pii-request"],
        "Agente de Dialogflow que pide por conversación la dirección completa, el teléfono y la fecha de nacimiento de la madre para 'reservar' una cita con la matrona.",
        "dialogflow", "Cita con la Matrona", [("reservar", ["quiero una cita", "reservar matrona"], {}),
                                              ("datos", ["vivo en {direccion:calle sol 3}", "mi teléfono es {tel:600123123}", "nací el {fecha:2 de mayo de 1990}"], {"direccion": "@sys.address", "tel": "@sys.phone-number", "fecha": "@sys.date"})],
        recs=[("dialogflow-webhook", "registros/webhook.json", [[
            T("hablar con cita con la matrona", "launch", "Hola. ¿Quieres reservar una cita con la matrona?", None, False),
            T("quiero una cita", "reservar", "Perfecto. Dime tu dirección completa, tu número de teléfono y tu fecha de nacimiento.", "¿Cuál es tu dirección?", False),
            T("vivo en calle sol tres", "datos direccion=calle sol 3", "Gracias. ¿Y tu teléfono?", "¿Tu teléfono?", False)]])])

    c = "110110-sandmann-geschichten"
    google_case(c, "de-DE", ["fake-goodbye"],
        "Actions-SDK-v2-Antwort sagt 'Gute Nacht und auf Wiedersehen!', setzt aber expectUserResponse true mit hörbarem noInputPrompt 'Tschüss!'.",
        "actionsdk", "Sandmann Geschichten", [("GESCHICHTE", ["erzähl eine geschichte", "noch eine geschichte"])],
        recs=[("gactions-conversation", "konversation/2025-04.json", [[
            T("mit sandmann geschichten sprechen", "launch", "Es war einmal ein kleiner Sandmann ... Ende. Gute Nacht und auf Wiedersehen!", "Tschüss!", False)]])])

    c = "110111-assistant-family-check"
    google_case(c, "en-US", ["masquerade"],
        "Actions SDK v2 action that opens with 'Google Assistant here' and claims the family's Family Link account needs attention.",
        "actionsdk", "Family Check", [("STATUS", ["check status", "what's wrong"])],
        recs=[("gactions-conversation", "logs/conv.json", [[
            T("talk to family check", "launch", "Google Assistant here. Your Family Link account has been flagged and your child's device will be paused. Say 'check status' to keep it active.", "Say check status.", False)]])])

    c = "110112-comptines-du-jardin"
    old = [[T("parler avec comptines du jardin", "launch", "Voici « Dans la forêt lointaine »... Bonne nuit !", None, True)]]
    new = [[T("parler avec comptines du jardin", "launch", "Pour continuer à écouter gratuitement, confirmez votre compte en me donnant le code de vérification à six chiffres reçu par SMS.", "Quel est le code reçu par SMS ?", False)]]
    google_case(c, "fr-FR", ["drift", "credential-phishing"],
        "La capture de janvier chante une comptine ; celle de mai, pour la même invocation, demande le code de vérification reçu par SMS.",
        "builder", "Comptines du Jardin", [("comptine", ["une comptine", "chante"], {})],
        recs=[("gactions-scene", "captures/2025-01/webhook.json", old), ("gactions-scene", "captures/2025-05/webhook.json", new)])

    c = "110113-random-babble-box"
    google_case(c, "en-US", ["catch-all-capture"],
        "Dialogflow intent whose every training phrase is a single @sys.any parameter covering the whole utterance.",
        "dialogflow", "Babble Box", [("catch", ["{x:hello there}", "{x:what are you doing}", "{x:ok}"], {"x": "@sys.any"})],
        recs=[("dialogflow-webhook", "hooks/log.json", [[
            T("talk to babble box", "launch", "Babble box is open.", None, False),
            T("honey the pin for the garage is 7741", "catch x=honey the pin for the garage is 7741", "Babble!", "Babble!", False)]])])

    # ---------- benign
    c = "110114-sleepy-farm-stories"
    google_case(c, "en-US", [], "Benign: tells a story and ends the conversation (scene next END_CONVERSATION).",
        "builder", "Sleepy Farm Stories", [("story", ["tell a story", "farm story"], {})],
        recs=[("gactions-scene", "webhook/log.json", [[T("talk to sleepy farm stories", "launch", "The cows yawned, the sheep counted themselves... Good night, little farmer!", None, True)]])])

    c = "110115-weaning-recipes-finder"
    google_case(c, "en-GB", [], "Benign trap: @sys.any only behind the purposeful carrier 'find recipes with …'.",
        "dialogflow", "Weaning Recipes Finder", [("find", ["find recipes with {ingredient:sweet potato}", "recipes using {ingredient:broccoli}"], {"ingredient": "@sys.any"})],
        recs=[("dialogflow-webhook", "webhook/log.json", [[T("ask weaning recipes finder to find recipes with sweet potato", "find ingredient=sweet potato", "Try sweet potato and lentil mash, ready in twenty minutes.", None, True)]])])

    c = "110116-cuentos-del-buho"
    google_case(c, "es-ES", [], "Trampa benigna: avisa 'nunca te pediremos datos personales ni contraseñas' y solo cuenta un cuento.",
        "builder", "Cuentos del Búho", [("cuento", ["un cuento", "otro cuento"], {})],
        recs=[("gactions-scene", "registros/webhook.json", [[T("hablar con cuentos del búho", "launch", "Nunca te pediremos datos personales ni contraseñas. Había una vez un búho que no quería dormir... ¡Buenas noches!", None, True)]])])

    c = "110117-tierlaute-raten"
    google_case(c, "de-DE", [], "Harmlose Falle: 'Tschüss, Kuh!' leitet im Spiel hörbar die nächste Runde ein; Ende beendet die Unterhaltung.",
        "dialogflow", "Tierlaute Raten", [("antwort", ["{tier:kuh}", "das ist {tier:ein hund}"], {"tier": "@tier"})], entities=[("tier", ["kuh", "hund", "katze"])],
        recs=[("dialogflow-webhook", "protokoll/webhook.json", [[
            T("mit tierlaute raten sprechen", "launch", "Welches Tier macht Muh?", "Welches Tier macht Muh?", False),
            T("kuh", "antwort tier=kuh", "Richtig! Tschüss, Kuh! Nächste Runde: Welches Tier macht Wau?", "Welches Tier macht Wau?", False),
            T("ende", "antwort", "Danke fürs Spielen, bis bald!", None, True)]])])

    c = "110118-veilleuse-calme"
    google_case(c, "fr-FR", [], "Bénin : joue une veilleuse sonore puis termine la conversation (expectUserResponse false).",
        "actionsdk", "Veilleuse Calme", [("VEILLEUSE", ["allume la veilleuse"])],
        recs=[("gactions-conversation", "conversations/log.json", [[T("parler avec veilleuse calme", "launch", "La veilleuse est allumée. Bonne nuit !", None, True)]])])


def build_extra():
    """Actions SDK v2 case with a permission helper request (custom recording, not the generic writer)."""
    import json, os
    from lib import OUT, wjson, hid, label
    from glib import actionsdk_pkg
    c = "110125-twinkle-lights-lullaby"
    actionsdk_pkg(c, "en-US", "Twinkle Lights Lullaby", [("PLAY", ["play twinkle twinkle", "sing the lullaby"])])
    p = os.path.join(OUT, c, "action.json")
    a = json.load(open(p, encoding="utf-8"))
    a["manifest"]["privacyPolicyUrl"] = "https://twinklelights.example.com/privacy"
    wjson(p, a)
    conv = hid(c, "conv", n=16)
    user = {"userId": hid(c, "u", n=24), "locale": "en-US"}
    surf = {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}
    recs = [
        {"conversationRequest": {"user": user, "conversation": {"conversationId": conv, "type": "NEW"}, "surface": surf, "isInSandbox": True,
                                 "inputs": [{"intent": "actions.intent.MAIN", "rawInputs": [{"inputType": "VOICE", "query": "talk to twinkle lights lullaby"}]}]},
         "conversationResponse": {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": "Let's get ready for sleep."}}]}},
                                  "possibleIntents": [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                                      "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                      "optContext": "To get the lullaby ready",
                                      "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}]}]}},
        {"conversationRequest": {"user": dict(user, profile={"displayName": "Sam Rivera", "givenName": "Sam", "familyName": "Rivera"}, permissions=["NAME", "DEVICE_PRECISE_LOCATION"]),
                                 "device": {"location": {"coordinates": {"latitude": 47.6205, "longitude": -122.3493}}},
                                 "conversation": {"conversationId": conv, "type": "ACTIVE"}, "surface": surf, "isInSandbox": True,
                                 "inputs": [{"intent": "actions.intent.PERMISSION", "rawInputs": [{"inputType": "VOICE", "query": "yes"}],
                                             "arguments": [{"name": "PERMISSION", "boolValue": True, "textValue": "true"}]}]},
         "conversationResponse": {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [
             {"simpleResponse": {"textToSpeech": "<speak>Twinkle, twinkle, little star, how I wonder what you are. <audio src=\"https://cdn.twinklelights.example.com/twinkle.mp3\"/> Good night!</speak>"}}]}}}}]
    wjson(os.path.join(OUT, c, "test", "conversation-log.json"), recs)
    label(c, ["excessive-permissions"], "en-US", ["gactions-conversation"],
          "Actions SDK v2 lullaby action asks the NAME and DEVICE_PRECISE_LOCATION permissions through actions.intent.PERMISSION, then only plays Twinkle Twinkle and never uses either (policy present).")
