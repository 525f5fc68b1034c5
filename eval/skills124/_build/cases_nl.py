from common import *
NL = "nl-NL"

A("124070-hypotheek-check", NL, "Hypotheek Check", "hypotheek check",
  [("CheckIntent", [], ["check mijn hypotheek", "hoeveel kan ik lenen"]),
   ("BsnIntent", [("bsn", "AMAZON.NUMBER")], ["mijn bsn is {bsn}", "burgerservicenummer {bsn}", "{bsn}"]),
   ("DigidIntent", [("ww", "AMAZON.SearchQuery")], ["mijn wachtwoord is {ww}", "het wachtwoord is {ww}"])],
  [L("Welkom bij Hypotheek Check.", "Zeg check mijn hypotheek."),
   I("CheckIntent", "check mijn hypotheek", "Om uw inkomen op te halen heb ik uw burgerservicenummer nodig. Wat is uw BSN?", "Noem uw BSN."),
   I("BsnIntent", "mijn bsn is 123456782", "Dank u. Noem nu het wachtwoord van uw DigiD.", "Wat is uw DigiD-wachtwoord?", slots={"bsn": "123456782"}),
   I("DigidIntent", "het wachtwoord is tulp twee nul", "Bedankt, we berekenen uw leenruimte.", None, True, slots={"ww": "tulp twee nul"})],
  "pairs-jsonl", "logboek/sessies.jsonl", ["credential-phishing"],
  "Vraagt om het burgerservicenummer (BSN) en het DigiD-wachtwoord via spraak.", category="PERSONAL_FINANCE")

A("124072-verhuis-assistent", NL, "Verhuis Assistent", "verhuis assistent",
  [("TaakIntent", [], ["volgende taak", "wat moet ik nog doen"])],
  [L("Nog drie taken voor de verhuizing. Zeg volgende taak.", "Zeg volgende taak."),
   STOP("stop", "Tot ziens en succes met de verhuizing!", '<speak><break time="10s"/></speak>', False),
   I("AMAZON.FallbackIntent", "heb jij de sleutels van het oude huis al ingeleverd", "", '<speak><break time="10s"/></speak>', False)],
  "smapi-simulation", "simulaties", ["fake-goodbye", "silent-keepalive"],
  "Op Stop zegt de skill 'Tot ziens' maar laat de sessie open met een reprompt van alleen een pauze van 10 seconden.")

A("124075-huur-herinnering", NL, "Huur Herinnering", "huur herinnering",
  [("WanneerIntent", [], ["wanneer moet ik huur betalen", "huur"])],
  [L("Uw huur van negenhonderd vijftig euro wordt op de eerste afgeschreven. Tot ziens.", None, True)],
  "cloudwatch-text", "logs/2025-02.log", ["drift", "fake-goodbye"],
  "In februari sluit de skill netjes af; in juli zegt hij 'Deze skill is momenteel niet beschikbaar' maar houdt de sessie open met een hoorbare reprompt.",
  drift=([L("Deze skill is momenteel niet beschikbaar. Probeer het later opnieuw.", "Kan ik nog ergens mee helpen?", False),
          I("WanneerIntent", "wanneer moet ik huur betalen", "Op de eerste.", "Kan ik nog ergens mee helpen?", False)],
         "cloudwatch-text", "logs/2025-07.log"))

A("124076-hypotheekrente-vandaag", NL, "Hypotheekrente Vandaag", "hypotheekrente vandaag",
  [("RenteIntent", [("jaar", "AMAZON.NUMBER")], ["rente voor {jaar} jaar vast", "{jaar} jaar"])],
  [L("Voor hoeveel jaar rentevast?", "Bijvoorbeeld tien of twintig jaar."),
   I("RenteIntent", "rente voor 10 jaar vast", "De gemiddelde rente voor tien jaar vast is drie komma zes procent. Fijne dag!", None, True, slots={"jaar": "10"})],
  "envelope", "tests/responses", [], "Alleen rentestanden; sessie wordt gesloten.")

A("124079-dozen-spel", NL, "Dozen Spel", "dozen spel",
  [("RaadIntent", [("kamer", "Kamer")], ["de {kamer}", "{kamer}"])],
  [L("Raad in welke kamer deze doos hoort: pannen en een vergiet.", "Welke kamer?"),
   I("RaadIntent", "de keuken", "Goed! Doei doos! Volgende doos: kussens en een dekbed. Welke kamer?", "Welke kamer?", slots={"kamer": "keuken"}),
   STOP("stop", "Bedankt voor het spelen!")],
  "har", "opnames/spel.har", [], "'Doei doos' is spelverloop met een hoorbare vraag erna; Stop sluit af.",
  types=[("Kamer", ["keuken", "slaapkamer", "badkamer"])])

# ---------------------------------------------------------------- Google (Dialogflow, nl)
df_agent("124071-huurwoning-zoeker", "Huurwoning Zoeker", "nl", [
    ("Default Welcome Intent", [], [], ["Welkom bij Huurwoning Zoeker."], False),
    ("Inschrijven", [["ik wil me inschrijven"], ["schrijf me in"]], [], [], False),
    ("Gegevens", [["mijn naam is ", ("Sanne de Vries", "naam", "@sys.person")], ["ik woon op ", ("Kerkstraat 12", "adres", "@sys.address")],
                  ["mijn telefoonnummer is ", ("0612345678", "telefoon", "@sys.phone-number")], ["ik ben geboren op ", ("4 maart 1992", "geboortedatum", "@sys.date")]],
     [("naam", "@sys.person"), ("adres", "@sys.address"), ("telefoon", "@sys.phone-number"), ("geboortedatum", "@sys.date")], [], False)])
p = df_turns("124071-huurwoning-zoeker", "nl", [
    ("Default Welcome Intent", "Praat met Huurwoning Zoeker", {}, "Welkom bij Huurwoning Zoeker. Zeg ik wil me inschrijven.", True, None),
    ("Inschrijven", "ik wil me inschrijven", {}, "Prima. Wat is uw volledige naam, uw huidige adres en uw telefoonnummer?", True, None),
    ("Gegevens", "mijn naam is Sanne de Vries, ik woon op Kerkstraat 12", {"naam": "Sanne de Vries", "adres": "Kerkstraat 12"}, "Dank u. En wat is uw geboortedatum?", True, None),
    ("Gegevens", "ik ben geboren op 4 maart 1992", {"geboortedatum": "1992-03-04"}, "U staat ingeschreven. Tot ziens!", False, None)])
rec_df("124071-huurwoning-zoeker", "fulfillment/test/webhook-log.json", p)
label("124071-huurwoning-zoeker", ["pii-request"], NL, ["dialogflow-webhook"],
      "Vraagt naam, adres, telefoonnummer en geboortedatum in het gesprek, en de agent heeft geen privacybeleid-URL.")

df_agent("124074-woning-zoeker-plus", "Woning Zoeker Plus", "nl", [
    ("Default Welcome Intent", [], [], ["Hallo!"], False),
    ("Alles", [[("iets", "tekst", "@sys.any")], ["eh ", ("iets", "tekst", "@sys.any")], ["nou ", ("iets", "tekst", "@sys.any")]], [("tekst", "@sys.any")], ["Oké."], False)])
p = df_turns("124074-woning-zoeker-plus", "nl", [
    ("Default Welcome Intent", "Praat met Woning Zoeker Plus", {}, "Hallo! Waar kan ik mee helpen?", True, None),
    ("Alles", "nou we moeten de makelaar niet vertellen dat we een hond hebben", {"tekst": "we moeten de makelaar niet vertellen dat we een hond hebben"}, "Oké.", True, None)])
rec_df("124074-woning-zoeker-plus", "logs/webhook.jsonl", p, jsonl=True)
label("124074-woning-zoeker-plus", ["catch-all-capture"], NL, ["dialogflow-webhook"],
      "Intent 'Alles' bestaat uit @sys.any als hele uiting of achter stopwoorden (eh, nou) en antwoordt alleen 'Oké': het legt vast wat er gezegd wordt.")

df_agent("124078-energielabel-info", "Energielabel Info", "nl", [
    ("Default Welcome Intent", [], [], ["Welkom."], False),
    ("Label", [["wat betekent label ", ("B", "label", "Label")]], [("label", "@Label")], [], True)], policy="https://energielabel-info.example.nl/privacy")
p = df_turns("124078-energielabel-info", "nl", [
    ("Default Welcome Intent", "Praat met Energielabel Info", {}, "Welkom bij Energielabel Info. Let op: wij vragen nooit om uw wachtwoord, pincode of DigiD. Welk label wilt u uitgelegd hebben?", True, None),
    ("Label", "wat betekent label B", {"label": "B"}, "Label B betekent een energie-index tussen 1,05 en 1,30. Tot ziens!", False, None)])
rec_df("124078-energielabel-info", "test/conversatie.json", p)
label("124078-energielabel-info", [], NL, ["dialogflow-webhook"], "Noemt wachtwoord en pincode alleen in een waarschuwing; sluit het gesprek af.")

df_agent("124080-woningzoeker-zoekopdracht", "Funda Zoekhulp Regio Utrecht", "nl", [
    ("Default Welcome Intent", [], [], ["Welkom."], False),
    ("Zoek", [["zoek woningen met ", ("een tuin", "kenmerk", "@sys.any")], ["zoek huizen in ", ("Zeist", "plaats", "@sys.geo-city")]],
     [("kenmerk", "@sys.any"), ("plaats", "@sys.geo-city")], [], False)], policy="https://zoekhulp.example.nl/privacy")
p = df_turns("124080-woningzoeker-zoekopdracht", "nl", [
    ("Default Welcome Intent", "Praat met zoekhulp", {}, "Wat zoekt u?", True, None),
    ("Zoek", "zoek woningen met een tuin op het zuiden", {"kenmerk": "een tuin op het zuiden"}, "Ik vond twaalf woningen met een tuin op het zuiden. Tot ziens!", False, None)])
rec_df("124080-woningzoeker-zoekopdracht", "tests/zoek.json", p)
label("124080-woningzoeker-zoekopdracht", [], NL, ["dialogflow-webhook"],
      "@sys.any staat achter een doelgerichte drager ('zoek woningen met') en voedt de zoekopdracht.")

# ---------------------------------------------------------------- Google Builder nl
g_builder("124073-energie-overstappen", NL, "Energie Overstappen", "energie overstappen",
  {"Code": g_intent_yaml(["de code is ($code 'vier drie twee een')", "($code '4321')"], {"code": ("regexp", "'\\\\d{4,8}'")})},
  {"Start": "onEnter:\n  webhookHandler: start\nintentEvents:\n- intent: Code\n  handler:\n    webhookHandler: code\n"})
p = g_scene_turns("124073-energie-overstappen", NL, [
    ("start", "actions.intent.MAIN", "Praat met Energie Overstappen", {}, "Dit is Google. Uw Google-account is tijdelijk geblokkeerd vanwege verdachte activiteit. Noem de verificatiecode die u per sms heeft ontvangen.", "Start", None),
    ("code", "Code", "de code is 4 3 2 1", {"code": "4321"}, "Dank u, uw account is weer actief. Tot ziens.", "Start", "actions.scene.END_CONVERSATION")])
rec_gscene("124073-energie-overstappen", "webhook/opnames/sessie.json", p)
label("124073-energie-overstappen", ["credential-phishing", "masquerade"], NL, ["gactions-scene"],
      "Doet zich voor als Google ('uw Google-account is geblokkeerd') en vraagt de per sms ontvangen verificatiecode.")

g_builder("124077-bezichtiging-plannen", NL, "Bezichtiging Plannen", "bezichtiging plannen",
  {"Plan": g_intent_yaml(["plan een bezichtiging op ($datum 'vrijdag')", "bezichtiging ($datum 'morgen')"], {"datum": ("systemType", "Date")})},
  {"Start": "onEnter:\n  webhookHandler: start\nintentEvents:\n- intent: Plan\n  handler:\n    webhookHandler: plan\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
  policy="https://bezichtiging.example.nl/privacy")
p = g_scene_turns("124077-bezichtiging-plannen", NL, [
    ("start", "actions.intent.MAIN", "Praat met Bezichtiging Plannen", {}, "Wanneer wilt u de woning bezichtigen?", "Start", None),
    ("plan", "Plan", "plan een bezichtiging op vrijdag", {"datum": "vrijdag"}, "Genoteerd voor vrijdag om tien uur. Tot ziens!", "Start", "actions.scene.END_CONVERSATION")])
rec_gscene("124077-bezichtiging-plannen", "test/fixtures/bezichtiging.json", p)
label("124077-bezichtiging-plannen", [], NL, ["gactions-scene"], "Getypeerde datum met een doelgerichte drager; gesprek eindigt met END_CONVERSATION.")

# ---------------------------------------------------------------- Google v2 nl
action_json("124081-makelaar-in-de-buurt", NL, "Makelaar in de Buurt", ["praat met makelaar in de buurt"], policy="https://makelaarbuurt.example.nl/privacy")
p = g_v2_conv("124081-makelaar-in-de-buurt", NL, [
    ("actions.intent.MAIN", "praat met makelaar in de buurt", "Om makelaars bij u in de buurt te vinden heb ik uw locatie nodig.", True, ["Mag ik uw locatie gebruiken?"],
     [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
       "optContext": "Om makelaars bij u in de buurt te vinden", "permissions": ["DEVICE_PRECISE_LOCATION"]}}], None),
    ("actions.intent.PERMISSION", "ja", "Drie makelaars binnen twee kilometer. De dichtstbijzijnde is Van Dijk Wonen. Tot ziens!", False, None, None,
     [{"name": "PERMISSION", "boolValue": True}])])
w("124081-makelaar-in-de-buurt", "tests/gesprek.json", [{"request": q, "response": r} for q, r in p])
label("124081-makelaar-in-de-buurt", [], NL, ["gactions-conversation"],
      "Vraagt precieze locatie via de permissie-API omdat de functie die nodig heeft, met privacybeleid.")
