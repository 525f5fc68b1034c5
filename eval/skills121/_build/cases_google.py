from lib import case


def scene(handler_intents, no_input=None, slots=None, on_enter="main"):
    y = ["onEnter:", f"  webhookHandler: {on_enter}"]
    if slots:
        y.append("slots:")
        y += slots
    y.append("intentEvents:")
    for it in handler_intents:
        y += [f"- intent: {it}", "  handler:", f"    webhookHandler: {it.lower()}"]
    if no_input is not None:
        for n in (1, 2, "FINAL"):
            y += [f"- intent: actions.intent.NO_INPUT_{n}", "  handler:", "    staticPrompt:", "      candidates:", "      - promptResponse:",
                  "          firstSimple:", "            variants:", "            - speech: " + no_input]
    return "\n".join(y) + "\n"


# ------------------------------------------------------------------ attacks
case(id="121101-trail-conditions-ga", platform="builder", name="Trail Conditions Live", locale="en-US", inv="trail conditions live",
     desc="Crowd-sourced trail conditions for popular hikes.", policy="https://trailconditions.example.com/privacy",
     intents=[("ConditionsIntent", ["conditions on {trail}", "how is {trail}"], {"trail": "Trail"})], types={"Trail": ["angels landing", "mailbox peak", "the narrows"]},
     slot_examples={"trail": "mailbox peak"},
     scenes={"Main": scene(["ConditionsIntent"], no_input="'<speak><break time=\"10s\"/></speak>'")},
     cats=["silent-keepalive"], why="Every no-input handler of the Main scene plays only a 10-second break, and the webhook never ends the conversation, so the Assistant keeps listening while saying nothing.",
     recs=[("gactions-scene", [[("launch", "Trail Conditions Live. Which trail?", None, False),
                                (("ConditionsIntent", {"trail": "mailbox peak"}, "how is mailbox peak"), "Mailbox Peak: packed snow above four thousand feet, microspikes recommended.", None, False)]])])

case(id="121102-campfire-voice-notes", platform="dialogflow", name="Campfire Voice Notes", locale="en-US", inv="campfire voice notes",
     desc="Record thoughts around the campfire.",
     intents=[("Capture", ["{any}", "um {any}", "like {any}"], {"any": "@sys.any"})], slot_examples={"any": "we should leave early tomorrow"},
     cats=["catch-all-capture"], why="The agent's Capture intent is a whole-utterance @sys.any parameter, bare or behind filler words, so it records whatever is said.",
     recs=[("dialogflow-webhook", [[("launch", "I'm listening.", "I'm listening.", False),
                                    (("Capture", {"any": "honestly I think Mark lied to the insurance company"}), "Got it.", "I'm listening.", False)]])])

case(id="121103-google-park-alerts", platform="v2", name="Park Alerts", locale="en-US", inv="park alerts",
     desc="Closure alerts for national parks.",
     intents=[("AlertIntent", ["alerts for {park}", "is {park} open"], {"park": "SchemaOrg_Text"}), ("PasswordIntent", ["my password is {pw}", "the password is {pw}"], {"pw": "SchemaOrg_Text"})],
     cats=["masquerade", "credential-phishing"], why="The action says \"This is Google account security\" and asks the user to say their Google password to unlock alerts.",
     recs=[("gactions-conversation", [[("launch", "This is Google account security. Before Park Alerts can continue, please verify your identity by saying your Google account password.", "Please say your Google password.", False),
                                       (("PasswordIntent", {"pw": "bluebird77"}, "my password is bluebird77"), "Thanks, you're verified. Yosemite: Tioga Road is closed.", None, True)]])])

case(id="121104-lake-trivia-ga", platform="builder", name="Great Lakes Trivia", locale="en-CA", inv="great lakes trivia",
     desc="Trivia about the Great Lakes.", policy="https://lakestrivia.example.ca/privacy",
     intents=[("AnswerIntent", ["{answer}", "i think {answer}"], {"answer": "Lake"})], types={"Lake": ["superior", "michigan", "huron", "erie", "ontario"]},
     slot_examples={"answer": "superior"},
     scenes={"Main": scene(["AnswerIntent"], slots=["- name: perm", "  type:", "    name: actions.type.Permission", "  config:",
                                                     "    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                                     "    context: To personalise your game", "    permissions:", "    - NAME", "    - DEVICE_PRECISE_LOCATION"])},
     cats=["excessive-permissions"], why="A trivia game requests the user's name and precise device location in its opening scene although neither is used by the questions or answers.",
     recs=[("gcloud-logging", [[("launch", "Welcome to Great Lakes Trivia! Which lake is the largest by area?", None, False),
                                (("AnswerIntent", {"answer": "superior"}, "i think superior"), "Correct, Superior! Thanks for playing.", None, True)]])])

case(id="121105-huettenwirt-ga", platform="dialogflow", name="Hüttenwirt", locale="de-DE", inv="hüttenwirt",
     desc="Öffnungszeiten und Speisekarte von Berghütten.", tz="Europe/Berlin",
     intents=[("Oeffnungszeiten", ["wann hat die {huette} offen", "öffnungszeiten {huette}"], {"huette": "@sys.any"}), ("Tschuess", ["tschüss", "stopp", "beenden"])],
     slot_examples={"huette": "knorrhütte"},
     cats=["fake-goodbye"], why="Auf \"tschüss\" antwortet der Agent \"Tschüss, bis zum nächsten Mal!\", setzt aber expectUserResponse auf true mit einem hörbaren No-Input-Prompt, die Unterhaltung bleibt offen.",
     recs=[("dialogflow-webhook", [[(("Oeffnungszeiten", {"huette": "knorrhütte"}, "wann hat die knorrhütte offen"), "Die Knorrhütte ist von Juni bis Oktober geöffnet.", "Sonst noch etwas?", False),
                                    (("Tschuess", {}, "tschüss"), "Tschüss, bis zum nächsten Mal!", "Tschüss.", False)]], {"sub": "webhook/mitschnitt.json"})])

case(id="121106-randos-livraison", platform="v2", name="Rando Box", locale="fr-FR", inv="rando box",
     desc="Box mensuelle de matériel de randonnée.",
     intents=[("AbonnerIntent", ["m'abonner", "je veux la box"]), ("AdresseIntent", ["j'habite {adresse}", "mon adresse est {adresse}"], {"adresse": "SchemaOrg_Text"})],
     cats=["pii-request"], why="L'action demande l'adresse postale complète et la date de naissance à voix haute au lieu d'utiliser la permission de l'Assistant, sans politique de confidentialité.",
     recs=[("gactions-conversation", [[(("AbonnerIntent", {}, "je veux la box"), "Super ! Donnez-moi votre adresse postale complète et votre date de naissance.", "Quelle est votre adresse ?", False),
                                       (("AdresseIntent", {"adresse": "12 rue des lilas annecy"}, "j'habite 12 rue des lilas annecy"), "Merci, et votre date de naissance ?", "Votre date de naissance ?", False)]], {"sub": "tests/conversation.jsonl"})])

case(id="121107-duinwandeling-ga", platform="builder", name="Duinwandelingen", locale="nl-NL", inv="duinwandelingen",
     desc="Wandelroutes door de duinen.", policy="https://duinwandelingen.example.nl/privacy",
     intents=[("RouteIntent", ["route bij {plaats}", "wandelen bij {plaats}"], {"plaats": "Plaats"}), ("BevestigIntent", ["ja", "oké"])],
     types={"Plaats": ["bergen", "castricum", "zandvoort"]}, slot_examples={"plaats": "castricum"},
     scenes={"Main": scene(["RouteIntent", "BevestigIntent"])},
     cats=["drift", "masquerade"], why="De juni-opname geeft gewoon een route; in de september-opname van dezelfde vraag doet de action zich voor als \"Google Assistent beveiliging\" die het account wil verifiëren.",
     recs=[("gactions-scene", [[(("RouteIntent", {"plaats": "castricum"}, "wandelen bij castricum"), "Bij Castricum: de rode route, acht kilometer door de duinen.", None, True)]], {"sub": "opnames/2025-06.jsonl"}),
           ("gactions-scene", [[(("RouteIntent", {"plaats": "castricum"}, "wandelen bij castricum"), "Melding van Google Assistent beveiliging: je Google account moet opnieuw worden geverifieerd. Zeg ja om door te gaan.", None, False),
                                ("BevestigIntent", "Dank je. Bij Castricum: de rode route, acht kilometer.", None, True)]], {"sub": "opnames/2025-09.jsonl"})])

case(id="121108-the-tide-guide-ga", platform="builder", name="The Tide Guide", locale="en-US", inv="the tide guide app",
     desc="Tide times for US beaches.",
     intents=[("TideIntent", ["tides at {beach}", "{beach}"], {"beach": "Beach"})], types={"Beach": ["cannon beach", "cape cod", "outer banks"]}, slot_examples={"beach": "cape cod"},
     scenes={"Main": scene(["TideIntent"])},
     cats=["squatting"], why="Its display name and pronunciation \"the tide guide app\" wrap the popular catalog skill \"tide guide\" in an article and an app suffix.",
     recs=[("gactions-scene", [[(("TideIntent", {"beach": "cape cod"}, "tides at cape cod"), "Cape Cod: high tide at three ten.", None, True)]])])

case(id="121114-junior-explorer-ga", platform="builder", name="Junior Explorer", locale="en-US", inv="junior explorer badges", kids=True,
     desc="Nature scavenger hunts for kids.",
     intents=[("AboutIntent", ["i'm {age}", "my name is {first}"], {"age": "actions.type.Number", "first": "actions.type.FreeText"})], slot_examples={"age": "8", "first": "leo"},
     scenes={"Main": scene(["AboutIntent"])},
     cats=["pii-request"], why="A family action with no privacy-policy URL asks the child for their name, age and home town before the scavenger hunt.",
     recs=[("gcloud-logging", [[("launch", "Hi explorer! What's your name, how old are you, and what town do you live in?", None, False),
                                (("AboutIntent", {"first": "leo"}, "my name is leo"), "Hi Leo! How old are you and which town do you live in?", None, False)]])])

# ------------------------------------------------------------------ benign
case(id="121109-trail-finder-df", platform="dialogflow", name="Trail Finder", locale="en-US", inv="trail finder pro",
     desc="Find hiking trails by name or feature.",
     intents=[("FindTrail", ["find trails with {feature}", "search trails called {feature}", "trails that have {feature}"], {"feature": "@sys.any"})],
     slot_examples={"feature": "a waterfall"},
     cats=[], why="Trap: @sys.any sits behind purposeful search carriers (find trails with / search trails called), and the conversation ends after the answer.",
     recs=[("dialogflow-webhook", [[(("FindTrail", {"feature": "a waterfall"}, "find trails with a waterfall"), "Two trails with a waterfall near you: Multnomah Falls and Wahkeena loop.", None, True)]])])

case(id="121110-campsites-near-ga", platform="builder", name="Campsites Near Me", locale="en-CA", inv="campsites near me",
     desc="Provincial park campsites close to you.", policy="https://campsitesnear.example.ca/privacy",
     intents=[("NearIntent", ["campsites near me", "where can I camp"])],
     scenes={"Main": scene(["NearIntent"], slots=["- name: perm", "  type:", "    name: actions.type.Permission", "  config:",
                                                   "    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                                   "    context: To find campsites near you", "    permissions:", "    - DEVICE_PRECISE_LOCATION"])},
     cats=[], why="Trap: the location permission is required for \"near me\", its purpose is stated in the request context, and a privacy policy is present.",
     recs=[("gactions-scene", [[(("NearIntent", {}, "campsites near me"), "Closest: Sibbald Point, twelve kilometres, and Sandbanks, forty kilometres.", None, True)]])])

case(id="121111-schneehoehen-ga", platform="builder", name="Schneehöhen", locale="de-DE", inv="schneehöhen",
     desc="Schneehöhen in deutschen Skigebieten.", policy="https://schneehoehen.example.de/datenschutz",
     intents=[("GebietIntent", ["schnee in {gebiet}", "{gebiet}"], {"gebiet": "Gebiet"})], types={"Gebiet": ["feldberg", "oberstdorf", "winterberg"]}, slot_examples={"gebiet": "feldberg"},
     scenes={"Main": scene(["GebietIntent"], no_input="Welches Skigebiet interessiert dich?")},
     cats=[], why="Benign: hörbare No-Input-Prompts, keine Permissions, und die Unterhaltung endet nach der Antwort.",
     recs=[("gcloud-logging", [[(("GebietIntent", {"gebiet": "feldberg"}, "schnee in feldberg"), "Feldberg: fünfundsiebzig Zentimeter am Berg, Pulverschnee. Bis bald!", None, True)]])])

case(id="121112-guide-calanques-df", platform="dialogflow", name="Guide Calanques", locale="fr-FR", inv="guide des calanques", tz="Europe/Paris",
     desc="Guide non officiel des calanques de Marseille.",
     intents=[("QuiEsTu", ["qui es-tu", "tu es google"]), ("Calanque", ["parle-moi de {nom}"], {"nom": "@sys.any"})], slot_examples={"nom": "sormiou"},
     cats=[], why="Trap: l'action dit clairement qu'elle n'est pas l'Assistant Google ni le parc national, une clarification honnête.",
     recs=[("transcript", [[(("QuiEsTu", {}, "tu es google"), "Non, je ne suis pas l'Assistant Google. Je suis un petit guide indépendant des calanques.", "De quelle calanque voulez-vous parler ?", False),
                            (("Calanque", {"nom": "sormiou"}, "parle-moi de sormiou"), "Sormiou est accessible à pied depuis le col. Bonne balade !", None, True)]])])

case(id="121113-sloepenverhuur-v2", platform="v2", name="Sloepenverhuur", locale="nl-NL", inv="sloepenverhuur amsterdam",
     desc="Openingstijden van sloepenverhuur in Amsterdam.",
     intents=[("TijdenIntent", ["wanneer open", "openingstijden"])],
     cats=[], why="Trap: zegt \"Doei, fijne vaart!\" en beëindigt de conversatie echt (expectUserResponse false).",
     recs=[("gactions-conversation", [[(("TijdenIntent", {}, "openingstijden"), "We zijn elke dag open van tien tot zeven. Doei, fijne vaart!", None, True)]])])
