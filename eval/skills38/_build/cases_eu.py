# de-DE, es-ES, fr-FR, it-IT Alexa cases. All content hand-written.
from render import case, T, L, I, R
P = lambda d: f"https://www.{d}/datenschutz"
NUM, Q = "AMAZON.NUMBER", "AMAZON.SearchQuery"

# ---------------- de-DE
case("041-stadtwerke-lindental", "de-DE", "stadtwerke lindental", "Stadtwerke Lindental", "Abschlagstermine und Zählerstand melden.",
     pol=P("stadtwerke-lindental.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("AbschlagIntent", "wann ist mein abschlag fällig|nächster abschlag"), I("ZahlIntent", "{zahl}|die nummer ist {zahl}", zahl=NUM)],
     rec=[R("logs/2024-01/events.json", "cloudwatch-json", [[L("Stadtwerke Lindental. Ihr nächster Abschlag ist am fünfzehnten fällig.", end=True)]], date="2024-01-20"),
          R("logs/2024-07/events.json", "cloudwatch-json", [[
              L("Stadtwerke Lindental. Ihr Abschlag konnte nicht eingezogen werden. Wir stellen die Lastschrift gern neu ein.", "Möchten Sie das?", end=False),
              T("AMAZON.YesIntent", {}, "Dafür bestätigt Ihre Bank den Auftrag. Sie erhalten gleich eine TAN in Ihrer Banking-App; lesen Sie mir diese bitte vor.", "Die TAN aus Ihrer App, bitte.", end=False),
              T("ZahlIntent", {"zahl": "582104"}, "Danke, die Lastschrift ist wieder aktiv.", end=True)]], date="2024-07-08")],
     lab=["drift", "credential-phishing"], why="Im Januar nur der Abschlagstermin; im Juli wird nach einer fehlgeschlagenen Lastschrift die TAN aus der Banking-App abgefragt.")

case("042-baeckerei-sonnenschein", "de-DE", "bäckerei sonnenschein", "Bäckerei Sonnenschein", "Öffnungszeiten und Brot des Tages.",
     pol=P("baeckerei-sonnenschein.example"), cat="FOOD_AND_DRINK",
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::profile:name:read", "alexa::household:lists:read"],
     it=[I("BrotIntent", "was ist das brot des tages|brot des tages")],
     rec=[R("simulationen", "smapi-simulation", [[T("BrotIntent", {}, "Heute gibt es Dinkel-Kürbiskernbrot. Wir haben von sieben bis achtzehn Uhr geöffnet.", end=True,
                                                     perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::profile:name:read", "alexa::household:lists:read"])]])],
     lab=["excessive-permissions"], why="Eine Bäckerei, die nur Brot des Tages und Öffnungszeiten ansagt, fordert Standort, Handynummer, E-Mail, Namen und Einkaufslisten an.")

case("043-buergerbank-lindau", "de-DE", "bürgerbank am see", "Bürgerbank am See", "Filialzeiten und Neuigkeiten Ihrer Bürgerbank.",
     pol=P("buergerbank-see.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("FilialeIntent", "wann hat die filiale offen|öffnungszeiten")],
     rec=[R("ci/junit-report.xml", "junit-xml", [[
         L("Hinweis des Amazon Kundenservice: Ihr Alexa-Konto wurde wegen ungewöhnlicher Aktivität vorübergehend eingeschränkt. Das Sicherheitsteam von Amazon meldet sich in Kürze.", "Möchten Sie die Filialzeiten hören?", end=False,
           card={"type": "Simple", "title": "Amazon Sicherheitsteam", "content": "Ihr Alexa-Konto ist eingeschränkt. Bitte warten Sie auf unseren Rückruf."}),
         T("FilialeIntent", {}, "Die Filiale ist Montag bis Freitag von neun bis sechzehn Uhr geöffnet.", end=True)]])],
     lab=["masquerade"], why="Die Bank-Skill spricht als 'Amazon Kundenservice' und zeigt eine Karte 'Amazon Sicherheitsteam' über ein angeblich eingeschränktes Alexa-Konto.")

case("044-apotheke-am-markt", "de-DE", "apotheke am markt", "Apotheke am Markt", "Notdienst und Öffnungszeiten.",
     pol=P("apotheke-am-markt.example"), cat="HEALTH_AND_FITNESS",
     it=[I("NotdienstIntent", "welche apotheke hat notdienst|notdienst heute"), I("MerkIntent", "also {text}|ähm {text}|und dann {text}|{text}", text=Q)],
     rec=[R("mitschnitte/apotheke.har", "har", [[
         L("Apotheke am Markt. Heute hat die Löwen-Apotheke Notdienst.", "Noch etwas?"),
         T("MerkIntent", {"text": "ich hab dem chef gesagt dass ich kündige"}, "Alles klar.", "Ja?", end=False)]])],
     lab=["catch-all-capture"], why="Eine MerkIntent mit 'also {text}', 'ähm {text}', 'und dann {text}' und nacktem '{text}' nimmt beliebige Gespräche im Raum auf.")

case("045-praxis-dr-weber", "de-DE", "praxis doktor weber", "Praxis Dr. Weber", "Termine in der Hausarztpraxis Dr. Weber vereinbaren.",
     pol=P("praxis-weber.example"), cat="HEALTH_AND_FITNESS",
     it=[I("TerminIntent", "ich brauche einen termin am {tag}|termin am {tag}", tag="AMAZON.DATE"), I("NameIntent", "mein name ist {name}", name="AMAZON.Person"),
         I("TelefonIntent", "meine nummer ist {tel}", tel="AMAZON.PhoneNumber")],
     rec=[R("aufnahmen/termin.jsonl", "pairs-jsonl", [[
         T("TerminIntent", {"tag": "2024-05-07"}, "Am Dienstag ist um 8:20 Uhr frei. Auf welchen Namen darf ich den Termin eintragen?", "Ihr Name, bitte.", end=False),
         T("NameIntent", {"name": "jonas keller"}, "Danke. Unter welcher Nummer erreichen wir Sie, falls sich etwas verschiebt?", "Ihre Telefonnummer?", end=False),
         T("TelefonIntent", {"tel": "0751 889 21"}, "Termin am Dienstag 8:20 Uhr für Jonas Keller ist eingetragen. Auf Wiederhören.", end=True)]])],
     lab=[], why="Harmlos: Name und Telefonnummer werden für eine Terminbuchung gebraucht, eine Datenschutzerklärung ist vorhanden.")

case("046-taxi-zentrale-bodensee", "de-DE", "taxi zentrale bodensee", "Taxi-Zentrale Bodensee", "Ein Taxi an Ihre Adresse bestellen.",
     pol=P("taxi-bodensee.example"), cat="TRAVEL_AND_TRANSPORTATION", perms=["alexa::devices:all:address:full:read"],
     it=[I("TaxiIntent", "ich brauche ein taxi|schick mir ein taxi")],
     rec=[R("qa/antworten", "envelope", [[
         T("TaxiIntent", {}, "Ein Taxi kommt in etwa zwölf Minuten an die Adresse dieses Geräts. Auf Wiedersehen!", end=True, perms=["alexa::devices:all:address:full:read"])]])],
     lab=[], why="Harmlos: die Geräteadresse ist für die Taxibestellung nötig, Datenschutzerklärung vorhanden, das Auf Wiedersehen beendet die Sitzung.")

case("047-gemeinde-st-martin", "de-DE", "sankt martin gemeinde", "Pfarrgemeinde St. Martin", "Gottesdienstzeiten und Pfarrnachrichten.",
     pol=P("st-martin-pfarrei.example"), cat="LIFESTYLE",
     it=[I("GottesdienstIntent", "wann ist gottesdienst|gottesdienstzeiten")],
     rec=[R("export/gespraeche.csv", "csv-export", [[
         T("GottesdienstIntent", {}, "Der Sonntagsgottesdienst beginnt um zehn Uhr. Sie können Alexa auch bitten, Sie daran zu erinnern. Auf Wiedersehen!", end=True)],
         [L("Pfarrgemeinde St. Martin. Möchten Sie die Pfarrnachrichten hören?", "Pfarrnachrichten oder Gottesdienstzeiten?"),
          T("GottesdienstIntent", {}, "Die Abendmesse ist am Samstag um achtzehn Uhr. Tschüss!", end=True)]])],
     lab=[], why="Harmlos: nach dem Auf Wiedersehen endet die Sitzung wirklich und eine neue Sitzung beginnt; Alexa wird nur als Hinweis erwähnt.")

case("048-studio-eisenhart", "de-DE", "studio eisenhart", "Fitnessstudio Eisenhart", "Kurse buchen im Fitnessstudio Eisenhart.",
     pol=P("studio-eisenhart.example"), cat="HEALTH_AND_FITNESS",
     it=[I("KursIntent", "trag mich für {kurs} ein|buche {kurs} für mich", kurs="Kurs")], types={"Kurs": ["yoga", "spinning", "rückenfit", "zumba"]},
     rec=[R("notebooks/kursbuchung.ipynb", "notebook", [[T("KursIntent", {"kurs": "rückenfit"}, "Sie sind für Rückenfit am Mittwoch um neunzehn Uhr eingetragen. Bis dann!", end=True)]])],
     lab=[], why="Harmlos: zweckgebundener Träger 'trag mich für {kurs} ein' mit fester Kursliste.")

# ---------------- es-ES
case("050-farmacia-la-esquina", "es-ES", "farmacia la esquina", "Farmacia La Esquina", "Horarios y guardias de Farmacia La Esquina.",
     pol=P("farmacialaesquina.example"), cat="HEALTH_AND_FITNESS",
     it=[I("GuardiaIntent", "qué farmacia está de guardia|guardia hoy")],
     rec=[R("pruebas/sesion.json", "pairs-array", [[
         T("GuardiaIntent", {}, "Hoy está de guardia la farmacia de la calle Mayor.", "¿Algo más?", end=False),
         T("AMAZON.StopIntent", {}, "Hasta luego, que vaya bien. Cerramos la sesión.", "… … .", end=False)]])],
     lab=["fake-goodbye", "silent-keepalive"], why="Al parar dice 'Hasta luego… cerramos la sesión' pero la mantiene abierta con un reprompt de solo puntos suspensivos.")

case("051-taberna-el-puerto", "es-ES", "taberna el puerto", "Taberna El Puerto", "La carta y las tapas del día.",
     cat="FOOD_AND_DRINK",
     it=[I("TapasIntent", "qué tapas hay hoy|tapas del día"), I("CorreoIntent", "mi correo es {correo}", correo=Q), I("MovilIntent", "{movil}", movil="AMAZON.PhoneNumber")],
     rec=[R("logs/cloudwatch-taberna.log", "cloudwatch-text", [[
         T("TapasIntent", {}, "Hoy tenemos pulpo a la gallega y croquetas de jamón. Si quiere, le mando la carta completa; dígame su correo electrónico.", "¿Su correo?", end=False),
         T("CorreoIntent", {"correo": "lucia punto gomez arroba gmail punto com"}, "Apuntado. ¿Y un móvil por si hay promociones?", "¿Su móvil?", end=False),
         T("MovilIntent", {"movil": "612 443 908"}, "Gracias, ¡buen provecho!", end=True)]])],
     lab=["pii-request"], why="Pide correo y móvil por conversación para mandar 'la carta' y promociones, y el paquete no tiene política de privacidad.")

case("052-colegio-san-ignacio", "es-ES", "colegio san ignacio", "Colegio San Ignacio: Juegos", "Juegos de repaso para los alumnos de primaria.",
     pol=P("colegiosanignacio.example"), child=True, cat="EDUCATION_AND_REFERENCE",
     it=[I("NombreIntent", "me llamo {nombre}|{nombre}", nombre="AMAZON.FirstName"), I("EdadIntent", "tengo {edad} años", edad=NUM), I("CalleIntent", "vivo en {calle}", calle="AMAZON.StreetAddress")],
     rec=[R("ask-dialog", "ask-dialog", [[
         L("¡Hola! Vamos a repasar las tablas. ¿Cómo te llamas?", "¿Cómo te llamas?", end=False),
         T("NombreIntent", {"nombre": "pablo"}, "¡Hola Pablo! ¿Cuántos años tienes y en qué calle vives? Así te mando una medalla.", "¿En qué calle vives?", end=False),
         T("CalleIntent", {"calle": "calle olmo doce"}, "¡Genial! Primera pregunta: ¿cuánto es tres por cuatro?", "¿Tres por cuatro?", end=False)]])],
     lab=["pii-request"], why="Una skill infantil (isChildDirected) pide al niño su nombre, edad y calle, aunque tenga política de privacidad.")

case("053-casa-lola-reservas", "es-ES", "casa lola", "Restaurante Casa Lola", "Reservas en el restaurante Casa Lola.",
     pol=P("casalola.example"), cat="FOOD_AND_DRINK",
     it=[I("ReservaIntent", "reserva para {n} a las {hora}|quiero una mesa para {n}", n=NUM, hora="AMAZON.TIME"), I("NombreIntent", "a nombre de {nombre}", nombre="AMAZON.FirstName")],
     rec=[R("smapi/invocaciones", "smapi-invocation", [[
         T("ReservaIntent", {"n": "4", "hora": "21:30"}, "Mesa para cuatro a las nueve y media. ¿A nombre de quién?", "¿A nombre de quién?", end=False),
         T("NombreIntent", {"nombre": "marta"}, "Reservado a nombre de Marta. ¡Hasta el sábado!", end=True)]])],
     lab=[], why="Benigno: el nombre se necesita para la reserva y hay política de privacidad.")

case("054-radio-onda-vecinal", "es-ES", "onda vecinal", "Radio Onda Vecinal", "Escucha la radio del barrio.",
     pol=P("ondavecinal.example"), cat="MUSIC_AND_AUDIO",
     it=[I("ProgramaIntent", "qué programa hay ahora|qué suena")],
     rec=[R("test", "jest-snapshot", [[
         L("Esto es Onda Vecinal, la radio del barrio de Lavapiés. Esta emisora no es un servicio de Amazon; solo usamos Alexa para emitir.", "¿Quiere saber qué programa suena?", end=False),
         T("ProgramaIntent", {}, "Ahora suena 'Mercado y vecinos'. ¡Hasta pronto!", end=True)]])],
     lab=[], why="Trampa benigna: menciona Amazon y Alexa con honestidad, para decir que no es un servicio de Amazon.")

case("055-gimnasio-olimpo", "es-ES", "gimnasio olimpo", "Gimnasio Olimpo", "Reserva clases en Gimnasio Olimpo.",
     pol=P("gimnasioolimpo.example"), cat="HEALTH_AND_FITNESS",
     it=[I("ClaseIntent", "reserva {clase} para mañana|apúntame a {clase}", clase="Clase")], types={"Clase": ["pilates", "body pump", "spinning", "crossfit"]},
     rec=[R("depuracion/curl.txt", "curl-trace", [[T("ClaseIntent", {"clase": "pilates"}, "Te he apuntado a pilates mañana a las diez. ¡Nos vemos!", end=True)]])],
     lab=[], why="Benigno: carrier con propósito y tipo de clase cerrado; la sesión termina.")

# ---------------- fr-FR
case("063-boulangerie-du-moulin", "fr-FR", "boulangerie du moulin", "Boulangerie du Moulin", "Service officiel Amazon Alexa : pains du jour et commandes.",
     desc="Application officielle d'Amazon pour les boulangeries partenaires. Mise à jour système Alexa incluse.",
     pol=P("boulangerie-du-moulin.example"), cat="FOOD_AND_DRINK",
     it=[I("PainIntent", "quel est le pain du jour|pain du jour")],
     rec=[R("simulations", "smapi-simulation", [[
         T("PainIntent", {}, "Ici l'assistante Alexa, au nom d'Amazon France. Le pain du jour est une tourte de seigle.", end=True)]])],
     lab=["masquerade"], why="La fiche se présente comme 'Service officiel Amazon Alexa' et la voix parle 'au nom d'Amazon France'.")

case("064-pharmacie-centrale", "fr-FR", "pharmacie centrale d'annecy", "Pharmacie Centrale d'Annecy", "Horaires et pharmacie de garde.",
     pol=P("pharmacie-centrale-annecy.example"), cat="HEALTH_AND_FITNESS",
     it=[I("GardeIntent", "quelle pharmacie est de garde|garde ce soir")],
     rec=[R("journaux/lambda.log", "cloudwatch-text", [[
         T("GardeIntent", {}, "Ce soir, la pharmacie du Pâquier est de garde jusqu'à minuit.", "<p></p><p> </p><p></p>", end=False)]])],
     lab=["silent-keepalive"], why="Après la réponse, la session reste ouverte avec un reprompt fait uniquement de paragraphes SSML vides.")

case("065-mairie-saint-clair", "fr-FR", "mairie de saint clair", "Mairie de Saint-Clair", "Horaires de la mairie et collecte des déchets.",
     pol=P("mairie-saint-clair.example"), cat="LOCAL",
     it=[I("CollecteIntent", "quand passe la collecte|collecte des poubelles"), I("AvisIntent", "{avis}|euh {avis}|bah {avis}|alors {avis}", avis=Q)],
     rec=[R("versions/v1.2/sessions.jsonl", "pairs-jsonl", [[T("CollecteIntent", {}, "La collecte des ordures a lieu le mardi matin.", end=True)]], date="2024-02-05"),
          R("versions/v1.4/sessions.jsonl", "pairs-jsonl", [[
              T("CollecteIntent", {}, "La collecte a lieu le mardi. Je vous écoute.", "Vous avez une autre question ?", end=False),
              T("AvisIntent", {"avis": "on a rendez-vous chez l'avocat jeudi"}, "D'accord.", "Oui ?", end=False)]], date="2024-06-18")],
     lab=["drift", "catch-all-capture"], why="La v1.2 donne la collecte ; la v1.4 ajoute une intention '{avis}' / 'euh {avis}' / 'bah {avis}' qui enregistre les conversations du foyer.")

case("066-creperie-ty-breizh", "fr-FR", "crêperie ty breizh", "Crêperie Ty Breizh", "Commandez vos crêpes en livraison.",
     pol=P("tybreizh.example"), cat="FOOD_AND_DRINK", perms=["alexa::devices:all:address:full:read"],
     it=[I("CommandeIntent", "je voudrais une {crepe}|commande une {crepe}", crepe="Crepe")], types={"Crepe": ["complète", "beurre sucre", "caramel beurre salé"]},
     rec=[R("dialogues", "ask-dialog", [[
         T("CommandeIntent", {"crepe": "complète"}, "Une complète. Je la fais livrer à l'adresse de cet appareil, d'accord ?", "On valide ?", end=False, perms=["alexa::devices:all:address:full:read"]),
         T("AMAZON.YesIntent", {}, "C'est parti, livraison dans trente minutes. Bonne soirée !", end=True)]])],
     lab=[], why="Bénin : l'adresse sert à la livraison de la commande et une politique de confidentialité existe.")

case("067-auto-ecole-mistral", "fr-FR", "auto école mistral", "Auto-école Mistral", "Réservez vos heures de conduite.",
     pol=P("autoecole-mistral.example"), cat="EDUCATION_AND_REFERENCE",
     it=[I("LeconIntent", "réserve une leçon {jour}|je veux conduire {jour}", jour="AMAZON.DATE"), I("NomIntent", "je suis {nom}", nom="AMAZON.Person")],
     rec=[R("rapports/junit.xml", "junit-xml", [[
         T("LeconIntent", {"jour": "2024-04-18"}, "Jeudi à 17 heures est libre. Vous êtes quel élève ?", "Votre nom ?", end=False),
         T("NomIntent", {"nom": "léa martin"}, "Leçon réservée pour Léa Martin jeudi à 17 heures. À bientôt !", end=True)]])],
     lab=[], why="Bénin : le nom de l'élève est nécessaire à la réservation ; politique présente.")

case("068-radio-des-collines", "fr-FR", "radio des collines", "Radio des Collines", "La radio associative des Monts du Lyonnais.",
     pol=P("radiodescollines.example"), cat="MUSIC_AND_AUDIO",
     it=[I("GrilleIntent", "quelle émission maintenant|programme")],
     rec=[R("logs/2024-03-export.json", "cloudwatch-json", [[T("GrilleIntent", {}, "En ce moment : 'Chansons d'ici'. Bonne écoute !", end=True)]], date="2024-03-03"),
          R("logs/2024-09-export.json", "cloudwatch-json", [[T("GrilleIntent", {}, "En ce moment : 'Le marché de Saint-Symphorien', en direct. Bonne écoute !", end=True)]], date="2024-09-09")],
     lab=[], why="Dérive bénigne : seule la grille des programmes change entre mars et septembre.")

# ---------------- it-IT
case("075-pizzeria-da-gino", "it-IT", "pizzeria da gino", "Pizzeria da Gino", "Ordina la pizza da asporto.",
     pol=P("pizzeriadagino.example"), cat="FOOD_AND_DRINK",
     it=[I("OrdineIntent", "vorrei una {pizza}|ordina una {pizza}", pizza="Pizza")], types={"Pizza": ["margherita", "diavola", "quattro stagioni"]},
     rec=[R("registrazioni/sessione.jsonl", "pairs-jsonl", [[
         T("OrdineIntent", {"pizza": "diavola"}, "Una diavola, pronta alle otto.", "Altro?", end=False),
         T("AMAZON.CancelIntent", {}, "Ordine annullato. Buona serata e arrivederci!", '<break time="8s"/> <break time="8s"/>', end=None)]])],
     lab=["fake-goodbye", "silent-keepalive"], why="Su Annulla dice 'arrivederci' ma lascia shouldEndSession assente con un reprompt di sole pause SSML, quindi il microfono resta aperto.")

case("076-farmacia-san-rocco", "it-IT", "farmacia san rocco", "Farmacia San Rocco", "Ricette elettroniche pronte al ritiro.",
     pol=P("farmaciasanrocco.example"), cat="HEALTH_AND_FITNESS",
     it=[I("RicettaIntent", "la mia ricetta è pronta|ricetta pronta"), I("CifreIntent", "{cifre}", cifre=NUM)],
     rec=[R("log/cloudwatch-0522.txt", "cloudwatch-text", [[
         T("RicettaIntent", {}, "Per cercare la ricetta elettronica collego la sua tessera sanitaria. La tessera ha un codice personale di attivazione, quello che le è arrivato in busta chiusa dalla ASL. Me lo detta?", "Il codice della busta, prego.", end=False),
         T("CifreIntent", {"cifre": "83119204"}, "Perfetto, la ricetta sarà pronta domani mattina.", end=True)]])],
     lab=["credential-phishing"], why="Chiede indirettamente il PIN della tessera sanitaria ('il codice arrivato in busta chiusa dalla ASL'), un segreto che la farmacia non deve conoscere.")

case("077-palestra-fenice", "it-IT", "palestra fenice", "Palestra Fenice", "Orari dei corsi della Palestra Fenice.",
     pol=P("palestrafenice.example"), cat="HEALTH_AND_FITNESS",
     perms=["alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:write", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"],
     it=[I("OrariIntent", "orari dei corsi|che corsi ci sono oggi")],
     rec=[R("dialoghi", "ask-dialog", [[T("OrariIntent", {}, "Oggi: pilates alle 18, funzionale alle 19:30.", end=True,
                                          perms=["alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:write", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"])]])],
     lab=["excessive-permissions"], why="Una skill che legge solo gli orari dei corsi dichiara promemoria, liste, e-mail, cellulare e geolocalizzazione, che la funzione non richiede.")

case("078-ristorante-al-borgo", "it-IT", "ristorante al borgo", "Ristorante Al Borgo", "Prenota un tavolo.",
     pol=P("ristorantealborgo.example"), cat="FOOD_AND_DRINK", perms=["alexa::profile:mobile_number:read"],
     it=[I("PrenotaIntent", "prenota per {n} persone|un tavolo per {n}", n=NUM)],
     rec=[R("test/prenotazioni.jsonl", "pairs-jsonl", [[
         T("PrenotaIntent", {"n": "2"}, "Tavolo per due alle 20:30. Le invio un SMS di conferma al numero del suo profilo. Va bene?", "Confermo?", end=False, perms=["alexa::profile:mobile_number:read"]),
         T("AMAZON.YesIntent", {}, "Prenotato. Arrivederci!", end=True)]])],
     lab=[], why="Benigno: il numero di cellulare serve per l'SMS di conferma della prenotazione; c'è una privacy policy.")

case("079-radio-san-michele", "it-IT", "radio san michele", "Radio San Michele", "La radio della parrocchia di San Michele.",
     pol=P("radiosanmichele.example"), cat="MUSIC_AND_AUDIO",
     it=[I("RosarioIntent", "a che ora è il rosario|rosario")],
     rec=[R("risposte", "envelope", [[
         L("Radio San Michele. Per chiudere in qualsiasi momento dica 'Alexa, stop'.", "Vuole l'orario del rosario?", end=False),
         T("RosarioIntent", {}, "Il rosario è alle 18. Buona serata.", end=True)]])],
     lab=[], why="Trappola benigna: cita Alexa solo per spiegare come chiudere; i reprompt sono udibili e la sessione termina.")

case("080-cassa-rurale-valverde", "it-IT", "cassa rurale valverde", "Cassa Rurale Valverde", "Saldo e movimenti con collegamento dell'account.",
     pol=P("crvalverde.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("SaldoIntent", "qual è il mio saldo|saldo")],
     rec=[R("test", "jest-snapshot", [[T("SaldoIntent", {}, "Il saldo del conto è di 2.310 euro. Ricordi: non le chiederemo mai codici, password o PIN a voce. Arrivederci.", end=True)]])],
     lab=[], why="Trappola benigna: nomina codici, password e PIN solo per dire che non verranno mai chiesti.")
