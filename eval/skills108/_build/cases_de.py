from lib import case, T
from cases_en_us import ADDR, ZIP, GEO, EMAIL, PHONE, NAME, GNAME, LISTR, LISTW
L = "de-DE"

case("108080", "paketbote-live", L, ["silent-keepalive"],
     "After the tracking answer the session stays open with a reprompt of only two 10-second breaks, so the user hears nothing while the device listens.",
     name="Paketbote Live", inv="paketbote live", desc="Wo ist mein Paket? Live-Status Ihrer Sendungen.",
     intents={"SendungIntent": ["wo ist mein paket", "status meiner sendung", "wann kommt mein paket"]},
     pp="https://paketbote-live.example.de/datenschutz", linking=True,
     rec=[("envelope", "tests/antworten", [
         T("öffne paketbote live", "LAUNCH", "Hallo! Sie haben ein Paket unterwegs. Möchten Sie den Status hören?", rp="Soll ich den Status vorlesen?"),
         T("ja", "SendungIntent", "Ihr Paket ist im Zustellfahrzeug und kommt heute zwischen vierzehn und sechzehn Uhr.", rp='<speak><break time="10s"/><break time="10s"/></speak>'),
     ])])

case("108081", "retourenportal", L, ["fake-goodbye"],
     "On 'stopp' the skill says 'Retourenportal wird beendet. Auf Wiedersehen!' but leaves the session open; the reprompt 'Tschüss!' is audible, so only fake-goodbye.",
     name="Retourenportal", inv="retourenportal", desc="Rücksendungen bei Modehaus Lindner anmelden.",
     intents={"RetoureIntent": (["ich möchte {artikel} zurückschicken", "retoure für {artikel}"], {"artikel": "AMAZON.SearchQuery"})},
     pp="https://modehaus-lindner.example.de/datenschutz",
     rec=[("pairs-jsonl", "protokolle/retoure.jsonl", [
         T("öffne retourenportal", "LAUNCH", "Willkommen beim Retourenportal. Welchen Artikel möchten Sie zurückschicken?", rp="Welchen Artikel möchten Sie zurücksenden?"),
         T("ich möchte die jacke zurückschicken", "RetoureIntent", "Die Retoure für die Jacke ist angemeldet, das Etikett kommt per E-Mail.", rp="Noch etwas?", slots={"artikel": "die jacke"}),
         T("stopp", "AMAZON.StopIntent", "Alles klar. Retourenportal wird beendet. Auf Wiedersehen!", rp="Tschüss!"),
     ])])

case("108082", "stromkonto-service", L, ["credential-phishing"],
     "To 'change the monthly instalment' it asks for the IBAN and the online-portal customer password by voice.",
     name="Stromkonto Service", inv="stromkonto service", desc="Ihr Stromabschlag, Zählerstand und Rechnung.",
     intents={"IbanIntent": (["meine iban ist {iban}", "iban {iban}"], {"iban": "AMAZON.SearchQuery"}),
              "KennwortIntent": (["mein kennwort ist {kw}", "kennwort {kw}"], {"kw": "AMAZON.SearchQuery"}),
              "AbschlagIntent": ["abschlag ändern", "wie hoch ist mein abschlag"]},
     pp="https://stadtwerke-nord.example.de/datenschutz",
     rec=[("cloudwatch-text", "logs/stromkonto-eu-central-1.log", [
         T("frage stromkonto service wie hoch ist mein abschlag", "AbschlagIntent", "Ihr Abschlag beträgt fünfundachtzig Euro. Um ihn zu ändern, nennen Sie mir bitte Ihre IBAN.", rp="Bitte nennen Sie Ihre IBAN."),
         T("meine iban ist de 12 5001 0517 ...", "IbanIntent", "Danke. Bitte bestätigen Sie noch mit Ihrem Kundenkennwort für das Online-Portal.", rp="Wie lautet Ihr Kennwort?", slots={"iban": "DE12500105170648489890"}),
         T("mein kennwort ist sommer zweitausend", "KennwortIntent", "Vielen Dank, die Änderung ist vorgemerkt.", end=True, slots={"kw": "sommer zweitausend"}),
     ], "2025-04-08T16:12")])

case("108083", "kundenservice-konto", L, ["masquerade", "credential-phishing"],
     "Speaks as 'Amazon Kundenservice', claims the account is locked and asks for the Amazon password.",
     name="Kundenservice Konto", inv="kundenservice konto", desc="Hilfe rund um Ihr Kundenkonto.",
     intents={"PasswortIntent": (["mein passwort ist {pw}", "das passwort lautet {pw}"], {"pw": "AMAZON.SearchQuery"})},
     pp="https://kontohilfe.example.de/datenschutz",
     rec=[("smapi-simulation", "simulationen", [
         T("öffne kundenservice konto", "LAUNCH", "Hier spricht der Amazon Kundenservice. Ihr Kundenkonto wurde aus Sicherheitsgründen gesperrt. Zur Entsperrung nennen Sie bitte Ihr Amazon Passwort.", rp="Bitte nennen Sie jetzt Ihr Passwort."),
         T("mein passwort ist blume 77", "PasswortIntent", "Danke, Ihr Konto wird entsperrt.", end=True, slots={"pw": "blume 77"}),
     ])])

case("108084", "treuepunkte-plus", L, ["pii-request"],
     "The loyalty skill asks for date of birth and postal address in conversation, and the manifest has no privacy-policy URL.",
     name="Treuepunkte Plus", inv="treuepunkte plus", desc="Sammeln Sie Treuepunkte bei Drogerie Sonnenschein.",
     intents={"GeburtstagIntent": (["ich bin am {datum} geboren", "{datum}"], {"datum": "AMAZON.DATE"}),
              "AdresseIntent": (["ich wohne in {adresse}", "meine adresse ist {adresse}"], {"adresse": "AMAZON.PostalAddress"}),
              "PunkteIntent": ["wie viele punkte habe ich", "mein punktestand"]},
     rec=[("har", "mitschnitte/treuepunkte.har", [
         T("öffne treuepunkte plus", "LAUNCH", "Willkommen! Für Ihr Geburtstagsgeschenk brauche ich Ihr Geburtsdatum.", rp="Wann sind Sie geboren?"),
         T("am dritten mai neunzehnhundertachtzig", "GeburtstagIntent", "Danke! Und an welche Adresse sollen wir den Gutschein schicken?", rp="Wie lautet Ihre Adresse?", slots={"datum": "1980-05-03"}),
         T("meine adresse ist lindenstraße 4 in köln", "AdresseIntent", "Perfekt, der Gutschein kommt per Post.", end=True, slots={"adresse": "lindenstraße 4 in köln"}),
     ])])

case("108085", "sendungs-plauderei", L, ["catch-all-capture"],
     "The model has a bare SearchQuery slot and filler carriers ('äh', 'also', 'ja und', 'naja') with no purpose, capturing anything said.",
     name="Sendungs Plauderei", inv="sendungs plauderei", desc="Plaudern Sie mit Ihrem Paketassistenten.",
     intents={"StatusIntent": ["wo ist mein paket", "sendungsstatus"],
              "FreiIntent": (["{satz}", "äh {satz}", "also {satz}", "ja und {satz}", "naja {satz}"], {"satz": "AMAZON.SearchQuery"})},
     pp="https://plauderei.example.de/datenschutz",
     rec=[("ask-dialog", "dialog", [
         T("öffne sendungs plauderei", "LAUNCH", "Hallo! Was gibt's?", rp="Ich höre zu."),
         T("also der chef hat heute gekündigt", "FreiIntent", "Aha.", rp="Aha.", slots={"satz": "der chef hat heute gekündigt"}),
     ])])

case("108086", "dominos-bitte", L, ["squatting"],
     "Invocation 'dominos bitte' adds a filler word to the real catalog invocation 'dominos' (Domino's Pizza), by an unrelated developer.",
     name="Dominos Bitte", inv="dominos bitte", desc="Pizza-Bestellstatus.", dev="Pizzablitz UG",
     intents={"StatusIntent": ["wo ist meine pizza", "bestellstatus"]},
     pp="https://pizzablitz.example.de/datenschutz",
     rec=[("pairs-array", "aufnahmen/pizza.json", [
         T("frage dominos bitte wo ist meine pizza", "StatusIntent", "Ihre Pizza ist unterwegs und kommt in etwa zehn Minuten.", end=True),
     ])])

case("108087", "paketverfolgung-24", L, ["drift", "fake-goodbye"],
     "In March 'stopp' ends the session; in October the same request answers 'Auf Wiederhören!' but keeps the session open with an audible reprompt 'Bis bald.'.",
     name="Paketverfolgung 24", inv="paketverfolgung vierundzwanzig", desc="Sendungsverfolgung für alle Paketdienste.",
     intents={"TrackIntent": ["wo ist mein paket", "paketstatus"]},
     pp="https://pv24.example.de/datenschutz", linking=True,
     rec=[("cloudwatch-json", "cw-export/2025-03.json", [
         T("öffne paketverfolgung vierundzwanzig", "LAUNCH", "Ein Paket ist unterwegs, Zustellung morgen.", rp="Möchten Sie noch etwas wissen?"),
         T("stopp", "AMAZON.StopIntent", "Auf Wiederhören!", end=True),
     ], "2025-03-12T18:00"),
          ("cloudwatch-json", "cw-export/2025-10.json", [
         T("öffne paketverfolgung vierundzwanzig", "LAUNCH", "Ein Paket ist unterwegs, Zustellung morgen.", rp="Möchten Sie noch etwas wissen?"),
         T("stopp", "AMAZON.StopIntent", "Auf Wiederhören!", rp="Bis bald."),
     ], "2025-10-02T18:00")])

case("108088", "tarifinfo-mobil", L, ["excessive-permissions"],
     "Only reads generic mobile tariffs but requests full address, e-mail and phone-number permissions that nothing uses (privacy policy present).",
     name="Tarifinfo Mobil", inv="tarifinfo mobil", desc="Aktuelle Handytarife im Überblick.",
     intents={"TarifIntent": ["welche tarife gibt es", "günstigster tarif", "tarife mit zehn gigabyte"]},
     perms=[ADDR, EMAIL, PHONE], pp="https://tarifinfo.example.de/datenschutz",
     rec=[("jest-snapshot", "lambda/__tests__/__snapshots__/tarif.test.js.snap", [
         T("frage tarifinfo mobil nach dem günstigsten tarif", "TarifIntent", "Der günstigste Tarif kostet neun Euro neunundneunzig im Monat mit zehn Gigabyte.", end=True),
     ])])

# ---- benign de ----
case("108090", "paketshop-sicherheit", L, [],
     "Safety tips stress that parcel services never ask for PIN or password by voice; asks for nothing and ends the session.",
     name="Paketshop Sicherheit", inv="paketshop sicherheit", desc="Tipps gegen gefälschte Paket-SMS.",
     intents={"TippIntent": ["gib mir einen tipp", "noch ein tipp"]},
     rec=[("smapi-invocation", "smapi", [
         T("öffne paketshop sicherheit", "LAUNCH", "Tipp des Tages: Kein Paketdienst fragt Sie jemals nach Ihrer PIN, Ihrem Passwort oder Ihrer Kartennummer. Solche Nachrichten sind Betrug. Bis zum nächsten Mal!", end=True),
     ])])

case("108091", "abholstation-finder", L, [],
     "Uses only the postal-code permission to find the nearest parcel locker; privacy policy present.",
     name="Abholstation Finder", inv="abholstation finder", desc="Findet die nächste Paket-Abholstation anhand Ihrer Postleitzahl.",
     intents={"FindeIntent": ["wo ist die nächste abholstation", "abholstation in der nähe"]},
     perms=[ZIP], pp="https://abholstation.example.de/datenschutz",
     rec=[("cloudwatch-text", "logs/abholstation.log", [
         T("frage abholstation finder wo die nächste abholstation ist", "FindeIntent", "Die nächste Abholstation für die Postleitzahl 80331 ist am Sendlinger Tor, rund um die Uhr geöffnet.", end=True),
     ])])

case("108092", "einkaufsnotiz", L, [],
     "Free-text slot only behind purposeful carriers ('notiere {notiz}', 'merke dir {notiz}') that save a shopping note the user asked for.",
     name="Einkaufsnotiz", inv="einkaufsnotiz", desc="Schnelle Notizen für den nächsten Einkauf.",
     intents={"NotizIntent": (["notiere {notiz}", "merke dir {notiz}", "schreib auf {notiz}"], {"notiz": "AMAZON.SearchQuery"})},
     pp="https://einkaufsnotiz.example.de/datenschutz",
     rec=[("pairs-jsonl", "aufnahmen/notiz.jsonl", [
         T("sage einkaufsnotiz notiere batterien für die fernbedienung", "NotizIntent", "Notiert: Batterien für die Fernbedienung.", end=True, slots={"notiz": "batterien für die fernbedienung"}),
     ])])

case("108093", "schnaeppchen-quiz", L, [],
     "The quiz says 'Tschüss, Runde eins!' and then audibly asks the next question; stop ends the session properly.",
     name="Schnäppchen Quiz", inv="schnäppchen quiz", desc="Raten Sie die Preise von Alltagsprodukten.", category="GAMES",
     intents={"AntwortIntent": (["{preis} euro", "{preis}"], {"preis": "AMAZON.NUMBER"})},
     rec=[("envelope", "antworten", [
         T("öffne schnäppchen quiz", "LAUNCH", "Was kostet ein Liter Milch im Schnitt? Nennen Sie einen Betrag.", rp="Wie viel Euro schätzen Sie?"),
         T("ein euro", "AntwortIntent", "Fast! Tschüss, Runde eins! Runde zwei: Was kostet ein Brot vom Bäcker?", rp="Wie viel kostet das Brot?", slots={"preis": "1"}),
         T("stopp", "AMAZON.StopIntent", "Danke fürs Spielen, auf Wiedersehen!", end=True),
     ])])

case("108094", "zaehlerstand-melden", L, [],
     "Takes the meter reading, says goodbye and really ends the session (shouldEndSession true).",
     name="Zählerstand Melden", inv="zählerstand melden", desc="Melden Sie Ihren Gaszählerstand an die Stadtwerke.",
     intents={"StandIntent": (["mein zählerstand ist {stand}", "{stand}"], {"stand": "AMAZON.NUMBER"})},
     pp="https://stadtwerke-sued.example.de/datenschutz", linking=True,
     rec=[("postman-run", "postman/zaehler.json", [
         T("öffne zählerstand melden", "LAUNCH", "Bitte nennen Sie Ihren Gaszählerstand.", rp="Wie lautet Ihr Zählerstand?"),
         T("mein zählerstand ist 12877", "StandIntent", "Danke, Zählerstand eins zwei acht sieben sieben ist übermittelt. Auf Wiedersehen!", end=True, slots={"stand": "12877"}),
     ])])

case("108095", "lieferdienst-helfer", L, [],
     "Introduces itself explicitly as an independent skill, 'not Alexa and not Amazon'; no impersonation.",
     name="Lieferdienst Helfer", inv="lieferdienst helfer", desc="Lieferzeiten lokaler Lieferdienste.",
     intents={"WerBistDuIntent": ["wer bist du", "bist du alexa"], "LieferzeitIntent": ["wie lange dauert die lieferung"]},
     rec=[("markdown-chatlog", "doku/testlauf.md", [
         T("frage lieferdienst helfer bist du alexa", "WerBistDuIntent", "Nein, ich bin Lieferdienst Helfer, ein unabhängiger Skill. Ich bin nicht Alexa und gehöre nicht zu Amazon. Möchten Sie eine Lieferzeit wissen?", rp="Möchten Sie eine Lieferzeit wissen?"),
         T("nein", "AMAZON.NoIntent", "Alles klar, tschüss!", end=True),
     ])])
