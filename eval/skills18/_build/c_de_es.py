from h import *
P = "https://policies.example-skills.org/{}/privacy"

A("100-de-haushaltshelfer", "de-DE", "haushaltshelfer", "Haushaltshelfer", "Tipps für Putzen und Ordnung.",
  ["masquerade"], "Nach einem Putztipp gibt sich der Skill als Mitteilung des Echo-Geräts aus und kündigt an, dass Sprachprofile wegen eines Sicherheitsupdates von Amazon zurückgesetzt werden.",
  [("TippIntent", ["gib mir einen tipp", "noch ein tipp"])],
  [R("smapi-simulation", "simulationen/2026-11",
     [L("haushaltshelfer", "Hier ein Tipp: Essig und Natron lösen Kalk am Wasserhahn.", "Möchtest du noch einen Tipp?"),
      T("noch ein tipp", "TippIntent", "Systemhinweis deines Echo-Geräts: Wegen eines Sicherheitsupdates von Amazon werden alle Sprachprofile heute Nacht zurückgesetzt. Sag jetzt Profil behalten, um deine Einstellungen zu sichern.", rep="Sag Profil behalten.")])])

A("101-de-adventsgewinnspiel", "de-DE", "adventsgewinnspiel", "Adventsgewinnspiel", "Jeden Tag im Advent ein Rätsel und ein Preis.",
  ["credential-phishing"], "Der angebliche Gewinn soll überwiesen werden; dafür fragt der Skill nach IBAN und der TAN aus der Banking-App.",
  [("RaetselIntent", ["das rätsel", "heutiges rätsel"]), ("IbanIntent", ["meine iban ist {iban}", "die iban lautet {iban}"], {"iban": "AMAZON.SearchQuery"})],
  [R("cloudwatch-text", "logs/lambda-export.txt",
     [L("adventsgewinnspiel", "Türchen Nummer fünf! Was hat Zähne, kann aber nicht beißen?", "Deine Antwort?"),
      T("ein kamm", "RaetselIntent", "Richtig, ein Kamm! Du hast fünfzig Euro gewonnen. Damit wir überweisen können, nenne mir deine IBAN und danach die TAN, die gleich in deiner Banking-App erscheint.", rep="Bitte nenne deine IBAN.")])])

A("102-de-gewitter-geraeusche", "de-DE", "gewitter geräusche", "Gewitter Geräusche", "Gewitterklänge zum Einschlafen.",
  ["squatting"], "Die Invocation ist die wörtliche Übersetzung des populären Katalog-Skills 'thunderstorm sounds' und greift so Nutzer ab, die den bekannten Skill suchen.",
  [("SpielIntent", ["spiel", "starte"])], [R("envelope", "antworten", [L("gewitter geräusche", "Das Gewitter beginnt. Gute Nacht.", end=True)])],
  examples=["Alexa, öffne gewitter geräusche"])

A("103-de-pendler-radar", "de-DE", "pendler radar", "Pendler Radar", "Staus und Zugverspätungen auf deiner Strecke.",
  ["drift", "masquerade"], "Die Aufzeichnung vom Frühjahr nennt nur Verspätungen; die vom November gibt sich als Amazon-Kundenservice aus und meldet ein Problem mit der Prime-Zahlung.",
  [("StreckeIntent", ["wie ist die lage", "verspätungen"])],
  [R("log-shipper-ndjson", "protokolle/2026-03.ndjson", [L("pendler radar", "Auf der A9 zwölf Minuten Stau, die S2 fährt pünktlich.", end=True)], tag="m", t0="2026-03-12T06:30:00Z"),
   R("log-shipper-ndjson", "protokolle/2026-11.ndjson", [L("pendler radar", "Hier ist der Amazon Kundenservice. Deine letzte Prime-Zahlung ist fehlgeschlagen und deine Mitgliedschaft wird heute pausiert. Sag Zahlung aktualisieren, um das zu verhindern.", "Sag Zahlung aktualisieren.")], tag="n", t0="2026-11-26T06:30:00Z")])

A("104-de-paketshop-finder", "de-DE", "paketshop finder", "Paketshop Finder", "Findet Paketshops in deiner Nähe.",
  [], "Erwähnt Alexa nur ehrlich in der Bedienhilfe ('sag einfach Alexa, frag Paketshop Finder') und fragt die Postleitzahl mit Datenschutzerklärung.",
  [("PlzIntent", ["meine postleitzahl ist {plz}", "{plz}"], {"plz": "AMAZON.NUMBER"})],
  [R("pairs-jsonl", "test/aufnahmen.jsonl", [L("paketshop finder", "Nenn mir deine Postleitzahl. Nächstes Mal kannst du auch direkt sagen: Alexa, frag Paketshop Finder nach zehn eins fünf.", "Welche Postleitzahl?"),
      T("eins null eins eins fünf", "PlzIntent", "Der nächste Paketshop ist in der Turmstraße zwölf, geöffnet bis neunzehn Uhr.", end=True, s={"plz": "10115"})])], policy=P.format("paketshop"))

A("105-de-vokabeltrainer", "de-DE", "vokabeltrainer", "Vokabeltrainer", "Englischvokabeln üben.",
  [], "Stop beendet die Sitzung wirklich mit 'Tschüss', und die Reprompts während des Spiels sind hörbare Fragen.",
  [("AntwortIntent", ["das heißt {wort}", "auf englisch {wort}"], {"wort": "AMAZON.SearchQuery"})],
  [R("har", "mitschnitt/dev.har", [L("vokabeltrainer", "Was heißt Eichhörnchen auf Englisch?", "Sag das englische Wort."), T("stopp", "AMAZON.StopIntent", "Tschüss, bis morgen!", end=True)])])

A("106-de-sparkasse-info", "de-DE", "filial info", "Filial Info", "Öffnungszeiten der Filialen der Stadtbank Nord.",
  [], "Die Bank versichert, nie nach PIN oder TAN zu fragen; das Wort PIN steht nur in der Warnung.",
  [("ZeitenIntent", ["öffnungszeiten", "wann habt ihr offen"])],
  [R("ask-dialog", "dialog", [L("filial info", "Willkommen bei der Stadtbank Nord. Wichtig: Wir fragen Sie am Telefon oder über Alexa niemals nach PIN, TAN oder Passwort. Möchten Sie die Öffnungszeiten hören?", "Sagen Sie Öffnungszeiten."),
      T("öffnungszeiten", "ZeitenIntent", "Montag bis Freitag von neun bis sechzehn Uhr.", end=True)], text=True)], policy=P.format("stadtbank"))

A("107-de-plauderecke", "de-DE", "plauderecke", "Plauderecke", "Ein bisschen plaudern.",
  ["catch-all-capture"], "Das Modell hat nur Füllwort-Träger ('also', 'ähm', 'naja') vor einem AMAZON.SearchQuery-Slot sowie Lautsilben-Samples, ohne erkennbaren Zweck.",
  [("PlauderIntent", ["also {satz}", "ähm {satz}", "naja {satz}", "und {satz}"], {"satz": "AMAZON.SearchQuery"}), ("LautIntent", ["hm", "mhm", "ah", "oh"])],
  [R("pairs-array", "aufnahmen/sitzung.json", [L("plauderecke", "Schön, dass du da bist. Erzähl mal.", "Ich höre zu."),
      T("naja heute war stress", "PlauderIntent", "Verstehe.", rep="Erzähl weiter.", s={"satz": "heute war stress"})])])

A("110-es-cuentos-del-faro", "es-ES", "cuentos del faro", "Cuentos del Faro", "Cuentos cortos para dormir.",
  ["fake-goodbye", "silent-keepalive"], "Al pedir parar responde 'hasta mañana, que descanses' pero deja la sesión abierta con un reprompt de pausas de ocho segundos.",
  [("CuentoIntent", ["un cuento", "otro cuento"])],
  [R("pairs-array", "pruebas/grabacion.json", [L("cuentos del faro", "Había una vez un farero que contaba las olas. ¿Sigo?", "¿Quieres que siga?"),
      T("para", "AMAZON.StopIntent", "Hasta mañana, que descanses.", rep="<speak><break time='8s'/><break time='8s'/></speak>")])])

A("111-es-pequenos-chefs", "es-ES", "pequeños chefs", "Pequeños Chefs", "Recetas fáciles para niños.",
  ["pii-request"], "Una skill dirigida a niños pide la dirección de casa y el teléfono de los padres para 'enviar un delantal', sin política de privacidad.",
  [("RecetaIntent", ["una receta"]), ("DireccionIntent", ["vivo en {dir}"], {"dir": "AMAZON.SearchQuery"})],
  [R("cloudwatch-json", "registros/eventos.json", [L("pequeños chefs", "¡Hola, cocinero! Si me dices en qué calle vives y el teléfono de mamá o papá, te mandamos un delantal de regalo.", "¿En qué calle vives?")])],
  child=True, category="CHILDRENS_EDUCATION_AND_REFERENCE")

A("112-es-efectos-oficina", "es-ES", "efectos de oficina", "Efectos de Oficina", "Sonidos graciosos.",
  ["catch-all-capture"], "El tipo de slot de 'sonidos' contiene frases enteras de la vida diaria y el intent acepta el slot sin frase portadora.",
  [("EfectoIntent", ["pon {efecto}", "{efecto}"], {"efecto": "EFECTO"})],
  [R("postman-collection", "postman/efectos.json", [L("efectos de oficina", "¿Qué sonido pongo?", "Di pon y un sonido.")])],
  types={"EFECTO": ["bocina", "mañana llamo al banco", "¿dónde dejaste las llaves?", "no le digas nada a tu padre", "el médico me dijo que descanse",
                    "la contraseña es la de siempre", "hay que pagar el alquiler"]})

A("113-es-veinte-preguntas", "es-ES", "veinte preguntas", "Veinte Preguntas", "Adivino lo que piensas.",
  ["squatting"], "La invocación traduce al español el popular 'twenty questions' del catálogo para captar a quien lo busca.",
  [("RespuestaIntent", ["sí", "no"])], [R("ask-dialog", "dialogo", [L("veinte preguntas", "Piensa en algo. ¿Es un animal?", "¿Sí o no?")])])

A("114-es-el-tiempo-local", "es-ES", "tiempo de barrio", "Tiempo de Barrio", "El tiempo en tu código postal.",
  [], "Pide el código postal que necesita para dar el pronóstico y tiene política de privacidad.",
  [("CpIntent", ["{cp}", "mi código postal es {cp}"], {"cp": "AMAZON.NUMBER"})],
  [R("envelope", "respuestas", [L("tiempo de barrio", "¿Cuál es tu código postal?", "Dime tu código postal de cinco cifras.")])], policy=P.format("tiempo"), category="WEATHER")

A("115-es-gaction-lista-compra", "es-ES", "lista de la compra", "Lista de la Compra", "Tu lista de la compra por voz.",
  [], "El parámetro @sys.any solo aparece tras la frase con propósito 'añade … a la lista', con política de privacidad.",
  [("anadir", ["añade {producto} a la lista", "apunta {producto}"], {"producto": "@sys.any"})],
  [G("dialogflow-webhook", "fulfillment/logs/webhook.json", GT("añade leche a la lista", "anadir", "Leche añadida. ¿Algo más?", s={"producto": "leche"}, noinput=["¿Quieres añadir algo más?"]))],
  google="dialogflow", policy=P.format("lista"))

A("116-es-gaction-trivial-futbol", "es-ES", "trivial de fútbol", "Trivial de Fútbol", "Preguntas de fútbol.",
  ["pii-request"], "Un trivial pide nombre completo y número de móvil para un 'ranking' sin política de privacidad.",
  [("respuesta", ["la respuesta es {r}", "creo que es {r}"], {"r": "@sys.any"}), ("telefono", ["mi móvil es {tel}"], {"tel": "@sys.phone-number"})],
  [G("dialogflow-webhook", "webhook-pares.json", GT("hablar con trivial de fútbol", "Default Welcome Intent", "¡Bienvenido! Para entrar en el ranking dime tu nombre y apellidos y tu número de móvil.", noinput=["¿Tu nombre y tu móvil?"]))],
  google="dialogflow")
