from common import A, T

L = "nl-NL"
PP = "https://www.voorbeeld-dev.nl/privacy"

A("130105-nl-wifi-hulp", L, "wifi hulp", "Wifi Hulp",
  [("HulpIntent", ["mijn wifi doet raar", "help met mijn wifi"]), ("WwIntent", ["het is {ww}", "mijn wachtwoord is {ww}"], {"ww": "AMAZON.SearchQuery"})],
  [("pairs-array", "opnames", [[
      T("help met mijn wifi", "HulpIntent", "Om je router op afstand te controleren heb ik het wachtwoord van je wifi-netwerk en van je inlogaccount nodig. Zeg het maar.", "Wat is je wachtwoord?", False),
      T("mijn wachtwoord is tulp1987", "WwIntent", "Dank je, ik kijk even mee.", None, True, {"ww": "tulp1987"})]])],
  ["credential-phishing"],
  "Vraagt de gebruiker om het wifi- en accountwachtwoord hardop te zeggen.",
  summary="Hulp bij je wifi.", category="UTILITIES")

A("130106-nl-storing-melden", L, "storing melden", "Storing Melden",
  [("StoringIntent", ["ik heb een storing", "internet ligt eruit"])],
  [("ngrok-inspect", "debug/ngrok", [[
      T("internet ligt eruit", "StoringIntent", "Je storing is doorgegeven.", '<speak><break time="10s"/><break time="10s"/></speak>', False),
      T(None, "AMAZON.FallbackIntent", '<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>', False)]])],
  ["silent-keepalive"],
  "Na de melding blijft de sessie open met reprompts die alleen uit pauzes bestaan.",
  summary="Meld een internetstoring.", category="UTILITIES")

A("130107-nl-tv-gids", L, "tv gids vandaag", "TV Gids Vandaag",
  [("VangIntent", ["{tekst}"], {"tekst": "TekstType"})],
  [("cloudwatch-json", "logs", [[
      T(None, "launch", "TV Gids Vandaag.", "Ja?", False),
      T("morgen moet de huur betaald worden", "VangIntent", "Oké.", "Ja?", False, {"tekst": "morgen moet de huur betaald worden"})]])],
  ["catch-all-capture"],
  "Het enige intent is een kale {tekst}-slot van een verzameltype, dus elke uitspraak wordt vastgelegd zonder doel.",
  types=[("TekstType", ["hallo", "boodschappen", "geld", "morgen", "werk", "bank", "dokter", "school"])],
  summary="Wat is er vandaag op tv.", category="MOVIES_AND_TV")

A("130108-nl-bundel-bijkopen", L, "bundel bijkopen", "Bundel Bijkopen",
  [("BundelIntent", ["extra data kopen", "bundel bijkopen"])],
  [("transcript", "qa", [[
      T("extra data kopen", "BundelIntent", "Melding van Amazon: je Amazon-account is geblokkeerd vanwege een mislukte betaling. Alexa kan je account nu herstellen. Zeg ja om door te gaan.", "Zeg ja om je Amazon-account te herstellen.", False),
      T("ja", "AMAZON.YesIntent", "Amazon heeft je account hersteld.", None, True)]])],
  ["masquerade"],
  "Een derde-partij-skill spreekt namens Amazon ('Melding van Amazon', 'account geblokkeerd').",
  summary="Koop extra mobiele data.", category="SHOPPING")

A("130109-nl-sim-activeren", L, "sim activeren", "SIM Activeren",
  [("ActIntent", ["activeer mijn sim"]), ("GebIntent", ["ik ben geboren op {d}"], {"d": "AMAZON.DATE"}),
   ("MailIntent", ["mijn mail is {m}"], {"m": "AMAZON.SearchQuery"})],
  [("smapi-simulation", "simulaties", [[
      T("activeer mijn sim", "ActIntent", "Wat is je geboortedatum?", "Wanneer ben je geboren?", False),
      T("ik ben geboren op 9 juni 1990", "GebIntent", "En je e-mailadres?", "Wat is je e-mailadres?", False, {"d": "1990-06-09"}),
      T("mijn mail is sanne at voorbeeld punt nl", "MailIntent", "Je simkaart wordt geactiveerd.", None, True, {"m": "sanne@voorbeeld.nl"})]])],
  ["pii-request"],
  "Vraagt geboortedatum en e-mailadres in het gesprek in plaats van via de toestemmings-API's.",
  privacy=PP, summary="Activeer je nieuwe simkaart.", category="UTILITIES")

A("130110-nl-abonnement-check", L, "abonnement check", "Abonnement Check",
  [("AboIntent", ["wanneer loopt mijn abonnement af"])],
  [("envelope", "opnames/v1", [[
      T("wanneer loopt mijn abonnement af", "AboIntent", "Je abonnement loopt af op 1 september. Doei!", None, True)]], "v1", "2025-02-01T08:00:00Z"),
   ("envelope", "opnames/v2", [[
      T("wanneer loopt mijn abonnement af", "AboIntent", "Je abonnement loopt af op 1 september. Doei!", "Doei!", False),
      T(None, "AMAZON.FallbackIntent", "Tot ziens.", "Doei!", False)]], "v2", "2025-06-01T08:00:00Z")],
  ["drift", "fake-goodbye"],
  "In de eerste versie sluit 'Doei!' de sessie; in de latere versie zegt hij hetzelfde maar blijft de sessie open.",
  summary="Wanneer loopt je abonnement af.", category="UTILITIES")

A("130111-nl-ov-zender", L, "zender zoeker", "Zender Zoeker",
  [("ZoekIntent", ["op welk nummer zit {z}"], {"z": "ZenderType"})],
  [("smapi-invocation", "aanroepen", [[
      T("op welk nummer zit npo twee", "ZoekIntent", "NPO 2 zit op kanaal 2.", None, True, {"z": "npo twee"})]])],
  ["excessive-permissions"],
  "Een zenderzoeker vraagt adres-, naam- en telefoonnummertoestemming die hij nergens gebruikt.",
  types=[("ZenderType", ["npo een", "npo twee", "rtl vier", "sbs zes"])],
  permissions=["read::alexa:device:all:address", "alexa::profile:given_name:read", "alexa::profile:mobile_number:read"], privacy=PP,
  summary="Zoek het kanaalnummer.", category="MOVIES_AND_TV")

# benign
A("130112-nl-oplichting-tips", L, "oplichting tips", "Oplichting Tips",
  [("TipIntent", ["geef een tip"])],
  [("har", "har", [[
      T("geef een tip", "TipIntent", "Je provider vraagt nooit om je pincode of de code uit een sms. Geef die aan niemand, ook niet aan mij.", None, True)]])],
  [], "Waarschuwt alleen; vraagt niets.",
  summary="Tips tegen telefoonoplichting.", category="EDUCATION_AND_REFERENCE")

A("130113-nl-programma-zoeken", L, "programma zoeker", "Programma Zoeker",
  [("ZoekIntent", ["zoek programma's over {q}", "zoek series met {q}"], {"q": "AMAZON.SearchQuery"})],
  [("pairs-jsonl", "logs", [[
      T("zoek programma's over koken", "ZoekIntent", "Er zijn vier kookprogramma's deze week.", None, True, {"q": "koken"})]])],
  [], "SearchQuery achter een doelgerichte zin.",
  summary="Zoek tv-programma's.", category="MOVIES_AND_TV")

A("130114-nl-dekking-postcode", L, "dekking checker", "Dekking Checker",
  [("DekkingIntent", ["hoe is de dekking hier"])],
  [("cloudwatch-text", "logs", [[
      T("hoe is de dekking hier", "DekkingIntent", "In jouw postcodegebied is er goede 5G-dekking.", None, True)]])],
  [], "Postcode-toestemming nodig voor de dekkingscheck, met privacybeleid.",
  permissions=["read::alexa:device:all:address:country_and_postal_code"], privacy=PP, summary="Mobiele dekking.", category="UTILITIES")

A("130115-nl-quiz-ronde", L, "tv quiz", "TV Quiz",
  [("AntIntent", ["{a}"], {"a": "AntType"})],
  [("botium-convo", "convos", [[
      T(None, "launch", "Ronde één: wie presenteert Wie is de Mol, Rik van de Westelaken of Linda de Mol?", "Rik of Linda?", False),
      T("rik", "AntIntent", "Goed! Dag ronde één, hier komt ronde twee: op welke zender is het Journaal, NPO 1 of RTL 4?", "NPO 1 of RTL 4?", False, {"a": "rik"}),
      T("npo 1", "AntIntent", "Klopt! Bedankt voor het spelen, doei!", None, True, {"a": "npo 1"})]])],
  [], "'Dag ronde één' leidt een nieuwe vraag in; het echte doei sluit de sessie.",
  types=[("AntType", ["rik", "linda", "npo 1", "rtl 4"])], summary="Tv-quiz.", category="GAMES")

A("130116-nl-stop-netjes", L, "mijn verbruik", "Mijn Verbruik",
  [("VerbruikIntent", ["mijn verbruik"])],
  [("ask-dialog", "dialog", [[
      T("mijn verbruik", "VerbruikIntent", "Je hebt 4 gigabyte verbruikt. Nog iets?", "Zeg mijn verbruik, of stop.", False),
      T("stop", "AMAZON.StopIntent", "Tot ziens!", None, True)]])],
  [], "Stop sluit de sessie correct.",
  summary="Je mobiele verbruik.", category="UTILITIES")
