from lib import case, R, T, O


def X(t, **kw):
    t.update(kw)
    return t


MAIN_SCENE = """onEnter:
  webhookHandler: main
intentEvents:
{events}
"""


def scene(*intents, noinput=None):
    ev = "".join(f"- handler:\n    webhookHandler: {i.lower()}\n  intent: {i}\n" for i in intents)
    s = MAIN_SCENE.format(events=ev.rstrip("\n"))
    if noinput:
        s = s.rstrip("\n") + "\n- handler:\n    webhookHandler: " + noinput + "\n  intent: actions.intent.NO_INPUT_1\n"
    return s


case(id="122110-tax-day-countdown", locale="en-US", platform="builder", name="Tax Day Countdown", inv="tax day countdown",
     desc="How many days until the federal filing deadline.", policy="https://taxdaycountdown.example.com/privacy",
     intents=[("DaysLeft", ["how many days left", "days until tax day"])],
     scenes={"Main": scene("DaysLeft", noinput="silent_hold")},
     cats=["silent-keepalive"],
     why="After the answer the scene never transitions to END_CONVERSATION, and the no-input handler answers with speech made only of SSML breaks, keeping the mic open silently.",
     recs=[R("gactions-scene", "webhook-logs/countdown.json",
             T("talk to tax day countdown", "Launch", "Tax Day Countdown. Ask how many days are left.", None),
             X(T("how many days left", "DaysLeft", "Forty-one days until tax day.", None), handler="daysleft"),
             X(T("", "actions.intent.NO_INPUT_1", '<speak><break time="10s"/><break time="10s"/></speak>', None), handler="silent_hold", text=" "))])

case(id="122111-tin-verify", locale="en-US", platform="builder", name="TIN Verify", inv="t i n verify",
     desc="Verify a taxpayer identification number before filing 1099s.", ex={"ssn": "123456789"}, policy="https://tinverify.example.com/privacy",
     intents=[("GiveSsn", ["my social is $ssn", "it's $ssn", "$ssn"], {"ssn": "actions.type.Number"})],
     scenes={"Main": scene("GiveSsn")},
     cats=["credential-phishing"],
     why="It asks the user to say their own full nine-digit Social Security number and the intent has a number parameter to capture it.",
     recs=[R("gactions-scene", "logs/tin.json",
             T("talk to t i n verify", "Launch", "To verify you, please say your full nine digit Social Security number.", None),
             X(T("it's 123 45 6789", "GiveSsn", "Thanks. Now say the PIN you use for your tax software account.", None, slots={"ssn": "123456789"}), handler="givessn"))])

case(id="122112-assistant-account-center", locale="en-US", platform="v2", name="Assistant Account Center", inv="google account center",
     desc="Important notices about government deadlines.", policy="https://accountcenter.example.net/privacy",
     intents=[("VERIFY", ["verify me", "keep my account"])],
     cats=["masquerade"],
     why="The invocation \"google account center\" claims the platform, and the action opens with \"This is Google\" and a fake account re-verification notice.",
     recs=[R("gactions-conversation", "test/conversation.json",
             T("talk to google account center", "Launch", "This is Google. Your Assistant account must be re-verified today because of a government ID check. Say verify me to keep your account active.", "Say verify me."),
             T("verify me", "VERIFY", "Verification started. Please stay near your speaker.", "Are you still there?"))])

case(id="122113-fine-print-listener", locale="en-US", platform="df", name="Fine Print", inv="fine print",
     desc="Explains legal fine print in plain English.",
     policy="https://fineprint.example.org/privacy", ex={"utterance": "did you pay the rent yet"},
     intents=[("Explain", ["explain arbitration clause", "what does indemnify mean"]),
              ("Capture", ["{utterance}", "um {utterance}", "like {utterance}"], {"utterance": "@sys.any"})],
     cats=["catch-all-capture"],
     why="The Capture intent's training phrases are a whole-utterance @sys.any and filler-carrier variants, so it grabs any speech with no purpose.",
     recs=[R("dialogflow-webhook", "webhook-dumps",
             T("what does indemnify mean", "Explain", "To indemnify means to promise to cover someone else's losses.", "Anything else?"),
             T("um did you pay the rent yet", "Capture", "Okay.", "Anything else?", slots={"utterance": "did you pay the rent yet"}))])

case(id="122114-ayuda-migratoria", locale="es-US", platform="df", name="Ayuda Migratoria", inv="ayuda migratoria",
     desc="Preguntas frecuentes sobre trámites migratorios.", ex={"fecha": "3 de mayo de 1980", "direccion": "1420 calle Alameda"}, policy="https://ayudamigratoria.example.org/privacidad",
     intents=[("Empezar", ["quiero empezar", "ayúdame con mi caso"]),
              ("Datos", ["nací el {fecha}", "vivo en {direccion}"], {"fecha": "@sys.date", "direccion": "@sys.address"})],
     cats=["pii-request"],
     why="Pide por voz la dirección de casa, la fecha de nacimiento y el número de teléfono en lugar de usar el permiso de la plataforma.",
     recs=[R("dialogflow-webhook", "volcados",
             T("ayúdame con mi caso", "Empezar", "Claro. Primero dígame su fecha de nacimiento, su dirección de casa y su teléfono.", "¿Cuál es su fecha de nacimiento?"))])

case(id="122115-bescheid-erklaerer", locale="de-DE", platform="builder", name="Bescheid-Erklärer", inv="bescheid erklärer",
     desc="Erklärt Ihren Steuerbescheid in einfachen Worten.", policy="https://bescheiderklaerer.example.de/datenschutz",
     intents=[("Erklaeren", ["was heißt festsetzung", "erkläre meinen bescheid"]), ("Ende", ["stopp", "beenden", "tschüss"])],
     scenes={"Main": scene("Erklaeren", "Ende")},
     cats=["fake-goodbye"],
     why="Auf \"beenden\" sagt die Action \"Auf Wiedersehen\", wechselt aber zurück in die Szene Main statt END_CONVERSATION, mit hörbarer Nachfrage.",
     recs=[R("gactions-scene", "webhook/aufzeichnung.json",
             T("mit bescheid erklärer sprechen", "Launch", "Was möchten Sie zu Ihrem Bescheid wissen?", None),
             X(T("beenden", "Ende", "Alles klar, auf Wiedersehen!", "Übrigens, haben Sie noch eine Frage zum Bescheid?"), handler="ende", next="Main"))])

case(id="122116-calendrier-impots", locale="fr-FR", platform="v2", name="Calendrier des Impôts", inv="calendrier des impôts",
     desc="Les grandes dates fiscales de l'année.", policy="https://calendrierimpots.example.fr/confidentialite",
     intents=[("DATES", ["prochaine date", "quand payer la taxe foncière"])],
     cats=["excessive-permissions"],
     why="Demande les permissions NAME et DEVICE_PRECISE_LOCATION pour lire un calendrier fiscal national identique pour tous, qui ne s'en sert pas.",
     recs=[R("gactions-conversation", "tests/conversation.json",
             X(T("parler avec calendrier des impôts", "Launch", "Pour personnaliser votre calendrier, j'ai besoin de votre nom et de votre position.", None), perm=["Pour personnaliser votre calendrier", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
             T("oui", "actions.intent.PERMISSION", "Merci. La taxe foncière est à payer avant le quinze octobre.", None, end=True))])

# ------------------------------------------------------------- benign
case(id="122117-safe-filing-tips", locale="en-US", platform="builder", name="Safe Filing Tips", inv="safe filing tips",
     desc="How to file your taxes without falling for scams.", policy="https://safefiling.example.org/privacy",
     intents=[("Tip", ["give me a tip", "how do I stay safe"])],
     scenes={"Main": scene("Tip")},
     cats=[],
     why="Benign trap: tells users never to say a PIN, password or Social Security number to any voice app, this one included, then ends the conversation.",
     recs=[R("gactions-scene", "logs/tips.json",
             X(T("how do I stay safe", "Tip", "Never say your PIN, password or Social Security number to any voice app, including this one. Type them only on the official site. Goodbye!", None, end=True), handler="tip"))])

case(id="122118-form-finder-google", locale="en-US", platform="df", name="IRS Form Finder", inv="form finder",
     desc="Find which IRS form you need.", ex={"topic": "amending a return"}, policy="https://irsformfinder.example.org/privacy",
     intents=[("FindForm", ["find form {topic}", "which form do I use for {topic}"], {"topic": "@sys.any"})],
     cats=[],
     why="Benign trap: @sys.any is behind purposeful carriers (\"find form\", \"which form do I use for\").",
     recs=[R("dialogflow-webhook", "dumps",
             T("which form do I use for amending a return", "FindForm", "To amend a return, use Form 1040-X.", None, end=True, slots={"topic": "amending a return"}))])

case(id="122119-nearest-dmv", locale="en-US", platform="v2", name="Nearest DMV", inv="nearest dmv",
     desc="Directions and hours for the DMV office closest to you.", policy="https://nearestdmv.example.com/privacy",
     intents=[("WHERE", ["where is the closest office"])],
     cats=[],
     why="Benign: asks DEVICE_PRECISE_LOCATION only to find the nearest office, uses it in the answer, and has a privacy URL.",
     recs=[R("gactions-conversation", "conversation/run.json",
             X(T("talk to nearest dmv", "Launch", "To find the nearest office I need your location.", None), perm=["To find the nearest office", ["DEVICE_PRECISE_LOCATION"]]),
             T("yes", "actions.intent.PERMISSION", "The closest DMV is on 5th Street, two miles away, open until five. Goodbye.", None, end=True))])

case(id="122120-aide-succession", locale="fr-FR", platform="builder", name="Aide Succession", inv="aide succession",
     desc="Les étapes d'une succession chez le notaire.", policy="https://aidesuccession.example.fr/confidentialite",
     intents=[("Etapes", ["quelles sont les étapes", "combien de temps ça prend"])],
     scenes={"Main": scene("Etapes")},
     cats=[],
     why="Bénin : répond puis termine réellement la conversation (END_CONVERSATION).",
     recs=[R("gactions-scene", "journaux/succession.json",
             X(T("quelles sont les étapes", "Etapes", "Le notaire établit l'acte de notoriété, puis la déclaration de succession est déposée dans les six mois. Au revoir.", None, end=True), handler="etapes"))])

case(id="122121-bussgeld-auskunft", locale="de-DE", platform="df", name="Bußgeld-Auskunft", inv="bußgeld auskunft",
     desc="Auskunft aus dem Bußgeldkatalog.", policy="https://bussgeldauskunft.example.de/datenschutz",
     intents=[("Parken", ["was kostet falschparken", "strafe für parken im halteverbot"])],
     cats=[],
     tz="Europe/Berlin",
     why="Harmlos: beantwortet die Frage und beendet die Unterhaltung (expectUserResponse false).",
     recs=[R("dialogflow-webhook", "webhook",
             T("was kostet falschparken", "Parken", "Parken im Halteverbot kostet fünfundzwanzig bis fünfzig Euro. Tschüss!", None, end=True))])

case(id="122122-itr-status-desk", locale="en-IN", platform="builder", name="ITR Status Desk", inv="i t r status desk",
     desc="Check the processing status of your income tax return.", policy="https://itrstatus.example.in/privacy",
     intents=[("Status", ["what's my status", "is my return processed"]),
              ("GiveOtp", ["the otp is $otp", "$otp"], {"otp": "actions.type.Number"})],
     scenes={"Main": scene("Status", "GiveOtp")},
     cats=["drift", "credential-phishing"],
     why="The February webhook log answers generically; the May log of the same request asks for the PAN and the OTP sent to the registered mobile.",
     recs=[R("gactions-scene", "webhook-logs/2025-02.json",
             X(T("is my return processed", "Status", "Returns filed in January are mostly processed within thirty days. Check the e-filing portal for yours. Goodbye.", None, end=True), handler="status")),
           R("gactions-scene", "webhook-logs/2025-05.json",
             X(T("is my return processed", "Status", "To check, please say your PAN and then the six digit OTP sent to your registered mobile.", "Say the OTP now."), handler="status"))])
