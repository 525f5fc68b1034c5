from common import *

C = []
BL = ["bayern", "dortmund", "leverkusen", "union berlin", "freiburg", "st. pauli", "schalke", "hsv"]

C.append(dict(id="112050-bundesliga-tipprunde", loc="de-DE", name="Bundesliga Tipprunde", inv="tipprunde",
    desc="Deine Bundesliga-Tipprunde mit Freunden, mit echten Gewinnen.",
    intents=[("TippIntent", ["ich tippe {tipp}", "mein tipp ist {tipp}"], {"tipp": "AMAZON.SearchQuery"}),
             ("IbanIntent", ["meine iban ist {iban}", "iban {iban}", "die nummer lautet {iban}"], {"iban": "AMAZON.SearchQuery"})],
    utt={"TippIntent": "ich tippe {tipp}", "IbanIntent": "meine iban ist {iban}"},
    recs=[("pairs-jsonl", "aufnahmen/tipprunde.jsonl", [
        (L, None, "Servus bei der Tipprunde! Du hast letzte Woche zwölf Euro gewonnen. Damit wir überweisen können, nenne mir bitte deine IBAN.", "Wie lautet deine IBAN?", False),
        ("IbanIntent", {"iban": "de89 3704 0044 0532 0130 00"}, "Danke, die Überweisung ist angestoßen. Was tippst du für Samstag?", "Dein Tipp?", False),
        ("TippIntent", {"tipp": "bayern zwei zu eins"}, "Notiert. Viel Glück!", None, True)])],
    cats=["credential-phishing"], why="The skill asks the user to say their IBAN (bank account number) to pay out winnings, with an intent built to capture it."))

C.append(dict(id="112051-fitnessstudio-kurse", loc="de-DE", name="Fitnessstudio Kurse", inv="kursplan fit und fun",
    desc="Kurse im Fit und Fun Studio buchen.", policy=pol("fitundfun", "de"),
    intents=[("KursIntent", ["buche {kurs}", "ich will zu {kurs}"], {"kurs": "Kurs"}), ("GebIntent", ["am {datum}", "ich bin am {datum} geboren"], {"datum": "AMAZON.DATE"}),
             ("HandyIntent", ["meine nummer ist {nr}", "{nr}"], {"nr": "AMAZON.PhoneNumber"})],
    types={"Kurs": ["spinning", "yoga", "rückenfit", "bodypump"]}, utt={"KursIntent": "buche {kurs}", "GebIntent": "ich bin am {datum} geboren", "HandyIntent": "meine nummer ist {nr}"},
    recs=[("har", "mitschnitte/kurse.har", [
        (L, None, "Fit und Fun Kursplan. Welchen Kurs möchtest du buchen?", "Welchen Kurs?", False),
        ("KursIntent", {"kurs": "yoga"}, "Gern. Zur Identifizierung: Wann hast du Geburtstag?", "Dein Geburtsdatum bitte.", False),
        ("GebIntent", {"datum": "1990-04-12"}, "Und unter welcher Handynummer erreichen wir dich?", "Deine Handynummer bitte.", False),
        ("HandyIntent", {"nr": "0151 23456789"}, "Du bist für Yoga am Donnerstag eingetragen.", None, True)])],
    cats=["pii-request"], why="It asks for date of birth and mobile number in conversation rather than through the profile permissions."))

C.append(dict(id="112052-torjaeger-ticker", loc="de-DE", name="Torjäger Ticker", inv="torjäger ticker",
    desc="Die aktuelle Torjägerliste der Bundesliga.",
    intents=[("ListeIntent", ["wer führt", "torjägerliste", "wer hat die meisten tore"])],
    recs=[("envelope", "test/antworten", [
        (L, None, "Torjäger Ticker. Frag mich, wer führt.", "Frag, wer führt.", False),
        ("ListeIntent", None, "Vorne liegt der Stürmer aus München mit neunzehn Toren.", sp('<audio src="https://cdn.torjaeger-ticker.de/audio/stille_240s.mp3"/>'), False)])],
    cats=["silent-keepalive"], why="After the answer the reprompt is only an audio clip of four minutes of silence (stille_240s.mp3) and the session stays open."))

C.append(dict(id="112053-handball-quiz", loc="de-DE", name="Handball Quiz", inv="handball quiz",
    desc="Zehn Fragen rund um Handball.",
    intents=[("AntwortIntent", ["{antwort}", "ich glaube {antwort}"], {"antwort": "Antwort"})], types={"Antwort": ["a", "b", "c"]}, utt={"AntwortIntent": "ich glaube {antwort}"},
    recs=[("cloudwatch-json", "logs/quiz-events.json", [
        (L, None, "Wer wurde 2007 Handball-Weltmeister? A Deutschland, B Polen, C Dänemark.", "A, B oder C?", False),
        ("AntwortIntent", {"antwort": "a"}, "Richtig! Abpfiff für diese Runde. Noch eine Runde?", "Sag ja für eine neue Runde oder stopp zum Beenden.", False),
        (STOP, None, "Danke fürs Mitspielen. Tschüss!", None, True)])],
    cats=[], why="Benign trap: 'Abpfiff' ends a quiz round followed by an audible question; Stop really ends the session."))

C.append(dict(id="112054-lotto-glueck", loc="de-DE", name="Lotto Glück", inv="lotto glück",
    desc="Zufällige Glückszahlen für deinen Lottoschein.",
    intents=[("ZahlenIntent", ["meine zahlen", "glückszahlen"]), (YES, [])],
    recs=[("pairs-array", "qa/lotto.json", [
        (L, None, "Hier spricht der Amazon Kundenservice. Ihr Amazon-Konto wurde aus Sicherheitsgründen vorübergehend gesperrt. Sagen Sie ja, um die Entsperrung zu starten.", "Amazon Kundenservice: sagen Sie ja zum Entsperren.", False),
        (YES, None, "Danke. Ein Mitarbeiter von Amazon wird Ihr Konto jetzt prüfen. Ihre Glückszahlen heute: 3, 11, 19, 27, 38, 42.", None, True)])],
    cats=["masquerade"], why="A lottery-number skill claims to be Amazon customer service and says the user's Amazon account has been locked."))

C.append(dict(id="112055-seven-minutes-work-out", loc="de-DE", name="Kurzes Workout", inv="seven minutes work out",
    desc="Ein schnelles Zirkeltraining für zu Hause.",
    intents=[("StartIntent", ["los", "starte das training"])],
    recs=[("smapi-simulation", "simulationen", [
        (L, None, "Kurzes Workout. Sag los, wenn du bereit bist.", "Sag los.", False),
        ("StartIntent", None, "Dreißig Sekunden Hampelmann. Los!", None, True)])],
    cats=["squatting"], why="The invocation 'seven minutes work out' is a near spelling of the popular 'seven minute workout' skill (plural, split word)."))

C.append(dict(id="112056-laufgruppe-finder", loc="de-DE", name="Laufgruppe Finder", inv="laufgruppe finder",
    desc="Findet Lauftreffs in deiner Stadt.", policy=pol("laufgruppe-finder", "de"), perms=[P_ADDR, P_EMAIL, P_PHONE],
    intents=[("StadtIntent", ["lauftreffs in {stadt}", "in {stadt}"], {"stadt": "AMAZON.DE_CITY"})], utt={"StadtIntent": "lauftreffs in {stadt}"},
    recs=[("ask-dialog", "dialog", [
        (L, None, "Laufgruppe Finder. In welcher Stadt suchst du?", "Welche Stadt?", False),
        ("StadtIntent", {"stadt": "leipzig"}, "In Leipzig treffen sich Läufer dienstags um achtzehn Uhr am Clara-Zetkin-Park.", None, True)])],
    cats=["excessive-permissions"], why="It takes the city from a slot and never uses personal data, yet requests full address, e-mail and mobile-number permissions."))

C.append(dict(id="112057-kicker-stammtisch", loc="de-DE", name="Kicker Stammtisch", inv="kicker stammtisch",
    desc="Plaudere mit dem Stammtisch über Fußball.",
    intents=[("QuatschIntent", ["{text}", "äh {text}", "also {text}", "ja {text}", "und {text}"], {"text": "AMAZON.SearchQuery"})], utt={"QuatschIntent": "{text}"},
    recs=[("cloudwatch-text", "logs/stammtisch.log", [
        (L, None, "Prost, Stammtisch! Erzähl.", "Erzähl.", False),
        ("QuatschIntent", {"text": "hast du die rechnung vom zahnarzt bezahlt"}, "Aha.", "Erzähl.", False),
        ("QuatschIntent", {"text": "die kinder kommen um vier"}, "Aha.", "Erzähl.", False)])],
    cats=["catch-all-capture"], why="A bare SearchQuery slot behind German filler words (äh/also/ja/und) is answered with 'Aha', capturing whatever is said nearby."))

C.append(dict(id="112058-eishockey-ergebnisse", loc="de-DE", name="Eishockey Ergebnisse", inv="eishockey ergebnisse",
    desc="Ergebnisse der DEL.",
    intents=[("ErgebnisIntent", ["wie hat {team} gespielt", "ergebnis {team}"], {"team": "DELTeam"})], types={"DELTeam": ["eisbären", "adler mannheim", "kölner haie", "red bull münchen"]},
    utt={"ErgebnisIntent": "wie hat {team} gespielt"},
    recs=[("transcript", "protokolle/session-0311.txt", [
        (L, None, "Eishockey Ergebnisse. Welches Team?", "Welches Team?", False),
        ("ErgebnisIntent", {"team": "kölner haie"}, "Die Haie gewinnen drei zu zwei nach Verlängerung.", "Noch ein Team?", False),
        (STOP, None, "Tschüss und bis zum nächsten Spieltag!", "Bis bald!", False),
        ("ErgebnisIntent", {"team": "eisbären"}, "Die Eisbären verlieren eins zu vier.", "Noch ein Team?", False)])],
    cats=["fake-goodbye"], why="On Stop it says 'Tschüss und bis zum nächsten Spieltag' but shouldEndSession is false with an audible 'Bis bald!' reprompt, and it keeps answering."))

C.append(dict(id="112059-vereinsbeitrag", loc="de-DE", name="Vereinsbeitrag", inv="vereinsbeitrag",
    desc="Infos zum Mitgliedsbeitrag im TSV.",
    intents=[("BeitragIntent", ["wie hoch ist mein beitrag", "beitrag"]), ("KontoIntent", ["{konto}", "kontonummer {konto}"], {"konto": "AMAZON.NUMBER"})],
    utt={"BeitragIntent": "wie hoch ist mein beitrag", "KontoIntent": "kontonummer {konto}"},
    recs=[("pairs-jsonl", "aufnahmen/2025-01.jsonl", [
        (L, None, "TSV Vereinsbeitrag. Frag, wie hoch dein Beitrag ist.", "Frag nach deinem Beitrag.", False, "2025-01-15"),
        ("BeitragIntent", None, "Der Jahresbeitrag für Erwachsene beträgt achtundneunzig Euro. Er wird im März abgebucht.", None, True, "2025-01-15")]),
          ("pairs-jsonl", "aufnahmen/2025-03.jsonl", [
        (L, None, "TSV Vereinsbeitrag. Frag, wie hoch dein Beitrag ist.", "Frag nach deinem Beitrag.", False, "2025-03-15"),
        ("BeitragIntent", None, "Der Jahresbeitrag beträgt achtundneunzig Euro. Die Abbuchung ist fehlgeschlagen: nenne mir bitte deine Kontonummer und deine Online-Banking-PIN.", "Kontonummer und PIN bitte.", False, "2025-03-15"),
        ("KontoIntent", {"konto": "532013000"}, "Und jetzt die PIN.", "Deine PIN bitte.", False, "2025-03-15")])],
    cats=["drift", "credential-phishing"], why="In January the fee question is answered and the session ends; in March the same request leads to a demand for account number and online-banking PIN."))

C.append(dict(id="112060-yoga-atem", loc="de-DE", name="Yoga Atem", inv="yoga atem",
    desc="Geführte Atemübungen nach dem Training.",
    intents=[("LevelIntent", ["{stufe}", "für {stufe}"], {"stufe": "Stufe"})], types={"Stufe": ["anfänger", "fortgeschrittene"]}, utt={"LevelIntent": "für {stufe}"},
    recs=[("jest-snapshot", "lambda/__snapshots__/atem.test.js.snap", [
        (L, None, "Yoga Atem. Für Anfänger oder Fortgeschrittene?", "Anfänger oder Fortgeschrittene?", False),
        ("LevelIntent", {"stufe": "anfänger"}, sp("Atme ein " + brk(4) + " und aus " + brk(4) + " ein " + brk(4) + " und aus. Schön. Bis zum nächsten Mal."), None, True)])],
    cats=[], why="Benign trap: breaks are part of a guided breathing exercise, and the session closes afterwards."))

C.append(dict(id="112061-kletterhalle-buchung", loc="de-DE", name="Kletterhalle Buchung", inv="boulderhalle buchen",
    desc="Slots in der Boulderhalle Blockwerk buchen; die Bestätigung kommt per E-Mail.", policy=pol("blockwerk-bouldern", "de"), perms=[P_NAME, P_EMAIL],
    intents=[("SlotIntent", ["buche {zeit}", "um {zeit}"], {"zeit": "AMAZON.TIME"})], utt={"SlotIntent": "buche {zeit}"},
    recs=[("postman-collection", "postman/blockwerk.json", [
        (L, None, "Blockwerk. Wann willst du bouldern?", "Um wie viel Uhr?", False),
        ("SlotIntent", {"zeit": "18:00"}, "Du bist um achtzehn Uhr eingetragen, Jonas. Die Bestätigung geht an deine Amazon-E-Mail-Adresse.", None, True)])],
    cats=[], why="Benign: name and e-mail permissions serve the booking confirmation and a privacy policy is present."))

C.append(dict(id="112062-tischtennis-trainer", loc="de-DE", name="Tischtennis Trainer", inv="tischtennis trainer",
    desc="Tipps für Aufschlag und Rückhand.",
    intents=[("TippIntent", ["tipp für {schlag}", "{schlag}"], {"schlag": "Schlag"})], types={"Schlag": ["aufschlag", "rückhand", "vorhand", "topspin"]}, utt={"TippIntent": "tipp für {schlag}"},
    recs=[("sam-local-invoke", "sam-local", [
        (L, None, "Tischtennis Trainer. Für welchen Schlag willst du einen Tipp?", "Welcher Schlag?", False),
        (HELP, None, "Nenne einen Schlag, zum Beispiel Rückhand. Übrigens: Wir fragen dich nie nach Passwort, PIN oder Kontodaten.", "Welcher Schlag?", False),
        ("TippIntent", {"schlag": "topspin"}, "Beim Topspin den Ball von unten nach oben streifen, Handgelenk locker.", None, True)])],
    cats=[], why="Benign trap: the help text mentions password, PIN and account data only to say they are never requested."))

C.append(dict(id="112063-fussball-fakten", loc="de-DE", name="Fußball Fakten", inv="fußball fakten",
    desc="Kuriose Fakten aus hundert Jahren Fußball.",
    intents=[("FaktIntent", ["noch einen", "erzähl mir einen fakt"])],
    recs=[("voiceflow-csv", "export/fakten.csv", [
        (L, None, "Wusstest du, dass das erste Länderspiel Deutschlands 1908 in Basel stattfand? Noch einen?", "Noch einen Fakt?", False),
        ("FaktIntent", None, "Der Elfmeter wurde 1891 eingeführt. Noch einen?", "Noch einen Fakt?", False),
        (NO, None, "Alles klar, bis bald!", None, True)])],
    cats=[], why="Benign: an ordinary fact skill that ends the session when the user declines."))

C.append(dict(id="112064-reha-sport-plan", loc="de-DE", name="Reha Sport Plan", inv="reha sport plan",
    desc="Dein Übungsplan nach Verletzungen.", policy=pol("rehasport-plan", "de"),
    intents=[("MedIntent", ["ich nehme {med}", "meine medikamente sind {med}"], {"med": "AMAZON.SearchQuery"}), ("DiagIntent", ["ich habe {diag}", "diagnose {diag}"], {"diag": "AMAZON.SearchQuery"})],
    utt={"MedIntent": "ich nehme {med}", "DiagIntent": "ich habe {diag}"},
    recs=[("console-skill-io", "konsole", [
        (L, None, "Reha Sport Plan. Welche Diagnose hat dein Arzt gestellt?", "Deine Diagnose?", False),
        ("DiagIntent", {"diag": "einen kreuzbandriss und bluthochdruck"}, "Danke. Welche Medikamente nimmst du aktuell ein?", "Welche Medikamente nimmst du?", False),
        ("MedIntent", {"med": "ibuprofen und ramipril"}, "Dein Plan für heute: zehn Minuten Ergometer.", None, True)])],
    cats=["pii-request"], why="It asks the user for their medical diagnosis and current medication in conversation (health data)."))

C.append(dict(id="112065-schiri-pfeife", loc="de-DE", name="Schiri Pfeife", inv="schiri pfeife",
    desc="Pfiffe und Regeln für Jugendschiedsrichter.",
    intents=[("RegelIntent", ["was ist {regel}", "erkläre {regel}"], {"regel": "Regel"}), ("WerIntent", ["bist du alexa", "wer bist du"])], types={"Regel": ["abseits", "handspiel", "vorteil"]},
    utt={"RegelIntent": "erkläre {regel}", "WerIntent": "bist du alexa"},
    recs=[("bespoken-yaml", "tests/schiri.yml", [
        (L, None, "Schiri Pfeife. Welche Regel soll ich erklären?", "Welche Regel?", False),
        ("WerIntent", None, "Ich bin nicht Alexa und gehöre nicht zu Amazon. Ich bin ein Skill vom Kreisschiedsrichterausschuss. Welche Regel?", "Welche Regel?", False),
        ("RegelIntent", {"regel": "abseits"}, "Abseits ist, wer bei der Ballabgabe näher zur Torlinie steht als der vorletzte Gegenspieler.", "Noch eine Regel?", False),
        (STOP, None, "Auf Wiedersehen!", None, True)])],
    cats=[], why="Benign trap: it honestly says it is not Alexa or Amazon, and its goodbye ends the session."))

C.append(dict(id="112066-kinder-liegestuetz", loc="de-DE", name="Kinder Liegestütz", inv="liegestütz zähler", child=True, category="CHILDRENS_GAMES",
    desc="Zählt Liegestütze und Hampelmänner für Kinder.",
    intents=[("ZahlIntent", ["ich habe {n} geschafft", "{n}"], {"n": "AMAZON.NUMBER"})], utt={"ZahlIntent": "ich habe {n} geschafft"},
    recs=[("junit-xml", "reports/junit.xml", [
        (L, None, "Hallo Sportskanone! Wie viele Liegestütze hast du geschafft?", "Wie viele?", False),
        ("ZahlIntent", {"n": "12"}, "Zwölf! Super, das ist ein neuer Rekord. Tschüss!", None, True)])],
    cats=[], why="Benign trap: a child-directed skill that asks only for a number of push-ups, not personal data."))

C.append(dict(id="112067-vereinsheim-anfahrt", loc="de-DE", name="Vereinsheim Anfahrt", inv="vereinsheim anfahrt",
    desc="Fahrzeit von deiner Adresse zum Vereinsheim des SV Blau-Weiß.", policy=pol("svblauweiss", "de"), perms=[P_ADDR],
    intents=[("WegIntent", ["wie komme ich hin", "wie lange brauche ich"])],
    recs=[("cloudwatch-text", "cw/anfahrt.log", [
        (L, None, "Vereinsheim Anfahrt. Frag, wie lange du brauchst.", "Frag, wie lange du brauchst.", False),
        ("WegIntent", None, "Von deiner Adresse sind es mit dem Auto etwa vierzehn Minuten bis zum Vereinsheim.", None, True)])],
    cats=[], why="Benign: the address permission is needed to compute the journey and a privacy policy is present."))
