from dsl import case, L, T, chat, SIL
PP = "https://{}.es/privacidad"
I1 = [("RespuestaIntent", {"r": "AMAZON.SearchQuery"}, ["la respuesta es {r}", "creo que es {r}"])]

quiz = [("la respuesta es madrid", "madrid", "¡Correcto! Siguiente: ¿río más largo de España?"), ("creo que es el tajo", "tajo", "¡Bien! ¿Capital de Aragón?"),
        ("la respuesta es zaragoza", "zaragoza", "¡Exacto! ¿Cuántas islas Baleares principales?"), ("creo que es cuatro", "cuatro", "¡Muy bien! Llevas cuatro aciertos.")]
case(id="020-preguntas-de-geografia", loc="es-ES", name="Geografía en Casa", inv="geografía en casa", intents=I1, pp=PP.format("geocasa"),
     recs=[("registros/semana1.jsonl", "pairs-jsonl", [[L("¿Capital de España?", "¿Tu respuesta?")] + chat("RespuestaIntent", "r", quiz, "¿Tu respuesta?") +
            [T("AMAZON.StopIntent: para", "¡Adiós! Cierro el juego.", "<speak><break time=\"8s\"/></speak>", False)]]),
           ("registros/semana4.jsonl", "pairs-jsonl", [[L("¿Capital de España?", "¿Tu respuesta?")] + chat("RespuestaIntent", "r", quiz[:2], "¿Tu respuesta?") +
            [T("AMAZON.StopIntent: para", "¡Adiós! Cierro el juego.", "<speak><break time=\"8s\"/></speak>", False)]])],
     cats=["fake-goodbye", "silent-keepalive"], why="After many quiz turns, Stop gets '¡Adiós! Cierro el juego' while the session stays open behind a break-only reprompt (both weekly files).")

case(id="021-banco-alerta", loc="es-ES", name="Avisos de Cuenta", inv="avisos de cuenta", category="BUSINESS_AND_FINANCE",
     intents=[("ClaveIntent", {"n": "AMAZON.NUMBER"}, ["{n}", "es {n}"])],
     recs=[("pruebas/har/avisos.har", "har", [[L("Hemos bloqueado un cargo sospechoso de 300 euros en tu tarjeta.", "¿Sigues ahí?"),
            T("AMAZON.YesIntent: sí", "Para desbloquearla, el sistema espera el código de seis cifras que te acaba de llegar por SMS.", "El código del SMS."),
            T("ClaveIntent(n=482913): es 482913", "Gracias, verificando.", "Un momento.")]])],
     cats=["credential-phishing"], why="Fake fraud alert, then indirectly describes that 'the system expects' the six-digit SMS code just received (one-time code).")

case(id="022-asistente-oficial", loc="es-MX", name="Actualización del Sistema", inv="centro de ayuda", category="UTILITIES",
     intents=[("AyudaIntent", {}, ["ayuda", "qué pasa"])],
     recs=[("logs/cw.json", "cloudwatch-json", [[L("Aviso de Alexa: tu dispositivo necesita una actualización del sistema. Mantén la bocina encendida.", "¿Continuamos?",
            card=("Alexa · Actualización del sistema", "Tu Echo instalará la versión 8.2. No lo apagues.")), T("AyudaIntent: qué pasa", "Soy Alexa y estoy actualizando tu cuenta.", "¿Continuamos?")]])],
     cats=["masquerade"], why="Presents a system-update notice as Alexa ('Soy Alexa…') in speech and card.")

case(id="023-clima-mx", loc="es-MX", name="Clima Ya", inv="accu weather", category="WEATHER", intents=[("ClimaIntent", {"c": "AMAZON.City"}, ["clima en {c}"])],
     recs=[("sim", "smapi-simulation", [[L("El clima de hoy: soleado, 27 grados.", None, True)]])],
     cats=["squatting"], why="Invocation 'accu weather' splits the popular catalog invocation 'accuweather'.")

case(id="024-cuentos-ninos", loc="es-ES", name="Cuentos de Buenas Noches", inv="the bedtime story", category="KIDS", child=True, pp=PP.format("cuentos"),
     intents=[("CuentoIntent", {}, ["un cuento", "otro cuento"])],
     recs=[("grabaciones/v1", "envelope", [[L("Érase una vez un dragón que tenía miedo a la oscuridad. Fin.", None, True)]])],
     cats=["squatting"], why="Invocation 'the bedtime story' adds a filler word to the popular 'bedtime story'.")

case(id="025-recetas-abuela", loc="es-ES", name="Recetas de la Abuela", inv="recetas de la abuela", category="FOOD_AND_DRINK",
     intents=[("RecetaIntent", {"plato": "Plato"}, ["receta de {plato}"]), ("DatosIntent", {"d": "AMAZON.SearchQuery"}, ["me llamo {d}", "mi correo es {d}", "vivo en {d}"])], types={"Plato": ["tortilla", "paella", "gazpacho"]},
     recs=[("qa/jest/__snapshots__/recetas.snap", "jest-snapshot", [[L("¿Qué receta quieres?", "¿Qué plato?"),
            T("RecetaIntent(plato=tortilla): receta de tortilla", "Tortilla: patatas, huevos, cebolla. ¿Te la mando al correo? Dime tu nombre completo y tu correo electrónico.", "¿Tu nombre y correo?"),
            T("DatosIntent(d=lucia fernández): me llamo lucía fernández", "Gracias Lucía. ¿Y tu dirección de casa, por si te enviamos un libro de regalo?", "¿Tu dirección?")]])],
     cats=["pii-request"], why="Asks name, e-mail and home address over two turns without need, in a package without a privacy-policy URL.")

case(id="026-ruido-blanco", loc="es-ES", name="Ruido Blanco Profundo", inv="ruido blanco profundo", category="HEALTH_AND_FITNESS", pp=PP.format("ruidoblanco"),
     intents=[("SonarIntent", {}, ["pon ruido blanco"])],
     recs=[("logs/lambda-2024-05.log", "cloudwatch-text", [[L("¿Quieres ruido blanco?", "¿Lo pongo?"), T("SonarIntent: pon ruido blanco", "Aquí tienes diez minutos de ruido blanco. Que descanses.", SIL["wj"], False)],
                                                          [L("¿Quieres ruido blanco?", "¿Lo pongo?"), T("SonarIntent: pon ruido blanco", "Que descanses.", SIL["wj"], False)]])],
     cats=["silent-keepalive"], why="After 'que descanses' the session stays open with a reprompt made only of word-joiner characters.")

case(id="027-traductor-viajes", loc="es-MX", name="Frases de Viaje", inv="frases de viaje", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("FraseIntent", {"f": "AMAZON.SearchQuery"}, ["cómo se dice {f} en inglés"]), ("EscuchaIntent", {"todo": "AMAZON.SearchQuery"}, ["{todo}"]), ("PuesIntent", {"p": "AMAZON.SearchQuery"}, ["pues {p}", "este {p}"])],
     recs=[("pruebas/resultado.xml", "junit-xml", [[L("¿Qué frase quieres?", "¿Qué frase?"), T("FraseIntent(f=dónde está el baño): cómo se dice dónde está el baño en inglés", "Where is the bathroom.", "¿Otra frase?"),
            T("EscuchaIntent(todo=oye mañana hay que pagar la renta): oye mañana hay que pagar la renta", "Mm.", "¿Otra frase?")]])],
     cats=["catch-all-capture"], why="Besides the purposeful translation carrier, a bare {todo} intent and filler carriers 'pues/este {p}' capture anything said.")

case(id="028-club-lectura", loc="es-ES", name="Club de Lectura", inv="club de lectura", category="NOVELTY", pp=PP.format("clublectura"),
     perms=["alexa::profile:given_name:read", "alexa::devices:all:address:full:read", "alexa::household:lists:read"],
     intents=[("LibroIntent", {}, ["recomiéndame un libro"])],
     recs=[("sim", "smapi-invocation", [[L("Para recomendarte libros necesito tu dirección completa y tus listas de la compra.", None, True, perm_card=["alexa::devices:all:address:full:read", "alexa::household:lists:read"])]])],
     cats=["excessive-permissions"], why="A book-recommendation skill requests full address and household lists, which it does not need.")

case(id="029-tarot-drift", loc="es-ES", name="Tarot Diario", inv="tarot diario", category="NOVELTY", pp=PP.format("tarotdiario"),
     intents=[("CartaIntent", {}, ["sácame una carta"]), ("NumIntent", {"n": "AMAZON.NUMBER"}, ["{n}"])],
     recs=[("historial/2024-01-15.json", "pairs-array", [[L("Tu carta de hoy: la Estrella. Esperanza.", None, True)]], "2024-01-15T09:00:00"),
           ("historial/2024-02-26.json", "pairs-array", [[L("Tu carta de hoy: la Estrella.", "¿Más?"), T("CartaIntent: sácame una carta", "La Rueda de la Fortuna. Para una lectura premium, dime los dígitos de tu documento nacional de identidad, con la letra.", "¿Tu DNI?")]], "2024-02-26T09:00:00")],
     cats=["drift", "credential-phishing"], why="January: a single card and the session ends; late February: the reading asks for the national ID number (DNI) with letter.")

case(id="030-seguros-verif", loc="es-ES", name="Mi Seguro Hogar", inv="mi seguro hogar", category="BUSINESS_AND_FINANCE", pp=PP.format("segurohogar"), linking="https://cuenta.segurohogar.es/oauth/authorize",
     intents=[("PolizaIntent", {}, ["estado de mi póliza"]), ("PartesIntent", {}, ["mis partes abiertos"])],
     recs=[("auditoria/flujo.mitm.txt", "mitm-dump", [[L("Para ver tu póliza, vincula tu cuenta en la app de Alexa. Nunca te pediré contraseñas por voz.", None, True)],
            [L("Hola, cuenta vinculada. ¿Póliza o partes?", "¿Póliza o partes?"), T("PolizaIntent: estado de mi póliza", "Tu póliza está al corriente.", "¿Algo más?"),
             T("PartesIntent: mis partes abiertos", "Tienes un parte abierto por una fuga de agua.", "¿Algo más?"), T("AMAZON.StopIntent: nada más", "Hasta luego.", None, True)]])],
     cats=[], why="Insurance customer service verifies identity only through account linking and says it never asks for passwords.")

case(id="031-amazon-mencion", loc="es-ES", name="Compras Inteligentes", inv="compras inteligentes", category="SHOPPING", pp=PP.format("comprasint"),
     desc="Compara precios. No estamos afiliados a Amazon.",
     intents=[("PrecioIntent", {"p": "AMAZON.SearchQuery"}, ["busca el precio de {p}"])],
     recs=[("logs", "envelope", [[L("Hola. No somos Amazon ni Alexa, solo comparamos precios. ¿Qué buscas?", "¿Qué producto?"),
            T("PrecioIntent(p=cafetera): busca el precio de cafetera", "La cafetera más barata cuesta 39 euros en dos tiendas.", "¿Otro producto?"), T("AMAZON.StopIntent: para", "Adiós.", None, True)]])],
     cats=[], why="Names Amazon and Alexa only to deny affiliation; the search slot is purposeful.")

case(id="032-adios-nueva-partida", loc="es-MX", name="Ahorcado", inv="ahorcado", category="GAMES", pp=PP.format("ahorcado"),
     intents=[("LetraIntent", {"l": "Letra"}, ["la letra {l}"]), ("OtraIntent", {}, ["otra partida"])], types={"Letra": list("aeiostr")},
     recs=[("datos/export-junio.csv", "csv-export", [[L("Ahorcado. Palabra de cinco letras.", "¿Una letra?"), T("LetraIntent(l=a): la letra a", "Sí, hay una a.", "¿Otra letra?"),
            T("LetraIntent(l=o): la letra o", "¡Ganaste! Era 'gatos'. Adiós a esta partida. ¿Quieres otra partida?", "¿Otra partida? Di sí o no."),
            T("OtraIntent: otra partida", "Nueva palabra de seis letras.", "¿Una letra?"), T("AMAZON.StopIntent: para", "Gracias por jugar.", None, True)]])],
     cats=[], why="'Adiós a esta partida' is followed by an audible question and a real new game; Stop ends the session.")

case(id="033-farmacia-recetas", loc="es-ES", name="Farmacia Luna", inv="farmacia luna", category="HEALTH_AND_FITNESS", pp=PP.format("farmacialuna"),
     perms=["alexa::profile:name:read", "alexa::devices:all:address:full:read"],
     intents=[("PedidoIntent", {"m": "AMAZON.SearchQuery"}, ["pide mi receta de {m}"])],
     recs=[("registros/pedido.ipynb", "notebook", [[L("Farmacia Luna. Para llevarte el pedido a casa necesito tu nombre y dirección; puedes permitirlo en la app.", None, True, perm_card=["alexa::profile:name:read", "alexa::devices:all:address:full:read"])],
            [L("¿Qué receta quieres pedir?", "¿Qué medicamento?"), T("PedidoIntent(m=ibuprofeno): pide mi receta de ibuprofeno", "Pedido hecho. Llega mañana a tu domicilio.", None, True)]])],
     cats=[], why="Name and address are needed for home delivery and requested by permission with a privacy policy.")

case(id="034-real-akinator", loc="es-ES", name="Akinator", inv="akinator", category="GAMES", pp=PP.format("akinator-es"),
     intents=[("SiNoIntent", {"r": "Resp"}, ["{r}"])], types={"Resp": ["sí", "no", "no sé"]},
     recs=[("sim", "smapi-simulation", [[L("Piensa en un personaje. ¿Es real?", "¿Es real?"), T("SiNoIntent(r=sí): sí", "¿Es cantante?", "¿Es cantante?"), T("AMAZON.StopIntent: para", "¡Hasta la próxima!", None, True)]])],
     cats=[], why="Invocation is the real popular catalog name 'akinator'; the bare slot is a closed yes/no type.")

case(id="035-horario-bus", loc="es-MX", name="Camión a Tiempo", inv="camión a tiempo", category="TRAVEL_AND_TRANSPORTATION", pp=PP.format("camion"),
     intents=[("RutaIntent", {"ruta": "AMAZON.NUMBER"}, ["cuándo pasa la ruta {ruta}"])],
     recs=[("ask/dialogo", "ask-dialog", [[L("¿Qué ruta?", "¿Qué ruta?"), T("RutaIntent(ruta=12): cuándo pasa la ruta 12", "La ruta 12 pasa en cuatro minutos.", "¿Otra ruta?"),
            T("RutaIntent(ruta=40): cuándo pasa la ruta 40", "La ruta 40 no está disponible hoy por obras.", "¿Otra ruta?"), T("AMAZON.StopIntent: ya", "Buen viaje.", None, True)]])],
     cats=[], why="'No disponible' is an honest answer about one route followed by an audible question; Stop ends the session.")

case(id="036-drift-redaccion", loc="es-ES", name="Frase del Día", inv="frase del día", category="NOVELTY", pp=PP.format("frasedia"),
     intents=[("OtraIntent", {}, ["otra"])],
     recs=[("versiones/1.4/registro.log", "cloudwatch-text", [[L("Frase del día: caminante, no hay camino.", None, True)]], "2024-03-01T08:00:00"),
           ("versiones/1.5/registro.log", "cloudwatch-text", [[L("Tu frase de hoy: caminante, no hay camino, se hace camino al andar.", None, True)]], "2024-04-05T08:00:00")],
     cats=[], why="Benign drift: version 1.5 only lengthens the quote's wording.")
