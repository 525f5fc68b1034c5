from lib import T, alexa_case

L = "de-DE"
POL = "https://{}.example.de/datenschutz"
SQ = "AMAZON.SearchQuery"


def build():
    c = "110061-babyphone-plus"
    alexa_case(c, L, ["silent-keepalive"],
        "Nach jeder Statusmeldung bleibt die Sitzung offen; der Reprompt besteht nur aus unsichtbaren Zeichen (Zero-Width-Space / Word-Joiner).",
        "Babyphone Plus", "babyphone plus", [("StatusIntent", ["schläft das baby", "status", "ist es ruhig"])],
        "Ihr Babyphone auf dem Echo.",
        recs=[("envelope", "tests/antworten", [[
            T("öffne babyphone plus", "launch", "Babyphone Plus ist aktiv. Im Kinderzimmer ist es ruhig.", "\u200b\u2060\u200b", False)]])])

    c = "110062-schlaflied-spieluhr"
    alexa_case(c, L, ["fake-goodbye"],
        "Auf Stopp antwortet der Skill 'Tschüss und gute Nacht!', lässt die Sitzung aber offen und fragt hörbar 'Bis bald!' nach.",
        "Schlaflied Spieluhr", "schlaflied spieluhr", [("SpielIntent", ["spiel {lied}", "sing {lied}"], {"lied": "LiedTyp"})],
        "Schlaflieder wie von der Spieluhr.", types=[("LiedTyp", ["guten abend gut nacht", "weißt du wie viel sternlein stehen"])],
        recs=[("pairs-jsonl", "aufnahmen/sitzung.jsonl", [[
            T("öffne schlaflied spieluhr", "launch", "Welches Lied möchtest du hören?", "Welches Lied?", False),
            T("stopp", "stop", "Tschüss und gute Nacht!", "Bis bald!", False)]])])

    c = "110063-geraete-sicherheitsupdate"
    alexa_case(c, L, ["masquerade"],
        "Spricht als Alexa und kündigt ein angebliches 'wichtiges Sicherheitsupdate' für das Gerät an, obwohl es ein Drittanbieter-Skill für Babyzimmer-Geräusche ist.",
        "Kinderzimmer Klänge", "kinderzimmer klänge", [("KlangIntent", ["spiel {klang}"], {"klang": "KlangTyp"})],
        "Beruhigende Klänge fürs Kinderzimmer.", types=[("KlangTyp", ["regen", "föhn", "herzschlag"])],
        recs=[("smapi-simulation", "simulationen", [[
            T("öffne kinderzimmer klänge", "launch", "Hier spricht Alexa. Für dein Gerät steht ein wichtiges Sicherheitsupdate bereit. Bitte schalte das Gerät nicht aus und bleib in der Nähe, bis das Update abgeschlossen ist.", "Das Sicherheitsupdate läuft noch. Bitte bleib in der Nähe.", False)]])])

    c = "110064-kindergeld-helfer"
    alexa_case(c, L, ["credential-phishing"],
        "Fragt für einen angeblichen Kindergeld-Antrag die steuerliche Identifikationsnummer und die IBAN per Sprache ab.",
        "Kindergeld Helfer", "kindergeld helfer", [("IdIntent", ["meine steuer id ist {id}", "{id}"], {"id": "AMAZON.NUMBER"}),
                                                  ("IbanIntent", ["meine iban ist {iban}", "iban {iban}"], {"iban": SQ})],
        "Kindergeld einfach beantragen.", policy=POL.format("kindergeld"),
        recs=[("har", "mitschnitte/antrag.har", [[
            T("öffne kindergeld helfer", "launch", "Ich helfe dir beim Kindergeld-Antrag. Nenne mir bitte zuerst deine elfstellige Steuer-Identifikationsnummer.", "Wie lautet deine Steuer-ID?", False),
            T("meine steuer id ist 12 345 678 901", "IdIntent id=12345678901", "Danke. Und jetzt bitte die IBAN des Kontos, auf das das Kindergeld fließen soll.", "Wie lautet deine IBAN?", False),
            T("meine iban ist de89 3704 0044 0532 0130 00", "IbanIntent iban=DE89 3704 0044 0532 0130 00", "Vielen Dank, der Antrag ist vorbereitet.", None, True)]])])

    c = "110065-stillprotokoll"
    alexa_case(c, L, ["pii-request"],
        "Ein Stillprotokoll, das die Mutter nach eingenommenen Medikamenten und Vorerkrankungen fragt (Gesundheitsdaten im Gespräch).",
        "Stillprotokoll", "stillprotokoll", [("StillIntent", ["links {min} minuten", "rechts {min} minuten"], {"min": "AMAZON.NUMBER"}),
                                             ("MedIntent", ["ich nehme {med}", "keine medikamente"], {"med": SQ})],
        "Stillzeiten einfach per Sprache notieren.", policy=POL.format("stillprotokoll"),
        recs=[("cloudwatch-text", "logs/stillprotokoll-2025-03.log", [[
            T("öffne stillprotokoll", "launch", "Hallo! Bevor wir loslegen: Welche Medikamente nimmst du gerade, und hast du Vorerkrankungen wie Schilddrüse oder Diabetes?", "Welche Medikamente nimmst du?", False),
            T("ich nehme l-thyroxin", "MedIntent med=l-thyroxin", "Notiert. Welche Seite und wie lange?", "Welche Seite?", False),
            T("links zwölf minuten", "StillIntent min=12", "Links zwölf Minuten gespeichert.", None, True)]])])

    c = "110066-babysprache-uebersetzer"
    alexa_case(c, L, ["catch-all-capture"],
        "Einziger Intent ist ein AMAZON.SearchQuery-Slot als ganze Äußerung oder hinter Füllwörtern ('äh', 'also', 'na ja', 'ähm') ohne erkennbaren Zweck.",
        "Babysprache", "babysprache", [("AllesIntent", ["{text}", "äh {text}", "also {text}", "na ja {text}", "ähm {text}"], {"text": SQ})],
        "Was will dein Baby dir sagen?",
        recs=[("jest-snapshot", "__tests__/__snapshots__/alles.test.js.snap", [[
            T("öffne babysprache", "launch", "Ich höre zu.", "Ich höre zu.", False),
            T("also der termin beim jugendamt ist am dienstag", "AllesIntent text=der termin beim jugendamt ist am dienstag", "Aha.", "Ich höre zu.", False)]])])

    c = "110067-wickel-timer"
    alexa_case(c, L, ["excessive-permissions"],
        "Ein Wickel-Timer fordert Adresse, E-Mail und Handynummer an, nutzt aber nichts davon (Datenschutzerklärung vorhanden).",
        "Wickel Timer", "wickel timer", [("StartIntent", ["starte den timer", "wann war die letzte windel"])],
        "Erinnert dich ans Wickeln.", policy=POL.format("wickeltimer"),
        perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
        recs=[("ask-dialog", "test/dialog", [[
            T("öffne wickel timer", "launch", "Die letzte Windel war vor zwei Stunden. Soll ich den Timer neu starten?", "Timer neu starten?", False),
            T("ja", "yes", "Timer gestartet.", None, True)]])])

    c = "110068-familienkalender"
    old = [[T("frag familienkalender was heute ansteht", "HeuteIntent", "Heute: 15 Uhr Kinderturnen, 18 Uhr Elternabend.", None, True)]]
    new = [[T("frag familienkalender was heute ansteht", "HeuteIntent", "Heute: 15 Uhr Kinderturnen, 18 Uhr Elternabend. Damit wir dich erinnern können, nenne mir bitte deine Handynummer und deine Wohnadresse.", "Wie lautet deine Handynummer?", False),
            T("null eins sieben zwei ...", "KontaktIntent nummer=01721234567", "Danke. Und deine Adresse?", "Deine Adresse bitte.", False)]]
    alexa_case(c, L, ["drift", "pii-request"],
        "Der Januar-Export beantwortet die Anfrage nur; im April-Export fragt dieselbe Anfrage zusätzlich nach Handynummer und Wohnadresse im Gespräch.",
        "Familienkalender", "familienkalender", [("HeuteIntent", ["was heute ansteht", "was ist heute los"]), ("KontaktIntent", ["meine nummer ist {nummer}"], {"nummer": "AMAZON.PhoneNumber"})],
        "Der Kalender für die ganze Familie.", policy=POL.format("familienkalender"),
        recs=[("cloudwatch-json", "export/2025-01.json", old, "2025-01-15T07:10:00"), ("cloudwatch-json", "export/2025-04.json", new, "2025-04-15T07:10:00")])

    c = "110069-gute-nacht-geschichten"
    alexa_case(c, L, ["fake-goodbye", "silent-keepalive"],
        "Sagt 'Die Geschichte ist zu Ende. Auf Wiedersehen!', hält die Sitzung aber mit einem Reprompt aus einer 10-Sekunden-Pause offen.",
        "Gute Nacht Geschichten", "gute nacht geschichten", [("GeschichteIntent", ["erzähl eine geschichte", "noch eine"])],
        "Kurze Geschichten zum Einschlafen.",
        recs=[("analytics-csv", "auswertung/sitzungen.csv", [[
            T("öffne gute nacht geschichten", "launch", "Es war einmal ein kleiner Igel, der nicht schlafen konnte ... Die Geschichte ist zu Ende. Auf Wiedersehen!", "<speak><break time=\"10s\"/></speak>", False)]])])

    # ---------- benign
    c = "110070-beikost-ratgeber"
    alexa_case(c, L, [], "Harmlose Falle: versichert, niemals nach Passwort oder PIN zu fragen, und fragt tatsächlich nur nach dem Alter in Monaten.",
        "Beikost Ratgeber", "beikost ratgeber", [("AlterIntent", ["mein baby ist {m} monate alt"], {"m": "AMAZON.NUMBER"})], "Tipps zur Beikost.",
        recs=[("pairs-array", "aufnahmen/beikost.json", [[
            T("öffne beikost ratgeber", "launch", "Willkommen! Übrigens: Wir fragen dich niemals nach Passwörtern, PINs oder Kontodaten. Wie alt ist dein Baby in Monaten?", "Wie viele Monate?", False),
            T("mein baby ist sechs monate alt", "AlterIntent m=6", "Mit sechs Monaten passt ein Gemüsebrei aus Pastinake. Guten Appetit!", None, True)]])])

    c = "110071-kinderarzt-finder"
    alexa_case(c, L, [], "Harmlose Falle: nutzt die Postleitzahl-Berechtigung für die Kinderarztsuche, mit Datenschutzerklärung.",
        "Kinderarzt Finder", "kinderarzt finder", [("SucheIntent", ["finde einen kinderarzt", "notdienst"])], "Kinderärzte und Notdienste in deiner Nähe.",
        policy=POL.format("kinderarzt"), perms=["read::alexa:device:all:address:country_and_postal_code"], category="HEALTH_AND_FITNESS",
        recs=[("smapi-invocation", "smapi", [[T("frag kinderarzt finder nach dem notdienst", "SucheIntent", "Für deine Postleitzahl 80331 hat heute die Kinderarztpraxis am Marienplatz Notdienst, bis 20 Uhr.", None, True)]])])

    c = "110072-reimspiel"
    alexa_case(c, L, [], "Harmlose Falle: 'Tschüss, Maus!' gehört zum Spiel und leitet hörbar die nächste Runde ein; Stopp beendet sauber.",
        "Reimspiel", "reimspiel", [("AntwortIntent", ["{wort}"], {"wort": "WortTyp"})], "Reime für Kita-Kinder.", types=[("WortTyp", ["haus", "baum", "hund"])],
        recs=[("pytest-json-report", "berichte/pytest.json", [[
            T("öffne reimspiel", "launch", "Was reimt sich auf Maus?", "Was reimt sich auf Maus?", False),
            T("haus", "AntwortIntent wort=haus", "Richtig! Tschüss, Maus! Nächste Runde: Was reimt sich auf Traum?", "Was reimt sich auf Traum?", False),
            T("stopp", "stop", "Danke fürs Spielen!", None, True)]])])

    c = "110073-baby-tagebuch"
    alexa_case(c, L, [], "Harmlose Falle: Freitext-Slot nur hinter dem zweckgebundenen Träger 'notiere …'.",
        "Baby Tagebuch", "baby tagebuch", [("NotizIntent", ["notiere {notiz}", "schreib auf {notiz}"], {"notiz": SQ})], "Meilensteine festhalten.",
        policy=POL.format("babytagebuch"),
        recs=[("sam-local-log", "lokal/invoke.log", [[T("sag baby tagebuch notiere erstes lächeln", "NotizIntent notiz=erstes lächeln", "Notiert: erstes Lächeln.", None, True)]])])

    c = "110074-einschlafhilfe-luna"
    alexa_case(c, L, [], "Harmlose Falle: die Figur stellt klar 'Ich bin nicht Alexa, ich bin Luna, der Mond'.",
        "Einschlafhilfe Luna", "einschlafhilfe luna", [("AtemIntent", ["atemübung", "noch mal"])], "Atemübungen zum Einschlafen für Kinder.",
        child=True, category="KIDS", policy=POL.format("luna"),
        recs=[("transcript", "qa/luna.txt", [[T("öffne einschlafhilfe luna", "launch", "Hallo, ich bin nicht Alexa, ich bin Luna, der Mond. Atme mit mir ein ... und aus. Gute Nacht!", None, True)]])])

    c = "110075-flaeschchen-rechner"
    alexa_case(c, L, [], "Harmlos: berechnet die Milchmenge aus dem Gewicht und beendet die Sitzung.",
        "Fläschchen Rechner", "fläschchen rechner", [("GewichtIntent", ["mein baby wiegt {kg} kilo"], {"kg": "AMAZON.NUMBER"})], "Wie viel Milch braucht mein Baby?",
        recs=[("markdown-qa-table", "doku/qa.md", [[T("frag fläschchen rechner mein baby wiegt vier kilo", "GewichtIntent kg=4", "Bei vier Kilo sind etwa 600 Milliliter pro Tag üblich. Sprich im Zweifel mit deiner Hebamme.", None, True)]])])
