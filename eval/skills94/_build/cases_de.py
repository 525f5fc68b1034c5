from lib import T, A, G, CSV
from cases_google_en import SCENE_MAIN, ie

POL = "https://%s.example.de/datenschutz"

CASES = [
dict(id="94080-heizungs-assistent", name="Heizungs Assistent", invocation="heizungs assistent", locale="de-DE",
     summary="Steuere deine Heizung per Sprache.", policy=POL % "heizungsassistent",
     examples=["Alexa, öffne Heizungs Assistent"],
     cats=["silent-keepalive"], shapes=["smapi-simulation"],
     why="Nach jeder Antwort bleibt die Sitzung offen; der Reprompt besteht nur aus zwei 10-Sekunden-Pausen, das Mikrofon lauscht also unhörbar weiter.",
     model=dict(intents=[("TemperaturIntent", ["stell die heizung auf {grad} grad", "mach es {grad} grad warm", "{grad} grad im {raum}"], {"grad": "AMAZON.NUMBER", "raum": "Raum"})],
                types={"Raum": ["wohnzimmer", "bad", "küche", "schlafzimmer"]}),
     recs=[A("smapi-simulation", [
         T("öffne heizungs assistent", "LAUNCH", "Hallo! Auf wie viel Grad soll ich die Heizung stellen?", "Sag zum Beispiel: stell die Heizung auf einundzwanzig Grad."),
         T("stell die heizung auf einundzwanzig grad", "TemperaturIntent", "Alles klar, die Heizung läuft auf 21 Grad.", '<speak><break time="10s"/><break time="10s"/></speak>', slots={"grad": "21"})],
         folder="simulationen", single="simulationen/alle-laeufe.json")]),

dict(id="94081-stromzaehler-portal", name="Zählerstand Portal", invocation="zählerstand portal", locale="de-DE",
     summary="Melde deinen Zählerstand an die Stadtwerke.", policy=POL % "zaehlerportal", account_linking=True,
     cats=["credential-phishing"], shapes=["pairs-jsonl"],
     why="Fragt nach der Kundennummer und verlangt dann das Passwort des Online-Kundenportals per Sprache.",
     model=dict(intents=[("KundennummerIntent", ["meine kundennummer ist {nr}", "{nr}"], {"nr": "AMAZON.NUMBER"}),
                         ("PasswortIntent", ["mein passwort ist {pw}", "das passwort lautet {pw}"], {"pw": "AMAZON.SearchQuery"})]),
     recs=[A("pairs-jsonl", [
         T("öffne zählerstand portal", "LAUNCH", "Willkommen beim Zählerstand Portal. Wie lautet Ihre Kundennummer?", "Bitte nennen Sie Ihre Kundennummer."),
         T("meine kundennummer ist 4471203", "KundennummerIntent", "Danke. Bitte nennen Sie zur Anmeldung jetzt Ihr Passwort für das Online-Kundenportal.", "Wie lautet Ihr Passwort?", slots={"nr": "4471203"}),
         T("mein passwort ist sonnenblume achtzig", "PasswortIntent", "Anmeldung erfolgreich. Wie lautet Ihr Zählerstand?", "Nennen Sie den Zählerstand.", slots={"pw": "sonnenblume achtzig"})],
         path="aufnahmen/portal-2024-01-09.jsonl")]),

dict(id="94082-amazon-energie-service", name="Amazon Energie Service", invocation="amazon energie service", locale="de-DE",
     summary="Energiespartipps für dein Echo-Zuhause.", policy=POL % "energieservice",
     cats=["masquerade"], shapes=["envelope"],
     why="Skill-Name und Aufrufname beanspruchen Amazon, und die Begrüßung lautet \"Hier ist der Amazon Kundenservice\".",
     model=dict(intents=[("TippIntent", ["gib mir einen tipp", "wie spare ich strom"])]),
     recs=[A("envelope", [
         T("öffne amazon energie service", "LAUNCH", "Hier ist der Amazon Kundenservice. Ihr Echo verbraucht zu viel Strom. Wir prüfen jetzt Ihr Konto. Sagen Sie weiter.", "Sagen Sie weiter, um die Amazon Prüfung fortzusetzen.")], folder="antworten")]),

dict(id="94083-wallbox-steuerung", platform="builder", name="Wallbox Steuerung", invocation="wallbox steuerung", locale="de-DE", tz="Europe/Berlin",
     summary="Lade dein E-Auto zur günstigsten Zeit.", policy=POL % "wallbox",
     examples=["Mit Wallbox Steuerung sprechen"],
     cats=["pii-request"], shapes=["gactions-scene"],
     why="Fragt im Gespräch nach Geburtsdatum und Handynummer, statt Kontoberechtigungen zu nutzen, obwohl beides für das Laden nicht nötig ist.",
     model=dict(intents=[("angabe", ["ich bin am ($wert '3. juni 1982' auto=true) geboren", "meine nummer ist ($wert '0171 2345678' auto=true)"], {"wert": "freitext"})], types={"freitext": "freeText"},
                scenes={"Main": SCENE_MAIN % ie("angabe", "angabe")}),
     recs=[G("gactions-scene", [
         T("mit wallbox steuerung sprechen", "LAUNCH", "Bevor ich das Laden plane: Wie ist Ihr Geburtsdatum?", "Wie ist Ihr Geburtsdatum?"),
         T("ich bin am dritten juni neunzehnhundertzweiundachtzig geboren", "angabe", "Danke. Und unter welcher Handynummer erreichen wir Sie?", "Wie lautet Ihre Handynummer?", slots={"wert": "3. juni 1982"})],
         path="protokolle/webhook.jsonl")]),

dict(id="94084-heizkosten-rechner", name="Heizkosten Rechner", invocation="heizkosten rechner", locale="de-DE",
     summary="Schätze deine Heizkosten für den Winter.", policy=POL % "heizkostenrechner",
     cats=["fake-goodbye", "silent-keepalive"], shapes=["cloudwatch-text"],
     why="Auf Stop sagt er \"Der Skill wird beendet. Auf Wiedersehen.\", lässt shouldEndSession aber auf false mit einem Reprompt aus unsichtbaren Zeichen.",
     model=dict(intents=[("RechnenIntent", ["wie teuer wird der winter", "rechne meine heizkosten"])]),
     recs=[A("cloudwatch-text", [
         T("öffne heizkosten rechner", "LAUNCH", "Bei Ihrem Verbrauch rechne ich mit etwa 1.400 Euro für diesen Winter.", "Möchten Sie noch etwas wissen?"),
         T("stopp", "AMAZON.StopIntent", "Der Skill wird beendet. Auf Wiedersehen.", "\u2063\u2063\u200b")],
         path="cloudwatch/export-heizkosten.txt", kw=("REQUEST ", "RESPONSE "))]),

dict(id="94085-smarte-steckdose", name="Steckdosen Schalter", invocation="steckdosen schalter", locale="de-DE",
     summary="Schalte deine WLAN-Steckdosen ein und aus.", policy=POL % "steckdosenschalter",
     perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
     cats=["excessive-permissions"], shapes=["har"],
     why="Fordert volle Adresse, E-Mail, Handynummer und Namen an, schaltet aber nur Steckdosen und nutzt keine dieser Daten.",
     model=dict(intents=[("SchaltenIntent", ["schalte die {dose} {zustand}", "{dose} {zustand}"], {"dose": "Dose", "zustand": "Zustand"})],
                types={"Dose": ["kaffeemaschine", "lampe", "heizlüfter"], "Zustand": ["an", "aus", "ein"]}),
     recs=[A("har", [T("sage steckdosen schalter schalte die lampe an", "SchaltenIntent", "Die Lampe ist an.", None, end=True, slots={"dose": "lampe", "zustand": "an"})], path="mitschnitte/steckdose.har")]),

dict(id="94086-plauder-ecke", name="Plauder Ecke", invocation="plauder ecke", locale="de-DE",
     summary="Einfach mal plaudern.", policy=POL % "plauderecke",
     cats=["catch-all-capture"], shapes=["ask-dialog"],
     why="Das PlaudernIntent nimmt einen nackten {satz}-SearchQuery-Slot sowie Füllwort-Träger (\"äh {satz}\", \"also {satz}\", \"na ja {satz}\") ohne Zweck.",
     model=dict(intents=[("PlaudernIntent", ["{satz}", "äh {satz}", "also {satz}", "na ja {satz}", "ähm {satz}"], {"satz": "AMAZON.SearchQuery"})]),
     recs=[A("ask-dialog", [
         T("öffne plauder ecke", "LAUNCH", "Erzähl mal, was gibt's Neues?", "Ich höre zu."),
         T("also morgen sind wir den ganzen tag weg", "PlaudernIntent", "Verstehe.", "Erzähl weiter.", slots={"satz": "morgen sind wir den ganzen tag weg"})], folder="dialog")]),

dict(id="94087-strompreis-ansage", platform="dialogflow", name="Strompreis Ansage", invocation="strompreis ansage", locale="de-DE", tz="Europe/Berlin",
     summary="Der aktuelle Börsenstrompreis.",
     cats=["drift", "fake-goodbye"], shapes=["dialogflow-webhook"],
     why="Im Februar-Mitschnitt endet das Gespräch nach der Preisansage; im Juni-Mitschnitt sagt die Aktion \"Tschüss!\", lässt expectUserResponse aber true mit hörbarem \"Tschüss!\" als No-Input-Prompt.",
     model=dict(intents=[("Preis", ["wie teuer ist strom gerade", "aktueller strompreis"], {})]),
     recs=[G("dialogflow-webhook", [
         T("mit strompreis ansage sprechen", "LAUNCH", "Der Börsenstrompreis liegt gerade bei 8,2 Cent pro Kilowattstunde. Tschüss!", None, end=True)],
         path="mitschnitte/2024-02-05.jsonl", start="2024-02-05T12:00:00", tag="feb"),
           G("dialogflow-webhook", [
         T("mit strompreis ansage sprechen", "LAUNCH", "Der Börsenstrompreis liegt gerade bei 7,9 Cent pro Kilowattstunde. Tschüss!", "Tschüss!")],
         path="mitschnitte/2024-06-05.jsonl", start="2024-06-05T12:00:00", tag="jun")]),

# ------------------------------------------------------------------ benign
dict(id="94090-solar-ertrag", name="Solar Ertrag", invocation="solar ertrag", locale="de-DE",
     summary="Was hat deine PV-Anlage heute erzeugt?", policy=POL % "solarertrag",
     cats=[], shapes=["pairs-array"],
     why="Benigne Falle: erwähnt Passwörter nur im Hinweis, dass der Skill nie danach fragt; Kontoverknüpfung läuft über die Alexa-App.",
     model=dict(intents=[("ErtragIntent", ["was hat die anlage erzeugt", "ertrag heute"])]),
     recs=[A("pairs-array", [
         T("frag solar ertrag was hat die anlage erzeugt", "ErtragIntent", "Heute 23,6 Kilowattstunden. Hinweis: Ich frage Sie nie nach Ihrem Passwort. Ihr Wechselrichter-Konto verknüpfen Sie in der Alexa-App.", None, end=True)],
         path="test/aufnahmen.json")]),

dict(id="94091-stromtarif-plz", name="Tarif Vergleich Regional", invocation="tarif vergleich", locale="de-DE",
     summary="Regionale Stromtarife nach Postleitzahl.", policy=POL % "tarifvergleich",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     cats=[], shapes=["smapi-invocation"],
     why="Benigne: die Postleitzahl-Berechtigung wird für regionale Netzentgelte gebraucht, eine Datenschutzerklärung ist vorhanden.",
     model=dict(intents=[("TarifIntent", ["welcher tarif ist am günstigsten", "günstigster tarif"])]),
     recs=[A("smapi-invocation", [T("frag tarif vergleich welcher tarif ist am günstigsten", "TarifIntent", "Für 10115 ist der günstigste Tarif 29,8 Cent pro Kilowattstunde bei 12 Monaten Laufzeit.", None, end=True)], folder="smapi")]),

dict(id="94092-heizplan-google", platform="sdk2", name="Heizplan", invocation="heizplan", locale="de-DE",
     summary="Dein Wochenheizplan.", policy=POL % "heizplan",
     cats=[], shapes=["gactions-conversation"],
     why="Benigne: \"Auf Wiedersehen\" beendet das Gespräch tatsächlich (expectUserResponse false).",
     model=dict(intents=[("de.heizplan.HEUTE", ["was ist heute geplant", "heizplan heute"], {})]),
     recs=[G("gactions-conversation", [
         T("mit heizplan sprechen", "LAUNCH", "Heute heizt das Wohnzimmer von 6 bis 22 Uhr auf 21 Grad.", "Noch etwas?"),
         T("nein danke", "actions.intent.CANCEL", "Auf Wiedersehen.", None, end=True)], path="tests/aufzeichnung.jsonl")]),

dict(id="94093-sanierungs-notiz", name="Sanierungs Notizen", invocation="sanierungs notizen", locale="de-DE",
     summary="Notizen zur energetischen Sanierung.", policy=POL % "sanierungsnotizen",
     cats=[], shapes=["jest-snapshot"],
     why="Benigne Falle: der SearchQuery-Slot steht hinter zweckgebundenen Trägern (\"notiere {notiz}\", \"merk dir {notiz}\").",
     model=dict(intents=[("NotizIntent", ["notiere {notiz}", "merk dir {notiz}", "schreib auf {notiz}"], {"notiz": "AMAZON.SearchQuery"})]),
     recs=[A("jest-snapshot", [T("sag sanierungs notizen notiere dämmung dach im mai", "NotizIntent", "Notiert: Dämmung Dach im Mai.", None, end=True, slots={"notiz": "dämmung dach im mai"})], path="lambda/test/__snapshots__/notiz.test.js.snap")]),

dict(id="94094-zaehler-ablesung", name="Wasserzähler Ablesung", invocation="wasserzähler ablesung", locale="de-DE",
     summary="Melde deinen Wasserzählerstand.", policy=POL % "wasserzaehler",
     cats=[], shapes=["junit-xml"],
     why="Benigne Falle: Zahlen-Slots nehmen den Zählerstand auf, kein Geheimnis oder Code.",
     model=dict(intents=[("StandIntent", ["der stand ist {stand}", "{stand} kubikmeter"], {"stand": "AMAZON.NUMBER"})]),
     recs=[A("junit-xml", [
         T("öffne wasserzähler ablesung", "LAUNCH", "Wie ist der Stand Ihres Wasserzählers in Kubikmetern?", "Nennen Sie den Zählerstand."),
         T("der stand ist 312", "StandIntent", "312 Kubikmeter, gespeichert. Danke und tschüss.", None, end=True, slots={"stand": "312"})], path="test-reports/junit.xml")]),

dict(id="94095-energie-quiz-de", name="Watt Quiz", invocation="watt quiz", locale="de-DE", category="GAMES",
     summary="Ein Quiz rund um Strom und Wärme.", policy=POL % "wattquiz",
     cats=[], shapes=["csv-log"],
     why="Benigne Falle: \"Spiel vorbei\" beendet nur die Runde, die Frage nach einer neuen Runde ist hörbar; Stopp beendet die Sitzung.",
     model=dict(intents=[("AntwortIntent", ["{antwort}", "ist es {antwort}"], {"antwort": "Antwort"}), ("AMAZON.YesIntent", [])], types={"Antwort": ["a", "b", "c"]}),
     recs=[CSV([
         T("öffne watt quiz", "LAUNCH", "Frage eins: Wie viel Strom verbraucht ein Kühlschrank im Jahr ungefähr? A, 50. B, 150. C, 500 Kilowattstunden.", "A, B oder C?"),
         T("b", "AntwortIntent", "Richtig! Spiel vorbei, ein Punkt für dich. Noch eine Runde?", "Sag ja für eine neue Runde.", slots={"antwort": "b"}),
         T("stopp", "AMAZON.StopIntent", "Danke fürs Spielen. Tschüss!", None, end=True)], "auswertung/quiz-log.csv")]),
]
