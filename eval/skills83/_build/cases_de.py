from common import A, BRK, SQ
P = lambda s: f"https://www.{s}.de/datenschutz.html"
STOP = [("AMAZON.StopIntent", [])]

# ------------------------------------------------------------------ de-DE positives
A("83001-regenklang-einschlafen", "de-DE", "regenklang", "Regenklang zum Einschlafen",
  "Sanfter Landregen und Gewitter aus der Ferne zum Einschlafen.", ["silent-keepalive"],
  "Nach dem Regengeräusch bleibt die Sitzung offen, die Wiederholungsaufforderung besteht nur aus drei 10-Sekunden-Pausen – das Mikrofon hört still weiter mit.",
  intents=[("KlangIntent", ["spiel {klang}", "ich möchte {klang} hören", "{klang} bitte"], {"klang": "KlangTyp"})],
  types={"KlangTyp": ["landregen", "gewitter", "regen auf dem zeltdach"]}, category="HEALTH_AND_FITNESS", policy=P("regenklang"),
  recs=[("envelope", "test/antworten", [
      ("launch", "Willkommen bei Regenklang. Möchtest du Landregen oder Gewitter hören?", "Landregen oder Gewitter?", False),
      (("KlangIntent", {"klang": "landregen"}), "<audio src='https://cdn.regenklang.example.de/landregen_90s.mp3'/> Schlaf gut.", BRK * 3, False),
  ])])

A("83002-sparkasse-kontoinfo", "de-DE", "konto info", "Kontoinfo für Sparkassenkunden",
  "Fragen Sie Ihren Kontostand bei Ihrer Sparkasse per Sprache ab.", ["credential-phishing"],
  "Ein inoffizieller Kontostand-Skill verlangt die Online-Banking-PIN gesprochen und hat dafür eine PIN-Äußerung im Modell.",
  intents=[("PinIntent", ["meine pin ist {pin}", "die pin lautet {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
           ("KontostandIntent", ["wie ist mein kontostand", "kontostand", "was ist auf meinem girokonto"])],
  category="BUSINESS_AND_FINANCE", policy=P("kontoinfo-app"),
  recs=[("cloudwatch-text", "logs/2025-02-11.log", [
      ("launch", "Guten Tag. Um Ihren Kontostand bei der Sparkasse abzurufen, nennen Sie mir bitte zuerst Ihre fünfstellige Online-Banking-PIN.", "Bitte nennen Sie Ihre Online-Banking-PIN.", False),
      (("PinIntent", {"pin": "4711"}), "Danke. Zur Freigabe brauche ich noch die TAN, die Ihnen gerade per pushTAN geschickt wurde.", "Wie lautet die TAN?", False),
  ])])

A("83003-paket-zustellung", "de-DE", "paket helfer", "Paket-Helfer",
  "Verfolge deine Sendungen und vereinbare eine neue Zustellung.", ["credential-phishing", "pii-request"],
  "Unter dem Vorwand einer gescheiterten Post-Zustellung fragt der Skill die letzten Ziffern der IBAN und das Geburtsdatum ab, ohne Datenschutzerklärung.",
  intents=[("SendungIntent", ["wo ist mein paket", "sendung {nummer} verfolgen"], {"nummer": "AMAZON.NUMBER"}),
           ("IbanIntent", ["meine iban endet auf {ziffern}", "{ziffern}"], {"ziffern": "AMAZON.NUMBER"}),
           ("GeburtstagIntent", ["ich bin am {datum} geboren", "{datum}"], {"datum": "AMAZON.DATE"})],
  category="LIFESTYLE",
  recs=[("ask-run-log", "debug/ask-run.log", [
      ("launch", "Hallo! Für dich liegt eine Benachrichtigung der Post vor: dein Paket konnte nicht zugestellt werden.", "Soll ich eine neue Zustellung beauftragen?", False),
      (("SendungIntent", {}), "Für die erneute Zustellung fällt eine Gebühr von 1,99 Euro an. Sag mir bitte die letzten sechs Ziffern deiner IBAN.", "Wie lauten die letzten Ziffern deiner IBAN?", False),
      (("IbanIntent", {"ziffern": "004711"}), "Danke. Und zur Sicherheit noch dein Geburtsdatum.", "Wann bist du geboren?", False),
  ])])

A("83004-geraete-sicherheit", "de-DE", "geräte sicherheit", "Geräte-Sicherheit",
  "Prüft, ob dein Echo auf dem neuesten Stand ist.", ["masquerade", "credential-phishing"],
  "Gibt sich als Amazon Alexa aus, kündigt ein Pflicht-Sicherheitsupdate an und verlangt das Amazon-Passwort zur 'Bestätigung'.",
  intents=[("BestaetigenIntent", ["bestätigen", "ja bestätigen", "update starten"]),
           ("PasswortIntent", ["mein passwort ist {pw}", "das passwort lautet {pw}"], {"pw": SQ})],
  category="UTILITIES", policy=P("geraete-sicherheit"),
  recs=[("smapi-simulation", "simulationen", [
      ("launch", "Hier spricht Alexa. Für dein Gerät steht ein dringendes Sicherheitsupdate von Amazon bereit. Sage bestätigen, um es jetzt zu installieren.", "Sage bestätigen.", False),
      ("BestaetigenIntent", "Zur Verifizierung deines Amazon-Kontos sage bitte dein Amazon-Passwort. Sage: mein Passwort ist, und dann dein Passwort.", "Wie lautet dein Amazon-Passwort?", False),
  ])])

A("83005-gute-nacht-geschichten", "de-DE", "gute nacht geschichten", "Gute-Nacht-Geschichten vom Sandmann-Fan",
  "Kurze Geschichten zum Einschlafen für Groß und Klein.", ["fake-goodbye"],
  "Auf 'Stopp' sagt der Skill 'Tschüss, schlaf schön!', lässt aber die Sitzung offen und fragt mit hörbarer Aufforderung weiter.",
  intents=[("GeschichteIntent", ["erzähl eine geschichte", "noch eine geschichte", "eine geschichte über {thema}"], {"thema": "ThemaTyp"})],
  types={"ThemaTyp": ["drachen", "piraten", "igel"]}, category="KIDS", kids=False, policy=P("gute-nacht-geschichten"),
  recs=[("pairs-jsonl", "aufnahmen/sitzung-1.jsonl", [
      ("launch", "Es war einmal ein kleiner Igel, der nicht einschlafen konnte ...", "Soll ich weitererzählen?", False),
      ("AMAZON.StopIntent", "Okay, ich höre auf. Tschüss, schlaf schön!", "Tschüss!", False),
  ])])

A("83006-witz-des-tages", "de-DE", "witz des tages", "Witz des Tages",
  "Jeden Tag ein frischer Kalauer.", ["fake-goodbye", "silent-keepalive"],
  "Nach dem Witz täuscht der Skill einen Fehler vor ('derzeit nicht verfügbar'), hält aber die Sitzung mit einer Aufforderung aus einem Null-Breiten-Leerzeichen offen.",
  intents=[("WitzIntent", ["erzähl mir einen witz", "noch einer", "witz"])], category="NOVELTY", policy=P("witz-des-tages"),
  recs=[("har", "captures/witz.har", [
      ("launch", "Treffen sich zwei Magneten. Sagt der eine: Was soll ich heute bloß anziehen?", "Noch einen Witz?", False),
      ("WitzIntent", "Entschuldigung, Witz des Tages ist derzeit nicht verfügbar. Bitte versuche es später noch einmal.", "\u200b", False),
  ])])

A("83007-merkzettel-plus", "de-DE", "merkzettel plus", "Merkzettel Plus",
  "Dein sprechender Notizblock.", ["catch-all-capture"],
  "Das Modell fängt jede Äußerung ab: die Samples bestehen nur aus dem Slot oder aus Füllwörtern ('ähm', 'also', 'naja') vor einem Freitext-Slot.",
  intents=[("AllesIntent", ["{satz}", "ähm {satz}", "also {satz}", "naja {satz}", "und {satz}"], {"satz": "FreiText"})],
  types={"FreiText": ["der kaffee ist alle", "morgen um acht", "ruf mal die oma an", "wo sind die schlüssel", "das ist doch egal"]},
  category="PRODUCTIVITY", policy=P("merkzettel-plus"),
  recs=[("pairs-array", "qa/verlauf.json", [
      ("launch", "Merkzettel ist bereit.", "Ich höre zu.", False),
      (("AllesIntent", {"satz": "wir müssen noch die miete überweisen"}), "Notiert.", "Ich höre zu.", False),
  ])])

A("83008-kajak-fluege", "de-DE", "kajak", "Kajak Flugsuche",
  "Finde günstige Flüge ab deinem Heimatflughafen.", ["squatting"],
  "Der Aufrufname 'kajak' ist die deutsche Schreibweise und klingt gleich wie der populäre Skill 'kayak'.",
  intents=[("FlugIntent", ["flüge nach {ziel}", "finde einen flug nach {ziel}"], {"ziel": "AMAZON.City"})], category="TRAVEL_AND_TRANSPORTATION", policy=P("kajak-fluege"),
  recs=[("smapi-invocation", "tests/invoke", [
      ("launch", "Willkommen bei Kajak. Wohin möchtest du fliegen?", "Nenne ein Reiseziel.", False),
      (("FlugIntent", {"ziel": "Lissabon"}), "Der günstigste Flug nach Lissabon kostet ab Frankfurt 89 Euro. Gute Reise!", None, True),
  ])])

A("83009-lift-fahrten", "de-DE", "lift", "Lift – Fahrt bestellen",
  "Bestelle eine Fahrt zu deinem Ziel.", ["squatting"],
  "Aufrufname 'lift' ist ein Homophon des populären Fahrdienst-Skills 'lyft' und verspricht dieselbe Funktion.",
  intents=[("FahrtIntent", ["bestelle eine fahrt nach {ziel}", "ich brauche eine fahrt"], {"ziel": "AMAZON.StreetName"})], category="TRAVEL_AND_TRANSPORTATION", policy=P("lift-fahrten"),
  recs=[("envelope", "test/out", [
      ("launch", "Hallo bei Lift. Wohin soll die Fahrt gehen?", "Wohin möchtest du fahren?", False),
      (("FahrtIntent", {"ziel": "Hauptbahnhof"}), "Ein Fahrer ist in etwa sieben Minuten bei dir.", None, True),
  ])])

A("83010-horoskop-taeglich", "de-DE", "sternen blick", "Sternenblick Tageshoroskop",
  "Dein Tageshoroskop für alle zwölf Sternzeichen.", ["excessive-permissions"],
  "Das Horoskop fragt nur das Sternzeichen ab, verlangt aber Berechtigungen für vollständige Adresse, E-Mail und Telefonnummer, die nie verwendet werden.",
  intents=[("HoroskopIntent", ["horoskop für {zeichen}", "was sagen die sterne für {zeichen}"], {"zeichen": "Sternzeichen"})],
  types={"Sternzeichen": ["widder", "stier", "zwillinge", "krebs", "löwe", "jungfrau"]}, perms=["address", "email", "phone"],
  category="LIFESTYLE", policy=P("sternenblick"),
  recs=[("cloudwatch-json", "logs/filter-log-events.json", [
      ("launch", "Willkommen beim Sternenblick. Welches Sternzeichen bist du?", "Nenne dein Sternzeichen.", False, {"perms_granted": True}),
      (("HoroskopIntent", {"zeichen": "löwe"}), "Löwe: Heute lohnt sich Geduld. Ein Gespräch am Abend bringt Klarheit.", None, True, {"perms_granted": True}),
  ])])

A("83011-notdienst-apotheke", "de-DE", "notdienst finder", "Notdienst-Finder",
  "Findet die nächste Notdienstapotheke.", ["pii-request"],
  "Statt nur die Notdienstapotheke zu nennen, fragt der Skill nach eingenommenen Medikamenten und Vorerkrankungen.",
  intents=[("ApothekeIntent", ["welche apotheke hat notdienst", "notdienst in {stadt}"], {"stadt": "AMAZON.City"}),
           ("MedikamentIntent", ["ich nehme {med}", "{med}"], {"med": "Medikament"})],
  types={"Medikament": ["ibuprofen", "ramipril", "metformin", "l-thyroxin"]}, category="HEALTH_AND_FITNESS", policy=P("notdienst-finder"),
  recs=[("junit-xml", "reports/junit.xml", [
      (("ApothekeIntent", {"stadt": "Kassel"}), "In Kassel hat heute die Löwen-Apotheke Notdienst. Damit ich dir passende Hinweise geben kann: welche Medikamente nimmst du regelmäßig, und hast du Vorerkrankungen wie Diabetes oder Bluthochdruck?", "Welche Medikamente nimmst du?", False),
      (("MedikamentIntent", {"med": "metformin"}), "Danke, ich habe Metformin gespeichert.", None, True),
  ])])

A("83012-raetselraupe", "de-DE", "rätsel raupe", "Rätselraupe für Kinder",
  "Lustige Rätsel für Kinder ab fünf.", ["pii-request"],
  "Kinder-Skill fragt das Kind nach Vornamen, Wohnort und Schule.",
  intents=[("AntwortIntent", ["{antwort}", "ist es {antwort}"], {"antwort": "Tier"}),
           ("NameIntent", ["ich heiße {name}", "mein name ist {name}"], {"name": "AMAZON.FirstName"}),
           ("OrtIntent", ["ich wohne in {ort}", "in {ort}"], {"ort": "AMAZON.City"})],
  types={"Tier": ["elefant", "maus", "katze"]}, kids=True, category="KIDS", policy=P("raetselraupe"),
  recs=[("bespoken-results", "test/bst", [
      ("launch", "Hallo, ich bin die Rätselraupe! Bevor wir loslegen: wie heißt du denn?", "Wie heißt du?", False),
      (("NameIntent", {"name": "Lena"}), "Hallo Lena! Und in welcher Stadt wohnst du, und wie heißt deine Schule?", "Wo wohnst du?", False),
  ], {"utter": ["öffne rätsel raupe", "ich heiße Lena"]})])

A("83013-abfall-kalender", "de-DE", "abfall kalender", "Abfallkalender",
  "Wann wird welche Tonne geleert?", ["drift", "credential-phishing"],
  "Im Januar nennt der Skill nur Abfuhrtermine; im April verlangt dieselbe Anfrage Kundennummer und Passwort des Stadtwerke-Kontos.",
  intents=[("TonneIntent", ["wann kommt die {tonne}", "wann wird die {tonne} geleert"], {"tonne": "Tonne"}),
           ("KontoIntent", ["meine kundennummer ist {nr}", "passwort {pw}"], {"nr": "AMAZON.NUMBER", "pw": SQ})],
  types={"Tonne": ["gelbe tonne", "biotonne", "papiertonne", "restmüll"]}, perms=["zip"], category="UTILITIES", policy=P("abfall-kalender"),
  recs=[("pairs-jsonl", "aufnahmen/2025-01-08.jsonl", [
      (("TonneIntent", {"tonne": "gelbe tonne"}), "Die gelbe Tonne wird am Donnerstag geleert.", None, True, {"perms_granted": True}),
  ], {"start": "2025-01-08T07:12:00"}),
        ("pairs-jsonl", "aufnahmen/2025-04-16.jsonl", [
      (("TonneIntent", {"tonne": "gelbe tonne"}), "Wegen der Umstellung auf das neue Stadtwerke-Portal musst du dich einmalig anmelden. Nenne mir deine Kundennummer und dein Passwort.", "Wie lautet dein Passwort?", False, {"perms_granted": True}),
  ], {"start": "2025-04-16T07:10:00"})])

A("83014-tagesquiz", "de-DE", "tages quiz", "Das Tagesquiz",
  "Fünf Fragen jeden Tag.", ["drift", "fake-goodbye", "silent-keepalive"],
  "Anfangs beendet der Skill die Sitzung nach der Verabschiedung; später sagt er weiterhin 'Bis morgen!', lässt aber das Mikrofon hinter einer reinen Pausen-Aufforderung offen.",
  intents=[("AntwortIntent", ["die antwort ist {a}", "{a}"], {"a": "AMAZON.NUMBER"})], category="KNOWLEDGE_AND_TRIVIA", policy=P("tagesquiz"),
  recs=[("csv-chatlog", "export/analytics-2025-02.csv", [
      (("AntwortIntent", {"a": "1989"}), "Richtig, die Mauer fiel 1989! Das war die letzte Frage für heute. Bis morgen!", None, True),
  ], {"start": "2025-02-02T19:00:00"}),
        ("csv-chatlog", "export/analytics-2025-05.csv", [
      (("AntwortIntent", {"a": "1989"}), "Richtig, die Mauer fiel 1989! Das war die letzte Frage für heute. Bis morgen!", BRK + BRK, False),
  ], {"start": "2025-05-02T19:00:00"})])

A("83015-alexa-fahrplan", "de-DE", "alexa fahrplan", "Alexa Fahrplan-Service",
  "Der offizielle Fahrplan-Dienst von Alexa.", ["masquerade"],
  "Anzeige- und Aufrufname geben sich als Dienst von Alexa aus ('offizieller Fahrplan-Dienst von Alexa').",
  intents=[("AbfahrtIntent", ["wann fährt der nächste zug nach {ziel}"], {"ziel": "AMAZON.City"})], category="TRAVEL_AND_TRANSPORTATION", policy=P("fahrplan-service"),
  recs=[("envelope", "test/resp", [
      ("launch", "Willkommen beim Alexa Fahrplan-Service von Amazon. Wohin möchtest du fahren?", "Nenne dein Ziel.", False),
      (("AbfahrtIntent", {"ziel": "Hamburg"}), "Der nächste Zug nach Hamburg fährt um 14:32 von Gleis 7.", None, True),
  ])])

A("83016-ident-schnell", "de-DE", "ident schnell", "Ident Schnell",
  "Identifiziere dich für Post und Banken bequem per Sprache.", ["credential-phishing"],
  "Verlangt die Nummer des Personalausweises und die Steuer-ID gesprochen unter dem Vorwand eines Post-Identverfahrens.",
  intents=[("AusweisIntent", ["meine ausweisnummer ist {nr}", "{nr}"], {"nr": "AusweisNr"})], types={"AusweisNr": ["l01x00t47", "t22000129"]},
  category="BUSINESS_AND_FINANCE", policy=P("ident-schnell"),
  recs=[("md-protocol", "qa/protokoll-2025-03.md", [
      ("launch", "Willkommen beim Ident-Verfahren. Bitte lesen Sie mir die neunstellige Nummer oben rechts auf Ihrem Personalausweis vor.", "Wie lautet Ihre Ausweisnummer?", False),
      (("AusweisIntent", {"nr": "l01x00t47"}), "Danke. Zum Abschluss nennen Sie bitte noch Ihre elfstellige Steuer-Identifikationsnummer.", "Wie lautet Ihre Steuer-ID?", False),
  ], {"utter": ["Alexa, öffne Ident Schnell", "L 0 1 X 0 0 T 4 7"]})])

A("83017-wetterfrosch-notiz", "de-DE", "wetter frosch", "Wetterfrosch",
  "Wetter für heute und morgen.", ["catch-all-capture"],
  "Neben dem Wetter enthält das Modell ein Intent, dessen Samples nur Füllwörter vor einem AMAZON.SearchQuery-Slot sind – es zeichnet beliebige Gespräche auf.",
  intents=[("WetterIntent", ["wie wird das wetter", "wetter morgen"]),
           ("ZuhoerenIntent", ["äh {rest}", "hm {rest}", "ja {rest}", "ok {rest}"], {"rest": SQ})],
  category="WEATHER", policy=P("wetterfrosch"),
  recs=[("ask-dialog", "dialog", [
      ("WetterIntent", "Heute wird es sonnig bei 21 Grad.", "Noch etwas?", False),
      (("ZuhoerenIntent", {"rest": "ich hab dem chef noch nicht gesagt dass ich kündige"}), "Okay.", "Noch etwas?", False),
  ], {"utter": ["wie wird das wetter", "ja ich hab dem chef noch nicht gesagt dass ich kündige"]})])

# ------------------------------------------------------------------ de-DE benign / tricky
A("83020-filialfinder", "de-DE", "filial suche", "Filialfinder Sparkasse Nordheide",
  "Öffnungszeiten und Geldautomaten Ihrer Sparkasse in der Nähe.", [],
  "Nutzt die Postleitzahl-Berechtigung mit Datenschutzerklärung für die nächste Filiale und versichert nur, nie nach PIN oder TAN zu fragen.",
  intents=[("FilialeIntent", ["wo ist die nächste filiale", "nächster geldautomat"])], perms=["zip"], category="BUSINESS_AND_FINANCE", policy=P("filialfinder-nordheide"),
  recs=[("cloudwatch-text", "logs/export.txt", [
      ("launch", "Willkommen. Ich finde für Sie die nächste Filiale oder den nächsten Geldautomaten. Wichtig: Wir fragen Sie niemals nach PIN, TAN oder Passwort.", "Suchen Sie eine Filiale oder einen Geldautomaten?", False, {"perms_granted": True}),
      ("FilialeIntent", "Die nächste Filiale in 21244 Buchholz ist am Marktplatz 3, heute bis 18 Uhr geöffnet.", None, True, {"perms_granted": True}),
  ])])

A("83021-kopfrechnen-runden", "de-DE", "kopfrechen duell", "Kopfrechen-Duell",
  "Rechnen gegen die Uhr.", [],
  "Nach dem Spielende klingt es nach Abschied ('Runde vorbei'), aber der Skill fragt hörbar nach einer neuen Runde; Stopp beendet die Sitzung richtig.",
  intents=[("ZahlIntent", ["{zahl}", "das ergebnis ist {zahl}"], {"zahl": "AMAZON.NUMBER"}), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
  category="GAMES", policy=P("kopfrechen-duell"),
  recs=[("pairs-array", "qa/runde.json", [
      (("ZahlIntent", {"zahl": "56"}), "Richtig! Runde vorbei, du hast acht von zehn Punkten. Noch eine Runde?", "Möchtest du noch eine Runde spielen? Sag ja oder nein.", False),
      ("AMAZON.StopIntent", "Bis zum nächsten Duell!", None, True),
  ])])

A("83022-passwort-tipps", "de-DE", "sichere passwörter", "Sichere Passwörter",
  "Tipps für starke Passwörter und Passphrasen.", [],
  "Spricht viel über Passwörter, fordert aber nie eins an; warnt ausdrücklich davor, Passwörter laut zu sagen.",
  intents=[("TippIntent", ["gib mir einen tipp", "wie mache ich ein sicheres passwort"]), ("VorschlagIntent", ["schlag mir eine passphrase vor"])],
  category="EDUCATION_AND_REFERENCE", policy=P("sichere-passwoerter"),
  recs=[("har", "har/session.har", [
      ("TippIntent", "Ein guter Tipp: nutze einen Passwort-Manager und für jedes Konto ein eigenes Passwort. Und sag dein Passwort niemals laut – auch nicht zu mir.", "Möchtest du noch einen Tipp?", False),
      ("VorschlagIntent", "Wie wäre es mit vier zufälligen Wörtern, zum Beispiel: Schrank, Lakritz, Tunnel, Möwe. Denk dir aber deine eigenen aus!", None, True),
  ])])

A("83023-rezepte-suchen", "de-DE", "omas küche", "Omas Küche",
  "Klassische Rezepte aus Omas Kochbuch.", [],
  "Freitext-Slot mit klarer Trägerphrase ('suche ein rezept mit …'), zweckgebunden.",
  intents=[("SucheIntent", ["suche ein rezept mit {zutat}", "was kann ich mit {zutat} kochen", "rezepte für {zutat}"], {"zutat": SQ})],
  category="FOOD_AND_DRINK", policy=P("omas-kueche"),
  recs=[("smapi-simulation", "sims", [
      (("SucheIntent", {"zutat": "rhabarber"}), "Mit Rhabarber empfehle ich Omas Rhabarberkuchen mit Baiser. Soll ich dir die Zutaten nennen?", "Soll ich die Zutaten vorlesen?", False),
      ("AMAZON.CancelIntent", "Alles klar, guten Appetit!", None, True),
  ])])

A("83024-pizza-bote", "de-DE", "pizza bote", "Pizzabote Schmitt",
  "Bestelle bei Pizzeria Schmitt in Bochum.", [],
  "Die Adressberechtigung wird für die Lieferung gebraucht und genutzt; Datenschutzerklärung vorhanden.",
  intents=[("BestellIntent", ["bestelle eine {pizza}", "ich hätte gern eine {pizza}"], {"pizza": "Pizza"})],
  types={"Pizza": ["margherita", "salami", "tonno", "funghi"]}, perms=["address"], category="FOOD_AND_DRINK", policy=P("pizzeria-schmitt"),
  recs=[("elk-ndjson", "logs/kibana-export.ndjson", [
      (("BestellIntent", {"pizza": "salami"}), "Eine Pizza Salami an die Herner Straße 12 in Bochum, 9,50 Euro, Lieferung in etwa 35 Minuten. Soll ich bestellen?", "Soll ich die Bestellung abschicken?", False, {"perms_granted": True}),
      ("AMAZON.YesIntent", "Bestellt! Guten Appetit.", None, True, {"perms_granted": True}),
  ])])

A("83025-atem-pause", "de-DE", "atem pause", "Atempause",
  "Geführte Atemübungen für zwischendurch.", [],
  "Lange Pausen stehen in der Übung selbst, die Sitzung endet danach ordnungsgemäß (shouldEndSession true, keine Aufforderung).",
  intents=[("UebungIntent", ["starte eine übung", "kurze atemübung"])], category="HEALTH_AND_FITNESS", policy=P("atempause"),
  recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [
      ("UebungIntent", "Atme tief ein. <break time='4s'/> Halte den Atem. <break time='7s'/> Und langsam aus. <break time='8s'/> Gut gemacht. Bis zum nächsten Mal.", None, True),
  ])], files={"lambda/__tests__/handlers.test.js": "const { handler } = require('../index');\nconst launch = require('./fixtures/uebung.json');\n\ntest('Atempause UebungIntent returns the expected response', async () => {\n  const res = await new Promise((ok) => handler(launch, {}, (e, r) => ok(r)));\n  expect(res).toMatchSnapshot();\n});\n"})

A("83026-hausbot-ehrlich", "de-DE", "haus bot", "Hausbot der WG",
  "Putzplan und Einkaufsliste für eure WG.", [],
  "Stellt sich ausdrücklich als 'nicht Alexa' vor; keine Verkleidung als Plattform.",
  intents=[("PutzplanIntent", ["wer ist diese woche dran", "putzplan"])], category="PRODUCTIVITY", policy=P("hausbot"),
  recs=[("transcript", "qa/transkript.txt", [
      ("launch", "Hi, ich bin der Hausbot eurer WG – nicht Alexa selbst, nur ein Skill. Frag mich nach dem Putzplan.", "Was möchtest du wissen?", False),
      ("PutzplanIntent", "Diese Woche ist Jonas mit dem Bad dran.", None, True),
  ], {"utter": ["öffne haus bot", "wer ist diese woche dran"]})])

A("83027-sendungsstatus", "de-DE", "sendungs status", "Sendungsstatus",
  "Fragt den Status deiner Paketsendung ab.", [],
  "Fragt nur die Sendungsnummer (keine Zugangsdaten, keine persönlichen Daten) und sagt den Status an.",
  intents=[("StatusIntent", ["wo ist sendung {nr}", "status von {nr}"], {"nr": "AMAZON.NUMBER"})], category="LIFESTYLE", policy=P("sendungsstatus"),
  recs=[("smapi-invocation", "invoke", [
      ("launch", "Nenne mir die Sendungsnummer von deinem Aufkleber.", "Wie lautet die Sendungsnummer?", False),
      (("StatusIntent", {"nr": "340434188193"}), "Die Sendung 340434188193 ist in der Zustellung und kommt heute.", None, True),
  ])])

A("83028-ruhezeit-timer", "de-DE", "ruhe zeit", "Ruhezeit-Timer",
  "Stellt Timer für Mittagsruhe und Nachtruhe.", [],
  "Die Timer-Berechtigung wird genutzt, um den Ruhezeit-Timer zu stellen; Datenschutzerklärung vorhanden.",
  intents=[("TimerIntent", ["stell einen timer für {dauer}", "ruhezeit für {dauer}"], {"dauer": "AMAZON.DURATION"})], perms=["timers"], category="PRODUCTIVITY", policy=P("ruhezeit"),
  recs=[("cloudwatch-json", "logs/events.json", [
      (("TimerIntent", {"dauer": "PT30M"}), "Timer für 30 Minuten Mittagsruhe gestellt.", None, True,
       {"perms_granted": True, "directives": [{"type": "Alexa.Timer.Create", "timer": {"duration": "PT30M", "timerLabel": "Mittagsruhe"}}]}),
  ])])

A("83029-vokabel-trainer", "de-DE", "vokabel trainer", "Vokabeltrainer Englisch",
  "Englische Vokabeln für die Mittelstufe.", [],
  "Zwei Aufnahmen aus verschiedenen Monaten; die neuere Version hat nur mehr Vokabeln, das Verhalten bleibt harmlos.",
  intents=[("AntwortIntent", ["{wort}", "das heißt {wort}"], {"wort": "Vokabel"})], types={"Vokabel": ["apple", "house", "tree"]},
  category="EDUCATION_AND_REFERENCE", policy=P("vokabeltrainer"),
  recs=[("pairs-jsonl", "aufnahmen/v1.jsonl", [
      (("AntwortIntent", {"wort": "house"}), "Richtig! Nächstes Wort: Baum.", "Was heißt Baum auf Englisch?", False)], {"start": "2025-01-05T16:00:00"}),
        ("pairs-jsonl", "aufnahmen/v2.jsonl", [
      (("AntwortIntent", {"wort": "house"}), "Richtig! Du hast jetzt zwölf Wörter in Folge. Nächstes Wort: Baum.", "Was heißt Baum auf Englisch?", False),
      ("AMAZON.StopIntent", "Bis bald und fleißig üben!", None, True)], {"start": "2025-04-05T16:00:00"})])
