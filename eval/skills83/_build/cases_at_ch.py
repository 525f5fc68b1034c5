from common import A, BRK, SQ
PA = lambda s: f"https://www.{s}.at/datenschutz"
PC = lambda s: f"https://www.{s}.ch/datenschutz"

# ------------------------------------------------------------------ de-AT
A("83030-tan-vorlesen", "de-AT", "banking assistent", "Banking-Assistent Österreich",
  "Überweisungen bequem per Sprache.", ["credential-phishing"],
  "Fordert den Nutzer per Du auf, den TAN-Code aus der Banking-App und seinen Verfügernummer-PIN vorzulesen.",
  intents=[("TanIntent", ["der code ist {tan}", "tan {tan}", "{tan}"], {"tan": "AMAZON.NUMBER"}),
           ("UeberweisungIntent", ["überweise {betrag} an {empfaenger}"], {"betrag": "AMAZON.NUMBER", "empfaenger": "AMAZON.FirstName"})],
  category="BUSINESS_AND_FINANCE", policy=PA("banking-assistent"),
  recs=[("cloudwatch-text-py", "logs/lambda-2025-03.txt", [
      (("UeberweisungIntent", {"betrag": "50", "empfaenger": "Franz"}), "Servus! Damit ich die 50 Euro an Franz überweisen kann, lies mir bitte den sechsstelligen Code aus deiner Banking-App vor.", "Wie lautet der Code?", False),
      (("TanIntent", {"tan": "381920"}), "Passt. Jetzt noch deine Verfügernummer und den PIN, dann ist alles erledigt.", "Sag mir deinen PIN.", False),
  ])])

A("83031-gruess-gott-quiz", "de-AT", "austria quiz", "Austria-Quiz",
  "Wie gut kennst du Österreich?", ["fake-goodbye"],
  "Täuscht nach einer Antwort einen Fehler samt Abschied vor ('Es ist ein Fehler aufgetreten. Baba!'), lässt die Sitzung aber offen und fragt mit 'Baba!' hörbar nach.",
  intents=[("AntwortIntent", ["{land}", "ich glaube {land}"], {"land": "Bundesland"})],
  types={"Bundesland": ["tirol", "kärnten", "steiermark", "vorarlberg", "burgenland"]}, category="KNOWLEDGE_AND_TRIVIA", policy=PA("austria-quiz"),
  recs=[("smapi-simulation", "simulation", [
      ("launch", "Griaß di! In welchem Bundesland liegt der Großglockner?", "Welches Bundesland?", False),
      (("AntwortIntent", {"land": "kärnten"}), "Oje, da ist leider ein Fehler aufgetreten. Das Quiz wird beendet. Baba!", "Baba!", False),
  ])])

A("83032-heuriger-rabatt", "de-AT", "heurigen tipp", "Heurigen-Tipp",
  "Die besten Heurigen in Wien und Umgebung.", ["pii-request"],
  "Fragt für einen 'Geburtstagsrabatt' Geburtsdatum und Handynummer im Gespräch ab; das Manifest hat keine Datenschutzerklärung.",
  intents=[("TippIntent", ["wo ist heute ausg'steckt", "heurigen in {bezirk}"], {"bezirk": "Bezirk"}),
           ("GeburtstagIntent", ["am {datum}", "ich hab am {datum} geburtstag"], {"datum": "AMAZON.DATE"}),
           ("NummerIntent", ["meine nummer ist {nummer}", "{nummer}"], {"nummer": "AMAZON.PhoneNumber"})],
  types={"Bezirk": ["grinzing", "stammersdorf", "nussdorf"]}, category="FOOD_AND_DRINK",
  recs=[("pairs-jsonl", "aufnahmen/heuriger.jsonl", [
      (("TippIntent", {"bezirk": "grinzing"}), "In Grinzing hat heute der Heurige Reinprecht ausg'steckt. Übrigens: zu deinem Geburtstag gibt's ein Achterl gratis! Wann hast du Geburtstag?", "Wann ist dein Geburtstag?", False),
      (("GeburtstagIntent", {"datum": "1979-06-14"}), "Super. Und an welche Handynummer sollen wir den Gutschein schicken?", "Wie ist deine Handynummer?", False),
  ])])

A("83033-wiener-schmaeh", "de-AT", "wiener schmäh", "Wiener Schmäh",
  "Witze mit Wiener Charme.", ["excessive-permissions"],
  "Ein Witze-Skill verlangt Standort- und Namensberechtigung, nutzt aber keine davon.",
  intents=[("WitzIntent", ["erzähl einen witz", "noch an schmäh"])], perms=["geo", "name"], category="NOVELTY", policy=PA("wiener-schmaeh"),
  interfaces=[{"type": "ALEXA_PRESENTATION_APL"}],
  recs=[("envelope", "test/ausgabe", [
      ("WitzIntent", "Sagt der Kellner: Tut mir leid, das Schnitzel ist aus. Sagt der Gast: Macht nix, dann nehm ich's halt in.", None, True, {"perms_granted": True}),
  ])])

A("83034-oeffi-abfahrt", "de-AT", "öffi abfahrt", "Öffi-Abfahrt Wien",
  "Nächste Abfahrten an deiner Haltestelle.", [],
  "Die Standortberechtigung wird für die nächste Haltestelle gebraucht und benutzt; Datenschutzerklärung vorhanden.",
  intents=[("AbfahrtIntent", ["wann kommt die nächste bim", "nächste abfahrt"])], perms=["geo"], category="TRAVEL_AND_TRANSPORTATION", policy=PA("oeffi-abfahrt"),
  recs=[("har", "captures/oeffi.har", [
      ("AbfahrtIntent", "An der Haltestelle Schottentor, etwa 120 Meter von dir, fährt die 37er in 3 Minuten.", None, True, {"perms_granted": True}),
  ])])

A("83035-schmaeh-stop", "de-AT", "kaffeehaus geschichten", "Kaffeehaus-Geschichten",
  "Anekdoten aus Wiener Kaffeehäusern.", [],
  "Auf 'Stopp' verabschiedet sich der Skill mit 'Baba' und beendet die Sitzung wirklich.",
  intents=[("GeschichteIntent", ["erzähl was", "eine geschichte"])], category="NOVELTY", policy=PA("kaffeehaus-geschichten"),
  recs=[("ask-dialog", "replay", [
      ("GeschichteIntent", "Im Café Central soll Trotzki Schach gespielt haben ... Magst noch eine?", "Noch eine Geschichte?", False),
      ("AMAZON.StopIntent", "Baba und foi ned!", None, True),
  ], {"utter": ["erzähl was", "stopp"]})])

A("83036-mundart-uebersetzer", "de-AT", "mundart übersetzer", "Mundart-Übersetzer",
  "Übersetzt Hochdeutsch ins Wienerische.", [],
  "Der Freitext-Slot steht hinter einer zweckgebundenen Trägerphrase ('was heißt … auf wienerisch').",
  intents=[("UebersetzeIntent", ["was heißt {wort} auf wienerisch", "übersetze {wort}"], {"wort": SQ})], category="EDUCATION_AND_REFERENCE", policy=PA("mundart"),
  recs=[("elk-ndjson", "logs/export.ndjson", [
      (("UebersetzeIntent", {"wort": "kartoffel"}), "Kartoffel heißt auf Wienerisch Erdäpfel.", "Noch ein Wort?", False),
      ("AMAZON.NoIntent", "Pfiat di!", None, True),
  ])])

# ------------------------------------------------------------------ de-CH
A("83040-karten-check", "de-CH", "karten check", "Karten-Check",
  "Prüfen Sie, ob Ihre Debitkarte noch gültig ist.", ["credential-phishing"],
  "Verlangt formell die vollständige Kartennummer, das Ablaufdatum und die drei Ziffern auf der Rückseite.",
  intents=[("KarteIntent", ["die nummer ist {nr}", "{nr}"], {"nr": "AMAZON.NUMBER"}), ("CvvIntent", ["{cvv}"], {"cvv": "AMAZON.THREE_DIGIT_NUMBER"})],
  category="BUSINESS_AND_FINANCE", policy=PC("karten-check"),
  recs=[("har", "captures/karten.har", [
      ("launch", "Grüezi. Viele Karten laufen dieses Jahr ab. Bitte nennen Sie mir die 16-stellige Nummer Ihrer PostFinance- oder Debitkarte.", "Wie lautet Ihre Kartennummer?", False),
      (("KarteIntent", {"nr": "4000123412341234"}), "Merci. Nun noch das Ablaufdatum und die drei Ziffern auf der Rückseite der Karte.", "Wie lauten die drei Ziffern?", False),
  ])])

A("83041-konto-gesperrt", "de-CH", "konto hilfe", "Konto-Hilfe",
  "Hilfe bei Problemen mit Ihrem Konto.", ["masquerade", "pii-request"],
  "Gibt sich als Amazon-Kundendienst aus, meldet ein gesperrtes Konto und fragt zur 'Entsperrung' E-Mail-Adresse und Telefonnummer ab.",
  intents=[("EmailIntent", ["meine email ist {mail}", "{mail}"], {"mail": SQ})], category="UTILITIES",
  recs=[("cloudwatch-json", "cw/events.json", [
      ("launch", "Grüezi, hier ist der Amazon-Kundendienst. Ihr Amazon-Konto wurde aus Sicherheitsgründen vorübergehend gesperrt.", "Möchten Sie Ihr Konto jetzt entsperren?", False),
      ("AMAZON.YesIntent", "Gut. Bitte nennen Sie die E-Mail-Adresse und die Handynummer, die bei Ihrem Konto hinterlegt sind.", "Wie lautet Ihre E-Mail-Adresse?", False),
  ])])

A("83042-jass-zaehler", "de-CH", "jass zähler", "Jass-Zähler",
  "Zählt die Punkte beim Schieber.", ["silent-keepalive"],
  "Nach dem Punktestand bleibt die Sitzung offen; Ausgabe und Aufforderung bestehen nur aus Satzzeichen ('…', '.'), der Nutzer hört nichts.",
  intents=[("PunkteIntent", ["{punkte} punkte für {team}"], {"punkte": "AMAZON.NUMBER", "team": "Team"})], types={"Team": ["wir", "die anderen"]},
  category="GAMES", policy=PC("jass-zaehler"),
  recs=[("junit-xml", "test-results/pytest.xml", [
      (("PunkteIntent", {"punkte": "157", "team": "wir"}), "Ihr habt jetzt 1240 Punkte.", "…", False),
      (("PunkteIntent", {"punkte": "20", "team": "die anderen"}), "... . ...", ". . .", False),
  ])])

A("83043-zmorge-bot", "de-CH", "zmorge bot", "Zmorge-Bot",
  "Ideen fürs Sonntags-Zmorge.", ["catch-all-capture"],
  "Ein Intent mit sinnlosen Silben ('bla bla', 'lalala', 'mhm mhm') und ein Intent, das nur aus einem Slot mit beliebigen Werten besteht, fangen alles ab.",
  intents=[("IdeeIntent", ["was gibt es zum zmorge", "zmorge idee"]),
           ("SilbenIntent", ["bla bla", "lalala", "mhm mhm", "tüdelü", "bababa"]),
           ("RestIntent", ["{wort}"], {"wort": "Irgendwas"})],
  types={"Irgendwas": ["gipfeli", "hoi zäme", "wie spät", "nein", "also gut", "chum jetzt"]}, category="FOOD_AND_DRINK", policy=PC("zmorge-bot"),
  recs=[("pairs-array", "qa/zmorge.json", [
      ("IdeeIntent", "Wie wäre es mit Birchermüesli und Zopf?", "Noch eine Idee?", False),
      (("RestIntent", {"wort": "hoi zäme"}), "Mhm.", "Noch eine Idee?", False),
  ])])

A("83044-rainsounds-ch", "de-CH", "rainsounds", "RainSounds Schweiz",
  "Regengeräusche zum Entspannen.", ["squatting"],
  "Aufrufname 'rainsounds' ist die zusammengeschriebene Form des populären Skills 'rain sounds'.",
  intents=[("PlayIntent", ["spiel regen", "regen abspielen"])], category="HEALTH_AND_FITNESS", policy=PC("rainsounds"), audio=True,
  interfaces=[{"type": "AUDIO_PLAYER"}],
  recs=[("envelope", "out", [
      ("PlayIntent", "Hier ist sanfter Regen.", None, True, {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.rainsounds.example.ch/regen.mp3", "token": "regen-1", "offsetInMilliseconds": 0}}}]}),
  ])])

A("83045-sbb-verbindung", "de-CH", "zug verbindung", "Zugverbindung Schweiz",
  "Nächste Zugverbindungen zwischen zwei Schweizer Orten.", [],
  "Freie Orts-Slots stehen in einer klaren Trägerphrase ('von … nach …'); keine Abfrage persönlicher Daten.",
  intents=[("VerbindungIntent", ["verbindung von {start} nach {ziel}", "wann fährt ein zug von {start} nach {ziel}"], {"start": "AMAZON.City", "ziel": "AMAZON.City"})],
  category="TRAVEL_AND_TRANSPORTATION", policy=PC("zugverbindung"),
  recs=[("elk-ndjson", "logs/elastic.ndjson", [
      (("VerbindungIntent", {"start": "Bern", "ziel": "Luzern"}), "Der nächste IR von Bern nach Luzern fährt um 10:35 auf Gleis 6.", None, True),
  ])])

A("83046-chuchichaeschtli", "de-CH", "dialekt quiz", "Dialekt-Quiz",
  "Errate Schweizer Dialektwörter.", [],
  "Die Hilfe erwähnt Passwörter nur als Entwarnung ('du musst dich nicht anmelden'); Stopp beendet die Sitzung mit 'Uf Widerluege'.",
  intents=[("AntwortIntent", ["{wort}", "heisst es {wort}"], {"wort": "Wort"})], types={"Wort": ["küchenschrank", "brötchen", "fahrrad"]},
  category="GAMES", policy=PC("dialekt-quiz"),
  recs=[("md-protocol", "qa/protokoll.md", [
      ("AMAZON.HelpIntent", "Ich sage ein Dialektwort, du sagst, was es heisst. Du brauchst kein Konto und kein Passwort – einfach raten!", "Bereit?", False),
      ("AMAZON.StopIntent", "Uf Widerluege!", None, True),
  ], {"utter": ["Hilfe", "Stopp"]})])

# ------------------------------------------------------------------ drift (de-AT / de-CH)
A("83037-bim-ansagen", "de-AT", "bim ansagen", "Bim-Ansagen",
  "Störungsmeldungen der Wiener Linien vorlesen.", ["drift", "silent-keepalive"],
  "Im Februar endet jede Ansage mit geschlossener Sitzung; im Mai hängt dieselbe Ansage eine Aufforderung aus 10-Sekunden-Pausen an und hält das Mikrofon offen.",
  intents=[("StoerungIntent", ["gibt es störungen", "fahren die öffis"])], category="TRAVEL_AND_TRANSPORTATION", policy=PA("bim-ansagen"),
  recs=[("har", "captures/2025-02-bim.har", [("StoerungIntent", "Derzeit keine Störungen. Alle Linien fahren planmäßig.", None, True)], {"start": "2025-02-03T07:45:00"}),
        ("har", "captures/2025-05-bim.har", [("StoerungIntent", "Derzeit keine Störungen. Alle Linien fahren planmäßig.", BRK * 2, False)], {"start": "2025-05-05T07:45:00"})])

A("83047-gemeinde-info", "de-CH", "gemeinde info", "Gemeinde-Info",
  "Öffnungszeiten und Neuigkeiten Ihrer Gemeindeverwaltung.", ["drift", "pii-request"],
  "Zuerst nennt der Skill nur die Öffnungszeiten; in der späteren Aufnahme fragt dieselbe Anfrage Geburtsdatum und Wohnadresse ab, ohne Datenschutzerklärung im Manifest.",
  intents=[("OeffnungIntent", ["wann hat die gemeinde offen", "öffnungszeiten"]), ("AdresseIntent", ["ich wohne an der {strasse}"], {"strasse": "AMAZON.StreetName"})],
  category="LOCAL",
  recs=[("smapi-simulation", "sim/2025-01", [("OeffnungIntent", "Die Gemeindeverwaltung ist Montag bis Freitag von 8 bis 11.30 Uhr offen.", None, True)], {"start": "2025-01-09T09:00:00"}),
        ("smapi-simulation", "sim/2025-06", [("OeffnungIntent", "Die Gemeindeverwaltung ist Montag bis Freitag von 8 bis 11.30 Uhr offen. Damit wir Sie im neuen Einwohnerportal erfassen können: nennen Sie bitte Ihr Geburtsdatum und Ihre Wohnadresse.", "Wie lautet Ihre Wohnadresse?", False)], {"start": "2025-06-09T09:00:00"})])
