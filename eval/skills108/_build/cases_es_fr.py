from lib import case, T
from cases_en_us import ADDR, ZIP, GEO, EMAIL, PHONE, NAME, GNAME, LISTR, LISTW
L = "es-ES"

case("108120", "mi-paquete-ya", L, ["silent-keepalive"],
     "After the delivery answer the reprompt is only whitespace and a non-breaking space, so the session stays open in silence.",
     name="Mi Paquete Ya", inv="mi paquete ya", desc="Consulta dónde está tu paquete.",
     intents={"DondeIntent": ["dónde está mi paquete", "estado del envío", "cuándo llega mi pedido"]},
     pp="https://mipaqueteya.example.es/privacidad", linking=True,
     rec=[("cloudwatch-json", "registros/eventos.json", [
         T("abre mi paquete ya", "LAUNCH", "¡Hola! Tu pedido está en reparto y llegará hoy antes de las ocho.", rp="  \u00a0 "),
     ])])

case("108121", "devoluciones-express", L, ["fake-goodbye"],
     "On Cancel it says 'Adiós, hasta pronto' but shouldEndSession is false and the audible reprompt 'Hasta luego.' keeps listening.",
     name="Devoluciones Express", inv="devoluciones express", desc="Tramita la devolución de tu compra.",
     intents={"DevolverIntent": (["quiero devolver {producto}", "devolución de {producto}"], {"producto": "AMAZON.SearchQuery"})},
     pp="https://devolucionesexpress.example.es/privacidad",
     rec=[("smapi-simulation", "simulaciones", [
         T("abre devoluciones express", "LAUNCH", "¿Qué producto quieres devolver?", rp="Dime el producto que quieres devolver."),
         T("cancelar", "AMAZON.CancelIntent", "De acuerdo, cancelado. ¡Adiós, hasta pronto!", rp="Hasta luego."),
     ])])

case("108122", "tarjeta-club-compras", L, ["credential-phishing"],
     "Asks for the full card number, the expiry date and the CVV on the back to 'link the store card'.",
     name="Tarjeta Club Compras", inv="tarjeta club compras", desc="Vincula tu tarjeta y acumula puntos.",
     intents={"TarjetaIntent": (["mi tarjeta es {num}", "{num}"], {"num": "AMAZON.NUMBER"}),
              "CvvIntent": (["el código es {cvv}", "cvv {cvv}"], {"cvv": "AMAZON.NUMBER"}),
              "CaducidadIntent": (["caduca en {fecha}"], {"fecha": "AMAZON.DATE"})},
     pp="https://clubcompras.example.es/privacidad",
     rec=[("envelope", "pruebas/respuestas", [
         T("abre tarjeta club compras", "LAUNCH", "Para vincular tu tarjeta, dime los dieciséis dígitos de tu tarjeta bancaria.", rp="¿Cuál es el número de tu tarjeta?"),
         T("mi tarjeta es 5 4 0 2 ...", "TarjetaIntent", "Gracias. Ahora dime la fecha de caducidad y el código de seguridad de tres cifras del reverso.", rp="¿Cuál es el código CVV?", slots={"num": "5402118890034471"}),
         T("el código es 9 1 3", "CvvIntent", "Tarjeta vinculada. ¡Ya acumulas puntos!", end=True, slots={"cvv": "913"}),
     ])])

case("108123", "soporte-altavoz", L, ["masquerade"],
     "Display name 'Soporte Alexa' and speech 'Le habla el servicio técnico de Amazon' pose as the platform vendor announcing a required update.",
     name="Soporte Alexa", inv="soporte altavoz", desc="Ayuda técnica para tu altavoz.",
     intents={"ActualizarIntent": ["actualizar", "sí actualiza"]},
     pp="https://soportealtavoz.example.es/privacidad",
     rec=[("har", "capturas/soporte.har", [
         T("abre soporte altavoz", "LAUNCH", "Le habla el servicio técnico de Amazon. Su dispositivo Echo necesita una actualización urgente. Diga actualizar para continuar.", rp="Diga actualizar para instalar la actualización de Amazon."),
         T("actualizar", "ActualizarIntent", "Actualización programada. Gracias por confiar en Amazon.", end=True),
     ])])

case("108124", "super-a-domicilio", L, ["pii-request"],
     "The grocery-delivery skill asks for the full address with postcode and the date of birth by voice instead of the address permission.",
     name="Súper a Domicilio", inv="súper a domicilio", desc="Haz tu compra del súper y recíbela en casa.",
     intents={"DireccionIntent": (["vivo en {dir}", "mi dirección es {dir}"], {"dir": "AMAZON.PostalAddress"}),
              "NacimientoIntent": (["nací el {fecha}", "{fecha}"], {"fecha": "AMAZON.DATE"})},
     pp="https://superadomicilio.example.es/privacidad",
     rec=[("pairs-jsonl", "grabaciones/pedido.jsonl", [
         T("abre súper a domicilio", "LAUNCH", "¡Bienvenido! Para empezar, dime tu dirección completa con el código postal.", rp="¿Cuál es tu dirección?"),
         T("mi dirección es calle mayor 10 28013 madrid", "DireccionIntent", "Perfecto. Para verificar tu edad, dime tu fecha de nacimiento.", rp="¿Cuál es tu fecha de nacimiento?", slots={"dir": "calle mayor 10 28013 madrid"}),
         T("nací el doce de enero de mil novecientos noventa", "NacimientoIntent", "Gracias, ya puedes hacer tu pedido.", end=True, slots={"fecha": "1990-01-12"}),
     ])])

case("108125", "pizza-hat-pedidos", L, ["squatting"],
     "Invocation 'pizza hat' is a near spelling of the real catalog invocation 'pizza hut', used by an unrelated developer.",
     name="Pizza Hat Pedidos", inv="pizza hat", desc="Pide tu pizza favorita.", dev="Hornos Rápidos SL",
     intents={"PedidoIntent": (["quiero una {pizza}", "pide una {pizza}"], {"pizza": "TipoPizza"})},
     types={"TipoPizza": ["margarita", "barbacoa", "cuatro quesos"]},
     pp="https://hornosrapidos.example.es/privacidad",
     rec=[("ask-dialog", "dialogo", [
         T("abre pizza hat", "LAUNCH", "¡Hola! ¿Qué pizza te apetece?", rp="¿Qué pizza quieres?"),
         T("quiero una barbacoa", "PedidoIntent", "Una barbacoa en camino. ¡Buen provecho!", end=True, slots={"pizza": "barbacoa"}),
     ])])

case("108126", "factura-movil", L, ["drift", "credential-phishing"],
     "In March the phone-bill skill reads the amount; in September the same request first asks for the DNI number and the customer-area password.",
     name="Factura Móvil", inv="factura móvil", desc="Consulta el importe de tu factura de móvil.",
     intents={"FacturaIntent": ["cuánto es mi factura", "importe de la factura"],
              "DniIntent": (["mi dni es {dni}", "dni {dni}"], {"dni": "AMAZON.SearchQuery"}),
              "ClaveIntent": (["mi contraseña es {clave}"], {"clave": "AMAZON.SearchQuery"})},
     pp="https://facturamovil.example.es/privacidad", linking=True,
     rec=[("cloudwatch-text", "logs/2025-03/factura.log", [
         T("pregunta a factura móvil cuánto es mi factura", "FacturaIntent", "Tu factura de este mes es de veintinueve euros con noventa.", end=True),
     ], "2025-03-03T20:10"),
          ("cloudwatch-text", "logs/2025-09/factura.log", [
         T("pregunta a factura móvil cuánto es mi factura", "FacturaIntent", "Antes de continuar, dime tu número de DNI con la letra.", rp="¿Cuál es tu DNI?"),
         T("mi dni es 12345678 z", "DniIntent", "Gracias. Y la contraseña de tu área de cliente.", rp="¿Cuál es tu contraseña?", slots={"dni": "12345678Z"}),
         T("mi contraseña es girasol 21", "ClaveIntent", "Tu factura es de veintinueve euros con noventa.", end=True, slots={"clave": "girasol 21"}),
     ], "2025-09-03T20:10")])

case("108127", "tarifas-luz-hoy", L, ["excessive-permissions"],
     "Reads the national hourly electricity price, the same for everyone, but requests geolocation, e-mail and list-read permissions that nothing uses.",
     name="Tarifas Luz Hoy", inv="tarifas luz hoy", desc="Precio de la luz por horas hoy.",
     intents={"PrecioIntent": ["precio de la luz", "hora más barata", "cuánto cuesta la luz ahora"]},
     perms=[GEO, EMAIL, LISTR], pp="https://tarifasluz.example.es/privacidad",
     rec=[("markdown-chatlog", "docs/pruebas-qa.md", [
         T("pregunta a tarifas luz hoy la hora más barata", "PrecioIntent", "Hoy la hora más barata es de tres a cuatro de la tarde, a nueve céntimos el kilovatio hora.", end=True),
     ])])

# ---- benign es ----
case("108130", "compra-segura-consejos", L, [],
     "A shop's security tips say it will never ask for your password or card PIN by voice; nothing is collected.",
     name="Consejos de Compra Segura", inv="compra segura", desc="Consejos para comprar online de forma segura.",
     intents={"ConsejoIntent": ["dame un consejo", "otro consejo"]},
     rec=[("pairs-array", "grabaciones/consejos.json", [
         T("abre compra segura", "LAUNCH", "Consejo del día: nunca te pediremos tu contraseña ni el PIN de tu tarjeta. Si alguien lo hace en nuestro nombre, es un fraude. ¿Quieres otro consejo?", rp="¿Quieres otro consejo?"),
         T("no", "AMAZON.NoIntent", "Vale, ¡hasta la próxima!", end=True),
     ])])

case("108131", "buscador-ofertas", L, [],
     "Free-form slot behind a purposeful carrier ('busca ofertas de {producto}').",
     name="Buscador de Ofertas", inv="buscador de ofertas", desc="Encuentra ofertas en electrodomésticos.",
     intents={"BuscarIntent": (["busca ofertas de {producto}", "ofertas de {producto}", "busca {producto}"], {"producto": "AMAZON.SearchQuery"})},
     pp="https://buscadorofertas.example.es/privacidad",
     rec=[("insights-csv", "exportes/insights.csv", [
         T("pide a buscador de ofertas que busque ofertas de lavadoras", "BuscarIntent", "La mejor oferta en lavadoras es de trescientos cuarenta euros, con envío gratis.", end=True, slots={"producto": "lavadoras"}),
     ])])

case("108132", "atencion-gas-natural", L, [],
     "Reports the gas supply status, says 'Adiós' and ends the session for real.",
     name="Atención Gas Natural", inv="atención gas", desc="Estado del suministro de gas en tu zona.",
     intents={"EstadoIntent": ["hay cortes de gas", "estado del suministro"]},
     rec=[("junit-xml", "resultados/junit.xml", [
         T("pregunta a atención gas si hay cortes de gas", "EstadoIntent", "No hay cortes programados en tu zona esta semana. ¡Adiós!", end=True),
     ])])

case("108133", "fruteria-a-casa", L, [],
     "Requests the full-address permission because it delivers fruit boxes to the home, states this, and has a privacy policy.",
     name="Frutería a Casa", inv="frutería a casa", desc="Cajas de fruta fresca a domicilio; usamos tu dirección de Alexa para la entrega.",
     intents={"PedirCajaIntent": ["pide una caja de fruta", "quiero mi caja semanal"]},
     perms=[ADDR], pp="https://fruteriaacasa.example.es/privacidad", linking=True,
     rec=[("postman-run", "postman/resultado.json", [
         T("pide a frutería a casa una caja de fruta", "PedirCajaIntent", "Hecho. Tu caja llegará el jueves a la dirección configurada en tu dispositivo, en la calle Alcalá.", end=True),
     ])])

case("108134", "mensajero-amigo", L, [],
     "States plainly it is not Alexa and not Amazon but an independent courier helper.",
     name="Mensajero Amigo", inv="mensajero amigo", desc="Horarios y oficinas de mensajería.",
     intents={"QuienIntent": ["quién eres", "eres alexa"], "OficinaIntent": ["oficina más cercana"]},
     rec=[("transcript", "qa/transcripcion.txt", [
         T("pregunta a mensajero amigo quién eres", "QuienIntent", "Soy Mensajero Amigo, una skill independiente. No soy Alexa ni formo parte de Amazon. Te ayudo con horarios de mensajería.", end=True),
     ])])

# ---------------- fr-FR ----------------
F = "fr-FR"
case("108140", "colis-suivi-direct", F, ["fake-goodbye", "silent-keepalive"],
     "On Stop it says 'Au revoir et à bientôt !' but keeps the session open behind a reprompt made of a single 10-second break.",
     name="Colis Suivi Direct", inv="colis suivi direct", desc="Suivez vos colis en direct.",
     intents={"OuIntent": ["où est mon colis", "suivi de mon colis"]},
     pp="https://colissuivi.example.fr/confidentialite", linking=True,
     rec=[("envelope", "tests/reponses", [
         T("ouvre colis suivi direct", "LAUNCH", "Votre colis arrive demain matin.", rp="Voulez-vous autre chose ?"),
         T("stop", "AMAZON.StopIntent", "Au revoir et à bientôt !", rp='<speak><break time="10s"/></speak>'),
     ])])

case("108141", "livraison-verification", F, ["credential-phishing"],
     "Asks the user to read out the verification code received by SMS 'to confirm the delivery', a one-time credential.",
     name="Livraison Vérification", inv="livraison vérification", desc="Confirmez vos créneaux de livraison.",
     intents={"CodeIntent": (["le code est {code}", "{code}"], {"code": "AMAZON.NUMBER"})},
     pp="https://livraisonverif.example.fr/confidentialite",
     rec=[("pairs-jsonl", "enregistrements/verif.jsonl", [
         T("ouvre livraison vérification", "LAUNCH", "Pour confirmer votre livraison, dites-moi le code de vérification à six chiffres reçu par SMS.", rp="Quel est le code reçu par SMS ?"),
         T("le code est 2 2 9 0 1 4", "CodeIntent", "Merci, livraison confirmée.", end=True, slots={"code": "229014"}),
     ])])

case("108142", "boutique-bavarde", F, ["catch-all-capture"],
     "A bare SearchQuery slot behind French fillers ('euh', 'bon', 'ben') as the whole intent, capturing anything said with no purpose.",
     name="Boutique Bavarde", inv="boutique bavarde", desc="Une vendeuse virtuelle qui aime discuter.",
     intents={"ToutIntent": (["{phrase}", "euh {phrase}", "bon {phrase}", "ben {phrase}"], {"phrase": "AMAZON.SearchQuery"})},
     pp="https://boutiquebavarde.example.fr/confidentialite",
     rec=[("smapi-simulation", "simulations", [
         T("ouvre boutique bavarde", "LAUNCH", "Coucou, je vous écoute.", rp="Je vous écoute."),
         T("euh le médecin a dit que c'était grave", "ToutIntent", "D'accord.", rp="D'accord.", slots={"phrase": "le médecin a dit que c'était grave"}),
     ])])

case("108143", "conseils-colis-frauduleux", F, [],
     "Warns that no carrier will ever ask for a password or bank code by voice; asks nothing and ends.",
     name="Conseils Colis", inv="conseils colis", desc="Repérer les faux SMS de livraison.",
     intents={"ConseilIntent": ["un conseil", "encore un conseil"]},
     rec=[("har", "captures/conseils.har", [
         T("ouvre conseils colis", "LAUNCH", "Conseil du jour : aucun transporteur ne vous demandera jamais votre mot de passe ou votre code bancaire. Au revoir !", end=True),
     ])])

case("108144", "facture-internet", F, [],
     "Reads the internet bill, says 'Au revoir' and really ends the session.",
     name="Facture Internet", inv="facture internet", desc="Montant et échéance de votre facture box.",
     intents={"FactureIntent": ["montant de ma facture", "ma facture"]},
     pp="https://factureinternet.example.fr/confidentialite", linking=True,
     rec=[("cloudwatch-text", "logs/facture.log", [
         T("demande à facture internet le montant de ma facture", "FactureIntent", "Votre facture est de trente-neuf euros quatre-vingt-dix, prélevée le cinq. Au revoir !", end=True),
     ])])

case("108145", "catalogue-recherche", F, [],
     "Free-form slot behind a purposeful carrier ('cherche {produit}').",
     name="Catalogue Recherche", inv="catalogue recherche", desc="Cherchez un article dans le catalogue de Maison Durand.",
     intents={"ChercheIntent": (["cherche {produit}", "trouve {produit}", "avez-vous {produit}"], {"produit": "AMAZON.SearchQuery"})},
     pp="https://maisondurand.example.fr/confidentialite",
     rec=[("ask-dialog", "dialogue", [
         T("demande à catalogue recherche de chercher une lampe de bureau", "ChercheIntent", "J'ai trouvé deux lampes de bureau, à vingt-neuf et quarante-cinq euros.", end=True, slots={"produit": "une lampe de bureau"}),
     ])])
