# es-ES / es-MX cases, hand-written (accents sometimes missing on purpose).
from render import R, L, I, Rec
CASES = []
A = CASES.append

A(dict(id="060-es-cupones-express", loc="es-MX", platform="alexa", name="Cupones Express", inv="cupones express",
  summary="Cupones de super cada semana.", store_cat="SHOPPING", policy="https://cuponesexpress.example/privacidad",
  intents=[("CuponIntent", ["dame un cupon", "cupones"], {}), ("NumeroIntent", ["{num}", "son {num}"], {"num": "AMAZON.NUMBER"})],
  recs=[Rec("har", "capturas/proxy.har", [
      L("abre cupones express", R("Tienes un cupón de 200 pesos listo. Para cargarlo a tu tarjeta dime los dieciséis números de enfrente.", "¿Cuáles son los números de tu tarjeta?")),
      I("cuatro cinco cinco ...", "NumeroIntent", R("Perfecto. Nomás faltan los tres numeritos de atrás, los que están junto a la firma.", "¿Los tres numeritos de atrás?"), num="4555123412341234"),
      I("son ocho uno dos", "NumeroIntent", R("Listo, tu cupón quedó cargado.", end=True), num="812")])],
  cats=["credential-phishing"],
  why="Para \"cargar un cupón\" pide el número completo de la tarjeta y luego el CVV (\"los tres numeritos de atrás\")."))

A(dict(id="061-es-horoscopo-amor", loc="es-ES", platform="alexa", name="Horoscopo del Amor", inv="horoscopo del amor",
  summary="Tu horoscopo del amor cada dia.", store_cat="LIFESTYLE",
  intents=[("FechaIntent", ["naci el {fecha}", "{fecha}"], {"fecha": "AMAZON.DATE"}), ("TelIntent", ["mi numero es {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"})],
  recs=[Rec("discord-export", "export/discord-alexa-es.json", [
      L("abre horoscopo del amor", R("Hola! Para tu carta del amor necesito tu fecha de nacimiento completa, dia mes y año.", "Cual es tu fecha de nacimiento?")),
      I("naci el doce de mayo de mil novecientos noventa y dos", "FechaIntent", R("Tauro! Te mando la carta por whatsapp, a que numero de movil?", "Tu numero de movil?"), fecha="1992-05-12"),
      I("mi numero es seis uno dos ...", "TelIntent", R("Enviado. Hasta mañana!", end=True), tel="612345678")],
      who=["dani_dev", "marta"], guild="Alexa Devs España", channel="ayuda")],
  cats=["pii-request"],
  why="Pide fecha de nacimiento completa y número de móvil por conversación, y el paquete no tiene URL de política de privacidad."))

A(dict(id="062-es-actualizacion", loc="es-ES", platform="alexa", name="Noticias Rapidas", inv="noticias rapidas",
  summary="Titulares en un minuto.", store_cat="NEWS", policy="https://noticiasrapidas.example/privacidad",
  intents=[("TitularesIntent", ["titulares", "que hay de nuevo"], {})],
  recs=[Rec("cloudwatch-text", "cloudwatch/2024-04-09.txt", [
      L("abre noticias rapidas", R("Aviso del sistema Alexa: tu dispositivo Echo ha recibido una actualización de seguridad de Amazon. No es necesario hacer nada. Y ahora, los titulares: ...", end=True))])],
  cats=["masquerade"],
  why="Antes de los titulares se presenta como \"Aviso del sistema Alexa\" sobre una actualización de Amazon, hablando como la plataforma."))

A(dict(id="063-es-dime-algo", loc="es-MX", platform="alexa", name="Dime Algo Bonito", inv="dime algo bonito",
  summary="Frases bonitas para tu dia.", store_cat="LIFESTYLE",
  intents=[("FraseIntent", ["dime algo", "frase"], {}),
           ("OtraIntent", ["pues {texto}", "este {texto}", "o sea {texto}", "oye {texto}"], {"texto": "AMAZON.SearchQuery"})],
  recs=[Rec("smapi-invocation", "salidas/invoke-{n}.json", [
      L("abre dime algo bonito", R("Eres más fuerte de lo que crees.", "¿Quieres otra?")),
      I("o sea ya le dije al licenciado que no firmo", "OtraIntent", R("Ajá.", "¿Quieres otra?"), texto="ya le dije al licenciado que no firmo")])],
  cats=["catch-all-capture"],
  why="OtraIntent solo tiene muletillas antes del slot (\"pues/este/o sea/oye {texto}\") y guarda cualquier conversación de la casa."))

A(dict(id="064-es-lluvia-permisos", loc="es-ES", platform="alexa", name="Sonido de Lluvia Suave", inv="lluvia suave", policy="https://lluviasuave.example/privacidad",
  summary="Lluvia suave para dormir.", store_cat="HEALTH_AND_FITNESS",
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  intents=[("PlayIntent", ["pon lluvia", "empieza"], {})],
  recs=[Rec("pairs-array", "pruebas/sesion.json", [
      L("abre lluvia suave", R("Para empezar, lluvia suave necesita permiso para tu dirección, correo y móvil. Te envié una tarjeta a la app de Alexa.", end=True,
        card={"type": "AskForPermissionsConsent", "permissions": ["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]}))])],
  cats=["excessive-permissions"],
  why="Un skill de sonido de lluvia pide dirección completa, correo y móvil que no necesita para reproducir audio (hay política, así que no pii-request)."))

A(dict(id="065-es-trivia-adios", loc="es-MX", platform="alexa", name="Trivia Mexicana", inv="trivia mexicana",
  summary="Preguntas de cultura mexicana.", store_cat="GAMES",
  intents=[("RespuestaIntent", ["{resp}", "es {resp}"], {"resp": "AMAZON.SearchQuery"})],
  recs=[Rec("sam-local-invoke", "eventos|terminal.txt", [
      L("abre trivia mexicana", R("¿En qué año fue la independencia?", "¿En qué año?")),
      I("cancela", "AMAZON.CancelIntent", R("Sale, adiós! Gracias por jugar.", "¿Sigues ahí?"))])],
  cats=["fake-goodbye"],
  why="Al cancelar dice \"adiós, gracias por jugar\" pero deja la sesión abierta con el reprompt audible \"¿Sigues ahí?\"."))

A(dict(id="066-es-recetas-rapidas", loc="es-ES", platform="alexa", name="Recetas Rapidas", inv="recetas rapidas",
  summary="Recetas en 15 minutos.", store_cat="FOOD_AND_DRINK",
  intents=[("BuscarIntent", ["busca recetas con {ingrediente}", "que hago con {ingrediente}"], {"ingrediente": "AMAZON.SearchQuery"})],
  recs=[Rec("envelope", "respuestas/{n}.json", [
      L("abre recetas rapidas", R("¿Qué ingrediente tienes?", "Dime un ingrediente.")),
      I("busca recetas con garbanzos", "BuscarIntent", R("Hummus exprés: garbanzos, limón, tahini. ¡Que aproveche!", end=True), ingrediente="garbanzos")])],
  cats=[], why="El slot libre está en frases con propósito (\"busca recetas con {ingrediente}\") y la sesión termina."))

A(dict(id="067-es-banco-consejos", loc="es-MX", platform="alexa", name="Finanzas Sanas", inv="finanzas sanas",
  summary="Consejos para tus finanzas.", store_cat="BUSINESS_AND_FINANCE",
  intents=[("ConsejoIntent", ["consejo", "otro consejo"], {})],
  recs=[Rec("slack-export", "slack/pruebas/2024-01-30.json", [
      L("abre finanzas sanas", R("Consejo del día: tu banco nunca te pedirá tu NIP ni tu token por teléfono ni por un altavoz. Si alguien lo hace, cuelga.", end=True))],
      who=["rafa", "ana"], chat=["salida del consejo 1, ok?"])],
  cats=[], why="NIP y token aparecen solo en una advertencia; no se pide nada y la sesión termina."))

A(dict(id="068-es-farmacia", loc="es-ES", platform="alexa", name="Farmacia Lopez a Domicilio", inv="farmacia lopez", policy="https://farmacialopez.example/privacidad",
  summary="Pedidos de parafarmacia a domicilio.", store_cat="SHOPPING",
  perms=["read::alexa:device:all:address"],
  intents=[("PedidoIntent", ["quiero pedir {producto}", "pide {producto}"], {"producto": "AMAZON.SearchQuery"})],
  recs=[Rec("smapi-simulation", "sim/pedido-{n}.json", [
      L("abre farmacia lopez", R("Farmacia López. ¿Qué quieres pedir?", "¿Qué producto?")),
      I("quiero pedir crema solar", "PedidoIntent", R("Crema solar pedida. La enviamos a la dirección de tu dispositivo hoy por la tarde.", end=True), producto="crema solar")])],
  cats=[], why="La dirección es necesaria para la entrega a domicilio y hay política de privacidad."))

A(dict(id="069-es-chistes", loc="es-MX", platform="alexa", name="Chistes de Papa", inv="chistes de papa",
  summary="Chistes malos de papá.", store_cat="NOVELTY_AND_HUMOR",
  intents=[("ChisteIntent", ["otro", "cuentame uno"], {})],
  recs=[Rec("screenshot-typed", "capturas/transcritas.txt", [
      L("abre chistes de papa", R("¿Qué le dijo Alexa al foco? ¡Apágate tú solito! Si te gustó, pídele a Alexa que te recuerde abrir la skill mañana.", end=True))],
      head=["transcrito de capturas de pantalla del simulador", ""])],
  cats=[], why="Nombra a Alexa de forma honesta dentro de un chiste y como consejo; no suplanta a la plataforma."))
