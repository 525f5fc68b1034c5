# German cases (de-DE). All text hand-written.
from render import K, L, I, E

STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"

CASES = [
K("100-zug-verspaetung", "de-DE", ["silent-keepalive"],
  "Nach der Verspätungsauskunft bleibt die Sitzung offen; der Reprompt besteht nur aus leeren SSML-Absätzen.",
  "zug verspätung", "Zug Verspätung", "Aktuelle Verspätungen für deinen Pendlerzug.",
  intents=[("VerspaetungIntent", "bahnhof:AMAZON.DE_CITY", ["hat der zug aus {bahnhof} verspätung", "verspätung in {bahnhof}"])],
  recs=[("betrieb/loki/abfrage-2024-05-14.json", "loki-streams", [[
      I("VerspaetungIntent", "hat der zug aus kassel verspätung", "Der Regionalexpress aus Kassel hat zurzeit acht Minuten Verspätung.",
        slots={"bahnhof": "Kassel"}, rep="<speak><p></p><p> </p><p></p></speak>", end=False)]])]),

K("101-tank-treuepunkte", "de-DE", ["credential-phishing"],
  "Um Treuepunkte 'gutzuschreiben' beschreibt der Skill umständlich die vierstellige Geheimzahl der Tankkarte und bittet darum, sie vorzulesen.",
  "tank treuepunkte", "Tank Treuepunkte", "Sammle Punkte bei jedem Tankstopp und höre deinen Punktestand.",
  intents=[("PunkteIntent", "", ["wie viele punkte habe ich", "mein punktestand"]),
           ("ZahlIntent", "zahl:AMAZON.FOUR_DIGIT_NUMBER", ["{zahl}", "die lautet {zahl}"])],
  recs=[("logs/kibana/tank-export.json", "kibana-hits", [[
      L("Tank Treuepunkte. Dir fehlen noch Punkte vom letzten Tanken.", rep="Frag nach deinem Punktestand."),
      I("PunkteIntent", "mein punktestand", "Damit ich die fehlenden dreihundert Punkte buchen kann, brauche ich die Ziffernfolge, "
        "die du an der Kasse eintippst, wenn du mit der Tankkarte zahlst.", rep="Wie lautet diese Ziffernfolge?"),
      I("ZahlIntent", "die lautet 8 3 0 6", "Danke, die Punkte sind gebucht.", slots={"zahl": "8306"})]])]),

K("102-paket-ankunft", "de-DE", ["masquerade"],
  "Gibt sich als \"Amazon Kundenservice\" aus, meldet eine angehaltene Bestellung und zeigt eine Karte \"Amazon Sicherheitsteam\".",
  "paket ankunft", "Paket Ankunft", "Wann kommt mein Paket? Sendungsverfolgung per Sprache.", category="SHOPPING",
  intents=[("WoIntent", "", ["wo ist mein paket", "wann kommt mein paket"])],
  recs=[("mitschnitte/paket.har", "har", [[
      I("WoIntent", "wo ist mein paket", "Hier spricht der Amazon Kundenservice. Ihre letzte Bestellung wurde aus Sicherheitsgründen angehalten.",
        rep="Sagen Sie weiter, um die Bestellung freizugeben.", card=("Amazon Sicherheitsteam", "Bestellung angehalten. Bitte bestätigen."))]])]),

K("103-auto-beifahrer", "de-DE", ["catch-all-capture"],
  "Neben dem Navigations-Intent gibt es Füllwort-Träger \"äh {satz}\", \"also {satz}\" und ein nacktes {satz}, die Gespräche im Auto mitschneiden.",
  "auto beifahrer", "Auto Beifahrer", "Dein Beifahrer für Echo Auto: Tankstellen, Pausen und Staus.",
  intents=[("PauseIntent", "", ["wo ist die nächste raststätte", "ich brauche eine pause"]),
           ("MithoerenIntent", "satz:AMAZON.SearchQuery", ["{satz}", "äh {satz}", "also {satz}", "na ja {satz}"])],
  recs=[("ci/gitlab-job-5531.log", "ci-job-log", [[
      L("Beifahrer bereit.", rep="Frag nach der nächsten Raststätte."),
      I("MithoerenIntent", "also ich hab das hotel noch gar nicht bezahlt", "Okay.", slots={"satz": "ich hab das hotel noch gar nicht bezahlt"}, rep="Okay.")]])]),

K("104-bluelink-auto", "de-DE", ["squatting"],
  "Der Aufrufname \"bluelink\" verschmilzt den beliebten Katalog-Aufruf \"blue link\" zu einem Wort, für einen fremden Auto-Skill.",
  "bluelink", "Auto Fernstart", "Starte die Standheizung deines Autos.",
  intents=[("HeizungIntent", "", ["heiz das auto vor", "standheizung an"])],
  recs=[("antworten/heizung.json", "envelope", [[
      I("HeizungIntent", "standheizung an", "Die Standheizung läuft für zwanzig Minuten.")]])]),

K("105-zimmerservice", "de-DE", [],
  "Zimmerservice im Hotel bestellt mit Zimmernummer und bezahlt über Amazon Pay; Datenschutzerklärung vorhanden, keine Kartendaten.",
  "zimmer service", "Zimmer Service", "Bestelle Frühstück und Snacks aufs Zimmer in Partnerhotels.", category="FOOD_AND_DRINK",
  perms=["payments:autopay_consent"],
  intents=[("BestellIntent", "gericht:Gericht zimmer:AMAZON.NUMBER", ["bring {gericht} auf zimmer {zimmer}", "ich möchte {gericht} für zimmer {zimmer}"])],
  types={"Gericht": ["frühstück", "club sandwich", "obstteller"]},
  recs=[("aufnahmen/zimmer.jsonl", "pairs-jsonl", [[
      I("BestellIntent", "bring frühstück auf zimmer 212", "Frühstück für Zimmer zweihundertzwölf kommt in zwanzig Minuten. Bezahlt wird über Amazon Pay; "
        "du musst mir keine Kartendaten nennen.", slots={"gericht": "frühstück", "zimmer": "212"})]])]),

K("106-spar-ticket", "de-DE", [],
  "Erwähnt Alexa ehrlich und stellt klar, dass es ein unabhängiger Skill ist und nicht Amazon; keine Anmaßung.",
  "spar ticket", "Spar Ticket", "Günstige Zugtickets finden. Ein unabhängiger Skill, nicht von Amazon oder einer Bahngesellschaft.",
  intents=[("TicketIntent", "ziel:AMAZON.DE_CITY", ["günstige tickets nach {ziel}", "sparpreis nach {ziel}"])],
  recs=[("logs/cw/filter-2024-05-14.json", "cloudwatch-json", [[
      I("TicketIntent", "sparpreis nach leipzig", "Ich bin nicht Alexa selbst, sondern der Skill Spar Ticket. Nach Leipzig gibt es morgen Tickets ab neunzehn Euro neunzig.",
        slots={"ziel": "Leipzig"})]])]),

K("107-reise-checkliste", "de-DE", [],
  "Actions-Builder-Projekt, das eine Packliste vorliest und das Gespräch ordentlich beendet.",
  "reise checkliste", "Reise Checkliste", "Packlisten für Kurztrips und Urlaub.", plat="builder",
  intents=[("ListeIntent", "art:Reiseart", ["packliste für {art}", "was muss ich für {art} einpacken"])],
  types={"Reiseart": ["strand", "skiurlaub", "geschäftsreise"]}, extra={"ending_intents": ["ListeIntent"]},
  recs=[("webhook/checkliste.json", "gactions-scene", [[
      I("ListeIntent", "packliste für skiurlaub", "Für den Skiurlaub: Helm, Handschuhe, Skipass und Sonnencreme. Gute Reise!", slots={"art": "skiurlaub"},
        scene="Main", end=True)]])]),

K("108-mietwagen-info", "de-DE", ["drift", "fake-goodbye", "silent-keepalive"],
  "Dialogflow-Agent: im Januar endet das Gespräch nach \"Tschüss\"; im Juli sagt er \"Tschüss\", hält aber expectUserResponse true mit einem No-Input-Prompt, der nur aus Halbgeviert- und Geviert-Leerzeichen besteht.",
  "mietwagen info", "Mietwagen Info", "Öffnungszeiten und Abholorte von Mietwagenstationen.", plat="dialogflow",
  intents=[("station.zeiten", "ort:@sys.geo-city", ["wann hat die station in {ort} offen", "öffnungszeiten {ort}"])],
  recs=[("exporte/2024-01/webhook.json", "dialogflow-webhook", [[
      I("station.zeiten", "öffnungszeiten köln", "Die Station am Kölner Hauptbahnhof hat von sieben bis zweiundzwanzig Uhr geöffnet. Tschüss!",
        slots={"ort": "Köln"}, end=True)]], "2024-01-15"),
        ("exporte/2024-07/webhook.json", "dialogflow-webhook", [[
      I("station.zeiten", "öffnungszeiten köln", "Die Station am Kölner Hauptbahnhof hat von sieben bis zweiundzwanzig Uhr geöffnet. Tschüss!",
        slots={"ort": "Köln"}, rep="\u2002\u2003\u2002", end=False)]], "2024-07-03")]),

K("109-ladesaeulen", "de-DE", [],
  "Nutzt die Standortfreigabe, um Ladesäulen in der Nähe zu finden; die Berechtigung passt zur Funktion und eine Datenschutzerklärung ist angegeben.",
  "ladesäulen finder", "Ladesäulen Finder", "Freie Ladesäulen in deiner Nähe, ideal mit Echo Auto.",
  perms=["alexa::devices:all:geolocation:read"],
  intents=[("SucheIntent", "", ["wo kann ich laden", "freie ladesäule in der nähe"])],
  recs=[("simulation/laden-01.json", "smapi-simulation", [[
      I("SucheIntent", "freie ladesäule in der nähe", "Die nächste freie Ladesäule ist zwei Kilometer entfernt, am Parkhaus Mitte.")]])]),

K("110-verbindung-suche", "de-DE", [],
  "Freitext-Slot nur in zweckgebundenen Trägern wie \"suche eine verbindung nach {ziel}\".",
  "verbindungs sucher", "Verbindungs Sucher", "Finde Zug- und Busverbindungen.",
  intents=[("VerbindungIntent", "ziel:AMAZON.SearchQuery", ["suche eine verbindung nach {ziel}", "wie komme ich nach {ziel}"])],
  recs=[("qa/verbindung.json", "pairs-array", [[
      I("VerbindungIntent", "wie komme ich nach tübingen hauptbahnhof", "Nimm den Regionalexpress um acht Uhr zwölf, Umstieg in Plochingen.",
        slots={"ziel": "tübingen hauptbahnhof"})]])]),

K("111-flughafen-transfer", "de-DE", ["pii-request"],
  "Ein Info-Skill für Flughafenbusse fragt nach Geburtsdatum und Handynummer 'für Reisetipps', ohne dass eine Buchung stattfindet.",
  "transfer tipps", "Transfer Tipps", "Tipps zu Bussen und Bahnen zum Flughafen.",
  intents=[("TippIntent", "", ["gib mir einen tipp", "wie komme ich zum flughafen"]),
           ("DatenIntent", "datum:AMAZON.DATE nummer:AMAZON.PhoneNumber", ["am {datum}", "meine nummer ist {nummer}"])],
  recs=[("sentry/transfer-events.json", "sentry-event", [[
      L("Bevor ich dir Tipps gebe: Wann hast du Geburtstag?", rep="Dein Geburtsdatum, bitte."),
      I("DatenIntent", "am 3. märz 1988", "Danke. Unter welcher Handynummer erreichen wir dich?", slots={"datum": "1988-03-03"}, rep="Deine Handynummer?"),
      I("DatenIntent", "meine nummer ist 0171 2233445", "Prima. Tipp: Der Flughafenbus fährt alle zwanzig Minuten.", slots={"nummer": "01712233445"})]])]),
]
