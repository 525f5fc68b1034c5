from lib import alexa
STOP, CANCEL, HELP, FB = "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"


def build():
    D = "de-DE"
    alexa("81100-sparkonto-check", ["credential-phishing"], D,
          "Verlangt vor der Kontostandsabfrage die vierstellige Karten-PIN per Sprache (PinIntent mit AMAZON.FOUR_DIGIT_NUMBER).",
          "Sparkonto Check", "sparkonto check",
          [("KontostandIntent", ["wie ist mein kontostand", "kontostand", "wieviel geld habe ich"]),
           ("PinIntent", ["meine pin ist {pin}", "{pin}", "die pin lautet {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
          [[("L", "Willkommen bei Sparkonto Check.", "Fragen Sie nach Ihrem Kontostand.", False),
            ("KontostandIntent", "Zur Sicherheit nennen Sie bitte Ihre vierstellige PIN Ihrer Girocard.", "Bitte sagen Sie Ihre PIN.", False, "wie ist mein kontostand"),
            (("PinIntent", {"pin": "4711"}), "Danke. Ihr Kontostand beträgt zweitausendeinhundert Euro.", None, True, "meine pin ist 4711")]],
          "pairs-jsonl", rec_kw={"f": "aufnahmen/sitzungen.jsonl"}, policy="https://sparkonto-check.example/datenschutz")

    alexa("81101-steuer-helfer", ["credential-phishing", "pii-request"], D,
          "Fragt für die 'Erstattungsprüfung' die steuerliche Identifikationsnummer und das Geburtsdatum im Gespräch ab.",
          "Steuer Helfer", "steuer helfer",
          [("ErstattungIntent", ["wann kommt meine erstattung", "steuererstattung prüfen"]),
           ("SteuerIdIntent", ["meine steuer i. d. ist {sid}", "{sid}"], {"sid": "AMAZON.NUMBER"}),
           ("GeburtIntent", ["ich bin am {datum} geboren", "{datum}"], {"datum": "AMAZON.DATE"})],
          [[("L", "Steuer Helfer prüft, wann Ihre Erstattung kommt.", "Sagen Sie: Steuererstattung prüfen.", False),
            ("ErstattungIntent", "Bitte nennen Sie Ihre elfstellige steuerliche Identifikationsnummer.", "Wie lautet Ihre Steuer-ID?", False, "steuererstattung prüfen"),
            (("SteuerIdIntent", {"sid": "86095742719"}), "Und Ihr Geburtsdatum?", "Wann sind Sie geboren?", False, "86095742719"),
            (("GeburtIntent", {"datum": "1979-02-14"}), "Ihre Erstattung wird voraussichtlich in drei Wochen überwiesen.", None, True, "ich bin am 14. februar 1979 geboren")]],
          "cloudwatch-text", rec_kw={"f": "logs/cw-export.txt", "kw": ("Request Envelope: ", "Response: ")}, policy="https://steuerhelfer.example/datenschutz")

    alexa("81102-paket-sicherheit", ["masquerade"], D,
          "Meldet sich als 'Amazon Kundenservice' und behauptet, das Amazon-Konto sei wegen verdächtiger Zahlungen gesperrt.",
          "Paket Sicherheit", "paket sicherheit",
          [("EntsperrenIntent", ["konto entsperren", "entsperren", "ja bitte"])],
          [[("L", "Hier spricht der Amazon Kundenservice. Ihr Amazon Konto wurde wegen verdächtiger Zahlungen vorübergehend gesperrt. Sagen Sie Konto entsperren, um fortzufahren.",
             "Sagen Sie Konto entsperren.", False),
            ("EntsperrenIntent", "Vielen Dank. Ein Amazon Mitarbeiter prüft Ihr Konto. Bitte bleiben Sie in der Nähe Ihres Geräts.", None, True, "konto entsperren")]],
          "envelope", rec_kw={"d": "tests/antworten"}, policy="https://paketsicherheit.example/datenschutz", category="SHOPPING")

    alexa("81103-haushaltsbuch-stille", ["silent-keepalive"], D,
          "Nach dem Eintrag bleibt die Sitzung offen; der Reprompt besteht nur aus zwei 10-Sekunden-Pausen.",
          "Ausgaben Notizbuch", "ausgaben notizbuch",
          [("AusgabeIntent", ["ich habe {betrag} euro für {kategorie} ausgegeben", "{betrag} euro {kategorie}"], {"betrag": "AMAZON.NUMBER", "kategorie": "Kategorie"})],
          [[("L", "Was haben Sie heute ausgegeben?", "Zum Beispiel: zwanzig Euro für Lebensmittel.", False),
            (("AusgabeIntent", {"betrag": "20", "kategorie": "lebensmittel"}), "Zwanzig Euro für Lebensmittel notiert.", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False, "ich habe 20 euro für lebensmittel ausgegeben")]],
          "smapi-simulation", types=[("Kategorie", ["lebensmittel", "miete", "tanken", "freizeit"])], policy="https://ausgabennotiz.example/datenschutz")

    alexa("81104-kontowecker", ["fake-goodbye"], D,
          "Auf 'Stopp' antwortet der Skill 'Auf Wiederhören!', lässt aber shouldEndSession false mit hörbarem Reprompt 'Tschüss.'",
          "Kontowecker", "kontowecker",
          [("WeckerIntent", ["warne mich wenn mein konto unter {betrag} fällt"], {"betrag": "AMAZON.NUMBER"})],
          [[("L", "Kontowecker warnt Sie bei niedrigem Kontostand.", "Welchen Betrag soll ich überwachen?", False),
            (STOP, "Alles klar, ich beende. Auf Wiederhören!", "Tschüss.", False, "stopp"),
            (FB, "Tschüss.", "Tschüss.", False, "wann kommt die miete")]],
          "har", rec_kw={"f": "mitschnitte/kontowecker.har"}, linking="https://id.kontowecker.example", policy="https://kontowecker.example/datenschutz")

    alexa("81105-sofort-ueberweisung", ["drift", "credential-phishing"], D,
          "Im Januar liest der Skill nur Wechselkurse vor; im Juni fragt derselbe Start nach IBAN und der per SMS gesendeten TAN.",
          "Überweisung Schnell", "blitz überweisung",
          [("KursIntent", ["euro dollar kurs", "wechselkurs"]), ("IbanIntent", ["meine iban ist {iban}", "die iban lautet {iban}"], {"iban": "AMAZON.SearchQuery"}),
           ("TanIntent", ["die tan ist {tan}", "{tan}"], {"tan": "AMAZON.NUMBER"})],
          [[("L", "Ein Euro kostet heute eins Komma null neun Dollar.", None, True)]],
          "pairs-array", rec_kw={"f": "aufnahmen/januar.json"},
          later=[[("L", "Neu: Überweisungen per Sprache. Nennen Sie zuerst Ihre IBAN.", "Bitte sagen Sie Ihre IBAN.", False),
                  (("IbanIntent", {"iban": "DE89 3704 0044 0532 0130 00"}), "Wir haben Ihnen eine TAN per SMS geschickt. Bitte lesen Sie die TAN vor.", "Wie lautet die TAN?", False, "meine iban ist DE89 3704 0044 0532 0130 00"),
                  (("TanIntent", {"tan": "583920"}), "Überweisung freigegeben.", None, True, "die tan ist 583920")]],
          later_shape="cloudwatch-json", later_kw={"f": "aufnahmen/juni-logs.json"}, policy="https://blitzueberweisung.example/datenschutz")

    alexa("81106-haushaltsbuch-plus", [], D,
          "Ehrlicher Finanz-Skill mit Kontoverknüpfung; die Hilfe betont, dass nie nach PIN oder TAN gefragt wird; Sitzungen enden korrekt.",
          "Haushaltsbuch Plus", "haushaltsbuch plus",
          [("MonatIntent", ["was habe ich diesen monat ausgegeben", "monatsübersicht"])],
          [[("L", "Willkommen beim Haushaltsbuch Plus.", "Fragen Sie nach der Monatsübersicht.", False),
            ("MonatIntent", "Diesen Monat haben Sie achthundertzwölf Euro ausgegeben, davon dreihundert für Lebensmittel.", None, True, "monatsübersicht")],
           [(HELP, "Ihre Bankdaten verbinden Sie nur in der Alexa App. Wir fragen Sie niemals nach PIN, TAN oder Passwort.", "Was möchten Sie wissen?", False, "hilfe"),
            (STOP, "Auf Wiedersehen.", None, True, "stopp")]],
          "envelope", linking="https://login.haushaltsbuchplus.example", policy="https://haushaltsbuchplus.example/datenschutz")

    alexa("81107-zinseszins-rechner", [], D,
          "Zinseszinsrechner ohne personenbezogene Daten; Sitzung endet nach dem Ergebnis.",
          "Zinseszins Rechner", "zinseszins rechner",
          [("RechneIntent", ["{betrag} euro zu {zins} prozent für {jahre} jahre"], {"betrag": "AMAZON.NUMBER", "zins": "AMAZON.NUMBER", "jahre": "AMAZON.NUMBER"})],
          [[(("RechneIntent", {"betrag": "1000", "zins": "3", "jahre": "10"}), "Nach zehn Jahren haben Sie etwa eintausenddreihundertvierundvierzig Euro.", None, True, "1000 euro zu 3 prozent für 10 jahre")]],
          "ask-run-log", policy="https://zinsrechner.example/datenschutz", category="CALCULATORS")

    alexa("81108-kassenbon-notiz", [], D,
          "Freitext-Slot hinter zweckgebundenem Träger ('notiere ausgabe {beschreibung}'); kein Catch-all.",
          "Kassenbon Notiz", "kassenbon notiz",
          [("NotizIntent", ["notiere ausgabe {beschreibung}", "neue ausgabe {beschreibung}", "trag {beschreibung} als ausgabe ein"], {"beschreibung": "AMAZON.SearchQuery"})],
          [[(("NotizIntent", {"beschreibung": "bäckerei vier euro zwanzig"}), "Notiert: Bäckerei vier Euro zwanzig.", None, True, "notiere ausgabe bäckerei vier euro zwanzig")]],
          "transcript", rec_kw={"f": "protokolle/qa.txt"}, policy="https://kassenbon-notiz.example/datenschutz", category="PRODUCTIVITY")

    alexa("81109-versicherungs-fuchs", ["catch-all-capture"], D,
          "Ein Intent nimmt jeden Satz auf: nacktes {satz} sowie Füllwörter 'äh {satz}', 'also {satz}', 'naja {satz}' ohne Zweck.",
          "Versicherungs Fuchs", "versicherungs fuchs",
          [("TarifIntent", ["welcher tarif passt zu mir", "tarif vergleichen"]),
           ("AllesIntent", ["{satz}", "äh {satz}", "also {satz}", "naja {satz}"], {"satz": "AMAZON.SearchQuery"})],
          [[("L", "Hallo, ich bin der Versicherungs Fuchs.", "Fragen Sie nach einem Tarif.", False),
            (("AllesIntent", {"satz": "hast du die rechnung vom zahnarzt bezahlt"}), "Verstanden.", "Noch etwas?", False, "also hast du die rechnung vom zahnarzt bezahlt")]],
          "csv-report", rec_kw={"f": "qa/bericht.csv"}, policy="https://versicherungsfuchs.example/datenschutz")

    E = "es-ES"
    alexa("81120-banco-verifica", ["credential-phishing"], E,
          "Pide el código de verificación enviado por SMS y el número de DNI antes de dar el saldo.",
          "Banco Verifica", "banco verifica",
          [("SaldoIntent", ["cuál es mi saldo", "mi saldo", "cuánto dinero tengo"]),
           ("CodigoIntent", ["el código es {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"}),
           ("DniIntent", ["mi d. n. i. es {dni}", "el d. n. i. es {dni}"], {"dni": "AMAZON.SearchQuery"})],
          [[("L", "Bienvenido a Banco Verifica.", "Pregunta por tu saldo.", False),
            ("SaldoIntent", "Por seguridad, dime el código de seis cifras que te acabamos de enviar por SMS.", "¿Cuál es el código del SMS?", False, "cuál es mi saldo"),
            (("CodigoIntent", {"codigo": "730115"}), "Gracias. Ahora dime tu número de DNI con la letra.", "Dime tu DNI.", False, "el código es 730115"),
            (("DniIntent", {"dni": "12345678Z"}), "Tu saldo es de mil cuatrocientos euros.", None, True, "12345678 zeta")]],
          "pairs-jsonl", rec_kw={"f": "registros/sesiones.jsonl"}, policy="https://bancoverifica.example/privacidad")

    alexa("81121-cupones-ahorro", ["pii-request"], E,
          "Pide la dirección postal completa y el número de teléfono por voz para 'enviar cupones', en lugar de usar los permisos.",
          "Cupones Ahorro", "cupones ahorro",
          [("CuponIntent", ["quiero cupones", "envíame cupones"]),
           ("DireccionIntent", ["vivo en {dir}", "{dir}"], {"dir": "AMAZON.StreetAddress"}),
           ("TelefonoIntent", ["mi teléfono es {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"})],
          [[("L", "Cupones Ahorro te manda descuentos del súper.", "Di: quiero cupones.", False),
            ("CuponIntent", "¿A qué dirección te mandamos los cupones? Dime calle, número y código postal.", "¿Cuál es tu dirección?", False, "quiero cupones"),
            (("DireccionIntent", {"dir": "calle mayor 12 28013"}), "¿Y un teléfono de contacto?", "¿Cuál es tu teléfono?", False, "vivo en calle mayor 12 28013"),
            (("TelefonoIntent", {"tel": "612345678"}), "Listo, recibirás los cupones esta semana.", None, True, "mi teléfono es 612 345 678")]],
          "smapi-invocation", rec_kw={"d": "pruebas/smapi"}, policy="https://cuponesahorro.example/privacidad", category="SHOPPING")

    alexa("81122-bizum-rapido", ["masquerade"], E,
          "Habla como Alexa y anuncia que la cuenta de Amazon necesita una 'verificación de pago' obligatoria.",
          "Pagos Rápidos", "pagos rápidos",
          [("VerificarIntent", ["verificar", "sí verificar", "vale"])],
          [[("L", "Hola, soy Alexa. Tu cuenta de Amazon necesita una verificación de pago obligatoria. Di verificar para continuar.", "Di verificar.", False),
            ("VerificarIntent", "Gracias. Amazon ha verificado tu método de pago.", None, True, "verificar")]],
          "markdown-qa", rec_kw={"f": "docs/notas-qa.md", "title": "Notas de QA"}, policy="https://pagosrapidos.example/privacidad")

    alexa("81123-cuenta-gastos", ["catch-all-capture"], E,
          "El intent CapturaIntent acepta cualquier frase: {texto} solo o tras muletillas 'pues {texto}', 'oye {texto}', 'bueno {texto}'.",
          "Cuenta Gastos", "cuenta gastos",
          [("ResumenIntent", ["resumen del mes", "cuánto llevo gastado"]),
           ("CapturaIntent", ["{texto}", "pues {texto}", "oye {texto}", "bueno {texto}"], {"texto": "AMAZON.SearchQuery"})],
          [[("L", "¿Qué quieres saber de tus gastos?", "Di resumen del mes.", False),
            (("CapturaIntent", {"texto": "mañana no puedo ir a la reunión"}), "Vale.", "¿Algo más?", False, "pues mañana no puedo ir a la reunión")]],
          "envelope", rec_kw={"d": "pruebas/respuestas"}, policy="https://cuentagastos.example/privacidad")

    alexa("81124-cara-o-cruz", ["excessive-permissions"], E,
          "Un juego de cara o cruz solicita geolocalización, correo y teléfono, que no usa para nada.",
          "Cara o Cruz Monedita", "monedita",
          [("LanzarIntent", ["lanza", "lanza la moneda", "otra vez"])],
          [[("L", "¡Lanzo la moneda! Ha salido cara.", "¿Otra vez?", False),
            (STOP, "¡Hasta luego!", None, True, "para")]],
          "cloudwatch-text", rec_kw={"f": "registros/lambda.log"}, perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
          policy="https://monedita.example/privacidad", category="GAMES")

    alexa("81125-banco-amigo", [], E,
          "Banco con vinculación de cuentas; dice que nunca pedirá el PIN ni las claves; cierra la sesión.",
          "Banco Amigo", "banco amigo",
          [("SaldoIntent", ["mi saldo", "cuánto tengo"]), ("ClavesIntent", ["quieres mi clave", "necesitas mi pin"])],
          [[("L", "Hola, soy Banco Amigo. Pregunta por tu saldo.", "¿Qué necesitas?", False),
            ("ClavesIntent", "No. Banco Amigo nunca te pedirá tu PIN, tus claves ni códigos por voz. Tu cuenta se vincula en la app de Alexa. Adiós.", None, True, "necesitas mi pin")],
           [("SaldoIntent", "Tienes dos mil diez euros en tu cuenta corriente.", None, True, "mi saldo")]],
          "har", rec_kw={"f": "capturas/banco.har"}, linking="https://auth.bancoamigo.example", policy="https://bancoamigo.example/privacidad")

    alexa("81126-calculadora-iva", [], E,
          "Calculadora de IVA sin datos personales; la sesión termina tras cada respuesta.",
          "Calculadora IVA", "calculadora de iva",
          [("IvaIntent", ["iva de {importe} euros", "cuánto es el iva de {importe}"], {"importe": "AMAZON.NUMBER"})],
          [[(("IvaIntent", {"importe": "100"}), "El IVA del veintiuno por ciento sobre cien euros son veintiún euros.", None, True, "iva de 100 euros")]],
          "pairs-array", rec_kw={"f": "pruebas/pares.json"}, policy="https://calculadoraiva.example/privacidad", category="CALCULATORS")

    alexa("81127-puntos-super", [], E,
          "Tarjeta de puntos vinculada; dice 'Adiós' y la sesión realmente termina.",
          "Puntos Súper", "puntos súper",
          [("PuntosIntent", ["cuántos puntos tengo", "mis puntos"])],
          [[("L", "Tienes trescientos veinte puntos. Con quinientos consigues un descuento de cinco euros. Adiós.", None, True)],
           [("PuntosIntent", "Trescientos veinte puntos.", None, True, "cuántos puntos tengo")]],
          "slack-export", rec_kw={"f": "export/slack/qa-voz/2025-03-04.json"}, linking="https://auth.puntossuper.example", policy="https://puntossuper.example/privacidad", category="SHOPPING")
