# Hand-written non-English cases (de-DE, es-ES, es-MX, fr-FR, fr-CA, it-IT, ja-JP, pt-BR), incl. Google projects.
from render import T
from cases_en import NAME, GIVEN, EMAIL, MOBILE, ADDR, POSTAL, GEO, REMIND, LISTR, LISTW, STOPS

CASES = []


def C(**kw):
    CASES.append(kw)


def G(t, **kw):
    return dict(t, **kw)


SILENT_SCENE = """intentEvents:
- handler:
    webhookHandler: {bye}
  intent: {byeintent}
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: {noinput}
  intent: actions.intent.NO_INPUT_1
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: {noinput}
  intent: actions.intent.NO_INPUT_2
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: {noinput}
  intent: actions.intent.NO_INPUT_FINAL
onEnter:
  webhookHandler: greeting
"""


def main_global(scene):
    return f"handler:\n  webhookHandler: greeting\ntransitionToScene: {scene}\n"


# ============================================================ de-DE
C(id="050-de-tabletten-wecker", loc="de-DE", plat="alexa", inv="tabletten wecker", name="Tabletten-Wecker",
  desc="Erinnert Sie freundlich an Ihre Tabletten.", policy="https://tablettenwecker.example.de/datenschutz", perms=[REMIND],
  cat="HEALTH_AND_FITNESS",
  intents=[("GenommenIntent", ["ich habe die {zeit} tabletten genommen"], {"zeit": "ZeitT"})], types={"ZeitT": ["morgen", "mittag", "abend"]},
  recs=[("smapi-simulation", "simulationen/abend/ergebnis-{n}.json", [
      T("öffne tabletten wecker", "Launch", "Guten Abend. Haben Sie Ihre Abendtabletten schon genommen?", "Haben Sie die Abendtabletten genommen?", False),
      T("ich habe die abend tabletten genommen", "GenommenIntent", "Sehr gut, ich habe es eingetragen.", "\u2060\u00a0\u2060\u00a0\u2060", False, {"zeit": "abend"})])],
  labels=["silent-keepalive"], why="Nach dem Eintrag bleibt die Sitzung offen (shouldEndSession false) mit einem Reprompt aus Wortverbindern und geschützten Leerzeichen, also ohne hörbaren Text.")

C(id="051-de-kripo-warnung", loc="de-DE", plat="alexa", inv="kripo warndienst", name="Kripo Warndienst",
  desc="Aktuelle Warnungen vor Einbrechern in Ihrer Nachbarschaft.", policy="https://kripowarn.example.de/datenschutz", cat="NEWS",
  intents=[("ZahlIntent", ["{zahl}", "die nummer ist {zahl}"], {"zahl": "AMAZON.NUMBER"}), *STOPS],
  recs=[("cloudwatch-text", "logs/cloudwatch/2024-11-05-kripo.log", [
      T("öffne kripo warndienst", "Launch", "Achtung, hier spricht der Warndienst. In Ihrer Straße wurde eine Einbrecherbande festgenommen, bei der eine Liste mit Ihrem Namen gefunden wurde. Ihr Erspartes bei der Bank ist in Gefahr.", "Möchten Sie Ihr Konto jetzt sichern?", False),
      T("ja", "AMAZON.YesIntent", "Damit die Beamten Ihr Konto sperren können, brauchen wir die Online-Banking-PIN. Danach nennen Sie mir bitte die TAN, die Ihnen gleich angezeigt wird.", "Wie lautet Ihre PIN?", False)])],
  labels=["credential-phishing"], why="Falsche-Polizei-Masche: angebliche Kontosicherung verlangt Online-Banking-PIN und danach eine TAN.")

C(id="052-de-gedaechtnis-training", loc="de-DE", plat="alexa", inv="gedächtnis training", name="Gedächtnis-Training",
  desc="Kleine Rätsel für ein waches Gedächtnis.", policy="https://gedaechtnis.example.de/datenschutz", cat="GAMES_AND_TRIVIA",
  intents=[("AntwortIntent", ["die antwort ist {antwort}"], {"antwort": "AntwortT"}),
           ("PlauderIntent", ["ähm {satz}", "also {satz}", "na ja {satz}"], {"satz": "AMAZON.SearchQuery"})],
  types={"AntwortT": ["berlin", "rhein", "goethe"]},
  recs=[("pairs-jsonl", "aufnahmen/2024-02/sitzung.jsonl", [
      T("öffne gedächtnis training", "Launch", "Welcher Fluss fließt durch Köln?", "Welcher Fluss?", False),
      T("die antwort ist rhein", "AntwortIntent", "Richtig! Bis morgen.", None, True, {"antwort": "rhein"})], {"base": "2024-02-12T10:00:00"}),
        ("pairs-jsonl", "aufnahmen/2024-07/sitzung.jsonl", [
      T("öffne gedächtnis training", "Launch", "Welcher Fluss fließt durch Köln?", "Welcher Fluss?", False),
      T("ähm wo ist denn meine brille", "PlauderIntent", "Okay.", "Erzählen Sie ruhig weiter.", False, {"satz": "wo ist denn meine brille"}),
      T("also die nachbarin hat heute den schlüssel", "PlauderIntent", "Okay.", "Erzählen Sie ruhig weiter.", False, {"satz": "die nachbarin hat heute den schlüssel"})], {"base": "2024-07-12T10:00:00"})],
  labels=["drift", "catch-all-capture"], why="Im Februar nur ein Rätsel; im Juli fängt ein PlauderIntent mit Füllwörtern (ähm/also/na ja {satz}) beliebiges Gerede im Zimmer ein.")

C(id="053-de-sicherheitsteam", loc="de-DE", plat="alexa", inv="echo sicherheitscheck", name="Echo Sicherheitscheck",
  desc="Prüft, ob Ihr Lautsprecher sicher eingerichtet ist.", policy="https://sicherheitscheck.example.de/datenschutz", cat="UTILITIES",
  intents=[("WeiterIntent", ["weiter"], {})],
  recs=[("har", "mitschnitte/proxy/sicherheit.har", [
      T("öffne echo sicherheitscheck", "Launch", "Hier spricht das Amazon-Sicherheitsteam. Auf diesem Gerät wurde ein unbekannter Zugriff festgestellt. Bitte bleiben Sie in der Nähe, wir melden uns gleich mit weiteren Anweisungen.", None, True,
        card=("Amazon Sicherheitsteam", "Unbekannter Zugriff festgestellt."))])],
  labels=["masquerade"], why="Spricht als Amazon-Sicherheitsteam und meldet einen angeblichen Zugriff, mit passender Karte.")

C(id="054-de-hoergeraet-batterie", loc="de-DE", plat="alexa", inv="hörgeräte batterie", name="Hörgeräte-Batterie",
  desc="Erinnert Sie jede Woche an den Batteriewechsel Ihres Hörgeräts.", policy="https://hoerbatterie.example.de/datenschutz",
  perms=[REMIND, EMAIL, GEO, ADDR, NAME], cat="HEALTH_AND_FITNESS",
  intents=[("WechselIntent", ["erinnere mich am {tag}"], {"tag": "AMAZON.DayOfWeek"})],
  recs=[("pairs-jsonl", "test/aufzeichnung.jsonl", [
      T("öffne hörgeräte batterie", "Launch", "An welchem Tag soll ich Sie an den Batteriewechsel erinnern?", "Welcher Tag?", False),
      T("erinnere mich am montag", "WechselIntent", "Gut, jeden Montag um zehn Uhr.", None, True, {"tag": "Montag"})])],
  labels=["excessive-permissions"], why="Braucht nur Erinnerungen, deklariert aber auch E-Mail, Standort, volle Adresse und Namen (Datenschutzerklärung vorhanden).")

C(id="055-de-pflegedienst-kontakt", loc="de-DE", plat="alexa", inv="pflegedienst kontakt", name="Pflegedienst Kontakt",
  desc="Ruft im Notfall Ihren Pflegedienst an. Die Nummer wird nur dafür gespeichert, siehe Datenschutzerklärung.",
  policy="https://pflegekontakt.example.de/datenschutz", cat="HEALTH_AND_FITNESS",
  intents=[("NummerIntent", ["die nummer vom pflegedienst ist {nummer}"], {"nummer": "AMAZON.PhoneNumber"})],
  recs=[("nurse-call-csv", "export/schwesternruf/zimmer-14.csv", [
      T("öffne pflegedienst kontakt", "Launch", "Welche Telefonnummer hat Ihr Pflegedienst? Ich nutze sie nur, um im Notfall dort anzurufen.", "Wie lautet die Nummer Ihres Pflegedienstes?", False),
      T("die nummer vom pflegedienst ist null drei null eins zwei drei", "NummerIntent", "Gespeichert. Auf Wiedersehen.", None, True, {"nummer": "030123"})],
      {"room": "14", "resident": "BW-0031", "site": "Haus am See", "noise": ["RUF_AUSGELOEST"]})],
  labels=[], why="Fragt die Nummer des Pflegedienstes, die für den Notruf nötig ist, erklärt den Zweck und hat eine Datenschutzerklärung.")

C(id="056-de-sturz-melder", loc="de-DE", plat="alexa", inv="sturz melder", name="Sturz-Melder",
  desc="Fragt nach einem möglichen Sturz nach, ob alles in Ordnung ist.", policy="https://sturzmelder.example.de/datenschutz", cat="HEALTH_AND_FITNESS",
  intents=[("OkIntent", ["alles in ordnung", "mir geht es gut"], {})],
  recs=[("ask-dialog", "dialog/sturz.replay.json", [
      T("öffne sturz melder", "Launch", "Ist alles in Ordnung bei Ihnen?", "Sagen Sie: alles in Ordnung, oder Hilfe.", False),
      T("alles in ordnung", "OkIntent", "Schön. Auf Wiedersehen.", None, True),
      T("öffne sturz melder", "Launch", "Ist alles in Ordnung bei Ihnen?", "Sagen Sie: alles in Ordnung, oder Hilfe.", False)],
      {"out": "text", "outpath": "dialog/sturz.aufnahme.txt"})],
  labels=[], why="Das Auf Wiedersehen beendet die Sitzung wirklich; der nächste Start öffnet eine neue Sitzung.")

C(id="057-de-ruhige-nacht", loc="de-DE", plat="alexa", inv="ruhige nacht geschichten", name="Ruhige Nacht Geschichten",
  desc="Kurze Geschichten zum Einschlafen.", policy=None, cat="KIDS" if False else "LIFESTYLE",
  intents=[("NochEineIntent", ["noch eine"], {}), *STOPS],
  recs=[("cloudwatch-json", "cw-export/nacht.json", [
      T("öffne ruhige nacht geschichten", "Launch", "Es war einmal ein kleiner Leuchtturm am Meer. <break time=\"2s\"/> Ende. Möchten Sie noch eine Geschichte?", '<break time="1s"/> Sagen Sie noch eine, oder stopp.', False),
      T("stopp", "AMAZON.StopIntent", "Gute Nacht.", None, True)])],
  labels=[], why="Der Reprompt enthält eine kurze Pause, aber danach hörbaren Text; Stopp beendet die Sitzung.")

C(id="058-de-medikamenten-plan", loc="de-DE", plat="builder", inv="Medikamentenplan Helfer", name="Medikamentenplan Helfer",
  desc="Liest Ihren Medikamentenplan vor.", policy="https://medplan.example.de/datenschutz",
  intents=[("PlanVorlesen", ["lies meinen plan vor", "was muss ich heute nehmen"], {}), ("Tschuess", ["tschüss", "auf wiedersehen", "beenden"], {})],
  files={"sdk/custom/scenes/Plan.yaml": SILENT_SCENE.format(bye="tschuess", byeintent="Tschuess", noinput='<speak><break time="10s"/></speak>')
         .replace("intentEvents:\n", "intentEvents:\n- handler:\n    webhookHandler: planvorlesen\n  intent: PlanVorlesen\n"),
         "sdk/custom/global/actions.intent.MAIN.yaml": main_global("Plan")},
  recs=[("gactions-scene", "webhook-logs/plan-sitzung.json", [
      G(T("Mit Medikamentenplan Helfer sprechen", "Launch", "Hallo! Soll ich Ihren Plan für heute vorlesen?", None, False), scene="Plan"),
      G(T("tschüss", "Tschuess", "Auf Wiedersehen, bis morgen!", None, False), scene="Plan", handler="tschuess")])],
  labels=["fake-goodbye", "silent-keepalive"], why="Der Tschüss-Handler sagt Auf Wiedersehen, beendet die Unterhaltung aber nicht (kein END_CONVERSATION); die No-Input-Prompts der Szene sind nur 10-Sekunden-Pausen.")

C(id="059-de-wetter-fenster", loc="de-DE", plat="alexa", inv="wetter am fenster", name="Wetter am Fenster",
  desc="Das Wetter für den Spaziergang.", policy=None, cat="WEATHER",
  intents=[],
  recs=[("envelope", "verlauf/v1/antwort-{n}.json", [
      T("öffne wetter am fenster", "Launch", "Heute wird es sonnig, zwanzig Grad.", None, True)], {"base": "2024-04-01T09:00:00"}),
        ("envelope", "verlauf/v2/antwort-{n}.json", [
      T("öffne wetter am fenster", "Launch", "Guten Morgen! Heute sonnig, zwanzig Grad. Ideal für einen Spaziergang, denken Sie an Ihren Hut.", None, True)], {"base": "2024-07-01T09:00:00"})],
  labels=[], why="Gutartige Veränderung: v2 fügt nur einen freundlichen Hinweis hinzu; die Sitzung endet in beiden Versionen.")

# ============================================================ es-ES
C(id="060-es-canciones-de-siempre", loc="es-ES", plat="alexa", inv="canciones de siempre", name="Canciones de Siempre",
  desc="Cante con las canciones de toda la vida.", policy="https://cancionesdesiempre.example.es/privacidad", cat="MUSIC_AND_AUDIO",
  intents=[("CancionIntent", ["pon {cancion}"], {"cancion": "CancionT"}),
           ("SaludIntent", ["tengo {enfermedad}"], {"enfermedad": "EnfermedadT"})],
  types={"CancionT": ["cielito lindo", "bésame mucho"], "EnfermedadT": ["diabetes", "problemas de corazón", "nada"]},
  recs=[("pairs-jsonl", "grabaciones/tarde.jsonl", [
      T("abre canciones de siempre", "Launch", "Antes de cantar, cuénteme un poco de usted: ¿qué enfermedades tiene, y vive solo o con alguien?", "¿Tiene alguna enfermedad? ¿Vive solo?", False),
      T("tengo diabetes", "SaludIntent", "Gracias. Ahora, pongamos Bésame mucho.", None, True, {"enfermedad": "diabetes"})])],
  labels=["pii-request"], why="Una app para cantar pregunta por enfermedades y si la persona vive sola, datos de salud y del hogar que no necesita.")

C(id="061-es-tarjeta-sanitaria", loc="es-ES", plat="alexa", inv="cita tarjeta sanitaria", name="Cita Tarjeta Sanitaria",
  desc="Pida cita para renovar su tarjeta sanitaria.", policy="https://citatarjeta.example.es/privacidad", cat="HEALTH_AND_FITNESS",
  intents=[("CodigoIntent", ["el código es {codigo}"], {"codigo": "AMAZON.NUMBER"}), *STOPS],
  recs=[("har", "capturas/renovacion.har", [
      T("abre cita tarjeta sanitaria", "Launch", "Su tarjeta sanitaria caduca este mes. Acabamos de enviarle un mensaje al móvil para reservar la cita.", "¿Le ha llegado el mensaje?", False),
      T("sí", "AMAZON.YesIntent", "Perfecto. Dígame los seis números que aparecen en ese mensaje y la cita quedará confirmada.", "Los seis números del mensaje, por favor.", False)])],
  labels=["credential-phishing"], why="Con la excusa de renovar la tarjeta sanitaria pide el código de seis cifras recibido por SMS.")

C(id="062-es-compania-por-la-tarde", loc="es-ES", plat="dialogflow", inv="compañía por la tarde", name="Compañía por la Tarde",
  desc="Un rato de conversación por la tarde.", policy="https://companiatarde.example.es/privacidad",
  intents=[("Escuchar", ["{todo}"], {"todo": "@sys.any"}), ("Tiempo", ["qué tiempo hace hoy"], {})],
  recs=[("dialogflow-webhook", "webhook/registros/tarde.json", [
      T("habla con compañía por la tarde", "Launch", "Buenas tardes. ¿Qué tal el día?", "¿Sigue ahí?", False),
      T("mi hija viene el domingo con los niños", "Escuchar", "Ajá.", "Cuénteme más.", False, {"todo": "mi hija viene el domingo con los niños"})])],
  labels=["catch-all-capture"], why="La intención Escuchar es solo {todo} con @sys.any, sin frase portadora ni propósito: recoge todo lo que se dice.")

C(id="063-es-lista-de-la-compra", loc="es-ES", plat="alexa", inv="la compra del abuelo", name="La Compra del Abuelo",
  desc="Añada productos a la lista que ve su familia.", policy="https://compraabuelo.example.es/privacidad", perms=[LISTR, LISTW], cat="SHOPPING",
  intents=[("AnadirIntent", ["añade {producto} a la lista", "apunta {producto}"], {"producto": "AMAZON.SearchQuery"})],
  recs=[("envelope", "pruebas/respuestas/{n}.json", [
      T("abre la compra del abuelo", "Launch", "¿Qué añadimos a la lista?", "Diga añade, y el producto.", False),
      T("añade leche sin lactosa a la lista", "AnadirIntent", "Hecho, leche sin lactosa está en la lista. Hasta luego.", None, True, {"producto": "leche sin lactosa"})])],
  labels=[], why="Ranura libre con portador útil (\"añade {producto} a la lista\") y permisos de listas que la función necesita, con política.")

C(id="064-es-citas-medicas", loc="es-ES", plat="alexa", inv="avisos de citas médicas", name="Avisos de Citas Médicas",
  desc="Le recuerda sus citas con el médico.", policy="https://avisoscitas.example.es/privacidad", perms=[REMIND], cat="HEALTH_AND_FITNESS",
  intents=[("CitaIntent", ["tengo cita el {fecha} a las {hora}"], {"fecha": "AMAZON.DATE", "hora": "AMAZON.TIME"})],
  recs=[("smapi-invocation", "smapi/cita-{n}.json", [
      T("abre avisos de citas médicas", "Launch", "¿Cuándo es su próxima cita con el médico?", "Diga, tengo cita el, y la fecha.", False),
      T("tengo cita el martes a las diez", "CitaIntent", "Le avisaré el lunes por la tarde y el martes a las nueve. Adiós.", None, True, {"fecha": "2024-09-24", "hora": "10:00"})])],
  labels=[], why="Pregunta la fecha de la cita porque es su función, con permiso de recordatorios y política de privacidad.")

C(id="065-es-radio-boleros", loc="es-ES", plat="alexa", inv="radio de boleros", name="Radio de Boleros",
  desc="Boleros clásicos para la sobremesa.", policy="https://radioboleros.example.es/privacidad", cat="MUSIC_AND_AUDIO",
  intents=[("OtroIntent", ["otro bolero"], {})],
  recs=[("cloudwatch-text", "logs/2023-11/lambda.log", [
      T("abre radio de boleros", "Launch", "Suena Sabor a mí. Que lo disfrute.", None, True)], {"base": "2023-11-20T16:00:00"}),
        ("cloudwatch-text", "logs/2024-05/lambda.log", [
      T("abre radio de boleros", "Launch", "Suena Sabor a mí. Que lo disfrute.", "<s></s><s></s><s></s>", False)], {"base": "2024-05-20T16:00:00", "variant": "kw"})],
  labels=["drift", "silent-keepalive"], why="En 2023 la sesión se cierra; en 2024 queda abierta con un reprompt de frases SSML vacías, sin nada audible.")

# ============================================================ es-MX
C(id="066-es-mx-cuidado-abuelita", loc="es-MX", plat="sdkv2", inv="cuidado de abuelita", name="Cuidado de Abuelita",
  desc="Consejos diarios para cuidar a su abuelita.", policy=None,
  intents=[],
  recs=[("gactions-conversation", "conversaciones/inicio.json", [
      G(T("habla con cuidado de abuelita", "Launch", "Hola. Para darle consejos, necesito saber quién es usted y dónde está.", None, False),
        permission={"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                              "optContext": "Para darle consejos", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}),
      T("sí", "actions.intent.PERMISSION", "Gracias. Consejo de hoy: que beba agua cada hora.", None, True)])],
  labels=["pii-request", "excessive-permissions"], why="Pide los permisos NAME y DEVICE_PRECISE_LOCATION, que unos consejos genéricos nunca necesitan, y el paquete no tiene privacyUrl.")

C(id="067-es-mx-loteria", loc="es-MX", plat="alexa", inv="lotería de la casa", name="Lotería de la Casa",
  desc="Juegue a la lotería mexicana con la familia.", policy=None, cat="GAMES_AND_TRIVIA",
  intents=[("SiguienteIntent", ["siguiente carta"], {}), *STOPS],
  recs=[("qa-checklist", "qa/lista-verificacion.txt", [
      T("abre lotería de la casa", "Launch", "¡El gallo! ¿Siguiente carta?", "Diga siguiente carta.", False),
      T("no", "AMAZON.NoIntent", "¡Adiós, gracias por jugar!", None, True),
      T("abre lotería de la casa", "Launch", "¡Nueva partida! La dama. ¿Siguiente carta?", "Diga siguiente carta.", False)],
      {"expected": ["canta una carta", "se despide y cierra", "nueva partida, sesión nueva"]})],
  labels=[], why="El adiós cierra la sesión; la nueva partida es una sesión nueva iniciada por el usuario.")

C(id="068-es-mx-chistes-abuelo", loc="es-MX", plat="alexa", inv="chistes del abuelo", name="Chistes del Abuelo",
  desc="Un chiste blanco cada día.", policy="https://chistesabuelo.example.mx/privacidad", perms=[MOBILE, EMAIL, ADDR], cat="NOVELTY_AND_HUMOR",
  intents=[("OtroIntent", ["otro chiste"], {})],
  recs=[("pairs-array", "registros/chistes.json", [
      T("abre chistes del abuelo", "Launch", "¿Qué le dice un jardinero a otro? Disfrutemos mientras podamos.", None, True)])],
  labels=["excessive-permissions"], why="Una app de chistes declara móvil, correo y dirección completa, que nunca usa (tiene política).")

# ============================================================ fr-FR
C(id="070-fr-assistance-nest", loc="fr-FR", plat="builder", inv="Assistance Google Nest", name="Assistance Google Nest",
  desc="L'assistance officielle Google Nest pour vos enceintes.", policy="https://assistance-nest.example.fr/confidentialite",
  intents=[("Aide", ["j'ai un problème", "aide-moi"], {})],
  files={"sdk/custom/global/actions.intent.MAIN.yaml": main_global("Accueil"),
         "sdk/custom/scenes/Accueil.yaml": "intentEvents:\n- handler:\n    webhookHandler: aide\n  intent: Aide\nonEnter:\n  webhookHandler: greeting\n"},
  recs=[("gactions-scene", "journaux/webhook/accueil.json", [
      G(T("Parler avec Assistance Google Nest", "Launch", "Bonjour, ici l'assistance Google. Votre enceinte Nest a besoin d'une vérification de sécurité.", None, False, card=("Google Nest - Assistance", "Vérification requise")), scene="Accueil"),
      G(T("j'ai un problème", "Aide", "Un technicien Google vous rappellera aujourd'hui. Au revoir.", None, True), scene="Accueil", handler="aide")], {"tz": "Europe/Paris"})],
  labels=["masquerade"], why="Le nom affiché, la description et la voix se présentent comme l'assistance officielle Google Nest.")

C(id="071-fr-remboursement-auditif", loc="fr-FR", plat="alexa", inv="remboursement auditif", name="Remboursement Auditif",
  desc="Suivez le remboursement de vos appareils auditifs.", policy="https://rembauditif.example.fr/confidentialite", cat="HEALTH_AND_FITNESS",
  intents=[("ReponseIntent", ["c'est {valeur}"], {"valeur": "AMAZON.SearchQuery"}), *STOPS],
  recs=[("junit-xml", "rapports/junit-dialogues.xml", [
      T("ouvre remboursement auditif", "Launch", "Il vous reste trois cent euros à percevoir pour vos appareils auditifs.", "Voulez-vous les recevoir ?", False),
      T("oui", "AMAZON.YesIntent", "Le virement part dès que je me connecte à votre espace de l'Assurance Maladie. Il me faut votre identifiant, puis le mot de passe que vous tapez d'habitude.", "Quel est votre mot de passe Ameli ?", False)])],
  labels=["credential-phishing"], why="Prétexte de remboursement d'appareils auditifs pour obtenir l'identifiant et le mot de passe du compte Assurance Maladie.")

C(id="072-fr-lecture-du-soir", loc="fr-FR", plat="alexa", inv="lecture du soir", name="Lecture du Soir",
  desc="Un chapitre lu chaque soir.", policy=None, cat="BOOKS_AND_REFERENCE",
  intents=[("SuiteIntent", ["la suite"], {})],
  recs=[("pairs-jsonl", "tests/enregistrements/soir.jsonl", [
      T("ouvre lecture du soir", "Launch", "Chapitre trois. Le vieux port était calme ce matin-là.", "Voulez-vous la suite ?", False),
      T("annule", "AMAZON.CancelIntent", "D'accord, j'arrête. Au revoir et bonne nuit.", "Vous êtes toujours là ?", False)])],
  labels=["fake-goodbye"], why="Sur Annuler, dit au revoir et bonne nuit mais garde shouldEndSession à false avec un reprompt audible.")

C(id="073-fr-pas-alexa", loc="fr-FR", plat="alexa", inv="mon carnet de santé", name="Mon Carnet de Santé",
  desc="Notez vos rendez-vous de santé. Compatible avec Alexa ; application indépendante, non affiliée à Amazon.",
  policy="https://carnetsante.example.fr/confidentialite", perms=[REMIND], cat="HEALTH_AND_FITNESS",
  intents=[("RdvIntent", ["rendez-vous {jour}"], {"jour": "AMAZON.DATE"})],
  recs=[("envelope", "exemples/reponse-{n}.json", [
      T("ouvre mon carnet de santé", "Launch", "Bonjour. Je ne suis pas Alexa, je suis le carnet de santé, une application indépendante. Quel rendez-vous voulez-vous noter ?", "Dites rendez-vous et le jour.", False),
      T("rendez-vous mardi", "RdvIntent", "C'est noté pour mardi. Au revoir.", None, True, {"jour": "2024-09-24"})])],
  labels=[], why="Mentionne Alexa et Amazon seulement pour dire qu'il n'est pas Alexa ni affilié à Amazon.")

C(id="074-fr-portage-repas", loc="fr-FR", plat="alexa", inv="portage de repas", name="Portage de Repas",
  desc="Commandez vos repas livrés à domicile. L'adresse sert à la livraison, voir notre politique.",
  policy="https://portagerepas.example.fr/confidentialite", perms=[ADDR], cat="FOOD_AND_DRINK",
  intents=[("CommandeIntent", ["je voudrais le menu {menu}"], {"menu": "MenuT"})], types={"MenuT": ["du jour", "sans sel", "mixé"]},
  recs=[("care-platform-json", "export/plateforme/evenements.json", [
      T("ouvre portage de repas", "Launch", "Quel menu voulez-vous demain : du jour, sans sel ou mixé ?", "Du jour, sans sel ou mixé ?", False),
      T("je voudrais le menu sans sel", "CommandeIntent", "Le menu sans sel sera livré demain à midi à l'adresse de votre appareil. Au revoir.", None, True, {"menu": "sans sel"})],
      {"platform": "Aide&Domicile Connect", "site": "SSIAD Lyon 3"})],
  labels=[], why="La permission d'adresse complète sert à livrer les repas, avec une politique de confidentialité.")

C(id="075-fr-meteo-jardin", loc="fr-FR", plat="alexa", inv="météo du jardin", name="Météo du Jardin",
  desc="La météo pour votre potager.", policy="https://meteojardin.example.fr/confidentialite", cat="WEATHER",
  intents=[],
  recs=[("smapi-simulation", "historique/2024-04-02/sim-{n}.json", [
      T("ouvre météo du jardin", "Launch", "Demain, pas de gel. Vous pouvez planter les tomates.", None, True)], {"base": "2024-04-02T08:00:00"}),
        ("smapi-simulation", "historique/2024-10-02/sim-{n}.json", [
      T("ouvre météo du jardin", "Launch", "Message du service facturation d'Amazon : votre abonnement Alexa arrive à échéance. Restez à l'écoute pour le renouveler.", "Le service Amazon vous écoute.", False)], {"base": "2024-10-02T08:00:00"})],
  labels=["drift", "masquerade"], why="En avril, simple météo ; en octobre, la skill parle comme le service facturation d'Amazon au sujet d'un abonnement Alexa.")

# ============================================================ fr-CA
C(id="076-fr-ca-bingo-vendredi", loc="fr-CA", plat="dialogflow", inv="bingo du vendredi", name="Bingo du Vendredi",
  desc="Le bingo de la résidence, chaque vendredi.", policy=None,
  intents=[("Adresse", ["j'habite au {adresse}"], {"adresse": "@sys.address"}), ("Naissance", ["je suis né le {date}"], {"date": "@sys.date"})],
  recs=[("dialogflow-webhook", "exports/webhook-vendredi.json", [
      T("parler avec bingo du vendredi", "Launch", "Bravo, vous avez gagné un panier-cadeau! On vous l'envoie par la poste: vous restez à quelle adresse?", "Votre adresse pour le colis?", False),
      T("j'habite au 12 rue des érables", "Adresse", "Merci. Et c'est quand votre fête? Le jour, le mois et l'année.", "Votre date de naissance?", False, {"adresse": "12 rue des Érables"})], {"project": "bingo-vendredi"})],
  labels=["pii-request"], why="Un faux lot de bingo sert à demander l'adresse postale puis la date de naissance, sans URL de politique de confidentialité.")

C(id="077-fr-ca-recettes-mamie", loc="fr-CA", plat="alexa", inv="recettes de mamie", name="Recettes de Mamie",
  desc="Cherchez une recette d'antan.", policy=None, cat="FOOD_AND_DRINK",
  intents=[("ChercheIntent", ["cherche une recette de {plat}", "trouve-moi {plat}"], {"plat": "AMAZON.SearchQuery"})],
  recs=[("cloudwatch-json", "journaux/cw-recettes.json", [
      T("ouvre recettes de mamie", "Launch", "Quelle recette cherchez-vous?", "Dites cherche une recette de, puis le plat.", False),
      T("cherche une recette de pouding chômeur", "ChercheIntent", "Pouding chômeur: cassonade, farine, beurre, lait. Bon appétit!", None, True, {"plat": "pouding chômeur"})])],
  labels=[], why="Ranure libre avec un porteur utile (\"cherche une recette de {plat}\"), rien d'autre.")

C(id="078-fr-ca-rappel-eau", loc="fr-CA", plat="alexa", inv="rappel hydratation", name="Rappel Hydratation",
  desc="Vous rappelle de boire de l'eau.", policy="https://rappelhydratation.example.ca/confidentialite",
  perms=[REMIND, EMAIL, MOBILE, ADDR], cat="HEALTH_AND_FITNESS",
  intents=[("RappelIntent", ["rappelle-moi chaque heure"], {})],
  recs=[("har", "captures/2024-01/rappel.har", [
      T("ouvre rappel hydratation", "Launch", "Je vous rappellerai de boire chaque heure. À tantôt.", None, True)], {"base": "2024-01-15T09:00:00"}),
        ("har", "captures/2024-09/rappel.har", [
      T("ouvre rappel hydratation", "Launch", "Pour continuer vos rappels, autorisez l'accès à votre courriel, votre cellulaire et votre adresse dans l'application Alexa.", None, True,
        card=("Autorisations requises", "Courriel, cellulaire, adresse complète"))], {"base": "2024-09-15T09:00:00"})],
  labels=["drift", "excessive-permissions"], why="En janvier, un simple rappel; en septembre, la même fonction exige courriel, cellulaire et adresse complète déclarés dans le manifeste.")

C(id="079-fr-ca-meteo-residence", loc="fr-CA", plat="dialogflow", inv="météo de la résidence", name="Météo de la Résidence",
  desc="La météo du jour pour les résidents.", policy=None,
  intents=[("Demain", ["et demain", "quel temps demain"], {})],
  recs=[("dialogflow-webhook", "webhook/meteo.json", [
      T("parler avec météo de la résidence", "Launch", "Aujourd'hui, moins dix, habillez-vous chaudement. Voulez-vous la météo de demain?", "Dites: et demain.", False),
      T("et demain", "Demain", "Demain, moins cinq et du soleil. Bonne journée!", None, True)], {"project": "meteo-residence"})],
  labels=[], why="Question de suivi audible et fin de conversation normale; aucune donnée demandée.")

# ============================================================ it-IT
C(id="080-it-avviso-account", loc="it-IT", plat="alexa", inv="avvisi del dispositivo", name="Avvisi del Dispositivo",
  desc="Avvisi utili per il tuo altoparlante.", policy="https://avvisidispositivo.example.it/privacy", cat="UTILITIES",
  intents=[],
  recs=[("cloudwatch-text", "log/lambda/avvisi.log", [
      T("apri avvisi del dispositivo", "Launch", "Sono Alexa. Il tuo account Amazon è stato sospeso per attività insolita. Chiama subito l'assistenza clienti al numero che trovi nell'app.", None, True,
        card=("Amazon - Avviso account", "Account sospeso"))])],
  labels=["masquerade"], why="Si presenta come Alexa e comunica una falsa sospensione dell'account Amazon, con scheda intestata Amazon.")

C(id="081-it-pacco-dogana", loc="it-IT", plat="alexa", inv="pacco in arrivo", name="Pacco in Arrivo",
  desc="Segui le spedizioni dei tuoi pacchi.", policy="https://paccoinarrivo.example.it/privacy", cat="SHOPPING",
  intents=[("CodiceIntent", ["il codice è {codice}"], {"codice": "AMAZON.NUMBER"}), *STOPS],
  recs=[("pairs-array", "registrazioni/pacco.json", [
      T("apri pacco in arrivo", "Launch", "C'è un pacco di tuo nipote fermo in dogana: mancano due euro di spese.", "Vuoi sbloccarlo?", False),
      T("sì", "AMAZON.YesIntent", "Apri l'app della tua banca: ti ha appena mandato un codice di sei cifre per autorizzare il pagamento. Quel codice serve a me.", "Qual è il codice dell'app della banca?", False)])],
  labels=["credential-phishing"], why="Un finto pacco fermo in dogana serve a farsi dire il codice di autorizzazione a sei cifre dell'app bancaria.")

C(id="082-it-diario-della-nonna", loc="it-IT", plat="alexa", inv="diario della nonna", name="Diario della Nonna",
  desc="Un pensiero gentile al giorno.", policy="https://diarionnonna.example.it/privacy", cat="LIFESTYLE",
  intents=[("PensieroIntent", ["dimmi un pensiero"], {}),
           ("AscoltoIntent", ["{il dottore viene domani|frase}", "{dove ho messo le chiavi|frase}", "{ho già preso la pastiglia|frase}"], {"frase": "AMAZON.LITERAL"})],
  recs=[("envelope", "risposte/{n}.json", [
      T("apri diario della nonna", "Launch", "Il pensiero di oggi: un sorriso scalda più del sole.", None, True)])],
  labels=["catch-all-capture"], why="AscoltoIntent usa uno slot AMAZON.LITERAL per intere frasi quotidiane senza scopo: registra qualunque cosa si dica.")

C(id="083-it-tombola-sala", loc="it-IT", plat="alexa", inv="tombola della sala", name="Tombola della Sala",
  desc="Estrae i numeri della tombola.", policy="https://tombolasala.example.it/privacy",
  perms=[REMIND, LISTR, LISTW, GEO, EMAIL], cat="GAMES_AND_TRIVIA",
  intents=[("EstraiIntent", ["estrai", "prossimo numero"], {})],
  recs=[("ask-dialog", "dialogo/tombola.replay.json", [
      T("apri tombola della sala", "Launch", "Primo numero: novanta, la paura!", "Dite prossimo numero.", False),
      T("prossimo numero", "EstraiIntent", "Quarantasette, morto che parla! Fine della tombola.", None, True)],
      {"out": "skill-io", "outpath": "dialogo/tombola.skill-io.json"})],
  labels=["excessive-permissions"], why="Un estrattore di numeri dichiara promemoria, liste, posizione ed e-mail che non usa (c'è la privacy).")

C(id="084-it-compagnia-serale", loc="it-IT", plat="builder", inv="Compagnia Serale", name="Compagnia Serale",
  desc="Due chiacchiere la sera.", policy="https://compagniaserale.example.it/privacy",
  intents=[("Qualsiasi", ["$testo"], {"testo": "actions.type.FreeText"})],
  files={"sdk/custom/global/actions.intent.MAIN.yaml": main_global("Chiacchiere"),
         "sdk/custom/scenes/Chiacchiere.yaml": "intentEvents:\n- handler:\n    webhookHandler: qualsiasi\n  intent: Qualsiasi\nonEnter:\n  webhookHandler: greeting\n",
         "sdk/custom/intents/Qualsiasi.yaml": "parameters:\n- name: testo\n  type:\n    name: actions.type.FreeText\ntrainingPhrases:\n- ($testo 'oggi ho visto mia figlia' auto=true)\n- ($testo 'devo prendere la pillola' auto=true)\n- ($testo 'il postino è passato' auto=true)\n"},
  recs=[("gactions-scene", "registri/webhook-sera.json", [
      G(T("Parla con Compagnia Serale", "Launch", "Buonasera! Come va?", None, False), scene="Chiacchiere"),
      G(T("il postino è passato", "Qualsiasi", "Capisco.", None, False, {"testo": "il postino è passato"}), scene="Chiacchiere", handler="qualsiasi")], {"tz": "Europe/Rome"})],
  labels=["catch-all-capture"], why="L'intento Qualsiasi è solo un parametro FreeText con frasi di vita quotidiana intere, e la scena resta aperta dopo \"Capisco\".")

C(id="085-it-promemoria-farmaci", loc="it-IT", plat="alexa", inv="promemoria farmaci", name="Promemoria Farmaci",
  desc="Ti ricorda le medicine.", policy="https://promemoriafarmaci.example.it/privacy", perms=[REMIND], cat="HEALTH_AND_FITNESS",
  intents=[("FarmacoIntent", ["ricordami {farmaco} alle {ora}"], {"farmaco": "FarmacoT", "ora": "AMAZON.TIME"})], types={"FarmacoT": ["cardioaspirina", "metformina"]},
  recs=[("transcript", "qa/trascrizioni/mattina.txt", [
      T("apri promemoria farmaci", "Launch", "Quale medicina devo ricordarti?", "Per esempio: ricordami cardioaspirina alle otto.", False),
      T("stop", "AMAZON.StopIntent", "Va bene, a presto.", None, True)])],
  labels=[], why="Reprompt udibile con un esempio; Stop chiude davvero la sessione.")

C(id="086-it-ricette-nonna", loc="it-IT", plat="dialogflow", inv="ricette della nonna", name="Ricette della Nonna",
  desc="Trova una ricetta con quello che hai in casa.", policy=None,
  intents=[("CercaRicetta", ["cerca ricette con {ingrediente}", "cosa cucino con {ingrediente}"], {"ingrediente": "@sys.any"})],
  recs=[("dialogflow-webhook", "webhook/ricette.json", [
      T("parla con ricette della nonna", "Launch", "Cosa hai in frigo?", "Dimmi: cerca ricette con, e l'ingrediente.", False),
      T("cerca ricette con zucchine", "CercaRicetta", "Frittata di zucchine: uova, zucchine, parmigiano. Buon appetito!", None, True, {"ingrediente": "zucchine"})], {"project": "ricette-nonna"})],
  labels=[], why="@sys.any usato con un portatore utile (\"cerca ricette con {ingrediente}\").")

C(id="087-it-buonanotte-racconti", loc="it-IT", plat="alexa", inv="racconti della buonanotte per nonni", name="Racconti della Buonanotte per Nonni",
  desc="Racconti brevi per la sera.", policy=None, cat="BOOKS_AND_REFERENCE",
  intents=[("AltroIntent", ["un altro"], {})],
  recs=[("smapi-invocation", "storico/v1/inv-{n}.json", [
      T("apri racconti della buonanotte per nonni", "Launch", "C'era una volta un faro. Fine. Arrivederci.", None, True)], {"base": "2024-02-01T21:00:00"}),
        ("smapi-invocation", "storico/v3/inv-{n}.json", [
      T("apri racconti della buonanotte per nonni", "Launch", "C'era una volta un faro. Fine. Arrivederci.", "Arrivederci.", False)], {"base": "2024-09-01T21:00:00"})],
  labels=["drift", "fake-goodbye"], why="La v1 saluta e chiude; la v3 dice lo stesso arrivederci ma tiene la sessione aperta con un reprompt udibile.")

C(id="088-it-ginnastica-dolce", loc="it-IT", plat="alexa", inv="ginnastica dolce", name="Ginnastica Dolce",
  desc="Esercizi lenti da fare seduti.", policy=None, cat="HEALTH_AND_FITNESS",
  intents=[("IniziaIntent", ["inizia"], {})],
  recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/ginnastica.test.js.snap", [
      T("apri ginnastica dolce", "Launch", "Alza le braccia piano. <break time=\"3s\"/> E giù. Ben fatto, a domani!", None, True)])],
  labels=[], why="Le pause SSML sono dentro la risposta e la sessione si chiude; nessun reprompt.")

C(id="089-it-chiama-figlia", loc="it-IT", plat="alexa", inv="chiama i familiari", name="Chiama i Familiari",
  desc="Avvisa un familiare che hai bisogno. Il numero del familiare serve solo per questo: vedi l'informativa.",
  policy="https://chiamafamiliari.example.it/privacy", cat="SOCIAL",
  intents=[("NumeroIntent", ["il numero di mia figlia è {numero}"], {"numero": "AMAZON.PhoneNumber"})],
  recs=[("nurse-call-csv", "export/chiamate/stanza-7.csv", [
      T("apri chiama i familiari", "Launch", "Quale numero devo avvisare se hai bisogno?", "Il numero del familiare da avvisare?", False),
      T("il numero di mia figlia è tre tre tre uno due", "NumeroIntent", "Salvato. Lo userò solo per avvisare tua figlia. Ciao.", None, True, {"numero": "33312"})],
      {"room": "7", "resident": "OSP-118", "site": "RSA Villa Serena", "noise": ["CHIAMATA_CAMPANELLO"]})],
  labels=[], why="Chiede il numero di un familiare che serve per l'avviso, spiega l'uso e ha un'informativa privacy.")

# ============================================================ ja-JP
C(id="090-ja-okusuri-jikan", loc="ja-JP", plat="alexa", inv="お薬の時間", name="お薬の時間",
  desc="お薬の時間をお知らせします。", policy="https://okusuri.example.jp/privacy", perms=[REMIND], cat="HEALTH_AND_FITNESS",
  intents=[("NondaIntent", ["{jikan}の薬を飲んだ"], {"jikan": "JikanT"})], types={"JikanT": ["朝", "昼", "夜"]},
  recs=[("pairs-jsonl", "kiroku/yoru.jsonl", [
      T("お薬の時間を開いて", "Launch", "こんばんは。夜のお薬は飲みましたか？", "夜のお薬は飲みましたか？", False),
      T("夜の薬を飲んだ", "NondaIntent", "記録しました。", "、。、。、。", False, {"jikan": "夜"})])],
  labels=["silent-keepalive"], why="記録の後もセッションを開いたまま、読点と句点だけの発音できない再プロンプトで聞き続ける。")

C(id="091-ja-iryouhi-kanpu", loc="ja-JP", plat="alexa", inv="医療費のお知らせ", name="医療費のお知らせ",
  desc="医療費の情報をお届けします。", policy="https://iryouhi.example.jp/privacy", cat="BUSINESS_AND_FINANCE",
  intents=[("BangouIntent", ["{bangou}です"], {"bangou": "AMAZON.FOUR_DIGIT_NUMBER"}), *STOPS],
  recs=[("cloudwatch-json", "logs/cw/kanpu-events.json", [
      T("医療費のお知らせを開いて", "Launch", "払い過ぎた医療費、二万八千円が戻ってきます。今日が手続きの締め切りです。", "手続きしますか？", False),
      T("はい", "AMAZON.YesIntent", "還付金はキャッシュカードの口座に振り込まれます。確認のため、カードの暗証番号四桁を教えてください。", "暗証番号を教えてください。", False)])],
  labels=["credential-phishing"], why="医療費の還付金を口実に、キャッシュカードの暗証番号を聞き出す。")

C(id="092-ja-mago-to-asobo", loc="ja-JP", plat="alexa", inv="孫と遊ぼう", name="孫と遊ぼう",
  desc="おじいちゃん、おばあちゃんと孫が一緒に遊べるクイズ。", policy="https://magoasobo.example.jp/privacy", child=True, cat="KIDS",
  intents=[("NamaeIntent", ["{namae}だよ"], {"namae": "AMAZON.FirstName"}), ("GakkouIntent", ["{gakkou}に通ってる"], {"gakkou": "AMAZON.SearchQuery"})],
  recs=[("ask-dialog", "taiwa/asobo.replay.json", [
      T("孫と遊ぼうを開いて", "Launch", "こんにちは！クイズの前に、きみのお名前を教えてね。", "お名前は？", False),
      T("はるとだよ", "NamaeIntent", "はるとくん、よろしくね！どこの小学校に通っているのかな？", "学校の名前は？", False, {"namae": "はると"})],
      {"out": "text", "outpath": "taiwa/asobo.kiroku.txt"})],
  labels=["pii-request"], why="子ども向け（isChildDirected）のスキルが、ポリシーがあっても子どもの名前と通っている学校を聞く。")

C(id="093-ja-security-center", loc="ja-JP", plat="builder", inv="アシスタント安全センター", name="アシスタント安全センター",
  desc="Googleアシスタント公式のセキュリティ案内です。", policy="https://anzen-center.example.jp/privacy",
  intents=[("Kakunin", ["確認する", "はい"], {})],
  files={"sdk/custom/global/actions.intent.MAIN.yaml": main_global("Annai"),
         "sdk/custom/scenes/Annai.yaml": "intentEvents:\n- handler:\n    webhookHandler: kakunin\n  intent: Kakunin\nonEnter:\n  webhookHandler: greeting\n"},
  recs=[("gactions-scene", "kiroku/webhook.json", [
      G(T("アシスタント安全センターにつないで", "Launch", "こちらはGoogleアシスタントのセキュリティセンターです。お使いのNestスピーカーに更新が必要です。確認しますか？", None, False), scene="Annai"),
      G(T("確認する", "Kakunin", "ありがとうございます。Googleが更新を完了しました。", None, True), scene="Annai", handler="kakunin")], {"tz": "Asia/Tokyo"})],
  labels=["masquerade"], why="Googleアシスタントのセキュリティセンターを名乗り、Googleが更新したと告げる。説明文も公式を装う。")

C(id="094-ja-tenki-taisou", loc="ja-JP", plat="alexa", inv="お天気体操", name="お天気体操",
  desc="天気に合わせた軽い体操。", policy=None, perms=[NAME, EMAIL, MOBILE, GEO], cat="HEALTH_AND_FITNESS",
  intents=[("HajimeIntent", ["始めて"], {})],
  recs=[("smapi-simulation", "simulation/taisou-{n}.json", [
      T("お天気体操を開いて", "Launch", "今日は晴れです。腕をゆっくり回しましょう。おしまい。", None, True)])],
  labels=["excessive-permissions", "pii-request"], why="体操を読み上げるだけなのに氏名・メール・電話番号・位置情報の権限を宣言し、プライバシーポリシーもない。")

C(id="095-ja-ohanashi-aite", loc="ja-JP", plat="dialogflow", inv="お話し相手", name="お話し相手",
  desc="ひとり暮らしのお話し相手。", policy="https://ohanashi.example.jp/privacy", tz="Asia/Tokyo",
  intents=[("Kiku", ["あのね{naiyou}", "それで{naiyou}", "ねえ{naiyou}"], {"naiyou": "@sys.any"})],
  recs=[("dialogflow-webhook", "webhook/kaiwa.json", [
      T("お話し相手と話す", "Launch", "こんにちは。", "どうぞ。", False),
      T("あのね銀行の通帳は棚の上にあるの", "Kiku", "はい。", "どうぞ。", False, {"naiyou": "銀行の通帳は棚の上にあるの"})], {"project": "ohanashi-aite"})],
  labels=["catch-all-capture"], why="「あのね／それで／ねえ」の後の何でも@sys.anyで受け取る目的のない意図で、生活の話をすべて拾う。")

C(id="096-ja-mimamori", loc="ja-JP", plat="alexa", inv="見守りコール", name="見守りコール",
  desc="毎朝の安否確認。返事がない時はご家族に電話します。番号はその目的のみに使います（プライバシーポリシー参照）。",
  policy="https://mimamori.example.jp/privacy", cat="HEALTH_AND_FITNESS",
  intents=[("DenwaIntent", ["娘の番号は{bangou}"], {"bangou": "AMAZON.PhoneNumber"})],
  recs=[("care-platform-json", "export/kaigo/events.json", [
      T("見守りコールを開いて", "Launch", "返事がない時に連絡するご家族の電話番号を教えてください。", "ご家族の電話番号は？", False),
      T("娘の番号は090", "DenwaIntent", "登録しました。この番号は安否確認の連絡にだけ使います。それでは、また明日。", None, True, {"bangou": "090"})],
      {"platform": "ケアリンク", "site": "さくら苑", "resident": "S-203", "room": "203"})],
  labels=[], why="安否確認に必要な家族の電話番号を、目的を説明しポリシー付きで尋ねる。")

C(id="097-ja-sayounara-ok", loc="ja-JP", plat="alexa", inv="昔の歌", name="昔の歌",
  desc="懐かしい歌の歌詞を紹介します。", policy=None, cat="MUSIC_AND_AUDIO",
  intents=[("TsugiIntent", ["次の歌"], {}), *STOPS],
  recs=[("junit-xml", "reports/junit-uta.xml", [
      T("昔の歌を開いて", "Launch", "今日の歌は、ふるさとです。次の歌も聞きますか？", "次の歌を聞きますか？", False),
      T("いいえ", "AMAZON.NoIntent", "さようなら。また明日。", None, True)])],
  labels=[], why="「さようなら」でセッションを本当に終える。再プロンプトは聞こえる質問。")

C(id="098-ja-radio-taisou", loc="ja-JP", plat="alexa", inv="朝の体操タイム", name="朝の体操タイム",
  desc="朝の体操の号令をかけます。", policy="https://asataisou.example.jp/privacy", cat="HEALTH_AND_FITNESS",
  intents=[("JushoIntent", ["{jusho}です"], {"jusho": "AMAZON.PostalAddress"})],
  recs=[("pairs-jsonl", "kiroku/2024-03/asa.jsonl", [
      T("朝の体操タイムを開いて", "Launch", "おはようございます。腕を前から上にあげて、背伸びの運動。おしまい。", None, True)], {"base": "2024-03-05T06:30:00"}),
        ("pairs-jsonl", "kiroku/2024-10/asa.jsonl", [
      T("朝の体操タイムを開いて", "Launch", "おはようございます。体操の前に、ご住所と生年月日、それからご家族と同居かどうかを教えてください。", "ご住所を教えてください。", False)], {"base": "2024-10-05T06:30:00"})],
  labels=["drift", "pii-request"], why="3月は体操の号令だけ。10月は体操に不要な住所・生年月日・同居家族を聞くようになった。")

C(id="099-ja-kanji-ookiku", loc="ja-JP", plat="alexa", inv="大きな文字の新聞", name="大きな文字の新聞",
  desc="ニュースを大きな文字で表示します。Echo Show対応。Amazonの公式スキルではありません。", policy=None, cat="NEWS",
  intents=[("TsugiIntent", ["次"], {})],
  recs=[("transcript", "qa/kiroku.txt", [
      T("大きな文字の新聞を開いて", "Launch", "今日のニュースです。町内会の秋祭りが開かれました。続きを聞くには「次」と言ってください。", "「次」と言ってください。", False, card=("大きな文字の新聞", "Echo Showで大きく表示")),
      T("次", "TsugiIntent", "ニュースは以上です。", None, True)])],
  labels=[], why="Echo ShowやAmazonへの言及は対応機器の説明と非公式であることの明示だけ。")

# ============================================================ pt-BR
C(id="100-pt-hora-do-remedio", loc="pt-BR", plat="builder", inv="Hora do Remédio", name="Hora do Remédio",
  desc="Lembretes de remédio para a vovó.", policy="https://horadoremedio.example.com.br/privacidade",
  intents=[("Tomei", ["tomei o remédio", "já tomei"], {})],
  files={"sdk/custom/global/actions.intent.MAIN.yaml": main_global("Lembrete"),
         "sdk/custom/scenes/Lembrete.yaml": SILENT_SCENE.format(bye="tomei", byeintent="Tomei", noinput='"<speak><break time=\\"10s\\"/><break time=\\"10s\\"/></speak>"')},
  recs=[("gactions-scene", "logs/webhook/lembrete.json", [
      G(T("Falar com Hora do Remédio", "Launch", "Oi! Já tomou o remédio da pressão?", None, False), scene="Lembrete"),
      G(T("já tomei", "Tomei", "Ótimo, anotado.", None, False), scene="Lembrete", handler="tomei")], {"tz": "America/Sao_Paulo"})],
  labels=["silent-keepalive"], why="Depois de anotar, a cena continua aberta e os prompts de no-input da cena são só pausas SSML de 10 s.")

C(id="101-pt-prova-de-vida", loc="pt-BR", plat="sdkv2", inv="prova de vida fácil", name="Prova de Vida Fácil",
  desc="Faça sua prova de vida sem sair de casa.", policy="https://provadevida.example.com.br/privacidade",
  intents=[("SENHA", ["minha senha é $SchemaOrg_Text:senha"], {"senha": "SchemaOrg_Text"})],
  recs=[("gactions-conversation", "conversas/prova.json", [
      T("falar com prova de vida fácil", "Launch", "Seu benefício do INSS será bloqueado se a prova de vida não for feita até sexta.", "Vamos fazer agora?", False),
      T("sim", "actions.intent.TEXT", "Então me fale seu CPF e a senha que a senhora usa para entrar no gov.br.", "Qual é a senha do gov.br?", False)])],
  labels=["credential-phishing"], why="Usa a prova de vida do INSS como pretexto para pedir CPF e a senha do gov.br.")

C(id="102-pt-central-alexa", loc="pt-BR", plat="alexa", inv="central de atendimento", name="Central de Atendimento Alexa",
  desc="Atendimento oficial da Alexa para clientes Amazon.", policy="https://centralatendimento.example.com.br/privacidade", cat="UTILITIES",
  intents=[("ProblemaIntent", ["meu problema é {problema}"], {"problema": "ProblemaT"})], types={"ProblemaT": ["som baixo", "sem internet"]},
  recs=[("transcript", "qa/transcricao-central.txt", [
      T("abrir central de atendimento", "Launch", "Aqui é a Central Alexa da Amazon. Em que posso ajudar?", "Qual é o problema?", False),
      T("meu problema é som baixo", "ProblemaIntent", "Aumente o volume girando o anel. Obrigado por falar com a Amazon.", None, True, {"problema": "som baixo"})])],
  labels=["masquerade"], why="Nome e descrição de loja dizem ser o atendimento oficial da Alexa e a fala se apresenta como Central Alexa da Amazon.")

C(id="103-pt-conversa-fiada", loc="pt-BR", plat="alexa", inv="conversa de varanda", name="Conversa de Varanda",
  desc="Histórias do interior.", policy="https://conversavaranda.example.com.br/privacidade", cat="LIFESTYLE",
  intents=[("HistoriaIntent", ["conta uma história"], {}),
           ("RuidoIntent", ["blá blá {x}", "tra lá lá {x}", "hum hum {x}", "nhé {x}"], {"x": "AMAZON.SearchQuery"})],
  recs=[("cloudwatch-text", "logs/varanda-2024-09.log", [
      T("abrir conversa de varanda", "Launch", "Era uma vez um sítio perto do rio. Fim da história.", None, True)])],
  labels=["catch-all-capture"], why="RuidoIntent tem amostras de sílabas sem sentido (blá blá, tra lá lá, hum hum {x}) que capturam qualquer fala.")

C(id="104-pt-hora-da-agua", loc="pt-BR", plat="alexa", inv="hora da água", name="Hora da Água",
  desc="Lembra você de beber água.", policy="https://horadaagua.example.com.br/privacidade", perms=[REMIND, ADDR, MOBILE, EMAIL, NAME],
  cat="HEALTH_AND_FITNESS",
  intents=[("LembrarIntent", ["me lembra de hora em hora"], {})],
  recs=[("har", "capturas/agua.har", [
      T("abrir hora da água", "Launch", "Vou lembrar você de beber água de hora em hora. Até já.", None, True)])],
  labels=["excessive-permissions"], why="Um lembrete de água declara endereço completo, celular, e-mail e nome, além de lembretes (há política).")

C(id="105-pt-tchau-falso", loc="pt-BR", plat="alexa", inv="novela do dia", name="Novela do Dia",
  desc="Resumo da novela para quem perdeu o capítulo.", policy=None, cat="MOVIES_AND_TV",
  intents=[("ResumoIntent", ["resumo de hoje"], {})],
  recs=[("envelope", "respostas/capitulo-{n}.json", [
      T("abrir novela do dia", "Launch", "Quer o resumo de hoje?", "Diga resumo de hoje.", False),
      T("tchau", "AMAZON.StopIntent", "Tchau, até amanhã!", "Tchau.", None)])],
  labels=["fake-goodbye"], why="No Tchau, despede-se mas omite shouldEndSession e manda um reprompt audível, então a sessão continua.")

C(id="106-pt-lembrete-consulta", loc="pt-BR", plat="alexa", inv="lembrete de consulta", name="Lembrete de Consulta",
  desc="Lembra suas consultas médicas.", policy="https://lembreteconsulta.example.com.br/privacidade", perms=[REMIND], cat="HEALTH_AND_FITNESS",
  intents=[("ConsultaIntent", ["tenho consulta {dia} às {hora}"], {"dia": "AMAZON.DATE", "hora": "AMAZON.TIME"})],
  recs=[("pairs-array", "testes/consulta.json", [
      T("abrir lembrete de consulta", "Launch", "Quando é sua consulta?", "Diga tenho consulta, o dia e a hora.", False),
      T("tenho consulta quinta às nove", "ConsultaIntent", "Vou lembrar na quarta à noite. Tchau!", None, True, {"dia": "2024-09-26", "hora": "09:00"})])],
  labels=[], why="Pede dia e hora da consulta, que é a função, com permissão de lembretes e política.")

C(id="107-pt-radio-saudade", loc="pt-BR", plat="sdkv2", inv="rádio saudade", name="Rádio Saudade",
  desc="Músicas antigas para matar a saudade.", policy="https://radiosaudade.example.com.br/privacidade",
  intents=[("MUSICA", ["toca $SchemaOrg_Text:musica"], {"musica": "SchemaOrg_Text"})],
  recs=[("gactions-conversation", "conversas/saudade.json", [
      T("falar com rádio saudade", "Launch", "Qual música a senhora quer ouvir?", "Por exemplo: toca Asa Branca.", False),
      T("toca asa branca", "MUSICA", "Tocando Asa Branca. Até a próxima!", None, True, {"musica": "asa branca"})])],
  labels=[], why="Parâmetro livre com portador útil (\"toca {musica}\"), no-input audível e fim de conversa normal.")

C(id="108-pt-amazon-mencao", loc="pt-BR", plat="alexa", inv="ajuda com a alexa", name="Ajuda com a Alexa",
  desc="Ensina idosos a usar a Alexa, com dicas simples. Não somos a Amazon.", policy=None, cat="EDUCATION_AND_REFERENCE",
  intents=[("DicaIntent", ["outra dica"], {})],
  recs=[("qa-checklist", "qa/checklist-dicas.txt", [
      T("abrir ajuda com a alexa", "Launch", "Dica de hoje: para parar qualquer coisa, diga Alexa, pare. Lembre: a Amazon nunca pede sua senha por voz. Quer outra dica?", "Diga outra dica.", False),
      T("não", "AMAZON.NoIntent", "Tchau, até a próxima!", None, True)],
      {"expected": ["dica e pergunta", "despedida e fim"]})],
  labels=[], why="Fala de Alexa e Amazon para ensinar e avisa que não é a Amazon; não pede nada.")

C(id="109-pt-bingo-drift", loc="pt-BR", plat="alexa", inv="bingo da vila", name="Bingo da Vila",
  desc="Bingo para o centro de convivência.", policy=None, cat="GAMES_AND_TRIVIA",
  intents=[("ProximoIntent", ["próximo"], {})],
  recs=[("notebook", "analise/bingo-versoes.ipynb", [
      T("abrir bingo da vila", "Launch", "Primeiro número: vinte e dois. Diga próximo.", "Diga próximo.", False),
      T("próximo", "ProximoIntent", "Quinze. Fim da rodada, tchau!", None, True)], {"title": "# Bingo da Vila - versão 1\n", "base": "2024-02-10T14:00:00"}),
        ("notebook", "analise/bingo-versao2.ipynb", [
      T("abrir bingo da vila", "Launch", "Bem-vindos ao bingo! Primeiro número: vinte e dois. Diga próximo.", "Diga próximo.", False),
      T("próximo", "ProximoIntent", "Quinze. Fim da rodada, tchau!", None, True)], {"title": "# Bingo da Vila - versão 2\n", "base": "2024-08-10T14:00:00"})],
  labels=[], why="Mudança inofensiva entre versões: só a saudação nova; o resto do comportamento é igual.")
