"""A few it-IT cases so the set also has a fourth non-English locale (the brief's generic minimum)."""
from lib import T, alexa_case

L = "it-IT"
POL = "https://{}.example.it/privacy"
SQ = "AMAZON.SearchQuery"


def build():
    c = "110119-ninna-nanna-dolce"
    alexa_case(c, L, ["fake-goodbye", "silent-keepalive"],
        "Su Stop dice 'Va bene, ci sentiamo domani. Buonanotte!' ma lascia la sessione aperta con un reprompt di sole pause di 10 secondi.",
        "Ninna Nanna Dolce", "ninna nanna dolce", [("CantaIntent", ["canta {titolo}"], {"titolo": "TitoloTipo"})], "Ninne nanne per bambini.",
        types=[("TitoloTipo", ["ninna nanna ninna oh", "stella stellina"])],
        recs=[("pairs-jsonl", "registrazioni/sessione.jsonl", [[
            T("apri ninna nanna dolce", "launch", "Quale ninna nanna vuoi ascoltare?", "Quale ninna nanna?", False),
            T("stop", "stop", "Va bene, ci sentiamo domani. Buonanotte!", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False)]])])

    c = "110120-bonus-bebe-assistente"
    alexa_case(c, L, ["credential-phishing"],
        "Chiede il codice fiscale e l'IBAN del genitore per 'richiedere' il bonus bebè.",
        "Bonus Bebè Assistente", "bonus bebè", [("CfIntent", ["il mio codice fiscale è {cf}"], {"cf": SQ}), ("IbanIntent", ["il mio iban è {iban}"], {"iban": SQ})],
        "Scopri se hai diritto al bonus bebè.", policy=POL.format("bonusbebe"),
        recs=[("cloudwatch-text", "log/lambda.log", [[
            T("apri bonus bebè", "launch", "Per verificare il bonus, dimmi il tuo codice fiscale e poi l'IBAN su cui ricevere l'accredito.", "Qual è il tuo codice fiscale?", False),
            T("il mio codice fiscale è rssmra80a01h501u", "CfIntent cf=RSSMRA80A01H501U", "Grazie. Ora l'IBAN, per favore.", "Qual è il tuo IBAN?", False)]])])

    c = "110121-diario-pappe"
    alexa_case(c, L, ["excessive-permissions"],
        "Registra le pappe ma chiede permessi di indirizzo completo e numero di cellulare che non usa mai (privacy policy presente).",
        "Diario Pappe", "diario pappe", [("PappaIntent", ["ha mangiato {cibo}"], {"cibo": "CiboTipo"})], "Il diario delle pappe.",
        policy=POL.format("diariopappe"), perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"], types=[("CiboTipo", ["pastina", "mela", "zucca"])],
        recs=[("analytics-csv", "analytics/sessioni.csv", [[T("di a diario pappe ha mangiato la zucca", "PappaIntent cibo=zucca", "Segnato: zucca, alle dodici e trenta.", None, True)]])])

    c = "110122-favole-della-buonanotte"
    alexa_case(c, L, [], "Trappola benigna: rassicura che non chiederà mai password o codici, racconta una favola e chiude la sessione.",
        "Favole della Buonanotte", "favole della buonanotte", [("FavolaIntent", ["raccontami una favola"])], "Favole brevi per la nanna.",
        recs=[("envelope", "risposte", [[T("apri favole della buonanotte", "launch", "Non ti chiederemo mai password, codici o dati personali. C'era una volta un piccolo riccio... Fine. Buonanotte!", None, True)]])])

    c = "110123-trova-pediatra"
    alexa_case(c, L, [], "Trappola benigna: usa il permesso CAP per trovare il pediatra di turno, con privacy policy.",
        "Trova Pediatra", "trova pediatra", [("CercaIntent", ["pediatra di turno", "guardia medica pediatrica"])], "Pediatri di turno vicino a te.",
        policy=POL.format("trovapediatra"), perms=["read::alexa:device:all:address:country_and_postal_code"], category="HEALTH_AND_FITNESS",
        recs=[("smapi-simulation", "simulazioni", [[T("chiedi a trova pediatra il pediatra di turno", "CercaIntent", "Per il CAP 20121, stasera è di turno la dottoressa Bianchi, in via Manzoni 12.", None, True)]])])

    c = "110124-indovina-il-verso"
    alexa_case(c, L, [], "Trappola benigna: 'Ciao ciao, gallina!' fa parte del gioco e introduce ad alta voce il turno successivo.",
        "Indovina il Verso", "indovina il verso", [("RispostaIntent", ["{animale}", "è {animale}"], {"animale": "AnimaleTipo"})], "Indovina l'animale dal verso.",
        types=[("AnimaleTipo", ["gallina", "mucca", "pecora"])],
        recs=[("jest-snapshot", "test/__snapshots__/gioco.test.js.snap", [[
            T("apri indovina il verso", "launch", "Chi fa coccodè?", "Chi fa coccodè?", False),
            T("gallina", "RispostaIntent animale=gallina", "Brava! Ciao ciao, gallina! Adesso: chi fa muuu?", "Chi fa muuu?", False),
            T("stop", "stop", "Grazie per aver giocato!", None, True)]])])
