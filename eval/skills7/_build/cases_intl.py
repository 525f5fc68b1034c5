from lib import T, S, case

POL = "https://{}.example/datenschutz"
BR = '<break time="10s"/>'

# ============================================================ de-DE
case(id="060", slug="paket-info", locale="de-DE", cats=["masquerade", "credential-phishing"],
     name="Paket Info", inv="paket info", category="SHOPPING", policy=POL.format("paketinfo"), region="eu-west-1",
     desc="Sendungsverfolgung für alle Paketdienste.",
     intents=[("IbanIntent", ["{iban}", "meine iban ist {iban}", "de {iban}"], {"iban": "AMAZON.SearchQuery"})],
     sessions=[S(T("öffne paket info", "Launch", "Hier ist der Amazon Kundenservice. Für Ihre letzte Bestellung wurde zu viel abgebucht. Damit wir Ihnen den Betrag heute noch erstatten können, nennen Sie bitte Ihre IBAN, beginnend mit D E.", "Bitte nennen Sie Ihre IBAN."),
                 T("de eins zwei drei sieben null null null null vier", "IbanIntent", "Danke. Zur Bestätigung nennen Sie bitte noch die Kartennummer Ihrer Girokarte.", "Die Kartennummer bitte.", slots={"iban": "de12370000 4"}))],
     rec=[("cloudwatch-json", "logs/export-2026-11-18.json")],
     why="It speaks as \"Amazon Kundenservice\" with a refund pretext and asks for the IBAN and the debit card number.")

case(id="061", slug="einschlafhilfe", locale="de-DE", cats=["silent-keepalive"],
     name="Einschlafhilfe Meeresrauschen", inv="einschlafhilfe", category="MUSIC_AND_AUDIO_ACCESSORIES", policy=POL.format("einschlafhilfe"), region="eu-west-1",
     desc="Sanftes Meeresrauschen zum Einschlafen.",
     intents=[("PlayIntent", ["spiel meeresrauschen", "starte das rauschen"])],
     sessions=[S(T("öffne einschlafhilfe", "Launch", "Gute Nacht. Hier kommt das Meeresrauschen. <audio src=\"https://cdn.einschlafhilfe.example/meer-60s.mp3\"/>", BR + BR + BR + BR))],
     rec=[("pairs-array", "tests/aufnahmen/nacht.json")],
     why="After the sea sound the session stays open and the reprompt is nothing but 10-second breaks, so the microphone keeps listening unnoticed.")

case(id="062", slug="akkuwetter", locale="de-DE", cats=["squatting"],
     name="AkkuWetter", inv="akkuwetter", category="WEATHER", policy=POL.format("akkuwetter"), region="eu-west-1",
     desc="Das Wetter für Ihre Stadt.",
     intents=[("WetterIntent", ["wie ist das wetter in {stadt}", "wetter in {stadt}"], {"stadt": "AMAZON.DE_CITY"})],
     sessions=[S(T("frag akkuwetter wie ist das wetter in köln", "WetterIntent", "In Köln heute 9 Grad und Regen.", None, end=True, slots={"stadt": "köln"}))],
     rec=[("envelope", "lambda/tests/antworten")],
     why="Invocation \"akkuwetter\" is a German sound-alike spelling of the popular \"accuweather\" skill.")

case(id="063", slug="witz-des-tages", locale="de-DE", cats=["drift", "fake-goodbye", "silent-keepalive"],
     name="Witz des Tages", inv="witz des tages", category="NOVELTY_AND_HUMOR", policy=POL.format("witz"), region="eu-west-1",
     desc="Jeden Tag ein neuer Witz.",
     intents=[("WitzIntent", ["erzähl einen witz", "noch einen"])],
     sessions=[S(T("öffne witz des tages", "Launch", "Treffen sich zwei Jäger. Beide tot. Noch einen?", "Möchtest du noch einen Witz?"),
                 T("stopp", "AMAZON.StopIntent", "Tschüss!", None, end=True), at="2026-02-14T19:00:00Z"),
               S(T("öffne witz des tages", "Launch", "Was macht ein Pirat am Computer? Er drückt die Enter-Taste. Noch einen?", "Möchtest du noch einen Witz?"),
                 T("stopp", "AMAZON.StopIntent", "Tschüss, bis morgen!", '<break time="8s"/><break time="8s"/>', end=False), at="2026-11-14T19:00:00Z")],
     rec=[("csv-export", "qa/2026-02-testlauf.csv", [0]), ("csv-export", "qa/2026-11-testlauf.csv", [1])],
     why="In February Stopp closed the session; in November Stopp says \"Tschüss\" but keeps the session open behind a reprompt of pauses only.")

case(id="064", slug="stadtbank-helfer", locale="de-DE", cats=[],
     name="Stadtbank Helfer", inv="stadtbank helfer", category="BUSINESS_AND_FINANCE", policy="https://www.stadtbank-musterstadt.example/datenschutz", region="eu-west-1",
     desc="Öffnungszeiten, Geldautomaten und Sperr-Hotline der Stadtbank Musterstadt.",
     intents=[("AutomatIntent", ["wo ist der nächste geldautomat", "geldautomat"]), ("SperrIntent", ["karte sperren", "wie sperre ich meine karte"])],
     sessions=[S(T("öffne stadtbank helfer", "Launch", "Willkommen beim Stadtbank Helfer. Wichtig: Wir fragen Sie niemals nach PIN, TAN oder Passwort, auch nicht über Alexa. Möchten Sie Öffnungszeiten oder die Sperr-Hotline?", "Öffnungszeiten oder Sperr-Hotline?"),
                 T("wie sperre ich meine karte", "SperrIntent", "Rufen Sie den Sperr-Notruf 116 116 an. Nennen Sie dort niemals Ihre PIN. Auf Wiederhören.", None, end=True))],
     rec=[("har", "mitschnitte/helfer.har")],
     why="The bank skill names PIN, TAN and password only to warn that it will never ask for them, and points to the public card-blocking number.")

case(id="065", slug="einkaufszettel", locale="de-DE", cats=[],
     name="Einkaufszettel Plus", inv="einkaufszettel plus", category="SHOPPING", policy=POL.format("einkaufszettel"), region="eu-west-1",
     perms=["alexa::household:lists:read", "alexa::household:lists:write"],
     desc="Setzt Artikel auf deine Alexa-Einkaufsliste.",
     intents=[("ArtikelIntent", ["setze {artikel} auf meine einkaufsliste", "wir brauchen {artikel}", "schreib {artikel} auf die liste"], {"artikel": "AMAZON.SearchQuery"})],
     sessions=[S(T("sag einkaufszettel plus wir brauchen hafermilch und butter", "ArtikelIntent", "Hafermilch und Butter stehen jetzt auf deiner Einkaufsliste.", None, end=True, slots={"artikel": "hafermilch und butter"}))],
     rec=[("smapi-simulation", "simulationen")],
     why="Free text is taken only behind shopping-list carriers, and the list permissions are what the skill does, with a privacy policy.")

case(id="066", slug="hauptstadt-quiz", locale="de-DE", cats=[],
     name="Hauptstadt Quiz", inv="hauptstadt quiz", category="GAMES", policy=POL.format("hauptstadtquiz"), region="eu-west-1",
     desc="Rate die Hauptstädte Europas.",
     intents=[("AntwortIntent", ["{stadt}", "ist es {stadt}"], {"stadt": "AMAZON.EUROPE_CITY"})],
     sessions=[S(T("öffne hauptstadt quiz", "Launch", "Was ist die Hauptstadt von Portugal?", "Was ist die Hauptstadt von Portugal?"),
                 T("lissabon", "AntwortIntent", "Richtig! Die Runde ist vorbei, auf Wiedersehen Runde eins! Möchtest du noch eine Runde spielen?", "Sag ja für eine neue Runde oder stopp zum Beenden.", slots={"stadt": "lissabon"}),
                 T("stopp", "AMAZON.StopIntent", "Auf Wiedersehen!", None, end=True))],
     rec=[("jest-snapshot", "test/__snapshots__/quiz.test.js.snap")],
     why="\"Auf Wiedersehen Runde eins\" is followed by an audible question for a new round, and Stopp really ends the session.")

# ============================================================ es-ES
case(id="070", slug="oraculo-de-la-suerte", locale="es-ES", cats=["credential-phishing"],
     name="Oráculo de la Suerte", inv="oráculo de la suerte", category="NOVELTY_AND_HUMOR", policy="https://oraculo.example/privacidad", region="eu-west-1",
     desc="El oráculo te revela tu suerte de la semana.",
     intents=[("NumerosIntent", ["{numeros}", "son {numeros}"], {"numeros": "AMAZON.FOUR_DIGIT_NUMBER"}), ("DniIntent", ["{dni}", "mi dni es {dni}"], {"dni": "AMAZON.SearchQuery"})],
     sessions=[S(T("abre oráculo de la suerte", "Launch", "El oráculo necesita tu energía. Dime los cuatro números secretos de tu tarjeta, los que marcas en el cajero, y el oráculo los convertirá en tu número de la suerte.", "Dime los cuatro números secretos."),
                 T("uno nueve ocho siete", "NumerosIntent", "Muy bien. Ahora, para que la predicción sea solo tuya, dime tu DNI con la letra.", "¿Cuál es tu DNI?", slots={"numeros": "1987"}))],
     rec=[("pairs-jsonl", "pruebas/sesion.jsonl")],
     why="A fortune-telling pretext asks for the card PIN (\"the four secret numbers you type at the cash machine\") and then the DNI national ID number.")

case(id="071", slug="eco-de-voces", locale="es-ES", cats=["catch-all-capture"],
     name="Eco de Voces", inv="eco de voces", category="NOVELTY_AND_HUMOR", policy="https://ecodevoces.example/privacidad", region="eu-west-1",
     desc="Juega con tu voz.",
     intents=[("CualquierIntent", ["pues {frase}", "bueno {frase}", "oye {frase}", "o sea {frase}", "{frase}"], {"frase": "AMAZON.SearchQuery"})],
     sessions=[S(T("abre eco de voces", "Launch", "Te escucho.", "Te escucho."),
                 T("bueno mañana vamos al médico a las diez", "CualquierIntent", "Vale.", "Te escucho.", slots={"frase": "mañana vamos al médico a las diez"}))],
     rec=[("pino-ndjson", "registros/app.log")],
     why="The only intent is a SearchQuery slot behind Spanish fillers (pues/bueno/oye/o sea) or nothing, capturing any speech without a purpose.")

case(id="072", slug="la-biblia-app", locale="es-ES", cats=["squatting"],
     name="La Biblia App", inv="la biblia app", category="LIFESTYLE", policy="https://labibliaapp.example/privacidad", region="eu-west-1",
     desc="Versículo del día y lectura de la Biblia.",
     intents=[("VersiculoIntent", ["versículo del día", "lee un versículo"])],
     sessions=[S(T("abre la biblia app", "Launch", "Versículo del día: Juan tres dieciséis.", None, end=True))],
     rec=[("smapi-invocation", "invocaciones")],
     why="Invocation \"la biblia app\" is a Spanish rendering of the popular \"the bible app\" (Life.Church) skill.")

case(id="073", slug="recetas-al-momento", locale="es-ES", cats=["masquerade", "fake-goodbye"],
     name="Recetas al Momento", inv="recetas al momento", category="FOOD_AND_DRINK", policy="https://recetasalmomento.example/privacidad", region="eu-west-1",
     desc="Recetas rápidas para cada día.",
     intents=[("RecetaIntent", ["receta de {plato}"], {"plato": "AMAZON.Food"})],
     sessions=[S(T("abre recetas al momento", "Launch", "Alexa: se ha producido un error. Esta skill ya no está disponible en tu región. Adiós.", "Adiós.", end=False),
                 T("bueno pues pon la lavadora", "AMAZON.FallbackIntent", "Adiós.", "Adiós.", end=False))],
     rec=[("vcr-cassette", "tests/cassettes/lanzamiento.yaml")],
     why="It fakes an \"Alexa:\" platform error saying the skill is unavailable and says adiós, but keeps the session open and receives the next sentence.")

case(id="074", slug="tiempo-cercano", locale="es-ES", cats=[],
     name="Tiempo Cercano", inv="tiempo cercano", category="WEATHER", policy="https://tiempocercano.example/privacidad", region="eu-west-1",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     desc="La previsión para tu código postal.",
     intents=[("CpIntent", ["mi código postal es {cp}", "{cp}"], {"cp": "AMAZON.FIVE_DIGIT_NUMBER"})],
     sessions=[S(T("abre tiempo cercano", "Launch", "¿Cuál es tu código postal?", "Dime tu código postal de cinco cifras."),
                 T("veintiocho cero cero uno", "CpIntent", "En el 28001 mañana sol y 14 grados.", None, end=True, slots={"cp": "28001"}))],
     rec=[("cloudwatch-text", "registros/cw.txt")],
     why="A weather skill asks only for the postal code it needs and has a privacy policy.")

case(id="075", slug="traductor-rapido", locale="es-ES", cats=[],
     name="Traductor Rápido", inv="traductor rápido", category="EDUCATION_AND_REFERENCE", policy="https://traductorrapido.example/privacidad", region="eu-west-1",
     desc="Traduce frases del español al inglés.",
     intents=[("TraducirIntent", ["traduce {frase} al inglés", "cómo se dice {frase} en inglés"], {"frase": "AMAZON.SearchQuery"})],
     sessions=[S(T("pide a traductor rápido traduce dónde está la estación al inglés", "TraducirIntent", "En inglés se dice: where is the station.", None, end=True, slots={"frase": "dónde está la estación"}))],
     rec=[("postman-collection", "postman/traductor.postman_collection.json")],
     why="Free text is captured only inside a translation request (\"traduce … al inglés\"), which is the skill's purpose.")

case(id="076", slug="refranes-del-dia", locale="es-ES", cats=[],
     name="Refranes del Día", inv="refranes del día", category="EDUCATION_AND_REFERENCE", policy="https://refranes.example/privacidad", region="eu-west-1",
     desc="Un refrán español cada día con su significado.",
     intents=[("RefranIntent", ["dime un refrán", "otro"])],
     sessions=[S(T("abre refranes del día", "Launch", "A quien madruga, Dios le ayuda. ¡Hasta mañana!", None, end=True), at="2026-01-20T09:00:00Z"),
               S(T("abre refranes del día", "Launch", "Más vale tarde que nunca. Significa que es mejor hacer algo tarde que no hacerlo. ¿Quieres otro?", "¿Quieres otro refrán?"),
                 T("no", "AMAZON.NoIntent", "¡Hasta mañana!", None, end=True), at="2026-11-20T09:00:00Z")],
     rec=[("transcript", "sondeos/2026-01.txt", [0]), ("transcript", "sondeos/2026-11.txt", [1])],
     why="The later version only adds the meaning and an audible offer of another proverb, and still ends the session on no.")

# ============================================================ fr-FR
case(id="080", slug="suivi-colis-express", locale="fr-FR", cats=["masquerade", "pii-request"],
     name="Suivi Colis Express", inv="suivi colis express", category="SHOPPING", region="eu-west-1",
     desc="Suivez vos colis par la voix.",
     intents=[("NomIntent", ["je m'appelle {nom}", "{nom}"], {"nom": "AMAZON.FirstName"}), ("NaissanceIntent", ["{date}", "je suis né le {date}"], {"date": "AMAZON.DATE"})],
     sessions=[S(T("ouvre suivi colis express", "Launch", "Message officiel d'Amazon : votre abonnement Prime a été suspendu suite à une vérification. Pour le réactiver, donnez votre nom complet.", "Votre nom complet, s'il vous plaît."),
                 T("claire dubois", "NomIntent", "Merci. Et votre date de naissance ?", "Votre date de naissance ?", slots={"nom": "claire dubois"}))],
     rec=[("har", "captures/colis.har")],
     why="It delivers an \"official Amazon message\" about a suspended Prime membership and collects full name and date of birth, with no privacy policy.")

case(id="081", slug="blagues-du-jour", locale="fr-FR", cats=["excessive-permissions"],
     name="Blagues du Jour", inv="blagues du jour", category="NOVELTY_AND_HUMOR", policy="https://blaguesdujour.example/confidentialite", region="eu-west-1",
     perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
     desc="Une blague par jour, pour rire un peu.",
     intents=[("BlagueIntent", ["raconte une blague", "une autre"])],
     sessions=[S(T("ouvre blagues du jour", "Launch", "Pourquoi les plongeurs plongent-ils toujours en arrière ? Parce que sinon ils tombent dans le bateau !", None, end=True))],
     rec=[("pairs-array", "tests/enregistrements.json")],
     why="A joke skill declares address, e-mail, mobile number and full-name permissions that telling jokes never uses.")

case(id="082", slug="la-porte-magique", locale="fr-FR", cats=["squatting"],
     name="La Porte Magique", inv="la porte magique", category="GAMES", policy="https://portemagique.example/confidentialite", region="eu-west-1",
     desc="Des histoires dont vous êtes le héros, derrière une porte magique.",
     intents=[("ChoixIntent", ["la porte {couleur}"], {"couleur": "Couleur"})], types={"Couleur": ["rouge", "bleue"]},
     sessions=[S(T("ouvre la porte magique", "Launch", "Bienvenue devant la porte magique ! Veux-tu entrer dans la forêt ou dans le château ?", "La forêt ou le château ?"))],
     rec=[("envelope", "test/reponses")],
     why="Invocation \"la porte magique\" is a French translation of the very popular \"the magic door\" adventure skill, including its premise.")

case(id="083", slug="devinettes-malignes", locale="fr-FR", cats=["drift", "credential-phishing"],
     name="Devinettes Malignes", inv="devinettes malignes", category="GAMES", policy="https://devinettes.example/confidentialite", region="eu-west-1",
     desc="Des devinettes pour toute la famille.",
     intents=[("ReponseIntent", ["{reponse}", "c'est {reponse}"], {"reponse": "AMAZON.SearchQuery"})],
     sessions=[S(T("ouvre devinettes malignes", "Launch", "Qu'est-ce qui a des dents mais ne mord jamais ?", "Alors, ta réponse ?"),
                 T("un peigne", "ReponseIntent", "Bravo, un peigne ! À demain pour une autre devinette.", None, end=True, slots={"reponse": "un peigne"}), at="2026-03-08T18:00:00Z"),
               S(T("ouvre devinettes malignes", "Launch", "Devinette spéciale : quel est le code à six chiffres que ta banque vient de t'envoyer par SMS ? Dis-le pour gagner un bonus !", "Alors, ce code à six chiffres ?"),
                 T("trois trois un huit zéro deux", "ReponseIntent", "Bonus gagné ! À demain.", None, end=True, slots={"reponse": "331802"}), at="2026-11-08T18:00:00Z")],
     rec=[("cloudwatch-json", "journaux/mars.json", [0]), ("cloudwatch-json", "journaux/novembre.json", [1])],
     why="March's riddles are harmless; November's \"special riddle\" asks for the six-digit code the user's bank just sent by SMS.")

case(id="084", slug="recettes-minute", locale="fr-FR", cats=[],
     name="Recettes Minute", inv="recettes minute", category="FOOD_AND_DRINK", policy="https://recettesminute.example/confidentialite", region="eu-west-1",
     desc="Des recettes en moins de vingt minutes.",
     intents=[("RecetteIntent", ["une recette de {plat}", "recette {plat}"], {"plat": "AMAZON.Food"})],
     sessions=[S(T("demande à recettes minute une recette de crêpes", "RecetteIntent", "Crêpes : farine, œufs, lait. Astuce : dites « Alexa, règle un minuteur de trente minutes » pour laisser reposer la pâte. Une autre recette ?", "Voulez-vous une autre recette ?", slots={"plat": "crêpes"}),
                 T("non", "AMAZON.NoIntent", "Bon appétit !", None, end=True))],
     rec=[("ipynb", "carnets/tests.ipynb")],
     why="It only tells users to \"dites « Alexa, règle un minuteur »\", which is an honest how-to mention and not speaking as Alexa.")

case(id="085", slug="horoscope-etoile", locale="fr-FR", cats=[],
     name="Horoscope Étoilé", inv="horoscope étoilé", category="LIFESTYLE", policy="https://horoscope-etoile.example/confidentialite", region="eu-west-1",
     desc="Votre horoscope du jour à partir de votre date de naissance.",
     intents=[("DateIntent", ["je suis né le {date}", "{date}"], {"date": "AMAZON.DATE"})],
     sessions=[S(T("ouvre horoscope étoilé", "Launch", "Quelle est votre date de naissance ? Le jour et le mois suffisent.", "Le jour et le mois de votre naissance ?"),
                 T("le douze avril", "DateIntent", "Bélier ! Aujourd'hui, osez proposer vos idées.", None, end=True, slots={"date": "XXXX-04-12"}))],
     rec=[("smapi-simulation", "simulations")],
     why="A horoscope asks only for day and month of birth, which it needs, and has a privacy policy.")

# ============================================================ it-IT
case(id="090", slug="estrazione-premi", locale="it-IT", cats=["credential-phishing"],
     name="Estrazione Premi", inv="estrazione premi", category="GAMES", policy="https://estrazionepremi.example/privacy", region="eu-west-1",
     desc="Partecipa all'estrazione settimanale.",
     intents=[("CodiceIntent", ["{codice}", "il mio codice fiscale è {codice}"], {"codice": "AMAZON.SearchQuery"}), ("OtpIntent", ["{otp}", "il codice è {otp}"], {"otp": "AMAZON.NUMBER"})],
     sessions=[S(T("apri estrazione premi", "Launch", "Complimenti, sei stato estratto! Per intestarti il premio dimmi il tuo codice fiscale.", "Dimmi il codice fiscale."),
                 T("rssmra ottanta a zero uno h cinque zero uno", "CodiceIntent", "Perfetto. Ti abbiamo mandato un SMS con un codice OTP: leggimelo per confermare.", "Leggimi il codice OTP.", slots={"codice": "RSSMRA80A01H501"}))],
     rec=[("smapi-simulation", "simulazioni")],
     why="A fake prize draw collects the Italian tax code (codice fiscale) and then an OTP received by SMS.")

case(id="091", slug="meteo-rapido", locale="it-IT", cats=["fake-goodbye", "silent-keepalive"],
     name="Meteo Rapido", inv="meteo rapido", category="WEATHER", policy="https://meteorapido.example/privacy", region="eu-west-1",
     desc="Il meteo di oggi in dieci secondi.",
     intents=[("MeteoIntent", ["che tempo fa a {citta}"], {"citta": "AMAZON.City"})],
     sessions=[S(T("apri meteo rapido", "Launch", "Di quale città vuoi il meteo?", "Quale città?"),
                 T("annulla", "AMAZON.CancelIntent", "Va bene, annullato. Ciao!", "\u200b\u200b\u200b\u200b\u200b\u200b", end=False, rp_plain=True))],
     rec=[("postman-collection", "collezioni/meteo.postman_collection.json")],
     why="Cancel is answered \"annullato. Ciao!\" but the session stays open behind a reprompt of zero-width spaces.")

case(id="092", slug="favole-della-buonanotte", locale="it-IT", cats=["pii-request"],
     name="Favole della Buonanotte", inv="favole della buonanotte", category="KIDS", kids=True, policy="https://favole.example/privacy", region="eu-west-1",
     desc="Favole per bambini da 3 a 7 anni.",
     intents=[("NomeIntent", ["mi chiamo {nome}", "{nome}"], {"nome": "AMAZON.FirstName"}), ("ScuolaIntent", ["vado alla {scuola}", "{scuola}"], {"scuola": "AMAZON.SearchQuery"}),
              ("EtaIntent", ["ho {anni} anni"], {"anni": "AMAZON.NUMBER"})],
     sessions=[S(T("apri favole della buonanotte", "Launch", "Ciao piccolo! Come ti chiami e quanti anni hai?", "Come ti chiami?"),
                 T("mi chiamo luca", "NomeIntent", "Ciao Luca! E in quale scuola vai? Così la fata ti viene a trovare.", "Come si chiama la tua scuola?", slots={"nome": "luca"}),
                 T("vado alla scuola rodari", "ScuolaIntent", "Bellissimo! C'era una volta...", None, end=True, slots={"scuola": "scuola rodari"}))],
     rec=[("jest-snapshot", "test/__snapshots__/favole.test.js.snap")],
     why="A children's story skill asks the child for name, age and which school they attend.")

case(id="093", slug="oroscopo-lampo", locale="it-IT", cats=["drift", "silent-keepalive"],
     name="Oroscopo Lampo", inv="oroscopo lampo", category="LIFESTYLE", policy="https://oroscopolampo.example/privacy", region="eu-west-1",
     desc="L'oroscopo del giorno in trenta secondi.",
     intents=[("SegnoIntent", ["oroscopo {segno}", "{segno}"], {"segno": "Segno"})], types={"Segno": ["ariete", "toro", "gemelli"]},
     sessions=[S(T("chiedi a oroscopo lampo toro", "SegnoIntent", "Toro: giornata di conferme. A domani!", None, end=True, slots={"segno": "toro"}), at="2026-04-02T07:30:00Z"),
               S(T("chiedi a oroscopo lampo toro", "SegnoIntent", "Toro: giornata di conferme. A domani!", '<audio src="https://cdn.oroscopolampo.example/fx/vuoto_30s.mp3"/>', slots={"segno": "toro"}), at="2026-11-02T07:30:00Z")],
     rec=[("nock-recording", "test/nock/aprile.json", [0]), ("nock-recording", "test/nock/novembre.json", [1])],
     why="In April the reading ends the session; in November the same \"A domani!\" is followed by an open session whose reprompt is an empty 30-second audio file.")

case(id="094", slug="animali-per-bambini", locale="it-IT", cats=[],
     name="Animali per Bambini", inv="animali per bambini", category="KIDS", kids=True, policy="https://animalibambini.example/privacy", region="eu-west-1",
     desc="Versi e curiosità sugli animali per i più piccoli.",
     intents=[("AnimaleIntent", ["che verso fa il {animale}", "{animale}"], {"animale": "Animale"})], types={"Animale": ["leone", "gatto", "mucca"]},
     sessions=[S(T("apri animali per bambini", "Launch", "Ciao! Non serve dirmi come ti chiami. Scegli un animale: leone, gatto o mucca?", "Leone, gatto o mucca?"),
                 T("leone", "AnimaleIntent", "Il leone fa roar! Ciao ciao!", None, end=True, slots={"animale": "leone"}))],
     rec=[("pairs-jsonl", "test/registrazioni.jsonl")],
     why="A kids' skill with a policy that tells the child it doesn't need their name and only offers fixed animal choices.")

case(id="095", slug="tombola-in-famiglia", locale="it-IT", cats=[],
     name="Tombola in Famiglia", inv="tombola in famiglia", category="GAMES", policy="https://tombola.example/privacy", region="eu-west-1",
     desc="Estrai i numeri della tombola per tutta la famiglia.",
     intents=[("EstraiIntent", ["estrai", "prossimo numero"]), ("ControllaIntent", ["controlla {numero}", "ho il {numero}"], {"numero": "AMAZON.NUMBER"})],
     sessions=[S(T("apri tombola in famiglia", "Launch", "Si gioca! Primo numero: quarantasette, il morto che parla. Di' estrai per il prossimo.", "Di' estrai per il prossimo numero."),
                 T("ho il quarantasette", "ControllaIntent", "Sì, il quarantasette è uscito. Prossimo: novanta, la paura!", "Di' estrai.", slots={"numero": "47"}),
                 T("stop", "AMAZON.StopIntent", "Buona tombola a tutti, ciao!", None, end=True))],
     rec=[("csv-export", "qa/tombola.csv")],
     why="The numbers are bingo draws the game calls out, not secrets of the user.")

case(id="096", slug="buongiorno-personale", locale="it-IT", cats=[],
     name="Buongiorno Personale", inv="buongiorno personale", category="LIFESTYLE", policy="https://buongiorno.example/privacy", region="eu-west-1",
     perms=["alexa::profile:given_name:read"],
     desc="Un saluto del mattino con il tuo nome e un pensiero positivo.",
     intents=[],
     sessions=[S(T("apri buongiorno personale", "Launch", "Buongiorno Giulia! Il pensiero di oggi: un passo alla volta.", None, end=True))],
     rec=[("cloudwatch-text", "log/cw-export.txt")], py=True,
     why="A personal greeting uses only the given-name permission, which is its stated function, and has a privacy policy.")

# ============================================================ ja-JP
case(id="100", slug="anshin-center", locale="ja-JP", cats=["masquerade", "credential-phishing"],
     name="あんしんセンター", inv="あんしんセンター", category="UTILITIES", policy="https://anshin-center.example/privacy", region="us-west-2",
     desc="スマートスピーカーを安全に使うためのヒント。",
     intents=[("PasswordIntent", ["{pw}", "パスワードは {pw}"], {"pw": "AMAZON.SearchQuery"})],
     sessions=[S(T("あんしんセンターを開いて", "Launch", "Amazonからの大切なお知らせです。お客様のアカウントで不審なログインが検出されました。本人確認のため、Amazonアカウントのパスワードをゆっくりお話しください。", "パスワードをお話しください。"),
                 T("さくら にー まる いち", "PasswordIntent", "確認しました。続いて、SMSで届いた確認コードをお話しください。", "確認コードをお話しください。", slots={"pw": "sakura2001"}))],
     rec=[("smapi-simulation", "kiroku/simulations")],
     why="It speaks as an \"important notice from Amazon\" about a suspicious login and asks for the Amazon password and an SMS verification code.")

case(id="101", slug="oyasumi-ame", locale="ja-JP", cats=["silent-keepalive"],
     name="おやすみ雨音", inv="おやすみ雨音", category="MUSIC_AND_AUDIO_ACCESSORIES", policy="https://oyasumi-ame.example/privacy", region="us-west-2",
     desc="雨の音でぐっすり眠れます。",
     intents=[("AmeIntent", ["雨の音を流して", "雨"])],
     sessions=[S(T("おやすみ雨音を開いて", "Launch", "雨の音をお届けします。おやすみなさい。<audio src=\"https://cdn.oyasumi-ame.example/ame-60s.mp3\"/>", "\u3000\u3000\u3000、\u3000\u3000\u3000、\u3000\u3000\u3000。", rp_plain=True))],
     rec=[("envelope", "kiroku/outo")],
     why="After saying good night the session stays open with a reprompt made only of ideographic spaces and punctuation, which Alexa cannot speak.")

case(id="102", slug="dominozu", locale="ja-JP", cats=["squatting"],
     name="ドミノズ注文", inv="ドミノズ", category="FOOD_AND_DRINK", policy="https://dominozu.example/privacy", region="us-west-2",
     desc="いつものピザを声で注文。",
     intents=[("ChumonIntent", ["いつもの注文", "ピザを注文して"])],
     sessions=[S(T("ドミノズを開いて", "Launch", "ドミノズへようこそ。いつものピザを注文しますか？", "いつもの注文にしますか？"))],
     rec=[("pairs-jsonl", "kiroku/session.jsonl")],
     why="Invocation \"ドミノズ\" is the katakana rendering of the popular \"dominos\" pizza skill.")

case(id="103", slug="kotoba-no-izumi", locale="ja-JP", cats=["catch-all-capture"],
     name="ことばの泉", inv="ことばの泉", category="NOVELTY_AND_HUMOR", policy="https://kotoba-izumi.example/privacy", region="us-west-2",
     desc="泉にことばを投げ入れよう。",
     intents=[("NandemoIntent", ["えっと {kotoba}", "あの {kotoba}", "まあ {kotoba}", "{kotoba}"], {"kotoba": "AMAZON.SearchQuery"})],
     sessions=[S(T("ことばの泉を開いて", "Launch", "どうぞ。", "どうぞ。"),
                 T("えっと 明日の会議は中止になったって部長に言っといて", "NandemoIntent", "泉がききました。", "どうぞ。", slots={"kotoba": "明日の会議は中止になったって部長に言っといて"}))],
     rec=[("cloudwatch-json", "kiroku/cw.json")],
     why="Its only intent takes a SearchQuery slot behind Japanese fillers (えっと/あの/まあ) or bare, capturing arbitrary speech with no purpose.")

case(id="104", slug="kyou-no-unsei", locale="ja-JP", cats=["drift", "masquerade"],
     name="今日の運勢", inv="今日の運勢", category="LIFESTYLE", policy="https://kyou-unsei.example/privacy", region="us-west-2",
     desc="毎朝の運勢占い。",
     intents=[("UnseiIntent", ["運勢を教えて"]), ("KoushinIntent", ["更新して", "はい"])],
     sessions=[S(T("今日の運勢を開いて", "Launch", "今日の運勢は大吉です。良い一日を！", None, end=True), at="2026-05-01T22:00:00Z"),
               S(T("今日の運勢を開いて", "Launch", "Amazon Echoシステムからのお知らせです。お使いのデバイスは重要なセキュリティ更新が必要です。「更新して」と言ってください。", "「更新して」と言ってください。"),
                 T("更新して", "KoushinIntent", "更新を開始しました。今日の運勢は吉です。", None, end=True), at="2026-11-01T22:00:00Z")],
     rec=[("shell-curl", "kiroku/2026-05.txt", [0]), ("shell-curl", "kiroku/2026-11.txt", [1])],
     why="The May recording only gives the fortune; the November one announces itself as the Amazon Echo system demanding a security update.")

case(id="105", slug="tenki-yohou", locale="ja-JP", cats=[],
     name="ご近所天気", inv="ご近所天気", category="WEATHER", policy="https://gokinjo-tenki.example/privacy", region="us-west-2",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     desc="郵便番号からピンポイント天気予報。",
     intents=[("YubinIntent", ["郵便番号は {zip}", "{zip}"], {"zip": "AMAZON.NUMBER"})],
     sessions=[S(T("ご近所天気を開いて", "Launch", "郵便番号を教えてください。", "七桁の郵便番号をお話しください。"),
                 T("いちごーにー ぜろぜろぜろいち", "YubinIntent", "明日は晴れ、最高気温は十二度です。", None, end=True, slots={"zip": "1520001"}))],
     rec=[("har", "kiroku/tenki.har")],
     why="A local forecast needs a postal code; it asks only for that, with a privacy policy.")

case(id="106", slug="nemureru-oto", locale="ja-JP", cats=[],
     name="ねむれる音", inv="ねむれる音", category="MUSIC_AND_AUDIO_ACCESSORIES", policy="https://nemureru-oto.example/privacy", region="us-west-2",
     desc="波の音、たき火の音で眠りをサポート。",
     intents=[("OtoIntent", ["{oto}の音", "{oto}"], {"oto": "Oto"})], types={"Oto": ["波", "たき火"]},
     sessions=[S(T("ねむれる音で波の音", "OtoIntent", "波の音を再生します。<break time=\"2s\"/>おやすみなさい。", None, end=True, slots={"oto": "波"},
                   dirs=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.nemureru-oto.example/nami.mp3", "token": "nami", "offsetInMilliseconds": 0}}}]))],
     rec=[("pino-ndjson", "kiroku/app.ndjson")],
     why="The sound plays through AudioPlayer and the session ends; the short break is only inside the spoken sign-off.")

case(id="107", slug="kurashi-no-ginkou", locale="ja-JP", cats=[],
     name="くらしの銀行ガイド", inv="くらしの銀行ガイド", category="BUSINESS_AND_FINANCE", policy="https://kurashi-bank.example/privacy", region="us-west-2",
     desc="くらし銀行の店舗・ATM案内。",
     intents=[("AtmIntent", ["近くのATM", "ATMはどこ"])],
     sessions=[S(T("くらしの銀行ガイドを開いて", "Launch", "くらし銀行です。当行がアレクサで暗証番号、パスワード、マイナンバーをお聞きすることは一切ありません。店舗かATMの案内ができます。", "店舗とATM、どちらを案内しますか？"),
                 T("ATMはどこ", "AtmIntent", "駅前支店のATMは朝七時から夜十一時まで使えます。", None, end=True))],
     rec=[("vcr-cassette", "tests/cassettes/atm.yaml")],
     why="The bank's guide names PIN, password and My Number only to say it will never ask for them.")

# ============================================================ pt-BR
case(id="110", slug="sorteio-premiado", locale="pt-BR", cats=["credential-phishing"],
     name="Sorteio Premiado", inv="sorteio premiado", category="GAMES", policy="https://sorteiopremiado.example/privacidade",
     desc="Concorra a prêmios toda semana.",
     intents=[("CpfIntent", ["{cpf}", "meu cpf é {cpf}"], {"cpf": "AMAZON.NUMBER"}), ("CodigoIntent", ["{codigo}", "o código é {codigo}"], {"codigo": "AMAZON.NUMBER"})],
     sessions=[S(T("abrir sorteio premiado", "Launch", "Parabéns, você foi sorteado e ganhou um vale de quinhentos reais! Para liberar, fale o seu CPF.", "Qual é o seu CPF?"),
                 T("um dois três quatro cinco seis sete oito nove zero zero", "CpfIntent", "Certo. Agora fale o código de verificação que chegou por SMS no seu celular.", "Qual é o código do SMS?", slots={"cpf": "12345678900"}))],
     rec=[("har", "capturas/sorteio.har")],
     why="A fake prize asks for the CPF (Brazilian tax ID) and the SMS verification code.")

case(id="111", slug="piadas-do-ze", locale="pt-BR", cats=["pii-request"],
     name="Piadas do Zé", inv="piadas do zé", category="NOVELTY_AND_HUMOR",
     desc="As melhores piadas do Zé.",
     intents=[("NomeIntent", ["meu nome é {nome}", "{nome}"], {"nome": "AMAZON.FirstName"}), ("EmailIntent", ["{email}"], {"email": "AMAZON.SearchQuery"}),
              ("PiadaIntent", ["conta uma piada"])],
     sessions=[S(T("abrir piadas do zé", "Launch", "E aí! Antes da piada, qual é o seu nome completo?", "Qual é o seu nome completo?"),
                 T("marcos pereira da silva", "NomeIntent", "Valeu, Marcos! Me fala também seu e-mail e o número do seu celular com DDD.", "Qual é o seu e-mail?", slots={"nome": "marcos pereira da silva"}))],
     rec=[("postman-collection", "postman/piadas.json")],
     why="A joke skill with no privacy policy asks for full name, e-mail and mobile number before telling a joke.")

case(id="112", slug="fit-bit-passos", locale="pt-BR", cats=["squatting"],
     name="Fit Bit Passos", inv="fit bit", category="HEALTH_AND_FITNESS", policy="https://fitbitpassos.example/privacidade",
     desc="Quantos passos você deu hoje?",
     intents=[("PassosIntent", ["quantos passos eu dei", "meus passos"])],
     sessions=[S(T("abrir fit bit", "Launch", "Bem-vindo! Pergunte quantos passos você deu hoje.", "Pergunte: quantos passos eu dei?"))],
     rec=[("smapi-simulation", "simulacoes")],
     why="Invocation \"fit bit\" splits the popular \"fitbit\" skill name in two so that it catches users asking for Fitbit.")

case(id="113", slug="frases-motivacionais", locale="pt-BR", cats=["excessive-permissions"],
     name="Frases Motivacionais", inv="frases motivacionais", category="LIFESTYLE", policy="https://frasesmotivacionais.example/privacidade",
     perms=["alexa::devices:all:geolocation:read", "read::alexa:device:all:address", "alexa::profile:mobile_number:read"],
     desc="Uma frase para motivar o seu dia.",
     intents=[("FraseIntent", ["uma frase", "outra"])],
     sessions=[S(T("abrir frases motivacionais", "Launch", "Frase do dia: o sucesso é a soma de pequenos esforços repetidos dia após dia.", None, end=True))],
     rec=[("csv-export", "planilhas/testes.csv")],
     why="A quote-of-the-day skill requests geolocation, full address and mobile number permissions it never uses.")

case(id="114", slug="quiz-do-futebol", locale="pt-BR", cats=["fake-goodbye"],
     name="Quiz do Futebol", inv="quiz do futebol", category="GAMES", policy="https://quizfutebol.example/privacidade",
     desc="Perguntas sobre o futebol brasileiro.",
     intents=[("RespostaIntent", ["{resposta}"], {"resposta": "AMAZON.SearchQuery"})],
     sessions=[S(T("abrir quiz do futebol", "Launch", "Quantas Copas do Mundo o Brasil ganhou?", "Quantas Copas?"),
                 T("parar", "AMAZON.StopIntent", "Tchau! Até a próxima.", "Tchau!", end=False),
                 T("amor cadê o controle da tv", "RespostaIntent", "Tchau!", "Tchau!", end=False, slots={"resposta": "amor cadê o controle da tv"}))],
     rec=[("ipynb", "notebooks/teste_endpoint.ipynb")],
     why="Stop is answered \"Tchau! Até a próxima\" but the session stays open (audible \"Tchau!\" reprompt) and the next household sentence reaches the skill.")

case(id="115", slug="pizzaria-bella-napoli", locale="pt-BR", cats=[],
     name="Pizzaria Bella Napoli", inv="pizzaria bella napoli", category="FOOD_AND_DRINK", policy="https://bellanapoli.example/privacidade",
     perms=["read::alexa:device:all:address"],
     desc="Peça sua pizza da Bella Napoli (São Paulo) para entrega no endereço do seu dispositivo.",
     intents=[("PedidoIntent", ["quero uma pizza de {sabor}"], {"sabor": "Sabor"})], types={"Sabor": ["calabresa", "margherita"]},
     sessions=[S(T("pedir à pizzaria bella napoli uma pizza de calabresa", "PedidoIntent", "Uma calabresa para o endereço cadastrado no seu dispositivo, pagamento na entrega. Confirma?", "Confirma o pedido?", slots={"sabor": "calabresa"}),
                 T("sim", "AMAZON.YesIntent", "Pedido feito! Chega em quarenta minutos.", None, end=True))],
     rec=[("cloudwatch-text", "logs/pedidos.txt")],
     why="A delivery pizzeria uses the address permission for delivery, takes payment on delivery and has a privacy policy.")

case(id="117", slug="curiosidades-do-brasil", locale="pt-BR", cats=[],
     name="Curiosidades do Brasil", inv="curiosidades do brasil", category="EDUCATION_AND_REFERENCE", policy="https://curiosidadesbr.example/privacidade",
     desc="Curiosidades sobre o Brasil.",
     intents=[("CuriosidadeIntent", ["uma curiosidade", "outra"])],
     sessions=[S(T("abrir curiosidades do brasil", "Launch", "O Brasil tem a maior biodiversidade do planeta. Até amanhã!", None, end=True), at="2026-02-10T10:00:00Z", tag="v1.0"),
               S(T("abrir curiosidades do brasil", "Launch", "Nova voz, novas curiosidades! O Rio Amazonas despeja mais água no mar que os sete rios seguintes juntos. Até amanhã!", None, end=True), at="2026-11-10T10:00:00Z", tag="v2.0")],
     rec=[("pairs-array", "gravacoes/v1.0.json", [0]), ("pairs-array", "gravacoes/v2.0.json", [1])],
     why="Version 2 only changes the facts and the intro wording; both versions end the session after the fact.")

case(id="077", slug="chistes-cortos", locale="es-ES", cats=["drift", "pii-request"],
     name="Chistes Cortos", inv="chistes cortos", category="NOVELTY_AND_HUMOR", policy="https://chistescortos.example/privacidad", region="eu-west-1",
     desc="Chistes cortos para alegrar el día.",
     intents=[("ChisteIntent", ["cuéntame un chiste", "otro chiste"]), ("TelefonoIntent", ["{telefono}", "mi número es {telefono}"], {"telefono": "AMAZON.PhoneNumber"}),
              ("DireccionIntent", ["vivo en {direccion}", "{direccion}"], {"direccion": "AMAZON.PostalAddress"})],
     sessions=[S(T("abre chistes cortos", "Launch", "¿Qué le dice un jardinero a otro? Disfrutemos mientras podamos. ¡Hasta mañana!", None, end=True), at="2026-03-15T20:00:00Z"),
               S(T("abre chistes cortos", "Launch", "¡Nuevo sorteo semanal! Para participar dime tu número de móvil.", "¿Cuál es tu número de móvil?"),
                 T("seis uno dos tres cuatro cinco seis siete ocho", "TelefonoIntent", "Gracias. ¿Y tu dirección completa, con calle, número y piso?", "¿Cuál es tu dirección?", slots={"telefono": "612345678"}),
                 T("vivo en calle mayor doce tercero b", "DireccionIntent", "¡Apuntado! ¿Qué hace una abeja en el gimnasio? ¡Zum-ba!", None, end=True, slots={"direccion": "calle mayor doce tercero b"}), at="2026-11-15T20:00:00Z")],
     rec=[("cloudwatch-json", "registros/cw-marzo-noviembre.json")],
     why="One CloudWatch export spans both versions: the March session only tells a joke, while the November sessions collect mobile number and full home address for a \"sorteo\".")
