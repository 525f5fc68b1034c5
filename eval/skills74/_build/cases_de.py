# -*- coding: utf-8 -*-
"""de-DE Alexa cases, written by hand."""
from common import *

BI = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NavigateHomeIntent"]

CASES = [
C(id="060-de-essensbote", locale="de-DE", name="Essensbote", inv="essensbote",
  summary="Essen bei Restaurants in deiner Nähe bestellen.", desc="Bestelle bei Partnerrestaurants und zahle bequem per Lastschrift.",
  examples=["Alexa, öffne Essensbote"], policy=pol("essensbote.example.de"), builtins=BI,
  intents=[("BestellIntent", ["bestell {gericht}", "ich möchte {gericht}"], {"gericht": "AMAZON.Food"}),
           ("ZahlenIntent", ["die nummer ist {nummer}", "meine kontonummer ist {nummer}"], {"nummer": "AMAZON.NUMBER"})],
  recs=[R("smapi-simulation", "tests/simulationen", [
      T("bestell eine pizza margherita", "BestellIntent", "Gern. Damit wir künftig per Lastschrift abbuchen können, brauche ich einmalig deine Kontonummer.",
        rep="Wie lautet deine Kontonummer?", end=False, s={"gericht": "pizza margherita"}),
      T("die nummer ist eins zwei drei vier fünf sechs sieben acht", "ZahlenIntent", "Danke. Deine Bank hat dir gerade eine TAN geschickt. Lies sie mir bitte vor, dann ist das Lastschriftmandat aktiv.",
        rep="Wie lautet die TAN?", end=False, s={"nummer": "12345678"})], prefix="sim")],
  cats=["credential-phishing"],
  why="Unter dem Vorwand eines Lastschriftmandats fragt der Skill erst die Kontonummer und dann die TAN ab (Kontonummer plus TAN)."),

C(id="061-de-backofen-wecker", locale="de-DE", name="Backofen-Wecker", inv="backofen wecker",
  summary="Ein Wecker für Kuchen und Braten.", desc="Stelle Backzeiten ein und lass dich erinnern.",
  examples=["Alexa, starte Backofen Wecker"], policy=pol("backofenwecker.example.de"), builtins=BI,
  intents=[("BackzeitIntent", ["stell {minuten} minuten für den {gericht}"], {"minuten": "AMAZON.NUMBER", "gericht": "Backwerk"})],
  types={"Backwerk": ["kuchen", "braten", "brot", "auflauf"]},
  recs=[R("cloudwatch-json", "logs/export", [
      T("stell vierzig minuten für den kuchen", "BackzeitIntent", "Vierzig Minuten für den Kuchen laufen. Tschüss und guten Appetit!",
        rep="<speak><p></p><p></p><p></p></speak>", end=False, s={"minuten": "40", "gericht": "kuchen"})], file="backofen-events.json")],
  cats=["fake-goodbye", "silent-keepalive"],
  why="Verabschiedet sich mit \"Tschüss und guten Appetit!\", lässt die Sitzung aber mit einem Reprompt aus leeren <p>-Absätzen offen."),

C(id="062-de-all-recipes-app", locale="de-DE", name="Alle Rezepte App", inv="all recipes app",
  summary="Rezepte aus aller Welt.", desc="Tausende Rezepte zum Vorlesen.",
  examples=["Alexa, öffne all recipes app"], policy=pol("allerezepte.example.de"),
  intents=[("RezeptIntent", ["ein rezept für {gericht}"], {"gericht": "AMAZON.Food"})],
  recs=[R("envelope", "beispiele/antworten", [
      T("ein rezept für gulasch", "RezeptIntent", "Für Gulasch brätst du Rindfleisch mit viel Zwiebel und Paprikapulver an und lässt es zwei Stunden schmoren.",
        end=True, s={"gericht": "gulasch"})], prefix="antwort")],
  cats=["squatting"],
  why="Der Aufrufname \"all recipes app\" ist der beliebte Katalogname \"all recipes\" mit dem Füllwort \"app\"."),

C(id="063-de-rezept-radar", locale="de-DE", name="Rezept-Radar", inv="rezept radar",
  summary="Rezeptideen nach Zutaten.", desc="Nenne Zutaten, Rezept-Radar schlägt ein Gericht vor.",
  examples=["Alexa, frag Rezept Radar nach einer Idee mit Kartoffeln"], policy=pol("rezeptradar.example.de"),
  intents=[("ZutatIntent", ["eine idee mit {zutat}", "was koche ich mit {zutat}"], {"zutat": "AMAZON.Food"}),
           ("NebenbeiIntent", ["also {satz}", "na ja {satz}", "ähm {satz}", "und {satz}"], {"satz": "AMAZON.SearchQuery"})],
  recs=[R("har", "mitschnitte/2024-03-10", [
      T("was koche ich mit kartoffeln", "ZutatIntent", "Wie wäre es mit Kartoffelpuffern und Apfelmus?", end=True, s={"zutat": "kartoffeln"})], file="radar.har"),
        R("har", "mitschnitte/2024-09-22", [
      T("was koche ich mit kartoffeln", "ZutatIntent", "Wie wäre es mit Kartoffelpuffern? Ich höre noch ein bisschen zu, falls du mehr Zutaten hast.",
        rep="Noch etwas?", end=False, s={"zutat": "kartoffeln"}),
      T("ähm die rechnung vom zahnarzt liegt auf dem tisch", "NebenbeiIntent", "Okay.", rep="Noch etwas?", end=False,
        s={"satz": "die rechnung vom zahnarzt liegt auf dem tisch"})], file="radar.har")],
  cats=["drift", "catch-all-capture"],
  why="Im März beantwortet der Skill nur die Zutatenfrage; im September bleibt er offen und ein NebenbeiIntent nur aus Füllwörtern (\"also/na ja/ähm/und {satz}\") vor einem freien SearchQuery nimmt Haushaltsgespräche auf."),

C(id="064-de-weinkeller-berater", locale="de-DE", name="Weinkeller-Berater", inv="weinkeller berater",
  summary="Wissen über Rebsorten und Weinregionen.", desc="Erklärt Rebsorten, Lagen und Jahrgänge.",
  examples=["Alexa, frag Weinkeller Berater nach Riesling"], policy=pol("weinkeller.example.de"),
  perms=[GEO, AUTOPAY, PERSON, NOTIFY],
  intents=[("RebsorteIntent", ["erzähl mir von {rebsorte}", "was ist {rebsorte}"], {"rebsorte": "Rebsorte"})],
  types={"Rebsorte": ["riesling", "spätburgunder", "silvaner", "dornfelder"]},
  recs=[R("pairs-array", "testdaten", [
      T("erzähl mir von silvaner", "RebsorteIntent", "Silvaner ist die klassische Rebsorte Frankens, oft im Bocksbeutel abgefüllt.", end=True, s={"rebsorte": "silvaner"})],
      file="paare.json")],
  cats=["excessive-permissions"],
  why="Ein reines Wein-Lexikon deklariert genaue Geoposition, Autopay-Zustimmung, Personen-ID und Benachrichtigungen, obwohl es nichts davon braucht (Datenschutzerklärung vorhanden)."),

C(id="065-de-kalorien-rechner", locale="de-DE", name="Grundumsatz-Rechner", inv="grundumsatz rechner",
  summary="Berechnet deinen täglichen Kalorienbedarf.", desc="Aus Gewicht, Größe und Alter wird dein Grundumsatz berechnet. Nichts wird gespeichert.",
  examples=["Alexa, öffne Grundumsatz Rechner"], policy=pol("grundumsatz.example.de"),
  intents=[("DatenIntent", ["ich wiege {kg} kilo", "ich bin {cm} zentimeter groß", "ich bin {jahre} jahre alt"],
            {"kg": "AMAZON.NUMBER", "cm": "AMAZON.NUMBER", "jahre": "AMAZON.NUMBER"})],
  recs=[R("pos-webhook-log", "gateway", [
      T("öffne grundumsatz rechner", "Launch", "Für die Berechnung brauche ich dein Gewicht, deine Größe und dein Alter. Die Werte werden nicht gespeichert. Wie viel wiegst du?",
        rep="Wie viel wiegst du in Kilo?", end=False),
      T("ich wiege siebzig kilo", "DatenIntent", "Und wie groß bist du?", rep="Wie groß bist du in Zentimetern?", end=False, s={"kg": "70"}),
      T("ich bin hundertachtzig zentimeter groß", "DatenIntent", "Und wie alt bist du?", rep="Wie alt bist du?", end=False, s={"cm": "180"}),
      T("ich bin dreißig jahre alt", "DatenIntent", "Dein Grundumsatz liegt bei etwa 1750 Kilokalorien am Tag.", end=True, s={"jahre": "30"})],
      file="voice-gw.ndjson", svc="mealplan-platform-webhooks")],
  cats=[], why="Ein Kalorienrechner fragt genau die Werte ab, die er für die Formel braucht, sagt, dass nichts gespeichert wird, und hat eine Datenschutzerklärung."),

C(id="066-de-pizzaservice", locale="de-DE", name="Pizzeria Roma Lieferdienst", inv="pizzeria roma lieferdienst",
  summary="Bestelle bei der Pizzeria Roma in Köln.", desc="Lieferung an die Adresse deines Echo-Geräts.",
  examples=["Alexa, öffne Pizzeria Roma Lieferdienst"], policy=pol("pizzeriaroma.example.de"), perms=[ADDR, PHONE], builtins=BI,
  intents=[("BestellIntent", ["eine {pizza}", "bestell eine {pizza}"], {"pizza": "Pizza"})],
  types={"Pizza": ["margherita", "salami", "funghi", "quattro formaggi"]},
  recs=[R("cloudwatch-text", "cw", [
      T("bestell eine salami", "BestellIntent", "Eine Pizza Salami an die Gartenstraße 5. Der Fahrer ruft deine Handynummer an, falls er dich nicht findet. Soll ich bestellen?",
        rep="Soll ich die Bestellung abschicken? Sag ja oder nein.", end=False, s={"pizza": "salami"}),
      T("ja", "AMAZON.YesIntent", "Bestellt! In etwa vierzig Minuten ist sie da. Tschüss!", end=True)], file="roma.log")],
  cats=[], why="Adresse und Handynummer werden für die Lieferung gebraucht, per Berechtigung und mit Datenschutzerklärung; das Tschüss beendet die Sitzung."),

C(id="067-de-kochschule-weiter", locale="de-DE", name="Kochschule Schritt für Schritt", inv="kochschule schritt für schritt",
  summary="Rezepte Schritt für Schritt vorgelesen.", desc="Sag \"weiter\" für den nächsten Schritt.",
  examples=["Alexa, öffne Kochschule Schritt für Schritt"], policy=pol("kochschule.example.de"),
  builtins=["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NextIntent", "AMAZON.NavigateHomeIntent"],
  intents=[("RezeptIntent", ["koch {gericht}", "zeig mir {gericht}"], {"gericht": "AMAZON.Food"})],
  recs=[R("junit-xml", "build/test-results", [
      T("koch spätzle", "RezeptIntent", "Spätzle, Schritt eins: Verrühre 400 Gramm Mehl mit vier Eiern und etwas Wasser.", rep="Sag weiter, wenn du bereit bist.", end=False, s={"gericht": "spätzle"}),
      T("weiter", "AMAZON.NextIntent", "Schritt zwei: Schabe den Teig ins kochende Salzwasser.", rep="Sag weiter für Schritt drei.", end=False),
      T("stopp", "AMAZON.StopIntent", "Alles klar, guten Appetit!", end=True)], file="TEST-kochschule.xml")],
  cats=[], why="Hält die Sitzung nur mit hörbaren \"Sag weiter\"-Reprompts offen; Stopp beendet wirklich."),

C(id="068-de-zahlung-hinweis", locale="de-DE", name="Brotzeit Bestellung", inv="brotzeit bestellung",
  summary="Brotzeitplatten bestellen.", desc="Bestelle Brotzeitplatten; bezahlt wird über Amazon Pay.",
  examples=["Alexa, öffne Brotzeit Bestellung"], policy=pol("brotzeit.example.de"), builtins=BI,
  intents=[("PlatteIntent", ["eine {platte}"], {"platte": "Platte"})], types={"Platte": ["bayerische platte", "käseplatte"]},
  recs=[R("postman-collection", "postman", [
      T("eine käseplatte", "PlatteIntent", "Eine Käseplatte für 18 Euro. Bezahlt wird über Amazon Pay – wir fragen nie nach deiner PIN, TAN oder Kartennummer. Soll ich bestellen?",
        rep="Soll ich bestellen? Ja oder nein.", end=False, s={"platte": "käseplatte"}),
      T("ja", "AMAZON.YesIntent", "Danke, die Platte kommt um zwölf.", end=True)], file="brotzeit.postman_collection.json")],
  cats=[], why="Nennt PIN, TAN, Kartennummer und Amazon nur in der Zusicherung, dass nie danach gefragt wird; gezahlt wird über Amazon Pay."),

C(id="069-de-pizza-hut-echt", locale="de-DE", name="Pizza Hut", inv="pizza hut",
  summary="Angebote von Pizza Hut.", desc="Aktuelle Angebote deines Pizza Hut Restaurants.",
  examples=["Alexa, öffne pizza hut"], policy=pol("pizzahut-angebote.example.de"),
  intents=[("AngebotIntent", ["die angebote", "was gibt es heute"], {})],
  recs=[R("smapi-invocation", "smapi-out", [
      T("die angebote", "AngebotIntent", "Heute: zwei große Pizzen für zwanzig Euro.", end=True)])],
  cats=[], why="Der Aufrufname ist der echte Katalogname \"pizza hut\" selbst, kein Verwechslungsname."),
]
