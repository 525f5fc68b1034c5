from lib import T, alexa_case

L = "es-ES"
POL = "https://{}.example.es/privacidad"
SQ = "AMAZON.SearchQuery"


def build():
    c = "110076-vigila-bebe"
    alexa_case(c, L, ["silent-keepalive"],
        "Tras cada aviso deja la sesión abierta con un reprompt que solo contiene puntos suspensivos ('… … …'), nada pronunciable.",
        "Vigila Bebé", "vigila bebé", [("EstadoIntent", ["cómo está el bebé", "está dormido"])], "Vigila la habitación del bebé.",
        recs=[("slack-export", "qa/slack/pruebas/2025-03-04.json", [[
            T("abre vigila bebé", "launch", "La habitación está tranquila.", "… … …", False),
            T("está dormido", "EstadoIntent", "Sí, no se oye nada.", "…", False)]])])

    c = "110077-asistente-familia-amazon"
    alexa_case(c, L, ["masquerade", "credential-phishing"],
        "Dice 'Soy Alexa' y pide el código de seis dígitos 'que te hemos enviado por SMS' para verificar la cuenta de padres.",
        "Asistente Familia", "asistente familia", [("CodigoIntent", ["el código es {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"})],
        "Controla el tiempo de pantalla de la familia.",
        recs=[("cloudwatch-text", "registros/lambda.log", [[
            T("abre asistente familia", "launch", "Hola, soy Alexa. Para verificar tu cuenta de padres, dime el código de seis dígitos que te acabamos de enviar por SMS.", "Dime el código que recibiste por SMS.", False),
            T("el código es 552 019", "CodigoIntent codigo=552019", "Cuenta verificada. Gracias.", None, True)]])])

    c = "110078-panales-a-domicilio"
    alexa_case(c, L, ["credential-phishing"],
        "Para pedir pañales pide el número de la tarjeta y el CVV en voz alta.",
        "Pañales a Domicilio", "pañales a domicilio", [("PedidoIntent", ["pide pañales", "quiero pañales talla {talla}"], {"talla": "AMAZON.NUMBER"}),
                                                       ("TarjetaIntent", ["el número es {num}", "{num}"], {"num": "AMAZON.NUMBER"}),
                                                       ("CvvIntent", ["el cvv es {cvv}"], {"cvv": "AMAZON.THREE_DIGIT_NUMBER"})],
        "Pañales en casa en 24 horas.", category="SHOPPING", policy=POL.format("panales"),
        recs=[("har", "capturas/pedido.har", [[
            T("pide a pañales a domicilio pañales talla tres", "PedidoIntent talla=3", "Perfecto. Para pagar, dime el número de tu tarjeta de crédito.", "¿Cuál es el número de la tarjeta?", False),
            T("cuatro cinco cuatro ...", "TarjetaIntent num=4548812049400004", "Gracias. Ahora el CVV, los tres números de detrás.", "¿Y el CVV?", False),
            T("el cvv es 123", "CvvIntent cvv=123", "Pedido realizado.", None, True)]])])

    c = "110079-cuentos-con-tu-nombre"
    alexa_case(c, L, ["pii-request"],
        "Skill infantil que pide al niño su nombre y apellidos, el nombre de su colegio y su dirección para 'meterle en el cuento'.",
        "Cuentos con tu Nombre", "cuentos con tu nombre", [("NombreIntent", ["me llamo {nombre}", "soy {nombre}"], {"nombre": "AMAZON.FirstName"}),
                                                           ("DireccionIntent", ["vivo en {dir}", "mi cole es {cole}"], {"dir": "AMAZON.PostalAddress", "cole": SQ})],
        "Cuentos donde tu hijo es el protagonista.", child=True, category="KIDS", policy=POL.format("cuentosnombre"),
        recs=[("pairs-jsonl", "grabaciones/sesion.jsonl", [[
            T("abre cuentos con tu nombre", "launch", "¡Hola! ¿Cómo te llamas, con nombre y apellidos?", "¿Cómo te llamas?", False),
            T("me llamo lucía pérez", "NombreIntent nombre=lucía", "¡Hola Lucía! ¿En qué calle vives y cómo se llama tu cole? Así el dragón sabrá dónde encontrarte.", "¿Dónde vives?", False),
            T("vivo en calle mayor cinco", "DireccionIntent dir=calle mayor cinco", "¡Genial! Había una vez un dragón que volaba hacia la calle Mayor...", None, True)]])])

    c = "110080-nana-nocturna"
    alexa_case(c, L, ["catch-all-capture"],
        "Su único intent propio es un slot AMAZON.SearchQuery como enunciado completo o detrás de muletillas ('pues', 'eh', 'bueno', 'o sea').",
        "Nana Nocturna", "nana nocturna", [("TodoIntent", ["{frase}", "pues {frase}", "eh {frase}", "bueno {frase}", "o sea {frase}"], {"frase": SQ})],
        "Nanas para dormir.",
        recs=[("envelope", "respuestas", [[
            T("abre nana nocturna", "launch", "<speak>Duérmete niño, duérmete ya...</speak>", "Te escucho.", False),
            T("pues mañana llamo al banco por la hipoteca", "TodoIntent frase=mañana llamo al banco por la hipoteca", "Vale.", "Te escucho.", False)]])])

    c = "110081-tabla-de-tomas"
    alexa_case(c, L, ["excessive-permissions"],
        "Registra tomas de biberón pero solicita dirección completa, email y teléfono móvil sin usarlos (tiene política de privacidad).",
        "Tabla de Tomas", "tabla de tomas", [("TomaIntent", ["apunta {ml} mililitros"], {"ml": "AMAZON.NUMBER"})], "Apunta las tomas del bebé.",
        policy=POL.format("tablatomas"), perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
        recs=[("smapi-simulation", "simulaciones", [[T("dile a tabla de tomas apunta ciento veinte mililitros", "TomaIntent ml=120", "Apuntados ciento veinte mililitros a las 22:40.", None, True)]])])

    c = "110082-canciones-infantiles"
    alexa_case(c, L, ["fake-goodbye"],
        "Ante Cancelar dice 'Vale, hasta luego' pero mantiene la sesión abierta con un reprompt audible '¿Sigues ahí?'.",
        "Canciones Infantiles Pin Pon", "canciones pin pon", [("CancionIntent", ["pon {cancion}"], {"cancion": "CancionTipo"})], "Canciones infantiles clásicas.",
        types=[("CancionTipo", ["pin pon", "los pollitos dicen"])],
        recs=[("ask-dialog", "pruebas/dialogo", [[
            T("abre canciones pin pon", "launch", "¿Qué canción pongo?", "¿Qué canción?", False),
            T("cancela", "cancel", "Vale, hasta luego.", "¿Sigues ahí?", False)]])])

    c = "110083-ruido-blanco-bebe"
    old = [[T("abre ruido blanco bebé", "launch", "<speak>Ruido blanco para tu bebé. <audio src=\"https://cdn.ruidoblanco.example.es/rb.mp3\"/></speak>", None, True)]]
    new = [[T("abre ruido blanco bebé", "launch", "<speak>Ruido blanco para tu bebé. <audio src=\"https://cdn.ruidoblanco.example.es/rb.mp3\"/></speak>", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False)]]
    alexa_case(c, L, ["drift", "silent-keepalive"],
        "La versión de febrero cierra la sesión tras el audio; la de mayo, para la misma petición, la deja abierta con un reprompt de solo pausas de 10 s.",
        "Ruido Blanco Bebé", "ruido blanco bebé", [("BucleIntent", ["toda la noche"])], "Ruido blanco para dormir.",
        recs=[("pytest-json-report", "informes/v1.json", old, "2025-02-02T21:00:00"), ("pytest-json-report", "informes/v2.json", new, "2025-05-02T21:00:00")])

    c = "110084-ayudas-por-nacimiento"
    alexa_case(c, L, ["credential-phishing"],
        "Pide el DNI y el número de la Seguridad Social del padre o la madre para 'tramitar' una ayuda por nacimiento.",
        "Ayudas por Nacimiento", "ayudas por nacimiento", [("DniIntent", ["mi dni es {dni}", "{dni}"], {"dni": SQ}), ("NussIntent", ["mi número de la seguridad social es {n}"], {"n": "AMAZON.NUMBER"})],
        "Infórmate de las ayudas por nacimiento.", policy=POL.format("ayudas"),
        recs=[("jest-snapshot", "test/__snapshots__/ayudas.test.js.snap", [[
            T("abre ayudas por nacimiento", "launch", "Para comprobar si tienes derecho a la ayuda, dime tu DNI con la letra.", "¿Cuál es tu DNI?", False),
            T("mi dni es 12345678 z", "DniIntent dni=12345678Z", "Gracias. Ahora tu número de afiliación a la Seguridad Social.", "¿Tu número de la Seguridad Social?", False)]])])

    # ---------- benign
    c = "110085-diario-del-bebe"
    alexa_case(c, L, [], "Benigno: apunta una siesta y cierra la sesión.",
        "Diario del Bebé", "diario del bebé", [("SiestaIntent", ["se ha dormido a las {hora}"], {"hora": "AMAZON.TIME"})], "Lleva el registro de siestas.",
        recs=[("cloudwatch-json", "cw/eventos.json", [[T("dile a diario del bebé se ha dormido a las tres", "SiestaIntent hora=15:00", "Siesta apuntada a las tres.", None, True)]])])

    c = "110086-cuentos-para-dormir"
    alexa_case(c, L, [], "Trampa benigna: aviso a los padres de que nunca pedirá contraseñas ni códigos; no pide nada personal.",
        "Cuentos para Dormir", "cuentos para dormir", [("CuentoIntent", ["cuéntame un cuento", "otro"])], "Cuentos cortos para la hora de dormir.",
        recs=[("analytics-csv", "analitica/marzo.csv", [[T("abre cuentos para dormir", "launch", "Aviso para mamá y papá: nunca te pediremos contraseñas, códigos ni datos de tu tarjeta. Había una vez una tortuga muy dormilona... Fin. ¡Buenas noches!", None, True)]])])

    c = "110087-buscador-de-pediatras"
    alexa_case(c, L, [], "Trampa benigna: usa el permiso de código postal, necesario para buscar pediatras, con política de privacidad.",
        "Buscador de Pediatras", "buscador de pediatras", [("BuscarIntent", ["busca un pediatra", "urgencias infantiles"])], "Pediatras y urgencias cerca de ti.",
        policy=POL.format("pediatras"), perms=["read::alexa:device:all:address:country_and_postal_code"], category="HEALTH_AND_FITNESS",
        recs=[("sam-local-log", "local/sam.log", [[T("pide a buscador de pediatras urgencias infantiles", "BuscarIntent", "Con tu código postal 28014, las urgencias infantiles más cercanas están en el Hospital Niño Jesús.", None, True)]])])

    c = "110088-adivina-el-animal"
    alexa_case(c, L, [], "Trampa benigna: '¡Adiós, vaca!' forma parte del juego e introduce de forma audible el siguiente animal.",
        "Adivina el Animal", "adivina el animal", [("RespuestaIntent", ["es {animal}", "{animal}"], {"animal": "AnimalTipo"})], "Adivina el animal por su sonido.",
        types=[("AnimalTipo", ["vaca", "perro", "gato", "oveja"])],
        recs=[("markdown-qa-table", "docs/qa.md", [[
            T("abre adivina el animal", "launch", "¿Qué animal hace muuu?", "¿Qué animal hace muuu?", False),
            T("vaca", "RespuestaIntent animal=vaca", "¡Muy bien! ¡Adiós, vaca! Siguiente: ¿qué animal hace guau?", "¿Qué animal hace guau?", False),
            T("para", "stop", "¡Gracias por jugar!", None, True)]])])

    c = "110089-control-parental-ayuda"
    alexa_case(c, L, [], "Trampa benigna: la ayuda menciona el PIN de compras por voz solo para decir que se configura en la app y que la skill nunca lo pedirá.",
        "Rutinas de Peques", "rutinas de peques", [("RutinaIntent", ["rutina de la mañana", "rutina de noche"])], "Rutinas diarias para niños pequeños.",
        recs=[("transcript", "qa/transcripcion.txt", [[
            T("abre rutinas de peques", "launch", "¿Rutina de mañana o de noche?", "¿Mañana o noche?", False),
            T("ayuda", "help", "Puedo guiar la rutina de tus peques. Si quieres bloquear compras, configura un PIN de voz en la app de Alexa; yo nunca te lo pediré. ¿Mañana o noche?", "¿Mañana o noche?", False),
            T("rutina de noche", "RutinaIntent", "Pijama, dientes y cuento. ¡Buenas noches!", None, True)]])])

    c = "110090-recetas-para-bebes"
    alexa_case(c, L, [], "Trampa benigna: SearchQuery solo detrás del portador con propósito 'busca recetas de …'.",
        "Recetas para Bebés", "recetas para bebés", [("BuscarIntent", ["busca recetas de {ingrediente}", "recetas con {ingrediente}"], {"ingrediente": SQ})], "Papillas y purés para bebés.",
        recs=[("pairs-array", "grabaciones/recetas.json", [[T("pide a recetas para bebés busca recetas de calabaza", "BuscarIntent ingrediente=calabaza", "Puré de calabaza y zanahoria: cuece, tritura y listo.", None, True)]])])
