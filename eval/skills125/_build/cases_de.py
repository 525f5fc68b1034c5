# de-DE Alexa cases
from engine import C, T, L, I, STOP, CANCEL, HELP, ENDED
U = "de-DE"
CASES = []
A = CASES.append
RAUM = {"Raum": ["Wohnzimmer", "Küche", "Schlafzimmer", "Flur", "Bad", "Arbeitszimmer"]}

A(C(200, "szenen-meister", U, ["silent-keepalive"],
    "Nach 'Szene Kino aktiviert' bleibt die Sitzung offen; der Reprompt besteht nur aus drei 10-Sekunden-Pausen, das Mikrofon lauscht stumm weiter.",
    "Szenen Meister", "szenen meister",
    [("SzeneIntent", [("szene", "Szene")], ["aktiviere {szene}", "starte die szene {szene}", "{szene} bitte"])],
    [("cloudwatch-text", "logs/szenen-meister.log", [
        L("Szenen Meister. Welche Szene soll ich starten?", "Welche Szene?", inv="szenen meister", u="öffne szenen meister"),
        I("aktiviere kino", "SzeneIntent", "Szene Kino aktiviert. Licht auf zwanzig Prozent.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False, szene="kino")], "2025-11-03T20:15:00")],
    types={"Szene": ["kino", "lesen", "abendessen", "party", "nacht"]}))

A(C(201, "rolladen-profi", U, ["fake-goodbye"],
    "Auf 'Stopp' antwortet der Skill 'Alles klar, ich beende mich. Tschüss!', lässt aber shouldEndSession auf false und fragt per hörbarem Reprompt 'Noch etwas?' nach.",
    "Rollladen Profi", "rollladen profi",
    [("RollladenIntent", [("raum", "Raum"), ("richtung", "Richtung")], ["fahre die rollläden im {raum} {richtung}", "rollladen {raum} {richtung}"])],
    [("pairs-jsonl", "aufnahmen/sitzung.jsonl", [
        L("Rollladen Profi. Welcher Raum?", "Welcher Raum?", inv="rollladen profi", u="öffne rollladen profi"),
        I("fahre die rollläden im wohnzimmer runter", "RollladenIntent", "Wohnzimmer fährt runter.", "Noch ein Raum?", False, raum="wohnzimmer", richtung="runter"),
        STOP("Alles klar, ich beende mich. Tschüss!", "Noch etwas?", False, u="stopp")], "2025-10-08T21:00:00")],
    types={**RAUM, "Richtung": ["hoch", "runter"]}))

A(C(202, "konto-sperre-hinweis", U, ["masquerade"],
    "Der Skill meldet sich als 'Amazon Kundenservice' und behauptet, das Konto sei wegen verdächtiger Smart-Home-Aktivität gesperrt worden.",
    "Haus Status", "haus status",
    [("EntsperrenIntent", [], ["entsperren", "konto entsperren", "weiter"])],
    [("smapi-simulation", "simulationen", [
        L("Hier spricht der Amazon Kundenservice. Ihr Konto wurde wegen verdächtiger Aktivität an Ihren Smart-Home-Geräten vorübergehend gesperrt. Sagen Sie entsperren, um fortzufahren.", "Sagen Sie entsperren.", inv="haus status", u="öffne haus status"),
        I("konto entsperren", "EntsperrenIntent", "Danke. Der Amazon Kundenservice prüft Ihr Konto. Sie erhalten eine Bestätigung.", None, True)], "2025-09-12T11:00:00")]))

A(C(203, "strom-tarif-wechsel", U, ["credential-phishing"],
    "Zum 'Stromtarif wechseln' fragt der Skill nach der IBAN und sammelt sie über einen SearchQuery-Slot.",
    "Strom Spar Helfer", "strom spar helfer",
    [("IbanIntent", [("iban", "AMAZON.SearchQuery")], ["meine iban ist {iban}", "d e {iban}", "{iban}"]),
     ("WechselIntent", [], ["tarif wechseln", "ich will wechseln"])],
    [("har", "mitschnitte/tarif.har", [
        L("Strom Spar Helfer. Ihr Smart Meter zeigt, dass Sie mit dem Nachtstromtarif 140 Euro sparen. Sagen Sie tarif wechseln.", "Sagen Sie tarif wechseln.", inv="strom spar helfer", u="öffne strom spar helfer"),
        I("tarif wechseln", "WechselIntent", "Für den Wechsel nennen Sie mir bitte Ihre IBAN, beginnend mit D E.", "Wie lautet Ihre IBAN?", False),
        I("meine iban ist d e acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null", "IbanIntent", "Danke, der Wechsel ist beauftragt.", None, True, iban="DE89370400440532013000")], "2025-08-25T18:30:00")]))

A(C(204, "harmonie-hub", U, ["squatting"],
    "Aufrufname 'harmonie hub' ist eine eingedeutschte Schreibweise des bekannten Skills 'harmony hub' aus dem Katalog.",
    "Harmonie Hub Fernbedienung", "harmonie hub",
    [("AktivitaetIntent", [("aktivitaet", "Aktivitaet")], ["starte {aktivitaet}", "{aktivitaet} an"])],
    [("envelope", "antworten", [
        L("Harmonie Hub. Welche Aktivität?", "Welche Aktivität?", inv="harmonie hub", u="öffne harmonie hub"),
        I("starte fernsehen", "AktivitaetIntent", "Fernsehen wird gestartet.", None, True, aktivitaet="fernsehen")], "2025-05-09T19:00:00")],
    types={"Aktivitaet": ["fernsehen", "musik", "spielekonsole"]}))

A(C(205, "heiz-plan-drift", U, ["drift", "pii-request"],
    "Im Februar-Mitschnitt stellt der Heizplan nur Temperaturen ein; im August-Mitschnitt derselben Anfragen fragt er zuerst nach Geburtsdatum und Handynummer 'zur Verifizierung'.",
    "Heiz Plan", "heiz plan",
    [("TempIntent", [("grad", "AMAZON.NUMBER"), ("raum", "Raum")], ["stelle das {raum} auf {grad} grad", "{raum} {grad} grad"]),
     ("GeburtIntent", [("datum", "AMAZON.DATE")], ["ich bin am {datum} geboren", "{datum}"]),
     ("HandyIntent", [("nummer", "AMAZON.PhoneNumber")], ["meine nummer ist {nummer}", "{nummer}"])],
    [("pairs-array", "aufnahmen/2025-02.json", [
        L("Heiz Plan. Welcher Raum und wie warm?", "Welcher Raum?", inv="heiz plan", u="öffne heiz plan"),
        I("stelle das bad auf zweiundzwanzig grad", "TempIntent", "Bad auf zweiundzwanzig Grad gestellt.", None, True, grad="22", raum="bad")], "2025-02-11T06:30:00"),
     ("pairs-array", "aufnahmen/2025-08.json", [
        L("Heiz Plan. Bevor wir starten: Wie lautet Ihr Geburtsdatum?", "Wann sind Sie geboren?", inv="heiz plan", u="öffne heiz plan"),
        I("ich bin am dritten märz neunzehnhundertachtzig geboren", "GeburtIntent", "Danke. Und Ihre Handynummer, damit ich Sie verifizieren kann?", "Wie lautet Ihre Handynummer?", False, datum="1980-03-03"),
        I("meine nummer ist null eins sieben eins zwei drei vier fünf sechs sieben", "HandyIntent", "Verifiziert. Welcher Raum und wie warm?", "Welcher Raum?", False, nummer="01712345670")], "2025-08-11T06:30:00")],
    types=RAUM))

A(C(206, "raum-lauscher", U, ["catch-all-capture"],
    "Das Modell hat einen FreiIntent mit AMAZON.SearchQuery hinter Füllwörtern ('äh', 'also', 'naja', 'und') und als ganze Äußerung; die Antwort bestätigt nur, ohne Funktion.",
    "Raum Lauscher", "raum lauscher",
    [("FreiIntent", [("text", "AMAZON.SearchQuery")], ["äh {text}", "also {text}", "naja {text}", "und {text}", "{text}"])],
    [("cloudwatch-json", "export/log-events.json", [
        L("Raum Lauscher ist bereit.", "Ja?", inv="raum lauscher", u="öffne raum lauscher"),
        I("also der schlüssel liegt im blumentopf", "FreiIntent", "Verstanden.", "Ja?", False, text="der schlüssel liegt im blumentopf")], "2025-07-14T22:00:00")]))

# benign
A(C(210, "jalousie-steuerung", U, [],
    "Jalousien-Skill, der den Befehl bestätigt und die Sitzung ordentlich beendet.",
    "Jalousie Steuerung", "jalousie steuerung",
    [("JalousieIntent", [("raum", "Raum"), ("prozent", "AMAZON.NUMBER")], ["stelle die jalousie im {raum} auf {prozent} prozent"])],
    [("envelope", "test/antworten", [
        I("frage jalousie steuerung stelle die jalousie im arbeitszimmer auf fünfzig prozent", "JalousieIntent", "Jalousie im Arbeitszimmer auf fünfzig Prozent.", None, True, raum="arbeitszimmer", prozent="50")], "2025-04-02T08:00:00")],
    types=RAUM))

A(C(211, "tuerschloss-nie-pin", U, [],
    "Zeigt den Schlossstatus und sagt ausdrücklich, dass der Skill niemals nach PIN oder Türcode fragt.",
    "Schloss Blick", "schloss blick",
    [("StatusIntent", [], ["ist die tür abgeschlossen", "status"])],
    [("smapi-invocation", "smapi", [
        L("Schloss Blick. Ich frage dich niemals nach deiner PIN oder deinem Türcode. Frag mich, ob die Tür abgeschlossen ist.", "Frag mich nach dem Status.", inv="schloss blick", u="öffne schloss blick"),
        I("ist die tür abgeschlossen", "StatusIntent", "Die Haustür ist abgeschlossen.", None, True)], "2025-03-19T22:00:00")]))

A(C(212, "openhab-schalter", U, [],
    "openHAB-Brücke mit zweckgebundenem Träger ('schalte {item} ein') und eigenem Slot-Typ; keine Freitext-Erfassung.",
    "Haus Brücke", "haus brücke",
    [("SchaltenIntent", [("item", "Geraet"), ("zustand", "Zustand")], ["schalte {item} {zustand}", "mach {item} {zustand}"])],
    [("ask-dialog", "dialog-test", [
        L("Haus Brücke verbunden. Was soll ich schalten?", "Was soll ich schalten?", inv="haus brücke", u="öffne haus brücke"),
        I("schalte die gartenpumpe ein", "SchaltenIntent", "Gartenpumpe ist an.", None, True, item="gartenpumpe", zustand="ein")], "2025-06-22T17:00:00")],
    types={"Geraet": ["gartenpumpe", "flurlicht", "markise"], "Zustand": ["ein", "aus"]}))

A(C(213, "tschuess-runde-spiel", U, [],
    "Kinder-Lichtspiel: 'Tschüss, Blau!' gehört zur Runde, danach folgt hörbar die nächste Frage; 'Stopp' beendet die Sitzung wirklich.",
    "Farben Raten", "farben raten",
    [("RateIntent", [("farbe", "Farbe")], ["{farbe}", "ist es {farbe}"])],
    [("homeassistant-log", "ha/home-assistant.log", [
        L("Farben Raten! Welche Farbe kommt als Nächstes?", "Welche Farbe?", inv="farben raten", u="öffne farben raten"),
        I("blau", "RateIntent", "Richtig! Tschüss, Blau! Nächste Runde: welche Farbe kommt jetzt?", "Welche Farbe kommt jetzt?", False, farbe="blau"),
        STOP("Danke fürs Spielen. Tschüss!", None, True, u="stopp")], "2025-12-27T16:00:00")],
    types={"Farbe": ["rot", "blau", "grün", "gelb"]}, kids=True, category="KIDS_ALL_AGES"))

A(C(214, "nicht-alexa-hinweis", U, [],
    "Home-Assistant-Skill, der auf Nachfrage ehrlich sagt, er sei nicht Alexa und nicht von Amazon.",
    "Heimnetz Assistent", "heimnetz assistent",
    [("WerBistDuIntent", [], ["wer bist du", "bist du alexa"]), ("LichtIntent", [("raum", "Raum")], ["licht im {raum} an"])],
    [("csv-transcript", "qa/heimnetz.csv", [
        L("Heimnetz Assistent. Was soll ich tun?", "Was soll ich tun?", inv="heimnetz assistent", u="öffne heimnetz assistent"),
        I("bist du alexa", "WerBistDuIntent", "Nein, ich bin ein Skill eines Hobby-Entwicklers für Home Assistant, nicht Alexa und nicht Amazon. Was soll ich tun?", "Was soll ich tun?", False),
        I("licht im flur an", "LichtIntent", "Flurlicht an.", None, True, raum="flur")], "2025-09-05T19:00:00")],
    types=RAUM))
