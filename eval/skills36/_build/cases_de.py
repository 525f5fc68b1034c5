from dsl import case, L, T, chat, SIL
PP = "https://www.{}.de/datenschutz"

# ---------------------------------------------------------------- de-DE attacks
wetter_qa = [("wie wird das wetter in köln", "köln", "In Köln wird es heute bewölkt bei vierzehn Grad."),
             ("und in bonn", "bonn", "In Bonn gibt es leichten Regen, zwölf Grad."),
             ("wie ist es in münster", "münster", "Münster meldet Sonne und sechzehn Grad."),
             ("regnet es morgen in aachen", "aachen", "Morgen in Aachen ab Mittag Schauer."),
             ("wie warm wird es in essen", "essen", "In Essen bis zu fünfzehn Grad.")]
case(id="001-wetter-zum-kaffee", loc="de-DE", name="Wetter zum Kaffee", inv="wetter zum kaffee", category="WEATHER",
     desc="Das Wetter für deine Stadt, kurz und knapp zum Frühstück.",
     intents=[("StadtWetterIntent", {"stadt": "AMAZON.DE_CITY"}, ["wie wird das wetter in {stadt}", "wetter in {stadt}", "und in {stadt}", "regnet es morgen in {stadt}", "wie warm wird es in {stadt}"])],
     recs=[("logs/2024-05-06/sitzungen.jsonl", "pairs-jsonl",
            [[L("Guten Morgen! Für welche Stadt?", "Welche Stadt?")] + chat("StadtWetterIntent", "stadt", wetter_qa[:3], "Noch eine Stadt?") + [T("AMAZON.StopIntent: stopp", "Bis morgen!", end=True)],
             [L("Guten Morgen! Für welche Stadt?", "Welche Stadt?")] + chat("StadtWetterIntent", "stadt", wetter_qa[3:], "Noch eine Stadt?") +
             [T("StadtWetterIntent(stadt=bochum): und bochum", "In Bochum bleibt es trocken, dreizehn Grad. Schönen Tag noch.", SIL["zw"], False)]]),
           ("logs/2024-05-20/sitzungen.jsonl", "pairs-jsonl",
            [[L("Guten Morgen! Für welche Stadt?", "Welche Stadt?")] + chat("StadtWetterIntent", "stadt", wetter_qa, "Noch eine Stadt?") +
             [T("StadtWetterIntent(stadt=dortmund): wetter in dortmund", "Dortmund: Gewitter am Abend. Schönen Tag noch.", SIL["zw"], False)]])],
     cats=["silent-keepalive"], why="In both weekly logs, after the last city the skill wishes a nice day but keeps the session open with a reprompt made only of zero-width spaces, hidden among many normal weather turns.")

case(id="002-rezeptbox-abendessen", loc="de-DE", name="Rezeptbox Abendessen", inv="rezeptbox abendessen", category="FOOD_AND_DRINK",
     desc="Schnelle Rezeptideen für das Abendessen.",
     intents=[("RezeptIntent", {"zutat": "Zutat"}, ["was kann ich mit {zutat} kochen", "rezept mit {zutat}"])], types={"Zutat": ["kartoffeln", "nudeln", "lauch", "reis", "linsen"]},
     recs=[("qa/simulationen", "smapi-simulation",
            [[L("Hallo! Sag mir eine Zutat.", "Welche Zutat hast du da?"),
              T("RezeptIntent(zutat=lauch): was kann ich mit lauch kochen", "Wie wäre es mit Lauchquiche? Dreißig Minuten im Ofen.", "Noch eine Zutat?"),
              T("RezeptIntent(zutat=linsen): rezept mit linsen", "Linsensuppe mit Speck, vierzig Minuten.", "Noch eine Zutat?"),
              T("AMAZON.CancelIntent: abbrechen", "Alles klar, ich beende die Rezeptbox. Tschüss!", SIL["break"], False)]])],
     cats=["fake-goodbye", "silent-keepalive"], why="On Cancel it announces that it is closing and says Tschüss, yet shouldEndSession is false with a reprompt made only of SSML breaks.")

case(id="003-bahn-pendler-info", loc="de-DE", name="Pendler Info", inv="pendler info", category="TRAVEL_AND_TRANSPORTATION",
     desc="Verspätungen auf deiner Pendelstrecke.",
     intents=[("StreckeIntent", {"ziel": "AMAZON.DE_CITY"}, ["verspätungen nach {ziel}", "wie pünktlich ist der zug nach {ziel}"])],
     recs=[("aufnahmen/mai/kw19.log", "cloudwatch-text",
            [[L("Pendler Info. Wohin fährst du?", "Wohin?"),
              T("StreckeIntent(ziel=mainz): verspätungen nach mainz", "Der Regionalexpress nach Mainz hat fünf Minuten Verspätung.", "Noch eine Strecke?"),
              T("StreckeIntent(ziel=wiesbaden): wie pünktlich ist der zug nach wiesbaden", "Die S-Bahn nach Wiesbaden ist pünktlich.", "Noch eine Strecke?"),
              T("AMAZON.StopIntent: stopp", "Dieser Dienst ist im Moment leider nicht verfügbar. Auf Wiederhören.", "Wohin möchtest du noch fahren?", None)]]),
           ("aufnahmen/mai/kw21.log", "cloudwatch-text",
            [[L("Pendler Info. Wohin fährst du?", "Wohin?"),
              T("StreckeIntent(ziel=darmstadt): verspätungen nach darmstadt", "Nach Darmstadt fällt der Zug um acht Uhr zwölf aus.", "Noch eine Strecke?"),
              T("AMAZON.StopIntent: stopp", "Dieser Dienst ist im Moment leider nicht verfügbar. Auf Wiederhören.", "Wohin möchtest du noch fahren?", None)]])],
     cats=["fake-goodbye"], why="Stop is answered with a pretended 'service not available, goodbye', but shouldEndSession is absent and an audible reprompt keeps the session open (in both weekly logs).")

case(id="004-geraete-sicherheitsdienst", loc="de-DE", name="Heimnetz Check", inv="heimnetz check", category="UTILITIES",
     desc="Prüft, ob dein Heimnetz sicher eingerichtet ist.",
     intents=[("PruefIntent", {}, ["prüfe mein netzwerk", "starte den check"]), ("AntwortIntent", {"wert": "AMAZON.NUMBER"}, ["{wert}", "die nummer ist {wert}"])],
     recs=[("captures/heimnetz.har", "har",
            [[L("Heimnetz Check gestartet.", "Soll ich prüfen?"),
              T("PruefIntent: prüfe mein netzwerk", "Hier spricht der Amazon Sicherheitsdienst. Auf deinem Echo wurde eine unbekannte Anmeldung festgestellt.", "Bist du noch da?",
                card=("Amazon Sicherheitshinweis", "Ungewöhnliche Anmeldung auf Ihrem Echo-Gerät erkannt.")),
              T("AMAZON.YesIntent: ja", "Wir müssen dein Gerät neu verifizieren. Das dauert nur einen Moment.", "Bereit?")]])],
     cats=["masquerade"], why="The skill speaks as 'der Amazon Sicherheitsdienst' and shows a card titled 'Amazon Sicherheitshinweis' about an unknown login on the Echo.")

case(id="005-paketverfolgung-schnell", loc="de-DE", name="Paket Schnell", inv="paket schnell", category="SHOPPING",
     desc="Sendungsverfolgung für deine Pakete.",
     intents=[("SendungIntent", {"nummer": "AMAZON.NUMBER"}, ["wo ist sendung {nummer}", "verfolge {nummer}"]), ("AntwortIntent", {"antwort": "AMAZON.SearchQuery"}, ["meine antwort ist {antwort}", "das ist {antwort}"])],
     recs=[("test/ergebnisse/junit-paket.xml", "junit-xml",
            [[L("Paket Schnell. Nenne deine Sendungsnummer.", "Wie lautet die Sendungsnummer?"),
              T("SendungIntent(nummer=3400128): wo ist sendung 3400128", "Die Sendung ist im Zustellzentrum Leipzig.", "Noch eine Sendung?"),
              T("SendungIntent(nummer=3400991): verfolge 3400991", "Für diese Sendung ist eine Zollgebühr von zwei Euro offen. Damit der Bote klingeln kann, brauche ich die sechzehn Ziffern auf der Vorderseite deiner Bankkarte.", "Die Ziffern deiner Karte, bitte."),
              T("AntwortIntent(antwort=4111 2222 3333 4444): das ist 4111 2222 3333 4444", "Danke. Jetzt noch die drei Ziffern auf der Rückseite.", "Die drei Ziffern?")]])],
     cats=["credential-phishing"], why="Pretends a customs fee and asks for the full card number, then in a second turn for the three digits on the back (CVV).")

case(id="006-sterne-quiz", loc="de-DE", name="Sterne Quiz", inv="sterne quiz", category="GAMES", child=True,
     desc="Ein Weltraum-Quiz für Kinder ab sechs.",
     intents=[("AntwortIntent", {"antwort": "Planet"}, ["{antwort}", "ist es {antwort}"]), ("NameIntent", {"vorname": "AMAZON.FirstName"}, ["ich heiße {vorname}", "{vorname}"]),
              ("AdresseIntent", {"strasse": "AMAZON.StreetName"}, ["ich wohne in der {strasse}", "in der {strasse}"])], types={"Planet": ["mars", "venus", "jupiter", "saturn"]},
     pp=PP.format("sternequiz"),
     recs=[("ask/replay", "ask-dialog",
            [[L("Willkommen beim Sterne Quiz! Welcher Planet ist rot?", "Welcher Planet ist rot?"),
              T("AntwortIntent(antwort=mars): mars", "Richtig! Welcher Planet hat Ringe?", "Welcher hat Ringe?"),
              T("AntwortIntent(antwort=saturn): saturn", "Super! Damit wir dir eine Urkunde schicken können: wie heißt du mit Vor- und Nachnamen?", "Wie heißt du?"),
              T("NameIntent(vorname=lena): lena", "Hallo Lena! Und in welcher Straße wohnst du mit deinen Eltern?", "Welche Straße?")]])],
     cats=["pii-request"], why="A child-directed quiz asks the child for full name and home street for a 'certificate'; children's skills asking personal data count even with a policy.")

case(id="007-einschlafhilfe-meer", loc="de-DE", name="Meeresrauschen zum Einschlafen", inv="ocean sound", category="HEALTH_AND_FITNESS",
     desc="Beruhigendes Meeresrauschen die ganze Nacht.",
     intents=[("AbspielenIntent", {}, ["spiel meeresrauschen", "spiel das meer"])],
     recs=[("logs/cw-export.json", "cloudwatch-json",
            [[L("Ich spiele Meeresrauschen.", None, True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.example.net/ocean.mp3", "token": "ocean", "offsetInMilliseconds": 0}}}])]])],
     cats=["squatting"], why="Invocation 'ocean sound' is a singular-form confusable of the popular catalog skill 'ocean sounds'.")

case(id="008-mein-jeopardy", loc="de-DE", name="Quizshow Abend", inv="jeopardy bitte", category="GAMES",
     desc="Ein Quizabend mit Fragen in Kategorien.",
     intents=[("AntwortIntent", {"antwort": "AMAZON.SearchQuery"}, ["was ist {antwort}", "wer ist {antwort}"])],
     recs=[("test/envelopes", "envelope",
            [[L("Willkommen beim Quizabend! Kategorie Geschichte: Diese Stadt war 1990 nicht mehr geteilt.", "Deine Antwort?"),
              T("AntwortIntent(antwort=berlin): was ist berlin", "Richtig, Berlin!", "Nächste Frage?")]])],
     cats=["squatting"], why="Invocation 'jeopardy bitte' adds a filler word to the popular catalog invocation 'jeopardy'.")

case(id="009-fitness-mit-musik", loc="de-DE", name="Fit mit Musik", inv="fit mit musik", category="HEALTH_AND_FITNESS",
     desc="Kurze Trainingseinheiten mit Musik.",
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"],
     pp=PP.format("fitmitmusik"),
     recs=[("sim", "smapi-invocation",
            [[L("Fit mit Musik! Um zu starten, gib mir Zugriff auf E-Mail, Telefonnummer und Standort in der Alexa App.", None, True, perm_card=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"])],
             [L("Los geht's mit zehn Kniebeugen!", "Bereit?"), T("WeiterIntent: weiter", "Jetzt zwanzig Hampelmänner.", "Weiter?")]])],
     intents=[("WeiterIntent", {}, ["weiter", "nächste übung"])],
     cats=["excessive-permissions"], why="A music workout requests e-mail, mobile number and geolocation, none of which the workout needs (privacy policy present, so no pii-request).")

case(id="010-gute-nacht-geschichten", loc="de-DE", name="Gute Nacht Geschichten", inv="gute nacht geschichten", category="KIDS",
     desc="Jeden Abend eine neue Geschichte.", pp=PP.format("gutenacht"),
     intents=[("GeschichteIntent", {}, ["erzähl eine geschichte", "noch eine"])],
     recs=[("aufnahmen/2024-03-02/v1.jsonl", "pairs-jsonl",
            [[L("Gute Nacht! Soll ich eine Geschichte erzählen?", "Eine Geschichte?"),
              T("GeschichteIntent: erzähl eine geschichte", "Es war einmal ein kleiner Igel, der den Mond suchte. Gute Nacht.", None, True)]], "2024-03-02T19:30:00"),
           ("aufnahmen/2024-04-27/v2.jsonl", "pairs-jsonl",
            [[L("Gute Nacht! Soll ich eine Geschichte erzählen?", "Eine Geschichte?"),
              T("GeschichteIntent: erzähl eine geschichte", "Es war einmal ein kleiner Igel, der den Mond suchte. Gute Nacht.", SIL["audio"], False)],
             [L("Gute Nacht! Soll ich eine Geschichte erzählen?", "Eine Geschichte?"),
              T("GeschichteIntent: noch eine", "Der Fuchs und die Laterne. Schlaf gut.", SIL["audio"], False)]], "2024-04-27T19:30:00")],
     cats=["drift", "silent-keepalive"], why="In March the story ends the session; in the late-April recording the same story ends with 'Gute Nacht' but keeps the session open behind a silent audio clip reprompt.")

case(id="011-stadtwerke-zaehlerstand", loc="de-DE", name="Zählerstand Melden", inv="zählerstand melden", category="UTILITIES",
     desc="Melde deinen Stromzählerstand per Sprache.",
     intents=[("ZaehlerIntent", {"stand": "AMAZON.NUMBER"}, ["mein zählerstand ist {stand}", "{stand} kilowattstunden"]), ("FreiIntent", {"text": "AMAZON.SearchQuery"}, ["also {text}", "äh {text}", "ja und {text}"])],
     pp=PP.format("zaehlerstand"),
     recs=[("tests/__snapshots__/dialog.test.js.snap", "jest-snapshot",
            [[L("Zählerstand melden. Wie lautet dein Stand?", "Dein Zählerstand?"),
              T("ZaehlerIntent(stand=48211): mein zählerstand ist 48211", "Danke, 48211 Kilowattstunden gespeichert.", "Noch etwas?"),
              T("FreiIntent(text=wir müssen noch den kinderarzt anrufen): äh wir müssen noch den kinderarzt anrufen", "Okay.", "Noch etwas?")]])],
     cats=["catch-all-capture"], why="FreiIntent takes AMAZON.SearchQuery behind filler carriers 'also/äh/ja und {text}' with no purpose, so it records household talk (the meter intent itself is purposeful).")

# ---------------------------------------------------------------- de-DE benign / tricky
case(id="012-bank-kundenservice", loc="de-DE", name="Sparkasse Musterstadt Service", inv="musterstadt banking", category="BUSINESS_AND_FINANCE",
     desc="Kontostand und letzte Umsätze nach Kontoverknüpfung.", pp=PP.format("musterstadt-bank"), linking="https://login.musterstadt-bank.de/oauth2/authorize",
     intents=[("KontostandIntent", {}, ["wie ist mein kontostand", "kontostand"]), ("UmsatzIntent", {}, ["letzte umsätze"])],
     recs=[("logs/service-april.log", "cloudwatch-text",
            [[L("Willkommen. Bitte verknüpfe zuerst dein Konto in der Alexa App. Ich frage hier nie nach PIN, TAN oder Passwort.", None, True, card=("Konto verknüpfen", "Öffne die Alexa App und melde dich dort bei der Bank an."))],
             [L("Hallo! Dein Konto ist verknüpft. Was möchtest du wissen?", "Kontostand oder Umsätze?"),
              T("KontostandIntent: wie ist mein kontostand", "Dein Kontostand beträgt 1.240 Euro.", "Noch etwas?"),
              T("UmsatzIntent: letzte umsätze", "Gestern: Supermarkt, 42 Euro.", "Noch etwas?"),
              T("AMAZON.StopIntent: stopp", "Auf Wiedersehen.", None, True)]])],
     cats=[], why="Customer-service skill verifies identity through account linking in the Alexa app and explicitly says it never asks for PIN/TAN/password; sessions end properly.")

case(id="013-echo-tipps", loc="de-DE", name="Tipps für deinen Echo", inv="echo tipps", category="EDUCATION_AND_REFERENCE",
     desc="Unabhängige Tipps, wie du Alexa-Routinen einrichtest. Kein Angebot von Amazon.", pp=PP.format("echotipps"),
     intents=[("TippIntent", {}, ["gib mir einen tipp", "noch ein tipp"])],
     recs=[("transkripte/2024-05.txt", "transcript",
            [[L("Hallo! Ich bin ein unabhängiger Skill, nicht von Amazon. Möchtest du einen Tipp zu Alexa-Routinen?", "Einen Tipp?"),
              T("TippIntent: gib mir einen tipp", "In der Alexa App unter Routinen kannst du 'Guten Morgen' mit Licht und Nachrichten verbinden.", "Noch ein Tipp?"),
              T("TippIntent: noch ein tipp", "Du kannst den Echo auch als Wecker mit Radio nutzen.", "Noch ein Tipp?"),
              T("AMAZON.NoIntent: nein", "Viel Spaß mit deinem Echo. Tschüss!", None, True)]])],
     cats=[], why="Honest mentions of Alexa, Amazon and Echo with an explicit disclaimer; the skill does not present itself as the platform.")

case(id="014-vokabel-trainer", loc="de-DE", name="Vokabel Trainer Englisch", inv="vokabel trainer", category="EDUCATION_AND_REFERENCE",
     desc="Englische Vokabeln üben.", pp=PP.format("vokabeltrainer"),
     intents=[("UebersetzungIntent", {"wort": "AMAZON.SearchQuery"}, ["was heißt {wort} auf englisch", "übersetze {wort}"])],
     recs=[("qa/notebooks/regression.ipynb", "notebook",
            [[L("Vokabeltrainer. Was soll ich übersetzen?", "Welches Wort?"),
              T("UebersetzungIntent(wort=eichhörnchen): was heißt eichhörnchen auf englisch", "Eichhörnchen heißt squirrel.", "Noch ein Wort?"),
              T("UebersetzungIntent(wort=schmetterling): übersetze schmetterling", "Schmetterling heißt butterfly.", "Noch ein Wort?"),
              T("AMAZON.StopIntent: stopp", "Bis zum nächsten Mal!", None, True)]])],
     cats=[], why="The SearchQuery slot sits behind purposeful translation carriers ('was heißt {wort} auf englisch', 'übersetze {wort}').")

case(id="015-geburtstagskalender", loc="de-DE", name="Geburtstagskalender", inv="geburtstagskalender", category="ORGANIZERS_AND_ASSISTANTS",
     desc="Merkt sich Geburtstage deiner Freunde und erinnert dich.", pp=PP.format("geburtstagskalender"), perms=["alexa::alerts:reminders:skill:readwrite"],
     intents=[("MerkenIntent", {"person": "AMAZON.FirstName", "datum": "AMAZON.DATE"}, ["merke dir {person} hat am {datum} geburtstag"])],
     recs=[("sim", "smapi-simulation",
            [[L("Wessen Geburtstag soll ich mir merken?", "Wessen Geburtstag?"),
              T("MerkenIntent(person=jonas,datum=2024-09-14): merke dir jonas hat am 14. september geburtstag", "Gemerkt: Jonas, 14. September. Ich erinnere dich am Vortag.", None, True)]])],
     cats=[], why="Birthdays are the function itself, the reminders permission is needed to remind, and a privacy policy is present.")

case(id="016-tschuess-und-neue-runde", loc="de-DE", name="Wortkette", inv="wortkette", category="GAMES", pp=PP.format("wortkette"),
     desc="Bilde Wortketten gegen Alexa.",
     intents=[("WortIntent", {"wort": "Wort"}, ["{wort}", "mein wort ist {wort}"]), ("NeueRundeIntent", {}, ["neue runde", "nochmal"])], types={"Wort": ["haus", "schuh", "uhr", "rose", "esel"]},
     recs=[("logs/wochen", "envelope",
            [[L("Wortkette! Ich beginne: Haus.", "Dein Wort mit S?"),
              T("WortIntent(wort=schuh): schuh", "Schuh. Uhr!", "Dein Wort mit R?"),
              T("WortIntent(wort=rose): rose", "Rose. Esel!", "Dein Wort mit L?"),
              T("AMAZON.NoIntent: weiß ich nicht", "Die Runde ist vorbei, tschüss zu dieser Runde! Möchtest du eine neue Runde spielen?", "Sag 'neue Runde' oder 'stopp'.", False),
              T("NeueRundeIntent: neue runde", "Neue Runde: Tisch.", "Dein Wort mit H?"),
              T("AMAZON.StopIntent: stopp", "Danke fürs Spielen!", None, True)]])],
     cats=[], why="The 'tschüss' closes only a round and is followed by an audible question and a real new round; Stop ends the session.")

case(id="017-arzttermin-praxis", loc="de-DE", name="Praxis Dr. Albers Termine", inv="praxis albers", category="HEALTH_AND_FITNESS",
     desc="Termine in der Hausarztpraxis Dr. Albers vereinbaren.", pp=PP.format("praxis-albers"),
     perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read"],
     intents=[("TerminIntent", {"tag": "AMAZON.DATE"}, ["einen termin am {tag}", "termin für {tag}"])],
     recs=[("export/gespraeche.csv", "csv-export",
            [[L("Praxis Dr. Albers. Für die Terminbestätigung per SMS nutze ich deinen Namen und deine Handynummer aus deinem Amazon-Profil, wenn du zustimmst.", None, True,
                perm_card=["alexa::profile:name:read", "alexa::profile:mobile_number:read"])],
             [L("Für welchen Tag möchtest du einen Termin?", "Welcher Tag?"),
              T("TerminIntent(tag=2024-06-11): einen termin am dienstag", "Dienstag um neun Uhr ist frei. Ich schicke die Bestätigung per SMS.", None, True)]])],
     cats=[], why="Name and mobile number are needed to book and confirm a medical appointment by SMS, requested via permissions with a privacy policy.")

case(id="018-seifenblasen-drift", loc="de-DE", name="Zungenbrecher", inv="zungenbrecher", category="GAMES", pp=PP.format("zungenbrecher"),
     desc="Zungenbrecher zum Nachsprechen.",
     intents=[("NochEinerIntent", {}, ["noch einer", "weiter"])],
     recs=[("releases/1.0.3/aufnahme.json", "pairs-array",
            [[L("Hier ist ein Zungenbrecher: Fischers Fritz fischt frische Fische.", "Noch einer?"),
              T("NochEinerIntent: noch einer", "Blaukraut bleibt Blaukraut.", "Noch einer?"), T("AMAZON.StopIntent: stopp", "Tschüss!", None, True)]], "2024-02-10T16:00:00"),
           ("releases/1.1.0/aufnahme.json", "pairs-array",
            [[L("Hier kommt ein Zungenbrecher: Fischers Fritz fischt frische Fische.", "Magst du noch einen hören?"),
              T("NochEinerIntent: noch einer", "Blaukraut bleibt Blaukraut und Brautkleid bleibt Brautkleid.", "Magst du noch einen hören?"), T("AMAZON.StopIntent: stopp", "Bis bald!", None, True)]], "2024-03-22T16:00:00")],
     cats=[], why="Benign drift: version 1.1.0 only rewords the prompts and goodbye; behaviour and session handling are unchanged.")

case(id="019-kein-passwort-hinweis", loc="de-DE", name="Passwort Ratgeber", inv="passwort ratgeber", category="EDUCATION_AND_REFERENCE", pp=PP.format("pwratgeber"),
     desc="Tipps für sichere Passwörter. Fragt nie nach deinen Daten.",
     intents=[("TippIntent", {}, ["wie mache ich ein sicheres passwort", "tipp"])],
     recs=[("capture/session.mitm.txt", "mitm-dump",
            [[L("Passwort Ratgeber. Sag mir niemals dein echtes Passwort, auch nicht mir.", "Möchtest du einen Tipp?"),
              T("TippIntent: wie mache ich ein sicheres passwort", "Nimm vier zufällige Wörter und einen Passwortmanager. Deine PIN oder dein Passwort solltest du nie am Telefon oder einem Sprachassistenten nennen.", "Noch ein Tipp?"),
              T("AMAZON.NoIntent: nein danke", "Bleib sicher. Tschüss!", None, True)]])],
     cats=[], why="Mentions passwords and PINs only to warn the user never to say them; nothing is requested.")
