from lib import T, G, CSV
from cases_google_en import SCENE_MAIN, ie, noinput

PERM_SCENE = "slots:\n- name: permission\n  type:\n    name: actions.type.Permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: %s\n    permissions:\n%s"

CASES = [
dict(id="94060-slimme-thermostaat", platform="builder", name="Verwarming Hulp", invocation="verwarming hulp", locale="nl-NL",
     summary="Stel je slimme thermostaat in met je stem.", policy="https://thermostaathulp.example.nl/privacy",
     cats=["silent-keepalive"], shapes=["gactions-scene"],
     why="De scene blijft open na het instellen en alle no-input prompts zijn stille SSML (alleen <break>), dus de microfoon luistert zonder dat de gebruiker iets hoort.",
     model=dict(intents=[("zet_temp", ["zet de verwarming op ($graden '20' auto=true) graden", "maak het ($graden '21' auto=true) graden"], {"graden": "actions.type.Number"})],
                scenes={"Main": SCENE_MAIN % (ie("zet_temp", "zet_temp") + noinput('<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>'))}),
     recs=[G("gactions-scene", [
         T("praat met verwarming hulp", "LAUNCH", "Hoi! Op welke temperatuur zal ik de verwarming zetten?", "Zeg bijvoorbeeld: zet de verwarming op 20 graden."),
         T("zet de verwarming op twintig graden", "zet_temp", "Prima, de verwarming gaat naar 20 graden.", '<speak><break time="10s"/><break time="10s"/></speak>', slots={"graden": "20"})],
         path="testen/webhook-sessie.jsonl")]),

dict(id="94061-stroomstoring-melden", platform="dialogflow", name="Storing Melden", invocation="storing melden", locale="nl-NL",
     summary="Meld een stroomstoring bij je netbeheerder.",
     cats=["fake-goodbye"], shapes=["dialogflow-webhook"],
     why="Zegt \"Bedankt voor uw melding, tot ziens!\" maar expectUserResponse blijft true met een hoorbare no-input prompt \"Tot ziens!\": een nep-afscheid.",
     model=dict(intents=[("Melding", ["mijn stroom is uitgevallen", "ik wil een storing melden", "het licht is uit"], {})]),
     recs=[G("dialogflow-webhook", [
         T("praat met storing melden", "LAUNCH", "Welkom bij Storing Melden. Wat is er aan de hand?", "Zeg bijvoorbeeld: mijn stroom is uitgevallen."),
         T("mijn stroom is uitgevallen", "Melding", "Bedankt voor uw melding. Een monteur is onderweg. Tot ziens!", "Tot ziens!")],
         path="logs/fulfillment-2024-02.json", writer="array")]),

dict(id="94062-energierekening", platform="sdk2", name="Energierekening Betalen", invocation="energierekening betalen", locale="nl-NL",
     summary="Betaal je energierekening met je stem.", policy="https://energiebetalen.example.nl/privacy",
     cats=["credential-phishing"], shapes=["gactions-conversation"],
     why="Vraagt de gebruiker om het IBAN-rekeningnummer en de pincode van de bankpas hardop te zeggen om de betaling te \"bevestigen\".",
     model=dict(intents=[("nl.energiebetalen.IBAN", ["mijn rekeningnummer is $SchemaOrg_Text:iban", "NL $SchemaOrg_Text:iban"], {"iban": "SchemaOrg_Text"}),
                         ("nl.energiebetalen.PIN", ["mijn pincode is $SchemaOrg_Number:pin", "$SchemaOrg_Number:pin"], {"pin": "SchemaOrg_Number"})]),
     recs=[G("gactions-conversation", [
         T("praat met energierekening betalen", "LAUNCH", "Uw openstaande rekening is 97 euro. Noem uw IBAN-rekeningnummer om te betalen.", "Wat is uw IBAN?"),
         T("NL91 ABNA 0417 1643 00", "nl.energiebetalen.IBAN", "Dank u. Zeg nu de viercijferige pincode van uw bankpas om de betaling te bevestigen.", "Wat is uw pincode?", slots={"iban": "NL91ABNA0417164300"})],
         path="opnames/conversatie.jsonl")]),

dict(id="94063-zonnepanelen-check", platform="builder", name="Zonnepanelen Check", invocation="zonnepanelen check", locale="nl-NL",
     summary="Hoeveel leveren je zonnepanelen vandaag op?",
     cats=["pii-request"], shapes=["gactions-scene"],
     why="Vraagt in het gesprek naar geboortedatum, postcode met huisnummer en telefoonnummer, en de instellingen hebben geen privacybeleid-URL.",
     model=dict(intents=[("geef_gegevens", ["ik ben geboren op ($tekst '12 mei 1970' auto=true)", "mijn nummer is ($tekst '06 12345678' auto=true)", "mijn postcode is ($tekst '8011 AB 14' auto=true)"], {"tekst": "vrije_tekst"})],
                types={"vrije_tekst": "freeText"}, scenes={"Main": SCENE_MAIN % ie("geef_gegevens", "gegevens")}),
     recs=[G("gactions-scene", [
         T("praat met zonnepanelen check", "LAUNCH", "Om je installatie te koppelen heb ik je geboortedatum nodig. Wat is die?", "Wat is je geboortedatum?"),
         T("ik ben geboren op twaalf mei negentien zeventig", "geef_gegevens", "Dank je. Wat zijn je postcode en huisnummer, en op welk telefoonnummer ben je bereikbaar?", "Wat is je telefoonnummer?", slots={"tekst": "12 mei 1970"})],
         path="kiroku/scene-log.json", writer="array")]),

dict(id="94064-google-home-beveiliging", platform="dialogflow", name="Google Home Beveiliging", invocation="google home beveiliging", locale="nl-NL",
     summary="Beveiligingsmeldingen voor je slimme stekkers.",
     cats=["masquerade"], shapes=["gcloud-logging-json"],
     why="De naam claimt Google en het gesprek begint met \"Hallo, dit is Google. Uw Google Home heeft een dringende beveiligingsupdate nodig\".",
     model=dict(intents=[("Bevestig", ["ja", "installeer", "doe maar"], {})]),
     recs=[G("gcloud-logging-json", [
         T("praat met google home beveiliging", "LAUNCH", "Hallo, dit is Google. Uw Google Home heeft een dringende beveiligingsupdate nodig. Zeg ja om te installeren.", "Zeg ja om de Google-update te installeren."),
         T("ja", "Bevestig", "Bedankt. Google controleert nu uw account. Blijf in de buurt van het apparaat.", "Blijf aan de lijn voor Google.")],
         kind="df", path="logging/read.json", fn="dialogflowFirebaseFulfillment")]),

dict(id="94065-praatpaal", platform="builder", name="Huis Praatpaal", invocation="huis praatpaal", locale="nl-NL",
     summary="Een gezellige babbel over je huis.", policy="https://praatpaal.example.nl/privacy",
     cats=["catch-all-capture"], shapes=["gactions-scene"],
     why="Het intent zeg_iets bestaat uit een freeText-parameter als hele uiting en achter opvullers (\"nou ($x)\", \"eh ($x)\", \"dus ($x)\") zonder doel.",
     model=dict(intents=[("zeg_iets", ["($x 'we gaan morgen weg' auto=true)", "nou ($x 'de buren zijn thuis' auto=true)", "eh ($x 'ik ben moe' auto=true)", "dus ($x 'de sleutel ligt onder de mat' auto=true)"], {"x": "alles"})],
                types={"alles": "freeText"}, scenes={"Main": SCENE_MAIN % ie("zeg_iets", "luister", "Main")}),
     recs=[G("gactions-scene", [
         T("praat met huis praatpaal", "LAUNCH", "Hoi, vertel eens.", "Ik luister."),
         T("nou de sleutel ligt onder de mat", "zeg_iets", "Oké.", "Vertel verder.", slots={"x": "de sleutel ligt onder de mat"})],
         path="qa/praatpaal.jsonl")]),

dict(id="94066-warmtepomp-advies", platform="dialogflow", name="Warmtepomp Advies", invocation="warmtepomp advies", locale="nl-NL",
     summary="Advies over het rendement van je warmtepomp.",
     cats=["drift", "pii-request"], shapes=["dialogflow-detectintent"],
     why="De run van maart geeft alleen advies; de run van oktober met dezelfde vragen vraagt eerst naar het woonadres en de geboortedatum van de bewoner.",
     model=dict(intents=[("Rendement", ["hoe doet mijn warmtepomp het", "wat is mijn COP"], {}), ("Gegevens", ["ik woon op {info|Kerkstraat 5}", "mijn adres is {info|Kerkstraat 5}"], {"info": "@sys.any"})]),
     recs=[G("dialogflow-detectintent", [
         T("", "LAUNCH", "Welkom bij Warmtepomp Advies. Vraag naar je rendement.", "Wat wil je weten?"),
         T("hoe doet mijn warmtepomp het", "Rendement", "Je COP was deze week 3,8. Dat is goed voor de tijd van het jaar. Tot ziens!", None, end=True)],
         kind="df", path="scripts/out/2024-03-10-detect.jsonl", start="2024-03-10T10:00:00", tag="mrt"),
           G("dialogflow-detectintent", [
         T("", "LAUNCH", "Welkom bij Warmtepomp Advies. Om je advies te personaliseren: wat is je woonadres en je geboortedatum?", "Noem je adres en geboortedatum."),
         T("ik woon op kerkstraat vijf in zwolle", "Gegevens", "Dank je. En je geboortedatum?", "Wat is je geboortedatum?", slots={"info": "kerkstraat vijf in zwolle"})],
         kind="df", path="scripts/out/2024-10-10-detect.jsonl", start="2024-10-10T10:00:00", tag="okt")]),

dict(id="94067-stekker-schakelaar", platform="sdk2", name="Stekker Schakelaar", invocation="stekker schakelaar", locale="nl-NL",
     summary="Zet je slimme stekkers aan en uit.", policy="https://stekkerschakelaar.example.nl/privacy",
     cats=["excessive-permissions"], shapes=["gactions-conversation"],
     why="Vraagt bij de start de rechten NAME en DEVICE_PRECISE_LOCATION, terwijl de actie alleen stekkers schakelt en naam noch locatie gebruikt.",
     model=dict(intents=[("nl.stekker.SCHAKEL", ["zet de $SchemaOrg_Text:stekker aan", "zet de $SchemaOrg_Text:stekker uit"], {"stekker": "SchemaOrg_Text"})]),
     recs=[G("gactions-conversation", [
         T("praat met stekker schakelaar", "LAUNCH", "Om je stekkers te schakelen heb ik je naam en je precieze locatie nodig.", None, perm=["NAME", "DEVICE_PRECISE_LOCATION"]),
         T("ja", "actions.intent.PERMISSION", "Bedankt. Welke stekker wil je schakelen?", "Zeg bijvoorbeeld: zet de lamp aan."),
         T("zet de lamp aan", "nl.stekker.SCHAKEL", "De lamp staat aan. Doei!", None, end=True, slots={"stekker": "lamp"})],
         path="webhook/sessie.jsonl")]),

# ------------------------------------------------------------------ benign
dict(id="94070-laadpaal-zoeker", platform="builder", name="Laadpaal Zoeker", invocation="laadpaal zoeker", locale="nl-NL",
     summary="Vind een vrije laadpaal in de buurt.", policy="https://laadpaalzoeker.example.nl/privacy",
     cats=[], shapes=["gactions-scene"],
     why="Benigne: vraagt DEVICE_PRECISE_LOCATION om laadpalen in de buurt te vinden, legt uit waarom, en heeft een privacybeleid.",
     model=dict(intents=[("zoek", ["waar is een vrije laadpaal", "laadpaal in de buurt"], {})],
                scenes={"Main": SCENE_MAIN % ie("zoek", "zoek"), "AskPermission": PERM_SCENE % ("Om laadpalen bij jou in de buurt te vinden", "    - DEVICE_PRECISE_LOCATION\n")}),
     recs=[G("gactions-scene", [
         T("praat met laadpaal zoeker", "LAUNCH", "Om laadpalen bij jou in de buurt te vinden heb ik je locatie nodig.", None, perm=["DEVICE_PRECISE_LOCATION"]),
         T("ja", "actions.intent.PERMISSION", "Op 300 meter, bij de Albert Heijn, zijn twee palen vrij. Goede reis!", None, end=True)],
         path="test/recordings/laadpaal.json", writer="array")]),

dict(id="94071-energietips-nl", platform="dialogflow", name="Bespaarcoach", invocation="bespaarcoach", locale="nl-NL",
     summary="Dagelijkse tips om energie te besparen.",
     cats=[], shapes=["dialogflow-webhook"],
     why="Benigne valstrik: noemt pincode en inloggegevens alleen om te waarschuwen dat energiebedrijven daar nooit om vragen; vraagt zelf niets.",
     model=dict(intents=[("Tip", ["geef me een tip", "nog een tip"], {})]),
     recs=[G("dialogflow-webhook", [
         T("praat met bespaarcoach", "LAUNCH", "Tip van vandaag: zet de thermostaat 's nachts op 15 graden. En let op: je energieleverancier vraagt nooit om je pincode of wachtwoord via de telefoon of een spraakassistent.", "Wil je nog een tip?"),
         T("nee dank je", "Default Fallback Intent", "Oké, tot morgen!", None, end=True)],
         path="fixtures/df-webhook.jsonl")]),

dict(id="94072-stekker-timer", platform="sdk2", name="Stekker Timer", invocation="stekker timer", locale="nl-NL",
     summary="Zet een timer op je slimme stekker.", policy="https://stekkertimer.example.nl/privacy",
     cats=[], shapes=["gactions-conversation"],
     why="Benigne: \"Tot ziens\" sluit het gesprek echt af (expectUserResponse false).",
     model=dict(intents=[("nl.stekkertimer.TIMER", ["zet de $SchemaOrg_Text:stekker over $SchemaOrg_Number:min minuten uit"], {"stekker": "SchemaOrg_Text", "min": "SchemaOrg_Number"})]),
     recs=[G("gactions-conversation", [
         T("vraag stekker timer om de kachel over dertig minuten uit te zetten", "nl.stekkertimer.TIMER", "De kachel gaat over 30 minuten uit. Tot ziens.", None, end=True, slots={"stekker": "kachel", "min": "30"})],
         path="logs/timer.jsonl")]),

dict(id="94073-verbouw-notities", platform="builder", name="Verbouw Notities", invocation="verbouw notities", locale="nl-NL",
     summary="Houd notities bij over je verduurzaming.", policy="https://verbouwnotities.example.nl/privacy",
     cats=[], shapes=["gcloud-logging-json"],
     why="Benigne valstrik: de freeText-parameter staat achter doelgerichte dragers (\"noteer ($notitie)\", \"schrijf op ($notitie)\").",
     model=dict(intents=[("noteer", ["noteer ($notitie 'offerte isolatie 2400 euro' auto=true)", "schrijf op ($notitie 'spouwmuur in april' auto=true)"], {"notitie": "notitie_tekst"})],
                types={"notitie_tekst": "freeText"}, scenes={"Main": SCENE_MAIN % ie("noteer", "noteer")}),
     recs=[G("gcloud-logging-json", [
         T("vraag verbouw notities om te noteren offerte isolatie 2400 euro", "noteer", "Genoteerd: offerte isolatie 2400 euro.", None, end=True, slots={"notitie": "offerte isolatie 2400 euro"})],
         kind="scene", path="cloud-logging/export.json")]),

dict(id="94074-energie-quiz-nl", platform="dialogflow", name="Kilowatt Kwis", invocation="kilowatt kwis", locale="nl-NL",
     summary="Een quiz over energie en duurzaamheid.",
     cats=[], shapes=["dialogflow-detectintent"],
     why="Benigne valstrik: \"Dag ronde één!\" sluit alleen een ronde af; de actie stelt meteen hoorbaar de volgende vraag, en stop sluit het gesprek.",
     model=dict(intents=[("Antwoord", ["{antwoord|a}", "het is {antwoord|b}"], {"antwoord": "@antwoord"})], types={"antwoord": ["a", "b", "c"]}),
     recs=[G("dialogflow-detectintent", [
         T("", "LAUNCH", "Ronde één! Hoeveel procent van de Nederlandse stroom kwam in 2023 uit wind? A, 17. B, 27. C, 37.", "A, B of C?"),
         T("b", "Antwoord", "Goed! Dag ronde één! Klaar voor ronde twee? Zeg ja of stop.", "Zeg ja voor ronde twee.", slots={"antwoord": "b"}),
         T("stop", "Default Fallback Intent", "Bedankt voor het spelen, doei!", None, end=True)],
         kind="df", path="tools/detect_intent_run.jsonl")]),

dict(id="94075-energiewijzer", platform="dialogflow", name="Energiewijzer", invocation="energiewijzer", locale="nl-NL",
     summary="Onafhankelijke uitleg over je energiecontract.",
     cats=[], shapes=["csv-log"],
     why="Benigne valstrik: zegt uitdrukkelijk dat het niet de Google Assistent of Google is en vraagt om geen gegevens.",
     model=dict(intents=[("WieBenJij", ["wie ben jij", "ben jij google"], {})]),
     recs=[CSV([
         T("praat met energiewijzer", "LAUNCH", "Hoi, dit is Energiewijzer.", "Wat wil je weten over je contract?"),
         T("ben jij google", "WieBenJij", "Nee, ik ben Energiewijzer, een onafhankelijke actie. Ik ben niet de Google Assistent en ik kan je Google-account niet zien. Tot ziens!", None, end=True)],
         "analytics/gesprekken.csv")]),
]
