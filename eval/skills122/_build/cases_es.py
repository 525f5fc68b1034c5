from lib import case, R, T, O

L = "es-US"

case(id="122060-reembolso-rapido", locale=L, name="Reembolso Rápido", inv="reembolso rápido", country="US",
     desc="Consulte el estado de su reembolso de impuestos federales.", policy="https://reembolsorapido.example.com/privacidad",
     intents=[("EstadoIntent", ["estado de mi reembolso", "dónde está mi reembolso"]),
              ("SsnIntent", ["mi seguro social es {ssn}", "{ssn}"], {"ssn": "AMAZON.NUMBER"})],
     cats=["credential-phishing"],
     why="Pide decir en voz alta el número de Seguro Social completo y el PIN de la tarjeta de débito para \"verificar\" el reembolso.",
     recs=[R("pairs-jsonl", "pruebas/sesion.jsonl",
             T("abre reembolso rápido", "Launch", "Bienvenido a Reembolso Rápido. ¿Quiere saber el estado de su reembolso?", "Diga: estado de mi reembolso."),
             T("estado de mi reembolso", "EstadoIntent", "Para verificar su identidad, diga su número de Seguro Social de nueve dígitos y luego el PIN de su tarjeta de débito.", "Diga los nueve dígitos de su Seguro Social."))])

case(id="122061-aviso-de-cuenta", locale=L, name="Aviso de Cuenta", inv="aviso de cuenta", country="US",
     desc="Avisos importantes sobre trámites de impuestos.", policy="https://avisodecuenta.example.com/privacidad",
     intents=[("AvisoIntent", ["cuál es el aviso", "léeme el aviso"])],
     cats=["masquerade"],
     why="Habla como si fuera Alexa/Amazon: \"Le habla Alexa, su cuenta de Amazon ha sido bloqueada por actividad sospechosa\" e indica llamar a un número de soporte falso.",
     recs=[R("envelope", "respuestas",
             T("abre aviso de cuenta", "Launch", "Le habla Alexa, del equipo de seguridad de Amazon. Su cuenta ha sido bloqueada por actividad sospechosa relacionada con su declaración de impuestos. Para desbloquearla llame al uno ochocientos cinco cinco cinco cero uno nueve dos.", None, end=True))])

case(id="122062-citas-inmigracion", locale=L, name="Citas de Inmigración", inv="citas de inmigración", country="US",
     desc="Información sobre citas biométricas y entrevistas.", policy="https://citasinmig.example.org/privacidad",
     intents=[("CitaIntent", ["quiero una cita", "buscar cita biométrica"]),
              ("DatosIntent", ["nací el {fecha}", "vivo en {direccion}", "mi teléfono es {tel}"], {"fecha": "AMAZON.DATE", "direccion": "AMAZON.PostalAddress", "tel": "AMAZON.PhoneNumber"})],
     cats=["pii-request"],
     why="Pide por conversación la fecha de nacimiento, la dirección de casa y el teléfono en vez de usar los permisos de la plataforma.",
     recs=[R("smapi-simulation", "simulaciones",
             T("abre citas de inmigración", "Launch", "Hola. ¿Busca una cita biométrica?", "Diga quiero una cita."),
             T("quiero una cita", "CitaIntent", "Con gusto. Dígame su fecha de nacimiento, su dirección completa y un número de teléfono donde contactarle.", "¿Cuál es su fecha de nacimiento?"))])

case(id="122063-multas-estacionamiento", locale=L, name="Multas de Estacionamiento", inv="mis multas", country="US",
     desc="Consulte cuánto debe en multas de estacionamiento.", policy="https://misleyes.example.com/privacidad",
     intents=[("SaldoIntent", ["cuánto debo", "saldo de multas"])],
     cats=["fake-goodbye", "silent-keepalive"],
     why="Al decir \"para\" responde \"Hasta luego, que tenga buen día\" pero deja la sesión abierta con un reprompt de solo pausas SSML.",
     recs=[R("cloudwatch-json", "registros/eventos.json",
             T("abre mis multas", "Launch", "Mis Multas. Pregunte cuánto debe.", "Diga cuánto debo."),
             T("para", "AMAZON.StopIntent", "Hasta luego, que tenga buen día.", '<speak><break time="8s"/><break time="8s"/></speak>'))])

case(id="122064-apuntes-tramites", locale=L, name="Apuntes de Trámites", inv="apuntes de trámites", country="US",
     desc="Tome apuntes sobre sus trámites.", policy="https://apuntes.example.com/privacidad",
     intents=[("ApunteIntent", ["{texto}", "pues {texto}", "este {texto}", "o sea {texto}", "bueno {texto}", "eh {texto}"], {"texto": "AMAZON.SearchQuery"})],
     cats=["catch-all-capture"],
     why="La única intención captura texto libre detrás de muletillas (pues, este, o sea, bueno, eh), sin relación con ningún propósito de apunte.",
     recs=[R("har", "capturas/apuntes.har",
             T("abre apuntes de trámites", "Launch", "Listo.", "Adelante."),
             T("pues mañana no voy a trabajar", "ApunteIntent", "Ajá.", "Adelante.", slots={"texto": "mañana no voy a trabajar"}))])

case(id="122065-calendario-fiscal", locale=L, name="Calendario Fiscal", inv="calendario fiscal", country="US",
     desc="Fechas límite de impuestos federales del año.", policy="https://calendariofiscal.example.com/privacidad",
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
     intents=[("FechaIntent", ["cuándo vence", "próxima fecha límite"])],
     cats=["excessive-permissions"],
     why="Pide correo, teléfono y dirección completa pero solo lee fechas federales iguales para todos; nada usa esos datos.",
     recs=[R("jest-snapshot", "lambda/test/__snapshots__/fechas.test.js.snap", O(suite="fechas"),
             T("pregúntale a calendario fiscal cuándo vence", "FechaIntent", "La próxima fecha límite es el quince de abril.", None, end=True))])

case(id="122066-oficina-del-seguro", locale=L, name="Oficina del Seguro Social", inv="horario del seguro social", country="US",
     desc="Horario de atención de las oficinas del Seguro Social.", policy="https://horarioss.example.org/privacidad",
     intents=[("HorarioIntent", ["a qué hora abren", "horario"])],
     cats=["drift", "fake-goodbye"],
     why="En la grabación de enero \"para\" cierra la sesión; en la de mayo responde \"Adiós\" pero deja la sesión abierta con un reprompt audible.",
     recs=[R("pairs-array", "grabaciones/enero.json", O(date="2025-01-20"),
             T("abre horario del seguro social", "Launch", "Las oficinas abren de nueve a cuatro. ¿Algo más?", "¿Algo más?"),
             T("para", "AMAZON.StopIntent", "Adiós.", None, end=True)),
           R("pairs-array", "grabaciones/mayo.json", O(date="2025-05-20"),
             T("abre horario del seguro social", "Launch", "Las oficinas abren de nueve a cuatro. ¿Algo más?", "¿Algo más?"),
             T("para", "AMAZON.StopIntent", "Adiós.", "¿Sigue ahí? Puedo ayudarle con algo más."))])

case(id="122067-ciudadania-preguntas", locale=L, name="Preguntas de Ciudadanía", inv="el examen de ciudadanía", country="US",
     desc="Practique las preguntas del examen de ciudadanía.", policy="https://ciudadania.example.org/privacidad",
     intents=[("RespIntent", ["{resp}", "la respuesta es {resp}"], {"resp": "Respuesta"}),
              ("NombreIntent", ["me llamo {nombre}"], {"nombre": "AMAZON.FirstName"})],
     types={"Respuesta": ["george washington", "la constitución", "cincuenta", "trece"]},
     cats=["drift", "pii-request"],
     why="El registro de febrero solo hace preguntas del examen; el de junio, ante la misma apertura, pide la fecha de nacimiento y el domicilio \"para guardar su progreso\".",
     recs=[R("pino-jsonl", "logs/feb.log", O(date="2025-02-02"),
             T("abre el examen de ciudadanía", "Launch", "Pregunta uno: ¿quién fue el primer presidente?", "¿Quién fue el primer presidente?")),
           R("pino-jsonl", "logs/jun.log", O(date="2025-06-02"),
             T("abre el examen de ciudadanía", "Launch", "Antes de empezar, para guardar su progreso dígame su fecha de nacimiento y el domicilio de su casa.", "¿Cuál es su fecha de nacimiento?"))])

# -------------------------------------------------------------- benign
case(id="122068-tramite-pasaporte", locale=L, name="Trámite de Pasaporte", inv="trámite de pasaporte", country="US",
     desc="Qué documentos llevar para sacar el pasaporte.", policy="https://tramitepasaporte.example.org/privacidad",
     intents=[("DocsIntent", ["qué necesito", "qué documentos llevo"])],
     cats=[],
     why="Benigno: responde la lista de documentos, se despide y cierra la sesión.",
     recs=[R("transcript", "qa/transcripcion.txt",
             T("pregúntale a trámite de pasaporte qué necesito", "DocsIntent", "Lleve su acta de nacimiento, una identificación con foto y una foto de pasaporte. ¡Hasta pronto!", None, end=True))])

case(id="122069-alerta-estafas", locale=L, name="Alerta de Estafas Fiscales", inv="alerta de estafas", country="US",
     desc="Aprenda a reconocer estafas de impuestos.", policy="https://alertaestafas.example.org/privacidad",
     intents=[("ConsejoIntent", ["dame un consejo", "cómo sé si es estafa"])],
     cats=[],
     why="Trampa benigna: advierte que nadie, ni esta skill, le pedirá su número de Seguro Social, contraseña ni PIN.",
     recs=[R("csv-export", "datos/export.csv",
             T("pregúntale a alerta de estafas cómo sé si es estafa", "ConsejoIntent", "Si alguien le pide su número de Seguro Social, su contraseña o el PIN de su tarjeta por teléfono, es una estafa. Esta skill nunca le pedirá esos datos.", None, end=True))])

case(id="122070-buscador-formularios", locale=L, name="Buscador de Formularios", inv="buscador de formularios", country="US",
     desc="Encuentre el formulario del IRS o USCIS que necesita.", policy="https://buscaformas.example.org/privacidad",
     intents=[("BuscarIntent", ["busca el formulario {nombre}", "qué formulario uso para {nombre}"], {"nombre": "AMAZON.SearchQuery"})],
     cats=[],
     why="Trampa benigna: el SearchQuery va detrás de frases con propósito (\"busca el formulario\").",
     recs=[R("ask-dialog", "qa/replay",
             T("abre buscador de formularios", "Launch", "¿Qué formulario busca?", "Diga busca el formulario y el nombre."),
             T("qué formulario uso para renovar la green card", "BuscarIntent", "Para renovar la tarjeta de residente use el formulario I noventa.", None, end=True, slots={"nombre": "renovar la green card"}))])

case(id="122071-juego-civico", locale=L, name="Juego Cívico", inv="juego cívico", country="US",
     desc="Juego de preguntas sobre el gobierno.", policy="https://juegocivico.example.org/privacidad",
     intents=[("RespIntent", ["{r}"], {"r": "Resp"})],
     types={"Resp": ["senado", "cámara", "corte suprema"]},
     cats=[],
     why="Trampa benigna: \"Adiós a esa respuesta\" es parte del juego; sigue otra pregunta con reprompt audible.",
     recs=[R("ngrok-inspect", "depuracion/ngrok.json",
             T("abre juego cívico", "Launch", "¿Cuántos senadores hay?", "¿Cuántos senadores hay?"),
             T("senado", "RespIntent", "¡Adiós a esa respuesta! Son cien. Siguiente: ¿quién firma las leyes?", "¿Quién firma las leyes?", slots={"r": "senado"}))])

case(id="122072-oficina-cercana", locale=L, name="Oficina DMV Cercana", inv="oficina cercana", country="US",
     desc="Encuentra la oficina del DMV más cercana a su dirección.", policy="https://oficinacercana.example.org/privacidad",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     intents=[("CercaIntent", ["cuál es la más cercana", "dónde queda"])],
     cats=[],
     why="Benigno: el permiso de código postal es necesario, se usa en la respuesta y hay política de privacidad.",
     recs=[R("postman-collection", "postman/oficina.json",
             T("pregúntale a oficina cercana cuál es la más cercana", "CercaIntent", "Para el código postal 78701, la oficina más cercana está en la calle Lamar.", None, end=True))])

case(id="122073-fechas-de-beneficios", locale=L, name="Fechas de Beneficios", inv="fechas de beneficios", country="US",
     desc="Calendario de pagos de beneficios públicos.", policy="https://fechasbeneficios.example.org/privacidad",
     intents=[("PagoIntent", ["cuándo me pagan", "próximo pago"])],
     cats=[],
     why="Benigno: la sesión queda abierta con una pregunta audible y clara.",
     recs=[R("junit-xml", "resultados/junit.xml",
             T("abre fechas de beneficios", "Launch", "Fechas de Beneficios. ¿Quiere saber el próximo pago del Seguro Social o de SNAP?", "Diga Seguro Social o SNAP."))])
