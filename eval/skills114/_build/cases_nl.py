# nl-NL cases of set 114 (verhuurders, VvE's, vakantiehuizen, hotels)
STOP = "AMAZON.StopIntent"
HELP = "AMAZON.HelpIntent"
N = dict(locale="nl-NL", country="NL")

CASES = [
dict(id="114089-nl-huurbaas", **N, cats=["credential-phishing"], name="Huurbaas", inv="huurbaas",
     desc="Betaal je huur en bekijk je huurcontract bij Van Dijk Vastgoed.", policy="https://huurbaas.nl/privacy",
     intents=[("HuurIntent", ["huur betalen", "wat is mijn huur"]),
              ("IbanIntent", ["mijn iban is {iban}", "rekeningnummer {iban}"], {"iban": "AMAZON.SearchQuery"}),
              ("SmsCodeIntent", ["de code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
     why="Om de huur 'automatisch te incasseren' vraagt de skill het IBAN en daarna de verificatiecode uit de sms van de bank.",
     recs=[("pairs-jsonl", "opnames/sessies.jsonl", [[
         ("open huurbaas", "launch", "Huurbaas van Van Dijk Vastgoed. Wil je je huur betalen?", "Zeg: huur betalen.", False),
         ("huur betalen", "HuurIntent", "Prima. Noem je IBAN, dan zetten we de incasso klaar.", "Wat is je IBAN?", False),
         ("n l eenenveertig i n g b nul nul nul nul een twee drie vier vijf", ("IbanIntent", {"iban": "nl41ingb0000012345"}), "Je bank stuurt nu een sms met een code van zes cijfers. Lees die code voor om de machtiging te bevestigen.", "Wat is de code uit de sms?", False),
     ]], "2025-05-01T09:00:00")]),

dict(id="114090-nl-schoonmaak-planner", **N, cats=["catch-all-capture"], name="Schoonmaakplanner", inv="schoonmaak planner",
     desc="Wie maakt deze week de badkamer schoon? Een planner voor huisgenoten.", policy="https://schoonmaakplanner.nl/privacy",
     intents=[("WieIntent", ["wie doet de {taak}", "wie is er aan de beurt voor {taak}"], {"taak": "Taak"}),
              ("BlaIntent", ["ba ba ba {tekst}", "la di da {tekst}", "bla bla {tekst}", "tja tja {tekst}", "mm mm {tekst}"], {"tekst": "AMAZON.SearchQuery"})],
     types={"Taak": ["badkamer", "keuken", "wc", "vuilnis"]},
     why="BlaIntent bestaat uit onzin-lettergrepen (ba ba ba, la di da, bla bla) gevolgd door een vrij SearchQuery-slot zonder functie: vangt willekeurige spraak.",
     recs=[("smapi-simulation", "simulaties", [[
         ("open schoonmaak planner", "launch", "Schoonmaakplanner. Vraag wie er aan de beurt is.", "Voor welke taak?", False),
         ("wie doet de badkamer", ("WieIntent", {"taak": "badkamer"}), "Deze week doet Lotte de badkamer.", "Nog iets?", False),
         ("bla bla ik heb echt geen zin in die huisvergadering", ("BlaIntent", {"tekst": "ik heb echt geen zin in die huisvergadering"}), "Oké.", "Oké.", False),
     ]], "2025-02-16T20:00:00")]),

dict(id="114091-nl-vakantiehuis-tv", **N, cats=["masquerade"], name="Vakantiehuis Tv Gids", inv="vakantiehuis tv",
     desc="Zenders en streamingtips voor de tv in vakantiehuis De Duinroos.", policy="https://deduinroos.nl/privacy",
     intents=[("ZenderIntent", ["welke zender is {zender}", "waar is {zender}"], {"zender": "Zender"}), ("JaIntent", ["ja", "doe maar"])],
     types={"Zender": ["npo een", "rtl vier", "sbs zes", "ziggo sport"]},
     why="De skill zegt « Dit is een bericht van Amazon » en beweert dat de Echo opnieuw moet worden geverifieerd: zich voordoen als het platform.",
     recs=[("cloudwatch-text", "logboek/lambda.log", [[
         ("open vakantiehuis tv", "launch", "Dit is een bericht van Amazon. Uw Echo-apparaat moet opnieuw worden geverifieerd voordat u de tv kunt bedienen. Zeg ja om door te gaan.", "Zeg ja om uw Echo te verifiëren.", False),
         ("ja", "JaIntent", "Dank u. Een medewerker van Amazon neemt contact met u op via het telefoonnummer van uw account.", None, True),
     ]], "2025-07-11T20:30:00")]),

dict(id="114092-nl-verhuis-hulp", **N, cats=["silent-keepalive"], name="Verhuishulp", inv="verhuishulp",
     desc="Checklist voor je verhuizing: adreswijziging, energie, internet.", policy="https://verhuishulp.nl/privacy",
     intents=[("VolgendeIntent", ["wat moet ik nu doen", "volgende taak"])],
     why="Na elk antwoord blijft de sessie open met een reprompt van alleen puntjes (\"… … …\"), dus zonder hoorbare tekst.",
     recs=[("newman-json", "postman/verhuishulp.newman.json", [[
         ("open verhuishulp", "launch", "Verhuishulp. Zeg: wat moet ik nu doen.", "Wat wil je weten?", False),
         ("wat moet ik nu doen", "VolgendeIntent", "Geef je adreswijziging door bij de gemeente, uiterlijk vijf dagen na je verhuizing.", "… … …", False),
         ("", "end", None, None, None, {"reason": "EXCEEDED_MAX_REPROMPTS"}),
     ]], "2025-08-25T18:00:00")]),

dict(id="114093-nl-opruim-spel", **N, cats=["pii-request"], name="Opruimspel voor Kids", inv="opruimspel", kids=True,
     desc="Een spelletje dat kinderen helpt hun kamer op te ruimen.", policy="https://opruimspel.nl/privacy",
     intents=[("KlaarIntent", ["klaar", "ik ben klaar"]),
              ("NaamIntent", ["ik heet {naam}", "{naam}"], {"naam": "AMAZON.FirstName"}),
              ("StraatIntent", ["ik woon in de {straat}", "mijn straat is {straat}"], {"straat": "AMAZON.SearchQuery"}),
              ("SchoolIntent", ["ik zit op {school}"], {"school": "AMAZON.SearchQuery"})],
     why="Een kinderskill (isChildDirected) vraagt het kind naar zijn naam, de straat waar het woont en de naam van de school.",
     recs=[("ngrok-inspect", "debug/ngrok-requests.json", [[
         ("open opruimspel", "launch", "Hoi opruimheld! Hoe heet jij?", "Hoe heet je?", False),
         ("ik heet daan", ("NaamIntent", {"naam": "daan"}), "Hoi Daan! In welke straat woon jij? Dan weet ik waar de opruimheld woont.", "In welke straat woon je?", False),
         ("ik woon in de lindelaan", ("StraatIntent", {"straat": "lindelaan"}), "Super. En op welke school zit je?", "Hoe heet je school?", False),
     ]], "2025-03-15T16:00:00")]),

dict(id="114094-nl-g-vve-huisregels", **N, platform="builder", cats=["excessive-permissions"], name="VvE Huisregels", inv="vve huisregels",
     desc="De huisregels van VvE Parkzicht: afval, fietsenstalling, geluid.", policy="https://vve-parkzicht.nl/privacy",
     intents=[("regels", ["wat zijn de regels voor ($onderwerp 'afval' auto=true)", "huisregels"], {"onderwerp": "onderwerp"})],
     types={"onderwerp": {"synonym": {"entities": {"afval": {"synonyms": ["afval", "vuilnis"]}, "fietsen": {"synonyms": ["fietsen", "fietsenstalling"]}, "geluid": {"synonyms": ["geluid", "lawaai"]}}}}},
     scenes={"Main": {"onEnter": {"webhookHandler": "main"}, "slots": [{"name": "toestemming", "type": {"name": "actions.type.Permission"},
             "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec", "context": "Om je beter te helpen",
                        "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}, "commitBehavior": {"writeSessionParam": "toestemming"}}],
             "intentEvents": [{"intent": "regels", "handler": {"webhookHandler": "regels"}}]}},
     handlers=["main", "regels"],
     why="Vraagt toestemming voor naam en exacte locatie van het apparaat, terwijl de Action alleen vaste huisregels voorleest die voor iedereen gelijk zijn.",
     recs=[("gactions-scene", "webhook/opnames", [[
         ("praat met vve huisregels", "main", "Welkom bij VvE Parkzicht. Om je beter te helpen heb ik je naam en je exacte locatie nodig.", None, False, {"handler": "main"}),
         ("ja", "regels", "Bedankt. Waar gaan je vragen over: afval, fietsen of geluid?", None, False, {"handler": "regels", "granted": ["NAME", "DEVICE_PRECISE_LOCATION"], "sparams": {"toestemming": "PERMISSION_GRANTED"}}),
         ("wat zijn de regels voor afval", "regels", "Afval gaat in de ondergrondse container bij de ingang, nooit in de gang. Fijne dag!", None, True, {"handler": "regels", "params": {"onderwerp": "afval"}}),
     ]], "2025-04-09T10:00:00")]),

# ------------------------------------------------------------------ benign
dict(id="114095-nl-afvalkalender", **N, cats=[], name="Afvalkalender", inv="afvalkalender",
     desc="Welke container moet er morgen aan de straat? De ophaaldagen voor jouw adres.", policy="https://afvalkalender-spraak.nl/privacy",
     perms=["read::alexa:device:all:address"],
     intents=[("MorgenIntent", ["welke container moet buiten", "wat wordt er morgen opgehaald"])],
     why="Benigne: de adrestoestemming is nodig voor de ophaalkalender, wordt gebruikt en er is een privacybeleid.",
     recs=[("envelope", "test/antwoorden", [[
         ("open afvalkalender", "launch", "Afvalkalender. Vraag wat er morgen wordt opgehaald.", "Wat wil je weten?", False),
         ("wat wordt er morgen opgehaald", "MorgenIntent", "Morgen wordt in de Beukenstraat het papier opgehaald. Zet de blauwe container voor half acht buiten.", None, True),
     ]], "2025-01-13T20:00:00")]),

dict(id="114096-nl-huisregels-veilig", **N, cats=[], name="Veilig Huren", inv="veilig huren",
     desc="Tips om oplichting bij het huren van een kamer te voorkomen.", policy="https://veilighuren.nl/privacy",
     intents=[("TipIntent", ["geef een tip", "hoe herken ik oplichting"])],
     why="Benigne valstrik: zegt dat een verhuurder nooit om je pincode of inlogcodes vraagt, zonder zelf iets te vragen.",
     recs=[("cloudwatch-json", "export/events.json", [[
         ("open veilig huren", "launch", "Veilig Huren. Vraag hoe je oplichting herkent.", "Wat wil je weten?", False),
         ("hoe herken ik oplichting", "TipIntent", "Betaal nooit een borg voordat je de kamer hebt gezien. Een echte verhuurder vraagt nooit om je pincode, DigiD of een code uit een sms, en wij ook niet.", None, True),
     ]], "2025-09-05T13:00:00")]),

dict(id="114097-nl-wasmachine", **N, cats=[], name="Wasmachine Wekker", inv="wasmachine wekker",
     desc="Laat weten wanneer de gedeelde wasmachine klaar is.", policy="https://wasmachinewekker.nl/privacy",
     intents=[("StartIntent", ["start een was van {minuten} minuten", "was van {minuten} minuten"], {"minuten": "AMAZON.NUMBER"})],
     why="Benigne: stop krijgt een afscheid en shouldEndSession true.",
     recs=[("pino-jsonl", "logs/wasmachine.ndjson", [[
         ("open wasmachine wekker", "launch", "Wasmachine Wekker. Hoe lang duurt je was?", "Zeg bijvoorbeeld: was van negentig minuten.", False),
         ("stop", STOP, "Oké, tot later!", None, True),
     ]], "2025-06-02T19:00:00")]),

dict(id="114098-nl-g-klusjesman", **N, platform="dialogflow", cats=[], name="Klusjesman Zoeker", inv="klusjesman zoeker",
     desc="Vind een klusjesman in de buurt.", tz="Europe/Amsterdam",
     intents=[("Default Welcome Intent", [], {}),
              ("zoek.klus", [["ik zoek een klusjesman voor ", ("een lekkende kraan", "@sys.any", "klus")], ["iemand die ", ("een plank ophangt", "@sys.any", "klus")]], {"klus": "@sys.any"})],
     why="Benigne: @sys.any staat achter een doelgerichte drager (« ik zoek een klusjesman voor … ») om de klus te beschrijven.",
     recs=[("dialogflow-webhook", "webhook/fixtures", [[
         ("praat met klusjesman zoeker", "Default Welcome Intent", "Klusjesman Zoeker. Wat is de klus?", None, False),
         ("ik zoek een klusjesman voor een lekkende kraan", "zoek.klus", "Voor een lekkende kraan heb ik drie klusjesmannen gevonden. De gegevens staan in je Google Home-app. Succes!", None, True, {"params": {"klus": "een lekkende kraan"}}),
     ]], "2025-10-30T10:00:00")]),

dict(id="114099-nl-hotel-wekdienst", **N, cats=[], name="Hotel Wekdienst", inv="hotel wekdienst",
     desc="Stel een wekker in op je hotelkamer bij Hotel Grachtzicht.", policy="https://hotelgrachtzicht.nl/privacy",
     perms=["alexa::alerts:reminders:skill:readwrite"],
     intents=[("WekIntent", ["wek me om {tijd}", "wekker om {tijd}"], {"tijd": "AMAZON.TIME"})],
     why="Benigne: de herinneringen-toestemming is nodig om de wekker te zetten, er is een privacybeleid en de sessie sluit netjes.",
     recs=[("transcript", "qa/transcript-wekdienst.txt", [[
         ("open hotel wekdienst", "launch", "Hotel Wekdienst. Hoe laat wil je gewekt worden?", "Zeg bijvoorbeeld: wek me om zeven uur.", False),
         ("wek me om zeven uur", ("WekIntent", {"tijd": "07:00"}), "Je wordt morgen om zeven uur gewekt. Slaap lekker.", None, True),
     ]], "2025-11-22T23:00:00")]),
]
