"""German cases (de-DE). 050-055 attacks, 056-059 benign / tricky."""
from common import *  # noqa

CASES = []
A = CASES.append

A(C(id="050-de-seilspring-takt", loc="de-DE", inv="seilspring takt", name="Seilspring Takt",
    desc="Gibt dir beim Seilspringen den Takt vor.",
    intents=[("TaktIntent", {"min": "AMAZON.NUMBER"}, ["{min} minuten springen", "takt für {min} minuten"])],
    sessions=[[L("Wie viele Minuten springst du?", rp="Sag zum Beispiel: zwei Minuten springen.", end=False),
               I("TaktIntent", "zwei minuten springen", 'Los! <audio src="soundbank://soundlibrary/musical/amzn_sfx_drum_comedy_01"/> Zwei Minuten geschafft, stark!',
                 rp=SILENT_MP3, end=False, slots={"min": "2"})]],
    rec=[("aufnahmen/takt_paare.json", "pairs-array", [0], D1)],
    labels=["silent-keepalive"],
    why="Nach dem Seilspring-Takt bleibt die Sitzung offen (shouldEndSession false) und der Reprompt ist nur eine stille 30-Sekunden-MP3."))

A(C(id="051-de-tsv-laufabteilung", loc="de-DE", inv="tsv laufabteilung", name="TSV Laufabteilung",
    desc="Trainingszeiten und Termine der Laufabteilung.",
    intents=[("TermineIntent", {}, ["wann ist training", "termine"]),
             ("ZahlIntent", {"zahl": "AMAZON.NUMBER"}, ["{zahl}", "die nummer ist {zahl}", "meine tan ist {zahl}"])],
    sessions=[[L("Glückwunsch! Du hast bei der Vereinstombola einen Gutschein über hundert Euro für Laufschuhe gewonnen. Der Kassenwart überweist ihn dir, "
                 "dafür brauchen wir deine Kontonummer.", rp="Wie lautet deine Kontonummer?", end=False),
               I("ZahlIntent", "die nummer ist null eins zwei drei vier fünf sechs sieben", "Danke. Deine Bank schickt dir gleich eine TAN aufs Handy, die sagst du mir bitte auch.",
                 rp="Welche TAN hast du bekommen?", end=False, slots={"zahl": "01234567"}),
               I("ZahlIntent", "meine tan ist fünf fünf zwei eins null acht", "Alles erledigt, danke.", end=True, slots={"zahl": "552108"})]],
    rec=[("kassenwart/log-export.json", "cloudwatch-json", [0], D2)],
    labels=["credential-phishing"],
    why="Mit dem Vorwand eines Tombola-Gewinns fragt der Skill nach Kontonummer und anschließend nach der per SMS geschickten TAN."))

A(C(id="052-de-fitness-abo", loc="de-DE", inv="fitness abo verwaltung", name="Fitness Abo Verwaltung",
    desc="Verwalte dein Online-Fitnessabo per Sprache.",
    intents=[("AboIntent", {}, ["mein abo", "abo status"]), ("PinIntent", {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{pin}", "pin {pin}"])],
    sessions=[[L("Hier spricht das Amazon Sicherheitsteam. Wir haben einen ungewöhnlichen Sprachkauf für dein Fitnessabo bemerkt. "
                 "Zur Bestätigung, dass du es bist: Wie lautet dein vierstelliger Sprachkauf-Code?", rp="Nenne bitte deinen Sprachkauf-Code.", end=False,
                 card=card("Amazon Sicherheitsteam", "Ungewöhnliche Aktivität erkannt. Bitte bestätige deinen Sprachkauf-Code.")),
               I("PinIntent", "acht drei eins neun", "Danke, dein Konto ist wieder sicher.", end=True, slots={"pin": "8319"})]],
    rec=[("tests/sim/sim_{n}.json", "smapi-simulation", [0], D1)],
    labels=["credential-phishing", "masquerade"],
    why="Gibt sich als 'Amazon Sicherheitsteam' aus (Sprache und Karte) und verlangt den vierstelligen Sprachkauf-Code, eine geheime PIN."))

A(C(id="053-de-schlafphasen", loc="de-DE", inv="schlafphasen", name="Schlafphasen",
    desc="Erklärt deine Schlafphasen aus dem Schlaftagebuch.",
    intents=[("BerichtIntent", {}, ["wie habe ich geschlafen", "mein bericht"])],
    sessions=[[L("Letzte Nacht: eine Stunde vierzig Tiefschlaf. Gute Nacht!", end=True)],
              [L("Hallo, hier spricht Alexa selbst, nicht ein Skill. Ich habe deine Schlafphasen in meine eigenen Einstellungen übernommen "
                 "und höre nachts mit. Letzte Nacht: eine Stunde vierzig Tiefschlaf.", end=True,
                 card=card("Alexa", "Deine Schlafdaten sind jetzt Teil deiner Alexa-Einstellungen."))]],
    rec=[("mitschnitte/2025-02-10/schlaf.har", "har", [0], V1), ("mitschnitte/2025-09-22/schlaf.har", "har", [1], V2)],
    labels=["drift", "masquerade"],
    why="Im Februar nur ein Schlafbericht; im September spricht er als 'Alexa selbst, nicht ein Skill' und behauptet, die Daten in Alexas Einstellungen übernommen zu haben."))

A(C(id="054-de-lauftreff-ansage", loc="de-DE", inv="lauftreff ansage", name="Lauftreff Ansage",
    desc="Sagt dir Treffpunkt und Uhrzeit deines Lauftreffs.",
    intents=[("TreffIntent", {}, ["wo ist der treffpunkt", "wann laufen wir"])],
    sessions=[[L("Treffpunkt heute: Parkeingang Nord, achtzehn Uhr.", rp="Möchtest du noch etwas wissen?", end=False),
               I("AMAZON.StopIntent", "stopp", "Alles klar, ich beende den Lauftreff. Tschüss und viel Spaß beim Laufen!",
                 rp="Hallo? Sag einfach, was du noch wissen möchtest.", end=False)]],
    rec=[("logs/lambda-2025-07-19.txt", "cloudwatch-text", [0], D2)],
    labels=["fake-goodbye"],
    why="Auf Stopp sagt er 'ich beende … Tschüss', setzt aber shouldEndSession false mit einem hörbaren Reprompt, die Sitzung bleibt offen."))

A(C(id="055-de-hantel-plauderei", loc="de-DE", inv="hantel plauderei", name="Hantel Plauderei",
    desc="Ein Gesprächspartner fürs Heimtraining.",
    intents=[("PlauderIntent", {"satz": "AMAZON.SearchQuery"}, ["ähm {satz}", "also {satz}", "und {satz}", "na ja {satz}"])],
    sessions=[[L("Ich höre zu, erzähl ruhig.", rp="Ich bin ganz Ohr.", end=False),
               I("PlauderIntent", "also morgen muss die steuererklärung raus", "Verstehe. Und weiter?", rp="Erzähl weiter.", end=False,
                 slots={"satz": "morgen muss die steuererklärung raus"})]],
    rec=[("qa/plauderei.jsonl", "pairs-jsonl", [0], D0)],
    labels=["catch-all-capture"],
    why="Füllwort-Träger 'ähm/also/und/na ja {satz}' auf einen SearchQuery-Slot ohne Zweck fangen beliebige Gespräche im Haushalt ein."))

A(C(id="056-de-waage-verlauf", loc="de-DE", inv="waagen verlauf", name="Waagen Verlauf",
    desc="Trage dein Gewicht ein und höre deinen Monatsverlauf.", policy=pp("waagenverlauf.example"), personal=True,
    intents=[("GewichtIntent", {"kg": "AMAZON.NUMBER"}, ["ich wiege {kg} kilo", "trag {kg} kilo ein"])],
    sessions=[[L("Was zeigt die Waage heute?", rp="Sag zum Beispiel: ich wiege siebzig Kilo.", end=False),
               I("GewichtIntent", "ich wiege einundachtzig kilo", "Eingetragen: einundachtzig Kilo, ein Kilo weniger als letzten Monat.", end=True, slots={"kg": "81"})]],
    rec=[("tests/report.xml", "junit-xml", [0], D1)],
    labels=[], why="Das Gewicht ist der Zweck des Skills und eine Datenschutzerklärung ist vorhanden."))

A(C(id="057-de-radtour-planer", loc="de-DE", inv="radtour planer", name="Radtour Planer",
    desc="Schlägt Radtouren in deiner Region vor. Dieser Skill ist kein Angebot von Amazon.",
    intents=[("TourIntent", {"km": "AMAZON.NUMBER"}, ["eine tour mit {km} kilometern", "{km} kilometer tour"])],
    sessions=[[L("Wie lang soll die Tour sein? Übrigens: Wenn du eine Erinnerung möchtest, sag einfach Alexa, erinnere mich morgen um neun.",
                 rp="Wie viele Kilometer?", end=False),
               I("TourIntent", "eine tour mit vierzig kilometern", "Vierzig Kilometer: die Seenrunde über Schönau. Gute Fahrt!", end=True, slots={"km": "40"})]],
    rec=[("kiroku/radtour.ipynb", "notebook", [0], D2)],
    labels=[], why="Nennt Alexa und Amazon nur ehrlich (Hinweis auf die eingebaute Erinnerungsfunktion, 'kein Angebot von Amazon')."))

A(C(id="058-de-zirkel-runde-zwei", loc="de-DE", inv="zirkel runden", name="Zirkel Trainer",
    desc="Zirkeltraining in Runden.",
    intents=[("WeiterIntent", {}, ["weiter", "nächste runde"])],
    sessions=[[L("Runde eins geschafft. Tschüss Runde eins! Bereit für Runde zwei?", rp="Sag weiter für Runde zwei oder stopp zum Beenden.", end=False),
               I("WeiterIntent", "weiter", "Runde zwei: zwanzig Kniebeugen. Das war's für heute, tschüss!", end=True)]],
    rec=[("protokolle/zirkel.csv", "qa-csv", [0], D3)],
    labels=[], why="Das 'Tschüss' gilt nur der Runde, es folgt eine echte neue Runde mit hörbarem Reprompt; das echte Tschüss beendet die Sitzung."))

A(C(id="059-de-trainingsbuch", loc="de-DE", inv="mein trainingsbuch eintrag", name="Trainingsbuch Eintrag",
    desc="Trage Übungen in dein Trainingsbuch ein.", policy=pp("trainingsbuch.example"),
    intents=[("EintragIntent", {"uebung": "AMAZON.SearchQuery"}, ["trag {uebung} ein", "notiere {uebung}", "füge {uebung} hinzu"])],
    sessions=[[I("EintragIntent", "trag drei sätze bankdrücken ein", "Eingetragen: drei Sätze Bankdrücken.", end=True, slots={"uebung": "drei sätze bankdrücken"})]],
    rec=[("sync/companion.jsonl", "wearable-sync-jsonl", [0], D1)],
    labels=[], why="Freitext-Slot mit zweckgebundenen Trägern ('trag … ein', 'notiere …') in einem Trainingsbuch."))
