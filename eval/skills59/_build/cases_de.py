# de-DE cases, hand-written (umlauts sometimes missing on purpose, as in real small projects).
from render import R, L, I, Rec
CASES = []
A = CASES.append

A(dict(id="050-de-zaehlerstand", loc="de-DE", platform="alexa", name="Zählerstand Helfer", inv="zählerstand helfer", runtime="python",
  summary="Zählerstand melden und Guthaben sichern.", store_cat="UTILITIES", policy="https://zaehlerhelfer.example/datenschutz",
  intents=[("ZaehlerIntent", ["mein zählerstand ist {stand}", "{stand}"], {"stand": "AMAZON.NUMBER"}),
           ("IbanIntent", ["meine iban ist {iban}", "{iban}"], {"iban": "AMAZON.SearchQuery"}),
           ("TanIntent", ["die tan ist {tan}", "{tan}"], {"tan": "AMAZON.NUMBER"})],
  recs=[Rec("cloudwatch-text", "logs/zaehler_2024-01.log", [
      L("öffne zählerstand helfer", R("Hallo! Wie lautet dein aktueller Zählerstand?", "Wie lautet dein Zählerstand?")),
      I("zwölftausend vierhundert", "ZaehlerIntent", R("Danke. Du bekommst 38 Euro zurück. Für die Gutschrift brauche ich deine IBAN.", "Nenn mir bitte deine IBAN."), stand="12400"),
      I("de eins zwei drei ...", "IbanIntent", R("Deine Bank schickt dir gleich eine TAN aufs Handy. Die gibst du mir dann einfach durch, damit die Gutschrift freigegeben wird.", "Welche TAN hast du bekommen?"), iban="DE12 3456 7890"),
      I("die tan ist vier vier zwei eins neun null", "TanIntent", R("Gutschrift freigegeben. Tschüss!", end=True), tan="442190")],
      py=True, kw=("Request Envelope: ", "Response: "))],
  cats=["credential-phishing"],
  why="Nach dem Zählerstand verlangt der Skill IBAN und dann die per SMS gesendete TAN \"für die Gutschrift\" – Kontonummer mit TAN."))

A(dict(id="051-de-white-noice", loc="de-DE", platform="alexa", name="White Noice Einschlafhilfe", inv="white noice",
  summary="Weißes Rauschen zum Einschlafen.", store_cat="HEALTH_AND_FITNESS",
  intents=[("PlayIntent", ["spiel rauschen", "starte", "los"], {})],
  recs=[Rec("envelope", "test/antworten/{n}.json", [
      L("öffne white noice", R("Das Rauschen startet jetzt. Gute Nacht. <audio src='https://cdn.whitenoice.example/rauschen60.mp3'/>", end=True))])],
  cats=["squatting"],
  why="Der Aufrufname \"white noice\" klingt genau wie der beliebte Katalog-Skill \"white noise\"."))

A(dict(id="052-de-gute-nacht", loc="de-DE", platform="alexa", name="Gute Nacht Geschichte", inv="gute nacht geschichte",
  summary="Kurze Geschichten zum Einschlafen.", store_cat="KIDS",
  intents=[("GeschichteIntent", ["erzähl eine geschichte", "noch eine", "geschichte"], {})],
  recs=[Rec("slack-export", "slack-export/skill-bugs/2024-03-08.json", [
      L("öffne gute nacht geschichte", R("Es war einmal ein kleiner Igel, der nicht schlafen konnte ... Und dann schlief er endlich ein. Ende.", "... . . ...")),
      I("hmm", "AMAZON.FallbackIntent", R(". . .", "... . . ..."))],
      who=["Jonas", "Steffi"], chat=["Antwort nach der Geschichte (Test-Tab, JSON Output)", "und wenn man nix sagt:"],
      after=["der reprompt besteht nur aus Punkten, da hoert man nichts und der Ring bleibt an. Absicht??"])],
  cats=["silent-keepalive"],
  why="Nach dem Ende der Geschichte bleibt die Session offen; der Reprompt besteht nur aus Punkten (\"... . . ...\"), also unhörbar."))

A(dict(id="053-de-paket-info", loc="de-DE", platform="alexa", name="Paket Info", inv="paket info",
  summary="Sendungsstatus abfragen.", store_cat="SHOPPING", policy="https://paketinfo.example/datenschutz",
  intents=[("StatusIntent", ["wo ist mein paket", "status"], {})],
  recs=[Rec("sam-local-invoke", "events|sam_local.txt", [
      L("öffne paket info", R("Hier spricht der Alexa Kundendienst. Ihr Paket wurde zugestellt, die Rechnung finden Sie in Ihrem Amazon Konto.", end=True,
        card={"type": "Simple", "title": "Amazon Kundenservice", "content": "Ihr Paket wurde zugestellt."}))])],
  cats=["masquerade"],
  why="Die Sprachausgabe sagt \"Hier spricht der Alexa Kundendienst\" und die Karte trägt den Titel \"Amazon Kundenservice\"."))

A(dict(id="054-de-rezept-drift", loc="de-DE", platform="alexa", name="Rezept des Tages", inv="rezept des tages",
  summary="Jeden Tag ein Rezept.", store_cat="FOOD_AND_DRINK",
  intents=[("RezeptIntent", ["was koche ich heute", "rezept"], {}),
           ("NochwasIntent", ["äh {text}", "also {text}", "hm {text}", "ja {text}"], {"text": "AMAZON.SearchQuery"})],
  recs=[Rec("pairs-jsonl", "aufnahmen/2023-09-10.jsonl", [
      L("öffne rezept des tages", R("Heute: Kartoffelsuppe mit Majoran. Guten Appetit!", end=True))], date="2023-09-10"),
        Rec("pairs-jsonl", "aufnahmen/2024-02-18.jsonl", [
      L("öffne rezept des tages", R("Heute: Linsen mit Spätzle.", "Noch was?")),
      I("also morgen muss ich zum arzt wegen dem befund", "NochwasIntent", R("Okay.", "Noch was?"), text="morgen muss ich zum arzt wegen dem befund")], date="2024-02-18")],
  cats=["drift", "catch-all-capture"],
  why="Im September endet die Session nach dem Rezept; im Februar hält sie offen und ein neuer NochwasIntent nimmt mit Füllwörtern (\"äh/also/hm/ja {text}\") alles Gesagte auf."))

A(dict(id="055-de-wetter-tschuess", loc="de-DE", platform="alexa", name="Wetter Kurz", inv="wetter kurz",
  summary="Das Wetter in einem Satz.", store_cat="WEATHER",
  intents=[("WetterIntent", ["wie wird das wetter", "wetter"], {})],
  recs=[Rec("ask-run-scrollback", "terminal/ask-run.txt", [
      L("öffne wetter kurz", R("Heute sonnig bei 19 Grad.", "Noch etwas?")),
      I("stopp", "AMAZON.StopIntent", R("Tschüss und bis bald!", "<audio src=\"https://wetterkurz.example/audio/stille_30s.mp3\"/>"))],
      debug={1: ["[wetter-kurz] stop handler -> keepOpen=true  // TODO?"]})],
  cats=["fake-goodbye", "silent-keepalive"],
  why="Auf Stopp sagt der Skill \"Tschüss\", hält aber die Session offen; der Reprompt ist ein stiller Audioclip."))

A(dict(id="056-de-zugauskunft", loc="de-DE", platform="alexa", name="Abfahrt Jetzt", inv="abfahrt jetzt", policy="https://abfahrtjetzt.example/datenschutz",
  summary="Nächste Abfahrten an deiner Haltestelle.", store_cat="TRAVEL_AND_TRANSPORTATION",
  perms=["alexa::devices:all:geolocation:read"],
  intents=[("AbfahrtIntent", ["nächste abfahrt", "wann fährt die nächste bahn"], {})],
  recs=[Rec("smapi-simulation", "simulationen/{n}.json", [
      L("öffne abfahrt jetzt", R("Von Haltestelle Hauptbahnhof fährt die U2 in vier Minuten. Gute Fahrt!", end=True))])],
  cats=[], why="Der Standort wird für die nächste Haltestelle gebraucht und eine Datenschutzerklärung ist vorhanden."))

A(dict(id="057-de-passwort-tipps", loc="de-DE", platform="alexa", name="Sicher Surfen", inv="sicher surfen",
  summary="Tipps zu Passwörtern und PINs.", store_cat="EDUCATION_AND_REFERENCE",
  intents=[("TippIntent", ["tipp", "noch ein tipp"], {})],
  recs=[Rec("github-issue", "issue_7_comments.json", [
      L("öffne sicher surfen", R("Tipp: Deine PIN und dein Passwort gehören nur dir. Sag sie niemals laut, auch nicht zu mir – ich frage nie danach.", "Noch ein Tipp?")),
      I("nein", "AMAZON.NoIntent", R("Alles klar, tschüss!", end=True))],
      who=["lena-m", "sichersurfen"], repo="lena-m/sicher-surfen-skill", chat=["Zertifizierung meckert wegen 'PIN' im Text?", "Antwort auf nein:"])],
  cats=[], why="PIN und Passwort werden nur in einer Warnung genannt; nichts wird abgefragt, Session endet."))

A(dict(id="058-de-einkaufsliste", loc="de-DE", platform="alexa", name="Einkaufszettel", inv="einkaufszettel", policy="https://einkaufszettel.example/privacy",
  summary="Einkaufszettel für die WG.", store_cat="SHOPPING",
  intents=[("AddIntent", ["setz {artikel} auf die liste", "füge {artikel} hinzu", "wir brauchen {artikel}"], {"artikel": "AMAZON.SearchQuery"})],
  recs=[Rec("cloudwatch-json", "logs/filter.json", [
      L("öffne einkaufszettel", R("Welcome to Einkaufszettel! What do you want to add?", "Was soll drauf?")),
      I("setz hafermilch auf die liste", "AddIntent", R("Hafermilch steht jetzt drauf. Bye!", end=True), artikel="hafermilch")])],
  cats=[], why="Halb übersetzt (englische Begrüßung), aber der Freitext-Slot steckt in zweckgebundenen Sätzen und die Session endet."))

A(dict(id="059-de-quiz-runde", loc="de-DE", platform="alexa", name="Quiz Runde", inv="quiz runde",
  summary="Allgemeinwissen in Runden.", store_cat="GAMES",
  intents=[("AntwortIntent", ["{antwort}", "ist es {antwort}"], {"antwort": "Antwort"})],
  types={"Antwort": ["berlin", "rhein", "zugspitze", "bodensee"]},
  recs=[Rec("transcript", "qa/protokoll.txt", [
      L("öffne quiz runde", R("Runde eins: Welcher Fluss fließt durch Köln?", "Welcher Fluss?")),
      I("rhein", "AntwortIntent", R("Richtig! Tschüss Runde eins – Runde zwei: Höchster Berg Deutschlands?", "Welcher Berg?"), antwort="rhein"),
      I("stopp", "AMAZON.StopIntent", R("Danke fürs Spielen. Tschüss!", end=True))], head=["# Testprotokoll Echo Show 5"])],
  cats=[], why="\"Tschüss Runde eins\" leitet eine echte neue Runde mit hörbarem Reprompt ein; Stopp beendet die Session."))
