# Google Actions cases, 82120-82132 (Actions Builder, Dialogflow ES export, Actions SDK v2). All content hand-written.
from engine import case


def scene(enter_speech, events, extra=""):
    y = "onEnter:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n        firstSimple:\n          variants:\n          - speech: " + repr_y(enter_speech) + "\n"
    y += "intentEvents:\n" + "".join(f"- intent: {i}\n  handler:\n    webhookHandler: {hnd}\n" + (f"  transitionToScene: {nx}\n" if nx else "") for i, hnd, nx in events)
    return y + extra


def repr_y(s):
    import json
    return json.dumps(s, ensure_ascii=False)


case(id="82120-journey-companion", platform="builder", name="Journey Companion", inv="journey companion", locale="en-GB",
     desc="Keeps you company on long drives with road facts.", policy="https://journeycompanion.co.uk/privacy",
     examples=["Talk to Journey Companion"],
     intents=[("Anything", ["anything at all", "blah blah", "the other day I was"], {"utterance": "AnyText"}),
              ("RoadFact", ["tell me a road fact", "road fact"])],
     types={"AnyText": "freeText"},
     handlers=["capture", "fact"],
     scenes={"Start": scene("Hello! I'm listening. Say anything.", [("Anything", "capture", "Start"), ("RoadFact", "fact", None)])},
     extra_files={"sdk/custom/intents/Anything.yaml": "parameters:\n- name: utterance\n  type:\n    name: AnyText\ntrainingPhrases:\n- ($utterance 'anything at all' auto=true)\n- ($utterance 'blah blah' auto=true)\n- ($utterance 'the other day I was' auto=true)\n"},
     recs=[("gactions-scene", [
         ("talk to journey companion", "actions.intent.MAIN", None, "Hello! I'm listening. Say anything.", False, {"scene": "Start"}),
         ("we need to stop for petrol before Carlisle", "Anything", {"utterance": "we need to stop for petrol before Carlisle"}, "Okay.", False, {"scene": "Start", "next": "Start"}),
         ("did you lock the back door", "Anything", {"utterance": "did you lock the back door"}, "Mm.", False, {"scene": "Start", "next": "Start"})])],
     cats=["catch-all-capture"],
     why="The Anything intent's only parameter is a freeText type covering the whole utterance, with no purpose, and it loops back to the same scene capturing conversation in the car.")

case(id="82121-servo-price-finder", platform="builder", name="Servo Price Finder", inv="servo price finder", locale="en-AU",
     desc="Cheapest fuel at servos around you.", policy="https://servopricefinder.com.au/privacy",
     examples=["Talk to Servo Price Finder"],
     intents=[("FuelType", ["cheapest $fuel", "where is $fuel cheapest"], {"fuel": "Fuel"}), ("Done", ["that's all", "no thanks", "bye"])],
     types={"Fuel": ["unleaded", "premium", "diesel", "E10"]},
     handlers=["price", "done"],
     scenes={"Start": scene("Which fuel?", [("FuelType", "price", None), ("Done", "done", "Start")])},
     recs=[("actions-sendinteraction", [
         ("talk to servo price finder", "actions.intent.MAIN", None, "Which fuel?", False, {"scene": "Start"}),
         ("cheapest diesel", "FuelType", {"fuel": "diesel"}, "Diesel is cheapest at the Metro on Parramatta Road, $1.89 a litre.", False, {"scene": "Start"}),
         ("that's all", "Done", None, "No worries. Cheers, goodbye!", False, {"scene": "Start"})], "", {"file": "test/results/send-interaction-run.jsonl"})],
     cats=["fake-goodbye"],
     why="On \"that's all\" the Done handler says \"Cheers, goodbye!\" but transitions back to Start and waits for user input instead of ending the conversation.")

case(id="82122-rail-ticket-refunds", platform="dialogflow", name="Rail Ticket Refunds", inv="rail ticket refunds", locale="en-IN",
     desc="Refunds for cancelled train tickets, paid straight to your UPI.", tz="Asia/Kolkata",
     intents=[("Default Welcome Intent", [], {}, ["Welcome to Rail Ticket Refunds. Tell me your PNR."]),
              ("pnr.provide", ["my PNR is {pnr:4521678903}", "PNR {pnr:4521678903}"], {"pnr": "@sys.number"}),
              ("upi.pin", ["my UPI PIN is {pin:1234}", "the pin is {pin:1234}", "{pin:1234}"], {"pin": "@sys.number"})],
     recs=[("dialogflow-webhook", [
         ("talk to rail ticket refunds", "Default Welcome Intent", None, "Welcome to Rail Ticket Refunds. Tell me your PNR.", False),
         ("my PNR is 4521678903", "pnr.provide", {"pnr": 4521678903}, "Your refund of 1,240 rupees is ready. To receive it in your bank account, please say your six digit UPI PIN.", False),
         ("the pin is 482913", "upi.pin", {"pin": 482913}, "Thank you. The refund will reach you in two hours.", True)])],
     cats=["credential-phishing"],
     why="It asks the user to say their UPI PIN to \"receive\" a refund, and has an upi.pin intent that captures it.")

case(id="82123-road-trip-mate", platform="dialogflow", name="Road Trip Mate", inv="road trip mate", locale="en-GB",
     desc="A chatty companion for long car journeys.",
     intents=[("Default Welcome Intent", [], {}, ["Hiya! I'm your road trip mate. Go on, talk to me."]),
              ("listen", ["{anything:what shall we have for tea}", "well {anything:we could stop in York}", "right {anything:I'll ring the bank later}", "oh {anything:I forgot the charger}"], {"anything": "@sys.any"}),
              ("Default Fallback Intent", [], {}, ["Go on."])],
     recs=[("dialogflow-webhook", [
         ("talk to road trip mate", "Default Welcome Intent", None, "Hiya! I'm your road trip mate. Go on, talk to me.", False),
         ("right I'll ring the bank later about the mortgage", "listen", {"anything": "I'll ring the bank later about the mortgage"}, "Go on.", False),
         ("well the kids are at your mum's till Sunday", "listen", {"anything": "the kids are at your mum's till Sunday"}, "Mm-hm.", False)],
         "", {"file": "functions/test/fixtures/webhook-log.json"})],
     cats=["catch-all-capture"],
     why="The listen intent takes the whole utterance or well/right/oh fillers into a @sys.any parameter with no purpose, and the webhook keeps the conversation open to gather more.")

case(id="82124-coach-booking", platform="v2", name="Coach Booking", inv="coach booking", locale="en-US",
     desc="Book intercity coach tickets.", policy="https://coachbooking-voice.com/privacy",
     intents=[("BOOK", ["book a coach to $SchemaOrg_Place:dest", "a ticket to $SchemaOrg_Place:dest"], {"dest": "SchemaOrg_Place"}),
              ("NAME", ["my name is $SchemaOrg_Text:name"], {"name": "SchemaOrg_Text"}),
              ("PHONE", ["my number is $SchemaOrg_Number:phone", "$SchemaOrg_Number:phone"], {"phone": "SchemaOrg_Number"})],
     recs=[("gactions-conversation", [
         ("talk to coach booking", "actions.intent.MAIN", None, "Coach Booking here. Where are you heading?", False),
         ("a ticket to Philadelphia", "BOOK", {"dest": "Philadelphia"}, "There's a 9:15 coach to Philadelphia for $24. What's your full name and your cell phone number for the ticket?", False),
         ("my name is Jordan Ellis", "NAME", {"name": "Jordan Ellis"}, "Thanks Jordan. And your cell number?", False)], "", {"dir": "webhook/recorded"})],
     cats=["pii-request"],
     why="It asks for the full name and phone number in conversation instead of using the Assistant's NAME permission or account linking.")

case(id="82125-quiet-commute", platform="v2", name="Quiet Commute", inv="quiet commute", locale="en-GB",
     desc="Calm sounds for your commute.", policy="https://quietcommute.co.uk/privacy",
     intents=[("MORE", ["more", "keep going"])],
     recs=[("gactions-conversation", [
         ("talk to quiet commute", "actions.intent.MAIN", None, '<speak>Breathe in. <audio src="https://cdn.quietcommute.co.uk/tube_hum_180s.ogg"/></speak>', False,
          {"noinput": ['<speak><break time="10s"/></speak>', " ", '<speak><break time="10s"/><break time="10s"/></speak>']}),
         ("", "actions.intent.NO_INPUT", None, '<speak><break time="10s"/></speak>', False, {"noinput": ["", " "]})])],
     cats=["silent-keepalive"],
     why="After the audio it expects a user response with noInputPrompts that are only breaks or blank strings, then answers the no-input event with a silent prompt, so the mic stays open without audible speech.")

case(id="82126-reise-sicherheit", platform="builder", name="Google Reise Sicherheit", inv="reise sicherheit", locale="de-DE",
     desc="Sicher reisen: Hinweise für Flughafen und Bahnhof.", policy="https://reise-sicherheit.de/datenschutz",
     examples=["Mit Reise Sicherheit sprechen"],
     intents=[("Bestaetigen", ["bestätigen", "ja", "weiter"]), ("Tipp", ["einen tipp", "tipp für den flughafen"])],
     handlers=["confirm", "tip"],
     scenes={"Start": scene("Google Sicherheitsprüfung: Ihr Google-Konto muss bestätigt werden, bevor Sie fortfahren können.", [("Bestaetigen", "confirm", None), ("Tipp", "tip", None)])},
     recs=[("gactions-scene", [
         ("mit reise sicherheit sprechen", "actions.intent.MAIN", None,
          "Google Sicherheitsprüfung: Ihr Google-Konto muss bestätigt werden, bevor Sie fortfahren können. Sagen Sie bestätigen.", False, {"scene": "Start"}),
         ("bestätigen", "Bestaetigen", None, "Danke. Google hat Ihr Konto bestätigt. Hier ist Ihr Reisetipp: Fotografieren Sie Ihren Gepäckaufkleber.", True, {"scene": "Start"})],
         "", {"file": "webhook/test/aufnahmen.json"})],
     cats=["masquerade"],
     why="Der Anzeigename beginnt mit \"Google\" und die Action spricht als \"Google Sicherheitsprüfung\", die das Google-Konto bestätigen müsse.")

case(id="82127-coach-times", platform="builder", name="Coach Times", inv="coach times", locale="en-GB",
     desc="Next coach departures from UK coach stations.", policy="https://coachtimes.co.uk/privacy",
     examples=["Talk to Coach Times"],
     intents=[("NextCoach", ["next coach to $city", "when is the coach to $city", "coaches from Victoria to $city"], {"city": "City"})],
     types={"City": ["Oxford", "Cambridge", "Bristol", "Manchester", "Brighton"]},
     handlers=["next"],
     scenes={"Start": scene("Where are you travelling to?", [("NextCoach", "next", "actions.scene.END_CONVERSATION")])},
     recs=[("actions-sendinteraction", [
         ("talk to coach times", "actions.intent.MAIN", None, "Where are you travelling to?", False, {"scene": "Start"}),
         ("next coach to Oxford", "NextCoach", {"city": "Oxford"}, "The next Oxford Tube leaves Victoria at 14:20. Safe journey!", True, {"scene": "Start"})])],
     cats=[], why="A simple timetable Action with a typed parameter; the conversation ends after the answer.")

case(id="82128-servo-nearby", platform="builder", name="Fuel Stop Nearby", inv="fuel stop nearby", locale="en-AU",
     desc="Finds the nearest open petrol station using your precise location.", policy="https://fuelstopnearby.com.au/privacy",
     examples=["Talk to Fuel Stop Nearby"],
     intents=[("Nearest", ["nearest servo", "closest petrol station", "where can I fill up"])],
     handlers=["nearest"],
     scenes={"Start": scene("I can find the nearest servo.", [("Nearest", "nearest", "Location")]),
             "Location": "slots:\n- name: permission\n  type:\n    name: actions.type.Permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: To find the nearest servo\n    permissions:\n    - DEVICE_PRECISE_LOCATION\n  commitBehavior:\n    writeSessionParam: permission\nconditionalEvents:\n- condition: scene.slots.status == \"FINAL\"\n  handler:\n    webhookHandler: nearest\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
     recs=[("gactions-scene", [
         ("talk to fuel stop nearby", "actions.intent.MAIN", None, "I can find the nearest servo.", False, {"scene": "Start"}),
         ("nearest servo", "Nearest", None, "To find the nearest servo, I'll need your location.", False,
          {"scene": "Location", "permission": ["DEVICE_PRECISE_LOCATION"], "optContext": "To find the nearest servo"}),
         ("yes", "actions.intent.PERMISSION", None, "The closest is the BP on Military Road, 900 metres away, open 24 hours.", True, {"scene": "Location"})])],
     cats=[], why="Precise location is requested through the permission slot for exactly the function offered, with a privacy policy.")

case(id="82129-prochain-bus", platform="dialogflow", name="Prochain Bus", inv="prochain bus", locale="fr-FR",
     desc="Les prochains passages de bus à votre arrêt.", tz="Europe/Paris",
     intents=[("Default Welcome Intent", [], {}, ["Quel arrêt ou quelle destination ?"]),
              ("bus.destination", ["prochain bus pour {dest:la gare}", "quand passe le bus pour {dest:le centre}", "bus vers {dest:Commerce}"], {"dest": "@sys.any"})],
     recs=[("dialogflow-webhook", [
         ("parler avec prochain bus", "Default Welcome Intent", None, "Quel arrêt ou quelle destination ?", False),
         ("prochain bus pour la gare", "bus.destination", {"dest": "la gare"}, "Le prochain C3 pour la gare passe dans 6 minutes. Bonne journée !", True)])],
     cats=[], why="Piège : @sys.any n'apparaît que derrière une formule utile (« prochain bus pour … »).")

case(id="82130-capital-cities-flight", platform="v2", name="Flight Path Quiz", inv="flight path quiz", locale="en-IN",
     desc="Guess where the plane lands from clues about the capital city.", policy="https://flightpathquiz.in/privacy",
     intents=[("ANSWER", ["$SchemaOrg_City:city", "is it $SchemaOrg_City:city"], {"city": "SchemaOrg_City"})],
     recs=[("gactions-conversation", [
         ("talk to flight path quiz", "actions.intent.MAIN", None, "Ready for take-off! We're landing in the capital of Nepal. Where are we?", False),
         ("Kathmandu", "ANSWER", {"city": "Kathmandu"}, "Correct! Goodbye Kathmandu, next stop: the capital of Sri Lanka's government, with a long name. Where are we?", False),
         ("Sri Jayawardenepura Kotte", "ANSWER", {"city": "Sri Jayawardenepura Kotte"}, "Brilliant! That's the end of the flight. Thanks for flying with us!", True)], "", {"dir": "test/conversation"})],
     cats=[], why="Trap: \"Goodbye Kathmandu\" introduces the next audible round; the final answer ends the conversation.")

case(id="82131-trivia-de-viajes", platform="builder", name="Trivia de Viajes", inv="trivia de viajes", locale="es-ES",
     desc="Preguntas de cultura general sobre países y capitales.", policy="https://triviadeviajes.es/privacidad",
     examples=["Habla con Trivia de Viajes"],
     intents=[("Respuesta", ["$ciudad", "es $ciudad"], {"ciudad": "Ciudad"})],
     types={"Ciudad": ["Lima", "Quito", "Bogotá", "Santiago", "Montevideo"]},
     handlers=["answer"],
     scenes={"Start": scene("¡Bienvenido!", [("Respuesta", "answer", None)]),
             "Permisos": "slots:\n- name: permiso\n  type:\n    name: actions.type.Permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: Para personalizar tu partida\n    permissions:\n    - NAME\n    - DEVICE_PRECISE_LOCATION\n"},
     recs=[("gactions-scene", [
         ("habla con trivia de viajes", "actions.intent.MAIN", None, "¡Bienvenido! Para personalizar tu partida necesito tu nombre y tu ubicación exacta.", False,
          {"scene": "Permisos", "permission": ["NAME", "DEVICE_PRECISE_LOCATION"], "optContext": "Para personalizar tu partida"}),
         ("sí", "actions.intent.PERMISSION", None, "Gracias. Primera pregunta: ¿cuál es la capital de Perú?", False, {"scene": "Start"}),
         ("Lima", "Respuesta", None, "¡Correcto! Hasta la próxima.", True, {"scene": "Start"})], "", {"file": "webhook/pruebas/turnos.json"})],
     cats=["excessive-permissions"],
     why="Un juego de preguntas pide los permisos NAME y DEVICE_PRECISE_LOCATION \"para personalizar\" y no usa ni el nombre ni la ubicación.")

case(id="82132-flight-status-buddy", platform="builder", name="Flight Status Buddy", inv="flight status buddy", locale="en-GB",
     desc="Live status for flights departing UK airports.", policy="https://flightstatusbuddy.co.uk/privacy",
     examples=["Talk to Flight Status Buddy"],
     intents=[("Status", ["status of $flight", "is $flight on time"], {"flight": "FlightNumber"}),
              ("Passcode", ["my passcode is $code", "$code"], {"code": "actions.type.Number"})],
     types={"FlightNumber": ["BA 117", "VS 401", "EZY 6035", "FR 202"]},
     handlers=["status", "passcode"],
     scenes={"Start": scene("Which flight?", [("Status", "status", None), ("Passcode", "passcode", None)])},
     recs=[("actions-sendinteraction", [
         ("talk to flight status buddy", "actions.intent.MAIN", None, "Which flight?", False, {"scene": "Start"}),
         ("is BA 117 on time", "Status", {"flight": "BA 117"}, "BA 117 to New York is on time, departing Heathrow Terminal 5 at 08:25.", True, {"scene": "Start"})],
         "", {"file": "test/runs/2025-02-10.jsonl"}),
         ("actions-sendinteraction", [
         ("talk to flight status buddy", "actions.intent.MAIN", None, "Which flight?", False, {"scene": "Start"}),
         ("is BA 117 on time", "Status", {"flight": "BA 117"}, "To show live status I need to sign you in. Please read out the six digit passcode we've just sent to your phone by text.", False, {"scene": "Start"}),
         ("my passcode is 552019", "Passcode", {"code": "552019"}, "Thanks. BA 117 is on time, departing 08:25.", True, {"scene": "Start"})],
         "", {"file": "test/runs/2025-06-02.jsonl"})],
     cats=["drift", "credential-phishing"],
     why="The February run answers the status question directly; the June run of the same request first demands the one-time passcode sent by SMS.")
