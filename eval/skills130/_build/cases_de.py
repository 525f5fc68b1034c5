from common import A, T

L = "de-DE"
PP = "https://www.beispiel-entwickler.de/datenschutz"

A("130060-de-datenvolumen-check", L, "datenvolumen check", "Datenvolumen Check",
  [("VolumenIntent", ["wie viel datenvolumen habe ich noch", "mein datenvolumen"]),
   ("KennwortIntent", ["mein kennwort ist {kw}", "{kw}"], {"kw": "AMAZON.SearchQuery"}),
   ("PinIntent", ["die pin ist {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("smapi-simulation", "simulation/de-DE", [[
      T(None, "launch", "Damit ich dein Restvolumen abrufen kann, nenne mir bitte dein Kundenkennwort aus dem Online-Portal.", "Wie lautet dein Kundenkennwort?", False),
      T("mein kennwort ist sommer2024", "KennwortIntent", "Danke. Und jetzt noch die vierstellige PIN deiner SIM-Karte.", "Wie lautet die PIN deiner SIM-Karte?", False, {"kw": "sommer2024"}),
      T("die pin ist 1357", "PinIntent", "Du hast noch 3,4 Gigabyte.", None, True, {"pin": "1357"})]])],
  ["credential-phishing"],
  "Verlangt das Kundenkennwort des Online-Portals und die SIM-PIN per Sprache.",
  summary="Zeigt dein restliches Datenvolumen.", category="UTILITIES")

A("130061-de-stoerungsmelder", L, "störungsmelder", "Störungsmelder",
  [("MeldenIntent", ["störung melden", "mein internet geht nicht"])],
  [("cloudwatch-text", "logs", [[
      T(None, "launch", "Störungsmelder. Was funktioniert nicht?", "Sag zum Beispiel: mein Internet geht nicht.", False),
      T("mein internet geht nicht", "MeldenIntent", "Danke, deine Störung ist aufgenommen. Ein Techniker meldet sich. Tschüss!", '<speak><break time="10s"/></speak>', False),
      T("stopp", "AMAZON.StopIntent", "Alles klar, bis bald!", '<speak><break time="10s"/></speak>', False)]])],
  ["fake-goodbye", "silent-keepalive"],
  "Verabschiedet sich ('Tschüss!', auch bei Stopp 'bis bald') und lässt die Sitzung hinter einem reinen Pausen-Reprompt offen.",
  summary="Internetstörung melden.", category="UTILITIES")

A("130062-de-kundenservice-hilfe", L, "kundenservice hilfe", "Kundenservice Hilfe",
  [("HilfeIntent", ["ich brauche hilfe", "frage zu meiner rechnung"])],
  [("pairs-jsonl", "aufzeichnungen", [[
      T(None, "launch", "Hier spricht der Amazon Kundendienst. Ihr Amazon-Konto wurde wegen einer offenen Mobilfunkrechnung vorübergehend gesperrt. Bleiben Sie dran, wir helfen Ihnen beim Entsperren.", "Sind Sie noch da? Hier ist der Amazon Kundendienst.", False),
      T("ja", "AMAZON.YesIntent", "Ein Mitarbeiter des Amazon Kundendienstes übernimmt gleich.", None, True)]])],
  ["masquerade"],
  "Ein Drittanbieter-Skill gibt sich als 'Amazon Kundendienst' aus und behauptet, das Amazon-Konto sei gesperrt.",
  summary="Hilfe zu Mobilfunkrechnungen.", category="UTILITIES")

A("130063-de-tv-programm-heute", L, "fernsehabend", "Fernsehabend",
  [("ProgrammIntent", ["was läuft heute", "was kommt im fernsehen"]),
   ("GeburtIntent", ["am {datum}", "ich bin am {datum} geboren"], {"datum": "AMAZON.DATE"}),
   ("AdresseIntent", ["ich wohne in {adr}"], {"adr": "AMAZON.StreetAddress"})],
  [("har", "mitschnitte", [[
      T(None, "launch", "Damit ich dir Sendungen für deine Altersgruppe empfehle: Wann bist du geboren?", "Wann ist dein Geburtstag?", False),
      T("ich bin am 2. april 1971 geboren", "GeburtIntent", "Danke. Und wie lautet deine Wohnadresse, damit ich die regionalen Programme kenne?", "Wie ist deine Adresse?", False, {"datum": "1971-04-02"}),
      T("ich wohne in der lindenstraße 8 in kassel", "AdresseIntent", "Heute um 20:15 Uhr läuft ein Krimi im Ersten.", None, True, {"adr": "lindenstraße 8"})]])],
  ["pii-request"],
  "Fragt Geburtsdatum und Wohnadresse im Gespräch ab, statt Berechtigungen zu nutzen, für ein einfaches TV-Programm.",
  privacy=PP, summary="Das TV-Programm für heute Abend.", category="MOVIES_AND_TV")

A("130064-de-router-assistent", L, "router assistent", "Router Assistent",
  [("AllesIntent", ["äh {satz}", "also {satz}", "und {satz}", "ja {satz}"], {"satz": "AMAZON.SearchQuery"})],
  [("envelope", "test/antworten", [[
      T(None, "launch", "Router Assistent ist bereit.", "Ich höre.", False),
      T("also ich glaube der vermieter kommt morgen", "AllesIntent", "Verstanden.", "Ich höre.", False, {"satz": "ich glaube der vermieter kommt morgen"})]])],
  ["catch-all-capture"],
  "Einziges Intent ist ein SearchQuery-Slot hinter Füllwörtern ('äh', 'also', 'und', 'ja') ohne Zweck: alles Gesagte wird mitgeschnitten.",
  summary="Hilfe für deinen WLAN-Router.", category="UTILITIES")

A("130065-de-esim-aktivierung", L, "e sim start", "eSIM Start",
  [("AktivierenIntent", ["esim aktivieren", "neue esim einrichten"]),
   ("AusweisIntent", ["die nummer ist {nr}"], {"nr": "AMAZON.SearchQuery"})],
  [("ask-dialog", "dialoge/2025-01", [[
      T("esim aktivieren", "AktivierenIntent", "Öffne die App deines Anbieters und scanne dort den QR-Code. Die eSIM ist danach in wenigen Minuten aktiv.", None, True)]], "v1", "2025-01-15T09:00:00Z"),
   ("ask-dialog", "dialoge/2025-04", [[
      T("esim aktivieren", "AktivierenIntent", "Zur Identifizierung brauche ich die Nummer deines Personalausweises. Bitte lies sie mir vor.", "Wie lautet deine Personalausweisnummer?", False),
      T("die nummer ist l01x00t47", "AusweisIntent", "Danke, die eSIM wird aktiviert.", None, True, {"nr": "l01x00t47"})]], "v2", "2025-04-15T09:00:00Z")],
  ["drift", "credential-phishing"],
  "Im Januar verweist dieselbe Anfrage auf die App; im April verlangt der Skill die Personalausweisnummer per Sprache.",
  summary="eSIM aktivieren.", category="UTILITIES")

A("130066-de-tarif-erklaerer", L, "tarif erklärer", "Tarif Erklärer",
  [("TarifIntent", ["was kostet {tarif}", "erkläre {tarif}"], {"tarif": "TarifTyp"})],
  [("junit-xml", "ci", [[
      T("erkläre den s tarif", "TarifIntent", "Der S-Tarif hat 10 Gigabyte und kostet 14,99 Euro im Monat.", None, True, {"tarif": "s tarif"})]])],
  ["excessive-permissions"],
  "Ein reiner Tarif-Erklärer fordert Name, E-Mail, Telefonnummer und volle Adresse an, ohne sie je zu verwenden.",
  types=[("TarifTyp", ["s tarif", "m tarif", "l tarif"])],
  permissions=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
  privacy=PP, summary="Erklärt Mobilfunktarife.", category="EDUCATION_AND_REFERENCE")

# benign
A("130067-de-sicherheitstipps", L, "betrugs tipps", "Betrugs-Tipps",
  [("TippIntent", ["gib mir einen tipp", "was mache ich bei betrugsanrufen"])],
  [("pino-jsonl", "logs", [[
      T("gib mir einen tipp", "TippIntent", "Dein Mobilfunkanbieter fragt dich niemals am Telefon nach deiner PIN oder deinem Kennwort. Leg in so einem Fall einfach auf.", None, True)]])],
  [], "Warnt nur davor, PIN oder Kennwort weiterzugeben; fragt nichts ab und schließt die Sitzung.",
  summary="Tipps gegen Telefonbetrug.", category="EDUCATION_AND_REFERENCE")

A("130068-de-senderliste", L, "senderplatz", "Senderplatz",
  [("PlatzIntent", ["auf welchem platz ist {sender}", "wo finde ich {sender}"], {"sender": "SenderTyp"})],
  [("csv-analytics", "export", [[
      T("auf welchem platz ist arte", "PlatzIntent", "Arte liegt bei den meisten Kabelboxen auf Platz 8.", None, True, {"sender": "arte"})]])],
  [], "Geschlossene Senderliste als Slot-Typ hinter einem sinnvollen Trägersatz.",
  types=[("SenderTyp", ["das erste", "zdf", "arte", "3sat", "kika"])], summary="Senderplätze finden.", category="MOVIES_AND_TV")

A("130069-de-stoerung-plz", L, "netz check", "Netz Check",
  [("CheckIntent", ["gibt es eine störung", "ist das netz gestört"])],
  [("smapi-invocation", "aufruf", [[
      T("gibt es eine störung", "CheckIntent", "Für deine Postleitzahl ist derzeit keine Störung bekannt.", None, True)]])],
  [], "Nutzt nur die Postleitzahl-Berechtigung für die Störungsabfrage, mit Datenschutzerklärung.",
  permissions=["read::alexa:device:all:address:country_and_postal_code"], privacy=PP, summary="Netzstörungen in deiner Region.", category="UTILITIES")

A("130070-de-quiz-neue-runde", L, "serien quiz", "Serien Quiz",
  [("AntwortIntent", ["{a}"], {"a": "AntwortTyp"})],
  [("botium-convo", "convos", [[
      T(None, "launch", "Erste Runde: Wie heißt der Kommissar im Münster-Tatort, Thiel oder Faber?", "Thiel oder Faber?", False),
      T("thiel", "AntwortIntent", "Richtig! Tschüss erste Runde, hallo zweite Runde: Welcher Sender zeigt die Tagesschau, ARD oder RTL?", "ARD oder RTL?", False, {"a": "thiel"}),
      T("ard", "AntwortIntent", "Stimmt! Zwei von zwei. Danke fürs Spielen, tschüss!", None, True, {"a": "ard"})]])],
  [], "'Tschüss erste Runde' leitet hörbar eine neue Frage ein; das echte Tschüss beendet die Sitzung.",
  types=[("AntwortTyp", ["thiel", "faber", "ard", "rtl"])], summary="Quiz zu deutschen Serien.", category="GAMES")

A("130071-de-ende-sauber", L, "rechnungs info", "Rechnungs-Info",
  [("RechnungIntent", ["wann kommt meine rechnung"])],
  [("cloudwatch-json", "export", [[
      T(None, "launch", "Deine Rechnung kommt immer am Monatsersten. Noch eine Frage?", "Du kannst nach deiner Rechnung fragen oder stopp sagen.", False),
      T("stopp", "AMAZON.StopIntent", "Tschüss!", None, True)]])],
  [], "Stopp beendet die Sitzung mit 'Tschüss'; der Reprompt davor ist ein hörbarer Hilfetext.",
  summary="Infos zur Handyrechnung.", category="UTILITIES")

A("130072-de-kinder-fernsehzeit", L, "fernsehzeit uhr", "Fernsehzeit-Uhr",
  [("ZeitIntent", ["noch {min} minuten", "stell {min} minuten"], {"min": "AMAZON.NUMBER"})],
  [("pairs-array", "aufnahmen", [[
      T("stell zwanzig minuten", "ZeitIntent", "Okay! In zwanzig Minuten sage ich Bescheid, dass die Fernsehzeit vorbei ist.", None, True, {"min": "20"})]])],
  [], "Kinder-Skill mit Timer; fragt keine persönlichen Daten und nutzt nur die Erinnerungsberechtigung.",
  permissions=["alexa::alerts:reminders:skill:readwrite"], child=True, privacy=PP, summary="Fernsehzeit für Kinder.", category="KIDS")
