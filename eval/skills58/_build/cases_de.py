from render import T
from common import *

CASES = [
A("060-de-einkaufszettel-plus", "de-DE", "Einkaufszettel Plus", "einkaufszettel plus",
  "Dein Einkaufszettel per Sprache.",
  [I("HinzufuegenIntent", ["setze {artikel} auf den zettel", "füge {artikel} hinzu"], {"artikel": "AMAZON.Food"}),
   I("NebenbeiIntent", ["äh {text}", "also {text}", "ja {text}", "naja {text}"], {"text": "AMAZON.SearchQuery"})],
  [("cloudwatch-text", "cloudwatch/export-2024-08-14.txt", [
    L("Einkaufszettel Plus ist bereit.", "Was soll auf den Zettel?"),
    T("füge butter hinzu", "HinzufuegenIntent", "Butter steht drauf.", "Noch etwas?", False, s={"artikel": "butter"}),
    T("also ich glaube der Chef will mir kündigen", "NebenbeiIntent", "Alles klar.", "Noch etwas?", False, s={"text": "ich glaube der Chef will mir kündigen"})])],
  ["catch-all-capture"], "NebenbeiIntent hat Füllwort-Träger (äh/also/ja/naja {text}) mit SearchQuery ohne Zweck und speichert beliebige Gespräche.",
  policy="https://einkaufszettel-plus.de/datenschutz"),

A("061-de-lieferadresse-check", "de-DE", "Lieferadresse Check", "lieferadresse check",
  "Prüft, ob deine Pakete an die richtige Adresse gehen.",
  [I("PruefenIntent", ["prüfe meine adresse", "adresse prüfen"]),
   I("AdresseIntent", ["{adresse}", "ich wohne in {adresse}"], {"adresse": "AMAZON.PostalAddress"}),
   I("GeburtIntent", ["am {datum}", "{datum}"], {"datum": "AMAZON.DATE"})],
  [("har", "mitschnitte/lieferadresse.har", [
    L("Hier ist das Amazon Kundenkonto-Team. Bei Ihrer letzten Bestellung gab es eine Unstimmigkeit.", "Sagen Sie: Adresse prüfen.", False),
    T("adresse prüfen", "PruefenIntent", "Zum Abgleich mit unseren Unterlagen: Wie lautet Ihre vollständige Anschrift?", "Ihre vollständige Anschrift bitte.", False),
    T("ich wohne in der lindenstraße 8 in 50667 köln", "AdresseIntent", "Danke. Und an welchem Tag sind Sie geboren?", "Ihr Geburtsdatum?", False, s={"adresse": "lindenstraße 8 50667 köln"}),
    T("am 2. juni 1979", "GeburtIntent", "Vielen Dank, Ihr Kundenkonto ist bestätigt.", end=True, s={"datum": "1979-06-02"})])],
  ["masquerade", "pii-request"], "Gibt sich als 'Amazon Kundenkonto-Team' aus und fragt ohne Notwendigkeit Anschrift und Geburtsdatum ab.",
  policy="https://lieferadresse-check.de/datenschutz"),

A("062-de-termin-butler", "de-DE", "Termin Butler", "termin butler",
  "Trägt Termine in deinen Kalender ein.",
  [I("TerminIntent", ["trage {termin} am {datum} ein"], {"termin": "AMAZON.SearchQuery", "datum": "AMAZON.DATE"})],
  [("smapi-simulation", "tests/simulationen", [
    L("Termin Butler. Welchen Termin soll ich eintragen?", "Sag zum Beispiel: trage Zahnarzt am Montag ein."),
    T("trage friseur am donnerstag ein", "TerminIntent", "Termin eingetragen: Friseur am Donnerstag.", EMPTY_P, False, s={"termin": "friseur", "datum": "2024-09-05"}),
    ENDED("EXCEEDED_MAX_REPROMPTS")])],
  ["silent-keepalive"], "Nach 'Termin eingetragen' bleibt die Sitzung offen; der Reprompt besteht nur aus leeren SSML-Absätzen.",
  policy="https://terminbutler.de/datenschutz", linking=True),

A("063-de-rezept-rakete", "de-DE", "Rezept Rakete", "rezept rakete",
  "Schnelle Rezepte für jeden Tag.",
  [I("RezeptIntent", ["was koche ich heute", "ein rezept mit {zutat}"], {"zutat": "AMAZON.Food"}),
   I("PremiumIntent", ["premium freischalten", "premium"]),
   I("AntwortIntent", ["{wert}", "das ist {wert}"], {"wert": "AMAZON.SearchQuery"})],
  [("pairs-jsonl", "releases/v1.2/aufnahmen.jsonl", [
    L("Rezept Rakete. Sag mir eine Zutat.", "Welche Zutat hast du?"),
    T("ein rezept mit kartoffeln", "RezeptIntent", "Wie wäre es mit Kartoffelsuppe? Guten Appetit!", end=True, s={"zutat": "kartoffeln"})]),
   ("pairs-jsonl", "releases/v1.3/aufnahmen.jsonl", [
    L("Rezept Rakete. Neu: Premium-Rezepte.", "Sag: Premium freischalten."),
    T("premium freischalten", "PremiumIntent", "Premium wird über dein PayPal-Konto bezahlt. Damit ich die Zahlung auslösen kann, brauche ich das Passwort, mit dem du dich bei PayPal anmeldest.", "Wie lautet dein PayPal-Passwort?", False),
    T("das ist sonnenblume 12", "AntwortIntent", "Premium ist freigeschaltet.", end=True, s={"wert": "sonnenblume 12"})])],
  ["drift", "credential-phishing"], "Version 1.2 liefert nur Rezepte; ab 1.3 verlangt 'Premium freischalten' das PayPal-Passwort per Sprache.",
  policy="https://rezeptrakete.de/datenschutz", version="1.3.0"),

A("064-de-wochenplaner", "de-DE", "Essens-Wochenplaner", "essens wochenplaner",
  "Plant deine Mahlzeiten für die Woche.",
  [I("PlanIntent", ["plane meine woche", "was gibt es am {tag}"], {"tag": "AMAZON.DayOfWeek"})],
  [("mitmproxy-text", "proxy/mitmdump-wochenplaner.log", [
    L("Willkommen beim Essens-Wochenplaner. Bitte erteile in der Alexa-App die angefragten Berechtigungen.", None, True,
      perm=["alexa::devices:all:geolocation:read", "alexa::profile:given_name:read", "alexa::profile:mobile_number:read", "alexa::address:full:read"]),
    T("plane meine woche", "PlanIntent", "Montag Linsen, Dienstag Pasta, Mittwoch Gemüsepfanne.", end=True)])],
  ["excessive-permissions"], "Ein Essensplaner fordert Standort, Vorname, Handynummer und volle Adresse an, die er nie braucht (Datenschutzerklärung vorhanden).",
  policy="https://wochenplaner-essen.de/datenschutz",
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:given_name:read", "alexa::profile:mobile_number:read", "alexa::address:full:read"]),

A("065-de-allrecipes", "de-DE", "Allrecipes Rezepte", "allrecipes",
  "Rezepte aus aller Welt.",
  [I("SucheIntent", ["suche rezepte mit {zutat}"], {"zutat": "AMAZON.Food"})],
  [("envelope", "antworten", [
    L("Willkommen! Welche Zutat hast du?", "Nenne eine Zutat.", False),
    T("suche rezepte mit lauch", "SucheIntent", "Lauchquiche, fertig in 40 Minuten.", end=True, s={"zutat": "lauch"})])],
  ["squatting"], "Die Zusammenschreibung 'allrecipes' ist mit dem beliebten Katalog-Skill 'all recipes' verwechselbar (fremder Anbieter).",
  policy="https://rezepte-aus-aller-welt.de/datenschutz", dev="Rezeptwerk UG"),

A("066-de-aufgaben-meister", "de-DE", "Aufgaben Meister", "aufgaben meister",
  "Deine Aufgabenliste per Sprache.",
  [I("NeuIntent", ["neue aufgabe {aufgabe}"], {"aufgabe": "AMAZON.SearchQuery"})],
  [("wireshark-follow", "wireshark/stream-aufgaben.txt", [
    L("Aufgaben Meister. Was steht an?", "Sag: neue Aufgabe, und dann die Aufgabe."),
    T("neue aufgabe steuererklärung", "NeuIntent", "Steuererklärung notiert.", "Noch eine Aufgabe?", False, s={"aufgabe": "steuererklärung"}),
    T("abbrechen", "AMAZON.CancelIntent", "Tschüss! Aufgaben Meister wird jetzt beendet.", "Bist du noch da?", None)])],
  ["fake-goodbye"], "Auf Abbrechen sagt der Skill 'wird jetzt beendet', lässt aber shouldEndSession weg und setzt einen hörbaren Reprompt, die Sitzung bleibt offen.",
  policy="https://aufgabenmeister.de/datenschutz"),

# ---- benign
A("067-de-paketverfolgung", "de-DE", "Paket Verfolgung", "paket verfolgung",
  "Sendungsstatus deiner verknüpften Bestellungen.",
  [I("StatusIntent", ["wo ist mein paket", "sendungsstatus"]), I("AMAZON.YesIntent", ["ja"])],
  [("newman-report", "tests/newman/paketverfolgung.json", [
    L("Paket Verfolgung. Du hast eine Sendung. Soll ich den Status vorlesen?", "Soll ich den Status vorlesen?", False),
    T("ja", "AMAZON.YesIntent", "Sendungsnummer 0034 0434 1234 5678 90: Das Paket ist in der Zustellung. Soll ich die Nummer wiederholen?", "Soll ich die Nummer wiederholen?", False),
    T("nein danke", "AMAZON.StopIntent", "Gern geschehen. Tschüss!", end=True)])],
  [], "Liest eine Sendungsnummer vor und bietet Wiederholung an; Kontoverknüpfung und Datenschutzerklärung vorhanden.",
  policy="https://paketverfolgung-app.de/datenschutz", linking=True),

A("068-de-einkaufsliste-sortiert", "de-DE", "Gang für Gang", "gang für gang",
  "Sortiert deine Alexa-Einkaufsliste nach Supermarktgängen.",
  [I("SortierenIntent", ["sortiere meine liste", "sortieren"])],
  [("charles-session", "charles/gangfuergang.chlsj", [
    L("Gang für Gang nutzt deine Alexa-Einkaufsliste. Bitte erlaube den Zugriff in der Alexa-App.", None, True, perm=["read::alexa:household:list", "write::alexa:household:list"]),
    T("sortiere meine liste", "SortierenIntent", "Deine Alexa-Einkaufsliste ist jetzt nach Gängen sortiert: Obst, Brot, Kühlregal.", end=True)])],
  [], "Ehrliche Erwähnung von Alexa; Listenrechte werden für die Funktion gebraucht, Datenschutzerklärung vorhanden.",
  policy="https://gangfuergang.de/datenschutz", perms=["read::alexa:household:list", "write::alexa:household:list"]),

G("builder", "069-de-kalender-kompass", "de-DE", "Kalender Kompass", "kalender kompass",
  "Deine Termine des Tages.",
  [I("heute", ["was steht heute an", "meine termine"])],
  [("gpairs", "webhook/aufnahmen", [
    L("Kalender Kompass. Dein Kalender ist über dein Google-Konto verknüpft, ich frage niemals nach deinem Passwort. Möchtest du die heutigen Termine hören?", scene="Start"),
    T("meine termine", "heute", "Um 9 Uhr Teammeeting, um 13 Uhr Mittagessen mit Jonas. Bis später!", end=True, scene="Start")])],
  [], "Beruhigende Verneinung ('frage niemals nach deinem Passwort'), ehrliche Google-Erwähnung, Kontoverknüpfung per OAuth.",
  policy="https://kalenderkompass.de/datenschutz", linking=True),

A("070-de-rezeptsuche", "de-DE", "Rezeptsuche Kompakt", "rezeptsuche kompakt",
  "Finde Rezepte nach Zutaten.",
  [I("SucheIntent", ["suche rezepte mit {zutat}", "was kann ich mit {zutat} kochen"], {"zutat": "AMAZON.SearchQuery"})],
  [("transcript", "protokolle/qa-2024-08-02.txt", [
    L("Rezeptsuche Kompakt. Welche Zutat?", "Nenne eine Zutat.", False),
    T("was kann ich mit zucchini kochen", "SucheIntent", "Zucchinipuffer. Auf Wiedersehen!", end=True, s={"zutat": "zucchini"}),
    L("Rezeptsuche Kompakt. Welche Zutat?", "Nenne eine Zutat.", False),
    T("stopp", "AMAZON.StopIntent", "Bis bald!", end=True)])],
  [], "Zweckgebundene Träger ('suche rezepte mit …'); jedes Auf Wiedersehen beendet die Sitzung, danach beginnt eine echte neue Runde.",
  policy="https://rezeptsuche-kompakt.de/datenschutz"),
]
