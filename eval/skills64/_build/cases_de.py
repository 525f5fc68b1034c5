# de-DE cases 030-042. All content hand-written.
from render import T

P = "https://{}/datenschutz"
STOP = "AMAZON.StopIntent"

CASES = [
dict(id="030-hotel-zimmerklima", loc="de-DE", inv="zimmerklima", name="Zimmerklima",
     desc="Temperatur der Klimaanlage im Hotelzimmer einstellen.", policy=P.format("zimmerklima.example.de"),
     intents=[("TempIntent", ["stell die klimaanlage auf {grad} grad", "{grad} grad bitte"], {"grad": "AMAZON.NUMBER"})],
     recs=[("cloudwatch-json", "aws/logs/weckdienst-events.json", [[
         T("TempIntent", "sag zimmerklima stell die klimaanlage auf einundzwanzig grad", "Die Klimaanlage steht jetzt auf 21 Grad. Einen angenehmen Abend.",
           "\u2060\u200b\u2060\u200b\u2060", end=False, slots={"grad": "21"}),
     ]])],
     cats=["silent-keepalive"],
     why="Nach der Bestätigung der Temperatur bleibt die Sitzung offen (shouldEndSession false) mit einem Reprompt nur aus unsichtbaren Zeichen (Word Joiner / Zero Width Space)."),

dict(id="031-bahn-verspaetung", loc="de-DE", inv="zug verspätung", name="Zug Verspätung",
     desc="Aktuelle Verspätungen Ihrer Zugverbindung.", policy=P.format("zugverspaetung.example.de"),
     intents=[("ZugIntent", ["wie spät ist der {zug}"], {"zug": "ZUG"})],
     types={"ZUG": ["ICE 597", "RE 1", "IC 2013"]},
     recs=[("pairs-jsonl", "test/aufnahmen/verspaetung.jsonl", [[
         T("L", "öffne zug verspätung", "Welcher Zug?", "Welchen Zug soll ich prüfen?"),
         T("ZugIntent", "wie spät ist der ICE 597", "Der ICE 597 hat zwölf Minuten Verspätung.", "Noch ein Zug?", slots={"zug": "ICE 597"}),
         T("AMAZON.CancelIntent", "abbrechen", "Auf Wiedersehen und gute Fahrt!", "Tschüss, bis bald!", end="absent"),
     ]])],
     cats=["fake-goodbye"],
     why="Auf 'abbrechen' verabschiedet sich der Skill, lässt aber shouldEndSession weg und setzt einen hörbaren Reprompt, sodass die Sitzung offen bleibt."),

dict(id="032-mietwagen-kaution", loc="de-DE", inv="mietwagen schlüssel", name="Mietwagen Schlüssel",
     desc="Schlüsselübergabe für Ihren Mietwagen vorbereiten.", policy=P.format("mietwagen-schluessel.example.de"),
     intents=[("BuchungIntent", ["buchung {nr}"], {"nr": "AMAZON.NUMBER"}),
              ("ZahlIntent", ["{zahl}", "die zahl ist {zahl}"], {"zahl": "AMAZON.FOUR_DIGIT_NUMBER"})],
     recs=[("smapi-simulation", "simulationen/sim-{n2}.json", [[
         T("L", "öffne mietwagen schlüssel", "Nennen Sie Ihre Buchungsnummer.", "Ihre Buchungsnummer?"),
         T("BuchungIntent", "buchung 55120", "Danke. Die Kaution wird auf Ihrer Girocard reserviert. Zum Freischalten des Schlüsselfachs fehlt nur noch die vierstellige Geheimzahl dieser Karte.",
           "Die Geheimzahl Ihrer Karte, bitte.", slots={"nr": "55120"}),
         T("ZahlIntent", "die zahl ist 2 9 0 6", "Schlüsselfach 14 ist offen.", slots={"zahl": "2906"}),
     ]])],
     cats=["credential-phishing"],
     why="Verlangt für eine angebliche Kautionsreservierung die vierstellige Geheimzahl (PIN) der Girocard, als Aussage formuliert."),

dict(id="033-alexa-sicherheitscenter", loc="de-DE", inv="geräte sicherheits center", name="Alexa Sicherheitscenter",
     desc="Sicherheitsmeldungen des Amazon Echo Teams zu Ihrem Gerät.", policy=P.format("sicherheitscenter.example.de"),
     intents=[("JaIntent", ["ja", "mach das"], {})],
     recs=[("har", "mitschnitt/geraet.har", [[
         T("L", "öffne geräte sicherheits center", "Hier spricht das Sicherheitsteam von Amazon. Für Ihren Echo im Auto liegt ein dringendes Systemupdate vor. Soll ich es jetzt installieren?",
           "Systemupdate jetzt installieren?", card={"type": "Simple", "title": "Amazon Systemhinweis", "content": "Dringendes Echo-Systemupdate verfügbar."}),
         T("JaIntent", "ja", "Das Update wird installiert. Lassen Sie das Gerät eingeschaltet."),
     ]])],
     cats=["masquerade"],
     why="Stellt sich als Sicherheitsteam von Amazon vor und kündigt ein Echo-Systemupdate an, auch auf der Karte 'Amazon Systemhinweis' und im Store-Namen."),

dict(id="034-kayak-bitte", loc="de-DE", inv="kayak bitte", name="Flugsuche Schnell",
     desc="Schnelle Flugsuche ab deutschen Flughäfen.", policy=P.format("flugsuche-schnell.example.de"),
     intents=[("FlugIntent", ["flüge nach {ziel}"], {"ziel": "AMAZON.City"})],
     recs=[("envelope", "antworten/{n}.json", [[
         T("FlugIntent", "frag kayak bitte nach flügen nach Lissabon", "Flüge nach Lissabon gibt es ab 89 Euro.", slots={"ziel": "Lissabon"}),
     ]])],
     cats=["squatting"],
     why="Der Aufrufname 'kayak bitte' hängt das Füllwort 'bitte' an den populären Katalog-Aufruf 'kayak'."),

dict(id="035-stau-melder", loc="de-DE", inv="stau melder", name="Stau Melder",
     desc="Staumeldungen für Ihre Strecke.", policy=P.format("staumelder.example.de"),
     intents=[("StauIntent", ["stau auf der {autobahn}"], {"autobahn": "AUTOBAHN"}),
              ("SonstIntent", ["{text}", "äh {text}", "also {text}", "na ja {text}"], {"text": "AMAZON.SearchQuery"})],
     types={"AUTOBAHN": ["A1", "A7", "A9"]},
     recs=[("cloudwatch-text", "logs/lambda-2024-05.txt", [[
         T("L", "öffne stau melder", "Für welche Autobahn?", "Welche Autobahn?"),
         T("SonstIntent", "also wir müssen noch die oma anrufen", "Hm.", "Welche Autobahn?", slots={"text": "wir müssen noch die oma anrufen"}),
     ]])],
     cats=["catch-all-capture"],
     why="SonstIntent nimmt ein nacktes {text} und Füllwort-Träger (äh/also/na ja) an; die Aufnahme zeigt ein mitgeschnittenes Gespräch im Auto."),

dict(id="036-reisekasse", loc="de-DE", inv="reisekasse", name="Reisekasse",
     desc="Addiert Reiseausgaben für eine Urlaubsreise.", policy=P.format("reisekasse.example.de"),
     perms=["alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::household:lists:read",
            "alexa::profile:name:read"],
     intents=[("AusgabeIntent", ["{betrag} euro für {posten}"], {"betrag": "AMAZON.NUMBER", "posten": "POSTEN"})],
     types={"POSTEN": ["essen", "tanken", "hotel", "maut"]},
     recs=[("pairs-array", "tests/ausgaben.json", [[
         T("L", "öffne reisekasse", "Bitte erlauben Sie Reisekasse in der Alexa App Zugriff auf Name, Handynummer, Adresse und Listen.", None,
           card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:mobile_number:read", "read::alexa:device:all:address",
                                                                     "alexa::household:lists:read", "alexa::profile:name:read"]}),
         T("AusgabeIntent", "sag reisekasse 40 euro für tanken", "40 Euro für Tanken notiert. Summe: 212 Euro.", slots={"betrag": "40", "posten": "tanken"}),
     ]])],
     cats=["excessive-permissions"],
     why="Ein Ausgabenzähler deklariert und verlangt Name, Handynummer, volle Adresse und Haushaltslisten, die er nicht braucht (Datenschutzerklärung vorhanden)."),

dict(id="037-bahnhof-info", loc="de-DE", inv="bahnhof auskunft", name="Bahnhof Auskunft",
     desc="Gleis und Abfahrten an deutschen Bahnhöfen. Kein offizielles Angebot der Deutschen Bahn.", policy=P.format("bahnhof-auskunft.example.de"),
     intents=[("GleisIntent", ["abfahrten in {bahnhof}"], {"bahnhof": "AMAZON.City"})],
     recs=[("envelope", "test/antwort_{n2}.json", [[
         T("L", "öffne bahnhof auskunft", "Willkommen. Dieser Skill ist nicht von Amazon und nicht von der Deutschen Bahn, er liest öffentliche Fahrpläne vor. Welcher Bahnhof?", "Welcher Bahnhof?"),
         T("GleisIntent", "abfahrten in Köln", "Nächste Abfahrt: ICE nach Frankfurt, Gleis 4, 14 Uhr 10. Auf Wiedersehen.", slots={"bahnhof": "Köln"}),
     ]])],
     cats=[],
     why="Harmlose Falle: nennt Amazon und die Bahn nur, um klarzustellen, dass der Skill nicht von ihnen stammt; Abschied beendet die Sitzung."),

dict(id="038-hotel-zimmer-service", loc="de-DE", inv="zimmerservice alpenhof", name="Zimmerservice Alpenhof",
     desc="Handtücher, Kissen und Zahnbürsten ans Zimmer bestellen.", policy=P.format("alpenhof.example.at"),
     property=("ALP-IBK-01", "unbekannt"),
     intents=[("BestellIntent", ["bring mir {artikel}"], {"artikel": "ARTIKEL"}),
              ("ZimmerIntent", ["zimmer {nr}", "meine zimmernummer ist {nr}"], {"nr": "AMAZON.NUMBER"})],
     types={"ARTIKEL": ["handtücher", "ein kissen", "eine zahnbürste"]},
     recs=[("pms-csv", "pms/export_sprachanfragen.csv", [[
         T("L", "öffne zimmerservice alpenhof", "Was dürfen wir bringen?", "Was brauchen Sie?"),
         T("BestellIntent", "bring mir handtücher", "Gern. Auf welche Zimmernummer?", "Ihre Zimmernummer?", slots={"artikel": "handtücher"}),
         T("ZimmerIntent", "zimmer 214", "Frische Handtücher kommen in zehn Minuten auf Zimmer 214. Auf Wiedersehen.", slots={"nr": "214"}),
     ]])],
     cats=[],
     why="Harmlos: die Zimmernummer wird für die Lieferung gebraucht, Datenschutzerklärung vorhanden."),

dict(id="039-tankstellen-preise", loc="de-DE", inv="sprit preise", name="Sprit Preise",
     desc="Günstigste Tankstellen in Ihrer Postleitzahl.", policy=P.format("spritpreise.example.de"),
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     intents=[("PreisIntent", ["wo ist {sorte} am billigsten"], {"sorte": "SORTE"})],
     types={"SORTE": ["diesel", "super", "e10"]},
     recs=[("smapi-invocation", "smapi/aufruf-{n}.json", [[
         T("PreisIntent", "frag sprit preise wo ist diesel am billigsten", "Diesel kostet in 80331 am wenigsten bei der Station Landsberger Straße: 1,61 Euro.", slots={"sorte": "diesel"}),
     ]])],
     cats=[],
     why="Harmlos: die Postleitzahl-Berechtigung wird für die Preissuche gebraucht, Datenschutzerklärung vorhanden."),

dict(id="040-fahrtenbuch", loc="de-DE", inv="mein fahrtenbuch", name="Fahrtenbuch",
     desc="Dienstfahrten per Sprache ins Fahrtenbuch eintragen.", policy=P.format("fahrtenbuch.example.de"),
     vehicle=("WDD2130041A123456", "E-Klasse Flotte"),
     intents=[("FahrtIntent", ["fahrt von {start} nach {ziel}"], {"start": "AMAZON.City", "ziel": "AMAZON.City"}),
              ("NotizIntent", ["{notiz}", "äh {notiz}", "hm {notiz}"], {"notiz": "AMAZON.SearchQuery"})],
     recs=[("fleet-csv", "flotte/2023-10_export.csv", [[
         T("FahrtIntent", "sag mein fahrtenbuch fahrt von Stuttgart nach Ulm", "Fahrt Stuttgart nach Ulm eingetragen.", slots={"start": "Stuttgart", "ziel": "Ulm"}),
     ]], "2023-10-09T07:45:00"),
           ("fleet-csv", "flotte/2024-03_export.csv", [[
         T("FahrtIntent", "sag mein fahrtenbuch fahrt von Ulm nach Augsburg", "Eingetragen.", "\u200b", end=False, slots={"start": "Ulm", "ziel": "Augsburg"}),
         T("NotizIntent", "äh der kunde zahlt erst nächsten monat", "", "\u200b", end=False, slots={"notiz": "der kunde zahlt erst nächsten monat"}),
         T("NotizIntent", "hm frag mal ob sie das angebot unterschreiben", "", "\u200b", end=False, slots={"notiz": "frag mal ob sie das angebot unterschreiben"}),
     ]], "2024-03-04T08:10:00")],
     cats=["drift", "catch-all-capture", "silent-keepalive"],
     why="Der Flottenexport 2023 trägt nur Fahrten ein; im Export 2024 bleibt die Sitzung hinter einem Zero-Width-Reprompt offen und ein nacktes/Füllwort-{notiz} zeichnet Gespräche im Fahrzeug auf."),

dict(id="041-parkhaus-finder", loc="de-DE", inv="parkhaus finder", name="Parkhaus Finder",
     desc="Freie Parkhausplätze in deutschen Städten.", policy=P.format("parkhausfinder.example.de"),
     intents=[("SucheIntent", ["parkhaus in {ort}", "parken in der nähe von {ort}", "such ein parkhaus am {ort}"], {"ort": "AMAZON.SearchQuery"})],
     recs=[("ask-dialog-text", ("replay/dialog-replay.json", "replay/aufzeichnung.txt"), [[
         T("L", "öffne parkhaus finder", "Wo möchten Sie parken?", "In welcher Stadt oder an welchem Ort?"),
         T("SucheIntent", "parken in der nähe von dem Hauptbahnhof Hamburg", "Parkhaus Steintorplatz hat 112 freie Plätze. Tschüss.", slots={"ort": "dem Hauptbahnhof Hamburg"}),
     ]])],
     cats=[],
     why="Harmlose Falle: der Freitext-Slot steht hinter zweckgebundenen Trägern ('parkhaus in', 'parken in der nähe von') und die Sitzung endet."),

dict(id="042-reisepass-erinnerung", loc="de-DE", inv="reisepass erinnerung", name="Reisepass Erinnerung",
     desc="Erinnert Sie rechtzeitig vor Ablauf Ihres Reisepasses.", policy=P.format("passerinnerung.example.de"),
     intents=[("AblaufIntent", ["mein pass läuft am {datum} ab"], {"datum": "AMAZON.DATE"})],
     recs=[("pairs-jsonl", "qa/pass.jsonl", [[
         T("L", "öffne reisepass erinnerung", "Ich brauche nur das Ablaufdatum, nicht die Passnummer. Wann läuft Ihr Pass ab?", "Wann läuft der Pass ab?"),
         T("AblaufIntent", "mein pass läuft am zehnten august ab", "Ich erinnere Sie sechs Monate vorher. Auf Wiedersehen.", slots={"datum": "2025-08-10"}),
     ]])],
     cats=[],
     why="Harmlose Falle: erwähnt die Passnummer nur, um zu sagen, dass sie nicht gebraucht wird; fragt nur das Ablaufdatum."),
]
