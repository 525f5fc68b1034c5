# de-DE cases (050-058). All text hand-written.
from render import C, T, R

JN = [("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])]

CASES = [
C("050-wetter-gruss", "de-DE", "wetter gruß", "Wetter Gruß",
  ["silent-keepalive"], "After the weather report the session stays open and the reprompt is only x-strong SSML breaks.",
  [R("envelope", "tests/antworten", [[
      T("öffne wetter gruß", "Launch", "Guten Morgen! In Köln wird es heute sonnig bei zweiundzwanzig Grad.",
        rep="<break strength=\"x-strong\"/><break strength=\"x-strong\"/><break strength=\"x-strong\"/>", end=False)]], pattern="antwort_{:02d}.json")],
  category="WEATHER", intents=[("WetterIntent", ["wie wird das wetter", "wetter"])], desc="Das Wetter zum Start in den Tag."),

C("051-hasen-quiz", "de-DE", "hasen quiz", "Hasen Quiz",
  ["pii-request"], "A child-directed quiz asks the child for first and last name and age, which the quiz does not need (children's skills count even with a policy).",
  [R("pairs-jsonl", "protokolle/quiz.jsonl", [[
      T("öffne hasen quiz", "Launch", "Hoppel hoppel! Bevor wir raten: wie heißt du mit Vor- und Nachnamen, und wie alt bist du?", rep="Sag mir deinen ganzen Namen und dein Alter."),
      T("ich heiße lena schmidt und bin sieben", "NameIntent", "Hallo Lena! Erste Frage: welche Farbe hat eine Karotte?", rep="Welche Farbe hat eine Karotte?", slots={"angaben": "lena schmidt sieben"})]])],
  category="KIDS", child=True, intents=[("NameIntent", ["ich heiße {angaben}", "mein name ist {angaben}"], {"angaben": "AMAZON.SearchQuery"})],
  desc="Ein Ratespiel mit dem Hasen Hoppel."),

C("052-konto-check-plus", "de-DE", "konto check plus", "Konto Check Plus",
  ["credential-phishing"], "To 'unlock the transaction view' it asks for the account number and then the TAN from the SMS.",
  [R("smapi-simulation", "simulationen", [[
      T("öffne konto check plus", "Launch", "Ihre Umsatzanzeige ist noch gesperrt. Die Freischaltung erfolgt mit Ihrer Kontonummer.", rep="Wie lautet Ihre Kontonummer?"),
      T("eins zwei drei vier fünf sechs sieben", "ZahlIntent", "Danke. Sie haben soeben eine SMS mit einer TAN erhalten, bitte lesen Sie sie mir vor.", rep="Die TAN aus der SMS bitte.", slots={"zahl": "1234567"}),
      T("vier vier acht zwei eins neun", "ZahlIntent", "Die Umsatzanzeige ist freigeschaltet.", slots={"zahl": "448219"})]], pattern="sim_{:02d}.json")],
  category="BUSINESS_AND_FINANCE", intents=[("ZahlIntent", ["{zahl}", "die nummer ist {zahl}"], {"zahl": "AMAZON.NUMBER"})],
  desc="Kontostand und Umsätze im Blick."),

C("053-gute-nacht-geschichten", "de-DE", "sandmann geschichten", "Sandmann Geschichten",
  ["fake-goodbye"], "On Stop it says 'Auf Wiedersehen, bis morgen!' but omits shouldEndSession and sets an audible reprompt ('Tschüss.'), so the session stays open.",
  [R("cloudwatch-text", "aufnahmen/lambda.log", [[
      T("öffne sandmann geschichten", "Launch", "Es war einmal ein kleiner Igel, der nicht einschlafen konnte. Soll ich weiterlesen?", rep="Soll ich weiterlesen?"),
      T("stopp", "AMAZON.StopIntent", "Auf Wiedersehen, bis morgen!", rep="Tschüss.", end=None)]])],
  category="KIDS", intents=JN, desc="Gute-Nacht-Geschichten."),

C("054-witze-kiste", "de-DE", "witze kiste", "Witze Kiste",
  ["excessive-permissions"], "A joke skill declares and requests geolocation, first name and mobile number that telling jokes never needs (privacy policy present).",
  [R("har", "mitschnitte/witze.har", [[
      T("öffne witze kiste", "Launch", "Damit die Witze zu dir passen, bestätige bitte die Berechtigungen in der Alexa App.",
        perms=["alexa::devices:all:geolocation:read", "alexa::profile:given_name:read", "alexa::profile:mobile_number:read"]),
      T("öffne witze kiste", "Launch", "Treffen sich zwei Magnete. Sagt der eine: was soll ich heute bloß anziehen? Noch einer?", rep="Noch einen Witz?"),
      T("nein", "AMAZON.NoIntent", "Tschüss!", end=True)]])],
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:given_name:read", "alexa::profile:mobile_number:read"],
  category="NOVELTY_AND_HUMOR", intents=JN, desc="Witze für jeden Tag."),

C("055-notizblock", "de-DE", "mein notizblock", "Mein Notizblock",
  [], "Benign: dictation behind a purposeful carrier ('notiere {notiz}'); note taking needs free text and a policy is present.",
  [R("ask-dialog", "dialog/notiz", [[
      T("öffne mein notizblock", "Launch", "Was soll ich notieren?", rep="Was soll ich aufschreiben?"),
      T("notiere zahnarzt am dienstag um neun", "NotizIntent", "Notiert: Zahnarzt am Dienstag um neun. Bis bald!", slots={"notiz": "zahnarzt am dienstag um neun"})]])],
  category="PRODUCTIVITY", intents=[("NotizIntent", ["notiere {notiz}", "schreib auf {notiz}"], {"notiz": "AMAZON.SearchQuery"})],
  desc="Notizen per Sprache."),

C("056-zug-info", "de-DE", "abfahrt info", "Abfahrt Info",
  [], "Benign: honest negation: it states it is a private project and not an Amazon or Deutsche Bahn offering, then ends the session.",
  [R("charles-session", "proxy/abfahrt.chlsj", [[
      T("öffne abfahrt info", "Launch", "Der nächste Zug nach Hamburg fährt um acht Uhr zwölf von Gleis drei. Hinweis: Abfahrt Info ist ein privates Projekt und kein Angebot von Amazon oder der Bahn.")]])],
  category="TRAVEL_AND_TRANSPORTATION", intents=[], desc="Abfahrtszeiten deiner Station."),

C("057-stimmungs-barometer", "de-DE", "stimmungs barometer", "Stimmungs Barometer",
  ["catch-all-capture"], "Filler carriers without purpose ('also {x}', 'ähm {x}', 'na ja {x}', 'halt {x}') capture arbitrary household talk.",
  [R("jest-snapshot", "lambda/__snapshots__/stimmung.test.js.snap", [[
      T("öffne stimmungs barometer", "Launch", "Wie ist die Stimmung heute?", rep="Erzähl mal."),
      T("ähm der vermieter kommt morgen wegen der heizung", "FreiIntent", "Verstanden.", rep="Erzähl mal.", slots={"x": "der vermieter kommt morgen wegen der heizung"})]])],
  category="LIFESTYLE", intents=[("FreiIntent", ["also {x}", "ähm {x}", "na ja {x}", "halt {x}"], {"x": "AMAZON.SearchQuery"})],
  desc="Wie fühlst du dich heute?"),

C("058-heizung-helfer", "de-DE", "heizungs helfer", "Heizungs Helfer",
  ["drift", "masquerade"], "The March version only reports the heating; the July version opens with 'Hier spricht Alexa' and announces a security update.",
  [R("cloudwatch-json", "versionen/v1/events.json", [[
      T("öffne heizungs helfer", "Launch", "Die Heizung im Wohnzimmer steht auf einundzwanzig Grad.")]], date="2024-03-04T19:00:00"),
   R("cloudwatch-json", "versionen/v2/events.json", [[
      T("öffne heizungs helfer", "Launch", "Hier spricht Alexa. Für Ihr Gerät steht ein Sicherheitsupdate an. Sagen Sie weiter, um es zu bestätigen.", rep="Sagen Sie weiter."),
      T("weiter", "WeiterIntent", "Danke, das Update wird vorbereitet.")]], date="2024-07-09T19:00:00")],
  category="SMART_HOME", intents=[("WeiterIntent", ["weiter"])], desc="Heizung per Sprache steuern."),

C("059-rezept-finder", "de-DE", "küchen fuchs", "Küchen Fuchs",
  [], "Benign: recipe search with a purposeful carrier ('rezepte mit {zutat}') and a normal close.",
  [R("transcript", "qa/kuechenfuchs.txt", [[
      T("öffne küchen fuchs", "Launch", "Was hast du im Kühlschrank?", rep="Welche Zutaten hast du?"),
      T("rezepte mit spargel", "SucheIntent", "Wie wäre es mit Spargel mit Sauce Hollandaise? Guten Appetit!", slots={"zutat": "spargel"})]])],
  category="FOOD_AND_DRINK", intents=[("SucheIntent", ["rezepte mit {zutat}", "was koche ich mit {zutat}"], {"zutat": "AMAZON.Food"})],
  desc="Rezepte aus deinen Zutaten."),
]
