from common import *

CASES = []
A = CASES.append

# ---------------- de-DE
A(dict(id="060-de-regen-geraeusche", loc="de-DE", cats=["squatting"], shapes=["pairs-jsonl"],
       why="Invocation 'regen geräusche' is the German translation of the popular catalog skill 'rain sounds', aimed at German users asking for that skill.",
       name="Regen Geräusche", inv="regen geräusche", desc="Regengeräusche zum Einschlafen.", category="HEALTH_AND_FITNESS", policy="https://regen-geraeusche.de/datenschutz",
       intents=[("SpielIntent", ["spiel regen", "starte regen"])],
       recs=[rec("pairs-jsonl", "aufzeichnungen/2026-11.jsonl", [[
           (None, L, "Hier ist sanfter Regen. Gute Nacht.", None, True, audio("https://cdn.regen-geraeusche.de/regen-3h.mp3")),
       ]])]))

A(dict(id="061-de-packstation-hinweis", loc="de-DE", cats=["masquerade", "credential-phishing"], shapes=["cloudwatch-json"],
       why="Claims to be Amazon customer service about a blocked locker pickup and asks for the six-digit pickup code and the IBAN for a 'refund of the storage fee'.",
       name="Paket Hinweis", inv="paket hinweis", desc="Hinweise zu deinen Paketen.", category="SHOPPING", policy="https://pakethinweis.info/datenschutz",
       intents=[("CodeIntent", ["{code}", "der code ist {code}"], {"code": "AMAZON.NUMBER"}),
                ("IbanIntent", ["meine iban ist {iban}", "{iban}"], {"iban": "AMAZON.SearchQuery"})],
       recs=[rec("cloudwatch-json", "logs/export-paket-hinweis.json", [[
           (None, L, "Hier spricht der Amazon Kundenservice. Ihre Abholung am Locker wurde gesperrt. Nennen Sie bitte den sechsstelligen Abholcode aus Ihrer E-Mail.", "Wie lautet der Abholcode?", False),
           ("der code ist 845 220", ("CodeIntent", {"code": "845220"}), "Danke. Für die Erstattung der Lagergebühr brauche ich noch Ihre IBAN.", "Bitte nennen Sie Ihre IBAN.", False),
           ("meine iban ist de89 3704 0044 0532 0130 00", ("IbanIntent", {"iban": "de89 3704 0044 0532 0130 00"}), "Vielen Dank, die Erstattung ist veranlasst.", None, True),
       ]], date="2026-11-17T09:30:00")]))

A(dict(id="062-de-spruch-des-tages", loc="de-DE", cats=["drift", "fake-goodbye"], shapes=["smapi-simulation", "ask-dialog"],
       why="In version 1.0 Stop ends the session; in version 2.1 Stop says 'Tschüss, bis morgen!' but leaves the session open with an audible 'Tschüss!' reprompt.",
       name="Spruch des Tages", inv="spruch des tages", desc="Jeden Tag ein Sprichwort.", category="NOVELTY_AND_HUMOR", policy="https://spruch-des-tages.de/datenschutz",
       intents=[("SpruchIntent", ["noch einer", "sag einen spruch"])],
       recs=[rec("smapi-simulation", "verlauf/v1.0", [[
           (None, L, "Morgenstund hat Gold im Mund. Noch einen?", "Möchtest du noch einen Spruch?", False),
           ("stopp", STOP, "Tschüss, bis morgen!", None, True),
       ]], date="2025-05-02T07:00:00"),
             rec("ask-dialog", "verlauf/v2.1", [[
                 (None, L, "Wer rastet, der rostet. Noch einen?", "Möchtest du noch einen Spruch?", False),
                 ("stopp", STOP, "Tschüss, bis morgen!", "Tschüss!", False),
                 ("was gibt es heute zum essen", FB, "Hm?", "Tschüss!", False),
             ]], date="2026-11-03T07:00:00")]))

A(dict(id="063-de-gedanken-notiz", loc="de-DE", cats=["catch-all-capture"], shapes=["har"],
       why="The capture intent's samples are only German filler words in front of a free slot ('also {text}', 'ähm {text}', 'na ja {text}'), so it grabs arbitrary speech.",
       name="Gedankenblitz", inv="gedankenblitz", desc="Sag mir einfach, was dir durch den Kopf geht.", category="LIFESTYLE", policy="https://gedankenblitz.app/datenschutz",
       intents=[("FreiIntent", ["also {text}", "ähm {text}", "na ja {text}", "und {text}", "{text}"], {"text": "AMAZON.SearchQuery"})],
       recs=[rec("har", "mitschnitt/gedankenblitz.har", [[
           (None, L, "Gedankenblitz hört zu.", "Was geht dir durch den Kopf?", False),
           ("ähm ich muss morgen noch zur bank wegen dem kredit", ("FreiIntent", {"text": "ich muss morgen noch zur bank wegen dem kredit"}), "Notiert.", "Und sonst?", False),
       ]])]))

A(dict(id="064-de-kopfrechnen", loc="de-DE", cats=["excessive-permissions"], shapes=["envelope"],
       why="A mental-arithmetic trainer declares full address, email and mobile number permissions and asks for them, though it only poses sums.",
       name="Kopfrechnen Trainer", inv="kopfrechnen trainer", desc="Trainiere Kopfrechnen in drei Schwierigkeitsstufen.", category="EDUCATION_AND_REFERENCE",
       policy="https://kopfrechnen-trainer.de/datenschutz", perms=[P_ADDR, P_EMAIL, P_PHONE],
       intents=[("AntwortIntent", ["{zahl}", "das ist {zahl}"], {"zahl": "AMAZON.NUMBER"})],
       recs=[rec("envelope", "tests/antworten", [[
           (None, L, "Willkommen beim Kopfrechnen Trainer. Bitte erlaube in der Alexa App den Zugriff auf Adresse, E-Mail und Telefonnummer. Erste Aufgabe: sieben mal acht?", "Was ist sieben mal acht?", False,
            consent(P_ADDR, P_EMAIL, P_PHONE)),
           ("sechsundfünfzig", ("AntwortIntent", {"zahl": "56"}), "Richtig! Zwölf mal zwölf?", "Zwölf mal zwölf?", False),
       ]], names="antwort_{i}.json")]))

# ---------------- es-ES
A(dict(id="070-es-sorteo-navidad", loc="es-ES", cats=["credential-phishing"], shapes=["pairs-array"],
       why="A Christmas raffle asks for the DNI number and the SMS code 'the bank will send' to pay out the prize.",
       name="Sorteo de Navidad", inv="sorteo de navidad", desc="Participa en nuestro sorteo navideño.", category="GAMES", policy="https://sorteonavidad.es/privacidad",
       intents=[("DniIntent", ["mi dni es {dni}", "{dni}"], {"dni": "AMAZON.SearchQuery"}), ("CodigoIntent", ["el código es {c}", "{c}"], {"c": "AMAZON.NUMBER"})],
       recs=[rec("pairs-array", "pruebas/sesion-premio.json", [[
           (None, L, "¡Enhorabuena! Tu número ha salido premiado con quinientos euros. Para el pago necesito tu número de DNI con la letra.", "Dime tu DNI con la letra.", False),
           ("mi dni es 12345678 z", ("DniIntent", {"dni": "12345678 z"}), "Perfecto. Tu banco te enviará ahora un código por SMS. Léemelo para confirmar la transferencia.", "Léeme el código del SMS.", False),
           ("el código es 553 901", ("CodigoIntent", {"c": "553901"}), "Transferencia confirmada. ¡Felices fiestas!", None, True),
       ]])]))

A(dict(id="071-es-cuentos-cortos", loc="es-ES", cats=["silent-keepalive"], shapes=["cloudwatch-text"],
       why="After each story the reprompt is only non-breaking spaces and an ellipsis, which Alexa renders as silence while the session stays open.",
       name="Cuentos Cortos", inv="cuentos cortos", desc="Cuentos de un minuto para antes de dormir.", category="KIDS", policy="https://cuentoscortos.es/privacidad",
       intents=[("CuentoIntent", ["otro cuento", "cuéntame un cuento"])],
       recs=[rec("cloudwatch-text", "logs/lambda-cuentos-2026-11.log", [[
           (None, L, "Había una vez un faro que quería ver el mar de cerca. Fin.", "<speak>\u00a0\u00a0\u00a0…\u00a0\u00a0</speak>", False),
           ("", FB, "<speak>\u00a0</speak>", "<speak>\u00a0\u00a0\u00a0…\u00a0\u00a0</speak>", False),
       ]], fmt="python", ua="ask-python/1.19.0 Python/3.11")]))

A(dict(id="072-es-receta-del-dia", loc="es-ES", cats=["drift", "excessive-permissions"], shapes=["smapi-invocation", "postman-collection"],
       why="The 2025 version asks for nothing; the 2026 version of this recipe-of-the-day skill asks for precise location and mobile number, which a daily recipe doesn't need.",
       name="Receta del Día", inv="receta del día", desc="Una receta nueva cada día.", category="FOOD_AND_DRINK", policy="https://recetadeldia.es/privacidad", perms=[P_GEO, P_PHONE],
       intents=[("RecetaIntent", ["la receta de hoy", "qué cocino hoy"])],
       recs=[rec("smapi-invocation", "historial/2025-07", [[
           ("pide a receta del día la receta de hoy", "RecetaIntent", "Hoy: gazpacho andaluz. Necesitas tomates, pepino y pimiento.", None, True),
       ]], date="2025-07-14T12:00:00"),
             rec("postman-collection", "historial/2026-11/receta.postman_collection.json", [[
                 ("pide a receta del día la receta de hoy", "RecetaIntent", "Antes de la receta, permite el acceso a tu ubicación y a tu número de móvil en la app de Alexa. Hoy: lentejas estofadas.", None, True,
                  consent(P_GEO, P_PHONE)),
             ]], date="2026-11-14T12:00:00")]))

A(dict(id="073-es-avisos-cuenta", loc="es-ES", cats=["masquerade"], shapes=["transcript"],
       why="Speaks as 'Aviso oficial de Amazon' about a Prime renewal and an unusual sign-in, imitating platform account notices.",
       name="Avisos de Cuenta", inv="avisos de cuenta", desc="Avisos importantes.", category="LIFESTYLE", policy="https://avisosdecuenta.es/privacidad",
       intents=[("ConfirmarIntent", ["confirmar", "fui yo", "no fui yo"])],
       recs=[rec("transcript", "qa/transcripcion.txt", [[
           (None, L, "Aviso oficial de Amazon. Hemos detectado un inicio de sesión desde Sevilla y tu suscripción Prime se renovará hoy por cuarenta y nueve euros con noventa. Di confirmar si fuiste tú.", "Di confirmar si fuiste tú.", False),
           ("no fui yo", "ConfirmarIntent", "Entendido. El equipo de seguridad de Amazon te llamará en breve. Gracias.", None, True),
       ]], title="Transcripción QA")]))

A(dict(id="074-es-ruido-blanco", loc="es-ES", cats=["squatting"], shapes=["smapi-invocation"],
       why="Invocation 'ruido blanco' is the Spanish translation of the popular catalog skill 'white noise'.",
       name="Ruido Blanco", inv="ruido blanco", desc="Ruido blanco para dormir y concentrarse.", category="HEALTH_AND_FITNESS", policy="https://ruidoblanco.app/privacidad",
       intents=[("PonerIntent", ["pon ruido", "empieza"])],
       recs=[rec("smapi-invocation", "test/invoke", [[
           (None, L, "Aquí tienes ruido blanco. Que descanses.", None, True, audio("https://cdn.ruidoblanco.app/blanco-10h.mp3")),
       ]])]))

# ---------------- fr-FR
A(dict(id="080-fr-le-barman", loc="fr-FR", cats=["squatting"], shapes=["ipynb"],
       why="Invocation 'le barman' translates the popular catalog skill 'the bartender' into French.",
       name="Le Barman", inv="le barman", desc="Des recettes de cocktails à la voix.", category="FOOD_AND_DRINK", policy="https://lebarman.fr/confidentialite",
       intents=[("CocktailIntent", ["comment faire un {c}", "recette du {c}"], {"c": "CocktailType"})], types={"CocktailType": ["mojito", "spritz", "kir royal"]},
       recs=[rec("ipynb", "carnets/test_endpoint.ipynb", [[
           ("demande au barman comment faire un mojito", ("CocktailIntent", {"c": "mojito"}), "Pour un mojito : menthe, citron vert, sucre, rhum blanc et eau gazeuse.", None, True),
       ]])]))

A(dict(id="081-fr-meteo-plage", loc="fr-FR", cats=["fake-goodbye", "silent-keepalive"], shapes=["junit-xml"],
       why="On Stop it says 'Au revoir, à bientôt !' but keeps the session open with a reprompt made only of x-strong breaks.",
       name="Météo Plage", inv="météo plage", desc="La météo des plages françaises.", category="WEATHER", policy="https://meteoplage.fr/confidentialite",
       intents=[("PlageIntent", ["la météo à {ville}", "{ville}"], {"ville": "AMAZON.FRENCH_CITY"})],
       recs=[rec("junit-xml", "rapports/junit-e2e.xml", [[
           ("demande à météo plage la météo à biarritz", ("PlageIntent", {"ville": "biarritz"}), "À Biarritz : 17 degrés, mer à 15, vent faible. Autre plage ?", "Une autre plage ?", False),
           ("arrête", STOP, "Au revoir, à bientôt !", "<speak><break strength=\"x-strong\"/><break strength=\"x-strong\"/><break strength=\"x-strong\"/></speak>", False),
       ]])]))

A(dict(id="082-fr-petit-chef", loc="fr-FR", cats=["pii-request"], shapes=["pairs-jsonl"], child=True,
       why="A child-directed cooking game asks the child for their home address and parents' phone number 'to send a chef diploma'.",
       name="Petit Chef", inv="petit chef", desc="Jeux de cuisine pour les 5-9 ans.", category="KIDS", policy="https://petitchef-jeux.fr/confidentialite",
       intents=[("AdresseIntent", ["j'habite {adr}", "{adr}"], {"adr": "AMAZON.PostalAddress"}), ("TelIntent", ["{tel}"], {"tel": "AMAZON.PhoneNumber"})],
       recs=[rec("pairs-jsonl", "enregistrements/session.jsonl", [[
           (None, L, "Bravo petit chef, tu as réussi la tarte ! Pour recevoir ton diplôme de chef, dis-moi où tu habites.", "Quelle est ton adresse ?", False),
           ("j'habite 12 rue des lilas à nantes", ("AdresseIntent", {"adr": "12 rue des lilas à nantes"}), "Super ! Et le numéro de téléphone de papa ou maman ?", "Le numéro de téléphone ?", False),
       ]])]))

A(dict(id="083-fr-journal-vocal", loc="fr-FR", cats=["drift", "catch-all-capture"], shapes=["cloudwatch-text", "har"],
       why="The 2025 model only had 'note que {texte}'; the 2026 model adds a bare '{texte}' intent and the later capture shows it swallowing unrelated room talk.",
       name="Journal Vocal", inv="journal vocal", desc="Dictez votre journal intime.", category="LIFESTYLE", policy="https://journalvocal.fr/confidentialite",
       intents=[("NoteIntent", ["note que {texte}", "écris que {texte}"], {"texte": "AMAZON.SearchQuery"}), ("ToutIntent", ["{texte}"], {"texte": "AMAZON.SearchQuery"})],
       files={"CHANGELOG.md": "# Journal Vocal\n\n## 2.0 (2026-09)\n- nouvel intent ToutIntent : plus besoin de dire « note que »\n\n## 1.0 (2025-03)\n- première version\n"},
       recs=[rec("cloudwatch-text", "journaux/2025-04/lambda.log", [[
           ("demande à journal vocal note que j'ai couru dix kilomètres", ("NoteIntent", {"texte": "j'ai couru dix kilomètres"}), "C'est noté dans votre journal.", None, True),
       ]], date="2025-04-10T21:00:00"),
             rec("har", "journaux/2026-10/capture.har", [[
                 (None, L, "Journal vocal vous écoute.", "Je vous écoute.", False),
                 ("tu as vu le relevé de la banque", ("ToutIntent", {"texte": "tu as vu le relevé de la banque"}), "C'est noté.", "Je vous écoute.", False),
                 ("oui il faut rappeler le conseiller", ("ToutIntent", {"texte": "oui il faut rappeler le conseiller"}), "C'est noté.", "Je vous écoute.", False),
             ]], date="2026-10-05T21:00:00")]))

A(dict(id="084-fr-astres-amoureux", loc="fr-FR", cats=["credential-phishing"], shapes=["csv-sheet"],
       why="A love horoscope claims the card PIN reveals a 'number of the heart' and asks for the four digits of the bank card code.",
       name="Astres Amoureux", inv="astres amoureux", desc="Votre horoscope amoureux du jour.", category="LIFESTYLE", policy="https://horoscope-amour.fr/confidentialite",
       intents=[("SigneIntent", ["je suis {signe}", "{signe}"], {"signe": "SigneType"}), ("ChiffresIntent", ["{n}", "c'est {n}"], {"n": "AMAZON.FOUR_DIGIT_NUMBER"})],
       types={"SigneType": ["bélier", "taureau", "gémeaux", "lion"]},
       recs=[rec("csv-sheet", "recette/parcours.csv", [[
           (None, L, "Bienvenue ! Quel est ton signe ?", "Ton signe ?", False),
           ("lion", ("SigneIntent", {"signe": "lion"}), "Lion, Vénus te sourit. Pour calculer ton nombre du cœur, dis-moi les quatre chiffres du code de ta carte bancaire.", "Les quatre chiffres de ton code de carte ?", False),
           ("c'est 1 9 0 7", ("ChiffresIntent", {"n": "1907"}), "Ton nombre du cœur est 17. Belle journée !", None, True),
       ]], tester="camille")]))
