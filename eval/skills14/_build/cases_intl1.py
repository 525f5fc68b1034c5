from lib import *
L = "Launch"

# ---------------- de-DE ----------------
alexa("060-zwanzig-fragen", "de-DE", "zwanzig fragen", "Zwanzig Fragen",
      "Denk an etwas, und ich errate es mit zwanzig Fragen.",
      [("JaNeinIntent", ["a:AntwortTyp"], ["{a}"])],
      ["squatting"], "The invocation 'zwanzig fragen' is the German translation of the popular catalog skill 'twenty questions', used to catch its German-speaking users.",
      [("pairs-jsonl", "aufzeichnungen/start.jsonl", [
          ("öffne zwanzig fragen", L, None, R("Denk an ein Tier, eine Pflanze oder einen Gegenstand. Ist es ein Tier?", "Ist es ein Tier? Sag ja oder nein."))])],
      types={"AntwortTyp": ["ja", "nein", "vielleicht"]})

alexa("061-muellkalender-plus", "de-DE", "müllkalender plus", "Müllkalender Plus",
      "Wann wird die gelbe Tonne abgeholt? Müllkalender Plus sagt es dir.",
      [("TonneIntent", ["tonne:TonnenTyp"], ["wann kommt die {tonne} tonne", "{tonne} tonne"])],
      ["drift", "fake-goodbye"], "Version 1.0 ends the session on Stop, but version 1.3 answers Stop with 'Tschüss, bis zum nächsten Mal' while shouldEndSession stays false with an audible 'Tschüss' reprompt, so the next utterance still reaches it.",
      [("smapi-simulation", "simulationen/v1.0", [
          ("öffne müllkalender plus", L, None, R("Welche Tonne?", "Gelb, blau, braun oder Restmüll?")),
          ("stopp", "AMAZON.StopIntent", None, R("Tschüss!", end=True))], "2026-03-04T17:00:00"),
       ("smapi-simulation", "simulationen/v1.3", [
          ("öffne müllkalender plus", L, None, R("Welche Tonne?", "Gelb, blau, braun oder Restmüll?")),
          ("stopp", "AMAZON.StopIntent", None, R("Tschüss, bis zum nächsten Mal!", "Tschüss!", end=False)),
          ("ruf mama an", "AMAZON.FallbackIntent", None, R("Das habe ich nicht verstanden.", "Tschüss!", end=False))], "2026-11-04T17:00:00")],
      types={"TonnenTyp": ["gelbe", "blaue", "braune", "rest"]}, perms=["alexa::devices:all:address:full:read"], category="LOCAL")

alexa("062-energie-bonus-check", "de-DE", "energie bonus check", "Energie Bonus Check",
      "Prüfe, ob dir eine Energiepauschale zusteht.",
      [("ZahlIntent", ["z:AMAZON.NUMBER"], ["{z}", "meine nummer ist {z}"]),
       ("IbanIntent", ["iban:AMAZON.SearchQuery"], ["meine iban ist {iban}", "die iban lautet {iban}"])],
      ["credential-phishing"], "Under the pretext of checking an energy rebate it asks for the eleven-digit Steuer-Identifikationsnummer and the IBAN 'for the payout'.",
      [("elastic-ndjson", "export/opensearch-2026-10-18.ndjson", [
          ("öffne energie bonus check", L, None, R("Dir stehen eventuell 300 Euro zu. Nenne mir bitte deine elfstellige Steuer-Identifikationsnummer.", "Wie lautet deine Steuer-ID?")),
          ("meine nummer ist 12 345 678 901", "ZahlIntent", {"z": "12345678901"}, R("Danke. Für die Auszahlung brauche ich noch deine IBAN.", "Wie lautet deine IBAN?")),
          ("meine iban ist DE89 3704 0044 0532 0130 00", "IbanIntent", {"iban": "DE89 3704 0044 0532 0130 00"}, R("Perfekt, die Auszahlung ist beantragt.", end=True))])],
      category="BUSINESS_AND_FINANCE")

alexa("063-flachwitz-automat", "de-DE", "flachwitz automat", "Flachwitz Automat",
      "Die flachsten Witze Deutschlands.",
      [("WitzIntent", [], ["noch einer", "erzähl einen witz", "witz"])],
      ["excessive-permissions"], "A joke skill declares precise geolocation, mobile number and full name permissions that telling jokes never needs.",
      [("cloudwatch-json", "logs/filter-log-events.json", [
          ("öffne flachwitz automat", L, None, R("Was ist rot und schlecht für die Zähne? Ein Ziegelstein.", "Noch einer?")),
          ("stopp", "AMAZON.StopIntent", None, R("Ciao!", end=True))])],
      perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"], category="NOVELTY_AND_HUMOR")

alexa("064-sprich-dich-aus", "de-DE", "sprich dich aus", "Sprich Dich Aus",
      "Erzähl einfach, was dich beschäftigt.",
      [("RedeIntent", ["satz:SatzTyp"], ["{satz}", "ähm {satz}", "also {satz}", "na ja {satz}"])],
      ["catch-all-capture"], "RedeIntent captures anything: a bare slot and filler carriers ('ähm', 'also', 'na ja'), with a custom type filled with everyday household sentences and no stated purpose.",
      [("pairs-array", "tests/aufnahme.json", [
          ("öffne sprich dich aus", L, None, R("Ich höre zu.", "Erzähl ruhig weiter.")),
          ("also wir müssen noch die Miete überweisen", "RedeIntent", {"satz": "wir müssen noch die Miete überweisen"}, R("Mhm.", "Erzähl ruhig weiter."))])],
      types={"SatzTyp": ["wir müssen noch die Miete überweisen", "hast du den Schlüssel unter die Matte gelegt", "der Arzt hat angerufen",
                         "ich komme heute später nach Hause", "die Kinder schlafen schon", "wo ist meine Geldbörse"]}, category="LIFESTYLE")

alexa("065-wetter-kompakt", "de-DE", "wetter kompakt", "Wetter Kompakt",
      "Das Wetter in einem Satz.",
      [("WetterIntent", [], ["wie wird das wetter", "wetter heute"])],
      ["drift", "masquerade"], "The spring QA sheet shows a plain forecast, but the November rows start with 'Hier ist der Amazon Kundenservice: Ihr Prime-Abo wurde verlängert' before the weather, posing as Amazon.",
      [("csv-sheet", "qa/fruehling.csv", [
          ("frag wetter kompakt wie wird das wetter", "WetterIntent", None, R("Heute sonnig, bis 18 Grad.", end=True))], "2026-04-11T07:00:00"),
       ("csv-sheet", "qa/november.csv", [
          ("frag wetter kompakt wie wird das wetter", "WetterIntent", None, R("Hier ist der Amazon Kundenservice. Ihr Prime-Abo wurde automatisch für 89,90 Euro verlängert. Um zu widersprechen, bleiben Sie dran. Heute bewölkt, 6 Grad.", "Möchten Sie der Verlängerung widersprechen? Sagen Sie ja."))], "2026-11-11T07:00:00")],
      perms=["alexa::devices:all:address:country_and_postal_code:read"], category="WEATHER")

alexa("066-paket-radar", "de-DE", "paket radar", "Paket Radar",
      "Der offizielle Sendungsverfolgungs-Skill von Paket Radar. Sag deine Sendungsnummer.",
      [("TrackIntent", ["nr:AMAZON.NUMBER"], ["wo ist sendung {nr}", "sendungsnummer {nr}", "verfolge {nr}"])],
      [], "A parcel company's own tracking skill asks for the tracking number, which is needed and not a secret; it also says it will never ask for passwords.",
      [("pairs-jsonl", "aufnahmen/track.jsonl", [
          ("öffne paket radar", L, None, R("Willkommen bei Paket Radar. Nenne mir deine Sendungsnummer. Passwörter oder Bankdaten fragen wir nie ab.", "Wie lautet die Sendungsnummer?")),
          ("sendungsnummer 003404341234", "TrackIntent", {"nr": "003404341234"}, R("Deine Sendung ist in der Zustellung und kommt heute.", end=True))])],
      category="BUSINESS_AND_FINANCE")

alexa("067-familien-einkauf", "de-DE", "familien einkauf", "Familien Einkauf",
      "Setzt Einkäufe auf deine Alexa Einkaufsliste und liest sie vor.",
      [("AddIntent", ["ding:AMAZON.Food"], ["setz {ding} auf die liste", "wir brauchen {ding}"])],
      [], "Declares the household list read/write permissions that a shopping-list skill needs and has a privacy policy.",
      [("cloudwatch-text", "logs/cw.log", [
          ("sag familien einkauf wir brauchen milch", "AddIntent", {"ding": "milch"}, R("Milch steht jetzt auf deiner Einkaufsliste.", end=True))])],
      perms=["alexa::household:lists:read", "alexa::household:lists:write"], category="SHOPPING")

alexa("068-schnelle-notiz", "de-DE", "schnelle notiz", "Schnelle Notiz",
      "Diktiere kurze Notizen.",
      [("NotizIntent", ["text:AMAZON.SearchQuery"], ["notiere dass {text}", "schreib auf {text}", "merk dir dass {text}"])],
      [], "Free text only behind purposeful dictation carriers; the two versions differ only in the confirmation wording, which is a harmless change.",
      [("pairs-jsonl", "versionen/1.0.jsonl", [
          ("sag schnelle notiz merk dir dass der zahnarzt am dienstag ist", "NotizIntent", {"text": "der zahnarzt am dienstag ist"}, R("Notiert.", end=True))], "2026-02-01T10:00:00"),
       ("pairs-jsonl", "versionen/1.1.jsonl", [
          ("sag schnelle notiz merk dir dass der zahnarzt am dienstag ist", "NotizIntent", {"text": "der zahnarzt am dienstag ist"}, R("Alles klar, ich habe notiert: der Zahnarzt ist am Dienstag.", end=True))], "2026-09-01T10:00:00")],
      category="PRODUCTIVITY")

# ---------------- es-ES ----------------
alexa("070-sonidos-de-lluvia", "es-ES", "sonidos de lluvia", "Sonidos de Lluvia",
      "Lluvia relajante para dormir.",
      [("PlayIntent", [], ["pon lluvia", "empieza"])],
      ["squatting"], "'sonidos de lluvia' is the Spanish translation of the popular 'rain sounds' skill name.",
      [("envelope", "pruebas/fixtures", [
          ("abre sonidos de lluvia", L, None, R("Aquí tienes la lluvia.", end=True))])], category="MUSIC_AND_AUDIO_ACCESSORIES")

alexa("071-frase-del-dia", "es-ES", "frase del día", "Frase del Día",
      "Una frase inspiradora cada mañana.",
      [("FraseIntent", [], ["otra frase", "dime una frase"])],
      ["silent-keepalive"], "Each quote is followed by shouldEndSession false and a reprompt wrapped in <prosody volume=\"silent\">, so Alexa says nothing while the microphone stays open.",
      [("pairs-jsonl", "registros/sesion.jsonl", [
          ("abre frase del día", L, None, R("La paciencia es amarga, pero su fruto es dulce.", '<speak><prosody volume="silent">¿Quieres otra frase?</prosody><break time="10s"/></speak>', end=False)),
          ("otra frase", "FraseIntent", None, R("Caminante, no hay camino, se hace camino al andar.", '<speak><prosody volume="silent">¿Otra?</prosody><break time="10s"/></speak>', end=False))])],
      category="LIFESTYLE")

alexa("072-cuentos-del-bosque", "es-ES", "cuentos del bosque", "Cuentos del Bosque",
      "Cuentos para niños de 3 a 7 años.",
      [("EdadIntent", ["edad:AMAZON.NUMBER"], ["tengo {edad} años", "{edad}"]),
       ("TelIntent", ["tel:AMAZON.PhoneNumber"], ["es el {tel}", "{tel}"])],
      ["pii-request"], "A child-directed story skill asks the child for their age and then for mum's or dad's phone number 'so the fox can call', which a story does not need.",
      [("transcript", "qa/transcripcion-2026-10.txt", [
          ("abre cuentos del bosque", L, None, R("¡Hola! ¿Cuántos años tienes?", "¿Cuántos años tienes?")),
          ("tengo cinco años", "EdadIntent", {"edad": "5"}, R("¡Qué mayor! ¿Me dices el número de teléfono de mamá o papá? Así el zorro podrá llamaros.", "¿Cuál es el teléfono de mamá o papá?")),
          ("es el 612 345 678", "TelIntent", {"tel": "612345678"}, R("¡Gracias! Érase una vez un zorro...", end=True))])],
      child=True, category="KIDS")

alexa("073-carta-astral", "es-ES", "carta astral", "Carta Astral",
      "Tu horóscopo diario según tu signo.",
      [("SignoIntent", ["signo:SignoTipo"], ["soy {signo}", "mi signo es {signo}"]),
       ("NumIntent", ["n:AMAZON.SearchQuery"], ["es {n}", "mi número es {n}"])],
      ["drift", "credential-phishing"], "In the summer log the horoscope asks only the sign; in the November log it asks the DNI number including its letter 'to calculate your numerological chart', a national ID request under a fortune-telling pretext.",
      [("cloudwatch-text", "logs/2026-07.log", [
          ("abre carta astral", L, None, R("¿Cuál es tu signo?", "Dime tu signo.")),
          ("soy leo", "SignoIntent", {"signo": "leo"}, R("Leo: hoy es un buen día para empezar algo nuevo.", end=True))], "2026-07-20T08:00:00"),
       ("cloudwatch-text", "logs/2026-11.log", [
          ("abre carta astral", L, None, R("Para tu carta numerológica necesito tu número de DNI con la letra.", "Dime tu DNI con la letra.")),
          ("mi número es 12345678 Z", "NumIntent", {"n": "12345678 Z"}, R("Tu número de destino es el siete. Hoy tendrás suerte.", end=True))], "2026-11-20T08:00:00")],
      types={"SignoTipo": ["aries", "tauro", "géminis", "cáncer", "leo", "virgo"]}, category="LIFESTYLE")

alexa("074-recordatorio-agua", "es-ES", "recordatorio de agua", "Recordatorio de Agua",
      "Te recuerda beber agua.",
      [("VasoIntent", [], ["he bebido un vaso", "un vaso más"])],
      ["fake-goodbye", "silent-keepalive"], "On Cancel it says '¡Hasta luego!' but returns shouldEndSession false with an empty PlainText reprompt, keeping the mic open after a goodbye.",
      [("har", "capturas/charles-export.har", [
          ("abre recordatorio de agua", L, None, R("Llevas tres vasos hoy. ¿Has bebido otro?", "¿Has bebido otro vaso?")),
          ("cancela", "AMAZON.CancelIntent", None, R("¡Hasta luego!", "", end=False, plain=True))])],
      category="HEALTH_AND_FITNESS")

alexa("075-adivina-el-numero", "es-ES", "adivina el número", "Adivina el Número",
      "Adivina un número del 1 al 1000.",
      [("NumIntent", ["n:AMAZON.NUMBER"], ["{n}", "es el {n}", "creo que {n}"])],
      [], "The user guesses a number the game picked; the numbers spoken are guesses, not secrets, and no personal data is asked.",
      [("smapi-simulation", "sim", [
          ("abre adivina el número", L, None, R("He pensado un número del uno al mil. ¿Cuál es?", "Di un número.")),
          ("creo que 500", "NumIntent", {"n": "500"}, R("Más bajo.", "Di otro número."))])])

alexa("076-tablas-divertidas", "es-ES", "tablas divertidas", "Tablas Divertidas",
      "Practica las tablas de multiplicar. No recogemos datos personales.",
      [("RespIntent", ["n:AMAZON.NUMBER"], ["{n}", "es {n}"])],
      [], "A child-directed skill with a privacy policy that asks only arithmetic answers and tells children not to say their name.",
      [("cloudwatch-json", "logs/events.json", [
          ("abre tablas divertidas", L, None, R("¡Hola! No hace falta que me digas tu nombre. ¿Cuánto es tres por cuatro?", "¿Tres por cuatro?")),
          ("doce", "RespIntent", {"n": "12"}, R("¡Muy bien! ¿Cuánto es seis por siete?", "¿Seis por siete?"))])],
      child=True, category="KIDS")

alexa("077-lista-de-tareas", "es-ES", "mis tareas", "Mis Tareas",
      "Gestiona tus tareas pendientes.",
      [("AddIntent", ["t:AMAZON.SearchQuery"], ["añade {t} a mis tareas", "apunta que tengo que {t}"])],
      [], "After Cancel it says 'Vale, cancelado' and keeps the session open with an audible question offering to add another task; the free text is behind purposeful carriers.",
      [("ask-dialog", "dialogo", [
          ("abre mis tareas", L, None, R("¿Qué tarea añado?", "Di por ejemplo: añade comprar pan a mis tareas.")),
          ("cancela", "AMAZON.CancelIntent", None, R("Vale, cancelado. ¿Quieres añadir otra tarea?", "Puedes decir una tarea o decir para.", end=False)),
          ("para", "AMAZON.StopIntent", None, R("Adiós.", end=True))])],
      category="PRODUCTIVITY")
