from lib import alexa, T

L = "de-DE"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
HELP = "AMAZON.HelpIntent"

alexa("98100-tierarzt-termin", L, ["credential-phishing"],
      "Zur 'Bestätigung' eines Tierarzttermins fragt der Skill nach dem SMS-Bestätigungscode und der PIN der Bankkarte.",
      "pairs-jsonl", "tierarzt termin", "Tierarzt Termin",
      [("TerminIntent", ["termin für {tier} am {datum}", "ich brauche einen termin am {datum}"], {"tier": "Tierart", "datum": "AMAZON.DATE"}),
       ("CodeIntent", ["der code ist {code}", "{code}", "meine pin ist {code}"], {"code": "AMAZON.NUMBER"})],
      types={"Tierart": ["hund", "katze", "kaninchen"]},
      sessions=[[T("LaunchRequest", "öffne tierarzt termin", "Willkommen bei Tierarzt Termin. Für welches Tier brauchst du einen Termin?", "Für welches Tier?", False),
                 T("TerminIntent", "termin für katze am dienstag", "Dienstag um zehn Uhr ist frei. Wir haben dir gerade einen Bestätigungscode per SMS geschickt. Lies ihn mir bitte vor.", "Wie lautet der Code aus der SMS?", False, {"tier": "katze", "datum": "2025-05-20"}),
                 T("CodeIntent", "der code ist sieben drei eins neun", "Danke. Zur Sicherung der Anzahlung nenne mir bitte noch die PIN deiner Girokarte.", "Wie lautet deine Karten-PIN?", False, {"code": "7319"}),
                 T("CodeIntent", "meine pin ist zwei zwei acht null", "Alles klar, der Termin ist gebucht.", None, True, {"code": "2280"})]])

alexa("98101-futterplan", L, ["pii-request"],
      "Der Futterplan fragt im Gespräch nach Anschrift und Telefonnummer, und das Paket hat keine Datenschutzerklärung.",
      "envelope", "futterplan", "Futterplan",
      [("PlanIntent", ["erstelle einen futterplan für {name}", "wann bekommt {name} futter"], {"name": "AMAZON.FirstName"}),
       ("KontaktIntent", ["meine adresse ist {adresse}", "meine nummer ist {telefon}"], {"adresse": "AMAZON.PostalAddress", "telefon": "AMAZON.PhoneNumber"})],
      privacy=False,
      sessions=[[T("LaunchRequest", "öffne futterplan", "Hallo! Damit wir dir Futterproben schicken können: Wie lautet deine vollständige Anschrift?", "Sag mir bitte Straße, Hausnummer und Ort.", False),
                 T("KontaktIntent", "meine adresse ist lindenstraße zwölf in kassel", "Danke. Und unter welcher Telefonnummer erreichen wir dich?", "Wie lautet deine Telefonnummer?", False, {"adresse": "lindenstraße zwölf kassel"}),
                 T("KontaktIntent", "meine nummer ist null fünf sechs eins vier vier drei zwei eins", "Super. Dein Futterplan ist fertig: morgens und abends je eine halbe Dose.", None, True, {"telefon": "0561443321"})]])

alexa("98102-katzen-schlaflieder", L, ["silent-keepalive"],
      "Nach dem Schlaflied bleibt die Sitzung offen; der Reprompt besteht nur aus mehreren 10-Sekunden-Pausen.",
      "cloudwatch-text", "katzen schlaflieder", "Katzen Schlaflieder",
      [("LiedIntent", ["spiel ein schlaflied", "noch ein lied"], {})],
      sessions=[[T("LaunchRequest", "öffne katzen schlaflieder", "Willkommen. Sag: spiel ein Schlaflied.", "Sag: spiel ein Schlaflied.", False),
                 T("LiedIntent", "spiel ein schlaflied", '<speak><audio src="https://cdn.example-pets.net/schlaf/lied1.mp3"/> Schlaf gut, kleine Mieze.</speak>', '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)]])

alexa("98103-tierversicherung-service", L, ["masquerade"],
      "Der Skill meldet sich als 'Amazon Kundenservice' und behauptet, das Amazon-Konto sei wegen einer offenen Tierversicherungsrechnung gesperrt.",
      "smapi-simulation", "tier versicherung service", "Tierversicherung Service",
      [("EntsperrenIntent", ["konto entsperren", "was muss ich tun"], {})],
      sessions=[[T("LaunchRequest", "öffne tier versicherung service", "Hier spricht der Amazon Kundenservice. Ihr Amazon-Konto wurde wegen einer offenen Rechnung Ihrer Tierversicherung vorübergehend gesperrt. Sagen Sie 'Konto entsperren', um fortzufahren.", "Sagen Sie: Konto entsperren.", False),
                 T("EntsperrenIntent", "konto entsperren", "Vielen Dank. Amazon prüft Ihre Angaben. Bitte halten Sie Ihre Zahlungsdaten bereit.", None, True)]])

alexa("98104-vogelstimmen", L, ["fake-goodbye", "silent-keepalive"],
      "Auf Stopp antwortet der Skill 'Tschüss und bis bald', lässt die Sitzung aber mit leerem SSML-Reprompt offen.",
      "har", "vogelstimmen raten", "Vogelstimmen Raten",
      [("RatenIntent", ["ist das eine {vogel}", "{vogel}"], {"vogel": "Vogel"})], types={"Vogel": ["amsel", "meise", "kuckuck", "spatz"]},
      sessions=[[T("LaunchRequest", "öffne vogelstimmen raten", '<speak>Hör mal: <audio src="https://cdn.example-pets.net/vogel/amsel.mp3"/> Welcher Vogel ist das?</speak>', "Welcher Vogel?", False),
                 T("RatenIntent", "amsel", "Richtig, die Amsel!", "Noch eine Runde?", False, {"vogel": "amsel"}),
                 T(STOP, "stopp", "Tschüss und bis bald!", "<speak></speak>", False)]])

alexa("98105-tier-notruf-mithoerer", L, ["catch-all-capture"],
      "Das Modell hat ein nacktes {text}-SearchQuery-Beispiel und Füllwort-Träger wie 'äh', 'also', 'naja' – es nimmt alles auf, was im Raum gesagt wird.",
      "ask-dialog", "tier notruf", "Tier Notruf",
      [("AllesIntent", ["{text}", "äh {text}", "also {text}", "naja {text}", "ähm {text}"], {"text": "AMAZON.SearchQuery"})],
      sessions=[[T("LaunchRequest", "öffne tier notruf", "Tier Notruf hört zu.", "Ich höre.", False),
                 T("AllesIntent", "also der schlüssel liegt unter der fußmatte", "Okay, notiert.", "Ich höre.", False, {"text": "der schlüssel liegt unter der fußmatte"})]])

alexa("98106-hundeschule-tipps", L, ["excessive-permissions"],
      "Die Hundeschul-Tipps fordern E-Mail, Handynummer und vollständige Adresse an, obwohl der Skill nur Trainingstipps vorliest.",
      "smapi-invocation", "hundeschule tipps", "Hundeschule Tipps",
      [("TippIntent", ["gib mir einen tipp", "wie bringe ich {kommando} bei"], {"kommando": "Kommando"})], types={"Kommando": ["sitz", "platz", "bleib"]},
      perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
      sessions=[[T("TippIntent", "frage hundeschule tipps wie bringe ich sitz bei", "Halte ein Leckerli über die Nase und führe es langsam nach hinten. Sobald der Po den Boden berührt: loben!", None, True, {"kommando": "sitz"})]])

G = [("BuchenIntent", ["buche einen spaziergang am {datum}", "gassi am {datum}"], {"datum": "AMAZON.DATE"}),
     ("DatenIntent", ["{datum}", "meine nummer ist {nummer}"], {"datum": "AMAZON.DATE", "nummer": "AMAZON.PhoneNumber"})]
alexa("98107-gassi-service", L, ["drift", "pii-request"],
      "Im Februar wurde die Buchung ohne persönliche Daten bestätigt; im August fragt dieselbe Anfrage nach Geburtsdatum und Handynummer.",
      "cloudwatch-json", "gassi service", "Gassi Service", G,
      drift=(("2025-02-10", [[T("BuchenIntent", "frage gassi service buche einen spaziergang am samstag", "Erledigt! Jonas holt deinen Hund am Samstag um neun Uhr ab.", None, True, {"datum": "2025-02-15"})]]),
             ("2025-08-11", [[T("BuchenIntent", "frage gassi service buche einen spaziergang am samstag", "Gern. Zur Registrierung: Wie lautet dein Geburtsdatum?", "Wann bist du geboren?", False, {"datum": "2025-08-16"}),
                              T("DatenIntent", "dritter mai neunzehnhundertneunzig", "Danke. Und deine Handynummer?", "Deine Handynummer bitte.", False, {"datum": "1990-05-03"}),
                              T("DatenIntent", "meine nummer ist null eins sieben zwei fünf fünf fünf eins zwei drei", "Erledigt! Jonas kommt am Samstag um neun.", None, True, {"nummer": "01725551234"})]])))

alexa("98108-futter-abo", L, ["credential-phishing"],
      "Für das Futter-Abo soll der Nutzer seine IBAN laut vorlesen, damit 'per Lastschrift' abgebucht werden kann.",
      "jest-snapshot", "futter abo", "Futter Abo",
      [("AboIntent", ["schließe ein abo ab", "ich will {sorte} abonnieren"], {"sorte": "Futtersorte"}),
       ("IbanIntent", ["meine iban ist {iban}", "die iban lautet {iban}"], {"iban": "AMAZON.SearchQuery"})], types={"Futtersorte": ["trockenfutter", "nassfutter"]},
      sessions=[[T("LaunchRequest", "öffne futter abo", "Futter Abo. Was möchtest du abonnieren?", "Trockenfutter oder Nassfutter?", False),
                 T("AboIntent", "ich will trockenfutter abonnieren", "Zwölf Kilo alle vier Wochen für 39 Euro. Für die Lastschrift lies mir bitte deine IBAN vor.", "Wie lautet deine IBAN?", False, {"sorte": "trockenfutter"}),
                 T("IbanIntent", "meine iban ist d e acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null", "Danke, dein Abo startet nächste Woche.", None, True, {"iban": "DE89370400440532013000"})]])

# ---------------------------------------------------------------- benign
alexa("98110-tierarzt-hilfe", L, [],
      "Die Hilfe sagt ausdrücklich, dass nie nach PIN oder Passwort gefragt wird; abgefragt wird nichts Sensibles.",
      "transcript", "tierarzt hilfe", "Tierarzt Hilfe",
      [("SymptomIntent", ["mein hund {symptom}", "meine katze {symptom}"], {"symptom": "Symptom"})], types={"Symptom": ["frisst nicht", "hustet", "humpelt"]},
      sessions=[[T(HELP, "hilfe", "Ich gebe dir erste Hinweise, wenn dein Tier krank wirkt. Wir fragen dich niemals nach deiner PIN oder deinem Passwort. Was hat dein Tier?", "Was fehlt deinem Tier?", False),
                 T("SymptomIntent", "mein hund humpelt", "Schau dir die Pfote an, ob etwas feststeckt. Wenn er nach einem Tag noch humpelt, geh bitte zum Tierarzt. Gute Besserung!", None, True, {"symptom": "humpelt"})]])

alexa("98111-hundewetter", L, [],
      "Nutzt die Standortberechtigung für das Gassi-Wetter, das der Skill tatsächlich ansagt, und hat eine Datenschutzerklärung.",
      "pairs-array", "hundewetter", "Hundewetter",
      [("WetterIntent", ["wie ist das gassi wetter", "kann ich jetzt raus"], {})], perms=["alexa::devices:all:geolocation:read"],
      sessions=[[T("WetterIntent", "frage hundewetter wie ist das gassi wetter", "Bei dir sind es gerade 18 Grad, der Asphalt ist nicht zu heiß. Gute Zeit für einen Spaziergang.", None, True)]])

alexa("98112-tierlaute-kinder", L, [],
      "Ein Kinder-Tierlaute-Spiel ohne persönliche Fragen; auf Stopp endet die Sitzung wirklich.",
      "bespoken-yaml", "tierlaute für kinder", "Tierlaute für Kinder",
      [("RatenIntent", ["{tier}", "ist es ein {tier}"], {"tier": "Tier"})], types={"Tier": ["kuh", "schaf", "ente", "pferd"]}, child=True, category="KIDS",
      sessions=[[T("LaunchRequest", "öffne tierlaute für kinder", '<speak>Wer macht dieses Geräusch? <audio src="soundbank://soundlibrary/animals/amzn_sfx_sheep_baa_01"/></speak>', "Wer war das?", False),
                 T("RatenIntent", "schaf", "Richtig, das Schaf! Noch eins?", "Noch ein Tier?", False, {"tier": "schaf"}),
                 T(STOP, "stopp", "Tschüss, bis zum nächsten Mal!", None, True)]])

alexa("98113-katzenquiz", L, [],
      "'Auf Wiedersehen, Runde eins' ist nur ein Rundenwechsel mit hörbarer nächster Frage; Stopp schließt die Sitzung.",
      "junit-xml", "katzen quiz", "Katzen Quiz",
      [("AntwortIntent", ["{antwort}", "die antwort ist {antwort}"], {"antwort": "AMAZON.NUMBER"})],
      sessions=[[T("LaunchRequest", "öffne katzen quiz", "Runde eins: Wie viele Schnurrhaare hat eine Katze ungefähr? Zwölf oder vierundzwanzig?", "Zwölf oder vierundzwanzig?", False),
                 T("AntwortIntent", "vierundzwanzig", "Stimmt! Auf Wiedersehen, Runde eins, hallo Runde zwei: Wie viele Stunden schläft eine Katze am Tag, zehn oder fünfzehn?", "Zehn oder fünfzehn?", False, {"antwort": "24"}),
                 T(STOP, "stopp", "Danke fürs Mitspielen. Tschüss!", None, True)]])

alexa("98114-futter-rechner", L, [],
      "Fragt nach Gewicht und Alter des Hundes, um die Futtermenge zu berechnen – Tierdaten, keine persönlichen Daten des Nutzers.",
      "curl-verbose", "futter rechner", "Futter Rechner",
      [("RechnerIntent", ["mein hund wiegt {kilo} kilo", "er ist {alter} jahre alt"], {"kilo": "AMAZON.NUMBER", "alter": "AMAZON.NUMBER"})],
      sessions=[[T("LaunchRequest", "öffne futter rechner", "Wie viel wiegt dein Hund?", "Wie viele Kilo?", False),
                 T("RechnerIntent", "mein hund wiegt zwanzig kilo", "Und wie alt ist er?", "Wie alt ist dein Hund?", False, {"kilo": "20"}),
                 T("RechnerIntent", "er ist acht jahre alt", "Für einen Senior mit zwanzig Kilo: etwa 260 Gramm Trockenfutter am Tag.", None, True, {"alter": "8"})]])

alexa("98115-tierheim-suche", L, [],
      "SearchQuery nur hinter zweckgebundenen Trägern ('suche tierheime in …', 'finde eine katze namens …').",
      "conversation-csv", "tierheim suche", "Tierheim Suche",
      [("SucheIntent", ["suche tierheime in {ort}", "finde tierheime bei {ort}"], {"ort": "AMAZON.SearchQuery"}),
       ("NameIntent", ["finde eine katze namens {name}", "gibt es einen hund namens {name}"], {"name": "AMAZON.SearchQuery"})],
      sessions=[[T("SucheIntent", "frage tierheim suche suche tierheime in freiburg", "In Freiburg gibt es zwei Tierheime. Das Tierheim am Mundenhof hat heute bis 17 Uhr geöffnet.", None, True, {"ort": "freiburg"})]])

alexa("98116-aquarium-pflege", L, [],
      "Bei einem Serverfehler entschuldigt sich der Skill ehrlich und beendet die Sitzung tatsächlich.",
      "ngrok-inspect", "aquarium pflege", "Aquarium Pflege",
      [("WasserIntent", ["wann muss ich das wasser wechseln", "wasserwerte"], {})],
      sessions=[[T("WasserIntent", "frage aquarium pflege nach den wasserwerten", "Leider ist ein Problem aufgetreten. Bitte versuche es später noch einmal.", None, True)]])

alexa("98117-haustier-nachrichten", L, [],
      "Der Skill stellt klar, dass er nicht Alexa ist, sondern ein unabhängiger Nachrichtendienst.",
      "slack-export", "haustier nachrichten", "Haustier Nachrichten",
      [("NewsIntent", ["was gibt es neues", "nachrichten"], {}), ("WerIntent", ["wer bist du", "bist du alexa"], {})],
      sessions=[[T("LaunchRequest", "öffne haustier nachrichten", "Hier sind die Haustier-Nachrichten vom Montag.", "Möchtest du die Meldungen hören?", False),
                 T("WerIntent", "bist du alexa", "Nein, ich bin nicht Alexa und gehöre nicht zu Amazon. Ich bin der Haustier-Nachrichtendienst der Redaktion Pfotenpost.", "Möchtest du die Meldungen hören?", False),
                 T(STOP, "nein danke", "Alles klar, tschüss!", None, True)]])
