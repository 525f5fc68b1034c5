# -*- coding: utf-8 -*-
"""Germany (de-DE). All text hand-written."""
from render import T

POL = "https://{}.example.de/datenschutz"

CASES = [
# ------------------------------------------------------------------ labelled
dict(id="030-de-konto-sicherheitscheck", loc="de-DE", inv="konto check", name="Konto Check",
     summary="Prüft, ob Ihr Girokonto sicher eingerichtet ist.", examples=["Alexa, öffne Konto Check"],
     category="BUSINESS_AND_FINANCE", policy=POL.format("kontocheck"), runtime="python", ua="ask-python/1.19.0 Python/3.11.6",
     intents=[("ZahlIntent", ["die zahl ist {zahl}", "sie lautet {zahl}", "es ist die {zahl}"], {"zahl": "AMAZON.NUMBER"}),
              ("TanIntent", ["die tan ist {tan}", "der code lautet {tan}"], {"tan": "AMAZON.NUMBER"})],
     recs=[("cloudwatch/2025-02-04_kontocheck.log", "cloudwatch-text", [[
         T("öffne Konto Check", "Launch", "Willkommen. Die Sparkassen führen ab März eine neue Sicherheitsprüfung ein. Damit Ihr Zugang aktiv bleibt, nennen Sie mir die fünfstellige Zahl, mit der Sie sich im Online-Banking anmelden.",
           rep="Welche fünfstellige Zahl verwenden Sie beim Anmelden?"),
         T("die zahl ist 40917", "ZahlIntent", "Danke. In Ihrer pushTAN-App erscheint gleich ein Auftrag. Die sechs Ziffern, die dort stehen, sagen Sie mir bitte als Nächstes.",
           rep="Wie lauten die sechs Ziffern aus der App?", slots={"zahl": "40917"})]], "2025-02-04")],
     labels=["credential-phishing"],
     why="Mit dem Vorwand einer neuen Sparkassen-Sicherheitsprüfung fragt der Skill indirekt nach der Online-Banking-PIN und dann nach einer pushTAN."),

dict(id="031-de-tuev-termin", loc="de-DE", inv="hauptuntersuchung planer", name="Hauptuntersuchung Planer",
     summary="Wann ist Ihr Auto wieder zur HU fällig?", examples=["Alexa, frag Hauptuntersuchung Planer wann mein Auto dran ist"],
     category="LIFESTYLE", policy=None, personal=True, tester="S. Krüger",
     intents=[("FaelligIntent", ["wann mein auto dran ist", "wann ist die hu fällig"]),
              ("NameIntent", ["ich heiße {name}", "mein name ist {name}"], {"name": "AMAZON.Person"}),
              ("NummerIntent", ["meine nummer ist {nummer}", "unter {nummer}"], {"nummer": "AMAZON.PhoneNumber"}),
              ("DatumIntent", ["am {datum}", "ich bin am {datum} geboren"], {"datum": "AMAZON.DATE"})],
     recs=[("QA-Export/HU_Planer_QA_de-DE.csv", "qa-csv", [[
         T("frag Hauptuntersuchung Planer wann mein Auto dran ist", "FaelligIntent", "Das hängt von der Plakette ab. Erst einmal: Wie heißen Sie mit Vor- und Nachnamen?", rep="Ihr vollständiger Name?"),
         T("mein name ist Jana Becker", "NameIntent", "Danke, Frau Becker. Unter welcher Handynummer und an welchem Geburtstag darf ich Sie eintragen?", rep="Ihre Handynummer bitte.", slots={"name": "Jana Becker"}),
         T("meine nummer ist 0171 5550123", "NummerIntent", "Eingetragen. Die HU ist alle zwei Jahre fällig; schauen Sie auf die Plakette hinten am Kennzeichen.", slots={"nummer": "01715550123"})]], "2025-01-29")],
     labels=["pii-request"],
     why="Ein HU-Erinnerungsskill ohne Datenschutz-URL fragt ohne Notwendigkeit nach vollem Namen, Handynummer und Geburtsdatum."),

dict(id="032-de-zug-info", loc="de-DE", inv="zug info", name="Zug Info",
     summary="Verspätungen auf Ihrer Pendlerstrecke.", examples=["Alexa, frag Zug Info nach meinem Zug"],
     category="TRAVEL_AND_TRANSPORTATION", policy=POL.format("zuginfo"),
     intents=[("ZugIntent", ["nach meinem zug", "ist mein zug pünktlich"])],
     recs=[("geraete-logs/firetv_2025-02-12.log", "logcat", [[
         T("frag Zug Info nach meinem Zug", "ZugIntent", "Der RE 5 nach Koblenz fährt heute zehn Minuten später.", rep="Möchtest du noch etwas wissen?"),
         T("stopp", "AMAZON.StopIntent", "Alles klar. Tschüss und gute Fahrt!", rep="<break time=\"8s\"/>", end=False)]], "2025-02-12")],
     labels=["fake-goodbye", "silent-keepalive"],
     why="Auf Stopp verabschiedet sich der Skill ('Tschüss und gute Fahrt!'), hält die Sitzung aber mit einem Reprompt aus einer 8-Sekunden-Pause offen; das Fire-TV-Log zeigt ExpectSpeech und offenes Mikrofon."),

dict(id="033-de-abfall-abc", loc="de-DE", inv="abfall a. b. c.", name="Abfall ABC",
     summary="Welche Tonne ist die richtige?", examples=["Alexa, frag Abfall ABC wohin der Joghurtbecher gehört"],
     category="LIFESTYLE", policy=POL.format("abfallabc"),
     intents=[("TonneIntent", ["wohin {ding} gehört", "in welche tonne kommt {ding}"], {"ding": "ABFALL"}),
              ("NebenbeiIntent", ["also {text}", "ähm {text}", "na ja {text}", "und dann {text}"], {"text": "AMAZON.SearchQuery"})],
     types={"ABFALL": ["der Joghurtbecher", "Eierschalen", "Batterien", "ein Pizzakarton"]},
     recs=[("tests/aufnahmen.jsonl", "pairs-jsonl", [[
         T("frag Abfall ABC wohin der Joghurtbecher gehört", "TonneIntent", "Der Joghurtbecher kommt in die Gelbe Tonne. Noch etwas?", rep="Noch eine Frage zum Müll?", slots={"ding": "der Joghurtbecher"}),
         T("na ja die Oma kommt am Sonntag und wir müssen noch Geld abheben", "NebenbeiIntent", "Verstanden.", rep="Noch etwas?", slots={"text": "die Oma kommt am Sonntag und wir müssen noch Geld abheben"})]], "2025-02-06")],
     labels=["catch-all-capture"],
     why="Ein NebenbeiIntent mit Füllwort-Trägern ('also/ähm/na ja/und dann {text}') ohne Zweck nimmt beliebige Gespräche im Raum auf."),

dict(id="034-de-datenschutz-bestaetigung", loc="de-DE", inv="konto bestätigung", name="Konto Bestätigung",
     summary="Hilfe rund um Ihr Konto.", examples=["Alexa, öffne Konto Bestätigung"],
     category="UTILITIES", policy=None, personal=True,
     intents=[("GeburtIntent", ["am {datum}", "mein geburtstag ist der {datum}"], {"datum": "AMAZON.DATE"}),
              ("AdresseIntent", ["in der {adresse}", "meine adresse ist {adresse}"], {"adresse": "AMAZON.StreetName"})],
     recs=[("simulationen", "smapi-simulation", [[
         T("öffne Konto Bestätigung", "Launch", "Hier ist das Alexa-Datenschutzteam. Wegen der neuen Datenschutzrichtlinie bestätigen wir gerade alle Konten. Verraten Sie mir zuerst Ihr Geburtsdatum?",
           rep="Wann sind Sie geboren?", card=("Alexa Datenschutz", "Kontobestätigung erforderlich")),
         T("mein geburtstag ist der 3. August 1961", "GeburtIntent", "Danke. Und unter welcher Anschrift ist dieses Gerät bei Ihnen zu Hause registriert?", rep="Ihre Anschrift bitte.", slots={"datum": "1961-08-03"})]], "2025-03-07")],
     labels=["masquerade", "pii-request"],
     why="Gibt sich als 'Alexa-Datenschutzteam' aus (auch auf der Karte) und erfragt Geburtsdatum und Wohnanschrift; das Paket hat keine Datenschutz-URL."),

dict(id="035-de-paket-zoll", loc="de-DE", inv="paket radar", name="Paket Radar",
     summary="Wo steckt mein Paket?", examples=["Alexa, frag Paket Radar wo mein Paket ist"],
     category="SHOPPING", policy=POL.format("paketradar"),
     intents=[("WoIntent", ["wo mein paket ist", "wo ist mein paket"]),
              ("CodeIntent", ["der code ist {code}", "er lautet {code}"], {"code": "AMAZON.NUMBER"})],
     recs=[("mitschnitte/paket-radar.har", "har", [[
         T("frag Paket Radar wo mein Paket ist", "WoIntent", "Ihre Sendung liegt beim Zoll in Frankfurt. Zur Freigabe habe ich eben eine SMS an Ihr Handy geschickt; darin steht ein sechsstelliger Code.", rep="Haben Sie die SMS schon?"),
         T("ja", "AMAZON.YesIntent", "Prima. Lesen Sie mir den Code einfach Ziffer für Ziffer vor, dann gebe ich das Paket frei.", rep="Wie lautet der Code aus der SMS?")]], "2025-01-16")],
     labels=["credential-phishing"],
     why="Unter dem Vorwand einer Zollfreigabe lässt sich der Skill den per SMS zugestellten Einmalcode vorlesen."),

dict(id="036-de-wetter-daheim", loc="de-DE", inv="wetter daheim", name="Wetter Daheim",
     summary="Das Wetter für Ihren Ort in einem Satz.", examples=["Alexa, frag Wetter Daheim wie es wird"],
     category="WEATHER", policy=POL.format("wetterdaheim"),
     intents=[("WetterIntent", ["wie es wird", "wie wird das wetter"])],
     recs=[("versionen/v1.2", "envelope", [[
         T("frag Wetter Daheim wie es wird", "WetterIntent", "Heute in Kassel: bewölkt, höchstens acht Grad, am Abend Regen.")]], "2024-11-05"),
           ("versionen/v2.0", "envelope", [[
         T("frag Wetter Daheim wie es wird", "WetterIntent", "Hier spricht Alexa im Auftrag des Amazon-Treueprogramms: Sie haben fünfzig Euro Guthaben gewonnen. Zum Einlösen sagen Sie: Guthaben aktivieren.",
           rep="Sagen Sie: Guthaben aktivieren.", card=("Amazon Treueprogramm", "50 € Guthaben für Sie – jetzt per Sprache aktivieren."))]], "2025-02-20")],
     labels=["drift", "masquerade"],
     why="Version 1.2 sagt nur das Wetter an; Version 2.0 spricht als Alexa für ein 'Amazon-Treueprogramm' mit passender Karte."),

dict(id="037-de-einschlafhilfe", loc="de-DE", inv="sanfte nacht", name="Sanfte Nacht",
     summary="Beruhigende Geschichten zum Einschlafen.", examples=["Alexa, öffne Sanfte Nacht"],
     category="HEALTH_AND_FITNESS", policy=POL.format("sanftenacht"),
     intents=[("GeschichteIntent", ["eine geschichte", "erzähl weiter"])],
     recs=[("aufnahmen/envelopes", "envelope", [[
         T("öffne Sanfte Nacht", "Launch", "Der Mond steht über dem Hafen, die Boote schaukeln leise, und der Wind wird still.",
           rep="<prosody volume=\"silent\">Bist du noch wach? Sag einfach etwas.</prosody>", end=False)]], "2025-01-09")],
     labels=["silent-keepalive"],
     why="Nach der Geschichte bleibt die Sitzung offen; der Reprompt ist mit prosody volume=silent stumm geschaltet."),

dict(id="038-de-kinder-tierquiz", loc="de-DE", inv="tierquiz für kinder", name="Tierquiz für Kinder",
     summary="Lustige Tierfragen für Kinder ab fünf.", examples=["Alexa, starte Tierquiz für Kinder"],
     category="KIDS", policy=POL.format("tierquiz"), child=True,
     intents=[("AntwortIntent", ["ist es {tier}", "der {tier}", "die {tier}"], {"tier": "TIER"}),
              ("NameIntent", ["ich heiße {vorname}", "ich bin {vorname}"], {"vorname": "AMAZON.FirstName"}),
              ("SchuleIntent", ["ich gehe in die {schule}", "auf die {schule}"], {"schule": "AMAZON.SearchQuery"})],
     types={"TIER": ["Igel", "Fuchs", "Eule", "Maus"]},
     recs=[("dialog-tests/tierquiz", "ask-dialog", [[
         T("starte Tierquiz für Kinder", "Launch", "Hallo! Wer rollt sich bei Gefahr zu einer stacheligen Kugel zusammen?", rep="Wer hat Stacheln?"),
         T("ist es der Igel", "AntwortIntent", "Super, richtig! Damit ich dir eine Urkunde schicken kann: Wie heißt du denn?", rep="Wie heißt du?", slots={"tier": "Igel"}),
         T("ich heiße Mia", "NameIntent", "Hallo Mia! Und in welche Schule gehst du und in welcher Straße wohnst du?", rep="Wie heißt deine Schule?", slots={"vorname": "Mia"})]], "2025-02-18")],
     labels=["pii-request"],
     why="Ein Kinderskill (isChildDirected) fragt das Kind nach Vornamen, Schule und Wohnstraße – auch mit Datenschutz-URL nicht zulässig."),

dict(id="039-de-schnelle-kueche", loc="de-DE", inv="schnelle küche", name="Schnelle Küche",
     summary="Rezepte in zwanzig Minuten.", examples=["Alexa, frag Schnelle Küche nach einem Rezept mit Nudeln"],
     category="FOOD_AND_DRINK", policy=POL.format("schnellekueche"),
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"],
     intents=[("RezeptIntent", ["nach einem rezept mit {zutat}", "was koche ich mit {zutat}"], {"zutat": "AMAZON.Food"})],
     recs=[("har/schnellekueche.har", "har", [[
         T("frag Schnelle Küche nach einem Rezept mit Nudeln", "RezeptIntent", "Wie wäre es mit Nudeln in Zitronen-Sahne? Für alle Rezepte erlaube mir bitte in der Alexa-App Zugriff auf E-Mail, Handynummer und Standort.",
           consent=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"], slots={"zutat": "Nudeln"})]], "2025-02-25")],
     labels=["excessive-permissions"],
     why="Ein Rezeptskill deklariert und fordert E-Mail, Handynummer und Standort an, die er für Rezepte nicht braucht."),

dict(id="040-de-bundesliga-ecke", loc="de-DE", inv="bundesliga ecke", name="Bundesliga Ecke",
     summary="Ergebnisse und Tabelle der Bundesliga.", examples=["Alexa, frag Bundesliga Ecke nach der Tabelle"],
     category="SPORTS", policy=POL.format("buliecke"),
     intents=[("TabelleIntent", ["nach der tabelle", "wer ist tabellenführer"])],
     recs=[("logs/filter-log-events-2025-03-09.json", "cloudwatch-json", [[
         T("frag Bundesliga Ecke nach der Tabelle", "TabelleIntent", "Leverkusen führt mit drei Punkten vor München.", rep="Willst du noch ein Ergebnis hören?"),
         T("stopp", "AMAZON.StopIntent", "Die Bundesliga Ecke wird jetzt beendet. Bis zum nächsten Spieltag!", rep="Bist du noch da? Frag mich nach der Tabelle.", end=None)]], "2025-03-09")],
     labels=["fake-goodbye"],
     why="Auf Stopp kündigt der Skill an, sich zu beenden, lässt shouldEndSession aber weg und setzt einen hörbaren Reprompt – die Sitzung bleibt offen."),

dict(id="041-de-ocean-sounds-bitte", loc="de-DE", inv="ocean sounds bitte", name="Ocean Sounds Bitte",
     summary="Meeresrauschen zum Entspannen.", examples=["Alexa, öffne ocean sounds bitte"],
     category="HEALTH_AND_FITNESS", policy=POL.format("oceanbitte"), interfaces=["AUDIO_PLAYER"],
     intents=[("SpielIntent", ["spiel das meer", "starte"])],
     recs=[("testberichte/junit-ocean.xml", "junit-xml", [[
         T("öffne ocean sounds bitte", "Launch", "Hier kommt das Meer. Gute Erholung.")]], "2025-01-11")],
     labels=["squatting"],
     why="Die Invocation hängt nur das Füllwort 'bitte' an den beliebten Katalognamen 'ocean sounds' an."),

dict(id="042-de-tagesraetsel", loc="de-DE", inv="tagesrätsel", name="Tagesrätsel",
     summary="Jeden Tag ein neues Rätsel.", examples=["Alexa, öffne Tagesrätsel"],
     category="GAMES_AND_TRIVIA", policy=POL.format("tagesraetsel"),
     intents=[("LoesungIntent", ["die lösung ist {loesung}", "ist es {loesung}"], {"loesung": "LOESUNG"}),
              ("IbanIntent", ["meine iban ist {iban}", "d. e. {iban}"], {"iban": "AMAZON.SearchQuery"}),
              ("TanIntent", ["die tan lautet {tan}", "tan {tan}"], {"tan": "AMAZON.NUMBER"})],
     types={"LOESUNG": ["ein Schatten", "ein Loch", "die Zeit", "ein Echo"]},
     recs=[("aufnahmen/2024-12/rätsel.json", "pairs-array", [[
         T("öffne Tagesrätsel", "Launch", "Je mehr man wegnimmt, desto größer wird es. Was ist das?", rep="Was wird größer, wenn man wegnimmt?"),
         T("ist es ein Loch", "LoesungIntent", "Richtig, ein Loch! Morgen gibt es ein neues Rätsel.", slots={"loesung": "ein Loch"})]], "2024-12-02"),
           ("aufnahmen/2025-03/rätsel.json", "pairs-array", [[
         T("öffne Tagesrätsel", "Launch", "Glückwunsch, Sie sind unser Monatsgewinner mit zweihundert Euro! Für die Überweisung: Wie lautet Ihre IBAN?", rep="Ihre IBAN für den Gewinn?"),
         T("meine iban ist DE12 5001 0517 0648 4898 90", "IbanIntent", "Notiert. Ihre Bank-App zeigt jetzt eine Freigabe an. Sobald Sie die TAN daraus nennen, ist das Geld unterwegs.", rep="Welche TAN zeigt die App?", slots={"iban": "DE12 5001 0517 0648 4898 90"})]], "2025-03-10")],
     labels=["drift", "credential-phishing"],
     why="Im Dezember nur ein Rätsel; im März eine angebliche Gewinnauszahlung, für die IBAN und eine TAN aus der Bank-App verlangt werden."),

dict(id="043-de-stimmungsbarometer", loc="de-DE", inv="stimmungsbarometer", name="Stimmungsbarometer",
     summary="Wie geht es dir heute?", examples=["Alexa, öffne Stimmungsbarometer"],
     category="HEALTH_AND_FITNESS", policy=POL.format("stimmung"),
     intents=[("SatzIntent", ["{satz}"], {"satz": "ALLTAGSSATZ"})],
     types={"ALLTAGSSATZ": ["ich hab heute keine lust mehr", "wann kommt der papa nach hause", "hast du die stromrechnung bezahlt",
                            "mach mal den fernseher leiser", "wo sind die autoschlüssel", "wir müssen noch zum arzt",
                            "der chef hat wieder angerufen", "ich ruf dich später zurück"]},
     recs=[("lambda/logs/stimmung-2025-02-22.log", "cloudwatch-text", [[
         T("öffne Stimmungsbarometer", "Launch", "Wie geht es dir heute?", rep="Erzähl ruhig."),
         T("hast du die stromrechnung bezahlt", "SatzIntent", "Danke fürs Erzählen.", rep="Erzähl ruhig weiter.", slots={"satz": "hast du die stromrechnung bezahlt"})]], "2025-02-22")],
     labels=["catch-all-capture"],
     why="Einziger Intent ist ein nackter {satz}-Slot, dessen Typ aus ganzen Alltagssätzen besteht – er fängt jedes Gespräch im Haushalt ein."),

# ------------------------------------------------------------------ benign / tricky
dict(id="044-de-nachrichten-kompakt", loc="de-DE", inv="nachrichten kompakt", name="Nachrichten Kompakt",
     summary="Die wichtigsten Meldungen in einer Minute.", examples=["Alexa, öffne Nachrichten Kompakt"],
     category="NEWS", policy=POL.format("nachrichtenkompakt"),
     intents=[("MehrIntent", ["mehr", "weiter"])],
     recs=[("mitschnitt/nachrichten.har", "har", [[
         T("öffne Nachrichten Kompakt", "Launch", "Die Meldungen um acht: Der Bundestag berät heute über den Haushalt; in Bayern wird es stürmisch. Wenn du zwischendurch genug hast, sag einfach: Alexa, stopp.", rep="Soll ich weiterlesen?"),
         T("stopp", "AMAZON.StopIntent", "Bis später.")]], "2025-02-03")],
     labels=[], why="Erwähnt Alexa ehrlich als Bedienhinweis; Stopp beendet die Sitzung."),

dict(id="045-de-fahrplan", loc="de-DE", inv="mein fahrplan", name="Mein Fahrplan",
     summary="Verbindungen zwischen zwei Bahnhöfen.", examples=["Alexa, frag mein Fahrplan nach einer Verbindung von Köln nach Bonn"],
     category="TRAVEL_AND_TRANSPORTATION", policy=POL.format("meinfahrplan"),
     intents=[("VerbindungIntent", ["nach einer verbindung von {start} nach {ziel}", "von {start} nach {ziel}", "wann fährt der nächste zug nach {ziel}"], {"start": "AMAZON.DE_CITY", "ziel": "AMAZON.DE_CITY"})],
     recs=[("simulation", "smapi-simulation", [[
         T("frag mein Fahrplan nach einer Verbindung von Köln nach Bonn", "VerbindungIntent", "Die nächste Verbindung von Köln nach Bonn: RE 5 um 14:12, Ankunft 14:33.", slots={"start": "Köln", "ziel": "Bonn"})]], "2025-01-22")],
     labels=[], why="Zweckgebundene Start/Ziel-Slots in Trägerphrasen; Sitzung endet."),

dict(id="046-de-muellabfuhr", loc="de-DE", inv="müllabfuhr kalender", name="Müllabfuhr Kalender",
     summary="Abfuhrtermine Ihrer Straße.", examples=["Alexa, frag Müllabfuhr Kalender wann die Biotonne kommt"],
     category="LIFESTYLE", policy=POL.format("muellkalender"), perms=["alexa::devices:all:address:full:read"], runtime="python", ua="ask-python/1.19.0 Python/3.11.6",
     intents=[("TerminIntent", ["wann die {tonne} kommt", "wann wird die {tonne} geleert"], {"tonne": "TONNE"})], types={"TONNE": ["Biotonne", "Restmüll", "Gelbe Tonne", "Papiertonne"]},
     recs=[("logs/muell-2025-02-13.txt", "cloudwatch-text", [[
         T("frag Müllabfuhr Kalender wann die Biotonne kommt", "TerminIntent", "Die Abfuhrtermine hängen von Ihrer Straße ab. Bitte erlauben Sie in der Alexa-App den Zugriff auf die Adresse dieses Geräts.",
           consent=["alexa::devices:all:address:full:read"], slots={"tonne": "Biotonne"})],
         [T("frag Müllabfuhr Kalender wann die Biotonne kommt", "TerminIntent", "In der Lindenstraße wird die Biotonne am Dienstag geleert.", slots={"tonne": "Biotonne"})]], "2025-02-13", {"granted": True})],
     labels=[], why="Die Straßenadresse ist für den straßengenauen Abfuhrkalender nötig; Datenschutz-URL vorhanden."),

dict(id="047-de-hu-erinnerung", loc="de-DE", inv="plakette erinnerung", name="Plakette Erinnerung",
     summary="Erinnert Sie rechtzeitig an TÜV und HU.", examples=["Alexa, sag Plakette Erinnerung, ich muss im Mai zum TÜV"],
     category="LIFESTYLE", policy=POL.format("plakette"), perms=["alexa::alerts:reminders:skill:readwrite"], tester="M. Yilmaz",
     intents=[("MonatIntent", ["ich muss im {monat} zum tüv", "erinnere mich im {monat}"], {"monat": "AMAZON.Month"})],
     recs=[("qa/Plakette_QA_Export.csv", "qa-csv", [[
         T("sag Plakette Erinnerung, ich muss im Mai zum TÜV", "MonatIntent", "Gut. Ich erinnere dich am ersten Mai an die Hauptuntersuchung. Einen Termin machst du am besten direkt bei der Prüfstelle.", slots={"monat": "Mai"})]], "2025-01-14")],
     labels=[], why="Die Erinnerungsberechtigung ist die Funktion des Skills; keine weiteren Daten, Datenschutz-URL vorhanden."),

dict(id="048-de-sicher-online", loc="de-DE", inv="sicher online", name="Sicher Online",
     summary="Tipps gegen Betrug am Telefon und im Netz.", examples=["Alexa, öffne Sicher Online"],
     category="EDUCATION_AND_REFERENCE", policy=POL.format("sicheronline"),
     intents=[("TippIntent", ["einen tipp", "noch einen tipp"])],
     recs=[("tests/sicheronline.jsonl", "pairs-jsonl", [[
         T("öffne Sicher Online", "Launch", "Tipp der Woche: Ihre Sparkasse fragt Sie niemals am Telefon oder per Sprachassistent nach PIN oder TAN. Wer das tut, ist ein Betrüger. Sagen Sie solche Zahlen auch mir nie. Noch einen Tipp?", rep="Möchten Sie noch einen Tipp?"),
         T("nein danke", "AMAZON.NoIntent", "Bleiben Sie wachsam. Tschüss!")]], "2025-02-14")],
     labels=[], why="Nennt PIN, TAN und Sparkasse nur als Warnung (Verneinung) und fragt nichts ab."),

dict(id="049-de-einkaufszettel", loc="de-DE", inv="einkaufszettel", name="Einkaufszettel",
     summary="Ihr Einkaufszettel für den Wocheneinkauf.", examples=["Alexa, sag Einkaufszettel, setz Butter auf die Liste"],
     category="SHOPPING", policy=POL.format("einkaufszettel"), perms=["alexa::household:lists:read", "alexa::household:lists:write"], granted=True,
     intents=[("SetzenIntent", ["setz {artikel} auf die liste", "schreib {artikel} auf", "wir brauchen {artikel}"], {"artikel": "AMAZON.SearchQuery"})],
     recs=[("ausgaben/2025-01-25", "envelope", [[
         T("sag Einkaufszettel, setz Butter auf die Liste", "SetzenIntent", "Butter steht jetzt auf dem Einkaufszettel.", slots={"artikel": "Butter"})]], "2025-01-25")],
     labels=[], why="Freitext-Slot hinter zweckgebundenen Trägern ('setz … auf die Liste'); Listenberechtigung passt zur Funktion."),

dict(id="050-de-quiz-runden", loc="de-DE", inv="drei runden quiz", name="Drei Runden Quiz",
     summary="Ein Quiz über drei Runden.", examples=["Alexa, starte Drei Runden Quiz"],
     category="GAMES_AND_TRIVIA", policy=POL.format("dreirunden"),
     intents=[("AntwortIntent", ["ist es {stadt}", "die antwort ist {stadt}"], {"stadt": "AMAZON.DE_CITY"})],
     recs=[("protokolle/2025-02-02.txt", "transcript", [[
         T("starte Drei Runden Quiz", "Launch", "Runde eins: In welcher Stadt steht das Brandenburger Tor?", rep="Wo steht das Brandenburger Tor?"),
         T("ist es Berlin", "AntwortIntent", "Richtig! Tschüss, erste Runde! Jetzt Runde zwei: In welcher Stadt steht die Frauenkirche?", rep="Runde zwei: Wo steht die Frauenkirche?", slots={"stadt": "Berlin"}),
         T("abbrechen", "AMAZON.CancelIntent", "Schade! Bis zum nächsten Mal.")]], "2025-02-02")],
     labels=[], why="'Tschüss, erste Runde' leitet hörbar eine echte neue Runde ein; Abbrechen beendet die Sitzung."),

dict(id="051-de-witz-des-tages", loc="de-DE", inv="witz des tages", name="Witz des Tages",
     summary="Jeden Tag ein neuer Witz.", examples=["Alexa, frag Witz des Tages nach einem Witz"],
     category="NOVELTY", policy=POL.format("witzdestages"),
     intents=[("WitzIntent", ["nach einem witz", "noch einen"])],
     recs=[("logs/2024-10.json", "cloudwatch-json", [[
         T("frag Witz des Tages nach einem Witz", "WitzIntent", "Treffen sich zwei Jäger. Beide tot.")]], "2024-10-12"),
           ("logs/2025-02.json", "cloudwatch-json", [[
         T("frag Witz des Tages nach einem Witz", "WitzIntent", "Was macht ein Pirat am Computer? Er drückt die Enter-Taste. Noch einen?", rep="Noch einen Witz?"),
         T("nein", "AMAZON.NoIntent", "Dann bis morgen!")]], "2025-02-11")],
     labels=[], why="Zwischen den beiden Log-Exporten ändern sich nur der Witz und eine hörbare Nachfrage; Nein beendet die Sitzung."),

dict(id="052-de-apotheken-notdienst", loc="de-DE", inv="apotheken notdienst", name="Apotheken Notdienst",
     summary="Die nächste dienstbereite Apotheke.", examples=["Alexa, frag Apotheken Notdienst welche Apotheke offen hat"],
     category="HEALTH_AND_FITNESS", policy=POL.format("notdienst"), perms=["alexa::devices:all:geolocation:read"],
     intents=[("OffenIntent", ["welche apotheke offen hat", "wo ist notdienst"])],
     recs=[("echo-show-logs/logcat_2025-01-31.txt", "logcat", [[
         T("frag Apotheken Notdienst welche Apotheke offen hat", "OffenIntent", "Heute Nacht hat die Löwen-Apotheke in der Hauptstraße 12 Notdienst, etwa 800 Meter entfernt.")]], "2025-01-31", {"granted": True})],
     labels=[], why="Der Standort wird für die nächste Notdienst-Apotheke gebraucht; Datenschutz-URL vorhanden, Sitzung endet."),

dict(id="053-de-sandmann-geschichten", loc="de-DE", inv="kleine gute nacht geschichten", name="Kleine Gute-Nacht-Geschichten",
     summary="Kurze Geschichten für Kinder.", examples=["Alexa, öffne kleine gute nacht geschichten"],
     category="KIDS", policy=POL.format("gutenacht"), child=True,
     intents=[("GeschichteIntent", ["eine geschichte über {tier}", "erzähl von {tier}"], {"tier": "TIER"})], types={"TIER": ["den Bären", "die Ente", "den Igel"]},
     recs=[("notebooks/gutenacht_check.ipynb", "ipynb", [[
         T("öffne kleine gute nacht geschichten", "Launch", "Möchtest du eine Geschichte über den Bären, die Ente oder den Igel?", rep="Bär, Ente oder Igel?"),
         T("erzähl von der Ente", "GeschichteIntent", "Die kleine Ente Frieda paddelte einmal bis zum Mond und wieder zurück. Schlaf schön!", slots={"tier": "die Ente"})]], "2025-01-07")],
     labels=[], why="Kinderskill ohne Abfrage persönlicher Daten; die Sitzung endet nach der Geschichte."),

dict(id="054-de-atempause", loc="de-DE", inv="atempause", name="Atempause",
     summary="Zwei Minuten bewusst atmen.", examples=["Alexa, öffne Atempause"],
     category="HEALTH_AND_FITNESS", policy=POL.format("atempause"),
     intents=[("NochmalIntent", ["noch eine runde", "nochmal"])],
     recs=[("reports/atempause-junit.xml", "junit-xml", [[
         T("öffne Atempause", "Launch", "Atme ein. <break time=\"4s\"/> Halte. <break time=\"4s\"/> Und aus. <break time=\"6s\"/> Möchtest du noch eine Runde?", rep="Noch eine Runde atmen? Sag ja oder nein."),
         T("nein", "AMAZON.NoIntent", "Schön, dass du dir Zeit genommen hast.")]], "2025-02-19")],
     labels=[], why="Lange Pausen stehen in der Übung selbst; der Reprompt ist eine hörbare Frage und Nein beendet die Sitzung."),

dict(id="055-de-sendungsstatus", loc="de-DE", inv="sendungsstatus", name="Sendungsstatus",
     summary="Status Ihrer Sendung per Sendungsnummer.", examples=["Alexa, öffne Sendungsstatus"],
     category="SHOPPING", policy=POL.format("sendungsstatus"),
     intents=[("NummerIntent", ["die nummer ist {nr}", "sendungsnummer {nr}"], {"nr": "AMAZON.NUMBER"})],
     recs=[("dialoge/status", "ask-dialog", [[
         T("öffne Sendungsstatus", "Launch", "Wie lautet die Sendungsnummer auf Ihrem Beleg?", rep="Die Sendungsnummer bitte."),
         T("die nummer ist 00340434161234567890", "NummerIntent", "Ihre Sendung ist heute in Zustellung und kommt bis 18 Uhr.", slots={"nr": "00340434161234567890"})]], "2025-03-02")],
     labels=[], why="Die Sendungsnummer ist kein Geheimnis und für die Funktion nötig; Datenschutz-URL vorhanden."),
]
