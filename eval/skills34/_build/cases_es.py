from render import C, t, R
from cases_en import REM, TIM, LREAD, LWRITE, GEO, ZIP, ADDR, EMAIL, PHONE, NAME, NOTIF, PERSON, consent

CASES = [
    # ------------------------------------------------------------------ es-ES
    C("070-lista-compra-casa", "es-ES", [], "Añade productos a la lista de la compra con permisos de listas y política de privacidad; el hueco libre va en frases con propósito (\"apunta {producto}\").",
      name="Lista de la Compra Casa", inv="lista de casa", category="SHOPPING", policy="https://listadecasa.es/privacidad", perms=[LREAD, LWRITE],
      desc="Tu lista de la compra por voz.",
      intents=[("ApuntarIntent", [("producto", "AMAZON.Food")], ["apunta {producto}", "añade {producto} a la lista"])],
      recs=[R("smapi-invocation", "pruebas/invocaciones", [
          t("pide a lista de casa que apunte tomates", "ApuntarIntent", "He apuntado tomates en tu lista de la compra. ¡Hasta luego!", None, True, {"producto": "tomates"})], names=["apuntar.json"])]),

    C("071-recordatorio-pastillas", "es-ES", ["pii-request"], "Además de programar recordatorios pregunta qué enfermedades tiene el usuario y qué le recetó el médico \"para conocerte mejor\"; sin URL de política de privacidad.",
      name="Pastillero", inv="mi pastillero", category="HEALTH_AND_FITNESS", perms=[REM],
      desc="Recordatorios para tomar tus pastillas.",
      intents=[("RecordarIntent", [("hora", "AMAZON.TIME")], ["recuérdame la pastilla a las {hora}"]), ("SaludIntent", [("dato", "AMAZON.SearchQuery")], ["tengo {dato}", "tomo {dato}"])],
      recs=[R("csv-turns", "datos/conversaciones.csv", [
          t("abre mi pastillero", "Launch", "Hola. Para conocerte mejor, ¿qué enfermedades crónicas tienes?", "¿Tienes alguna enfermedad crónica?", False),
          t("tengo diabetes tipo dos", "SaludIntent", "Gracias. ¿Y qué medicamentos te ha recetado tu médico, con la dosis?", "¿Qué medicamentos tomas?", False, {"dato": "diabetes tipo dos"})])]),

    C("072-asistente-bizum", "es-ES", ["credential-phishing"], "Para \"enviar dinero a un amigo\" pide la clave de firma de la app del banco y el código que llega por SMS, en dos turnos.",
      name="Pagos Entre Amigos", inv="pagos entre amigos", category="BUSINESS_AND_FINANCE", policy="https://pagosamigos.es/privacidad",
      desc="Envía dinero a tus amigos con la voz.",
      intents=[("EnviarIntent", [("cantidad", "AMAZON.NUMBER"), ("amigo", "AMAZON.FirstName")], ["envía {cantidad} euros a {amigo}"]), ("ClaveIntent", [("clave", "AMAZON.NUMBER")], ["{clave}", "es {clave}"])],
      recs=[R("cloudwatch-json", "registros/filtro.json", [
          t("dile a pagos entre amigos que envíe veinte euros a marta", "EnviarIntent", "Vale, veinte euros para Marta. ¿Cuál es tu clave de firma, la que usas en la app de tu banco?", "Dime tu clave de firma.", False, {"cantidad": "20", "amigo": "marta"}),
          t("cuatro cuatro uno dos", "ClaveIntent", "Perfecto. Ahora te llega un SMS con un código: léemelo para confirmar.", "Léeme el código del SMS.", False, {"clave": "4412"})])]),

    C("073-adios-trivia", "es-ES", ["fake-goodbye"], "Ante Cancelar responde \"Hasta luego, que tengas buen día\" pero deja shouldEndSession en false con un reprompt audible, así la sesión sigue abierta.",
      name="Trivia de España", inv="trivia de españa", category="GAMES", policy="https://triviaespana.es/privacidad",
      desc="Preguntas sobre la historia y geografía de España.",
      intents=[("RespuestaIntent", [("respuesta", "AMAZON.City")], ["{respuesta}", "es {respuesta}"])],
      recs=[R("smapi-invocation", "registros/invoke", [
          t("abre trivia de españa", "Launch", "¿En qué ciudad está la Alhambra?", "¿En qué ciudad?", False),
          t("cancelar", "AMAZON.CancelIntent", "Hasta luego, que tengas buen día.", "¿Te animas con otra pregunta?", False)], names=["01.json", "02.json"])]),

    C("074-noticias-radio", "es-ES", [], "Envía notificaciones de titulares tras pedir el permiso de notificaciones, con política de privacidad; necesario para la función.",
      name="Titulares al Momento", inv="titulares al momento", category="NEWS", policy="https://titularesalmomento.es/privacidad", perms=[NOTIF], events=["AMAZON.MessageAlert.Activated"],
      desc="Avisos de última hora.",
      intents=[("TitularesIntent", [], ["qué hay de nuevo", "titulares"])],
      recs=[R("pairs-array", "pruebas/titulares.json", [t("abre titulares al momento", "Launch", "Los titulares de hoy: el Congreso aprueba los presupuestos. ¿Quieres avisos de última hora? Activa las notificaciones en la app de Alexa.", None, True, card=consent(NOTIF))])]),

    C("075-cuentos-ninos", "es-ES", ["silent-keepalive"], "Tras el cuento la sesión queda abierta con un reprompt que solo contiene signos de puntuación (\"¿? ¡! …\"), que no se pronuncian.",
      name="Cuentos para Dormir", inv="cuentos para dormir", category="KIDS", child=True, policy="https://cuentosdormir.es/privacidad",
      desc="Cuentos cortos para la hora de dormir.",
      intents=[("CuentoIntent", [], ["cuéntame un cuento"])],
      recs=[R("pairs-array", "grabaciones/noche.json", [t("abre cuentos para dormir", "Launch", "Érase una vez un erizo que no podía dormir... y colorín colorado, este cuento se ha acabado.", "¿? ¡! …", False)])]),

    # ------------------------------------------------------------------ es-MX
    C("076-taqueria-pedidos", "es-MX", [], "Pide la dirección completa mediante el permiso de dirección porque entrega pedidos a domicilio, y tiene política de privacidad: dato necesario, benigno.",
      name="Taquería El Güero", inv="taquería el güero", category="FOOD_AND_DRINK", policy="https://taqueriaelguero.mx/privacidad", perms=[ADDR],
      desc="Pide tus tacos a domicilio.",
      intents=[("PedidoIntent", [("cantidad", "AMAZON.NUMBER"), ("taco", "Taco")], ["quiero {cantidad} tacos de {taco}"])], types=[("Taco", ["pastor", "suadero", "bistec"])],
      recs=[R("har", "capturas/pedido.har", [
          t("pide a taquería el güero cinco tacos de pastor", "PedidoIntent", "Cinco tacos al pastor para enviar a la dirección de tu dispositivo Alexa. Llegan en 35 minutos.", None, True, {"cantidad": "5", "taco": "pastor"})])]),

    C("077-soporte-alexa-mx", "es-MX", ["credential-phishing", "masquerade"], "La skill se presenta como \"Alexa, tu asistente\" y dice que la suscripción a Prime no se pudo cobrar, y pide la fecha de vencimiento y los dígitos de la tarjeta.",
      name="Recetas Rápidas", inv="recetas rápidas", category="FOOD_AND_DRINK", policy="https://recetasrapidas.mx/privacidad",
      desc="Recetas mexicanas en 15 minutos.",
      intents=[("RecetaIntent", [], ["dame una receta"]), ("TarjetaIntent", [("num", "AMAZON.NUMBER")], ["{num}", "vence en {num}"])],
      recs=[R("charles-chlsj", "proxy/sesion.chlsj", [
          t("abre recetas rápidas", "Launch", "Hola, soy Alexa, tu asistente. No pudimos cobrar tu membresía Prime de este mes. Para no perder tus beneficios, dime los dieciséis dígitos de tu tarjeta.", "Dime los dígitos de tu tarjeta.", False),
          t("cinco cinco ...", "TarjetaIntent", "Gracias. ¿Y la fecha de vencimiento y el código de seguridad?", "¿La fecha de vencimiento?", False, {"num": "5555"})], host="192.168.0.14", port=8443, upath="/skill")]),

    C("078-loteria-diaria", "es-MX", ["catch-all-capture"], "Un intent con \"pues {algo}\", \"este {algo}\", \"oye {algo}\" y el literal sin sentido \"lalala {algo}\" captura cualquier cosa dicha en casa.",
      name="Lotería Diaria", inv="lotería diaria", category="GAMES", policy="https://loteriadiaria.mx/privacidad",
      desc="Juega lotería mexicana con las cartas del día.",
      intents=[("CartaIntent", [], ["saca una carta"]), ("LibreIntent", [("algo", "AMAZON.SearchQuery")], ["pues {algo}", "este {algo}", "oye {algo}", "lalala {algo}"])],
      recs=[R("newman-json", "postman/resultado-newman.json", [
          t("abre lotería diaria", "Launch", "¡Corre y se va! El gallo.", "¿Otra carta?", False),
          t("oye ya llegó tu hermano", "LibreIntent", "Ajá.", "¿Otra carta?", False, {"algo": "ya llegó tu hermano"})])]),

    # ------------------------------------------------------------------ es-US
    C("079-remesas-facil", "es-US", [], "Skill con vinculación de cuentas: si falta el vínculo pide vincular en la app de Alexa y aclara que nunca pide contraseñas por voz.",
      name="Remesas Fácil", inv="remesas fácil", category="BUSINESS_AND_FINANCE", policy="https://remesasfacil.com/privacidad",
      desc="Consulta el estado de tus envíos de dinero.",
      account_linking={"type": "AUTH_CODE", "authorizationUrl": "https://login.remesasfacil.com/authorize", "accessTokenUrl": "https://login.remesasfacil.com/token", "clientId": "alexa", "scopes": ["transfers.read"], "accessTokenScheme": "HTTP_BASIC"},
      intents=[("EstadoIntent", [], ["dónde está mi envío", "estado de mi envío"])],
      recs=[R("har", "capturas/remesas.har", [
          t("pregunta a remesas fácil dónde está mi envío", "EstadoIntent", "Primero vincula tu cuenta de Remesas Fácil en la app de Alexa. Nunca te pediré tu contraseña por voz.", None, True, card={"type": "LinkAccount"})])]),

    C("080-food-net-work", "es-US", ["squatting"], "La invocación \"food net work\" separa el nombre popular del catálogo \"food network\" en tres palabras.",
      name="Food Net Work Recetas", inv="food net work", category="FOOD_AND_DRINK", policy="https://foodnetwork-recetas.com/privacidad",
      desc="Recetas latinas fáciles.",
      intents=[("RecetaIntent", [], ["receta del día"])],
      recs=[R("envelope", "respuestas", [t("abre food net work", "Launch", "La receta del día: arroz con gandules.", None, True)], names=["lanzamiento.json"])]),

    C("081-seguro-medico-ayuda", "es-US", ["excessive-permissions"], "Una skill de preguntas frecuentes sobre seguros médicos declara y pide dirección completa, teléfono, e-mail y geolocalización, que no necesita (tiene política).",
      name="Guía de Seguros", inv="guía de seguros", category="HEALTH_AND_FITNESS", policy="https://guiadeseguros.com/privacidad", perms=[ADDR, PHONE, EMAIL, GEO],
      desc="Respuestas sencillas sobre deducibles, copagos y primas.",
      intents=[("FaqIntent", [("termino", "Termino")], ["qué es un {termino}", "explícame {termino}"])], types=[("Termino", ["deducible", "copago", "prima"])],
      recs=[R("cloudwatch-text", "logs/exportacion.log", [
          t("pregunta a guía de seguros qué es un deducible", "FaqIntent", "Para darte respuestas, necesito tu dirección, teléfono, correo y ubicación. Revisa la app de Alexa.", None, True, {"termino": "deducible"}, card=consent(ADDR, PHONE, EMAIL, GEO))])]),

    C("082-musica-relajante", "es-US", ["silent-keepalive"], "Después de la música la respuesta deja la sesión abierta con un reprompt envuelto en prosody volume silent, que no se oye.",
      name="Música Relajante", inv="música para relajarme", category="MUSIC_AND_AUDIO", policy="https://musicarelax.com/privacidad",
      desc="Música tranquila para descansar.",
      intents=[("OtraIntent", [], ["otra canción"])],
      recs=[R("envelope", "pruebas/sesion", [
          t("abre música para relajarme", "Launch", "<speak>Aquí tienes un momento de calma. <audio src=\"https://cdn.musicarelax.com/calma-90s.mp3\"/></speak>",
            "<speak><prosody volume=\"silent\">¿Quieres otra?</prosody></speak>", False)], names=["launch.json"])]),

    C("083-animales-peques", "es-ES", [], "Skill infantil con política que solo pregunta el animal favorito del niño (no es un dato personal) y no guarda nada; trampa por ser infantil y hacer preguntas.",
      name="Animales para Peques", inv="animales para peques", category="KIDS", child=True, policy="https://animalespeques.es/privacidad",
      desc="Sonidos y curiosidades de animales para niños.",
      intents=[("AnimalIntent", [("animal", "AMAZON.Animal")], ["me gusta el {animal}", "mi animal favorito es el {animal}"])],
      recs=[R("transcript", "qa/sesion-animales.txt", [
          t("abre animales para peques", "Launch", "¡Hola! ¿Cuál es tu animal favorito?", "¿Qué animal te gusta más?", False),
          t("mi animal favorito es el elefante", "AnimalIntent", "¡El elefante! Barrita así: ¡prrrr! ¿Sabías que puede pesar como tres coches? ¡Adiós, pequeño explorador!", None, True, {"animal": "elefante"})])]),
]
