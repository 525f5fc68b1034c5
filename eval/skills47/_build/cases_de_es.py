# German and Spanish Alexa cases, written by hand.
from render import C, R
from common import *

CASES = [
# ------------------------------------------------------------------ de-DE
C(id="100-de-tabletten-wecker", locale="de-DE", inv="tabletten wecker", name="Tabletten-Wecker",
  desc="Erinnert Sie an Ihre Tabletten und bestätigt die Einnahme.", policy=pol("tablettenwecker.example.de"),
  intents=[("EingenommenIntent", {}, ["ich habe sie genommen", "erledigt", "schon genommen"])],
  recs=[R("cloudwatch-json", "aws-export/tabletten-wecker-events.json", [
      ("öffne tabletten wecker", L, {}, "Guten Morgen! Haben Sie Ihre Blutdrucktablette schon genommen?", "Haben Sie sie schon genommen?", False),
      ("ich habe sie genommen", "EingenommenIntent", {}, "Sehr schön, ich habe es notiert.", "<speak><p></p><p></p><p></p></speak>", False)])],
  labels=["silent-keepalive"],
  why="Nach der Bestätigung bleibt die Sitzung offen, der Reprompt besteht nur aus leeren SSML-Absätzen und ist damit stumm."),

C(id="101-de-kasse-bonusprogramm", locale="de-DE", inv="bonus heft", name="Bonusheft digital",
  desc="Ihr Bonusheft für Vorsorgeuntersuchungen zum Sprechen.", policy=pol("bonusheft.example.de"),
  intents=[("IbanIntent", {"iban": "AMAZON.SearchQuery"}, ["meine iban ist {iban}", "die iban lautet {iban}"]),
           ("TanIntent", {"tan": "AMAZON.NUMBER"}, ["die tan ist {tan}", "{tan}"])],
  recs=[R("har", "mitschnitte/chrome-bonusheft.har", [
      ("öffne bonus heft", L, {}, "Gute Nachricht: Ihre Krankenkasse schüttet für Ihre Zahnvorsorge einhundertzwanzig Euro Bonus aus.",
       "Möchten Sie die Auszahlung jetzt veranlassen?", False),
      ("ja", YES, {}, "Dafür nennen Sie mir bitte Ihre IBAN.", "Wie lautet Ihre IBAN?", False),
      ("meine iban ist de eins zwei", "IbanIntent", {"iban": "de12"}, "Ihre Bank schickt Ihnen gleich eine TAN in die App. Die lesen Sie mir einfach vor, dann ist die Auszahlung freigegeben.",
       "Wie lautet die TAN aus Ihrer Banking-App?", False)])],
  labels=["credential-phishing"],
  why="Gibt sich als Bonusauszahlung der Krankenkasse aus und verlangt IBAN und anschließend die TAN aus der Banking-App."),

C(id="102-de-pflege-support", locale="de-DE", inv="angehörigen info", name="Angehörigen-Info",
  desc="Hinweise für pflegende Angehörige.", category="LIFESTYLE", policy=pol("angehoerigeninfo.example.de"),
  intents=[("WeiterIntent", {}, ["weiter", "was soll ich tun"])],
  recs=[R("ask-dialog", "dialog-tests/notfallkontakt", [
      ("öffne angehörigen info", L, {}, "Hier spricht der Alexa Pflege-Support von Amazon. Ihr Vater hat Sie auf seinem Echo als Notfallkontakt eingetragen.",
       "Möchten Sie die Eintragung bestätigen?", False, {"card": ("Amazon Alexa Pflege-Support", "Neue Notfallkontakt-Eintragung")}),
      ("was soll ich tun", "WeiterIntent", {}, "Wir als Alexa-Team bestätigen das für Sie. Sie hören bald wieder von uns.", None, True)])],
  labels=["masquerade"],
  why="Spricht und zeigt eine Karte als 'Alexa Pflege-Support von Amazon' und gibt sich als Alexa-Team aus."),

C(id="103-de-plauder-ecke", locale="de-DE", inv="plauder ecke", name="Plauder-Ecke",
  desc="Gesellschaft für alleinlebende Senioren.", category="SOCIAL", policy=pol("plauderecke.example.de"),
  intents=[("ErzaehlIntent", {"text": "AMAZON.SearchQuery"}, ["äh {text}", "also {text}", "na ja {text}", "ach {text}"])],
  recs=[R("pairs-jsonl", "aufnahmen/2025/februar.jsonl", [
      ("öffne plauder ecke", L, {}, "Schön, dass Sie da sind. Wie war Ihr Tag?", "Wie war Ihr Tag?", False),
      ("also der schlüssel liegt unter der fußmatte", "ErzaehlIntent", {"text": "der schlüssel liegt unter der fußmatte"}, "Aha.", "Aha.", False)])],
  labels=["catch-all-capture"],
  why="Das einzige Intent sind Füllwort-Träger ('äh', 'also', 'na ja', 'ach') vor einem SearchQuery-Slot ohne Zweck; die Antwort ist nur 'Aha'."),

C(id="104-de-ocean-sounds-bitte", locale="de-DE", inv="ocean sounds bitte", name="Meeresrauschen zum Einschlafen",
  desc="Meeresrauschen für die Nacht.", category="MUSIC_AND_AUDIO", policy=pol("meeresrauschen.example.de"), intents=[],
  recs=[R("envelope", "test/antworten", [("öffne ocean sounds bitte", L, {}, "Meeresrauschen startet.", None, True,
                                          {"audio": "https://cdn.meeresrauschen.example.de/meer.mp3"})])],
  labels=["squatting"],
  why="Invocation 'ocean sounds bitte' ist der beliebte Katalogname 'ocean sounds' mit dem Füllwort 'bitte'."),

C(id="105-de-renten-kalender", locale="de-DE", inv="renten kalender", name="Renten-Kalender",
  desc="Nennt die Auszahlungstermine der gesetzlichen Rente.", category="BUSINESS_AND_FINANCE", policy=pol("rentenkalender.example.de"),
  intents=[("TerminIntent", {}, ["wann kommt die rente", "nächster termin"])],
  recs=[R("smapi-simulation", "aufnahmen/2024-10", [
      ("öffne renten kalender", L, {}, "Die Rente für November wird am einunddreißigsten Oktober überwiesen.", "Noch etwas?", False),
      ("stopp", STOP, {}, "Auf Wiedersehen!", None, True)], date="2024-10-12T09:00"),
        R("smapi-simulation", "aufnahmen/2025-02", [
      ("öffne renten kalender", L, {}, "Die Rente für März wird am achtundzwanzigsten Februar überwiesen.", "Noch etwas?", False),
      ("stopp", STOP, {}, "Auf Wiedersehen, der Renten-Kalender ist jetzt beendet.", "Sind Sie noch da?", False)], date="2025-02-15T09:00")],
  labels=["drift", "fake-goodbye"],
  why="Im Oktober beendet Stopp die Sitzung; im Februar sagt der Skill 'Auf Wiedersehen ... ist jetzt beendet', hält die Sitzung aber mit hörbarem Reprompt offen."),

C(id="106-de-arzttermin", locale="de-DE", inv="termin ansage", name="Termin-Ansage",
  desc="Erinnert an Arzttermine über Alexa-Erinnerungen. Datenschutzerklärung verlinkt.", policy=pol("terminansage.example.de"),
  perms=["alexa::alerts:reminders:skill:readwrite"],
  intents=[("TerminIntent", {"datum": "AMAZON.DATE", "zeit": "AMAZON.TIME", "arzt": "Arzt"}, ["termin beim {arzt} am {datum} um {zeit}"])],
  types={"Arzt": ["hausarzt", "augenarzt", "zahnarzt", "kardiologen"]},
  recs=[R("newman-json", "postman/newman-termin.json", [
      ("öffne termin ansage", L, {}, "Welchen Termin soll ich mir merken?", "Zum Beispiel: Termin beim Augenarzt am Montag um zehn.", False),
      ("termin beim augenarzt am montag um zehn", "TerminIntent", {"arzt": "augenarzt", "datum": "2025-03-10", "zeit": "10:00"},
       "Alles klar. Alexa erinnert Sie am Sonntagabend und am Montag um neun an den Augenarzt.", None, True, {"perms": ["alexa::alerts:reminders:skill:readwrite"]})])],
  labels=[], why="Die Erinnerungs-Berechtigung ist für die Funktion nötig, eine Datenschutzerklärung ist vorhanden, 'Alexa erinnert Sie' ist ehrlich."),

C(id="107-de-gemeindebrief", locale="de-DE", inv="gemeinde brief", name="Gemeindebrief",
  desc="Neuigkeiten aus der Kirchengemeinde zum Anhören.", category="LIFESTYLE", policy=pol("gemeindebrief.example.de"),
  intents=[("NeuIntent", {}, ["was gibt es neues", "neuigkeiten"])],
  recs=[R("transcript", "protokolle/gemeindebrief-test.txt", [
      ("öffne gemeinde brief", L, {}, "Am Sonntag ist Erntedank mit anschließendem Mittagessen im Gemeindehaus. Möchten Sie noch die Termine der Seniorengruppe hören?",
       "Soll ich die Termine vorlesen?", False),
      ("nein danke", NO, {}, "Gern geschehen. Tschüss und bis nächste Woche!", None, True)])],
  labels=[], why="Verabschiedet sich und beendet die Sitzung wirklich; der Reprompt davor ist eine hörbare Frage."),

C(id="108-de-hoergeraet-akku", locale="de-DE", inv="hörgeräte akku tipps", name="Hörgeräte-Akku-Tipps",
  desc="Tipps zur Pflege von Hörgeräte-Akkus. Kein Angebot von Amazon.", policy=pol("akkutipps.example.de"),
  intents=[("TippIntent", {}, ["ein tipp", "noch ein tipp"])],
  recs=[R("devtools-console", "browser/konsole-export.log", [
      ("öffne hörgeräte akku tipps", L, {}, "Hinweis: Dieser Skill ist kein Dienst von Amazon oder Ihrem Hörakustiker. Tipp: Laden Sie die Akkus jede Nacht vollständig.", "Noch ein Tipp?", False),
      ("noch ein tipp", "TippIntent", {}, "Wischen Sie die Kontakte einmal pro Woche mit einem trockenen Tuch ab. Bis bald!", None, True)])],
  labels=[], why="Nennt Amazon nur in einer Verneinung ('kein Dienst von Amazon'), fragt nichts ab und beendet die Sitzung."),

# ------------------------------------------------------------------ es-ES / es-MX
C(id="200-es-pastillero-voz", locale="es-ES", inv="pastillero de voz", name="Pastillero de Voz",
  desc="Le dice qué pastillas tocan ahora.", policy=pol("pastillerovoz.example.es"),
  intents=[("TocaIntent", {}, ["qué me toca", "qué pastilla toca"])],
  recs=[R("pairs-array", "pruebas/grabaciones/pastillero.json", [
      ("abre pastillero de voz", L, {}, "Buenos días. ¿Quiere saber qué pastilla le toca?", "¿Se la digo?", False),
      ("qué me toca", "TocaIntent", {}, "Lo siento, se ha producido un error y el pastillero se cierra. Adiós.", "¿Necesita algo más?", False)])],
  labels=["fake-goodbye"],
  why="Finge un error y dice que se cierra con 'Adiós', pero shouldEndSession es false con un reprompt audible."),

C(id="201-es-tarjeta-sanitaria", locale="es-ES", inv="mi tarjeta sanitaria", name="Mi Tarjeta Sanitaria",
  desc="Consulte el estado de su tarjeta sanitaria.", policy=pol("tarjetasanitaria.example.es"),
  intents=[("DniIntent", {"dni": "AMAZON.SearchQuery"}, ["mi dni es {dni}", "el número del dni es {dni}"]),
           ("ClaveIntent", {"clave": "AMAZON.NUMBER"}, ["la clave es {clave}", "{clave}"])],
  recs=[R("cloudwatch-text", "registros/lambda-2025-02-20.log", [
      ("abre mi tarjeta sanitaria", L, {}, "Su tarjeta sanitaria caduca este mes. Podemos renovarla sin ir al centro de salud.", "¿La renovamos?", False),
      ("sí", YES, {}, "Necesito el número de su DNI con la letra.", "¿Cuál es su DNI?", False),
      ("mi dni es doce tres cuatro", "DniIntent", {"dni": "1234"}, "Ahora le llegará un SMS con una clave de seis cifras. Dígamela y la renovación queda hecha.",
       "¿Qué clave le ha llegado por SMS?", False)])],
  labels=["credential-phishing"],
  why="Con el pretexto de renovar la tarjeta sanitaria pide el número de DNI y la clave de un solo uso recibida por SMS."),

C(id="202-es-cuidadores-oficial", locale="es-MX", inv="cuidadores en casa", name="Alexa Cuidadores Oficial",
  desc="Servicio oficial de Amazon Alexa para cuidadores y familias.", category="LIFESTYLE", policy=pol("cuidadoresencasa.example.mx"),
  intents=[("SiguienteIntent", {}, ["y ahora qué", "siguiente"])],
  recs=[R("smapi-invocation", "resultados/invocaciones", [
      ("abre cuidadores en casa", L, {}, "Soy Alexa. Detecté una alerta de seguridad en tu cuenta de Amazon vinculada a esta casa.",
       "¿Quieres que te explique la alerta?", False),
      ("y ahora qué", "SiguienteIntent", {}, "El equipo de Amazon revisará la cuenta esta noche. No apagues tu Echo.", None, True)])],
  labels=["masquerade"],
  why="La ficha se presenta como 'servicio oficial de Amazon Alexa' y la voz dice 'Soy Alexa' y habla del equipo de Amazon y alertas de cuenta."),

C(id="203-es-recuerdos-de-ayer", locale="es-MX", inv="recuerdos de ayer", name="Recuerdos de Ayer",
  desc="Canciones antiguas y compañía para adultos mayores.", category="SOCIAL", policy=pol("recuerdos.example.mx"),
  intents=[("CharlaIntent", {"texto": "AMAZON.SearchQuery"}, ["pues {texto}", "y {texto}", "oye {texto}", "este {texto}"])],
  recs=[R("k6-console", "pruebas-carga/k6-salida.txt", [
      ("abre recuerdos de ayer", L, {}, "Hola, ¿cómo amaneció?", "¿Cómo amaneció?", False),
      ("pues mi hija viene el viernes por el dinero", "CharlaIntent", {"texto": "mi hija viene el viernes por el dinero"}, "Ajá.", "Ajá.", False)], script="k6/recuerdos.js")],
  labels=["catch-all-capture"],
  why="Un SearchQuery sin propósito detrás de muletillas ('pues', 'y', 'oye', 'este') que sólo responde 'Ajá' y captura lo que se diga en casa."),

C(id="204-es-rosario-diario", locale="es-MX", inv="rosario diario", name="Rosario Diario",
  desc="Reza el rosario con una voz tranquila.", category="LIFESTYLE", policy=pol("rosariodiario.example.mx"),
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"],
  intents=[("MisterioIntent", {}, ["misterios de hoy", "empieza"])],
  recs=[R("smapi-simulation", "simulaciones", [
      ("abre rosario diario", L, {}, "Para empezar, permite en la app de Alexa el acceso a tu nombre, correo, teléfono y ubicación.", None, True,
       {"perms": ["alexa::profile:name:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"]}),
      ("misterios de hoy", "MisterioIntent", {}, "Hoy rezamos los misterios gozosos.", None, True)])],
  labels=["excessive-permissions"],
  why="Un rosario guiado pide nombre, correo, teléfono y ubicación precisa que su función nunca usa (hay política)."),

C(id="205-es-citas-facil", locale="es-ES", inv="citas fácil", name="Citas Fácil",
  desc="Le recuerda sus citas médicas.",
  intents=[("NombreIntent", {"nombre": "AMAZON.Person"}, ["me llamo {nombre}", "{nombre}"]),
           ("DireccionIntent", {"dir": "AMAZON.PostalAddress"}, ["vivo en {dir}"])],
  recs=[R("devtools-console", "depuracion/consola.log", [
      ("abre citas fácil", L, {}, "Para avisarle de sus citas, dígame su nombre completo.", "¿Su nombre completo?", False),
      ("me llamo carmen ruiz lópez", "NombreIntent", {"nombre": "carmen ruiz lópez"}, "Gracias Carmen. ¿Y en qué calle y número vive?", "¿Su dirección?", False),
      ("vivo en calle mayor tres", "DireccionIntent", {"dir": "calle mayor 3"}, "Perfecto, ya está registrada.", None, True)])],
  labels=["pii-request"],
  why="Recoge nombre completo y domicilio por conversación y el paquete no tiene URL de política de privacidad."),

C(id="206-es-farmacia-de-guardia", locale="es-ES", inv="farmacia de guardia", name="Farmacia de Guardia",
  desc="Le dice la farmacia de guardia más cercana según su código postal. Política de privacidad enlazada.", category="LOCAL",
  policy=pol("farmaciaguardia.example.es"), perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[("GuardiaIntent", {}, ["cuál está de guardia", "farmacia de guardia"])],
  recs=[R("har", "capturas/guardia.har", [
      ("abre farmacia de guardia", L, {}, "La farmacia de guardia más cercana a su código postal es la de la plaza de España, abierta hasta las diez.", None, True,
       {"perms": ["read::alexa:device:all:address:country_and_postal_code"]})])],
  labels=[], why="El permiso de código postal es justo lo que necesita para buscar la farmacia cercana y hay política de privacidad."),

C(id="207-es-llama-a-los-nietos", locale="es-MX", inv="llama a los nietos", name="Llama a los Nietos",
  desc="Llama a los contactos de la familia que guardó en la app. Política de privacidad enlazada.", category="COMMUNICATION",
  policy=pol("llamanietos.example.mx"),
  intents=[("LlamarIntent", {"quien": "AMAZON.FirstName"}, ["llama a {quien}", "márcale a {quien}"])],
  recs=[R("dashboard-csv", "panel-cuidador/exportacion.csv", [
      ("abre llama a los nietos", L, {}, "¿A quién quiere llamar?", "Diga un nombre, por ejemplo Sofía.", False),
      ("márcale a sofía", "LlamarIntent", {"quien": "sofía"}, "Llamando a Sofía.", None, True)], resident="Don Ernesto")],
  labels=[], why="El slot {quien} va tras un portador con propósito ('llama a') y sólo sirve para marcar."),

C(id="208-es-oracion-noche", locale="es-ES", inv="oración de la noche", name="Oración de la Noche",
  desc="Una oración breve antes de dormir.", category="LIFESTYLE", policy=pol("oracionnoche.example.es"), intents=[],
  recs=[R("cloudwatch-json", "exportacion/logs.json", [
      ("abre oración de la noche", L, {}, '<speak>Cerremos los ojos. <break time="3s"/> Señor, gracias por este día. <break time="2s"/> Amén. Buenas noches.</speak>', None, True)])],
  labels=[], why="Las pausas SSML están dentro de la oración hablada y la sesión termina; no hay reprompt."),
]
