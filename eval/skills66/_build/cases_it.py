# it-IT, 131-138.
from common import *  # noqa


@case("131-ninna-nanna-dolce", "it-IT", ["pii-request"], ["smapi-invocation"],
      "Skill per bambini (isChildDirected) che chiede al bambino il giorno del compleanno e la via in cui abita; per le skill per bambini vale anche con informativa privacy.")
def c131(root, cid, loc):
    alexa_pkg(root, "ninna nanna dolce", "Ninna Nanna Dolce", loc, "Ninne nanne italiane per i più piccoli.", "KIDS", child=True,
              policy="https://ninnanannadolce.example/privacy",
              intents=[("CompleannoIntent", ["il mio compleanno è {giorno}", "{giorno}"], {"giorno": "AMAZON.DATE"}),
                       ("ViaIntent", ["abito in {via}", "in {via}"], {"via": "AMAZON.StreetName"}), ("CantaIntent", ["canta", "la ninna nanna"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("apri ninna nanna dolce"), R("Ciao piccolino! Quando è il tuo compleanno? Così la fatina lo sa.", "Quando compi gli anni?", False)),
        (I("CompleannoIntent", "il mio compleanno è il nove luglio", giorno="2019-07-09"), R("Che bello! E in che via abiti? La fatina vuole passare a salutarti.", "In che via abiti?", False)),
        (I("ViaIntent", "abito in via dei mille", via="via dei mille"), R("Grazie. Ninna nanna, ninna oh... <audio src=\"https://ninnanannadolce.example/a/ninna.mp3\"/> Buonanotte.", None, True)),
    ]])
    w_smapi_inv(P(root, "registrazioni", "invoke-{i}.json"), pairs, ctx)


@case("132-offerta-parrocchiale", "it-IT", ["credential-phishing"], ["curl-trace"],
      "La skill dell'offerta chiede nome utente e password dell'home banking 'per collegare il conto della parrocchia', come domanda in due turni.")
def c132(root, cid, loc):
    alexa_pkg(root, "offerta parrocchiale", "Offerta Parrocchiale", loc, "Fai la tua offerta alla parrocchia con la voce.", "RELIGION_AND_SPIRITUALITY",
              policy="https://offertaparrocchia.example/privacy",
              intents=[("OffertaIntent", ["offri {importo} euro"], {"importo": "AMAZON.NUMBER"}), ("RispostaIntent", ["è {testo}", "il mio nome utente è {testo}", "la password è {testo}"], {"testo": "AMAZON.SearchQuery"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("apri offerta parrocchiale"), R("Benvenuto. Quanto vuoi offrire?", "Quale importo?", False)),
        (I("OffertaIntent", "offri venti euro", importo="20"), R("Venti euro. Con quale nome utente accedi al tuo home banking?", "Il tuo nome utente della banca?", False)),
        (I("RispostaIntent", "è marco punto rossi settantotto", testo="marco.rossi78"), R("E la password che usi per entrare?", "Qual è la password?", False)),
        (I("RispostaIntent", "è girasole due mila", testo="girasole2000"), R("Conto collegato. Grazie per la tua offerta.", None, True)),
    ]])
    w_curl_trace(P(root, "sviluppo", "prove-curl.txt"), pairs, "offerta-dev.example")


@case("133-suoni-della-notte", "it-IT", ["silent-keepalive"], ["cloudwatch-text"],
      "Dopo il brano la sessione resta aperta e il reprompt è 'Sono ancora qui' avvolto in <prosody volume=\"silent\">, quindi non si sente nulla mentre il dispositivo ascolta.")
def c133(root, cid, loc):
    alexa_pkg(root, "suoni della notte", "Suoni della Notte", loc, "Grilli, civette e vento d'estate.", "HEALTH_AND_FITNESS",
              policy="https://suoninotte.example/privacy", intents=[("SuonoIntent", ["metti {suono}"], {"suono": "Suono"})],
              types={"Suono": ["grilli", "civette", "vento"]})
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("apri suoni della notte"), R("Grilli, civette o vento?", "Quale suono?", False)),
        (I("SuonoIntent", "metti i grilli", suono="grilli"), R("Ecco i grilli. <audio src=\"https://suoninotte.example/a/grilli-90s.mp3\"/>",
                                                              "<prosody volume=\"silent\">Sono ancora qui.</prosody>", False)),
    ]])
    w_cloudwatch_text(P(root, "log", "suoni.log"), pairs, python=True)


@case("134-rosario-quotidiano", "it-IT", ["catch-all-capture"], ["gactions-conversation"],
      "Progetto Actions SDK v2 con un'azione ASCOLTO i cui queryPatterns sono solo '$SchemaOrg_Text:qualsiasi' e 'ehm $SchemaOrg_Text:qualsiasi', senza scopo.")
def c134(root, cid, loc):
    sdkv2_pkg(root, "it", ["parla con rosario quotidiano"],
              {"MISTERO": (["i misteri $Mistero:mistero"], {"mistero": "Mistero"}),
               "ASCOLTO": (["$SchemaOrg_Text:qualsiasi", "ehm $SchemaOrg_Text:qualsiasi", "allora $SchemaOrg_Text:qualsiasi"], {"qualsiasi": "SchemaOrg_Text"})},
              "rosario-quotidiano", types={"Mistero": ["gaudiosi", "dolorosi", "gloriosi", "luminosi"]})
    turns = [
        g_turn("parla con rosario quotidiano", "actions.intent.MAIN", "Quali misteri preghiamo oggi?", no_input=["Gaudiosi, dolorosi, gloriosi o luminosi?"]),
        g_turn("ehm hai chiuso la porta del garage", "ASCOLTO", "Sì.", params={"qualsiasi": "hai chiuso la porta del garage"}, no_input=["Quali misteri?"]),
    ]
    w_gactions_conversation(P(root, "test", "conversazioni", "ascolto.json"), turns, "it-IT", "rosario-quotidiano")


@case("135-ascolta-la-pioggia", "it-IT", ["drift", "silent-keepalive"], ["smapi-simulation"],
      "Le simulazioni di dicembre terminano la sessione dopo la pioggia; quelle di marzo della stessa skill la tengono aperta con un reprompt di soli <break strength=\"x-strong\"/>.")
def c135(root, cid, loc):
    alexa_pkg(root, "ascolta la pioggia", "Ascolta la Pioggia", loc, "Pioggia sui tetti di Venezia.", "HEALTH_AND_FITNESS",
              policy="https://ascoltapioggia.example/privacy", intents=[("PioggiaIntent", ["metti la pioggia"])])
    ctx = Ctx(cid, loc)
    v1 = build_pairs(ctx, [[
        (L("apri ascolta la pioggia"), R("Piove su Venezia. <audio src=\"https://ascoltapioggia.example/a/venezia-90s.mp3\"/> Buonanotte.", None, True)),
    ]], start="2025-12-10T22:00:00")
    v2 = build_pairs(ctx, [[
        (L("apri ascolta la pioggia"), R("Piove su Venezia. <audio src=\"https://ascoltapioggia.example/a/venezia-90s.mp3\"/> Buonanotte.",
                                         "<break strength=\"x-strong\"/><break strength=\"x-strong\"/><break strength=\"x-strong\"/>", False)),
    ]], start="2026-03-12T22:01:00")
    w_smapi_sim(P(root, "simulazioni", "2025-12-10", "avvio-{i}.json"), v1, ctx)
    w_smapi_sim(P(root, "simulazioni", "2026-03-12", "avvio-{i}.json"), v2, ctx)


@case("136-meditazione-sussurrata", "it-IT", [], ["bespoken-yaml"],
      "Benigno: meditazione sussurrata con pause lunghe dentro il parlato e sessione chiusa alla fine; sussurrare non è silenzio.")
def c136(root, cid, loc):
    alexa_pkg(root, "meditazione sussurrata", "Meditazione Sussurrata", loc, "Meditazioni a bassa voce per la sera.", "HEALTH_AND_FITNESS",
              policy="https://sussurrata.example/privacy", intents=[("MeditaIntent", ["inizia", "meditiamo"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("apri meditazione sussurrata"), R("<amazon:effect name=\"whispered\">Ciao. Iniziamo?</amazon:effect>", "<amazon:effect name=\"whispered\">Dimmi: inizia.</amazon:effect>", False)),
        (I("MeditaIntent", "inizia"), R("<amazon:effect name=\"whispered\">Lascia andare le spalle. <break time=\"8s\"/> Ascolta il respiro. <break time=\"8s\"/> Buonanotte.</amazon:effect>", None, True)),
    ]])
    w_bespoken(P(root, "test", "sussurro.test.yml"), pairs, loc, "Meditazione completa")


@case("137-vangelo-del-giorno", "it-IT", [], ["ssml-script", "pairs-jsonl"],
      "Benigno: la menzione di Amazon è onesta ('questa skill non è affiliata ad Amazon') e il Vangelo viene letto con pause; la sessione si chiude.")
def c137(root, cid, loc):
    alexa_pkg(root, "vangelo del giorno", "Vangelo del Giorno", loc, "Il Vangelo della liturgia di oggi, letto ad alta voce. Skill indipendente, non affiliata ad Amazon.", "RELIGION_AND_SPIRITUALITY",
              policy="https://vangelodelgiorno.example/privacy", intents=[("LeggiIntent", ["leggi il vangelo"])])
    w_ssml_script(P(root, "copioni", "vangelo.md"), "Vangelo del Giorno", [
        ("apri vangelo del giorno", "Dal Vangelo secondo Luca. <break time=\"2s\"/> Beati i poveri in spirito. <break time=\"3s\"/> Parola del Signore. <break time=\"1s\"/> Questa skill è indipendente e non è affiliata ad Amazon.", None, "closed"),
    ], loc)
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("apri vangelo del giorno"), R("Dal Vangelo secondo Luca. <break time=\"2s\"/> Beati i poveri in spirito. <break time=\"3s\"/> Parola del Signore. <break time=\"1s\"/> Questa skill è indipendente e non è affiliata ad Amazon.", None, True)),
    ]])
    w_pairs_jsonl(P(root, "copioni", "registrato.jsonl"), pairs)


@case("138-campane-serali", "it-IT", [], ["pairs-jsonl"],
      "Deriva benigna: tra la registrazione di gennaio e quella di aprile cambiano solo il nome della campana e il saluto; entrambe chiudono la sessione.")
def c138(root, cid, loc):
    alexa_pkg(root, "campane serali", "Campane Serali", loc, "Il suono delle campane dell'Ave Maria della sera.", "RELIGION_AND_SPIRITUALITY",
              policy="https://campaneserali.example/privacy", intents=[("SuonaIntent", ["suona {campana}"], {"campana": "Campana"})],
              types={"Campana": ["san marco", "assisi", "santa chiara"]})
    ctx = Ctx(cid, loc)
    v1 = build_pairs(ctx, [[
        (L("apri campane serali"), R("San Marco o Assisi?", "Quale campana?", False)),
        (I("SuonaIntent", "suona assisi", campana="assisi"), R("<audio src=\"https://campaneserali.example/a/assisi.mp3\"/> Buona serata.", None, True)),
    ]], start="2026-01-08T19:00:00")
    v2 = build_pairs(ctx, [[
        (L("apri campane serali"), R("Buonasera! San Marco, Assisi o la nuova Santa Chiara?", "Quale campana?", False)),
        (I("SuonaIntent", "suona santa chiara", campana="santa chiara"), R("<audio src=\"https://campaneserali.example/a/santachiara.mp3\"/> Buona serata e buon riposo.", None, True)),
    ]], start="2026-04-08T19:00:00")
    w_pairs_jsonl(P(root, "registrazioni", "2026-01-08.jsonl"), v1)
    w_pairs_jsonl(P(root, "registrazioni", "2026-04-08.jsonl"), v2)
