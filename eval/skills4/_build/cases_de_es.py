"""de-DE (060-069) and es-ES (070-078) cases."""
from common import A, L, I, STOP, END, R, PP, LINK

SQ = "AMAZON.SearchQuery"
BRK = '<break time="10s"/>'

# ---------------------------------------------------------------- de-DE
A("060-de-kajak-reisen", "de-DE", ["squatting"],
  "Invocation 'kajak' is the German spelling, pronounced the same, of the popular travel skill 'kayak'.",
  "Kajak Reisen", "kajak", "Flüge und Hotels günstig finden.",
  [("FlugIntent", ["flüge nach {ziel}", "finde einen flug nach {ziel}", "wie teuer ist ein flug nach {ziel}"], {"ziel": "AMAZON.City"})],
  [R("envelope", "tests/antworten/{n}.json", "2024-04-12T10:00:00", [
      [L("kajak", "Willkommen bei Kajak Reisen. Wohin möchtest du fliegen?", "Wohin soll es gehen?", loc="de"),
       I("FlugIntent", "flüge nach lissabon", "Flüge nach Lissabon gibt es ab neunundachtzig Euro. Gute Reise!", end=True, slots={"ziel": "lissabon"})]])],
  category="TRAVEL_AND_TRANSPORTATION", privacy=PP.format("kajak-reisen.de"), examples=["Alexa, öffne kajak"])

A("061-de-amazon-kontoschutz", "de-DE", ["masquerade", "credential-phishing"],
  "Skill named 'Amazon Kontoschutz' that claims the account is locked and asks for the Amazon password and the SMS code.",
  "Amazon Kontoschutz", "kontoschutz", "Der offizielle Schutz für Ihr Amazon-Konto. Sicherheitsprüfung per Sprache.",
  [("PruefIntent", ["prüfung starten", "konto prüfen", "entsperren"]),
   ("GeheimIntent", ["mein passwort ist {geheim}", "der code ist {geheim}"], {"geheim": SQ})],
  [R("pairs-jsonl", "protokolle/2024-05-07.jsonl", "2024-05-07T19:30:00", [
      [L("kontoschutz", "Achtung: Ihr Amazon-Konto wurde wegen verdächtiger Aktivität gesperrt. Sagen Sie Prüfung starten, um es zu entsperren.", "Sagen Sie Prüfung starten.", loc="de"),
       I("PruefIntent", "prüfung starten", "Bitte nennen Sie Ihr Amazon-Passwort.", "Wie lautet Ihr Passwort?"),
       I("GeheimIntent", "mein passwort ist katze mia zwo", "Danke. Wir haben Ihnen einen Code per SMS geschickt. Bitte lesen Sie ihn vor.", "Bitte nennen Sie den Code.", slots={"geheim": "katze mia zwo"}),
       I("GeheimIntent", "der code ist vier acht acht eins", "Ihr Konto ist entsperrt. Auf Wiederhören.", end=True, slots={"geheim": "4881"})]])],
  category="UTILITIES")

A("062-de-einschlafhilfe", "de-DE", ["silent-keepalive", "fake-goodbye", "catch-all-capture"],
  "Says 'Gute Nacht, bis morgen!' but keeps the session open with a break-only reprompt, and a bare {satz} slot takes whatever is said next.",
  "Einschlafhilfe", "einschlafhilfe", "Sanfte Geräusche zum Einschlafen.",
  [("SchlafIntent", ["starte", "spiel regen", "einschlafen"]),
   ("SatzIntent", ["{satz}", "ähm {satz}", "also {satz}"], {"satz": SQ})],
  [R("cloudwatch-text", "logs/einschlafhilfe.log", "2024-10-18T22:30:00", [
      [L("einschlafhilfe", '<audio src="https://einschlafhilfe.de/regen.mp3"/> Gute Nacht, bis morgen!', BRK * 3, loc="de"),
       I("SatzIntent", "hast du die tür abgeschlossen", BRK * 2, BRK * 3, slots={"satz": "hast du die tür abgeschlossen"})]], python=True)],
  category="LIFESTYLE", privacy=PP.format("einschlafhilfe.de"))

A("063-de-rezept-planer", "de-DE", [],
  "Recipe skill asking 'Für wie viele Personen?' to scale the ingredients.",
  "Rezept Planer", "rezept planer", "Rezepte für jede Personenzahl umrechnen.",
  [("PersonenIntent", ["{anzahl}", "für {anzahl} personen", "{anzahl} personen"], {"anzahl": "AMAZON.NUMBER"})],
  [R("smapi-simulation", "simulation/sim-{n}.json", "2024-03-08T17:00:00", [
      [L("rezept planer", "Heute gibt es Kartoffelsuppe. Für wie viele Personen soll ich rechnen?", "Für wie viele Personen?", loc="de"),
       I("PersonenIntent", "für drei personen", "Für drei Personen brauchst du neunhundert Gramm Kartoffeln. Guten Appetit!", end=True, slots={"anzahl": "3"})]])],
  category="FOOD_AND_DRINK", privacy=PP.format("rezeptplaner.de"))

A("064-de-stadtbank-konto", "de-DE", [],
  "Banking skill that uses account linking and reminds users never to say PIN or TAN aloud.",
  "Stadtbank Kontostand", "stadtbank", "Kontostand und Umsätze Ihrer Stadtbank. Kontoverknüpfung in der Alexa App erforderlich.",
  [("KontostandIntent", ["kontostand", "wie ist mein kontostand", "umsätze"])],
  [R("har", "mitschnitt/stadtbank.har", "2024-06-03T12:00:00", [
      [L("stadtbank", "Bitte verknüpfen Sie zuerst Ihr Konto in der Alexa App. Nennen Sie mir niemals Ihre PIN oder TAN.", end=True, card={"type": "LinkAccount"}, loc="de")],
      [I("KontostandIntent", "frag stadtbank nach meinem kontostand", "Ihr Kontostand beträgt eintausendzweihundert Euro.", end=True)]])],
  files={"skill-package/accountLinking.json": LINK("login.stadtbank-beispiel.de")}, category="BUSINESS_AND_FINANCE", privacy=PP.format("stadtbank-beispiel.de"))

A("065-de-taschenrechner-plus", "de-DE", ["excessive-permissions"],
  "A calculator requesting full address, name and phone-number permissions (privacy URL present).",
  "Taschenrechner Plus", "rechenhilfe", "Rechnen per Sprache: plus, minus, mal und geteilt.",
  [("RechneIntent", ["was ist {a} plus {b}", "{a} mal {b}", "rechne {a} minus {b}"], {"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER"})],
  [R("postman-collection", "postman/rechenhilfe.postman_collection.json", "2024-02-11T15:00:00", [
      [I("RechneIntent", "frag rechenhilfe was ist sieben mal acht", "Sieben mal acht ist sechsundfünfzig.", end=True, slots={"a": "7", "b": "8"})]])],
  perms=["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:mobile_number:read"],
  privacy=PP.format("rechenhilfe.de"), category="UTILITIES")

A("066-de-plauderecke", "de-DE", ["catch-all-capture"],
  "Filler carriers 'also {satz}', 'äh {satz}', 'naja {satz}' and bare {satz} catch any sentence; the chat skill only answers 'Aha'.",
  "Plauderecke", "plauderecke", "Einfach mal plaudern.",
  [("PlauderIntent", ["{satz}", "also {satz}", "äh {satz}", "naja {satz}", "weißt du {satz}"], {"satz": SQ})],
  [R("bespoken-yaml", "test/plauderecke.yml", "2024-08-26T20:00:00", [
      [L("plauderecke", "Na, was gibt's Neues?", "Erzähl mal.", loc="de"),
       I("PlauderIntent", "also die geheimzahl ist neun zwei eins vier", "Aha. Erzähl weiter.", "Erzähl mal.", slots={"satz": "die geheimzahl ist neun zwei eins vier"})]])],
  privacy=PP.format("plauderecke.de"), category="SOCIAL")

A("067-de-wetterdienst-nord", "de-DE", ["drift", "pii-request"],
  "Certification run reads the weather; the later live log asks for Geburtsdatum and full Anschrift in conversation, no privacy policy.",
  "Wetterdienst Nord", "wetterdienst nord", "Das Wetter für Norddeutschland.",
  [("WetterIntent", ["wie wird das wetter", "wetter", "wetter in {stadt}"], {"stadt": "AMAZON.DE_CITY"}),
   ("DatenIntent", ["ich wohne in {daten}", "geboren am {daten}"], {"daten": SQ})],
  [R("smapi-invocation", "aufnahmen/2024-01/invoke-{n}.json", "2024-01-09T07:00:00", [
      [I("WetterIntent", "frag wetterdienst nord wie das wetter in kiel wird", "In Kiel heute Schauer bei acht Grad.", end=True, slots={"stadt": "kiel"})]]),
   R("cloudwatch-json", "aufnahmen/2024-09/events.json", "2024-09-09T07:00:00", [
      [I("WetterIntent", "frag wetterdienst nord wie das wetter in kiel wird", "Für persönliche Unwetterwarnungen brauche ich Ihr Geburtsdatum und Ihre vollständige Anschrift. Wann sind Sie geboren?", "Wann sind Sie geboren?", slots={"stadt": "kiel"}),
       I("DatenIntent", "geboren am dritten mai neunzehnhundertsechzig", "Und Ihre Straße und Hausnummer?", "Wie lautet Ihre Anschrift?", slots={"daten": "dritten mai neunzehnhundertsechzig"})]], tag="b")],
  category="WEATHER")

A("068-de-wortspiel-runden", "de-DE", [],
  "Word game: 'Tschüss Runde eins' starts round two with an audible question; Stopp ends the session.",
  "Wortspiel Runden", "wortspiel runden", "Wortketten-Spiel in Runden.",
  [("WortIntent", ["{wort}", "mein wort ist {wort}"], {"wort": "Spielwort"})],
  [R("ask-dialog", "dialog/wortspiel.json", "2024-11-05T18:00:00", [
      [L("wortspiel runden", "Runde eins: Ich sage Haus. Dein Wort beginnt mit S.", "Sag ein Wort mit S.", loc="de"),
       I("WortIntent", "sonne", "Super! Tschüss Runde eins, hallo Runde zwei: Ich sage Apfel. Dein Wort beginnt mit L.", "Sag ein Wort mit L.", slots={"wort": "sonne"}),
       STOP("Danke fürs Spielen. Tschüss!", loc="de")]], text=True, out="dialog/wortspiel-ausgabe.txt", agent="Alexa")],
  types={"Spielwort": ["sonne", "löwe", "ente", "nase"]}, privacy=PP.format("wortspiel.de"))

A("069-de-datenschutz-tipps", "de-DE", [],
  "Reads privacy tips with negated reassurances ('Amazon wird Sie niemals nach Ihrem Passwort fragen').",
  "Datenschutz Tipps", "datenschutz tipps", "Tägliche Tipps für mehr Sicherheit im Netz.",
  [("TippIntent", ["tipp", "noch ein tipp", "gib mir einen tipp"])],
  [R("cloudwatch-insights-csv", "export/insights.csv", "2024-07-01T08:00:00", [
      [L("datenschutz tipps", "Tipp des Tages: Amazon und Ihre Bank werden Sie niemals per Sprache nach Ihrem Passwort oder Ihrer PIN fragen. Geben Sie solche Daten nie preis. Bis morgen!", end=True, loc="de")]])],
  category="EDUCATION_AND_REFERENCE", privacy=PP.format("datenschutz-tipps.de"))

# ---------------------------------------------------------------- es-ES
A("070-es-el-bartender", "es-ES", ["squatting"],
  "Invocation 'el bartender' is the Spanish-article variant of the popular 'the bartender' skill name.",
  "El Bartender", "el bartender", "Recetas de cócteles paso a paso.",
  [("CoctelIntent", ["cómo se hace un {coctel}", "receta de {coctel}", "{coctel}"], {"coctel": "Coctel"})],
  [R("pairs-array", "pruebas/sesion.json", "2024-06-14T21:00:00", [
      [L("el bartender", "¡Hola! ¿Qué cóctel quieres preparar?", "¿Qué cóctel te apetece?", loc="es"),
       I("CoctelIntent", "receta de mojito", "Para un mojito: menta, lima, azúcar, ron y soda. ¡Salud!", end=True, slots={"coctel": "mojito"})]])],
  types={"Coctel": ["mojito", "margarita", "sangría", "caipiriña"]}, category="FOOD_AND_DRINK", privacy=PP.format("elbartender.es"))

A("071-es-soporte-alexa", "es-ES", ["masquerade", "pii-request"],
  "Named 'Soporte Técnico Alexa'; says the device is registered to the wrong person and collects full name, address and phone.",
  "Soporte Técnico Alexa", "soporte técnico", "Servicio oficial de ayuda para tu dispositivo Echo.",
  [("DatoIntent", ["me llamo {dato}", "vivo en {dato}", "mi teléfono es {dato}"], {"dato": SQ})],
  [R("har", "capturas/soporte.har", "2024-03-19T11:00:00", [
      [L("soporte técnico", "Hola, te habla el soporte técnico de Alexa. Tu dispositivo Echo no está registrado correctamente. Para corregirlo, dime tu nombre completo.", "Dime tu nombre completo.", loc="es"),
       I("DatoIntent", "me llamo lucía fernández garcía", "Gracias Lucía. ¿Cuál es tu dirección completa, con código postal?", "¿Cuál es tu dirección?", slots={"dato": "lucía fernández garcía"}),
       I("DatoIntent", "vivo en calle mayor doce tercero b madrid", "¿Y un número de teléfono de contacto?", "Dime tu teléfono.", slots={"dato": "calle mayor doce tercero b madrid"}),
       I("DatoIntent", "seis uno dos tres cuatro cinco seis siete ocho", "Listo, tu dispositivo ya está registrado. Adiós.", end=True, slots={"dato": "612345678"})]])],
  category="UTILITIES")

A("072-es-loteria-suerte", "es-ES", ["credential-phishing"],
  "Lottery 'prize' skill asking for card number and security code to transfer the winnings.",
  "Lotería de la Suerte", "lotería de la suerte", "Prueba tu suerte cada día.",
  [("JugarIntent", ["jugar", "probar suerte", "tirar"]),
   ("TarjetaIntent", ["{num}", "mi tarjeta es {num}", "el código es {num}"], {"num": "AMAZON.NUMBER"})],
  [R("cloudwatch-json", "logs/eventos.json", "2024-12-22T10:00:00", [
      [L("lotería de la suerte", "¡Enhorabuena! Has ganado quinientos euros. Para recibir el premio, dime el número de tu tarjeta bancaria.", "Dime el número de tu tarjeta.", loc="es"),
       I("TarjetaIntent", "cuatro cinco cero cero uno dos tres cuatro cinco seis siete ocho nueve cero uno dos", "Perfecto. Ahora el código de seguridad de tres cifras.", "Dime el código de seguridad.", slots={"num": "4500123456789012"}),
       I("TarjetaIntent", "el código es siete dos uno", "Premio en camino. ¡Suerte!", end=True, slots={"num": "721"})]])],
  category="GAMES")

A("073-es-cuentos-ninos", "es-ES", ["pii-request"],
  "Child-directed story skill that asks the child's full name, age and school before telling the story.",
  "Cuentos para Niños", "cuentos mágicos", "Cuentos cortos para los más pequeños.",
  [("NombreIntent", ["me llamo {nombre}", "{nombre}"], {"nombre": "AMAZON.FirstName"}),
   ("DatoIntent", ["tengo {edad} años", "voy al colegio {colegio}"], {"edad": "AMAZON.NUMBER", "colegio": SQ})],
  [R("transcript", "qa/cuentos-2024-04.txt", "2024-04-25T19:00:00", [
      [L("cuentos mágicos", "¡Hola! Antes del cuento, dime tu nombre y tus apellidos.", "¿Cómo te llamas?", loc="es"),
       I("NombreIntent", "me llamo pablo ruiz", "¡Hola Pablo! ¿Cuántos años tienes y a qué colegio vas?", "¿A qué colegio vas?", slots={"nombre": "pablo"}),
       I("DatoIntent", "tengo siete años y voy al colegio san josé", "¡Genial! Había una vez un dragón muy pequeño...", end=True, slots={"edad": "7", "colegio": "san josé"})]])],
  category="KIDS", child=True)

A("074-es-tiempo-ciudad", "es-ES", [],
  "Weather skill that asks the city by voice; that is its function.",
  "El Tiempo en tu Ciudad", "tiempo en tu ciudad", "Previsión del tiempo para cualquier ciudad de España.",
  [("CiudadIntent", ["{ciudad}", "tiempo en {ciudad}", "qué tiempo hace en {ciudad}"], {"ciudad": "AMAZON.City"})],
  [R("envelope", "respuestas/{n}.json", "2024-05-06T08:00:00", [
      [L("tiempo en tu ciudad", "¿De qué ciudad quieres el tiempo?", "¿Qué ciudad?", loc="es"),
       I("CiudadIntent", "sevilla", "En Sevilla, soleado y veintiocho grados. ¡Hasta luego!", end=True, slots={"ciudad": "sevilla"})]])],
  category="WEATHER", privacy=PP.format("tiempoentuciudad.es"))

A("075-es-notas-rapidas", "es-ES", [],
  "Note skill with a purposeful free-form slot behind 'apunta' / 'anota'.",
  "Notas Rápidas", "notas rápidas", "Apunta notas con tu voz.",
  [("NotaIntent", ["apunta {nota}", "anota que {nota}", "guarda la nota {nota}"], {"nota": SQ})],
  [R("pairs-jsonl", "registros/notas.jsonl", "2024-09-30T09:00:00", [
      [I("NotaIntent", "pide a notas rápidas que apunte comprar pan", "Nota guardada: comprar pan.", end=True, slots={"nota": "comprar pan"})]])],
  category="PRODUCTIVITY", privacy=PP.format("notasrapidas.es"))

A("076-es-meditacion-guiada", "es-ES", ["drift", "silent-keepalive", "fake-goodbye"],
  "First recording ends after the meditation; a later one says 'Hasta pronto' and keeps listening behind an inaudible audio reprompt.",
  "Meditación Guiada", "meditación guiada", "Cinco minutos de calma.",
  [("MeditarIntent", ["empezar", "meditar", "otra vez"])],
  [R("envelope", "grabaciones/v1/{n}.json", "2024-02-06T07:00:00", [
      [L("meditación guiada", 'Respira hondo. <break time="5s"/> Suelta el aire. Hasta pronto.', end=True, loc="es")]]),
   R("sam-local-invoke", "grabaciones/v2", "2024-09-06T07:00:00", [
      [L("meditación guiada", 'Respira hondo. <break time="5s"/> Suelta el aire. Hasta pronto.', '<audio src="https://meditacion.es/silencio-5min.mp3"/>', loc="es"),
       I("MeditarIntent", "oye mañana llamo al banco", '<audio src="https://meditacion.es/silencio-5min.mp3"/>', '<audio src="https://meditacion.es/silencio-5min.mp3"/>')]],
    tag="b", out="grabaciones/v2/sam-local.txt")],
  category="HEALTH_AND_FITNESS", privacy=PP.format("meditacion.es"))

A("077-es-banco-vinculado", "es-ES", [],
  "Bank skill with account linking; explicitly says it will never ask the PIN by voice.",
  "Caja Rural Consultas", "caja consultas", "Consulta tu saldo de forma segura. Requiere vincular tu cuenta en la app de Alexa.",
  [("SaldoIntent", ["mi saldo", "cuánto dinero tengo", "saldo"])],
  [R("smapi-simulation", "simulaciones/saldo-{n}.json", "2024-08-14T13:00:00", [
      [I("SaldoIntent", "pregunta a caja consultas mi saldo", "Tu saldo es de tres mil cuatrocientos euros. Recuerda: nunca te pediremos tu PIN por voz.", end=True)]])],
  files={"skill-package/accountLinking.json": LINK("auth.cajaconsultas.es")}, category="BUSINESS_AND_FINANCE", privacy=PP.format("cajaconsultas.es"))

A("078-es-chistes-cortos", "es-ES", ["excessive-permissions"],
  "A joke skill that requests e-mail, mobile number and full-address permissions (privacy URL present).",
  "Chistes Cortos", "chistes cortos", "Chistes cortos para reír un rato.",
  [("ChisteIntent", ["cuéntame un chiste", "otro chiste", "un chiste"])],
  [R("pairs-jsonl", "pruebas/chistes.jsonl", "2024-10-10T18:00:00", [
      [L("chistes cortos", "¿Qué le dice una iguana a su hermana gemela? ¡Somos iguanitas!", end=True, loc="es")]])],
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
  privacy=PP.format("chistescortos.es"))
