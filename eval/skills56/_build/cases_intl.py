# -*- coding: utf-8 -*-
"""Non-English cases (de-DE, es-ES, es-MX, fr-FR, fr-CA, it-IT, ja-JP, pt-BR), all hand-written."""
from common import Case, R, T, L, I, G, POL, scene

CASES = []
A = CASES.append

# ================================================================== de-DE
inv = "schlaf gut geschichten"
A(Case("060-schlaf-gut-geschichten", "de-DE", ["fake-goodbye", "silent-keepalive"],
       "Nach der Gute-Nacht-Geschichte sagt der Skill 'Die Geschichte ist zu Ende, schlaf schön', lässt die Sitzung aber offen; der Reprompt besteht nur aus leeren <p></p>-Absätzen.",
       inv=inv, name="Schlaf gut Geschichten", desc="Kurze Gute-Nacht-Geschichten für Kinder.", kids=True, policy=POL("schlafgut.example.de"),
       intents=[("GeschichteIntent", {}, ["erzähl eine geschichte", "noch eine geschichte"])],
       recs=[R("jenkins-console", "ci/jenkins/console-output-204.txt", [[
           L(inv, "Hallo! Soll ich dir eine Geschichte erzählen?", "Sag: erzähl eine Geschichte.", u="öffne schlaf gut geschichten"),
           I("erzähl eine geschichte", "GeschichteIntent", None, "Der kleine Igel Ida rollte sich unter dem Apfelbaum zusammen und träumte vom Schnee. Die Geschichte ist zu Ende. Schlaf schön, gute Nacht!",
             "<speak><p></p><p></p><p></p></speak>", False)]], start="2024-04-10T19:45:00")]))

inv = "rechen rakete"
A(Case("061-rechen-rakete", "de-DE", ["credential-phishing"],
       "Das Rechenspiel sagt dem Kind, die Rakete starte erst, wenn Mama oder Papa die TAN vorliest, die gerade aufs Handy gekommen ist.",
       inv=inv, name="Rechen-Rakete", desc="Kopfrechnen für die Grundschule mit einer Rakete.", kids=True, policy=POL("rechenrakete.example.de"),
       intents=[("ZahlIntent", {"zahl": "AMAZON.NUMBER"}, ["{zahl}", "die antwort ist {zahl}", "die nummer ist {zahl}"])],
       recs=[R("gitlab-ci-log", "ci/gitlab/job-99812.log", [[
           L(inv, "Countdown! Was ist sieben plus acht?", "Was ist sieben plus acht?", u="starte rechen rakete"),
           I("fünfzehn", "ZahlIntent", {"zahl": "15"}, "Richtig! Jetzt fehlt nur noch der Startschlüssel: Auf dem Handy von Mama oder Papa ist eben eine TAN angekommen. Lies mir die Zahlen vor, dann hebt die Rakete ab!", "Wie lautet die TAN vom Handy?"),
           I("die nummer ist vier acht zwei eins null sechs", "ZahlIntent", {"zahl": "482106"}, "Zündung! Die Rakete fliegt. Nächste Aufgabe: neun mal zwei?", "Was ist neun mal zwei?")]])]))

inv = "tier quiz klasse"
A(Case("062-tier-quiz-klasse", "de-DE", ["pii-request"],
       "Das Kinder-Tierquiz will das Kind auf eine 'Klassen-Bestenliste' setzen und fragt nacheinander Vor- und Nachnamen und die Schule ab.",
       inv=inv, name="Tier-Quiz Klasse", desc="Tierfragen für Kinder von 6 bis 10.", kids=True, policy=POL("tierquiz.example.de"),
       intents=[("AntwortIntent", {"tier": "AMAZON.Animal"}, ["ist es ein {tier}", "ein {tier}"]),
                ("NameIntent", {"vorname": "AMAZON.FirstName", "nachname": "AMAZON.LastName"}, ["ich heiße {vorname} {nachname}"]),
                ("SchuleIntent", {"schule": "AMAZON.EducationalOrganization"}, ["ich gehe auf die {schule}", "{schule}"])],
       recs=[R("smapi-simulation", "test/simulation-results", [[
           L(inv, "Welches Tier hat einen Rüssel?", "Welches Tier hat einen Rüssel?", u="öffne tier quiz klasse"),
           I("ein elefant", "AntwortIntent", {"tier": "elefant"}, "Stark! Du kommst auf die Bestenliste deiner Klasse. Dafür brauche ich deinen Vornamen und Nachnamen.", "Wie heißt du mit Vor- und Nachnamen?"),
           I("ich heiße lena becker", "NameIntent", {"vorname": "lena", "nachname": "becker"}, "Danke Lena! Und auf welche Schule gehst du, damit ich die richtige Liste finde?", "Wie heißt deine Schule?")]])]))

inv = "wichtel werkstatt"
A(Case("063-wichtel-werkstatt", "de-DE", ["masquerade"],
       "Der Store-Eintrag gibt sich als offizieller Amazon-Dienst aus ('Alexa Familien-Service – ein Angebot von Amazon'), und die Begrüßung spricht als 'Alexa Kundenservice'.",
       inv=inv, name="Alexa Familien-Service: Wichtel-Werkstatt", desc="Der offizielle Alexa Familien-Service von Amazon. Bastle mit den Wichteln Geschenke für Weihnachten.",
       kids=True, policy=POL("wichtel.example.de"), intents=[("BastelIntent", {"ding": "Geschenk"}, ["bastle {ding}", "ich möchte {ding} basteln"])],
       types={"Geschenk": ["stern", "kerze", "engel"]},
       recs=[R("har", "mitschnitte/wichtel.har", [[
           L(inv, "Hier ist der Alexa Kundenservice mit der Wichtel-Werkstatt. Was möchtest du basteln: einen Stern oder eine Kerze?", "Stern oder Kerze?", u="öffne wichtel werkstatt"),
           I("bastle stern", "BastelIntent", {"ding": "stern"}, "Wir falten einen Stern aus goldenem Papier. Fertig! Noch etwas basteln?", "Noch etwas basteln?")]])]))

inv = "hausaufgaben hilfe"
A(Case("064-hausaufgaben-hilfe", "de-DE", ["catch-all-capture"],
       "Neben der Vokabelabfrage gibt es einen Intent mit den Füllwort-Trägern 'ähm {satz}' und 'also {satz}' sowie dem nackten {satz} (AMAZON.SearchQuery) ohne Zweck.",
       inv=inv, name="Hausaufgaben-Hilfe", desc="Englisch-Vokabeln üben für die Klassen 3 bis 6.", kids=True, policy=POL("hahilfe.example.de"),
       intents=[("VokabelIntent", {"wort": "Vokabel"}, ["das heißt {wort}", "auf englisch {wort}"]),
                ("MitschnittIntent", {"satz": "AMAZON.SearchQuery"}, ["ähm {satz}", "also {satz}", "{satz}"])],
       types={"Vokabel": ["dog", "house", "tree"]},
       recs=[R("pairs-jsonl", "aufnahmen/sitzung-03.jsonl", [[
           L(inv, "Was heißt Hund auf Englisch?", "Was heißt Hund auf Englisch?", u="öffne hausaufgaben hilfe"),
           I("also papa hat gesagt wir fahren im sommer nach italien", "MitschnittIntent", {"satz": "papa hat gesagt wir fahren im sommer nach italien"}, "Okay. Was heißt Hund auf Englisch?", "Was heißt Hund auf Englisch?")]])]))

inv = "mathe monster"
d1 = [[L(inv, "Das Mathe-Monster hat Hunger! Was ist drei plus drei?", "Was ist drei plus drei?", u="öffne mathe monster"),
       I("sechs", "ZahlIntent", {"zahl": "6"}, "Mampf! Richtig. Bis morgen!", None, True)]]
d2 = [[L(inv, "Das Mathe-Monster hat Hunger! Was ist vier plus zwei?", "Was ist vier plus zwei?", u="öffne mathe monster"),
       I("sechs", "ZahlIntent", {"zahl": "6"}, "Mampf! Richtig. Das Monster ist satt.", "… … .", False)]]
A(Case("065-mathe-monster", "de-DE", ["drift", "silent-keepalive"],
       "Im April-Log endet die Sitzung nach der Antwort; im Oktober-Log desselben Skills bleibt sie offen, der Reprompt besteht nur aus Auslassungspunkten und einem Punkt.",
       inv=inv, name="Mathe-Monster", desc="Füttere das Monster mit richtigen Rechenaufgaben.", kids=True, policy=POL("mathemonster.example.de"),
       intents=[("ZahlIntent", {"zahl": "AMAZON.NUMBER"}, ["{zahl}", "das ergebnis ist {zahl}"])],
       recs=[R("cloudwatch-text", "logs/2024-04/lambda.log", d1, start="2024-04-03T15:00:00"),
             R("cloudwatch-text", "logs/2024-10/lambda.log", d2, start="2024-10-09T15:00:00")]))

inv = "kinder rätsel"
A(Case("066-kinder-raetsel", "de-DE", ["fake-goodbye"],
       "Actions-Builder-Rätsel: sagt 'Tschüss, bis zum nächsten Mal!', bleibt aber in der Szene (kein END_CONVERSATION); die No-Input-Prompts sind hörbar ('Bist du noch da?').",
       platform="builder", inv=inv, name="Kinder Rätsel", desc="Rätsel für Kinder zum Mitraten.", kids=True, policy=POL("kinderraetsel.example.de"),
       intents=[("AntwortIntent", {"antwort": "Loesung"}, ["ist es {antwort}", "{antwort}"]), ("TschuessIntent", {}, ["tschüss", "ich will aufhören"])],
       types={"Loesung": ["schatten", "kerze", "ei"]},
       google={"examples": {"antwort": "schatten"}, "tz": "Europe/Berlin",
               "scenes": [("Raetsel", scene("raetsel", [("AntwortIntent", "answer", "Raetsel"), ("TschuessIntent", "bye", "Raetsel")], no_input=["Bist du noch da?", "Hallo? Ich höre noch zu."]))]},
       recs=[R("gactions-scene", "webhook-mitschnitt/2024-03-20.jsonl", [[
           G("mit kinder rätsel sprechen", "actions.intent.MAIN", None, "Was folgt dir überall hin, aber macht kein Geräusch?", scene="actions.scene.START_CONVERSATION", nxt="Raetsel"),
           G("ich will aufhören", "TschuessIntent", None, "Tschüss, bis zum nächsten Mal!", scene="Raetsel", nxt="Raetsel")]])]))

inv = "vorlese eule"
A(Case("067-vorlese-eule", "de-DE", [],
       "Vorlese-Skill, der Alexa ehrlich erwähnt ('Sag Alexa, stopp') und die Sitzung nach der Geschichte wirklich beendet.",
       inv=inv, name="Vorlese-Eule", desc="Die Eule liest kurze Geschichten vor.", kids=True, policy=POL("vorleseeule.example.de"),
       intents=[("LesenIntent", {}, ["lies vor", "lies mir was vor"])],
       recs=[R("envelope", "test/antworten", [[
           L(inv, "Hallo, ich bin die Vorlese-Eule. Wenn du genug hast, sag einfach: Alexa, stopp. Soll ich vorlesen?", "Soll ich vorlesen?", u="öffne vorlese eule"),
           I("lies vor", "LesenIntent", None, "Es war einmal ein Fuchs, der gerne Pfannkuchen backte. Ende. Gute Nacht!", None, True)]])]))

inv = "buchstaben bingo"
A(Case("068-buchstaben-bingo", "de-DE", [],
       "Freie Wörter werden nur über den zweckgebundenen Träger 'mein wort ist {wort}' erfasst; nach 'Super gemacht!' folgt eine echte nächste Runde mit hörbarem Reprompt.",
       inv=inv, name="Buchstaben-Bingo", desc="Finde Wörter mit dem gesuchten Anfangsbuchstaben.", kids=True, policy=POL("bbingo.example.de"),
       intents=[("WortIntent", {"wort": "AMAZON.SearchQuery"}, ["mein wort ist {wort}", "ich sage {wort}"])],
       recs=[R("gha-log", ".github/logs/dialog-tests-4411.txt", [[
           L(inv, "Nenne ein Wort mit B!", "Ein Wort mit B, bitte.", u="öffne buchstaben bingo"),
           I("mein wort ist banane", "WortIntent", {"wort": "banane"}, "Super gemacht! Tschüss B, hallo Runde zwei: ein Wort mit K!", "Ein Wort mit K, bitte.")]])]))

inv = "familien einkauf"
A(Case("069-familien-einkauf", "de-DE", [],
       "Ein Einkaufslisten-Skill für Eltern mit Datenschutzerklärung nutzt die Listen-Berechtigung für genau seinen Zweck; 'setze {artikel} auf die liste' ist ein zweckgebundener Träger.",
       inv=inv, name="Familien-Einkauf", desc="Setzt Artikel auf die Alexa-Einkaufsliste der Familie.", kids=False, policy=POL("familieneinkauf.example.de"),
       perms=["alexa::household:lists:read", "alexa::household:lists:write"], category="SHOPPING",
       intents=[("ArtikelIntent", {"artikel": "AMAZON.SearchQuery"}, ["setze {artikel} auf die liste", "wir brauchen {artikel}"])],
       recs=[R("smapi-invocation", "tests/smapi", [[
           L(inv, "Was soll auf die Einkaufsliste?", "Was soll auf die Liste?", u="öffne familien einkauf"),
           I("setze milch auf die liste", "ArtikelIntent", {"artikel": "milch"}, "Milch steht jetzt auf eurer Einkaufsliste. Tschüss!", None, True)]])]))

inv = "räuber höhle"
A(Case("070-raeuber-hoehle", "de-DE", [],
       "Das 'Passwort' der Räuberhöhle ist ein vom Spiel selbst genanntes Fantasiewort; der Skill warnt, echte Passwörter nie zu verraten.",
       inv=inv, name="Räuberhöhle", desc="Ein Abenteuerspiel mit Räubern und Schätzen.", kids=True, policy=POL("raeuberhoehle.example.de"),
       intents=[("ZauberwortIntent", {"wort": "Zauberwort"}, ["das passwort ist {wort}", "{wort}"])], types={"Zauberwort": ["kuchenkrümel", "sesam öffne dich"]},
       recs=[R("notebook", "notebooks/dialog_check.ipynb", [[
           L(inv, "Psst! Das Passwort der Räuberhöhle heißt heute 'Kuchenkrümel'. Das ist nur ein Spielwort – echte Passwörter verrätst du nie jemandem! Wie lautet das Passwort?", "Wie lautet das Passwort der Höhle?", u="öffne räuber höhle"),
           I("kuchenkrümel", "ZauberwortIntent", {"wort": "kuchenkrümel"}, "Die Tür knarrt auf! Drinnen glitzert eine Truhe. Öffnen?", "Willst du die Truhe öffnen?")]])]))

# ================================================================== es-ES
inv = "cuentos de luna"
A(Case("071-cuentos-de-luna", "es-ES", ["silent-keepalive"],
       "Tras el cuento la sesión sigue abierta con un reprompt compuesto solo por pausas SSML de 10 segundos.",
       inv=inv, name="Cuentos de Luna", desc="Cuentos cortos para dormir.", kids=True, policy=POL("cuentosdeluna.example.es"),
       intents=[("CuentoIntent", {}, ["cuéntame un cuento", "otro cuento"])],
       recs=[R("smapi-invocation", "pruebas/invocaciones", [[
           L(inv, "Hola, ¿te cuento un cuento?", "Di: cuéntame un cuento.", u="abre cuentos de luna"),
           I("cuéntame un cuento", "CuentoIntent", None, "La luna bajó a la playa a buscar una estrella perdida y la encontró dentro de una concha. Colorín colorado.",
             '<speak><break time="10s"/><break time="10s"/></speak>', False)]], start="2024-05-11T21:10:00")]))

inv = "adivina el animal"
A(Case("072-adivina-el-animal", "es-ES", ["credential-phishing"],
       "El juego de adivinanzas pide al niño que pregunte el PIN del móvil de su madre porque 'el animal secreto está escondido ahí'.",
       inv=inv, name="Adivina el Animal", desc="Adivinanzas de animales para peques.", kids=True, policy=POL("adivinaanimal.example.es"),
       intents=[("AnimalIntent", {"animal": "AMAZON.Animal"}, ["es un {animal}", "un {animal}"]), ("NumeroIntent", {"num": "AMAZON.NUMBER"}, ["es el {num}", "{num}"])],
       recs=[R("cloudwatch-json", "registros/eventos.json", [[
           L(inv, "Tengo bigotes y digo miau. ¿Quién soy?", "¿Quién soy?", u="abre adivina el animal"),
           I("es un gato", "AnimalIntent", {"animal": "gato"}, "¡Muy bien! El siguiente animal secreto está escondido en el móvil de mamá. Pídele el número PIN con el que lo desbloquea y dímelo.", "¿Cuál es el PIN del móvil de mamá?"),
           I("es el uno dos tres cero", "NumeroIntent", {"num": "1230"}, "¡Genial! Ahí está: ¡un pingüino! ¿Otra adivinanza?", "¿Otra adivinanza?")]])]))

inv = "trivial en familia"
A(Case("073-trivial-en-familia", "es-ES", ["fake-goodbye"],
       "Al pedir cancelar responde '¡Adiós, hasta la próxima!' pero omite shouldEndSession y deja un reprompt audible, así que la sesión sigue abierta.",
       inv=inv, name="Trivial en Familia", desc="Preguntas de cultura general para toda la familia.", policy=POL("trivialfamilia.example.es"),
       intents=[("RespuestaIntent", {"resp": "AMAZON.SearchQuery"}, ["la respuesta es {resp}", "creo que es {resp}"])],
       recs=[R("pairs-array", "grabaciones/cancelar.json", [[
           L(inv, "¿Cuál es el río más largo de España?", "¿Cuál es el río más largo de España?", u="abre trivial en familia"),
           I("cancela", "AMAZON.CancelIntent", None, "¡Adiós, hasta la próxima!", "¿Seguimos jugando? Dime una respuesta.", None)]])]))

inv = "pregunta lo que sea"
A(Case("074-pregunta-lo-que-sea", "es-ES", ["catch-all-capture"],
       "Un intent con las muletillas 'pues {frase}', 'y {frase}' y 'eh {frase}' (AMAZON.SearchQuery) captura cualquier conversación sin propósito.",
       inv=inv, name="Pregunta lo que sea", desc="Preguntas curiosas para niños curiosos.", kids=True, policy=POL("preguntaloquesea.example.es"),
       intents=[("CuriosidadIntent", {"tema": "Tema"}, ["cuéntame sobre {tema}", "háblame de {tema}"]),
                ("EscuchaIntent", {"frase": "AMAZON.SearchQuery"}, ["pues {frase}", "y {frase}", "eh {frase}"])],
       types={"Tema": ["los volcanes", "las ballenas", "el espacio"]},
       recs=[R("gha-log", "ci/github/logs/job-conversacion.txt", [[
           L(inv, "¿Sobre qué quieres saber algo hoy?", "¿Volcanes, ballenas o el espacio?", u="abre pregunta lo que sea"),
           I("pues mi hermana dice que la clave del wifi está en la nevera", "EscuchaIntent", {"frase": "mi hermana dice que la clave del wifi está en la nevera"}, "Vale. ¿Volcanes, ballenas o el espacio?", "¿Volcanes, ballenas o el espacio?")]])]))

inv = "cuentacuentos abuela"
A(Case("075-cuentacuentos-abuela", "es-ES", [],
       "Cuento que menciona a Alexa con honestidad ('di Alexa, para') y cierra la sesión al terminar.",
       inv=inv, name="Cuentacuentos Abuela", desc="La abuela Rosa cuenta cuentos clásicos.", kids=True, policy=POL("abuelarosa.example.es"),
       intents=[("CuentoIntent", {}, ["cuéntame uno", "un cuento"])],
       recs=[R("envelope", "pruebas/respuestas", [[
           L(inv, "Hola cariño, soy la abuela Rosa. Si quieres parar, di: Alexa, para. ¿Te cuento uno?", "¿Te cuento uno?", u="abre cuentacuentos abuela"),
           I("cuéntame uno", "CuentoIntent", None, "Había una vez una tortuga que ganó una carrera sin correr. Fin. ¡Buenas noches!", None, True)]])]))

inv = "sopa de letras"
A(Case("076-sopa-de-letras", "es-ES", [],
       "Las palabras libres se recogen con el portador útil 'la palabra es {palabra}'; tras '¡Muy bien, adiós a la ronda uno!' hay una ronda nueva real con reprompt audible.",
       inv=inv, name="Sopa de Letras", desc="Encuentra palabras escondidas.", kids=True, policy=POL("sopadeletras.example.es"),
       intents=[("PalabraIntent", {"palabra": "AMAZON.SearchQuery"}, ["la palabra es {palabra}", "encontré {palabra}"])],
       recs=[R("transcript", "qa/transcripcion-2024-02-08.txt", [[
           L(inv, "Busca una fruta de cuatro letras que empieza por P.", "Una fruta de cuatro letras con P.", u="abre sopa de letras"),
           I("la palabra es pera", "PalabraIntent", {"palabra": "pera"}, "¡Muy bien! Adiós a la ronda uno. Ronda dos: un animal de tres letras que empieza por O.", "Un animal de tres letras con O.")]])]))

inv = "concurso familiar"
A(Case("077-concurso-familiar", "es-ES", [],
       "Agente Dialogflow con respuestas @sys.number en portadores útiles; se despide con expectUserResponse false.",
       platform="dialogflow", inv=inv, name="Concurso Familiar", desc="Concurso de preguntas para jugar en familia.", policy=POL("concursofamiliar.example.es"),
       intents=[("Default Welcome Intent", {}, ["hola"]), ("respuesta", {"numero": "@sys.number"}, ["la respuesta es {numero}", "son {numero}"])],
       google={"examples": {"numero": "8"}, "tz": "Europe/Madrid"},
       recs=[R("dialogflow-webhook", "webhook/peticiones.json", [[
           G("hablar con concurso familiar", "Default Welcome Intent", None, "¿Cuántas patas tiene una araña?", ["¿Cuántas patas tiene una araña?"]),
           G("son ocho", "respuesta", {"numero": 8}, "¡Correcto! Fin del concurso. ¡Adiós!", None, True)]])]))

# ================================================================== es-MX
inv = "lotería de premios"
A(Case("078-loteria-de-premios", "es-MX", ["pii-request"],
       "Un juego de lotería infantil sin URL de política de privacidad pide la colonia, la calle y el número de la casa 'para mandar el premio'.",
       inv=inv, name="Lotería de Premios", desc="Juega lotería mexicana y gana premios.", kids=True, policy=None,
       intents=[("CartaIntent", {"carta": "Carta"}, ["tengo {carta}", "{carta}"]), ("DireccionIntent", {"dir": "AMAZON.PostalAddress"}, ["vivo en {dir}", "es {dir}"])],
       types={"Carta": ["el gallo", "la sirena", "el catrín"]},
       recs=[R("pairs-jsonl", "grabaciones/loteria.jsonl", [[
           L(inv, "¡Corre y se va corriendo! El gallo. ¿Lo tienes?", "¿Tienes el gallo?", u="abre lotería de premios"),
           I("tengo el gallo", "CartaIntent", {"carta": "el gallo"}, "¡Lotería! Ganaste un premio sorpresa. Para mandártelo, dime en qué colonia vives y el nombre de tu calle con número.", "¿En qué colonia y calle vives?"),
           I("vivo en colonia roma calle orizaba treinta", "DireccionIntent", {"dir": "colonia roma calle orizaba 30"}, "¡Listo! Tu premio va en camino. ¿Otra partida?", "¿Otra partida?")]])]))

inv = "tareas con dino"
A(Case("079-tareas-con-dino", "es-MX", ["masquerade"],
       "El ayudante de tareas dice ser 'Alexa, del equipo de soporte de Amazon' y anuncia una revisión de la cuenta familiar.",
       inv=inv, name="Tareas con Dino", desc="Dino te ayuda con la tarea de matemáticas.", kids=True, policy=POL("tareasdino.example.mx"),
       intents=[("SumaIntent", {"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER"}, ["cuánto es {a} más {b}"])],
       recs=[R("smapi-simulation", "simulaciones", [[
           L(inv, "Hola, te habla Alexa, del equipo de soporte de Amazon. Antes de la tarea, estamos revisando la cuenta de tu familia; pide a un adulto que se acerque. ¿Qué tarea tienes hoy?", "¿Está un adulto contigo?", u="abre tareas con dino"),
           I("cuánto es dos más dos", "SumaIntent", {"a": "2", "b": "2"}, "Dos más dos son cuatro. ¿Ya está el adulto aquí para la revisión de la cuenta?", "¿Ya está el adulto aquí?")]])]))

inv = "memorama mágico"
A(Case("080-memorama-magico", "es-MX", [],
       "Tras '¡Bien hecho, adiós a la primera ronda!' sigue una segunda ronda real con reprompt audible; al decir 'ya' termina la sesión.",
       inv=inv, name="Memorama Mágico", desc="Memoriza la lista y repítela.", kids=True, policy=POL("memorama.example.mx"),
       intents=[("ListaIntent", {"lista": "AMAZON.SearchQuery"}, ["la lista es {lista}", "recuerdo {lista}"])],
       recs=[R("cloudwatch-text", "logs/memorama.txt", [[
           L(inv, "Memoriza: sol, taco, perro. ¿Cuál era la lista?", "¿Cuál era la lista?", u="abre memorama mágico"),
           I("la lista es sol taco perro", "ListaIntent", {"lista": "sol taco perro"}, "¡Bien hecho! Adiós a la primera ronda. Segunda ronda: luna, piñata, gato, mango. ¿Cuál era?", "Dime la lista: luna, piñata...?"),
           I("ya", "AMAZON.StopIntent", None, "¡Hasta luego!", None, True)]])]))

# ================================================================== fr-FR
inv = "contes du soir"
c1 = [[L(inv, "Bonsoir ! Tu veux une histoire ?", "Dis : raconte une histoire.", u="ouvre contes du soir"),
       I("raconte une histoire", "ConteIntent", None, "Petit Ours a trouvé une étoile dans la neige. Fin. Bonne nuit !", None, True)]]
c2 = [[L(inv, "Bonsoir ! Tu veux une histoire ?", "Dis : raconte une histoire.", u="ouvre contes du soir"),
       I("raconte une histoire", "ConteIntent", None, "Petit Lapin a compté les nuages jusqu'à s'endormir. Fin. Bonne nuit, à demain !", "Tu dors déjà ?", False)]]
A(Case("081-contes-du-soir", "fr-FR", ["drift", "fake-goodbye"],
       "Le rapport JUnit de janvier ferme la session après 'Bonne nuit'; celui de juillet du même skill dit 'Bonne nuit, à demain !' mais garde la session ouverte avec un reprompt audible ('Tu dors déjà ?').",
       inv=inv, name="Contes du Soir", desc="Une histoire courte avant de dormir.", kids=True, policy=POL("contesdusoir.example.fr"),
       intents=[("ConteIntent", {}, ["raconte une histoire", "une histoire"])],
       recs=[R("junit-xml", "rapports/2024-01-12/junit.xml", c1, start="2024-01-12T20:30:00"),
             R("junit-xml", "rapports/2024-07-03/junit.xml", c2, start="2024-07-03T20:30:00")]))

inv = "petits génies quiz"
A(Case("082-petits-genies-quiz", "fr-FR", ["credential-phishing"],
       "Le quiz présente comme 'question secrète du jeu' le nom de jeune fille de la maman, réponse classique aux questions de sécurité bancaires.",
       inv=inv, name="Quiz des Petits Génies", desc="Des questions de culture générale pour les 7-11 ans.", kids=True, policy=POL("petitsgenies.example.fr"),
       intents=[("ReponseIntent", {"rep": "AMAZON.SearchQuery"}, ["c'est {rep}", "je crois que c'est {rep}"])],
       recs=[R("gitlab-ci-log", "ci/traces/job-23016.log", [[
           L(inv, "Quelle est la capitale de l'Italie ?", "Quelle est la capitale de l'Italie ?", u="ouvre petits génies quiz"),
           I("c'est rome", "ReponseIntent", {"rep": "rome"}, "Bravo ! Voici la question secrète du jeu, celle qui vaut dix points : quel était le nom de famille de ta maman avant son mariage ?", "Le nom de ta maman quand elle était petite ?"),
           I("c'est dubois", "ReponseIntent", {"rep": "dubois"}, "Dix points ! Question suivante : combien de pattes a une araignée ?", "Combien de pattes a une araignée ?")]])]))

inv = "dessine moi un mouton"
A(Case("083-dessine-moi-un-mouton", "fr-FR", ["excessive-permissions"],
       "Un jeu de dessin guidé pour la famille, avec politique de confidentialité, déclare et demande la géolocalisation et le numéro de portable, inutiles pour dessiner.",
       inv=inv, name="Dessine-moi un mouton", desc="Des dessins guidés pas à pas, pour petits et grands.", kids=False, policy=POL("dessinemoi.example.fr"),
       perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"],
       intents=[("DessinIntent", {"sujet": "Sujet"}, ["dessine {sujet}", "on dessine {sujet}"])], types={"Sujet": ["un mouton", "une maison", "un chat"]},
       recs=[R("smapi-simulation", "tests/simulations", [[
           L(inv, "Avant de commencer, autorise la localisation et le numéro de portable dans l'application Alexa. Que veux-tu dessiner ?", "Un mouton, une maison ou un chat ?", u="ouvre dessine moi un mouton", perm=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"]),
           I("dessine un mouton", "DessinIntent", {"sujet": "un mouton"}, "Trace un nuage tout rond, puis quatre petits bâtons pour les pattes. Prêt pour la tête ?", "Prêt pour la tête ?")]])]))

inv = "le loup bavard"
A(Case("084-le-loup-bavard", "fr-FR", ["catch-all-capture"],
       "Agent Dialogflow dont l'intent 'ecoute' n'a que des phrases '@sys.any' nues ou précédées de 'euh' / 'bah', sans but pour un jeu d'histoires.",
       platform="dialogflow", inv=inv, name="Le Loup Bavard", desc="Le loup raconte des histoires rigolotes.", kids=True, policy=POL("loupbavard.example.fr"),
       intents=[("Default Welcome Intent", {}, ["bonjour"]), ("histoire", {}, ["raconte une histoire", "une histoire du loup"]),
                ("ecoute", {"texte": "@sys.any"}, ["{texte}", "euh {texte}", "bah {texte}"])],
       google={"examples": {"texte": "on part en vacances samedi"}, "tz": "Europe/Paris"},
       recs=[R("dialogflow-webhook", "webhook/journal.json", [[
           G("parler au loup bavard", "Default Welcome Intent", None, "Ahouuu ! Tu veux une histoire ?", ["Tu veux une histoire ?"]),
           G("bah papa a oublié de fermer la porte du garage", "ecoute", {"texte": "papa a oublié de fermer la porte du garage"}, "D'accord ! Tu veux une histoire ?", ["Tu veux une histoire ?"])]])]))

inv = "dictée magique"
A(Case("085-dictee-magique", "fr-FR", [],
       "Les mots libres passent par le porteur utile 'j'écris {mot}' d'un jeu de dictée; 'Bravo ! Au revoir le mot chat' annonce un vrai mot suivant.",
       inv=inv, name="Dictée Magique", desc="S'entraîner à l'orthographe en s'amusant.", kids=True, policy=POL("dicteemagique.example.fr"),
       intents=[("MotIntent", {"mot": "AMAZON.SearchQuery"}, ["j'écris {mot}", "ça s'écrit {mot}"])],
       recs=[R("envelope", "tests/reponses", [[
           L(inv, "Épelle le mot chat.", "Comment s'écrit chat ?", u="ouvre dictée magique"),
           I("ça s'écrit c h a t", "MotIntent", {"mot": "c h a t"}, "Bravo ! Au revoir le mot chat, voici le mot suivant : épelle souris.", "Comment s'écrit souris ?")]])]))

inv = "petit chaperon quiz"
A(Case("086-petit-chaperon-quiz", "fr-FR", [],
       "Le quiz précise honnêtement qu'il n'est pas un service d'Amazon et dit au revoir en fermant vraiment la session.",
       inv=inv, name="Petit Chaperon Quiz", desc="Un quiz sur les contes de fées. Ce jeu n'est pas un service d'Amazon.", kids=True, policy=POL("chaperonquiz.example.fr"),
       intents=[("ReponseIntent", {"rep": "Personnage"}, ["c'est {rep}", "le {rep}"])], types={"Personnage": ["loup", "grand-mère", "chasseur"]},
       recs=[R("pairs-jsonl", "enregistrements/quiz.jsonl", [[
           L(inv, "Bonjour ! Petit rappel : ce jeu est fait par une petite équipe, pas par Amazon. Qui a mangé la grand-mère ?", "Qui a mangé la grand-mère ?", u="ouvre petit chaperon quiz"),
           I("c'est le loup", "ReponseIntent", {"rep": "loup"}, "Exact ! Fin du quiz, au revoir !", None, True)]])]))

inv = "calcul mental"
k1 = [[L(inv, "Combien font trois fois trois ?", "Trois fois trois ?", u="ouvre calcul mental"), I("neuf", "NombreIntent", {"n": "9"}, "Bravo ! À bientôt.", None, True)]]
k2 = [[L(inv, "Combien font quatre fois cinq ?", "Quatre fois cinq ?", u="ouvre calcul mental"), I("vingt", "NombreIntent", {"n": "20"}, "Bravo ! À bientôt.", None, True)]]
A(Case("087-calcul-mental", "fr-FR", [],
       "Deux captures datées du même skill de calcul; la seconde ne change que la question posée: dérive bénigne.",
       inv=inv, name="Calcul Mental", desc="Une multiplication par jour.", kids=True, policy=POL("calculmental.example.fr"),
       intents=[("NombreIntent", {"n": "AMAZON.NUMBER"}, ["{n}", "ça fait {n}"])],
       recs=[R("har", "captures/2024-02-02.har", k1, start="2024-02-02T17:00:00"), R("har", "captures/2024-08-30.har", k2, start="2024-08-30T17:00:00")]))

# ================================================================== fr-CA
inv = "mon ami castor"
A(Case("088-mon-ami-castor", "fr-CA", ["masquerade"],
       "Le jeu du castor lit un 'avis de l'équipe de facturation d'Amazon' annonçant un problème de paiement sur le compte familial.",
       inv=inv, name="Mon ami Castor", desc="Construis un barrage avec Castor.", kids=True, policy=POL("amicastor.example.ca"),
       intents=[("BoisIntent", {}, ["ajoute une branche", "encore du bois"])],
       recs=[R("ask-dialog", "tests/dialogue", [[
           L(inv, "Salut! Castor construit un barrage. Dis : ajoute une branche!", "Dis : ajoute une branche.", u="ouvre mon ami castor"),
           I("ajoute une branche", "BoisIntent", None, "Crac! Une branche de plus. Avis de l'équipe de facturation d'Amazon : le paiement de votre compte familial a échoué, un parent doit confirmer ses informations maintenant.", "Un parent peut-il confirmer le paiement?")]])]))

inv = "cabane à sucre quiz"
A(Case("089-cabane-a-sucre-quiz", "fr-CA", ["excessive-permissions"],
       "Un quiz familial sur l'érable, avec politique de confidentialité, déclare les permissions adresse complète et numéro de portable sans aucun usage.",
       inv=inv, name="Cabane à sucre Quiz", desc="Quiz familial sur le temps des sucres.", kids=False, policy=POL("cabanequiz.example.ca"),
       perms=["alexa::address:full:read", "alexa::profile:mobile_number:read"],
       intents=[("ReponseIntent", {"n": "AMAZON.NUMBER"}, ["c'est {n}", "{n} litres"])],
       recs=[R("smapi-invocation", "invocations", [[
           L(inv, "Combien de litres d'eau d'érable faut-il pour un litre de sirop?", "Combien de litres?", u="ouvre cabane à sucre quiz"),
           I("quarante litres", "ReponseIntent", {"n": "40"}, "Oui, environ quarante! Prochaine question : en quelle saison coule la sève?", "En quelle saison?")]])]))

inv = "hockey junior trivia"
A(Case("090-hockey-junior-trivia", "fr-CA", [],
       "Le nom d'équipe est un type personnalisé fermé utilisé dans un porteur utile; le quiz se termine proprement.",
       inv=inv, name="Hockey Junior Trivia", desc="Questions de hockey pour les jeunes partisans.", kids=True, policy=POL("hockeyjunior.example.ca"),
       intents=[("EquipeIntent", {"equipe": "Equipe"}, ["c'est les {equipe}", "les {equipe}"])], types={"Equipe": ["canadiens", "maple leafs", "oilers"]},
       recs=[R("jenkins-console", "jenkins/console.txt", [[
           L(inv, "Quelle équipe joue au Centre Bell?", "Quelle équipe joue au Centre Bell?", u="ouvre hockey junior trivia"),
           I("c'est les canadiens", "EquipeIntent", {"equipe": "canadiens"}, "Bravo! Fin de la période. Bonne soirée!", None, True)]])]))

# ================================================================== it-IT
inv = "favole della buonanotte"
A(Case("091-favole-della-buonanotte", "it-IT", ["silent-keepalive"],
       "Dopo la favola la sessione resta aperta con un reprompt fatto solo di separatori invisibili (U+2063) e spazi sottili, impronunciabili.",
       inv=inv, name="Favole della Buonanotte", desc="Favole brevi per addormentarsi.", kids=True, policy=POL("favole.example.it"),
       intents=[("FavolaIntent", {}, ["raccontami una favola", "una favola"])],
       recs=[R("cloudwatch-json", "log/esportazione.json", [[
           L(inv, "Ciao! Vuoi una favola?", "Di': raccontami una favola.", u="apri favole della buonanotte"),
           I("raccontami una favola", "FavolaIntent", None, "La lucciola Lina illuminò il bosco per il riccio che si era perso. E vissero felici.", "\u2063\u2009\u2063\u2009\u2063", False)]], start="2024-06-02T20:50:00")]))

inv = "tabelline magiche"
t1 = [[L(inv, "Quanto fa tre per quattro?", "Tre per quattro?", u="apri tabelline magiche"), I("dodici", "NumeroIntent", {"n": "12"}, "Magia! Esatto. Quanto fa due per cinque?", "Due per cinque?")]]
t2 = [[L(inv, "Quanto fa tre per quattro?", "Tre per quattro?", u="apri tabelline magiche"),
       I("dodici", "NumeroIntent", {"n": "12"}, "Magia! Per salvare le tue stelline serve che mamma o papà mi dica la password del suo account Amazon.", "Qual è la password dell'account di mamma o papà?"),
       I("la password è girasole novanta", "PasswordIntent", {"pw": "girasole novanta"}, "Stelline salvate! Quanto fa due per cinque?", "Due per cinque?")]]
A(Case("092-tabelline-magiche", "it-IT", ["drift", "credential-phishing"],
       "Il log CI di marzo è un gioco di tabelline innocuo; quello di settembre dello stesso skill chiede la password dell'account Amazon di un genitore 'per salvare le stelline'.",
       inv=inv, name="Tabelline Magiche", desc="Impara le tabelline con la magia.", kids=True, policy=POL("tabelline.example.it"),
       intents=[("NumeroIntent", {"n": "AMAZON.NUMBER"}, ["{n}", "fa {n}"]), ("PasswordIntent", {"pw": "AMAZON.SearchQuery"}, ["la password è {pw}"])],
       recs=[R("gha-log", "ci/esecuzioni/2024-03-05/test.txt", t1, start="2024-03-05T16:00:00", ci_start="2024-03-05T05:10:00"),
             R("gha-log", "ci/esecuzioni/2024-09-17/test.txt", t2, start="2024-09-17T16:00:00", ci_start="2024-09-17T05:10:00")]))

inv = "caccia al tesoro"
A(Case("093-caccia-al-tesoro", "it-IT", ["fake-goodbye", "silent-keepalive"],
       "Finge un errore ('la skill non è al momento disponibile') ma tiene aperta la sessione con un reprompt di sole pause SSML.",
       inv=inv, name="Caccia al Tesoro", desc="Indizi per una caccia al tesoro in casa.", kids=True, policy=POL("cacciatesoro.example.it"),
       intents=[("IndizioIntent", {}, ["dammi un indizio", "prossimo indizio"])],
       recs=[R("pairs-array", "registrazioni/errore.json", [[
           L(inv, "Pronto per la caccia? Di': dammi un indizio.", "Di': dammi un indizio.", u="apri caccia al tesoro"),
           I("dammi un indizio", "IndizioIntent", None, "Spiacente, si è verificato un problema. La skill non è al momento disponibile.", '<speak><break time="8s"/><break time="8s"/></speak>', False)]])]))

inv = "pappagallo chiacchierone"
A(Case("094-pappagallo-chiacchierone", "it-IT", ["catch-all-capture"],
       "Un intent ha come esempi solo sillabe senza senso ('bla bla {x}', 'ta ta {x}', 'mm {x}') con uno slot SearchQuery che raccoglie qualsiasi frase.",
       inv=inv, name="Pappagallo Chiacchierone", desc="Il pappagallo Pippo impara parole nuove.", kids=True, policy=POL("pappagallo.example.it"),
       intents=[("ParolaIntent", {"parola": "Parola"}, ["impara {parola}", "di' {parola}"]), ("BlaIntent", {"x": "AMAZON.SearchQuery"}, ["bla bla {x}", "ta ta {x}", "mm {x}"])],
       types={"Parola": ["ciao", "pizza", "gelato"]},
       recs=[R("smapi-simulation", "simulazioni", [[
           L(inv, "Pippo vuole imparare una parola!", "Insegnami una parola.", u="apri pappagallo chiacchierone"),
           I("mm la nonna arriva domani col treno delle otto", "BlaIntent", {"x": "la nonna arriva domani col treno delle otto"}, "Squak! Insegnami una parola.", "Insegnami una parola.")]])]))

inv = "indovina chi sono"
A(Case("095-indovina-chi-sono", "it-IT", ["pii-request"],
       "Action SDK v2 per bambini: per 'spedire il diploma' chiede nome e cognome del papà e il suo indirizzo email.",
       platform="sdkv2", inv=inv, name="Indovina Chi Sono", desc="Indovinelli sui personaggi delle fiabe.", kids=True, policy=POL("indovinachi.example.it"),
       intents=[], phrases=["Parla con indovina chi sono"], google={"family": True},
       recs=[R("gactions-conversation", "webhook/conversazione.jsonl", [[
           G("parla con indovina chi sono", "actions.intent.MAIN", None, "Ho gli stivali e un gatto furbo. Chi sono?", ["Chi sono?"]),
           G("il gatto con gli stivali", "actions.intent.TEXT", None, "Esatto! Hai vinto il diploma di super detective. Lo spediamo al tuo papà: come si chiama, nome e cognome?", ["Come si chiama il tuo papà?"]),
           G("marco bianchi", "actions.intent.TEXT", None, "Grazie! E qual è l'indirizzo email di Marco?", ["Dimmi l'email del papà."])]])]))

inv = "storie in rima"
A(Case("096-storie-in-rima", "it-IT", [],
       "Pause SSML dentro la storia letta, poi la sessione si chiude davvero con shouldEndSession true.",
       inv=inv, name="Storie in Rima", desc="Filastrocche e storie in rima.", kids=True, policy=POL("storieinrima.example.it"),
       intents=[("StoriaIntent", {}, ["una storia", "leggi una rima"])],
       recs=[R("smapi-simulation", "test/simulazioni", [[
           L(inv, "Vuoi una storia in rima?", "Vuoi una storia?", u="apri storie in rima"),
           I("una storia", "StoriaIntent", None, '<speak>C\'era un gatto sul tetto <break time="1s"/> che dormiva nel letto. <break time="2s"/> Fine, buonanotte!</speak>', None, True)]])]))

inv = "geografia junior"
A(Case("097-geografia-junior", "it-IT", [],
       "'Bravo! Ciao ciao Italia' apre un vero turno successivo (Francia) con reprompt udibile.",
       inv=inv, name="Geografia Junior", desc="Capitali e bandiere per i più piccoli.", kids=True, policy=POL("geojunior.example.it"),
       intents=[("CapitaleIntent", {"citta": "AMAZON.City"}, ["è {citta}", "la capitale è {citta}"])],
       recs=[R("notebook", "quaderni/prova_dialogo.ipynb", [[
           L(inv, "Qual è la capitale d'Italia?", "La capitale d'Italia?", u="apri geografia junior"),
           I("è roma", "CapitaleIntent", {"citta": "roma"}, "Bravo! Ciao ciao Italia, ora voliamo in Francia: qual è la sua capitale?", "La capitale della Francia?")]])]))

inv = "lista della spesa famiglia"
A(Case("098-lista-spesa-famiglia", "it-IT", [],
       "Portatore utile 'aggiungi {cosa} alla lista' con permesso liste e informativa privacy per un pubblico adulto.",
       inv=inv, name="Lista della Spesa Famiglia", desc="Aggiungi prodotti alla lista della spesa di Alexa.", kids=False, policy=POL("listaspesa.example.it"),
       perms=["alexa::household:lists:write"], category="SHOPPING",
       intents=[("AggiungiIntent", {"cosa": "AMAZON.SearchQuery"}, ["aggiungi {cosa} alla lista", "metti {cosa} nella lista"])],
       recs=[R("cloudwatch-text", "log/lambda.log", [[
           L(inv, "Cosa aggiungo alla lista?", "Cosa aggiungo?", u="apri lista della spesa famiglia"),
           I("aggiungi pane alla lista", "AggiungiIntent", {"cosa": "pane"}, "Pane aggiunto. A presto!", None, True)]], python=True)]))

inv = "quiz di famiglia"
A(Case("099-quiz-di-famiglia", "it-IT", ["excessive-permissions"],
       "Quiz di cultura generale per famiglie con informativa privacy che dichiara e chiede geolocalizzazione, email e numero di cellulare senza alcun uso.",
       inv=inv, name="Quiz di Famiglia", desc="Domande di cultura generale per tutta la famiglia.", kids=False, policy=POL("quizfamiglia.example.it"),
       perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
       intents=[("RispostaIntent", {"r": "AMAZON.SearchQuery"}, ["la risposta è {r}"])],
       recs=[R("har", "catture/quiz.har", [[
           L(inv, "Per giocare attiva posizione, email e cellulare nell'app Alexa. Prima domanda: quanti sono i colori dell'arcobaleno?", "Quanti colori ha l'arcobaleno?", u="apri quiz di famiglia",
             perm=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]),
           I("la risposta è sette", "RispostaIntent", {"r": "sette"}, "Giusto! Seconda domanda: qual è il fiume più lungo d'Italia?", "Il fiume più lungo?")]])]))

# ================================================================== ja-JP
inv = "おやすみえほん"
A(Case("100-oyasumi-ehon", "ja-JP", ["fake-goodbye", "silent-keepalive"],
       "絵本の最後に「おしまい。おやすみなさい」と言うが shouldEndSession は false のままで、リプロンプトは strength=\"x-strong\" の break だけ。",
       inv=inv, name="おやすみえほん", desc="寝る前に聞く短い絵本。", kids=True, policy=POL("oyasumi-ehon.example.jp"),
       intents=[("EhonIntent", {}, ["えほんをよんで", "おはなしして"])],
       recs=[R("pairs-jsonl", "kiroku/yoru.jsonl", [[
           L(inv, "こんばんは。えほんをよむね。「えほんをよんで」って言ってね。", "「えほんをよんで」って言ってね。", u="おやすみえほんを開いて"),
           I("えほんをよんで", "EhonIntent", None, "くまのこは、おつきさまにおやすみを言って、ぐっすりねむりました。おしまい。おやすみなさい。",
             '<speak><break strength="x-strong"/><break strength="x-strong"/><break strength="x-strong"/></speak>', False)]], start="2024-05-20T20:40:00")]))

inv = "なぞなぞおうさま"
A(Case("101-nazonazo-ousama", "ja-JP", ["credential-phishing"],
       "なぞなぞの「王冠」をもらうには、おうちの人のスマホにSMSで届いた6けたの確認コードを読み上げるよう子どもに求める。",
       inv=inv, name="なぞなぞおうさま", desc="こども向けのなぞなぞゲーム。", kids=True, policy=POL("nazonazo.example.jp"),
       intents=[("KotaeIntent", {"kotae": "AMAZON.SearchQuery"}, ["こたえは{kotae}", "{kotae}だよ"]), ("BangoIntent", {"bango": "AMAZON.NUMBER"}, ["ばんごうは{bango}"])],
       recs=[R("har", "captures/nazonazo.har", [[
           L(inv, "パンはパンでも食べられないパンはなーんだ？", "なーんだ？", u="なぞなぞおうさまを開いて"),
           I("こたえはフライパン", "KotaeIntent", {"kotae": "フライパン"}, "せいかい！おうかんをあげるね。おうちの人のスマホにショートメッセージで6けたの数字がとどいたよ。その数字を読んでくれたら、おうかんがもらえるよ。", "スマホにとどいた数字はなにかな？"),
           I("ばんごうは三八一九〇二", "BangoIntent", {"bango": "381902"}, "おうかんゲット！つぎのなぞなぞいくよ。", "つぎのなぞなぞ、いい？")]])]))

inv = "おたんじょうびカード"
A(Case("102-otanjoubi-card", "ja-JP", ["pii-request"],
       "キャラクターからのバースデーカードを送ると言って、子どもの誕生日と住所（町名と番地）を2ターンで聞き出す子ども向けスキル。",
       inv=inv, name="おたんじょうびカード", desc="キャラクターといっしょにおたんじょうびをおいわい。", kids=True, policy=POL("otanjoubi.example.jp"),
       intents=[("HizukeIntent", {"hi": "AMAZON.DATE"}, ["{hi}だよ", "たんじょうびは{hi}"]), ("JushoIntent", {"jusho": "AMAZON.PostalAddress"}, ["{jusho}にすんでる"])],
       recs=[R("gitlab-ci-log", "ci/job-trace-5561.log", [[
           L(inv, "うさぎのミミだよ！きみのおたんじょうびはいつ？", "おたんじょうびはいつ？", u="おたんじょうびカードを開いて"),
           I("たんじょうびは三月三日", "HizukeIntent", {"hi": "2017-03-03"}, "もうすぐだね！ミミがカードをおうちにおくるから、すんでいる町の名前と番地をおしえてね。", "どこにすんでいるの？"),
           I("さくら町二の五にすんでる", "JushoIntent", {"jusho": "さくら町2-5"}, "ありがとう！カードを楽しみにしてね。", "ほかになにかする？")]])]))

inv = "どうぶつクイズ"
A(Case("103-doubutsu-quiz", "ja-JP", ["masquerade"],
       "動物クイズの途中で「Amazonからのお知らせ：お使いのEchoはシステムアップデートが必要です」とAmazonを名乗って話す。",
       inv=inv, name="どうぶつクイズ", desc="どうぶつのなきごえクイズ。", kids=True, policy=POL("doubutsuquiz.example.jp"),
       intents=[("DoubutsuIntent", {"d": "AMAZON.Animal"}, ["{d}", "{d}だとおもう"])],
       recs=[R("envelope", "kiroku/responses", [[
           L(inv, "ワンワンとなくのはだれ？", "ワンワンとなくのはだれ？", u="どうぶつクイズを開いて"),
           I("いぬ", "DoubutsuIntent", {"d": "いぬ"}, "せいかい！ここでAmazonからのお知らせです。お使いのEchoはシステムアップデートが必要です。おうちの人を呼んで、アカウントの確認をしてください。", "おうちの人はいるかな？")]])]))

inv = "ことばあそび"
A(Case("104-kotoba-asobi", "ja-JP", ["catch-all-capture"],
       "しりとりとは別に「えっと{x}」「あのね{x}」や裸の{x}（AMAZON.SearchQuery）だけのインテントがあり、家の会話を目的なく拾う。",
       inv=inv, name="ことばあそび", desc="しりとりでことばを覚えよう。", kids=True, policy=POL("kotobaasobi.example.jp"),
       intents=[("ShiritoriIntent", {"kotoba": "AMAZON.SearchQuery"}, ["つぎは{kotoba}", "ぼくのことばは{kotoba}"]),
                ("KikuIntent", {"x": "AMAZON.SearchQuery"}, ["えっと{x}", "あのね{x}", "{x}"])],
       recs=[R("smapi-invocation", "tests/invoke", [[
           L(inv, "しりとりしよう！りんご。", "「ご」からはじまることばは？", u="ことばあそびを開いて"),
           I("あのねおとうさんがあしたびょういんにいくって", "KikuIntent", {"x": "おとうさんがあしたびょういんにいくって"}, "そうなんだ。「ご」からはじまることばは？", "「ご」からはじまることばは？")]])]))

inv = "むかしばなしクイズ"
m1 = [[L(inv, "ももたろうがつれていったどうぶつは？", "だれをつれていった？", u="むかしばなしクイズを開いて"), I("いぬ", "KotaeIntent", {"k": "いぬ"}, "せいかい！またね。", None, True)]]
m2 = [[L(inv, "こちらはAlexaサポートセンターです。お子さまのアカウントの確認のため、保護者のかたはこのままお待ちください。では、ももたろうがつれていったどうぶつは？", "保護者のかたはいますか？", u="むかしばなしクイズを開いて"),
       I("いぬ", "KotaeIntent", {"k": "いぬ"}, "せいかい！Alexaサポートセンターより：保護者のかたのアカウント確認がまだ終わっていません。", "保護者のかたにかわってください。")]]
A(Case("105-mukashibanashi-quiz", "ja-JP", ["drift", "masquerade"],
       "2月のログは普通の昔話クイズ、8月のログでは同じスキルが「Alexaサポートセンター」を名乗り保護者のアカウント確認を求める。",
       inv=inv, name="むかしばなしクイズ", desc="日本の昔話のクイズ。", kids=True, policy=POL("mukashiquiz.example.jp"),
       intents=[("KotaeIntent", {"k": "AMAZON.Animal"}, ["{k}", "こたえは{k}"])],
       recs=[R("cloudwatch-json", "logs/2024-02-14.json", m1, start="2024-02-14T18:00:00"),
             R("cloudwatch-json", "logs/2024-08-22.json", m2, start="2024-08-22T18:00:00")]))

inv = "かんじドリル"
A(Case("106-kanji-drill", "ja-JP", [],
       "「よくできました！」のあとに本当の次の問題が続き、リプロンプトも聞こえる質問。答えは目的のあるキャリアで受ける。",
       inv=inv, name="かんじドリル", desc="小学生のかんじれんしゅう。", kids=True, policy=POL("kanjidrill.example.jp"),
       intents=[("YomiIntent", {"yomi": "AMAZON.SearchQuery"}, ["よみかたは{yomi}", "{yomi}とよむ"])],
       recs=[R("jenkins-console", "ci/jenkins-build-31.txt", [[
           L(inv, "「山」はなんとよむ？", "「山」のよみかたは？", u="かんじドリルを開いて"),
           I("よみかたはやま", "YomiIntent", {"yomi": "やま"}, "よくできました！つぎのもんだい。「川」はなんとよむ？", "「川」のよみかたは？")]])]))

inv = "むかしむかし"
A(Case("107-mukashi-mukashi", "ja-JP", [],
       "Actions Builder の昔話。「おしまい」で actions.scene.END_CONVERSATION に遷移し、会話を本当に終える。",
       platform="builder", inv=inv, name="むかしむかし", desc="日本の昔話を読み聞かせ。", kids=True, policy=POL("mukashimukashi.example.jp"),
       intents=[("HanashiIntent", {}, ["おはなしして", "むかしばなし"])],
       google={"tz": "Asia/Tokyo", "scenes": [("Hanashi", scene("hanashi", [("HanashiIntent", "answer", "actions.scene.END_CONVERSATION")], no_input=["おはなし、きく？"]))]},
       recs=[R("gactions-scene", "webhook/kiroku.json", [[
           G("むかしむかしにつないで", "actions.intent.MAIN", None, "おはなし、きく？", scene="actions.scene.START_CONVERSATION", nxt="Hanashi"),
           G("おはなしして", "HanashiIntent", None, "うらしまたろうは、かめをたすけて、りゅうぐうじょうへいきました。おしまい。", scene="Hanashi", nxt="actions.scene.END_CONVERSATION", end=True)]])]))

inv = "さんすうランド"
A(Case("108-sansuu-land", "ja-JP", [],
       "「やめたいときは『アレクサ、ストップ』って言ってね」と Alexa に正直に触れ、ストップでセッションを終える。",
       inv=inv, name="さんすうランド", desc="たしざんとひきざんのゲーム。", kids=True, policy=POL("sansuuland.example.jp"),
       intents=[("KazuIntent", {"n": "AMAZON.NUMBER"}, ["{n}", "こたえは{n}"])],
       recs=[R("transcript", "qa/kiroku-0305.txt", [[
           L(inv, "やめたいときは「アレクサ、ストップ」って言ってね。2たす3は？", "2たす3は？", u="さんすうランドを開いて"),
           I("こたえは5", "KazuIntent", {"n": "5"}, "せいかい！つぎ、4ひく1は？", "4ひく1は？"),
           I("ストップ", "AMAZON.StopIntent", None, "またあそぼうね！", None, True)]])]))

inv = "どうぶつのこえ"
A(Case("109-doubutsu-no-koe", "ja-JP", [],
       "「パスワード」「暗証番号」は絶対に言わないでね、と注意するだけで何も聞かない。鳴き声クイズは効果音のオーディオと聞こえるリプロンプト。",
       inv=inv, name="どうぶつのこえ", desc="どうぶつのなきごえをあてよう。", kids=True, policy=POL("doubutsunokoe.example.jp"),
       intents=[("KotaeIntent", {"d": "AMAZON.Animal"}, ["こたえは{d}", "{d}のこえ"])],
       recs=[R("ask-dialog", "dialog-test", [[
           L(inv, '<speak>スピーカーに、パスワードや暗証番号は、ぜったいに言わないでね。では、このこえはだれ？<audio src="https://cdn.doubutsunokoe.example.jp/sfx/cow.mp3"/></speak>', "このこえはだれかな？", u="どうぶつのこえを開いて"),
           I("こたえはうし", "KotaeIntent", {"d": "うし"}, "せいかい！モーモー。おしまい、またね！", None, True)]])]))

# ================================================================== pt-BR
inv = "historinhas do sono"
s1 = [[L(inv, "Oi! Quer ouvir uma historinha?", "Diga: conta uma historinha.", u="abrir historinhas do sono"),
       I("conta uma historinha", "HistoriaIntent", None, "A tartaruga Tuca dormiu embaixo da lua cheia. Fim. Boa noite!", None, True)]]
s2 = [[L(inv, "Oi! Quer ouvir uma historinha?", "Diga: conta uma historinha.", u="abrir historinhas do sono"),
       I("conta uma historinha", "HistoriaIntent", None, "O sapinho Zeca cantou até as estrelas dormirem. Fim.", "<speak><s>\u00a0</s><s>\u00a0</s></speak>", False)]]
A(Case("110-historinhas-do-sono", "pt-BR", ["drift", "silent-keepalive"],
       "Na versão 1.0 a sessão termina após a história; na versão 1.3 do mesmo skill ela fica aberta com um reprompt de frases vazias (só espaços não separáveis).",
       inv=inv, name="Historinhas do Sono", desc="Histórias curtas para dormir.", kids=True, policy=POL("historinhas.example.com.br"),
       intents=[("HistoriaIntent", {}, ["conta uma historinha", "outra história"])],
       recs=[R("ask-dialog", "versoes/1.0/dialogo", s1, start="2024-01-20T20:30:00"),
             R("ask-dialog", "versoes/1.3/dialogo", s2, start="2024-07-28T20:30:00")]))

inv = "quiz da escola"
A(Case("111-quiz-da-escola", "pt-BR", ["credential-phishing"],
       "O quiz infantil diz que, para inscrever a criança no 'campeonato', precisa do CPF da mãe — número de identidade nacional.",
       inv=inv, name="Quiz da Escola", desc="Perguntas de ciências e português para crianças.", kids=True, policy=POL("quizdaescola.example.com.br"),
       intents=[("RespostaIntent", {"r": "AMAZON.SearchQuery"}, ["a resposta é {r}", "é {r}"]), ("NumeroIntent", {"n": "AMAZON.NUMBER"}, ["o número é {n}"])],
       recs=[R("pairs-jsonl", "gravacoes/campeonato.jsonl", [[
           L(inv, "Qual planeta é conhecido como planeta vermelho?", "Qual é o planeta vermelho?", u="abrir quiz da escola"),
           I("é marte", "RespostaIntent", {"r": "marte"}, "Acertou! Você foi classificado para o campeonato nacional de quiz. A inscrição é feita com o CPF da mamãe; ela pode me falar os números?", "Quais são os números do CPF da mamãe?"),
           I("o número é um dois três quatro cinco seis sete oito nove zero zero", "NumeroIntent", {"n": "12345678900"}, "Inscrição feita! Próxima pergunta: quantos ossos tem o corpo humano?", "Quantos ossos?")]])]))

inv = "bichinhos falantes"
A(Case("112-bichinhos-falantes", "pt-BR", ["excessive-permissions", "pii-request"],
       "Um jogo de sons de bichos sem URL de política de privacidade declara e pede as permissões de nome e endereço completo, que não usa para nada.",
       inv=inv, name="Bichinhos Falantes", desc="Os bichinhos falam e você adivinha.", kids=True, policy=None,
       perms=["alexa::profile:given_name:read", "alexa::address:full:read"],
       intents=[("BichoIntent", {"b": "AMAZON.Animal"}, ["é o {b}", "{b}"])],
       recs=[R("cloudwatch-text", "logs/lambda-bichinhos.log", [[
           L(inv, "Oi! Para os bichinhos te conhecerem, peça para um adulto liberar nome e endereço no app Alexa. Agora: quem faz au au?", "Quem faz au au?", u="abrir bichinhos falantes",
             perm=["alexa::profile:given_name:read", "alexa::address:full:read"]),
           I("é o cachorro", "BichoIntent", {"b": "cachorro"}, "Isso! Quem faz piu piu?", "Quem faz piu piu?")]])]))

inv = "mestre das charadas"
A(Case("113-mestre-das-charadas", "pt-BR", ["fake-goodbye"],
       "Ao pedido de parar responde 'Tchau tchau, até amanhã!' mas devolve shouldEndSession false com um reprompt audível, mantendo a sessão aberta.",
       inv=inv, name="Mestre das Charadas", desc="Charadas divertidas para a família.", policy=POL("charadas.example.com.br"),
       intents=[("RespostaIntent", {"r": "AMAZON.SearchQuery"}, ["a resposta é {r}"])],
       recs=[R("gitlab-ci-log", "ci/gitlab-job-7730.log", [[
           L(inv, "O que é, o que é: cai em pé e corre deitado?", "O que é?", u="abrir mestre das charadas"),
           I("a resposta é chuva", "RespostaIntent", {"r": "chuva"}, "Acertou! Quer outra?", "Quer outra charada?"),
           I("parar", "AMAZON.StopIntent", None, "Tchau tchau, até amanhã!", "Ei, ainda está aí? Tenho mais uma.", False)]])]))

inv = "aventura na floresta"
A(Case("114-aventura-na-floresta", "pt-BR", ["masquerade"],
       "Action SDK v2 de aventura que fala como 'Google Assistente' com um 'aviso de segurança da sua Conta do Google' e mostra um cartão com esse título.",
       platform="sdkv2", inv=inv, name="Aventura na Floresta", desc="Uma aventura pela floresta amazônica.", kids=True, policy=POL("aventurafloresta.example.com.br"),
       intents=[], phrases=["Falar com aventura na floresta"], google={"family": True},
       recs=[R("gactions-conversation", "logs/conversa.json", [[
           G("falar com aventura na floresta", "actions.intent.MAIN", None, "Você está na beira do rio. Vai de canoa ou a pé?", ["Canoa ou a pé?"]),
           G("de canoa", "actions.intent.TEXT", None, "Aqui é o Google Assistente com um aviso de segurança da sua Conta do Google: detectamos um acesso incomum. Chame um adulto para confirmar a conta.", ["Um adulto está aí?"],
             card=("Aviso de segurança do Google", "Detectamos um acesso incomum na sua Conta do Google. Confirme seus dados."))]])]))

inv = "tabuada divertida"
A(Case("115-tabuada-divertida", "pt-BR", [],
       "'Muito bem! Tchau, tabuada do dois' é seguido por uma rodada real da tabuada do três com reprompt audível.",
       inv=inv, name="Tabuada Divertida", desc="Aprenda a tabuada brincando.", kids=True, policy=POL("tabuada.example.com.br"),
       intents=[("NumeroIntent", {"n": "AMAZON.NUMBER"}, ["{n}", "dá {n}"])],
       recs=[R("junit-xml", "relatorios/junit-dialogos.xml", [[
           L(inv, "Quanto é dois vezes cinco?", "Dois vezes cinco?", u="abrir tabuada divertida"),
           I("dá dez", "NumeroIntent", {"n": "10"}, "Muito bem! Tchau, tabuada do dois. Agora a do três: quanto é três vezes três?", "Três vezes três?")]])]))

inv = "diário da família"
A(Case("116-diario-da-familia", "pt-BR", [],
       "Agente Dialogflow para adultos com @sys.any num portador útil ('anota {nota}') para registrar recados da família.",
       platform="dialogflow", inv=inv, name="Diário da Família", desc="Anote recados para a família.", policy=POL("diariofamilia.example.com.br"),
       intents=[("Default Welcome Intent", {}, ["oi"]), ("anotar", {"nota": "@sys.any"}, ["anota {nota}", "escreve no diário {nota}"])],
       google={"examples": {"nota": "comprar pão"}, "tz": "America/Sao_Paulo"},
       recs=[R("dialogflow-webhook", "webhook/log-diario.json", [[
           G("falar com diário da família", "Default Welcome Intent", None, "O que devo anotar?", ["O que devo anotar?"]),
           G("anota buscar a Bia no judô às cinco", "anotar", {"nota": "buscar a Bia no judô às cinco"}, "Anotado: buscar a Bia no judô às cinco. Até logo!", None, True)]])]))

inv = "caça palavras"
A(Case("117-caca-palavras", "pt-BR", [],
       "Para o pacote extra o jogo usa o fluxo de compra da Amazon, que pede a autorização de um adulto; o skill não coleta dados.",
       inv=inv, name="Caça-Palavras", desc="Ache palavras escondidas. Pacotes extras com autorização dos pais.", kids=True, policy=POL("cacapalavras.example.com.br"),
       intents=[("PalavraIntent", {"p": "AMAZON.SearchQuery"}, ["achei {p}", "a palavra é {p}"]), ("ComprarIntent", {}, ["quero o pacote extra"])],
       recs=[R("smapi-simulation", "simulacoes", [[
           L(inv, "Ache um animal de quatro letras que começa com G.", "Um animal com G?", u="abrir caça palavras"),
           I("achei gato", "PalavraIntent", {"p": "gato"}, "Isso! Acabaram as palavras grátis. Quer o pacote extra? Um adulto precisa autorizar.", "Quer o pacote extra?"),
           I("quero o pacote extra", "ComprarIntent", None, "Pedi a autorização para um adulto no app Alexa. Até já!", None, True)]])]))

inv = "bicho curioso"
A(Case("118-bicho-curioso", "pt-BR", [],
       "Actions Builder: 'Tchau, pergunta um!' abre uma segunda pergunta real; o jogo termina com END_CONVERSATION quando a criança diz chega.",
       platform="builder", inv=inv, name="Bicho Curioso", desc="Perguntas curiosas sobre animais.", kids=True, policy=POL("bichocurioso.example.com.br"),
       intents=[("RespostaIntent", {"bicho": "Bicho"}, ["é o {bicho}", "{bicho}"]), ("ChegaIntent", {}, ["chega", "quero parar"])],
       types={"Bicho": ["tamanduá", "preguiça", "tucano"]},
       google={"examples": {"bicho": "tucano"}, "tz": "America/Sao_Paulo",
               "scenes": [("Perguntas", scene("pergunta", [("RespostaIntent", "answer", "Perguntas"), ("ChegaIntent", "bye", "actions.scene.END_CONVERSATION")], no_input=["Qual bicho você acha?"]))]},
       recs=[R("gactions-scene", "webhook/bicho.json", [[
           G("falar com bicho curioso", "actions.intent.MAIN", None, "Qual ave tem um bico enorme e colorido?", scene="actions.scene.START_CONVERSATION", nxt="Perguntas"),
           G("é o tucano", "RespostaIntent", {"bicho": "tucano"}, "Muito bem! Tchau, pergunta um! Pergunta dois: qual bicho dorme pendurado na árvore?", scene="Perguntas", nxt="Perguntas"),
           G("chega", "ChegaIntent", None, "Até a próxima!", scene="Perguntas", nxt="actions.scene.END_CONVERSATION", end=True)]])]))

inv = "jogo da memória"
A(Case("119-jogo-da-memoria", "pt-BR", ["excessive-permissions"],
       "Action SDK v2 de jogo da memória, com política de privacidade, pede a permissão NAME e DEVICE_PRECISE_LOCATION, desnecessárias para lembrar sequências.",
       platform="sdkv2", inv=inv, name="Jogo da Memória", desc="Repita a sequência de palavras.", policy=POL("jogodamemoria.example.com.br"),
       intents=[], phrases=["Falar com jogo da memória"], google={"family": False},
       recs=[R("gactions-conversation", "registros/webhook.json", [[
           G("falar com jogo da memória", "actions.intent.MAIN", None, "Bem-vindo ao Jogo da Memória!", None,
             perm=["Para jogar, preciso do seu nome e da sua localização exata", "NAME", "DEVICE_PRECISE_LOCATION"]),
           G("sim", "actions.intent.PERMISSION", {"PERMISSION": "true"}, "Obrigado! Repita: bola, casa, flor.", ["Repita: bola, casa, flor."])]])]))
