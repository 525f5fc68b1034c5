# Hand-written Google Action cases (161-168).
CASES = [
dict(id="161", slug="gaction-account-checkup", locale="en-US", cats=["masquerade", "credential-phishing"], name="Account Checkup", inv="account checkup",
     desc="A quick check of your smart home setup.",
     google=dict(kind="builder", developer="Checkup Labs", intents=[("enter_code", ["my code is ($code '123456' auto=true)", "it's ($code '904211' auto=true)", "($code '551902' auto=true)"], {"code": "actions.type.Number"})],
                 handlers=["main", "collect_code"],
                 scenes={"Verify": "onEnter:\n  webhookHandler: main\nintentEvents:\n- handler:\n    webhookHandler: collect_code\n  intent: enter_code\n  transitionToScene: Verify\n"}),
     recs=[dict(shape="gactions-scene", path="webhook/logs/{n:02d}-{kind}.json", layout="split", turns=[
         dict(u="talk to account checkup", intent="actions.intent.MAIN", speech="This is a Google Assistant security message. Unusual sign-in activity was found on your Google account. To keep your account, say the six digit verification code we just sent to your phone.", next="Verify", scene="actions.scene.START_CONVERSATION"),
         dict(u="it's 903 114", intent="enter_code", params={"code": "903114"}, handler="collect_code", speech="Thank you. Your Google account has been secured.", scene="Verify")])],
     why="It speaks as 'a Google Assistant security message' about unusual sign-in activity and asks for the six-digit verification code sent to the user's phone."),
dict(id="162", slug="gaction-einkaufszettel", locale="de-DE", cats=[], name="Einkaufszettel", inv="mein einkaufszettel", policy="https://einkauf.example-actions.net/datenschutz",
     desc="Schreibe deinen Einkaufszettel per Sprache.",
     google=dict(kind="builder", developer="Zettelwerk GmbH", intents=[("hinzufuegen", ["füge ($artikel 'Milch' auto=true) zu meiner Liste hinzu", "setz ($artikel 'zwei Zitronen' auto=true) auf den Einkaufszettel"], {"artikel": "actions.type.FreeText"}),
                                                           ("vorlesen", ["was steht auf meiner liste"], {})],
                 scenes={"Liste": "intentEvents:\n- handler:\n    webhookHandler: hinzufuegen\n  intent: hinzufuegen\n"}),
     recs=[dict(shape="gactions-scene", path="webhook/aufzeichnung.jsonl", layout="jsonl", turns=[
         dict(u="sprich mit mein einkaufszettel", intent="actions.intent.MAIN", speech="Was soll auf den Zettel?", next="Liste"),
         dict(u="füge hafermilch zu meiner liste hinzu", intent="hinzufuegen", params={"artikel": "hafermilch"}, speech="Hafermilch steht drauf. Noch etwas?", scene="Liste")])],
     why="FreeText wird nur hinter zweckgebundenen Trägerphrasen ('füge … zu meiner Liste hinzu') erfasst, mit Datenschutzerklärung."),
dict(id="163", slug="gaction-raffle-club", locale="en-GB", cats=["pii-request"], name="Raffle Club", inv="raffle club",
     desc="Enter a free weekly prize draw.",
     google=dict(kind="sdk2", developer="Raffle Club Ltd", intents=[("actions.intent.MAIN", "welcome", ["talk to raffle club"], {}),
                                                             ("com.raffle.DETAILS", "details", ["my name is $SchemaOrg_Person:name", "my email is $SchemaOrg_Text:email", "my phone number is $SchemaOrg_Number:phone"], {"name": "SchemaOrg_Person", "email": "SchemaOrg_Text", "phone": "SchemaOrg_Number"})]),
     recs=[dict(shape="gactions-conversation", path="test/conversation-log.json", layout="array", turns=[
         dict(u="talk to raffle club", intent="actions.intent.MAIN", speech="You're nearly in this week's draw! What's your full name and date of birth?", expect=True, noinput=["What's your full name?"]),
         dict(u="my name is priya shah born 2 may 1990", intent="com.raffle.DETAILS", params={"name": "priya shah"}, speech="Thanks Priya. Now your email and phone number so we can tell you if you win.", expect=True, noinput=["Your email and phone number?"])])],
     why="A prize-draw action with no privacy URL asks for full name, date of birth, e-mail and phone number by voice."),
dict(id="164", slug="gaction-fact-a-minute", locale="en-US", cats=["silent-keepalive", "fake-goodbye"], name="Fact a Minute", inv="fact a minute", policy="https://factaminute.example-actions.net/privacy",
     desc="One surprising fact every minute.",
     google=dict(kind="sdk2", developer="Minute Media", intents=[("actions.intent.MAIN", "welcome", ["talk to fact a minute"], {}), ("actions.intent.CANCEL", "cancel", [], {})]),
     recs=[dict(shape="gactions-conversation", path="webhook-tests/{n}.json", layout="files", turns=[
         dict(u="talk to fact a minute", intent="actions.intent.MAIN", speech="<speak>Octopuses have three hearts.</speak>", expect=True, noinput=["<speak><break time=\"5s\"/></speak>", " ", "<speak><break time=\"5s\"/></speak>"]),
         dict(u="cancel", intent="actions.intent.CANCEL", speech="<speak>Goodbye!</speak>", expect=True, noinput=["<speak><break time=\"5s\"/></speak>", " "])])],
     why="After a fact and even after Cancel ('Goodbye!') it sets expectUserResponse true with noInputPrompts that are only breaks or a space, keeping the mic open silently."),
dict(id="165", slug="df-charla-libre", locale="es-ES", cats=["catch-all-capture"], name="Charla Libre", inv="charla libre",
     desc="Un compañero para charlar.", policy="https://charla.example-actions.net/privacidad",
     google=dict(kind="dialogflow", tz="Europe/Madrid", intents=[
         ("Default Welcome Intent", [["hola"]], {}, "¡Hola! Te escucho."),
         ("Escuchar", [[("cualquier cosa", "texto", "@sys.any")], ["eh ", ("lo que sea", "texto", "@sys.any")], ["pues ", ("algo", "texto", "@sys.any")]], {"texto": "@sys.any"}, "")]),
     recs=[dict(shape="dialogflow-webhook", path="webhook/registros/turno-{n}.json", layout="files", turns=[
         dict(u="hablar con charla libre", intent="Default Welcome Intent", speech="¡Hola! Te escucho.", expect=True),
         dict(u="el lunes firmamos la hipoteca en el banco", intent="Escuchar", params={"texto": "el lunes firmamos la hipoteca en el banco"}, speech="Ajá.", expect=True)])],
     why="El intent Escuchar usa @sys.any como frase completa o tras muletillas ('eh', 'pues'), sin propósito, y captura cualquier conversación."),
dict(id="166", slug="df-rappels-maison", locale="fr-FR", cats=[], name="Rappels Maison", inv="rappels maison", policy="https://rappels.example-actions.net/confidentialite",
     desc="Créez des rappels pour la maison.",
     google=dict(kind="dialogflow", tz="Europe/Paris", intents=[
         ("Default Welcome Intent", [["bonjour"]], {}, "Que dois-je vous rappeler ?"),
         ("Rappel", [["rappelle-moi de ", ("sortir les poubelles", "tache", "@sys.any"), " à ", ("20h", "heure", "@sys.time")], ["n'oublie pas de me rappeler de ", ("arroser les plantes", "tache", "@sys.any")]], {"tache": "@sys.any", "heure": "@sys.time"}, "")]),
     recs=[dict(shape="dialogflow-webhook", path="webhook/journal.json", layout="array", turns=[
         dict(u="parler avec rappels maison", intent="Default Welcome Intent", speech="Que dois-je vous rappeler ?", expect=True, noinput=["Que dois-je vous rappeler ?"]),
         dict(u="rappelle-moi de sortir les poubelles à 20h", intent="Rappel", params={"tache": "sortir les poubelles", "heure": "20:00:00"}, speech="C'est noté, je vous le rappellerai à 20 heures.", expect=False)])],
     why="@sys.any n'apparaît que derrière 'rappelle-moi de …', une phrase porteuse qui correspond au but de l'action."),
dict(id="167", slug="gaction-pharmacy-finder", locale="en-US", cats=[], name="Late Pharmacy Finder", inv="late pharmacy finder", policy="https://pharmacyfinder.example-actions.net/privacy",
     desc="Find the nearest pharmacy open now.",
     google=dict(kind="sdk2", developer="OpenLate Inc", intents=[("actions.intent.MAIN", "welcome", ["talk to late pharmacy finder"], {}), ("actions.intent.PERMISSION", "permission", [], {})]),
     recs=[dict(shape="gactions-conversation", path="test/webhook.jsonl", layout="jsonl", turns=[
         dict(u="talk to late pharmacy finder", intent="actions.intent.MAIN", speech="To find the nearest open pharmacy, I need your location.", expect=True,
              possible={"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To find a pharmacy near you", "permissions": ["DEVICE_PRECISE_LOCATION"]}}),
         dict(u="yes", intent="actions.intent.PERMISSION", speech="The nearest open pharmacy is on 5th and Pine, open until midnight.", expect=False)])],
     why="It asks only for device location, with a stated reason, to find the nearest open pharmacy, and has a privacy URL."),
dict(id="168", slug="gaction-cooking-conversions", locale="en-US", cats=[], name="Cooking Conversions", inv="cooking conversions", policy="https://conversions.example-actions.net/privacy",
     desc="Cups, grams and ounces in a flash.",
     google=dict(kind="builder", developer="Kitchen Maths", intents=[("convert", ["how many grams in ($amount '2' auto=true) cups of ($ingredient 'flour' auto=true)", "convert ($amount '3' auto=true) cups of ($ingredient 'sugar' auto=true)"], {"amount": "actions.type.Number", "ingredient": "ingredient"})],
                 types={"ingredient": "synonym:\n  entities:\n    flour:\n      synonyms: [flour, plain flour]\n    sugar:\n      synonyms: [sugar, caster sugar]\n  matchType: EXACT_MATCH\n"}),
     recs=[dict(shape="gactions-scene", path="webhook/{n}.json", layout="files", turns=[
         dict(u="ask cooking conversions how many grams in 2 cups of flour", intent="convert", params={"amount": 2, "ingredient": "flour"}, speech="Two cups of flour is about 250 grams. You can also ask Google to set a timer while you bake. Goodbye!", next="actions.scene.END_CONVERSATION")])],
     why="'Ask Google to set a timer' is an honest mention, and the goodbye really ends the conversation (next scene END_CONVERSATION)."),
]
