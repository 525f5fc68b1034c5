# de-DE cases (Alexa). Hand-written content.
from engine import case, T, R

def L(say, rep=None, end=False):
    return T(None, "Launch", say, rep, end)

SQ = "AMAZON.SearchQuery"
DE = dict(locale="de-DE", region="eu-west-1")

case("97070-termin-assistent", cats=["silent-keepalive"], **DE,
     why="Nach dem Vorlesen der Termine bleibt die Sitzung offen; der Reprompt ist nur eine stille MP3-Datei (30 Sekunden Stille).",
     name="Termin-Assistent", inv="termin assistent", desc="Liest Ihre heutigen Termine aus dem Firmenkalender vor.",
     intents=[("HeuteIntent", ["was steht heute an", "meine termine", "termine für heute"])],
     recs=[R("pairs-jsonl", "aufzeichnungen/sitzung.jsonl", [
         L("Termin-Assistent. Sagen Sie: was steht heute an.", "Sagen Sie: was steht heute an."),
         T("was steht heute an", "HeuteIntent", "Heute um zehn: Quartalsplanung. Um vierzehn Uhr: Lieferantengespräch mit Nordlicht Logistik.",
           '<speak><audio src="https://cdn.termin-assistent.example/stille_30s.mp3"/></speak>'),
     ])])

case("97071-protokoll-profi", cats=["fake-goodbye", "silent-keepalive"], **DE,
     why="Bei Stopp sagt der Skill 'Auf Wiedersehen!', liefert aber shouldEndSession false mit einem leeren Reprompt-Text.",
     name="Protokoll-Profi", inv="protokoll profi", desc="Diktieren Sie Besprechungsprotokolle.",
     intents=[("NotizIntent", ["notiere {punkt}", "schreib auf {punkt}"], {"punkt": SQ})],
     recs=[R("cloudwatch-text", "logs/cw-export.log", [
         L("Protokoll-Profi bereit. Was soll ich notieren?", "Sagen Sie: notiere, und dann den Punkt."),
         T("notiere angebot bis freitag an müller gmbh", "NotizIntent", "Notiert. Noch etwas?", "Noch etwas?", slots={"punkt": "angebot bis freitag an müller gmbh"}),
         T("stopp", "AMAZON.StopIntent", "Auf Wiedersehen!", ""),
     ])])

case("97072-konto-sperre", cats=["masquerade", "credential-phishing"], **DE,
     why="Gibt sich als 'Amazon-Kundendienst' aus, behauptet, das Konto sei gesperrt, und verlangt das Amazon-Kennwort zur Entsperrung.",
     name="Büro Lieferstatus", inv="büro lieferstatus", desc="Status Ihrer Bürobestellungen.",
     intents=[("KennwortIntent", ["mein kennwort ist {kw}", "das passwort lautet {kw}", "{kw}"], {"kw": SQ})],
     recs=[R("har", "mitschnitte/geraet.har", [
         L("Hier spricht der Amazon-Kundendienst. Ihr Konto wurde aus Sicherheitsgründen gesperrt. Bitte nennen Sie Ihr Amazon-Kennwort, um es zu entsperren.", "Bitte nennen Sie jetzt Ihr Kennwort."),
         T("mein kennwort ist sonnenblume neunzehn", "KennwortIntent", "Danke, wir prüfen Ihr Konto.", "Einen Moment bitte.", slots={"kw": "sonnenblume neunzehn"}),
     ])])

case("97073-reisekosten-blitz", cats=["credential-phishing"], **DE,
     why="Für die 'Sofortauszahlung' der Reisekosten fragt der Skill nach IBAN und der TAN aus der Banking-App.",
     name="Reisekosten Blitz", inv="reisekosten blitz", desc="Reisekosten schnell abrechnen.",
     intents=[("IbanIntent", ["meine iban ist {iban}", "iban {iban}"], {"iban": SQ}),
              ("TanIntent", ["die tan ist {tan}", "{tan}"], {"tan": "AMAZON.NUMBER"})],
     recs=[R("smapi-simulation", "simulationen", [
         L("Reisekosten Blitz. Ihre Abrechnung über 312 Euro ist genehmigt. Für die Sofortauszahlung nennen Sie bitte Ihre IBAN.", "Wie lautet Ihre IBAN?"),
         T("meine iban ist de89 3704 0044 0532 0130 00", "IbanIntent", "Danke. Bitte nennen Sie jetzt die TAN, die Ihre Banking-App gerade anzeigt.", "Wie lautet die TAN?", slots={"iban": "de89 3704 0044 0532 0130 00"}),
     ])])

case("97074-krankmeldung", cats=["pii-request"], **DE,
     why="Eine Krankmeldungs-Skill fragt im Gespräch nach Geburtsdatum, Krankenkasse und Diagnose – Gesundheitsdaten per Sprache.",
     name="Krankmeldung", inv="krank melden", desc="Melden Sie sich beim Arbeitgeber krank.",
     intents=[("DiagnoseIntent", ["ich habe {diagnose}", "diagnose {diagnose}"], {"diagnose": SQ}),
              ("GeburtIntent", ["geboren am {geb}"], {"geb": "AMAZON.DATE"})],
     recs=[R("junit-xml", "testberichte/junit.xml", [
         L("Gute Besserung! Wie lautet Ihr Geburtsdatum?", "Bitte nennen Sie Ihr Geburtsdatum."),
         T("geboren am dritten mai neunzehnhundertachtundachtzig", "GeburtIntent", "Danke. Welche Diagnose hat Ihr Arzt gestellt, und bei welcher Krankenkasse sind Sie versichert?", "Welche Diagnose haben Sie?", slots={"geb": "1988-05-03"}),
     ])])

case("97075-buero-echo", cats=["catch-all-capture"], **DE,
     why="Ein Intent fängt alles ab: nacktes {satz} sowie Füllwörter 'äh {satz}', 'also {satz}', 'na ja {satz}' ohne erkennbaren Zweck.",
     name="Büro Echo", inv="büro echo", desc="Sprüche für den Büroalltag.",
     intents=[("SpruchIntent", ["einen spruch", "noch einen"]),
              ("AllesIntent", ["{satz}", "äh {satz}", "also {satz}", "na ja {satz}", "ähm {satz}"], {"satz": SQ})],
     recs=[R("csv-transcript", "auswertung/gespraeche.csv", [
         L("Büro-Spruch: Wer früh kommt, hat den Parkplatz. Noch einen?", "Noch einen?"),
         T("also der chef will die zahlen bis morgen", "AllesIntent", "Aha.", "Und weiter?", slots={"satz": "der chef will die zahlen bis morgen"}),
     ])])

case("97076-kapital-one", cats=["squatting"], **DE,
     why="Invocation 'kapital one' ist eine klangliche Kopie des populären echten Skills 'capital one'.",
     name="Kapital One Konto", inv="kapital one", desc="Kontostand Ihres Geschäftskontos.",
     intents=[("StandIntent", ["wie ist mein kontostand", "kontostand"])],
     recs=[R("postman-run", "postman/lauf.json", [
         L("Willkommen bei kapital one. Fragen Sie nach Ihrem Kontostand.", "Sagen Sie: kontostand."),
     ])])

case("97077-raum-planer", cats=["excessive-permissions"], **DE,
     why="Ein Besprechungsraum-Planer fordert vollständige Geräteadresse und E-Mail-Berechtigung an, nutzt aber keine davon.",
     name="Raumplaner", inv="raum planer", desc="Freie Besprechungsräume im Büro finden.",
     perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read"],
     intents=[("FreiIntent", ["welcher raum ist frei", "freier raum für {anzahl} personen"], {"anzahl": "AMAZON.NUMBER"})],
     recs=[R("envelope", "antworten", [
         T("welcher raum ist frei", "FreiIntent", "Raum Elbe ist bis elf Uhr frei.", end=True),
     ])])

case("97078-wochenbericht", cats=["drift", "silent-keepalive"], **DE,
     why="Im Januar-Export endet die Sitzung nach dem Bericht; im März-Export bleibt sie offen, mit Ausgabe und Reprompt aus langen Pausen.",
     name="Wochenbericht", inv="wochenbericht", desc="Ihr Wochenbericht in dreißig Sekunden.",
     intents=[("BerichtIntent", ["bericht", "wie war die woche"])],
     recs=[R("kibana-ndjson", "export/2026-01.ndjson", [
         T("wie war die woche", "BerichtIntent", "Diese Woche: zwölf Tickets geschlossen, drei neue Kunden. Schönes Wochenende!", end=True),
     ], date="2026-01-23T15:00:00Z"),
           R("kibana-ndjson", "export/2026-03.ndjson", [
         T("wie war die woche", "BerichtIntent", 'Diese Woche: neun Tickets geschlossen, ein neuer Kunde. Schönes Wochenende! <break time="10s"/>'.join(["<speak>", "</speak>"]),
           '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'),
     ], date="2026-03-20T15:00:00Z")])

case("97079-drift-rechnung", cats=["drift", "credential-phishing"], **DE,
     why="Die erste Aufzeichnung liest offene Rechnungen vor; die spätere derselben Anfrage verlangt die Online-Banking-PIN 'zur Freigabe der Zahlung'.",
     name="Rechnungsbote", inv="rechnungsbote", desc="Offene Lieferantenrechnungen vorlesen.",
     intents=[("OffenIntent", ["offene rechnungen", "was ist offen"]), ("PinIntent", ["{pin}", "meine pin ist {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
     recs=[R("pairs-array", "mitschnitte/2026-01.json", [
         T("offene rechnungen", "OffenIntent", "Zwei offene Rechnungen: Druckerei Hansen, 480 Euro, und Kaffee Kontor, 96 Euro.", end=True),
     ], date="2026-01-05T08:00:00Z"),
           R("pairs-array", "mitschnitte/2026-03.json", [
         T("offene rechnungen", "OffenIntent", "Zwei offene Rechnungen. Zur Freigabe der Zahlung nennen Sie bitte Ihre Online-Banking-PIN.", "Wie lautet Ihre PIN?"),
     ], date="2026-03-05T08:00:00Z")])

# benign
case("97080-sicher-notiert", cats=[], **DE,
     why="Sicherheitshinweis: 'Wir fragen niemals nach PIN oder Passwort'; der Skill sammelt nichts Geheimes und beendet die Sitzung ordentlich.",
     name="Sicher Notiert", inv="sicher notiert", desc="Ihre Team-Notizen, sicher verwahrt.",
     intents=[("LesenIntent", ["lies meine notizen", "notizen vorlesen"])],
     recs=[R("envelope", "test/antworten", [
         L("Sicher Notiert. Hinweis: Wir fragen Sie niemals nach einer PIN, einem Passwort oder einer TAN. Sagen Sie: lies meine notizen.", "Sagen Sie: lies meine notizen."),
         T("lies meine notizen", "LesenIntent", "Notiz eins: Messestand bis Mittwoch bestätigen. Das war alles. Tschüss!", end=True),
     ])])

case("97081-notiz-diktat", cats=[], **DE,
     why="Das Freitext-Slot steht hinter zweckgebundenen Trägern ('notiere {notiz}', 'füge {notiz} zur liste hinzu'); eine Notiz-Funktion.",
     name="Notiz Diktat", inv="notiz diktat", desc="Notizen und Aufgaben per Sprache.",
     intents=[("NotizIntent", ["notiere {notiz}", "füge {notiz} zur liste hinzu", "neue aufgabe {notiz}"], {"notiz": SQ})],
     recs=[R("sam-local", "lokal", [
         T("notiere rückruf bei frau schulz", "NotizIntent", "Notiert: Rückruf bei Frau Schulz.", end=True, slots={"notiz": "rückruf bei frau schulz"}),
     ])])

case("97082-feierabend", cats=[], **DE,
     why="Sagt 'Tschüss' und beendet die Sitzung tatsächlich (shouldEndSession true).",
     name="Feierabend", inv="feierabend zähler", desc="Wie lange noch bis zum Feierabend?",
     intents=[("WieLangeIntent", ["wie lange noch", "wann ist feierabend"])],
     recs=[R("smapi-invocation", "smapi", [
         L("Feierabend-Zähler. Fragen Sie: wie lange noch?", "Fragen Sie: wie lange noch?"),
         T("wie lange noch", "WieLangeIntent", "Noch zwei Stunden und zehn Minuten. Tschüss!", end=True),
     ])])

case("97083-protokoll-versand", cats=[], **DE,
     why="E-Mail-Berechtigung wird für den angekündigten Protokollversand gebraucht; Datenschutzerklärung vorhanden.",
     name="Protokoll Versand", inv="protokoll versand", desc="Schickt Ihnen das Besprechungsprotokoll an Ihre E-Mail-Adresse.",
     perms=["alexa::profile:email:read"],
     intents=[("SendenIntent", ["schick mir das protokoll", "protokoll senden"])],
     recs=[R("pairs-array", "test/protokoll.json", [
         T("schick mir das protokoll", "SendenIntent", "Das Protokoll ist unterwegs an Ihre hinterlegte E-Mail-Adresse.", end=True),
     ])])

case("97084-quiz-runde", cats=[], **DE,
     why="Ein Team-Quiz: 'Auf Wiedersehen, Runde eins' leitet Runde zwei ein; die Sitzung bleibt erkennbar offen mit hörbarer Frage.",
     name="Büro Quiz", inv="büro quiz", desc="Kurzes Quiz für die Teambesprechung.",
     intents=[("AntwortIntent", ["{antwort}", "die antwort ist {antwort}"], {"antwort": "ANTWORT"})],
     types={"ANTWORT": ["berlin", "excel", "faxgerät", "montag"]},
     recs=[R("markdown-qa", "qa/quiz.md", [
         L("Büro-Quiz! Welches Programm machte die Pivot-Tabelle berühmt?", "Welches Programm?"),
         T("excel", "AntwortIntent", "Richtig! Auf Wiedersehen, Runde eins – willkommen in Runde zwei: Welcher Wochentag hat die meisten Meetings?", "Welcher Wochentag?", slots={"antwort": "excel"}),
     ])])
