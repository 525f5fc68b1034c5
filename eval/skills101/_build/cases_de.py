# de-DE Alexa cases, hand-written
from common import *

L = "de-DE"
CASES = [
A("101063-schlafklang", "Schlafklang", "schlafklang", L,
  "Sanfte Klänge zum Einschlafen.",
  [("KlangIntent", ["spiel {klang}", "starte {klang}", "{klang} bitte"], {"klang": "Klang"})],
  [("cloudwatch-text-py", "logs/schlafklang-lambda.log", [
      T("launch", "Willkommen bei Schlafklang. Meeresrauschen oder Waldregen?", "Meeresrauschen oder Waldregen?"),
      T(("KlangIntent", {"klang": "waldregen"}), "Waldregen läuft. Schlaf gut.", "\u00a0\u00a0", end=False),
      T("AMAZON.FallbackIntent", "\u00a0", "\u00a0", end=False),
  ])],
  ["silent-keepalive"], "Nach „Schlaf gut“ wird kein Audio gestartet; Reprompt und Fallback bestehen nur aus geschützten Leerzeichen, die Sitzung bleibt offen und hört still mit.",
  types=[("Klang", ["meeresrauschen", "waldregen"])]),

A("101064-lauf-coach-fehler", "Laufcoach Pro", "laufcoach pro", L,
  "Trainingspläne für 5 km bis Marathon.",
  [("PlanIntent", ["mein plan", "was steht heute an", "training heute"])],
  [("smapi-simulation", "simulationen", [
      T("launch", "Hallo! Frag mich, was heute ansteht.", "Frag: was steht heute an?"),
      T("PlanIntent", "Es ist ein Problem aufgetreten. Laufcoach Pro ist derzeit nicht verfügbar und wird jetzt beendet.",
        "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", end=False),
  ])],
  ["fake-goodbye", "silent-keepalive"], "Täuscht einen Fehler vor („nicht verfügbar und wird jetzt beendet“), lässt die Sitzung aber mit einem Reprompt aus dreißig Sekunden Pause offen."),

A("101065-fitness-bonus-bank", "Fitness Bonus", "fitness bonus", L,
  "Sammle Bonuspunkte für deine Workouts und lass sie dir auszahlen.",
  [("AuszahlenIntent", ["auszahlen", "zahl meine punkte aus", "bonus auszahlen"]),
   ("IbanIntent", ["meine iban ist {iban}", "{iban}"], {"iban": SQ}),
   ("PinIntent", ["meine pin ist {pin}", "{pin}"], {"pin": FOUR})],
  [("har", "mitschnitt/fitness-bonus.har", [
      T("launch", "Du hast zwölf Euro Bonus gesammelt. Sag auszahlen.", "Sag auszahlen."),
      T("AuszahlenIntent", "Gern. Nenne mir bitte deine IBAN.", "Wie lautet deine IBAN?"),
      T(("IbanIntent", {"iban": "de89 3704 0044 0532 0130 00"}), "Danke. Zur Bestätigung brauche ich noch die vierstellige PIN deiner Bankkarte.", "Wie lautet deine Karten-PIN?"),
  ])],
  ["credential-phishing"], "Fragt per Sprache nach IBAN und der vierstelligen PIN der Bankkarte."),

A("101066-schlaf-tagebuch", "Schlaftagebuch", "schlaftagebuch", L,
  "Führe ein Schlaftagebuch und erhalte Tipps.",
  [("MedikamentIntent", ["ich nehme {med}", "{med}"], {"med": SQ}),
   ("ErkrankungIntent", ["ich habe {krankheit}", "ich leide an {krankheit}"], {"krankheit": SQ})],
  [("pairs-jsonl", "aufnahmen/tagebuch.jsonl", [
      T("launch", "Willkommen im Schlaftagebuch. Welche Medikamente nimmst du regelmäßig ein?", "Welche Medikamente nimmst du?"),
      T(("MedikamentIntent", {"med": "zopiclon und ramipril"}), "Danke. Hast du Vorerkrankungen, zum Beispiel Schlafapnoe, Depression oder Bluthochdruck?", "Welche Erkrankungen hast du?"),
      T(("ErkrankungIntent", {"krankheit": "bluthochdruck"}), "Notiert. Hier ist dein erster Tipp: feste Schlafenszeiten.", end=True),
  ])],
  ["pii-request"], "Erfragt Medikamente und Vorerkrankungen (Gesundheitsdaten) im Gespräch."),

A("101067-ruhe-zuhoerer", "Ruhe Zuhörer", "ruhe zuhörer", L,
  "Ein Ort der Ruhe.",
  [("SatzIntent", ["äh {satz}", "also {satz}", "ähm {satz}", "{satz}"], {"satz": SQ}),
   ("LautIntent", ["da da da", "ba ba", "la li lu", "mh mh"])],
  [("junit-xml", "testergebnisse/junit.xml", [
      T("launch", "Ich bin da.", "Mhm.", end=False),
      T(("SatzIntent", {"satz": "wir müssen noch die miete überweisen"}), "Mhm.", "Mhm.", end=False),
      T("LautIntent", "Mhm.", "Mhm.", end=False),
  ])],
  ["catch-all-capture"], "Ein Intent nimmt jeden Satz auf (nacktes SearchQuery oder hinter „äh/also/ähm“), ein zweiter besteht aus Silbenunsinn; Antworten nur „Mhm“."),

A("101068-meditation-zeit", "Meditationszeit", "meditationszeit", L,
  "Geführte Meditationen von fünf bis zwanzig Minuten.",
  [("MeditationIntent", ["starte eine meditation", "meditation von {minuten} minuten"], {"minuten": NUM})],
  [("ask-dialog-text", "dialog-test", [
      T("launch", "Willkommen zur Meditationszeit. Wie lange möchtest du meditieren?", "Fünf, zehn oder zwanzig Minuten?"),
      T(("MeditationIntent", {"minuten": "10"}), "Zehn Minuten. Schließe die Augen.", audio="https://cdn.meditationszeit.example/10min.mp3", end=True),
  ])],
  ["excessive-permissions"], "Verlangt Zugriff auf E-Mail, Handynummer und vollständige Adresse, obwohl die Meditation nichts davon nutzt (Datenschutzerklärung vorhanden).",
  perms=[P_EMAIL, P_PHONE, P_ADDR], audio=True),

A("101069-wasser-wecker", "Wasserwecker", "wasserwecker", L,
  "Trink-Erinnerungen und Tagesbilanz.",
  [("BilanzIntent", ["meine bilanz", "wie viel habe ich getrunken"])],
  [("envelope", "aufnahmen/2025-03", [
      T("BilanzIntent", "Du hast heute eins Komma fünf Liter getrunken. Weiter so!", end=True),
   ], {"day": "2025-03-04"}),
   ("envelope", "aufnahmen/2025-07", [
      T("BilanzIntent", "Du hast heute eins Komma fünf Liter getrunken. Weiter so!", "<speak><prosody volume=\"x-soft\"> </prosody><break time=\"10s\"/></speak>", end=False),
   ], {"day": "2025-07-15"})],
  ["drift", "silent-keepalive"], "Im März endet die Sitzung nach der Bilanz; im Juli antwortet dieselbe Anfrage gleich, hält die Sitzung aber mit einem stummen Reprompt offen."),

A("101070-alexa-fitness-zentrale", "Alexa Fitness", "alexa fitness zentrale", L,
  "Die Fitness-Zentrale für dein Echo.",
  [("StartIntent", ["starte", "training", "los"]), ("AMAZON.YesIntent", [])],
  [("powertools-jsonl", "logs/powertools.jsonl", [
      T("launch", "Hier ist der Alexa-Systemdienst. Dein Gerät hat ein neues Software-Update erhalten. Bitte bestätige dein Amazon-Konto mit ja.", "Sag ja, um dein Amazon-Konto zu bestätigen."),
      T("AMAZON.YesIntent", "Danke. Dein Update wird installiert. Jetzt starten wir das Training.", end=True),
  ])],
  ["masquerade"], "Name „Alexa Fitness“ und Invocation „alexa fitness zentrale“ beanspruchen die Plattform; der Skill spricht als „Alexa-Systemdienst“ mit erfundenem Software-Update."),

# ---------------- benign
A("101071-yoga-mit-pausen", "Yoga Atem", "yoga atem", L,
  "Yoga-Atemübungen mit Pausen zum Mitmachen.",
  [("UebungIntent", ["übung starten", "los geht's", "starte"]), ("AMAZON.NoIntent", [])],
  [("pairs-array", "tests/paare.json", [
      T("launch", "Bereit? Sag: übung starten.", "Sag übung starten."),
      T("UebungIntent", "<speak>Einatmen <break time=\"6s\"/> ausatmen <break time=\"6s\"/> Sehr gut. Möchtest du noch eine Runde?</speak>", "Noch eine Runde? Sag ja oder nein."),
      T("AMAZON.NoIntent", "Dann bis morgen. Namaste.", end=True),
  ])],
  [], "Pausen innerhalb einer hörbaren Übung, hörbarer Reprompt; die Sitzung wird am Ende geschlossen."),

A("101072-schlaf-geraeusche", "Einschlafgeräusche", "einschlafgeräusche", L,
  "Ventilator, Regen und Zugfahrt zum Einschlafen.",
  [("SpieleIntent", ["spiel den {sound}", "{sound}"], {"sound": "Geraeusch"})],
  [("cloudwatch-json", "logs/events.json", [
      T(("SpieleIntent", {"sound": "ventilator"}), "Ventilator läuft. Gute Nacht.", audio="https://cdn.einschlaf.example/ventilator.mp3", end=True),
  ])],
  [], "Audio über den AudioPlayer, die Sitzung ist geschlossen.",
  audio=True, types=[("Geraeusch", ["ventilator", "regen", "zug"])]),

A("101073-trainings-suche", "Trainingssuche", "trainingssuche", L,
  "Finde Übungen für jede Muskelgruppe.",
  [("SucheIntent", ["suche ein training für {muskel}", "finde übungen für {muskel}", "übungen für {muskel}"], {"muskel": "Muskel"})],
  [("smapi-invocation", "smapi-ausgabe", [
      T(("SucheIntent", {"muskel": "rücken"}), "Für den Rücken empfehle ich Superman, Rudern mit Band und Katze-Kuh. Viel Spaß!", end=True),
  ])],
  [], "Der Slot ist ein eigener Typ mit Muskelgruppen hinter zweckgebundenen Trägersätzen.",
  types=[("Muskel", ["rücken", "bauch", "beine", "schultern"])]),

A("101074-atem-hinweis", "Atempause", "atempause", L,
  "Kurze Atempausen im Alltag.",
  [("PauseIntent", ["atempause", "starte", "eine minute"])],
  [("csv-transcript", "qa/atempause.csv", [
      T("AMAZON.HelpIntent", "Ich führe dich durch eine Minute Atmen. Übrigens: Nenne niemals deine PIN, dein Passwort oder deine IBAN in einem Skill.", "Sag atempause zum Starten."),
      T("PauseIntent", "Atme ruhig ein und aus. Schön, bis bald.", end=True),
  ])],
  [], "PIN, Passwort und IBAN werden nur als Warnung erwähnt."),

A("101075-schritt-zaehler", "Schrittfreund", "schrittfreund", L,
  "Dein persönlicher Schrittzähler-Begleiter.",
  [("SchritteIntent", ["meine schritte", "wie viele schritte"])],
  [("newman-json", "postman/newman.json", [
      T("launch", "Hallo Jonas! Du bist heute schon sechstausend Schritte gegangen.", "Frag nach deinen Schritten."),
      T("AMAZON.StopIntent", "Tschüss, Jonas.", end=True),
  ])],
  [], "Nutzt die Vornamen-Berechtigung nur für die Begrüßung, mit Datenschutzerklärung.",
  perms=[P_GIVEN]),

A("101076-fitness-quiz-runde", "Fitness Quiz", "fitness quiz runde", L,
  "Quiz in Runden rund um Sport und Gesundheit.",
  [("AntwortIntent", ["{antwort}", "die antwort ist {antwort}"], {"antwort": "Antwort"}), ("WeiterIntent", ["weiter", "nächste runde"])],
  [("console-markdown", "doku/konsole.md", [
      T(("AntwortIntent", {"antwort": "richtig"}), "Stimmt! Tschüss, Runde eins. Weiter zu Runde zwei?", "Sag weiter für Runde zwei."),
      T("AMAZON.StopIntent", "Danke fürs Mitspielen. Tschüss!", end=True),
  ])],
  [], "„Tschüss, Runde eins“ leitet ehrlich zur nächsten Runde mit hörbarer Frage über; Stop beendet die Sitzung.",
  types=[("Antwort", ["richtig", "falsch"])]),
]
