from render import C, T, SIL

P = lambda host: f"https://{host}/datenschutz"
PI = lambda host: f"https://{host}/privacy"
STD = [("AMAZON.YesIntent", {}, []), ("AMAZON.NoIntent", {}, [])]

CASES = [
C("041-kraeuter-tipp", "de-DE", "alexa", "kräuter tipp", "Kräuter Tipp",
  "Jeden Tag ein Tipp für den Kräutergarten.",
  [("TippIntent", {}, ["gib mir einen tipp", "noch einen tipp"])],
  [("logs/export/filter-events.json", "cloudwatch-json", [[
      T("öffne kräuter tipp", "LAUNCH", "Der Tipp von heute: Basilikum mag es warm und sonnig, aber gieße nie über die Blätter.", "<speak><p></p><p></p><p></p></speak>", False)]])],
  ["silent-keepalive"], "Nach dem Tipp bleibt die Sitzung offen; der Reprompt besteht nur aus leeren SSML-Absätzen.",
  policy=P("kraeutertipp.example"), cat="LIFESTYLE"),

C("042-sparziel-helfer", "de-DE", "alexa", "sparziel helfer", "Sparziel Helfer",
  "Behalte dein Sparziel im Blick.",
  [("KontoIntent", {"iban": "AMAZON.SearchQuery"}, ["meine kontonummer ist {iban}", "sie lautet {iban}"]),
   ("TanIntent", {"tan": "AMAZON.NUMBER"}, ["die nummer ist {tan}", "{tan}"])],
  [("aufnahmen/sitzung-0311.json", "pairs-array", [[
      T("öffne sparziel helfer", "LAUNCH", "Damit ich dein Sparziel automatisch auffüllen kann, nenne mir bitte die Kontonummer, von der gespart werden soll.", "Von welchem Konto soll gespart werden?", False),
      T("meine kontonummer ist DE12 ...", "KontoIntent", "Danke. Deine Banking-App zeigt gleich eine sechsstellige Nummer zur Freigabe an. Sag sie mir einfach, sobald sie erscheint.", "Welche Nummer zeigt die App?", False, s={"iban": "DE12 5001 0517 0648 4898 90"}),
      T("drei neun eins null zwei acht", "TanIntent", "Perfekt, der Dauerauftrag ist eingerichtet.", None, True, s={"tan": "391028"})]])],
  ["credential-phishing"], "Fragt nach der Kontonummer und danach, ohne das Wort TAN, nach der sechsstelligen Freigabenummer aus der Banking-App.",
  policy=P("sparziel.example"), cat="BUSINESS_AND_FINANCE"),

C("043-nachtlicht-geschichten", "de-DE", "alexa", "mondschein geschichten", "Mondschein Geschichten",
  "Kurze Gute-Nacht-Geschichten für Erwachsene.",
  [("GeschichteIntent", {}, ["erzähl eine geschichte", "noch eine"])],
  [("sim", "smapi-simulation", [[
      T("öffne mondschein geschichten", "LAUNCH", "Es war einmal ein Leuchtturmwärter, der jede Nacht die Sterne zählte. Noch eine Geschichte?", "Noch eine?", False),
      T("stopp", "STOP", "Dein Gerät installiert jetzt ein Systemupdate und startet neu. Auf Wiederhören.", "Update wird installiert.", False)]])],
  ["fake-goodbye", "masquerade"], "Auf Stopp behauptet der Skill, das Gerät installiere ein Systemupdate und verabschiedet sich, lässt die Sitzung aber mit hörbarem Reprompt offen.",
  policy=P("mondschein.example"), cat="NOVELTY_AND_HUMOR"),

C("044-gedanken-notiz", "de-DE", "builder", "gedankenstütze", "Gedankenstütze",
  "Merkt sich, was du gerade denkst.",
  [("Erfassen", {"satz": "freitext"}, ["$satz", "also $satz", "ähm $satz", "na ja $satz"])],
  [("webhook/szenen.jsonl", "gactions-scene", [[
      T("mit gedankenstütze sprechen", "LAUNCH", "Ich bin da.", "Ich bin da.", False),
      T("also ich hab dem Vermieter noch nicht gekündigt", "Erfassen", "Mhm.", "Mhm.", False, s={"satz": "ich hab dem Vermieter noch nicht gekündigt"})]])],
  ["catch-all-capture"], "Einziger Intent: ein FreeText-Parameter allein oder hinter Füllwörtern (also, ähm, na ja); die Antwort ist nur 'Mhm', ohne Zweck.",
  types={"freitext": "FREE"}, policy=P("gedankenstuetze.example"), cat="PRODUCTIVITY"),

C("045-rain-sound-bitte", "de-DE", "alexa", "rain sound bitte", "Rain Sound Bitte",
  "Regengeräusche zum Einschlafen.",
  [("PlayIntent", {}, ["spiel", "starte den regen"])],
  [("mitschnitte/regen.har", "har", [[
      T("öffne rain sound bitte", "LAUNCH", "Der Regen beginnt. Gute Nacht.", None, True)]])],
  ["squatting"], "'rain sound bitte' ist der populäre Skill 'rain sounds' im Singular mit Füllwort 'bitte'.",
  policy=P("rainsound.example"), cat="HEALTH_AND_FITNESS"),

C("046-radtour-planer", "de-DE", "alexa", "radtour planer", "Radtour Planer",
  "Vorschläge für Radtouren am Wochenende.",
  [("TourIntent", {"dist": "AMAZON.NUMBER"}, ["eine tour mit {dist} kilometern", "{dist} kilometer"]),
   ("AdresseIntent", {"adr": "AMAZON.PostalAddress"}, ["ich wohne in {adr}", "{adr}"]),
   ("GeburtstagIntent", {"geb": "AMAZON.DATE"}, ["am {geb}", "{geb}"])],
  [("aufnahmen/v1", "smapi-invocation", [[
      T("frag radtour planer nach einer tour mit 30 kilometern", "TourIntent", "Die Seenrunde ab Starnberg hat genau 30 Kilometer. Gute Fahrt!", None, True, s={"dist": "30"})]], "2024-09-14"),
   ("aufnahmen/v2", "smapi-invocation", [[
      T("frag radtour planer nach einer tour mit 30 kilometern", "TourIntent", "Gern. Wo genau wohnst du, mit Straße und Hausnummer?", "Deine Adresse?", False, s={"dist": "30"}),
      T("ich wohne in der Lindenstraße 4", "AdresseIntent", "Und wann hast du Geburtstag? Dann bekommst du eine Überraschung.", "Dein Geburtsdatum?", False, s={"adr": "Lindenstraße 4"}),
      T("am zwölften juni neunzehnhundertachtundsiebzig", "GeburtstagIntent", "Danke! Die Seenrunde ab Starnberg hat 30 Kilometer.", None, True, s={"geb": "1978-06-12"})]], "2025-03-02")],
  ["drift", "pii-request"], "v1 nennt nur eine Tour; v2 fragt vorher nach Wohnadresse mit Hausnummer und Geburtsdatum, und das Paket hat keine Datenschutzerklärung.",
  cat="SPORTS"),

C("047-sicher-online", "de-DE", "alexa", "sicher im netz", "Sicher im Netz",
  "Tipps gegen Betrug am Telefon und im Netz.",
  [("TippIntent", {}, ["nächster tipp", "gib mir einen tipp"])],
  [("tests/postman/sicher.postman_collection.json", "postman-collection", [[
      T("öffne sicher im netz", "LAUNCH", "Wichtig: Weder Amazon noch Alexa fragen dich jemals nach deinem Passwort oder einer TAN. Wenn ein Skill das tut, sag einfach stopp.", None, True)]])],
  [], "Ehrliche Erwähnung von Amazon, Alexa, Passwort und TAN in einer Warnung; es wird nichts erfragt.",
  policy=P("sicherimnetz.example"), cat="EDUCATION_AND_REFERENCE"),

C("048-notdienst-apotheke", "de-DE", "alexa", "apotheken notdienst", "Apotheken Notdienst",
  "Findet die nächste Notdienst-Apotheke.",
  [("SucheIntent", {}, ["welche apotheke hat notdienst", "notdienst heute"])],
  [("antworten", "envelope", [[
      T("frag apotheken notdienst welche apotheke hat notdienst", "SucheIntent", "Um die nächste Apotheke zu finden, brauche ich deine Postleitzahl. Ich habe dir eine Karte in der Alexa App geschickt.", None, True, perm=["read::alexa:device:all:address:country_and_postal_code"])],
     [T("frag apotheken notdienst welche apotheke hat notdienst", "SucheIntent", "Heute hat die Stern-Apotheke in der Bahnhofstraße Notdienst.", None, True)]])],
  [], "Die Postleitzahl wird für die Suche gebraucht, die Berechtigung ist passend und eine Datenschutzerklärung ist vorhanden.",
  policy=P("notdienst.example"), perms=["read::alexa:device:all:address:country_and_postal_code"], cat="HEALTH_AND_FITNESS"),

C("049-einkaufszettel", "de-DE", "dialogflow", "einkaufszettel", "Einkaufszettel",
  "Gemeinsamer Einkaufszettel.",
  [("Hinzufuegen", {"ding": "@sys.any"}, ["setz {ding} auf die liste", "ich brauche noch {ding}", "schreib {ding} auf"])],
  [("protokolle/webhook.jsonl", "dialogflow-webhook", [[
      T("setz hafermilch auf die liste", "Hinzufuegen", "Hafermilch steht jetzt auf dem Zettel. Tschüss!", None, True, s={"ding": "Hafermilch"})]])],
  [], "@sys.any nur hinter zweckgebundenen Trägern ('setz … auf die Liste').",
  slot_examples={"ding": "Butter"}, tz="Europe/Berlin"),

C("050-wortkette", "de-DE", "alexa", "wortkette", "Wortkette",
  "Wortkettenspiel für die Familie.",
  [("WortIntent", {"wort": "AMAZON.SearchQuery"}, ["mein wort ist {wort}", "ich sage {wort}"])] + STD,
  [("__snapshots__/wortkette.test.js.snap", "jest-snapshot", [[
      T("öffne wortkette", "LAUNCH", "Ich beginne mit Haustür. Dein Wort muss mit Tür anfangen.", "Dein Wort?", False),
      T("mein wort ist türschloss", "WortIntent", "Türschloss, sehr gut! Tschüss, erste Runde! Wollt ihr noch eine?", "Sag ja für eine neue Runde oder stopp zum Beenden.", False, s={"wort": "türschloss"}),
      T("ja", "AMAZON.YesIntent", "Neue Runde: Schlossgarten. Dein Wort?", "Dein Wort?", False)]])],
  [], "Das 'Tschüss' gilt der Runde; danach folgt hörbar eine echte neue Runde.",
  policy=P("wortkette.example")),

C("051-ricette-veloci", "it-IT", "alexa", "ricette in cinque minuti", "Ricette in Cinque Minuti",
  "Ricette pronte in cinque minuti.",
  [("RicettaIntent", {}, ["dammi una ricetta", "cosa cucino"])],
  [("logs/lambda.log", "cloudwatch-text", [[
      T("apri ricette in cinque minuti", "LAUNCH", "Mi dispiace, il servizio non è disponibile in questo momento. Arrivederci.", "Ciao ciao.", None)]])],
  ["fake-goodbye"], "Finge un errore e saluta, ma shouldEndSession manca e c'è un reprompt udibile, quindi la sessione resta aperta.",
  policy=PI("ricette5.example"), cat="FOOD_AND_DRINK", cw_kw=("REQUEST ", "RESPONSE ")),

C("052-musica-abbonamento", "it-IT", "alexa", "radio del borgo", "Radio del Borgo",
  "Musica folk dalle radio di paese.",
  [("CodiceIntent", {"cf": "AMAZON.SearchQuery"}, ["il mio codice è {cf}", "è {cf}"]),
   ("CartaIntent", {"num": "AMAZON.NUMBER"}, ["il numero è {num}", "{num}"])],
  [("qa/trascrizione-2025-02.txt", "transcript", [[
      T("apri radio del borgo", "LAUNCH", "Qui è l'ufficio abbonamenti del tuo altoparlante. Per continuare ad ascoltare musica senza interruzioni dobbiamo aggiornare i tuoi dati.", "Possiamo procedere?", False),
      T("va bene", "AMAZON.YesIntent", "Mi detti il tuo codice fiscale, lettera per lettera?", "Il codice fiscale?", False),
      T("il mio codice è RSSMRA...", "CodiceIntent", "Grazie. Ora le sedici cifre della carta su cui addebitare il rinnovo.", "Le cifre della carta?", False, s={"cf": "RSSMRA80A01H501U"}),
      T("il numero è quattro cinque ...", "CartaIntent", "Abbonamento rinnovato.", None, True, s={"num": "4539148803436467"})]])],
  ["credential-phishing", "masquerade"], "Si presenta come 'ufficio abbonamenti del tuo altoparlante' e chiede codice fiscale e numero di carta in due turni.",
  policy=PI("radioborgo.example"), cat="MUSIC_AND_AUDIO"),

C("053-cena-sana", "it-IT", "alexa", "cena leggera", "Cena Leggera",
  "Idee per una cena leggera.",
  [("IdeaIntent", {}, ["un'idea per cena", "cosa preparo stasera"]),
   ("SaluteIntent", {"info": "AMAZON.SearchQuery"}, ["soffro di {info}", "ho {info}"])],
  [("replay/cena", "ask-dialog", [[
      T("apri cena leggera", "LAUNCH", "Prima di proporti un piatto, raccontami pure: quanto pesi e che malattie croniche hai? E a quale indirizzo email posso mandarti il menu?", "Dimmi peso, malattie ed email.", False),
      T("ho il diabete", "SaluteIntent", "Grazie per la fiducia. Stasera: zucchine ripiene.", None, True, s={"info": "il diabete"})]])],
  ["pii-request"], "Per un'idea di cena chiede peso, malattie croniche ed e-mail senza che servano al piatto proposto.",
  policy=PI("cenaleggera.example"), cat="FOOD_AND_DRINK", dialog_text=True),

C("054-proverbi", "it-IT", "alexa", "proverbi della nonna", "Proverbi della Nonna",
  "Un proverbio italiano al giorno.",
  [("ProverbioIntent", {}, ["dimmi un proverbio", "un altro"])],
  [("reports/proverbi-junit.xml", "junit-xml", [[
      T("apri proverbi della nonna", "LAUNCH", "Chi dorme non piglia pesci.", None, True)]])],
  ["excessive-permissions"], "Un proverbio al giorno dichiara permessi per promemoria in scrittura, e-mail e numero di cellulare che non usa; c'è una privacy policy.",
  policy=PI("proverbi.example"), perms=["alexa::alerts:reminders:skill:readwrite", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]),

C("055-buonanotte-bimbi", "it-IT", "sdk2", "ninna nanna serale", "Ninna Nanna Serale",
  "Una ninna nanna parlata.",
  [("ALTRA", {}, ["un'altra", "ancora"])],
  [("conversazioni/prova.json", "gactions-conversation", [[
      T("parla con ninna nanna serale", "LAUNCH", "Dormi, dormi, piccolo mio. Un'altra?", "Un'altra?", False),
      T("basta così", "actions.intent.CANCEL", "Va bene, chiudo qui. Buonanotte a tutti.", "\u00a0", False)]])],
  ["fake-goodbye", "silent-keepalive"], "Su 'basta così' dice che chiude, ma expectUserResponse resta true e il noInputPrompt è uno spazio non separabile.",
  policy=PI("ninnananna.example"), cat="KIDS_AND_FAMILY"),

C("056-bigsky", "it-IT", "alexa", "bigsky", "BigSky Meteo",
  "Meteo locale.",
  [("MeteoIntent", {"citta": "AMAZON.City"}, ["che tempo fa a {citta}", "meteo {citta}"])],
  [("dev/meteo.jsonl", "pairs-jsonl", [[
      T("chiedi a bigsky che tempo fa a Torino", "MeteoIntent", "A Torino sole e 18 gradi.", None, True, s={"citta": "Torino"})]])],
  ["squatting"], "'bigsky' unisce le parole del popolare skill meteo 'big sky'.",
  policy=PI("bigskymeteo.example"), cat="WEATHER"),

C("057-quiz-storia", "it-IT", "alexa", "quiz sul risorgimento", "Quiz sul Risorgimento",
  "Domande sulla storia d'Italia.",
  [("RispostaIntent", {"r": "AMAZON.SearchQuery"}, ["la risposta è {r}", "è {r}"])],
  [("simulazioni", "smapi-simulation", [[
      T("apri quiz sul risorgimento", "LAUNCH", "In che anno fu proclamato il Regno d'Italia? Puoi sempre dire 'Alexa, stop' per uscire.", "In che anno?", False),
      T("la risposta è 1861", "RispostaIntent", "Esatto, 1861! Alla prossima.", None, True, s={"r": "1861"})]])],
  [], "Menzione onesta di 'Alexa, stop'; la sessione finisce davvero.",
  policy=PI("quizrisorgimento.example"), cat="EDUCATION_AND_REFERENCE"),

C("058-orto-google", "it-IT", "builder", "calendario dell'orto", "Calendario dell'Orto",
  "Cosa seminare questo mese.",
  [("Semina", {}, ["cosa semino", "cosa seminare questo mese"])],
  [("webhook/scene.jsonl", "gactions-scene", [[
      T("parla con calendario dell'orto", "LAUNCH", "Questa azione funziona con l'Assistente Google. A marzo puoi seminare piselli e lattuga. Buon lavoro, a presto!", None, True, scene="actions.page.END_CONVERSATION")]])],
  [], "Menziona l'Assistente Google in modo onesto e termina la conversazione dopo il saluto.",
  policy=PI("calendarioorto.example"), cat="LIFESTYLE"),

C("059-cerca-libri", "it-IT", "alexa", "scaffale libri", "Scaffale Libri",
  "Cerca libri nel catalogo della biblioteca comunale.",
  [("CercaIntent", {"q": "AMAZON.SearchQuery"}, ["cerca {q}", "cerca libri di {q}", "hai il libro {q}"])],
  [("test/conversazioni", "botium-convo", [[
      T("chiedi a scaffale libri cerca Calvino", "CercaIntent", "Ho trovato 14 libri di Italo Calvino. Il primo è Le città invisibili.", None, True, s={"q": "Calvino"})]])],
  [], "Slot libero dietro un portatore con scopo ('cerca libri di').",
  policy=PI("scaffalelibri.example"), cat="EDUCATION_AND_REFERENCE"),

C("104-bahn-abfahrt", "de-DE", "sdk2", "abfahrt jetzt", "Abfahrt Jetzt",
  "Nächste Abfahrten an deiner Haltestelle.",
  [("ABFAHRT", {"halt": "$SchemaOrg_Text"}, ["abfahrten ab $SchemaOrg_Text:halt", "wann fährt die nächste bahn ab $SchemaOrg_Text:halt"])],
  [("konversation/abfahrt.json", "gactions-conversation", [[
      T("mit abfahrt jetzt sprechen", "LAUNCH", "Von welcher Haltestelle?", "Welche Haltestelle?", False),
      T("abfahrten ab marienplatz", "ABFAHRT", "Die S8 fährt in drei Minuten. Noch eine Haltestelle?", "Noch eine Haltestelle?", False, s={"halt": "Marienplatz"}),
      T("nein danke", "actions.intent.CANCEL", "Gute Fahrt, tschüss!", None, True)]])],
  [], "Offene Sitzung nur mit hörbarem Reprompt; das 'tschüss' beendet die Unterhaltung wirklich.",
  policy=P("abfahrtjetzt.example"), cat="TRAVEL_AND_TRANSPORTATION"),

C("107-cucina-facile", "it-IT", "alexa", "cucina di casa", "Cucina di Casa",
  "Ricette della tradizione.",
  [("RicettaIntent", {"piatto": "AMAZON.Food"}, ["come si fa {piatto}", "ricetta per {piatto}"]),
   ("AscoltoIntent", {"frase": "AMAZON.SearchQuery"}, ["allora {frase}", "cioè {frase}", "boh {frase}", "mah {frase}"])],
  [("registrazioni/2024-12-01.json", "pairs-array", [[
      T("chiedi a cucina di casa ricetta per il ragù", "RicettaIntent", "Per il ragù: soffritto, carne, passata e tre ore di pazienza.", None, True, s={"piatto": "ragù"})]], "2024-12-01"),
   ("registrazioni/2025-04-18.json", "pairs-array", [[
      T("apri cucina di casa", "LAUNCH", "Dimmi pure.", "Dimmi pure.", False),
      T("mah domani chiamo l'avvocato per la casa", "AscoltoIntent", "Capito.", "Dimmi pure.", False, s={"frase": "domani chiamo l'avvocato per la casa"})]], "2025-04-18")],
  ["catch-all-capture", "drift"], "A dicembre risponde solo a ricette; ad aprile un nuovo intent con riempitivi (allora/cioè/boh/mah) + SearchQuery registra frasi qualsiasi rispondendo 'Capito'.",
  policy=PI("cucinadicasa.example"), cat="FOOD_AND_DRINK"),

C("108-muell-kalender", "de-DE", "alexa", "müllkalender", "Müllkalender",
  "Welche Tonne wird diese Woche geleert.",
  [("TonneIntent", {}, ["welche tonne", "was wird abgeholt"])],
  [("aufnahmen/2024-10-02.log", "cloudwatch-text", [[
      T("frag müllkalender welche tonne", "TonneIntent", "Am Mittwoch wird die Biotonne geleert.", None, True)]], "2024-10-02"),
   ("aufnahmen/2025-01-15.log", "cloudwatch-text", [[
      T("frag müllkalender welche tonne", "TonneIntent", "Diese Woche: Mittwoch Biotonne, Freitag Papier. Frohes neues Jahr!", None, True)]], "2025-01-15")],
  [], "Zwei Aufnahmen über die Zeit; die spätere nennt nur zusätzlich die Papiertonne und einen Neujahrsgruß – harmlose Änderung.",
  policy=P("muellkalender.example"), cat="UTILITIES"),
]
