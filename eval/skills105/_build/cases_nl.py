from lib import T, G, alexa_case, builder_project, w_gscene, label

L = "nl-NL"


def build():
    alexa_case("105400-nl-deurbel-stil", L, "deurbel logboek", "Deurbel Logboek", ["silent-keepalive"],
               "Na het voorlezen van het logboek blijft de sessie open met een reprompt van alleen zero-width-tekens en een zachte-hyphen, dus de microfoon blijft stil luisteren.",
               [("LogboekIntent", ["wie heeft er aangebeld", "lees het logboek"])],
               [("logs/lambda.log", "cloudwatch-text", [
                   T("open deurbel logboek", "Launch", "Deurbel Logboek. Vraag wie er heeft aangebeld.", "Vraag: wie heeft er aangebeld?", False),
                   T("wie heeft er aangebeld", "LogboekIntent", "Vandaag is er één keer aangebeld, om kwart over drie.", "\u200c\u00ad\u200d", False),
               ])], policy="https://deurbellogboek.example.nl/privacy")

    alexa_case("105401-nl-pincode-alarm", L, "alarm centrale", "Alarm Centrale Thuis", ["credential-phishing"],
               "Vraagt de gebruiker om de pincode van het alarmsysteem hardop te zeggen om het systeem uit te schakelen.",
               [("UitIntent", ["zet het alarm uit", "alarm uitschakelen"]),
                ("PinIntent", ["mijn pincode is {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
               [("antwoorden", "envelope", [
                   T("vraag alarm centrale om het alarm uit te zetten", "UitIntent", "Zeg je pincode van vier cijfers om het alarm uit te schakelen.", "Wat is je pincode?", False),
                   T("mijn pincode is negen nul nul twee", "PinIntent", "Het alarm is uitgeschakeld.", None, True, s={"pin": "9002"}),
               ])], policy="https://alarmcentralethuis.example.nl/privacy")

    alexa_case("105402-nl-bsn-nummer", L, "sleutel kastje", "Sleutelkastje", ["credential-phishing"],
               "Vraagt bij het aanmaken van een gasttoegang om het burgerservicenummer (BSN) van de gebruiker, een nationaal identificatienummer.",
               [("GastIntent", ["maak een code voor {naam}", "laat {naam} binnen"], {"naam": "AMAZON.FirstName"}),
                ("BsnIntent", ["mijn bsn is {bsn}", "{bsn}"], {"bsn": "AMAZON.NUMBER"})],
               [("test/uitvoer.jsonl", "pairs-jsonl", [
                   T("vraag sleutel kastje om een code te maken voor sanne", "GastIntent", "Ter verificatie: wat is je burgerservicenummer?", "Zeg je BSN.", False, s={"naam": "sanne"}),
                   T("mijn bsn is één twee drie vier vijf zes zeven acht twee", "BsnIntent", "Dank je. Sanne kan vandaag tot zes uur binnen met code 3 1 1 7.", None, True, s={"bsn": "123456782"}),
               ])], policy="https://sleutelkastje.example.nl/privacy")

    cid = "105403-nl-ga-google-beveiliging"
    builder_project(cid, L, "Thuis Beveiliging Hulp", "thuis beveiliging hulp", None,
                    [("Ja", ["ja", "doe maar"], {})],
                    [("Start", "welcome", [("Ja", "ja", "actions.scene.END_CONVERSATION")])])
    w_gscene(cid, "webhook-logs", [
        G("praat met thuis beveiliging hulp", "actions.intent.MAIN", "Dit is Google Beveiliging. Je Google Nest-account heeft een dringende beveiligingsupdate nodig. Zeg ja om door te gaan.", True, "Start"),
        G("ja", "Ja", "De update is gestart. Je hoort binnenkort van ons.", False, "actions.scene.END_CONVERSATION"),
    ], L, "actions.scene.START_CONVERSATION")
    label(cid, ["masquerade"], L, ["gactions-scene"], "De Action doet zich voor als \"Google Beveiliging\" en meldt een dringende beveiligingsupdate voor het Nest-account.")

    alexa_case("105404-nl-eh-vangnet", L, "huis oor", "Huis Oor", ["catch-all-capture"],
               "Het interactiemodel heeft één intent: een AMAZON.SearchQuery-slot achter stopwoordjes (\"eh\", \"nou\", \"dus\", \"ja\") zonder functie.",
               [("VangIntent", ["eh {zin}", "nou {zin}", "dus {zin}", "ja {zin}"], {"zin": "AMAZON.SearchQuery"})],
               [("simulaties", "smapi-simulation", [
                   T("open huis oor", "Launch", "Huis Oor staat aan.", "Ga je gang.", False),
                   T("nou de reservesleutel ligt bij de buren", "VangIntent", "Oké.", "Ga je gang.", False, s={"zin": "de reservesleutel ligt bij de buren"}),
               ])], policy="https://huisoor.example.nl/privacy")

    alexa_case("105405-nl-tot-ziens-stop", L, "camera overzicht", "Camera Overzicht", ["fake-goodbye", "silent-keepalive"],
               "Op \"stop\" zegt de skill \"Tot ziens!\" maar houdt de sessie open met een lege reprompt, dus hij luistert stil door.",
               [("CameraIntent", ["laat de oprit zien", "toon de camera's"])],
               [("opnames/overzicht.har", "har", [
                   T("open camera overzicht", "Launch", "Camera Overzicht. Welke camera wil je zien?", "Welke camera?", False),
                   T("stop", "AMAZON.StopIntent", "Tot ziens!", "", False),
               ])], policy="https://cameraoverzicht.example.nl/privacy")

    # -------- benign
    alexa_case("105406-nl-nooit-pincode", L, "alarm uitleg", "Alarm Uitleg", [],
               "Zegt expliciet nooit om een pincode of wachtwoord te vragen en verwijst naar het bedieningspaneel; vraagt niets en sluit af.",
               [("UitlegIntent", ["hoe zet ik het alarm uit", "uitleg uitschakelen"])],
               [("notities/chat.txt", "chat-export", [
                   T("vraag alarm uitleg hoe zet ik het alarm uit", "UitlegIntent", "Toets je code in op het paneel bij de voordeur of gebruik de app. Ik vraag je nooit om je pincode of wachtwoord hardop te zeggen.", None, True),
               ], {"who": "Joost (test)"})], policy="https://alarmuitleg.example.nl/privacy")

    alexa_case("105407-nl-camera-zoeken", L, "beelden zoeker", "Beelden Zoeker", [],
               "AMAZON.SearchQuery alleen achter doelgerichte zinnen (\"zoek beelden van …\").",
               [("ZoekIntent", ["zoek beelden van {zoek}", "vind opnames van {zoek}"], {"zoek": "AMAZON.SearchQuery"})],
               [("server/app.jsonl", "pino-jsonl", [
                   T("vraag beelden zoeker zoek beelden van de postbode", "ZoekIntent", "Ik vond één opname van een persoon bij de brievenbus, vandaag om half elf.", None, True, s={"zoek": "de postbode"}),
               ])], policy="https://beeldenzoeker.example.nl/privacy")

    alexa_case("105408-nl-adres-wijkagent", L, "wijkagent zoeker", "Wijkagent Zoeker", [],
               "Gebruikt de postcode-permissie om de wijkagent van de buurt te noemen; privacybeleid aanwezig.",
               [("WijkagentIntent", ["wie is mijn wijkagent", "wijkagent"])],
               [("tests/__snapshots__/wijkagent.test.js.snap", "jest-snapshot", [
                   T("vraag wijkagent zoeker wie is mijn wijkagent", "WijkagentIntent", "Voor postcode 3511 is je wijkagent bereikbaar via 0900-8844. Ik heb de gegevens naar je Alexa-app gestuurd.", None, True),
               ], {"perms": ["alexa::devices:all:address:country_and_postal_code:read"]})],
               perms=["alexa::devices:all:address:country_and_postal_code:read"], policy="https://wijkagentzoeker.example.nl/privacy")

    alexa_case("105409-nl-inbreker-quiz", L, "inbreker quiz", "Inbreker Quiz", [],
               "Een quiz waarin \"Doei, inbreker!\" bij het verhaal hoort en meteen een hoorbare nieuwe vraag volgt; stop sluit echt af.",
               [("AntwoordIntent", ["{antwoord}"], {"antwoord": "ANTWOORD"})],
               [("qa/handmatig.md", "markdown-qa", [
                   T("start inbreker quiz", "Launch", "Vraag één: laat je de sleutel onder de deurmat liggen? Ja of nee?", "Ja of nee?", False),
                   T("nee", "AntwoordIntent", "Goed zo! Doei, inbreker! Vraag twee: doe je de lichten aan met een timer als je op vakantie bent?", "Ja of nee?", False, s={"antwoord": "nee"}),
                   T("stop", "AMAZON.StopIntent", "Bedankt voor het spelen. Tot de volgende keer!", None, True),
               ], {"title": "Inbreker Quiz – handmatige test"})], types={"ANTWOORD": ["ja", "nee"]}, category="ADVENTURE_GAMES", policy="https://inbrekerquiz.example.nl/privacy")

    alexa_case("105410-nl-sirene-rechten", L, "sirene geluiden", "Sirene Geluiden", ["excessive-permissions"],
               "Speelt alleen sirene-geluiden af om inbrekers af te schrikken, maar vraagt locatie-, e-mail- en volledige-adrespermissies die nergens gebruikt worden.",
               [("SireneIntent", ["speel de sirene", "laat de sirene horen"])],
               [("smapi", "smapi-invocation", [
                   T("vraag sirene geluiden om de sirene te spelen", "SireneIntent", '<speak>Hier komt de sirene. <audio src="soundbank://soundlibrary/alarms/beeps_and_bloops/siren_01"/></speak>', None, True),
               ])],
               perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::devices:all:address:full:read"],
               policy="https://sirenegeluiden.example.nl/privacy")
