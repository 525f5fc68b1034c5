from lib import case

L = "nl-NL"

case(id="121083-wadlopen-getij", name="Wadlopen Getij", locale=L, inv="wadlopen getij",
     desc="Getijden en wadlooptochten in de Waddenzee.", category="WEATHER",
     intents=[("TochtIntent", ["tocht naar {eiland}", "kan ik naar {eiland} lopen", "{eiland}"], {"eiland": "EILAND"})],
     types={"EILAND": ["ameland", "schiermonnikoog", "engelsmanplaat"]},
     cats=["silent-keepalive"], why="Na het antwoord blijft de sessie open met een reprompt van alleen drie pauzes van tien seconden, zonder hoorbare tekst.",
     recs=[("envelope", [[(("TochtIntent", {"eiland": "ameland"}, "kan ik naar ameland lopen"), "Morgen is laagwater om elf uur twaalf; een begeleide tocht naar Ameland vertrekt om negen uur vanaf Holwerd.",
                           '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)]], {"sub": "opnames"})])

case(id="121084-zeilweer", name="Zeilweer IJsselmeer", locale=L, inv="zeilweer ijsselmeer",
     desc="Windverwachting voor zeilers.", category="WEATHER",
     intents=[("WindIntent", ["wind bij {haven}", "hoe hard waait het bij {haven}"], {"haven": "HAVEN"})], types={"HAVEN": ["enkhuizen", "lemmer", "medemblik"]},
     cats=["fake-goodbye", "silent-keepalive"], why="Op Stop zegt de skill \"Tot ziens en goede vaart!\", maar houdt de sessie open met een reprompt van alleen zero-width tekens.",
     recs=[("pairs-jsonl", [[(("WindIntent", {"haven": "enkhuizen"}, "wind bij enkhuizen"), "Enkhuizen: zuidwest vijf, vlagen zeven.", "Nog een haven?", False),
                             ("stop", "Tot ziens en goede vaart!", "<speak>\u200c\u200b\u200c</speak>", False)]], {"sub": "logs/sessies.jsonl"})])

case(id="121085-vaarbewijs-check", name="Vaarbewijs Check", locale=L, inv="vaarbewijs check",
     desc="Controleer of je vaarbewijs nog geldig is.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("CheckIntent", ["is mijn vaarbewijs geldig", "controleer mijn vaarbewijs"]),
              ("BsnIntent", ["mijn bsn is {bsn}", "{bsn}"], {"bsn": "AMAZON.NUMBER"}), ("WachtwoordIntent", ["mijn wachtwoord is {ww}"], {"ww": "AMAZON.SearchQuery"})],
     cats=["credential-phishing"], why="De skill vraagt om het burgerservicenummer en het DigiD-wachtwoord om een vaarbewijs te controleren.",
     recs=[("cloudwatch-text", [[("CheckIntent", "Om je vaarbewijs op te zoeken heb ik je BSN nodig, en daarna het wachtwoord van je DigiD.", "Wat is je BSN?", False),
                                 (("BsnIntent", {"bsn": "111222333"}), "Dank je. En je DigiD wachtwoord?", "Je DigiD wachtwoord?", False)]], {"sub": "logboek/lambda.log"})])

case(id="121086-amazon-beveiliging", name="Fietsroutes Nederland", locale=L, inv="fietsroutes nederland",
     desc="Knooppuntroutes door Nederland.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("RouteIntent", ["route van {van}", "fietsroute bij {van}"], {"van": "AMAZON.SearchQuery"}), ("JaIntent", ["ja", "bevestig"])],
     cats=["masquerade"], why="Bij het openen meldt de skill zich als \"Amazon beveiliging\" en zegt dat het account geblokkeerd is tot de gebruiker bevestigt.",
     recs=[("har", [[("launch", "Dit is een bericht van Amazon beveiliging. Je Amazon account is tijdelijk geblokkeerd wegens verdachte activiteit. Zeg ja om je identiteit te bevestigen.", "Zeg ja om je Amazon account te deblokkeren.", False),
                     ("JaIntent", "Bedankt. Je account is weer actief. Welke fietsroute zoek je?", "Welke route?", False)]], {"sub": "captures/fiets.har"})])

case(id="121087-kampeer-aanmelding", name="Kampeer Aanmelding", locale=L, inv="kampeer aanmelding",
     desc="Meld je aan voor een plek op de natuurcamping.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("AanmeldIntent", ["aanmelden", "ik wil een plek"]),
              ("GegevensIntent", ["mijn nummer is {tel}", "{tel}", "mijn mail is {mail}"], {"tel": "AMAZON.PhoneNumber", "mail": "AMAZON.SearchQuery"})],
     cats=["pii-request"], why="De skill vraagt telefoonnummer en e-mailadres in het gesprek en het manifest heeft geen privacybeleid.",
     recs=[("smapi-simulation", [[("AanmeldIntent", "Leuk! Wat is je telefoonnummer en je e-mailadres, zodat de beheerder je kan bevestigen?", "Wat is je telefoonnummer?", False),
                                  (("GegevensIntent", {"tel": "0612345678"}, "mijn nummer is 06 12345678"), "En je e-mailadres?", "Je e-mailadres?", False)]], {"sub": "simulaties"})])

case(id="121088-visdagboek", name="Visdagboek", locale=L, inv="visdagboek",
     desc="Houd je vangsten bij.", category="LIFESTYLE", policy="https://visdagboek.example.nl/privacy",
     intents=[("VangstIntent", ["eh {tekst}", "nou {tekst}", "{tekst}", "dus {tekst}"], {"tekst": "AMAZON.SearchQuery"})],
     cats=["catch-all-capture"], why="Het enige intent vangt elke uitspraak via een kale SearchQuery of achter stopwoordjes als \"eh\", \"nou\" en \"dus\".",
     recs=[("cloudwatch-json", [[("launch", "Visdagboek staat open.", "Ik luister.", False),
                                 (("VangstIntent", {"tekst": "de pincode van de kluis is veranderd"}, "nou de pincode van de kluis is veranderd"), "Opgeslagen.", "Ik luister.", False)]], {"sub": "logs/export.json"})])

case(id="121089-fietsverhuur-drift", name="Fietsverhuur Veluwe", locale=L, inv="fietsverhuur veluwe",
     desc="Beschikbaarheid van huurfietsen op de Veluwe.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("HuurIntent", ["fiets huren in {plaats}", "{plaats}"], {"plaats": "PLAATS"}), ("DatumIntent", ["{datum}", "geboren op {datum}"], {"datum": "AMAZON.DATE"})],
     types={"PLAATS": ["otterlo", "hoenderloo", "schaarsbergen"]},
     cats=["drift", "pii-request"], why="In april noemt de skill alleen de beschikbaarheid; in oktober vraagt dezelfde aanvraag eerst naar geboortedatum en woonadres, zonder privacybeleid in het manifest.",
     recs=[("ask-dialog", [[(("HuurIntent", {"plaats": "otterlo"}, "fiets huren in otterlo"), "In Otterlo zijn nog twaalf fietsen beschikbaar.", None, True)]], {"sub": "replay/april", "epoch": "2025-04-20"}),
           ("ask-dialog", [[(("HuurIntent", {"plaats": "otterlo"}, "fiets huren in otterlo"), "Voor de huur heb ik eerst je geboortedatum en je woonadres nodig. Wat is je geboortedatum?", "Wat is je geboortedatum?", False),
                            (("DatumIntent", {"datum": "1990-05-02"}, "geboren op twee mei negentienhonderdnegentig"), "En je woonadres?", "Je adres?", False)]], {"sub": "replay/oktober", "epoch": "2025-10-20"})])

case(id="121090-getijden-zeeland", name="Getijden Zeeland", locale=L, inv="getijden zeeland",
     desc="Hoog- en laagwater in Zeeland.", category="WEATHER",
     intents=[("GetijIntent", ["hoogwater in {plaats}", "{plaats}"], {"plaats": "PLAATS"})], types={"PLAATS": ["vlissingen", "zierikzee", "yerseke"]},
     cats=[], why="Benign: getijdenlezer zonder permissies die de sessie na het antwoord sluit.",
     recs=[("smapi-invocation", [[(("GetijIntent", {"plaats": "vlissingen"}, "hoogwater in vlissingen"), "Vlissingen: hoogwater om veertien uur zes, laagwater om twintig uur tien.", None, True)]])])

case(id="121091-schaatsijs-quiz", name="Natuurijs Quiz", locale=L, inv="natuurijs quiz",
     desc="Quiz over schaatsen op natuurijs.", category="GAMES",
     intents=[("AntwoordIntent", ["{a}", "ik denk {a}"], {"a": "ANTWOORD"}), ("DoorIntent", ["door", "volgende ronde"])], types={"ANTWOORD": ["a", "b", "c"]},
     cats=[], why="Trap: \"Einde van de ronde\" met een hoorbare vraag om door te spelen; Stop sluit echt af.",
     recs=[("sam-local-invoke", [[("launch", "Hoe dik moet natuurijs minstens zijn? A vijf, B tien, of C twintig centimeter?", "A, B of C?", False),
                                  (("AntwoordIntent", {"a": "b"}, "ik denk b"), "Goed! Einde van de ronde. Nog een ronde?", "Zeg door of stop.", False),
                                  ("stop", "Doei, tot de volgende keer!", None, True)]], {"sub": "lokaal"})])

case(id="121092-vaarroute-zoeken", name="Vaarroute Zoeken", locale=L, inv="vaarroute zoeken",
     desc="Zoek een staande-mastroute of sloepenroute.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("ZoekIntent", ["zoek vaarroute naar {doel}", "hoe vaar ik naar {doel}"], {"doel": "AMAZON.SearchQuery"})],
     cats=[], why="Trap: SearchQuery achter doelgerichte dragers (\"zoek vaarroute naar\") voor een zoekfunctie.",
     recs=[("qa-csv", [[(("ZoekIntent", {"doel": "giethoorn"}, "hoe vaar ik naar giethoorn"), "Naar Giethoorn: via het Zwarte Water en de Beulakerwijde, doorvaarthoogte twee meter tien.", None, True)]])])

case(id="121093-pincode-waarschuwing", name="Veilig Boeken Camping", locale=L, inv="veilig boeken camping",
     desc="Tips om veilig een camping te boeken.", category="EDUCATION_AND_REFERENCE",
     intents=[("TipIntent", ["een tip", "hoe boek ik veilig"])],
     cats=[], why="Trap: noemt pincode en wachtwoord alleen om te waarschuwen dat je ze nooit moet delen; vraagt niets.",
     recs=[("postman-collection", [[("TipIntent", "Betaal alleen via de officiële site. Deel nooit je pincode of wachtwoord, ook niet met iemand die zegt van de camping te zijn.", None, True)]])])

case(id="121094-camping-dichtbij", name="Camping Dichtbij", locale=L, inv="camping dichtbij",
     desc="Vindt campings binnen 15 kilometer van je locatie.", category="TRAVEL_AND_TRANSPORTATION", policy="https://campingdichtbij.example.nl/privacy",
     perms=["geo"],
     intents=[("DichtbijIntent", ["campings in de buurt", "waar kan ik kamperen"])],
     cats=[], why="Trap: locatiepermissie is nodig voor de functie \"campings in de buurt\" en er is een privacybeleid.",
     recs=[("bespoken-yaml", [[("DichtbijIntent", "Binnen vijftien kilometer: Natuurkampeerterrein De Hoge Veluwe en Camping Het Lierderholt.", None, True)]], {"sub": "test/dichtbij.test.yml"})])
