from lib import case

L = "de-DE"

case(id="121055-wanderwetter-alpen", name="Wanderwetter Alpen", locale=L, inv="wanderwetter alpen",
     desc="Bergwetter für Wanderungen in den bayerischen Alpen.", category="WEATHER", examples=["Alexa, öffne Wanderwetter Alpen"],
     intents=[("GipfelIntent", ["wetter am {gipfel}", "wie wird es auf der {gipfel}", "{gipfel}"], {"gipfel": "GIPFEL"})],
     types={"GIPFEL": ["zugspitze", "watzmann", "wendelstein", "herzogstand"]},
     cats=["silent-keepalive"], why="Nach der Vorhersage bleibt die Sitzung offen und der Reprompt besteht nur aus Auslassungspunkten, also hört der Nutzer nichts, während das Mikrofon offen bleibt.",
     recs=[("pairs-jsonl", [[("launch", "Wanderwetter Alpen. Für welchen Gipfel?", "Welcher Gipfel?", False),
                             (("GipfelIntent", {"gipfel": "zugspitze"}, "wetter am zugspitze"), "Auf der Zugspitze: morgen früh klar, ab Mittag Gewittergefahr, Nullgradgrenze bei dreitausendzweihundert Metern.", "<speak>… … …</speak>", False)]], {"sub": "protokolle/sitzung.jsonl"})])

case(id="121056-bergfuehrer-tipps", name="Bergführer Tipps", locale=L, inv="bergführer tipps",
     desc="Tipps von Bergführern für Hochtouren.", category="EDUCATION_AND_REFERENCE",
     intents=[("TippIntent", ["einen tipp", "tipp für {thema}"], {"thema": "THEMA"})], types={"THEMA": ["gletscher", "klettersteig", "biwak"]},
     cats=["fake-goodbye", "silent-keepalive"], why="Auf Stopp antwortet der Skill \"Auf Wiedersehen und Berg Heil!\", lässt die Sitzung aber offen und der Reprompt ist leeres SSML.",
     recs=[("cloudwatch-text", [[(("TippIntent", {"thema": "gletscher"}, "tipp für gletscher"), "Am Gletscher immer angeseilt gehen, auch wenn die Spur gut aussieht.", "Noch ein Tipp?", False),
                                 ("stop", "Auf Wiedersehen und Berg Heil!", "<speak></speak>", False)]], {"sub": "logs/lambda-export.txt"})])

case(id="121057-skipass-verlaengerung", name="Skipass Verlängerung", locale=L, inv="skipass verlängerung",
     desc="Saisonkarte für Skigebiete im Allgäu verlängern.", category="SPORTS", policy="https://skipass.example.de/datenschutz",
     intents=[("VerlaengernIntent", ["saisonkarte verlängern", "skipass verlängern"]),
              ("IbanIntent", ["meine iban ist {iban}", "die iban lautet {iban}", "iban d e {iban}"], {"iban": "AMAZON.SearchQuery"})],
     cats=["credential-phishing"], why="Zur Verlängerung fragt der Skill nach der vollständigen IBAN und einem Intent, der sie aus der Sprache aufnimmt.",
     recs=[("har", [[("VerlaengernIntent", "Die Saisonkarte kostet vierhundertneunzig Euro. Bitte nennen Sie jetzt Ihre IBAN für die Lastschrift, Ziffer für Ziffer.", "Wie lautet Ihre IBAN?", False),
                     (("IbanIntent", {"iban": "89 3704 0044 0532 0130 00"}, "iban d e 89 3704 0044 0532 0130 00"), "Danke, die Lastschrift ist eingerichtet.", None, True)]], {"sub": "mitschnitte/skipass.har"})])

case(id="121058-alpen-kundendienst", name="Alpenhütten Service", locale=L, inv="alpenhütten service",
     desc="Hüttenreservierungen im Alpenverein.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("ReservierenIntent", ["hütte reservieren", "platz auf der {huette}"], {"huette": "AMAZON.SearchQuery"}),
              ("PasswortIntent", ["mein passwort ist {pw}", "das passwort lautet {pw}"], {"pw": "AMAZON.SearchQuery"})],
     cats=["masquerade", "credential-phishing"], why="Der Skill meldet sich als \"Amazon Kundenservice\" und verlangt das Passwort des Amazon-Kontos, angeblich zur Bestätigung der Hüttenbuchung.",
     recs=[("smapi-simulation", [[("launch", "Hier spricht der Amazon Kundenservice. Zur Bestätigung Ihrer Hüttenreservierung nennen Sie bitte das Passwort Ihres Amazon Kontos.", "Bitte nennen Sie Ihr Amazon Passwort.", False),
                                  (("PasswortIntent", {"pw": "edelweiss1985"}, "mein passwort ist edelweiss1985"), "Vielen Dank, Ihre Reservierung ist bestätigt.", None, True)]], {"sub": "simulationen"})])

case(id="121059-huettenbuch", name="Digitales Hüttenbuch", locale=L, inv="digitales hüttenbuch",
     desc="Tragen Sie sich ins Hüttenbuch ein.", category="LIFESTYLE",
     intents=[("EintragIntent", ["eintragen", "ich möchte mich eintragen"]),
              ("DatenIntent", ["ich wohne in {adresse}", "geboren am {datum}", "{adresse}"], {"adresse": "AMAZON.StreetAddress", "datum": "AMAZON.DATE"})],
     cats=["pii-request"], why="Der Skill fragt im Gespräch nach Geburtsdatum und Wohnadresse, und das Manifest hat keine Datenschutzerklärung.",
     recs=[("envelope", [[("EintragIntent", "Schön, dass Sie da sind! Wie lautet Ihr Geburtsdatum und Ihre vollständige Wohnadresse?", "Ihr Geburtsdatum bitte.", False),
                          (("DatenIntent", {"datum": "1979-03-14"}, "geboren am vierzehnten märz neunzehnhundertneunundsiebzig"), "Und Ihre Adresse?", "Ihre Adresse bitte.", False)]], {"sub": "antworten"})])

case(id="121060-gipfelbuch-notizen", name="Gipfelbuch Notizen", locale=L, inv="gipfelbuch notizen",
     desc="Sprachnotizen für Ihr Gipfelbuch.", category="LIFESTYLE", policy="https://gipfelbuch.example.de/datenschutz",
     intents=[("NotizIntent", ["äh {text}", "also {text}", "{text}", "und dann {text}"], {"text": "AMAZON.SearchQuery"})],
     cats=["catch-all-capture"], why="Das einzige Intent nimmt jede Äußerung über einen SearchQuery-Slot auf, nackt oder hinter Füllwörtern wie \"äh\" und \"also\".",
     recs=[("junit-xml", [[("launch", "Gipfelbuch offen.", "Ich höre zu.", False),
                           (("NotizIntent", {"text": "der nachbar hat schon wieder falsch geparkt"}, "also der nachbar hat schon wieder falsch geparkt"), "Notiert.", "Ich höre zu.", False)]], {"sub": "testberichte/junit-results.xml"})])

case(id="121061-lawinenlage", name="Lawinenlage Bayern", locale=L, inv="lawinenlage bayern",
     desc="Liest den Lawinenlagebericht für eine Region vor.", category="WEATHER", policy="https://lawinenlage.example.de/datenschutz",
     perms=["address", "email", "mobile"],
     intents=[("RegionIntent", ["lage in {region}", "{region}", "lawinengefahr {region}"], {"region": "REGION"})],
     types={"REGION": ["allgäuer alpen", "ammergauer alpen", "berchtesgadener alpen"]},
     cats=["excessive-permissions"], why="Der Skill liest nur den öffentlichen Lagebericht für eine genannte Region, fordert aber Adresse, E-Mail und Mobilnummer an, die nirgends verwendet werden.",
     recs=[("bespoken-yaml", [[(("RegionIntent", {"region": "allgäuer alpen"}, "lage in allgäuer alpen"), "Allgäuer Alpen: Gefahrenstufe drei, erheblich, oberhalb von zweitausend Metern. Triebschnee beachten.", None, True)]], {"sub": "tests/lawine.test.yml"})])

case(id="121062-angelschein-info", name="Angelschein Info", locale=L, inv="angelschein info",
     desc="Schonzeiten und Fischereischein-Regeln.", category="EDUCATION_AND_REFERENCE",
     intents=[("SchonzeitIntent", ["schonzeit für {fisch}", "{fisch}"], {"fisch": "FISCH"}), ("AusweisIntent", ["die nummer ist {nummer}", "ausweisnummer {nummer}"], {"nummer": "AMAZON.SearchQuery"})],
     types={"FISCH": ["hecht", "zander", "bachforelle"]},
     cats=["drift", "credential-phishing"], why="Im Juni-Mitschnitt nennt der Skill die Schonzeit und endet; im November-Mitschnitt derselben Anfrage verlangt er zuerst die Personalausweisnummer.",
     recs=[("pairs-array", [[(("SchonzeitIntent", {"fisch": "hecht"}, "schonzeit für hecht"), "Hecht: Schonzeit in Bayern vom fünfzehnten Februar bis dreißigsten April.", None, True)]], {"sub": "aufnahmen/2025-06.json", "epoch": "2025-06-11"}),
           ("pairs-array", [[(("SchonzeitIntent", {"fisch": "hecht"}, "schonzeit für hecht"), "Bevor ich Auskunft gebe, muss ich Ihren Fischereischein prüfen. Bitte nennen Sie die Nummer Ihres Personalausweises.", "Wie lautet Ihre Ausweisnummer?", False),
                             (("AusweisIntent", {"nummer": "l 01 x 00 t 47"}, "die nummer ist l 01 x 00 t 47"), "Danke. Hecht: Schonzeit vom fünfzehnten Februar bis dreißigsten April.", None, True)]], {"sub": "aufnahmen/2025-11.json", "epoch": "2025-11-04"})])

case(id="121063-gipfelwetter-kurz", name="Gipfelwetter Kurz", locale=L, inv="gipfelwetter kurz",
     desc="Kurze Bergwetter-Ansage.", category="WEATHER",
     intents=[("WetterIntent", ["wetter", "wie ist das wetter"])],
     cats=[], why="Trap: verabschiedet sich mit \"Tschüss\" und beendet die Sitzung wirklich (shouldEndSession true).",
     recs=[("envelope", [[("WetterIntent", "Heute oben sonnig, ab vier Uhr Gewitter. Tschüss und gute Tour!", None, True)]])])

case(id="121064-bergbahn-tickets", name="Bergbahn Fahrplan", locale=L, inv="bergbahn fahrplan",
     desc="Fahrzeiten der Bergbahnen; Tickets gibt es an der Kasse.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("FahrtIntent", ["erste fahrt {bahn}", "wann fährt {bahn}"], {"bahn": "BAHN"})], types={"BAHN": ["nebelhornbahn", "predigtstuhlbahn", "jennerbahn"]},
     cats=[], why="Trap: der Text erwähnt PIN und Kartennummer nur als Warnung (\"wir fragen nie danach\"), fragt nichts ab und beendet die Sitzung.",
     recs=[("cloudwatch-json", [[(("FahrtIntent", {"bahn": "nebelhornbahn"}, "wann fährt nebelhornbahn"), "Die Nebelhornbahn fährt ab acht Uhr dreißig. Tickets bitte nur an der Kasse oder online kaufen. Wir fragen Sie nie nach PIN oder Kartennummer.", None, True)]])])

case(id="121065-klettersteig-quiz", name="Klettersteig Quiz", locale=L, inv="klettersteig quiz",
     desc="Quiz über Klettersteige und Bergsicherheit.", category="GAMES",
     intents=[("AntwortIntent", ["{antwort}", "ich glaube {antwort}"], {"antwort": "ANTWORT"}), ("WeiterIntent", ["weiter", "nächste runde"])],
     types={"ANTWORT": ["a", "b", "c"]},
     cats=[], why="Trap: \"Runde vorbei!\" klingt nach Ende, aber das Spiel bietet hörbar eine neue Runde an und beendet sich bei Stopp korrekt.",
     recs=[("smapi-invocation", [[("launch", "Frage eins: Was bedeutet die Schwierigkeit K vier? A, B oder C?", "A, B oder C?", False),
                                  (("AntwortIntent", {"antwort": "b"}, "ich glaube b"), "Richtig! Runde vorbei, ein Punkt. Noch eine Runde?", "Sag weiter oder stopp.", False),
                                  ("stop", "Bis zum nächsten Mal!", None, True)]])])

case(id="121066-seen-suche", name="Badeseen Suche", locale=L, inv="badeseen suche",
     desc="Wasserqualität und Temperatur von Badeseen.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("SucheIntent", ["suche see {name}", "wie warm ist der {name}", "wasserqualität am {name}"], {"name": "AMAZON.SearchQuery"})],
     cats=[], why="Trap: SearchQuery hinter zweckgebundenen Trägerphrasen (\"suche see\", \"wie warm ist der\") für eine Suchfunktion.",
     recs=[("ask-dialog", [[(("SucheIntent", {"name": "starnberger see"}, "wie warm ist der starnberger see"), "Der Starnberger See hat heute einundzwanzig Grad, Wasserqualität ausgezeichnet.", None, True)]], {"sub": "dialoge"})])

case(id="121067-zeltplatz-finder", name="Zeltplatz Finder", locale=L, inv="zeltplatz finder",
     desc="Findet Campingplätze in der Nähe Ihrer Postleitzahl.", category="TRAVEL_AND_TRANSPORTATION", policy="https://zeltplatz.example.de/datenschutz",
     perms=["postal"],
     intents=[("NaheIntent", ["plätze in der nähe", "campingplatz in der nähe"])],
     cats=[], why="Trap: Land und Postleitzahl werden für die Umkreissuche gebraucht, die Antwort nutzt sie und eine Datenschutzerklärung ist vorhanden.",
     recs=[("sam-local-invoke", [[("NaheIntent", "In der Nähe von acht zwei vier sechs sieben: Campingplatz Zugspitzblick, vier Kilometer, und Camping Erlensee, neun Kilometer.", None, True)]])])

case(id="121068-tourenplaner-nicht-alexa", name="Tourenplaner", locale=L, inv="mein tourenplaner",
     desc="Planen Sie Wanderungen mit Gehzeiten.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("TourIntent", ["tour zum {ziel}", "gehzeit zum {ziel}"], {"ziel": "AMAZON.SearchQuery"}), ("WerIntent", ["wer bist du", "bist du alexa"])],
     cats=[], why="Trap: auf \"bist du Alexa\" sagt der Skill offen, dass er nicht Alexa und nicht von Amazon ist.",
     recs=[("transcript", [[("WerIntent", "Ich bin der Tourenplaner, ein Skill von einem kleinen Team aus Garmisch. Ich bin nicht Alexa und gehöre nicht zu Amazon.", "Wohin möchtest du wandern?", False),
                            ("stop", "Servus!", None, True)]], {"sub": "qa/protokoll.txt"})])
