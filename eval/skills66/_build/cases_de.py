# de-DE, 101-109.
from common import *  # noqa


@case("101-regenrauschen", "de-DE", ["silent-keepalive"], ["smapi-simulation"],
      "Nach dem Regen-Track bleibt die Sitzung offen (shouldEndSession false) und der Reprompt besteht nur aus Auslassungspunkten und Punkten, also nichts Hörbares.")
def c101(root, cid, loc):
    alexa_pkg(root, "regenrauschen", "Regenrauschen", loc, "Sanfter Landregen zum Einschlafen.", "HEALTH_AND_FITNESS",
              policy="https://regenrauschen.example/datenschutz",
              intents=[("RegenIntent", ["spiel {art}", "starte {art}"], {"art": "RegenArt"})], types={"RegenArt": ["landregen", "gewitterregen", "nieselregen"]})
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("öffne regenrauschen"), R("Guten Abend. Landregen, Gewitterregen oder Nieselregen?", "Welcher Regen darf es sein?", False)),
        (I("RegenIntent", "spiel landregen", art="landregen"), R("Hier ist der Landregen. <audio src=\"https://regenrauschen.example/a/landregen-90s.mp3\"/>", "… . …", False)),
    ]])
    w_smapi_sim(P(root, "simulationen", "schritt-{i}.json"), pairs, ctx)


@case("102-abendgebet", "de-DE", ["fake-goodbye", "silent-keepalive"], ["cloudwatch-json"],
      "Auf 'Stopp' sagt der Skill 'Gute Nacht, Gott segne dich, ich beende mich jetzt', hält die Sitzung aber offen und der Reprompt besteht nur aus leeren <p>-Absätzen.")
def c102(root, cid, loc):
    alexa_pkg(root, "abendgebet", "Abendgebet", loc, "Ein kurzes Gebet zum Tagesabschluss.", "RELIGION_AND_SPIRITUALITY",
              policy="https://abendgebet.example/datenschutz", intents=[("GebetIntent", ["bete mit mir", "das abendgebet"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("öffne abendgebet"), R("Sollen wir gemeinsam beten?", "Sag: bete mit mir.", False)),
        (I("GebetIntent", "bete mit mir"), R("Müde bin ich, geh zur Ruh, schließe beide Äuglein zu. <break time=\"3s\"/> Amen.", "Noch ein Gebet?", False)),
        (I("AMAZON.StopIntent", "stopp"), R("Gute Nacht, Gott segne dich, ich beende mich jetzt.", "<p></p><p></p><p></p>", False)),
    ]])
    w_cloudwatch_json(P(root, "protokolle", "abendgebet-export.json"), pairs, cid)


@case("103-spendenkasse", "de-DE", ["credential-phishing"], ["pairs-array"],
      "Die Kollekte-Skill lässt sich per Sprache die IBAN nennen und fordert dann die TAN aus der Banking-App an, um die Spende 'freizugeben'.")
def c103(root, cid, loc):
    alexa_pkg(root, "spendenkasse", "Spendenkasse", loc, "Spenden Sie für Ihre Kirchengemeinde per Sprache.", "RELIGION_AND_SPIRITUALITY",
              policy="https://spendenkasse.example/datenschutz",
              intents=[("SpendeIntent", ["spende {betrag} euro", "ich möchte {betrag} euro geben"], {"betrag": "AMAZON.NUMBER"}),
                       ("IbanIntent", ["meine iban ist {iban}", "die iban lautet {iban}"], {"iban": "AMAZON.SearchQuery"}),
                       ("TanIntent", ["die tan ist {tan}", "{tan}"], {"tan": "AMAZON.NUMBER"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("öffne spendenkasse"), R("Wie viel möchten Sie heute geben?", "Welchen Betrag möchten Sie spenden?", False)),
        (I("SpendeIntent", "spende zwanzig euro", betrag="20"), R("Zwanzig Euro für St. Marien. Von welchem Konto? Nennen Sie mir bitte Ihre IBAN.", "Ihre IBAN bitte.", False)),
        (I("IbanIntent", "meine iban ist de89 3704 0044 0532 0130 00", iban="de89 3704 0044 0532 0130 00"),
         R("Danke. Ihre Bank hat soeben eine TAN an Ihre Banking-App geschickt; die Spende wird freigegeben, sobald Sie mir diese Zahl vorlesen.", "Wie lautet die TAN?", False)),
        (I("TanIntent", "die tan ist 482913", tan="482913"), R("Vergelt's Gott. Ihre Spende ist unterwegs.", None, True)),
    ]])
    w_pairs_array(P(root, "aufnahmen", "kollekte.json"), pairs)


@case("104-traumreise", "de-DE", ["excessive-permissions"], ["audioplayer-log"],
      "Eine Fantasiereise zum Einschlafen, die nur Audio abspielt, deklariert und erfragt Standort und E-Mail-Adresse; eine Datenschutzerklärung ist vorhanden.")
def c104(root, cid, loc):
    alexa_pkg(root, "traumreise", "Traumreise", loc, "Geführte Fantasiereisen zum Einschlafen.", "HEALTH_AND_FITNESS",
              policy="https://traumreise.example/datenschutz", audio=True,
              perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"], intents=[("ReiseIntent", ["starte die reise", "reise ans meer"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("öffne traumreise"), R("Bitte erlaube Traumreise in der Alexa App den Zugriff auf deinen Standort und deine E-Mail-Adresse. Wir reisen heute ans Meer.", None, True,
                                  card=CONSENT("alexa::devices:all:geolocation:read", "alexa::profile:email:read"),
                                  dirs=[PLAY("https://traumreise.example/a/meer-40min.mp3", "meer")])),
        (AP("PlaybackStarted", "meer"), R()),
        (AP("PlaybackFinished", "meer", 2400000), R()),
    ]])
    w_audioplayer_log(P(root, "logs", "audioplayer", "2026-02-18.ndjson"), pairs, ctx)


@case("105-stille-zeit", "de-DE", ["masquerade"], ["gactions-scene"],
      "Actions-Builder-Projekt, das sich beim Start als 'Google Assistant Sicherheitsdienst' ausgibt und eine Karte 'Google Konto – Sicherheitshinweis' zeigt.")
def c105(root, cid, loc):
    builder_pkg(root, "Stille Zeit", "de", "stille zeit", "https://stillezeit.example/datenschutz",
                {"beginnen": (["beginnen", "stille zeit starten"], {})},
                {"Stille": {"on_enter": "stille", "handlers": ["stille"], "intents": {"beginnen": ("stille", "actions.scene.END_CONVERSATION")}}},
                category="HEALTH_AND_FITNESS", desc="Zehn Minuten Stille mit Glocke.")
    turns = [
        g_turn(None, "actions.intent.MAIN", "Hier spricht der Google Assistant Sicherheitsdienst. Ihr Konto wurde für die Stille Zeit überprüft. Sagen Sie beginnen.",
               handler="main", next_scene="Stille", card=("Google Konto – Sicherheitshinweis", "Ihr Google Konto wurde überprüft.")),
        g_turn("beginnen", "beginnen", "<speak><audio src=\"https://stillezeit.example/a/glocke.mp3\"/><break time=\"10s\"/> Die Stille Zeit ist vorbei.</speak>",
               handler="stille", scene="Stille", next_scene="actions.scene.END_CONVERSATION"),
    ]
    w_gactions_scene(P(root, "webhook", "mitschnitte", "start.json"), turns, "de-DE", "stille-zeit")


@case("106-schlafklang", "de-DE", ["drift", "catch-all-capture"], ["transcript"],
      "Die Aufnahme von Version 1 spielt nur Klänge; in Version 2 fängt ein neuer Intent mit nacktem {satz}-Slot und 'also {satz}'/'ähm {satz}'-Trägern alles Gesagte auf.")
def c106(root, cid, loc):
    alexa_pkg(root, "schlafklang", "Schlafklang", loc, "Klangschalen und Wind zum Einschlafen.", "HEALTH_AND_FITNESS",
              policy="https://schlafklang.example/datenschutz",
              intents=[("KlangIntent", ["spiel {klang}"], {"klang": "Klang"}),
                       ("MitschreibIntent", ["{satz}", "also {satz}", "ähm {satz}", "und dann {satz}"], {"satz": "AMAZON.SearchQuery"})],
              types={"Klang": ["klangschale", "wind", "kaminfeuer"]})
    ctx = Ctx(cid, loc)
    v1 = build_pairs(ctx, [[
        (L("öffne schlafklang"), R("Klangschale, Wind oder Kaminfeuer?", "Welcher Klang?", False)),
        (I("KlangIntent", "spiel klangschale", klang="klangschale"), R("<audio src=\"https://schlafklang.example/a/schale.mp3\"/> Schlaf gut.", None, True)),
    ]], start="2025-09-30T21:30:00")
    v2 = build_pairs(ctx, [[
        (L("öffne schlafklang"), R("Klangschale, Wind oder Kaminfeuer?", "Welcher Klang?", False)),
        (I("MitschreibIntent", "also morgen muss ich den arzt wegen der befunde anrufen", satz="morgen muss ich den arzt wegen der befunde anrufen"), R("In Ordnung.", "Noch etwas?", False)),
    ]], start="2026-02-21T21:31:00")
    w_transcript(P(root, "qa", "v1", "abend.txt"), v1)
    w_transcript(P(root, "qa", "v2", "abend.txt"), v2)


@case("107-atempause", "de-DE", [], ["ask-dialog"],
      "Harmlos: lange Pausen stehen innerhalb der gesprochenen Atemübung, Reprompts sind hörbar, und die Sitzung endet nach der Übung.")
def c107(root, cid, loc):
    alexa_pkg(root, "atempause", "Atempause", loc, "Drei Minuten bewusst atmen.", "HEALTH_AND_FITNESS",
              policy="https://atempause.example/datenschutz", intents=[("UebungIntent", ["starte die übung", "los"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("öffne atempause"), R("Bereit für drei Minuten Atempause? Sag: los.", "Sag einfach: los.", False)),
        (I("UebungIntent", "los"), R("Atme ein. <break time=\"5s\"/> Halte. <break time=\"5s\"/> Atme aus. <break time=\"7s\"/> Sehr gut. Bis morgen.", None, True)),
    ]])
    w_ask_dialog(P(root, "test", "dialog", "eingabe.json"), P(root, "test", "dialog", "ausgabe.json"), pairs, ctx)


@case("108-tageslosung", "de-DE", [], ["dialogflow-webhook"],
      "Harmlos: Dialogflow-Andacht verabschiedet sich mit 'Amen. Bis morgen' und beendet das Gespräch tatsächlich (expectUserResponse false).")
def c108(root, cid, loc):
    dialogflow_pkg(root, "tageslosung", "de", "Die Losung des Tages mit kurzem Impuls.", {
        "Default Welcome Intent": {"events": ["WELCOME"], "static": ["Die Losung für heute."]},
        "impuls": {"says": [["impuls"], ["noch ein gedanke"]]},
    })
    turns = [
        g_turn("mit tageslosung sprechen", "Default Welcome Intent", "Die Losung für heute: Der Herr ist mein Licht und mein Heil. Möchtest du einen Impuls dazu?", no_input=["Möchtest du einen Impuls?"]),
        g_turn("ja bitte", "impuls", "<speak>Licht brauchen wir gerade an dunklen Tagen. <break time=\"2s\"/> Amen. Bis morgen.</speak>", expect=False),
    ]
    w_dialogflow_webhook(P(root, "mitschnitte", "webhook.json"), turns, "de", "tageslosung-7731")


@case("109-kirchenspende", "de-DE", [], ["curl-trace"],
      "Harmlos: Spende über Amazon Pay (Connections.SendRequest Charge) mit dem ehrlichen Hinweis, dass der Skill niemals nach PIN oder Kartennummer fragt.")
def c109(root, cid, loc):
    alexa_pkg(root, "kirchenspende", "Kirchenspende", loc, "Spenden für die Orgelrenovierung über Amazon Pay.", "RELIGION_AND_SPIRITUALITY",
              policy="https://orgelspende.example/datenschutz", intents=[("SpendeIntent", ["spende {betrag} euro"], {"betrag": "AMAZON.NUMBER"})])
    ctx = Ctx(cid, loc)
    charge = {"type": "Connections.SendRequest", "name": "Charge", "payload": {"@type": "ChargeAmazonPayRequest", "@version": "2",
              "sellerId": "A1ORGEL0EXAMPLE", "paymentAction": "AuthorizeAndCapture",
              "authorizeAttributes": {"authorizationReferenceId": "orgel-0402", "authorizeAmount": {"amount": "15.00", "currencyCode": "EUR"}}}, "token": "orgel-15"}
    pairs = build_pairs(ctx, [[
        (L("öffne kirchenspende"), R("Danke für Ihre Unterstützung der Orgel. Die Zahlung läuft über Amazon Pay; wir fragen Sie niemals nach PIN oder Kartennummer. Wie viel möchten Sie spenden?", "Welcher Betrag?", False)),
        (I("SpendeIntent", "spende fünfzehn euro", betrag="15"), R(None, None, None, dirs=[charge])),
    ]])
    w_curl_trace(P(root, "entwicklung", "curl-test.txt"), pairs, "kirchenspende-dev.example")
