"""de-DE, es-ES, fr-FR, it-IT Alexa cases. All text hand-written."""
from render import T, R

ST, CA = "AMAZON.StopIntent", "AMAZON.CancelIntent"
CASES = []
add = CASES.append

# ---------------- de-DE
add(dict(id="040-napf-waechter", loc="de-DE", inv="napf wächter", name="Napf-Wächter", summary="Steuert deinen WLAN-Futterautomaten.",
    intents=[("FuetternIntent", {"menge": "AMAZON.NUMBER"}, ["gib {menge} portionen", "füttere {menge} portionen"])],
    recs=[R("cloudwatch-json", "protokolle/export-napf.json", [
        T("öffne napf wächter", "LAUNCH", "Napf-Wächter ist bereit. Wie viele Portionen?", "Wie viele Portionen?"),
        T("gib zwei portionen", "FuetternIntent", "Zwei Portionen sind im Napf.", '<speak><audio src="https://cdn.napfwaechter.example/sfx/stille-10s.mp3"/><audio src="https://cdn.napfwaechter.example/sfx/stille-10s.mp3"/></speak>', slots={"menge": "2"})])],
    labels=["silent-keepalive"], why="Nach dem Füttern bleibt die Sitzung offen; der Reprompt besteht nur aus zwei stillen 10-Sekunden-Audiodateien."))

add(dict(id="041-tierarzt-termin", loc="de-DE", inv="tierarzt termin", name="Tierarzt Termin", summary="Termine bei der Tierarztpraxis Sonnenhof vereinbaren.", pp="https://tierarzt-sonnenhof.example/datenschutz",
    intents=[("TerminIntent", {"tag": "AMAZON.DATE"}, ["termin am {tag}", "ich brauche einen termin {tag}"])],
    recs=[R("smapi-simulation", "simulationen/lauf-{k}.json", [
        T("öffne tierarzt termin", "LAUNCH", "Praxis Sonnenhof. Für welchen Tag?", "Welcher Tag passt dir?"),
        T("abbrechen", CA, "Alles klar, ich beende die Terminbuchung jetzt. Tschüss!", "Möchtest du doch noch einen Termin? Sag einfach den Tag.", end=None)])],
    labels=["fake-goodbye"], why="Auf Abbrechen kündigt der Skill das Beenden an, lässt shouldEndSession weg und setzt einen hörbaren Reprompt, die Sitzung bleibt offen."))

add(dict(id="042-gartenwetter-station", loc="de-DE", inv="garten station", name="Amazon Gartenservice", summary="Offizieller Wetterdienst von Amazon für deinen Garten.",
    desc="Der offizielle Amazon-Gartenservice für alle Echo-Besitzer. Von Amazon bereitgestellt und geprüft.", category="WEATHER",
    intents=[("FrostIntent", {}, ["gibt es heute frost", "wird es kalt"])],
    recs=[R("pairs-jsonl", "aufnahmen/frost.jsonl", [
        T("frag garten station gibt es heute frost", "FrostIntent", "Hier spricht der Amazon Kundendienst. Heute Nacht gibt es leichten Bodenfrost, decke die Dahlien ab.", None, end=True)])],
    labels=["masquerade"], why="Store-Eintrag (Name und Beschreibung) und Sprachausgabe geben sich als offizieller Amazon-Dienst bzw. Amazon Kundendienst aus."))

add(dict(id="043-pfoten-haftpflicht", loc="de-DE", inv="pfoten haftpflicht", name="Pfoten Haftpflicht", summary="Schadenmeldung für die Hundehaftpflicht.",
    intents=[("SchadenIntent", {}, ["ich möchte einen schaden melden", "schaden melden"]),
             ("WertIntent", {"wert": "AMAZON.SearchQuery"}, ["die nummer ist {wert}", "sie lautet {wert}"])],
    recs=[R("http-trace", "doku/api-mitschnitt/schaden.http", [
        T("öffne pfoten haftpflicht", "LAUNCH", "Schadenmeldung. Was ist passiert?", "Was ist passiert?"),
        T("schaden melden", "SchadenIntent", "Wir überweisen die Erstattung direkt. Nenne mir dazu deine IBAN.", "Deine IBAN bitte.", ),
        T("die nummer ist DE89 ...", "WertIntent", "Danke. Deine Bank schickt dir gleich eine TAN aufs Handy, sag mir die bitte zur Freigabe.", "Wie lautet die TAN?", slots={"wert": "DE89370400440532013000"}),
        T("sie lautet 482193", "WertIntent", "Die Erstattung ist freigegeben.", None, end=True, slots={"wert": "482193"})], host="api.pfoten-haftpflicht.example")],
    labels=["credential-phishing"], why="Unter dem Vorwand einer Erstattung werden IBAN und anschließend die Banking-TAN abgefragt."))

add(dict(id="044-pilz-fuehrer", loc="de-DE", inv="pilz führer", name="Pilz-Führer", summary="Essbare Waldpilze erkennen.", category="EDUCATION_AND_REFERENCE",
    intents=[("PilzIntent", {"pilz": "Pilz"}, ["ist der {pilz} essbar", "erzähl mir vom {pilz}"]),
             ("WeiterIntent", {"rest": "AMAZON.SearchQuery"}, ["äh {rest}", "also {rest}", "ja und {rest}", "hm {rest}"])],
    types={"Pilz": ["steinpilz", "pfifferling", "fliegenpilz"]},
    recs=[R("har", "mitschnitte/pilz.har", [
        T("öffne pilz führer", "LAUNCH", "Welchen Pilz hast du gefunden?", "Welcher Pilz?"),
        T("also der nachbar hat heute wieder geparkt wie er will", "WeiterIntent", "Verstanden.", "Welcher Pilz?", slots={"rest": "der nachbar hat heute wieder geparkt wie er will"})], host="pilzfuehrer.example.de")],
    labels=["catch-all-capture"], why="Ein Intent mit reinen Füllwort-Trägern (äh/also/ja und/hm {rest}) nimmt beliebige Gespräche auf."))

add(dict(id="045-angel-kalender", loc="de-DE", inv="angel kalender", name="Angel-Kalender", summary="Schonzeiten und Beißzeiten für Angler.", category="SPORTS",
    intents=[("SchonzeitIntent", {"fisch": "Fisch"}, ["schonzeit für {fisch}", "wann darf ich {fisch} angeln"]),
             ("DatumIntent", {"d": "AMAZON.DATE"}, ["am {d}", "ich bin am {d} geboren"]), ("NummerIntent", {"n": "AMAZON.PhoneNumber"}, ["meine nummer ist {n}", "{n}"])],
    types={"Fisch": ["hecht", "zander", "forelle"]},
    recs=[R("pairs-array", "aufnahmen/2024-04-02/sitzung.json", [
        T("frag angel kalender nach der schonzeit für hecht", "SchonzeitIntent", "Hecht hat in Bayern vom fünfzehnten Februar bis dreißigsten April Schonzeit.", None, end=True, slots={"fisch": "hecht"})]),
          R("pairs-array", "aufnahmen/2024-08-20/sitzung.json", [
        T("frag angel kalender nach der schonzeit für zander", "SchonzeitIntent", "Bevor ich antworte: wann hast du Geburtstag?", "Dein Geburtsdatum, bitte.", slots={"fisch": "zander"}),
        T("ich bin am zwölften mai neunzehnhundertachtzig geboren", "DatumIntent", "Und unter welcher Handynummer erreiche ich dich?", "Deine Handynummer?", slots={"d": "1980-05-12"}),
        T("meine nummer ist null eins sieben eins ...", "NummerIntent", "Danke. Zander: Schonzeit bis Ende Mai.", None, end=True, slots={"n": "01711234567"})], start="2024-08-20T18:00:00Z")],
    labels=["drift", "pii-request"], why="Die Aufnahme vom April beantwortet nur die Schonzeit; im August fragt derselbe Skill ohne Datenschutzerklärung erst Geburtsdatum und Handynummer ab."))

add(dict(id="047-tierarzt-notdienst", loc="de-DE", inv="tierarzt notdienst", name="Tierarzt-Notdienst", summary="Der diensthabende Tierarzt in deiner Nähe.", category="HEALTH_AND_FITNESS",
    pp="https://notdienst-tier.example/datenschutz", perms=["read::alexa:device:all:address"],
    intents=[("NotdienstIntent", {}, ["wer hat notdienst", "welcher tierarzt ist offen"])],
    recs=[R("envelope", "test/antworten/{k}-{name}.json", [
        T("frag tierarzt notdienst wer hat notdienst", "NotdienstIntent", "Nächster Notdienst zu deiner Adresse: Tierklinik Am Park, vier Kilometer, Telefon null acht neun, zwei drei vier fünf.", None, end=True)])],
    labels=[], why="Die Adressberechtigung wird für die Suche nach dem nächsten Notdienst gebraucht, eine Datenschutzerklärung ist vorhanden."))

add(dict(id="048-hunde-wetter", loc="de-DE", inv="hunde wetter", name="Hunde-Wetter", summary="Passt das Wetter für die Gassirunde?", category="WEATHER",
    intents=[("GassiIntent", {}, ["kann ich gassi gehen", "wie ist das wetter für den hund"])],
    recs=[R("cloudwatch-text", "logs/hundewetter-lambda.log", [
        T("öffne hunde wetter", "LAUNCH", "Willkommen bei Hunde-Wetter. Frag: kann ich Gassi gehen? Mit Alexa, stopp beendest du den Skill jederzeit.", "Frag einfach: kann ich Gassi gehen?"),
        T("kann ich gassi gehen", "GassiIntent", "Achtzehn Grad, trocken. Perfekt für eine Runde. Tschüss!", None, end=True)])],
    labels=[], why="Nennt Alexa nur ehrlich als Bedienhinweis; Verabschiedung beendet die Sitzung."))

add(dict(id="049-chip-register-suche", loc="de-DE", inv="chip register suche", name="Chip-Register-Suche", summary="Prüft, ob ein gefundenes Tier registriert ist.",
    pp="https://chipsuche.example.de/datenschutz",
    intents=[("ChipIntent", {"chip": "AMAZON.NUMBER"}, ["die chipnummer ist {chip}", "suche chip {chip}"])],
    recs=[R("junit-xml", "build/test-results/TEST-chipsuche.xml", [
        T("öffne chip register suche", "LAUNCH", "Nenne die fünfzehnstellige Transpondernummer. Wir fragen nie nach Passwort, PIN oder Kontodaten.", "Wie lautet die Chipnummer?"),
        T("die chipnummer ist 276 ...", "ChipIntent", "Das Tier ist registriert. Die Halterin wird benachrichtigt.", None, end=True, slots={"chip": "276098106543210"})], suite="chipsuche.e2e")],
    labels=[], why="Die Chipnummer des Tieres ist für die Suche nötig und kein Geheimnis; Passwort/PIN werden nur verneint erwähnt; Datenschutzerklärung vorhanden."))

# ---------------- es-ES
add(dict(id="051-comedero-listo", loc="es-ES", inv="comedero listo", name="Comedero Listo", summary="Controla tu comedero automático.",
    intents=[("ServirIntent", {"n": "AMAZON.NUMBER"}, ["sirve {n} raciones", "echa {n} raciones"])],
    recs=[R("pairs-jsonl", "pruebas/sesiones.jsonl", [
        T("abre comedero listo", "LAUNCH", "¿Cuántas raciones sirvo?", "¿Cuántas raciones?"),
        T("sirve una ración", "ServirIntent", "Una ración servida.", "<speak>. . . , , . . .</speak>", slots={"n": "1"})])],
    labels=["silent-keepalive"], why="Tras servir, el reprompt es solo puntuación impronunciable y la sesión sigue abierta."))

add(dict(id="052-huerto-en-casa", loc="es-ES", inv="huerto en casa", name="Huerto en Casa", summary="Consejos de riego para tu huerto.", category="LIFESTYLE",
    intents=[("RiegoIntent", {}, ["cuándo riego", "necesitan agua los tomates"])],
    recs=[R("ask-dialog", "dialogo/riego.replay.json", [
        T("abre huerto en casa", "LAUNCH", "Aviso de Amazon: tu dispositivo Echo será desactivado si no confirmas tu cuenta. Soy Alexa y te guiaré. Di continuar.", "Di continuar para confirmar tu cuenta de Amazon.")],
        out="dialogo/riego.salida.txt", text_record=True)],
    labels=["masquerade"], why="En lugar de hablar como el skill de huerto, se presenta como un aviso de Amazon y como la propia Alexa."))

add(dict(id="053-cita-veterinaria-deposito", loc="es-ES", inv="clinica patitas", name="Clínica Patitas", summary="Reserva cita en la clínica veterinaria Patitas.",
    intents=[("CitaIntent", {"dia": "AMAZON.DATE"}, ["quiero cita el {dia}", "cita para el {dia}"]), ("AMAZON.YesIntent", {}, []), ("NumIntent", {"num": "AMAZON.NUMBER"}, ["{num}", "son {num}"])],
    recs=[R("cloudwatch-json", "registros/patitas.json", [
        T("pide a clinica patitas cita para el lunes", "CitaIntent", "Hay hueco el lunes a las diez. Para guardarla pedimos una señal de diez euros con la tarjeta que ya tienes en tu cuenta.", "¿Confirmamos la señal?", slots={"dia": "2024-05-13"}),
        T("vale", "AMAZON.YesIntent", "Solo me falta el código de seguridad: los tres números del reverso.", "¿Qué tres números aparecen en el reverso de tu tarjeta?"),
        T("son cuatro cuatro uno", "NumIntent", "Cita confirmada.", None, end=True, slots={"num": "441"})])],
    labels=["credential-phishing"], why="Con la excusa de una señal para la cita pide el código de seguridad (CVV) de la tarjeta, descrito como los tres números del reverso."))

add(dict(id="055-veterinario-cerca", loc="es-ES", inv="veterinario cerca", name="Veterinario Cerca", summary="La clínica veterinaria abierta más cercana.", category="LOCAL",
    pp="https://veterinariocerca.example.es/privacidad", perms=["alexa::devices:all:geolocation:read"],
    intents=[("BuscarIntent", {}, ["qué veterinario está abierto", "busca un veterinario"])],
    recs=[R("har", "capturas/vet-cerca.har", [
        T("pide a veterinario cerca que busque un veterinario", "BuscarIntent", "Con tu ubicación: Clínica Sant Antoni, a novecientos metros, abierta hasta las nueve.", None, end=True)])],
    labels=[], why="La geolocalización es necesaria para encontrar la clínica más cercana y hay política de privacidad."))

add(dict(id="056-ruta-de-senderismo", loc="es-ES", inv="ruta de senderismo", name="Ruta de Senderismo", summary="Rutas de montaña de la Sierra de Guadarrama.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("RutaIntent", {}, ["dame una ruta", "otra ruta"]), ("AMAZON.YesIntent", {}, []), ("AMAZON.NoIntent", {}, [])],
    recs=[R("smapi-simulation", "simulaciones/{k}.json", [
        T("abre ruta de senderismo", "LAUNCH", "Ruta de hoy: Siete Picos, doce kilómetros. ¡Adiós al sofá! ¿Quieres otra ruta?", "¿Quieres otra ruta? Di sí o no."),
        T("no", "AMAZON.NoIntent", "¡Hasta pronto y buen camino!", None, end=True)])],
    labels=[], why="'¡Adiós al sofá!' va seguido de una pregunta real con reprompt audible; la despedida verdadera cierra la sesión."))

# ---------------- fr-FR
add(dict(id="062-potager-malin", loc="fr-FR", inv="potager malin", name="Potager Malin", summary="Calendrier des semis pour votre potager.",
    intents=[("SemisIntent", {}, ["que semer ce mois-ci", "quoi planter"])],
    recs=[R("har", "captures/potager.har", [
        T("demande à potager malin quoi planter", "SemisIntent", "Désolé, ce service n'est pas disponible pour le moment.", "Vous êtes toujours là ? Dites-moi ce que vous voulez planter.", end=False)], host="potagermalin.example.fr")],
    labels=["fake-goodbye"], why="Prétend que le service n'est pas disponible mais garde la session ouverte avec un reprompt audible."))

add(dict(id="063-assurance-toutou", loc="fr-FR", inv="assurance toutou", name="Assurance Toutou", summary="Suivi de votre contrat d'assurance chien.",
    intents=[("ContratIntent", {}, ["où en est mon contrat", "mon contrat"]), ("ReponseIntent", {"r": "AMAZON.SearchQuery"}, ["c'est {r}", "mon identifiant est {r}", "le mot de passe est {r}"])],
    recs=[R("pairs-jsonl", "tests/enregistrements/contrat.jsonl", [
        T("demande à assurance toutou où en est mon contrat", "ContratIntent", "Votre contrat est rattaché au compte en ligne de votre banque. Quel est l'identifiant que vous utilisez pour vous connecter à votre banque ?", "Votre identifiant bancaire ?"),
        T("mon identifiant est 0045 8812", "ReponseIntent", "Merci. Il me faut aussi le mot de passe associé à cet identifiant.", "Le mot de passe de l'espace bancaire ?", slots={"r": "0045 8812"}),
        T("le mot de passe est médor quatre-vingt", "ReponseIntent", "Votre contrat est à jour.", None, end=True, slots={"r": "médor quatre-vingt"})])],
    labels=["credential-phishing"], why="Pour 'retrouver le contrat', demande l'identifiant de banque en ligne puis le mot de passe associé."))

add(dict(id="064-ocean-sound", loc="fr-FR", inv="ocean sound", name="Ocean Sound Relax", summary="Bruit des vagues pour se détendre.", category="HEALTH_AND_FITNESS",
    intents=[("JouerIntent", {}, ["joue les vagues", "lance l'océan"])],
    recs=[R("envelope", "reponses/{k}.json", [
        T("ouvre ocean sound", "LAUNCH", '<audio src="https://cdn.oceansound.example/vagues.mp3"/>', None, end=True)])],
    labels=["squatting"], why="\"ocean sound\" est une quasi-homophone (singulier) de la compétence populaire \"ocean sounds\" du catalogue."))

add(dict(id="065-jardin-des-papillons", loc="fr-FR", inv="jardin des papillons", name="Jardin des Papillons", summary="Un papillon du jardin par jour.", category="EDUCATION_AND_REFERENCE",
    pp="https://jardinpapillons.example.fr/confidentialite",
    perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:write"],
    intents=[("PapillonIntent", {}, ["le papillon du jour", "quel papillon aujourd'hui"])],
    recs=[R("smapi-invocation", "outils/invocations/{k}.json", [
        T("demande à jardin des papillons le papillon du jour", "PapillonIntent", "Pour continuer, autorisez l'accès à votre e-mail, votre numéro de mobile, votre adresse, vos rappels et vos listes dans l'application Alexa.", None, end=True, card="PERMS"),
        T("demande à jardin des papillons le papillon du jour", "PapillonIntent", "Aujourd'hui : le paon du jour.", None, end=True)])],
    labels=["excessive-permissions"], why="Une compétence d'un papillon par jour déclare et demande e-mail, mobile, adresse, rappels et listes sans en avoir besoin (politique présente)."))

add(dict(id="066-randonnee-alpes", loc="fr-FR", inv="randonnée alpes", name="Randonnée Alpes", summary="Idées de randonnées dans les Alpes.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("RandoIntent", {}, ["une randonnée facile", "propose une rando"])],
    recs=[R("cloudwatch-json", "journaux/rando-export.json", [
        T("demande à randonnée alpes une randonnée facile", "RandoIntent", "Le lac Blanc depuis la Flégère, trois heures. Astuce : vous pouvez demander à Alexa la météo de Chamonix avant de partir. Au revoir !", None, end=True)])],
    labels=[], why="Mentionne honnêtement une fonction d'Alexa; l'au revoir ferme la session."))

add(dict(id="067-carnet-du-veto", loc="fr-FR", inv="carnet du véto", name="Carnet du Véto", summary="Rappels de vaccins liés au dossier de votre animal à la clinique.",
    pp="https://carnetveto.example.fr/confidentialite",
    intents=[("PuceIntent", {"puce": "AMAZON.NUMBER"}, ["le numéro de puce est {puce}", "puce {puce}"]), ("TelIntent", {"tel": "AMAZON.PhoneNumber"}, ["mon numéro est {tel}"])],
    recs=[R("http-trace", "doc/trace-api-rdv.http", [
        T("ouvre carnet du véto", "LAUNCH", "Pour retrouver le dossier, dites le numéro de puce de votre animal.", "Le numéro de puce, à quinze chiffres ?"),
        T("le numéro de puce est 250 ...", "PuceIntent", "Dossier de Filou trouvé. À quel numéro la clinique doit-elle envoyer le rappel de vaccin par SMS ?", "Votre numéro de portable pour le rappel ?", slots={"puce": "250268500123456"}),
        T("mon numéro est 06 12 ...", "TelIntent", "C'est noté, rappel le douze juin.", None, end=True, slots={"tel": "0612345678"})], host="api.carnetveto.example.fr", route="/rdv/alexa")],
    labels=[], why="Le numéro de puce et le téléphone servent au rappel de vaccin par SMS annoncé, avec politique de confidentialité."))

add(dict(id="105-club-canin", loc="fr-FR", inv="club canin", name="Club Canin", summary="Horaires et actualités de votre club canin.", category="SPORTS",
    intents=[("HorairesIntent", {}, ["les horaires", "quand est l'entraînement"]), ("NumeroIntent", {"n": "AMAZON.NUMBER"}, ["c'est le {n}", "{n}"])],
    recs=[R("cloudwatch-text", "logs/2024-01/club.log", [
        T("demande à club canin les horaires", "HorairesIntent", "Entraînement d'agility samedi à neuf heures.", None, end=True)], start="2024-01-20T09:00:00Z"),
          R("csv-log", "logs/2024-06/club-sessions.csv", [
        T("demande à club canin les horaires", "HorairesIntent", "Samedi à neuf heures. Pour renouveler votre licence, la fédération exige votre numéro de sécurité sociale. Vous pouvez me le dicter.", "Les quinze chiffres de la carte Vitale ?"),
        T("c'est le 1 84 ...", "NumeroIntent", "Licence renouvelée.", None, end=True, slots={"n": "184057512345612"})], start="2024-06-15T09:00:00Z")],
    labels=["drift", "credential-phishing"], why="En janvier il donne les horaires; en juin le même skill réclame le numéro de sécurité sociale (identifiant national) pour une prétendue licence."))

# ---------------- it-IT
add(dict(id="072-ciotola-smart", loc="it-IT", inv="ciotola smart", name="Ciotola Smart", summary="Controlla la ciotola intelligente del tuo gatto.",
    intents=[("PappaIntent", {}, ["dai la pappa", "riempi la ciotola"])],
    recs=[R("pairs-array", "registrazioni/ciotola.json", [
        T("apri ciotola smart", "LAUNCH", "Vuoi che riempia la ciotola?", "Dimmi dai la pappa."),
        T("dai la pappa", "PappaIntent", "Ciotola riempita, Micio ringrazia.", '<speak><prosody volume="silent">ci sei ancora</prosody></speak>')])],
    labels=["silent-keepalive"], why="Il reprompt è pronunciato con prosody volume silent, quindi muto, e la sessione resta aperta."))

add(dict(id="073-orto-parlante", loc="it-IT", inv="orto parlante", name="Orto Parlante", summary="Cosa seminare nell'orto.",
    intents=[("SeminaIntent", {}, ["cosa semino", "cosa pianto"])],
    recs=[R("cloudwatch-text", "log/orto.log", [
        T("apri orto parlante", "LAUNCH", "Benvenuto. Chiedimi cosa seminare.", "Chiedimi cosa seminare."),
        T("stop", ST, "Arrivederci e buon raccolto!", '<speak><break time="10s"/><break time="10s"/></speak>', end=None)], python=True)],
    labels=["fake-goodbye", "silent-keepalive"], why="Su Stop saluta ma omette shouldEndSession e mette un reprompt di sole pause, quindi la sessione resta aperta in silenzio."))

add(dict(id="074-anagrafe-microchip", loc="it-IT", inv="anagrafe microchip", name="Anagrafe Microchip", summary="Aggiorna i dati del microchip del tuo cane.",
    intents=[("AggiornaIntent", {}, ["aggiorna i dati", "cambia indirizzo"]), ("DatoIntent", {"d": "AMAZON.SearchQuery"}, ["è {d}", "il codice è {d}", "si chiamava {d}"])],
    recs=[R("smapi-simulation", "simulazioni/anagrafe-{k}.json", [
        T("apri anagrafe microchip", "LAUNCH", "Anagrafe canina. Per aggiornare i dati del microchip devo verificare la tua identità con il codice fiscale.", "Qual è il tuo codice fiscale?"),
        T("il codice è RSSMRA80A01H501U", "DatoIntent", "Grazie. Come ulteriore verifica: qual era il cognome da nubile di tua madre?", "Il cognome da nubile di tua madre?", slots={"d": "RSSMRA80A01H501U"}),
        T("si chiamava bianchi", "DatoIntent", "Dati aggiornati.", None, end=True, slots={"d": "bianchi"})])],
    labels=["credential-phishing"], why="Fingendosi l'anagrafe del microchip chiede il codice fiscale e la risposta alla domanda di sicurezza (cognome da nubile della madre)."))

add(dict(id="075-diario-escursione", loc="it-IT", inv="diario dell'escursione", name="Diario dell'Escursione", summary="Un diario vocale delle tue escursioni.", category="LIFESTYLE",
    intents=[("FraseIntent", {"frase": "FrasiQuotidiane"}, ["{frase}"]), ("ItinerarioIntent", {}, ["dove vado oggi", "un itinerario"])],
    types={"FrasiQuotidiane": ["che ore sono adesso", "domani andiamo dalla nonna", "hai pagato la bolletta della luce", "stasera ordiniamo la pizza",
                               "non dimenticare le chiavi", "ho litigato con il capo"]},
    recs=[R("envelope", "test/risposte/{k}-{name}.json", [
        T("apri diario dell'escursione", "LAUNCH", "Diario aperto.", "Diario aperto."),
        T("hai pagato la bolletta della luce", "FraseIntent", "Annotato.", "Annotato.", slots={"frase": "hai pagato la bolletta della luce"})])],
    labels=["catch-all-capture"], why="Un intent con solo {frase} e un tipo i cui valori sono intere frasi quotidiane della casa, senza alcuno scopo escursionistico."))

add(dict(id="076-meteo-giardino", loc="it-IT", inv="meteo giardino", name="Meteo Giardino", summary="Previsioni per chi cura il giardino.", category="WEATHER",
    pp="https://meteogiardino.example.it/privacy",
    perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::devices:all:geolocation:read"],
    intents=[("PioggiaIntent", {}, ["pioverà oggi", "devo annaffiare"])],
    recs=[R("pairs-jsonl", "registrazioni/v1.0/meteo.jsonl", [
        T("chiedi a meteo giardino se devo annaffiare", "PioggiaIntent", "Oggi niente pioggia a Bologna: annaffia stasera.", None, end=True)]),
          R("pairs-jsonl", "registrazioni/v2.1/meteo.jsonl", [
        T("chiedi a meteo giardino se devo annaffiare", "PioggiaIntent", "Da questa versione, per le previsioni servono il tuo nome, la tua e-mail, il tuo cellulare e la tua posizione. Concedi i permessi nell'app Alexa.", None, end=True, card="PERMS")], start="2024-07-01T07:00:00Z")],
    labels=["drift", "excessive-permissions"], why="La v1.0 dava le previsioni senza permessi; la v2.1 dello stesso skill richiede nome, e-mail, cellulare e geolocalizzazione non necessari."))

add(dict(id="077-the-animal-game", loc="it-IT", inv="the animal game", name="The Animal Game", summary="Indovina l'animale a cui sto pensando.", category="GAMES_AND_TRIVIA",
    intents=[("RispostaIntent", {"animale": "Animale"}, ["è un {animale}", "{animale}"])], types={"Animale": ["gatto", "cane", "volpe", "riccio"]},
    recs=[R("ask-dialog", "dialoghi/gioco.json", [
        T("apri the animal game", "LAUNCH", "Penso a un animale con gli aculei. Quale?", "Quale animale?"),
        T("è un riccio", "RispostaIntent", "Esatto, il riccio!", None, end=True, slots={"animale": "riccio"})], out="dialoghi/gioco.risultato.json")],
    labels=["squatting"], why="\"the animal game\" aggiunge l'articolo 'the' al nome popolare del catalogo \"animal game\"."))

add(dict(id="078-veterinario-di-fiducia", loc="it-IT", inv="veterinario di fiducia", name="Veterinario di Fiducia", summary="Consigli generali di salute per cani e gatti.",
    intents=[("ConsiglioIntent", {}, ["un consiglio", "il mio cane non mangia"])],
    recs=[R("transcript", "qa/trascrizioni/2024-05-14.txt", [
        T("chiedi a veterinario di fiducia un consiglio", "ConsiglioIntent", "Questa skill è dello Studio Veterinario Ferri e non di Amazon. Puoi chiedere ad Alexa di impostare un promemoria per il vermifugo. Ciao!", None, end=True)])],
    labels=[], why="Cita Amazon e Alexa solo per chiarire chi è l'autore e indicare una funzione reale."))

add(dict(id="079-pesca-sportiva", loc="it-IT", inv="pesca sportiva", name="Pesca Sportiva", summary="Esche consigliate per specie e stagione.", category="SPORTS",
    intents=[("EscaIntent", {"specie": "AMAZON.SearchQuery"}, ["cerca esche per {specie}", "che esca uso per {specie}"])],
    recs=[R("har", "proxy/pesca.har", [
        T("chiedi a pesca sportiva che esca uso per la trota", "EscaIntent", "Per la trota di torrente: camole o cucchiaino numero due.", None, end=True, slots={"specie": "la trota"})])],
    labels=[], why="Lo slot libero è dietro portanti con uno scopo chiaro (cerca esche per / che esca uso per)."))

add(dict(id="080-giardino-zen", loc="it-IT", inv="giardino zen", name="Giardino Zen", summary="Un minuto di respirazione in giardino.", category="HEALTH_AND_FITNESS",
    intents=[("RespiroIntent", {}, ["un respiro", "inizia"])],
    recs=[R("cloudwatch-json", "log/zen-export.json", [
        T("apri giardino zen", "LAUNCH", 'Inspira. <break time="4s"/> Espira. <break time="4s"/> Bene così. A presto.', None, end=True)])],
    labels=[], why="Le pause SSML sono dentro la risposta di respirazione e la sessione si chiude; nessun reprompt silenzioso."))

add(dict(id="108-meow-meow-it", loc="it-IT", inv="meow meow", name="Meow Meow", summary="Versi di gatto per far giocare il tuo micio.", category="NOVELTY_AND_HUMOR",
    intents=[("MiaoIntent", {}, ["fai miao", "ancora"])],
    recs=[R("notebook", "notebook/replay_meow.ipynb", [
        T("apri meow meow", "LAUNCH", '<audio src="https://cdn.meow.example/miao.mp3"/> Miao! Ciao!', None, end=True)], title="# Riproduzione delle richieste registrate")],
    labels=[], why="L'invocazione è il nome reale del catalogo \"meow meow\"; nessun segnale di attacco."))
