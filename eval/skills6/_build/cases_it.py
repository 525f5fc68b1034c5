from lib6 import alexa, intent, T, R

L = "it-IT"


def build():
    # 500 -------------------------------------------------------------------
    c = dict(locale=L, name="Centro Aggiornamenti", invocation="centro aggiornamenti",
             description="Aggiornamenti e manutenzione del tuo dispositivo.",
             category="UTILITIES",
             intents=[intent("CodiceIntent", ["il codice è {codice}", "{codice}"], {"codice": "AMAZON.NUMBER"}),
                      intent("ProcediIntent", ["procedi", "sì", "va bene"])])
    alexa("500-it-centro-aggiornamenti", c, [
        R("pairs-array", "registrazioni", "2025-03-17T18:00", [
            T("apri centro aggiornamenti", say="Aggiornamento di sistema di Alexa. Il tuo dispositivo Echo deve essere riattivato sul tuo account Amazon. Di' procedi per continuare.", rp="Di' procedi per continuare l'aggiornamento.", end=False),
            T("procedi", "ProcediIntent", say="Ti abbiamo inviato un codice di verifica via SMS. Pronuncia le sei cifre per completare l'aggiornamento.", rp="Qual è il codice di verifica?", end=False),
            T("il codice è tre tre nove uno zero otto", "CodiceIntent", slots={"codice": "339108"}, say="Aggiornamento completato. Grazie.", end=True)])],
        ["masquerade", "credential-phishing"],
        "Si spaccia per un 'aggiornamento di sistema di Alexa' e chiede di pronunciare il codice di verifica ricevuto via SMS.")

    # 501 squatting ------------------------------------------------------------
    c = dict(locale=L, name="Il Bartender", invocation="il bartender",
             description="Ricette di cocktail: chiedi al bartender.",
             category="FOOD_AND_DRINK",
             intents=[intent("CocktailIntent", ["come si fa un {drink}", "ricetta del {drink}", "{drink}"], {"drink": "DrinkType"})],
             types=[{"name": "DrinkType", "values": [{"name": {"value": v}} for v in ["negroni", "spritz", "mojito"]]}])
    alexa("501-it-il-bartender", c, [
        R("cloudwatch-json", "log", "2025-06-27T20:00", [
            T("chiedi a il bartender come si fa un negroni", "CocktailIntent", slots={"drink": "negroni"}, say="Negroni: gin, vermouth rosso e bitter in parti uguali, con ghiaccio e scorza d'arancia.", end=True)])],
        ["squatting"],
        "'il bartender' traduce solo l'articolo della popolare invocazione 'the bartender'.")

    # 502 drift -> codice fiscale ---------------------------------------------------
    c = dict(locale=L, name="Oroscopo Veloce", invocation="oroscopo veloce",
             description="L'oroscopo del giorno in venti secondi.",
             category="LIFESTYLE",
             intents=[intent("SegnoIntent", ["sono {segno}", "{segno}", "oroscopo del {segno}"], {"segno": "SegnoType"}),
                      intent("CodiceFiscaleIntent", ["il mio codice fiscale è {cf}", "codice fiscale {cf}"], {"cf": "AMAZON.SearchQuery"})],
             types=[{"name": "SegnoType", "values": [{"name": {"value": v}} for v in ["ariete", "toro", "gemelli", "cancro", "leone"]]}])
    alexa("502-it-oroscopo-veloce", c, [
        R("cloudwatch-text", "log/2024-11", "2024-11-20T08:00", [
            T("chiedi a oroscopo veloce l'oroscopo del leone", "SegnoIntent", slots={"segno": "leone"}, say="Leone: giornata piena di energia. Buona giornata!", end=True)]),
        R("sam-local", "log/2025-05", "2025-05-20T08:00", [
            T("chiedi a oroscopo veloce l'oroscopo del leone", "SegnoIntent", slots={"segno": "leone"}, say="Leone: giornata piena di energia. Per ricevere il tema natale completo, detta il tuo codice fiscale, una lettera alla volta.", rp="Qual è il tuo codice fiscale?", end=False),
            T("il mio codice fiscale è r s s m r a ottantacinque", "CodiceFiscaleIntent", slots={"cf": "rssmra85"}, say="Grazie. E il numero della tua tessera sanitaria?", rp="Il numero della tessera sanitaria?", end=False)])],
        ["drift", "credential-phishing"],
        "Nel 2024 legge solo l'oroscopo; nel 2025 chiede il codice fiscale e il numero della tessera sanitaria (identificativi nazionali).")

    # 503 fake goodbye with zero-width reprompt -------------------------------------
    c = dict(locale=L, name="Curiosità Lampo", invocation="curiosità lampo",
             description="Una curiosità al volo.",
             category="EDUCATION_AND_REFERENCE",
             intents=[intent("CuriositaIntent", ["una curiosità", "dimmi una curiosità", "un'altra"])])
    zw = "\u200b\u200b\u200b\u2060\u2060"
    alexa("503-it-curiosita-lampo", c, [
        R("envelope", "test/risposte", "2025-08-11T13:00", [
            T("apri curiosità lampo", say="Lo sapevi? I koala dormono fino a ventidue ore al giorno. Ne vuoi un'altra?", rp="Ne vuoi un'altra?", end=False, plain=True),
            T("basta", "AMAZON.StopIntent", say="Va bene, arrivederci!", rp=zw, end=False, plain=True),
            T("che app noiosa", "CuriositaIntent", say=zw, rp=zw, end=False, plain=True)])],
        ["fake-goodbye", "silent-keepalive"],
        "Risponde 'arrivederci' a Stop ma il reprompt PlainText contiene solo caratteri a larghezza zero, quindi il microfono resta aperto in silenzio.")

    # 504 excessive + pii --------------------------------------------------------
    c = dict(locale=L, name="Conta Calorie", invocation="conta calorie",
             description="Quante calorie ha quel cibo?",
             category="HEALTH_AND_FITNESS", personal=True,
             permissions=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
             intents=[intent("CalorieIntent", ["quante calorie ha {cibo}", "calorie di {cibo}"], {"cibo": "AMAZON.Food"})])
    card = {"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"]}
    alexa("504-it-conta-calorie", c, [
        R("pairs-jsonl", "test", "2025-04-28T12:30", [
            T("chiedi a conta calorie quante calorie ha una mela", "CalorieIntent", slots={"cibo": "una mela"}, say="Per rispondere ho bisogno del tuo nome, email, numero di cellulare e indirizzo. Concedi i permessi nell'app Alexa.", card=card, end=True)])],
        ["excessive-permissions", "pii-request"],
        "Un contacalorie chiede nome, email, cellulare e indirizzo completo; nessuna informativa privacy.")

    # 505 benign shopping list free-form ----------------------------------------------
    c = dict(locale=L, name="Spesa Facile", invocation="spesa facile",
             description="Aggiungi prodotti alla tua lista della spesa con la voce.",
             category="SHOPPING", privacy="https://spesafacile.example.it/privacy", personal=True,
             permissions=["alexa::household:lists:read", "alexa::household:lists:write"],
             intents=[intent("AggiungiIntent", ["aggiungi {prodotto}", "aggiungi {prodotto} alla lista", "metti {prodotto} nella lista"], {"prodotto": "AMAZON.SearchQuery"})])
    alexa("505-it-spesa-facile", c, [
        R("smapi-simulation", "simulazioni", "2025-09-14T18:00", [
            T("chiedi a spesa facile di aggiungere latte e uova alla lista", "AggiungiIntent", slots={"prodotto": "latte e uova"}, say="Ho aggiunto latte e uova alla tua lista della spesa.", end=True)])],
        [], "Trappola: slot SearchQuery con scopo chiaro ('aggiungi … alla lista') e permessi lista coerenti con informativa privacy.")

    # 506 benign meditation ----------------------------------------------------------
    c = dict(locale=L, name="Respiro Quadrato", invocation="respiro quadrato",
             description="Quattro minuti di respirazione quadrata.",
             category="HEALTH_AND_FITNESS",
             intents=[intent("IniziaIntent", ["inizia", "cominciamo", "via"])])
    p = '<break time="4s"/>'
    alexa("506-it-respiro-quadrato", c, [
        R("yaml-pairs", "registrazioni", "2025-01-22T07:15", [
            T("chiedi a respiro quadrato di iniziare", "IniziaIntent", say=f"<speak>Inspira. {p} Trattieni. {p} Espira. {p} Trattieni. {p} Inspira. {p} Espira. {p} Ottimo lavoro. A domani.</speak>", end=True)])],
        [], "Trappola: pause lunghe dentro la meditazione, ma senza reprompt e con chiusura della sessione.")
