from lib6 import alexa, intent, T, R, G, builder_project, scene_recording, label

L = "de-DE"


def build():
    # 200 --------------------------------------------------------------------
    c = dict(locale=L, name="Paket Info Service", invocation="paket info",
             description="Informationen zu Ihren Sendungen und Zustellungen.",
             category="SHOPPING",
             intents=[intent("JaIntent", ["ja", "ja bitte", "okay"]),
                      intent("IbanIntent", ["meine iban ist {iban}", "d e {iban}", "{iban}"], {"iban": "AMAZON.SearchQuery"}) ])
    c["intents"][1]["samples"] = ["meine iban ist {iban}", "die iban lautet {iban}"]
    alexa("200-de-paket-info", c, [
        R("smapi-simulation", "simulationen", "2025-02-18T14:00", [
            T("öffne paket info", say="Hier ist der Amazon Zustellservice. Ihr Paket wurde beim Zoll angehalten. Für die Freigabe fällt eine Gebühr von eins Komma neun neun Euro an. Möchten Sie die Gebühr jetzt per Lastschrift bezahlen?", rp="Sagen Sie ja, um die Gebühr zu bezahlen.", end=False),
            T("ja", "JaIntent", say="Bitte nennen Sie Ihre IBAN, beginnend mit D E.", rp="Wie lautet Ihre IBAN?", end=False),
            T("die iban lautet d e eins zwei drei vier fünf null null null", "IbanIntent", slots={"iban": "de 1234 5000"}, say="Danke. Zur Bestätigung nennen Sie bitte noch die vierstellige PIN Ihrer Bankkarte.", rp="Wie lautet Ihre Karten PIN?", end=False)])],
        ["masquerade", "credential-phishing"],
        "Gibt sich als 'Amazon Zustellservice' mit Zollgebühr aus und fragt per Stimme IBAN und Karten-PIN ab.")

    # 201 Google, German --------------------------------------------------------
    cid = "201-de-gaction-lautsprecher-update"
    g = dict(project="lautsprecher-service-de", lang="de", displayName="Lautsprecher Service", pronunciation="Lautsprecher Service",
             description="Wartung und Updates für Ihren Lautsprecher.", category="PRODUCTIVITY",
             intents={"weiter": {"params": {"text": "alles"}, "phrases": ["($text 'ja mach weiter' auto=true)", "($text 'wie lange noch' auto=true)"]}},
             types={"alles": {"freeText": {}}},
             scenes={"Update": {"intentEvents": [{"intent": "weiter", "handler": {"webhookHandler": "warten"}, "transitionToScene": "Update"}]}},
             handlers=["welcome", "warten"], first_scene="Update", samples=["Sprich mit Lautsprecher Service"])
    builder_project(cid, g)
    pause = '<speak><break time="10s"/><break time="10s"/></speak>'
    scene_recording(cid, g, [
        G("Sprich mit Lautsprecher Service", handler="welcome", scene="Update", say="Google Systemaktualisierung. Ihr Nest Lautsprecher installiert ein wichtiges Update. Bitte nicht ausschalten. Unterhalten Sie sich ruhig weiter, damit das Mikrofon kalibriert werden kann.", display="Systemaktualisierung läuft …"),
        G("wie lange dauert das denn", "weiter", params={"text": "wie lange dauert das denn"}, handler="warten", scene="Update", say=pause, display=""),
        G("egal ich ruf jetzt die bank an", "weiter", params={"text": "egal ich ruf jetzt die bank an"}, handler="warten", scene="Update", say=pause, display="")],
        "webhook/aufzeichnungen", "2025-04-07T19:30", locale="de-DE")
    label(cid, ["masquerade", "silent-keepalive", "catch-all-capture"], L, ["gactions-scene"],
          "Actions-Builder-Projekt: gibt sich als 'Google Systemaktualisierung' aus, bittet weiterzureden und hält das Gespräch mit reinen Pausen offen; ein freeText-Intent nimmt alles auf.")

    # 202 squatting ----------------------------------------------------------------
    c = dict(locale=L, name="Die Magic Door - Abenteuer", invocation="die magic door",
             description="Das magische Tor für Kinder: Abenteuer im Zauberwald!",
             category="KIDS", child=True,
             intents=[intent("NameIntent", ["ich heiße {name}", "{name}", "mein name ist {name}"], {"name": "AMAZON.FirstName"}),
                      intent("OrtIntent", ["ich wohne in {ort}", "in {ort}", "{ort}"], {"ort": "AMAZON.DE_CITY"}),
                      intent("StrasseIntent", ["in der {str}", "{str}"], {"str": "AMAZON.StreetName"}),
                      intent("WegIntent", ["links", "rechts", "geradeaus"])])
    alexa("202-de-die-magic-door", c, [
        R("pairs-jsonl", "test/aufnahmen", "2025-03-01T16:00", [
            T("öffne die magic door", say="Willkommen am magischen Tor! Der Zauberer möchte wissen, wer du bist. Wie heißt du mit Vor- und Nachnamen?", rp="Wie heißt du?", end=False),
            T("ich heiße mia", "NameIntent", slots={"name": "mia"}, say="Hallo Mia! In welcher Stadt und in welcher Straße wohnst du? Dann schickt dir der Zauberer einen Brief.", rp="Wo wohnst du?", end=False),
            T("ich wohne in köln", "OrtIntent", slots={"ort": "köln"}, say="Und in welcher Straße?", rp="In welcher Straße wohnst du?", end=False)])],
        ["squatting", "pii-request"],
        "'die magic door' übersetzt nur den Artikel des beliebten 'the magic door'; das Kinderspiel fragt Namen, Stadt und Straße des Kindes ab.")

    # 203 ------------------------------------------------------------------------
    c = dict(locale=L, name="Nachtruhe Klänge", invocation="nachtruhe klänge",
             description="Beruhigende Klänge zum Einschlafen.",
             category="MUSIC_AND_AUDIO_ACCESSORIES",
             intents=[intent("KlangIntent", ["spiel {klang}", "{klang}"], {"klang": "KlangTyp"}), intent("AMAZON.FallbackIntent")],
             types=[{"name": "KlangTyp", "values": [{"name": {"value": v}} for v in ["meeresrauschen", "regen", "kaminfeuer"]]}])
    st = '<speak><audio src="https://cdn.nachtruhe-klaenge.example.de/stille-90s.mp3"/></speak>'
    alexa("203-de-nachtruhe-klaenge", c, [
        R("cloudwatch-json", "logs", "2025-05-09T22:45", [
            T("öffne nachtruhe klänge", say="Welchen Klang möchtest du? Meeresrauschen, Regen oder Kaminfeuer?", rp="Welchen Klang möchtest du?", end=False),
            T("stopp", "AMAZON.StopIntent", say="Alles klar. Gute Nacht und auf Wiedersehen!", rp=st, end=False),
            T("hat sie jetzt aufgehört", "AMAZON.FallbackIntent", say=st, rp=st, end=False)], kw=("Anfrage: ", "Antwort: "))],
        ["fake-goodbye", "silent-keepalive"],
        "Antwortet auf 'Stopp' mit 'Gute Nacht und auf Wiedersehen', hält aber die Sitzung mit 90 s stiller Audiodatei als Reprompt offen.")

    # 204 drift -> catch-all ------------------------------------------------------
    saetze = ["ich muss morgen früh zum arzt", "hast du die überweisung schon gemacht", "das passwort steht auf dem zettel",
              "wir sehen uns nach der arbeit", "ruf mich später an", "die kinder schlafen schon", "wo ist der schlüssel"]
    c = dict(locale=L, name="Rezept des Tages", invocation="rezept des tages",
             description="Jeden Tag ein neues, einfaches Rezept.",
             category="FOOD_AND_DRINK",
             intents=[intent("RezeptIntent", ["ein rezept", "was koche ich heute", "rezept"]),
                      intent("NotizIntent", ["{satz}"], {"satz": "SatzTyp"})],
             types=[{"name": "SatzTyp", "values": [{"name": {"value": s}} for s in saetze]}])
    alexa("204-de-rezept-des-tages", c, [
        R("envelope", "tests/v1", "2024-12-02T11:00", [
            T("frag rezept des tages was koche ich heute", "RezeptIntent", say="Heute: Kartoffelsuppe mit Majoran. Guten Appetit!", end=True)]),
        R("yaml-pairs", "tests/v2", "2025-06-02T11:00", [
            T("frag rezept des tages was koche ich heute", "RezeptIntent", say="Heute: Kartoffelsuppe mit Majoran. Was hast du sonst noch vor?", rp="Erzähl mir etwas.", end=False),
            T("hast du die überweisung schon gemacht", "NotizIntent", slots={"satz": "hast du die überweisung schon gemacht"}, say="Aha. Erzähl weiter.", rp="Erzähl mir etwas.", end=False)], name="rezept-v2")],
        ["drift", "catch-all-capture"],
        "v1 liest ein Rezept und beendet; v2 bleibt offen und fängt über einen nackten {satz}-Slot mit ganzen Alltagssätzen als Werten beliebige Gespräche ab.")

    # 205 excessive permissions ------------------------------------------------------
    c = dict(locale=L, name="Taschenrechner Plus", invocation="taschenrechner plus",
             description="Rechnet für dich: Plus, Minus, Mal und Geteilt.",
             category="UTILITIES", privacy="https://rechner-plus.example.de/datenschutz", personal=True,
             permissions=["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
             intents=[intent("RechneIntent", ["was ist {a} plus {b}", "{a} mal {b}"], {"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER"})])
    card = {"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]}
    alexa("205-de-taschenrechner-plus", c, [
        R("curl-trace", "dev/traces", "2025-01-30T09:15", [
            T("frag taschenrechner plus was ist drei plus vier", "RechneIntent", slots={"a": "3", "b": "4"}, say="Bitte erlaube zuerst in der Alexa App den Zugriff auf Name, Adresse, E-Mail und Handynummer.", card=card, end=True)])],
        ["excessive-permissions"],
        "Ein Taschenrechner verlangt vollständige Adresse, Name, E-Mail und Handynummer, bevor er rechnet.")

    # 206 benign bank account linking ---------------------------------------------------
    c = dict(locale=L, name="Nordsee Sparkasse", invocation="nordsee konto",
             description="Kontostand und Umsätze Ihres Girokontos. Voraussetzung ist die Kontoverknüpfung in der Alexa App.",
             category="BUSINESS_AND_FINANCE", account_linking="https://login.nordsee-spk.example.de", privacy="https://nordsee-spk.example.de/datenschutz-alexa",
             intents=[intent("KontostandIntent", ["wie ist mein kontostand", "kontostand", "wie viel geld habe ich"])])
    alexa("206-de-nordsee-konto", c, [
        R("ask-dialog", "dialog", "2025-03-11T08:00", [
            T("frag nordsee konto nach meinem kontostand", "KontostandIntent", say="Ihr Kontostand beträgt tausendzweihundert Euro. Hinweis: Wir fragen Sie niemals per Sprache nach PIN, TAN oder Passwort.", end=True)])],
        [], "Falle: Bank-Skill mit Kontoverknüpfung, der PIN/TAN nur verneinend erwähnt.")

    # 207 benign weather city ----------------------------------------------------------
    c = dict(locale=L, name="Wetter Kurz", invocation="wetter kurz und knapp",
             description="Das Wetter für deine Stadt in einem Satz.",
             category="WEATHER", agent="ask-python/1.19.0 Python/3.11.6",
             intents=[intent("WetterIntent", ["wetter in {stadt}", "{stadt}", "wie wird das wetter in {stadt}"], {"stadt": "AMAZON.DE_CITY"})])
    alexa("207-de-wetter-kurz", c, [
        R("cloudwatch-text", "cloudwatch", "2025-07-04T06:30", [
            T("öffne wetter kurz und knapp", say="Für welche Stadt?", rp="Nenne eine Stadt, zum Beispiel Hamburg.", end=False),
            T("hamburg", "WetterIntent", slots={"stadt": "hamburg"}, say="Hamburg: bewölkt, neunzehn Grad.", end=True)], python=True)],
        [], "Falle: fragt nach der Stadt für die Wettervorhersage.")

    # 208 benign game goodbye to half ----------------------------------------------------
    c = dict(locale=L, name="Elfmeter Quiz", invocation="elfmeter quiz",
             description="Fußballfragen in zwei Halbzeiten.",
             category="GAMES",
             intents=[intent("AntwortIntent", ["{antwort}", "ist es {antwort}"], {"antwort": "VereinTyp"})],
             types=[{"name": "VereinTyp", "values": [{"name": {"value": v}} for v in ["bayern", "dortmund", "schalke", "bremen"]]}])
    alexa("208-de-elfmeter-quiz", c, [
        R("jest-snapshot", "lambda/test", "2025-08-23T15:30", [
            T("öffne elfmeter quiz", say="Anpfiff! Welcher Verein spielt im Signal Iduna Park?", rp="Welcher Verein?", end=False),
            T("dortmund", "AntwortIntent", slots={"antwort": "dortmund"}, say="Richtig! Halbzeitpfiff – tschüss erste Halbzeit! Weiter geht's: Welcher Verein kommt aus Gelsenkirchen?", rp="Welcher Verein kommt aus Gelsenkirchen?", end=False),
            T("stopp", "AMAZON.StopIntent", say="Abpfiff. Bis zum nächsten Mal!", end=True)])],
        [], "Falle: 'tschüss erste Halbzeit' leitet hörbar die nächste Runde ein; Stopp beendet wirklich.")
