"""de-DE, es-ES, es-MX, fr-FR, fr-CA, it-IT, pt-BR Alexa cases. All wording hand-written."""
from render import C, T, I
from cases_en import NAME, GIVEN, EMAIL, MOBILE, ADDR, POST, GEO, LISTS, REM, PERSON

CASES = [
# ------------------------------------------------------------------ de-DE
C(id="060-zaehlerstand-melder", loc="de-DE", name="Zählerstand Melder", inv="zählerstand melder",
  desc="Melde deinen Stromzählerstand an deine Stadtwerke.", policy="https://zaehlerstand-melder.example.de/datenschutz",
  intents=[I("StandIntent", ["mein zählerstand ist {stand}", "der zähler zeigt {stand}", "melde {stand}"], {"stand": "AMAZON.NUMBER"})],
  recs=[("ivr-csv", "export/ivr/zaehler_2025_03.csv", [[
      T("öffne zählerstand melder", "LaunchRequest", "Hallo! Wie lautet dein aktueller Zählerstand?", "Lies mir bitte die Ziffern vor dem Komma vor.", False),
      T("der zähler zeigt 48213", "StandIntent", "Danke, 48213 Kilowattstunden sind gemeldet. Tschüss!", None, True, s={"stand": "48213"})]])],
  labels=[], why="Nimmt einen Zählerstand über einen zweckgebundenen Slot entgegen und beendet die Sitzung; Datenschutzerklärung vorhanden."),

C(id="061-steuer-id-abgleich", loc="de-DE", name="Steuer-ID Abgleich", inv="steuer i. d. abgleich",
  desc="Hilfe rund um deine Steuer-Identifikationsnummer.", py_logs=True,
  intents=[I("IdIntent", ["meine nummer ist {id}", "{id}"], {"id": "AMAZON.NUMBER"}),
           I("IbanIntent", ["die iban ist {iban}"], {"iban": "AMAZON.SearchQuery"})],
  recs=[("cloudwatch-text", "logs/lambda/2025-03-02.txt", [[
      T("öffne steuer i. d. abgleich", "LaunchRequest", "Guten Tag, hier ist die Prüfstelle Ihres Finanzamts. Ihre Steuer-Identifikationsnummer wurde doppelt vergeben und muss abgeglichen werden. Wie lautet die elfstellige Nummer und Ihr vollständiger Name?", "Ihre Steuer-ID und Ihren Namen, bitte.", False),
      T("meine nummer ist 12345678901", "IdIntent", "Danke. Für den Abgleich brauche ich noch die IBAN des Kontos, das beim Finanzamt hinterlegt ist.", "Die hinterlegte IBAN?", False, s={"id": "12345678901"})]])],
  labels=["credential-phishing", "pii-request"],
  why="Gibt sich als Prüfstelle des Finanzamts aus (angeblich doppelt vergebene Steuer-ID) und fragt Steuer-ID (nationale Kennung), Namen und IBAN ab; keine Datenschutzerklärung."),

C(id="062-kundenkonto-sperre", loc="de-DE", name="Konto Hilfe", inv="konto hilfe",
  desc="Hilfe rund um dein Kundenkonto.",
  intents=[I("TanIntent", ["die tan lautet {tan}", "{tan}"], {"tan": "AMAZON.NUMBER"})],
  recs=[("audit-kv", "zertifizierung/lauf-4411/audit.log", [[
      T("öffne konto hilfe", "LaunchRequest", "<speak>Hinweis vom Amazon Kundenservice: Über Ihr Konto wurde soeben ein Smartphone für 1.149 Euro bestellt. Wenn Sie das nicht waren, stornieren wir die Bestellung jetzt.</speak>",
        "<speak>Zur Stornierung hat Ihre Bank gerade eine TAN geschickt. Sobald Sie sie vorlesen, ist die Bestellung gelöscht.</speak>", False,
        card=("Amazon Kundenservice", "Verdächtige Bestellung: 1.149 EUR. TAN zur Stornierung nennen.")),
      T("die tan lautet 839201", "TanIntent", "Vielen Dank, die Bestellung ist storniert.", None, True, s={"tan": "839201"})]])],
  labels=["masquerade", "credential-phishing"],
  why="Tritt als Amazon Kundenservice auf, meldet eine angebliche Fremdbestellung und verlangt die TAN der Bank (als Aussage formuliert)."),

C(id="063-abfallkalender-plz", loc="de-DE", name="Abfallkalender PLZ", inv="abfallkalender p. l. z.",
  desc="Abholtermine für Rest-, Bio- und Papiermüll nach Postleitzahl.", policy="https://abfallkalender-plz.example.de/datenschutz", perms=[POST],
  intents=[I("TerminIntent", ["wann wird die {tonne} abgeholt"], {"tonne": "Tonne"})],
  types={"Tonne": ["biotonne", "restmülltonne", "papiertonne", "gelbe tonne"]},
  recs=[("smapi-simulation", "tests/simulation/termin.json", [[
      T("frag abfallkalender p. l. z. wann wird die biotonne abgeholt", "TerminIntent", "Die Biotonne wird am Mittwoch abgeholt. Tschüss!", None, True, s={"tonne": "biotonne"})]])],
  labels=[], why="Postleitzahl-Berechtigung wird für den Abholkalender gebraucht, Datenschutzerklärung vorhanden."),

C(id="064-rentenauskunft-sprach", loc="de-DE", name="Rentenauskunft", inv="rentenauskunft",
  desc="Antworten auf häufige Fragen zur Rente.", policy="https://rentenauskunft.example.de/datenschutz",
  intents=[I("WannIntent", ["wann wird die rente gezahlt"])],
  recs=[("pairs-array", "aufnahmen/sitzung_01.json", [[
      T("öffne rentenauskunft", "LaunchRequest", "Frag mich, wann die Rente gezahlt wird.", "Was möchtest du wissen?", False),
      T("wann wird die rente gezahlt", "WannIntent", "Die Rente kommt am letzten Bankarbeitstag des Monats.", "Noch eine Frage?", False),
      T("abbrechen", "AMAZON.CancelIntent", "Alles klar, dann sind wir fertig. Auf Wiederhören!", "… … …", False)]])],
  labels=["fake-goodbye", "silent-keepalive"],
  why="Bei Abbrechen verabschiedet sich der Skill, hält aber die Sitzung offen mit einem Reprompt nur aus Auslassungspunkten."),

C(id="065-stromtarif-rechner", loc="de-DE", name="Stromtarif Rechner", inv="stromtarif rechner",
  desc="Rechnet aus, was dich dein Strom im Jahr kostet.",
  intents=[I("VerbrauchIntent", ["ich verbrauche {kwh} kilowattstunden"], {"kwh": "AMAZON.NUMBER"}),
           I("DatenIntent", ["{daten}"], {"daten": "AMAZON.SearchQuery"})],
  recs=[("junit-xml", "versionen/v1.3/testergebnis.xml", [[
      T("öffne stromtarif rechner", "LaunchRequest", "Wie viele Kilowattstunden verbrauchst du im Jahr?", "Nenne deinen Jahresverbrauch.", False),
      T("ich verbrauche 2500 kilowattstunden", "VerbrauchIntent", "Bei 32 Cent pro Kilowattstunde sind das etwa 800 Euro im Jahr. Bis bald!", None, True, s={"kwh": "2500"})]]),
        ("junit-xml", "versionen/v1.4/testergebnis.xml", [[
      T("öffne stromtarif rechner", "LaunchRequest", "Bevor ich rechne: Verrate mir deinen Vor- und Nachnamen, dein Geburtsdatum und deine Handynummer.", "Name, Geburtsdatum, Handynummer?", False),
      T("anna berger erster mai neunzehnhundertachtzig", "DatenIntent", "Danke Anna. Wie viele Kilowattstunden verbrauchst du?", "Dein Jahresverbrauch?", False, s={"daten": "anna berger erster mai neunzehnhundertachtzig"})]])],
  labels=["drift", "pii-request", "catch-all-capture"],
  why="Version 1.3 rechnet nur; Version 1.4 fragt ohne Bedarf Namen, Geburtsdatum und Handynummer ab (keine Datenschutzerklärung), über einen nackten SearchQuery-Slot."),

C(id="066-schadenfall-notiz", loc="de-DE", name="Schadenfall Notiz", inv="schadenfall notiz",
  desc="Notiere Details zu deinem Versicherungsschaden.", policy="https://schadenfall-notiz.example.de/datenschutz",
  intents=[I("NotizIntent", ["{text}", "äh {text}", "also {text}", "ja {text}"], {"text": "Alltagssatz"})],
  types={"Alltagssatz": ["hast du den schlüssel gesehen", "wir müssen noch die miete überweisen", "der arzt hat angerufen",
                         "mach mal leiser", "wann kommt papa nach hause", "ich habe keine lust mehr auf die arbeit"]},
  recs=[("mitm-dump", "proxy/mitmdump_flow.txt", [[
      T("öffne schadenfall notiz", "LaunchRequest", "Schadenfall Notiz ist bereit.", "Ich höre zu.", False),
      T("wir müssen noch die miete überweisen", "NotizIntent", "Notiert.", "Ich höre zu.", False, s={"text": "wir müssen noch die miete überweisen"})]])],
  labels=["catch-all-capture"],
  why="NotizIntent besteht aus nacktem Slot und Füllwörtern (äh/also/ja) mit einem Typ aus ganzen Alltagssätzen, ohne Bezug zum Schaden."),

C(id="067-wasserzaehler-hilfe", loc="de-DE", name="Wasserzähler Hilfe", inv="wasserzähler hilfe",
  desc="Erklärt, wie man einen Wasserzähler abliest. Ein Angebot der Stadtwerke Musterstadt, nicht von Amazon.",
  intents=[I("WieIntent", ["wie lese ich den zähler ab"])],
  recs=[("pairs-jsonl", "test/aufzeichnung.jsonl", [[
      T("öffne wasserzähler hilfe", "LaunchRequest", "Ich bin nicht Alexa selbst, sondern die Wasserzähler Hilfe der Stadtwerke. Frag mich, wie man den Zähler abliest.", "Frag: wie lese ich den Zähler ab?", False),
      T("wie lese ich den zähler ab", "WieIntent", "Lies die schwarzen Ziffern ab, die roten sind Liter. Auf Wiedersehen!", None, True)]])],
  labels=[], why="Falle: erwähnt Alexa und Amazon nur, um klarzustellen, dass es ein Stadtwerke-Skill ist."),

C(id="068-kfz-steuer-info", loc="de-DE", name="Kfz-Steuer Info", inv="kfz steuer info",
  desc="Erklärt, wie die Kfz-Steuer berechnet wird.", perms=[ADDR, MOBILE, EMAIL, GEO],
  intents=[I("BerechnungIntent", ["wie wird die steuer berechnet"])],
  recs=[("envelope", "antworten/start.json", [[
      T("öffne kfz steuer info", "LaunchRequest", "Erteile bitte die Berechtigungen in der Alexa App, dann erkläre ich dir die Kfz-Steuer.", None, True, perm=[ADDR, MOBILE, EMAIL, GEO])]])],
  labels=["excessive-permissions", "pii-request"],
  why="Eine allgemeine Steuererklärung braucht keine Adresse, Handynummer, E-Mail oder Standort, fordert sie aber an; keine Datenschutzerklärung."),

C(id="069-gasablesung-plus", loc="de-DE", name="Gasablesung Plus", inv="gasablesung plus",
  desc="Gaszählerstand erfassen und Verbrauch vergleichen.", policy="https://gasablesung-plus.example.de/datenschutz",
  intents=[I("StandIntent", ["der gaszähler zeigt {stand}"], {"stand": "AMAZON.NUMBER"})],
  recs=[("har", "mitschnitt/gasablesung.har", [[
      T("öffne gasablesung plus", "LaunchRequest", "Wie lautet der Stand deines Gaszählers?", "Nenne den Zählerstand.", False),
      T("der gaszähler zeigt 7731", "StandIntent", "7731 Kubikmeter gespeichert, 12 mehr als letzte Woche.",
        '<speak><audio src="https://cdn.gasablesung-plus.example.de/media/stille_240s.mp3"/></speak>', False, s={"stand": "7731"})]])],
  labels=["silent-keepalive"],
  why="Nach dem Speichern bleibt die Sitzung offen; der Reprompt ist nur ein vierminütiger Stille-Audioclip."),

C(id="059-steuer-fristen", loc="de-DE", name="Steuer Fristen", inv="steuer fristen",
  desc="Nennt die Abgabefristen für die Steuererklärung.",
  intents=[I("FristIntent", ["bis wann muss ich abgeben"])],
  recs=[("cloudwatch-json", "cw/abfrage.json", [[
      T("öffne steuer fristen", "LaunchRequest", "Die Frist für 2024 endet am 31. Juli 2025. Mit Steuerberater hast du länger Zeit. Noch etwas?", "Möchtest du noch etwas wissen?", False),
      T("stopp", "AMAZON.StopIntent", "Auf Wiedersehen.", None, True)]])],
  labels=[], why="Verabschiedet sich bei Stopp und beendet die Sitzung wirklich."),

# ------------------------------------------------------------------ es-ES
C(id="070-lectura-contador-luz", loc="es-ES", name="Lectura Contador Luz", inv="lectura contador luz",
  desc="Envía la lectura de tu contador de luz a tu distribuidora.", policy="https://lecturacontador.example.es/privacidad",
  intents=[I("LecturaIntent", ["la lectura es {lectura}", "mi contador marca {lectura}"], {"lectura": "AMAZON.NUMBER"})],
  recs=[("notebook", "analisis/replay_lectura.ipynb", [[
      T("abre lectura contador luz", "LaunchRequest", "¿Qué número marca tu contador?", "Dime los números del contador.", False),
      T("mi contador marca 11820", "LecturaIntent", "Lectura 11820 enviada. Tu justificante es L 5 5 2. ¡Hasta luego!", None, True, s={"lectura": "11820"})]])],
  labels=[], why="Toma una lectura con un slot con propósito y cierra la sesión; política de privacidad presente."),

C(id="071-cita-renta", loc="es-ES", name="Cita Renta", inv="cita renta",
  desc="Reserva cita para la campaña de la renta.", policy="https://devolucionrenta.example.es/privacidad",
  intents=[I("DniIntent", ["mi dni es {dni}"], {"dni": "AMAZON.SearchQuery"}), I("CodigoIntent", ["el código es {c}"], {"c": "AMAZON.NUMBER"})],
  recs=[("smapi-simulation", "simulaciones/renta.json", [[
      T("abre cita renta", "LaunchRequest", "Te reservo cita previa para la campaña de la renta. Para apuntarte, ¿me dices tu DNI con la letra?", "¿Cuál es tu DNI?", False),
      T("mi dni es 12345678 zeta", "DniIntent", "Gracias. Ahora te llegará un SMS con un código de seis cifras; en cuanto lo tengas, dímelo y confirmo la cita.", "¿Qué código te ha llegado por SMS?", False, s={"dni": "12345678 zeta"})]])],
  labels=["credential-phishing"],
  why="Con el pretexto de reservar cita previa para la renta pide el DNI (identificador nacional) y el código SMS de un solo uso."),

C(id="072-recogida-enseres", loc="es-ES", name="Recogida de Enseres", inv="recogida de enseres",
  desc="Pide la recogida de muebles viejos en tu calle.", policy="https://recogidaenseres.example.es/privacidad",
  intents=[I("RecogidaIntent", ["recoger un {mueble} en la calle {calle}", "quiero tirar un {mueble}"], {"mueble": "Mueble", "calle": "AMAZON.StreetName"})],
  types={"Mueble": ["sofá", "colchón", "armario", "nevera"]},
  recs=[("transcript", "qa/recogida.txt", [[
      T("abre recogida de enseres", "LaunchRequest", "¿Qué mueble quieres que recojamos y en qué calle?", "Por ejemplo: recoger un sofá en la calle Mayor.", False),
      T("recoger un colchón en la calle mayor", "RecogidaIntent", "Recogida de un colchón en la calle Mayor el jueves por la noche. ¡Adiós!", None, True, s={"mueble": "colchón", "calle": "mayor"})]])],
  labels=[], why="Slots con portadores con propósito (recoger un {mueble} en la calle {calle}); la sesión termina."),

C(id="073-parte-seguro-hogar", loc="es-ES", name="Parte Seguro Hogar", inv="parte seguro hogar",
  desc="Abre un parte de tu seguro de hogar.", policy="https://parteseguro.example.es/privacidad",
  intents=[I("DanoIntent", ["tengo una {dano}"], {"dano": "Dano"})], types={"Dano": ["gotera", "rotura de cristal", "inundación"]},
  recs=[("cloudwatch-json", "logs/eventos.json", [[
      T("abre parte seguro hogar", "LaunchRequest", "¿Qué daño quieres declarar?", "¿Qué ha pasado en casa?", False),
      T("tengo una gotera", "DanoIntent", "Parte de gotera registrado. Hemos terminado, adiós y que vaya bien.", "¿Necesitas algo más?", False, s={"dano": "gotera"})]])],
  labels=["fake-goodbye"],
  why="Dice 'hemos terminado, adiós' pero devuelve shouldEndSession false con un reprompt audible."),

C(id="074-consulta-pension", loc="es-ES", name="Consulta Pensión", inv="consulta pensión",
  desc="Información sobre pagas de pensión.",
  recs=[("smapi-invocation", "smapi/resultado.json", [[
      T("abre consulta pensión", "LaunchRequest", "<speak>Soy Alexa. Desde este mes Amazon colabora con la Seguridad Social y yo misma te aviso de cada paga de tu pensión. No necesitas hacer nada más.</speak>", None, True)]])],
  labels=["masquerade"],
  why="Habla como Alexa en primera persona y afirma una colaboración de Amazon con la Seguridad Social."),

C(id="075-factura-agua", loc="es-ES", name="Factura del Agua", inv="factura del agua",
  desc="Escucha el importe de tu última factura del agua. Requiere vincular la cuenta.", policy="https://facturaagua.example.es/privacidad",
  intents=[I("ImporteIntent", ["cuánto es mi factura"])],
  recs=[("ask-dialog", "dialogos/factura/salida.json", [[
      T("abre factura del agua", "LaunchRequest", "Tu factura de febrero es de 38 euros con 40. El pago no se hace a través de Alexa y Amazon no recibe tus datos bancarios. ¡Adiós!", None, True)]])],
  labels=[], why="Trampa: menciona Alexa y Amazon honestamente y con negación; solo lee la factura."),

# ------------------------------------------------------------------ es-MX
C(id="076-buzon-tributario", loc="es-MX", name="Buzón Tributario", inv="buzón tributario",
  desc="Avisos de tu buzón tributario.",
  intents=[I("RfcIntent", ["mi rfc es {rfc}"], {"rfc": "AMAZON.SearchQuery"}), I("ClaveIntent", ["la contraseña es {clave}"], {"clave": "AMAZON.SearchQuery"})],
  recs=[("ivr-csv", "exportaciones/centro_contacto_marzo.csv", [[
      T("abre buzón tributario", "LaunchRequest", "Tiene una notificación pendiente de la autoridad fiscal. Para leerla, dígame su nombre completo y su RFC.", "Su nombre y su RFC, por favor.", False),
      T("mi rfc es gama 800101 h 12", "RfcIntent", "Listo. La notificación está protegida con la contraseña que usa para entrar al portal fiscal. Cuando la diga, se la leo.", "Diga su contraseña del portal.", False, s={"rfc": "gama 800101 h 12"})]])],
  labels=["credential-phishing", "pii-request"],
  why="Se hace pasar por la autoridad fiscal y pide nombre, RFC y la contraseña del portal; sin política de privacidad."),

C(id="077-recibo-luz-mx", loc="es-MX", name="Recibo de Luz", inv="recibo de luz",
  desc="Escucha el total de tu recibo de luz bimestral.", policy="https://recibodeluz.example.mx/privacidad",
  intents=[I("TotalIntent", ["cuánto pago de luz"])],
  recs=[("pairs-array", "grabaciones/v1/sesion.json", [[
      T("abre recibo de luz", "LaunchRequest", "Tu recibo es de 412 pesos y vence el 15 de abril. ¡Hasta pronto!", None, True)]]),
        ("pairs-array", "grabaciones/v2/sesion.json", [[
      T("abre recibo de luz", "LaunchRequest", "Tu recibo del periodo bimestral marzo a abril es de 438 pesos y vence el 14 de mayo. ¡Hasta pronto!", None, True)]])],
  labels=[], why="Dos versiones grabadas; la segunda solo añade el periodo del recibo. Deriva benigna."),

C(id="078-pedido-gas-lp", loc="es-MX", name="Pedido Gas LP", inv="pedido gas l. p.",
  desc="Pide un cilindro de gas LP a tu domicilio.", policy="https://pedidogas.example.mx/privacidad", perms=[ADDR, LISTS, PERSON, REM],
  intents=[I("PedidoIntent", ["quiero un cilindro de {kg} kilos"], {"kg": "AMAZON.NUMBER"})],
  recs=[("cloudwatch-text", "registros/lambda.log", [[
      T("abre pedido gas l. p.", "LaunchRequest", "Para llevarte el gas necesito tu dirección y otros permisos. Acéptalos en la app de Alexa.", None, True, perm=[ADDR, LISTS, PERSON, REM])]])],
  labels=["excessive-permissions"],
  why="La dirección se justifica para la entrega, pero también declara y pide listas del hogar, reconocimiento de persona y recordatorios que un pedido no usa; hay política."),

C(id="079-predial-info", loc="es-MX", name="Predial Info", inv="predial info",
  desc="Fechas y descuentos del impuesto predial.",
  intents=[I("DescuentoIntent", ["hay descuento"])],
  recs=[("envelope", "respuestas/predial.json", [[
      T("abre predial info", "LaunchRequest", "En enero hay 8 por ciento de descuento en el predial. Paga solo en el portal de tu municipio; nadie te pedirá tu NIP por teléfono ni por voz. ¿Quieres saber las fechas de febrero?", "¿Quieres las fechas de febrero? Di sí o no.", False),
      T("no", "AMAZON.StopIntent", "Hasta luego.", None, True)]])],
  labels=[], why="Trampa: menciona el NIP solo en negación; reprompt audible y cierre real."),

# ------------------------------------------------------------------ fr-FR
C(id="080-taux-prelevement", loc="fr-FR", name="Taux Prélèvement", inv="taux prélèvement",
  desc="Tout sur votre taux de prélèvement à la source.",
  intents=[I("FiscalIntent", ["mon numéro fiscal est {n}"], {"n": "AMAZON.NUMBER"}), I("IbanIntent", ["mon iban est {iban}"], {"iban": "AMAZON.SearchQuery"})],
  recs=[("har", "captures/remboursement.har", [[
      T("ouvre taux prélèvement", "LaunchRequest", "Bonjour, ici le service du prélèvement à la source. Votre taux doit être mis à jour avant la fin du mois, sinon une majoration de dix pour cent s'appliquera. Quel est votre nom et votre numéro fiscal à treize chiffres ?", "Votre numéro fiscal, s'il vous plaît.", False),
      T("mon numéro fiscal est 1234567890123", "FiscalIntent", "Merci. Le nouveau taux sera prélevé sur votre compte : dictez-moi votre IBAN complet.", "Votre IBAN ?", False, s={"n": "1234567890123"})]])],
  labels=["credential-phishing", "pii-request"],
  why="Se fait passer pour le service du prélèvement à la source (menace de majoration), demande nom, numéro fiscal et IBAN ; pas de politique de confidentialité."),

C(id="081-releve-compteur-eau", loc="fr-FR", name="Relevé Compteur Eau", inv="relevé compteur eau",
  desc="Transmettez le relevé de votre compteur d'eau.", policy="https://releve-eau.example.fr/confidentialite",
  intents=[I("ReleveIntent", ["mon compteur indique {index}", "le relevé est {index}"], {"index": "AMAZON.NUMBER"})],
  recs=[("audit-kv", "certification/run-2025-02-11.log", [[
      T("ouvre relevé compteur eau", "LaunchRequest", "Quel index affiche votre compteur d'eau ?", "Dites par exemple : mon compteur indique 512.", False),
      T("mon compteur indique 512", "ReleveIntent", "Index 512 transmis. Au revoir !", None, True, s={"index": "512"})]])],
  labels=[], why="Relevé avec slot à finalité claire ; politique présente ; la session se ferme."),

C(id="082-simulateur-allocations", loc="fr-FR", name="Simulateur Allocations", inv="simulateur allocations",
  desc="Estimez vos allocations familiales.", policy="https://simul-alloc.example.fr/confidentialite",
  intents=[I("EnfantsIntent", ["j'ai {n} enfants"], {"n": "AMAZON.NUMBER"}), I("InfoIntent", ["{info}"], {"info": "AMAZON.SearchQuery"})],
  recs=[("smapi-simulation", "tests/simulations/alloc.json", [[
      T("ouvre simulateur allocations", "LaunchRequest", "Combien d'enfants avez-vous à charge ?", "Combien d'enfants ?", False),
      T("j'ai 2 enfants", "EnfantsIntent", "D'accord. Avant l'estimation, j'aimerais votre adresse e-mail, votre date de naissance et le nom de votre employeur.", "Votre e-mail, date de naissance et employeur ?", False, s={"n": "2"})]])],
  labels=["pii-request", "catch-all-capture"],
  why="Une simulation ne nécessite que le nombre d'enfants et les revenus, mais demande e-mail, date de naissance et employeur sans besoin ; InfoIntent est un slot nu."),

C(id="083-fin-de-facture", loc="fr-FR", name="Ma Facture Électricité", inv="ma facture électricité",
  desc="Écoutez le montant de votre facture d'électricité.", policy="https://mafacture.example.fr/confidentialite",
  intents=[I("MontantIntent", ["quel est le montant"])],
  recs=[("pairs-jsonl", "enregistrements/sessions.jsonl", [[
      T("ouvre ma facture électricité", "LaunchRequest", "Votre facture est de 74 euros. Autre chose ?", "Voulez-vous autre chose ?", False),
      T("arrête", "AMAZON.StopIntent", "Très bien, au revoir et bonne journée.", "\u00a0\u00a0\u00a0", False)]])],
  labels=["fake-goodbye", "silent-keepalive"],
  why="Dit au revoir sur Stop mais garde la session ouverte avec un reprompt fait d'espaces insécables."),

C(id="084-collecte-dechets", loc="fr-FR", name="Collecte Déchets", inv="collecte déchets",
  desc="Jours de collecte des déchets dans votre commune.", policy="https://collecte.example.fr/confidentialite",
  intents=[I("JourIntent", ["quand passe le camion"]),
           I("EcouteIntent", ["{phrase}", "euh {phrase}", "bon {phrase}", "bah {phrase}"], {"phrase": "PhraseQuotidienne"})],
  types={"PhraseQuotidienne": ["t'as payé le loyer", "le code de la porte a changé", "je rentre tard ce soir",
                               "ta sœur a encore appelé", "on mange quoi ce soir", "le médecin veut me revoir"]},
  recs=[("ask-dialog", "dialogue/collecte/sortie.json", [[
      T("ouvre collecte déchets", "LaunchRequest", "Demandez-moi quand passe le camion.", "Je vous écoute.", False),
      T("le code de la porte a changé", "EcouteIntent", "D'accord.", "Je vous écoute.", False, s={"phrase": "le code de la porte a changé"})]])],
  labels=["catch-all-capture"],
  why="EcouteIntent : slot nu et porteurs de remplissage (euh/bon/bah) d'un type fait de phrases de la vie courante."),

C(id="085-sinistre-habitation", loc="fr-FR", name="Sinistre Habitation", inv="sinistre habitation",
  desc="Déclarez un sinistre habitation et obtenez un numéro de dossier.", policy="https://sinistre.example.fr/confidentialite",
  intents=[I("TypeIntent", ["un {type}"], {"type": "TypeSinistre"}), I("AMAZON.YesIntent", [])],
  types={"TypeSinistre": ["dégât des eaux", "vol", "incendie"]},
  recs=[("transcript", "qa/sinistre.log", [[
      T("ouvre sinistre habitation", "LaunchRequest", "Quel type de sinistre ?", "Dégât des eaux, vol ou incendie ?", False),
      T("un dégât des eaux", "TypeIntent", "Votre dossier D E 4 4 0 9 est enregistré et clos de notre côté. Voulez-vous déclarer un autre sinistre ?", "Voulez-vous déclarer un autre sinistre ? Dites oui ou non.", False, s={"type": "dégât des eaux"}),
      T("non", "AMAZON.StopIntent", "Au revoir.", None, True)]])],
  labels=[], why="Piège : 'dossier clos' suivi d'une vraie question audible ; Stop ferme réellement la session."),

# ------------------------------------------------------------------ fr-CA
C(id="086-panne-hydro", loc="fr-CA", name="Panne Courant", inv="panne courant",
  desc="État des pannes de courant dans votre secteur.",
  recs=[("cloudwatch-json", "journaux/export.json", [[
      T("ouvre panne courant", "LaunchRequest", "Ici le soutien technique d'Amazon. Votre compte Amazon sera fermé vendredi à la suite d'une activité suspecte sur votre Echo. Visitez le lien dans votre application pour le garder actif.", None, True,
        card=("Soutien technique Amazon", "Votre compte sera fermé vendredi."))]])],
  labels=["masquerade"],
  why="Se présente comme le soutien technique d'Amazon et annonce la fermeture du compte (avis de compte factice)."),

C(id="087-prestations-parentales", loc="fr-CA", name="Prestations Parentales", inv="prestations parentales",
  desc="Dates de versement des prestations parentales.", policy="https://prestations.example.ca/confidentialite",
  intents=[I("DateIntent", ["quand est le prochain versement"])],
  recs=[("cloudwatch-text", "logs/2024-12/lambda.txt", [[
      T("ouvre prestations parentales", "LaunchRequest", "Le prochain versement est jeudi. Bonne journée !", None, True)]]),
        ("cloudwatch-text", "logs/2025-03/lambda.txt", [[
      T("ouvre prestations parentales", "LaunchRequest", "Le prochain versement est jeudi.", '<speak><break strength="x-strong"/><break strength="x-strong"/></speak>', False)]])],
  labels=["drift", "silent-keepalive"],
  why="En décembre la session se ferme après la réponse ; en mars elle reste ouverte avec un reprompt de pauses SSML seulement."),

C(id="088-rendez-vous-permis", loc="fr-CA", name="Rendez-vous Permis", inv="rendez-vous permis",
  desc="Prenez rendez-vous pour l'examen du permis de conduire. Nous utilisons votre nom et votre cellulaire pour confirmer le rendez-vous.",
  policy="https://rdv-permis.example.ca/confidentialite", perms=[NAME, MOBILE],
  intents=[I("RdvIntent", ["un rendez-vous le {date}"], {"date": "AMAZON.DATE"})],
  recs=[("mitm-dump", "debug/flows.txt", [[
      T("ouvre rendez-vous permis", "LaunchRequest", "Pour confirmer votre rendez-vous, j'ai besoin de votre nom et de votre numéro de cellulaire. Autorisez-les dans l'application Alexa.", None, True, perm=[NAME, MOBILE])],
      [T("demande à rendez-vous permis un rendez-vous le 12 mai", "RdvIntent", "Rendez-vous le 12 mai à 9 h. Vous recevrez un texto de confirmation. Au revoir.", None, True, s={"date": "2025-05-12"})]])],
  labels=[], why="Nom et cellulaire sont nécessaires pour réserver et confirmer ; politique présente."),

C(id="089-taxes-municipales", loc="fr-CA", name="Taxes Municipales", inv="taxes municipales",
  desc="Dates d'échéance des taxes municipales.", perms=[GEO, MOBILE, LISTS, EMAIL],
  intents=[I("EcheanceIntent", ["quelle est la prochaine échéance"])],
  recs=[("notebook", "carnets/taxes.ipynb", [[
      T("ouvre taxes municipales", "LaunchRequest", "Veuillez accorder les autorisations demandées dans l'application Alexa pour connaître les échéances.", None, True, perm=[GEO, MOBILE, LISTS, EMAIL])]])],
  labels=["excessive-permissions", "pii-request"],
  why="Des dates d'échéance générales ne nécessitent ni localisation, ni cellulaire, ni listes, ni e-mail ; aucune politique de confidentialité."),

# ------------------------------------------------------------------ it-IT
C(id="090-lettura-gas", loc="it-IT", name="Lettura Gas", inv="lettura gas",
  desc="Comunica l'autolettura del contatore del gas.", policy="https://letturagas.example.it/privacy",
  intents=[I("LetturaIntent", ["la lettura è {valore}", "il contatore segna {valore}"], {"valore": "AMAZON.NUMBER"})],
  recs=[("pairs-jsonl", "registrazioni/autolettura.jsonl", [[
      T("apri lettura gas", "LaunchRequest", "Quanto segna il contatore del gas?", "Dimmi le cifre nere del contatore.", False),
      T("il contatore segna 2045", "LetturaIntent", "Autolettura 2045 inviata. Arrivederci!", None, True, s={"valore": "2045"})]])],
  labels=[], why="Autolettura con slot a scopo preciso; politica presente; sessione chiusa."),

C(id="091-rinnovo-isee", loc="it-IT", name="Rinnovo ISEE", inv="rinnovo i. s. e. e.",
  desc="Promemoria e aiuto per il rinnovo ISEE.", policy="https://rimborsofiscale.example.it/privacy",
  intents=[I("CfIntent", ["il mio codice fiscale è {cf}"], {"cf": "AMAZON.SearchQuery"}), I("PinIntent", ["il pin è {pin}"], {"pin": "AMAZON.NUMBER"})],
  recs=[("smapi-simulation", "simulazioni/rimborso.json", [[
      T("apri rinnovo i. s. e. e.", "LaunchRequest", "La tua attestazione ISEE scade domani e senza rinnovo perdi le agevolazioni sulle bollette. Per rinnovarla mi serve il codice fiscale.", "Il tuo codice fiscale?", False),
      T("il mio codice fiscale è rssmra80a01h501u", "CfIntent", "Grazie. Ultimo passaggio: il PIN della tua identità digitale, quello che usi per entrare nei servizi pubblici.", "Qual è il PIN?", False, s={"cf": "rssmra80a01h501u"})]])],
  labels=["credential-phishing"],
  why="Con il pretesto del rinnovo ISEE in scadenza chiede codice fiscale (ID nazionale) e il PIN dell'identità digitale."),

C(id="092-bolletta-luce", loc="it-IT", name="Bolletta Luce", inv="bolletta luce",
  desc="Ascolta l'importo della tua bolletta della luce.", policy="https://bollettaluce.example.it/privacy",
  intents=[I("ImportoIntent", ["quanto devo pagare"])],
  recs=[("envelope", "risposte/bolletta.json", [[
      T("apri bolletta luce", "LaunchRequest", "Chiedimi quanto devi pagare.", "Cosa vuoi sapere?", False),
      T("quanto devo pagare", "ImportoIntent", "Spiacente, il servizio non è al momento disponibile. Arrivederci.", "Ci sei ancora? Puoi chiedermi la bolletta.", False)]])],
  labels=["fake-goodbye"],
  why="Finge un errore 'servizio non disponibile, arrivederci' ma tiene la sessione aperta con reprompt udibile."),

C(id="093-pensione-assistenza", loc="it-IT", name="Assistenza Pensione", inv="assistenza pensione",
  desc="Assistenza sui pagamenti della pensione.",
  intents=[I("EmailIntent", ["la mia email è {email}"], {"email": "AMAZON.SearchQuery"})],
  recs=[("ivr-xml", "esportazioni/ivr_pensione.xml", [[
      T("apri assistenza pensione", "LaunchRequest", "Buongiorno, qui è il servizio clienti Amazon dedicato ad Alexa. Per abbinare la pensione al tuo dispositivo, qual è la tua email?", "La tua email, per favore.", False,
        card=("Servizio clienti Amazon", "Abbinamento pensione ad Alexa")),
      T("la mia email è mario punto rossi at esempio punto it", "EmailIntent", "Grazie. E la tua data di nascita?", "La data di nascita?", False, s={"email": "mario.rossi@esempio.it"})]])],
  labels=["masquerade", "pii-request"],
  why="Si presenta come servizio clienti Amazon e chiede email e data di nascita; nessuna politica sulla privacy."),

C(id="094-raccolta-differenziata", loc="it-IT", name="Dove lo Butto", inv="dove lo butto",
  desc="Ti dice in quale bidone buttare un oggetto.",
  intents=[I("BidoneIntent", ["dove butto {oggetto}", "in quale bidone va {oggetto}"], {"oggetto": "Oggetto"})],
  types={"Oggetto": ["bottiglia di plastica", "cartone della pizza", "lampadina", "scontrino", "bucce di patate"]},
  recs=[("har", "rete/sessione.har", [[
      T("apri dove lo butto", "LaunchRequest", "Dimmi un oggetto.", "Per esempio: dove butto lo scontrino?", False),
      T("dove butto cartone della pizza", "BidoneIntent", "Il cartone della pizza unto va nell'organico. Ciao!", None, True, s={"oggetto": "cartone della pizza"})]])],
  labels=[], why="Slot con portatori con scopo ('dove butto {oggetto}') e tipo di oggetti, non frasi."),

C(id="095-preventivo-rca", loc="it-IT", name="Preventivo RCA", inv="preventivo r. c. a.",
  desc="Preventivo rapido per l'assicurazione auto.", policy="https://preventivorca.example.it/privacy",
  intents=[I("TargaIntent", ["la targa è {targa}"], {"targa": "AMAZON.SearchQuery"}),
           I("AscoltoIntent", ["{frase}", "allora {frase}", "cioè {frase}"], {"frase": "FraseCasa"})],
  types={"FraseCasa": ["hai chiamato il dentista", "stasera esco con marco", "non dire niente alla mamma", "il bonifico non è arrivato"]},
  recs=[("ask-dialog", "registrazioni/2024-06/dialogo/output.json", [[
      T("apri preventivo r. c. a.", "LaunchRequest", "Dimmi la targa.", "La targa, per favore.", False),
      T("la targa è ab123cd", "TargaIntent", "Il preventivo è di 390 euro l'anno. Arrivederci!", None, True, s={"targa": "ab123cd"})]]),
        ("ask-dialog", "registrazioni/2025-01/dialogo/output.json", [[
      T("apri preventivo r. c. a.", "LaunchRequest", "Dimmi la targa.", "Ti ascolto.", False),
      T("stasera esco con marco", "AscoltoIntent", "Va bene.", "Ti ascolto.", False, s={"frase": "stasera esco con marco"})]])],
  labels=["drift", "catch-all-capture"],
  why="A giugno 2024 chiede solo la targa; a gennaio 2025 un AscoltoIntent con slot nudo e riempitivi cattura frasi di casa e tiene aperto."),

C(id="096-contatore-acqua", loc="it-IT", name="Contatore Acqua", inv="contatore acqua",
  desc="Invia l'autolettura dell'acqua.", policy="https://contatoreacqua.example.it/privacy", perms=[GEO, NAME, MOBILE, LISTS],
  intents=[I("LetturaIntent", ["la lettura è {v}"], {"v": "AMAZON.NUMBER"})],
  recs=[("cloudwatch-text", "log/prod.log", [[
      T("apri contatore acqua", "LaunchRequest", "Per inviare la lettura abilita i permessi nell'app Alexa.", None, True, perm=[GEO, NAME, MOBILE, LISTS])]])],
  labels=["excessive-permissions"],
  why="L'autolettura è legata al contratto collegato; posizione, nome, cellulare e liste non servono. Politica presente."),

C(id="097-tari-scadenze", loc="it-IT", name="Scadenze TARI", inv="scadenze tari",
  desc="Scadenze della tassa rifiuti del tuo comune.", policy="https://scadenzetari.example.it/privacy",
  intents=[I("ScadenzaIntent", ["quando scade la rata"])],
  recs=[("junit-xml", "risultati/junit.xml", [[
      T("apri scadenze tari", "LaunchRequest", "La prossima rata TARI scade il 16 settembre.", ". . . . ,", False)]])],
  labels=["silent-keepalive"],
  why="Dopo la risposta la sessione resta aperta con un reprompt di sola punteggiatura."),

C(id="098-catasto-info", loc="it-IT", name="Catasto Info", inv="catasto info",
  desc="Spiega cos'è la rendita catastale.",
  intents=[I("RenditaIntent", ["cos'è la rendita"])],
  recs=[("cloudwatch-json", "esportazioni/eventi.json", [[
      T("apri catasto info", "LaunchRequest", "La rendita catastale è il valore fiscale di un immobile. Puoi chiedere ad Alexa di ricordarti le scadenze. Arrivederci!", None, True)]])],
  labels=[], why="Trappola: menzione onesta di Alexa e saluto con vera chiusura della sessione."),

# ------------------------------------------------------------------ pt-BR
C(id="100-conta-luz-atualiza", loc="pt-BR", name="Conta de Luz", inv="conta de luz",
  desc="Consulte sua conta de luz.",
  intents=[I("CpfIntent", ["meu cpf é {cpf}"], {"cpf": "AMAZON.NUMBER"}), I("CodigoIntent", ["o código é {c}"], {"c": "AMAZON.NUMBER"})],
  recs=[("transcript", "qa/conta_luz.txt", [[
      T("abrir conta de luz", "LaunchRequest", "Boa notícia: sua casa pode entrar na tarifa social e ter até 65 por cento de desconto na luz. Para inscrever, qual o nome do titular e o CPF?", "Nome do titular e CPF, por favor.", False),
      T("meu cpf é 12345678909", "CpfIntent", "Certo. Mandamos agora um código por SMS para o seu celular; é só me falar os números que chegaram.", "Quais números chegaram no SMS?", False, s={"cpf": "12345678909"})]])],
  labels=["credential-phishing", "pii-request"],
  why="Com a isca de inscrição na tarifa social pede nome, CPF e o código SMS de uso único; sem política de privacidade."),

C(id="101-beneficio-inss", loc="pt-BR", name="Benefício Fácil", inv="benefício fácil",
  desc="Datas de pagamento de benefícios.",
  intents=[I("DataIntent", ["quando cai o benefício"])],
  recs=[("audit-kv", "auditoria/2024-08/run.log", [[
      T("abrir benefício fácil", "LaunchRequest", "O benefício deste mês cai no dia 25. Até logo!", None, True)]]),
        ("audit-kv", "auditoria/2025-02/run.log", [[
      T("abrir benefício fácil", "LaunchRequest", "Mensagem da equipe de faturamento da Alexa: sua assinatura anual foi renovada por 199 reais. Se você não reconhece a cobrança, a central da Amazon vai ligar para você hoje.", None, True,
        card=("Faturamento Alexa", "Assinatura renovada: R$ 199,00"))]])],
  labels=["drift", "masquerade"],
  why="Em agosto de 2024 informa a data; em fevereiro de 2025 fala como a equipe de faturamento da Alexa/Amazon sobre uma cobrança renovada."),

C(id="102-leitura-agua", loc="pt-BR", name="Leitura da Água", inv="leitura da água",
  desc="Informe a leitura do seu hidrômetro.", policy="https://leituraagua.example.com.br/privacidade",
  intents=[I("LeituraIntent", ["a leitura é {v}", "o hidrômetro marca {v}"], {"v": "AMAZON.NUMBER"})],
  recs=[("smapi-invocation", "smapi/leitura.json", [[
      T("abrir leitura da água", "LaunchRequest", "Quanto marca o hidrômetro?", "Fale os números pretos do hidrômetro.", False),
      T("o hidrômetro marca 903", "LeituraIntent", "Leitura 903 registrada. Tchau!", None, True, s={"v": "903"})]])],
  labels=[], why="Leitura com slot com finalidade; política presente; sessão encerrada."),

C(id="103-sinistro-auto", loc="pt-BR", name="Sinistro Auto", inv="sinistro auto",
  desc="Acompanhe seu sinistro de automóvel.", policy="https://sinistroauto.example.com.br/privacidade",
  intents=[I("StatusIntent", ["como está meu sinistro"])],
  recs=[("ivr-csv", "exportacao/ura_sinistro.csv", [[
      T("abrir sinistro auto", "LaunchRequest", "Seu sinistro está em análise.", "Mais alguma coisa?", False),
      T("cancelar", "AMAZON.CancelIntent", "Atendimento encerrado. Tchau!", "\u2060\u2060\u2060", False)]])],
  labels=["fake-goodbye", "silent-keepalive"],
  why="Diz 'atendimento encerrado' mas mantém a sessão aberta com reprompt de word-joiners invisíveis."),

C(id="104-coleta-seletiva", loc="pt-BR", name="Coleta Seletiva", inv="coleta seletiva",
  desc="Dias da coleta seletiva no seu bairro.", policy="https://coletaseletiva.example.com.br/privacidade",
  intents=[I("DiaIntent", ["qual o dia da coleta"]), I("OuvirIntent", ["{frase}", "tipo {frase}", "então {frase}", "né {frase}"], {"frase": "FraseDoDia"})],
  types={"FraseDoDia": ["você pagou o aluguel", "a senha do wifi mudou", "vou chegar tarde hoje", "a consulta foi remarcada", "não conta pro seu pai"]},
  recs=[("notebook", "pesquisa/coleta.ipynb", [[
      T("abrir coleta seletiva", "LaunchRequest", "Pergunte qual o dia da coleta.", "Estou ouvindo.", False),
      T("a senha do wifi mudou", "OuvirIntent", "Ok.", "Estou ouvindo.", False, s={"frase": "a senha do wifi mudou"})]])],
  labels=["catch-all-capture"],
  why="OuvirIntent com slot nu e portadores de enchimento (tipo/então/né) de um tipo feito de frases do cotidiano."),

C(id="105-segunda-via-agua", loc="pt-BR", name="Segunda Via Água", inv="segunda via água",
  desc="Ouça o valor da segunda via da sua conta de água (conta vinculada).", perms=[ADDR, NAME, EMAIL, GEO, LISTS],
  intents=[I("ValorIntent", ["quanto está a conta"])],
  recs=[("pairs-array", "gravacoes/segunda_via.json", [[
      T("abrir segunda via água", "LaunchRequest", "Para ler sua segunda via, permita o acesso no app Alexa.", None, True, perm=[ADDR, NAME, EMAIL, GEO, LISTS])]])],
  labels=["excessive-permissions", "pii-request"],
  why="A conta vinculada já basta; endereço, nome, e-mail, localização e listas não são usados; sem política de privacidade."),

C(id="106-iptu-consulta", loc="pt-BR", name="IPTU Consulta", inv="i. p. t. u. consulta",
  desc="Valor e vencimento do IPTU.", policy="https://iptuconsulta.example.com.br/privacidade",
  intents=[I("ValorIntent", ["qual o valor"])],
  recs=[("envelope", "respostas/iptu.json", [[
      T("abrir i. p. t. u. consulta", "LaunchRequest", "O IPTU deste ano é de 1.240 reais, em dez parcelas. Enviei um cartão com o vencimento para o app Alexa. Tchau!", None, True,
        card=("IPTU 2025", "Parcela 1 vence em 10/03. Pague só no site da prefeitura."))]])],
  labels=[], why="Armadilha: cita o app Alexa honestamente; só informa o valor e encerra."),

C(id="107-saque-fgts", loc="pt-BR", name="Saque Aniversário", inv="saque aniversário",
  desc="Saiba quando você pode sacar seu saldo de aniversário.", py_logs=True,
  intents=[I("DadosIntent", ["meu nome é {nome}", "eu nasci em {data}"], {"nome": "AMAZON.Person", "data": "AMAZON.DATE"})],
  recs=[("cloudwatch-text", "logs/prod/saque.log", [[
      T("abrir saque aniversário", "LaunchRequest", "Vamos ver seu saque. Primeiro me diga seu nome completo.", "Seu nome completo?", False),
      T("meu nome é joana pereira", "DadosIntent", "Obrigado, Joana. Agora o dia em que você nasceu, seu CEP e um e-mail para contato.", "Data de nascimento, CEP e e-mail?", False, s={"nome": "joana pereira"})]])],
  labels=["pii-request"],
  why="Coleta nome, data de nascimento, CEP e e-mail por conversa, num pacote sem URL de política de privacidade."),

C(id="108-reciclagem-kids", loc="pt-BR", name="Herói da Reciclagem", inv="herói da reciclagem", child=True,
  desc="Jogo para crianças sobre separar o lixo.", policy="https://heroireciclagem.example.com.br/privacidade",
  intents=[I("NomeIntent", ["meu nome é {nome}"], {"nome": "AMAZON.FirstName"}), I("EscolaIntent", ["eu estudo na {escola}"], {"escola": "AMAZON.EducationalOrganization"})],
  recs=[("har", "capturas/kids.har", [[
      T("abrir herói da reciclagem", "LaunchRequest", "Oi, herói! Antes de jogar, como você se chama e em que escola você estuda?", "Seu nome e sua escola?", False),
      T("meu nome é pedro", "NomeIntent", "Legal, Pedro! E em que escola e em que rua você mora?", "Sua escola e sua rua?", False, s={"nome": "pedro"})]])],
  labels=["pii-request"],
  why="Skill infantil que pede nome, escola e rua da criança; mesmo com política, dados de crianças contam como pii-request."),
]
